/**
 * The whole payroll run on the local stack, timed: `npm run bench:payroll-run -- --workers 10000`.
 * A scratch embedded PostgreSQL and a Temporal dev server are started; N workers with a month
 * of approved hours are seeded in bulk; the run is started, approved by a second admin and
 * finalised (PDFs on) by a Temporal worker in this process. Then the same N payslip PDFs are
 * rendered with bare pdfmake in this process (the floor). Prints total seconds, ms per worker,
 * the floor, their ratio and the peak RSS. A benchmark prints numbers; it is not a test.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiDeps } from '../api/deps';
import { findRun, startPayrollRun } from '../api/payroll/payroll-records';
import { todayInBrussels } from '../api/workers/clock';
import { serverPdfMake } from '../activities/documents/fonts';
import { payslipDocumentDefinition } from '../activities/documents/payslip-pdf';
import { PdfRenderPool } from '../activities/documents/render-pool';
import { payslipDocumentInputs } from '../activities/payroll-runs';
import { PayslipDraft } from '../db/entities';
import { migrateToLatest } from '../db/orm';
import { processIds } from '../domain/process-ids';
import { salaryPaymentDate } from '../domain/payroll-runs/pay-period';
import { addMonths, firstDayOfMonth, monthOf } from '../domain/time/dates';
import { loadConfig } from '../platform/config';
import { TokenSigner } from '../platform/crypto/tokens';
import { openPlatformServices } from '../platform/services';
import { buildActivityDeps, connectWorkerConnection, createTemporalWorker } from '../worker/create-worker';
import { decidePayrollRunUpdate } from '../workflows/payroll-run';
import { freshSecrets } from './lib/dev-secrets';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { DATA_DIR } from './lib/paths';
import { seedPayrollPopulation } from './lib/payroll-population';
import { startTemporalDevServer } from './lib/temporal-dev-server';
import { ensureTemporalTools } from './lib/temporal-tools';

const arg = process.argv.indexOf('--workers');
const count = arg > 0 ? Number(process.argv[arg + 1]) : 10_000;
if (!Number.isSafeInteger(count) || count < 1) throw new Error('usage: bench:payroll-run -- --workers <count>');
const say = (line: string) => process.stdout.write(`${line}\n`);
const period = monthOf(addMonths(firstDayOfMonth(todayInBrussels()), -1));

const tools = ensureTemporalTools(() => undefined);
const pgPort = 56000 + Math.floor(Math.random() * 1000);
const dataDir = join(DATA_DIR, `bench-payroll-${pgPort}`);
const pg = await startEmbeddedPostgres({ dataDir, port: pgPort, database: 'bench', persistent: false });
const temporal = await startTemporalDevServer({ cli: tools.cli, port: 57000 + Math.floor(Math.random() * 1000), namespace: 'default' });
let rssPeak = 0;
let runRssPeak = 0;
const sample = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 100);
try {
  const config = loadConfig({
    ...freshSecrets(),
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: pg.url,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_TASK_QUEUE: `bench-${randomUUID()}`,
  });
  const services = await openPlatformServices(config);
  await migrateToLatest(services.orm);
  let t = Date.now();
  await seedPayrollPopulation(services.orm.em.fork(), services.cipher, { count, period, seed: 'bench' });
  say(`seeded ${count} workers with a month of approved hours (${period}) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const deps = buildActivityDeps(config, services);
  const connection = await connectWorkerConnection(config);
  const worker = await createTemporalWorker({ config, connection, deps });
  const api: ApiDeps = {
    config,
    orm: services.orm,
    temporal: services.temporal,
    logger: services.logger,
    cipher: services.cipher,
    tokens: TokenSigner.fromConfig(config),
  };
  await worker.runUntil(async () => {
    t = Date.now();
    const { run } = await startPayrollRun(
      api,
      { userId: 'bench-admin', role: 'admin', displayName: 'bench', employerId: null, workerId: null },
      period,
      'bench',
    );
    const wait = async (status: string) => {
      for (;;) {
        const r = await findRun(services.orm.em.fork(), run.id);
        if (r.status === status) return;
        await new Promise((res) => setTimeout(res, 200));
      }
    };
    await wait('preview');
    const previewAt = Date.now();
    await services.temporal.workflow.getHandle(processIds.payrollRun(period)).executeUpdate(decidePayrollRunUpdate, {
      args: [{ decision: 'approve', actor: { userId: 'bench-approver', role: 'admin' }, paymentDate: salaryPaymentDate(period, todayInBrussels(), 5) }],
    });
    await wait('finalised');
    const total = (Date.now() - t) / 1000;
    runRssPeak = rssPeak;
    say(
      `payroll run: ${total.toFixed(1)} s in all (collect+compute to preview ${((previewAt - t) / 1000).toFixed(1)} s, finalise ${((Date.now() - previewAt) / 1000).toFixed(1)} s), ${((total * 1000) / count).toFixed(2)} ms per worker`,
    );

    const em = services.orm.em.fork();
    const drafts = await em.find(PayslipDraft, { runId: run.id }, { orderBy: { id: 'asc' } });
    const inputs = await payslipDocumentInputs(
      em,
      drafts,
      salaryPaymentDate(period, todayInBrussels(), 5),
      todayInBrussels(),
      deps.cooperative,
      services.cipher,
    );
    const pdfMake = serverPdfMake();
    const f = Date.now();
    for (const input of inputs) await pdfMake.createPdf(payslipDocumentDefinition(input)).getBuffer();
    const floor = (Date.now() - f) / 1000;
    say(`bare pdfmake, the same ${inputs.length} payslips: ${floor.toFixed(1)} s (${((floor * 1000) / inputs.length).toFixed(2)} ms per PDF)`);
    say(`ratio whole run / bare pdfmake: ${(total / floor).toFixed(2)}`);
    // The run renders on PDF_RENDER_THREADS threads: the same PDFs on as many bare threads is the floor of that design.
    const threads = deps.pdfRenderThreads ?? 0;
    if (threads > 1) {
      const pool = new PdfRenderPool(threads);
      const p = Date.now();
      await Promise.all(inputs.map((input) => pool.render(input)));
      const parallelFloor = (Date.now() - p) / 1000;
      await pool.close();
      say(
        `the same ${inputs.length} PDFs on ${threads} bare render threads: ${parallelFloor.toFixed(1)} s (${((parallelFloor * 1000) / inputs.length).toFixed(2)} ms per PDF); ratio whole run / that: ${(total / parallelFloor).toFixed(2)}`,
      );
    }
  });
  await connection.close();
  await services.close();
} finally {
  clearInterval(sample);
  say(
    `peak RSS of this process during the run (API client, worker, render threads): ${(runRssPeak / 1024 / 1024).toFixed(0)} MB; with the floor passes after it (every input held at once): ${(rssPeak / 1024 / 1024).toFixed(0)} MB`,
  );
  await temporal.stop();
  await pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
