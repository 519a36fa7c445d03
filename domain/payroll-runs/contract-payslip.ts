import type { PayslipInput } from '../payroll/payslip-input';
import type { WorkerCategory } from '../payroll/formulas/personal-social-security';
import { hoursOf, type MinutesByKind } from './hours-in-period';
import { DEFAULT_TAX_SITUATION, payslipFamilyCharges, type TaxSituation } from './tax-situation';

export interface ContractMonth {
  period: string;
  workerCategory: WorkerCategory;
  hourlyWageCents: number;
  minutesByKind: MinutesByKind;
  /** Null when the worker has declared nothing: the single-person rules apply. */
  taxSituation: Omit<TaxSituation, 'effectiveFrom'> | null;
}

/**
 * The engine's input for one contract's month: hours by kind at the contract's hourly wage. The
 * work bonus takes H = the hours paid and U = the full-time reference month (38 h × 13 / 3), so
 * a part-timer's bonus is prorated by the hours actually paid.
 */
export function payslipInputFor(month: ContractMonth): PayslipInput {
  const m = month.minutesByKind;
  const total = m.regular + m.overtime + m.night + m.sunday + m.publicHoliday;
  const hours = {
    regular: hoursOf(m.regular),
    overtime: hoursOf(m.overtime),
    night: hoursOf(m.night),
    sunday: hoursOf(m.sunday),
    publicHoliday: hoursOf(m.publicHoliday),
  };
  return {
    period: month.period,
    payKind: 'regular',
    workerCategory: month.workerCategory,
    hours,
    hourlyWageCents: month.hourlyWageCents,
    workedHours: Math.max(0.01, hoursOf(total)),
    ...payslipFamilyCharges(month.taxSituation ?? DEFAULT_TAX_SITUATION),
  };
}
