import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { DEFAULT_APPROVAL_POLICY } from '../../domain/timesheets/timesheet';
import { addDays } from '../../domain/time/dates';
import { datesOfIsoWeek, isoWeekOfDate } from '../../domain/time/iso-week';
import {
  answerCorrectionUpdate,
  correctTimesheetUpdate,
  decideTimesheetUpdate,
  decisionRecordedSignal,
  saveEntriesUpdate,
  submitTimesheetUpdate,
  timesheetStateQuery,
  timesheetWorkflow,
} from '../../workflows/timesheet';
import { UserAccount } from '../../db/entities';
import { recordDecisionIfAwaited } from '../../db/timesheet-decisions';
import { insertPlacement, insertWorker } from '../support/fixtures';
import { workflowSuite } from '../support/workflow-suite';
import { eventually } from '../support/journeys';
import { describe, expect, it } from 'vitest';

const suite = workflowSuite();
const workerActor = { userId: randomUUID(), role: 'worker' as const };
const employerActor = { userId: randomUUID(), role: 'employer' as const };
const adminActor = { userId: randomUUID(), role: 'admin' as const };

type Handle = WorkflowHandle<typeof timesheetWorkflow>;

/** A placement running over the current ISO week and its week's timesheet workflow. */
async function weekScenario(
  fn: (ctx: { handle: Handle; placementId: string; week: string; days: string[]; workerId: string }) => Promise<void>,
  opts: { workerLanguage?: string } = {},
) {
  const today = await suite.today();
  const week = isoWeekOfDate(today);
  const days = datesOfIsoWeek(week);
  const workerId = await insertWorker(suite.db, { preferredLanguage: opts.workerLanguage ?? 'fr' });
  // The worker's own account, which their messages go to (in their file's language).
  const em = suite.db.orm.em.fork();
  em.create(UserAccount, {
    id: randomUUID(),
    email: null,
    emailCipher: 'encrypted',
    passwordHash: 'x',
    role: 'worker',
    displayName: 'Amina',
    employer: null,
    worker: workerId,
  });
  await em.flush();
  const { placementId, employerId } = await insertPlacement(suite.db, workerId, { startDate: days[0]!, endDate: addDays(days[6]!, 60) });
  await suite.withWorker({ leftovers: () => [`timesheet:${placementId}:${week}`] }, async (taskQueue) => {
    const handle = await suite.env.client.workflow.start(timesheetWorkflow, {
      taskQueue,
      workflowId: `timesheet:${placementId}:${week}`,
      args: [
        { placementId, workerId, employerId, isoWeek: week, placementStart: days[0]!, placementEnd: addDays(days[6]!, 60), policy: DEFAULT_APPROVAL_POLICY },
      ],
    });
    await fn({ handle, placementId, week, days, workerId });
  });
}

const shift = (date: string, start = '08:00', end = '16:30', breakMinutes = 30) => ({ date, start, end, breakMinutes, kind: 'regular' as const });
const notifications = async (placementId: string) =>
  (
    await suite.db.query(
      `select n.kind from notification n join approval_link l on l.recipient_email = n.recipient_email
     join timesheet t on t.id = l.timesheet_id where t.placement_id = $1 group by n.id, n.kind, n.created_at order by n.created_at`,
      [placementId],
    )
  ).map((r) => r.kind);
const rows = async (placementId: string) =>
  suite.db.query(
    'select id, version, status, total_minutes, decision_via, approval_evidence, supersedes from timesheet where placement_id = $1 order by version',
    [placementId],
  );
/** What the worker was told, oldest first: kind, language, subject and body. */
const workerNotices = async (workerId: string) =>
  suite.db.query<{ kind: string; language: string; subject: string; body: string }>(
    `select n.kind, n.language, n.subject, n.body from notification n join user_account a on a.id = n.recipient_user_id where a.worker_id = $1 order by n.created_at, n.kind`,
    [workerId],
  );
const alerts = async (placementId: string) =>
  suite.db.query<{ kind: string; resolved: boolean }>(
    `select kind, resolved_at is not null as resolved from alert where subject_id = $1 and kind like 'timesheet-correction-%' order by raised_at`,
    [placementId],
  );
const violation = (code: string) => ({ cause: { details: [[expect.objectContaining({ code })]] } });

/** A week with Monday's shift submitted and approved by the employer; the employer then proposes to add Tuesday. */
async function approvedThenCorrected(handle: Handle, days: string[]) {
  await handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(days[0]!)], actor: workerActor }] });
  await handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor: workerActor }] });
  await handle.executeUpdate(decideTimesheetUpdate, { args: [{ decision: 'approve', version: 1, via: 'account', actor: employerActor }] });
  return handle.executeUpdate(correctTimesheetUpdate, {
    args: [{ reason: 'Tuesday was worked too', entries: [shift(days[0]!), shift(days[1]!)], actor: employerActor }],
  });
}

/** The employer's decision as the API records it: one conditional update in PostgreSQL (the signal that tells the process is the test's to send). */
const recordedByTheApi = (placementId: string, week: string, decision: 'approved' | 'disputed', reason?: string) =>
  suite.db.orm.em
    .fork()
    .transactional((tx) =>
      recordDecisionIfAwaited(tx, { placementId, isoWeek: week, version: 1, decision, reason, actor: employerActor, via: 'account', idempotencyKey: null }),
    );

describe('weekly timesheet workflow', () => {
  it('refuses hours that break a working-time rule, naming the entry, and keeps nothing of them', async () => {
    await weekScenario(async ({ handle, days }) => {
      const tooLong = handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(days[0]!, '06:00', '18:30', 30)], actor: workerActor }] });
      await expect(tooLong).rejects.toMatchObject({ cause: { details: [[expect.objectContaining({ field: 'entries.0.end', code: 'max-daily-hours' })]] } });
      const shortRest = handle.executeUpdate(saveEntriesUpdate, {
        args: [{ entries: [shift(days[0]!, '14:00', '23:00', 30), shift(days[1]!, '06:00', '14:00', 30)], actor: workerActor }],
      });
      await expect(shortRest).rejects.toMatchObject({ cause: { details: [[expect.objectContaining({ code: 'min-daily-rest' })]] } });
      expect((await handle.query(timesheetStateQuery)).entries).toEqual([]);
    });
  });

  it('reminds the employer at 24 h and 48 h, escalates at 72 h, and deems the week approved after 7 days with the evidence', async () => {
    await weekScenario(async ({ handle, placementId, days }) => {
      await handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(days[0]!), shift(days[1]!)], actor: workerActor }] });
      const submitted = await handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor: workerActor }] });
      expect(submitted).toMatchObject({ status: 'submitted', totalMinutes: 960 });
      expect(await notifications(placementId)).toEqual(['timesheet-submitted']);
      await suite.env.sleep('23 hours');
      expect(await notifications(placementId)).toEqual(['timesheet-submitted']);
      await suite.env.sleep('2 hours');
      await handle.query(timesheetStateQuery);
      expect(await notifications(placementId)).toEqual(['timesheet-submitted', 'timesheet-reminder-1']);
      await suite.env.sleep('24 hours');
      await handle.query(timesheetStateQuery);
      expect(await notifications(placementId)).toEqual(['timesheet-submitted', 'timesheet-reminder-1', 'timesheet-reminder-2']);
      expect(await suite.db.query("select kind from alert where subject_id = $1 and kind = 'timesheet-approval-escalated'", [placementId])).toEqual([]);
      await suite.env.sleep('24 hours');
      await handle.query(timesheetStateQuery);
      expect(await suite.db.query("select kind from alert where subject_id = $1 and kind = 'timesheet-approval-escalated'", [placementId])).toHaveLength(1);
      await suite.env.sleep('3 days');
      expect((await handle.query(timesheetStateQuery)).status).toBe('submitted');
      await suite.env.sleep('1 day');
      expect((await handle.query(timesheetStateQuery)).status).toBe('deemed-approved');
      const [row] = await rows(placementId);
      expect(row).toMatchObject({ status: 'deemed-approved', decision_via: 'deemed' });
      expect(row!.approval_evidence).toMatchObject({ approvalRequests: ['submitted', 'reminder-1', 'reminder-2'], escalatedAt: expect.any(String) });
    });
  });

  it('goes back to the worker when disputed, and is approved after the fix', async () => {
    await weekScenario(async ({ handle, placementId, days }) => {
      await handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(days[0]!), shift(days[2]!)], actor: workerActor }] });
      await handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor: workerActor }] });
      await expect(
        handle.executeUpdate(decideTimesheetUpdate, { args: [{ decision: 'dispute', version: 1, via: 'account', actor: employerActor }] }),
      ).rejects.toMatchObject({
        cause: { details: [[expect.objectContaining({ field: 'reason', code: 'reason-required' })]] },
      });
      const disputed = await handle.executeUpdate(decideTimesheetUpdate, {
        args: [{ decision: 'dispute', version: 1, reason: 'Wednesday was a day off', via: 'account', actor: employerActor }],
      });
      expect(disputed).toMatchObject({ status: 'disputed', disputeReason: 'Wednesday was a day off' });
      await handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(days[0]!)], actor: workerActor }] });
      await handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor: workerActor }] });
      const approved = await handle.executeUpdate(decideTimesheetUpdate, { args: [{ decision: 'approve', version: 1, via: 'account', actor: employerActor }] });
      expect(approved).toMatchObject({ status: 'approved', totalMinutes: 480 });
      expect(await rows(placementId)).toEqual([expect.objectContaining({ version: 1, status: 'approved', total_minutes: 480 })]);
    });
  });

  it('keeps an approved week immutable: a correction waits for the worker, and supersedes the approved version only once they confirm it', async () => {
    await weekScenario(async ({ handle, placementId, days, workerId }) => {
      const proposed = await approvedThenCorrected(handle, days);
      await expect(handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(days[1]!)], actor: workerActor }] })).rejects.toMatchObject(
        violation('not-editable'),
      );
      await expect(suite.db.query('update timesheet set total_minutes = 1 where placement_id = $1 and version = 1', [placementId])).rejects.toThrow(
        /immutable/,
      );

      // The approved version stays in force; the correction waits beside it.
      expect(proposed).toMatchObject({
        version: 1,
        status: 'approved',
        totalMinutes: 480,
        pendingCorrection: { version: 2, totalMinutes: 960, reason: 'Tuesday was worked too', disputed: false },
      });
      expect((await rows(placementId)).map((r) => [r.version, r.status, r.total_minutes])).toEqual([
        [1, 'approved', 480],
        [2, 'correction-proposed', 960],
      ]);
      // The employer can neither push it through nor stack another correction on it.
      await expect(handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor: employerActor }] })).rejects.toMatchObject(violation('not-submittable'));
      await expect(
        handle.executeUpdate(decideTimesheetUpdate, { args: [{ decision: 'approve', version: 2, via: 'account', actor: employerActor }] }),
      ).rejects.toMatchObject(violation('not-awaiting-approval'));
      await expect(
        handle.executeUpdate(correctTimesheetUpdate, { args: [{ reason: 'again', entries: [shift(days[2]!)], actor: employerActor }] }),
      ).rejects.toMatchObject(violation('correction-pending'));
      await expect(handle.executeUpdate(answerCorrectionUpdate, { args: [{ answer: 'confirm', version: 2, actor: employerActor }] })).rejects.toMatchObject(
        violation('not-allowed'),
      );
      await expect(handle.executeUpdate(answerCorrectionUpdate, { args: [{ answer: 'confirm', version: 3, actor: workerActor }] })).rejects.toMatchObject(
        violation('stale-version'),
      );

      const confirmed = await handle.executeUpdate(answerCorrectionUpdate, { args: [{ answer: 'confirm', version: 2, actor: workerActor }] });
      expect(confirmed).toMatchObject({ version: 2, status: 'approved', totalMinutes: 960, pendingCorrection: null });
      const versions = await rows(placementId);
      expect(versions.map((r) => [r.version, r.status, r.total_minutes, r.decision_via])).toEqual([
        [1, 'superseded', 480, 'account'],
        [2, 'approved', 960, 'worker'],
      ]);
      expect(versions[1]!.supersedes).toBe(versions[0]!.id);
      await expect(handle.executeUpdate(answerCorrectionUpdate, { args: [{ answer: 'confirm', version: 2, actor: workerActor }] })).rejects.toMatchObject(
        violation('no-pending-correction'),
      );
      expect((await workerNotices(workerId)).map((n) => n.kind)).toEqual([
        'timesheet-approved',
        'timesheet-correction-proposed',
        'timesheet-correction-confirmed',
      ]);
    });
  });

  it('tells the worker of the approval, the proposed correction (hours before and after) and its confirmation, in their language, without any amount', async () => {
    await weekScenario(
      async ({ handle, week, workerId }) => {
        await approvedThenCorrected(handle, datesOfIsoWeek(week));
        await handle.executeUpdate(answerCorrectionUpdate, { args: [{ answer: 'confirm', version: 2, actor: workerActor }] });
        const notices = await workerNotices(workerId);
        expect(notices.map((n) => [n.kind, n.language])).toEqual([
          ['timesheet-approved', 'nl'],
          ['timesheet-correction-proposed', 'nl'],
          ['timesheet-correction-confirmed', 'nl'],
        ]);
        expect(notices[0]).toMatchObject({ subject: `Uw uren van week ${week} zijn goedgekeurd`, body: expect.stringContaining('Uw 8 u van week') });
        expect(notices[1]).toMatchObject({
          subject: `Verbetering van uw uren van week ${week}: uw akkoord wordt gevraagd`,
          body: expect.stringContaining('8 u zou 16 u worden. Reden: "Tuesday was worked too". Niets verandert zonder uw akkoord'),
        });
        expect(notices[2]!.body).toContain('bevestigd door u: 16 u in plaats van 8 u');
        for (const n of notices) expect(`${n.subject} ${n.body}`).not.toMatch(/€|EUR|W-[0-9A-F]{6}/);
      },
      { workerLanguage: 'nl' },
    );
  });

  it('a correction the worker disputes goes to the cooperative, which settles it; the approved hours stay in force meanwhile', async () => {
    await weekScenario(async ({ handle, placementId, days, workerId }) => {
      await approvedThenCorrected(handle, days);
      await expect(handle.executeUpdate(answerCorrectionUpdate, { args: [{ answer: 'dispute', version: 2, actor: workerActor }] })).rejects.toMatchObject(
        violation('reason-required'),
      );
      const disputed = await handle.executeUpdate(answerCorrectionUpdate, {
        args: [{ answer: 'dispute', version: 2, reason: 'I did not work on Tuesday', actor: workerActor }],
      });
      expect(disputed).toMatchObject({
        version: 1,
        status: 'approved',
        totalMinutes: 480,
        pendingCorrection: { version: 2, disputed: true, workerReason: 'I did not work on Tuesday' },
      });
      await handle.query(timesheetStateQuery);
      await expect.poll(() => alerts(placementId), { timeout: 15_000 }).toEqual([{ kind: 'timesheet-correction-disputed', resolved: false }]);
      expect((await rows(placementId)).map((r) => [r.version, r.status])).toEqual([
        [1, 'approved'],
        [2, 'correction-disputed'],
      ]);
      await expect(
        handle.executeUpdate(answerCorrectionUpdate, { args: [{ answer: 'dispute', version: 2, reason: 'again', actor: workerActor }] }),
      ).rejects.toMatchObject(violation('already-disputed'));
      await expect(handle.executeUpdate(answerCorrectionUpdate, { args: [{ answer: 'withdraw', version: 2, actor: adminActor }] })).rejects.toMatchObject(
        violation('reason-required'),
      );

      const withdrawn = await handle.executeUpdate(answerCorrectionUpdate, {
        args: [{ answer: 'withdraw', version: 2, reason: 'the employer agreed after a call', actor: adminActor }],
      });
      expect(withdrawn).toMatchObject({ version: 1, status: 'approved', totalMinutes: 480, pendingCorrection: null });
      expect((await rows(placementId)).map((r) => [r.version, r.status])).toEqual([
        [1, 'approved'],
        [2, 'withdrawn'],
      ]);
      await expect.poll(() => alerts(placementId), { timeout: 15_000 }).toEqual([{ kind: 'timesheet-correction-disputed', resolved: true }]);
      expect((await workerNotices(workerId)).map((n) => n.kind)).toEqual([
        'timesheet-approved',
        'timesheet-correction-proposed',
        'timesheet-correction-withdrawn',
      ]);
      // Settled, the week takes a new correction again.
      const again = await handle.executeUpdate(correctTimesheetUpdate, {
        args: [{ reason: 'Monday ended at 15:30', entries: [shift(days[0]!, '08:00', '15:30')], actor: employerActor }],
      });
      expect(again.pendingCorrection).toMatchObject({ version: 3, totalMinutes: 420 });
    });
  });

  it('never settles itself: unanswered for 7 days, the cooperative is alerted and only then may confirm it on the worker’s behalf, with a reason, and the worker is told', async () => {
    await weekScenario(async ({ handle, placementId, days, workerId }) => {
      await approvedThenCorrected(handle, days);
      const early = handle.executeUpdate(answerCorrectionUpdate, { args: [{ answer: 'confirm', version: 2, reason: 'called her', actor: adminActor }] });
      await expect(early).rejects.toMatchObject(violation('awaiting-worker'));
      await suite.env.sleep('6 days');
      await handle.query(timesheetStateQuery);
      await expect.poll(() => alerts(placementId), { timeout: 15_000 }).toEqual([]);
      await suite.env.sleep('26 hours');
      const waiting = await handle.query(timesheetStateQuery);
      await expect.poll(() => alerts(placementId), { timeout: 15_000 }).toEqual([{ kind: 'timesheet-correction-unanswered', resolved: false }]);
      // Still the approved hours: silence is not consent.
      expect(waiting).toMatchObject({ version: 1, status: 'approved', totalMinutes: 480, pendingCorrection: { version: 2 } });
      expect((await rows(placementId)).map((r) => [r.version, r.status])).toEqual([
        [1, 'approved'],
        [2, 'correction-proposed'],
      ]);
      await expect(handle.executeUpdate(answerCorrectionUpdate, { args: [{ answer: 'confirm', version: 2, actor: adminActor }] })).rejects.toMatchObject(
        violation('reason-required'),
      );

      const confirmed = await handle.executeUpdate(answerCorrectionUpdate, {
        args: [{ answer: 'confirm', version: 2, reason: 'called Amina on Monday: she agrees', actor: adminActor }],
      });
      expect(confirmed).toMatchObject({ version: 2, status: 'approved', totalMinutes: 960 });
      const versions = await rows(placementId);
      expect(versions.map((r) => [r.version, r.status, r.decision_via])).toEqual([
        [1, 'superseded', 'account'],
        [2, 'approved', 'cooperative'],
      ]);
      expect(versions[1]!.approval_evidence).toMatchObject({ by: 'cooperative', reason: 'called Amina on Monday: she agrees' });
      await expect.poll(() => alerts(placementId), { timeout: 15_000 }).toEqual([{ kind: 'timesheet-correction-unanswered', resolved: true }]);
      const told = (await workerNotices(workerId)).at(-1)!;
      expect(told).toMatchObject({ kind: 'timesheet-correction-confirmed', language: 'fr', body: expect.stringContaining('par la coopérative en votre nom') });
    });
  });

  it('answers concurrent decisions at once, one at a time: the first wins, the others are refused by the rules, nothing is lost or written twice', async () => {
    await weekScenario(async ({ handle, placementId, days }) => {
      await handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(days[0]!)], actor: workerActor }] });
      await handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor: workerActor }] });
      const started = Date.now();
      // A double click on approve, the magic link and the account at the same moment, and a dispute.
      const decisions = await Promise.allSettled([
        handle.executeUpdate(decideTimesheetUpdate, { args: [{ decision: 'approve', version: 1, via: 'account', actor: employerActor }] }),
        handle.executeUpdate(decideTimesheetUpdate, { args: [{ decision: 'approve', version: 1, via: 'account', actor: employerActor }] }),
        handle.executeUpdate(decideTimesheetUpdate, {
          args: [{ decision: 'dispute', version: 1, via: 'account', reason: 'Monday was shorter', actor: employerActor }],
        }),
        handle.executeUpdate(decideTimesheetUpdate, { args: [{ decision: 'approve', version: 1, via: 'account', actor: employerActor }] }),
      ]);
      expect(Date.now() - started).toBeLessThan(20_000);
      const won = decisions.filter((d) => d.status === 'fulfilled');
      expect(won).toHaveLength(1);
      for (const lost of decisions.filter((d): d is PromiseRejectedResult => d.status === 'rejected')) {
        expect(lost.reason).toMatchObject({ cause: { type: 'RuleViolation', details: [[expect.objectContaining({ field: 'timesheet' })]] } });
      }
      const state = await handle.query(timesheetStateQuery);
      expect(['approved', 'disputed']).toContain(state.status);
      expect((await rows(placementId)).map((r) => r.status)).toEqual([state.status]);
      const audit = await suite.db.query(
        `select action from audit_entry where action in ('timesheet.approved', 'timesheet.disputed') and subject_id in (select id::text from timesheet where placement_id = $1)`,
        [placementId],
      );
      expect(audit).toHaveLength(1);
    });
  });

  it('applies edits made at the same moment one after the other: each answers the hours it saved, and the week keeps the last one applied', async () => {
    await weekScenario(async ({ handle, placementId, days }) => {
      const edits = [1, 2, 3, 4].map((n) =>
        handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: days.slice(0, n).map((d) => shift(d)), actor: workerActor }] }),
      );
      const results = await Promise.all(edits);
      expect(results.map((r) => r.entries.length)).toEqual([1, 2, 3, 4]);
      const state = await handle.query(timesheetStateQuery);
      expect([1, 2, 3, 4]).toContain(state.entries.length);
      const submitted = await handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor: workerActor }] });
      expect(submitted.entries).toEqual(state.entries);
      expect((await rows(placementId))[0]).toMatchObject({ status: 'submitted', total_minutes: state.entries.length * 480 });
      const saves = await suite.db.query(
        `select count(*)::int as n from audit_entry where action = 'timesheet.hours-saved' and subject_id in (select id::text from timesheet where placement_id = $1)`,
        [placementId],
      );
      expect(saves[0]!.n).toBe(4);
    });
  });
  it('learns of a decision the API recorded by its signal: tells the worker once, however often told, and moves on', async () => {
    await weekScenario(async ({ handle, placementId, week, days, workerId }) => {
      await handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(days[0]!)], actor: workerActor }] });
      await handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor: workerActor }] });
      expect(await recordedByTheApi(placementId, week, 'disputed', 'Monday was shorter')).toMatchObject({ outcome: 'recorded' });
      // At least once: the relay may send it twice (a crash before its commit).
      await handle.signal(decisionRecordedSignal, { version: 1, decision: 'disputed' });
      await handle.signal(decisionRecordedSignal, { version: 1, decision: 'disputed' });
      // The reason comes from the record (the signal carries codes only), once the worker is told.
      await eventually(
        () => handle.query(timesheetStateQuery),
        (v) => v.disputeReason !== null,
        'the dispute learnt',
      );
      expect(await handle.query(timesheetStateQuery)).toMatchObject({ status: 'disputed', disputeReason: 'Monday was shorter' });
      expect((await workerNotices(workerId)).map((n) => n.kind)).toEqual(['timesheet-disputed']);
      // Back to the worker: the fix is saved and submitted again, and approved through the API.
      await handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(days[0]!, '08:00', '12:30')], actor: workerActor }] });
      await handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor: workerActor }] });
      expect(await recordedByTheApi(placementId, week, 'approved')).toMatchObject({ outcome: 'recorded' });
      await handle.signal(decisionRecordedSignal, { version: 1, decision: 'approved' });
      await handle.signal(decisionRecordedSignal, { version: 1, decision: 'disputed' });
      await eventually(
        () => workerNotices(workerId),
        (n) => n.length === 2,
        'the approval told',
      );
      expect(await handle.query(timesheetStateQuery)).toMatchObject({ status: 'approved', disputeReason: null, totalMinutes: 240 });
      expect((await workerNotices(workerId)).map((n) => n.kind)).toEqual(['timesheet-disputed', 'timesheet-approved']);
    });
  });

  it('a deemed approval that loses the race to the employer’s decision, recorded just before (its signal still on the way), adopts that decision', async () => {
    await weekScenario(async ({ handle, placementId, week, days, workerId }) => {
      await handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(days[0]!)], actor: workerActor }] });
      await handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor: workerActor }] });
      await recordedByTheApi(placementId, week, 'approved');
      // Reminders, the escalation, then the deemed approval's turn: the process never heard of the employer's answer.
      for (const step of ['25 hours', '24 hours', '24 hours', '3 days', '1 day']) {
        await suite.env.sleep(step);
        await handle.query(timesheetStateQuery);
      }
      expect(await handle.query(timesheetStateQuery)).toMatchObject({ status: 'approved' });
      const [row] = await rows(placementId);
      expect(row).toMatchObject({ status: 'approved', decision_via: 'account' });
      expect((await workerNotices(workerId)).map((n) => n.kind)).toEqual(['timesheet-approved']);
      const audit = await suite.db.query(`select action from audit_entry where action like 'timesheet.%approved' and subject_id = $1`, [row!.id]);
      expect(audit).toEqual([{ action: 'timesheet.approved' }]);
      // The signal that then arrives changes nothing.
      await handle.signal(decisionRecordedSignal, { version: 1, decision: 'approved' });
      expect((await workerNotices(workerId)).map((n) => n.kind)).toEqual(['timesheet-approved']);
    });
  });

  it('refuses an update’s decision when the API recorded another one meanwhile, and adopts the recorded one', async () => {
    await weekScenario(async ({ handle, placementId, week, days }) => {
      await handle.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(days[0]!)], actor: workerActor }] });
      await handle.executeUpdate(submitTimesheetUpdate, { args: [{ actor: workerActor }] });
      await recordedByTheApi(placementId, week, 'disputed', 'Monday was shorter');
      await expect(
        handle.executeUpdate(decideTimesheetUpdate, { args: [{ decision: 'approve', version: 1, via: 'account', actor: employerActor }] }),
      ).rejects.toMatchObject(violation('not-awaiting-approval'));
      expect(await handle.query(timesheetStateQuery)).toMatchObject({ status: 'disputed', disputeReason: 'Monday was shorter' });
      expect((await rows(placementId)).map((r) => r.status)).toEqual(['disputed']);
    });
  });
});
