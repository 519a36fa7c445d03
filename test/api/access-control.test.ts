import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../domain/access/roles';
import { startTestPlatform, type TestPlatform } from '../support/platform';

let platform: TestPlatform;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  platform = await startTestPlatform();
  for (const role of ROLES) tokens[role] = (await platform.signIn(role)).token;
});
afterAll(() => platform?.stop());

interface Operation {
  method: string;
  path: string;
  roles: 'public' | Role[];
}

async function operations(): Promise<Operation[]> {
  const doc = (await platform.http('GET', '/openapi.json')).body;
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, { 'x-roles': 'public' | Role[] }>>(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      ops.push({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, () => randomUUID()), roles: op['x-roles'] });
    }
  }
  return ops;
}

describe('every route declares who may use it', () => {
  it('the OpenAPI document lists the routes, each with its roles', async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThanOrEqual(8);
    for (const op of ops) expect(op.roles === 'public' || (Array.isArray(op.roles) && op.roles.length > 0)).toBe(true);
  });

  it('answers 401 without a token and 403 to every role it does not admit', async () => {
    const checked: string[] = [];
    for (const op of await operations()) {
      if (op.roles === 'public') continue;
      const body = op.method === 'GET' ? undefined : {};
      const anonymous = await platform.http(op.method, op.path, { body });
      expect(anonymous.status, `${op.method} ${op.path} without a token`).toBe(401);
      expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
      for (const role of ROLES.filter((r) => !(op.roles as Role[]).includes(r))) {
        const refused = await platform.http(op.method, op.path, { token: tokens[role], body });
        expect(refused.status, `${op.method} ${op.path} as ${role}`).toBe(403);
        expect(refused.body.code).toBe('forbidden');
        checked.push(`${op.method} ${op.path} ${role}`);
      }
    }
    expect(checked.length).toBeGreaterThan(0);
  });

  it('refuses a forged, malformed or expired token', async () => {
    const [header, payload] = tokens.admin.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    for (const token of [forged, 'not-a-token', `${header}.${payload}`]) {
      const res = await platform.http('GET', '/api/v1/me', { token });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('unauthenticated');
    }
    const expired = await platform.deps.tokens.sign({ sub: randomUUID(), purpose: 'access', role: 'admin' }, 60, Date.now() - 3_600_000);
    expect((await platform.http('GET', '/api/v1/me', { token: expired })).status).toBe(401);
    const wrongPurpose = await platform.deps.tokens.sign({ sub: randomUUID(), purpose: 'timesheet-approval', role: 'admin' }, 600);
    expect((await platform.http('GET', '/api/v1/me', { token: wrongPurpose })).status).toBe(401);
  });
});
