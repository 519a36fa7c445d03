/** Public API of the Belgian payroll engine (pure; safe to bundle into Temporal workflows). */
export { computePayslip, InvalidPayslipInputError, type Payslip, type PayslipTotals } from './compute-payslip';
export {
  validatePayslipInput,
  type FieldError,
  type PayKind,
  type PayslipInput,
  type ValidationResult,
  FIRST_SUPPORTED_PERIOD,
  LAST_SUPPORTED_PERIOD,
} from './payslip-input';
export { PAYSLIP_LINE_CODES, type PayslipLine, type PayslipLineCode, type StoredPayslipLine, type WordedPayslipLine } from './payslip-line';
export type { LineFacts, LineFactsKind, RegularisationFacts } from './line-facts';
export { explainComputedLine, explainLine, labelOf, ruleOf, wordLine, type ExplainedPayslipLine, type WordedLine } from './explain';
export { LINE_LABELS } from './line-labels';
export { PAYROLL_RULES, ruleSource, ruleText, type PayrollRuleId } from './rules';
export type { LocalizedText, Language } from './wording';
export {
  belgianPayrollParameters,
  parsePayrollParameterSet,
  PAYROLL_PARAMETER_NAMES,
  type PayrollParameterName,
  type PayrollParameterSet,
} from './parameters/belgian-payroll-parameters';
export { at, type DatedSeries, type ResolvedParameter } from './parameters/dated-series';
export type { ParameterReference } from './parameters/period-parameters';
