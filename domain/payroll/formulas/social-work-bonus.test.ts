import { describe, expect, it } from 'vitest';
import { at } from '../parameters/dated-series';
import {
  singlePartWorkBonusBlueCollar,
  singlePartWorkBonusEmployee,
  twoPartWorkBonusBlueCollar,
  twoPartWorkBonusEmployee,
} from '../parameters/social-security-parameters';
import { grantedWorkBonusParts, singlePartWorkBonus, twoPartWorkBonus } from './social-work-bonus';

const FULL_MONTH = { workedHours: 164.67, fullTimeHours: 164.67 };

// Expected amounts worked by hand from the formulas and figures of facts §2 (and the sources named).
describe.shuffle('social work bonus, one-part regime (until March 2024)', () => {
  it.each([
    // date, gross (cents), expected (cents), how
    ['2021-03-01', 180000, 17811, '205.65 − 0.2194 × (1,800 − 1,674.49) = 178.1133'],
    ['2021-03-01', 160000, 20565, 'S ≤ 1,674.49: maximum 205.65'],
    ['2021-03-01', 270000, 0, 'S above 2,611.78'],
    ['2021-08-01', 180000, 17811, 'still the March 2020 amounts'],
    ['2021-09-01', 180000, 18956, '209.76 − 0.2194 × (1,800 − 1,707.94) = 189.562'],
    ['2022-03-01', 200000, 15739, '213.96 − 0.2194 × (2,000 − 1,742.14) = 157.3855'],
    ['2022-04-01', 200000, 19618, '228.48 − 0.2313 × (2,000 − 1,860.34) = 196.1766'],
    ['2023-06-01', 240000, 15794, '247.31 − 0.2313 × (2,400 − 2,013.63) = 157.9426'],
    ['2023-07-01', 240000, 16252, 'first slope: 262.16 − 0.2579 × (2,400 − 2,013.64) = 162.5178'],
    ['2023-07-01', 280000, 6542, 'second slope: 247.31 − 0.2313 × (2,800 − 2,013.64) = 65.4249'],
    ['2024-03-01', 200000, 26742, 'November 2023 indexation: S ≤ 2,054.01 gives 267.42'],
  ])('employee, %s, gross %i → %i (%s)', (date, gross, expected) => {
    expect(singlePartWorkBonus(gross, FULL_MONTH, at(singlePartWorkBonusEmployee, date).value).amountCents).toBe(expected);
  });

  it.each([
    ['2021-03-01', 180000, 19235, '222.10 − 0.2370 × 125.51 = 192.3541'],
    ['2022-04-01', 200000, 21187, '246.76 − 0.2498 × 139.66 = 211.8713'],
    ['2023-07-01', 240000, 17549, '283.13 − 0.2786 × 386.36 = 175.4897'],
  ])('blue-collar, %s, gross %i → %i (%s)', (date, gross, expected) => {
    expect(singlePartWorkBonus(gross, FULL_MONTH, at(singlePartWorkBonusBlueCollar, date).value).amountCents).toBe(expected);
  });
});

describe.shuffle('social work bonus, parts A and B (from April 2024)', () => {
  it.each([
    ['2024-04-01', 250000, 11591, 4585, 'B = 156.30 − 0.2699 × (2,500 − 2,090.78) = 45.8515'],
    ['2024-05-01', 250000, 11822, 6027, 'B = 159.43 − 0.2699 × (2,500 − 2,132.59) = 60.2660'],
    ['2025-01-01', 300000, 5066, 0, 'worked example #6: A = 118.22 − 0.2442 × 276.64 = 50.66'],
    ['2025-02-01', 300000, 6631, 0, 'A = 120.59 − 0.2443 × (3,000 − 2,777.83) = 66.3139'],
    ['2025-02-01', 250000, 12059, 7497, 'worked example #9: B = 162.62 − 0.2699 × 324.75 = 74.97'],
    ['2025-02-01', 200000, 12059, 16262, 'both maxima below 2,175.25'],
    ['2025-02-01', 330000, 0, 0, 'above 3,271.48'],
  ])('employee, %s, gross %i → A %i, B %i (%s)', (date, gross, a, b) => {
    const bonus = twoPartWorkBonus(gross, FULL_MONTH, at(twoPartWorkBonusEmployee, date).value);
    expect([bonus.partACents, bonus.partBCents]).toEqual([a, b]);
  });

  it('blue-collar amounts are the Easypay 2025 ones on the same reference wage', () => {
    // B = 175.63 − 0.2915 × (2,500 − 2,175.25) = 80.9654
    const bonus = twoPartWorkBonus(250000, FULL_MONTH, at(twoPartWorkBonusBlueCollar, '2025-02-01').value);
    expect([bonus.partACents, bonus.partBCents]).toEqual([13024, 8097]);
  });

  it('prorates to the hours worked: half a month at a 2,500 full-time wage', () => {
    // S = 1,250 × 152 / 76 = 2,500; A = 120.59 × 0.5 = 60.295 → 60.30; B = 74.969975 × 0.5 → 37.48
    const bonus = twoPartWorkBonus(125000, { workedHours: 76, fullTimeHours: 152 }, at(twoPartWorkBonusEmployee, '2025-02-01').value);
    expect(bonus.referenceWageCents).toBe(250000);
    expect([bonus.partACents, bonus.partBCents]).toEqual([6030, 3748]);
  });

  it('never goes above the personal contribution; a capped bonus is shared in proportion between A and B', () => {
    // 2024-04, gross 2,000: A 115.91 + B 156.30 = 272.21 > ONSS 261.40.
    // 261.40 × 115.91 / 272.21 = 111.307 and × 156.30 / 272.21 = 150.093: 111.31 + 150.09.
    expect(grantedWorkBonusParts([11591, 15630], 26140)).toEqual([11131, 15009]);
    expect(grantedWorkBonusParts([5066, 0], 39210)).toEqual([5066, 0]);
    expect(grantedWorkBonusParts([100], 0)).toEqual([0]);
  });
});
