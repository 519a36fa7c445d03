import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isoWeeksTouchingMonth } from '../domain/payroll-runs/hours-in-period';
import { addMonths, firstDayOfMonth, monthOf } from '../domain/time/dates';

/**
 * What a payroll run of a month has to compute, read from the records: shared by the API (is
 * there anything to pay? open the run) and the run's activities (which contracts, in chunks).
 */
export type SqlRow = Record<string, unknown>;

/** A PostgreSQL array literal: knex would spread a JavaScript array into a list of bindings. */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((v) => `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** Raw SQL in the entity manager's transaction; array bindings go as array literals (cast them: `?::uuid[]`). */
export function execSql(em: EntityManager, sql: string, params: readonly unknown[]): Promise<SqlRow[]> {
  const bindings = params.map((p) => (Array.isArray(p) ? arrayLiteral(p) : p));
  return em.getConnection().execute<SqlRow[]>(sql, bindings, 'all', em.getTransactionContext());
}
const exec = execSql;
const APPROVED = `('approved', 'deemed-approved')`;

/** How many months back a correction or a late approval is still regularised automatically. */
export const REGULARISATION_WINDOW_MONTHS = 12;

/** The months already paid (approved or finalised runs) that a run of `period` may still regularise. */
export async function regularisablePeriods(em: EntityManager, period: string): Promise<string[]> {
  const from = monthOf(addMonths(firstDayOfMonth(period), -REGULARISATION_WINDOW_MONTHS));
  const rows = await exec(
    em,
    `select period from payroll_run where status in ('approved', 'finalising', 'finalised') and period < ? and period >= ? order by period`,
    [period, from],
  );
  return rows.map((r) => r.period as string);
}

function weekPairs(periods: readonly string[]): { periods: string[]; weeks: string[] } {
  const pairs = periods.flatMap((q) => isoWeeksTouchingMonth(q).map((w) => [q, w] as const));
  return { periods: pairs.map((p) => p[0]), weeks: pairs.map((p) => p[1]) };
}

/**
 * (contract, month) pairs an earlier month's pay no longer matches: an approved timesheet version
 * with hours in that month that no payslip paid (a correction, or a week approved after the run),
 * or a tax situation confirmed after the month's last payslip and in force in it.
 */
export async function regularisationPairs(
  em: EntityManager,
  paidPeriods: readonly string[],
  contractIds: readonly string[] | null,
): Promise<{ contractId: string; period: string }[]> {
  if (paidPeriods.length === 0) return [];
  const { periods, weeks } = weekPairs(paidPeriods);
  const rows = await exec(
    em,
    `select distinct pl.contract_id::text as contract_id, q.period
       from unnest(?::text[], ?::text[]) as q(period, iso_week)
       join timesheet t on t.iso_week = q.iso_week and t.status in ${APPROVED}
       join placement pl on pl.id = t.placement_id and pl.contract_id is not null
      where (?::uuid[] is null or pl.contract_id = any(?::uuid[]))
        and not exists (select 1 from timesheet_payment tp where tp.timesheet_id = t.id and tp.period = q.period)
        and exists (select 1 from jsonb_array_elements(t.entries) e where left(e->>'date', 7) = q.period)
     union
     select distinct p.contract_id::text, p.q
       from (select contract_id, worker_id, coalesce(regularises_period, period) as q, max(issued_at) as last_issued
               from payslip where coalesce(regularises_period, period) = any(?::text[])
                 and (?::uuid[] is null or contract_id = any(?::uuid[]))
              group by 1, 2, 3) p
       join worker_tax_situation s on s.worker_id = p.worker_id and s.status = 'confirmed'
        and s.effective_from <= (to_date(p.q || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day')
        and s.confirmed_at > p.last_issued`,
    [periods, weeks, contractIds, contractIds, [...paidPeriods], contractIds, contractIds],
  );
  return rows.map((r) => ({ contractId: r.contract_id as string, period: r.period as string }));
}

/** Whether a run of `period` would pay anything: approved hours in the month, or a regularisation. */
export async function somethingToPay(em: EntityManager, period: string): Promise<boolean> {
  const weeks = isoWeeksTouchingMonth(period);
  const [row] = await exec(
    em,
    `select 1 from timesheet t join placement pl on pl.id = t.placement_id
      where t.status in ${APPROVED} and pl.contract_id is not null and t.iso_week = any(?::text[])
        and exists (select 1 from jsonb_array_elements(t.entries) e where left(e->>'date', 7) = ?) limit 1`,
    [weeks, period],
  );
  if (row) return true;
  return (await regularisationPairs(em, await regularisablePeriods(em, period), null)).length > 0;
}

/** The next `limit` contracts (by id, after `after`) that a run of `period` computes. */
export async function contractsInScope(
  em: EntityManager,
  period: string,
  paidPeriods: readonly string[],
  after: string | null,
  limit: number | null,
): Promise<string[]> {
  const { periods, weeks } = weekPairs(paidPeriods);
  const rows = await exec(
    em,
    `select contract_id from (
       select pl.contract_id from timesheet t join placement pl on pl.id = t.placement_id
        where t.status in ${APPROVED} and pl.contract_id is not null and t.iso_week = any(?::text[])
       union
       select pl.contract_id from unnest(?::text[], ?::text[]) as q(period, iso_week)
         join timesheet t on t.iso_week = q.iso_week and t.status in ${APPROVED}
         join placement pl on pl.id = t.placement_id and pl.contract_id is not null
        where not exists (select 1 from timesheet_payment tp where tp.timesheet_id = t.id and tp.period = q.period)
       union
       select p.contract_id
         from (select contract_id, worker_id, coalesce(regularises_period, period) as q, max(issued_at) as last_issued
                 from payslip where coalesce(regularises_period, period) = any(?::text[]) group by 1, 2, 3) p
         join worker_tax_situation s on s.worker_id = p.worker_id and s.status = 'confirmed'
          and s.effective_from <= (to_date(p.q || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day')
          and s.confirmed_at > p.last_issued
     ) s where (?::uuid is null or contract_id > ?::uuid) order by contract_id ${limit === null ? '' : 'limit ?'}`,
    [isoWeeksTouchingMonth(period), periods, weeks, [...paidPeriods], after, after, ...(limit === null ? [] : [limit])],
  );
  return rows.map((r) => r.contract_id as string);
}

/**
 * Opens the run of a month once: the same period again answers the same run. Null when there is
 * nothing to pay (nothing is written then).
 */
export async function openPayrollRun(
  em: EntityManager,
  period: string,
  startedBy: string,
): Promise<{ runId: string; startedBy: string; created: boolean } | null> {
  const existing = await exec(em, `select id::text, started_by from payroll_run where period = ?`, [period]);
  if (existing[0]) return { runId: existing[0].id as string, startedBy: existing[0].started_by as string, created: false };
  if (!(await somethingToPay(em, period))) return null;
  const inserted = await exec(
    em,
    `insert into payroll_run (id, period, status, started_by, started_at, progress_done, progress_total, round, rejections, updated_at)
     values (?, ?, 'collecting', ?, now(), 0, 0, 1, '[]', now()) on conflict (period) do nothing returning id::text, started_by`,
    [randomUUID(), period, startedBy],
  );
  const row = inserted[0] ?? (await exec(em, `select id::text, started_by from payroll_run where period = ?`, [period]))[0]!;
  return { runId: row.id as string, startedBy: row.started_by as string, created: inserted.length > 0 };
}
