import { describe, expect, it } from 'vitest';
import { brusselsDateOf, startOfBrusselsDay } from './brussels';

describe.shuffle('Brussels calendar days', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z'], // winter time, UTC+1
    ['2026-07-15', '2026-07-14T22:00:00.000Z'], // summer time, UTC+2
    ['2026-03-29', '2026-03-28T23:00:00.000Z'], // the day summer time starts begins in winter time
    ['2026-10-25', '2026-10-24T22:00:00.000Z'], // the day winter time starts begins in summer time
  ])('%s starts at %s', (day, instant) => {
    expect(new Date(startOfBrusselsDay(day)).toISOString()).toBe(instant);
  });

  it('reads the Brussels day of an instant, not the UTC day', () => {
    expect(brusselsDateOf(Date.parse('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(brusselsDateOf(Date.parse('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
    // Midnight sharp is when durable timers wake: it is already the new day.
    expect(brusselsDateOf(Date.parse('2026-12-10T23:00:00.000Z'))).toBe('2026-12-11');
  });
});

describe.shuffle('every Brussels day from 2021 to 2030', () => {
  it('starts at an instant whose Brussels day is that day, one millisecond after the previous day', async () => {
    const { addDays } = await import('./dates');
    for (let day = '2021-01-01'; day <= '2030-12-31'; day = addDays(day, 1)) {
      const start = startOfBrusselsDay(day);
      expect(brusselsDateOf(start)).toBe(day);
      expect(brusselsDateOf(start - 1)).toBe(addDays(day, -1));
    }
  });
});
