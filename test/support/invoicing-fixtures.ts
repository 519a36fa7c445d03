import { randomUUID } from 'node:crypto';
import { Employer, JobRequest, Placement, Timesheet, UserAccount, Worker } from '../../db/entities';
import type { WorkKind } from '../../domain/timesheets/timesheet-entry';
import type { TestDatabase } from './database';
import { freshEnterpriseNumber } from './journeys';

export interface BillableEmployer {
  employerId: string;
  enterpriseNumber: string;
  placementId: string;
  workerId: string;
  workerCode: string;
  contactEmail: string;
}

/**
 * An employer (valid enterprise number, address), a worker placed with it at a bill rate, as the
 * API leaves them after registration, matching and acceptance: the start of billing.
 */
export async function insertBillableEmployer(
  db: TestDatabase,
  opts: { name?: string; billRateCents?: number; peppolId?: string | null } = {},
): Promise<BillableEmployer> {
  const em = db.orm.em.fork();
  const employerId = randomUUID();
  const workerId = randomUUID();
  const jobRequestId = randomUUID();
  const placementId = randomUUID();
  const enterpriseNumber = freshEnterpriseNumber();
  const workerCode = `W-${workerId.slice(0, 6).toUpperCase()}`;
  const contactEmail = `billing-${employerId.slice(0, 8)}@employer.test`;
  em.create(Employer, {
    id: employerId,
    legalName: opts.name ?? 'Résidence Les Tilleuls ASBL',
    enterpriseNumber,
    sector: 'care',
    jointCommittee: '330',
    address: { street: 'Avenue Rogier', houseNumber: '10', postalCode: '1030', city: 'Schaerbeek', country: 'BE' },
    invoicingEmail: null,
    peppolId: opts.peppolId ?? null,
    onssNumber: null,
  });
  em.create(UserAccount, {
    id: randomUUID(),
    email: contactEmail,
    passwordHash: 'x',
    role: 'employer',
    displayName: 'Claire',
    employer: employerId,
    worker: null,
  });
  em.create(Worker, {
    id: workerId,
    code: workerCode,
    firstName: 'Amina',
    displayName: 'Amina B.',
    preferredLanguage: 'fr',
    languagesSpoken: ['fr'],
    skills: [],
    sectorsWanted: ['care'],
    onboardingStatus: 'ready',
    documentsChecked: [],
  });
  em.create(JobRequest, {
    id: jobRequestId,
    employer: employerId,
    occupation: 'aide-soignante',
    sector: 'care',
    headcount: 1,
    hoursPerWeek: 30,
    startDate: '2026-09-01',
    endDate: '2027-06-30',
    siteAddress: { street: 'Rue', houseNumber: '1', postalCode: '1030', city: 'Schaerbeek' },
    requiredSkills: [],
    requiredLanguages: [],
    offeredHourlyWageCents: 1650,
    comparableStaffHourlyWageCents: 1650,
    status: 'open',
  });
  em.create(Placement, {
    id: placementId,
    jobRequest: jobRequestId,
    employer: employerId,
    worker: workerId,
    contract: null,
    startDate: '2026-09-01',
    endDate: '2027-06-30',
    payRateCents: 1650,
    billingMode: 'fixed',
    billingCoefficient: null,
    billRateCents: opts.billRateCents ?? 2970,
    status: 'active',
  });
  await em.flush();
  return { employerId, enterpriseNumber, placementId, workerId, workerCode, contactEmail };
}

/** An approved version of a week, as the timesheet workflow leaves it (a correction supersedes the previous version). */
export async function insertApprovedWeek(
  db: TestDatabase,
  placementId: string,
  isoWeek: string,
  minutesByKind: Partial<Record<WorkKind, number>>,
  version = 1,
): Promise<string> {
  const em = db.orm.em.fork();
  const id = randomUUID();
  let supersedes: string | null = null;
  if (version > 1) {
    const previous = await em.findOneOrFail(Timesheet, { placement: placementId, isoWeek, version: version - 1 });
    supersedes = previous.id;
    previous.status = 'superseded';
  }
  const totalsByKind = { regular: 0, overtime: 0, night: 0, sunday: 0, 'public-holiday': 0, ...minutesByKind };
  em.create(Timesheet, {
    id,
    placement: placementId,
    isoWeek,
    version,
    status: 'approved',
    entries: [],
    totalsByKind,
    totalMinutes: Object.values(totalsByKind).reduce((a, b) => a + b, 0),
    submittedAt: new Date(),
    submittedBy: 'worker',
    decidedAt: new Date(),
    decidedBy: 'employer',
    decisionVia: 'account',
    supersedes,
    correctionReason: version > 1 ? 'hours corrected' : null,
  });
  await em.flush();
  return id;
}
