import type { Payslip, PayslipTotals } from '../payroll/compute-payslip';
import type { PayslipLine } from '../payroll/payslip-line';
import { formatEurosInAllLanguages } from '../money';

/** What was already paid for a contract's month: the original payslip and any regularisation since. */
export interface PaidPayslip {
  number: string;
  lines: PayslipLine[];
  totals: PayslipTotals;
}

const TOTAL_KEYS: (keyof PayslipTotals)[] = [
  'grossCents', 'personalSocialSecurityCents', 'socialWorkBonusCents', 'taxableCents', 'withholdingTaxBeforeWorkBonusCents',
  'fiscalWorkBonusCents', 'withholdingTaxCents', 'specialSocialSecurityContributionCents', 'netCents', 'employerCostCents',
];

/**
 * A regularisation payslip is the difference between what a month should have paid (recomputed
 * with the corrected hours or tax situation) and what was paid for it: line by line (by code and
 * side) and total by total. Nothing issued is edited; null when there is no difference.
 */
export function regularisationOf(paid: readonly PaidPayslip[], recomputed: Pick<Payslip, 'lines' | 'totals'>, original: { number: string; period: string }): { lines: PayslipLine[]; totals: PayslipTotals } | null {
  const totals = { ...recomputed.totals };
  for (const key of TOTAL_KEYS) totals[key] = recomputed.totals[key] - paid.reduce((sum, p) => sum + p.totals[key], 0);
  if (TOTAL_KEYS.every((k) => totals[k] === 0)) return null;

  const paidByLine = new Map<string, number>();
  for (const p of paid) for (const l of p.lines) paidByLine.set(`${l.side}:${l.code}`, (paidByLine.get(`${l.side}:${l.code}`) ?? 0) + l.amountCents);
  const lines: PayslipLine[] = [];
  const seen = new Set<string>();
  for (const line of recomputed.lines) {
    const key = `${line.side}:${line.code}`;
    if (seen.has(key)) {
      // Several lines of one code (rare): the difference is carried by the first.
      continue;
    }
    seen.add(key);
    const recomputedAmount = recomputed.lines.filter((l) => `${l.side}:${l.code}` === key).reduce((s, l) => s + l.amountCents, 0);
    const paidAmount = paidByLine.get(key) ?? 0;
    const difference = recomputedAmount - paidAmount;
    if (difference === 0) continue;
    lines.push({ ...line, amountCents: difference, explanation: differenceExplanation(recomputedAmount, paidAmount, difference, original, line.explanation), inputs: { ...line.inputs, recomputedCents: recomputedAmount, paidCents: paidAmount } });
  }
  for (const [key, paidAmount] of paidByLine) {
    if (seen.has(key) || paidAmount === 0) continue;
    const [side, code] = key.split(':') as [PayslipLine['side'], PayslipLine['code']];
    const template = paid.flatMap((p) => p.lines).find((l) => l.side === side && l.code === code)!;
    lines.push({ ...template, amountCents: -paidAmount, explanation: differenceExplanation(0, paidAmount, -paidAmount, original, template.explanation), inputs: { recomputedCents: 0, paidCents: paidAmount } });
  }
  return { lines, totals };
}

function differenceExplanation(recomputed: number, paid: number, difference: number, original: { number: string; period: string }, why: PayslipLine['explanation']): PayslipLine['explanation'] {
  const r = formatEurosInAllLanguages(recomputed);
  const p = formatEurosInAllLanguages(paid);
  const d = formatEurosInAllLanguages(difference);
  return {
    fr: `Régularisation de ${original.period} (fiche ${original.number}) : recalculé ${r.fr}, déjà payé ${p.fr}, différence ${d.fr}. ${why.fr}`,
    nl: `Regularisatie van ${original.period} (loonbrief ${original.number}): herberekend ${r.nl}, al betaald ${p.nl}, verschil ${d.nl}. ${why.nl}`,
    en: `Regularisation of ${original.period} (payslip ${original.number}): recomputed ${r.en}, already paid ${p.en}, difference ${d.en}. ${why.en}`,
  };
}
