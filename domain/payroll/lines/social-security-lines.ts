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
import { deduction, LINE_LABELS, type PayslipLine } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';
import { decimal, euros, type LocalizedText, percent } from '../wording';

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
  const r = percent(rate);
  const g = euros(baseGrossCents);
  const b = percent(basePercent);
  const c = euros(cents);
  return {
    cents,
    line: {
      code: 'PERSONAL_SOCIAL_SECURITY',
      side: 'worker',
      amountCents: deduction(cents),
      label: LINE_LABELS.PERSONAL_SOCIAL_SECURITY,
      explanation: {
        fr: `${r.fr} de votre salaire brut (${g.fr}${blue ? `, compté à ${b.fr} pour un ouvrier` : ''}) va à la sécurité sociale : pensions, soins de santé, chômage. Soit ${c.fr}.`,
        nl: `${r.nl} van uw brutoloon (${g.nl}${blue ? `, voor een arbeider geteld aan ${b.nl}` : ''}) gaat naar de sociale zekerheid: pensioenen, gezondheidszorg, werkloosheid. Dat is ${c.nl}.`,
        en: `${r.en} of your gross pay (${g.en}${blue ? `, counted at ${b.en} for a blue-collar worker` : ''}) goes to social security: pensions, health care, unemployment. That is ${c.en}.`,
      },
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

const NO_NOTE: LocalizedText = { fr: '', nl: '', en: '' };

function prorationNote(time: WorkedTime): LocalizedText {
  if (workedFraction(time) === 1) return NO_NOTE;
  const worked = decimal(Math.min(time.workedHours, time.fullTimeHours));
  const full = decimal(time.fullTimeHours);
  return {
    fr: ` Proratisé à vos heures prestées (${worked.fr} sur ${full.fr}).`,
    nl: ` In verhouding tot uw gewerkte uren (${worked.nl} van ${full.nl}).`,
    en: ` Prorated to the hours you worked (${worked.en} of ${full.en}).`,
  };
}

function capNote(computed: Cents, granted: Cents): LocalizedText {
  if (computed === granted) return NO_NOTE;
  const g = euros(granted);
  const c = euros(computed);
  return {
    fr: ` Limité à votre cotisation ONSS : ${g.fr} au lieu de ${c.fr}.`,
    nl: ` Beperkt tot uw RSZ-bijdrage: ${g.nl} in plaats van ${c.nl}.`,
    en: ` Limited to your social security contribution: ${g.en} instead of ${c.en}.`,
  };
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
  const sw = euros(s);
  const amount = euros(bonus.amountCents);
  const max = euros(scale.maximumCents);
  const low = euros(scale.lowReferenceWageCents);
  const high = euros(lastSlope.upToReferenceWageCents);
  const pro = prorationNote(time);
  const cap = capNote(bonus.amountCents, granted);
  const line: PayslipLine = {
    code: 'SOCIAL_WORK_BONUS',
    side: 'worker',
    amountCents: granted,
    label: LINE_LABELS.SOCIAL_WORK_BONUS,
    explanation: {
      fr: `Pour les bas salaires, une partie de la cotisation ONSS est remise. Votre salaire de référence temps plein est ${sw.fr} : bonus de ${amount.fr} (maximum ${max.fr} jusqu’à ${low.fr}, plus rien au-delà de ${high.fr}).${pro.fr}${cap.fr}`,
      nl: `Bij lage lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Uw voltijds referteloon is ${sw.nl}: werkbonus van ${amount.nl} (maximaal ${max.nl} tot ${low.nl}, niets meer boven ${high.nl}).${pro.nl}${cap.nl}`,
      en: `For low wages, part of the social security contribution is given back. Your full-time reference wage is ${sw.en}: a bonus of ${amount.en} (at most ${max.en} up to ${low.en}, nothing above ${high.en}).${pro.en}${cap.en}`,
    },
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
  const sw = euros(s);
  const low = euros(scale.lowReferenceWageCents);
  const middle = euros(scale.middleReferenceWageCents);
  const high = euros(scale.highReferenceWageCents);
  const aMax = euros(scale.partAMaximumCents);
  const aRate = percent(scale.partAReductionPerEuroPercent);
  const a = euros(bonus.partACents);
  const bMax = euros(scale.partBMaximumCents);
  const bRate = percent(scale.partBReductionPerEuroPercent);
  const b = euros(bonus.partBCents);
  const pro = prorationNote(time);
  const capA = capNote(bonus.partACents, grantedA);
  const capB = capNote(bonus.partBCents, grantedB);
  const lineA: PayslipLine = {
    code: 'SOCIAL_WORK_BONUS_PART_A',
    side: 'worker',
    amountCents: grantedA,
    label: LINE_LABELS.SOCIAL_WORK_BONUS_PART_A,
    explanation: {
      fr: `Pour les salaires modestes, une partie de la cotisation ONSS est remise. Salaire de référence temps plein : ${sw.fr}. Volet A : ${aMax.fr} jusqu’à ${middle.fr}, puis ${aRate.fr} de moins par euro au-delà, rien au-delà de ${high.fr} ; pour vous ${a.fr}.${pro.fr}${capA.fr}`,
      nl: `Bij bescheiden lonen wordt een deel van de RSZ-bijdrage kwijtgescholden. Voltijds referteloon: ${sw.nl}. Luik A: ${aMax.nl} tot ${middle.nl}, daarna ${aRate.nl} minder per euro erboven, niets boven ${high.nl}; voor u ${a.nl}.${pro.nl}${capA.nl}`,
      en: `For modest wages, part of the social security contribution is given back. Full-time reference wage: ${sw.en}. Part A is ${aMax.en} up to ${middle.en}, then ${aRate.en} less per euro above it, nothing above ${high.en}; for you ${a.en}.${pro.en}${capA.en}`,
    },
    rule,
    parameters,
    inputs,
  };
  const lineB: PayslipLine = {
    code: 'SOCIAL_WORK_BONUS_PART_B',
    side: 'worker',
    amountCents: grantedB,
    label: LINE_LABELS.SOCIAL_WORK_BONUS_PART_B,
    explanation: {
      fr: `Volet B, pour les salaires les plus bas : ${bMax.fr} jusqu’à ${low.fr}, puis ${bRate.fr} de moins par euro au-delà, rien au-delà de ${middle.fr} ; pour vous ${b.fr}.${pro.fr}${capB.fr}`,
      nl: `Luik B, voor de laagste lonen: ${bMax.nl} tot ${low.nl}, daarna ${bRate.nl} minder per euro erboven, niets boven ${middle.nl}; voor u ${b.nl}.${pro.nl}${capB.nl}`,
      en: `Part B, for the lowest wages: ${bMax.en} up to ${low.en}, then ${bRate.en} less per euro above it, nothing above ${middle.en}; for you ${b.en}.${pro.en}${capB.en}`,
    },
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
