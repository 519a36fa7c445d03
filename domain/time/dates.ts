/**
 * Calendar dates as plain 'YYYY-MM-DD' strings.
 *
 * A work date, a pay period or a placement end is a day on the Belgian calendar, not an instant:
 * going through `Date` (local time zone, DST, the 0–99 → 1900s year quirk) is how a shift ends up
 * on the wrong day. So all arithmetic here is integer arithmetic on day numbers (days since
 * 1970-01-01, proleptic Gregorian), with no time zone anywhere. Years 0001–9999.
 */
export type CalendarDate = string;
/** 'YYYY-MM' */
export type CalendarMonth = string;
/** 'YYYY-Qn', the DmfA declaration period. */
export type CalendarQuarter = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real date written 'YYYY-MM-DD' (so '2026-02-30' and '2026-2-3' are false). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Throws a RangeError naming the value; for callers whose input was already validated. */
export function assertCalendarDate(value: unknown, what = 'date'): CalendarDate {
  if (!isCalendarDate(value)) throw new RangeError(`${what} must be a real date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

export function dateParts(date: CalendarDate): DateParts {
  assertCalendarDate(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function dateFromParts(year: number, month: number, day: number): CalendarDate {
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!Number.isInteger(year) || year > MAX_YEAR) throw new RangeError(`Year out of range: ${year}`);
  return assertCalendarDate(date);
}

/** Days since 1970-01-01 (negative before). Civil-to-days algorithm of H. Hinnant. */
export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Inverse of toDayNumber. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  if (!Number.isSafeInteger(dayNumber)) throw new RangeError(`Day number must be an integer, got ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`Date out of range (years ${MIN_YEAR}-${MAX_YEAR})`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** -1, 0 or 1. Valid 'YYYY-MM-DD' strings sort like the dates they name. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  assertCalendarDate(a);
  assertCalendarDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** start ≤ date ≤ end; an absent end means an open-ended period (a placement without end date). */
export function isDateWithin(date: CalendarDate, start: CalendarDate, end?: CalendarDate): boolean {
  return compareDates(date, start) >= 0 && (end === undefined || compareDates(date, end) <= 0);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Days must be an integer, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds calendar months, keeping the day of the month when it exists and otherwise taking the
 * last day (31 January + 1 month = 28/29 February), as contracts and notice periods count.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isSafeInteger(months)) throw new RangeError(`Months must be an integer, got ${months}`);
  const { year, month, day } = dateParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  if (newYear < MIN_YEAR || newYear > MAX_YEAR) throw new RangeError(`Date out of range (years ${MIN_YEAR}-${MAX_YEAR})`);
  return dateFromParts(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Signed number of days from `from` to `to` (0 for the same day, 1 for the next day). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO day of the week: 1 = Monday … 7 = Sunday. Day 0 (1970-01-01) was a Thursday. */
export function isoDayOfWeek(date: CalendarDate): number {
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function isCalendarMonth(value: unknown): value is CalendarMonth {
  if (typeof value !== 'string') return false;
  const m = MONTH_PATTERN.exec(value);
  return m !== null && Number(m[1]) >= MIN_YEAR && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** '2026-02-14' → '2026-02': the pay period a date belongs to. */
export function monthOf(date: CalendarDate): CalendarMonth {
  return assertCalendarDate(date).slice(0, 7);
}

/** First day of a month, given the month ('2026-02') or any date in it. */
export function firstDayOfMonth(monthOrDate: CalendarMonth | CalendarDate): CalendarDate {
  return `${toMonth(monthOrDate)}-01`;
}

/** Last day of a month, given the month ('2026-02') or any date in it. */
export function lastDayOfMonth(monthOrDate: CalendarMonth | CalendarDate): CalendarDate {
  const month = toMonth(monthOrDate);
  return `${month}-${pad(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))), 2)}`;
}

/** '2026-05-14' → '2026-Q2'. */
export function quarterOf(date: CalendarDate): CalendarQuarter {
  const { year, month } = dateParts(date);
  return `${pad(year, 4)}-Q${Math.ceil(month / 3)}`;
}

export function isCalendarQuarter(value: unknown): value is CalendarQuarter {
  if (typeof value !== 'string') return false;
  const m = QUARTER_PATTERN.exec(value);
  return m !== null && Number(m[1]) >= MIN_YEAR;
}

export function firstDayOfQuarter(quarter: CalendarQuarter): CalendarDate {
  const { year, number } = quarterParts(quarter);
  return dateFromParts(year, number * 3 - 2, 1);
}

export function lastDayOfQuarter(quarter: CalendarQuarter): CalendarDate {
  const { year, number } = quarterParts(quarter);
  return lastDayOfMonth(`${pad(year, 4)}-${pad(number * 3, 2)}`);
}

function quarterParts(quarter: CalendarQuarter): { year: number; number: number } {
  if (!isCalendarQuarter(quarter)) throw new RangeError(`Quarter must be written YYYY-Qn, got ${JSON.stringify(quarter)}`);
  return { year: Number(quarter.slice(0, 4)), number: Number(quarter.slice(6)) };
}

function toMonth(monthOrDate: string): CalendarMonth {
  const month = monthOrDate.length === 7 ? monthOrDate : monthOrDate.slice(0, 7);
  const wellFormed = monthOrDate.length === 7 ? isCalendarMonth(monthOrDate) : isCalendarDate(monthOrDate);
  if (!wellFormed) throw new RangeError(`Expected YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(monthOrDate)}`);
  return month;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
