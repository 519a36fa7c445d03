import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** A folder on the way to a file, with what its mode lets a user do. */
export interface FolderAccess {
  path: string;
  mode: number;
  uid: number;
  gid: number;
}

export interface SystemUser {
  uid: number;
  gids: number[];
}

/** Every folder a process crosses to reach `path`: `/`, `/root`, `/root/app`, … (the path itself included). */
export function foldersOnTheWay(path: string): string[] {
  const folders: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    folders.unshift(p);
    if (dirname(p) === p) return folders;
  }
}

/** Whether `user` may enter (search) a folder: the owner, group or others execute bit that applies to them. */
export function canEnter(folder: FolderAccess, user: SystemUser): boolean {
  if (folder.uid === user.uid) return (folder.mode & 0o100) !== 0;
  if (user.gids.includes(folder.gid)) return (folder.mode & 0o010) !== 0;
  return (folder.mode & 0o001) !== 0;
}

/** The first folder on the way that `user` cannot enter, or null. */
export function firstClosedFolder(way: FolderAccess[], user: SystemUser): FolderAccess | null {
  return way.find((f) => !canEnter(f, user)) ?? null;
}

/** The `postgres` system user as the machine knows it; a user still to be created belongs to no group yet. */
export function postgresSystemUser(): SystemUser {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gids = execFileSync('id', ['-G', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split(/\s+/)
      .map(Number);
    return { uid, gids };
  } catch {
    return { uid: -1, gids: [] };
  }
}

function accessOf(path: string): FolderAccess {
  const s = statSync(path);
  return { path, mode: s.mode & 0o7777, uid: s.uid, gid: s.gid };
}

/**
 * As root the embedded PostgreSQL runs as the system user `postgres` (PostgreSQL refuses root),
 * which must enter every folder on the way to its binaries and to its data. A project cloned into
 * root's home folder (mode 700) fails there with `spawn …/initdb EACCES`: this says so before
 * anything starts, in a sentence that says what to do, or answers null when the way is open.
 */
export function embeddedPostgresReachProblem(targets: string[], user: SystemUser = postgresSystemUser()): string | null {
  for (const target of targets) {
    let existing = resolve(target);
    while (!existsSync(existing)) existing = dirname(existing);
    const closed = firstClosedFolder(foldersOnTheWay(existing).map(accessOf), user);
    if (closed) {
      return (
        `The embedded PostgreSQL runs as the system user "postgres" (PostgreSQL refuses to run as root), and that user cannot enter ${closed.path} ` +
        `(mode ${closed.mode.toString(8).padStart(3, '0')}), on the way to ${target}. Clone the project into a folder every user can enter ` +
        `(for example /srv/talentcoop), or open this one with "chmod o+x ${closed.path}", or set DATABASE_URL to a PostgreSQL of your own.`
      );
    }
  }
  return null;
}
