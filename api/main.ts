/**
 * The API process on its own (docker-compose, several replicas): needs DATABASE_URL and
 * TEMPORAL_ADDRESS. Migrations are run by `scripts/migrate.ts`, not here.
 */
import { ConfigError, loadConfig } from '../platform/config';
import { openPlatformServices } from '../platform/services';
import { createApp } from './app';
import { TokenSigner } from '../platform/crypto/tokens';

try {
  const config = loadConfig();
  if (!config.DATABASE_URL || !config.TEMPORAL_ADDRESS)
    throw new ConfigError('Bad configuration: DATABASE_URL and TEMPORAL_ADDRESS are required for the API process.');
  const services = await openPlatformServices(config);
  const app = createApp({ ...services, tokens: TokenSigner.fromConfig(config) });
  const server = app.listen(config.PORT, config.HOST, () => services.logger.info({ port: config.PORT }, 'API listening'));
  const stop = () => server.close(() => void services.close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
}
