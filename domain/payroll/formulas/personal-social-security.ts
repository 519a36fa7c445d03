import { type Cents, divideRoundingHalfUp, percentToBasisPoints } from '../../money';

export type WorkerCategory = 'white-collar' | 'blue-collar';

/**
 * Share of the gross on which social security is computed: 100 % for white-collar workers,
 * 108 % for blue-collar workers (the 8 % funds their holiday pay, paid by the holiday fund).
 */
export function contributionBasePercent(category: WorkerCategory, blueCollarBasePercent: number): number {
  return category === 'blue-collar' ? blueCollarBasePercent : 100;
}

/** An amount of cents taken at a percentage, rounded half up to the cent (ONSS rounding). */
export function percentOfRoundedHalfUp(cents: Cents, percent: number): Cents {
  return divideRoundingHalfUp(cents * percentToBasisPoints(percent), 10000);
}

/**
 * Personal social security contribution: gross × base share × rate, rounded half up to the cent
 * in one step (facts §1: round-half-up(base × 13.07 %, 2 decimals)).
 */
export function personalSocialSecurityContribution(grossCents: Cents, ratePercent: number, basePercent: number): Cents {
  return divideRoundingHalfUp(grossCents * percentToBasisPoints(ratePercent) * percentToBasisPoints(basePercent), 100_000_000);
}
