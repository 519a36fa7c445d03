import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ROLES, type Principal, type Role } from '../../domain/access/roles';
import { TOKEN_PURPOSES } from '../../domain/access/token-purposes';
import { recordAudit } from '../../db/audit';
import { UserAccount, Worker, type IUserAccount } from '../../db/entities';
import type { ApiDeps } from '../deps';
import { findAccountByEmail } from '../accounts/account-records';
import { changePasswordRequest } from '../accounts/schemas';
import { setPasswordRequest } from '../employers/schemas';
import { issueAccessToken } from '../http/authenticate';
import { hashPassword, UNUSABLE_PASSWORD_HASH, verifyPassword } from '../http/passwords';
import { ProblemError, problems } from '../http/problem';
import { EXAMPLE_IDS, EXAMPLE_TOKEN } from '../http/examples';
import { defineRoute } from '../http/route';

export const loginRequest = z
  .object({
    email: z.email().max(254),
    password: z.string().min(1).max(200),
  })
  .strict()
  .meta({ id: 'LoginRequest', example: { email: 'nadia.peeters@cooperative.example', password: 'correct-horse-battery-staple' } });

export const loginResponse = z
  .object({ token: z.string(), tokenType: z.literal('Bearer'), expiresInSeconds: z.number().int(), role: z.enum(ROLES) })
  .meta({ id: 'LoginResponse', example: { token: EXAMPLE_TOKEN, tokenType: 'Bearer', expiresInSeconds: 3600, role: 'admin' } });

const meResponse = z
  .object({
    userId: z.uuid(),
    role: z.enum(ROLES),
    displayName: z.string(),
    employerId: z.uuid().nullable(),
    workerId: z.uuid().nullable(),
    consentToConfirm: z.boolean().meta({
      description: 'A worker whose consent an administrator recorded on their behalf confirms it (POST /me/consent-confirmation); false for everyone else',
    }),
  })
  .meta({
    id: 'Me',
    example: { userId: EXAMPLE_IDS.workerUser, role: 'worker', displayName: 'Amadou', employerId: null, workerId: EXAMPLE_IDS.worker, consentToConfirm: true },
  });

export const principalOf = (user: IUserAccount): Principal => ({
  userId: user.id,
  role: user.role as Role,
  displayName: user.displayName,
  employerId: user.employer ?? null,
  workerId: user.worker ?? null,
});

/** Marks the sign-in, audits it and answers a token of the account's current session version. */
export async function signedIn(em: EntityManager, deps: ApiDeps, user: IUserAccount, action: string, requestId: string) {
  const principal = principalOf(user);
  user.lastLoginAt = new Date();
  recordAudit(em, { actor: principal, action, subjectType: 'user', subjectId: user.id, requestId });
  await em.flush();
  const ttl = deps.config.AUTH_TOKEN_TTL_MINUTES;
  return {
    status: 200,
    body: {
      token: await issueAccessToken(deps.tokens, principal, ttl, user.sessionVersion),
      tokenType: 'Bearer' as const,
      expiresInSeconds: ttl * 60,
      role: principal.role,
    },
  };
}

export const login = defineRoute({
  method: 'post',
  path: '/auth/login',
  summary: 'Sign in with e-mail and password',
  description: 'Answers a bearer token for API clients. A disabled account, an unknown e-mail and a wrong password get the same 401.',
  operationId: 'signIn',
  tags: ['Auth'],
  changes: 'Records the sign-in in the audit log; nothing else.',
  roles: 'public',
  request: { body: loginRequest },
  responses: {
    200: { description: 'Signed in', schema: loginResponse },
    400: { description: 'A field is missing or malformed' },
    401: { description: 'Wrong e-mail or password (or the account is disabled)' },
    429: { description: 'Too many attempts' },
  },
  handler: async ({ body, deps, requestId }) => {
    return (await signInWithPassword(deps, body, requestId)).answer;
  },
});

/** Checks an e-mail and password (a disabled account is refused like a wrong password), records the sign-in, and answers a fresh access token. */
export async function signInWithPassword(deps: ApiDeps, body: z.infer<typeof loginRequest>, requestId: string) {
  const em = deps.orm.em.fork();
  const user = await findAccountByEmail(em, deps.cipher, body.email);
  // Hash even when the e-mail is unknown, so timing does not tell which e-mails exist.
  const passwordOk = await verifyPassword(body.password, user?.passwordHash ?? UNUSABLE_PASSWORD_HASH);
  if (!user || !passwordOk || user.disabledAt) throw problems.invalidCredentials();
  return { answer: await signedIn(em, deps, user, 'auth.login', requestId), displayName: user.displayName };
}

export const me = defineRoute({
  method: 'get',
  path: '/me',
  summary: 'Who am I: the signed-in account',
  description: 'A worker also learns whether a consent recorded on their behalf awaits their confirmation.',
  operationId: 'getMe',
  tags: ['Auth'],
  changes: 'Changes nothing.',
  roles: ROLES,
  responses: { 200: { description: 'The account', schema: meResponse }, 401: { description: 'Not signed in, or the session ended' } },
  handler: async ({ principal, deps }) => {
    let consentToConfirm = false;
    if (principal!.role === 'worker' && principal!.workerId) {
      const worker = await deps.orm.em
        .fork()
        .findOne(Worker, { id: principal!.workerId }, { fields: ['consentRecordedBy', 'consentConfirmedAt', 'consentGivenAt'] });
      consentToConfirm = Boolean(worker?.consentGivenAt && worker.consentRecordedBy === 'admin' && !worker.consentConfirmedAt);
    }
    return { status: 200, body: { ...principal!, consentToConfirm } };
  },
});

export const logout = defineRoute({
  method: 'post',
  path: '/auth/logout',
  summary: 'Sign out: end every session of the account',
  description: 'Every bearer token issued to the account so far stops working (the account’s session version moves on), on this device and any other.',
  operationId: 'signOut',
  tags: ['Auth'],
  changes: 'Moves the account’s session version on, so every token issued before stops working; records the sign-out in the audit log.',
  roles: ROLES,
  responses: { 204: { description: 'Signed out everywhere' }, 401: { description: 'Not signed in, or the session already ended' } },
  handler: async ({ principal, deps, requestId }) => {
    await endSessions(deps, principal!, requestId);
    return { status: 204 };
  },
});

/** Ends every session of the account: every token issued so far stops working (its session version moves on). */
export async function endSessions(deps: ApiDeps, principal: Principal, requestId: string): Promise<void> {
  const em = deps.orm.em.fork();
  const account = await em.findOneOrFail(UserAccount, { id: principal.userId });
  account.sessionVersion += 1;
  recordAudit(em, { actor: principal, action: 'auth.logout', subjectType: 'user', subjectId: account.id, requestId });
  await em.flush();
}

export const changePasswordRoute = defineRoute({
  method: 'post',
  path: '/auth/password',
  summary: 'Change my password',
  description: 'Checks the current password, stores the new one and ends every other session of the account; answers a fresh token for this one.',
  operationId: 'changePassword',
  tags: ['Auth'],
  changes: 'Replaces the account’s password hash and moves its session version on (tokens issued before stop working); records the change in the audit log.',
  roles: ROLES,
  request: { body: changePasswordRequest },
  responses: {
    200: { description: 'Changed; the token to go on with', schema: loginResponse },
    400: { description: 'A field is missing or malformed (the new password has at least 12 characters)' },
    401: { description: 'Not signed in, or the session ended' },
    422: { description: 'The current password is wrong' },
    429: { description: 'Too many attempts' },
  },
  handler: async ({ body, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const account = await em.findOneOrFail(UserAccount, { id: principal!.userId });
    if (!(await verifyPassword(body.currentPassword, account.passwordHash))) {
      throw problems.unprocessable('wrong-current-password', 'The current password is wrong.', [
        { field: 'currentPassword', code: 'wrong-current-password', message: 'is wrong' },
      ]);
    }
    account.passwordHash = await hashPassword(body.newPassword);
    account.sessionVersion += 1;
    return signedIn(em, deps, account, 'auth.password-changed', requestId);
  },
});

export const setPasswordRoute = defineRoute({
  method: 'post',
  path: '/auth/set-password',
  summary: 'Choose a password with an invitation link',
  description:
    'The token comes from an invitation sent by e-mail or SMS to an invited person (a worker, an employer contact, staff). Single use; a re-sent invitation replaces the one before.',
  operationId: 'setPasswordWithInvitation',
  tags: ['Auth'],
  changes: 'Sets the account’s password and marks the invitation used; records it in the audit log.',
  access: { public: 'holding an invitation token' },
  roles: 'public',
  request: { body: setPasswordRequest },
  responses: {
    204: { description: 'Password set; sign in with it' },
    400: { description: 'The token is not an invitation, or the password is too short' },
    410: { description: 'The invitation expired, was already used, or was replaced by a newer one' },
  },
  handler: async ({ body, deps, requestId }) => {
    const checked = await deps.tokens.check(body.token, TOKEN_PURPOSES.setPassword);
    if (!checked.ok) {
      throw checked.reason === 'expired'
        ? new ProblemError(410, 'invitation-expired', 'Invitation expired', 'This invitation has expired: ask the cooperative for a new one.')
        : new ProblemError(400, 'invalid-invitation', 'Invalid invitation', 'This invitation is not valid.', [
            { field: 'token', code: 'invalid-invitation', message: 'is not a valid invitation' },
          ]);
    }
    const em = deps.orm.em.fork();
    const account = await em.findOne(UserAccount, { id: checked.claims.sub });
    // An invitation is single-use: once a password is chosen it no longer works.
    if (!account || account.passwordHash !== UNUSABLE_PASSWORD_HASH || account.invitationUsedAt || account.disabledAt) {
      throw new ProblemError(410, 'invitation-used', 'Invitation already used', 'This invitation has already been used: sign in with your password.');
    }
    // Invitations name themselves (`inv`); only the latest one sent works.
    const named = typeof checked.claims.inv === 'string' ? checked.claims.inv : null;
    if ((account.invitationId ?? null) !== named) {
      throw new ProblemError(410, 'invitation-replaced', 'Invitation replaced', 'A newer invitation was sent: use the link of the latest message.');
    }
    if (account.invitationExpiresAt && account.invitationExpiresAt <= new Date()) {
      throw new ProblemError(410, 'invitation-expired', 'Invitation expired', 'This invitation has expired: ask the cooperative for a new one.');
    }
    account.passwordHash = await hashPassword(body.password);
    if (account.invitationId) account.invitationUsedAt = new Date();
    recordAudit(em, {
      actor: { userId: account.id, role: account.role as Role },
      action: 'auth.password-set',
      subjectType: 'user',
      subjectId: account.id,
      requestId,
    });
    await em.flush();
    return { status: 204 };
  },
});
