import type { Cents } from '../../money';
import { percentOfRoundedHalfUp } from '../formulas/personal-social-security';
import { specialSocialSecurityContribution } from '../formulas/special-social-security-contribution';
import { type PeriodParameters, referenceOf, valueOf } from '../parameters/period-parameters';
import { LINE_LABELS, type PayslipLine } from '../payslip-line';
import type { PayslipInput } from '../payslip-input';
import { explain } from '../wording';

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
  const household = {
    fr: input.family === 'couple-two-incomes' ? 'un ménage à deux revenus' : input.family === 'single' ? 'une personne isolée' : 'un ménage à un seul revenu',
    nl: input.family === 'couple-two-incomes' ? 'een gezin met twee inkomens' : input.family === 'single' ? 'een alleenstaande' : 'een gezin met één inkomen',
    en: input.family === 'couple-two-incomes' ? 'a two-income household' : input.family === 'single' ? 'a single person' : 'a one-income household',
  };
  return {
    cents,
    line: {
      code: 'SPECIAL_SOCIAL_SECURITY_CONTRIBUTION',
      side: 'worker',
      amountCents: -cents,
      label: LINE_LABELS.SPECIAL_SOCIAL_SECURITY_CONTRIBUTION,
      explanation: explain({
        fr: (f) =>
          `Contribution supplémentaire à la sécurité sociale selon votre salaire brut (${f.euros(baseCents)}) et votre ménage (${household.fr}) : ${f.euros(cents)} ce mois-ci, régularisée chaque trimestre.`,
        nl: (f) =>
          `Bijkomende bijdrage voor de sociale zekerheid volgens uw brutoloon (${f.euros(baseCents)}) en uw gezin (${household.nl}): ${f.euros(cents)} deze maand, elk kwartaal geregulariseerd.`,
        en: (f) =>
          `An extra contribution to social security that depends on your gross pay (${f.euros(baseCents)}) and your household (${household.en}): ${f.euros(cents)} this month, settled every quarter.`,
      }),
      rule: 'Special social security contribution: min(max(basis + (G − from + 0.01) × rate, minimum), maximum) in the bracket of G, rounded half up (facts §4)',
      parameters,
      inputs: { grossCents: baseCents, family: input.family },
    },
  };
}
