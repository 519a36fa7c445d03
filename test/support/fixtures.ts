import { randomUUID } from 'node:crypto';
import { Employer, EmploymentContract, JobRequest, Placement, UserAccount, Worker } from '../../db/entities';
import type { FieldCipher } from '../../platform/crypto/field-cipher';
import { nissCheckDigits } from '../../domain/identifiers';
import type { TestDatabase } from './database';

/** A worker row as registration leaves it, for tests that start after registration. */
export async function insertWorker(db: TestDatabase, fields: Partial<{ firstName: string; preferredLanguage: string }> = {}): Promise<string> {
  const em = db.orm.em.fork();
  const id = randomUUID();
  em.create(Worker, {
    id,
    code: `W-${id.slice(0, 6).toUpperCase()}`,
    firstName: fields.firstName ?? 'Amina',
    displayName: 'Amina B.',
    preferredLanguage: fields.preferredLanguage ?? 'fr',
    languagesSpoken: ['fr'],
    skills: [],
    sectorsWanted: ['care'],
    onboardingStatus: 'awaiting-consent',
    documentsChecked: [],
  });
  await em.flush();
  return id;
}

export interface ContractFixture {
  startDate: string;
  endDate: string;
  status?: string;
}

/** A drafted contract row for `workerId`, as the API writes it before starting the workflow. */
export async function insertContract(db: TestDatabase, workerId: string, c: ContractFixture): Promise<string> {
  const em = db.orm.em.fork();
  const id = randomUUID();
  em.create(EmploymentContract, {
    id,
    worker: workerId,
    status: c.status ?? 'awaiting-signatures',
    sector: 'care',
    jobTitle: 'Aide-soignante',
    jointCommittee: '330',
    workerCategory: 'white-collar',
    hourlyWageCents: 1650,
    weeklyHours: 30,
    startDate: c.startDate,
    endDate: c.endDate,
    language: 'fr',
  });
  await em.flush();
  return id;
}

let nationalNumbersIssued = 0;
const firstBirthDay = Math.floor(Math.random() * 5000);
/**
 * A valid national number, different at each call within a test process: each call takes the
 * next birth day after a random start (born between 1950 and 1999), so none repeats.
 */
export function freshNationalNumber(): string {
  const n = nationalNumbersIssued++;
  const birth = new Date(Date.UTC(1950, 0, 1) + (firstBirthDay + n) * 86_400_000);
  const yymmdd = `${String(birth.getUTCFullYear() % 100).padStart(2, '0')}${String(birth.getUTCMonth() + 1).padStart(2, '0')}${String(birth.getUTCDate()).padStart(2, '0')}`;
  const first9 = `${yymmdd}${String((n % 997) + 1).padStart(3, '0')}`;
  return `${first9}${nissCheckDigits(first9, 1900)}`;
}

/** Gives a fixture worker an encrypted national number, as registration would; answers it. */
export async function giveNationalNumber(db: TestDatabase, cipher: FieldCipher, workerId: string, digits = freshNationalNumber()): Promise<string> {
  const em = db.orm.em.fork();
  const w = await em.findOneOrFail(Worker, { id: workerId });
  w.nationalNumberCipher = cipher.encrypt(digits, { table: 'worker', column: 'national_number_cipher', id: workerId });
  w.nationalNumberHash = cipher.blindIndex('niss', digits);
  w.nationalNumberKind = 'niss';
  await em.flush();
  return digits;
}

/** An employer with one contact account, a job request and a placement row, as the API writes them. */
export async function insertPlacement(db: TestDatabase, workerId: string, p: { startDate: string; endDate: string; contactEmail?: string; status?: string }) {
  const em = db.orm.em.fork();
  const employerId = randomUUID();
  const jobRequestId = randomUUID();
  const placementId = randomUUID();
  const contactId = randomUUID();
  em.create(Employer, {
    id: employerId,
    legalName: 'Résidence Test ASBL',
    enterpriseNumber: String(Math.floor(Math.random() * 1e10)).padStart(10, '0'),
    sector: 'care',
    jointCommittee: '330',
    address: null,
    invoicingEmail: null,
    peppolId: null,
    onssNumber: null,
  });
  em.create(UserAccount, {
    id: contactId,
    email: p.contactEmail ?? `contact-${contactId.slice(0, 8)}@employer.test`,
    passwordHash: 'x',
    role: 'employer',
    displayName: 'Claire',
    employer: employerId,
    worker: null,
  });
  em.create(JobRequest, {
    id: jobRequestId,
    employer: employerId,
    occupation: 'aide-soignant',
    sector: 'care',
    headcount: 1,
    hoursPerWeek: 30,
    startDate: p.startDate,
    endDate: p.endDate,
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
    startDate: p.startDate,
    endDate: p.endDate,
    payRateCents: 1650,
    billingMode: 'coefficient',
    billingCoefficient: 1.8,
    billRateCents: 2970,
    status: p.status ?? 'active',
  });
  await em.flush();
  return { employerId, jobRequestId, placementId, contactId };
}

/** Makes a fixture worker legally placeable: a permit, and an active contract with an acknowledged Dimona IN. */
export async function makePlaceable(db: TestDatabase, workerId: string, period: { startDate: string; endDate: string }): Promise<string> {
  const em = db.orm.em.fork();
  const worker = await em.findOneOrFail(Worker, { id: workerId });
  worker.onboardingStatus = 'ready';
  worker.permitIssuingAuthority = 'Brussels Region';
  worker.permitValidFrom = period.startDate;
  worker.permitValidUntil = period.endDate;
  await em.flush();
  const contractId = await insertContract(db, workerId, { ...period, status: 'active' });
  await db.query(`update employment_contract set signed_by_worker_at = now(), signed_by_cooperative_at = now() where id = $1`, [contractId]);
  await db.query(
    `insert into dimona_declaration (id, contract_id, action, idempotency_key, status, onss_reference, period_id, payload_cipher, anomalies, submitted_at)
     values ($1, $2, 'IN', $3, 'accepted', 'REF', 'PERIOD', 'x', '[]', now())`,
    [randomUUID(), contractId, `${contractId}:IN`],
  );
  return contractId;
}
