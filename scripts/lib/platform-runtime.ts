import type { Server } from 'node:http';
import type { Worker } from '@temporalio/worker';
import { createApp } from '../../api/app';
import { TokenSigner } from '../../platform/crypto/tokens';
import { migrateToLatest } from '../../db/orm';
import type { AppConfig } from '../../platform/config';
import { openPlatformServices, type PlatformServices } from '../../platform/services';
import { buildActivityDeps, connectWorkerConnection, createTemporalWorker } from '../../worker/create-worker';
import { ensureDeclarationProcesses } from '../../worker/declaration-processes';
import { startHousekeeping } from '../../worker/housekeeping';
import { startOutboxRelay } from '../../worker/outbox-relay';
import { startSignalRelay } from '../../worker/signal-relay';
import { prepareWorkerStart } from '../../worker/payroll-schedule';
import { startProcessRepair } from '../../worker/process-repair';

export interface RunningPlatform {
  services: PlatformServices;
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs the API and the Temporal worker in this process against the PostgreSQL and Temporal
 * named by the configuration, after bringing the schema up to date.
 */
export async function runPlatform(
  config: AppConfig,
  opts: { beforeServe?: (s: PlatformServices) => Promise<void>; afterStart?: (s: PlatformServices, url: string) => Promise<void> } = {},
): Promise<RunningPlatform> {
  const services = await openPlatformServices(config);
  const { logger } = services;
  const applied = await migrateToLatest(services.orm);
  if (applied.length) logger.info({ migrations: applied }, 'database migrated');
  await opts.beforeServe?.(services);

  const connection = await connectWorkerConnection(config);
  const activityDeps = buildActivityDeps(config, services);
  const worker: Worker = await createTemporalWorker({ config, connection, deps: activityDeps });
  const workerDone = worker.run();
  const relay = startOutboxRelay(activityDeps, { intervalMs: config.OUTBOX_POLL_INTERVAL_MS, alertAfterAttempts: config.OUTBOX_ALERT_AFTER_ATTEMPTS });
  const repair = startProcessRepair(
    {
      orm: services.orm,
      logger,
      temporal: services.temporal,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      deemedApprovalDays: config.TIMESHEET_DEEMED_APPROVAL_DAYS,
    },
    { intervalMs: config.PROCESS_REPAIR_INTERVAL_MS },
  );
  const housekeeping = startHousekeeping({ orm: services.orm, logger });
  const signals = startSignalRelay({ orm: services.orm, temporal: services.temporal, logger }, { intervalMs: config.SIGNAL_RELAY_INTERVAL_MS });
  await prepareWorkerStart(config, activityDeps, services.temporal);
  workerDone.catch((err) => logger.error({ err: { message: err?.message } }, 'Temporal worker stopped with an error'));
  await ensureDeclarationProcesses(services.temporal, config.TEMPORAL_TASK_QUEUE, logger);

  const app = createApp({ config, orm: services.orm, temporal: services.temporal, logger, cipher: services.cipher, tokens: TokenSigner.fromConfig(config) });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  await opts.afterStart?.(services, `http://${config.HOST}:${port}`);
  return {
    services,
    server,
    url: `http://${config.HOST}:${port}`,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await relay.stop();
      await repair.stop();
      await housekeeping.stop();
      await signals.stop();
      worker.shutdown();
      await workerDone.catch(() => undefined);
      await connection.close();
      await services.close();
    },
  };
}
