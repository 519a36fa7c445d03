import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian's `chromium` package puts the browser the portal tests drive. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The Chromium the browser tests drive: Debian's package, installed with apt-get when missing
 * (Playwright's own browser download cannot be reached here). Throws a sentence when it can be
 * neither found nor installed: the browser tests never skip.
 */
export function ensureChromium(say: (line: string) => void): string {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (existsSync(given)) return given;
    throw new Error(`CHROMIUM_PATH is set to ${given}, which does not exist.`);
  }
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  say('Chromium is missing: installing the Debian package `chromium` with apt-get (once per machine)…');
  const aptGet = (...args: string[]) => {
    const [cmd, argv] = process.getuid?.() === 0 ? ['apt-get', args] : ['sudo', ['-n', 'apt-get', ...args]];
    return spawnSync(cmd as string, argv as string[], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  if (!aptGet('install', '-y', 'chromium')) {
    aptGet('update');
    aptGet('install', '-y', 'chromium');
  }
  const installed = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!installed) {
    throw new Error(
      'The browser tests need Chromium: it is not installed and `apt-get install chromium` failed. Install the Debian package chromium (or set CHROMIUM_PATH) and run the tests again.',
    );
  }
  return installed;
}
