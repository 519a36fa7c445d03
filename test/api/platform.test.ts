import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp } from '../../api/app';
import { defineRoute } from '../../api/http/route';
import { startTestPlatform, type TestPlatform } from '../support/platform';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

async function listen(app: ReturnType<typeof createApp>): Promise<{ url: string; close(): Promise<void> }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const a = server.address();
  return { url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`, close: () => new Promise((r) => server.close(() => r())) };
}

describe('health and readiness', () => {
  it('is healthy and ready when PostgreSQL and Temporal answer', async () => {
    expect((await platform.http('GET', '/healthz')).status).toBe(200);
    const ready = await platform.http('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ postgres: 'ok', temporal: 'ok' });
  });

  it('is not ready (503) when Temporal cannot be reached', async () => {
    const connection = Connection.lazy({ address: '127.0.0.1:1', connectTimeout: 500 });
    const app = createApp({ ...platform.deps, temporal: new Client({ connection }) });
    const server = await listen(app);
    try {
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { checks: unknown }).checks).toEqual({ postgres: 'ok', temporal: 'unreachable' });
    } finally {
      await server.close();
    }
  });
});

describe('API documentation', () => {
  it('serves an OpenAPI 3.1 document generated from the routes, and a docs page', async () => {
    const doc = await platform.http('GET', '/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toContain('/api/v1/auth/login');
    expect(doc.body.paths['/api/v1/workers'].post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/RegisterWorkerRequest',
    });
    const page = await fetch(`${platform.baseUrl}/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger-ui-bundle.js');
    expect((await fetch(`${platform.baseUrl}/docs/assets/swagger-ui-bundle.js`)).status).toBe(200);
  });

  it('serves only the two files the docs page loads, not the rest of swagger-ui-dist', async () => {
    expect((await fetch(`${platform.baseUrl}/docs/assets/swagger-ui.css`)).status).toBe(200);
    for (const other of ['index.html', 'oauth2-redirect.html', 'swagger-initializer.js', 'package.json', 'swagger-ui-bundle.js.map', '../package.json']) {
      expect((await fetch(`${platform.baseUrl}/docs/assets/${other}`)).status, other).toBe(404);
    }
  });
});

describe('security headers', () => {
  it('every answer forbids sniffing and framing; API answers are never stored and run nothing', async () => {
    const { token } = await platform.signIn('admin');
    for (const answer of [
      await fetch(`${platform.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } }),
      await fetch(`${platform.baseUrl}/api/v1/workers`),
    ]) {
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(answer.headers.get('x-powered-by')).toBeNull();
    }
    const docs = await fetch(`${platform.baseUrl}/docs`);
    expect(docs.headers.get('x-frame-options')).toBe('DENY');
    expect(docs.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('signing in', () => {
  it('gives a bearer token that identifies the account', async () => {
    const { token, userId } = await platform.signIn('coach');
    const me = await platform.http('GET', '/api/v1/me', { token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ userId, role: 'coach' });
  });

  it('refuses a wrong password without telling whether the e-mail exists', async () => {
    const { email } = await platform.signIn('worker');
    const wrong = await platform.http('POST', '/api/v1/auth/login', { body: { email, password: 'nope' } });
    const unknown = await platform.http('POST', '/api/v1/auth/login', { body: { email: 'nobody@test.coop', password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('limits sign-in attempts', async () => {
    const strict = createApp({ ...platform.deps, config: { ...platform.config, LOGIN_RATE_LIMIT_PER_MINUTE: 3 } });
    const server = await listen(strict);
    try {
      const attempt = () =>
        fetch(`${server.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'x@test.coop', password: 'guess' }),
        });
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await attempt()).status);
      expect(statuses).toEqual([401, 401, 401]);
      const limited = await attempt();
      expect(limited.status).toBe(429);
      expect(limited.headers.get('content-type')).toContain('application/problem+json');
      expect(((await limited.json()) as { code: string }).code).toBe('too-many-requests');
    } finally {
      await server.close();
    }
  });
});

describe('errors are problem+json', () => {
  it('names each bad field and writes nothing', async () => {
    const { token } = await platform.signIn('admin');
    const before = await platform.db.query('select count(*)::int as n from worker');
    const res = await platform.http('POST', '/api/v1/workers', { token, body: { firstName: '', preferredLanguage: 'de', nationalNumber: '12345678901' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, code: 'validation-failed', instance: '/api/v1/workers' });
    expect(res.body.requestId).toEqual(res.headers.get('x-request-id'));
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['firstName', 'displayName', 'preferredLanguage', 'nationalNumber']));
    expect(await platform.db.query('select count(*)::int as n from worker')).toEqual(before);
  });

  it('answers malformed JSON and unknown routes with a problem', async () => {
    const { token } = await platform.signIn('admin');
    const malformed = await platform.http('POST', '/api/v1/workers', { token, rawBody: '{"firstName": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed-body');
    const missing = await platform.http('GET', '/api/v1/no-such-thing', { token });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('not-found');
  });

  it('answers a method a known path does not take with 405 and the methods it does take', async () => {
    const { token } = await platform.signIn('admin');
    const wrong = await platform.http('DELETE', '/api/v1/workers', { token });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(wrong.body).toMatchObject({ status: 405, code: 'method-not-allowed', instance: '/api/v1/workers' });
    const withId = await platform.http('PATCH', `/api/v1/workers/${randomUUID()}`, { token });
    expect(withId.status).toBe(405);
    expect(withId.headers.get('allow')).toBe('GET, HEAD');
    const options = await platform.http('OPTIONS', '/api/v1/workers', { token });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
  });

  it('turns an unexpected failure into a plain 500 that leaks nothing', async () => {
    const boom = defineRoute({
      method: 'get',
      path: '/boom',
      operationId: 'boom',
      summary: 'fails',
      tags: ['Auth'],
      roles: 'public',
      changes: 'Changes nothing.',
      responses: { 200: { description: 'never' } },
      request: { query: z.object({}) },
      handler: async () => {
        throw new Error('secret internal detail: password=hunter2');
      },
    });
    const server = await listen(createApp(platform.deps, [boom]));
    try {
      const res = await fetch(`${server.url}/api/v1/boom`);
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toContain('hunter2');
      expect(JSON.parse(text)).toMatchObject({ status: 500, code: 'internal-error' });
    } finally {
      await server.close();
    }
  });
});
