import type { Cents } from '../../money';
import {
  annualReferencePay,
  specialScaleRate,
  specialScaleWithholding,
} from '../formulas/exceptional-payment-withholding';
import { type PeriodParameters, referenceOf, valueOf } from '../parameters/period-parameters';
import { deduction, LINE_LABELS, type PayslipLine } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';
import { euros, percent } from '../wording';

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
  const n = input.dependentChildren;
  const g = euros(normalMonthlyGrossCents);
  const c = euros(normalMonthlyContributionCents);
  const ref = euros(referencePay);
  const adj = euros(rate.adjustedReferencePayCents);
  const rp = percent(rate.scaleRatePercent);
  const red = percent(rate.childRateReductionPercent);
  const t = euros(taxableCents);
  const w = euros(cents);
  return {
    cents,
    line: {
      code: 'WITHHOLDING_TAX',
      side: 'worker',
      amountCents: deduction(cents),
      label: LINE_LABELS.WITHHOLDING_TAX,
      explanation: {
        fr: `Sur ce paiement exceptionnel, le précompte est un pourcentage fixe choisi d’après votre salaire annuel normal : (${g.fr} − ${c.fr} d’ONSS) × 12 = ${ref.fr}.${exonerated ? ` Avec ${n} enfant(s) à charge, ce montant est ramené à ${adj.fr}.` : ''} Taux ${rp.fr}${reduced ? `, réduit de ${red.fr} pour vos enfants` : ''}, appliqué à ${t.fr} : ${w.fr}.`,
        nl: `Op deze uitzonderlijke betaling is de voorheffing een vast percentage volgens uw normaal jaarloon: (${g.nl} − ${c.nl} RSZ) × 12 = ${ref.nl}.${exonerated ? ` Met ${n} kind(eren) ten laste wordt dit bedrag verlaagd tot ${adj.nl}.` : ''} Tarief ${rp.nl}${reduced ? `, verminderd met ${red.nl} voor uw kinderen` : ''}, toegepast op ${t.nl}: ${w.nl}.`,
        en: `On this exceptional payment the withholding is a flat percentage set by your normal annual pay: (${g.en} − ${c.en} social security) × 12 = ${ref.en}.${exonerated ? ` With ${n} dependent child(ren) this is lowered to ${adj.en}.` : ''} Rate ${rp.en}${reduced ? `, reduced by ${red.en} for your children` : ''}, applied to ${t.en}: ${w.en}.`,
      },
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
