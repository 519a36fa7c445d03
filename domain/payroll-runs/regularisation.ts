import type { PayslipTotals } from '../payroll/compute-payslip';
import type { StoredPayslipLine } from '../payroll/payslip-line';

/** What was already paid for a contract's month: the original payslip and any regularisation since. */
export interface PaidPayslip {
  number: string;
  lines: StoredPayslipLine[];
  totals: PayslipTotals;
}

const TOTAL_KEYS: (keyof PayslipTotals)[] = [
  'grossCents',
  'personalSocialSecurityCents',
  'socialWorkBonusCents',
  'taxableCents',
  'withholdingTaxBeforeWorkBonusCents',
  'fiscalWorkBonusCents',
  'withholdingTaxCents',
  'specialSocialSecurityContributionCents',
  'netCents',
  'employerCostCents',
];

/**
 * A regularisation payslip is the difference between what a month should have paid (recomputed
 * with the corrected hours or tax situation) and what was paid for it: line by line (by code and
 * side) and total by total. Nothing issued is edited; null when there is no difference. Each line
 * keeps the facts of the line it corrects and adds what it corrects (`regularisation`), which
 * explain.ts words ("Regularisation of 2026-09 (payslip …): recomputed …, already paid …").
 */
export function regularisationOf(
  paid: readonly PaidPayslip[],
  recomputed: { lines: readonly StoredPayslipLine[]; totals: PayslipTotals },
  original: { number: string; period: string },
): { lines: StoredPayslipLine[]; totals: PayslipTotals } | null {
  const totals = { ...recomputed.totals };
  for (const key of TOTAL_KEYS) totals[key] = recomputed.totals[key] - paid.reduce((sum, p) => sum + p.totals[key], 0);
  if (TOTAL_KEYS.every((k) => totals[k] === 0)) return null;

  const paidByLine = new Map<string, number>();
  for (const p of paid) for (const l of p.lines) paidByLine.set(`${l.side}:${l.code}`, (paidByLine.get(`${l.side}:${l.code}`) ?? 0) + l.amountCents);
  const lines: StoredPayslipLine[] = [];
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
    lines.push({
      ...line,
      amountCents: difference,
      regularisation: {
        period: original.period,
        number: original.number,
        recomputedCents: recomputedAmount,
        paidCents: paidAmount,
        differenceCents: difference,
      },
      inputs: { ...line.inputs, recomputedCents: recomputedAmount, paidCents: paidAmount },
    });
  }
  for (const [key, paidAmount] of paidByLine) {
    if (seen.has(key) || paidAmount === 0) continue;
    const [side, code] = key.split(':') as [StoredPayslipLine['side'], StoredPayslipLine['code']];
    const template = paid.flatMap((p) => p.lines).find((l) => l.side === side && l.code === code)!;
    lines.push({
      ...template,
      amountCents: -paidAmount,
      regularisation: { period: original.period, number: original.number, recomputedCents: 0, paidCents: paidAmount, differenceCents: -paidAmount },
      inputs: { recomputedCents: 0, paidCents: paidAmount },
    });
  }
  return { lines, totals };
}
