import { assertCalendarDate, compareDates, isDateWithin, type CalendarDate } from '../time/dates';
import { isDateInIsoWeek, parseIsoWeek, type IsoWeekId } from '../time/iso-week';
import {
  WORK_KINDS,
  formatDuration,
  measureEntry,
  type EntryProblemCode,
  type MeasuredEntry,
  type TimesheetEntry,
  type TimesheetEntryField,
  type WorkKind,
} from './timesheet-entry';

export { entryMinutes } from './timesheet-entry';

/**
 * Working-time limits a weekly timesheet is checked against, in hours. They are parameters,
 * not constants, because sector agreements and derogations change them.
 * Defaults: 11 h/day and 50 h/week are the absolute caps of the Labour Act of 16 March 1971
 * (with derogations); 11 h rest between two work days (art. 38ter); 3 h minimum per work period
 * (part-time work rule). The article references are from memory: **unverified**, to be sourced
 * before these become a dated parameter series.
 */
export interface WorkingTimeLimits {
  readonly dailyMaxHours: number;
  readonly weeklyMaxHours: number;
  readonly minShiftHours: number;
  readonly minRestHours: number;
}

export const DEFAULT_WORKING_TIME_LIMITS: WorkingTimeLimits = {
  dailyMaxHours: 11,
  weeklyMaxHours: 50,
  minShiftHours: 3,
  minRestHours: 11,
};

export type WorkingTimeRuleCode =
  | 'outside-week'
  | 'outside-placement'
  | 'overlapping-shifts'
  | 'min-shift-hours'
  | 'max-daily-hours'
  | 'max-weekly-hours'
  | 'min-daily-rest';

export type WorkingTimeViolationCode = EntryProblemCode | WorkingTimeRuleCode;

export interface WorkingTimeViolation {
  /** Stable, for the API's errors[] and for translations. */
  readonly code: WorkingTimeViolationCode;
  /** Index in `entries` of the line to fix; for a daily or weekly total, the line that crosses the limit. */
  readonly entryIndex: number;
  readonly field: TimesheetEntryField;
  readonly message: string;
  /** The facts of the message, for its translations (`domain/i18n/rule-messages.ts`). */
  readonly params?: Readonly<Record<string, string>>;
}

export interface WorkingTimeCheck {
  readonly isoWeek: IsoWeekId;
  readonly placementStart: CalendarDate;
  /** Absent for an open-ended placement. */
  readonly placementEnd?: CalendarDate;
  readonly entries: readonly TimesheetEntry[];
  readonly limits?: Partial<WorkingTimeLimits>;
}

export interface WorkingTimeReport {
  /** Sorted by entry index; empty when the timesheet can be approved. */
  readonly violations: readonly WorkingTimeViolation[];
  /** Worked minutes per kind of work, over every readable entry. */
  readonly totalsByKind: Readonly<Record<WorkKind, number>>;
  readonly totalMinutes: number;
}

interface ReadableEntry extends MeasuredEntry {
  readonly index: number;
  readonly entry: TimesheetEntry;
}

/**
 * Checks a placement's weekly timesheet against the working-time rules.
 *
 * Unreadable entries (bad date, time, duration, break, kind) are reported and left out of the
 * totals and of the rules that combine entries. Readable entries outside the week or the
 * placement are reported and still counted: the timesheet is judged as it was submitted.
 * A shift that runs past midnight counts entirely on the day it started.
 *
 * Throws RangeError only for the caller's own inputs (week, placement dates, limits).
 */
export function checkWorkingTime(check: WorkingTimeCheck): WorkingTimeReport {
  parseIsoWeek(check.isoWeek);
  assertCalendarDate(check.placementStart, 'placementStart');
  if (check.placementEnd !== undefined) {
    assertCalendarDate(check.placementEnd, 'placementEnd');
    if (compareDates(check.placementEnd, check.placementStart) < 0) throw new RangeError('placementEnd is before placementStart');
  }
  const limits = limitsInMinutes({ ...DEFAULT_WORKING_TIME_LIMITS, ...check.limits });

  const violations: WorkingTimeViolation[] = [];
  const readable: ReadableEntry[] = [];
  check.entries.forEach((entry, index) => {
    const measured = measureEntry(entry);
    if (!measured.ok) {
      for (const problem of measured.problems) violations.push({ ...problem, entryIndex: index });
      return;
    }
    readable.push({ ...measured.value, index, entry });
    if (!isDateInIsoWeek(entry.date, check.isoWeek)) {
      violations.push({
        code: 'outside-week',
        entryIndex: index,
        field: 'date',
        message: `${entry.date} is not in week ${check.isoWeek}.`,
        params: { date: entry.date, isoWeek: check.isoWeek },
      });
    }
    if (!isDateWithin(entry.date, check.placementStart, check.placementEnd)) {
      const period = check.placementEnd === undefined ? `from ${check.placementStart}` : `from ${check.placementStart} to ${check.placementEnd}`;
      violations.push({
        code: 'outside-placement',
        entryIndex: index,
        field: 'date',
        message: `${entry.date} is outside the placement (${period}).`,
        params: { date: entry.date, period },
      });
    }
  });

  const chronological = [...readable].sort(byWorkOrder);
  violations.push(
    ...shortShifts(readable, limits.minShift),
    ...overlappingShifts(chronological),
    ...excessiveDailyTime(chronological, limits.dailyMax),
    ...excessiveWeeklyTime(chronological, limits.weeklyMax),
    ...insufficientRest(chronological, limits.minRest),
  );

  const totalsByKind = Object.fromEntries(WORK_KINDS.map((kind) => [kind, 0])) as Record<WorkKind, number>;
  for (const e of readable) totalsByKind[e.entry.kind] += e.minutes;
  const totalMinutes = readable.reduce((sum, e) => sum + e.minutes, 0);

  return { violations: violations.sort((a, b) => a.entryIndex - b.entryIndex), totalsByKind, totalMinutes };
}

function shortShifts(entries: readonly ReadableEntry[], minMinutes: number): WorkingTimeViolation[] {
  return entries
    .filter((e) => e.minutes < minMinutes)
    .map((e) => ({
      code: 'min-shift-hours' as const,
      entryIndex: e.index,
      field: durationField(e),
      message: `This shift is ${formatDuration(e.minutes)} long; a shift lasts at least ${formatDuration(minMinutes)}.`,
      params: { worked: formatDuration(e.minutes), limit: formatDuration(minMinutes) },
    }));
}

function overlappingShifts(chronological: readonly ReadableEntry[]): WorkingTimeViolation[] {
  const violations: WorkingTimeViolation[] = [];
  let latest: ReadableEntry | undefined;
  for (const e of chronological) {
    if (e.shift === undefined) continue;
    if (latest?.shift !== undefined && e.shift.startsAt < latest.shift.endsAt) {
      violations.push({
        code: 'overlapping-shifts',
        entryIndex: e.index,
        field: 'start',
        message: `This shift overlaps the shift of ${latest.entry.date} ${latest.entry.start}–${latest.entry.end}.`,
        params: { date: latest.entry.date, shift: `${latest.entry.start}–${latest.entry.end}` },
      });
    }
    if (latest?.shift === undefined || e.shift.endsAt > latest.shift.endsAt) latest = e;
  }
  return violations;
}

function excessiveDailyTime(chronological: readonly ReadableEntry[], maxMinutes: number): WorkingTimeViolation[] {
  const violations: WorkingTimeViolation[] = [];
  for (const [date, entries] of groupByDate(chronological)) {
    const crossing = firstCrossing(entries, maxMinutes);
    if (crossing === undefined) continue;
    const worked = entries.reduce((sum, e) => sum + e.minutes, 0);
    violations.push({
      code: 'max-daily-hours',
      entryIndex: crossing.index,
      field: durationField(crossing),
      message: `${formatDuration(worked)} worked on ${date}; at most ${formatDuration(maxMinutes)} a day.`,
      params: { worked: formatDuration(worked), date, limit: formatDuration(maxMinutes) },
    });
  }
  return violations;
}

function excessiveWeeklyTime(chronological: readonly ReadableEntry[], maxMinutes: number): WorkingTimeViolation[] {
  const crossing = firstCrossing(chronological, maxMinutes);
  if (crossing === undefined) return [];
  const worked = chronological.reduce((sum, e) => sum + e.minutes, 0);
  return [
    {
      code: 'max-weekly-hours',
      entryIndex: crossing.index,
      field: durationField(crossing),
      message: `${formatDuration(worked)} worked this week; at most ${formatDuration(maxMinutes)} a week.`,
      params: { worked: formatDuration(worked), limit: formatDuration(maxMinutes) },
    },
  ];
}

/**
 * The rest is measured between work days, from the last end of one day's shifts to the first
 * start of the next day's: two shifts on the same day (a split shift) are one work day.
 * Entries given only as hours have no position in time and cannot be checked.
 */
function insufficientRest(chronological: readonly ReadableEntry[], minMinutes: number): WorkingTimeViolation[] {
  const violations: WorkingTimeViolation[] = [];
  let previousDayEnd: number | undefined;
  for (const [, entries] of groupByDate(chronological)) {
    const shifts = entries.filter((e) => e.shift !== undefined);
    const first = shifts[0];
    if (first?.shift === undefined) continue;
    const rest = previousDayEnd === undefined ? undefined : first.shift.startsAt - previousDayEnd;
    // A negative rest is an overlap, already reported as such.
    if (rest !== undefined && rest >= 0 && rest < minMinutes) {
      violations.push({
        code: 'min-daily-rest',
        entryIndex: first.index,
        field: 'start',
        message: `Only ${formatDuration(rest)} of rest before this shift; at least ${formatDuration(minMinutes)} between two work days.`,
        params: { rest: formatDuration(rest), limit: formatDuration(minMinutes) },
      });
    }
    const dayEnd = Math.max(...shifts.map((e) => e.shift!.endsAt));
    previousDayEnd = previousDayEnd === undefined ? dayEnd : Math.max(previousDayEnd, dayEnd);
  }
  return violations;
}

/** The entry at which the running total first goes over the limit. */
function firstCrossing(entries: readonly ReadableEntry[], maxMinutes: number): ReadableEntry | undefined {
  let running = 0;
  for (const e of entries) {
    running += e.minutes;
    if (running > maxMinutes) return e;
  }
  return undefined;
}

function groupByDate(chronological: readonly ReadableEntry[]): Map<CalendarDate, ReadableEntry[]> {
  const byDate = new Map<CalendarDate, ReadableEntry[]>();
  for (const e of chronological) {
    const group = byDate.get(e.entry.date);
    if (group) group.push(e);
    else byDate.set(e.entry.date, [e]);
  }
  return byDate;
}

/** By date; within a day, timed shifts by start time, then hours-only entries; then by line. */
function byWorkOrder(a: ReadableEntry, b: ReadableEntry): number {
  const byDate = compareDates(a.entry.date, b.entry.date);
  if (byDate !== 0) return byDate;
  const aStart = a.shift?.startsAt ?? Number.POSITIVE_INFINITY;
  const bStart = b.shift?.startsAt ?? Number.POSITIVE_INFINITY;
  if (aStart !== bStart) return aStart < bStart ? -1 : 1;
  return a.index - b.index;
}

function durationField(e: ReadableEntry): TimesheetEntryField {
  return e.shift === undefined ? 'hours' : 'end';
}

function limitsInMinutes(limits: WorkingTimeLimits): { dailyMax: number; weeklyMax: number; minShift: number; minRest: number } {
  const minutes = (name: keyof WorkingTimeLimits): number => {
    const hours = limits[name];
    const value = Math.round(hours * 60);
    if (!Number.isFinite(hours) || hours < 0 || Math.abs(hours * 60 - value) > 1e-6) {
      throw new RangeError(`Working-time limit ${name} must be a non-negative number of hours in whole minutes, got ${hours}`);
    }
    return value;
  };
  return { dailyMax: minutes('dailyMaxHours'), weeklyMax: minutes('weeklyMaxHours'), minShift: minutes('minShiftHours'), minRest: minutes('minRestHours') };
}
