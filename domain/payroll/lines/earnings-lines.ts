import type { Cents } from '../../money';
import { HOUR_KINDS, type HourKind, payForHours } from '../formulas/gross-pay';
import { percentOfRoundedHalfUp } from '../formulas/personal-social-security';
import type { PayrollParameterName } from '../parameters/belgian-payroll-parameters';
import { type PeriodParameters, referenceOf, valueOf } from '../parameters/period-parameters';
import { LINE_LABELS, type PayslipLine, type PayslipLineCode } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';
import { decimal, euros, type LocalizedText, percent, text } from '../wording';

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
      explanation: hourExplanation(hours, wage, premiumPercent, amountCents),
      rule: 'Pay for hours: hours × hourly wage × (100 % + premium), rounded half up to the cent per line',
      parameters: premium ? [referenceOf(period, premium)] : [],
      inputs: { hours, hourlyWageCents: wage, premiumPercent },
    });
  }
  if (lines.length === 0) lines.push(emptyRegularHours(wage));
  return lines;
}

const NO_HOURS = text('Aucune heure prestée ce mois-ci.', 'Geen gewerkte uren deze maand.', 'No hours worked this month.');

function hourExplanation(hours: number, wage: Cents, premiumPercent: number, amountCents: Cents): LocalizedText {
  const h = decimal(hours);
  const w = euros(wage);
  const a = euros(amountCents);
  if (premiumPercent === 0) {
    return {
      fr: `${h.fr} heures à ${w.fr} de l’heure : ${a.fr}.`,
      nl: `${h.nl} uren tegen ${w.nl} per uur: ${a.nl}.`,
      en: `${h.en} hours at ${w.en} an hour: ${a.en}.`,
    };
  }
  const p = percent(premiumPercent);
  return {
    fr: `${h.fr} heures à ${w.fr} de l’heure, majorées de ${p.fr} : ${a.fr}.`,
    nl: `${h.nl} uren tegen ${w.nl} per uur, verhoogd met ${p.nl}: ${a.nl}.`,
    en: `${h.en} hours at ${w.en} an hour, plus a ${p.en} premium: ${a.en}.`,
  };
}

function emptyRegularHours(wage: Cents): PayslipLine {
  return {
    code: 'REGULAR_HOURS',
    side: 'worker',
    amountCents: 0,
    label: LINE_LABELS.REGULAR_HOURS,
    explanation: NO_HOURS,
    rule: 'Pay for hours: hours × hourly wage × (100 % + premium), rounded half up to the cent per line',
    parameters: [],
    inputs: { hours: 0, hourlyWageCents: wage },
  };
}

function grossPayLine(grossCents: Cents): PayslipLine {
  const g = euros(grossCents);
  return {
    code: 'GROSS_PAY',
    side: 'worker',
    amountCents: grossCents,
    label: LINE_LABELS.GROSS_PAY,
    explanation: {
      fr: `Votre salaire brut du mois : ${g.fr}.`,
      nl: `Uw brutoloon van de maand: ${g.nl}.`,
      en: `Your gross pay for the month: ${g.en}.`,
    },
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
    const g = euros(normalMonthlyGrossCents);
    const line: PayslipLine = {
      code: 'THIRTEENTH_MONTH',
      side: 'worker',
      amountCents: normalMonthlyGrossCents,
      label: LINE_LABELS.THIRTEENTH_MONTH,
      explanation: {
        fr: `Votre treizième mois est égal à un mois de salaire brut normal : ${g.fr}.`,
        nl: `Uw dertiende maand is gelijk aan één maand normaal brutoloon: ${g.nl}.`,
        en: `Your 13th month equals one month of normal gross pay: ${g.en}.`,
      },
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
  const g = euros(monthlyGrossCents);
  const m = euros(mainCents);
  const mp = percent(mainPercent);
  const sa = euros(supplementCents);
  const sp = percent(supplementPercent);
  const parameters = [referenceOf(period, 'doubleHolidayPayRate'), referenceOf(period, 'doubleHolidayPayShareSubjectToSocialSecurity')];
  const lines: PayslipLine[] = [
    {
      code: 'DOUBLE_HOLIDAY_PAY',
      side: 'worker',
      amountCents: mainCents,
      label: LINE_LABELS.DOUBLE_HOLIDAY_PAY,
      explanation: {
        fr: `Pour une année complète de travail l’an dernier, vous recevez ${mp.fr} de votre salaire mensuel (${g.fr}) : ${m.fr}. Seule cette partie supporte la cotisation ONSS.`,
        nl: `Voor een volledig jaar werk vorig jaar krijgt u ${mp.nl} van uw maandloon (${g.nl}): ${m.nl}. Alleen op dit deel wordt RSZ ingehouden.`,
        en: `For a full year of work last year you receive ${mp.en} of your monthly pay (${g.en}): ${m.en}. Only this part carries the social security contribution.`,
      },
      rule,
      parameters,
      inputs: { monthlyGrossCents },
    },
    {
      code: 'DOUBLE_HOLIDAY_PAY_SUPPLEMENT',
      side: 'worker',
      amountCents: supplementCents,
      label: LINE_LABELS.DOUBLE_HOLIDAY_PAY_SUPPLEMENT,
      explanation: {
        fr: `Complément de ${sp.fr} de votre salaire mensuel : ${sa.fr}, sans cotisation ONSS.`,
        nl: `Aanvulling van ${sp.nl} van uw maandloon: ${sa.nl}, zonder RSZ-bijdrage.`,
        en: `A supplement of ${sp.en} of your monthly pay: ${sa.en}, without social security contribution.`,
      },
      rule,
      parameters,
      inputs: { monthlyGrossCents },
    },
  ];
  return { normalMonthlyGrossCents: monthlyGrossCents, grossCents: totalCents, contributionBaseGrossCents: mainCents, lines };
}
