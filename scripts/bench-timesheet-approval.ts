/**
 * `npm run bench:timesheet-approval [-- --employers 50 --duration 30 --weeks-per-employer 20]`
 *
 * Employers approving submitted weeks concurrently through the real API, on the local stack: a
 * scratch embedded PostgreSQL, the Temporal dev server from .tools/, and the API and the worker as
 * separate processes (`api/main.ts`, `worker/main.ts`), as in production.
 *
 * Seeding (before the clock starts; see `scripts/lib/approval-weeks.ts`): employers, workers,
 * contracts, job requests and placements written in bulk into the tables; one contact account per
 * employer and its bearer token issued as sign-in does; each week's timesheet workflow started
 * with its hours saved (update-with-start) and submitted, through the Temporal client — so every
 * week is `submitted` with a running workflow, its row and its approval links, as after a worker
 * submitted it.
 *
 * Load: autocannon with one connection per employer (`--employers`), each request approving the
 * next waiting week with its employer's token: `POST /placements/{id}/timesheets/{week}/decision`
 * `{"decision":"approve","version":1}` with an Idempotency-Key, as the portal sends it → the
 * route's checks → the decision's one statement in PostgreSQL (db/timesheet-decisions.ts) → the
 * answer; the week's process learns of it afterwards by the signal outbox. It stops after
 * `--duration` seconds, or when every seeded week is approved.
 *
 * Printed: approvals per second, p50/p99 latency, errors (any answer but 2xx, and connection
 * errors or timeouts), and the count check: every approval answered 2xx is an approved row with
 * exactly one `timesheet.approved` audit entry, and no week holds two; then how long until every
 * process was told (the `workflow_signal` outbox empty), and a sample of 50 processes asked for
 * their state. A benchmark prints numbers; it is not a test.
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { seedSubmittedWeeks, type SubmittedWeek } from './lib/approval-weeks';
import { countCheck, exactlyOnce, percentile } from './lib/bench-figures';
import { startBenchStack } from './lib/bench-stack';
import { processIds } from '../domain/process-ids';
import { timesheetStateQuery } from '../workflows/timesheet';

const { values: flags } = parseArgs({
  options: {
    employers: { type: 'string', default: process.env.BENCH_EMPLOYERS ?? '50' },
    duration: { type: 'string', default: process.env.BENCH_DURATION_S ?? '30' },
    'weeks-per-employer': { type: 'string', default: process.env.BENCH_WEEKS_PER_EMPLOYER ?? '20' },
    keep: { type: 'boolean', default: false },
  },
});
const employers = Number(flags.employers);
const duration = Number(flags.duration);
const weeksPerEmployer = Number(flags['weeks-per-employer']);
for (const [name, v] of [
  ['--employers', employers],
  ['--duration', duration],
  ['--weeks-per-employer', weeksPerEmployer],
] as const) {
  if (!Number.isSafeInteger(v) || v < 1) throw new Error(`${name} must be a whole number ≥ 1`);
}
const say = (line: string) => process.stdout.write(`${line}\n`);

const stack = await startBenchStack({ name: 'bench-approvals', say });
let code = 0;
try {
  say(
    `stack up: PostgreSQL ${stack.postgres.port}, Temporal ${stack.temporalServer().address}, API ${stack.apiUrl} (pid ${stack.api.child().pid}), worker pid ${stack.worker.child().pid}`,
  );
  let t = Date.now();
  const { weeks } = await seedSubmittedWeeks(stack, {
    employers,
    weeksPerEmployer,
    onProgress: (done, total) => say(`  seeding: ${done}/${total} weeks submitted`),
  });
  say(`seeded ${employers} employers, ${weeks.length} submitted weeks with their running workflows in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  const base = new URL(stack.apiUrl);
  let next = 0;
  const answered: string[] = [];
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  const keyOf = (w: SubmittedWeek) => `${w.placementId}:${w.isoWeek}`;
  const instance = autocannon({
    url: base.origin,
    connections: employers,
    duration,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (req, context) => {
          const w = weeks[next++];
          if (!w) {
            // Every seeded week has been asked for: the run ends here (a last harmless read keeps autocannon's loop going until it stops).
            instance.stop();
            return { ...req, method: 'GET', path: '/healthz', headers: {}, body: undefined };
          }
          context.week = w;
          context.sentAt = performance.now();
          return {
            ...req,
            path: `${base.pathname}/placements/${w.placementId}/timesheets/${w.isoWeek}/decision`,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${w.token}`, 'idempotency-key': `bench-${randomUUID()}` },
            body: JSON.stringify({ decision: 'approve', version: 1 }),
          };
        },
        onResponse: (status, _body, context) => {
          const w = context.week as SubmittedWeek | undefined;
          if (!w) return;
          latencies.push(performance.now() - (context.sentAt as number));
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status >= 200 && status < 300) answered.push(keyOf(w));
        },
      },
    ],
  });
  t = Date.now();
  const result = await instance;
  const seconds = (Date.now() - t) / 1000;
  const asked = Math.min(next, weeks.length);

  // What PostgreSQL holds: approved rows of the seeded weeks, and the audit entries of their approval.
  const rows = await stack.orm.em
    .getConnection()
    .execute<{ placement_id: string; iso_week: string; status: string; decided_by: string | null; approvals: string }[]>(
      `select t.placement_id, t.iso_week, t.status, t.decided_by,
            (select count(*) from audit_entry a where a.subject_type = 'timesheet' and a.subject_id = t.id::text and a.action = 'timesheet.approved') as approvals
       from timesheet t where t.placement_id in (select distinct p.id from placement p join user_account u on u.employer_id = p.employer_id where u.email like '%@bench.invalid')`,
    );
  const recorded = new Map<string, number>();
  for (const r of rows) {
    const times = r.status === 'approved' ? Math.max(1, Number(r.approvals)) : Number(r.approvals);
    if (times > 0) recorded.set(`${r.placement_id}:${r.iso_week}`, (recorded.get(`${r.placement_id}:${r.iso_week}`) ?? 0) + times);
  }
  const check = countCheck(answered, recorded);
  const errors = [...statuses].filter(([s]) => s < 200 || s >= 300).reduce((n, [, c]) => n + c, 0) + result.errors;

  say('');
  say(
    `timesheet approvals through the API: ${employers} employers concurrently, ${seconds.toFixed(1)} s of load${asked >= weeks.length ? ' (every seeded week asked for: stopped early)' : ''}`,
  );
  say(`  approvals answered 2xx   ${check.answered}`);
  say(`  throughput               ${(check.answered / seconds).toFixed(1)} approvals/s (${(result.requests.sent / seconds).toFixed(1)} requests/s sent)`);
  say(
    `  latency                  p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${percentile(latencies, 100).toFixed(1)} ms (${latencies.length} answers)`,
  );
  say(`  status codes             ${[...statuses].map(([s, c]) => `${s}: ${c}`).join(', ') || 'none'}`);
  say(`  errors                   ${errors} (non-2xx ${result.non2xx}, connection errors ${result.errors}, timeouts ${result.timeouts})`);
  say(
    `  count check              ${check.recordedOnce} of ${check.answered} answered approvals recorded exactly once; lost ${check.lost.length}, doubled ${check.doubled.length}, recorded without a 2xx ${check.unanswered.length}`,
  );
  say(
    `  target                   200 approvals/s, p99 ≤ 50 ms, 0 errors, 0 lost: ${check.answered / seconds >= 200 && percentile(latencies, 99) <= 50 && errors === 0 && exactlyOnce(check) ? 'met' : 'NOT met'}`,
  );
  // The processes learn of the decisions by the signal outbox after the answers went: how long until every one was told, and a sample of them asked.
  t = Date.now();
  const conn = stack.orm.em.getConnection();
  const waiting = async () => Number((await conn.execute<{ n: string }[]>('select count(*) as n from workflow_signal'))[0]!.n);
  let left = await waiting();
  const atStop = left;
  while (left > 0 && Date.now() - t < 300_000) {
    await new Promise((r) => setTimeout(r, 100));
    left = await waiting();
  }
  const sample = answered.filter((_, i) => i % Math.max(1, Math.floor(answered.length / 50)) === 0).slice(0, 50);
  let learnt = 0;
  for (const key of sample) {
    const [placementId, isoWeek] = key.split(':') as [string, string];
    for (let tries = 0; tries < 50; tries++) {
      const view = await stack.temporal.workflow.getHandle(processIds.timesheet(placementId, isoWeek)).query(timesheetStateQuery);
      if (view.status === 'approved') {
        learnt += 1;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  say(
    `  processes told           ${atStop} signals still queued when the load stopped, ${left === 0 ? `all delivered ${((Date.now() - t) / 1000).toFixed(1)} s later` : `${left} NOT delivered after 300 s`}; ${learnt} of ${sample.length} sampled processes say approved`,
  );
  if (left > 0 || learnt < sample.length) code = 1;
  if (errors > 0 || !exactlyOnce(check)) code = 1;
} catch (err) {
  process.stderr.write(
    `bench:timesheet-approval failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n(logs of the API and the worker: ${stack.dir})\n`,
  );
  code = 1;
} finally {
  await stack.stop({ keepFiles: flags.keep });
  if (flags.keep) say(`kept (logs of the API and the worker, the databases): ${stack.dir}`);
}
process.exit(code);
