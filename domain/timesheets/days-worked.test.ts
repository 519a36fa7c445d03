import { describe, expect, it } from 'vitest';
import { validateDaysWorked } from './timesheet';

const today = '2026-12-03'; // a Thursday of 2026-W49
const day = (date: string) => ({ date });

describe.shuffle('hours are recorded once worked', () => {
  it.each([
    ['days of this week up to today', '2026-W49', [day('2026-11-30'), day('2026-12-03')], []],
    ['a past week', '2026-W48', [day('2026-11-27')], []],
    ['no day yet in the week that has begun', '2026-W49', [], []],
    ['tomorrow', '2026-W49', [day('2026-12-03'), day('2026-12-04')], ['entries.1.date:day-in-future']],
    ['next week, not begun', '2026-W50', [day('2026-12-07')], ['isoWeek:week-not-started']],
    ['next week, even empty', '2026-W50', [], ['isoWeek:week-not-started']],
  ])('%s', (_what, week, entries, expected) => {
    expect(validateDaysWorked(week, entries, today).map((v) => `${v.field}:${v.code}`)).toEqual(expected);
  });

  it('says from when a week can be recorded', () => {
    expect(validateDaysWorked('2026-W50', [], today)[0]!.message).toBe(
      'week 2026-W50 has not started yet: its hours can be recorded from 2026-12-07, once worked',
    );
  });
});
