import { availableParallelism } from 'node:os';
import { DefaultLogger, NativeConnection, Runtime, Worker, type WorkerOptions } from '@temporalio/worker';
import { fileURLToPath } from 'node:url';
import { createActivities, type ActivityDeps } from '../activities';
import { failureScrubbing } from './failure-scrub';
import { createOnssSandbox } from '../activities/gateways/onss-sandbox';
import { createSmtpMailer, unconfiguredMailer, type Mailer } from '../activities/gateways/mailer';
import { smsThroughMailCatcher, unconfiguredSms } from '../activities/gateways/sms';
import { createInvoiceDelivery } from '../activities/gateways/invoice-delivery';
import { createPeppolSandbox } from '../activities/gateways/peppol-sandbox';
import type { FieldCipher } from '../platform/crypto/field-cipher';
import type { Logger } from '../platform/logger';
import type { MikroORM } from '@mikro-orm/postgresql';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { processIds } from '../domain/process-ids';
import { brusselsDateOf } from '../domain/time/brussels';
import { TokenSigner } from '../platform/crypto/tokens';
import { endContractUpdate } from '../workflows/employment-contract';
import { recheckGatesSignal } from '../workflows/placement';
import type { AppConfig } from '../platform/config';
import { dataConverterFor, DEFAULT_TEMPORAL_ADDRESS } from '../platform/temporal';

export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

/**
 * The real dependencies of the activities. Declarations go to the local ONSS sandbox: the real
 * ONSS client (certificate, OAuth) is not built yet and would be chosen here.
 */
export function buildActivityDeps(config: AppConfig, services: { orm: MikroORM; cipher: FieldCipher; logger: Logger; temporal: Client }): ActivityDeps {
  const mailer = mailerFor(config);
  return {
    orm: services.orm,
    cipher: services.cipher,
    logger: services.logger,
    cooperative: {
      name: config.COOPERATIVE_NAME,
      enterpriseNumber: config.COOPERATIVE_ENTERPRISE_NUMBER,
      onssNumber: config.COOPERATIVE_ONSS_NUMBER,
      address: config.COOPERATIVE_ADDRESS,
    },
    declarations: createOnssSandbox({ orm: services.orm, answerDelayMs: config.DIMONA_SANDBOX_ANSWER_DELAY_MS, clock: () => new Date() }),
    links: {
      signer: TokenSigner.fromConfig(config),
      baseUrl: config.PUBLIC_BASE_URL ?? `http://${config.HOST}:${config.PORT}`,
      ttlSeconds: config.APPROVAL_LINK_TTL_HOURS * 3600,
    },
    processes: {
      async endContract({ contractId, endedOn, reason }) {
        await services.temporal.workflow.getHandle(processIds.employmentContract(contractId)).executeUpdate(endContractUpdate, {
          args: [{ endedOn, reason, today: brusselsDateOf(Date.now()), actor: { userId: 'system', role: 'system' } }],
        });
      },
      async recheckPlacementGates({ placementId }) {
        try {
          await services.temporal.workflow.getHandle(processIds.placement(placementId)).signal(recheckGatesSignal);
        } catch (err) {
          // A placement whose process has already closed has no gates left to check.
          if (!(err instanceof WorkflowNotFoundError)) throw err;
        }
      },
    },
    mailer,
    pdfRenderThreads: config.PDF_RENDER_THREADS ?? availableParallelism(),
    // No SMS provider is wired yet: outside production SMS go to the local mail catcher.
    sms: config.NODE_ENV === 'production' ? unconfiguredSms : smsThroughMailCatcher(mailer),
    // Invoices go to the local Peppol sandbox, or by e-mail through the Mailer.
    invoicing: {
      iban: config.COOPERATIVE_IBAN,
      bic: config.COOPERATIVE_BIC,
      delivery: createInvoiceDelivery({
        peppol: createPeppolSandbox({ orm: services.orm, answerDelayMs: config.PEPPOL_SANDBOX_ANSWER_DELAY_MS, clock: () => new Date() }),
        mailer,
      }),
    },
  };
}

/** SMTP when configured; plain (no TLS) only to a catcher on this machine outside production. */
export function mailerFor(config: AppConfig): Mailer {
  if (!config.SMTP_HOST) return unconfiguredMailer;
  const local = config.NODE_ENV !== 'production' && ['127.0.0.1', 'localhost', '::1'].includes(config.SMTP_HOST);
  return createSmtpMailer({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    user: config.SMTP_USER,
    password: config.SMTP_PASSWORD,
    from: config.MAIL_FROM,
    allowInsecure: local,
  });
}

let runtimeInstalled = false;

/**
 * The SDK runtime, once per process: warnings and errors only, and no signal handlers of its
 * own: the process that owns the worker decides when to shut it down.
 */
export function installTemporalRuntime(): void {
  if (runtimeInstalled) return;
  Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });
  runtimeInstalled = true;
}

/**
 * The Temporal worker: every workflow of workflows/ and every activity built from real deps.
 * `workflowBundle` lets tests bundle the workflow code once and reuse it.
 */
export async function createTemporalWorker(opts: {
  config: AppConfig;
  connection: NativeConnection;
  deps: ActivityDeps;
  taskQueue?: string;
  workflowBundle?: WorkerOptions['workflowBundle'];
}): Promise<Worker> {
  installTemporalRuntime();
  return Worker.create({
    connection: opts.connection,
    namespace: opts.config.TEMPORAL_NAMESPACE,
    taskQueue: opts.taskQueue ?? opts.config.TEMPORAL_TASK_QUEUE,
    ...(opts.workflowBundle ? { workflowBundle: opts.workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
    activities: createActivities(opts.deps),
    dataConverter: dataConverterFor(opts.config),
    // No unexpected error's text (SQL with its values) leaves an activity: logs, histories and the UI get codes.
    interceptors: { activity: [failureScrubbing(opts.deps.logger)] },
  });
}

/** The worker's connection to Temporal (the SDK runtime is installed first). */
export async function connectWorkerConnection(config: AppConfig): Promise<NativeConnection> {
  installTemporalRuntime();
  return NativeConnection.connect({ address: config.TEMPORAL_ADDRESS ?? DEFAULT_TEMPORAL_ADDRESS });
}
