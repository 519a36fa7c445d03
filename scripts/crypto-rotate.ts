/**
 * `npm run crypto:rotate [-- --batch-size N]` — brings every encrypted value and every keyed hash
 * of the database to the current keys: each encrypted column of each table (and the stored
 * documents) re-encrypted with DATA_ENCRYPTION_ACTIVE_KEY_ID in the v2 format bound to its row,
 * each keyed hash recomputed with DATA_HASH_KEY (version DATA_HASH_KEY_ID). In batches, one
 * transaction per batch; idempotent (a second run rewrites nothing) and resumable (a run stopped
 * half-way is simply run again). It prints counts per table and column, never a value.
 * Once it reports nothing unreadable, ENCRYPTION_ACCEPT_V1 can be set to false (it says so), and
 * the old keys can leave DATA_ENCRYPTION_KEYS and
 * DATA_HASH_PREVIOUS_KEYS (keep the previous hash key ten more minutes: sign-in codes sent just
 * before are hashed with it).
 *
 * The database: DATABASE_URL, or, outside production, the one `npm start` runs (it must be running).
 * It may run while the platform runs.
 */
import { join } from 'node:path';
import { ConfigError, loadConfig, type AppConfig } from '../platform/config';
import { fieldCipherFor } from '../platform/crypto/field-cipher-config';
import { openOrm } from '../db/orm';
import { withLocalSecrets } from './lib/dev-secrets';
import { rotateEncryptedData } from './lib/key-rotation';
import { DATA_DIR } from './lib/paths';

const say = (line: string) => process.stdout.write(`${line}\n`);
const batchArg = process.argv.indexOf('--batch-size');
const batchSize = batchArg >= 0 ? Number(process.argv[batchArg + 1]) : 500;
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
  process.stderr.write('--batch-size must be a whole number from 1 to 10000\n');
  process.exit(2);
}

let config: AppConfig;
try {
  config = loadConfig(withLocalSecrets(process.env, join(DATA_DIR, 'local-secrets.json')));
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\n`);
  process.exit(2);
}
const databaseUrl =
  config.DATABASE_URL ??
  (config.NODE_ENV === 'production' ? undefined : `postgresql://talentcoop:talentcoop-local@127.0.0.1:${config.EMBEDDED_POSTGRES_PORT}/talentcoop`);
if (!databaseUrl) {
  process.stderr.write('DATABASE_URL is required in production\n');
  process.exit(2);
}

const orm = await openOrm(databaseUrl, 2);
try {
  const pending = await orm.getMigrator().getPendingMigrations();
  if (pending.length > 0) {
    process.stderr.write(`the database is not migrated (${pending.length} migration(s) pending): start the platform once, which migrates it, then rotate\n`);
    process.exit(2);
  }
  const cipher = fieldCipherFor(config);
  say(
    `Rotating to encryption key "${config.DATA_ENCRYPTION_ACTIVE_KEY_ID}" (format v2, bound to each row) and hash version "${config.DATA_HASH_KEY_ID}", ${batchSize} rows per batch.`,
  );
  const report = await rotateEncryptedData(orm, cipher, { batchSize });
  for (const c of report.columns) {
    const extra = [c.unreadable ? `${c.unreadable} unreadable` : '', c.withoutValue ? `${c.withoutValue} left (no value to hash)` : '']
      .filter(Boolean)
      .join(', ');
    say(
      `  ${`${c.table}.${c.column}`.padEnd(48)} ${c.kind.padEnd(10)} ${String(c.rewritten).padStart(7)} rewritten ${String(c.alreadyCurrent).padStart(7)} already current${extra ? `, ${extra}` : ''}`,
    );
  }
  const rewritten = report.columns.reduce((n, c) => n + c.rewritten, 0);
  say(`Done: ${rewritten} value(s) rewritten.`);
  if (report.unreadable > 0) {
    say(
      `${report.unreadable} value(s) could not be read where they are (see GET /api/v1/alerts?kind=encrypted-field-integrity): keep the old keys until they are restored or recorded again.`,
    );
    process.exitCode = 1;
  } else {
    say(
      'Every value is now under the active key: the other keys can leave DATA_ENCRYPTION_KEYS (and the previous hash keys DATA_HASH_PREVIOUS_KEYS, ten minutes from now).',
    );
    say(
      config.ENCRYPTION_ACCEPT_V1
        ? 'No value is left in the unbound v1 format: it is now safe to set ENCRYPTION_ACCEPT_V1=false, so that a v1 value copied in later (from a backup or an old dump) is refused with an integrity alert.'
        : 'ENCRYPTION_ACCEPT_V1=false: v1 values are refused, and none is left.',
    );
  }
} finally {
  await orm.close(true);
}
