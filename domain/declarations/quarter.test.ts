import { describe, expect, it } from 'vitest';
import {
  dmfaDueDate,
  dmfaQuarterCode,
  lastClosedQuarter,
  monthsOfQuarter,
  nextQuarter,
  previousQuarter,
  quarterOfMonth,
  validateDeclarableQuarter,
} from './quarter';

describe.shuffle('quarter arithmetic of the DmfA', () => {
  it.each([
    ['2026-Q1', ['2026-01', '2026-02', '2026-03'], 20261, '2026-04-30', '2025-Q4', '2026-Q2'],
    ['2026-Q2', ['2026-04', '2026-05', '2026-06'], 20262, '2026-07-31', '2026-Q1', '2026-Q3'],
    ['2026-Q3', ['2026-07', '2026-08', '2026-09'], 20263, '2026-10-31', '2026-Q2', '2026-Q4'],
    ['2026-Q4', ['2026-10', '2026-11', '2026-12'], 20264, '2027-01-31', '2026-Q3', '2027-Q1'],
    ['2028-Q1', ['2028-01', '2028-02', '2028-03'], 20281, '2028-04-30', '2027-Q4', '2028-Q2'],
  ])('%s: months %j, XML %i, due %s, after %s, before %s', (q, months, code, due, prev, next) => {
    expect(monthsOfQuarter(q)).toEqual(months);
    expect(dmfaQuarterCode(q)).toBe(code);
    expect(dmfaDueDate(q)).toBe(due);
    expect(previousQuarter(q)).toBe(prev);
    expect(nextQuarter(q)).toBe(next);
    for (const m of months) expect(quarterOfMonth(m)).toBe(q);
  });

  it.each([
    ['2026-04-01', '2026-Q1'],
    ['2026-03-31', '2025-Q4'],
    ['2026-12-03', '2026-Q3'],
    ['2027-01-01', '2026-Q4'],
  ])('on %s the last closed quarter is %s', (today, q) => expect(lastClosedQuarter(today)).toBe(q));

  it.each([
    ['2026-Q1', '2026-04-01', []],
    ['2026-Q1', '2026-03-31', ['quarter-not-closed']],
    ['2026-Q4', '2026-12-03', ['quarter-not-closed']],
    ['2026-Q5', '2027-01-01', ['invalid-quarter']],
    ['2026-1', '2027-01-01', ['invalid-quarter']],
    [20261, '2027-01-01', ['invalid-quarter']],
    ['1999-Q1', '2027-01-01', ['invalid-quarter']],
  ])('declaring %j on %s → %j', (q, today, codes) => {
    expect(validateDeclarableQuarter(q, today).map((v) => v.code)).toEqual(codes);
    for (const v of validateDeclarableQuarter(q, today)) expect(v.field).toBe('quarter');
  });
});
