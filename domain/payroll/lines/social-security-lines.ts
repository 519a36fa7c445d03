import type { Cents } from '../../money';
import { contributionBasePercent, personalSocialSecurityContribution } from '../formulas/personal-social-security';
import { grantedWorkBonusParts, singlePartWorkBonus, twoPartWorkBonus, type WorkedTime, workedFraction } from '../formulas/social-work-bonus';
import { type PeriodParameters, referenceOf, parameterValue } from '../parameters/period-parameters';
import type { Proration } from '../line-facts';
import { deduction, type PayslipLine } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';

export interface PersonalContribution {
  cents: Cents;
  line: PayslipLine;
}

export function personalContributionLine(input: PayslipInput, period: PeriodParameters, baseGrossCents: Cents): PersonalContribution {
  const rate = parameterValue(period, 'personalContributionRate');
  const basePercent = contributionBasePercent(input.workerCategory, parameterValue(period, 'blueCollarContributionBase'));
  const cents = personalSocialSecurityContribution(baseGrossCents, rate, basePercent);
  const blue = basePercent !== 100;
  const parameters = [referenceOf(period, 'personalContributionRate')];
  if (blue) parameters.push(referenceOf(period, 'blueCollarContributionBase'));
  return {
    cents,
    line: {
      code: 'PERSONAL_SOCIAL_SECURITY',
      side: 'worker',
      amountCents: deduction(cents),
      facts: { kind: 'personal-social-security', ratePercent: rate, grossCents: baseGrossCents, basePercent, amountCents: cents },
      rule: 'personal-social-security',
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

/** The hours the bonus is prorated to; null for a full month. */
function prorationOf(time: WorkedTime): Proration | null {
  if (workedFraction(time) === 1) return null;
  return { workedHours: Math.min(time.workedHours, time.fullTimeHours), fullTimeHours: time.fullTimeHours };
}

function singlePartBonus(
  input: PayslipInput,
  period: PeriodParameters,
  grossCents: Cents,
  time: WorkedTime,
  personalContributionCents: Cents,
): SocialWorkBonus {
  const name = input.workerCategory === 'blue-collar' ? 'singlePartWorkBonusBlueCollar' : 'singlePartWorkBonusEmployee';
  const scale = parameterValue(period, name);
  const bonus = singlePartWorkBonus(grossCents, time, scale);
  const [granted] = grantedWorkBonusParts([bonus.amountCents], personalContributionCents) as [Cents];
  const s = bonus.referenceWageCents;
  const lastSlope = scale.slopes[scale.slopes.length - 1]!;
  const line: PayslipLine = {
    code: 'SOCIAL_WORK_BONUS',
    side: 'worker',
    amountCents: granted,
    facts: {
      kind: 'social-work-bonus',
      referenceWageCents: s,
      computedCents: bonus.amountCents,
      grantedCents: granted,
      maximumCents: scale.maximumCents,
      lowReferenceWageCents: scale.lowReferenceWageCents,
      highReferenceWageCents: lastSlope.upToReferenceWageCents,
      proration: prorationOf(time),
    },
    rule: 'social-work-bonus-single-part',
    parameters: [referenceOf(period, name)],
    inputs: { grossCents, workedHours: time.workedHours, fullTimeHours: time.fullTimeHours, referenceWageCents: s },
  };
  return { parts: [{ part: 'single', grantedCents: granted }], totalCents: granted, lines: [line] };
}

function twoPartBonus(input: PayslipInput, period: PeriodParameters, grossCents: Cents, time: WorkedTime, personalContributionCents: Cents): SocialWorkBonus {
  const name = input.workerCategory === 'blue-collar' ? 'twoPartWorkBonusBlueCollar' : 'twoPartWorkBonusEmployee';
  const scale = parameterValue(period, name);
  const bonus = twoPartWorkBonus(grossCents, time, scale);
  const [grantedA, grantedB] = grantedWorkBonusParts([bonus.partACents, bonus.partBCents], personalContributionCents) as [Cents, Cents];
  const s = bonus.referenceWageCents;
  const rule = 'social-work-bonus-parts-a-b';
  const inputs = { grossCents, workedHours: time.workedHours, fullTimeHours: time.fullTimeHours, referenceWageCents: s };
  const parameters = [referenceOf(period, name)];
  const proration = prorationOf(time);
  const lineA: PayslipLine = {
    code: 'SOCIAL_WORK_BONUS_PART_A',
    side: 'worker',
    amountCents: grantedA,
    facts: {
      kind: 'social-work-bonus-part',
      part: 'A',
      referenceWageCents: s,
      computedCents: bonus.partACents,
      grantedCents: grantedA,
      maximumCents: scale.partAMaximumCents,
      fullUpToCents: scale.middleReferenceWageCents,
      reductionPerEuroPercent: scale.partAReductionPerEuroPercent,
      nothingAboveCents: scale.highReferenceWageCents,
      proration,
    },
    rule,
    parameters,
    inputs,
  };
  const lineB: PayslipLine = {
    code: 'SOCIAL_WORK_BONUS_PART_B',
    side: 'worker',
    amountCents: grantedB,
    facts: {
      kind: 'social-work-bonus-part',
      part: 'B',
      referenceWageCents: s,
      computedCents: bonus.partBCents,
      grantedCents: grantedB,
      maximumCents: scale.partBMaximumCents,
      fullUpToCents: scale.lowReferenceWageCents,
      reductionPerEuroPercent: scale.partBReductionPerEuroPercent,
      nothingAboveCents: scale.middleReferenceWageCents,
      proration,
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
