/**
 * Rules as data: every rate, threshold and scale is a dated series whose value changes on the
 * day the law (royal decree, Annex III, ONSS instructions) says it changes. One function, `at`,
 * answers "which value applies on this date". Series are plain JSON so that new official values
 * can be supplied without a code change.
 */

/** An ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

export type ParameterUnit = 'percent' | 'EUR cents' | 'EUR cents per month' | 'EUR cents per year' | 'EUR cents per quarter' | 'hours per week' | 'scale';

export interface DatedSeries<T> {
  description: string;
  unit: ParameterUnit;
  /** Source tag of the facts reference (e.g. "ODOO19-PARAM") for every value, unless `sources` says otherwise. */
  source: string;
  /** Per effective date, when a value comes from another source than the series default. */
  sources?: Record<IsoDate, string>;
  /** False where the facts reference marks the figure or its use "unverified". Defaults to true. */
  verified?: boolean;
  /** Why a value is unverified, or anything a payroll officer must know before trusting it. */
  note?: string;
  /** Effective date → value. The value applies from that date until the next one. */
  values: Record<IsoDate, T>;
  /**
   * Effective date → why this value is provisional. A value is provisional when no official figure
   * was found and the last known one is carried forward; every payslip using it says so.
   */
  provisional?: Record<IsoDate, string>;
  /**
   * The last day for which official values were entered. On a later date the value then in force
   * is carried forward and marked provisional, so the series never runs out; entering the official
   * figures is adding the dated value with its source and moving this date.
   */
  enteredThrough?: IsoDate;
}

export interface ResolvedParameter<T> {
  value: T;
  effectiveFrom: IsoDate;
  source: string;
  provisional: boolean;
  provisionalReason: string | undefined;
  verified: boolean;
  unit: ParameterUnit;
  description: string;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text);
}

// Effective dates sorted once per series object: `at` runs for every parameter of every period.
const sortedDatesCache = new WeakMap<DatedSeries<unknown>, IsoDate[]>();

function effectiveDates(series: DatedSeries<unknown>): IsoDate[] {
  let dates = sortedDatesCache.get(series);
  if (!dates) {
    dates = Object.keys(series.values).sort();
    for (const date of dates) {
      if (!isIsoDate(date)) throw new RangeError(`"${series.description}": "${date}" is not an ISO date`);
    }
    sortedDatesCache.set(series, dates);
  }
  return dates;
}

/** The first date from which the series has a value. */
export function firstEffectiveDate(series: DatedSeries<unknown>): IsoDate | undefined {
  return effectiveDates(series)[0];
}

/** The value of the series in force on `date` (the latest effective date on or before it). */
export function at<T>(series: DatedSeries<T>, date: IsoDate): ResolvedParameter<T> {
  if (!isIsoDate(date)) throw new RangeError(`"${date}" is not an ISO date`);
  const dates = effectiveDates(series);
  let effectiveFrom: IsoDate | undefined;
  for (const candidate of dates) {
    if (candidate > date) break;
    effectiveFrom = candidate;
  }
  if (effectiveFrom === undefined) {
    throw new RangeError(`"${series.description}" has no value in force on ${date}`);
  }
  const carriedForward = series.enteredThrough !== undefined && date > series.enteredThrough;
  const provisionalReason =
    series.provisional?.[effectiveFrom] ??
    (carriedForward ? `no official value entered after ${series.enteredThrough}: the value in force since ${effectiveFrom} is carried forward` : undefined);
  return {
    value: series.values[effectiveFrom] as T,
    effectiveFrom,
    source: series.sources?.[effectiveFrom] ?? series.source,
    provisional: provisionalReason !== undefined,
    provisionalReason,
    verified: series.verified !== false,
    unit: series.unit,
    description: series.description,
  };
}
