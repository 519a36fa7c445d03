import type { HourKind } from '../payroll/formulas/gross-pay';
import { entryMinutes, type TimesheetEntry, type WorkKind } from '../timesheets/timesheet-entry';
import { addDays, firstDayOfMonth, type CalendarMonth } from '../time/dates';
import { isoWeekOfDate } from '../time/iso-week';

export type MinutesByKind = Record<HourKind, number>;

export const NO_MINUTES: MinutesByKind = Object.freeze({ regular: 0, overtime: 0, night: 0, sunday: 0, publicHoliday: 0 });

const HOUR_KIND_OF: Record<WorkKind, HourKind> = {
  regular: 'regular',
  overtime: 'overtime',
  night: 'night',
  sunday: 'sunday',
  'public-holiday': 'publicHoliday',
};

export interface HoursInPeriod {
  minutesByKind: MinutesByKind;
  totalMinutes: number;
  /** The calendar days with hours, in the period. */
  days: string[];
}

/**
 * The hours of approved weeks that fall in a pay month. A week that straddles two months is split
 * by day: each entry belongs to the day its shift started (as the timesheet rules say), and so
 * to that day's month.
 */
export function hoursInPeriod(entries: readonly TimesheetEntry[], period: CalendarMonth): HoursInPeriod {
  const minutesByKind: MinutesByKind = { ...NO_MINUTES };
  const days = new Set<string>();
  let totalMinutes = 0;
  for (const entry of entries) {
    if (!entry.date.startsWith(`${period}-`)) continue;
    const minutes = entryMinutes(entry);
    if (minutes <= 0) continue;
    minutesByKind[HOUR_KIND_OF[entry.kind]] += minutes;
    totalMinutes += minutes;
    days.add(entry.date);
  }
  return { minutesByKind, totalMinutes, days: [...days].sort() };
}

export function addMinutes(a: MinutesByKind, b: MinutesByKind): MinutesByKind {
  return {
    regular: a.regular + b.regular,
    overtime: a.overtime + b.overtime,
    night: a.night + b.night,
    sunday: a.sunday + b.sunday,
    publicHoliday: a.publicHoliday + b.publicHoliday,
  };
}

/**
 * Minutes as the payroll engine takes hours: to the hundredth of an hour (36 seconds), half up.
 * Timesheets are kept in minutes; a 20-minute stretch becomes 0.33 h.
 */
export function hoursOf(minutes: number): number {
  return Math.round((minutes * 100) / 60) / 100;
}

/** The ISO weeks that have at least one day in the month (4 to 6 of them). */
export function isoWeeksTouchingMonth(period: CalendarMonth): string[] {
  const weeks: string[] = [];
  for (let day = firstDayOfMonth(period); day.startsWith(period); day = addDays(day, 1)) {
    const week = isoWeekOfDate(day);
    if (!weeks.includes(week)) weeks.push(week);
  }
  return weeks;
}
