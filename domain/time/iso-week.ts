import { addDays, dateFromParts, dateParts, fromDayNumber, isoDayOfWeek, toDayNumber, type CalendarDate } from './dates';

/**
 * ISO 8601 week, written '2026-W05': the period of a weekly timesheet. Weeks start on Monday and
 * week 1 is the week holding the year's first Thursday, so the week-year can differ from the
 * calendar year of a date near New Year (2024-12-30 is in 2025-W01).
 */
export type IsoWeekId = string;

export interface IsoWeek {
  /** The ISO week-numbering year, not always the calendar year of every day in the week. */
  readonly year: number;
  readonly week: number;
}

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** 52 or 53: a year has 53 ISO weeks when 28 December falls in week 53. */
export function isoWeeksInYear(year: number): number {
  // 28 December is always in the last week of its week-year.
  const dec28 = toDayNumber(dateFromParts(year, 12, 28));
  const mondayOfWeekOne = mondayOfFirstWeek(year);
  return Math.floor((dec28 - mondayOfWeekOne) / 7) + 1;
}

export function isIsoWeekId(value: unknown): value is IsoWeekId {
  if (typeof value !== 'string') return false;
  const m = WEEK_PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const week = Number(m[2]);
  return year >= 2 && year <= 9998 && week >= 1 && week <= isoWeeksInYear(year);
}

/** Throws a RangeError naming the value when it is not a real ISO week ('2026-W53' is not). */
export function parseIsoWeek(id: IsoWeekId): IsoWeek {
  if (!isIsoWeekId(id)) throw new RangeError(`ISO week must be written YYYY-Www and exist, got ${JSON.stringify(id)}`);
  return { year: Number(id.slice(0, 4)), week: Number(id.slice(6)) };
}

export function formatIsoWeek({ year, week }: IsoWeek): IsoWeekId {
  const id = `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
  if (!isIsoWeekId(id)) throw new RangeError(`Week ${week} does not exist in ISO year ${year}`);
  return id;
}

export function mondayOfIsoWeek(id: IsoWeekId): CalendarDate {
  const { year, week } = parseIsoWeek(id);
  return fromDayNumber(mondayOfFirstWeek(year) + (week - 1) * 7);
}

export function sundayOfIsoWeek(id: IsoWeekId): CalendarDate {
  return addDays(mondayOfIsoWeek(id), 6);
}

/** The seven dates of the week, Monday first. */
export function datesOfIsoWeek(id: IsoWeekId): CalendarDate[] {
  const monday = mondayOfIsoWeek(id);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The ISO week a date belongs to: the week-year is the calendar year of that week's Thursday. */
export function isoWeekOfDate(date: CalendarDate): IsoWeekId {
  const thursday = toDayNumber(date) + (4 - isoDayOfWeek(date));
  const weekYear = dateParts(fromDayNumber(thursday)).year;
  const week = Math.floor((thursday - toDayNumber(dateFromParts(weekYear, 1, 1))) / 7) + 1;
  return formatIsoWeek({ year: weekYear, week });
}

export function isDateInIsoWeek(date: CalendarDate, id: IsoWeekId): boolean {
  return isoWeekOfDate(date) === formatIsoWeek(parseIsoWeek(id));
}

export function nextIsoWeek(id: IsoWeekId): IsoWeekId {
  return isoWeekOfDate(addDays(mondayOfIsoWeek(id), 7));
}

export function previousIsoWeek(id: IsoWeekId): IsoWeekId {
  return isoWeekOfDate(addDays(mondayOfIsoWeek(id), -7));
}

/** Monday of week 1 = the Monday on or before 4 January (4 January is always in week 1). */
function mondayOfFirstWeek(year: number): number {
  const jan4 = dateFromParts(year, 1, 4);
  return toDayNumber(jan4) - (isoDayOfWeek(jan4) - 1);
}
