import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { Principal } from '../../domain/access/roles';
import { validateEnterpriseNumber } from '../../domain/identifiers';
import { rankCandidates, type CandidateFacts } from '../../domain/placements/matching';
import { validateJobRequest } from '../../domain/placements/job-request';
import { recordAudit } from '../../db/audit';
import { Employer, EmploymentContract, JobRequest, Placement, UserAccount, Worker, type IEmployer, type IJobRequest } from '../../db/entities';
import type { ApiDeps } from '../deps';
import { UNUSABLE_PASSWORD_HASH } from '../http/passwords';
import { problems } from '../http/problem';
import { todayInBrussels } from '../workers/clock';
import { sendInvitation } from '../accounts/invitations';
import { emailHashesOf } from '../accounts/account-records';
import type { createJobRequest, employerView, jobRequestView, registerEmployerRequest } from './schemas';

/**
 * Registers an employer and its contacts. Each contact gets an employer account without a
 * password and a single-purpose invitation to choose one; the row, the accounts and the audit
 * entry are written in one transaction.
 */
export async function registerEmployer(deps: ApiDeps, actor: Principal, input: z.infer<typeof registerEmployerRequest>, requestId: string) {
  const enterprise = validateEnterpriseNumber(input.enterpriseNumber);
  if (!enterprise.ok) throw problems.validation([{ field: 'enterpriseNumber', code: `enterprise-number-${enterprise.code}`, message: enterprise.message }]);
  const em = deps.orm.em.fork();
  const emails = input.contacts.map((c) => c.email.toLowerCase());
  const hashes = emails.map((e) => emailHashesOf(deps.cipher, e));
  const taken = await em.find(UserAccount, { $or: [{ email: { $in: emails } }, { emailHash: { $in: hashes.flat() } }] }, { fields: ['email', 'emailHash'] });
  if (taken.length) {
    throw problems.conflict(
      'contact-already-has-account',
      'A contact e-mail already belongs to an account.',
      taken.map((t) => ({
        field: `contacts.${t.email ? emails.indexOf(t.email) : hashes.findIndex((forms) => forms.includes(t.emailHash ?? ''))}.email`,
        code: 'contact-already-has-account',
        message: 'already has an account',
      })),
    );
  }
  const id = randomUUID();
  const contacts = input.contacts.map((c) => ({ userId: randomUUID(), email: c.email.toLowerCase(), name: c.name, language: c.language ?? null }));
  try {
    await em.transactional(async (tx) => {
      tx.create(Employer, {
        id,
        legalName: input.legalName,
        enterpriseNumber: enterprise.value.digits,
        onssNumber: input.onssNumber ?? null,
        sector: input.sector,
        jointCommittee: input.jointCommittee,
        language: input.language,
        address: input.address,
        invoicingEmail: input.invoicing.email ?? null,
        peppolId: input.invoicing.peppolId ?? null,
      });
      // The invitation goes to the contact alone, through the outbox: the administrator who
      // registers the employer never holds the secret (the outbox shows that it went, not the link).
      for (const c of contacts) {
        const account = tx.create(UserAccount, {
          id: c.userId,
          email: c.email,
          passwordHash: UNUSABLE_PASSWORD_HASH,
          role: 'employer',
          displayName: c.name,
          employer: id,
          worker: null,
          language: c.language,
        });
        await sendInvitation(tx, deps, account, {
          language: c.language ?? input.language,
          lead: {
            fr: `${input.legalName} travaille avec TalentCoop.`,
            nl: `${input.legalName} werkt met TalentCoop.`,
            en: `${input.legalName} works with TalentCoop.`,
          },
        });
      }
      recordAudit(tx, { actor, action: 'employer.registered', subjectType: 'employer', subjectId: id, requestId, details: { contacts: contacts.length } });
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException && String(err.message).includes('enterprise_number')) {
      throw problems.conflict('employer-already-registered', 'An employer with this enterprise number is already registered.', [
        { field: 'enterpriseNumber', code: 'employer-already-registered', message: 'is already registered' },
      ]);
    }
    throw err;
  }
  const employer = await em.findOneOrFail(Employer, { id });
  return {
    ...toEmployerView(employer),
    contacts: contacts.map((c) => ({ userId: c.userId, email: c.email, invitationSent: true })),
  };
}

export function toEmployerView(e: IEmployer): z.infer<typeof employerView> {
  return {
    id: e.id,
    legalName: e.legalName,
    enterpriseNumber: e.enterpriseNumber,
    vatNumber: `BE${e.enterpriseNumber}`,
    onssNumber: e.onssNumber ?? null,
    sector: e.sector,
    jointCommittee: e.jointCommittee,
    language: e.language as 'fr' | 'nl' | 'en',
    address: e.address ?? null,
    invoicing: { email: e.invoicingEmail ?? null, peppolId: e.peppolId ?? null },
  };
}

/** An employer the principal may see: admins all, an employer contact their own; others are told it does not exist. */
export async function findVisibleEmployer(em: EntityManager, principal: Principal, employerId: string): Promise<IEmployer> {
  const visible = principal.role === 'admin' || (principal.role === 'employer' && principal.employerId === employerId);
  const employer = visible ? await em.findOne(Employer, { id: employerId }) : null;
  if (!employer) throw problems.notFound('employer');
  return employer;
}

export async function findVisibleJobRequest(em: EntityManager, principal: Principal, jobRequestId: string): Promise<IJobRequest> {
  const request = await em.findOne(JobRequest, { id: jobRequestId });
  const visible = request && (principal.role === 'admin' || (principal.role === 'employer' && principal.employerId === request.employer));
  if (!visible) throw problems.notFound('job request');
  return request;
}

export async function createJobRequestFor(deps: ApiDeps, actor: Principal, employerId: string, input: z.infer<typeof createJobRequest>, requestId: string) {
  const em = deps.orm.em.fork();
  await findVisibleEmployer(em, actor, employerId);
  const violations = validateJobRequest(input, todayInBrussels());
  if (violations.length) throw problems.unprocessable(violations[0]!.code, violations.map((v) => `${v.field}: ${v.message}`).join('; '), violations);
  const id = randomUUID();
  await em.transactional(async (tx) => {
    tx.create(JobRequest, { id, employer: employerId, ...input, status: 'open' });
    recordAudit(tx, { actor, action: 'job-request.created', subjectType: 'job-request', subjectId: id, requestId });
  });
  return toJobRequestView(await em.findOneOrFail(JobRequest, { id }));
}

export function toJobRequestView(r: IJobRequest): z.infer<typeof jobRequestView> {
  return {
    id: r.id,
    employerId: r.employer,
    occupation: r.occupation,
    sector: r.sector,
    headcount: r.headcount,
    hoursPerWeek: Number(r.hoursPerWeek),
    startDate: r.startDate,
    endDate: r.endDate,
    requiredSkills: r.requiredSkills,
    requiredLanguages: r.requiredLanguages,
    offeredHourlyWageCents: r.offeredHourlyWageCents,
    status: r.status,
  };
}

/** Every worker still with the cooperative, with the facts that decide whether they can be placed. */
export async function candidatesFor(em: EntityManager, request: IJobRequest) {
  const workers = await em.find(Worker, { erasedAt: null });
  const contracts = await em.find(EmploymentContract, { status: 'active' }, { fields: ['worker', 'startDate', 'endDate'] });
  const placements = await em.find(Placement, { status: { $in: ['accepted', 'blocked', 'active'] } }, { fields: ['worker', 'startDate', 'endDate'] });
  const facts: CandidateFacts[] = workers.map((w) => ({
    workerId: w.id,
    code: w.code,
    firstName: w.firstName,
    skills: w.skills,
    languagesSpoken: w.languagesSpoken,
    sectorsWanted: w.sectorsWanted,
    onboardingStatus: w.onboardingStatus,
    workAuthorisation:
      w.permitValidFrom && w.permitValidUntil
        ? { issuingAuthority: w.permitIssuingAuthority ?? '', validFrom: w.permitValidFrom, validUntil: w.permitValidUntil }
        : null,
    activeContracts: contracts.filter((c) => c.worker === w.id).map((c) => ({ startDate: c.startDate, endDate: c.endDate })),
    busyPeriods: placements.filter((p) => p.worker === w.id).map((p) => ({ startDate: p.startDate, endDate: p.endDate })),
  }));
  return rankCandidates(request, facts);
}
