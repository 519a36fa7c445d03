/** Calendar dates as `YYYY-MM-DD` strings, in Brussels time: the engine's own convention. */
export function todayInBrussels(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const toUtc = (date: string) => new Date(`${date}T00:00:00Z`);
const fromUtc = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (date: string, days: number) => fromUtc(new Date(toUtc(date).getTime() + days * 86_400_000));

/** ISO week of a date, `2026-W49`. */
export function isoWeekOf(date: string): string {
  const d = toUtc(date);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The seven dates, Monday first, of an ISO week. */
export function datesOfIsoWeek(week: string): string[] {
  const [y, w] = week.split('-W').map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * 86_400_000 + (w - 1) * 7 * 86_400_000);
  return Array.from({ length: 7 }, (_, i) => addDays(fromUtc(monday), i));
}
