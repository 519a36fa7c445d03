import { z } from 'zod';
import { EXAMPLE_IDS } from '../http/examples';
import { calendarDate } from '../http/input-guards';

/** November 2026 at Zorghuis De Linde: four approved weeks of 30 hours at €30.53, VAT 21 %. */
const invoiceSummaryExample = {
  id: EXAMPLE_IDS.invoice,
  employerId: EXAMPLE_IDS.employer,
  period: '2026-11',
  kind: 'invoice',
  purpose: 'period',
  status: 'issued',
  number: '2026-000137',
  issueDate: '2026-12-02',
  dueDate: '2027-01-01',
  structuredCommunication: '+++026/0000/04278+++',
  lineTotalCents: 366360,
  vatCents: 76936,
  totalCents: 443296,
  openCents: 443296,
  correctsInvoiceId: null,
};
const standardVat = { code: 'S', ratePercent: 21, exemptionReason: null };
export const paymentExample = {
  id: EXAMPLE_IDS.payment,
  bookingDate: '2026-12-28',
  amountCents: 443296,
  structuredCommunication: null,
  communication: 'factuur 2026-137 november',
  counterpartyName: 'ZORGHUIS DE LINDE',
  employerId: EXAMPLE_IDS.employer,
  status: 'unmatched',
  reason: 'no structured communication; the free text names no open invoice exactly',
  creditCents: 0,
};

export const invoiceIdParams = z.object({ invoiceId: z.uuid() });
export const paymentIdParams = z.object({ paymentId: z.uuid() });
export const employerIdParams = z.object({ employerId: z.uuid() });

export const invoiceRunRequest = z
  .object({
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM')
      .meta({ example: '2026-11' }),
  })
  .strict()
  .meta({ id: 'InvoiceRunRequest', example: { period: '2026-11' } });
export const invoiceRunView = z.object({ period: z.string(), runs: z.array(z.object({ employerId: z.uuid(), workflowId: z.string() })) }).meta({
  id: 'InvoiceRuns',
  description: 'One run per employer with approved, unbilled hours; its drafts appear in GET /invoices?status=draft',
  example: { period: '2026-11', runs: [{ employerId: EXAMPLE_IDS.employer, workflowId: `invoice:${EXAMPLE_IDS.employer}:2026-11` }] },
});

export const invoiceListQuery = z.object({
  status: z.enum(['draft', 'issued', 'paid', 'credited']).optional(),
  employerId: z.uuid().optional(),
  period: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  correctsInvoiceId: z.uuid().optional().meta({ description: 'Only the credit notes and supplements that refer to this invoice' }),
});

const vat = z.object({ code: z.enum(['S', 'E']), ratePercent: z.number(), exemptionReason: z.string().nullable() });
export const invoiceLineView = z.object({
  lineNo: z.number().int(),
  kind: z.enum(['hours', 'free']),
  description: z.string(),
  placementId: z.uuid().nullable(),
  workerLabel: z.string().nullable(),
  workKind: z.string().nullable(),
  minutes: z.number().int().nullable(),
  quantity: z.number(),
  unitPriceCents: z.number().int(),
  amountCents: z.number().int(),
  vat,
  reason: z.string().nullable(),
  weeks: z.array(z.object({ timesheetId: z.uuid(), isoWeek: z.string(), version: z.number().int() })),
});
export const invoiceSummary = z.object({
  id: z.uuid(),
  employerId: z.uuid(),
  period: z.string(),
  kind: z.enum(['invoice', 'credit-note']),
  purpose: z.string(),
  status: z.string(),
  number: z.string().nullable(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  structuredCommunication: z.string().nullable(),
  lineTotalCents: z.number().int(),
  vatCents: z.number().int(),
  totalCents: z.number().int(),
  openCents: z.number().int(),
  correctsInvoiceId: z.uuid().nullable(),
});
export const invoiceView = invoiceSummary
  .extend({
    language: z.string(),
    paymentTermsDays: z.number().int(),
    reason: z.string().nullable(),
    lines: z.array(invoiceLineView),
    vatBreakdown: z.array(vat.extend({ taxableCents: z.number().int(), vatCents: z.number().int() })),
    payments: z.array(z.object({ amountCents: z.number().int(), bookingDate: z.string(), source: z.enum(['bank', 'credit-note']) })),
    reminders: z.array(
      z.object({ kind: z.string(), sentOn: z.string(), openCents: z.number().int(), interestCents: z.number().int(), lumpSumCents: z.number().int() }),
    ),
    deliveries: z.array(z.object({ channel: z.string(), status: z.string(), detail: z.string().nullable() })),
  })
  .meta({
    id: 'Invoice',
    example: {
      ...invoiceSummaryExample,
      language: 'nl',
      paymentTermsDays: 30,
      reason: null,
      lines: [
        {
          lineNo: 1,
          kind: 'hours',
          description: 'Aide-soignant(e) — regular hours, 2026-W45 to 2026-W48',
          placementId: EXAMPLE_IDS.placement,
          workerLabel: 'W-7QK2MD',
          workKind: 'regular',
          minutes: 7200,
          quantity: 120,
          unitPriceCents: 3053,
          amountCents: 366360,
          vat: standardVat,
          reason: null,
          weeks: ['45', '46', '47', '48'].map((w, i) => ({ timesheetId: `af6c2d70-7b8a-4e3f-9cb3-00000000060${i + 2}`, isoWeek: `2026-W${w}`, version: 1 })),
        },
      ],
      vatBreakdown: [{ ...standardVat, taxableCents: 366360, vatCents: 76936 }],
      payments: [],
      reminders: [],
      deliveries: [{ channel: 'peppol', status: 'delivered', detail: null }],
    },
  });
export const invoiceListView = z.object({ invoices: z.array(invoiceSummary) }).meta({ id: 'Invoices', example: { invoices: [invoiceSummaryExample] } });

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
  .meta({
    id: 'InvoiceFreeLine',
    example: {
      description: 'Safety training (VCA basic), 1 participant',
      reason: 'Agreed with the employer on 12 November',
      quantity: 1,
      unitPriceCents: 15000,
      vatCategory: 'standard',
    },
  });
/** The body is optional: `POST /invoices/{id}/issue` without one issues today (Brussels). */
export const issueRequest = z
  .object({ issueDate: calendarDate.optional() })
  .strict()
  .optional()
  .meta({ id: 'InvoiceIssue', example: { issueDate: '2026-12-02' } });
export const creditRequest = z
  .object({ reason: z.string().trim().min(3).max(300), issueDate: calendarDate.optional() })
  .strict()
  .meta({ id: 'InvoiceCredit', example: { reason: 'Billed at the wrong rate: a corrected invoice follows.', issueDate: '2026-12-05' } });
export const runDocumentView = z
  .object({ invoiceId: z.uuid(), kind: z.string(), purpose: z.string(), status: z.string(), number: z.string().nullable() })
  .meta({
    id: 'RunDocument',
    example: { invoiceId: EXAMPLE_IDS.creditNote, kind: 'credit-note', purpose: 'full-credit', status: 'issued', number: '2026-000138' },
  });

export const invoicingTermsRequest = z
  .object({
    paymentTermsDays: z.number().int().min(0).max(60).default(30),
    language: z.enum(['fr', 'nl']).default('fr'),
    channel: z.enum(['peppol', 'email']).default('peppol'),
    showWorkerNames: z.boolean().default(false),
    buyerReference: z.string().trim().min(1).max(60).nullable().default(null),
  })
  .strict()
  .meta({
    id: 'InvoicingTerms',
    example: { paymentTermsDays: 30, language: 'nl', channel: 'peppol', showWorkerNames: false, buyerReference: 'PO-2026-0412' },
  });

export const statementImportView = z
  .object({
    statementId: z.uuid(),
    reference: z.string(),
    format: z.string(),
    alreadyImported: z.boolean(),
    credits: z.number().int(),
    matched: z.array(
      z.object({
        paymentId: z.uuid(),
        invoiceId: z.uuid(),
        invoiceNumber: z.string(),
        amountCents: z.number().int(),
        allocatedCents: z.number().int(),
        creditCents: z.number().int(),
        by: z.string(),
      }),
    ),
    unmatched: z.array(z.object({ paymentId: z.uuid(), amountCents: z.number().int(), reason: z.string() })),
  })
  .meta({
    id: 'BankStatementImport',
    example: {
      statementId: EXAMPLE_IDS.statement,
      reference: '2026-12-28/245',
      format: 'coda',
      alreadyImported: false,
      credits: 2,
      matched: [
        {
          paymentId: 'e3a06bb0-bfce-4c7d-9af7-000000001003',
          invoiceId: EXAMPLE_IDS.invoice,
          invoiceNumber: '2026-000137',
          amountCents: 443296,
          allocatedCents: 443296,
          creditCents: 0,
          by: 'structured-communication',
        },
      ],
      unmatched: [{ paymentId: EXAMPLE_IDS.payment, amountCents: 120000, reason: 'no structured communication; the free text names no open invoice exactly' }],
    },
  });

export const paymentView = z
  .object({
    id: z.uuid(),
    bookingDate: z.string(),
    amountCents: z.number().int(),
    structuredCommunication: z.string().nullable(),
    communication: z.string().nullable(),
    counterpartyName: z.string().nullable(),
    employerId: z.uuid().nullable(),
    status: z.string(),
    reason: z.string().nullable(),
    creditCents: z.number().int(),
  })
  .meta({ id: 'BankPayment', example: { ...paymentExample, status: 'assigned', reason: null } });
export const assignmentRequest = z
  .object({ invoiceId: z.uuid() })
  .strict()
  .meta({ id: 'PaymentAssignment', example: { invoiceId: EXAMPLE_IDS.invoice } });

export const receivablesView = z
  .object({
    asOf: z.string(),
    employers: z.array(
      z.object({
        employerId: z.uuid(),
        legalName: z.string(),
        openCents: z.number().int(),
        notYetDueCents: z.number().int(),
        overdueCents: z.object({ '1-30': z.number().int(), '31-60': z.number().int(), '61-90': z.number().int(), '90+': z.number().int() }),
        paidThisMonthCents: z.number().int(),
        creditCents: z.number().int(),
      }),
    ),
  })
  .meta({
    id: 'Receivables',
    example: {
      asOf: '2027-01-15',
      employers: [
        {
          employerId: EXAMPLE_IDS.employer,
          legalName: 'Zorghuis De Linde (fictitious)',
          openCents: 443296,
          notYetDueCents: 0,
          overdueCents: { '1-30': 443296, '31-60': 0, '61-90': 0, '90+': 0 },
          paidThisMonthCents: 0,
          creditCents: 0,
        },
      ],
    },
  });
