import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePayslip, type Payslip } from './compute-payslip';
import { belgianPayrollParameters, type PayrollParameterSet } from './parameters/belgian-payroll-parameters';
import type { PayslipInput } from './payslip-input';

const period = fc
  .record({ year: fc.integer({ min: 2021, max: 2026 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);

const hours = fc.integer({ min: 0, max: 20000 }).map((hundredths) => hundredths / 100);

const payslipInput: fc.Arbitrary<PayslipInput> = fc
  .record({
    period,
    payKind: fc.constantFrom('regular', 'regular', 'thirteenth-month', 'double-holiday-pay'),
    workerCategory: fc.constantFrom('white-collar', 'blue-collar'),
    family: fc.constantFrom('single', 'couple-two-incomes', 'couple-one-income'),
    dependentChildren: fc.integer({ min: 0, max: 12 }),
    basis: fc.oneof(
      fc.record({ grossCents: fc.integer({ min: 0, max: 1_500_000 }) }),
      fc.record({
        hours: fc.record({ regular: hours, overtime: hours, night: hours, sunday: hours, publicHoliday: hours }, { requiredKeys: ['regular'] }),
        hourlyWageCents: fc.integer({ min: 0, max: 6000 }),
      }),
    ),
    time: fc.option(fc.record({ workedHours: fc.integer({ min: 100, max: 16467 }), fullTimeHours: fc.constant(16467) }), { nil: undefined }),
  })
  .map(({ basis, time, ...rest }) => {
    const input: PayslipInput = { ...rest, ...basis } as PayslipInput;
    if (input.payKind === 'double-holiday-pay' && input.workerCategory === 'blue-collar') input.payKind = 'regular';
    if (input.hours) {
      const total = Object.values(input.hours).reduce((sum, h) => sum + (h ?? 0), 0);
      if (total > 744) input.hours = { regular: input.hours.regular };
    }
    if (time) Object.assign(input, { workedHours: time.workedHours / 100, fullTimeHours: time.fullTimeHours / 100 });
    return input;
  });

const sum = (payslip: Payslip, predicate: (code: string, side: string) => boolean) =>
  payslip.lines.filter((line) => predicate(line.code, line.side)).reduce((total, line) => total + line.amountCents, 0);

const EARNINGS = /^(GROSS_PAY|.*_HOURS|THIRTEENTH_MONTH|DOUBLE_HOLIDAY_PAY.*)$/;

describe.shuffle('payslip invariants (property-based)', () => {
  it('lines reconcile to the totals to the cent', () => {
    fc.assert(
      fc.property(payslipInput, (input) => {
        const payslip = computePayslip(input);
        const t = payslip.totals;
        expect(sum(payslip, (_, side) => side === 'worker')).toBe(t.netCents);
        expect(sum(payslip, (code) => EARNINGS.test(code))).toBe(t.grossCents);
        expect(0 - sum(payslip, (code) => code === 'PERSONAL_SOCIAL_SECURITY')).toBe(t.personalSocialSecurityCents);
        expect(sum(payslip, (code) => code.startsWith('SOCIAL_WORK_BONUS'))).toBe(t.socialWorkBonusCents);
        expect(0 - sum(payslip, (code) => code.startsWith('WITHHOLDING_'))).toBe(t.withholdingTaxBeforeWorkBonusCents);
        expect(sum(payslip, (code) => code === 'FISCAL_WORK_BONUS')).toBe(t.fiscalWorkBonusCents);
        expect(0 - sum(payslip, (code) => code === 'SPECIAL_SOCIAL_SECURITY_CONTRIBUTION')).toBe(t.specialSocialSecurityContributionCents);
        expect(t.grossCents + sum(payslip, (_, side) => side === 'employer')).toBe(t.employerCostCents);
        expect(t.taxableCents).toBe(t.grossCents - t.personalSocialSecurityCents + t.socialWorkBonusCents);
        expect(t.withholdingTaxCents).toBe(t.withholdingTaxBeforeWorkBonusCents - t.fiscalWorkBonusCents);
        expect(t.netCents).toBe(
          t.grossCents - t.personalSocialSecurityCents + t.socialWorkBonusCents - t.withholdingTaxCents - t.specialSocialSecurityContributionCents,
        );
        for (const line of payslip.lines) expect(Number.isSafeInteger(line.amountCents)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('net never exceeds gross, and nothing withheld is negative', () => {
    fc.assert(
      fc.property(payslipInput, (input) => {
        const t = computePayslip(input).totals;
        expect(t.netCents).toBeLessThanOrEqual(t.grossCents);
        expect(t.socialWorkBonusCents).toBeLessThanOrEqual(t.personalSocialSecurityCents);
        for (const value of [t.withholdingTaxCents, t.fiscalWorkBonusCents, t.specialSocialSecurityContributionCents, t.socialWorkBonusCents]) {
          expect(value).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic: same input, fresh parameter caches, same payslip', () => {
    fc.assert(
      fc.property(payslipInput, (input) => {
        const first = computePayslip(input);
        const copyOfParameters = JSON.parse(JSON.stringify(belgianPayrollParameters)) as PayrollParameterSet;
        expect(computePayslip(structuredClone(input), copyOfParameters)).toEqual(first);
        expect(computePayslip(input)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  /*
   * More gross never gives less net, within a month and family situation. Two notches written in
   * the law are excluded on purpose: the €15 steps of the taxable base until 2022 (a raise of a
   * few cents can cross one), hence raises of at least €30 before 2023; and the flat special
   * contribution of a two-income couple from €1,095.10 (9.30, then 5.15), hence both amounts on the
   * same side of that threshold. Below €1 of raise, independent roundings may cost a cent.
   */
  it('more gross never gives less net', () => {
    fc.assert(
      fc.property(
        period,
        fc.constantFrom('white-collar', 'blue-collar'),
        fc.constantFrom('single', 'couple-two-incomes', 'couple-one-income'),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 1_200_000 }),
        fc.integer({ min: 100, max: 300_000 }),
        fc.option(fc.integer({ min: 2000, max: 16467 }), { nil: undefined }),
        (p, workerCategory, family, dependentChildren, gross, raise, worked) => {
          const minimumRaise = p < '2023-01' ? 3000 : 100;
          fc.pre(raise >= minimumRaise);
          if (family === 'couple-two-incomes') fc.pre(gross >= 109510 || gross + raise < 109510);
          const base: PayslipInput = { period: p, payKind: 'regular', workerCategory, family, dependentChildren, grossCents: gross };
          if (worked !== undefined) Object.assign(base, { workedHours: worked / 100, fullTimeHours: 164.67 });
          const lower = computePayslip(base).totals.netCents;
          const higher = computePayslip({ ...base, grossCents: gross + raise }).totals.netCents;
          expect(higher).toBeGreaterThanOrEqual(lower);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('the legal notch exists: a two-income couple earning 1,095.10 instead of 1,095.09 nets less', () => {
    const at = (grossCents: number) =>
      computePayslip({ period: '2025-06', payKind: 'regular', workerCategory: 'white-collar', family: 'couple-two-incomes', dependentChildren: 0, grossCents })
        .totals;
    expect(at(109510).specialSocialSecurityContributionCents).toBe(515);
    expect(at(109510).netCents).toBeLessThan(at(109509).netCents);
  });
});
