import type { RuleViolation } from '../rule-violation';
import {
  addDays,
  compareDates,
  dateFromParts,
  firstDayOfQuarter,
  isCalendarQuarter,
  lastDayOfMonth,
  lastDayOfQuarter,
  type CalendarDate,
  type CalendarMonth,
  type CalendarQuarter,
} from '../time/dates';

/**
 * Quarter arithmetic of the DmfA: the declaration covers a calendar quarter 'YYYY-Qn', is
 * written '<YYYY><n>' in the XML (<Quarter>20261</Quarter>), and is due by the last day of the
 * month after the quarter (facts §9, "Due dates and payment").
 */
export interface QuarterParts {
  year: number;
  number: 1 | 2 | 3 | 4;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function quarterParts(quarter: CalendarQuarter): QuarterParts {
  if (!isCalendarQuarter(quarter)) throw new RangeError(`Quarter must be written YYYY-Qn, got ${JSON.stringify(quarter)}`);
  return { year: Number(quarter.slice(0, 4)), number: Number(quarter.slice(6)) as QuarterParts['number'] };
}

export function quarterOfParts(year: number, number: number): CalendarQuarter {
  return `${pad(year, 4)}-Q${number}`;
}

/** The three pay periods of a quarter: '2026-Q1' → ['2026-01', '2026-02', '2026-03']. */
export function monthsOfQuarter(quarter: CalendarQuarter): CalendarMonth[] {
  const { year, number } = quarterParts(quarter);
  return [0, 1, 2].map((i) => `${pad(year, 4)}-${pad(number * 3 - 2 + i, 2)}`);
}

/** The quarter a pay period belongs to: '2026-05' → '2026-Q2'. */
export function quarterOfMonth(month: CalendarMonth): CalendarQuarter {
  return quarterOfParts(Number(month.slice(0, 4)), Math.ceil(Number(month.slice(5, 7)) / 3));
}

/** The XML form: '2026-Q1' → 20261. */
export function dmfaQuarterCode(quarter: CalendarQuarter): number {
  const { year, number } = quarterParts(quarter);
  return year * 10 + number;
}

export function previousQuarter(quarter: CalendarQuarter): CalendarQuarter {
  const { year, number } = quarterParts(quarter);
  return number === 1 ? quarterOfParts(year - 1, 4) : quarterOfParts(year, number - 1);
}

export function nextQuarter(quarter: CalendarQuarter): CalendarQuarter {
  const { year, number } = quarterParts(quarter);
  return number === 4 ? quarterOfParts(year + 1, 1) : quarterOfParts(year, number + 1);
}

/** The last quarter that has ended on `today` (a quarter ends at the end of its last day). */
export function lastClosedQuarter(today: CalendarDate): CalendarQuarter {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const current = quarterOfParts(year, Math.ceil(month / 3));
  return previousQuarter(current);
}

/** The DmfA and the quarter's contribution balance are due by the last day of the month after the quarter. */
export function dmfaDueDate(quarter: CalendarQuarter): CalendarDate {
  const { year, number } = quarterParts(quarter);
  return number === 4 ? lastDayOfMonth(`${pad(year + 1, 4)}-01`) : lastDayOfMonth(`${pad(year, 4)}-${pad(number * 3 + 1, 2)}`);
}

export { firstDayOfQuarter, lastDayOfQuarter };

/**
 * A quarter the cooperative may declare on `today`: well written, and over (the day after its
 * last day has begun). Field names follow the request ({ quarter }).
 */
export function validateDeclarableQuarter(quarter: unknown, today: CalendarDate): RuleViolation[] {
  if (typeof quarter !== 'string' || !isCalendarQuarter(quarter) || Number(quarter.slice(0, 4)) < 2003) {
    return [{ field: 'quarter', code: 'invalid-quarter', message: 'The quarter must be written YYYY-Qn, e.g. "2026-Q1" (from 2003).' }];
  }
  if (compareDates(today, addDays(lastDayOfQuarter(quarter), 1)) < 0) {
    return [
      {
        field: 'quarter',
        code: 'quarter-not-closed',
        message: `${quarter} is not over yet: it can be declared from ${addDays(lastDayOfQuarter(quarter), 1)}.`,
      },
    ];
  }
  return [];
}

/** First day of a month, as the calendar writes dates. */
export function dayOfMonth(year: number, month: number, day: number): CalendarDate {
  return dateFromParts(year, month, day);
}
