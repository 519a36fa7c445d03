import type { Cents } from '../../money';
import { percentOfRoundedHalfUp } from '../formulas/personal-social-security';
import { specialSocialSecurityContribution } from '../formulas/special-social-security-contribution';
import { type PeriodParameters, referenceOf, valueOf } from '../parameters/period-parameters';
import { deduction, LINE_LABELS, type PayslipLine } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';
import { euros, type LocalizedText } from '../wording';

const HOUSEHOLD: Record<PayslipInput['family'], LocalizedText> = {
  single: { fr: 'une personne isolée', nl: 'een alleenstaande', en: 'a single person' },
  'couple-two-incomes': { fr: 'un ménage à deux revenus', nl: 'een gezin met twee inkomens', en: 'a two-income household' },
  'couple-one-income': { fr: 'un ménage à un seul revenu', nl: 'een gezin met één inkomen', en: 'a one-income household' },
};

/**
 * The special social security contribution, withheld monthly on ordinary pay and settled per
 * quarter. A single worker and a one-income household share one scale; a couple with two incomes
 * has a lower one.
 */
export function specialContributionLine(
  input: PayslipInput,
  period: PeriodParameters,
  grossCents: Cents,
): { cents: Cents; line: PayslipLine } {
  const name =
    input.family === 'couple-two-incomes' ? 'specialContributionScaleTwoIncomes' : 'specialContributionScaleSingleOrOneIncome';
  const blue = input.workerCategory === 'blue-collar';
  const basePercent = blue ? valueOf(period, 'specialContributionBlueCollarBase') : 100;
  const baseCents = basePercent === 100 ? grossCents : percentOfRoundedHalfUp(grossCents, basePercent);
  const result = specialSocialSecurityContribution(baseCents, valueOf(period, name));
  const cents = result?.amountCents ?? 0;
  const parameters = [referenceOf(period, name)];
  if (blue) parameters.push(referenceOf(period, 'specialContributionBlueCollarBase'));
  const household = HOUSEHOLD[input.family];
  const b = euros(baseCents);
  const c = euros(cents);
  return {
    cents,
    line: {
      code: 'SPECIAL_SOCIAL_SECURITY_CONTRIBUTION',
      side: 'worker',
      amountCents: deduction(cents),
      label: LINE_LABELS.SPECIAL_SOCIAL_SECURITY_CONTRIBUTION,
      explanation: {
        fr: `Contribution supplémentaire à la sécurité sociale selon votre salaire brut (${b.fr}) et votre ménage (${household.fr}) : ${c.fr} ce mois-ci, régularisée chaque trimestre.`,
        nl: `Bijkomende bijdrage voor de sociale zekerheid volgens uw brutoloon (${b.nl}) en uw gezin (${household.nl}): ${c.nl} deze maand, elk kwartaal geregulariseerd.`,
        en: `An extra contribution to social security that depends on your gross pay (${b.en}) and your household (${household.en}): ${c.en} this month, settled every quarter.`,
      },
      rule: 'Special social security contribution: min(max(basis + (G − from + 0.01) × rate, minimum), maximum) in the bracket of G, rounded half up (facts §4)',
      parameters,
      inputs: { grossCents: baseCents, family: input.family },
    },
  };
}
