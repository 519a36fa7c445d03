import type { Cents } from '../../money';
import { percentOfRoundedHalfUp } from '../formulas/personal-social-security';
import { specialSocialSecurityContribution } from '../formulas/special-social-security-contribution';
import { type PeriodParameters, referenceOf, parameterValue } from '../parameters/period-parameters';
import { deduction, type PayslipLine } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';

/**
 * The special social security contribution, withheld monthly on ordinary pay and settled per
 * quarter. A single worker and a one-income household share one scale; a couple with two incomes
 * has a lower one.
 */
export function specialContributionLine(input: PayslipInput, period: PeriodParameters, grossCents: Cents): { cents: Cents; line: PayslipLine } {
  const name = input.family === 'couple-two-incomes' ? 'specialContributionScaleTwoIncomes' : 'specialContributionScaleSingleOrOneIncome';
  const blue = input.workerCategory === 'blue-collar';
  const basePercent = blue ? parameterValue(period, 'specialContributionBlueCollarBase') : 100;
  const baseCents = basePercent === 100 ? grossCents : percentOfRoundedHalfUp(grossCents, basePercent);
  const result = specialSocialSecurityContribution(baseCents, parameterValue(period, name));
  const cents = result?.amountCents ?? 0;
  const parameters = [referenceOf(period, name)];
  if (blue) parameters.push(referenceOf(period, 'specialContributionBlueCollarBase'));
  return {
    cents,
    line: {
      code: 'SPECIAL_SOCIAL_SECURITY_CONTRIBUTION',
      side: 'worker',
      amountCents: deduction(cents),
      facts: { kind: 'special-social-security', baseCents, household: input.family, amountCents: cents },
      rule: 'special-social-security-contribution',
      parameters,
      inputs: { grossCents: baseCents, family: input.family },
    },
  };
}
