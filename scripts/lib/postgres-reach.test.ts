import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres';
import { canEnter, embeddedPostgresReachProblem, firstClosedFolder, foldersOnTheWay } from './postgres-reach';

const postgres = { uid: 101, gids: [104] };
const root = { path: '/', mode: 0o755, uid: 0, gid: 0 };

describe('whether the postgres system user can reach the embedded server and its data', () => {
  it.each([
    ['others may enter', { path: '/srv', mode: 0o755, uid: 0, gid: 0 }, true],
    ["root's home folder", { path: '/root', mode: 0o700, uid: 0, gid: 0 }, false],
    ['a group folder of postgres', { path: '/g', mode: 0o750, uid: 0, gid: 104 }, true],
    ['a group folder of another group', { path: '/g', mode: 0o750, uid: 0, gid: 5 }, false],
    ["postgres's own folder", { path: '/p', mode: 0o700, uid: 101, gid: 104 }, true],
    ['readable but not enterable', { path: '/r', mode: 0o744, uid: 0, gid: 0 }, false],
  ])('%s', (_label, folder, open) => {
    expect(canEnter(folder, postgres)).toBe(open);
  });

  it('lists every folder on the way, the root first', () => {
    expect(foldersOnTheWay('/root/app/.data')).toEqual(['/', '/root', '/root/app', '/root/app/.data']);
  });

  it('names the first closed folder', () => {
    const way = [root, { path: '/root', mode: 0o700, uid: 0, gid: 0 }, { path: '/root/app', mode: 0o755, uid: 0, gid: 0 }];
    expect(firstClosedFolder(way, postgres)?.path).toBe('/root');
    expect(firstClosedFolder([root], postgres)).toBeNull();
  });

  const home = mkdtempSync(join(tmpdir(), 'reach-'));
  chmodSync(home, 0o755); // mkdtemp makes it 700
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('says in a sentence what to do when a folder on the way is closed, and nothing when it is open', () => {
    const project = join(home, 'home-of-root', 'app');
    mkdirSync(project, { recursive: true });
    chmodSync(join(home, 'home-of-root'), 0o700);
    const problem = embeddedPostgresReachProblem([join(project, '.data', 'postgres')], { uid: 99_999, gids: [] });
    expect(problem).toContain(`cannot enter ${join(home, 'home-of-root')} (mode 700)`);
    expect(problem).toMatch(/Clone the project into a folder every user can enter.*"chmod o\+x .*DATABASE_URL/);
    chmodSync(join(home, 'home-of-root'), 0o755);
    expect(embeddedPostgresReachProblem([join(project, '.data', 'postgres')], { uid: 99_999, gids: [] })).toBeNull();
  });

  it.runIf(process.getuid?.() === 0)('as root, refuses to start the embedded server from a closed folder before spawning anything', async () => {
    const closed = join(home, 'closed');
    mkdirSync(join(closed, 'app'), { recursive: true });
    chmodSync(closed, 0o700);
    await expect(startEmbeddedPostgres({ dataDir: join(closed, 'app', '.data'), port: 1, database: 'x', persistent: false })).rejects.toThrow(
      /^The embedded PostgreSQL runs as the system user "postgres".*cannot enter .*closed \(mode 700\)/,
    );
  });
});
