import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { nissCheckDigits } from '../../domain/identifiers';
import { isoWeeksTouchingMonth } from '../../domain/payroll-runs/hours-in-period';
import { addDays, firstDayOfMonth, isoDayOfWeek, lastDayOfMonth } from '../../domain/time/dates';
import { datesOfIsoWeek } from '../../domain/time/iso-week';
import type { FieldCipher } from '../../platform/crypto/field-cipher';
import { fieldsOf } from '../../platform/crypto/field-cipher';

/**
 * A population of workers with a month of approved hours, written straight into the tables in
 * bulk (the API would take minutes for 10,000): for the payroll benchmark and the crash test.
 * Deterministic for a given seed, so two databases can hold the same population.
 */
export interface PopulationOptions {
  count: number;
  period: string;
  /** Makes the ids and figures reproducible: the same seed gives the same rows. */
  seed: string;
  employers?: number;
  /** The placements' (and contracts') first and last days; by default from 40 days before the period to 60 after. */
  placementDates?: { start: string; end: string };
  /** False: no approved weeks are written (a benchmark that has the weeks go through their process). */
  approvedWeeks?: boolean;
}

export interface PopulationWorker {
  workerId: string;
  contractId: string;
  placementId: string;
  employerId: string;
}

function uuidFrom(seed: string, kind: string, n: number): string {
  // A v4-shaped id derived from the seed (not random), so populations repeat exactly.
  const bytes = [...createHash('sha256').update(`${seed}:${kind}:${n}`).digest().subarray(0, 16)];
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const IBANS = ['BE68539007547034', 'BE71096123456769', 'BE62510007547061', 'BE43068999999501'];

export async function seedPayrollPopulation(em: EntityManager, cipher: FieldCipher, opts: PopulationOptions): Promise<PopulationWorker[]> {
  const employers = opts.employers ?? Math.max(1, Math.min(50, Math.ceil(opts.count / 200)));
  const first = firstDayOfMonth(opts.period);
  const last = lastDayOfMonth(opts.period);
  const start = opts.placementDates?.start ?? addDays(first, -40);
  const end = opts.placementDates?.end ?? addDays(last, 60);
  const conn = em.getConnection();
  const employerIds: string[] = [];
  for (let e = 0; e < employers; e++) {
    const id = uuidFrom(opts.seed, 'employer', e);
    employerIds.push(id);
    await conn.execute(
      `insert into employer (id, legal_name, enterprise_number, onss_number, sector, joint_committee, address, invoicing_email, peppol_id, created_at)
       values (?, ?, ?, null, 'care', '330', null, null, null, now()) on conflict do nothing`,
      [
        id,
        `Employer ${e + 1} (${opts.seed})`,
        String((parseInt(uuidFrom(opts.seed, 'enterprise', e).replace(/-/g, '').slice(0, 12), 16) % 9_000_000_000) + 1_000_000_000).slice(0, 10),
      ],
    );
  }
  const people: PopulationWorker[] = [];
  const batch = 500;
  for (let from = 0; from < opts.count; from += batch) {
    const workers: unknown[] = [];
    const contracts: unknown[] = [];
    const jobs: unknown[] = [];
    const placements: unknown[] = [];
    const timesheets: unknown[] = [];
    const situations: unknown[] = [];
    for (let n = from; n < Math.min(opts.count, from + batch); n++) {
      const workerId = uuidFrom(opts.seed, 'worker', n);
      const contractId = uuidFrom(opts.seed, 'contract', n);
      const jobId = uuidFrom(opts.seed, 'job', n);
      const placementId = uuidFrom(opts.seed, 'placement', n);
      const employerId = employerIds[n % employers]!;
      people.push({ workerId, contractId, placementId, employerId });
      const first9 = `${String(60 + (n % 40)).padStart(2, '0')}${String((n % 12) + 1).padStart(2, '0')}${String((n % 28) + 1).padStart(2, '0')}${String((n % 997) + 1).padStart(3, '0')}`;
      const niss = `${first9}${nissCheckDigits(first9, 1900)}`;
      const code = `P${uuidFrom(opts.seed, 'code', n).replace(/-/g, '').slice(0, 9).toUpperCase()}`;
      const iban = n % 50 === 7 ? null : IBANS[n % IBANS.length]!;
      const field = fieldsOf('worker', workerId);
      workers.push([
        workerId,
        code,
        `Worker${n}`,
        `Worker${n} P.`,
        n % 3 === 0 ? 'nl' : 'fr',
        cipher.encrypt(niss, field('national_number_cipher')),
        iban ? cipher.encrypt(iban, field('iban_cipher')) : null,
        cipher.encrypt(
          JSON.stringify({ street: 'Rue', houseNumber: String(n), postalCode: '1000', city: 'Bruxelles', country: 'BE' }),
          field('address_cipher'),
        ),
      ]);
      const blue = n % 4 === 1;
      const partTime = n % 5 === 2;
      const wage = 1450 + (n % 40) * 10;
      contracts.push([
        contractId,
        workerId,
        blue ? 'construction' : 'care',
        blue ? 'Ouvrier' : 'Aide-soignant',
        blue ? '124' : '330',
        blue ? 'blue-collar' : 'white-collar',
        wage,
        partTime ? 19 : 38,
        start,
        end,
      ]);
      jobs.push([jobId, employerId, blue ? 'construction' : 'care', partTime ? 19 : 38, start, end, wage]);
      placements.push([placementId, jobId, employerId, workerId, contractId, start, end, wage, Math.round(wage * 1.8)]);
      for (const week of opts.approvedWeeks === false ? [] : isoWeeksTouchingMonth(opts.period)) {
        const entries = datesOfIsoWeek(week)
          .filter((d) => isoDayOfWeek(d) <= (partTime ? 3 : 5))
          .map((date) => ({ date, hours: partTime ? 6.25 : 7.6, kind: 'regular' as const }));
        if (n % 7 === 3) entries.push({ date: datesOfIsoWeek(week)[4]!, hours: 2, kind: 'overtime' as never });
        const minutes = entries.reduce((s, e) => s + Math.round(e.hours * 60), 0);
        timesheets.push([uuidFrom(opts.seed, `ts:${week}`, n), placementId, week, JSON.stringify(entries), minutes]);
      }
      if (n % 10 !== 4) {
        const situationId = uuidFrom(opts.seed, 'tax', n);
        situations.push([
          situationId,
          workerId,
          '2021-01-01',
          cipher.encrypt(
            JSON.stringify({
              family: n % 3 === 0 ? 'couple-one-income' : 'single',
              dependentChildren: n % 4,
              disabledChildren: 0,
              otherDependantsUnder65: 0,
              dependantsAged65OrMore: 0,
              claimsSingleReductions: n % 3 !== 0,
            }),
            { table: 'worker_tax_situation', column: 'situation_cipher', id: situationId },
          ),
        ]);
      }
    }
    const values = (rows: unknown[], width: number) => rows.map(() => `(${Array(width).fill('?').join(', ')})`).join(', ');
    await em.transactional(async (tx) => {
      const c = tx.getConnection();
      const ctx = tx.getTransactionContext();
      await c.execute(
        `insert into worker (id, code, first_name, display_name, preferred_language, languages_spoken, skills, sectors_wanted, national_number_cipher, iban_cipher, address_cipher, onboarding_status, documents_checked, created_at, updated_at, permit_valid_until)
         select v.id::uuid, v.code, v.fn, v.dn, v.lang, '["fr"]', '[]', '["care"]', v.niss, v.iban, v.addr, 'ready', '[]', now(), now(), '2099-12-31'
           from (values ${values(workers, 8)}) as v(id, code, fn, dn, lang, niss, iban, addr) on conflict do nothing`,
        workers.flat() as unknown[],
        'run',
        ctx,
      );
      await c.execute(
        `insert into employment_contract (id, worker_id, status, sector, job_title, joint_committee, worker_category, hourly_wage_cents, weekly_hours, start_date, end_date, language, signed_by_worker_at, signed_by_cooperative_at, created_at, updated_at)
         select v.id::uuid, v.w::uuid, 'active', v.s, v.j, v.jc, v.cat, v.wage::int, v.h::numeric, v.sd::date, v.ed::date, 'fr', now(), now(), now(), now()
           from (values ${values(contracts, 10)}) as v(id, w, s, j, jc, cat, wage, h, sd, ed) on conflict do nothing`,
        contracts.flat() as unknown[],
        'run',
        ctx,
      );
      await c.execute(
        `insert into job_request (id, employer_id, occupation, sector, headcount, hours_per_week, start_date, end_date, site_address, required_skills, required_languages, offered_hourly_wage_cents, comparable_staff_hourly_wage_cents, status, created_at)
         select v.id::uuid, v.e::uuid, 'work', v.s, 1, v.h::numeric, v.sd::date, v.ed::date, '{"street":"Rue","houseNumber":"1","postalCode":"1000","city":"Bruxelles"}', '[]', '[]', v.wage::int, v.wage::int, 'filled', now()
           from (values ${values(jobs, 7)}) as v(id, e, s, h, sd, ed, wage) on conflict do nothing`,
        jobs.flat() as unknown[],
        'run',
        ctx,
      );
      await c.execute(
        `insert into placement (id, job_request_id, employer_id, worker_id, contract_id, start_date, end_date, pay_rate_cents, billing_mode, billing_coefficient, bill_rate_cents, status, created_at, updated_at)
         select v.id::uuid, v.j::uuid, v.e::uuid, v.w::uuid, v.c::uuid, v.sd::date, v.ed::date, v.pay::int, 'fixed', null, v.bill::int, 'active', now(), now()
           from (values ${values(placements, 9)}) as v(id, j, e, w, c, sd, ed, pay, bill) on conflict do nothing`,
        placements.flat() as unknown[],
        'run',
        ctx,
      );
      if (timesheets.length > 0)
        await c.execute(
          `insert into timesheet (id, placement_id, iso_week, version, status, entries, totals_by_kind, total_minutes, submitted_at, decided_at, decided_by, decision_via, created_at)
         select v.id::uuid, v.p::uuid, v.w, 1, 'approved', v.e::jsonb, '{}', v.m::int, now(), now(), 'population', 'account', now()
           from (values ${values(timesheets, 5)}) as v(id, p, w, e, m) on conflict do nothing`,
          timesheets.flat() as unknown[],
          'run',
          ctx,
        );
      if (situations.length > 0) {
        await c.execute(
          `insert into worker_tax_situation (id, worker_id, effective_from, situation_cipher, status, recorded_by, recorded_by_role, recorded_at, confirmed_by, confirmed_at)
           select v.id::uuid, v.w::uuid, v.f::date, v.s, 'confirmed', 'population', 'admin', now(), 'population', now()
             from (values ${values(situations, 4)}) as v(id, w, f, s) on conflict do nothing`,
          situations.flat() as unknown[],
          'run',
          ctx,
        );
      }
    });
  }
  return people;
}
