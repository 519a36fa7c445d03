/** Brings the database named by DATABASE_URL up to the committed migrations, then exits. */
import { migrateToLatest, openOrm } from '../db/orm';
import { ConfigError, loadConfig } from '../platform/config';

try {
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new ConfigError('Bad configuration: DATABASE_URL is required.');
  const orm = await openOrm(config.DATABASE_URL);
  const applied = await migrateToLatest(orm);
  process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Schema up to date.\n');
  await orm.close(true);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
}
