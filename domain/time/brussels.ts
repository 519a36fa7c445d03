import type { CalendarDate } from './dates';
import { dateParts } from './dates';

/** The cooperative's business time zone. Calendar days are days in Brussels. */
export const BUSINESS_TIME_ZONE = 'Europe/Brussels';

// Plain Intl only: it behaves the same inside the Temporal workflow sandbox, where Date is
// replaced by a deterministic one (a Date subclass with a time zone of its own did not).
const BRUSSELS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const BRUSSELS_WALL_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The calendar day in Brussels at an instant ('en-CA' formats as YYYY-MM-DD). */
export function brusselsDateOf(epochMs: number): CalendarDate {
  return BRUSSELS_DAY.format(epochMs);
}

/** The wall-clock time in Brussels at an instant, as HH:MM (24 h): what a signature page prints. */
export function brusselsTimeOf(epochMs: number): string {
  const parts = Object.fromEntries(BRUSSELS_WALL_CLOCK.formatToParts(epochMs).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute}`;
}

/** How far Brussels' wall clock is ahead of UTC at an instant, in ms (1 h in winter, 2 h in summer). */
function brusselsOffsetAt(epochMs: number): number {
  const parts = Object.fromEntries(BRUSSELS_WALL_CLOCK.formatToParts(epochMs).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/** The instant (epoch ms) a calendar day starts in Brussels: 2026-03-29 → 2026-03-28T23:00Z. */
export function startOfBrusselsDay(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  const midnightUtc = Date.UTC(year, month - 1, day);
  const guess = midnightUtc - brusselsOffsetAt(midnightUtc);
  // Around a clock change the offset at the guess can differ from the one at UTC midnight.
  return midnightUtc - brusselsOffsetAt(guess);
}
