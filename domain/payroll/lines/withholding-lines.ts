import type { Cents } from '../../money';
import {
  applyFamilyReductions,
  type FamilyReductionKind,
  familyReductionEntitlements,
  type FamilySituation,
} from '../formulas/family-reductions';
import { fiscalWorkBonus, type FiscalWorkBonusPart } from '../formulas/fiscal-work-bonus';
import { type WithholdingScale, withholdingTaxKeyFormula } from '../formulas/withholding-tax-key-formula';
import type { PayrollParameterName } from '../parameters/belgian-payroll-parameters';
import { type PeriodParameters, referenceOf, valueOf } from '../parameters/period-parameters';
import { deduction, LINE_LABELS, type PayslipLine, type PayslipLineCode } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';
import { euros, type LocalizedText, percent } from '../wording';
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

export function keyFormulaWithholdingLine(
  input: PayslipInput,
  period: PeriodParameters,
  taxableCents: Cents,
): { cents: Cents; line: PayslipLine } {
  const scaleKind = withholdingScaleFor(input.family);
  const r = withholdingTaxKeyFormula(taxableCents, scaleKind, {
    roundingStepCents: valueOf(period, 'taxableBaseRoundingStep'),
    lumpSumExpensesRatePercent: valueOf(period, 'lumpSumExpensesRate'),
    lumpSumExpensesBoundCents: valueOf(period, 'lumpSumExpensesBound'),
    lumpSumExpensesMaximumCents: valueOf(period, 'lumpSumExpensesMaximum'),
    scale: valueOf(period, 'withholdingTaxScale'),
    taxFreeAmountReductionCents: valueOf(period, 'taxFreeAmountReduction'),
    maritalQuotientRatePercent: valueOf(period, 'maritalQuotientRate'),
    maritalQuotientMaximumCents: valueOf(period, 'maritalQuotientMaximum'),
  });
  const names = scaleKind === 'scale-II' ? [...KEY_FORMULA_PARAMETERS, 'maritalQuotientRate', 'maritalQuotientMaximum'] as const : KEY_FORMULA_PARAMETERS;
  const expenses = Math.round(r.lumpSumExpensesMilliCents / 1000);
  const net = Math.round(r.annualNetTaxableMilliCents / 1000);
  const rounded = r.roundedTaxableCents !== taxableCents;
  const scaleII = scaleKind === 'scale-II';
  const t = euros(taxableCents);
  const rt = euros(r.roundedTaxableCents);
  const y = euros(r.annualGrossCents);
  const e = euros(expenses);
  const n = euros(net);
  const q = euros(Math.round(r.maritalQuotientMilliCents / 1000));
  const bt = euros(r.basicTaxCents);
  const tf = euros(r.taxFreeReductionCents);
  const at = euros(r.annualTaxCents);
  const mt = euros(r.monthlyTaxCents);
  return {
    cents: r.monthlyTaxCents,
    line: {
      code: 'WITHHOLDING_TAX',
      side: 'worker',
      amountCents: deduction(r.monthlyTaxCents),
      label: LINE_LABELS.WITHHOLDING_TAX,
      explanation: {
        fr: `Avance sur votre impôt sur le revenu. Revenu imposable du mois ${t.fr}${rounded ? `, arrondi à ${rt.fr}` : ''}, soit ${y.fr} par an ; moins ${e.fr} de frais professionnels forfaitaires : ${n.fr}. ${scaleII ? `Quotient conjugal attribué au conjoint sans revenus : ${q.fr}. ` : ''}Impôt du barème ${bt.fr}, moins la quotité exemptée ${tf.fr} : ${at.fr} par an, soit ${mt.fr} par mois.`,
        nl: `Voorschot op uw inkomstenbelasting. Belastbaar inkomen van de maand ${t.nl}${rounded ? `, afgerond op ${rt.nl}` : ''}, of ${y.nl} per jaar; min ${e.nl} forfaitaire beroepskosten: ${n.nl}. ${scaleII ? `Huwelijksquotiënt toegekend aan de partner zonder inkomen: ${q.nl}. ` : ''}Belasting volgens de schaal ${bt.nl}, min de belastingvrije som ${tf.nl}: ${at.nl} per jaar, of ${mt.nl} per maand.`,
        en: `An advance on your income tax. Taxable pay this month ${t.en}${rounded ? `, rounded down to ${rt.en}` : ''}, that is ${y.en} a year; minus ${e.en} lump-sum work expenses: ${n.en}. ${scaleII ? `Marital quotient given to your partner without income: ${q.en}. ` : ''}Tax on the scale ${bt.en}, minus the tax-free amount ${tf.en}: ${at.en} a year, or ${mt.en} a month.`,
      },
      rule: `Withholding tax key formula, ${scaleII ? 'Scale II' : 'Scale I'} (Annex III AR/CIR 92): taxable base rounded down to the period's step, × 12, lump-sum expenses, progressive scale rounded to the cent, tax-free amount, ÷ 12 truncated to the cent (facts §3.1)`,
      parameters: names.map((name) => referenceOf(period, name)),
      inputs: { taxableCents, family: input.family, scale: scaleKind },
    },
  };
}

const REDUCTION_LINE: Record<FamilyReductionKind, { code: PayslipLineCode; parameter: PayrollParameterName; why: LocalizedText }> = {
  'dependent-children': {
    code: 'WITHHOLDING_REDUCTION_CHILDREN',
    parameter: 'childrenReduction',
    why: { fr: 'enfants à charge', nl: 'kinderen ten laste', en: 'dependent children' },
  },
  'single-parent': {
    code: 'WITHHOLDING_REDUCTION_SINGLE_PARENT',
    parameter: 'otherFamilyChargeReduction',
    why: { fr: 'parent isolé avec enfants à charge', nl: 'alleenstaande ouder met kinderen ten laste', en: 'single parent with dependent children' },
  },
  'single-beneficiary': {
    code: 'WITHHOLDING_REDUCTION_SINGLE_BENEFICIARY',
    parameter: 'singleBeneficiaryReduction',
    why: { fr: 'bénéficiaire isolé', nl: 'alleenstaande', en: 'living alone (single)' },
  },
  'other-dependants-under-65': {
    code: 'WITHHOLDING_REDUCTION_OTHER_DEPENDANTS',
    parameter: 'otherFamilyChargeReduction',
    why: { fr: 'autres personnes à charge', nl: 'andere personen ten laste', en: 'other dependants' },
  },
  'dependants-aged-65-or-more': {
    code: 'WITHHOLDING_REDUCTION_DEPENDANTS_65',
    parameter: 'dependantAged65OrMoreReduction',
    why: { fr: 'personnes à charge de 65 ans ou plus', nl: 'personen ten laste van 65 jaar of ouder', en: 'dependants aged 65 or more' },
  },
};

export function familyReductionLines(
  input: PayslipInput,
  period: PeriodParameters,
  monthlyTaxCents: Cents,
): { taxAfterReductionsCents: Cents; lines: PayslipLine[] } {
  const entitlements = familyReductionEntitlements(
    {
      family: input.family, dependentChildren: input.dependentChildren, otherDependantsUnder65: input.otherDependantsUnder65,
      dependantsAged65OrMore: input.dependantsAged65OrMore, claimsSingleReductions: input.claimsSingleReductions,
    },
    {
      childrenReduction: valueOf(period, 'childrenReduction'),
      singleBeneficiaryReductionCents: valueOf(period, 'singleBeneficiaryReduction'),
      otherFamilyChargeReductionCents: valueOf(period, 'otherFamilyChargeReduction'),
      dependantAged65OrMoreReductionCents: valueOf(period, 'dependantAged65OrMoreReduction'),
    },
  );
  const { reductions, taxAfterReductionsCents } = applyFamilyReductions(monthlyTaxCents, entitlements);
  const lines = reductions.map(({ kind, entitlementCents, appliedCents }): PayslipLine => {
    const { code, parameter, why } = REDUCTION_LINE[kind];
    const limited = appliedCents !== entitlementCents;
    const count = kind === 'dependent-children' ? ` (${input.dependentChildren})` : '';
    const en = euros(entitlementCents);
    const ap = euros(appliedCents);
    return {
      code,
      side: 'worker',
      amountCents: appliedCents,
      label: LINE_LABELS[code],
      explanation: {
        fr: `Réduction du précompte pour ${why.fr}${count} : ${en.fr} par mois.${limited ? ` Limitée au précompte restant : ${ap.fr}.` : ''}`,
        nl: `Vermindering van de voorheffing voor ${why.nl}${count}: ${en.nl} per maand.${limited ? ` Beperkt tot de resterende voorheffing: ${ap.nl}.` : ''}`,
        en: `Withholding reduction for ${why.en}${count}: ${en.en} a month.${limited ? ` Limited to the tax left: ${ap.en}.` : ''}`,
      },
      rule: 'Monthly reduction for family charges (Annex III), subtracted after the key formula, never below zero (facts §3.3)',
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
    ratePercent: valueOf(period, rateParameter(part.part)) as number,
  }));
  const bonus = fiscalWorkBonus(parts, taxLeftCents);
  const limited = bonus.appliedCents !== bonus.computedCents;
  const detail = fiscalDetail(parts, grantedParts, bonus.partsCents);
  const ap = euros(bonus.appliedCents);
  return {
    cents: bonus.appliedCents,
    line: {
      code: 'FISCAL_WORK_BONUS',
      side: 'worker',
      amountCents: bonus.appliedCents,
      label: LINE_LABELS.FISCAL_WORK_BONUS,
      explanation: {
        fr: `Le bonus à l’emploi réduit aussi votre précompte : ${detail.fr}.${limited ? ` Limité au précompte restant : ${ap.fr}.` : ''}`,
        nl: `De werkbonus verlaagt ook uw voorheffing: ${detail.nl}.${limited ? ` Beperkt tot de resterende voorheffing: ${ap.nl}.` : ''}`,
        en: `The work bonus also lowers your withholding tax: ${detail.en}.${limited ? ` Limited to the tax left: ${ap.en}.` : ''}`,
      },
      rule: 'Fiscal work bonus: percentage of each social work-bonus part actually granted, rounded half up per part, after the family reductions, never below zero (facts §2.3)',
      parameters: grantedParts.map((part) => referenceOf(period, rateParameter(part.part))),
      inputs: fiscalInputs(taxLeftCents, grantedParts),
    },
  };
}

function fiscalDetail(
  parts: readonly FiscalWorkBonusPart[],
  grantedParts: readonly WorkBonusPart[],
  partsCents: readonly Cents[],
): LocalizedText {
  const detail = { fr: '', nl: '', en: '' };
  const anyGranted = grantedParts.some((part) => part.grantedCents > 0);
  for (let i = 0; i < parts.length; i++) {
    // A part with nothing granted adds nothing; naming it would only lengthen the sentence.
    if (anyGranted && grantedParts[i]!.grantedCents === 0) continue;
    const rate = percent(parts[i]!.ratePercent);
    const granted = euros(grantedParts[i]!.grantedCents);
    const amount = euros(partsCents[i]!);
    const plus = detail.en === '' ? '' : ' + ';
    detail.fr += `${plus}${rate.fr} de ${granted.fr} = ${amount.fr}`;
    detail.nl += `${plus}${rate.nl} van ${granted.nl} = ${amount.nl}`;
    detail.en += `${plus}${rate.en} of ${granted.en} = ${amount.en}`;
  }
  return detail;
}

function fiscalInputs(taxLeftCents: Cents, grantedParts: readonly WorkBonusPart[]): Record<string, number> {
  const inputs: Record<string, number> = { taxLeftCents };
  for (const part of grantedParts) {
    inputs[part.part === 'single' ? 'grantedSocialBonusCents' : `grantedSocialBonusPart${part.part}Cents`] = part.grantedCents;
  }
  return inputs;
}
