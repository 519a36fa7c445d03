/**
 * `npm run codec-server` — the Temporal codec server (scripts/lib/codec-server.ts) on
 * CODEC_SERVER_HOST:CODEC_SERVER_PORT, for the Temporal Web UI and CLI: administrators read the
 * encrypted payloads and failure messages of workflow histories. Uses the same configuration as
 * `npm start` (the local secrets file outside production; the embedded PostgreSQL of a running
 * `npm start` unless DATABASE_URL is set).
 */
import { join } from 'node:path';
import { openOrm } from '../db/orm';
import { ConfigError, loadConfig, type AppConfig } from '../platform/config';
import { createLogger } from '../platform/logger';
import { codecServerFor, temporalUiOrigins } from './lib/codec-server';
import { withLocalSecrets } from './lib/dev-secrets';
import { embeddedPostgresUrl } from './lib/embedded-postgres';
import { DATA_DIR } from './lib/paths';

let config: AppConfig;
try {
  config = loadConfig(withLocalSecrets(process.env, join(DATA_DIR, 'local-secrets.json')));
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\n`);
  process.exit(2);
}

const logger = createLogger(config.LOG_LEVEL);
const orm = await openOrm(config.DATABASE_URL ?? embeddedPostgresUrl(config.EMBEDDED_POSTGRES_PORT, 'talentcoop'), 2);
const server = codecServerFor(config, { orm, logger });
server.listen(config.CODEC_SERVER_PORT, config.CODEC_SERVER_HOST, () => {
  const url = `http://${config.CODEC_SERVER_HOST}:${config.CODEC_SERVER_PORT}`;
  process.stdout.write(`Codec server   ${url}   (sign in at ${url}/ ; UI origins: ${temporalUiOrigins(config).join(', ')})\n`);
});
const stop = () => {
  server.close();
  server.closeAllConnections();
  void orm.close(true).then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
