import { type Cents, percentToBasisPoints } from '../../money';
import { contributionBasePercent, percentOfRoundedHalfUp } from '../formulas/personal-social-security';
import { structuralReduction, type StructuralReduction } from '../formulas/structural-reduction';
import type { WorkedTime } from '../formulas/social-work-bonus';
import type { PayrollParameterName } from '../parameters/belgian-payroll-parameters';
import { type ParameterReference, type PeriodParameters, referenceOf, valueOf } from '../parameters/period-parameters';
import { deduction, LINE_LABELS, type PayslipLine, type PayslipLineCode } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';
import { euros, type LocalizedText, percent } from '../wording';

/**
 * What the payslip costs the employer on top of the gross (facts §5, §5.3): employer social
 * security, the small special contributions, blue-collar holiday-pay financing, minus the
 * structural reduction estimate. Lines are positive for costs and negative for reductions.
 */
export interface EmployerSide {
  lines: PayslipLine[];
  totalCents: Cents;
}

function contributionLine(
  code: PayslipLineCode,
  baseCents: Cents,
  ratePercent: number,
  parameters: ParameterReference[],
  why: LocalizedText,
  rule: string,
): PayslipLine {
  const amountCents = percentOfRoundedHalfUp(baseCents, ratePercent);
  const r = percent(ratePercent);
  const b = euros(baseCents);
  const a = euros(amountCents);
  return {
    code,
    side: 'employer',
    amountCents,
    label: LINE_LABELS[code],
    explanation: {
      fr: `Payé par l’employeur, en plus de votre salaire : ${r.fr} de ${b.fr} = ${a.fr} (${why.fr}).`,
      nl: `Betaald door de werkgever, bovenop uw loon: ${r.nl} van ${b.nl} = ${a.nl} (${why.nl}).`,
      en: `Paid by the employer on top of your pay: ${r.en} of ${b.en} = ${a.en} (${why.en}).`,
    },
    rule,
    parameters,
    inputs: { baseCents, ratePercent },
  };
}

const SMALL_CONTRIBUTIONS: { code: PayslipLineCode; parameter: PayrollParameterName; why: LocalizedText }[] = [
  { code: 'EMPLOYER_WORK_ACCIDENT_FUND', parameter: 'workAccidentFundContributionRate', why: { fr: 'fonds des accidents du travail', nl: 'fonds voor arbeidsongevallen', en: 'work-accident fund' } },
  { code: 'EMPLOYER_CLOSING_FUND', parameter: 'closingFundContributionRate', why: { fr: 'protège les salaires si l’entreprise ferme', nl: 'beschermt de lonen als het bedrijf sluit', en: 'protects wages if the company closes' } },
  { code: 'EMPLOYER_CLOSING_FUND_TEMPORARY_UNEMPLOYMENT', parameter: 'closingFundSpecialContributionRate', why: { fr: 'finance le chômage temporaire', nl: 'financiert tijdelijke werkloosheid', en: 'funds temporary unemployment' } },
  { code: 'EMPLOYER_TEMPORARY_UNEMPLOYMENT', parameter: 'temporaryUnemploymentContributionRate', why: { fr: 'chômage temporaire', nl: 'tijdelijke werkloosheid', en: 'temporary unemployment' } },
  { code: 'EMPLOYER_SECTOR_FUND', parameter: 'sectorFundContributionRate', why: { fr: 'fonds du secteur', nl: 'sectorfonds', en: 'sector fund' } },
  { code: 'EMPLOYER_TEN_OR_MORE_WORKERS', parameter: 'tenOrMoreWorkersContributionRate', why: { fr: 'employeurs de 10 travailleurs ou plus', nl: 'werkgevers met 10 of meer werknemers', en: 'employers with 10 or more workers' } },
];

const RATE_RULE = 'Employer contribution: contribution base (108 % for blue-collar) × rate, rounded half up to the cent (facts §5.1)';

export function employerLines(
  input: PayslipInput,
  period: PeriodParameters,
  grossCents: Cents,
  time: WorkedTime,
): EmployerSide {
  if (input.payKind === 'double-holiday-pay') return doubleHolidayPayEmployerSide(period, grossCents);
  const blue = input.workerCategory === 'blue-collar';
  const basePercent = contributionBasePercent(input.workerCategory, valueOf(period, 'blueCollarContributionBase'));
  const baseCents = basePercent === 100 ? grossCents : percentOfRoundedHalfUp(grossCents, basePercent);
  const baseParameters = blue ? [referenceOf(period, 'blueCollarContributionBase')] : [];
  // The employer basic rate is the global rate minus the worker's share, in whole basis points.
  const employerBasicPercent =
    (percentToBasisPoints(valueOf(period, 'globalContributionRate')) - percentToBasisPoints(valueOf(period, 'personalContributionRate'))) / 100;

  const lines: PayslipLine[] = [
    contributionLine(
      'EMPLOYER_SOCIAL_SECURITY',
      baseCents,
      employerBasicPercent,
      [referenceOf(period, 'globalContributionRate'), referenceOf(period, 'personalContributionRate'), ...baseParameters],
      { fr: 'cotisation patronale de base, modération salariale comprise', nl: 'basiswerkgeversbijdrage, loonmatiging inbegrepen', en: 'basic employer contribution including wage moderation' },
      'Employer basic contribution: base × (global rate − worker rate), rounded half up to the cent (facts §5.1)',
    ),
  ];
  for (const { code, parameter, why } of SMALL_CONTRIBUTIONS) {
    const rate = valueOf(period, parameter) as number;
    if (rate === 0) continue;
    lines.push(contributionLine(code, baseCents, rate, [referenceOf(period, parameter), ...baseParameters], why, RATE_RULE));
  }
  const asbestos = valueOf(period, 'asbestosFundContribution');
  const quarter = Math.ceil(Number(period.date.slice(5, 7)) / 3);
  if (asbestos.quarters.includes(quarter)) {
    lines.push(
      contributionLine(
        'EMPLOYER_ASBESTOS_FUND',
        baseCents,
        asbestos.ratePercent,
        [referenceOf(period, 'asbestosFundContribution'), ...baseParameters],
        { fr: 'fonds amiante, 1er et 2e trimestres', nl: 'asbestfonds, 1e en 2e kwartaal', en: 'asbestos fund, first and second quarters' },
        RATE_RULE,
      ),
    );
  }
  if (blue) {
    lines.push(
      contributionLine(
        'EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_QUARTERLY',
        baseCents,
        valueOf(period, 'blueCollarHolidayPayQuarterlyRate'),
        [referenceOf(period, 'blueCollarHolidayPayQuarterlyRate'), ...baseParameters],
        { fr: 'finance votre pécule de vacances, payé par la caisse de vacances', nl: 'financiert uw vakantiegeld, betaald door het vakantiefonds', en: 'funds your holiday pay, paid by the holiday fund' },
        RATE_RULE,
      ),
      contributionLine(
        'EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_ANNUAL',
        baseCents,
        valueOf(period, 'blueCollarHolidayPayAnnualRate'),
        [referenceOf(period, 'blueCollarHolidayPayAnnualRate'), ...baseParameters],
        { fr: 'part annuelle du pécule de vacances, due au printemps suivant', nl: 'jaarlijks deel van het vakantiegeld, verschuldigd in het volgende voorjaar', en: 'annual part of holiday-pay funding, due the next spring' },
        RATE_RULE,
      ),
    );
  }
  if (input.payKind === 'regular') lines.push(structuralReductionLine(period, grossCents, time, employerBasicPercent));
  return { lines, totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0) };
}

function structuralReductionLine(
  period: PeriodParameters,
  grossCents: Cents,
  time: WorkedTime,
  employerBasicPercent: number,
): PayslipLine {
  const r: StructuralReduction = structuralReduction(
    { monthlyGrossCents: grossCents, workedHours: time.workedHours, fullTimeHours: time.fullTimeHours, employerBasicRatePercent: employerBasicPercent },
    valueOf(period, 'structuralReductionCategory1'),
    valueOf(period, 'structuralReductionWorkingTime'),
  );
  const s = euros(r.referenceWageCents);
  const q = euros(r.quarterlyReductionCents);
  const m = euros(r.monthlyReductionCents);
  return {
    code: 'EMPLOYER_STRUCTURAL_REDUCTION',
    side: 'employer',
    amountCents: deduction(r.monthlyReductionCents),
    label: LINE_LABELS.EMPLOYER_STRUCTURAL_REDUCTION,
    explanation: {
      fr: `Réduction des cotisations patronales pour les salaires bas et moyens, calculée par trimestre (salaire trimestriel de référence ${s.fr}) : ${q.fr} par trimestre, soit ${m.fr} ce mois-ci (estimation).`,
      nl: `Vermindering van de werkgeversbijdragen voor lage en middelhoge lonen, per kwartaal berekend (refertekwartaalloon ${s.nl}): ${q.nl} per kwartaal, of ${m.nl} deze maand (raming).`,
      en: `A cut in employer contributions for low and middle wages, computed per quarter (quarterly reference wage ${s.en}): ${q.en} a quarter, so ${m.en} this month (estimate).`,
    },
    rule: 'Structural reduction, category 1: R = α × max(S0 − S, 0) + γ × max(S2 − S, 0), × µ × β, capped at the employer basic contribution; quarter of three identical months, one third per month, rounded half up (facts §5.2)',
    parameters: [referenceOf(period, 'structuralReductionCategory1'), referenceOf(period, 'structuralReductionWorkingTime'), referenceOf(period, 'globalContributionRate')],
    inputs: { grossCents, workedHours: time.workedHours, fullTimeHours: time.fullTimeHours, quarterlyReferenceWageCents: r.referenceWageCents },
  };
}

function doubleHolidayPayEmployerSide(period: PeriodParameters, grossCents: Cents): EmployerSide {
  const rate = valueOf(period, 'doubleHolidayPayEmployerContributionRate');
  const line = contributionLine(
    'EMPLOYER_DOUBLE_HOLIDAY_PAY_CONTRIBUTIONS',
    grossCents,
    rate,
    [referenceOf(period, 'doubleHolidayPayEmployerContributionRate')],
    { fr: 'le double pécule des employés ne supporte que la cotisation du travailleur', nl: 'op het dubbel vakantiegeld van bedienden is alleen de werknemersbijdrage verschuldigd', en: 'white-collar double holiday pay carries only the worker’s contribution' },
    RATE_RULE,
  );
  return { lines: [line], totalCents: line.amountCents };
}
