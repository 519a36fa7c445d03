import { getISOWeek, getISOWeekYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDayOfWeek } from './dates';
import {
  datesOfIsoWeek,
  formatIsoWeek,
  isDateInIsoWeek,
  isIsoWeekId,
  isoWeekOfDate,
  isoWeeksInYear,
  mondayOfIsoWeek,
  nextIsoWeek,
  parseIsoWeek,
  previousIsoWeek,
  sundayOfIsoWeek,
} from './iso-week';

describe.shuffle('ISO week ids', () => {
  it.each([
    ['2026-W05', true],
    ['2026-W01', true],
    ['2026-W53', true], // 2026 starts on a Thursday: 53 weeks
    ['2025-W52', true],
    ['2025-W53', false],
    ['2020-W53', true], // leap year starting on Wednesday
    ['2026-W00', false],
    ['2026-W54', false],
    ['2026-W5', false],
    ['2026W05', false],
    ['2026-w05', false],
    [202605, false],
  ])('%s valid: %s', (id, valid) => {
    expect(isIsoWeekId(id)).toBe(valid);
  });

  it.each([
    [2015, 53],
    [2020, 53],
    [2021, 52],
    [2025, 52],
    [2026, 53],
    [2032, 53],
  ])('%i has %i ISO weeks', (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });

  it('parses and formats', () => {
    expect(parseIsoWeek('2026-W05')).toEqual({ year: 2026, week: 5 });
    expect(formatIsoWeek({ year: 2026, week: 5 })).toBe('2026-W05');
    expect(() => parseIsoWeek('2025-W53')).toThrow(RangeError);
    expect(() => formatIsoWeek({ year: 2025, week: 53 })).toThrow(RangeError);
  });
});

describe.shuffle('dates of a week and week of a date', () => {
  it.each([
    ['2026-W05', '2026-01-26', '2026-02-01'],
    ['2026-W01', '2025-12-29', '2026-01-04'],
    ['2025-W01', '2024-12-30', '2025-01-05'],
    ['2026-W53', '2026-12-28', '2027-01-03'],
    ['2021-W01', '2021-01-04', '2021-01-10'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
  ])('%s runs from %s to %s', (week, monday, sunday) => {
    expect(mondayOfIsoWeek(week)).toBe(monday);
    expect(sundayOfIsoWeek(week)).toBe(sunday);
    const dates = datesOfIsoWeek(week);
    expect(dates).toHaveLength(7);
    expect(dates[0]).toBe(monday);
    expect(dates[6]).toBe(sunday);
    expect(isoWeekOfDate(monday)).toBe(week);
    expect(isoWeekOfDate(sunday)).toBe(week);
    expect(isDateInIsoWeek(addDays(monday, -1), week)).toBe(false);
    expect(isDateInIsoWeek(addDays(sunday, 1), week)).toBe(false);
  });

  it.each([
    ['2026-W05', '2026-W06', '2026-W04'],
    ['2026-W53', '2027-W01', '2026-W52'],
    ['2027-W01', '2027-W02', '2026-W53'],
    ['2025-W52', '2026-W01', '2025-W51'],
  ])('after %s comes %s, before it %s', (week, next, previous) => {
    expect(nextIsoWeek(week)).toBe(next);
    expect(previousIsoWeek(week)).toBe(previous);
  });
});

describe.shuffle('ISO weeks — properties', () => {
  const anyDate = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('agrees with date-fns on the week of any date', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const local = new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
        expect(parseIsoWeek(isoWeekOfDate(date))).toEqual({ year: getISOWeekYear(local), week: getISOWeek(local) });
      }),
    );
  });

  it('a date is in its week, which runs Monday to Sunday, and next/previous are inverse', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const week = isoWeekOfDate(date);
        const dates = datesOfIsoWeek(week);
        expect(dates).toContain(date);
        expect(dates.map(isoDayOfWeek)).toEqual([1, 2, 3, 4, 5, 6, 7]);
        expect(previousIsoWeek(nextIsoWeek(week))).toBe(week);
        expect(mondayOfIsoWeek(nextIsoWeek(week))).toBe(addDays(dates[0]!, 7));
      }),
    );
  });
});
