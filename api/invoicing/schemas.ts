import { z } from 'zod';
import { calendarDate } from '../http/input-guards';

export const invoiceIdParams = z.object({ invoiceId: z.uuid() });
export const paymentIdParams = z.object({ paymentId: z.uuid() });
export const employerIdParams = z.object({ employerId: z.uuid() });

export const invoiceRunRequest = z
  .object({ period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM').meta({ example: '2026-11' }) })
  .strict()
  .meta({ id: 'InvoiceRunRequest' });
export const invoiceRunView = z
  .object({ period: z.string(), runs: z.array(z.object({ employerId: z.uuid(), workflowId: z.string() })) })
  .meta({ id: 'InvoiceRuns', description: 'One run per employer with approved, unbilled hours; its drafts appear in GET /invoices?status=draft' });

export const invoiceListQuery = z.object({
  status: z.enum(['draft', 'issued', 'paid', 'credited']).optional(),
  employerId: z.uuid().optional(),
  period: z.string().regex(/^\d{4}-\d{2}$/).optional(),
});

const vat = z.object({ code: z.enum(['S', 'E']), ratePercent: z.number(), exemptionReason: z.string().nullable() });
export const invoiceLineView = z.object({
  lineNo: z.number().int(), kind: z.enum(['hours', 'free']), description: z.string(), placementId: z.uuid().nullable(), workerLabel: z.string().nullable(),
  workKind: z.string().nullable(), minutes: z.number().int().nullable(), quantity: z.number(), unitPriceCents: z.number().int(), amountCents: z.number().int(),
  vat, reason: z.string().nullable(),
  weeks: z.array(z.object({ timesheetId: z.uuid(), isoWeek: z.string(), version: z.number().int() })),
});
export const invoiceSummary = z.object({
  id: z.uuid(), employerId: z.uuid(), period: z.string(), kind: z.enum(['invoice', 'credit-note']), purpose: z.string(), status: z.string(),
  number: z.string().nullable(), issueDate: z.string().nullable(), dueDate: z.string().nullable(), structuredCommunication: z.string().nullable(),
  lineTotalCents: z.number().int(), vatCents: z.number().int(), totalCents: z.number().int(), openCents: z.number().int(), correctsInvoiceId: z.uuid().nullable(),
});
export const invoiceView = invoiceSummary
  .extend({
    language: z.string(), paymentTermsDays: z.number().int(), reason: z.string().nullable(), lines: z.array(invoiceLineView),
    vatBreakdown: z.array(vat.extend({ taxableCents: z.number().int(), vatCents: z.number().int() })),
    payments: z.array(z.object({ amountCents: z.number().int(), bookingDate: z.string(), source: z.enum(['bank', 'credit-note']) })),
    reminders: z.array(z.object({ kind: z.string(), sentOn: z.string(), openCents: z.number().int(), interestCents: z.number().int(), lumpSumCents: z.number().int() })),
    deliveries: z.array(z.object({ channel: z.string(), status: z.string(), detail: z.string().nullable() })),
  })
  .meta({ id: 'Invoice' });
export const invoiceListView = z.object({ invoices: z.array(invoiceSummary) }).meta({ id: 'Invoices' });

export const freeLineRequest = z
  .object({
    description: z.string().trim().min(3).max(200),
    reason: z.string().trim().min(3).max(300),
    quantity: z.number().positive().max(10_000),
    unitPriceCents: z.number().int().positive().max(10_000_000),
    vatCategory: z.enum(['standard', 'reduced-12', 'reduced-6', 'exempt']).default('standard'),
    vatExemptionReason: z.string().trim().min(3).max(200).optional(),
  })
  .strict()
  .meta({ id: 'InvoiceFreeLine' });
/** The body is optional: `POST /invoices/{id}/issue` without one issues today (Brussels). */
export const issueRequest = z.object({ issueDate: calendarDate.optional() }).strict().optional().meta({ id: 'InvoiceIssue' });
export const creditRequest = z.object({ reason: z.string().trim().min(3).max(300), issueDate: calendarDate.optional() }).strict().meta({ id: 'InvoiceCredit' });
export const runDocumentView = z.object({ invoiceId: z.uuid(), kind: z.string(), purpose: z.string(), status: z.string(), number: z.string().nullable() }).meta({ id: 'RunDocument' });

export const invoicingTermsRequest = z
  .object({
    paymentTermsDays: z.number().int().min(0).max(60).default(30),
    language: z.enum(['fr', 'nl']).default('fr'),
    channel: z.enum(['peppol', 'email']).default('peppol'),
    showWorkerNames: z.boolean().default(false),
    buyerReference: z.string().trim().min(1).max(60).nullable().default(null),
  })
  .strict()
  .meta({ id: 'InvoicingTerms' });

export const statementImportView = z
  .object({
    statementId: z.uuid(), reference: z.string(), format: z.string(), alreadyImported: z.boolean(), credits: z.number().int(),
    matched: z.array(z.object({ paymentId: z.uuid(), invoiceId: z.uuid(), invoiceNumber: z.string(), amountCents: z.number().int(), allocatedCents: z.number().int(), creditCents: z.number().int(), by: z.string() })),
    unmatched: z.array(z.object({ paymentId: z.uuid(), amountCents: z.number().int(), reason: z.string() })),
  })
  .meta({ id: 'BankStatementImport' });

export const paymentView = z.object({
  id: z.uuid(), bookingDate: z.string(), amountCents: z.number().int(), structuredCommunication: z.string().nullable(), communication: z.string().nullable(),
  counterpartyName: z.string().nullable(), employerId: z.uuid().nullable(), status: z.string(), reason: z.string().nullable(), creditCents: z.number().int(),
}).meta({ id: 'BankPayment' });
export const assignmentRequest = z.object({ invoiceId: z.uuid() }).strict().meta({ id: 'PaymentAssignment' });

export const receivablesView = z
  .object({
    asOf: z.string(),
    employers: z.array(z.object({
      employerId: z.uuid(), legalName: z.string(), openCents: z.number().int(), notYetDueCents: z.number().int(),
      overdueCents: z.object({ '1-30': z.number().int(), '31-60': z.number().int(), '61-90': z.number().int(), '90+': z.number().int() }),
      paidThisMonthCents: z.number().int(), creditCents: z.number().int(),
    })),
  })
  .meta({ id: 'Receivables' });
