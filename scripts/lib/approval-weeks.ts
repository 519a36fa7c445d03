import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { Principal } from '../../domain/access/roles';
import { processIds } from '../../domain/process-ids';
import { DEFAULT_APPROVAL_POLICY } from '../../domain/timesheets/timesheet';
import { brusselsDateOf } from '../../domain/time/brussels';
import { addDays, isoDayOfWeek, monthOf } from '../../domain/time/dates';
import { datesOfIsoWeek, isoWeekOfDate, mondayOfIsoWeek, previousIsoWeek } from '../../domain/time/iso-week';
import { issueAccessToken } from '../../api/http/authenticate';
import { saveEntriesUpdate, submitTimesheetUpdate, timesheetWorkflow } from '../../workflows/timesheet';
import type { BenchStack } from './bench-stack';
import { seedPayrollPopulation } from './payroll-population';

export interface SubmittedWeek {
  employerId: string;
  /** The employer contact's bearer token. */
  token: string;
  accountId: string;
  placementId: string;
  isoWeek: string;
}

/**
 * Employers with one contact account each, placements, and weeks submitted and waiting for the
 * employer's answer, each with its running timesheet workflow. The rows (employers, workers,
 * contracts, job requests, placements) go into the tables in bulk (`seedPayrollPopulation`, no
 * approved weeks); accounts are inserted and their bearer tokens issued as sign-in would (no
 * password hashing for 50 sign-ins); each week's workflow is started with its hours saved in one
 * call (update-with-start) and then submitted through the Temporal client — the workflow, its
 * activities and PostgreSQL do the same work as through the API, without HTTP. Weeks are past
 * weeks that ended less than 56 days ago (an empty week's process closes after 60).
 */
export async function seedSubmittedWeeks(
  stack: BenchStack,
  opts: { employers: number; weeksPerEmployer: number; concurrency?: number; onProgress?: (done: number, total: number) => void },
): Promise<{ weeks: SubmittedWeek[]; workerIds: string[] }> {
  const today = brusselsDateOf(Date.now());
  const weeks: string[] = [];
  for (let w = previousIsoWeek(isoWeekOfDate(today)); weeks.length < 7; w = previousIsoWeek(w)) weeks.push(w);
  const placementsPerEmployer = Math.ceil(opts.weeksPerEmployer / weeks.length);
  const start = mondayOfIsoWeek(weeks[weeks.length - 1]!);
  const end = addDays(today, 60);
  const people = await seedPayrollPopulation(stack.orm.em.fork(), stack.cipher, {
    count: opts.employers * placementsPerEmployer,
    employers: opts.employers,
    period: monthOf(today),
    seed: `approvals-${randomUUID()}`,
    placementDates: { start, end },
    approvedWeeks: false,
  });
  const accounts = new Map<string, { id: string; token: string }>();
  for (const employerId of new Set(people.map((p) => p.employerId))) accounts.set(employerId, await benchAccount(stack, 'employer', employerId));
  // Employer by employer, week by week, so that consecutive weeks belong to different employers.
  const perEmployer = new Map<string, SubmittedWeek[]>();
  for (const p of people) {
    const list = perEmployer.get(p.employerId) ?? [];
    for (const isoWeek of weeks) {
      if (list.length < opts.weeksPerEmployer) {
        const account = accounts.get(p.employerId)!;
        list.push({ employerId: p.employerId, token: account.token, accountId: account.id, placementId: p.placementId, isoWeek });
      }
    }
    perEmployer.set(p.employerId, list);
  }
  const interleaved: SubmittedWeek[] = [];
  for (let i = 0; i < opts.weeksPerEmployer; i++) for (const list of perEmployer.values()) if (list[i]) interleaved.push(list[i]!);

  const byPlacement = new Map(people.map((p) => [p.placementId, p]));
  const worker = { userId: 'bench-worker', role: 'worker' as const };
  let done = 0;
  let next = 0;
  const submitOne = async (w: SubmittedWeek) => {
    const p = byPlacement.get(w.placementId)!;
    const entries = datesOfIsoWeek(w.isoWeek)
      .filter((d) => isoDayOfWeek(d) <= 5)
      .map((date) => ({ date, hours: 7.6, kind: 'regular' as const }));
    const workflowId = processIds.timesheet(w.placementId, w.isoWeek);
    await stack.temporal.workflow.executeUpdateWithStart(saveEntriesUpdate, {
      args: [{ entries, actor: worker }],
      startWorkflowOperation: new WithStartWorkflowOperation(timesheetWorkflow, {
        workflowId,
        taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
        workflowIdConflictPolicy: 'USE_EXISTING',
        args: [
          {
            placementId: w.placementId,
            workerId: p.workerId,
            employerId: p.employerId,
            isoWeek: w.isoWeek,
            placementStart: start,
            placementEnd: end,
            policy: DEFAULT_APPROVAL_POLICY,
          },
        ],
      }),
    });
    await stack.temporal.workflow.getHandle(workflowId).executeUpdate(submitTimesheetUpdate, { args: [{ actor: worker }] });
    done += 1;
    if (done % 250 === 0) opts.onProgress?.(done, interleaved.length);
  };
  await Promise.all(
    Array.from({ length: opts.concurrency ?? 32 }, async () => {
      while (next < interleaved.length) await submitOne(interleaved[next++]!);
    }),
  );
  return { weeks: interleaved, workerIds: people.map((p) => p.workerId) };
}

/** An account of `role` inserted as an admin would invite it, and its bearer token as sign-in issues it. */
export async function benchAccount(stack: BenchStack, role: 'admin' | 'employer', employerId: string | null = null): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  await stack.orm.em
    .getConnection()
    .execute(
      `insert into user_account (id, email, password_hash, role, display_name, employer_id, created_at, session_version) values (?, ?, 'no-password', ?, ?, ?, now(), 0)`,
      [id, `${role}-${id}@bench.invalid`, role, `Bench ${role}`, employerId],
    );
  const principal: Principal = { userId: id, role, displayName: `Bench ${role}`, employerId, workerId: null };
  return { id, token: await issueAccessToken(stack.tokens, principal, 600, 0) };
}
