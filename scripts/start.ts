/**
 * `npm start` — the whole platform on this machine: PostgreSQL (embedded unless DATABASE_URL),
 * the Temporal dev server with its Web UI (unless TEMPORAL_ADDRESS), migrations, the worker and
 * the API. `npm start -- --demo` also seeds the demo cooperative. Ctrl-C stops all it started.
 */
import { join } from 'node:path';
import { ConfigError, loadConfig, type AppConfig } from '../platform/config';
import { withLocalSecrets } from './lib/dev-secrets';
import { startEmbeddedPostgres, type RunningPostgres } from './lib/embedded-postgres';
import { DATA_DIR } from './lib/paths';
import { runPlatform, type RunningPlatform } from './lib/platform-runtime';
import { startTemporalDevServer, type RunningTemporal } from './lib/temporal-dev-server';
import { ensureTemporalTools } from './lib/temporal-tools';
import { startMailCatcher, type RunningMailCatcher } from './lib/mail-catcher';
import { DEMO_ACCOUNTS, payDemoMonths, seedDemo } from './lib/demo-seed';
import { startDemoPlacement } from './lib/demo-live';
import { ensureWebBuild } from './lib/web-build';
import { codecServerFor } from './lib/codec-server';
import type { Server } from 'node:http';

const demo = process.argv.includes('--demo');
const say = (line: string) => process.stdout.write(`${line}\n`);

let config: AppConfig;
try {
  const env = withLocalSecrets({ ...process.env, ...(demo ? { ALLOW_DEMO_ACCOUNTS: 'true' } : {}) }, join(DATA_DIR, 'local-secrets.json'));
  config = loadConfig(env);
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\n`);
  process.exit(2);
}

const stack: { temporal?: RunningTemporal; postgres?: RunningPostgres; platform?: RunningPlatform; mail?: RunningMailCatcher; codec?: Server } = {};
const codecUrl = `http://${config.CODEC_SERVER_HOST}:${config.CODEC_SERVER_PORT}`;
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (stopping) process.exit(code);
  stopping = true;
  say('Stopping…');
  if (stack.codec) {
    stack.codec.closeAllConnections();
    await new Promise((resolve) => stack.codec!.close(resolve));
  }
  await stack.platform?.stop().catch((e) => say(`  api/worker: ${String(e)}`));
  await stack.temporal?.stop().catch((e) => say(`  temporal: ${String(e)}`));
  await stack.postgres?.stop().catch((e) => say(`  postgres: ${String(e)}`));
  await stack.mail?.stop().catch((e) => say(`  mail catcher: ${String(e)}`));
  say('Stopped.');
  process.exit(code);
}
// embedded-postgres registers an exit hook that stops its server and exits on SIGINT/SIGTERM by
// itself, racing the orderly shutdown below: this script owns those signals.
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  if (!config.TEMPORAL_ADDRESS) {
    const tools = ensureTemporalTools(say);
    stack.temporal = await startTemporalDevServer({
      cli: tools.cli,
      port: config.TEMPORAL_DEV_PORT,
      uiPort: config.TEMPORAL_UI_PORT,
      uiCodecEndpoint: codecUrl,
      dbFile: join(DATA_DIR, 'temporal', 'dev-server.sqlite'),
      namespace: config.TEMPORAL_NAMESPACE,
    });
    config = { ...config, TEMPORAL_ADDRESS: stack.temporal.address };
  }
  if (!config.DATABASE_URL) {
    stack.postgres = await startEmbeddedPostgres({
      dataDir: join(DATA_DIR, 'postgres'),
      port: config.EMBEDDED_POSTGRES_PORT,
      database: 'talentcoop',
      persistent: true,
    });
    config = { ...config, DATABASE_URL: stack.postgres.url };
  }
  if (!config.SMTP_HOST && config.NODE_ENV !== 'production') {
    stack.mail = await startMailCatcher({ smtpPort: config.MAIL_CATCHER_SMTP_PORT, httpPort: config.MAIL_CATCHER_HTTP_PORT });
    config = { ...config, SMTP_HOST: '127.0.0.1', SMTP_PORT: stack.mail.smtpPort, SMTP_SECURE: false };
  }
  await ensureWebBuild(say);
  stack.platform = await runPlatform(config, {
    beforeServe: demo
      ? async (services) => {
          say(await seedDemo(services));
        }
      : undefined,
    afterStart: demo
      ? async (services, url) => {
          say(await payDemoMonths(services));
          say(await startDemoPlacement(url));
        }
      : undefined,
  });
  if (stack.temporal?.uiUrl) {
    // The local UI decodes payloads through it, once an administrator has signed in at its page.
    const codec = codecServerFor(config, { orm: stack.platform.services.orm, logger: stack.platform.services.logger });
    await new Promise<void>((resolve, reject) => codec.once('error', reject).listen(config.CODEC_SERVER_PORT, config.CODEC_SERVER_HOST, resolve));
    stack.codec = codec;
  }
  say('');
  say('TalentCoop engine is running.');
  say(`  Web portal     ${stack.platform.url}/`);
  say(`  API            ${stack.platform.url}/api/v1`);
  say(`  API docs       ${stack.platform.url}/docs   (OpenAPI: ${stack.platform.url}/openapi.json)`);
  say(`  Health         ${stack.platform.url}/healthz   ${stack.platform.url}/readyz`);
  if (stack.temporal?.uiUrl) say(`  Temporal UI    ${stack.temporal.uiUrl}   (payloads in clear for admins: sign in at ${codecUrl}/ first)`);
  say(`  Temporal       ${config.TEMPORAL_ADDRESS}${stack.temporal ? ' (local dev server, data in .data/temporal)' : ''}`);
  say(
    `  Mail           ${stack.mail ? `local catcher (nothing leaves this machine): read at ${stack.mail.httpUrl} (JSON: ${stack.mail.httpUrl}messages), SMTP on 127.0.0.1:${stack.mail.smtpPort}` : `SMTP ${config.SMTP_HOST}:${config.SMTP_PORT}`}`,
  );
  say(`  PostgreSQL     ${stack.postgres ? `embedded on 127.0.0.1:${config.EMBEDDED_POSTGRES_PORT}, data in .data/postgres` : 'from DATABASE_URL'}`);
  if (demo) {
    say('Demo accounts (demo only, never in production):');
    for (const a of DEMO_ACCOUNTS) say(`  ${a.role.padEnd(9)} ${a.email.padEnd(22)} ${a.password.padEnd(20)} ${a.displayName}`);
  }
  say('Press Ctrl-C to stop everything.');
} catch (err) {
  process.stderr.write(`Start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  await stopAll(1);
}
