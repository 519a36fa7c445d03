import { daysBetween, type CalendarDate } from '../time/dates';

export const AGE_BUCKETS = ['1-30', '31-60', '61-90', '90+'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export function ageBucket(dueDate: CalendarDate, today: CalendarDate): AgeBucket | null {
  const late = daysBetween(dueDate, today);
  if (late <= 0) return null;
  if (late <= 30) return '1-30';
  if (late <= 60) return '31-60';
  if (late <= 90) return '61-90';
  return '90+';
}

export interface ReceivableInvoice {
  employerId: string;
  dueDate: CalendarDate;
  openCents: number;
}

export interface EmployerReceivables {
  employerId: string;
  openCents: number;
  notYetDueCents: number;
  overdueCents: Record<AgeBucket, number>;
}

/** Open amounts per employer: not yet due, and overdue by age. */
export function receivablesByEmployer(invoices: readonly ReceivableInvoice[], today: CalendarDate): EmployerReceivables[] {
  const byEmployer = new Map<string, EmployerReceivables>();
  for (const inv of invoices) {
    if (inv.openCents === 0) continue;
    const r = byEmployer.get(inv.employerId) ?? {
      employerId: inv.employerId,
      openCents: 0,
      notYetDueCents: 0,
      overdueCents: { '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 },
    };
    r.openCents += inv.openCents;
    const bucket = ageBucket(inv.dueDate, today);
    if (bucket) r.overdueCents[bucket] += inv.openCents;
    else r.notYetDueCents += inv.openCents;
    byEmployer.set(inv.employerId, r);
  }
  return [...byEmployer.values()];
}
