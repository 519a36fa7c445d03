import { type Cents, divideRoundingHalfUp, divideTruncating, percentToBasisPoints } from '../../money';
import type { TaxBracket } from '../parameters/withholding-tax-parameters';

/**
 * Withholding tax on an ordinary monthly salary, key formula of Annex III (facts §3.1):
 * annualise the monthly taxable base, deduct lump-sum expenses, apply the progressive scale,
 * deduct the tax-free amount (Scale I) or split with the marital quotient (Scale II), and bring
 * the annual tax back to a month, truncated to the cent.
 *
 * Annual amounts below the cent (70 % of an annual gross, 30 % of a net income) are carried in
 * thousandths of a cent so that the only roundings are the ones the rule names.
 */

export type WithholdingScale = 'scale-I' | 'scale-II' | 'non-resident';

export interface KeyFormulaParameters {
  roundingStepCents: Cents;
  lumpSumExpensesRatePercent: number;
  lumpSumExpensesBoundCents: Cents;
  lumpSumExpensesMaximumCents: Cents;
  scale: readonly TaxBracket[];
  taxFreeAmountReductionCents: Cents;
  maritalQuotientRatePercent: number;
  maritalQuotientMaximumCents: Cents;
}

export interface KeyFormulaResult {
  /** Monthly taxable base after the rounding down of the period (€15 until 2022). */
  roundedTaxableCents: Cents;
  annualGrossCents: Cents;
  /** Lump-sum professional expenses, in thousandths of a cent. */
  lumpSumExpensesMilliCents: number;
  expensesAtMaximum: boolean;
  /** Annual net taxable income, in thousandths of a cent. */
  annualNetTaxableMilliCents: number;
  /** Scale II only: the part of the income attributed to the spouse, in thousandths of a cent. */
  maritalQuotientMilliCents: number;
  /** Tax of the progressive scale, rounded to the cent (sum of both halves for Scale II). */
  basicTaxCents: Cents;
  /** Tax-free amount reductions deducted (one per taxpayer, two for Scale II). */
  taxFreeReductionCents: Cents;
  annualTaxCents: Cents;
  /** Annual tax / 12, truncated to the cent. */
  monthlyTaxCents: Cents;
}

const MILLI = 1000;

/** Progressive scale on an annual income given in thousandths of a cent; rounded half up to the cent. */
export function progressiveScaleTax(incomeMilliCents: number, scale: readonly TaxBracket[]): Cents {
  let numerator = 0;
  let previousLimit = 0;
  for (const bracket of scale) {
    const limit = bracket.upToCents === null ? Infinity : bracket.upToCents * MILLI;
    const portion = Math.min(incomeMilliCents, limit) - previousLimit;
    if (portion <= 0) break;
    numerator += portion * percentToBasisPoints(bracket.ratePercent);
    previousLimit = limit;
  }
  return divideRoundingHalfUp(numerator, MILLI * 10000);
}

export function withholdingTaxKeyFormula(monthlyTaxableCents: Cents, scaleKind: WithholdingScale, p: KeyFormulaParameters): KeyFormulaResult {
  const taxable = Math.max(monthlyTaxableCents, 0);
  const roundedTaxableCents = taxable - (taxable % p.roundingStepCents);
  const annualGrossCents = roundedTaxableCents * 12;

  const expensesAtMaximum = annualGrossCents > p.lumpSumExpensesBoundCents;
  const lumpSumExpensesMilliCents = expensesAtMaximum
    ? p.lumpSumExpensesMaximumCents * MILLI
    : divideRoundingHalfUp(annualGrossCents * MILLI * percentToBasisPoints(p.lumpSumExpensesRatePercent), 10000);
  const annualNetTaxableMilliCents = Math.max(annualGrossCents * MILLI - lumpSumExpensesMilliCents, 0);

  let maritalQuotientMilliCents = 0;
  let basicTaxCents: Cents;
  let taxFreeReductionCents: Cents;
  if (scaleKind === 'scale-II') {
    maritalQuotientMilliCents = Math.min(
      divideRoundingHalfUp(annualNetTaxableMilliCents * percentToBasisPoints(p.maritalQuotientRatePercent), 10000),
      p.maritalQuotientMaximumCents * MILLI,
    );
    basicTaxCents =
      progressiveScaleTax(maritalQuotientMilliCents, p.scale) + progressiveScaleTax(annualNetTaxableMilliCents - maritalQuotientMilliCents, p.scale);
    taxFreeReductionCents = 2 * p.taxFreeAmountReductionCents;
  } else {
    basicTaxCents = progressiveScaleTax(annualNetTaxableMilliCents, p.scale);
    // A non-resident (old Scale III) gets no tax-free amount through withholding.
    taxFreeReductionCents = scaleKind === 'non-resident' ? 0 : p.taxFreeAmountReductionCents;
  }
  const annualTaxCents = Math.max(basicTaxCents - taxFreeReductionCents, 0);
  return {
    roundedTaxableCents,
    annualGrossCents,
    lumpSumExpensesMilliCents,
    expensesAtMaximum,
    annualNetTaxableMilliCents,
    maritalQuotientMilliCents,
    basicTaxCents,
    taxFreeReductionCents,
    annualTaxCents,
    monthlyTaxCents: divideTruncating(annualTaxCents, 12),
  };
}
