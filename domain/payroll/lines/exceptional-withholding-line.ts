import type { Cents } from '../../money';
import { annualReferencePay, specialScaleRate, specialScaleWithholding } from '../formulas/exceptional-payment-withholding';
import { type PeriodParameters, referenceOf, parameterValue } from '../parameters/period-parameters';
import { deduction, type PayslipLine } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';

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
    parameterValue(period, scaleName),
    parameterValue(period, 'childExonerationLimits'),
    parameterValue(period, 'childRateReductions'),
  );
  const cents = specialScaleWithholding(taxableCents, rate);
  const parameters = [referenceOf(period, scaleName)];
  if (input.dependentChildren > 0) {
    parameters.push(referenceOf(period, 'childExonerationLimits'), referenceOf(period, 'childRateReductions'));
  }
  const exonerated = rate.exonerationLimitCents !== undefined;
  const holidayPay = input.payKind === 'double-holiday-pay';
  return {
    cents,
    line: {
      code: 'WITHHOLDING_TAX',
      side: 'worker',
      amountCents: deduction(cents),
      facts: {
        kind: 'exceptional-withholding',
        payment: holidayPay ? 'double-holiday-pay' : 'thirteenth-month',
        normalMonthlyGrossCents,
        normalMonthlyContributionCents,
        referencePayCents: referencePay,
        dependentChildren: input.dependentChildren,
        adjustedReferencePayCents: exonerated ? rate.adjustedReferencePayCents : null,
        scaleRatePercent: rate.scaleRatePercent,
        childRateReductionPercent: rate.childRateReductionPercent,
        taxableCents,
        amountCents: cents,
      },
      rule: holidayPay ? 'withholding-special-scale-holiday-pay' : 'withholding-special-scale-exceptional-allowances',
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
