import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBrussels } from '../../api/workers/clock';
import { addDays } from '../../domain/time/dates';
import { insertWorker } from '../support/fixtures';
import { startTestPlatform, type TestPlatform } from '../support/platform';

/** Alerts that end: on their own when what raised them clears, or acknowledged with a note. */
let platform: TestPlatform;
let admin: string;
const today = todayInBrussels();

async function raise(kind: string, subjectType: string, subjectId: string, workerId: string | null) {
  const id = randomUUID();
  await platform.db.query(
    `insert into alert (id, kind, severity, subject_type, subject_id, worker_id, message, raised_at, idempotency_key) values ($1, $2, 'warning', $3, $4, $5, $6, now(), $7)`,
    [id, kind, subjectType, subjectId, workerId, `${kind} of ${subjectId}`, `test:${id}`],
  );
  return id;
}
const list = async (status?: string) =>
  (await platform.http('GET', `/api/v1/alerts${status ? `?status=${status}` : ''}`, { token: admin })).body.alerts as Array<Record<string, unknown>>;

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = (await platform.signIn('admin')).token;
});
afterAll(() => platform?.stop());

describe('alerts that end', () => {
  it('a permit alert resolves itself once the permit is renewed, saying so; open alerts are the default list', async () => {
    const workerId = await insertWorker(platform.db);
    await platform.db.query('update worker set permit_valid_until = $1 where id = $2', [addDays(today, 20), workerId]);
    const alertId = await raise('permit-expiring', 'worker', workerId, workerId);
    expect((await list()).map((a) => a.id)).toContain(alertId);
    expect((await list()).find((a) => a.id === alertId)).toMatchObject({ status: 'open', resolution: null });

    const renewedUntil = addDays(today, 400);
    await platform.db.query('update worker set permit_valid_until = $1 where id = $2', [renewedUntil, workerId]);
    expect((await list()).map((a) => a.id)).not.toContain(alertId);
    expect((await list('resolved')).find((a) => a.id === alertId)).toMatchObject({
      status: 'resolved',
      resolution: `the work permit was renewed until ${renewedUntil}`,
    });
    expect((await list('all')).map((a) => a.id)).toContain(alertId);
  });

  it('an administrator acknowledges one with a note: it leaves the open list, stays on record, and once only', async () => {
    const alertId = await raise('timesheet-approval-escalated', 'placement', randomUUID(), null);
    expect((await platform.http('POST', `/api/v1/alerts/${alertId}/acknowledgement`, { token: admin, body: { note: ' ' } })).status).toBe(400);
    const worker = (await platform.signIn('worker')).token;
    expect((await platform.http('POST', `/api/v1/alerts/${alertId}/acknowledgement`, { token: worker, body: { note: 'Called the employer' } })).status).toBe(
      403,
    );
    const done = await platform.http('POST', `/api/v1/alerts/${alertId}/acknowledgement`, {
      token: admin,
      body: { note: 'Called the employer: approval tomorrow' },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'acknowledged',
      acknowledgementNote: 'Called the employer: approval tomorrow',
      acknowledgedAt: expect.stringMatching(/^\d{4}-/),
    });
    expect((await list()).map((a) => a.id)).not.toContain(alertId);
    expect((await list('acknowledged')).map((a) => a.id)).toContain(alertId);
    const again = await platform.http('POST', `/api/v1/alerts/${alertId}/acknowledgement`, { token: admin, body: { note: 'Called again' } });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('already-acknowledged');
    expect(
      (await platform.http('POST', `/api/v1/alerts/${randomUUID()}/acknowledgement`, { token: admin, body: { note: 'Called the employer' } })).status,
    ).toBe(404);
    const audit = await platform.db.query(`select action from audit_entry where subject_id = $1`, [alertId]);
    expect(audit).toEqual([{ action: 'alert.acknowledged' }]);
  });
});
