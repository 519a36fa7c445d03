import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { Principal, Role } from '../../domain/access/roles';
import { normaliseEmail, normaliseMobileNumber, SIGN_IN_HASH_KINDS } from '../../domain/access/sign-in-identifiers';
import { recordAudit } from '../../db/audit';
import { Employer, UserAccount, Worker, type IUserAccount, type IWorker } from '../../db/entities';
import type { ApiDeps } from '../deps';
import { UNUSABLE_PASSWORD_HASH } from '../http/passwords';
import { problems, type FieldProblem } from '../http/problem';
import type { FieldCipher } from '../../platform/crypto/field-cipher';
import { invitationStatus, sendInvitation } from './invitations';
import type { accountListQuery, accountView, inviteAccountRequest } from './schemas';

export const emailHashOf = (cipher: FieldCipher, email: string) => cipher.blindIndex(SIGN_IN_HASH_KINDS.email, normaliseEmail(email));
export const phoneHashOf = (cipher: FieldCipher, phone: string) => cipher.blindIndex(SIGN_IN_HASH_KINDS.phone, normaliseMobileNumber(phone));
/** Every stored form of those hashes (current version first), so accounts not yet rotated are found. */
export const emailHashesOf = (cipher: FieldCipher, email: string) => cipher.blindIndexCandidates(SIGN_IN_HASH_KINDS.email, normaliseEmail(email));
export const phoneHashesOf = (cipher: FieldCipher, phone: string) => cipher.blindIndexCandidates(SIGN_IN_HASH_KINDS.phone, normaliseMobileNumber(phone));

/** The account that signs in with this e-mail: a staff or employer one by its clear address, a worker's by keyed hash. */
export function findAccountByEmail(em: EntityManager, cipher: FieldCipher, email: string): Promise<IUserAccount | null> {
  return em.findOne(UserAccount, { $or: [{ email: normaliseEmail(email) }, { emailHash: { $in: emailHashesOf(cipher, email) } }] });
}

export function findAccountByPhone(em: EntityManager, cipher: FieldCipher, phone: string): Promise<IUserAccount | null> {
  return em.findOne(UserAccount, { phoneHash: { $in: phoneHashesOf(cipher, phone) } });
}

/** 409s naming the field when an e-mail or a phone already signs another account in. */
export async function refuseTakenSignIn(
  em: EntityManager,
  cipher: FieldCipher,
  contact: { email?: string | null; phone?: string | null },
  fields: { email: string; phone: string },
) {
  const taken: FieldProblem[] = [];
  if (contact.email && (await findAccountByEmail(em, cipher, contact.email))) {
    taken.push({ field: fields.email, code: 'contact-already-has-account', message: 'already signs in another account' });
  }
  if (contact.phone && (await findAccountByPhone(em, cipher, contact.phone))) {
    taken.push({ field: fields.phone, code: 'contact-already-has-account', message: 'already signs in another account' });
  }
  if (taken.length) throw problems.conflict('contact-already-has-account', 'An e-mail or a mobile number given already signs in another account.', taken);
}

/**
 * Creates, in `tx`, the account of a worker, without a password, and sends the invitation to
 * choose one (e-mail when there is one, else SMS). The worker's e-mail and number are stored
 * encrypted with a keyed hash to sign in by, never in clear.
 */
export async function createWorkerAccount(
  tx: EntityManager,
  deps: ApiDeps,
  worker: Pick<IWorker, 'id' | 'displayName' | 'preferredLanguage'>,
  contact: { email?: string | null; phone?: string | null },
): Promise<{ userId: string; channel: 'email' | 'sms' }> {
  const { cipher } = deps;
  const id = randomUUID();
  const account = tx.create(UserAccount, {
    id,
    email: null,
    passwordHash: UNUSABLE_PASSWORD_HASH,
    role: 'worker',
    displayName: worker.displayName,
    employer: null,
    worker: worker.id,
    emailCipher: contact.email ? cipher.encrypt(normaliseEmail(contact.email), { table: 'user_account', column: 'email_cipher', id }) : null,
    emailHash: contact.email ? emailHashOf(cipher, contact.email) : null,
    phoneCipher: contact.phone ? cipher.encrypt(normaliseMobileNumber(contact.phone), { table: 'user_account', column: 'phone_cipher', id }) : null,
    phoneHash: contact.phone ? phoneHashOf(cipher, contact.phone) : null,
  });
  const channel = await sendInvitation(tx, deps, account, { language: worker.preferredLanguage as 'fr' | 'nl' | 'en' });
  return { userId: account.id, channel };
}

/** An admin invites a person: staff (admin, coach), an employer contact, or a worker who has no account yet. */
export async function inviteAccount(deps: ApiDeps, actor: Principal, input: z.infer<typeof inviteAccountRequest>, requestId: string): Promise<IUserAccount> {
  const em = deps.orm.em.fork();
  const missing = (field: string, why: string): never => {
    throw problems.validation([{ field, code: 'required', message: why, params: {} }]);
  };
  const unexpected = (field: string): never => {
    throw problems.validation([{ field, code: 'not-for-this-role', message: `is not given for a ${input.role} account` }]);
  };
  if (input.role !== 'employer' && input.employerId) unexpected('employerId');
  if (input.role !== 'worker' && input.workerId) unexpected('workerId');
  let id: string;
  if (input.role === 'worker') {
    if (!input.workerId) return missing('workerId', 'is required for a worker account');
    const worker = await em.findOne(Worker, { id: input.workerId, erasedAt: null });
    if (!worker) throw problems.unprocessable('unknown-worker', 'No such worker.', [{ field: 'workerId', code: 'unknown-worker', message: 'names no worker' }]);
    if (await em.count(UserAccount, { worker: worker.id })) {
      throw problems.conflict('worker-already-has-account', 'This worker already has an account: re-send its invitation instead.', [
        { field: 'workerId', code: 'worker-already-has-account', message: 'already has an account' },
      ]);
    }
    const email = input.email ?? deps.cipher.decryptOptional(worker.contactEmailCipher, { table: 'worker', column: 'contact_email_cipher', id: worker.id });
    const phone = deps.cipher.decryptOptional(worker.contactPhoneCipher, { table: 'worker', column: 'contact_phone_cipher', id: worker.id });
    if (!email && !phone) {
      throw problems.unprocessable('no-contact', 'The worker has neither an e-mail nor a mobile number to send the invitation to.', [
        { field: 'email', code: 'no-contact', message: 'is required: the worker file has no e-mail or mobile number' },
      ]);
    }
    await refuseTakenSignIn(em, deps.cipher, { email, phone }, { email: 'email', phone: 'workerId' });
    id = await em.transactional(async (tx) => {
      const created = await createWorkerAccount(tx, deps, { ...worker, displayName: input.displayName ?? worker.displayName }, { email, phone });
      recordAudit(tx, {
        actor,
        action: 'account.invited',
        subjectType: 'user',
        subjectId: created.userId,
        workerId: worker.id,
        requestId,
        details: { role: 'worker', channel: created.channel },
      });
      return created.userId;
    });
  } else {
    if (!input.email) return missing('email', `is required for a ${input.role} account`);
    if (!input.displayName) return missing('displayName', `is required for a ${input.role} account`);
    if (input.role === 'employer') {
      if (!input.employerId) return missing('employerId', 'is required for an employer contact');
      if (!(await em.count(Employer, { id: input.employerId }))) {
        throw problems.unprocessable('unknown-employer', 'No such employer.', [
          { field: 'employerId', code: 'unknown-employer', message: 'names no employer' },
        ]);
      }
    }
    await refuseTakenSignIn(em, deps.cipher, { email: input.email }, { email: 'email', phone: 'phone' });
    id = randomUUID();
    await em.transactional(async (tx) => {
      const account = tx.create(UserAccount, {
        id,
        email: normaliseEmail(input.email!),
        passwordHash: UNUSABLE_PASSWORD_HASH,
        role: input.role,
        displayName: input.displayName!,
        employer: input.employerId ?? null,
        worker: null,
      });
      const channel = await sendInvitation(tx, deps, account, { language: input.language ?? null });
      recordAudit(tx, { actor, action: 'account.invited', subjectType: 'user', subjectId: id, requestId, details: { role: input.role, channel } });
    });
  }
  return em.fork().findOneOrFail(UserAccount, { id });
}

export async function listAccounts(em: EntityManager, query: z.infer<typeof accountListQuery>): Promise<IUserAccount[]> {
  return em.find(
    UserAccount,
    {
      ...(query.role ? { role: query.role } : {}),
      ...(query.status === 'active' ? { disabledAt: null } : query.status === 'disabled' ? { disabledAt: { $ne: null } } : {}),
      ...(query.workerId ? { worker: query.workerId } : {}),
      ...(query.employerId ? { employer: query.employerId } : {}),
    },
    { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 1000 },
  );
}

export async function findAccount(em: EntityManager, accountId: string): Promise<IUserAccount> {
  const account = await em.findOne(UserAccount, { id: accountId });
  if (!account) throw problems.notFound('account');
  return account;
}

export function toAccountView(a: IUserAccount, now = new Date()): z.infer<typeof accountView> {
  return {
    id: a.id,
    role: a.role as Role,
    displayName: a.displayName,
    email: a.email ?? null,
    signIn: { email: Boolean(a.email || a.emailHash), phone: Boolean(a.phoneHash) },
    employerId: a.employer ?? null,
    workerId: a.worker ?? null,
    status: a.disabledAt ? 'disabled' : 'active',
    disabledAt: a.disabledAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    lastLoginAt: a.lastLoginAt?.toISOString() ?? null,
    invitation: {
      status: invitationStatus(a, now),
      channel: a.invitationChannel === 'sms' ? 'sms' : a.invitationChannel === 'email' ? 'email' : null,
      sentAt: a.invitationSentAt?.toISOString() ?? null,
      expiresAt: a.invitationExpiresAt?.toISOString() ?? null,
      usedAt: a.invitationUsedAt?.toISOString() ?? null,
    },
  };
}

const refuseOwn = (actor: Principal, account: IUserAccount, what: string) => {
  if (actor.userId === account.id) {
    throw problems.unprocessable('own-account', `An administrator cannot ${what} their own account: ask another administrator.`, [
      { field: 'accountId', code: 'own-account', message: `is your own account` },
    ]);
  }
};

/** Which record an account of each role must be tied to: staff to none, a contact to its employer, a worker to their file. */
function roleFitsAccount(role: Role, a: IUserAccount): boolean {
  if (role === 'employer') return Boolean(a.employer) && !a.worker;
  if (role === 'worker') return Boolean(a.worker) && !a.employer;
  return !a.employer && !a.worker;
}

export async function changeAccount(
  deps: ApiDeps,
  actor: Principal,
  accountId: string,
  requestId: string,
  change: { kind: 'disable'; reason: string } | { kind: 'enable' } | { kind: 'role'; role: Role },
): Promise<IUserAccount> {
  const em = deps.orm.em.fork();
  return em.transactional(async (tx) => {
    const account = await findAccount(tx, accountId);
    if (change.kind === 'disable') {
      refuseOwn(actor, account, 'disable');
      if (!account.disabledAt) {
        account.disabledAt = new Date();
        account.sessionVersion += 1;
        recordAudit(tx, { actor, action: 'account.disabled', subjectType: 'user', subjectId: account.id, reason: change.reason, requestId });
      }
    } else if (change.kind === 'enable') {
      if (account.disabledAt) {
        account.disabledAt = null;
        recordAudit(tx, { actor, action: 'account.enabled', subjectType: 'user', subjectId: account.id, requestId });
      }
    } else if (account.role !== change.role) {
      refuseOwn(actor, account, 'change the role of');
      if (!roleFitsAccount(change.role, account)) {
        throw problems.unprocessable(
          'role-does-not-fit-account',
          'Staff accounts switch between admin and coach; an employer contact or a worker account keeps its role.',
          [
            {
              field: 'role',
              code: 'role-does-not-fit-account',
              message: `does not fit an account ${account.employer ? 'tied to an employer' : account.worker ? 'tied to a worker' : 'of the staff'}`,
            },
          ],
        );
      }
      recordAudit(tx, {
        actor,
        action: 'account.role-changed',
        subjectType: 'user',
        subjectId: account.id,
        requestId,
        details: { from: account.role, to: change.role },
      });
      // The role is read from the database on every request: the change holds from the next one.
      account.role = change.role;
    }
    return account;
  });
}

/** Sends a new invitation (the previous link stops working); refused once a password was chosen with one. */
export async function resendInvitation(deps: ApiDeps, actor: Principal, accountId: string, requestId: string): Promise<IUserAccount> {
  const em = deps.orm.em.fork();
  return em.transactional(async (tx) => {
    const account = await findAccount(tx, accountId);
    if (account.invitationUsedAt || account.passwordHash !== UNUSABLE_PASSWORD_HASH) {
      throw problems.conflict(
        'invitation-already-used',
        'This account already has a password: the person signs in with it (or an administrator disables the account).',
      );
    }
    if (account.disabledAt) throw problems.unprocessable('account-disabled', 'The account is disabled: enable it before inviting again.');
    const worker = account.worker ? await tx.findOne(Worker, { id: account.worker }) : null;
    const channel = await sendInvitation(tx, deps, account, { language: (worker?.preferredLanguage as 'fr' | 'nl' | 'en' | undefined) ?? null });
    recordAudit(tx, {
      actor,
      action: 'account.invitation-resent',
      subjectType: 'user',
      subjectId: account.id,
      workerId: null,
      requestId,
      details: { channel },
    });
    return account;
  });
}
