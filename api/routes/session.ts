import { z } from 'zod';
import { ROLES } from '../../domain/access/roles';
import { sessionCookie } from '../http/authenticate';
import { API_BASE } from '../http/openapi';
import { defineRoute } from '../http/route';
import type { ApiDeps } from '../deps';
import { loginRequest, signInWithPassword } from './auth';

/**
 * The web portal signs in here rather than at /auth/login: the access token goes into an
 * HttpOnly, SameSite=Strict cookie that page scripts cannot read, and the answer carries no token.
 */
const sessionResponse = z
  .object({ role: z.enum(ROLES), displayName: z.string(), expiresInSeconds: z.number().int() })
  .meta({ id: 'PortalSession' });

const secureCookies = (deps: ApiDeps) => (deps.config.PUBLIC_BASE_URL ?? '').startsWith('https:');

export const openSessionRoute = defineRoute({
  method: 'post',
  path: '/auth/session',
  summary: 'Sign in to the web portal: sets an HttpOnly session cookie (no token in the answer)',
  description: 'Public. Same checks and audit as /auth/login. Later changes with the cookie must send the header `x-talentcoop-portal: 1`.',
  tags: ['auth'],
  roles: 'public',
  request: { body: loginRequest },
  responses: {
    200: { description: 'Signed in; Set-Cookie carries the session', schema: sessionResponse },
    401: { description: 'Wrong e-mail or password' },
    429: { description: 'Too many attempts' },
  },
  handler: async ({ body, deps, requestId }) => {
    const { principal, token, ttlSeconds } = await signInWithPassword(deps, body, requestId);
    return {
      status: 200,
      headers: { 'Set-Cookie': sessionCookie(token, ttlSeconds, secureCookies(deps), API_BASE) },
      body: { role: principal.role, displayName: principal.displayName, expiresInSeconds: ttlSeconds },
    };
  },
});

export const closeSessionRoute = defineRoute({
  method: 'delete',
  path: '/auth/session',
  summary: 'Sign out of the web portal: the session cookie is cleared',
  description: 'Public, so that it works even once the session has expired.',
  tags: ['auth'],
  roles: 'public',
  responses: { 204: { description: 'Signed out' } },
  handler: async ({ deps }) => ({ status: 204, headers: { 'Set-Cookie': sessionCookie('', 0, secureCookies(deps), API_BASE) } }),
});
