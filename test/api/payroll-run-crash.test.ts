import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiDeps } from '../../api/deps';
import { findRun, startPayrollRun } from '../../api/payroll/payroll-records';
import { salaryTransfers } from '../../api/payroll/sepa-records';
import { todayInBrussels } from '../../api/workers/clock';
import { processIds } from '../../domain/process-ids';
import { salaryPaymentDate } from '../../domain/payroll-runs/pay-period';
import { addMonths, firstDayOfMonth, monthOf } from '../../domain/time/dates';
import { loadConfig } from '../../platform/config';
import { TokenSigner } from '../../platform/crypto/tokens';
import { createLogger } from '../../platform/logger';
import { dataConverterFor } from '../../platform/temporal';
import { freshSecrets } from '../../scripts/lib/dev-secrets';
import { seedPayrollPopulation } from '../../scripts/lib/payroll-population';
import { decidePayrollRunUpdate } from '../../workflows/payroll-run';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { testEnv } from '../support/env';
import { freshNamespace } from '../support/temporal';
import { fieldCipherFor } from '../../platform/crypto/field-cipher-config';

/**
 * The Temporal worker is a separate process, killed (SIGKILL) in the middle of a 200-worker run
 * and started again; the finished run must equal an uninterrupted run of the same data held in a
 * second database: one payslip per worker, the same amounts, one transfer each.
 */
const WORKERS = 200;
const PERIOD = monthOf(addMonths(firstDayOfMonth(todayInBrussels()), -1));
const ROOT = join(import.meta.dirname, '..', '..');
const secrets = freshSecrets();

interface World {
  db: TestDatabase;
  deps: ApiDeps;
  env: Record<string, string>;
  taskQueue: string;
}
const worlds: World[] = [];
const children: ChildProcess[] = [];

async function world(): Promise<World> {
  const db = await createTestDatabase();
  const taskQueue = `crash-${randomUUID()}`;
  const env = {
    ...secrets,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: db.url,
    TEMPORAL_ADDRESS: testEnv().temporalAddress,
    TEMPORAL_TASK_QUEUE: taskQueue,
    TEMPORAL_NAMESPACE: await freshNamespace(),
  };
  const config = loadConfig(env);
  const connection = await Connection.connect({ address: testEnv().temporalAddress });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: dataConverterFor(config) });
  const cipher = fieldCipherFor(config);
  const deps: ApiDeps = { config, orm: db.orm, temporal, logger: createLogger('silent'), cipher, tokens: TokenSigner.fromConfig(config) };
  await seedPayrollPopulation(db.orm.em.fork(), cipher, { count: WORKERS, period: PERIOD, seed: 'crash-test', employers: 4 });
  const w = { db, deps, env, taskQueue };
  worlds.push(w);
  return w;
}

function startWorkerProcess(w: World): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'worker', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...w.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', () => undefined);
  children.push(child);
  return child;
}

const admin = { userId: 'admin-starter', role: 'admin' as const, displayName: 'starter', employerId: null, workerId: null };
const second = { userId: 'admin-approver', role: 'admin' as const };

async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string, timeoutMs = 240_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out: ${what} (${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function runToPreviewAndApprove(w: World): Promise<string> {
  const { run } = await startPayrollRun(w.deps, admin, PERIOD, 'crash-test');
  await waitFor(
    () => findRun(w.deps.orm.em.fork(), run.id),
    (r) => r.status === 'preview',
    'preview',
  );
  // The row shows the preview as the summary activity commits, a moment before the workflow
  // itself moves to it: until then the approval is refused as `run-not-in-preview`, and asked again.
  const approve = () =>
    w.deps.temporal.workflow
      .getHandle(processIds.payrollRun(PERIOD))
      .executeUpdate(decidePayrollRunUpdate, {
        args: [{ decision: 'approve', actor: second, paymentDate: salaryPaymentDate(PERIOD, todayInBrussels(), 5) }],
      })
      .then(
        () => true,
        (err: { cause?: { details?: [{ code: string }[]] } }) => {
          if (err.cause?.details?.[0]?.[0]?.code === 'run-not-in-preview') return false;
          throw err;
        },
      );
  await waitFor(approve, (accepted) => accepted, 'the approval', 30_000);
  return run.id;
}

const payslipCount = async (w: World, runId: string) =>
  Number((await w.db.query<{ n: number }>('select count(*)::int as n from payslip where run_id = $1', [runId]))[0]!.n);

async function outcome(w: World, runId: string) {
  const payslips = await w.db.query<{
    contract_id: string;
    number: string;
    gross_cents: number;
    net_cents: number;
    employer_cost_cents: number;
    withholding_tax_cents: number;
    document_id: string;
  }>(
    'select contract_id, number, gross_cents, net_cents, employer_cost_cents, withholding_tax_cents, document_id from payslip where run_id = $1 order by contract_id',
    [runId],
  );
  const documents = await w.db.query<{ n: number }>(`select count(*)::int as n from stored_document where kind = 'payslip'`);
  const paidWeeks = await w.db.query<{ n: number }>(`select count(*)::int as n from timesheet_payment`);
  const order = await salaryTransfers(w.deps.orm.em.fork(), w.deps, await findRun(w.deps.orm.em.fork(), runId));
  return {
    payslips: payslips.map(({ document_id: _d, ...p }) => p),
    documents: documents[0]!.n,
    paidWeeks: paidWeeks[0]!.n,
    transfers: order.transfers.map((t) => ({ endToEndId: t.endToEndId, amountCents: t.amountCents, creditorIban: t.creditorIban })),
  };
}

beforeAll(async () => {
  // Two databases, one population: the reference run and the crashed run see the same data.
  await Promise.all([world(), world()]);
}, 180_000);

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const w of worlds) {
    await w.deps.temporal.workflow
      .getHandle(processIds.payrollRun(PERIOD))
      .terminate('test over')
      .catch(() => undefined);
    await w.deps.temporal.connection.close();
    await w.db.drop();
  }
});

describe('a payroll run whose worker process is killed', () => {
  it('finishes with exactly what an uninterrupted run gives: one payslip each, same amounts, one transfer each', async () => {
    const [reference, crashed] = worlds as [World, World];
    // Each world has its own namespace (the run's workflow id is the period); they run one after the other.
    const refWorker = startWorkerProcess(reference);
    const refRun = await runToPreviewAndApprove(reference);
    await waitFor(
      () => findRun(reference.deps.orm.em.fork(), refRun),
      (r) => r.status === 'finalised',
      'reference finalised',
    );
    refWorker.kill('SIGTERM');
    const expected = await outcome(reference, refRun);
    expect(expected.payslips).toHaveLength(WORKERS);

    // The crashed run: killed while it issues payslips, when some are written and others not yet.
    const first = startWorkerProcess(crashed);
    const runId = await runToPreviewAndApprove(crashed);
    const atKill = await waitFor(
      () => payslipCount(crashed, runId),
      (n) => n > 0,
      'first payslips issued',
    );
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    expect(atKill).toBeLessThan(WORKERS);
    startWorkerProcess(crashed);
    await waitFor(
      () => findRun(crashed.deps.orm.em.fork(), runId),
      (r) => r.status === 'finalised',
      'crashed run finalised',
    );
    const actual = await outcome(crashed, runId);

    expect(actual.payslips).toEqual(expected.payslips);
    expect(actual.documents).toBe(WORKERS);
    expect(actual.paidWeeks).toBe(expected.paidWeeks);
    expect(actual.transfers).toEqual(expected.transfers);
    expect(new Set(actual.transfers.map((t) => t.endToEndId)).size).toBe(actual.transfers.length);
  }, 600_000);
});
