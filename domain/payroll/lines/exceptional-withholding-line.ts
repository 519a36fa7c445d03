import type { Cents } from '../../money';
import {
  annualReferencePay,
  specialScaleRate,
  specialScaleWithholding,
} from '../formulas/exceptional-payment-withholding';
import { type PeriodParameters, referenceOf, valueOf } from '../parameters/period-parameters';
import { LINE_LABELS, type PayslipLine } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';
import { explain } from '../wording';

/**
 * Withholding on a 13th month (exceptional-allowances scale) or on double holiday pay
 * (holiday-pay scale): one flat rate, taken from the worker's normal annual pay, on the taxable
 * payment. No family reduction and no work bonus apply to these payments.
 */
export function exceptionalWithholdingLine(
  input: PayslipInput,
  period: PeriodParameters,
  taxableCents: Cents,
  normalMonthlyGrossCents: Cents,
  normalMonthlyContributionCents: Cents,
): { cents: Cents; line: PayslipLine } {
  const scaleName = input.payKind === 'double-holiday-pay' ? 'holidayPayWithholdingScale' : 'exceptionalAllowanceWithholdingScale';
  const referencePay = annualReferencePay(normalMonthlyGrossCents, normalMonthlyContributionCents);
  const rate = specialScaleRate(
    referencePay,
    input.dependentChildren,
    valueOf(period, scaleName),
    valueOf(period, 'childExonerationLimits'),
    valueOf(period, 'childRateReductions'),
  );
  const cents = specialScaleWithholding(taxableCents, rate);
  const parameters = [referenceOf(period, scaleName)];
  if (input.dependentChildren > 0) {
    parameters.push(referenceOf(period, 'childExonerationLimits'), referenceOf(period, 'childRateReductions'));
  }
  const exonerated = rate.exonerationLimitCents !== undefined;
  const reduced = rate.childRateReductionPercent > 0;
  return {
    cents,
    line: {
      code: 'WITHHOLDING_TAX',
      side: 'worker',
      amountCents: -cents,
      label: LINE_LABELS.WITHHOLDING_TAX,
      explanation: explain({
        fr: (f) =>
          `Sur ce paiement exceptionnel, le précompte est un pourcentage fixe choisi d’après votre salaire annuel normal : (${f.euros(normalMonthlyGrossCents)} − ${f.euros(normalMonthlyContributionCents)} d’ONSS) × 12 = ${f.euros(referencePay)}.` +
          (exonerated ? ` Avec ${input.dependentChildren} enfant(s) à charge, ce montant est ramené à ${f.euros(rate.adjustedReferencePayCents)}.` : '') +
          ` Taux ${f.percent(rate.scaleRatePercent)}` +
          (reduced ? `, réduit de ${f.percent(rate.childRateReductionPercent)} pour vos enfants` : '') +
          `, appliqué à ${f.euros(taxableCents)} : ${f.euros(cents)}.`,
        nl: (f) =>
          `Op deze uitzonderlijke betaling is de voorheffing een vast percentage volgens uw normaal jaarloon: (${f.euros(normalMonthlyGrossCents)} − ${f.euros(normalMonthlyContributionCents)} RSZ) × 12 = ${f.euros(referencePay)}.` +
          (exonerated ? ` Met ${input.dependentChildren} kind(eren) ten laste wordt dit bedrag verlaagd tot ${f.euros(rate.adjustedReferencePayCents)}.` : '') +
          ` Tarief ${f.percent(rate.scaleRatePercent)}` +
          (reduced ? `, verminderd met ${f.percent(rate.childRateReductionPercent)} voor uw kinderen` : '') +
          `, toegepast op ${f.euros(taxableCents)}: ${f.euros(cents)}.`,
        en: (f) =>
          `On this exceptional payment the withholding is a flat percentage set by your normal annual pay: (${f.euros(normalMonthlyGrossCents)} − ${f.euros(normalMonthlyContributionCents)} social security) × 12 = ${f.euros(referencePay)}.` +
          (exonerated ? ` With ${input.dependentChildren} dependent child(ren) this is lowered to ${f.euros(rate.adjustedReferencePayCents)}.` : '') +
          ` Rate ${f.percent(rate.scaleRatePercent)}` +
          (reduced ? `, reduced by ${f.percent(rate.childRateReductionPercent)} for your children` : '') +
          `, applied to ${f.euros(taxableCents)}: ${f.euros(cents)}.`,
      }),
      rule: `Withholding on ${input.payKind === 'double-holiday-pay' ? 'holiday pay' : 'exceptional allowances'}, special scale of Annex III: rate by annual reference pay after the children exoneration, reduced for children under the ceiling, × taxable payment, rounded half up (facts §3.4)`,
      parameters,
      inputs: {
        taxableCents,
        normalMonthlyGrossCents,
        referencePayCents: referencePay,
        adjustedReferencePayCents: rate.adjustedReferencePayCents,
        dependentChildren: input.dependentChildren,
      },
    },
  };
}
