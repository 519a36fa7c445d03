import type { FamilySituation } from './formulas/family-reductions';
import { HOUR_KINDS, type HourKind } from './formulas/gross-pay';
import type { WorkerCategory } from './formulas/personal-social-security';
import { PARAMETERS_ENTERED_THROUGH } from './parameters/belgian-payroll-parameters';

/** What the HTTP API and the CLI send to compute one payslip. */
export interface PayslipInput {
  /** Pay period, "YYYY-MM". */
  period: string;
  payKind: PayKind;
  workerCategory: WorkerCategory;
  /**
   * Monthly gross in cents. For a 13th month or double holiday pay: the worker's normal monthly
   * gross, from which the payment is derived (100 % or 92 %).
   */
  grossCents?: number;
  /** Hours worked in the period by kind; with hourlyWageCents, instead of grossCents. */
  hours?: Partial<Record<HourKind, number>>;
  hourlyWageCents?: number;
  /** Hours worked in the month (H of the work bonus); defaults to fullTimeHours. */
  workedHours?: number;
  /** Hours of a full-time month in the worker's regime (U); defaults to 38 h × 13 / 3. */
  fullTimeHours?: number;
  family: FamilySituation;
  dependentChildren: number;
  /** Dependants other than children, under 65 (facts §3.3); default 0. */
  otherDependantsUnder65?: number;
  /** Dependants aged 65 or more; default 0. */
  dependantsAged65OrMore?: number;
  /**
   * Whether the worker asked for the reductions of a single person ("isolé") and of a single
   * parent; default true (the law's default for a single person is to apply them when asked, and
   * the simulations have always assumed they are).
   */
  claimsSingleReductions?: boolean;
}

export type PayKind = 'regular' | 'thirteenth-month' | 'double-holiday-pay';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export type ValidationResult = { ok: true; value: PayslipInput } | { ok: false; errors: FieldError[] };

const PAY_KINDS: readonly PayKind[] = ['regular', 'thirteenth-month', 'double-holiday-pay'];
const WORKER_CATEGORIES: readonly WorkerCategory[] = ['white-collar', 'blue-collar'];
const FAMILIES: readonly FamilySituation[] = ['single', 'couple-two-incomes', 'couple-one-income'];
const KNOWN_FIELDS = new Set([
  'period',
  'payKind',
  'workerCategory',
  'grossCents',
  'hours',
  'hourlyWageCents',
  'workedHours',
  'fullTimeHours',
  'family',
  'dependentChildren',
  'otherDependantsUnder65',
  'dependantsAged65OrMore',
  'claimsSingleReductions',
]);

/**
 * The periods for which the engine holds parameters: from the first official values to the end
 * of the year after the last one entered, whose values are carried forward and marked provisional.
 */
export const FIRST_SUPPORTED_PERIOD = '2021-01';
export const LAST_SUPPORTED_PERIOD = `${Number(PARAMETERS_ENTERED_THROUGH.slice(0, 4)) + 1}-12`;

/**
 * Amounts are computed exactly in whole numbers; a ceiling far above any cooperative wage keeps
 * every intermediate product within the integers JavaScript represents exactly.
 */
export const MAXIMUM_MONTHLY_GROSS_CENTS = 10_000_000;
const MAXIMUM_HOURLY_WAGE_CENTS = 100_000;
const HOURS_IN_A_MONTH = 744;
const MAXIMUM_CHILDREN = 20;

function isWholeHundredths(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

/** Checks an untrusted value (JSON body, CLI file) and returns a typed input or every field error. */
export function validatePayslipInput(candidate: unknown): ValidationResult {
  const errors: FieldError[] = [];
  const fail = (field: string, code: string, message: string) => errors.push({ field, code, message });
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    return { ok: false, errors: [{ field: '(input)', code: 'not-an-object', message: 'The payslip input must be a JSON object.' }] };
  }
  const input = candidate as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!KNOWN_FIELDS.has(key)) fail(key, 'unknown-field', `"${key}" is not a payslip input field.`);
  }

  const period = input.period;
  if (typeof period !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) {
    fail('period', 'invalid-period', 'The period must be a month written "YYYY-MM", e.g. "2025-01".');
  } else if (period < FIRST_SUPPORTED_PERIOD || period > LAST_SUPPORTED_PERIOD) {
    fail('period', 'period-not-covered', `Payroll parameters cover ${FIRST_SUPPORTED_PERIOD} to ${LAST_SUPPORTED_PERIOD}.`);
  }
  checkOneOf('payKind', input.payKind, PAY_KINDS, fail);
  checkOneOf('workerCategory', input.workerCategory, WORKER_CATEGORIES, fail);
  checkOneOf('family', input.family, FAMILIES, fail);
  if (input.payKind === 'double-holiday-pay' && input.workerCategory === 'blue-collar') {
    fail('payKind', 'not-paid-by-employer', 'Blue-collar holiday pay is paid by the holiday fund (ONVA/RJV), not on the employer’s payslip.');
  }

  const children = input.dependentChildren;
  if (typeof children !== 'number' || !Number.isInteger(children) || children < 0 || children > MAXIMUM_CHILDREN) {
    fail('dependentChildren', 'invalid-children', `The number of dependent children must be a whole number from 0 to ${MAXIMUM_CHILDREN}.`);
  }

  for (const field of ['otherDependantsUnder65', 'dependantsAged65OrMore'] as const) {
    const count = input[field];
    if (count !== undefined && (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAXIMUM_CHILDREN)) {
      fail(field, 'invalid-dependants', `${field} must be a whole number from 0 to ${MAXIMUM_CHILDREN}.`);
    }
  }
  if (input.claimsSingleReductions !== undefined && typeof input.claimsSingleReductions !== 'boolean') {
    fail('claimsSingleReductions', 'invalid-choice', 'claimsSingleReductions must be true or false.');
  }

  const hasGross = input.grossCents !== undefined;
  const hasHoursBasis = input.hours !== undefined || input.hourlyWageCents !== undefined;
  if (hasGross === hasHoursBasis) {
    fail(
      hasGross ? 'hours' : 'grossCents',
      'exactly-one-pay-basis',
      'Give either grossCents, or hours together with hourlyWageCents — exactly one of the two.',
    );
  } else if (hasGross) {
    checkCents('grossCents', input.grossCents, MAXIMUM_MONTHLY_GROSS_CENTS, fail);
  } else {
    const totalHours = checkHours(input.hours, fail);
    if (input.hourlyWageCents === undefined) {
      fail('hourlyWageCents', 'required', 'hourlyWageCents is required with hours.');
    } else if (checkCents('hourlyWageCents', input.hourlyWageCents, MAXIMUM_HOURLY_WAGE_CENTS, fail)) {
      if (totalHours * (input.hourlyWageCents as number) > MAXIMUM_MONTHLY_GROSS_CENTS) {
        fail('hours', 'too-large', `Hours × hourly wage must not exceed ${MAXIMUM_MONTHLY_GROSS_CENTS} cents a month.`);
      }
    }
  }
  checkPositiveHours('workedHours', input.workedHours, fail);
  checkPositiveHours('fullTimeHours', input.fullTimeHours, fail);

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: input as unknown as PayslipInput };
}

type Fail = (field: string, code: string, message: string) => void;

function checkOneOf(field: string, value: unknown, allowed: readonly string[], fail: Fail): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    fail(field, 'invalid-choice', `${field} must be one of: ${allowed.join(', ')}.`);
  }
}

function checkCents(field: string, value: unknown, maximum: number, fail: Fail): boolean {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(field, 'invalid-cents', `${field} must be a whole, non-negative number of euro cents.`);
    return false;
  }
  if (value > maximum) {
    fail(field, 'too-large', `${field} must not exceed ${maximum} cents.`);
    return false;
  }
  return true;
}

/** Returns the total of the valid hours. */
function checkHours(hours: unknown, fail: Fail): number {
  if (typeof hours !== 'object' || hours === null || Array.isArray(hours)) {
    fail('hours', 'invalid-hours', 'hours must be an object of hours by kind, e.g. { "regular": 160 }.');
    return 0;
  }
  let total = 0;
  for (const [kind, value] of Object.entries(hours)) {
    const field = `hours.${kind}`;
    if (!(HOUR_KINDS as readonly string[]).includes(kind)) {
      fail(field, 'unknown-field', `"${kind}" is not a kind of hours (${HOUR_KINDS.join(', ')}).`);
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || !isWholeHundredths(value)) {
      fail(field, 'invalid-hours', `${field} must be a non-negative number of hours with at most two decimals.`);
    } else {
      total += value;
    }
  }
  if (total > HOURS_IN_A_MONTH) fail('hours', 'too-many-hours', `A month has at most ${HOURS_IN_A_MONTH} hours.`);
  return total;
}

function checkPositiveHours(field: string, value: unknown, fail: Fail): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > HOURS_IN_A_MONTH) {
    fail(field, 'invalid-hours', `${field} must be a number of hours above 0 and at most ${HOURS_IN_A_MONTH}.`);
  }
}
