import type { Cents } from '../money';
import type { PayslipForDeclaration } from './dmfa';

/**
 * The data of the yearly tax form 281.10 of one worker (facts §13): what the payslips paid in
 * the calendar year — income follows the month it was paid in, a regularisation included in the
 * year of its payment — and what was withheld. Pure, summed from the payslips to the cent. The
 * official Belcotax XML and its box numbers wait for their schema; the labels here say what
 * each figure is.
 */
export interface TaxForm28110 {
  year: number;
  workerId: string;
  workerCode: string;
  payslipCount: number;
  months: string[];
  /** Gross pay paid in the year (100 %). */
  grossCents: Cents;
  /** Personal social security contributions withheld, after the social work bonus. */
  personalContributionsCents: Cents;
  socialWorkBonusCents: Cents;
  /** Taxable remuneration: gross − personal contributions after the work bonus. */
  taxableRemunerationCents: Cents;
  /** Withholding tax withheld (after the fiscal work bonus). */
  withholdingTaxCents: Cents;
  fiscalWorkBonusCents: Cents;
  specialSocialSecurityContributionCents: Cents;
}

export interface PaidPayslip extends PayslipForDeclaration {
  /** The month the payslip was paid in (its run's period). */
  paidPeriod: string;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function taxForm28110(input: { year: number; workerId: string; workerCode: string; payslips: readonly PaidPayslip[] }): TaxForm28110 {
  const prefix = `${String(input.year).padStart(4, '0')}-`;
  const own = input.payslips.filter((p) => p.workerId === input.workerId && p.paidPeriod.startsWith(prefix));
  const gross = sum(own.map((p) => p.grossCents));
  const personal = sum(own.map((p) => p.personalContributionCents));
  const bonus = sum(own.map((p) => p.socialWorkBonusCents));
  return {
    year: input.year,
    workerId: input.workerId,
    workerCode: input.workerCode,
    payslipCount: own.length,
    months: [...new Set(own.map((p) => p.paidPeriod))].sort(),
    grossCents: gross,
    personalContributionsCents: personal - bonus,
    socialWorkBonusCents: bonus,
    taxableRemunerationCents: gross - (personal - bonus),
    withholdingTaxCents: sum(own.map((p) => p.withholdingTaxCents)),
    fiscalWorkBonusCents: sum(own.flatMap((p) => p.lines.filter((l) => l.code === 'FISCAL_WORK_BONUS').map((l) => l.amountCents))),
    specialSocialSecurityContributionCents: sum(own.map((p) => p.specialContributionCents)),
  };
}
