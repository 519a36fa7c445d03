import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { submittedWeek, type SubmittedWeekFixture } from '../support/submitted-weeks';

/** Issue 13.13: an employer's decision on a week, retried and raced as real clients do. */
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
}, 120_000);
afterAll(() => platform?.stop());

const decide = (w: SubmittedWeekFixture, token: string, body: Record<string, unknown>, key?: string) =>
  platform.http('POST', w.decisionPath, { token, body, headers: key ? { 'idempotency-key': key } : {} });
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
    expect(byColleague.status).toBe(422);
    expect(byColleague.body).toMatchObject({ code: 'not-awaiting-approval' });
    const otherwise = await decide(w, first.token, { decision: 'dispute', version: 1, reason: 'Monday was a day off' });
    expect(otherwise.status).toBe(422);
    expect(otherwise.body).toMatchObject({ code: 'not-awaiting-approval' });
    expect(await approvalsOf(w)).toBe(1);
  });
});
