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
export type { PayslipLine, PayslipLineCode } from './payslip-line';
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
