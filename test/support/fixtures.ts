import { randomUUID } from 'node:crypto';
import { EmploymentContract, Worker } from '../../db/entities';
import type { FieldCipher } from '../../platform/crypto/field-cipher';
import { nissCheckDigits } from '../../domain/identifiers';
import type { TestDatabase } from './database';

/** A worker row as registration leaves it, for tests that start after registration. */
export async function insertWorker(db: TestDatabase, fields: Partial<{ firstName: string; preferredLanguage: string }> = {}): Promise<string> {
  const em = db.orm.em.fork();
  const id = randomUUID();
  em.create(Worker, {
    id, code: `W-${id.slice(0, 6).toUpperCase()}`, firstName: fields.firstName ?? 'Amina', displayName: 'Amina B.',
    preferredLanguage: fields.preferredLanguage ?? 'fr', languagesSpoken: ['fr'], skills: [], sectorsWanted: ['care'],
    onboardingStatus: 'awaiting-consent', documentsChecked: [],
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
    id, worker: workerId, status: c.status ?? 'awaiting-signatures', sector: 'care', jobTitle: 'Aide-soignante', jointCommittee: '330',
    workerCategory: 'white-collar', hourlyWageCents: 1650, weeklyHours: 30, startDate: c.startDate, endDate: c.endDate, language: 'fr',
  });
  await em.flush();
  return id;
}

/** A valid national number of someone born in 1985, different at each call. */
export function freshNationalNumber(): string {
  const first9 = `850730${String(Math.floor(Math.random() * 998) + 1).padStart(3, '0')}`;
  return `${first9}${nissCheckDigits(first9, 1900)}`;
}

/** Gives a fixture worker an encrypted national number, as registration would; answers it. */
export async function giveNationalNumber(db: TestDatabase, cipher: FieldCipher, workerId: string, digits = freshNationalNumber()): Promise<string> {
  const em = db.orm.em.fork();
  const w = await em.findOneOrFail(Worker, { id: workerId });
  w.nationalNumberCipher = cipher.encrypt(digits);
  w.nationalNumberHash = cipher.blindIndex('niss', digits);
  w.nationalNumberKind = 'niss';
  await em.flush();
  return digits;
}
