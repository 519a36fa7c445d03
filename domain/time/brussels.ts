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

/** The calendar day in Brussels at an instant. */
export function brusselsDateOf(epochMs: number): CalendarDate {
  const d = new TZDate(epochMs, BUSINESS_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
