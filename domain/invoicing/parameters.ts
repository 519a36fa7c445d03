import { at, type DatedSeries, type ResolvedParameter } from '../payroll/parameters/dated-series';

/**
 * The invoicing rules that change with the law, as dated series with their source (the same
 * shape and `at` as the payroll parameters). A value derived by the statutory formula rather than
 * read from its official publication is marked provisional, and so is what is computed with it.
 */

/** VAT rates (percent) by category: temporary-work services are standard-rated. */
export const vatStandardRate: DatedSeries<number> = {
  description: 'Belgian standard VAT rate',
  unit: 'percent',
  source: 'Code TVA / BTW-Wetboek art. 37 §1 and Royal Decree no. 20 of 20 July 1970 (21 % since 1996-01-01)',
  values: { '1996-01-01': 21 },
};

export const vatReducedRate12: DatedSeries<number> = {
  description: 'Belgian intermediate VAT rate',
  unit: 'percent',
  source: 'Royal Decree no. 20 of 20 July 1970, table B',
  values: { '1992-04-01': 12 },
};

export const vatReducedRate6: DatedSeries<number> = {
  description: 'Belgian reduced VAT rate',
  unit: 'percent',
  source: 'Royal Decree no. 20 of 20 July 1970, table A',
  values: { '1992-04-01': 6 },
};

/**
 * Interest on late payment in commercial transactions: the ECB main refinancing rate on the first
 * calendar day of the half-year, plus 8 percentage points, rounded up to the next half point
 * (Law of 2 August 2002, art. 5, as amended by the Law of 22 November 2013 transposing Directive
 * 2011/7/EU). The rate applies per half-year.
 */
export const latePaymentInterestRate: DatedSeries<number> = {
  description: 'Legal interest rate for late payment in commercial transactions (per year)',
  unit: 'percent',
  source: 'Law of 2 August 2002 on late payment in commercial transactions, art. 5; rate published each half-year by the FPS Finance (Moniteur belge)',
  values: {
    '2023-01-01': 10.5,
    '2023-07-01': 12,
    '2024-01-01': 12.5,
    '2024-07-01': 12.5,
    '2025-01-01': 11.5,
    '2025-07-01': 10.5,
    '2026-01-01': 10.5,
    '2026-07-01': 10.5,
  },
  sources: {
    '2023-01-01': 'ECB MRO 2.50 % on 2023-01-01 + 8 points, rounded up to the half point (art. 5 Law of 2 August 2002)',
    '2023-07-01': 'ECB MRO 4.00 % on 2023-07-01 + 8 points (art. 5 Law of 2 August 2002)',
    '2024-01-01': 'ECB MRO 4.50 % on 2024-01-01 + 8 points (art. 5 Law of 2 August 2002)',
    '2024-07-01': 'ECB MRO 4.25 % on 2024-07-01 + 8 points, rounded up to the half point (art. 5 Law of 2 August 2002)',
    '2025-01-01': 'ECB MRO 3.15 % on 2025-01-01 + 8 points, rounded up to the half point (art. 5 Law of 2 August 2002)',
    '2025-07-01': 'ECB MRO 2.15 % on 2025-07-01 + 8 points, rounded up to the half point (art. 5 Law of 2 August 2002)',
    '2026-01-01': 'ECB MRO 2.15 % on 2026-01-01 + 8 points, rounded up to the half point (art. 5 Law of 2 August 2002)',
    '2026-07-01': 'carried forward from 2026-01-01',
  },
  verified: false,
  note: 'Derived from the ECB rate by the statutory formula; check each half-year against the FPS Finance notice in the Moniteur belge.',
  provisional: {
    '2026-07-01': 'the ECB rate of 2026-07-01 was not checked: the previous half-year rate is carried forward',
  },
};

/** The fixed indemnity for recovery costs owed from the day after the due date, without notice. */
export const latePaymentLumpSumCents: DatedSeries<number> = {
  description: 'Lump-sum indemnity for recovery costs on a late commercial payment (per invoice)',
  unit: 'EUR cents',
  source: 'Law of 2 August 2002, art. 6 (minimum EUR 40, Directive 2011/7/EU art. 6), as amended by the Law of 22 November 2013',
  values: { '2013-03-16': 4000 },
};

/** Days an employer has to pay when their terms say nothing else. */
export const DEFAULT_PAYMENT_TERMS_DAYS = 30;
/** Longest term the B2B late-payment law allows without an express agreement: 60 days (art. 4). */
export const MAX_PAYMENT_TERMS_DAYS = 60;

export type VatCategory = 'standard' | 'reduced-12' | 'reduced-6' | 'exempt';

export interface VatTreatment {
  category: VatCategory;
  /** UNCL5305 code used in UBL: S standard/reduced rated, E exempt. */
  code: 'S' | 'E';
  ratePercent: number;
  /** Exempt lines must say why (EN 16931 BR-E-10). */
  exemptionReason: string | null;
  source: string;
}

/** The VAT of a category on a date (the date of the chargeable event: the issue date). */
export function vatTreatment(category: VatCategory, date: string, exemptionReason?: string | null): VatTreatment {
  if (category === 'exempt') {
    return {
      category,
      code: 'E',
      ratePercent: 0,
      exemptionReason: exemptionReason?.trim() || 'Exempt from VAT (art. 44 VAT Code)',
      source: 'Code TVA / BTW-Wetboek art. 44',
    };
  }
  const series = category === 'standard' ? vatStandardRate : category === 'reduced-12' ? vatReducedRate12 : vatReducedRate6;
  const resolved = at(series, date);
  return { category, code: 'S', ratePercent: resolved.value, exemptionReason: null, source: resolved.source };
}

export function latePaymentRateOn(date: string): ResolvedParameter<number> {
  return at(latePaymentInterestRate, date);
}

export function lumpSumOn(date: string): ResolvedParameter<number> {
  return at(latePaymentLumpSumCents, date);
}
