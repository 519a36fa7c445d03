import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnssSandbox } from '../../activities/gateways/onss-sandbox';
import { buildDmfa } from '../../domain/declarations/dmfa';
import { generateQuarter } from '../../domain/declarations/dmfa.fixtures';
import { dmfaBatchFileName, writeDmfaXml } from '../../domain/declarations/dmfa-xml';
import { monthsOfQuarter } from '../../domain/declarations/quarter';
import { createTestDatabase, type TestDatabase } from '../support/database';

// Real PostgreSQL: the points are the unique idempotency key, the answer delay and the
// rejection instruction used up by the file it rejects.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const ANSWER_DELAY_MS = 60_000;
function fakeClock(iso: string) {
  let now = new Date(iso);
  return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const quarter = generateQuarter(monthsOfQuarter('2026-Q1'), 4);
const xml = writeDmfaXml(buildDmfa({ quarter: '2026-Q1', employer: { onssNumber: '199999934', enterpriseNumber: '0790123495' }, ...quarter }).declaration, {
  createdOn: '2026-04-10',
  createdAt: '06:00:00.000',
  reference: 'TC20261V1',
});
const fileName = (sequence: number) => dmfaBatchFileName('199999934', '2026-04-10', sequence, 'T');

describe('ONSS sandbox, DmfA batch channel', () => {
  it('takes a file once whatever the retries, and answers only after its delay', async () => {
    const clock = fakeClock('2026-04-10T06:00:00Z');
    const onss = createOnssSandbox({ orm: db.orm, answerDelayMs: ANSWER_DELAY_MS, clock: clock.now });
    const key = 'dmfa:2026-Q1:v1-once';
    const first = await onss.submitDmfa({ fileName: fileName(1), xml }, key);
    const retries = await Promise.all([onss.submitDmfa({ fileName: fileName(1), xml }, key), onss.submitDmfa({ fileName: fileName(1), xml }, key)]);
    expect(retries.map((r) => r.reference)).toEqual([first.reference, first.reference]);
    expect((await db.query('select count(*)::int as n from onss_sandbox_submission where idempotency_key = $1', [key]))[0]!.n).toBe(1);
    expect(await onss.dmfaStatus(first.reference)).toEqual({ state: 'pending', anomalies: [] });
    clock.advance(ANSWER_DELAY_MS);
    expect(await onss.dmfaStatus(first.reference)).toEqual({ state: 'acknowledged', anomalies: [] });
  });

  it('rejects the worker it was told to, once: the corrected file is acknowledged', async () => {
    const clock = fakeClock('2026-04-10T06:00:00Z');
    const onss = createOnssSandbox({ orm: db.orm, answerDelayMs: 0, clock: clock.now });
    await db.query(
      `insert into onss_sandbox_dmfa_rejection (worker_reference, reason, created_at) values ('W-00002', 'INSS unknown to the National Register', now())`,
    );
    const rejected = await onss.submitDmfa({ fileName: fileName(1), xml }, 'dmfa:2026-Q1:v1-reject');
    expect(await onss.dmfaStatus(rejected.reference)).toEqual({
      state: 'anomalies',
      anomalies: [{ naturalPersonSequenceNbr: 3, userReference: 'W-00002', code: 'worker-rejected', message: 'INSS unknown to the National Register' }],
    });
    const corrected = await onss.submitDmfa({ fileName: fileName(2), xml }, 'dmfa:2026-Q1:v2-reject');
    expect((await onss.dmfaStatus(corrected.reference)).state).toBe('acknowledged');
  });

  it('answers anomalies to a badly named file and to a file the schema refuses, without echoing identifiers', async () => {
    const onss = createOnssSandbox({ orm: db.orm, answerDelayMs: 0, clock: () => new Date() });
    const badName = await onss.submitDmfa({ fileName: 'dmfa.xml', xml }, 'dmfa:bad-name');
    expect((await onss.dmfaStatus(badName.reference)).anomalies.map((a) => a.code)).toEqual(['file-name']);
    const broken = xml.replace('<Quarter>20261</Quarter>', '<Quarter>20265</Quarter>');
    const badSchema = await onss.dmfaStatus((await onss.submitDmfa({ fileName: fileName(3), xml: broken }, 'dmfa:bad-schema')).reference);
    expect(badSchema.state).toBe('anomalies');
    expect(badSchema.anomalies[0]).toMatchObject({ code: 'schema', naturalPersonSequenceNbr: null });
    expect(JSON.stringify(badSchema)).not.toMatch(/\d{11}/);
  });

  it('knows no reference it never issued', async () => {
    const onss = createOnssSandbox({ orm: db.orm, answerDelayMs: 0, clock: () => new Date() });
    await expect(onss.dmfaStatus('SANDBOX-DMFA-nope')).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
