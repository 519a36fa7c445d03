import { addDays as fnsAddDays, addMonths as fnsAddMonths, differenceInCalendarDays, format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  firstDayOfMonth,
  firstDayOfQuarter,
  fromDayNumber,
  isCalendarDate,
  isDateWithin,
  isoDayOfWeek,
  lastDayOfMonth,
  lastDayOfQuarter,
  monthOf,
  quarterOf,
  toDayNumber,
} from './dates';

describe.shuffle('isCalendarDate', () => {
  it.each([
    ['2026-01-31', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-5', false],
    ['2026-01-05T00:00:00Z', false],
    ['0000-01-01', false],
    [' 2026-01-05', false],
    [20260105, false],
    [undefined, false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe.shuffle('date arithmetic — table', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-03-29', 1, '2026-03-30'], // DST change in Brussels: still exactly one calendar day
    ['2026-10-25', -1, '2026-10-24'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2026-01-01', 0, '2026-01-01'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-05-31', 0, '2026-05-31'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
  ])('day number of %s is %i', (date, n) => {
    expect(toDayNumber(date)).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
  });

  it.each([
    ['2026-02-02', 1], // Monday
    ['2026-02-08', 7], // Sunday
    ['1970-01-01', 4], // Thursday
    ['1969-12-29', 1],
  ])('isoDayOfWeek(%s) = %i', (date, dow) => {
    expect(isoDayOfWeek(date)).toBe(dow);
  });

  it('compares and tests membership of a period', () => {
    expect(compareDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(isDateWithin('2026-03-01', '2026-03-01', '2026-03-31')).toBe(true);
    expect(isDateWithin('2026-03-31', '2026-03-01', '2026-03-31')).toBe(true);
    expect(isDateWithin('2026-04-01', '2026-03-01', '2026-03-31')).toBe(false);
    expect(isDateWithin('2099-01-01', '2026-03-01')).toBe(true);
    expect(isDateWithin('2026-02-28', '2026-03-01')).toBe(false);
  });

  it('refuses invalid dates instead of rolling them over', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => compareDates('2026-02-01', 'tomorrow')).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe.shuffle('months and quarters', () => {
  it.each([
    ['2026-02-14', '2026-02', '2026-02-01', '2026-02-28', '2026-Q1'],
    ['2024-02-29', '2024-02', '2024-02-01', '2024-02-29', '2024-Q1'],
    ['2026-04-01', '2026-04', '2026-04-01', '2026-04-30', '2026-Q2'],
    ['2026-09-30', '2026-09', '2026-09-01', '2026-09-30', '2026-Q3'],
    ['2026-12-31', '2026-12', '2026-12-01', '2026-12-31', '2026-Q4'],
  ])('%s: month %s, from %s to %s, %s', (date, month, first, last, quarter) => {
    expect(monthOf(date)).toBe(month);
    expect(firstDayOfMonth(date)).toBe(first);
    expect(firstDayOfMonth(month)).toBe(first);
    expect(lastDayOfMonth(date)).toBe(last);
    expect(lastDayOfMonth(month)).toBe(last);
    expect(quarterOf(date)).toBe(quarter);
  });

  it.each([
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
  ])('%s runs from %s to %s', (quarter, first, last) => {
    expect(firstDayOfQuarter(quarter)).toBe(first);
    expect(lastDayOfQuarter(quarter)).toBe(last);
  });

  it('refuses malformed months and quarters', () => {
    expect(() => lastDayOfMonth('2026-13')).toThrow(RangeError);
    expect(() => firstDayOfQuarter('2026-Q5')).toThrow(RangeError);
  });
});

describe.shuffle('date arithmetic — properties, with date-fns as an independent oracle', () => {
  const anyDate = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const dayCount = fc.integer({ min: -20_000, max: 20_000 });
  const localDate = (date: string) => new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

  it('day numbers round-trip and preserve order', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(fromDayNumber(toDayNumber(a))).toBe(a);
        expect(Math.sign(toDayNumber(a) - toDayNumber(b))).toBe(compareDates(a, b));
      }),
    );
  });

  it('addDays and daysBetween agree with each other and with date-fns', () => {
    fc.assert(
      fc.property(anyDate, dayCount, (date, days) => {
        const later = addDays(date, days);
        expect(daysBetween(date, later)).toBe(days);
        expect(addDays(later, -days)).toBe(date);
        expect(later).toBe(format(fnsAddDays(localDate(date), days), 'yyyy-MM-dd'));
        expect(differenceInCalendarDays(localDate(later), localDate(date))).toBe(days);
      }),
    );
  });

  it('addMonths agrees with date-fns (end-of-month clamping)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -600, max: 600 }), (date, months) => {
        expect(addMonths(date, months)).toBe(format(fnsAddMonths(localDate(date), months), 'yyyy-MM-dd'));
      }),
    );
  });
});
