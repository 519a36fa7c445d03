import { randomUUID } from 'node:crypto';
import { isoWeeksTouchingMonth } from '../../domain/payroll-runs/hours-in-period';
import { addDays, isoDayOfWeek } from '../../domain/time/dates';
import { datesOfIsoWeek } from '../../domain/time/iso-week';
import type { TimesheetEntry } from '../../domain/timesheets/timesheet-entry';
import type { FieldCipher } from '../../platform/crypto/field-cipher';
import type { TestDatabase } from './database';
import { giveNationalNumber, insertPlacement, insertWorker, makePlaceable } from './fixtures';

export interface PaidWorkerOptions {
  firstName?: string;
  language?: 'fr' | 'nl' | 'en';
  iban?: string | null;
  /** Months whose weeks are approved (every weekday, hoursPerDay). */
  months: string[];
  hoursPerDay?: number;
  /** A week left submitted, not approved. */
  submittedWeek?: string;
  taxSituation?: Record<string, unknown> | null;
}

/**
 * A worker with a contract (Dimona acknowledged), a placement linked to it and approved weeks
 * covering the given months, as the timesheet workflow leaves them.
 */
export async function workerWithApprovedMonths(db: TestDatabase, cipher: FieldCipher, o: PaidWorkerOptions) {
  const workerId = await insertWorker(db, { firstName: o.firstName ?? 'Amina', preferredLanguage: o.language ?? 'fr' });
  const niss = await giveNationalNumber(db, cipher, workerId);
  const start = addDays(`${o.months[0]}-01`, -10);
  const end = addDays(`${o.months[o.months.length - 1]}-28`, 40);
  const contractId = await makePlaceable(db, workerId, { startDate: start, endDate: end });
  const { placementId, employerId, contactId } = await insertPlacement(db, workerId, { startDate: start, endDate: end });
  await db.query(`update placement set contract_id = $1 where id = $2`, [contractId, placementId]);
  if (o.iban !== null)
    await db.query(`update worker set iban_cipher = $1 where id = $2`, [
      cipher.encrypt(o.iban ?? 'BE68539007547034', { table: 'worker', column: 'iban_cipher', id: workerId }),
      workerId,
    ]);
  if (o.taxSituation !== null && o.taxSituation !== undefined) {
    const situationId = randomUUID();
    await db.query(
      `insert into worker_tax_situation (id, worker_id, effective_from, situation_cipher, status, recorded_by, recorded_by_role, recorded_at, confirmed_by, confirmed_at)
       values ($1, $2, '2021-01-01', $3, 'confirmed', 'test', 'admin', now() - interval '400 days', 'test', now() - interval '400 days')`,
      [situationId, workerId, cipher.encrypt(JSON.stringify(o.taxSituation), { table: 'worker_tax_situation', column: 'situation_cipher', id: situationId })],
    );
  }
  const weeks = [...new Set(o.months.flatMap(isoWeeksTouchingMonth))];
  const timesheetIds: Record<string, string> = {};
  for (const week of weeks) {
    const entries: TimesheetEntry[] = datesOfIsoWeek(week)
      .filter((d) => isoDayOfWeek(d) <= 5 && d >= start && d <= end)
      .map((date) => ({ date, hours: o.hoursPerDay ?? 7.6, kind: 'regular' }));
    timesheetIds[week] = await insertWeek(db, placementId, week, entries, o.submittedWeek === week ? 'submitted' : 'approved');
  }
  return { workerId, niss, contractId, placementId, employerId, contactId, timesheetIds };
}

export async function insertWeek(
  db: TestDatabase,
  placementId: string,
  week: string,
  entries: TimesheetEntry[],
  status: string,
  version = 1,
  supersedes: string | null = null,
): Promise<string> {
  const id = randomUUID();
  const minutes = entries.reduce((s, e) => s + Math.round((e.hours ?? 0) * 60), 0);
  await db.query(
    `insert into timesheet (id, placement_id, iso_week, version, status, entries, totals_by_kind, total_minutes, submitted_at, decided_at, decided_by, decision_via, supersedes, created_at)
     values ($1, $2, $3, $4, $5, $6, '{}', $7, now(), $8, $9, $10, $11, now())`,
    [
      id,
      placementId,
      week,
      version,
      status,
      JSON.stringify(entries),
      minutes,
      status === 'approved' ? new Date() : null,
      status === 'approved' ? 'employer' : null,
      status === 'approved' ? 'account' : null,
      supersedes,
    ],
  );
  return id;
}
