import type { Cents } from '../../money';
import { HOUR_KINDS, type HourKind, payForHours } from '../formulas/gross-pay';
import { percentOfRoundedHalfUp } from '../formulas/personal-social-security';
import type { PayrollParameterName } from '../parameters/belgian-payroll-parameters';
import { type PeriodParameters, referenceOf, valueOf } from '../parameters/period-parameters';
import { LINE_LABELS, type PayslipLine, type PayslipLineCode } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';
import { explain } from '../wording';

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
    const premiumPercent = premium ? (valueOf(period, premium) as number) : 0;
    const amountCents = payForHours(hours, wage, premiumPercent);
    lines.push({
      code,
      side: 'worker',
      amountCents,
      label: LINE_LABELS[code],
      explanation: explain({
        fr: (f) =>
          `${f.number(hours)} heures à ${f.euros(wage)} de l’heure` +
          (premiumPercent ? `, majorées de ${f.percent(premiumPercent)}` : '') +
          ` : ${f.euros(amountCents)}.`,
        nl: (f) =>
          `${f.number(hours)} uren tegen ${f.euros(wage)} per uur` +
          (premiumPercent ? `, verhoogd met ${f.percent(premiumPercent)}` : '') +
          `: ${f.euros(amountCents)}.`,
        en: (f) =>
          `${f.number(hours)} hours at ${f.euros(wage)} an hour` +
          (premiumPercent ? `, plus a ${f.percent(premiumPercent)} premium` : '') +
          `: ${f.euros(amountCents)}.`,
      }),
      rule: 'Pay for hours: hours × hourly wage × (100 % + premium), rounded half up to the cent per line',
      parameters: premium ? [referenceOf(period, premium)] : [],
      inputs: { hours, hourlyWageCents: wage, premiumPercent },
    });
  }
  if (lines.length === 0) lines.push({ ...emptyRegularHours(wage) });
  return lines;
}

function emptyRegularHours(wage: Cents): PayslipLine {
  return {
    code: 'REGULAR_HOURS',
    side: 'worker',
    amountCents: 0,
    label: LINE_LABELS.REGULAR_HOURS,
    explanation: explain({
      fr: () => 'Aucune heure prestée ce mois-ci.',
      nl: () => 'Geen gewerkte uren deze maand.',
      en: () => 'No hours worked this month.',
    }),
    rule: 'Pay for hours: hours × hourly wage × (100 % + premium), rounded half up to the cent per line',
    parameters: [],
    inputs: { hours: 0, hourlyWageCents: wage },
  };
}

function grossPayLine(grossCents: Cents): PayslipLine {
  return {
    code: 'GROSS_PAY',
    side: 'worker',
    amountCents: grossCents,
    label: LINE_LABELS.GROSS_PAY,
    explanation: explain({
      fr: (f) => `Votre salaire brut du mois : ${f.euros(grossCents)}.`,
      nl: (f) => `Uw brutoloon van de maand: ${f.euros(grossCents)}.`,
      en: (f) => `Your gross pay for the month: ${f.euros(grossCents)}.`,
    }),
    rule: 'Monthly gross pay as agreed in the contract',
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
      label: LINE_LABELS.THIRTEENTH_MONTH,
      explanation: explain({
        fr: (f) => `Votre treizième mois est égal à un mois de salaire brut normal : ${f.euros(normalMonthlyGrossCents)}.`,
        nl: (f) => `Uw dertiende maand is gelijk aan één maand normaal brutoloon: ${f.euros(normalMonthlyGrossCents)}.`,
        en: (f) => `Your 13th month equals one month of normal gross pay: ${f.euros(normalMonthlyGrossCents)}.`,
      }),
      rule: 'Year-end bonus (13th month) equal to the normal monthly gross, per sector agreement',
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
  const totalPercent = valueOf(period, 'doubleHolidayPayRate');
  const mainPercent = valueOf(period, 'doubleHolidayPayShareSubjectToSocialSecurity');
  const totalCents = percentOfRoundedHalfUp(monthlyGrossCents, totalPercent);
  const mainCents = percentOfRoundedHalfUp(monthlyGrossCents, mainPercent);
  const supplementCents = totalCents - mainCents;
  const supplementPercent = Math.round((totalPercent - mainPercent) * 100) / 100;
  const rule = 'Double holiday pay: 92 % of the monthly gross (85 % + 7 %), each rounded half up to the cent';
  const parameters = [referenceOf(period, 'doubleHolidayPayRate'), referenceOf(period, 'doubleHolidayPayShareSubjectToSocialSecurity')];
  const lines: PayslipLine[] = [
    {
      code: 'DOUBLE_HOLIDAY_PAY',
      side: 'worker',
      amountCents: mainCents,
      label: LINE_LABELS.DOUBLE_HOLIDAY_PAY,
      explanation: explain({
        fr: (f) =>
          `Pour une année complète de travail l’an dernier, vous recevez ${f.percent(mainPercent)} de votre salaire mensuel (${f.euros(monthlyGrossCents)}) : ${f.euros(mainCents)}. Seule cette partie supporte la cotisation ONSS.`,
        nl: (f) =>
          `Voor een volledig jaar werk vorig jaar krijgt u ${f.percent(mainPercent)} van uw maandloon (${f.euros(monthlyGrossCents)}): ${f.euros(mainCents)}. Alleen op dit deel wordt RSZ ingehouden.`,
        en: (f) =>
          `For a full year of work last year you receive ${f.percent(mainPercent)} of your monthly pay (${f.euros(monthlyGrossCents)}): ${f.euros(mainCents)}. Only this part carries the social security contribution.`,
      }),
      rule,
      parameters,
      inputs: { monthlyGrossCents },
    },
    {
      code: 'DOUBLE_HOLIDAY_PAY_SUPPLEMENT',
      side: 'worker',
      amountCents: supplementCents,
      label: LINE_LABELS.DOUBLE_HOLIDAY_PAY_SUPPLEMENT,
      explanation: explain({
        fr: (f) => `Complément de ${f.percent(supplementPercent)} de votre salaire mensuel : ${f.euros(supplementCents)}, sans cotisation ONSS.`,
        nl: (f) => `Aanvulling van ${f.percent(supplementPercent)} van uw maandloon: ${f.euros(supplementCents)}, zonder RSZ-bijdrage.`,
        en: (f) => `A supplement of ${f.percent(supplementPercent)} of your monthly pay: ${f.euros(supplementCents)}, without social security contribution.`,
      }),
      rule,
      parameters,
      inputs: { monthlyGrossCents },
    },
  ];
  return { normalMonthlyGrossCents: monthlyGrossCents, grossCents: totalCents, contributionBaseGrossCents: mainCents, lines };
}
