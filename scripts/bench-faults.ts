/**
 * `npm run bench:faults [-- --duration 180 --rate 3]` (`BENCH_FAULTS_DURATION_S`, `BENCH_FAULTS_RATE`)
 *
 * A stream of operations through the real HTTP API while the platform is hurt, then a count of
 * their effects: each must exist exactly once, and no workflow may have failed.
 *
 * Stack (`scripts/lib/bench-stack.ts`): a scratch embedded PostgreSQL; the Temporal dev server
 * from .tools/ with its state in a SQLite file (so a restart keeps every workflow); the API and
 * the worker as separate processes (`api/main.ts`, `worker/main.ts`). The API and the worker reach
 * PostgreSQL through a TCP proxy in this process (`scripts/lib/tcp-proxy.ts`): closing it makes
 * PostgreSQL refuse them (no listener, every open connection cut) while the database keeps its
 * data; this process counts through a direct connection.
 *
 * Seeding (before the stream): workers ready for a contract (consent, permit, identifier) and
 * weeks submitted to their employers, as `bench:timesheet-approval` seeds them; an admin account.
 *
 * Operations, paced at `--rate` per second for `--duration` seconds, in turn:
 * - onboarding: `POST /workers` (registers a worker, starts their onboarding workflow);
 * - contract: `POST /workers/{id}/contracts` for a ready worker (the row, its contract workflow);
 * - timesheet: `POST /placements/{id}/timesheets/{week}/decision` approve, by the employer.
 * Each carries an Idempotency-Key, and the client retries it with the same key, as a real client
 * does, on a connection error, a timeout, a 5xx or a 409 (still running), with backoff, for up to
 * `--give-up` seconds (default 600). A 4xx other than 409 is an error.
 *
 * Faults, at fixed fractions of the stream: the worker process is killed (SIGKILL) five times and
 * started again; the Temporal dev server is stopped and started once (same state file); the
 * PostgreSQL proxy refuses connections for 60 s once (`--outage` seconds).
 *
 * At the end, once every client has its answer, it waits for the workflows to settle and counts:
 * each registration is one worker row with its onboarding workflow, each contract one row with its
 * workflow, each approval one approved row with one `timesheet.approved` audit entry; nothing
 * doubled; and Temporal's list API finds no failed, terminated or timed-out workflow.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { processIds } from '../domain/process-ids';
import { brusselsDateOf } from '../domain/time/brussels';
import { addDays } from '../domain/time/dates';
import { benchAccount, seedSubmittedWeeks, type SubmittedWeek } from './lib/approval-weeks';
import { countCheck, exactlyOnce, type CountCheck } from './lib/bench-figures';
import { startBenchStack, type BenchStack } from './lib/bench-stack';
import { startTcpProxy, type TcpProxy } from './lib/tcp-proxy';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: process.env.BENCH_FAULTS_DURATION_S ?? '180' },
    rate: { type: 'string', default: process.env.BENCH_FAULTS_RATE ?? '3' },
    outage: { type: 'string', default: '60' },
    'give-up': { type: 'string', default: '600' },
    keep: { type: 'boolean', default: false },
  },
});
const duration = Number(flags.duration);
const rate = Number(flags.rate);
const outage = Number(flags.outage);
const giveUp = Number(flags['give-up']);
for (const [name, v] of [
  ['--duration', duration],
  ['--rate', rate],
  ['--outage', outage],
  ['--give-up', giveUp],
] as const) {
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a number > 0`);
}
if (outage >= duration) throw new Error('--outage must be shorter than --duration');
let started = Date.now();
const clock = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const say = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Kind = 'onboarding' | 'contract' | 'timesheet';
interface Outcome {
  kind: Kind;
  key: string;
  status: number | null;
  attempts: number;
  error?: string;
}

/** One operation as a real client sends it: the same Idempotency-Key on every attempt, retried on what may be passing. */
async function send(apiUrl: string, op: { kind: Kind; key: string; method: string; path: string; token: string; body: unknown }): Promise<Outcome> {
  const idempotencyKey = `faults-${randomUUID()}`;
  const deadline = Date.now() + giveUp * 1000;
  let attempts = 0;
  let wait = 250;
  let last = '';
  while (Date.now() < deadline) {
    attempts += 1;
    try {
      const res = await fetch(`${apiUrl}${op.path}`, {
        method: op.method,
        headers: { authorization: `Bearer ${op.token}`, 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(op.body),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      if (res.status < 500 && res.status !== 409) {
        return { kind: op.kind, key: op.key, status: res.status, attempts, ...(res.ok ? {} : { error: text.slice(0, 300) }) };
      }
      last = `${res.status}`;
    } catch (err) {
      last = err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err);
    }
    await sleep(wait);
    wait = Math.min(5000, wait * 2);
  }
  return { kind: op.kind, key: op.key, status: null, attempts, error: `gave up after ${giveUp} s (last: ${last})` };
}

let proxy: TcpProxy | undefined;
const stack: BenchStack = await startBenchStack({
  name: 'bench-faults',
  say,
  persistentTemporal: true,
  databasePortFor: async (realPort) => (proxy = await startTcpProxy({ host: '127.0.0.1', port: realPort })).port,
});
let code = 0;
try {
  const today = brusselsDateOf(Date.now());
  const perKind = Math.ceil((duration * rate) / 3) + 1;
  let t = Date.now();
  const seeded = await seedSubmittedWeeks(stack, { employers: 10, weeksPerEmployer: Math.ceil(perKind / 10) });
  const conn = stack.orm.em.getConnection();
  // Ready for a contract: consent given, a permit over the contract's period, an identifier (the population has it).
  await conn.execute(
    `update worker set consent_given_at = now(), consent_text_version = 'v1', permit_valid_from = '2020-01-01', permit_issuing_authority = 'Bruxelles' where id in (${seeded.workerIds.map(() => '?').join(', ')})`,
    seeded.workerIds,
  );
  const admin = await benchAccount(stack, 'admin');
  say(`seeded ${seeded.weeks.length} submitted weeks and ${seeded.workerIds.length} workers ready for a contract in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  const registrations: string[] = [];
  let nextWeek = 0;
  let nextWorker = 0;
  const operation = (n: number) => {
    const kind = (['onboarding', 'contract', 'timesheet'] as const)[n % 3]!;
    if (kind === 'onboarding') {
      const name = `Faultbench${String.fromCharCode(65 + (n % 26))}${n}`;
      registrations.push(name);
      return {
        kind,
        key: name,
        method: 'POST',
        path: '/workers',
        token: admin.token,
        body: { firstName: name, displayName: `${name} B.`, preferredLanguage: 'fr' },
      };
    }
    if (kind === 'contract' && nextWorker < seeded.workerIds.length) {
      const workerId = seeded.workerIds[nextWorker++]!;
      return {
        kind,
        key: workerId,
        method: 'POST',
        path: `/workers/${workerId}/contracts`,
        token: admin.token,
        body: {
          sector: 'care',
          jobTitle: 'Aide-soignant (faults)',
          jointCommittee: '330',
          workerCategory: 'white-collar',
          hourlyWageCents: 1700,
          weeklyHours: 30,
          startDate: addDays(today, 7),
          endDate: addDays(today, 180),
        },
      };
    }
    const w: SubmittedWeek | undefined = seeded.weeks[nextWeek++];
    if (!w) return null;
    return {
      kind: 'timesheet' as const,
      key: `${w.placementId}:${w.isoWeek}`,
      method: 'POST',
      path: `/placements/${w.placementId}/timesheets/${w.isoWeek}/decision`,
      token: w.token,
      body: { decision: 'approve', version: 1 },
    };
  };

  // The faults, at fractions of the stream.
  const injected: string[] = [];
  const note = (what: string) => {
    injected.push(`${clock()}  ${what}`);
    say(`${clock()}  ${what}`);
  };
  let killed = 0;
  const killWorker = async () => {
    await stack.worker.kill('SIGKILL');
    killed += 1;
    note(`worker process killed (SIGKILL), #${killed}`);
    await sleep(2000);
    for (;;) {
      try {
        await stack.worker.start();
        note(`worker process started again`);
        return;
      } catch (err) {
        // Started while PostgreSQL refuses: it stops at once; a supervisor would start it again.
        note(`worker process could not start (${err instanceof Error ? err.message.split(' (see')[0] : String(err)}); again in 5 s`);
        await sleep(5000);
      }
    }
  };
  const faults: [number, () => Promise<void>][] = [
    [0.08, killWorker],
    [
      0.2,
      async () => {
        note('Temporal dev server stopping (SIGTERM)');
        await stack.restartTemporal();
        note(`Temporal dev server started again on the same state file`);
      },
    ],
    [0.3, killWorker],
    [
      0.4,
      async () => {
        await proxy!.refuse();
        note(`PostgreSQL refuses connections (proxy closed, open connections cut) for ${outage} s`);
        await sleep(outage * 1000);
        await proxy!.accept();
        note('PostgreSQL accepts connections again');
      },
    ],
    [0.55, killWorker],
    [0.8, killWorker],
    [0.92, killWorker],
  ];
  t = Date.now();
  started = t;
  // One after the other: a fault never overlaps the recovery from the one before.
  const faultRuns = (async () => {
    for (const [at, inject] of faults) {
      await sleep(Math.max(0, t + at * duration * 1000 - Date.now()));
      await inject();
    }
  })();

  // The stream: an operation every 1/rate seconds, each on its own (a client does not wait for the others).
  const outcomes: Promise<Outcome>[] = [];
  for (let n = 0; Date.now() - t < duration * 1000; n++) {
    const op = operation(n);
    if (op) outcomes.push(send(stack.apiUrl, op));
    await sleep(Math.max(0, t + ((n + 1) * 1000) / rate - Date.now()));
  }
  say(`${clock()}  stream over: ${outcomes.length} operations sent; waiting for every answer`);
  await faultRuns;
  const results = await Promise.all(outcomes);
  say(`${clock()}  every client has its answer`);

  // Settle: let the worker finish what it had (activities retried after the outage, the contracts' first steps).
  const since = Date.now();
  const running = async () => Number((await conn.execute<{ n: string }[]>(`select count(*) as n from pending_process_start`))[0]!.n);
  const waitSettled = async () => {
    for (;;) {
      const pendingStarts = await running();
      const contractsWithoutPdf = Number(
        (
          await conn.execute<{ n: string }[]>(
            `select count(*) as n from employment_contract where job_title = 'Aide-soignant (faults)' and document_id is null`,
          )
        )[0]!.n,
      );
      if ((pendingStarts === 0 && contractsWithoutPdf === 0) || Date.now() - since > 300_000) return { pendingStarts, contractsWithoutPdf };
      await sleep(2000);
    }
  };
  const settled = await waitSettled();
  say(
    `${clock()}  settled in ${((Date.now() - since) / 1000).toFixed(0)} s (pending process starts ${settled.pendingStarts}, contracts still without their PDF ${settled.contractsWithoutPdf})`,
  );

  // Count what PostgreSQL and Temporal hold.
  const byKind = (kind: Kind) => results.filter((r) => r.kind === kind);
  const answered = (kind: Kind) =>
    byKind(kind)
      .filter((r) => r.status !== null && r.status >= 200 && r.status < 300)
      .map((r) => r.key);
  const counts = (rows: { key: string; n: string | number }[]) => new Map(rows.map((r) => [r.key, Number(r.n)]));
  const workers = counts(await conn.execute(`select first_name as key, count(*) as n from worker where first_name like 'Faultbench%' group by first_name`));
  const contracts = counts(
    await conn.execute(`select worker_id::text as key, count(*) as n from employment_contract where job_title = 'Aide-soignant (faults)' group by worker_id`),
  );
  const approvals = counts(
    await conn.execute(
      `select t.placement_id || ':' || t.iso_week as key, count(a.id) as n from timesheet t join audit_entry a on a.subject_type = 'timesheet' and a.subject_id = t.id::text and a.action = 'timesheet.approved' group by t.placement_id, t.iso_week`,
    ),
  );
  const checks: Record<Kind, CountCheck> = {
    onboarding: countCheck(answered('onboarding'), workers),
    contract: countCheck(answered('contract'), contracts),
    timesheet: countCheck(answered('timesheet'), approvals),
  };

  // Every process the operations started exists in Temporal.
  const missing: string[] = [];
  const workerIds = new Map(
    (await conn.execute<{ id: string; first_name: string }[]>(`select id, first_name from worker where first_name like 'Faultbench%'`)).map((r) => [
      r.first_name,
      r.id,
    ]),
  );
  const contractIds = await conn.execute<{ id: string }[]>(`select id from employment_contract where job_title = 'Aide-soignant (faults)'`);
  const expectedWorkflows = [
    ...answered('onboarding').map((name) => processIds.workerOnboarding(workerIds.get(name) ?? `missing:${name}`)),
    ...contractIds.map((c) => processIds.employmentContract(c.id)),
    ...answered('timesheet').map((key) => processIds.timesheet(key.split(':')[0]!, key.split(':')[1]!)),
  ];
  for (const id of expectedWorkflows) {
    try {
      await stack.temporal.workflow.getHandle(id).describe();
    } catch {
      missing.push(id);
    }
  }
  const failedWorkflows: string[] = [];
  for await (const wf of stack.temporal.workflow.list({
    query: `ExecutionStatus = "Failed" OR ExecutionStatus = "Terminated" OR ExecutionStatus = "TimedOut"`,
  })) {
    failedWorkflows.push(`${wf.workflowId} (${wf.status.name})`);
  }

  say('');
  say(`faults bench: ${duration} s of operations at ${rate}/s through the API, ${results.length} operations`);
  say('injected:');
  for (const line of injected) say(`  ${line}`);
  say('operations (answered 2xx / errors / retried at least once / attempts in all):');
  for (const kind of ['onboarding', 'contract', 'timesheet'] as const) {
    const all = byKind(kind);
    const errors = all.filter((r) => r.status === null || r.status < 200 || r.status >= 300);
    say(
      `  ${kind.padEnd(10)} ${String(answered(kind).length).padStart(4)} / ${errors.length} / ${all.filter((r) => r.attempts > 1).length} / ${all.reduce((s, r) => s + r.attempts, 0)}`,
    );
    for (const e of errors.slice(0, 5)) say(`    error: ${e.key}: ${e.status ?? 'no answer'} ${e.error ?? ''}`);
  }
  say('effects (exactly once / lost / doubled / done without a 2xx):');
  for (const kind of ['onboarding', 'contract', 'timesheet'] as const) {
    const c = checks[kind];
    say(`  ${kind.padEnd(10)} ${c.recordedOnce} of ${c.answered} / ${c.lost.length} / ${c.doubled.length} / ${c.unanswered.length}`);
  }
  say(
    `workflows: ${expectedWorkflows.length - missing.length} of ${expectedWorkflows.length} expected exist; failed, terminated or timed out: ${failedWorkflows.length}`,
  );
  for (const m of missing.slice(0, 5)) say(`  missing: ${m}`);
  for (const f of failedWorkflows.slice(0, 10)) say(`  not ok: ${f}`);
  const errors = results.filter((r) => r.status === null || r.status < 200 || r.status >= 300).length;
  const ok = errors === 0 && Object.values(checks).every(exactlyOnce) && missing.length === 0 && failedWorkflows.length === 0 && killed === 5;
  say(`result: ${ok ? 'every operation took effect exactly once, no workflow failed' : 'NOT clean (see above)'}`);
  if (!ok) code = 1;
} catch (err) {
  process.stderr.write(
    `bench:faults failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n(logs of the API and the worker: ${stack.dir})\n`,
  );
  code = 1;
} finally {
  await stack.stop({ keepFiles: flags.keep });
  if (flags.keep) say(`kept (logs of the API and the worker, the databases): ${stack.dir}`);
  await proxy?.close();
}
process.exit(code);
