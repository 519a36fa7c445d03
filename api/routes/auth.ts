import { z } from 'zod';
import { ROLES, type Principal, type Role } from '../../domain/access/roles';
import { recordAudit } from '../../db/audit';
import { UserAccount } from '../../db/entities';
import { issueAccessToken } from '../http/authenticate';
import { UNUSABLE_PASSWORD_HASH, verifyPassword } from '../http/passwords';
import { problems } from '../http/problem';
import { defineRoute } from '../http/route';
import type { ApiDeps } from '../deps';

export const loginRequest = z
  .object({
    email: z.email().max(254),
    password: z.string().min(1).max(200),
  })
  .strict()
  .meta({ id: 'LoginRequest' });

const loginResponse = z
  .object({ token: z.string(), tokenType: z.literal('Bearer'), expiresInSeconds: z.number().int(), role: z.enum(ROLES) })
  .meta({ id: 'LoginResponse' });

const meResponse = z
  .object({
    userId: z.uuid(),
    role: z.enum(ROLES),
    displayName: z.string(),
    employerId: z.uuid().nullable(),
    workerId: z.uuid().nullable(),
  })
  .meta({ id: 'Me' });

export const login = defineRoute({
  method: 'post',
  path: '/auth/login',
  summary: 'Sign in with e-mail and password; answers a bearer token',
  tags: ['auth'],
  roles: 'public',
  request: { body: loginRequest },
  responses: { 200: { description: 'Signed in', schema: loginResponse }, 429: { description: 'Too many attempts' } },
  handler: async ({ body, deps, requestId }) => {
    const { principal, token, ttlSeconds } = await signInWithPassword(deps, body, requestId);
    return { status: 200, body: { token, tokenType: 'Bearer', expiresInSeconds: ttlSeconds, role: principal.role } };
  },
});

/** Checks an e-mail and password, records the sign-in, and answers the principal and a fresh access token. */
export async function signInWithPassword(deps: ApiDeps, body: z.infer<typeof loginRequest>, requestId: string) {
  const em = deps.orm.em.fork();
  const user = await em.findOne(UserAccount, { email: body.email.toLowerCase() });
  // Hash even when the e-mail is unknown, so timing does not tell which e-mails exist.
  const passwordOk = await verifyPassword(body.password, user?.passwordHash ?? UNUSABLE_PASSWORD_HASH);
  if (!user || !passwordOk) throw problems.invalidCredentials();
  const principal: Principal = {
    userId: user.id,
    role: user.role as Role,
    displayName: user.displayName,
    employerId: user.employer ?? null,
    workerId: user.worker ?? null,
  };
  user.lastLoginAt = new Date();
  recordAudit(em, { actor: principal, action: 'auth.login', subjectType: 'user', subjectId: user.id, requestId });
  await em.flush();
  const ttl = deps.config.AUTH_TOKEN_TTL_MINUTES;
  return { principal, token: issueAccessToken(deps.tokens, principal, ttl), ttlSeconds: ttl * 60 };
}

export const me = defineRoute({
  method: 'get',
  path: '/me',
  summary: 'Who am I: the signed-in account',
  tags: ['auth'],
  roles: ROLES,
  responses: { 200: { description: 'The account', schema: meResponse } },
  handler: async ({ principal }) => ({ status: 200, body: principal }),
});
