import { allocate, type Cents, divideRoundingHalfUp, percentToBasisPoints, roundHalfUp } from '../../money';
import type { SinglePartWorkBonusScale, TwoPartWorkBonusScale } from '../parameters/social-security-parameters';

/**
 * Social work bonus (bonus à l'emploi / werkbonus): a reduction of the personal social security
 * contribution for low wages (facts §2). The monthly amount P is computed from a full-time
 * reference wage S = W × U / H and prorated P = R × H / U, where W is the gross at 100 %,
 * H the hours worked and U the full-time hours of the month.
 */

export interface WorkedTime {
  workedHours: number;
  fullTimeHours: number;
}

/**
 * Share of a full month that was worked (H / U), at most one: service codes count paid presence,
 * so H cannot exceed the month's full-time hours; overtime does not make a month longer.
 */
export function workedFraction(time: WorkedTime): number {
  return Math.min(time.workedHours / time.fullTimeHours, 1);
}

/** S = W × U / H, rounded half up to the cent, as a wage is declared. */
export function fullTimeReferenceWage(grossCents: Cents, time: WorkedTime): Cents {
  const fraction = workedFraction(time);
  return fraction === 1 ? grossCents : roundHalfUp(grossCents / fraction);
}

/**
 * P = (amount − rate × (S − threshold)) × H / U, rounded half up to the cent once. Exact integer
 * arithmetic for a full month, which is by far the most common case.
 */
function proratedDegressiveAmount(
  amountCents: Cents,
  reductionPerEuroPercent: number,
  referenceWageCents: Cents,
  thresholdCents: Cents,
  fraction: number,
): Cents {
  const numerator = amountCents * 10000 - percentToBasisPoints(reductionPerEuroPercent) * (referenceWageCents - thresholdCents);
  if (numerator <= 0) return 0;
  if (fraction === 1) return divideRoundingHalfUp(numerator, 10000);
  return roundHalfUp((numerator / 10000) * fraction);
}

export interface SinglePartWorkBonus {
  referenceWageCents: Cents;
  /** Before the cap at the personal contribution. */
  amountCents: Cents;
}

/** One-part regime (until March 2024), with one slope (until June 2023) or two (from July 2023). */
export function singlePartWorkBonus(grossCents: Cents, time: WorkedTime, scale: SinglePartWorkBonusScale): SinglePartWorkBonus {
  const fraction = workedFraction(time);
  const referenceWageCents = fullTimeReferenceWage(grossCents, time);
  if (grossCents <= 0) return { referenceWageCents, amountCents: 0 };
  const low = scale.lowReferenceWageCents;
  if (referenceWageCents <= low) {
    return { referenceWageCents, amountCents: proratedDegressiveAmount(scale.maximumCents, 0, low, low, fraction) };
  }
  const slope = scale.slopes.find((candidate) => referenceWageCents <= candidate.upToReferenceWageCents);
  if (!slope) return { referenceWageCents, amountCents: 0 };
  return {
    referenceWageCents,
    amountCents: proratedDegressiveAmount(slope.amountCents, slope.reductionPerEuroPercent, referenceWageCents, low, fraction),
  };
}

export interface TwoPartWorkBonus {
  referenceWageCents: Cents;
  /** Part A (modest wages), before the cap at the personal contribution. */
  partACents: Cents;
  /** Part B (lowest wages), before the cap at the personal contribution. */
  partBCents: Cents;
}

/** Parts A and B (from April 2024). */
export function twoPartWorkBonus(grossCents: Cents, time: WorkedTime, scale: TwoPartWorkBonusScale): TwoPartWorkBonus {
  const fraction = workedFraction(time);
  const s = fullTimeReferenceWage(grossCents, time);
  if (grossCents <= 0) return { referenceWageCents: s, partACents: 0, partBCents: 0 };
  const { lowReferenceWageCents: low, middleReferenceWageCents: middle, highReferenceWageCents: high } = scale;

  let partACents = 0;
  if (s <= middle) partACents = proratedDegressiveAmount(scale.partAMaximumCents, 0, middle, middle, fraction);
  else if (s <= high) {
    partACents = proratedDegressiveAmount(scale.partAMaximumCents, scale.partAReductionPerEuroPercent, s, middle, fraction);
  }

  let partBCents = 0;
  if (s <= low) partBCents = proratedDegressiveAmount(scale.partBMaximumCents, 0, low, low, fraction);
  else if (s <= middle) {
    partBCents = proratedDegressiveAmount(scale.partBMaximumCents, scale.partBReductionPerEuroPercent, s, low, fraction);
  }
  return { referenceWageCents: s, partACents, partBCents };
}

/**
 * The bonus can never exceed the personal contribution due. When it is capped, the amount
 * granted is shared between the parts in proportion to their computed amounts (no cent lost),
 * because the fiscal work bonus is a percentage of each part actually granted and the facts
 * reference does not say which part gives way first.
 */
export function grantedWorkBonusParts(parts: readonly Cents[], personalContributionCents: Cents): Cents[] {
  const total = parts.reduce((sum, part) => sum + part, 0);
  if (total <= personalContributionCents) return [...parts];
  if (personalContributionCents <= 0) return parts.map(() => 0);
  return allocate(personalContributionCents, parts);
}
