import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/dates';
import { datesOfIsoWeek } from '../time/iso-week';
import { WORK_KINDS, entryMinutes, type TimesheetEntry } from './timesheet-entry';
import { checkWorkingTime, type WorkingTimeCheck } from './working-time';

// Week 2026-W05 runs from Monday 2026-01-26 to Sunday 2026-02-01.
const WEEK = '2026-W05';
const MON = '2026-01-26';
const TUE = '2026-01-27';
const WED = '2026-01-28';
const THU = '2026-01-29';
const FRI = '2026-01-30';
const SAT = '2026-01-31';
const SUN = '2026-02-01';

const shift = (date: string, start: string, end: string, breakMinutes?: number): TimesheetEntry =>
  breakMinutes === undefined ? { date, start, end, kind: 'regular' } : { date, start, end, breakMinutes, kind: 'regular' };
const hours = (date: string, h: number): TimesheetEntry => ({ date, hours: h, kind: 'regular' });

function violationsOf(entries: readonly TimesheetEntry[], options: Partial<WorkingTimeCheck> = {}) {
  return checkWorkingTime({ isoWeek: WEEK, placementStart: '2026-01-01', entries, ...options }).violations.map(({ code, entryIndex, field }) => ({
    code,
    entryIndex,
    field,
  }));
}

type Expected = { code: string; entryIndex: number; field: string };
const none: Expected[] = [];

describe.shuffle('working-time rules, both sides of every limit', () => {
  it.each<[string, TimesheetEntry[], Expected[], Partial<WorkingTimeCheck>?]>([
    // max-daily-hours: 11 h
    ['11 h in one shift is allowed', [shift(MON, '08:00', '19:00')], none],
    ['11 h 01 in one shift is refused', [shift(MON, '08:00', '19:01')], [{ code: 'max-daily-hours', entryIndex: 0, field: 'end' }]],
    ['12 h with a 1 h break is 11 h worked', [shift(MON, '07:00', '19:00', 60)], none],
    ['12 h with a 59 min break is refused', [shift(MON, '07:00', '19:00', 59)], [{ code: 'max-daily-hours', entryIndex: 0, field: 'end' }]],
    ['11 h over two shifts of a day is allowed', [shift(MON, '06:00', '10:00'), shift(MON, '13:00', '20:00')], none],
    [
      'the shift that crosses 11 h is pointed at',
      [shift(MON, '13:00', '20:01'), shift(MON, '06:00', '10:00')],
      [{ code: 'max-daily-hours', entryIndex: 0, field: 'end' }],
    ],
    ['11 h given as hours is allowed', [hours(MON, 11)], none],
    ['11.25 h given as hours is refused', [hours(MON, 11.25)], [{ code: 'max-daily-hours', entryIndex: 0, field: 'hours' }]],
    ['a night shift counts on the day it started', [shift(MON, '20:00', '07:00'), shift(TUE, '18:00', '22:00')], none],
    ['a night shift of 11 h 01 is refused', [shift(MON, '20:00', '07:01')], [{ code: 'max-daily-hours', entryIndex: 0, field: 'end' }]],

    // max-weekly-hours: 50 h
    ['50 h in five days is allowed', [MON, TUE, WED, THU, FRI].map((d) => shift(d, '08:00', '18:00')), none],
    [
      '50 h 01 in the week is refused on the line that crosses',
      [...[MON, TUE, WED, THU].map((d) => shift(d, '08:00', '18:00')), shift(SAT, '08:00', '11:00'), shift(FRI, '08:00', '15:01')],
      // Chronologically Friday (line 5) comes before Saturday (line 4), which goes over 50 h.
      [{ code: 'max-weekly-hours', entryIndex: 4, field: 'end' }],
    ],

    // min-shift-hours: 3 h
    ['a 3 h shift is allowed', [shift(MON, '09:00', '12:00')], none],
    ['a 2 h 59 shift is refused', [shift(MON, '09:00', '11:59')], [{ code: 'min-shift-hours', entryIndex: 0, field: 'end' }]],
    ['3 h 30 with a 31 min break is refused', [shift(MON, '09:00', '12:30', 31)], [{ code: 'min-shift-hours', entryIndex: 0, field: 'end' }]],
    ['3 hours given as hours is allowed', [hours(MON, 3)], none],
    ['2.5 hours given as hours is refused', [hours(MON, 2.5)], [{ code: 'min-shift-hours', entryIndex: 0, field: 'hours' }]],

    // min-daily-rest: 11 h between two work days
    ['exactly 11 h of rest is allowed', [shift(MON, '14:00', '22:00'), shift(TUE, '09:00', '17:00')], none],
    ['10 h 59 of rest is refused', [shift(MON, '14:00', '22:00'), shift(TUE, '08:59', '17:00')], [{ code: 'min-daily-rest', entryIndex: 1, field: 'start' }]],
    ['rest after a night shift counts from its end', [shift(MON, '22:00', '06:00'), shift(TUE, '17:00', '23:00')], none],
    [
      '10 h 59 of rest after a night shift is refused',
      [shift(MON, '22:00', '06:00'), shift(TUE, '16:59', '23:00')],
      [{ code: 'min-daily-rest', entryIndex: 1, field: 'start' }],
    ],
    ['a split shift on one day is one work day', [shift(MON, '07:00', '11:00'), shift(MON, '15:00', '19:00')], none],
    [
      'the rest is measured to the first shift of the next day',
      [shift(TUE, '12:00', '16:00'), shift(MON, '14:00', '22:00'), shift(TUE, '08:00', '11:00')],
      [{ code: 'min-daily-rest', entryIndex: 2, field: 'start' }],
    ],
    ['entries given as hours are not checked for rest', [hours(MON, 8), shift(TUE, '06:00', '14:00')], none],
    [
      'rest is checked across the days of the week in order',
      [shift(WED, '15:00', '23:00'), shift(THU, '06:00', '14:00')],
      [{ code: 'min-daily-rest', entryIndex: 1, field: 'start' }],
    ],

    // outside-week
    ['Monday and Sunday of the week are inside', [shift(MON, '08:00', '12:00'), shift(SUN, '08:00', '12:00')], none],
    ['the Sunday before the week is outside', [shift('2026-01-25', '08:00', '12:00')], [{ code: 'outside-week', entryIndex: 0, field: 'date' }]],
    ['the Monday after the week is outside', [shift('2026-02-02', '08:00', '12:00')], [{ code: 'outside-week', entryIndex: 0, field: 'date' }]],

    // outside-placement
    ['the first day of the placement is inside', [shift(WED, '08:00', '12:00')], none, { placementStart: WED }],
    [
      'the day before the placement is outside',
      [shift(TUE, '08:00', '12:00')],
      [{ code: 'outside-placement', entryIndex: 0, field: 'date' }],
      { placementStart: WED },
    ],
    ['the last day of the placement is inside', [shift(FRI, '08:00', '12:00')], none, { placementEnd: FRI }],
    [
      'the day after the placement is outside',
      [shift(SAT, '08:00', '12:00')],
      [{ code: 'outside-placement', entryIndex: 0, field: 'date' }],
      { placementEnd: FRI },
    ],

    // overlap
    ['shifts that touch do not overlap', [shift(MON, '08:00', '12:00'), shift(MON, '12:00', '15:00')], none],
    [
      'shifts that share a minute overlap',
      [shift(MON, '08:00', '12:00'), shift(MON, '11:59', '15:00')],
      [{ code: 'overlapping-shifts', entryIndex: 1, field: 'start' }],
    ],
    [
      'a night shift overlaps the next morning',
      [shift(MON, '22:00', '06:00'), shift(TUE, '05:00', '09:00')],
      [{ code: 'overlapping-shifts', entryIndex: 1, field: 'start' }],
    ],

    // break
    ['a break as long as the shift leaves 0 h worked', [shift(MON, '08:00', '11:00', 180)], [{ code: 'min-shift-hours', entryIndex: 0, field: 'end' }]],
    [
      'a break longer than the shift is refused',
      [shift(MON, '08:00', '11:00', 181)],
      [{ code: 'break-longer-than-shift', entryIndex: 0, field: 'breakMinutes' }],
    ],
    ['a negative break is refused', [shift(MON, '08:00', '12:00', -5)], [{ code: 'invalid-break', entryIndex: 0, field: 'breakMinutes' }]],
    ['a break in part-minutes is refused', [shift(MON, '08:00', '12:00', 1.5)], [{ code: 'invalid-break', entryIndex: 0, field: 'breakMinutes' }]],
    [
      'a break with hours is refused',
      [{ date: MON, hours: 4, breakMinutes: 30, kind: 'regular' }],
      [{ code: 'invalid-break', entryIndex: 0, field: 'breakMinutes' }],
    ],

    // time format and duration
    ['a shift ending at 24:00 is allowed', [shift(MON, '16:00', '24:00')], none],
    ['a shift ending at 00:00 runs to midnight', [shift(MON, '16:00', '00:00')], none],
    ['a one-digit hour is refused', [shift(MON, '8:00', '12:00')], [{ code: 'invalid-time', entryIndex: 0, field: 'start' }]],
    ['24:00 is not a start time', [shift(MON, '24:00', '04:00')], [{ code: 'invalid-time', entryIndex: 0, field: 'start' }]],
    ['minute 60 is refused', [shift(MON, '08:00', '12:60')], [{ code: 'invalid-time', entryIndex: 0, field: 'end' }]],
    ['an end equal to the start is refused', [shift(MON, '08:00', '08:00')], [{ code: 'invalid-time', entryIndex: 0, field: 'end' }]],
    ['a missing end is refused', [{ date: MON, start: '08:00', kind: 'regular' }], [{ code: 'invalid-time', entryIndex: 0, field: 'end' }]],
    ['neither times nor hours is refused', [{ date: MON, kind: 'regular' }], [{ code: 'invalid-duration', entryIndex: 0, field: 'hours' }]],
    [
      'both times and hours is refused',
      [{ date: MON, start: '08:00', end: '12:00', hours: 4, kind: 'regular' }],
      [{ code: 'invalid-duration', entryIndex: 0, field: 'hours' }],
    ],
    ['0 hours is refused', [hours(MON, 0)], [{ code: 'invalid-duration', entryIndex: 0, field: 'hours' }]],
    ['25 hours is refused', [hours(MON, 25)], [{ code: 'invalid-duration', entryIndex: 0, field: 'hours' }]],
    ['hours that are not whole minutes are refused', [hours(MON, 7.51)], [{ code: 'invalid-duration', entryIndex: 0, field: 'hours' }]],
    ['an impossible date is refused', [shift('2026-02-30', '08:00', '12:00')], [{ code: 'invalid-date', entryIndex: 0, field: 'date' }]],
    ['an unknown kind is refused', [{ date: MON, hours: 4, kind: 'weekend' as never }], [{ code: 'invalid-kind', entryIndex: 0, field: 'kind' }]],
  ])('%s', (_name, entries, expected, options) => {
    expect(violationsOf(entries, options)).toEqual(expected);
  });

  it('limits are parameters: a sector with 10 h a day refuses 10 h 01', () => {
    expect(violationsOf([shift(MON, '08:00', '18:00')], { limits: { dailyMaxHours: 10 } })).toEqual([]);
    expect(violationsOf([shift(MON, '08:00', '18:01')], { limits: { dailyMaxHours: 10 } })).toEqual([{ code: 'max-daily-hours', entryIndex: 0, field: 'end' }]);
    expect(violationsOf([shift(MON, '09:00', '11:00')], { limits: { minShiftHours: 2 } })).toEqual([]);
    expect(violationsOf([shift(MON, '14:00', '22:00'), shift(TUE, '08:00', '16:00')], { limits: { minRestHours: 10 } })).toEqual([]);
  });

  it('refuses a malformed week, placement or limit, which are the caller’s inputs', () => {
    expect(() => checkWorkingTime({ isoWeek: '2026-W5', placementStart: MON, entries: [] })).toThrow(RangeError);
    expect(() => checkWorkingTime({ isoWeek: WEEK, placementStart: '2026-13-01', entries: [] })).toThrow(RangeError);
    expect(() => checkWorkingTime({ isoWeek: WEEK, placementStart: FRI, placementEnd: MON, entries: [] })).toThrow(RangeError);
    expect(() => checkWorkingTime({ isoWeek: WEEK, placementStart: MON, entries: [], limits: { dailyMaxHours: -1 } })).toThrow(RangeError);
    expect(() => checkWorkingTime({ isoWeek: WEEK, placementStart: MON, entries: [], limits: { dailyMaxHours: Number.NaN } })).toThrow(RangeError);
  });

  it('every violation carries a plain message', () => {
    const report = checkWorkingTime({ isoWeek: WEEK, placementStart: WED, entries: [shift(MON, '08:00', '19:30'), shift(TUE, '05:00', '06:00')] });
    expect(report.violations.map((v) => v.code)).toEqual(['outside-placement', 'max-daily-hours', 'outside-placement', 'min-shift-hours', 'min-daily-rest']);
    for (const v of report.violations) expect(v.message).toMatch(/\w+.*\./);
    expect(report.violations[1]!.message).toBe('11 h 30 worked on 2026-01-26; at most 11 h 00 a day.');
  });
});

describe.shuffle('totals', () => {
  it('adds worked minutes per kind of work, over readable entries only', () => {
    const report = checkWorkingTime({
      isoWeek: WEEK,
      placementStart: '2026-01-01',
      entries: [
        { date: MON, start: '08:00', end: '16:30', breakMinutes: 30, kind: 'regular' }, // 480
        { date: TUE, start: '22:00', end: '06:00', kind: 'night' }, // 480
        { date: SUN, hours: 4.25, kind: 'sunday' }, // 255
        { date: WED, start: '17:00', end: '20:15', kind: 'overtime' }, // 195
        { date: THU, start: 'soon', end: '12:00', kind: 'regular' }, // unreadable: not counted
      ],
    });
    expect(report.totalsByKind).toEqual({ regular: 480, overtime: 195, night: 480, sunday: 255, 'public-holiday': 0 });
    expect(report.totalMinutes).toBe(1410);
  });

  it.each<[TimesheetEntry, number]>([
    [shift(MON, '08:00', '12:00'), 240],
    [shift(MON, '08:00', '12:00', 15), 225],
    [shift(MON, '22:00', '06:00'), 480],
    [shift(MON, '23:30', '00:15'), 45],
    [shift(MON, '00:00', '24:00'), 1440],
    [hours(MON, 7.6), 456],
    [hours(MON, 1 / 3), 20],
  ])('entryMinutes(%o) = %i', (entry, minutes) => {
    expect(entryMinutes(entry)).toBe(minutes);
  });

  it('entryMinutes refuses an unreadable entry with the reason', () => {
    expect(() => entryMinutes(shift(MON, '08:00', '07:00', 24 * 60))).toThrow(/break/);
    expect(() => entryMinutes({ date: MON, kind: 'regular' })).toThrow(RangeError);
  });
});

describe.shuffle('working-time check — properties', () => {
  const weekDates = datesOfIsoWeek(WEEK);
  const clock = fc.integer({ min: 0, max: 24 * 60 - 1 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  const timedEntry = fc.record({
    date: fc.constantFrom(...weekDates, addDays(weekDates[0]!, -1)),
    start: clock,
    end: clock,
    breakMinutes: fc.integer({ min: 0, max: 90 }),
    kind: fc.constantFrom(...WORK_KINDS),
  });
  const hoursEntry = fc.record({
    date: fc.constantFrom(...weekDates),
    hours: fc.integer({ min: 1, max: 14 * 4 }).map((q) => q / 4),
    kind: fc.constantFrom(...WORK_KINDS),
  });
  const timesheet = fc.array(fc.oneof(timedEntry, hoursEntry), { maxLength: 12 });
  const run = (entries: TimesheetEntry[]) => checkWorkingTime({ isoWeek: WEEK, placementStart: '2026-01-01', entries });

  it('totals are the sum of the readable entries, and per kind add up to the total', () => {
    fc.assert(
      fc.property(timesheet, (entries) => {
        const report = run(entries);
        const readable = entries.flatMap((e) => {
          try {
            return [entryMinutes(e)];
          } catch {
            return [];
          }
        });
        expect(report.totalMinutes).toBe(readable.reduce((a, b) => a + b, 0));
        expect(Object.values(report.totalsByKind).reduce((a, b) => a + b, 0)).toBe(report.totalMinutes);
        for (const v of report.violations) expect(v.entryIndex).toBeLessThan(entries.length);
      }),
    );
  });

  it('the order of the lines does not change the verdict', () => {
    fc.assert(
      fc.property(timesheet, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (entries, randoms) => {
        const shuffled = entries
          .map((entry) => ({ entry, r: randoms.next().value as number }))
          .sort((a, b) => a.r - b.r)
          .map((x) => x.entry);
        // Which line is pointed at may differ for lines given only as hours, which have no
        // position in the day; the set of rules broken may not.
        const codes = (list: TimesheetEntry[]) =>
          run(list)
            .violations.map((v) => v.code)
            .sort();
        expect(codes(shuffled)).toEqual(codes(entries));
        expect(run(shuffled).totalsByKind).toEqual(run(entries).totalsByKind);
      }),
    );
  });

  it('one more line never lowers the total', () => {
    fc.assert(
      fc.property(timesheet, fc.oneof(timedEntry, hoursEntry), (entries, extra) => {
        expect(run([...entries, extra]).totalMinutes).toBeGreaterThanOrEqual(run(entries).totalMinutes);
      }),
    );
  });
});
