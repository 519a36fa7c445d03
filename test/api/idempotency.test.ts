import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestHashOf } from '../../api/http/idempotency';
import { purgeIdempotentRequests } from '../../worker/housekeeping';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { freshNamespace } from '../support/temporal';

/** Issue 13.3: a retried "create" with the same Idempotency-Key never creates twice. */
let platform: TestPlatform;
let admin: string;
let adminId: string;
const workers = async () => (await platform.db.query<{ n: number }>('select count(*)::int as n from worker'))[0]!.n;
const registration = (firstName: string) => ({ firstName, displayName: firstName, preferredLanguage: 'fr', sectorsWanted: ['care'] });
const register = (firstName: string, key?: string) =>
  platform.http('POST', '/api/v1/workers', {
    token: admin,
    headers: key ? { 'idempotency-key': key } : {},
    body: registration(firstName),
  });
/** A claim as a request leaves it while it runs (or as a request that died mid-way left it), its lease ending `leaseEnds` from now. */
const claimLeft = (key: string, firstName: string, leaseEnds: string) =>
  platform.db.query(
    `insert into idempotent_request (caller, key, request_hash, status, answer_cipher, created_at, claim_token, lease_until)
     values ($1, $2, $3, null, null, now() - interval '90 seconds', $4, now() + $5::interval)`,
    [adminId, key, requestHashOf('POST', '/api/v1/workers', registration(firstName)), randomUUID(), leaseEnds],
  );

beforeAll(async () => {
  platform = await startTestPlatform({ TEMPORAL_NAMESPACE: await freshNamespace() });
  ({ token: admin, userId: adminId } = await platform.signIn('admin'));
}, 120_000);
afterAll(() => platform?.stop());

describe('Idempotency-Key', () => {
  it('answers the same key with the first answer, marked replayed, and creates one worker', async () => {
    const key = `register-${randomUUID()}`;
    const before = await workers();
    const first = await register('Nadia', key);
    const again = await register('Nadia', key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await workers()).toBe(before + 1);
    // The kept answer is encrypted: the stored row does not show the worker's code.
    const [row] = await platform.db.query<{ answer_cipher: string }>('select answer_cipher from idempotent_request where key = $1', [key]);
    expect(row!.answer_cipher).not.toContain(first.body.code);
  });

  it('refuses the same key for another request (422), and writes nothing', async () => {
    const key = `register-${randomUUID()}`;
    expect((await register('Samir', key)).status).toBe(201);
    const before = await workers();
    const other = await register('Someone else', key);
    expect(other.status).toBe(422);
    expect(other.body.errors[0]).toMatchObject({ field: 'Idempotency-Key', code: 'idempotency-key-reused' });
    expect(await workers()).toBe(before);
  });

  it('lets only one of five identical requests racing each other run', async () => {
    const key = `register-${randomUUID()}`;
    const before = await workers();
    const answers = await Promise.all(Array.from({ length: 5 }, () => register('Racer', key)));
    expect(await workers()).toBe(before + 1);
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((a) => a.body.id)).size).toBe(1);
    for (const a of answers.filter((x) => x.status !== 201)) expect(a.body).toMatchObject({ status: 409, code: 'request-in-progress' });
  });

  it('keeps no trace of a request that failed, so its retry runs for real', async () => {
    const key = `payroll-${randomUUID()}`;
    const refused = await platform.http('POST', '/api/v1/payroll-runs', { token: admin, headers: { 'idempotency-key': key }, body: { period: '2999-01' } });
    expect(refused.status).toBe(422);
    expect(await platform.db.query('select key from idempotent_request where key = $1', [key])).toEqual([]);
    const again = await platform.http('POST', '/api/v1/payroll-runs', { token: admin, headers: { 'idempotency-key': key }, body: { period: '2999-01' } });
    expect(again.status).toBe(422);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
  });

  it('refuses a malformed key naming the header, and still creates twice without a key', async () => {
    const bad = await register('Bad key', 'short');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'Idempotency-Key', code: 'invalid-idempotency-key' });
    const before = await workers();
    expect((await register('Twice')).status).toBe(201);
    expect((await register('Twice')).status).toBe(201);
    expect(await workers()).toBe(before + 2);
  });

  it('lets a claim go once its lease has lapsed — its request can no longer be running — so the retry runs at once, not ten minutes later', async () => {
    // Left by a request whose process died (or that ended while PostgreSQL was down and could not say so): nobody renews it.
    const key = `register-${randomUUID()}`;
    await claimLeft(key, 'Lapsed', '-30 seconds');
    const before = await workers();
    const retried = await register('Lapsed', key);
    expect(retried.status).toBe(201);
    expect(await workers()).toBe(before + 1);
    // Its answer is kept for the next retry, as for any request.
    const again = await register('Lapsed', key);
    expect(again).toMatchObject({ status: 201, body: { id: retried.body.id } });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('answers 409 while a claim’s lease holds, so two runs of one request never overlap, and 422 for another request even on a lapsed claim', async () => {
    const key = `register-${randomUUID()}`;
    await claimLeft(key, 'Running', '60 seconds');
    const before = await workers();
    const meanwhile = await register('Running', key);
    expect(meanwhile.status).toBe(409);
    expect(meanwhile.body).toMatchObject({ code: 'request-in-progress', errors: [{ field: 'Idempotency-Key', code: 'request-in-progress' }] });
    const lapsed = `register-${randomUUID()}`;
    await claimLeft(lapsed, 'Someone', '-30 seconds');
    expect((await register('Someone else', lapsed)).body).toMatchObject({ status: 422, code: 'idempotency-key-reused' });
    expect(await workers()).toBe(before);
  });

  it('forgets answers after a day: the worker’s house-keeping purges them, and a key whose answer is older runs again even before that', async () => {
    const old = `register-${randomUUID()}`;
    const kept = `register-${randomUUID()}`;
    for (const [key, age] of [
      [old, '25 hours'],
      [kept, '1 hour'],
    ])
      await platform.db.query(
        `insert into idempotent_request (caller, key, request_hash, status, answer_cipher, created_at) values ($1, $2, 'another request', 201, null, now() - $3::interval)`,
        [adminId, key, age],
      );
    const again = await register('A day later', old);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    await platform.db.query(`update idempotent_request set created_at = now() - interval '25 hours' where key = $1`, [old]);
    expect(await purgeIdempotentRequests(platform.db.orm)).toBeGreaterThanOrEqual(1);
    const left = await platform.db.query<{ key: string }>('select key from idempotent_request where key = any($1)', [[old, kept]]);
    expect(left).toEqual([{ key: kept }]);
  });
});
