import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname } from 'node:path';

export interface RunningTemporal {
  address: string;
  uiUrl?: string;
  stop(): Promise<void>;
}

function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitForPort(host: string, port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the Temporal dev server exited with code ${child.exitCode}`);
    if (await portOpen(host, port)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the Temporal dev server did not listen on ${host}:${port} within ${timeoutMs} ms`);
}

/**
 * The official Temporal CLI dev server: a real Temporal server (SQLite-backed, persisted to
 * `dbFile` when given) with its Web UI. Stopped with SIGTERM, then SIGKILL if it lingers.
 */
export async function startTemporalDevServer(opts: {
  cli: string;
  port: number;
  uiPort?: number;
  /** The codec server the Web UI asks to show encrypted payloads (`--ui-codec-endpoint`). */
  uiCodecEndpoint?: string;
  dbFile?: string;
  namespace: string;
  onLog?: (line: string) => void;
}): Promise<RunningTemporal> {
  const host = '127.0.0.1';
  if (await portOpen(host, opts.port)) {
    throw new Error(`port ${opts.port} is already taken: another Temporal server is running (stop it, or set TEMPORAL_ADDRESS to use it)`);
  }
  const args = ['server', 'start-dev', '--ip', host, '--port', String(opts.port), '--namespace', opts.namespace, '--log-level', 'warn'];
  if (opts.uiPort) args.push('--ui-port', String(opts.uiPort), '--ui-ip', host);
  if (opts.uiPort && opts.uiCodecEndpoint) args.push('--ui-codec-endpoint', opts.uiCodecEndpoint);
  else args.push('--headless');
  if (opts.dbFile) {
    mkdirSync(dirname(opts.dbFile), { recursive: true });
    args.push('--db-filename', opts.dbFile);
  }
  const child = spawn(opts.cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const forward = (b: Buffer) => opts.onLog?.(b.toString().trim());
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  try {
    await waitForPort(host, opts.port, child, 60_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    address: `${host}:${opts.port}`,
    uiUrl: opts.uiPort ? `http://${host}:${opts.uiPort}` : undefined,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(killer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
