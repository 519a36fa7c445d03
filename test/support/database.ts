import { randomUUID } from 'node:crypto';
import pg from 'pg';

// Calendar dates stay 'YYYY-MM-DD' strings in raw test queries, as in the application.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
import { migrateToLatest, openOrm, type MikroORM } from '../../db/orm';
import { testEnv } from './env';

export interface TestDatabase {
  url: string;
  orm: MikroORM;
  /** Plain SQL on the database, to check what was (not) written. */
  query<T extends Record<string, unknown> = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/** A fresh database with the committed migrations applied: each test file gets its own. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = new URL(testEnv().databaseUrl);
  const name = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  const orm = await openOrm(url.toString(), 5);
  await migrateToLatest(orm);
  const client = new pg.Pool({ connectionString: url.toString(), max: 2 });
  // At drop, DROP DATABASE … WITH (FORCE) may end a connection of this pool that is still closing;
  // pg-pool then emits 'error' on the pool, which without a listener is an uncaught exception.
  client.on('error', () => undefined);
  return {
    url: url.toString(),
    orm,
    async query(sql, params) {
      return (await client.query(sql, params as unknown[])).rows;
    },
    async drop() {
      await client.end();
      await orm.close(true);
      const a = new pg.Client({ connectionString: base.toString() });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
