import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { Principal } from '../../domain/access/roles';
import { weekIsBillableBy, type InvoiceLanguage, type InvoiceLine } from '../../domain/invoicing/invoice';
import { lineDescription } from '../../domain/invoicing/wording';
import { Invoice, InvoiceDelivery, InvoiceReminder, PaymentAllocation, Timesheet, type IInvoice } from '../../db/entities';
import type { TimesheetStatus } from '../../domain/timesheets/timesheet';
import { problems } from '../http/problem';
import type { invoiceSummary, invoiceView } from './schemas';

/** An invoice the principal may see: admins all, an employer's contacts their issued ones (drafts are internal). Others: 404. */
export async function findVisibleInvoice(em: EntityManager, principal: Principal, invoiceId: string): Promise<IInvoice> {
  const invoice = await em.findOne(Invoice, { id: invoiceId });
  const visible =
    invoice && (principal.role === 'admin' || (principal.role === 'employer' && principal.employerId === invoice.employer && invoice.status !== 'draft'));
  if (!visible) throw problems.notFound('invoice');
  return invoice;
}

/** Open amount of each invoice: total less what payments and credit notes settled. */
export async function openAmounts(em: EntityManager, invoices: IInvoice[]): Promise<Map<string, number>> {
  const ids = invoices.map((i) => i.id);
  const rows = ids.length
    ? await em
        .getConnection()
        .execute<{ invoice: string; settled: number }[]>(
          'select invoice, coalesce(sum(amount_cents), 0)::int as settled from payment_allocation where invoice = any(?::uuid[]) group by invoice',
          [`{${ids.join(',')}}`],
        )
    : [];
  const settled = new Map(rows.map((r) => [r.invoice, Number(r.settled)]));
  return new Map(
    invoices.map((i) => [i.id, i.status === 'draft' || i.kind !== 'invoice' || i.status === 'credited' ? 0 : i.totalCents - (settled.get(i.id) ?? 0)]),
  );
}

export function toInvoiceSummary(i: IInvoice, openCents: number): z.infer<typeof invoiceSummary> {
  return {
    id: i.id,
    employerId: i.employer,
    period: i.period,
    kind: i.kind as 'invoice' | 'credit-note',
    purpose: i.purpose,
    status: i.status,
    number: i.number ?? null,
    issueDate: i.issueDate ?? null,
    dueDate: i.dueDate ?? null,
    structuredCommunication: i.structuredCommunication ?? null,
    lineTotalCents: i.lineTotalCents,
    vatCents: i.vatCents,
    totalCents: i.totalCents,
    openCents,
    correctsInvoiceId: i.correctsInvoice ?? null,
  };
}

export async function toInvoiceView(em: EntityManager, i: IInvoice): Promise<z.infer<typeof invoiceView>> {
  const open = (await openAmounts(em, [i])).get(i.id) ?? 0;
  const [allocations, reminders, deliveries] = await Promise.all([
    em.find(PaymentAllocation, { invoice: i.id }, { orderBy: { createdAt: 'asc' } }),
    em.find(InvoiceReminder, { invoice: i.id }, { orderBy: { sentOn: 'asc' } }),
    em.find(InvoiceDelivery, { invoice: i.id }),
  ]);
  const language = i.language as InvoiceLanguage;
  return {
    ...toInvoiceSummary(i, open),
    language: i.language,
    paymentTermsDays: i.paymentTermsDays,
    reason: i.reason ?? null,
    lines: (i.lines as InvoiceLine[]).map((l) => ({
      lineNo: l.lineNo,
      kind: l.kind,
      description: lineDescription(l, language),
      placementId: l.placementId,
      workerLabel: l.workerLabel,
      workKind: l.workKind,
      minutes: l.minutes,
      quantity: l.kind === 'hours' ? (l.minutes ?? 0) / 60 : (l.quantityHundredths ?? 0) / 100,
      unitPriceCents: l.unitPriceCents,
      amountCents: l.amountCents,
      vat: { code: l.vat.code, ratePercent: l.vat.ratePercent, exemptionReason: l.vat.exemptionReason },
      reason: l.reason,
      weeks: l.weeks,
    })),
    vatBreakdown: i.vatBreakdown as z.infer<typeof invoiceView>['vatBreakdown'],
    payments: allocations.map((a) => ({
      amountCents: a.amountCents,
      bookingDate: a.bookingDate,
      source: a.payment ? ('bank' as const) : ('credit-note' as const),
    })),
    reminders: reminders.map((r) => ({ kind: r.kind, sentOn: r.sentOn, openCents: r.openCents, interestCents: r.interestCents, lumpSumCents: r.lumpSumCents })),
    deliveries: deliveries.map((d) => ({ channel: d.channel, status: d.status, detail: d.detail ?? null })),
  };
}

/** Employers with approved, unbilled hours up to the period: one run each. */
export async function employersToInvoice(em: EntityManager, period: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ employer_id: string; iso_week: string }[]>(
    `select distinct p.employer_id, t.iso_week from timesheet t join placement p on p.id = t.placement_id
     where t.status in ('approved', 'deemed-approved') and t.invoice_id is null`,
  );
  return [...new Set(rows.filter((r) => weekIsBillableBy(r.iso_week, period)).map((r) => r.employer_id))].sort();
}

/**
 * The chain of a week: each version, the invoice (and its lines) that billed it, the payslip that
 * paid it. An employer sees only issued documents; a worker sees that hours were billed, not the invoice.
 */
export async function billingChain(em: EntityManager, principal: Principal, placementId: string, isoWeek: string) {
  const versions = await em.find(Timesheet, { placement: placementId, isoWeek }, { orderBy: { version: 'asc' } });
  const invoiceIds = [...new Set(versions.map((v) => v.invoiceId).filter((id): id is string => !!id))];
  const invoices = new Map((invoiceIds.length ? await em.find(Invoice, { id: { $in: invoiceIds } }) : []).map((i) => [i.id, i]));
  return versions.map((v) => {
    const invoice = v.invoiceId ? invoices.get(v.invoiceId) : undefined;
    const shown = invoice && principal.role !== 'worker';
    return {
      timesheetId: v.id,
      version: v.version,
      status: v.status as TimesheetStatus,
      invoice: shown
        ? {
            id: invoice.id,
            number: invoice.number ?? null,
            kind: invoice.kind,
            status: invoice.status,
            lineNos: (invoice.lines as InvoiceLine[]).filter((l) => l.weeks.some((w) => w.timesheetId === v.id)).map((l) => l.lineNo),
          }
        : null,
      payslipId: v.payslipId ?? null,
    };
  });
}
