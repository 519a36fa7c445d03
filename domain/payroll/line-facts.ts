import type { Cents } from '../money';
import type { FamilyReductionKind, FamilySituation } from './formulas/family-reductions';

/*
 * What the engine knows about each line once it has computed it: the amounts (integer cents),
 * rates and percentages, bases and hours it used. No words: `explain.ts` turns these facts into
 * the fr/nl/en explanation, in one place, for the payslip PDF and the API (hence the portal).
 * One variant per kind of computation, discriminated by `kind`.
 */

/** The hours the worker worked against a full-time month, when the bonus is prorated to them. */
export interface Proration {
  /** Worked hours, at most the full-time hours. */
  workedHours: number;
  fullTimeHours: number;
}

export interface HoursFacts {
  kind: 'hours';
  hours: number;
  hourlyWageCents: Cents;
  /** 0 for regular hours. */
  premiumPercent: number;
  amountCents: Cents;
}

export interface NoHoursFacts {
  kind: 'no-hours';
}

export interface GrossPayFacts {
  kind: 'gross-pay';
  grossCents: Cents;
}

export interface ThirteenthMonthFacts {
  kind: 'thirteenth-month';
  normalMonthlyGrossCents: Cents;
}

export interface DoubleHolidayPayFacts {
  kind: 'double-holiday-pay';
  monthlyGrossCents: Cents;
  /** The share carrying the personal contribution (85 %). */
  sharePercent: number;
  amountCents: Cents;
}

export interface DoubleHolidayPaySupplementFacts {
  kind: 'double-holiday-pay-supplement';
  /** The share without contribution (7 %). */
  sharePercent: number;
  amountCents: Cents;
}

export interface PersonalSocialSecurityFacts {
  kind: 'personal-social-security';
  ratePercent: number;
  grossCents: Cents;
  /** 100, or 108 for a blue-collar worker. */
  basePercent: number;
  amountCents: Cents;
}

export interface SocialWorkBonusFacts {
  kind: 'social-work-bonus';
  referenceWageCents: Cents;
  /** What the scale gives before the cap. */
  computedCents: Cents;
  /** What is granted: the computed amount capped at the personal contribution. */
  grantedCents: Cents;
  maximumCents: Cents;
  lowReferenceWageCents: Cents;
  /** Above it, nothing. */
  highReferenceWageCents: Cents;
  proration: Proration | null;
}

export interface SocialWorkBonusPartFacts {
  kind: 'social-work-bonus-part';
  part: 'A' | 'B';
  referenceWageCents: Cents;
  computedCents: Cents;
  grantedCents: Cents;
  maximumCents: Cents;
  /** Up to it, the maximum (part A: the middle reference wage; part B: the low one). */
  fullUpToCents: Cents;
  /** The reduction per euro above `fullUpToCents`. */
  reductionPerEuroPercent: number;
  /** Above it, nothing (part A: the high reference wage; part B: the middle one). */
  nothingAboveCents: Cents;
  proration: Proration | null;
}

export interface WithholdingKeyFormulaFacts {
  kind: 'withholding-key-formula';
  scale: 'scale-I' | 'scale-II';
  taxableCents: Cents;
  /** Equal to taxableCents when the period has no rounding step (since 2023). */
  roundedTaxableCents: Cents;
  annualGrossCents: Cents;
  lumpSumExpensesCents: Cents;
  annualNetTaxableCents: Cents;
  /** Scale II only; 0 otherwise. */
  maritalQuotientCents: Cents;
  basicTaxCents: Cents;
  taxFreeReductionCents: Cents;
  annualTaxCents: Cents;
  monthlyTaxCents: Cents;
}

export interface FamilyReductionFacts {
  kind: 'family-reduction';
  reduction: FamilyReductionKind;
  dependentChildren: number;
  entitlementCents: Cents;
  /** The entitlement, limited to the tax left. */
  appliedCents: Cents;
}

export interface FiscalWorkBonusFacts {
  kind: 'fiscal-work-bonus';
  parts: { part: 'single' | 'A' | 'B'; ratePercent: number; grantedSocialBonusCents: Cents; amountCents: Cents }[];
  computedCents: Cents;
  /** The computed amount, limited to the tax left. */
  appliedCents: Cents;
}

export interface SpecialSocialSecurityFacts {
  kind: 'special-social-security';
  baseCents: Cents;
  household: FamilySituation;
  amountCents: Cents;
}

export interface ExceptionalWithholdingFacts {
  kind: 'exceptional-withholding';
  payment: 'thirteenth-month' | 'double-holiday-pay';
  normalMonthlyGrossCents: Cents;
  normalMonthlyContributionCents: Cents;
  referencePayCents: Cents;
  dependentChildren: number;
  /** Present when the children exoneration lowered the reference pay. */
  adjustedReferencePayCents: Cents | null;
  scaleRatePercent: number;
  /** 0 when the children do not reduce the rate. */
  childRateReductionPercent: number;
  taxableCents: Cents;
  amountCents: Cents;
}

export interface EmployerContributionFacts {
  kind: 'employer-contribution';
  baseCents: Cents;
  ratePercent: number;
  amountCents: Cents;
}

export interface StructuralReductionFacts {
  kind: 'structural-reduction';
  quarterlyReferenceWageCents: Cents;
  quarterlyReductionCents: Cents;
  monthlyReductionCents: Cents;
}

export type LineFacts =
  | HoursFacts
  | NoHoursFacts
  | GrossPayFacts
  | ThirteenthMonthFacts
  | DoubleHolidayPayFacts
  | DoubleHolidayPaySupplementFacts
  | PersonalSocialSecurityFacts
  | SocialWorkBonusFacts
  | SocialWorkBonusPartFacts
  | WithholdingKeyFormulaFacts
  | FamilyReductionFacts
  | FiscalWorkBonusFacts
  | SpecialSocialSecurityFacts
  | ExceptionalWithholdingFacts
  | EmployerContributionFacts
  | StructuralReductionFacts;

export type LineFactsKind = LineFacts['kind'];

/** What a regularisation line adds to the facts of the line it corrects. */
export interface RegularisationFacts {
  /** The month corrected, 'YYYY-MM'. */
  period: string;
  /** The original payslip's number. */
  number: string;
  recomputedCents: Cents;
  paidCents: Cents;
  differenceCents: Cents;
}
