import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayslipForDeclaration } from '../domain/declarations/dmfa';
import type { PaidPayslip } from '../domain/declarations/tax-form-281-10';

/**
 * The finalised payslips of some pay periods, as the declarations read them (table `payslip` of
 * the payroll runs, CONTRACTS.md). Only payslips of finalised runs: a DmfA or a tax form is
 * built from what was issued, never from a preview. A regularisation counts in the month it
 * regularises (`regularises_period`), as the remuneration it corrects does.
 */
export async function payrollRunsNotFinalised(em: EntityManager, periods: readonly string[]): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<{ period: string }[]>(
      `select period from payroll_run where status <> 'finalised' and period in (${periods.map(() => '?').join(', ')}) order by period`,
      [...periods],
    );
  return rows.map((r) => r.period);
}

export async function readFinalisedPayslips(em: EntityManager, periods: readonly string[]): Promise<PayslipForDeclaration[]> {
  if (periods.length === 0) return [];
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select p.id, coalesce(p.regularises_period, p.period) as period, p.worker_id, p.contract_id, p.kind, p.corrects_payslip_id, p.worker_category, p.joint_committee, p.weekly_hours,
            p.full_time_weekly_hours, p.minutes_by_kind, p.days_worked, p.gross_cents, p.personal_contribution_cents, p.social_work_bonus_cents,
            p.withholding_tax_cents, p.special_contribution_cents, p.employer_contributions_cents, p.structural_reduction_cents, p.lines
       from payslip p join payroll_run r on r.id = p.run_id
      where r.status = 'finalised' and coalesce(p.regularises_period, p.period) in (${periods.map(() => '?').join(', ')})
      order by p.period, p.number`,
    [...periods],
  );
  return rows.map(toPayslipForDeclaration);
}

/** The finalised payslips of a worker paid in a calendar year (the runs of its months), for the 281.10. */
export async function readPayslipsPaidIn(em: EntityManager, year: number, workerId: string): Promise<PaidPayslip[]> {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select p.id, p.period as paid_period, coalesce(p.regularises_period, p.period) as period, p.worker_id, p.contract_id, p.kind, p.corrects_payslip_id,
            p.worker_category, p.joint_committee, p.weekly_hours, p.full_time_weekly_hours, p.minutes_by_kind, p.days_worked, p.gross_cents,
            p.personal_contribution_cents, p.social_work_bonus_cents, p.withholding_tax_cents, p.special_contribution_cents,
            p.employer_contributions_cents, p.structural_reduction_cents, p.lines
       from payslip p join payroll_run r on r.id = p.run_id
      where r.status = 'finalised' and p.worker_id = ? and p.period like ?
      order by p.period, p.number`,
    [workerId, `${String(year).padStart(4, '0')}-%`],
  );
  return rows.map((r) => ({ ...toPayslipForDeclaration(r), paidPeriod: String(r.paid_period) }));
}

const num = (v: unknown) => Number(v);

function toPayslipForDeclaration(r: Record<string, unknown>): PayslipForDeclaration {
  const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  return {
    id: String(r.id),
    period: String(r.period),
    workerId: String(r.worker_id),
    contractId: String(r.contract_id),
    kind: r.kind === 'regularisation' ? 'regularisation' : 'regular',
    correctsPayslipId: r.corrects_payslip_id ? String(r.corrects_payslip_id) : null,
    workerCategory: r.worker_category === 'blue-collar' ? 'blue-collar' : 'white-collar',
    jointCommittee: String(r.joint_committee),
    weeklyHours: num(r.weekly_hours),
    fullTimeWeeklyHours: num(r.full_time_weekly_hours),
    minutesByKind: json(r.minutes_by_kind),
    daysWorked: num(r.days_worked),
    grossCents: num(r.gross_cents),
    personalContributionCents: num(r.personal_contribution_cents),
    socialWorkBonusCents: num(r.social_work_bonus_cents),
    withholdingTaxCents: num(r.withholding_tax_cents),
    specialContributionCents: num(r.special_contribution_cents),
    employerContributionsCents: num(r.employer_contributions_cents),
    structuralReductionCents: num(r.structural_reduction_cents),
    lines: json(r.lines),
  };
}
