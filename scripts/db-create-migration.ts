/**
 * Developer tool: writes a new migration from the difference between the entity definitions
 * and the last snapshot, against a throw-away embedded PostgreSQL.
 *   npx tsx scripts/db-create-migration.ts <name>
 * Then add it to db/migrations/index.ts.
 *   npx tsx scripts/db-create-migration.ts --refresh-snapshot
 * rewrites the snapshot from the entities once the committed migrations already build them
 * (after merging two branches that each added a migration).
 */
import { join } from 'node:path';
import { openOrm, migrateToLatest } from '../db/orm';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { DATA_DIR } from './lib/paths';

const name = process.argv[2];
if (!name) {
  console.error('usage: db-create-migration <name>');
  process.exit(2);
}
const dataDir = join(DATA_DIR, 'migration-scratch');
// A port of its own, so two checkouts can write migrations at the same time.
const port = 55000 + Math.floor(Math.random() * 4000);
const pg = await startEmbeddedPostgres({ dataDir: `${dataDir}-${port}`, port, database: 'scratch', persistent: false });
try {
  const orm = await openOrm(pg.url);
  await migrateToLatest(orm);
  const migrator = orm.getMigrator();
  if (name === '--refresh-snapshot') {
    if (await migrator.checkMigrationNeeded()) throw new Error('the migrations do not build the entities yet: create a migration instead');
    // MikroORM keeps this protected; it is exactly "write the snapshot of the entities".
    await (migrator as unknown as { storeCurrentSchema(): Promise<void> }).storeCurrentSchema();
    console.log('snapshot rewritten from the entities');
  } else {
    const result = await migrator.createMigration('db/migrations', false, false, name);
    console.log(result.fileName ? `wrote db/migrations/${result.fileName}` : 'no schema change');
    console.log(result.diff.up.join('\n'));
  }
  await orm.close();
} finally {
  await pg.stop();
}
