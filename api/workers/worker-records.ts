import { randomInt, randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { z } from 'zod';
import type { Principal } from '../../domain/access/roles';
import { formatIbanForPrint, formatNiss, normaliseIban, validateNiss } from '../../domain/identifiers';
import { missingForPayroll, type AlternativePayment, type OnboardingStatus, type PayrollFacts } from '../../domain/workers/onboarding';
import { payrollFactsOf } from '../../db/payroll-facts';
import { recordPayrollFactsUpdate } from '../../workflows/worker-onboarding';
import { viaWorkflow } from '../http/temporal-errors';
import { todayInBrussels } from './clock';
import { recordAudit } from '../../db/audit';
import { Worker, type IWorker } from '../../db/entities';
import { processIds } from '../../domain/process-ids';
import { workerOnboardingWorkflow } from '../../workflows/worker-onboarding';
import type { ApiDeps } from '../deps';
import { createWorkerAccount, refuseTakenSignIn } from '../accounts/account-records';
import { problems } from '../http/problem';
import { notePendingStart, startPendingProcess } from '../processes';
import type { ProcessStart } from '../../workflows/process-starts';
import type { onboardingView, RegisterWorkerRequest, workerView } from './schemas';
import { fieldsOf } from '../../platform/crypto/field-cipher';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newWorkerCode = () => `W-${Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')}`;

export const startOnboarding = (deps: ApiDeps, workerId: string) =>
  new WithStartWorkflowOperation(workerOnboardingWorkflow, {
    workflowId: processIds.workerOnboarding(workerId),
    taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
    args: [{ workerId }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });

/**
 * Registers a worker: identifiers validated, encrypted, searchable only by keyed hash, written
 * with its audit entry in one transaction; then the onboarding workflow starts.
 */
export async function registerWorker(deps: ApiDeps, actor: Principal, input: RegisterWorkerRequest, requestId: string) {
  const { cipher } = deps;
  const niss = input.nationalNumber ? validateNiss(input.nationalNumber) : null;
  // The route's schema checks it already; callers that skip the schema (the demo seed) are held to it too.
  if (niss && !niss.ok) throw problems.validation([{ field: 'nationalNumber', code: `niss-${niss.code}`, message: niss.message }]);
  const nissValue = niss?.ok ? niss.value : null;
  const nationalNumberHash = nissValue ? cipher.blindIndex('niss', nissValue.digits) : null;
  const em = deps.orm.em.fork();
  // Every version of the hash: a worker registered before a hash-key rotation is found too.
  if (nissValue && (await em.count(Worker, { nationalNumberHash: { $in: cipher.blindIndexCandidates('niss', nissValue.digits) } }))) {
    throw problems.conflict('worker-already-registered', 'A worker with this national number is already registered.', [
      { field: 'nationalNumber', code: 'worker-already-registered', message: 'is already registered' },
    ]);
  }
  const contact = { email: input.contact.email ?? null, phone: input.contact.phone ?? null };
  const withAccount = Boolean(contact.email || contact.phone);
  if (withAccount) await refuseTakenSignIn(em, cipher, contact, { email: 'contact.email', phone: 'contact.phone' });
  const id = randomUUID();
  // A worker registered with an IBAN and an address still needs a confirmed tax situation before payroll.
  const start: ProcessStart = {
    kind: 'worker-onboarding',
    input: { workerId: id, payroll: { paymentRoute: Boolean(input.iban), address: Boolean(input.address), taxSituation: false } },
  };
  const field = fieldsOf('worker', id);
  let account: { userId: string; channel: 'email' | 'sms' } | null = null;
  for (let attempt = 0; ; attempt++) {
    const code = newWorkerCode();
    try {
      account = await em.transactional(async (tx) => {
        tx.create(Worker, {
          id,
          code,
          firstName: input.firstName,
          displayName: input.displayName,
          preferredLanguage: input.preferredLanguage,
          languagesSpoken: input.languagesSpoken,
          skills: input.skills,
          sectorsWanted: input.sectorsWanted,
          contactEmailCipher: cipher.encryptOptional(input.contact.email, field('contact_email_cipher')),
          contactPhoneCipher: cipher.encryptOptional(input.contact.phone, field('contact_phone_cipher')),
          nationalNumberCipher: cipher.encryptOptional(nissValue?.digits, field('national_number_cipher')),
          nationalNumberHash,
          nationalNumberKind: nissValue?.kind ?? null,
          birthDataCipher: input.identification ? cipher.encrypt(JSON.stringify(input.identification), field('birth_data_cipher')) : null,
          addressCipher: input.address ? cipher.encrypt(JSON.stringify(input.address), field('address_cipher')) : null,
          ibanCipher: input.iban ? cipher.encrypt(normaliseIban(input.iban), field('iban_cipher')) : null,
          onboardingStatus: 'awaiting-consent' satisfies OnboardingStatus,
          documentsChecked: [],
        });
        recordAudit(tx, { actor, action: 'worker.registered', subjectType: 'worker', subjectId: id, workerId: id, requestId, details: { code } });
        notePendingStart(tx, start);
        // A worker with a contact gets an account and, through the outbox, the invitation to choose a password.
        if (!withAccount) return null;
        await tx.flush();
        const created = await createWorkerAccount(tx, deps, { id, displayName: input.displayName, preferredLanguage: input.preferredLanguage }, contact);
        recordAudit(tx, {
          actor,
          action: 'account.invited',
          subjectType: 'user',
          subjectId: created.userId,
          requestId,
          details: { role: 'worker', channel: created.channel },
        });
        return created;
      });
      break;
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
      if (String(err.message).includes('national_number_hash')) {
        throw problems.conflict('worker-already-registered', 'A worker with this national number is already registered.', [
          { field: 'nationalNumber', code: 'worker-already-registered', message: 'is already registered' },
        ]);
      }
      if (String(err.message).includes('email_hash') || String(err.message).includes('phone_hash')) {
        throw problems.conflict('contact-already-has-account', 'An e-mail or a mobile number given already signs in another account.');
      }
      if (attempt >= 5) throw err;
    }
  }
  await startPendingProcess(deps, start);
  const worker = await em.findOneOrFail(Worker, { id });
  return {
    id,
    code: worker.code,
    onboardingWorkflowId: processIds.workerOnboarding(id),
    account: account ? { userId: account.userId, invitationSentBy: account.channel } : null,
  };
}

/**
 * Loads a worker the principal may see. A worker sees only themself; anyone else is told the
 * record does not exist, so ids cannot be probed.
 */
export async function findVisibleWorker(em: EntityManager, principal: Principal, workerId: string): Promise<IWorker> {
  const visible = principal.role === 'admin' || (principal.role === 'worker' && principal.workerId === workerId);
  const worker = visible ? await em.findOne(Worker, { id: workerId, erasedAt: null }) : null;
  if (!worker) throw problems.notFound('worker');
  return worker;
}

/** The worker's file with personal data decrypted. The caller records the read in the audit log. */
/** Tells the worker's onboarding what payroll needs now, as recorded; answers the onboarding after it. */
export async function tellOnboardingPayrollFacts(
  deps: ApiDeps,
  workerId: string,
  actor: Principal,
  requestId: string,
): Promise<z.infer<typeof onboardingView>> {
  const em = deps.orm.em.fork();
  const payroll = await payrollFactsOf(em, workerId);
  const state = await viaWorkflow(() =>
    deps.temporal.workflow.executeUpdateWithStart(recordPayrollFactsUpdate, {
      args: [{ actor: { userId: actor.userId, role: actor.role }, requestId, today: todayInBrussels(), payroll }],
      startWorkflowOperation: startOnboarding(deps, workerId),
    }),
  );
  return toOnboardingView(state, payroll);
}

/** The onboarding as its process or the worker's record states it, with what payroll still needs. */
export function toOnboardingView(
  s: {
    status: OnboardingStatus;
    consent: { textVersion: string; givenAt: string } | null;
    workAuthorisation: { issuingAuthority: string; validFrom: string; validUntil: string } | null;
    documentsChecked: readonly string[];
  },
  payroll: PayrollFacts,
): z.infer<typeof onboardingView> {
  return {
    status: s.status,
    consent: s.consent ? { textVersion: s.consent.textVersion, givenAt: s.consent.givenAt } : null,
    workAuthorisation: s.workAuthorisation
      ? { issuingAuthority: s.workAuthorisation.issuingAuthority, validFrom: s.workAuthorisation.validFrom, validUntil: s.workAuthorisation.validUntil }
      : null,
    documentsChecked: [...s.documentsChecked],
    missingForPayroll: missingForPayroll(payroll),
  };
}

export function toWorkerView(w: IWorker, deps: ApiDeps, payroll: PayrollFacts): z.infer<typeof workerView> {
  const { cipher } = deps;
  const field = fieldsOf('worker', w.id);
  const nationalNumber = cipher.decryptOptional(w.nationalNumberCipher, field('national_number_cipher'));
  const iban = cipher.decryptOptional(w.ibanCipher, field('iban_cipher'));
  const json = <T>(stored: string | null | undefined, column: 'birth_data_cipher' | 'address_cipher'): T | null => {
    const clear = cipher.decryptOptional(stored, field(column));
    return clear === null ? null : (JSON.parse(clear) as T);
  };
  const email = cipher.decryptOptional(w.contactEmailCipher, field('contact_email_cipher'));
  const phone = cipher.decryptOptional(w.contactPhoneCipher, field('contact_phone_cipher'));
  return {
    id: w.id,
    code: w.code,
    firstName: w.firstName,
    displayName: w.displayName,
    preferredLanguage: w.preferredLanguage as 'fr' | 'nl' | 'en',
    languagesSpoken: w.languagesSpoken,
    skills: w.skills,
    sectorsWanted: w.sectorsWanted,
    onboarding: toOnboardingView(
      {
        status: w.onboardingStatus as OnboardingStatus,
        consent: w.consentTextVersion && w.consentGivenAt ? { textVersion: w.consentTextVersion, givenAt: w.consentGivenAt.toISOString() } : null,
        workAuthorisation:
          w.permitIssuingAuthority && w.permitValidFrom && w.permitValidUntil
            ? { issuingAuthority: w.permitIssuingAuthority, validFrom: w.permitValidFrom, validUntil: w.permitValidUntil }
            : null,
        documentsChecked: w.documentsChecked,
      },
      payroll,
    ),
    identity: {
      nationalNumber: nationalNumber ? formatNiss(nationalNumber) : null,
      nationalNumberKind: w.nationalNumberKind as 'niss' | 'bis' | null,
      identification: json(w.birthDataCipher, 'birth_data_cipher'),
      address: json(w.addressCipher, 'address_cipher'),
      iban: iban ? formatIbanForPrint(iban) : null,
      alternativePayment: (w.alternativePayment ?? null) as AlternativePayment | null,
      contact: { ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
      permitNumber: cipher.decryptOptional(w.permitNumberCipher, field('permit_number_cipher')),
    },
  };
}
