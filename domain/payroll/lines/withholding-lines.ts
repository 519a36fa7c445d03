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
import { LINE_LABELS, type PayslipLine, type PayslipLineCode } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';
import { explain, type Formatter, type LocalizedText } from '../wording';
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
  const quotient = Math.round(r.maritalQuotientMilliCents / 1000);
  return {
    cents: r.monthlyTaxCents,
    line: {
      code: 'WITHHOLDING_TAX',
      side: 'worker',
      amountCents: -r.monthlyTaxCents,
      label: LINE_LABELS.WITHHOLDING_TAX,
      explanation: explain({
        fr: (f) =>
          `Avance sur votre impôt sur le revenu. Revenu imposable du mois ${f.euros(taxableCents)}${rounded ? `, arrondi à ${f.euros(r.roundedTaxableCents)}` : ''}, soit ${f.euros(r.annualGrossCents)} par an ; moins ${f.euros(expenses)} de frais professionnels forfaitaires : ${f.euros(net)}. ` +
          (scaleKind === 'scale-II' ? `Quotient conjugal attribué au conjoint sans revenus : ${f.euros(quotient)}. ` : '') +
          `Impôt du barème ${f.euros(r.basicTaxCents)}, moins la quotité exemptée ${f.euros(r.taxFreeReductionCents)} : ${f.euros(r.annualTaxCents)} par an, soit ${f.euros(r.monthlyTaxCents)} par mois.`,
        nl: (f) =>
          `Voorschot op uw inkomstenbelasting. Belastbaar inkomen van de maand ${f.euros(taxableCents)}${rounded ? `, afgerond op ${f.euros(r.roundedTaxableCents)}` : ''}, of ${f.euros(r.annualGrossCents)} per jaar; min ${f.euros(expenses)} forfaitaire beroepskosten: ${f.euros(net)}. ` +
          (scaleKind === 'scale-II' ? `Huwelijksquotiënt toegekend aan de partner zonder inkomen: ${f.euros(quotient)}. ` : '') +
          `Belasting volgens de schaal ${f.euros(r.basicTaxCents)}, min de belastingvrije som ${f.euros(r.taxFreeReductionCents)}: ${f.euros(r.annualTaxCents)} per jaar, of ${f.euros(r.monthlyTaxCents)} per maand.`,
        en: (f) =>
          `An advance on your income tax. Taxable pay this month ${f.euros(taxableCents)}${rounded ? `, rounded down to ${f.euros(r.roundedTaxableCents)}` : ''}, that is ${f.euros(r.annualGrossCents)} a year; minus ${f.euros(expenses)} lump-sum work expenses: ${f.euros(net)}. ` +
          (scaleKind === 'scale-II' ? `Marital quotient given to your partner without income: ${f.euros(quotient)}. ` : '') +
          `Tax on the scale ${f.euros(r.basicTaxCents)}, minus the tax-free amount ${f.euros(r.taxFreeReductionCents)}: ${f.euros(r.annualTaxCents)} a year, or ${f.euros(r.monthlyTaxCents)} a month.`,
      }),
      rule: `Withholding tax key formula, ${scaleKind === 'scale-II' ? 'Scale II' : 'Scale I'} (Annex III AR/CIR 92): taxable base rounded down to the period's step, × 12, lump-sum expenses, progressive scale rounded to the cent, tax-free amount, ÷ 12 truncated to the cent (facts §3.1)`,
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
    { family: input.family, dependentChildren: input.dependentChildren },
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
    return {
      code,
      side: 'worker',
      amountCents: appliedCents,
      label: LINE_LABELS[code],
      explanation: explain({
        fr: (f) =>
          `Réduction du précompte pour ${why.fr}${kind === 'dependent-children' ? ` (${input.dependentChildren})` : ''} : ${f.euros(entitlementCents)} par mois.` +
          (limited ? ` Limitée au précompte restant : ${f.euros(appliedCents)}.` : ''),
        nl: (f) =>
          `Vermindering van de voorheffing voor ${why.nl}${kind === 'dependent-children' ? ` (${input.dependentChildren})` : ''}: ${f.euros(entitlementCents)} per maand.` +
          (limited ? ` Beperkt tot de resterende voorheffing: ${f.euros(appliedCents)}.` : ''),
        en: (f) =>
          `Withholding reduction for ${why.en}${kind === 'dependent-children' ? ` (${input.dependentChildren})` : ''}: ${f.euros(entitlementCents)} a month.` +
          (limited ? ` Limited to the tax left: ${f.euros(appliedCents)}.` : ''),
      }),
      rule: 'Monthly reduction for family charges (Annex III), subtracted after the key formula, never below zero (facts §3.3)',
      parameters: [referenceOf(period, parameter)],
      inputs: { family: input.family, dependentChildren: input.dependentChildren, taxBeforeCents: monthlyTaxCents },
    };
  });
  return { taxAfterReductionsCents, lines };
}

/** Dated formulas: 33.14 % of the single bonus until March 2024; 33.14 % of A + 52.54 % of B since. */
export function fiscalWorkBonusLine(
  period: PeriodParameters,
  grantedParts: readonly WorkBonusPart[],
  taxLeftCents: Cents,
): { cents: Cents; line: PayslipLine | undefined } {
  if (grantedParts.every((part) => part.grantedCents === 0)) return { cents: 0, line: undefined };
  const rateParameter = (part: WorkBonusPart['part']): PayrollParameterName =>
    part === 'single' ? 'fiscalWorkBonusRateSinglePart' : part === 'A' ? 'fiscalWorkBonusRatePartA' : 'fiscalWorkBonusRatePartB';
  const parts: FiscalWorkBonusPart[] = grantedParts.map((part) => ({
    grantedSocialBonusCents: part.grantedCents,
    ratePercent: valueOf(period, rateParameter(part.part)) as number,
  }));
  const bonus = fiscalWorkBonus(parts, taxLeftCents);
  const limited = bonus.appliedCents !== bonus.computedCents;
  const detail = (f: Formatter, of: string) =>
    grantedParts
      .map((part, i) => `${f.percent(parts[i]!.ratePercent)} ${of} ${f.euros(part.grantedCents)} = ${f.euros(bonus.partsCents[i]!)}`)
      .join(' + ');
  return {
    cents: bonus.appliedCents,
    line: {
      code: 'FISCAL_WORK_BONUS',
      side: 'worker',
      amountCents: bonus.appliedCents,
      label: LINE_LABELS.FISCAL_WORK_BONUS,
      explanation: explain({
        fr: (f) =>
          `Le bonus à l’emploi réduit aussi votre précompte : ${detail(f, 'de')}.` +
          (limited ? ` Limité au précompte restant : ${f.euros(bonus.appliedCents)}.` : ''),
        nl: (f) =>
          `De werkbonus verlaagt ook uw voorheffing: ${detail(f, 'van')}.` +
          (limited ? ` Beperkt tot de resterende voorheffing: ${f.euros(bonus.appliedCents)}.` : ''),
        en: (f) =>
          `The work bonus also lowers your withholding tax: ${detail(f, 'of')}.` +
          (limited ? ` Limited to the tax left: ${f.euros(bonus.appliedCents)}.` : ''),
      }),
      rule: 'Fiscal work bonus: percentage of each social work-bonus part actually granted, rounded half up per part, after the family reductions, never below zero (facts §2.3)',
      parameters: grantedParts.map((part) => referenceOf(period, rateParameter(part.part))),
      inputs: { taxLeftCents, ...Object.fromEntries(grantedParts.map((p) => [`grantedSocialBonusPart${p.part === 'single' ? '' : p.part}Cents`, p.grantedCents])) },
    },
  };
}
