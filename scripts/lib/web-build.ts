import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from './paths';

const WEB = join(ROOT, 'web');
const INDEX = join(WEB, 'dist', 'index.html');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds the web portal into web/dist when it is missing or older than its sources (like the
 * Temporal binaries, on first start). `force` builds whatever the dates say.
 */
export async function ensureWebBuild(say: (line: string) => void, force = false): Promise<void> {
  const sources = Math.max(newestSource(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs);
  if (!force && existsSync(INDEX) && statSync(INDEX).mtimeMs >= sources) return;
  say('Building the web portal (web/dist)…');
  await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
}
