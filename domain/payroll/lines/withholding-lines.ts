import type { Cents } from '../../money';
import { applyFamilyReductions, type FamilyReductionKind, familyReductionEntitlements, type FamilySituation } from '../formulas/family-reductions';
import { fiscalWorkBonus, type FiscalWorkBonusPart } from '../formulas/fiscal-work-bonus';
import { type WithholdingScale, withholdingTaxKeyFormula } from '../formulas/withholding-tax-key-formula';
import type { PayrollParameterName } from '../parameters/belgian-payroll-parameters';
import { type PeriodParameters, referenceOf, parameterValue } from '../parameters/period-parameters';
import { deduction, type PayslipLine, type PayslipLineCode } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';
import type { WorkBonusPart } from './social-security-lines';

/** Scale II (marital quotient) when the spouse has no professional income; Scale I otherwise. */
export function withholdingScaleFor(family: FamilySituation): WithholdingScale {
  return family === 'couple-one-income' ? 'scale-II' : 'scale-I';
}

const KEY_FORMULA_PARAMETERS: PayrollParameterName[] = [
  'taxableBaseRoundingStep',
  'lumpSumExpensesRate',
  'lumpSumExpensesBound',
  'lumpSumExpensesMaximum',
  'withholdingTaxScale',
  'taxFreeAmountReduction',
];

export function keyFormulaWithholdingLine(input: PayslipInput, period: PeriodParameters, taxableCents: Cents): { cents: Cents; line: PayslipLine } {
  const scaleKind = withholdingScaleFor(input.family);
  const r = withholdingTaxKeyFormula(taxableCents, scaleKind, {
    roundingStepCents: parameterValue(period, 'taxableBaseRoundingStep'),
    lumpSumExpensesRatePercent: parameterValue(period, 'lumpSumExpensesRate'),
    lumpSumExpensesBoundCents: parameterValue(period, 'lumpSumExpensesBound'),
    lumpSumExpensesMaximumCents: parameterValue(period, 'lumpSumExpensesMaximum'),
    scale: parameterValue(period, 'withholdingTaxScale'),
    taxFreeAmountReductionCents: parameterValue(period, 'taxFreeAmountReduction'),
    maritalQuotientRatePercent: parameterValue(period, 'maritalQuotientRate'),
    maritalQuotientMaximumCents: parameterValue(period, 'maritalQuotientMaximum'),
  });
  const names = scaleKind === 'scale-II' ? ([...KEY_FORMULA_PARAMETERS, 'maritalQuotientRate', 'maritalQuotientMaximum'] as const) : KEY_FORMULA_PARAMETERS;
  const expenses = Math.round(r.lumpSumExpensesMilliCents / 1000);
  const net = Math.round(r.annualNetTaxableMilliCents / 1000);
  const scaleII = scaleKind === 'scale-II';
  return {
    cents: r.monthlyTaxCents,
    line: {
      code: 'WITHHOLDING_TAX',
      side: 'worker',
      amountCents: deduction(r.monthlyTaxCents),
      facts: {
        kind: 'withholding-key-formula',
        scale: scaleII ? 'scale-II' : 'scale-I',
        taxableCents,
        roundedTaxableCents: r.roundedTaxableCents,
        annualGrossCents: r.annualGrossCents,
        lumpSumExpensesCents: expenses,
        annualNetTaxableCents: net,
        maritalQuotientCents: scaleII ? Math.round(r.maritalQuotientMilliCents / 1000) : 0,
        basicTaxCents: r.basicTaxCents,
        taxFreeReductionCents: r.taxFreeReductionCents,
        annualTaxCents: r.annualTaxCents,
        monthlyTaxCents: r.monthlyTaxCents,
      },
      rule: scaleII ? 'withholding-key-formula-scale-II' : 'withholding-key-formula-scale-I',
      parameters: names.map((name) => referenceOf(period, name)),
      inputs: { taxableCents, family: input.family, scale: scaleKind },
    },
  };
}

const REDUCTION_LINE: Record<FamilyReductionKind, { code: PayslipLineCode; parameter: PayrollParameterName }> = {
  'dependent-children': {
    code: 'WITHHOLDING_REDUCTION_CHILDREN',
    parameter: 'childrenReduction',
  },
  'single-parent': {
    code: 'WITHHOLDING_REDUCTION_SINGLE_PARENT',
    parameter: 'otherFamilyChargeReduction',
  },
  'single-beneficiary': {
    code: 'WITHHOLDING_REDUCTION_SINGLE_BENEFICIARY',
    parameter: 'singleBeneficiaryReduction',
  },
  'other-dependants-under-65': {
    code: 'WITHHOLDING_REDUCTION_OTHER_DEPENDANTS',
    parameter: 'otherFamilyChargeReduction',
  },
  'dependants-aged-65-or-more': {
    code: 'WITHHOLDING_REDUCTION_DEPENDANTS_65',
    parameter: 'dependantAged65OrMoreReduction',
  },
};

export function familyReductionLines(
  input: PayslipInput,
  period: PeriodParameters,
  monthlyTaxCents: Cents,
): { taxAfterReductionsCents: Cents; lines: PayslipLine[] } {
  const entitlements = familyReductionEntitlements(
    {
      family: input.family,
      dependentChildren: input.dependentChildren,
      otherDependantsUnder65: input.otherDependantsUnder65,
      dependantsAged65OrMore: input.dependantsAged65OrMore,
      claimsSingleReductions: input.claimsSingleReductions,
    },
    {
      childrenReduction: parameterValue(period, 'childrenReduction'),
      singleBeneficiaryReductionCents: parameterValue(period, 'singleBeneficiaryReduction'),
      otherFamilyChargeReductionCents: parameterValue(period, 'otherFamilyChargeReduction'),
      dependantAged65OrMoreReductionCents: parameterValue(period, 'dependantAged65OrMoreReduction'),
    },
  );
  const { reductions, taxAfterReductionsCents } = applyFamilyReductions(monthlyTaxCents, entitlements);
  const lines = reductions.map(({ kind, entitlementCents, appliedCents }): PayslipLine => {
    const { code, parameter } = REDUCTION_LINE[kind];
    return {
      code,
      side: 'worker',
      amountCents: appliedCents,
      facts: { kind: 'family-reduction', reduction: kind, dependentChildren: input.dependentChildren, entitlementCents, appliedCents },
      rule: 'withholding-family-reduction',
      parameters: [referenceOf(period, parameter)],
      inputs: { family: input.family, dependentChildren: input.dependentChildren, taxBeforeCents: monthlyTaxCents },
    };
  });
  return { taxAfterReductionsCents, lines };
}

function rateParameter(part: WorkBonusPart['part']): PayrollParameterName {
  if (part === 'single') return 'fiscalWorkBonusRateSinglePart';
  return part === 'A' ? 'fiscalWorkBonusRatePartA' : 'fiscalWorkBonusRatePartB';
}

/** Dated formulas: 33.14 % of the single bonus until March 2024; 33.14 % of A + 52.54 % of B since. */
export function fiscalWorkBonusLine(
  period: PeriodParameters,
  grantedParts: readonly WorkBonusPart[],
  taxLeftCents: Cents,
): { cents: Cents; line: PayslipLine | undefined } {
  if (grantedParts.every((part) => part.grantedCents === 0)) return { cents: 0, line: undefined };
  const parts: FiscalWorkBonusPart[] = grantedParts.map((part) => ({
    grantedSocialBonusCents: part.grantedCents,
    ratePercent: parameterValue(period, rateParameter(part.part)) as number,
  }));
  const bonus = fiscalWorkBonus(parts, taxLeftCents);
  return {
    cents: bonus.appliedCents,
    line: {
      code: 'FISCAL_WORK_BONUS',
      side: 'worker',
      amountCents: bonus.appliedCents,
      facts: {
        kind: 'fiscal-work-bonus',
        parts: grantedParts.map((part, i) => ({
          part: part.part,
          ratePercent: parts[i]!.ratePercent,
          grantedSocialBonusCents: part.grantedCents,
          amountCents: bonus.partsCents[i]!,
        })),
        computedCents: bonus.computedCents,
        appliedCents: bonus.appliedCents,
      },
      rule: 'fiscal-work-bonus',
      parameters: grantedParts.map((part) => referenceOf(period, rateParameter(part.part))),
      inputs: fiscalInputs(taxLeftCents, grantedParts),
    },
  };
}

function fiscalInputs(taxLeftCents: Cents, grantedParts: readonly WorkBonusPart[]): Record<string, number> {
  const inputs: Record<string, number> = { taxLeftCents };
  for (const part of grantedParts) {
    inputs[part.part === 'single' ? 'grantedSocialBonusCents' : `grantedSocialBonusPart${part.part}Cents`] = part.grantedCents;
  }
  return inputs;
}
