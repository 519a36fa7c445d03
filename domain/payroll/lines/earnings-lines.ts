import type { Cents } from '../../money';
import { HOUR_KINDS, type HourKind, payForHours } from '../formulas/gross-pay';
import { percentOfRoundedHalfUp } from '../formulas/personal-social-security';
import type { PayrollParameterName } from '../parameters/belgian-payroll-parameters';
import { type PeriodParameters, referenceOf, parameterValue } from '../parameters/period-parameters';
import type { PayslipLine, PayslipLineCode } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';

export interface Earnings {
  /** The worker's normal monthly gross (from grossCents, or hours × hourly wage). */
  normalMonthlyGrossCents: Cents;
  /** What this payslip pays: the month's pay, the 13th month, or the double holiday pay. */
  grossCents: Cents;
  /** The part of grossCents on which the personal contribution is taken. */
  contributionBaseGrossCents: Cents;
  lines: PayslipLine[];
}

const HOUR_LINE: Record<HourKind, { code: PayslipLineCode; premium: PayrollParameterName | undefined }> = {
  regular: { code: 'REGULAR_HOURS', premium: undefined },
  overtime: { code: 'OVERTIME_HOURS', premium: 'overtimePremiumRate' },
  night: { code: 'NIGHT_HOURS', premium: 'nightWorkPremiumRate' },
  sunday: { code: 'SUNDAY_HOURS', premium: 'sundayWorkPremiumRate' },
  publicHoliday: { code: 'PUBLIC_HOLIDAY_HOURS', premium: 'publicHolidayWorkPremiumRate' },
};

function hourLines(input: PayslipInput, period: PeriodParameters): PayslipLine[] {
  const wage = input.hourlyWageCents ?? 0;
  const lines: PayslipLine[] = [];
  for (const kind of HOUR_KINDS) {
    const hours = input.hours?.[kind];
    if (hours === undefined || (hours === 0 && kind !== 'regular')) continue;
    const { code, premium } = HOUR_LINE[kind];
    const premiumPercent = premium ? (parameterValue(period, premium) as number) : 0;
    const amountCents = payForHours(hours, wage, premiumPercent);
    lines.push({
      code,
      side: 'worker',
      amountCents,
      facts: { kind: 'hours', hours, hourlyWageCents: wage, premiumPercent, amountCents },
      rule: 'pay-for-hours',
      parameters: premium ? [referenceOf(period, premium)] : [],
      inputs: { hours, hourlyWageCents: wage, premiumPercent },
    });
  }
  if (lines.length === 0) lines.push(emptyRegularHours(wage));
  return lines;
}

function emptyRegularHours(wage: Cents): PayslipLine {
  return {
    code: 'REGULAR_HOURS',
    side: 'worker',
    amountCents: 0,
    facts: { kind: 'no-hours' },
    rule: 'pay-for-hours',
    parameters: [],
    inputs: { hours: 0, hourlyWageCents: wage },
  };
}

function grossPayLine(grossCents: Cents): PayslipLine {
  return {
    code: 'GROSS_PAY',
    side: 'worker',
    amountCents: grossCents,
    facts: { kind: 'gross-pay', grossCents },
    rule: 'monthly-gross-pay',
    parameters: [],
    inputs: { grossCents },
  };
}

export function earnings(input: PayslipInput, period: PeriodParameters): Earnings {
  const monthLines = input.grossCents !== undefined ? [grossPayLine(input.grossCents)] : hourLines(input, period);
  const normalMonthlyGrossCents = monthLines.reduce((sum, line) => sum + line.amountCents, 0);

  if (input.payKind === 'regular') {
    return { normalMonthlyGrossCents, grossCents: normalMonthlyGrossCents, contributionBaseGrossCents: normalMonthlyGrossCents, lines: monthLines };
  }
  if (input.payKind === 'thirteenth-month') {
    const line: PayslipLine = {
      code: 'THIRTEENTH_MONTH',
      side: 'worker',
      amountCents: normalMonthlyGrossCents,
      facts: { kind: 'thirteenth-month', normalMonthlyGrossCents },
      rule: 'thirteenth-month',
      parameters: [],
      inputs: { normalMonthlyGrossCents },
    };
    return { normalMonthlyGrossCents, grossCents: normalMonthlyGrossCents, contributionBaseGrossCents: normalMonthlyGrossCents, lines: [line] };
  }
  return doubleHolidayPay(normalMonthlyGrossCents, period);
}

/**
 * White-collar double holiday pay: 92 % of the monthly gross, of which the 85 % part carries the
 * personal contribution. Both parts are rounded half up; the 7 % supplement is the difference,
 * so the two lines always add up to 92 % rounded once.
 */
function doubleHolidayPay(monthlyGrossCents: Cents, period: PeriodParameters): Earnings {
  const totalPercent = parameterValue(period, 'doubleHolidayPayRate');
  const mainPercent = parameterValue(period, 'doubleHolidayPayShareSubjectToSocialSecurity');
  const totalCents = percentOfRoundedHalfUp(monthlyGrossCents, totalPercent);
  const mainCents = percentOfRoundedHalfUp(monthlyGrossCents, mainPercent);
  const supplementCents = totalCents - mainCents;
  const supplementPercent = Math.round((totalPercent - mainPercent) * 100) / 100;
  const rule = 'double-holiday-pay';
  const parameters = [referenceOf(period, 'doubleHolidayPayRate'), referenceOf(period, 'doubleHolidayPayShareSubjectToSocialSecurity')];
  const lines: PayslipLine[] = [
    {
      code: 'DOUBLE_HOLIDAY_PAY',
      side: 'worker',
      amountCents: mainCents,
      facts: { kind: 'double-holiday-pay', monthlyGrossCents, sharePercent: mainPercent, amountCents: mainCents },
      rule,
      parameters,
      inputs: { monthlyGrossCents },
    },
    {
      code: 'DOUBLE_HOLIDAY_PAY_SUPPLEMENT',
      side: 'worker',
      amountCents: supplementCents,
      facts: { kind: 'double-holiday-pay-supplement', sharePercent: supplementPercent, amountCents: supplementCents },
      rule,
      parameters,
      inputs: { monthlyGrossCents },
    },
  ];
  return { normalMonthlyGrossCents: monthlyGrossCents, grossCents: totalCents, contributionBaseGrossCents: mainCents, lines };
}
