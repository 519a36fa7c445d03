import { z } from 'zod';
import { ROLES } from '../../domain/access/roles';
import { sessionCookie } from '../http/authenticate';
import { API_BASE } from '../http/openapi';
import { defineRoute } from '../http/route';
import type { ApiDeps } from '../deps';
import { codeVerification } from '../accounts/schemas';
import { verifySignInCode } from '../accounts/sign-in-codes';
import { UserAccount } from '../../db/entities';
import { endSessions, loginRequest, signedIn, signInWithPassword } from './auth';

/**
 * The web portal signs in here rather than at /auth/login: the access token goes into an
 * HttpOnly, SameSite=Strict cookie that page scripts cannot read, and the answer carries no token.
 */
const sessionResponse = z
  .object({ role: z.enum(ROLES), displayName: z.string(), expiresInSeconds: z.number().int() })
  .meta({ id: 'PortalSession', example: { role: 'employer', displayName: 'Sofie Janssens', expiresInSeconds: 3600 } });

const secureCookies = (deps: ApiDeps) => (deps.config.PUBLIC_BASE_URL ?? '').startsWith('https:');

export const openSessionRoute = defineRoute({
  method: 'post',
  path: '/auth/session',
  summary: 'Sign in to the web portal',
  description:
    'Same checks and audit as `POST /auth/login`, but the answer sets an HttpOnly session cookie and carries no token. Later changes with the cookie must send the header `x-talentcoop-portal: 1`.',
  operationId: 'openPortalSession',
  tags: ['Auth'],
  changes: 'Opens a cookie session for the account; records the sign-in in the audit log.',
  roles: 'public',
  request: { body: loginRequest },
  responses: {
    200: { description: 'Signed in; Set-Cookie carries the session', schema: sessionResponse },
    401: { description: 'Wrong e-mail or password' },
    429: { description: 'Too many attempts' },
  },
  handler: async ({ body, deps, requestId }) => {
    const { answer, displayName } = await signInWithPassword(deps, body, requestId);
    const { token, role, expiresInSeconds } = answer.body;
    return {
      status: 200,
      headers: { 'Set-Cookie': sessionCookie(token, expiresInSeconds, secureCookies(deps), API_BASE) },
      body: { role, displayName, expiresInSeconds },
    };
  },
});

export const openSessionByCodeRoute = defineRoute({
  method: 'post',
  path: '/auth/session/code',
  summary: 'Sign in to the web portal with an SMS code',
  description:
    'For workers who have no e-mail. Same checks as `POST /auth/code/verify` (single use, 10 minutes, 5 tries; any failure the same 401); the answer sets the HttpOnly session cookie.',
  operationId: 'openPortalSessionWithCode',
  tags: ['Auth'],
  changes: 'Uses up the code, opens a cookie session for the account; records the sign-in in the audit log.',
  roles: 'public',
  request: { body: codeVerification },
  responses: {
    200: { description: 'Signed in; Set-Cookie carries the session', schema: sessionResponse },
    401: { description: 'Wrong, expired or used code (or unknown number)' },
    429: { description: 'Too many requests' },
  },
  handler: async ({ body, deps, requestId }) => {
    const accountId = await verifySignInCode(deps, body.phone, body.code);
    const em = deps.orm.em.fork();
    const user = await em.findOneOrFail(UserAccount, { id: accountId });
    const { token, role, expiresInSeconds } = (await signedIn(em, deps, user, 'auth.code-sign-in', requestId)).body;
    return {
      status: 200,
      headers: { 'Set-Cookie': sessionCookie(token, expiresInSeconds, secureCookies(deps), API_BASE) },
      body: { role, displayName: user.displayName, expiresInSeconds },
    };
  },
});

export const closeSessionRoute = defineRoute({
  method: 'delete',
  path: '/auth/session',
  summary: 'Sign out of the web portal',
  description:
    'Works even once the session has expired (hence public): the cookie is cleared. With a live session, every session of the account ends, as with `POST /auth/logout`.',
  operationId: 'closePortalSession',
  tags: ['Auth'],
  changes:
    'Clears the session cookie; with a live session, moves the account’s session version on (every session ends) and records the sign-out in the audit log.',
  access: { public: 'with or without a live session' },
  roles: 'public',
  responses: { 204: { description: 'Signed out' } },
  handler: async ({ deps, principal, requestId }) => {
    if (principal) await endSessions(deps, principal, requestId);
    return { status: 204, headers: { 'Set-Cookie': sessionCookie('', 0, secureCookies(deps), API_BASE) } };
  },
});
