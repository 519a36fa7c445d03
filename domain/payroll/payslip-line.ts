import type { Cents } from '../money';
import type { LineFacts, RegularisationFacts } from './line-facts';
import type { ParameterReference } from './parameters/period-parameters';
import type { PayrollRuleId } from './rules';
import type { LocalizedText } from './wording';

/**
 * One line of a payslip: what was computed and from what, no words (`explain.ts` words it). Worker
 * lines are signed the way they move the net pay (earnings and reductions positive, deductions
 * negative), so they add up to the net. Employer lines are signed the way they move the employer
 * cost, so gross + employer lines = employer cost.
 */
export interface PayslipLine {
  code: PayslipLineCode;
  side: 'worker' | 'employer';
  amountCents: Cents;
  /** The figures the rule used and produced, by kind of computation. */
  facts: LineFacts;
  /** The rule applied (PAYROLL_RULES: its formula, rounding and source). */
  rule: PayrollRuleId;
  parameters: ParameterReference[];
  /** The figures of this payslip the rule used, by name (read by the DmfA and the PDF's rate column). */
  inputs: Record<string, number | string | boolean>;
  /** On a regularisation payslip: the month corrected and the difference this line carries. */
  regularisation?: RegularisationFacts;
}

/**
 * A line as payslips issued before lines carried facts stored it, with its words: issued payslips
 * are immutable, so they keep the explanation they were issued with.
 */
export interface WordedPayslipLine {
  code: PayslipLineCode;
  side: 'worker' | 'employer';
  amountCents: Cents;
  label: LocalizedText;
  explanation: LocalizedText;
  rule: string;
  parameters: ParameterReference[];
  inputs: Record<string, number | string | boolean>;
  regularisation?: RegularisationFacts;
}

/** A line read back from a stored payslip or draft: computed with facts, or issued with its words. */
export type StoredPayslipLine = PayslipLine | WordedPayslipLine;

/** A deduction is shown negative; a zero stays a plain zero (no -0 in JSON consumers' comparisons). */
export function deduction(cents: Cents): Cents {
  return cents === 0 ? 0 : -cents;
}

export const PAYSLIP_LINE_CODES = [
  'GROSS_PAY',
  'REGULAR_HOURS',
  'OVERTIME_HOURS',
  'NIGHT_HOURS',
  'SUNDAY_HOURS',
  'PUBLIC_HOLIDAY_HOURS',
  'THIRTEENTH_MONTH',
  'DOUBLE_HOLIDAY_PAY',
  'DOUBLE_HOLIDAY_PAY_SUPPLEMENT',
  'PERSONAL_SOCIAL_SECURITY',
  'SOCIAL_WORK_BONUS',
  'SOCIAL_WORK_BONUS_PART_A',
  'SOCIAL_WORK_BONUS_PART_B',
  'WITHHOLDING_TAX',
  'WITHHOLDING_REDUCTION_CHILDREN',
  'WITHHOLDING_REDUCTION_SINGLE_PARENT',
  'WITHHOLDING_REDUCTION_SINGLE_BENEFICIARY',
  'WITHHOLDING_REDUCTION_OTHER_DEPENDANTS',
  'WITHHOLDING_REDUCTION_DEPENDANTS_65',
  'FISCAL_WORK_BONUS',
  'SPECIAL_SOCIAL_SECURITY_CONTRIBUTION',
  'EMPLOYER_SOCIAL_SECURITY',
  'EMPLOYER_WORK_ACCIDENT_FUND',
  'EMPLOYER_ASBESTOS_FUND',
  'EMPLOYER_CLOSING_FUND',
  'EMPLOYER_CLOSING_FUND_TEMPORARY_UNEMPLOYMENT',
  'EMPLOYER_TEMPORARY_UNEMPLOYMENT',
  'EMPLOYER_SECTOR_FUND',
  'EMPLOYER_TEN_OR_MORE_WORKERS',
  'EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_QUARTERLY',
  'EMPLOYER_BLUE_COLLAR_HOLIDAY_PAY_ANNUAL',
  'EMPLOYER_DOUBLE_HOLIDAY_PAY_CONTRIBUTIONS',
  'EMPLOYER_STRUCTURAL_REDUCTION',
] as const;

export type PayslipLineCode = (typeof PAYSLIP_LINE_CODES)[number];
