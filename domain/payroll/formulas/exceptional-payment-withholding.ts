import { type Cents, divideRoundingHalfUp, percentToBasisPoints } from '../../money';
import type { ChildRateReduction, SpecialRateBracket } from '../parameters/exceptional-payment-parameters';

/**
 * Withholding on exceptional payments (13th month, year-end bonus, double holiday pay) with the
 * special scales of Annex III (facts §3.4): a flat rate, chosen from the worker's normal annual
 * pay, applied to the taxable exceptional amount (its gross minus its social security).
 */

/** Normal annual pay = (normal monthly gross − its personal social security) × 12. */
export function annualReferencePay(normalMonthlyGrossCents: Cents, normalMonthlyContributionCents: Cents): Cents {
  return Math.max(normalMonthlyGrossCents - normalMonthlyContributionCents, 0) * 12;
}

export interface SpecialScaleRate {
  referencePayCents: Cents;
  /** The reference pay after the children exoneration (equal to it when none applies). */
  adjustedReferencePayCents: Cents;
  exonerationLimitCents: Cents | undefined;
  scaleRatePercent: number;
  childRateReductionPercent: number;
}

export function specialScaleRate(
  referencePayCents: Cents,
  dependentChildren: number,
  scale: readonly SpecialRateBracket[],
  exonerationLimits: readonly Cents[],
  rateReductions: readonly ChildRateReduction[],
): SpecialScaleRate {
  let adjusted = referencePayCents;
  let exonerationLimitCents: Cents | undefined;
  if (dependentChildren > 0) {
    // With children, a reference pay at or below the limit is lowered by its distance to the limit.
    const limit = exonerationLimits[Math.min(dependentChildren, exonerationLimits.length) - 1]!;
    if (referencePayCents <= limit) {
      exonerationLimitCents = limit;
      adjusted = Math.max(referencePayCents - (limit - referencePayCents), 0);
    }
  }
  const bracket = scale.find((b) => b.upToCents === null || adjusted <= b.upToCents) ?? scale[scale.length - 1]!;
  let childRateReductionPercent = 0;
  if (dependentChildren > 0) {
    const reduction = rateReductions[Math.min(dependentChildren, rateReductions.length) - 1]!;
    if (adjusted <= reduction.ceilingCents) childRateReductionPercent = reduction.reductionPercent;
  }
  return {
    referencePayCents,
    adjustedReferencePayCents: adjusted,
    exonerationLimitCents,
    scaleRatePercent: bracket.ratePercent,
    childRateReductionPercent,
  };
}

/** taxable × rate × (1 − children rate reduction), rounded half up to the cent. */
export function specialScaleWithholding(taxableCents: Cents, rate: SpecialScaleRate): Cents {
  return divideRoundingHalfUp(
    Math.max(taxableCents, 0) * percentToBasisPoints(rate.scaleRatePercent) * (10000 - percentToBasisPoints(rate.childRateReductionPercent)),
    100_000_000,
  );
}
