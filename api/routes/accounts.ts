import { z } from 'zod';
import { changeAccount, findAccount, inviteAccount, listAccounts, resendInvitation, toAccountView } from '../accounts/account-records';
import {
  accountExample,
  accountIdParams,
  accountListQuery,
  accountView,
  changeRoleRequest,
  codeRequest,
  codeVerification,
  disableAccountRequest,
  inviteAccountRequest,
} from '../accounts/schemas';
import { requestSignInCode, verifySignInCode } from '../accounts/sign-in-codes';
import { UserAccount } from '../../db/entities';
import { defineRoute } from '../http/route';
import { loginResponse, signedIn } from './auth';

const common = {
  400: { description: 'A field is missing or malformed (named in `errors`)' },
  401: { description: 'Not signed in, or the session ended' },
  403: { description: 'Not an administrator' },
};
const oneAccount = { ...common, 404: { description: 'No such account' } };

export const inviteAccountRoute = defineRoute({
  method: 'post',
  path: '/accounts',
  summary: 'Invite a person to an account',
  description:
    'Staff (admin, coach), an employer contact, or a worker. The account has no password until the invitation is used: single use, valid 7 days; the answer never holds the link. A worker account takes the worker’s contact from their file when no e-mail is given.',
  operationId: 'inviteAccount',
  readsEncrypted: true,
  tags: ['Accounts'],
  changes:
    'Creates the account without a password and an invitation; queues the invitation e-mail (or SMS for a worker with only a mobile number) in the outbox; records it in the audit log.',
  roles: ['admin'],
  request: { body: inviteAccountRequest },
  responses: {
    201: { description: 'Invited', schema: accountView },
    ...common,
    409: { description: 'The e-mail or number already signs in an account, or the worker has one' },
    422: { description: 'No such employer or worker, or the worker has no contact' },
  },
  handler: async ({ body, principal, deps, requestId }) => {
    const account = await inviteAccount(deps, principal!, body, requestId);
    return { status: 201, body: toAccountView(account), headers: { Location: `/api/v1/accounts/${account.id}` } };
  },
});

export const listAccountsRoute = defineRoute({
  method: 'get',
  path: '/accounts',
  summary: 'List accounts with their invitation status',
  description:
    'Status of each account and of its invitation (pending, used, expired). Filters by role, status, worker or employer. Shows no worker contact data.',
  operationId: 'listAccounts',
  tags: ['Accounts'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: { query: accountListQuery },
  responses: {
    200: {
      description: 'Oldest first',
      schema: z.object({ accounts: z.array(accountView) }).meta({ id: 'Accounts', example: { accounts: [accountExample] } }),
    },
    ...common,
  },
  handler: async ({ query, deps }) => ({ status: 200, body: { accounts: (await listAccounts(deps.orm.em.fork(), query)).map((a) => toAccountView(a)) } }),
});

export const getAccountRoute = defineRoute({
  method: 'get',
  path: '/accounts/{accountId}',
  summary: 'An account, with whether its invitation was used',
  description: 'The account’s role, status and invitation.',
  operationId: 'getAccount',
  tags: ['Accounts'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: { params: accountIdParams },
  responses: { 200: { description: 'The account', schema: accountView }, ...oneAccount },
  handler: async ({ params, deps }) => ({ status: 200, body: toAccountView(await findAccount(deps.orm.em.fork(), params.accountId)) }),
});

export const disableAccountRoute = defineRoute({
  method: 'post',
  path: '/accounts/{accountId}/disablement',
  summary: 'Disable an account',
  description: 'It cannot sign in and its tokens stop working at once. Idempotent.',
  operationId: 'disableAccount',
  tags: ['Accounts'],
  changes: 'Marks the account disabled and moves its session version on (its sessions end); records the reason in the audit log.',
  access: { admin: 'not their own account' },
  roles: ['admin'],
  request: { params: accountIdParams, body: disableAccountRequest },
  responses: { 200: { description: 'Disabled', schema: accountView }, ...oneAccount, 422: { description: 'It is your own account' } },
  handler: async ({ params, body, principal, deps, requestId }) => ({
    status: 200,
    body: toAccountView(await changeAccount(deps, principal!, params.accountId, requestId, { kind: 'disable', reason: body.reason })),
  }),
});

export const enableAccountRoute = defineRoute({
  method: 'delete',
  path: '/accounts/{accountId}/disablement',
  summary: 'Enable a disabled account again',
  description: 'Idempotent. The person signs in again (old tokens stay ended).',
  operationId: 'enableAccount',
  tags: ['Accounts'],
  changes: 'Clears the account’s disablement; records it in the audit log.',
  roles: ['admin'],
  request: { params: accountIdParams },
  responses: { 200: { description: 'Enabled', schema: accountView }, ...oneAccount },
  handler: async ({ params, principal, deps, requestId }) => ({
    status: 200,
    body: toAccountView(await changeAccount(deps, principal!, params.accountId, requestId, { kind: 'enable' })),
  }),
});

export const changeAccountRoleRoute = defineRoute({
  method: 'put',
  path: '/accounts/{accountId}/role',
  summary: 'Change the role of a staff account (admin ↔ coach)',
  description:
    'Employer contacts and worker accounts keep their role. The role is read from the database on every request, so the change holds from the person’s next request.',
  operationId: 'changeAccountRole',
  tags: ['Accounts'],
  changes: 'Changes the account’s role; records the old and the new role in the audit log.',
  access: { admin: 'not their own account' },
  roles: ['admin'],
  request: { params: accountIdParams, body: changeRoleRequest },
  responses: {
    200: { description: 'Changed', schema: accountView },
    ...oneAccount,
    422: { description: 'The role does not fit the account, or it is your own' },
  },
  handler: async ({ params, body, principal, deps, requestId }) => ({
    status: 200,
    body: toAccountView(await changeAccount(deps, principal!, params.accountId, requestId, { kind: 'role', role: body.role })),
  }),
});

export const resendInvitationRoute = defineRoute({
  method: 'post',
  path: '/accounts/{accountId}/invitation',
  summary: 'Re-send the invitation to choose a password',
  description: 'For an account whose invitation is pending or expired; the previous link stops working. The answer never holds the link.',
  operationId: 'resendInvitation',
  tags: ['Accounts'],
  changes: 'Replaces the account’s invitation with a new one and queues it in the outbox (e-mail or SMS); records it in the audit log.',
  roles: ['admin'],
  request: { params: accountIdParams },
  responses: {
    200: { description: 'Sent; the invitation is pending again', schema: accountView },
    ...oneAccount,
    409: { description: 'The account already has a password' },
    422: { description: 'The account is disabled' },
  },
  handler: async ({ params, principal, deps, requestId }) => ({
    status: 200,
    body: toAccountView(await resendInvitation(deps, principal!, params.accountId, requestId)),
  }),
});

export const requestSignInCodeRoute = defineRoute({
  method: 'post',
  path: '/auth/code/request',
  summary: 'Ask for a one-time sign-in code by SMS',
  description:
    'For workers without e-mail. Always answers 202, whether or not the number signs in an account, so numbers cannot be probed. Rate-limited per address.',
  operationId: 'requestSignInCode',
  tags: ['Auth'],
  changes:
    'If the number is a worker’s: stores a six-digit code valid 10 minutes (at most 3 per quarter of an hour) and queues the SMS in the outbox. Otherwise nothing.',
  roles: 'public',
  request: { body: codeRequest },
  responses: {
    202: { description: 'If the number is known, a code is on its way' },
    400: { description: 'The number is malformed' },
    429: { description: 'Too many requests' },
  },
  handler: async ({ body, deps }) => {
    await requestSignInCode(deps, body.phone);
    return { status: 202 };
  },
});

export const verifySignInCodeRoute = defineRoute({
  method: 'post',
  path: '/auth/code/verify',
  summary: 'Sign in with the code received by SMS',
  description: 'Answers a bearer token. A code works once, for 10 minutes, and at most 5 tries; any failure gets the same 401.',
  operationId: 'signInWithCode',
  tags: ['Auth'],
  changes: 'Uses up the code (or counts the failed try); records the sign-in in the audit log.',
  roles: 'public',
  request: { body: codeVerification },
  responses: {
    200: { description: 'Signed in', schema: loginResponse },
    400: { description: 'The number or the code is malformed' },
    401: { description: 'Wrong, expired or used code (or unknown number)' },
    429: { description: 'Too many requests' },
  },
  handler: async ({ body, deps, requestId }) => {
    const accountId = await verifySignInCode(deps, body.phone, body.code);
    const em = deps.orm.em.fork();
    return signedIn(em, deps, await em.findOneOrFail(UserAccount, { id: accountId }), 'auth.code-sign-in', requestId);
  },
});
