import { addDays } from '../../time/dates';
import type { PayrollParameterSet } from './belgian-payroll-parameters';
import type { DatedSeries } from './dated-series';

/**
 * How far a parameter set reaches: official values up to `enteredThrough`, then the values in
 * force are carried forward, marked provisional, to the end of the following year
 * (`coveredThrough`); past that the engine refuses to compute.
 */
export interface ParameterCoverage {
  enteredThrough: string;
  coveredThrough: string;
  /** The series whose official values stop on `enteredThrough` (the earliest of the set). */
  series: string[];
}

export function parameterCoverage(set: PayrollParameterSet): ParameterCoverage {
  let earliest: string | undefined;
  let names: string[] = [];
  for (const [name, series] of Object.entries(set) as [string, DatedSeries<unknown>][]) {
    const day = series.enteredThrough;
    if (!day) continue;
    if (earliest === undefined || day < earliest) {
      earliest = day;
      names = [name];
    } else if (day === earliest) names.push(name);
  }
  const enteredThrough = earliest ?? '9999-12-31';
  const coveredThrough = earliest ? `${Number(earliest.slice(0, 4)) + 1}-12-31` : '9999-12-31';
  return { enteredThrough, coveredThrough, series: names.sort() };
}

/** Days before an end from which the administrators are warned. */
export const COVERAGE_WARNING_DAYS = 60;

export interface CoverageWarning {
  code: 'official-parameters-ending' | 'parameters-ending';
  /** The day after which the warning's consequence starts. */
  endsOn: string;
  message: string;
  series: string[];
}

/**
 * What the administrators must hear on `today` (a Brussels calendar date): the official figures
 * stop soon (payslips after that day will be provisional until they are entered), or the carried
 * values themselves stop soon (payroll after that day will be refused).
 */
export function coverageWarnings(set: PayrollParameterSet, today: string): CoverageWarning[] {
  const coverage = parameterCoverage(set);
  const warnings: CoverageWarning[] = [];
  const officialNext = addDays(coverage.enteredThrough, 1);
  if (today >= addDays(coverage.enteredThrough, -COVERAGE_WARNING_DAYS)) {
    warnings.push({
      code: 'official-parameters-ending',
      endsOn: coverage.enteredThrough,
      series: coverage.series,
      message:
        `Official payroll parameters are entered up to ${coverage.enteredThrough}. From ${officialNext} every payslip uses ` +
        `the last known values, carried forward and marked provisional, until the official figures are entered ` +
        `(${coverage.series.length} series); the months paid meanwhile are then regularised.`,
    });
  }
  if (today >= addDays(coverage.coveredThrough, -COVERAGE_WARNING_DAYS)) {
    warnings.push({
      code: 'parameters-ending',
      endsOn: coverage.coveredThrough,
      series: coverage.series,
      message: `Payroll parameters end on ${coverage.coveredThrough}: a payroll for a later month is refused until new values are entered.`,
    });
  }
  return warnings;
}
