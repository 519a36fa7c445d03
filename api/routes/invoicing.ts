import { WithStartWorkflowOperation } from '@temporalio/client';
import type { Request } from 'express';
import { z } from 'zod';
import type { Principal } from '../../domain/access/roles';
import { validateRunPeriod } from '../../domain/invoicing/invoice';
import { receivablesByEmployer } from '../../domain/invoicing/receivables';
import { writeCamt053 } from '../../domain/banking/camt-writer';
import { processIds } from '../../domain/process-ids';
import { recordAudit } from '../../db/audit';
import { BankPayment, Employer, EmployerInvoicingTerms, Invoice, PaymentAllocation, StoredDocument } from '../../db/entities';
import { addFreeLineUpdate, creditInFullUpdate, invoiceRunWorkflow, issueInvoiceUpdate } from '../../workflows/invoice-run';
import type { ApiDeps } from '../deps';
import { findVisibleEmployer } from '../employers/employer-records';
import { ProblemError, problems } from '../http/problem';
import { defineRoute } from '../http/route';
import { viaWorkflow } from '../http/temporal-errors';
import { assignPayment, importStatement, parseStatement } from '../invoicing/bank-statements';
import { employersToInvoice, findVisibleInvoice, openAmounts, toInvoiceSummary, toInvoiceView } from '../invoicing/invoice-records';
import {
  assignmentRequest,
  creditRequest,
  employerIdParams,
  freeLineRequest,
  invoiceIdParams,
  invoiceListQuery,
  invoiceListView,
  invoiceRunRequest,
  invoiceRunView,
  invoiceView,
  invoicingTermsRequest,
  issueRequest,
  paymentExample,
  paymentIdParams,
  paymentView,
  receivablesView,
  runDocumentView,
  statementImportView,
} from '../invoicing/schemas';
import { todayInBrussels } from '../workers/clock';
import { storedDocumentContent } from '../../platform/crypto/field-cipher';

const actorOf = (p: Principal) => ({ userId: p.userId, role: p.role });
const runHandle = (deps: ApiDeps, invoice: { employer: string; period: string }) =>
  deps.temporal.workflow.getHandle(processIds.invoiceRun(invoice.employer, invoice.period));
const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;

export const startInvoiceRunRoute = defineRoute({
  method: 'post',
  path: '/invoice-runs',
  summary: 'Invoice a month',
  description:
    'One run `invoice:<employerId>:<YYYY-MM>` per employer with approved, unbilled hours; the same month again finds the same runs. Each run prepares a draft invoice to review and issue.',
  operationId: 'startInvoiceRuns',
  tags: ['Invoicing'],
  changes:
    'Starts one invoice-run workflow per employer with approved, unbilled hours of the month, each writing a draft invoice from those weeks; records it in the audit log. Nothing is numbered or sent yet.',
  roles: ['admin'],
  request: { body: invoiceRunRequest },
  responses: {
    202: { description: 'Runs started; drafts appear in GET /invoices?status=draft', schema: invoiceRunView },
    422: { description: 'A month that has not begun' },
  },
  handler: async ({ body, deps, principal, requestId }) => {
    const today = todayInBrussels();
    const violations = validateRunPeriod(body.period, today);
    if (violations.length) throw problems.unprocessable(violations[0]!.code, violations[0]!.message, violations);
    const em = deps.orm.em.fork();
    const employers = await employersToInvoice(em, body.period);
    const runs = [];
    for (const employerId of employers) {
      const workflowId = processIds.invoiceRun(employerId, body.period);
      await deps.temporal.workflow.start(invoiceRunWorkflow, {
        workflowId,
        taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
        workflowIdConflictPolicy: 'USE_EXISTING',
        args: [{ employerId, period: body.period, today }],
      });
      runs.push({ employerId, workflowId });
    }
    recordAudit(em, {
      actor: principal!,
      action: 'invoice-run.started',
      subjectType: 'invoice-run',
      subjectId: body.period,
      requestId,
      details: { employers: employers.length },
    });
    await em.flush();
    return { status: 202, body: { period: body.period, runs }, headers: { Location: '/api/v1/invoices?status=draft' } };
  },
});

export const listInvoicesRoute = defineRoute({
  method: 'get',
  path: '/invoices',
  summary: 'Invoices and credit notes, newest first',
  description: 'All for an admin; an employer sees its own issued ones. With `correctsInvoiceId`, the credit notes and supplements that refer to that invoice.',
  operationId: 'listInvoices',
  tags: ['Invoicing'],
  changes: 'Changes nothing.',
  access: { employer: 'their own issued invoices only' },
  roles: ['admin', 'employer'],
  request: { query: invoiceListQuery },
  responses: { 200: { description: 'Invoices', schema: invoiceListView } },
  handler: async ({ query, principal, deps }) => {
    const em = deps.orm.em.fork();
    const own = principal!.role === 'employer' ? { employer: principal!.employerId ?? '00000000-0000-0000-0000-000000000000', status: { $ne: 'draft' } } : {};
    const filter = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.employerId ? { employer: query.employerId } : {}),
      ...(query.period ? { period: query.period } : {}),
      ...(query.correctsInvoiceId ? { correctsInvoice: query.correctsInvoiceId } : {}),
      ...own,
    };
    if (principal!.role === 'employer' && query.status === 'draft') return { status: 200, body: { invoices: [] } };
    const rows = await em.find(Invoice, filter, { orderBy: { createdAt: 'desc' }, limit: 500 });
    const open = await openAmounts(em, rows);
    return { status: 200, body: { invoices: rows.map((r) => toInvoiceSummary(r, open.get(r.id) ?? 0)) } };
  },
});

export const getInvoiceRoute = defineRoute({
  method: 'get',
  path: '/invoices/{invoiceId}',
  summary: 'An invoice or credit note',
  description: 'Lines (the weeks and versions billed), VAT, payments, reminders, delivery.',
  operationId: 'getInvoice',
  tags: ['Invoicing'],
  changes: 'Changes nothing.',
  access: { employer: 'their own issued invoices only' },
  roles: ['admin', 'employer'],
  request: { params: invoiceIdParams },
  authorize: ({ params, principal, deps }) => findVisibleInvoice(deps.orm.em.fork(), principal, params.invoiceId),
  responses: { 200: { description: 'The invoice', schema: invoiceView }, 404: { description: 'No such invoice' } },
  handler: async ({ scope, deps }) => ({ status: 200, body: await toInvoiceView(deps.orm.em.fork(), scope) }),
});

const issuedFile = (kind: 'pdf' | 'ubl') =>
  defineRoute({
    method: 'get',
    path: `/invoices/{invoiceId}/${kind === 'pdf' ? 'document' : 'ubl'}`,
    operationId: kind === 'pdf' ? 'downloadInvoiceDocument' : 'downloadInvoiceUbl',
    readsEncrypted: true,
    summary: kind === 'pdf' ? 'Download the issued invoice as a PDF' : 'Download the issued invoice as UBL',
    description: kind === 'pdf' ? 'In the employer’s language.' : 'UBL 2.1 / Peppol BIS Billing 3.0, as delivered.',
    tags: ['Invoicing'],
    changes: 'Changes nothing.',
    roles: ['admin', 'employer'],
    access: { employer: 'their own issued invoices only' },
    request: { params: invoiceIdParams },
    authorize: ({ params, principal, deps }) => findVisibleInvoice(deps.orm.em.fork(), principal, params.invoiceId),
    responses: {
      200: {
        description: kind === 'pdf' ? 'PDF' : 'UBL XML',
        contentType: kind === 'pdf' ? 'application/pdf' : 'application/xml',
        schema: z.string().meta({ format: 'binary' }),
      },
      404: { description: 'No such invoice, or its documents are being rendered' },
    },
    handler: async ({ scope: invoice, deps }) => {
      const id = kind === 'pdf' ? invoice.pdfDocumentId : invoice.ublDocumentId;
      const document = id ? await deps.orm.em.fork().findOne(StoredDocument, { id }) : null;
      if (!document) throw problems.notFound('invoice document (it is being rendered; try again in a moment)');
      return {
        status: 200,
        file: deps.cipher.decryptBytes(document.contentCipher, storedDocumentContent(document.id)),
        contentType: document.contentType,
        fileName: document.fileName,
      };
    },
  });
export const invoiceDocumentRoute = issuedFile('pdf');
export const invoiceUblRoute = issuedFile('ubl');

export const addInvoiceLineRoute = defineRoute({
  method: 'post',
  path: '/invoices/{invoiceId}/lines',
  summary: 'Add a free line to a draft invoice',
  description: 'A training fee, say, with the reason.',
  operationId: 'addInvoiceLine',
  tags: ['Invoicing'],
  changes: 'Adds the line to the draft and recomputes its totals and VAT; records it in the audit log.',
  roles: ['admin'],
  request: { params: invoiceIdParams, body: freeLineRequest },
  authorize: ({ params, principal, deps }) => findVisibleInvoice(deps.orm.em.fork(), principal, params.invoiceId),
  responses: {
    200: { description: 'The draft with the line', schema: invoiceView },
    404: { description: 'No such invoice' },
    422: { description: 'Not a draft, or a bad line' },
  },
  handler: async ({ scope: invoice, body, principal, deps, requestId }) => {
    await viaWorkflow(() =>
      runHandle(deps, invoice).executeUpdate(addFreeLineUpdate, {
        args: [{ invoiceId: invoice.id, line: body, today: todayInBrussels(), actor: actorOf(principal!), requestId }],
      }),
    );
    const em = deps.orm.em.fork();
    return { status: 200, body: await toInvoiceView(em, await em.findOneOrFail(Invoice, { id: invoice.id })) };
  },
});

export const issueInvoiceRoute = defineRoute({
  method: 'post',
  path: '/invoices/{invoiceId}/issue',
  summary: 'Issue a draft invoice',
  description:
    'It takes the next number of the year’s gapless series and its structured reference (OGM); the PDF and the UBL follow, then delivery by Peppol or e-mail.',
  operationId: 'issueInvoice',
  tags: ['Invoicing'],
  changes:
    'Numbers the invoice and makes it immutable, marks its hours billed, and has its workflow render the PDF and UBL and deliver it (Peppol or e-mail), then follow payment with reminders; records it in the audit log.',
  roles: ['admin'],
  request: { params: invoiceIdParams, body: issueRequest },
  authorize: ({ params, principal, deps }) => findVisibleInvoice(deps.orm.em.fork(), principal, params.invoiceId),
  responses: {
    200: { description: 'Issued', schema: runDocumentView },
    404: { description: 'No such invoice' },
    422: { description: 'Not a draft, or nothing left to bill' },
  },
  handler: async ({ scope: invoice, body, principal, deps, requestId }) => {
    const issued = await viaWorkflow(() =>
      runHandle(deps, invoice).executeUpdate(issueInvoiceUpdate, {
        args: [{ invoiceId: invoice.id, issueDate: body?.issueDate ?? todayInBrussels(), actor: actorOf(principal!), requestId }],
      }),
    );
    return { status: 200, body: { invoiceId: issued.invoiceId, kind: issued.kind, purpose: issued.purpose, status: issued.status, number: issued.number } };
  },
});

export const creditInvoiceRoute = defineRoute({
  method: 'post',
  path: '/invoices/{invoiceId}/credit-note',
  summary: 'Credit an issued invoice in full',
  description: 'With the reason: a credit note referring to the invoice, issued at once. The invoice itself is never edited.',
  operationId: 'creditInvoice',
  tags: ['Invoicing'],
  changes:
    'Issues, in the invoice’s run workflow, a numbered credit note for the whole invoice that refers to it (PDF, UBL and delivery follow); the invoice becomes credited and owes nothing more; recorded in the audit log.',
  roles: ['admin'],
  request: { params: invoiceIdParams, body: creditRequest },
  authorize: ({ params, principal, deps }) => findVisibleInvoice(deps.orm.em.fork(), principal, params.invoiceId),
  responses: {
    201: { description: 'The credit note', schema: runDocumentView },
    404: { description: 'No such invoice' },
    422: { description: 'Not an issued invoice' },
  },
  handler: async ({ scope: invoice, body, principal, deps, requestId }) => {
    const today = todayInBrussels();
    // The invoice's own run takes it; a run that already closed is started again to follow up only.
    const start = new WithStartWorkflowOperation(invoiceRunWorkflow, {
      workflowId: processIds.invoiceRun(invoice.employer, invoice.period),
      taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [{ employerId: invoice.employer, period: invoice.period, today, followUpOnly: true }],
    });
    const credit = await viaWorkflow(() =>
      deps.temporal.workflow.executeUpdateWithStart(creditInFullUpdate, {
        args: [{ invoiceId: invoice.id, reason: body.reason, issueDate: body.issueDate ?? today, actor: actorOf(principal!), requestId }],
        startWorkflowOperation: start,
      }),
    );
    return {
      status: 201,
      body: { invoiceId: credit.invoiceId, kind: credit.kind, purpose: credit.purpose, status: credit.status, number: credit.number },
      headers: { Location: `/api/v1/invoices/${credit.invoiceId}` },
    };
  },
});

async function readBody(req: Request): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_STATEMENT_BYTES)
      throw new ProblemError(413, 'payload-too-large', 'Bad request', 'A statement file is at most 5 MB.', [
        { field: 'body', code: 'payload-too-large', message: 'at most 5 MB' },
      ]);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export const importBankStatementRoute = defineRoute({
  method: 'post',
  path: '/bank-statements',
  summary: 'Import a bank statement',
  description:
    'The file is the request body: CODA (`text/plain`) or camt.053.001.02/.08 (`application/xml`); credits are matched to invoices by their structured reference. Importing the same statement twice changes nothing. A bad file is refused whole, with the line and field of each problem.',
  operationId: 'importBankStatement',
  readsEncrypted: true,
  tags: ['Invoicing'],
  changes:
    'Stores the statement and its credits once; each credit matched to an invoice is recorded as its payment (an invoice paid in full is closed), the others wait in the review queue; records it in the audit log.',
  roles: ['admin'],
  fileBody: {
    description: 'The statement file as the bank gives it: camt.053 as `application/xml`, CODA as `text/plain` (at most 5 MB).',
    contentTypes: ['application/xml', 'text/plain'],
    example: writeCamt053({
      version: '02',
      statementId: '2026-12-28/245',
      accountIban: 'BE68539007547034',
      createdAt: '2026-12-28T18:00:00',
      credits: [{ amountCents: 443296, structuredCommunication: '026000004278', debtorName: 'Zorghuis De Linde', bookingDate: '2026-12-28', reference: 'E-1' }],
    }),
  },
  responses: {
    201: { description: 'Imported and matched', schema: statementImportView },
    200: { description: 'Already imported: nothing changed', schema: statementImportView },
    415: { description: 'Neither CODA nor camt.053' },
  },
  handler: async ({ req, principal, deps, requestId }) => {
    const contentType = String(req.headers['content-type'] ?? '');
    if (/json/i.test(contentType)) throw parseStatement('application/json', '');
    const raw = await readBody(req);
    const parsed = parseStatement(contentType, raw);
    if (!parsed.ok) {
      throw problems.validation(
        parsed.problems.map((p) => ({ field: `line ${p.line}: ${p.field}`, code: p.code, message: p.message })),
        `The statement was not imported: ${parsed.problems.length} problem(s), the first on line ${parsed.problems[0]!.line} (${parsed.problems[0]!.field}).`,
      );
    }
    const result = await importStatement(deps, principal!, parsed.statement, raw, requestId);
    return { status: result.alreadyImported ? 200 : 201, body: result };
  },
});

const toPaymentView = (p: Awaited<ReturnType<typeof assignPayment>>) => ({
  id: p.id,
  bookingDate: p.bookingDate,
  amountCents: p.amountCents,
  structuredCommunication: p.structuredCommunication ?? null,
  communication: p.communication ?? null,
  counterpartyName: p.counterpartyName ?? null,
  employerId: p.employerId ?? null,
  status: p.status,
  reason: p.unmatchedReason ?? null,
  creditCents: p.creditCents,
});

export const unmatchedPaymentsRoute = defineRoute({
  method: 'get',
  path: '/payments/unmatched',
  summary: 'Credits no invoice could be matched to: the review queue',
  operationId: 'listUnmatchedPayments',
  tags: ['Invoicing'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: { query: z.object({}) },
  responses: {
    200: {
      description: 'To review',
      schema: z.object({ payments: z.array(paymentView) }).meta({ id: 'UnmatchedPayments', example: { payments: [paymentExample] } }),
    },
  },
  handler: async ({ deps }) => {
    const rows = await deps.orm.em.fork().find(BankPayment, { status: 'unmatched' }, { orderBy: { bookingDate: 'asc' } });
    return { status: 200, body: { payments: rows.map(toPaymentView) } };
  },
});

export const assignPaymentRoute = defineRoute({
  method: 'post',
  path: '/payments/{paymentId}/assignment',
  summary: 'Assign a credit of the review queue to an invoice',
  operationId: 'assignPayment',
  tags: ['Invoicing'],
  changes: 'Records the credit as a payment of the invoice (closing it when paid in full; any excess is kept as credit); records it in the audit log.',
  roles: ['admin'],
  request: { params: paymentIdParams, body: assignmentRequest },
  responses: {
    200: { description: 'Assigned', schema: paymentView },
    404: { description: 'No such payment' },
    409: { description: 'Already matched' },
    422: { description: 'Not an issued invoice' },
  },
  handler: async ({ params, body, principal, deps, requestId }) => ({
    status: 200,
    body: toPaymentView(await assignPayment(deps, principal!, params.paymentId, body.invoiceId, requestId)),
  }),
});

export const receivablesRoute = defineRoute({
  method: 'get',
  path: '/receivables',
  summary: 'What employers owe',
  description: 'Open, overdue by age, paid this month, credit kept. Worker pay never waits on it.',
  operationId: 'getReceivables',
  tags: ['Invoicing'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: { query: z.object({}) },
  responses: { 200: { description: 'Receivables per employer', schema: receivablesView } },
  handler: async ({ deps }) => {
    const em = deps.orm.em.fork();
    const today = todayInBrussels();
    const issued = await em.find(Invoice, { kind: 'invoice', status: { $in: ['issued', 'paid'] } });
    const open = await openAmounts(em, issued);
    const buckets = receivablesByEmployer(
      issued.map((i) => ({ employerId: i.employer, dueDate: i.dueDate!, openCents: open.get(i.id) ?? 0 })),
      today,
    );
    const monthStart = `${today.slice(0, 7)}-01`;
    const paidRows = await em.find(PaymentAllocation, { payment: { $ne: null }, bookingDate: { $gte: monthStart } });
    const invoiceEmployer = new Map(issued.map((i) => [i.id, i.employer]));
    const paidThisMonth = new Map<string, number>();
    for (const a of paidRows) {
      const employer = invoiceEmployer.get(a.invoice);
      if (employer) paidThisMonth.set(employer, (paidThisMonth.get(employer) ?? 0) + a.amountCents);
    }
    const credits = new Map<string, number>();
    for (const p of await em.find(BankPayment, { employerId: { $ne: null }, creditCents: { $gt: 0 } }))
      credits.set(p.employerId!, (credits.get(p.employerId!) ?? 0) + p.creditCents);
    const ids = [...new Set([...buckets.map((b) => b.employerId), ...paidThisMonth.keys(), ...credits.keys()])];
    const names = new Map((await em.find(Employer, { id: { $in: ids } }, { fields: ['id', 'legalName'] })).map((e) => [e.id, e.legalName]));
    const empty = { openCents: 0, notYetDueCents: 0, overdueCents: { '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 } };
    return {
      status: 200,
      body: {
        asOf: today,
        employers: ids
          .sort((a, b) => (names.get(a) ?? '').localeCompare(names.get(b) ?? ''))
          .map((id) => ({
            employerId: id,
            legalName: names.get(id) ?? '',
            ...empty,
            ...buckets.find((b) => b.employerId === id),
            paidThisMonthCents: paidThisMonth.get(id) ?? 0,
            creditCents: credits.get(id) ?? 0,
          })),
      },
    };
  },
});

export const putInvoicingTermsRoute = defineRoute({
  method: 'put',
  path: '/employers/{employerId}/invoicing-terms',
  summary: 'Set how an employer is invoiced',
  description: 'Payment terms (default 30 days), language, channel (Peppol or e-mail), worker names or codes on the invoice, the employer’s own reference.',
  operationId: 'setInvoicingTerms',
  tags: ['Invoicing'],
  changes: 'Replaces the employer’s invoicing terms for invoices issued from now on; records it in the audit log.',
  roles: ['admin'],
  request: { params: employerIdParams, body: invoicingTermsRequest },
  authorize: ({ params, principal, deps }) => findVisibleEmployer(deps.orm.em.fork(), principal, params.employerId),
  responses: { 200: { description: 'Recorded', schema: invoicingTermsRequest } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    await em.transactional(async (tx) => {
      await tx.upsert(EmployerInvoicingTerms, { employer: params.employerId, ...body, updatedAt: new Date() });
      recordAudit(tx, {
        actor: principal!,
        action: 'employer.invoicing-terms-set',
        subjectType: 'employer',
        subjectId: params.employerId,
        requestId,
        details: { ...body },
      });
    });
    return { status: 200, body };
  },
});
