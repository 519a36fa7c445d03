import { describe, expect, it } from 'vitest';
import { payForHours } from './gross-pay';
import { contributionBasePercent, personalSocialSecurityContribution } from './personal-social-security';

describe.shuffle('personal social security contribution (facts §1)', () => {
  it.each([
    ['white-collar', 300000, 39210], // worked example #6: 392.10
    ['white-collar', 250000, 32675], // worked example #9: 326.75
    ['white-collar', 15000, 1961], // 19.605 rounds half up to 19.61
    ['white-collar', 5000, 654], // 6.535 → 6.54
    ['blue-collar', 200000, 28231], // 2,000 × 108 % × 13.07 % = 282.312
    ['blue-collar', 250000, 35289], // 2,500 × 1.08 × 0.1307 = 352.89
  ] as const)('%s, gross %i cents → %i cents', (category, gross, expected) => {
    expect(personalSocialSecurityContribution(gross, 13.07, contributionBasePercent(category, 108))).toBe(expected);
  });
});

describe.shuffle('pay for hours', () => {
  it.each([
    [160, 1500, 0, 240000],
    [7.5, 1283, 0, 9623], // 96.225 → 96.23
    [10, 1500, 50, 22500],
    [0.01, 1283, 100, 26], // 0.2566 → 0.26
  ])('%s h at %i cents with %s %% premium → %i cents', (hours, wage, premium, expected) => {
    expect(payForHours(hours, wage, premium)).toBe(expected);
  });
});
