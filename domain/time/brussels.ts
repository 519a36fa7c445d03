import { TZDate } from '@date-fns/tz';
import type { CalendarDate } from './dates';
import { dateParts } from './dates';

/** The cooperative's business time zone. Calendar dates are days in Brussels. */
export const BUSINESS_TIME_ZONE = 'Europe/Brussels';

/** The instant (epoch ms) a calendar day starts in Brussels: 2026-03-29 → 2026-03-28T23:00Z. */
export function startOfBrusselsDay(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  return new TZDate(year, month - 1, day, 0, 0, 0, BUSINESS_TIME_ZONE).getTime();
}

const brusselsDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day in Brussels at an instant. Read from Intl directly: inside the Temporal
 * workflow sandbox (whose Date is replaced) TZDate answered the previous day at midnight sharp,
 * exactly when durable timers wake, and a workflow then slept zero milliseconds in a loop.
 */
export function brusselsDateOf(epochMs: number): CalendarDate {
  const parts = brusselsDayFormat.formatToParts(new Date(epochMs));
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
