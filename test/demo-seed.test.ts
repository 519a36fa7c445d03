import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateNiss } from '../domain/identifiers';
import { DEMO_ACCOUNTS, DEMO_WORKERS, seedDemo } from '../scripts/lib/demo-seed';
import { startTestPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform({ ALLOW_DEMO_ACCOUNTS: 'true' });
});
afterAll(() => platform?.stop());

const services = () => ({ ...platform.deps, close: async () => undefined });

describe('the demo cooperative', () => {
  it('uses national/BIS numbers that pass their own check', () => {
    for (const w of Object.values(DEMO_WORKERS)) expect(validateNiss(w.bis), w.firstName).toMatchObject({ ok: true, value: { kind: 'bis' } });
  });

  it('is seeded once: a second run adds nothing', async () => {
    expect(await seedDemo(services())).toMatch(/seeded/);
    const counts = () =>
      platform.db.query(
        'select (select count(*) from worker)::int as w, (select count(*) from employer)::int as e, (select count(*) from user_account)::int as a',
      );
    const first = await counts();
    expect(first[0]).toMatchObject({ w: 3, e: 3, a: DEMO_ACCOUNTS.length });
    expect(await seedDemo(services())).toBe('Demo cooperative already present.');
    expect(await counts()).toEqual(first);
  });

  it('lets every demo account sign in with its role', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const res = await platform.http('POST', '/api/v1/auth/login', { body: { email: account.email, password: account.password } });
      expect(res.status, account.email).toBe(200);
      expect(res.body.role).toBe(account.role);
    }
  });

  it('is refused outside a demo configuration', async () => {
    await expect(seedDemo({ ...services(), config: { ...platform.config, ALLOW_DEMO_ACCOUNTS: false } })).rejects.toThrow(/not allowed/);
  });
});
