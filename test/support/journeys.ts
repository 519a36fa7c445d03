import { addDays } from '../../domain/time/dates';
import { enterpriseNumberCheckDigits } from '../../domain/identifiers';
import { todayInBrussels } from '../../api/workers/clock';
import { freshNationalNumber } from './fixtures';
import type { TestPlatform } from './platform';

/** Polls a read until it says done (processes move on their own time); fails with what it last saw. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Registers a worker and takes them through consent, permit and documents, over HTTP. */
export async function onboardWorker(
  platform: TestPlatform,
  admin: string,
  opts: { consent?: boolean; permitUntil?: string; firstName?: string; skills?: string[]; preferredLanguage?: 'fr' | 'nl' | 'en' } = {},
) {
  const today = todayInBrussels();
  const registered = await platform.http('POST', '/api/v1/workers', {
    token: admin,
    body: {
      firstName: opts.firstName ?? 'Amina',
      displayName: `${opts.firstName ?? 'Amina'} B.`,
      preferredLanguage: opts.preferredLanguage ?? 'fr',
      nationalNumber: freshNationalNumber(),
      skills: opts.skills ?? ['elderly care'],
      languagesSpoken: ['fr'],
      sectorsWanted: ['care'],
    },
  });
  if (registered.status !== 201) throw new Error(`registration failed: ${JSON.stringify(registered.body)}`);
  const id = registered.body.id as string;
  if (opts.consent === false) return id;
  await platform.http('POST', `/api/v1/workers/${id}/consent`, { token: admin, body: { textVersion: '2026-01' } });
  await platform.http('POST', `/api/v1/workers/${id}/work-authorisation`, {
    token: admin,
    body: { permitNumber: 'BXL-1', issuingAuthority: 'Brussels Region', validFrom: today, validUntil: opts.permitUntil ?? addDays(today, 300) },
  });
  await platform.http('POST', `/api/v1/workers/${id}/documents-checked`, {
    token: admin,
    body: { items: ['identity-document', 'work-permit', 'bank-details', 'diplomas-or-skills'] },
  });
  return id;
}

/** Drafts a contract, has both sides sign it and waits for the Dimona acknowledgement (sandbox answering at once). */
export async function activeContract(platform: TestPlatform, admin: string, workerId: string, period: { startDate: string; endDate: string }) {
  const created = await platform.http('POST', `/api/v1/workers/${workerId}/contracts`, {
    token: admin,
    body: {
      sector: 'care',
      jobTitle: 'aide-soignante',
      jointCommittee: '330',
      workerCategory: 'white-collar',
      hourlyWageCents: 1650,
      weeklyHours: 30,
      ...period,
    },
  });
  if (created.status !== 201) throw new Error(`contract failed: ${JSON.stringify(created.body)}`);
  const contractId = created.body.id as string;
  const workerToken = (await platform.signIn('worker', { workerId })).token;
  await platform.http('POST', `/api/v1/contracts/${contractId}/signatures`, { token: workerToken, body: { agree: true } });
  await platform.http('POST', `/api/v1/contracts/${contractId}/signatures`, { token: admin, body: { agree: true } });
  await eventually(
    () => platform.http('GET', `/api/v1/contracts/${contractId}`, { token: admin }),
    (r) => r.body.status === 'active',
    'contract activation',
  );
  return { contractId, workerToken };
}

/**
 * An onboarded worker gets a signed, active contract from `startDate` and is proposed to the
 * employer on a new job request (care, 30 h a week), over HTTP. Answers the placement and the worker's token.
 */
export async function proposedPlacement(
  platform: TestPlatform,
  admin: string,
  employerId: string,
  workerId: string,
  startDate: string,
  endDate = '2027-06-30',
) {
  const { workerToken } = await activeContract(platform, admin, workerId, { startDate, endDate });
  const request = await platform.http('POST', `/api/v1/employers/${employerId}/job-requests`, {
    token: admin,
    body: {
      occupation: 'Aide-soignante',
      sector: 'care',
      headcount: 1,
      hoursPerWeek: 30,
      startDate,
      endDate,
      siteAddress: { street: 'Rue Haute', houseNumber: '1', postalCode: '1000', city: 'Bruxelles' },
      offeredHourlyWageCents: 1650,
      comparableStaffHourlyWageCents: 1650,
    },
  });
  const placement = await platform.http('POST', `/api/v1/job-requests/${request.body.id}/placements`, {
    token: admin,
    body: { workerId, startDate, endDate, billing: { mode: 'coefficient', coefficient: 1.8 } },
  });
  if (placement.status !== 201) throw new Error(`placement failed: ${JSON.stringify(placement.body)}`);
  return { placementId: placement.body.id as string, workerToken };
}

let enterpriseSeed = 10_000_000;
/** A valid enterprise number, different at each call. */
export function freshEnterpriseNumber(): string {
  const first8 = `0${String(enterpriseSeed++ + Math.floor(Math.random() * 1000) * 10_000).slice(-7)}`;
  return `${first8}${enterpriseNumberCheckDigits(first8)}`;
}

/** Registers an employer with one contact, who sets a password and signs in. */
export async function registerEmployerWithContact(platform: TestPlatform, admin: string, name = 'Résidence Les Tilleuls ASBL') {
  const email = `contact-${Math.random().toString(36).slice(2, 10)}@employer.test`;
  const res = await platform.http('POST', '/api/v1/employers', {
    token: admin,
    body: {
      legalName: name,
      enterpriseNumber: freshEnterpriseNumber(),
      sector: 'care',
      jointCommittee: '330',
      address: { street: 'Avenue Rogier', houseNumber: '10', postalCode: '1030', city: 'Schaerbeek' },
      contacts: [{ name: 'Claire Dubois', email }],
    },
  });
  if (res.status !== 201) throw new Error(`employer failed: ${JSON.stringify(res.body)}`);
  // The invitation reaches the contact by e-mail only: the administrator's answer holds no token.
  const mail = await platform.mail.waitFor((m) => m.to.includes(email) && m.text.includes('/set-password#'));
  const invitation = /\/set-password#([A-Za-z0-9._-]+)/.exec(mail.text)![1]!;
  const password = 'a-long-enough-password';
  const set = await platform.http('POST', '/api/v1/auth/set-password', { body: { token: invitation, password } });
  if (set.status !== 204) throw new Error(`set-password failed: ${JSON.stringify(set.body)}`);
  const login = await platform.http('POST', '/api/v1/auth/login', { body: { email, password } });
  return { employerId: res.body.id as string, token: login.body.token as string, email, invitation, registration: res.body as Record<string, unknown> };
}
