import { type Cents, divideRoundingHalfUp, percentToBasisPoints, roundHalfUp } from '../../money';
import type { StructuralReductionCategory1, StructuralReductionWorkingTimeFactor } from '../parameters/employer-contribution-parameters';

/**
 * Structural reduction of employer contributions (facts §5.2), computed per quarter by ONSS.
 * A monthly payslip can only estimate it: the month is taken as one third of a quarter made of
 * three identical months. The estimate is an employer-cost figure; it never touches the worker.
 *   S = W × (13 × U / H), the factor and S rounded to the cent;
 *   R = α × max(S0 − S, 0) + γ × max(S2 − S, 0);
 *   reduction = R × µ × β, capped at W × employer basic rate.
 */
export interface StructuralReductionInput {
  monthlyGrossCents: Cents;
  workedHours: number;
  fullTimeHours: number;
  employerBasicRatePercent: number;
}

export interface StructuralReduction {
  quarterlyWageCents: Cents;
  referenceWageCents: Cents;
  basicAmountCents: Cents;
  workingTimeFraction: number;
  correctionFactor: number;
  quarterlyReductionCents: Cents;
  monthlyReductionCents: Cents;
}

export function workingTimeCorrectionFactor(fraction: number, weeklyReferenceHours: number, factor: StructuralReductionWorkingTimeFactor): number {
  if (fraction >= factor.fullReductionFromFraction) return 1 / fraction;
  if (fraction < factor.minimumFraction && weeklyReferenceHours < factor.minimumWeeklyReferenceHours) return 0;
  if (fraction >= factor.lowerFraction) return factor.baseFactor + (fraction - factor.lowerFraction) * factor.slope;
  return factor.baseFactor;
}

export function structuralReduction(
  input: StructuralReductionInput,
  category: StructuralReductionCategory1,
  workingTime: StructuralReductionWorkingTimeFactor,
): StructuralReduction {
  const quarterlyWageCents = input.monthlyGrossCents * 3;
  const fraction = Math.min(input.workedHours / input.fullTimeHours, 1);
  const weeklyReferenceHours = (input.fullTimeHours * 3) / 13;
  // 13 × U / H over a quarter of three identical months = full-time hours / worked hours.
  const factorHundredths = Math.round(Math.max(input.fullTimeHours / input.workedHours, 1) * 100);
  const referenceWageCents = divideRoundingHalfUp(quarterlyWageCents * factorHundredths, 100);
  const basicNumerator =
    percentToBasisPoints(category.alphaPercent) * Math.max(category.referenceWageCents - referenceWageCents, 0) +
    percentToBasisPoints(category.gammaPercent) * Math.max(category.veryLowWageCents - referenceWageCents, 0);
  const basicAmountCents = divideRoundingHalfUp(basicNumerator, 10000);
  const correctionFactor = workingTimeCorrectionFactor(fraction, weeklyReferenceHours, workingTime);
  const cap = divideRoundingHalfUp(quarterlyWageCents * percentToBasisPoints(input.employerBasicRatePercent), 10000);
  const quarterlyReductionCents = Math.min(roundHalfUp(basicAmountCents * fraction * correctionFactor), cap);
  return {
    quarterlyWageCents,
    referenceWageCents,
    basicAmountCents,
    workingTimeFraction: fraction,
    correctionFactor,
    quarterlyReductionCents,
    monthlyReductionCents: divideRoundingHalfUp(quarterlyReductionCents, 3),
  };
}
