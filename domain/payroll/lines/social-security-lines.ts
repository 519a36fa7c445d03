import type { Cents } from '../../money';
import {
  contributionBasePercent,
  personalSocialSecurityContribution,
} from '../formulas/personal-social-security';
import {
  grantedWorkBonusParts,
  singlePartWorkBonus,
  twoPartWorkBonus,
  type WorkedTime,
  workedFraction,
} from '../formulas/social-work-bonus';
import { type PeriodParameters, referenceOf, valueOf } from '../parameters/period-parameters';
import { LINE_LABELS, type PayslipLine } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';
import { explain, type Formatter } from '../wording';

export interface PersonalContribution {
  cents: Cents;
  line: PayslipLine;
}

export function personalContributionLine(
  input: PayslipInput,
  period: PeriodParameters,
  baseGrossCents: Cents,
): PersonalContribution {
  const rate = valueOf(period, 'personalContributionRate');
  const basePercent = contributionBasePercent(input.workerCategory, valueOf(period, 'blueCollarContributionBase'));
  const cents = personalSocialSecurityContribution(baseGrossCents, rate, basePercent);
  const blue = basePercent !== 100;
  const parameters = [referenceOf(period, 'personalContributionRate')];
  if (blue) parameters.push(referenceOf(period, 'blueCollarContributionBase'));
  return {
    cents,
    line: {
      code: 'PERSONAL_SOCIAL_SECURITY',
      side: 'worker',
      amountCents: -cents,
      label: LINE_LABELS.PERSONAL_SOCIAL_SECURITY,
      explanation: explain({
        fr: (f) =>
          `${f.percent(rate)} de votre salaire brut (${f.euros(baseGrossCents)}${blue ? `, compté à ${f.percent(basePercent)} pour un ouvrier` : ''}) va à la sécurité sociale : pensions, soins de santé, chômage. Soit ${f.euros(cents)}.`,
        nl: (f) =>
          `${f.percent(rate)} van uw brutoloon (${f.euros(baseGrossCents)}${blue ? `, voor een arbeider geteld aan ${f.percent(basePercent)}` : ''}) gaat naar de sociale zekerheid: pensioenen, gezondheidszorg, werkloosheid. Dat is ${f.euros(cents)}.`,
        en: (f) =>
          `${f.percent(rate)} of your gross pay (${f.euros(baseGrossCents)}${blue ? `, counted at ${f.percent(basePercent)} for a blue-collar worker` : ''}) goes to social security: pensions, health care, unemployment. That is ${f.euros(cents)}.`,
      }),
      rule: 'Personal social security contribution: gross × base share (108 % blue-collar) × rate, rounded half up to the cent (facts §1)',
      parameters,
      inputs: { grossCents: baseGrossCents, workerCategory: input.workerCategory },
    },
  };
}

export interface WorkBonusPart {
  part: 'single' | 'A' | 'B';
  grantedCents: Cents;
}

export interface SocialWorkBonus {
  parts: WorkBonusPart[];
  totalCents: Cents;
  lines: PayslipLine[];
}

/** Dated formulas: the bonus changed shape on 1 April 2024 (one part → parts A and B). */
const WORK_BONUS_REGIMES = [
  { from: '2000-01-01', compute: singlePartBonus },
  { from: '2024-04-01', compute: twoPartBonus },
] as const;

export function socialWorkBonusLines(
  input: PayslipInput,
  period: PeriodParameters,
  grossCents: Cents,
  time: WorkedTime,
  personalContributionCents: Cents,
): SocialWorkBonus {
  let regime: (typeof WORK_BONUS_REGIMES)[number] = WORK_BONUS_REGIMES[0];
  for (const candidate of WORK_BONUS_REGIMES) if (candidate.from <= period.date) regime = candidate;
  return regime.compute(input, period, grossCents, time, personalContributionCents);
}

function prorationNote(f: Formatter, time: WorkedTime): string {
  if (workedFraction(time) === 1) return '';
  const worked = f.number(Math.min(time.workedHours, time.fullTimeHours));
  const full = f.number(time.fullTimeHours);
  if (f.language === 'fr') return ` Proratisé à vos heures prestées (${worked} sur ${full}).`;
  if (f.language === 'nl') return ` In verhouding tot uw gewerkte uren (${worked} van ${full}).`;
  return ` Prorated to the hours you worked (${worked} of ${full}).`;
}

function capNote(f: Formatter, computed: Cents, granted: Cents): string {
  if (computed === granted) return '';
  if (f.language === 'fr') return ` Limité à votre cotisation ONSS : ${f.euros(granted)} au lieu de ${f.euros(computed)}.`;
  if (f.language === 'nl') return ` Beperkt tot uw RSZ-bijdrage: ${f.euros(granted)} in plaats van ${f.euros(computed)}.`;
  return ` Limited to your social security contribution: ${f.euros(granted)} instead of ${f.euros(computed)}.`;
}

function singlePartBonus(
  input: PayslipInput,
  period: PeriodParameters,
  grossCents: Cents,
  time: WorkedTime,
  personalContributionCents: Cents,
): SocialWorkBonus {
  const name = input.workerCategory === 'blue-collar' ? 'singlePartWorkBonusBlueCollar' : 'singlePartWorkBonusEmployee';
  const scale = valueOf(period, name);
  const bonus = singlePartWorkBonus(grossCents, time, scale);
  const [granted] = grantedWorkBonusParts([bonus.amountCents], personalContributionCents) as [Cents];
  const s = bonus.referenceWageCents;
  const lastSlope = scale.slopes[scale.slopes.length - 1]!;
  const line: PayslipLine = {
    code: 'SOCIAL_WORK_BONUS',
    side: 'worker',
    amountCents: granted,
    label: LINE_LABELS.SOCIAL_WORK_BONUS,
    explanation: explain({
      fr: (f) =>
        `Pour les bas salaires, une partie de la cotisation ONSS est remise. Votre salaire de référence temps plein est ${f.euros(s)} : bonus de ${f.euros(bonus.amountCents)} (maximum ${f.euros(scale.maximumCents)} jusqu’à ${f.euros(scale.lowReferenceWageCents)}, plus rien au-delà de ${f.euros(lastSlope.upToReferenceWageCents)}).` +
        prorationNote(f, time) + capNote(f, bonus.amountCents, granted),
      nl: (f) =>
        `Bij lage lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Uw voltijds referteloon is ${f.euros(s)}: werkbonus van ${f.euros(bonus.amountCents)} (maximaal ${f.euros(scale.maximumCents)} tot ${f.euros(scale.lowReferenceWageCents)}, niets meer boven ${f.euros(lastSlope.upToReferenceWageCents)}).` +
        prorationNote(f, time) + capNote(f, bonus.amountCents, granted),
      en: (f) =>
        `For low wages, part of the social security contribution is given back. Your full-time reference wage is ${f.euros(s)}: a bonus of ${f.euros(bonus.amountCents)} (at most ${f.euros(scale.maximumCents)} up to ${f.euros(scale.lowReferenceWageCents)}, nothing above ${f.euros(lastSlope.upToReferenceWageCents)}).` +
        prorationNote(f, time) + capNote(f, bonus.amountCents, granted),
    }),
    rule: 'Social work bonus, one-part regime: R from S = W × U / H, P = R × H / U rounded half up, capped at the personal contribution (facts §2.2)',
    parameters: [referenceOf(period, name)],
    inputs: { grossCents, workedHours: time.workedHours, fullTimeHours: time.fullTimeHours, referenceWageCents: s },
  };
  return { parts: [{ part: 'single', grantedCents: granted }], totalCents: granted, lines: [line] };
}

function twoPartBonus(
  input: PayslipInput,
  period: PeriodParameters,
  grossCents: Cents,
  time: WorkedTime,
  personalContributionCents: Cents,
): SocialWorkBonus {
  const name = input.workerCategory === 'blue-collar' ? 'twoPartWorkBonusBlueCollar' : 'twoPartWorkBonusEmployee';
  const scale = valueOf(period, name);
  const bonus = twoPartWorkBonus(grossCents, time, scale);
  const [grantedA, grantedB] = grantedWorkBonusParts(
    [bonus.partACents, bonus.partBCents],
    personalContributionCents,
  ) as [Cents, Cents];
  const s = bonus.referenceWageCents;
  const rule =
    'Social work bonus, parts A and B: R from S = W × U / H, P = R × H / U rounded half up per part; A + B capped at the personal contribution, a capped amount shared between the parts in proportion (facts §2.1)';
  const inputs = { grossCents, workedHours: time.workedHours, fullTimeHours: time.fullTimeHours, referenceWageCents: s };
  const parameters = [referenceOf(period, name)];
  const lineA: PayslipLine = {
    code: 'SOCIAL_WORK_BONUS_PART_A',
    side: 'worker',
    amountCents: grantedA,
    label: LINE_LABELS.SOCIAL_WORK_BONUS_PART_A,
    explanation: explain({
      fr: (f) =>
        `Pour les salaires modestes, une partie de la cotisation ONSS est remise. Salaire de référence temps plein : ${f.euros(s)}. Volet A : ${f.euros(scale.partAMaximumCents)} jusqu’à ${f.euros(scale.middleReferenceWageCents)}, puis ${f.percent(scale.partAReductionPerEuroPercent)} de moins par euro au-delà, rien au-delà de ${f.euros(scale.highReferenceWageCents)} ; pour vous ${f.euros(bonus.partACents)}.` +
        prorationNote(f, time) + capNote(f, bonus.partACents, grantedA),
      nl: (f) =>
        `Bij bescheiden lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Voltijds referteloon: ${f.euros(s)}. Luik A: ${f.euros(scale.partAMaximumCents)} tot ${f.euros(scale.middleReferenceWageCents)}, daarna ${f.percent(scale.partAReductionPerEuroPercent)} minder per euro erboven, niets boven ${f.euros(scale.highReferenceWageCents)}; voor u ${f.euros(bonus.partACents)}.` +
        prorationNote(f, time) + capNote(f, bonus.partACents, grantedA),
      en: (f) =>
        `For modest wages, part of the social security contribution is given back. Full-time reference wage: ${f.euros(s)}. Part A is ${f.euros(scale.partAMaximumCents)} up to ${f.euros(scale.middleReferenceWageCents)}, then ${f.percent(scale.partAReductionPerEuroPercent)} less per euro above it, nothing above ${f.euros(scale.highReferenceWageCents)}; for you ${f.euros(bonus.partACents)}.` +
        prorationNote(f, time) + capNote(f, bonus.partACents, grantedA),
    }),
    rule,
    parameters,
    inputs,
  };
  const lineB: PayslipLine = {
    code: 'SOCIAL_WORK_BONUS_PART_B',
    side: 'worker',
    amountCents: grantedB,
    label: LINE_LABELS.SOCIAL_WORK_BONUS_PART_B,
    explanation: explain({
      fr: (f) =>
        `Volet B, pour les salaires les plus bas : ${f.euros(scale.partBMaximumCents)} jusqu’à ${f.euros(scale.lowReferenceWageCents)}, puis ${f.percent(scale.partBReductionPerEuroPercent)} de moins par euro au-delà, rien au-delà de ${f.euros(scale.middleReferenceWageCents)} ; pour vous ${f.euros(bonus.partBCents)}.` +
        prorationNote(f, time) + capNote(f, bonus.partBCents, grantedB),
      nl: (f) =>
        `Luik B, voor de laagste lonen: ${f.euros(scale.partBMaximumCents)} tot ${f.euros(scale.lowReferenceWageCents)}, daarna ${f.percent(scale.partBReductionPerEuroPercent)} minder per euro erboven, niets boven ${f.euros(scale.middleReferenceWageCents)}; voor u ${f.euros(bonus.partBCents)}.` +
        prorationNote(f, time) + capNote(f, bonus.partBCents, grantedB),
      en: (f) =>
        `Part B, for the lowest wages: ${f.euros(scale.partBMaximumCents)} up to ${f.euros(scale.lowReferenceWageCents)}, then ${f.percent(scale.partBReductionPerEuroPercent)} less per euro above it, nothing above ${f.euros(scale.middleReferenceWageCents)}; for you ${f.euros(bonus.partBCents)}.` +
        prorationNote(f, time) + capNote(f, bonus.partBCents, grantedB),
    }),
    rule,
    parameters,
    inputs,
  };
  return {
    parts: [
      { part: 'A', grantedCents: grantedA },
      { part: 'B', grantedCents: grantedB },
    ],
    totalCents: grantedA + grantedB,
    lines: [lineA, lineB],
  };
}
