import type { RuleViolation } from '../rule-violation';
import { isCalendarDate, type CalendarDate } from '../time/dates';
import type { FamilySituation } from '../payroll/formulas/family-reductions';

/**
 * What the withholding tax needs to know of a worker, as Belgian payroll asks it at hiring
 * (the "fiche" of family charges). Dated: a new declaration applies from its `effectiveFrom`.
 */
export interface TaxSituation {
  effectiveFrom: CalendarDate;
  family: FamilySituation;
  dependentChildren: number;
  /** Of the dependent children, how many have a disability (each counts twice, Annex III). */
  disabledChildren: number;
  otherDependantsUnder65: number;
  dependantsAged65OrMore: number;
  /** Whether the worker asked for the single-person ("isolé") and single-parent reductions. */
  claimsSingleReductions: boolean;
}

export const FAMILY_SITUATIONS: readonly FamilySituation[] = ['single', 'couple-two-incomes', 'couple-one-income'];
const MAX_COUNT = 20;

export function validateTaxSituation(candidate: TaxSituation): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (!isCalendarDate(candidate.effectiveFrom))
    v.push({ field: 'effectiveFrom', code: 'invalid-date', message: 'the date from which it applies must be a real date, YYYY-MM-DD' });
  else if (candidate.effectiveFrom < '2021-01-01')
    v.push({ field: 'effectiveFrom', code: 'date-out-of-range', message: 'a tax situation can apply from 2021-01-01 at the earliest' });
  if (!FAMILY_SITUATIONS.includes(candidate.family))
    v.push({ field: 'family', code: 'invalid-choice', message: `family must be one of ${FAMILY_SITUATIONS.join(', ')}` });
  for (const field of ['dependentChildren', 'disabledChildren', 'otherDependantsUnder65', 'dependantsAged65OrMore'] as const) {
    const n = candidate[field];
    if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT)
      v.push({ field, code: 'invalid-count', message: `${field} must be a whole number from 0 to ${MAX_COUNT}` });
  }
  if (v.every((x) => x.code !== 'invalid-count') && candidate.disabledChildren > candidate.dependentChildren) {
    v.push({
      field: 'disabledChildren',
      code: 'more-than-children',
      message: 'disabled children are counted among the dependent children: there cannot be more of them',
    });
  }
  if (candidate.claimsSingleReductions && FAMILY_SITUATIONS.includes(candidate.family) && candidate.family !== 'single') {
    v.push({ field: 'claimsSingleReductions', code: 'not-single', message: 'the single-person and single-parent reductions are for a worker taxed as single' });
  }
  if (typeof candidate.claimsSingleReductions !== 'boolean')
    v.push({ field: 'claimsSingleReductions', code: 'invalid-choice', message: 'claimsSingleReductions must be true or false' });
  return v;
}

/** The rules the law applies when the worker has not declared anything: a single person, no charges. */
export const DEFAULT_TAX_SITUATION: Omit<TaxSituation, 'effectiveFrom'> = {
  family: 'single',
  dependentChildren: 0,
  disabledChildren: 0,
  otherDependantsUnder65: 0,
  dependantsAged65OrMore: 0,
  claimsSingleReductions: false,
};

/** The family charges as the payroll engine takes them: a disabled child counts as two children. */
export function payslipFamilyCharges(s: Omit<TaxSituation, 'effectiveFrom'>) {
  return {
    family: s.family,
    dependentChildren: s.dependentChildren + s.disabledChildren,
    otherDependantsUnder65: s.otherDependantsUnder65,
    dependantsAged65OrMore: s.dependantsAged65OrMore,
    claimsSingleReductions: s.claimsSingleReductions,
  };
}

/** The situation in force on `date` among dated declarations (latest effectiveFrom on or before it). */
export function taxSituationOn<T extends { effectiveFrom: CalendarDate }>(history: readonly T[], date: CalendarDate): T | undefined {
  let found: T | undefined;
  for (const s of history) if (s.effectiveFrom <= date && (!found || s.effectiveFrom >= found.effectiveFrom)) found = s;
  return found;
}
