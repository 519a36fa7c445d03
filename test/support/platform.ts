import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import { createApp } from '../../api/app';
import type { ApiDeps } from '../../api/deps';
import { hashPassword } from '../../api/http/passwords';
import { TokenSigner } from '../../platform/crypto/tokens';
import type { Role } from '../../domain/access/roles';
import { UserAccount } from '../../db/entities';
import type { AppConfig } from '../../platform/config';
import { createLogger } from '../../platform/logger';
import { dataConverterFor } from '../../platform/temporal';
import { buildActivityDeps, connectWorkerConnection, createTemporalWorker } from '../../worker/create-worker';
import { startOutboxRelay, type RunningOutboxRelay } from '../../worker/outbox-relay';
import { startSignalRelay } from '../../worker/signal-relay';
import type { RepeatingTask } from '../../worker/repeating';
import { startMailCatcher, type RunningMailCatcher } from '../../scripts/lib/mail-catcher';
import { testConfig } from './config';
import { createTestDatabase, type TestDatabase } from './database';
import { testEnv } from './env';
import { workflowBundle } from './temporal';
import { fieldCipherFor } from '../../platform/crypto/field-cipher-config';

export interface TestPlatform {
  baseUrl: string;
  config: AppConfig;
  db: TestDatabase;
  deps: ApiDeps;
  temporal: Client;
  /** Creates an account and answers its bearer token. */
  signIn(role: Role, link?: { employerId?: string; workerId?: string }): Promise<{ token: string; userId: string; email: string }>;
  /** JSON over HTTP with an optional bearer token. */
  http(
    method: string,
    path: string,
    opts?: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
    // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON answers of every route; each assertion states the shape it expects.
  ): Promise<{ status: number; headers: Headers; body: any }>;
  /** Every log line the API and the worker wrote, as JSON text. */
  logLines: string[];
  /** The local mail catcher every message of this platform is delivered to (SMS too, see activities/gateways/sms.ts). */
  mail: RunningMailCatcher;
  /** The outbox relay (it polls every 100 ms; `deliverNow` sends what is due at once). */
  outbox: RunningOutboxRelay;
  /** The relay of recorded facts' signals to their processes (every 50 ms; `runNow` delivers what is due at once). */
  signals: RepeatingTask<{ delivered: number; failed: number }>;
  stop(): Promise<void>;
}

/**
 * The real platform for an end-to-end test file: a fresh PostgreSQL database, the Temporal dev
 * server (its own task queue, so files do not share workers), the worker and the API on port 0.
 * `options.clock` is the API's clock (ApiDeps.clock); the worker and the workflows keep real time.
 */
export async function startTestPlatform(overrides: Record<string, string> = {}, options: { clock?: () => Date } = {}): Promise<TestPlatform> {
  const env = testEnv();
  const db = await createTestDatabase();
  const mail = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
  const config = testConfig({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.smtpPort),
    OUTBOX_POLL_INTERVAL_MS: '100',
    SIGNAL_RELAY_INTERVAL_MS: '50',
    DATABASE_URL: db.url,
    TEMPORAL_ADDRESS: env.temporalAddress,
    TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
    ...overrides,
  });
  const logLines: string[] = [];
  const logger = createLogger('debug', 'talentcoop', { write: (line: string) => void logLines.push(line) });
  const cipher = fieldCipherFor(config);
  const connection = await Connection.connect({ address: env.temporalAddress });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: dataConverterFor(config) });
  const workerConnection = await connectWorkerConnection(config);
  const activityDeps = buildActivityDeps(config, { orm: db.orm, cipher, logger, temporal });
  const worker: Worker = await createTemporalWorker({
    config,
    connection: workerConnection,
    deps: activityDeps,
    workflowBundle: await workflowBundle(),
  });
  const workerDone = worker.run();
  const outbox = startOutboxRelay(activityDeps, { intervalMs: config.OUTBOX_POLL_INTERVAL_MS, alertAfterAttempts: config.OUTBOX_ALERT_AFTER_ATTEMPTS });
  const signals = startSignalRelay({ orm: db.orm, temporal, logger }, { intervalMs: config.SIGNAL_RELAY_INTERVAL_MS });
  const deps: ApiDeps = {
    config,
    orm: db.orm,
    temporal,
    logger,
    cipher,
    tokens: TokenSigner.fromConfig(config),
    ...(options.clock ? { clock: options.clock } : {}),
  };
  const app = createApp(deps);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const http: TestPlatform['http'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined = opts.rawBody;
    if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.body);
    } else if (opts.rawBody !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed };
  };

  return {
    baseUrl,
    config,
    db,
    deps,
    temporal,
    http,
    logLines,
    mail,
    outbox,
    signals,
    async signIn(role, link = {}) {
      const email = `${role}-${randomUUID().slice(0, 8)}@test.coop`;
      const password = `pw-${randomUUID()}`;
      const em = db.orm.em.fork();
      const id = randomUUID();
      em.create(UserAccount, {
        id,
        email,
        role,
        displayName: `${role} ${email}`,
        passwordHash: await hashPassword(password),
        employer: link.employerId ?? null,
        worker: link.workerId ?? null,
      });
      await em.flush();
      const res = await http('POST', '/api/v1/auth/login', { body: { email, password } });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
      return { token: res.body.token as string, userId: id, email };
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await outbox.stop();
      await signals.stop();
      worker.shutdown();
      await workerDone;
      await mail.stop();
      await workerConnection.close();
      await connection.close();
      await db.drop();
    },
  };
}
