import { describe, expect, it } from 'vitest';
import { computePayslip, explainLine } from '../payroll';
import { payslipInputFor } from './contract-payslip';
import { hoursInPeriod, hoursOf, isoWeeksTouchingMonth } from './hours-in-period';
import { payPeriodViolations, previousPeriod, salaryPaymentDate } from './pay-period';
import { approvalViolations, payslipNumber } from './payroll-run';
import { regularisationOf } from './regularisation';
import { netChangedTooMuch, netChangePercent } from './run-exceptions';
import { addTotals, changeAgainst, shareByEmployer, ZERO_TOTALS } from './run-totals';
import { payslipFamilyCharges, taxSituationOn, validateTaxSituation, type TaxSituation } from './tax-situation';

const codes = (v: { code: string }[]) => v.map((x) => x.code);

describe.shuffle('pay periods', () => {
  it.each([
    ['2026-11', '2026-12-03', []],
    ['2026-12', '2026-12-03', ['period-not-ended']],
    ['2027-01', '2026-12-03', ['period-not-ended']],
    ['2026-13', '2026-12-03', ['invalid-period']],
    ['26-11', '2026-12-03', ['invalid-period']],
    ['2020-12', '2026-12-03', ['period-not-covered']],
    ['2028-01', '2028-03-01', ['period-not-covered']],
  ])('%s on %s → %j', (period, today, expected) => {
    expect(codes(payPeriodViolations(period, today))).toEqual(expected);
  });

  it.each([
    ['2026-11', '2026-12-02', 5, '2026-12-07'], // the 5th is a Saturday: Monday
    ['2026-10', '2026-11-02', 5, '2026-11-05'],
    ['2026-11', '2026-12-10', 5, '2026-12-11'], // approved late: the next working day
    ['2026-11', '2026-12-11', 5, '2026-12-14'], // approved on a Friday: Monday
    ['2026-12', '2027-01-02', 1, '2027-01-04'],
  ])('salaries of %s approved on %s (day %i) are paid on %s', (period, approvedOn, day, expected) => {
    expect(salaryPaymentDate(period, approvedOn, day)).toBe(expected);
  });

  it('knows the month before, across a year', () => {
    expect(previousPeriod('2027-01')).toBe('2026-12');
    expect(previousPeriod('2026-11')).toBe('2026-10');
  });
});

describe.shuffle('hours of approved weeks in a month', () => {
  it('splits a week that straddles two months by the day each shift started', () => {
    const week = [
      { date: '2026-09-29', start: '08:00', end: '16:30', breakMinutes: 30, kind: 'regular' as const },
      { date: '2026-09-30', start: '22:00', end: '06:00', kind: 'night' as const },
      { date: '2026-10-01', hours: 7.5, kind: 'regular' as const },
      { date: '2026-10-04', hours: 4, kind: 'sunday' as const },
    ];
    expect(hoursInPeriod(week, '2026-09')).toEqual({
      minutesByKind: { regular: 480, overtime: 0, night: 480, sunday: 0, publicHoliday: 0 },
      totalMinutes: 960,
      days: ['2026-09-29', '2026-09-30'],
    });
    expect(hoursInPeriod(week, '2026-10')).toEqual({
      minutesByKind: { regular: 450, overtime: 0, night: 0, sunday: 240, publicHoliday: 0 },
      totalMinutes: 690,
      days: ['2026-10-01', '2026-10-04'],
    });
  });

  it('lists the ISO weeks with a day in the month', () => {
    expect(isoWeeksTouchingMonth('2026-11')).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49']);
    expect(isoWeeksTouchingMonth('2027-01')).toEqual(['2026-W53', '2027-W01', '2027-W02', '2027-W03', '2027-W04']);
  });

  it.each([
    [60, 1],
    [90, 1.5],
    [20, 0.33],
    [40, 0.67],
    [0, 0],
  ])('%i minutes are %f hours', (minutes, hours) => {
    expect(hoursOf(minutes)).toBe(hours);
  });
});

describe.shuffle('tax situation', () => {
  const base: TaxSituation = {
    effectiveFrom: '2026-01-01',
    family: 'single',
    dependentChildren: 2,
    disabledChildren: 1,
    otherDependantsUnder65: 0,
    dependantsAged65OrMore: 0,
    claimsSingleReductions: true,
  };
  it.each([
    [{}, []],
    [{ disabledChildren: 3 }, ['more-than-children']],
    [{ family: 'married' }, ['invalid-choice']],
    [{ dependentChildren: -1, disabledChildren: 0 }, ['invalid-count']],
    [{ family: 'couple-one-income' }, ['not-single']],
    [{ effectiveFrom: '2026-02-30' }, ['invalid-date']],
    [{ effectiveFrom: '2019-01-01' }, ['date-out-of-range']],
  ])('%j → %j', (change, expected) => {
    expect(codes(validateTaxSituation({ ...base, ...change } as TaxSituation))).toEqual(expected);
  });

  it('counts a disabled child twice, as Annex III does', () => {
    expect(payslipFamilyCharges(base).dependentChildren).toBe(3);
  });

  it('takes the situation in force on a day', () => {
    const history = [
      { effectiveFrom: '2026-01-01', n: 1 },
      { effectiveFrom: '2026-07-01', n: 2 },
    ];
    expect(taxSituationOn(history, '2025-12-31')).toBeUndefined();
    expect(taxSituationOn(history, '2026-06-30')?.n).toBe(1);
    expect(taxSituationOn(history, '2026-07-01')?.n).toBe(2);
  });

  it('lowers the withholding tax of a parent who declared children', () => {
    const month = {
      period: '2026-10',
      workerCategory: 'white-collar' as const,
      hourlyWageCents: 1650,
      minutesByKind: { regular: 160 * 60, overtime: 0, night: 0, sunday: 0, publicHoliday: 0 },
    };
    const none = computePayslip(payslipInputFor({ ...month, taxSituation: null }));
    const parent = computePayslip(payslipInputFor({ ...month, taxSituation: { ...base } }));
    expect(parent.totals.withholdingTaxCents).toBeLessThan(none.totals.withholdingTaxCents);
    expect(parent.totals.grossCents).toBe(none.totals.grossCents);
  });
});

describe.shuffle('four eyes', () => {
  it.each([
    [{ status: 'preview', startedBy: 'a' }, 'b', 'approve', undefined, []],
    [{ status: 'preview', startedBy: 'a' }, 'a', 'approve', undefined, ['four-eyes']],
    [{ status: 'preview', startedBy: 'a' }, 'a', 'reject', 'wrong hours', []],
    [{ status: 'preview', startedBy: 'a' }, 'b', 'reject', '', ['reason-required']],
    [{ status: 'collecting', startedBy: 'a' }, 'b', 'approve', undefined, ['run-not-in-preview']],
    [{ status: 'finalised', startedBy: 'a' }, 'b', 'approve', undefined, ['run-not-in-preview']],
  ] as const)('%j decided by %s (%s)', (run, by, decision, reason, expected) => {
    expect(codes(approvalViolations(run, by, decision, reason))).toEqual(expected);
  });

  it('numbers payslips within the period', () => {
    expect(payslipNumber('2026-11', 42)).toBe('2026-11-00042');
  });
});

describe.shuffle('totals', () => {
  const p = {
    grossCents: 100_001,
    personalContributionsCents: 10_000,
    withholdingTaxCents: 5_001,
    specialContributionCents: 0,
    netCents: 85_000,
    employerCostCents: 130_003,
  };
  it('shares a payslip among employers by minutes without losing a cent', () => {
    const shares = shareByEmployer(p, [
      { employerId: 'x', minutes: 100 },
      { employerId: 'y', minutes: 200 },
    ]);
    expect(shares.map((s) => s.employerId)).toEqual(['x', 'y']);
    for (const key of Object.keys(p) as (keyof typeof p)[]) expect(shares[0]!.amounts[key] + shares[1]!.amounts[key]).toBe(p[key]);
    expect(shares[1]!.amounts.grossCents).toBe(66_667);
  });

  it('adds payslips and compares with the previous run', () => {
    const t = addTotals(addTotals(ZERO_TOTALS, p, true), p, false);
    expect(t).toMatchObject({ workers: 1, payslips: 2, grossCents: 200_002, netCents: 170_000 });
    expect(changeAgainst('2026-10', addTotals(ZERO_TOTALS, p, true), t).difference).toMatchObject({ payslips: 1, grossCents: 100_001, workers: 0 });
  });

  it.each([
    [100_000, 131_000, 31],
    [100_000, 130_000, null],
    [100_000, 69_000, -31],
    [null, 50_000, null],
    [0, 50_000, null],
  ])('a net going from %s to %s is flagged %s', (previous, now, flagged) => {
    expect(netChangedTooMuch(previous, now)).toBe(flagged);
  });
  it('rounds the change to a whole percent', () => expect(netChangePercent(300, 400)).toBe(33));
});

describe.shuffle('regularisation', () => {
  const month = (regularMinutes: number) =>
    computePayslip(
      payslipInputFor({
        period: '2026-09',
        workerCategory: 'white-collar',
        hourlyWageCents: 1650,
        taxSituation: null,
        minutesByKind: { regular: regularMinutes, overtime: 0, night: 0, sunday: 0, publicHoliday: 0 },
      }),
    );
  it('pays the difference when approved hours were corrected upwards, line by line', () => {
    const paid = month(100 * 60);
    const corrected = month(110 * 60);
    const reg = regularisationOf([{ number: '2026-09-00001', ...paid }], corrected, { number: '2026-09-00001', period: '2026-09' })!;
    expect(reg.totals.grossCents).toBe(16_500);
    expect(reg.totals.netCents).toBe(corrected.totals.netCents - paid.totals.netCents);
    expect(reg.lines.find((l) => l.code === 'REGULAR_HOURS')!.amountCents).toBe(16_500);
    expect(reg.lines.filter((l) => l.side === 'worker').reduce((s, l) => s + l.amountCents, 0)).toBe(reg.totals.netCents);
    expect(explainLine(reg.lines.find((l) => l.code === 'REGULAR_HOURS')!).en).toContain('Regularisation of 2026-09 (payslip 2026-09-00001)');
  });

  it('takes back what was overpaid, counting earlier regularisations', () => {
    const paid = month(100 * 60);
    const first = regularisationOf([{ number: 'A', ...paid }], month(110 * 60), { number: 'A', period: '2026-09' })!;
    const second = regularisationOf(
      [
        { number: 'A', ...paid },
        { number: 'B', ...first },
      ],
      month(90 * 60),
      { number: 'A', period: '2026-09' },
    )!;
    expect(second.totals.grossCents).toBe(-33_000);
  });

  it('issues nothing when nothing changed', () => {
    const paid = month(100 * 60);
    expect(regularisationOf([{ number: 'A', ...paid }], month(100 * 60), { number: 'A', period: '2026-09' })).toBeNull();
  });
});
