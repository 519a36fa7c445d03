import { allocate } from '../money';

/** The money of one computed payslip, as the preview adds it up. */
export interface PayslipAmounts {
  grossCents: number;
  /** Personal social security after the work bonus. */
  personalContributionsCents: number;
  withholdingTaxCents: number;
  /** The special social security contribution, withheld too. */
  specialContributionCents: number;
  netCents: number;
  employerCostCents: number;
}

export interface RunTotals extends PayslipAmounts {
  workers: number;
  payslips: number;
}

export const ZERO_TOTALS: RunTotals = Object.freeze({
  workers: 0,
  payslips: 0,
  grossCents: 0,
  personalContributionsCents: 0,
  withholdingTaxCents: 0,
  specialContributionCents: 0,
  netCents: 0,
  employerCostCents: 0,
});

const AMOUNT_KEYS = ['grossCents', 'personalContributionsCents', 'withholdingTaxCents', 'specialContributionCents', 'netCents', 'employerCostCents'] as const;

export function addTotals(sum: RunTotals, p: PayslipAmounts, newWorker: boolean): RunTotals {
  const next = { ...sum, payslips: sum.payslips + 1, workers: sum.workers + (newWorker ? 1 : 0) };
  for (const k of AMOUNT_KEYS) next[k] += p[k];
  return next;
}

/**
 * One payslip's amounts shared among the employers where the hours were worked, in proportion to
 * the minutes, losing no cent: the per-employer totals add up to the run's totals exactly.
 */
export function shareByEmployer(
  p: PayslipAmounts,
  minutesByEmployer: readonly { employerId: string; minutes: number }[],
): { employerId: string; amounts: PayslipAmounts }[] {
  const parts = minutesByEmployer.filter((e) => e.minutes > 0);
  if (parts.length === 0) return [];
  const weights = parts.map((e) => e.minutes);
  const split = Object.fromEntries(AMOUNT_KEYS.map((k) => [k, allocate(p[k], weights)])) as Record<(typeof AMOUNT_KEYS)[number], number[]>;
  return parts.map((e, i) => ({
    employerId: e.employerId,
    amounts: Object.fromEntries(AMOUNT_KEYS.map((k) => [k, split[k][i]!])) as unknown as PayslipAmounts,
  }));
}

export interface TotalsChange {
  previousPeriod: string;
  previous: RunTotals;
  /** current − previous, field by field. */
  difference: RunTotals;
}

export function changeAgainst(previousPeriod: string, previous: RunTotals, current: RunTotals): TotalsChange {
  const difference = { ...current };
  for (const k of [...AMOUNT_KEYS, 'workers', 'payslips'] as const) difference[k] = current[k] - previous[k];
  return { previousPeriod, previous, difference };
}
