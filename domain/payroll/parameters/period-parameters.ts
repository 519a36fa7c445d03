import { at, firstEffectiveDate, type IsoDate, type ParameterUnit } from './dated-series';
import { PAYROLL_PARAMETER_NAMES, type ParameterValue, type PayrollParameterName, type PayrollParameterSet } from './belgian-payroll-parameters';

/** What a payslip line says about one parameter it used. */
export interface ParameterReference {
  name: PayrollParameterName;
  value: unknown;
  unit: ParameterUnit;
  effectiveFrom: IsoDate;
  source: string;
  provisional: boolean;
  verified: boolean;
}

/**
 * Every parameter of a set resolved for one pay period. Resolving is done once per period and
 * parameter set and then shared by all payslips of that period, so computing a payroll run does
 * not search the dated series again for each worker.
 */
export interface PeriodParameters {
  /** First day of the pay period: the date on which parameters are read. */
  readonly date: IsoDate;
  readonly values: { readonly [N in PayrollParameterName]?: ParameterValue<N> };
  readonly references: { readonly [N in PayrollParameterName]?: ParameterReference };
}

const resolvedByParameterSet = new WeakMap<PayrollParameterSet, Map<IsoDate, PeriodParameters>>();

export function parametersForDate(parameters: PayrollParameterSet, date: IsoDate): PeriodParameters {
  let byDate = resolvedByParameterSet.get(parameters);
  if (!byDate) {
    byDate = new Map();
    resolvedByParameterSet.set(parameters, byDate);
  }
  let resolved = byDate.get(date);
  if (!resolved) {
    resolved = resolve(parameters, date);
    byDate.set(date, resolved);
  }
  return resolved;
}

function resolve(parameters: PayrollParameterSet, date: IsoDate): PeriodParameters {
  const values: Record<string, unknown> = {};
  const references: Record<string, ParameterReference> = {};
  for (const name of PAYROLL_PARAMETER_NAMES) {
    const series = parameters[name];
    const first = firstEffectiveDate(series);
    // A series that starts later (e.g. the two-part work bonus from April 2024) simply does not
    // exist yet on this date; the dated formulas never ask for it.
    if (first === undefined || first > date) continue;
    const resolved = at(series as Parameters<typeof at>[0], date);
    values[name] = resolved.value;
    references[name] = Object.freeze({
      name,
      value: resolved.value,
      unit: resolved.unit,
      effectiveFrom: resolved.effectiveFrom,
      source: resolved.source,
      provisional: resolved.provisional,
      verified: resolved.verified,
    });
  }
  return Object.freeze({ date, values, references }) as PeriodParameters;
}

/** The value of a parameter in force for the period; a missing one is a gap in the data, not a zero. */
export function parameterValue<N extends PayrollParameterName>(period: PeriodParameters, name: N): ParameterValue<N> {
  const value = period.values[name];
  if (value === undefined) throw new RangeError(`parameter "${name}" has no value in force on ${period.date}`);
  return value as ParameterValue<N>;
}

export function referenceOf(period: PeriodParameters, name: PayrollParameterName): ParameterReference {
  const reference = period.references[name];
  if (reference === undefined) throw new RangeError(`parameter "${name}" has no value in force on ${period.date}`);
  return reference;
}
