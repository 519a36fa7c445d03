import { isCalendarDate, toDayNumber, type CalendarDate } from '../time/dates';

/** How the hours were worked; it decides the premium paid on top of the hourly wage. */
export const WORK_KINDS = ['regular', 'overtime', 'night', 'sunday', 'public-holiday'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/**
 * One line of a worker's weekly timesheet for a placement. Either a shift with start and end
 * (and an unpaid break), or a number of hours worked when the client only records durations.
 * An end earlier than the start means the shift runs past midnight into the next day; the
 * whole shift still belongs to `date`, the day it started.
 */
export interface TimesheetEntry {
  readonly date: CalendarDate;
  /** 'HH:MM', 00:00–23:59. */
  readonly start?: string;
  /** 'HH:MM', 00:00–24:00. */
  readonly end?: string;
  /** Unpaid break inside the shift, whole minutes. Only with start/end. */
  readonly breakMinutes?: number;
  /** Hours worked (net of breaks), e.g. 7.5; must be a whole number of minutes. */
  readonly hours?: number;
  readonly kind: WorkKind;
}

export type TimesheetEntryField = 'date' | 'start' | 'end' | 'breakMinutes' | 'hours' | 'kind';

/** Problems that make a single entry unreadable, before any working-time rule can apply. */
export type EntryProblemCode = 'invalid-date' | 'invalid-kind' | 'invalid-time' | 'invalid-duration' | 'invalid-break' | 'break-longer-than-shift';

export interface EntryProblem {
  readonly code: EntryProblemCode;
  readonly field: TimesheetEntryField;
  readonly message: string;
}

/** A readable entry: its worked minutes and, for start/end entries, where it sits in time. */
export interface MeasuredEntry {
  readonly minutes: number;
  /** Minutes since 1970-01-01 00:00 (calendar clock, no time zone), only for start/end entries. */
  readonly shift?: { readonly startsAt: number; readonly endsAt: number };
}

export type EntryMeasurement = { readonly ok: true; readonly value: MeasuredEntry } | { readonly ok: false; readonly problems: readonly EntryProblem[] };

const MINUTES_PER_DAY = 24 * 60;
const CLOCK_PATTERN = /^(\d{2}):(\d{2})$/;

/**
 * Reads an entry and reports every problem in it at once, so the worker can fix the line in
 * one go. Never throws: entries come from people.
 */
export function measureEntry(entry: TimesheetEntry): EntryMeasurement {
  const problems: EntryProblem[] = [];
  const dateOk = isCalendarDate(entry.date);
  if (!dateOk) problems.push({ code: 'invalid-date', field: 'date', message: `The date ${JSON.stringify(entry.date)} is not a real date written YYYY-MM-DD.` });
  if (!(WORK_KINDS as readonly string[]).includes(entry.kind)) {
    problems.push({ code: 'invalid-kind', field: 'kind', message: `The kind of work must be one of ${WORK_KINDS.join(', ')}.` });
  }

  const timed = entry.start !== undefined || entry.end !== undefined;
  let minutes: number | undefined;
  let shift: MeasuredEntry['shift'];

  if (timed && entry.hours !== undefined) {
    problems.push({ code: 'invalid-duration', field: 'hours', message: 'Give either a start and end time, or a number of hours, not both.' });
  } else if (timed) {
    const start = entry.start === undefined ? undefined : clockMinutes(entry.start, false);
    const end = entry.end === undefined ? undefined : clockMinutes(entry.end, true);
    if (entry.start === undefined) problems.push({ code: 'invalid-time', field: 'start', message: 'The start time is missing.' });
    else if (start === undefined)
      problems.push({
        code: 'invalid-time',
        field: 'start',
        message: `The start time ${JSON.stringify(entry.start)} is not a time written HH:MM (00:00 to 23:59).`,
      });
    if (entry.end === undefined) problems.push({ code: 'invalid-time', field: 'end', message: 'The end time is missing.' });
    else if (end === undefined)
      problems.push({ code: 'invalid-time', field: 'end', message: `The end time ${JSON.stringify(entry.end)} is not a time written HH:MM (00:00 to 24:00).` });
    else if (start !== undefined && end === start) problems.push({ code: 'invalid-time', field: 'end', message: 'The end time equals the start time.' });

    const breakMinutes = entry.breakMinutes ?? 0;
    const breakOk = Number.isSafeInteger(breakMinutes) && breakMinutes >= 0;
    if (!breakOk) problems.push({ code: 'invalid-break', field: 'breakMinutes', message: 'The break must be a whole, non-negative number of minutes.' });

    if (start !== undefined && end !== undefined && end !== start) {
      // An end before the start is the next morning: the shift runs past midnight.
      const span = end > start ? end - start : end + MINUTES_PER_DAY - start;
      if (breakOk && breakMinutes > span) {
        problems.push({
          code: 'break-longer-than-shift',
          field: 'breakMinutes',
          message: `The break (${formatDuration(breakMinutes)}) is longer than the shift (${formatDuration(span)}).`,
        });
      } else if (breakOk) {
        minutes = span - breakMinutes;
        if (dateOk) {
          const startsAt = toDayNumber(entry.date) * MINUTES_PER_DAY + start;
          shift = { startsAt, endsAt: startsAt + span };
        }
      }
    }
  } else if (entry.hours === undefined) {
    problems.push({ code: 'invalid-duration', field: 'hours', message: 'Give a start and end time, or a number of hours.' });
  } else {
    const exactMinutes = entry.hours * 60;
    const wholeMinutes = Math.round(exactMinutes);
    if (!Number.isFinite(exactMinutes) || Math.abs(exactMinutes - wholeMinutes) > 1e-6 || wholeMinutes <= 0 || wholeMinutes > MINUTES_PER_DAY) {
      problems.push({
        code: 'invalid-duration',
        field: 'hours',
        message: 'Hours must be more than 0 and at most 24, in whole minutes (7.5 is fine, 7.51 is not).',
      });
    } else {
      minutes = wholeMinutes;
    }
    if (entry.breakMinutes !== undefined && entry.breakMinutes !== 0) {
      problems.push({
        code: 'invalid-break',
        field: 'breakMinutes',
        message: 'A break can only be given with start and end times; hours are already the hours worked.',
      });
    }
  }

  if (problems.length > 0 || minutes === undefined) return { ok: false, problems };
  return { ok: true, value: shift === undefined ? { minutes } : { minutes, shift } };
}

/** Worked minutes of an entry (shift minus break, or hours × 60). Throws on an unreadable entry. */
export function entryMinutes(entry: TimesheetEntry): number {
  const measured = measureEntry(entry);
  if (!measured.ok) throw new RangeError(measured.problems.map((p) => p.message).join(' '));
  return measured.value.minutes;
}

/** '08:30' → 510. '24:00' only as an end time (a shift ending at midnight). */
export function clockMinutes(text: string, isEnd: boolean): number | undefined {
  const m = typeof text === 'string' ? CLOCK_PATTERN.exec(text) : null;
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (isEnd && hours === 24 && minutes === 0) return MINUTES_PER_DAY;
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : undefined;
}

/** 661 → '11 h 01', for messages. */
export function formatDuration(minutes: number): string {
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}
