import { type Cents, percentToBasisPoints, divideRoundingHalfUp } from '../../money';

/**
 * Fiscal work bonus (facts §2.3): a withholding-tax reduction equal to a percentage of each part
 * of the social work bonus actually granted (33.14 % of part A and 52.54 % of part B from April
 * 2024; 33.14 % of the single bonus before). Each part is rounded half up to the cent, then the
 * total is limited to the tax left after the family reductions: withholding never goes negative.
 */
export interface FiscalWorkBonusPart {
  grantedSocialBonusCents: Cents;
  ratePercent: number;
}

export interface FiscalWorkBonus {
  /** Per part, before the limit. */
  partsCents: Cents[];
  computedCents: Cents;
  appliedCents: Cents;
}

export function fiscalWorkBonus(parts: readonly FiscalWorkBonusPart[], taxLeftCents: Cents): FiscalWorkBonus {
  const partsCents = parts.map((part) => divideRoundingHalfUp(part.grantedSocialBonusCents * percentToBasisPoints(part.ratePercent), 10000));
  const computedCents = partsCents.reduce((sum, part) => sum + part, 0);
  return { partsCents, computedCents, appliedCents: Math.max(Math.min(computedCents, taxLeftCents), 0) };
}
