import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { freshNamespace } from '../support/temporal';

/** Issue 13.3: a retried "create" with the same Idempotency-Key never creates twice. */
let platform: TestPlatform;
let admin: string;
const workers = async () => (await platform.db.query<{ n: number }>('select count(*)::int as n from worker'))[0]!.n;
const register = (firstName: string, key?: string) =>
  platform.http('POST', '/api/v1/workers', {
    token: admin,
    headers: key ? { 'idempotency-key': key } : {},
    body: { firstName, displayName: firstName, preferredLanguage: 'fr', sectorsWanted: ['care'] },
  });

beforeAll(async () => {
  platform = await startTestPlatform({ TEMPORAL_NAMESPACE: await freshNamespace() });
  admin = (await platform.signIn('admin')).token;
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
});
