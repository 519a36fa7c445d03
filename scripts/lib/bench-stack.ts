import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { migrateToLatest, openOrm } from '../../db/orm';
import { FieldCipher } from '../../platform/crypto/field-cipher';
import { TokenSigner } from '../../platform/crypto/tokens';
import { loadConfig, type AppConfig } from '../../platform/config';
import { dataConverterFor, keyringOf } from '../../platform/temporal';
import type { MikroORM } from '@mikro-orm/postgresql';
import { freshSecrets } from './dev-secrets';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { DATA_DIR, ROOT } from './paths';
import { startTemporalDevServer, type RunningTemporal } from './temporal-dev-server';
import { ensureTemporalTools } from './temporal-tools';

/** A port nobody listens on right now (the kernel's pick), for the servers a benchmark starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface PlatformProcess {
  readonly name: 'api' | 'worker';
  /** The child now running (replaced by restart). */
  child(): ChildProcess;
  /** Starts it (again) and waits until it says it is ready. */
  start(): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real platform as separate processes, as in production (`api/main.ts`, `worker/main.ts`):
 * a scratch embedded PostgreSQL, the Temporal dev server from .tools/ with its state in a SQLite
 * file (so it can be restarted and keep every workflow), the schema migrated by this process.
 * Each child's output goes to a log file under `dir`.
 */
export interface BenchStack {
  dir: string;
  env: Record<string, string>;
  config: AppConfig;
  orm: MikroORM;
  temporal: Client;
  cipher: FieldCipher;
  tokens: TokenSigner;
  apiUrl: string;
  api: PlatformProcess;
  worker: PlatformProcess;
  postgres: RunningPostgres & { port: number };
  temporalServer(): RunningTemporal;
  restartTemporal(): Promise<void>;
  /** Stops everything it started; removes its folder unless `keepFiles` (the logs stay to read). */
  stop(opts?: { keepFiles?: boolean }): Promise<void>;
}

export async function startBenchStack(opts: {
  name: string;
  /** Where the API and the worker reach PostgreSQL, when not straight (a proxy in front of it). */
  databasePortFor?: (realPort: number) => Promise<number>;
  /** Keep Temporal's state in a SQLite file, so that the dev server can be restarted (slower: every write reaches the disk). */
  persistentTemporal?: boolean;
  /** Extra environment for the API and the worker. */
  env?: Record<string, string>;
  say: (line: string) => void;
}): Promise<BenchStack> {
  const tools = ensureTemporalTools(opts.say);
  const [pgPort, temporalPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const dir = join(DATA_DIR, `${opts.name}-${pgPort}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'postgres'), port: pgPort, database: 'bench', persistent: true });
  const temporalOpts = { cli: tools.cli, port: temporalPort, namespace: 'default', dbFile: opts.persistentTemporal ? join(dir, 'temporal.sqlite') : undefined };
  let temporalServer = await startTemporalDevServer(temporalOpts);
  const servedPgPort = opts.databasePortFor ? await opts.databasePortFor(pgPort) : pgPort;
  const databaseUrl = pg.url.replace(`:${pgPort}/`, `:${servedPgPort}/`);
  const env: Record<string, string> = {
    ...freshSecrets(),
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalServer.address,
    TEMPORAL_TASK_QUEUE: 'talentcoop',
    // Nothing is sent by mail here: the relay would only retry undeliverable messages and raise alerts.
    OUTBOX_POLL_INTERVAL_MS: '600000',
    ...opts.env,
  };
  const config = loadConfig(env);
  // The bench's own view of the database goes straight to PostgreSQL, never through the proxy.
  const orm = await openOrm(pg.url, 4);
  await migrateToLatest(orm);
  const connection = await Connection.connect({ address: temporalServer.address });
  const temporal = new Client({ connection, namespace: 'default', dataConverter: dataConverterFor(config) });

  const processOf = (name: 'api' | 'worker', ready: RegExp): PlatformProcess => {
    let child: ChildProcess;
    let run = 0;
    const launch = () =>
      new Promise<void>((resolve, reject) => {
        run += 1;
        const log = createWriteStream(join(dir, `${name}-${run}.log`));
        child = spawn(
          process.execPath,
          [
            ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
            '--import',
            'tsx',
            join(ROOT, name, 'main.ts'),
          ],
          {
            cwd: ROOT,
            env: { ...process.env, ...env },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let seen = '';
        // Starting bundles the workflow code: slow on a busy machine.
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`the ${name} process did not say it was ready within 240 s (see ${join(dir, `${name}-${run}.log`)})`));
        }, 240_000);
        child.stdout!.on('data', (b: Buffer) => {
          log.write(b);
          if (seen !== 'ready') {
            seen += b.toString();
            if (ready.test(seen)) {
              seen = 'ready';
              clearTimeout(timer);
              resolve();
            }
          }
        });
        child.stderr!.on('data', (b: Buffer) => log.write(b));
        child.once('exit', (code, signal) => {
          log.end();
          clearTimeout(timer);
          if (seen !== 'ready')
            reject(new Error(`the ${name} process exited (${signal ?? code}) before it was ready (see ${join(dir, `${name}-${run}.log`)})`));
        });
      });
    const kill = (signal: NodeJS.Signals) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      });
    return {
      name,
      child: () => child,
      start: launch,
      kill,
      async stop() {
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await kill('SIGTERM');
        clearTimeout(killer);
      },
    };
  };
  const worker = processOf('worker', /worker running/);
  const api = processOf('api', /API listening/);
  await worker.start();
  await api.start();

  return {
    dir,
    env,
    config,
    orm,
    temporal,
    cipher: new FieldCipher(keyringOf(config), config.DATA_HASH_KEY),
    tokens: TokenSigner.fromConfig(config),
    apiUrl: `http://127.0.0.1:${apiPort}/api/v1`,
    api,
    worker,
    postgres: { ...pg, port: pgPort },
    temporalServer: () => temporalServer,
    async restartTemporal() {
      if (!temporalOpts.dbFile) throw new Error('the Temporal dev server keeps its state in memory here: a restart would lose it');
      await temporalServer.stop();
      temporalServer = await startTemporalDevServer(temporalOpts);
    },
    async stop(stopOpts) {
      await api.stop().catch(() => undefined);
      await worker.stop().catch(() => undefined);
      await connection.close().catch(() => undefined);
      await orm.close(true).catch(() => undefined);
      await temporalServer.stop();
      await pg.stop();
      if (!stopOpts?.keepFiles) rmSync(dir, { recursive: true, force: true });
    },
  };
}
