import { type Cents, divideRoundingHalfUp, percentToBasisPoints } from '../../money';
import type { SpecialContributionBracket } from '../parameters/special-contribution-parameters';

/**
 * Special social security contribution (facts §4), monthly advance:
 * amount = min(max(basis + (G − from + 0.01) × rate, minimum), maximum) in the bracket holding
 * the monthly gross G, rounded half up to the cent. The "+ 0.01" makes the rate apply to the
 * gross above the previous bracket's upper bound.
 */
export interface SpecialContribution {
  bracket: SpecialContributionBracket;
  amountCents: Cents;
}

export function specialSocialSecurityContribution(grossCents: Cents, scale: readonly SpecialContributionBracket[]): SpecialContribution | undefined {
  const bracket = scale.find((b) => grossCents >= b.fromCents && (b.toCents === null || grossCents <= b.toCents));
  if (!bracket) return undefined;
  const raw = bracket.basisCents * 10000 + (grossCents - bracket.fromCents + 1) * percentToBasisPoints(bracket.ratePercent);
  const bounded = Math.min(Math.max(raw, bracket.minimumCents * 10000), bracket.maximumCents * 10000);
  return { bracket, amountCents: divideRoundingHalfUp(bounded, 10000) };
}
