import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { submittedWeek, type SubmittedWeekFixture } from '../support/submitted-weeks';
import { eventually } from '../support/journeys';
import { processIds } from '../../domain/process-ids';
import { timesheetStateQuery } from '../../workflows/timesheet';

/** Issue 13.13: an employer's decision on a week, retried and raced as real clients do. */
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
}, 120_000);
afterAll(() => platform?.stop());

const decide = (w: SubmittedWeekFixture, token: string, body: Record<string, unknown>, key?: string) =>
  platform.http('POST', w.decisionPath, { token, body, headers: key ? { 'idempotency-key': key } : {} });
const processOf = (w: SubmittedWeekFixture) => platform.temporal.workflow.getHandle(processIds.timesheet(w.placementId, w.isoWeek));
const signalsWaiting = async (w: SubmittedWeekFixture) =>
  (
    await platform.db.query<{ n: number }>('select count(*)::int as n from workflow_signal where workflow_id = $1', [
      processIds.timesheet(w.placementId, w.isoWeek),
    ])
  )[0]!.n;
const approvalsOf = async (w: SubmittedWeekFixture) =>
  (
    await platform.db.query<{ n: number }>(
      `select count(*)::int as n from audit_entry a join timesheet t on a.subject_id = t.id::text
       where t.placement_id = $1 and t.iso_week = $2 and a.action = 'timesheet.approved'`,
      [w.placementId, w.isoWeek],
    )
  )[0]!.n;

describe('a decision on a submitted week', () => {
  it('answers a retry of a decision that was recorded (its first answer lost, its key let go) with the week as recorded, and records it once', async () => {
    const w = await submittedWeek(platform);
    const { token } = await platform.signIn('employer', { employerId: w.employerId });
    const key = `decide-${randomUUID()}`;
    const first = await decide(w, token, { decision: 'approve', version: 1 }, key);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'approved', version: 1, totalMinutes: 480 });
    // As after a first attempt that failed on the way back (Temporal restarting): the API let its key go.
    await platform.db.query('delete from idempotent_request where key = $1', [key]);
    const retried = await decide(w, token, { decision: 'approve', version: 1 }, key);
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(retried.body).toMatchObject({ isoWeek: w.isoWeek, status: 'approved', version: 1, totalMinutes: 480, pendingCorrection: null });
    // And with no key at all (another tab), the same answer.
    expect((await decide(w, token, { decision: 'approve', version: 1 })).body).toMatchObject({ status: 'approved', version: 1 });
    expect(await approvalsOf(w)).toBe(1);
  });

  it('still refuses a decision on a week already decided by someone else, or decided otherwise', async () => {
    const w = await submittedWeek(platform);
    const first = await platform.signIn('employer', { employerId: w.employerId });
    const colleague = await platform.signIn('employer', { employerId: w.employerId });
    expect((await decide(w, first.token, { decision: 'approve', version: 1 })).status).toBe(200);
    const byColleague = await decide(w, colleague.token, { decision: 'approve', version: 1 });
    expect(byColleague.status).toBe(409);
    expect(byColleague.body).toMatchObject({ code: 'not-awaiting-approval' });
    const otherwise = await decide(w, first.token, { decision: 'dispute', version: 1, reason: 'Monday was a day off' });
    expect(otherwise.status).toBe(409);
    expect(otherwise.body).toMatchObject({ code: 'not-awaiting-approval' });
    expect(await approvalsOf(w)).toBe(1);
  });

  it('is recorded in PostgreSQL and answered at once; the week’s process learns of it by the outbox’s signal', async () => {
    const w = await submittedWeek(platform);
    const { token, userId } = await platform.signIn('employer', { employerId: w.employerId });
    const noReason = await decide(w, token, { decision: 'dispute', version: 1 });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'reason-required' })]);
    const disputed = await decide(w, token, { decision: 'dispute', version: 1, reason: 'Monday was a day off' });
    expect(disputed.status).toBe(200);
    expect(disputed.body).toMatchObject({ status: 'disputed', version: 1, disputeReason: 'Monday was a day off', totalMinutes: 480 });
    const [row] = await platform.db.query('select status, decided_by, decision_via, dispute_reason from timesheet where placement_id = $1', [w.placementId]);
    expect(row).toEqual({ status: 'disputed', decided_by: userId, decision_via: 'account', dispute_reason: 'Monday was a day off' });
    const learnt = await eventually(
      () => processOf(w).query(timesheetStateQuery),
      (v) => v.disputeReason !== null,
      'the process told',
    );
    expect(learnt).toMatchObject({ status: 'disputed', disputeReason: 'Monday was a day off' });
    expect(await signalsWaiting(w)).toBe(0);
    // The outbox row held codes only: what it carried is in the history, not the reason.
    const history = JSON.stringify(await processOf(w).fetchHistory());
    expect(history).toContain('decisionRecorded');
  });

  it('lets only one of racing decisions through — a double click and a colleague at the same moment — and writes it once', async () => {
    const w = await submittedWeek(platform);
    const first = await platform.signIn('employer', { employerId: w.employerId });
    const colleague = await platform.signIn('employer', { employerId: w.employerId });
    const answers = await Promise.all([
      decide(w, first.token, { decision: 'approve', version: 1 }, `click-${randomUUID()}`),
      decide(w, first.token, { decision: 'approve', version: 1 }, `click-${randomUUID()}`),
      decide(w, colleague.token, { decision: 'dispute', version: 1, reason: 'Monday was shorter' }),
      decide(w, first.token, { decision: 'approve', version: 1 }),
    ]);
    const [row] = await platform.db.query<{ status: string; decided_by: string }>('select status, decided_by from timesheet where placement_id = $1', [
      w.placementId,
    ]);
    const winner = row!.decided_by === first.userId ? 'first' : 'colleague';
    expect(answers.map((a) => a.status)).toEqual(winner === 'first' ? [200, 200, 409, 200] : [409, 409, 200, 409]);
    expect(row!.status).toBe(winner === 'first' ? 'approved' : 'disputed');
    const decisions = await platform.db.query(
      `select a.action from audit_entry a join timesheet t on a.subject_id = t.id::text where t.placement_id = $1 and a.action in ('timesheet.approved', 'timesheet.disputed')`,
      [w.placementId],
    );
    expect(decisions).toHaveLength(1);
    expect(
      await eventually(
        () => processOf(w).query(timesheetStateQuery),
        (v) => v.status !== 'submitted',
        'the process told',
      ),
    ).toMatchObject({
      status: row!.status,
    });
  });

  // Last: it stops the signal relay, so that only the API's own delivery can tell the process.
  it('tells the process of the decision before asking it anything else: a correction right after the approval finds the week approved', async () => {
    await platform.signals.stop();
    const w = await submittedWeek(platform);
    const { token } = await platform.signIn('employer', { employerId: w.employerId });
    expect((await decide(w, token, { decision: 'approve', version: 1 })).status).toBe(200);
    expect(await signalsWaiting(w)).toBe(1);
    const corrected = await platform.http('POST', `/api/v1/placements/${w.placementId}/timesheets/${w.isoWeek}/corrections`, {
      token,
      body: {
        reason: 'Monday ended at 17:00',
        entries: [{ date: (await processOf(w).query(timesheetStateQuery)).entries[0]!.date, start: '08:00', end: '17:00', breakMinutes: 30, kind: 'regular' }],
      },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ status: 'approved', version: 1, pendingCorrection: { version: 2 } });
    expect(await signalsWaiting(w)).toBe(0);
  });
});
