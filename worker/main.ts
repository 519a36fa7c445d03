/**
 * The Temporal worker process on its own (docker-compose, several replicas): needs
 * DATABASE_URL and TEMPORAL_ADDRESS.
 */
import { ConfigError, loadConfig } from '../platform/config';
import { openPlatformServices } from '../platform/services';
import { buildActivityDeps, connectWorkerConnection, createTemporalWorker } from './create-worker';
import { ensureDeclarationProcesses } from './declaration-processes';
import { startHousekeeping } from './housekeeping';
import { startOutboxRelay } from './outbox-relay';
import { startSignalRelay } from './signal-relay';
import { prepareWorkerStart } from './payroll-schedule';
import { startProcessRepair } from './process-repair';

try {
  const config = loadConfig();
  if (!config.DATABASE_URL || !config.TEMPORAL_ADDRESS)
    throw new ConfigError('Bad configuration: DATABASE_URL and TEMPORAL_ADDRESS are required for the worker process.');
  const services = await openPlatformServices(config);
  const connection = await connectWorkerConnection(config);
  const deps = buildActivityDeps(config, services);
  const worker = await createTemporalWorker({ config, connection, deps });
  await prepareWorkerStart(config, deps, services.temporal);
  const relay = startOutboxRelay(deps, { intervalMs: config.OUTBOX_POLL_INTERVAL_MS, alertAfterAttempts: config.OUTBOX_ALERT_AFTER_ATTEMPTS });
  const repair = startProcessRepair(
    {
      orm: services.orm,
      logger: services.logger,
      temporal: services.temporal,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      deemedApprovalDays: config.TIMESHEET_DEEMED_APPROVAL_DAYS,
    },
    { intervalMs: config.PROCESS_REPAIR_INTERVAL_MS },
  );
  const housekeeping = startHousekeeping({ orm: services.orm, logger: services.logger });
  const signals = startSignalRelay(
    { orm: services.orm, temporal: services.temporal, logger: services.logger },
    { intervalMs: config.SIGNAL_RELAY_INTERVAL_MS },
  );
  process.on('SIGTERM', () => worker.shutdown());
  process.on('SIGINT', () => worker.shutdown());
  await ensureDeclarationProcesses(services.temporal, config.TEMPORAL_TASK_QUEUE, services.logger);
  services.logger.info({ taskQueue: config.TEMPORAL_TASK_QUEUE }, 'worker running');
  await worker.run();
  await relay.stop();
  await repair.stop();
  await housekeeping.stop();
  await signals.stop();
  await connection.close();
  await services.close();
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
}
