import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDimonaIn, buildDimonaOut, type DimonaRequest } from '../../domain/declarations/dimona';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createOnssSandbox } from '../../activities/gateways/onss-sandbox';

// Runs against real PostgreSQL (the servers `npm test` starts): the point is the unique
// idempotency key and what is stored.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const ANSWER_DELAY_MS = 60_000;
const employer = { employerId: '1234567', companyId: '0403019261' };

/** A clock the test moves by hand. */
function fakeClock(iso: string) {
  let now = new Date(iso);
  return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

function dimonaIn(overrides: { ssin?: string; startDate?: string; jointCommittee?: string } = {}): DimonaRequest {
  return buildDimonaIn({
    employer,
    worker: { ssin: overrides.ssin ?? '85.07.30-033.28' },
    startDate: overrides.startDate ?? '2026-12-01',
    endDate: '2027-05-31',
    jointCommittee: overrides.jointCommittee ?? '322',
    workerType: 'OTH',
  });
}

describe('ONSS sandbox', () => {
  it('files a declaration once, whatever the retries: same reference, one row', async () => {
    const clock = fakeClock('2026-11-20T09:00:00Z');
    const onss = createOnssSandbox({ orm: db.orm, answerDelayMs: ANSWER_DELAY_MS, clock: clock.now });
    const key = 'contract-idempotent:IN';

    const first = await onss.submitDimona(dimonaIn(), key);
    clock.advance(5_000);
    const retry = await onss.submitDimona(dimonaIn(), key);
    const concurrent = await Promise.all([onss.submitDimona(dimonaIn(), key), onss.submitDimona(dimonaIn(), key)]);

    expect(first.reference).toMatch(/^SANDBOX-/);
    expect(retry.reference).toBe(first.reference);
    expect(concurrent.map((r) => r.reference)).toEqual([first.reference, first.reference]);
    const rows = await db.query('select reference, kind, received_at from onss_sandbox_submission where idempotency_key = $1', [key]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reference: first.reference, kind: 'IN', received_at: new Date('2026-11-20T09:00:00Z') });
  });

  it('answers pending until the delay has passed, then accepted with a stable period id', async () => {
    const clock = fakeClock('2026-11-20T09:00:00Z');
    const onss = createOnssSandbox({ orm: db.orm, answerDelayMs: ANSWER_DELAY_MS, clock: clock.now });
    const { reference } = await onss.submitDimona(dimonaIn(), 'contract-delay:IN');

    expect(await onss.dimonaStatus(reference)).toEqual({ state: 'pending', periodId: null, anomalies: [] });
    clock.advance(ANSWER_DELAY_MS - 1);
    expect((await onss.dimonaStatus(reference)).state).toBe('pending');
    clock.advance(1);
    const answer = await onss.dimonaStatus(reference);
    expect(answer).toEqual({ state: 'accepted', periodId: expect.stringMatching(/^PERIOD-/), anomalies: [] });
    clock.advance(3_600_000);
    expect(await onss.dimonaStatus(reference)).toEqual(answer);
  });

  it('an OUT on the accepted period is accepted and acts on that period', async () => {
    const clock = fakeClock('2026-11-20T09:00:00Z');
    const onss = createOnssSandbox({ orm: db.orm, answerDelayMs: 0, clock: clock.now });
    const { reference } = await onss.submitDimona(dimonaIn(), 'contract-out:IN');
    const { periodId } = await onss.dimonaStatus(reference);
    const out = await onss.submitDimona(
      buildDimonaOut({ employer, worker: { ssin: '85073003328' }, periodId: periodId!, endDate: '2027-02-28' }),
      'contract-out:OUT',
    );
    expect(await onss.dimonaStatus(out.reference)).toEqual({ state: 'accepted', periodId, anomalies: [] });
  });

  it('refuses a declaration with blocking anomalies and says why', async () => {
    const clock = fakeClock('2026-11-20T09:00:00Z');
    const onss = createOnssSandbox({ orm: db.orm, answerDelayMs: ANSWER_DELAY_MS, clock: clock.now });
    const bad: DimonaRequest = {
      ...dimonaIn({ ssin: '85.07.30-033.29' }),
      dimonaIn: { startDate: '2026-12-01', features: { jointCommissionNumber: '330', workerType: 'OTH' } },
    };
    const { reference } = await onss.submitDimona(bad, 'contract-refused:IN');
    clock.advance(ANSWER_DELAY_MS);

    const answer = await onss.dimonaStatus(reference);
    expect(answer.state).toBe('refused');
    expect(answer.periodId).toBeNull();
    expect(answer.anomalies.map((a) => [a.code, a.field, a.severity])).toEqual([
      ['ssin-invalid', 'worker.ssin', 'blocking'],
      ['joint-commission-not-declarable', 'dimonaIn.features.jointCommissionNumber', 'blocking'],
    ]);
    expect(answer.anomalies.every((a) => a.message.length > 0)).toBe(true);
  });

  it('accepts a late declaration with a warning, judged on the day the sandbox clock says', async () => {
    // 23:30 UTC on 30 November is already 1 December in Brussels: a start on 1 December is on time.
    const clock = fakeClock('2026-11-30T23:30:00Z');
    const onss = createOnssSandbox({ orm: db.orm, answerDelayMs: 0, clock: clock.now });
    const onTime = await onss.submitDimona(dimonaIn({ startDate: '2026-12-01' }), 'contract-on-time:IN');
    const late = await onss.submitDimona(dimonaIn({ startDate: '2026-11-30' }), 'contract-late:IN');

    expect((await onss.dimonaStatus(onTime.reference)).state).toBe('accepted');
    const answer = await onss.dimonaStatus(late.reference);
    expect(answer.state).toBe('accepted-with-warnings');
    expect(answer.periodId).not.toBeNull();
    expect(answer.anomalies.map((a) => [a.code, a.severity])).toEqual([['late-declaration', 'warning']]);
  });

  it('does not know a reference it never issued', async () => {
    const onss = createOnssSandbox({ orm: db.orm, answerDelayMs: 0, clock: () => new Date('2026-11-20T09:00:00Z') });
    await expect(onss.dimonaStatus('SANDBOX-does-not-exist')).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
