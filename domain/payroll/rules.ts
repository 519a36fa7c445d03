/**
 * The rules a payslip line applies, by stable id: the formula with its rounding, and the section
 * of the facts reference (docs/belgian-payroll-facts.md) that is its basis. A line names its rule
 * by id; the words are here, once.
 */
interface PayrollRule {
  formula: string;
  /** Section of docs/belgian-payroll-facts.md; none for a rule that is the contract's own. */
  factsSection?: string;
}

const keyFormula = (scale: string): PayrollRule => ({
  formula: `Withholding tax key formula, ${scale} (Annex III AR/CIR 92): taxable base rounded down to the period's step, × 12, lump-sum expenses, progressive scale rounded to the cent, tax-free amount, ÷ 12 truncated to the cent`,
  factsSection: '3.1',
});

const specialScale = (payment: string): PayrollRule => ({
  formula: `Withholding on ${payment}, special scale of Annex III: rate by annual reference pay after the children exoneration, reduced for children under the ceiling, × taxable payment, rounded half up`,
  factsSection: '3.4',
});

export const PAYROLL_RULES = {
  'pay-for-hours': { formula: 'Pay for hours: hours × hourly wage × (100 % + premium), rounded half up to the cent per line' },
  'monthly-gross-pay': { formula: 'Monthly gross pay as agreed in the contract' },
  'thirteenth-month': { formula: 'Year-end bonus (13th month) equal to the normal monthly gross, per sector agreement' },
  'double-holiday-pay': { formula: 'Double holiday pay: 92 % of the monthly gross (85 % + 7 %), each rounded half up to the cent' },
  'personal-social-security': {
    formula: 'Personal social security contribution: gross × base share (108 % blue-collar) × rate, rounded half up to the cent',
    factsSection: '1',
  },
  'social-work-bonus-single-part': {
    formula: 'Social work bonus, one-part regime: R from S = W × U / H, P = R × H / U rounded half up, capped at the personal contribution',
    factsSection: '2.2',
  },
  'social-work-bonus-parts-a-b': {
    formula:
      'Social work bonus, parts A and B: R from S = W × U / H, P = R × H / U rounded half up per part; A + B capped at the personal contribution, a capped amount shared between the parts in proportion',
    factsSection: '2.1',
  },
  'withholding-key-formula-scale-I': keyFormula('Scale I'),
  'withholding-key-formula-scale-II': keyFormula('Scale II'),
  'withholding-family-reduction': {
    formula: 'Monthly reduction for family charges (Annex III), subtracted after the key formula, never below zero',
    factsSection: '3.3',
  },
  'fiscal-work-bonus': {
    formula:
      'Fiscal work bonus: percentage of each social work-bonus part actually granted, rounded half up per part, after the family reductions, never below zero',
    factsSection: '2.3',
  },
  'special-social-security-contribution': {
    formula: 'Special social security contribution: min(max(basis + (G − from + 0.01) × rate, minimum), maximum) in the bracket of G, rounded half up',
    factsSection: '4',
  },
  'withholding-special-scale-holiday-pay': specialScale('holiday pay'),
  'withholding-special-scale-exceptional-allowances': specialScale('exceptional allowances'),
  'employer-basic-contribution': {
    formula: 'Employer basic contribution: base × (global rate − worker rate), rounded half up to the cent',
    factsSection: '5.1',
  },
  'employer-contribution-rate': {
    formula: 'Employer contribution: contribution base (108 % for blue-collar) × rate, rounded half up to the cent',
    factsSection: '5.1',
  },
  'structural-reduction': {
    formula:
      'Structural reduction, category 1: R = α × max(S0 − S, 0) + γ × max(S2 − S, 0), × µ × β, capped at the employer basic contribution; quarter of three identical months, one third per month, rounded half up',
    factsSection: '5.2',
  },
} as const satisfies Record<string, PayrollRule>;

export type PayrollRuleId = keyof typeof PAYROLL_RULES;

/** The rule in words, with its source: "… rounded half up to the cent (facts §1)". */
export function ruleText(id: PayrollRuleId): string {
  const rule: PayrollRule = PAYROLL_RULES[id];
  return rule.factsSection ? `${rule.formula} (facts §${rule.factsSection})` : rule.formula;
}

/** Where the rule comes from, as a path in this repository: "docs/belgian-payroll-facts.md §1". */
export function ruleSource(id: PayrollRuleId): string | undefined {
  const rule: PayrollRule = PAYROLL_RULES[id];
  return rule.factsSection ? `docs/belgian-payroll-facts.md §${rule.factsSection}` : undefined;
}
