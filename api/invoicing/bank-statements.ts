import { createHash, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Principal } from '../../domain/access/roles';
import { parseCamt053 } from '../../domain/banking/camt053';
import { parseCoda } from '../../domain/banking/coda';
import { matchStatement, type KnownEmployer, type OpenInvoice } from '../../domain/banking/matching';
import type { BankStatement as ParsedStatement, StatementParseResult } from '../../domain/banking/statement';
import { processIds } from '../../domain/process-ids';
import { recordAudit } from '../../db/audit';
import { BankPayment, BankStatement, Employer, Invoice, PaymentAllocation } from '../../db/entities';
import { paymentRecordedSignal } from '../../workflows/invoice-run';
import type { ApiDeps } from '../deps';
import { ProblemError, problems } from '../http/problem';
import { openAmounts } from './invoice-records';
import type { statementImportView } from './schemas';

/** Reads the file by its media type: CODA as text/plain, camt.053 as application/xml. */
export function parseStatement(contentType: string, body: string): StatementParseResult {
  if (/^text\/plain/i.test(contentType)) return parseCoda(body);
  if (/^(application|text)\/xml/i.test(contentType)) return parseCamt053(body);
  throw new ProblemError(
    415,
    'unsupported-media-type',
    'Unsupported media type',
    'Send a CODA file as text/plain or a camt.053 statement as application/xml.',
    [{ field: 'content-type', code: 'unsupported-media-type', message: 'text/plain (CODA) or application/xml (camt.053)' }],
  );
}

/** Tells the runs of the invoices a payment touched to read their settlement again. */
export async function signalRuns(deps: ApiDeps, invoices: { employer: string; period: string; id: string }[]): Promise<void> {
  for (const i of invoices) {
    await deps.temporal.workflow
      .getHandle(processIds.invoiceRun(i.employer, i.period))
      .signal(paymentRecordedSignal, { invoiceId: i.id })
      .catch((err: unknown) => {
        // A closed run has nothing to stop; the reminder step checks the settlement itself anyway.
        deps.logger.info({ invoiceId: i.id, err: err instanceof Error ? err.name : 'unknown' }, 'invoice run not signalled');
      });
  }
}

async function knownEmployers(deps: ApiDeps): Promise<KnownEmployer[]> {
  const em = deps.orm.em.fork();
  const employers = await em.find(Employer, {}, { fields: ['id', 'legalName'] });
  const payments = await em.find(BankPayment, { employerId: { $ne: null }, counterpartyIbanCipher: { $ne: null }, status: { $in: ['matched', 'assigned'] } });
  const ibans = new Map<string, Set<string>>();
  for (const p of payments) {
    const iban = deps.cipher.decryptOptional(p.counterpartyIbanCipher ?? null, { table: 'bank_payment', column: 'counterparty_iban_cipher', id: p.id });
    if (iban && p.employerId) ibans.set(p.employerId, (ibans.get(p.employerId) ?? new Set()).add(iban));
  }
  return employers.map((e) => ({ employerId: e.id, legalName: e.legalName, ibans: [...(ibans.get(e.id) ?? [])] }));
}

/**
 * Imports a statement in one transaction: the statement and its credits (keys: the statement
 * reference and each entry's reference, so a second import changes nothing), each credit matched
 * (OGM, then payer and amount) and allocated, the rest queued for people. Then the invoice runs
 * of the invoices paid are told.
 */
export async function importStatement(
  deps: ApiDeps,
  actor: Principal,
  statement: ParsedStatement,
  raw: string,
  requestId: string,
): Promise<z.infer<typeof statementImportView>> {
  const em = deps.orm.em.fork();
  const existing = await em.findOne(BankStatement, { reference: statement.statementReference });
  if (existing)
    return {
      statementId: existing.id,
      reference: existing.reference,
      format: existing.format,
      alreadyImported: true,
      credits: existing.creditCount,
      matched: [],
      unmatched: [],
    };
  const employers = await knownEmployers(deps);
  const statementId = randomUUID();
  const touched: { employer: string; period: string; id: string }[] = [];
  const result = await em.transactional(async (tx) => {
    await tx.getConnection().execute('lock table bank_statement in share row exclusive mode', [], 'run', tx.getTransactionContext());
    if (await tx.count(BankStatement, { reference: statement.statementReference })) return null;
    const issued = await tx.find(Invoice, { kind: 'invoice', status: 'issued', structuredCommunication: { $ne: null } });
    const open = await openAmounts(tx, issued);
    const openInvoices: OpenInvoice[] = issued.map((i) => ({
      invoiceId: i.id,
      employerId: i.employer,
      number: i.number!,
      structuredCommunication: i.structuredCommunication!,
      openCents: open.get(i.id) ?? 0,
    }));
    const credits = statement.entries.filter((e) => e.direction === 'credit');
    tx.create(BankStatement, {
      id: statementId,
      reference: statement.statementReference,
      format: statement.format,
      accountIban: statement.accountIban,
      statementDate: statement.statementDate,
      creditCount: credits.length,
      sha256: createHash('sha256').update(raw).digest('hex'),
      importedBy: actor.userId,
    });
    const view: z.infer<typeof statementImportView> = {
      statementId,
      reference: statement.statementReference,
      format: statement.format,
      alreadyImported: false,
      credits: credits.length,
      matched: [],
      unmatched: [],
    };
    for (const { entry, outcome } of matchStatement(credits, openInvoices, employers)) {
      const entryKey = `${statement.statementReference}:${entry.entryReference}`.slice(0, 300);
      if (await tx.count(BankPayment, { entryKey })) continue;
      const paymentId = randomUUID();
      const iban = entry.counterpartyIban;
      tx.create(BankPayment, {
        id: paymentId,
        statement: statementId,
        entryKey,
        bookingDate: entry.bookingDate,
        amountCents: entry.amountCents,
        structuredCommunication: entry.structuredCommunication,
        communication: entry.unstructured?.slice(0, 500) ?? null,
        counterpartyName: entry.counterpartyName?.slice(0, 140) ?? null,
        counterpartyIbanCipher: iban ? deps.cipher.encrypt(iban, { table: 'bank_payment', column: 'counterparty_iban_cipher', id: paymentId }) : null,
        counterpartyIbanHash: iban ? deps.cipher.blindIndex('iban', iban) : null,
        employerId: outcome.kind === 'invoice' ? outcome.employerId : outcome.employerId,
        status: outcome.kind === 'invoice' ? 'matched' : 'unmatched',
        matchedBy: outcome.kind === 'invoice' ? outcome.by : null,
        unmatchedReason: outcome.kind === 'unmatched' ? outcome.reason : null,
        creditCents: outcome.kind === 'invoice' ? outcome.creditCents : 0,
        line: entry.line,
      });
      if (outcome.kind === 'invoice') {
        const invoice = issued.find((i) => i.id === outcome.invoiceId)!;
        if (outcome.allocatedCents > 0)
          tx.create(PaymentAllocation, {
            id: randomUUID(),
            invoice: invoice.id,
            payment: paymentId,
            creditNote: null,
            amountCents: outcome.allocatedCents,
            bookingDate: entry.bookingDate,
          });
        const remaining = openInvoices.find((o) => o.invoiceId === invoice.id)!;
        remaining.openCents -= outcome.allocatedCents;
        if (remaining.openCents <= 0 && invoice.status === 'issued') {
          invoice.status = 'paid';
          invoice.paidAt = new Date();
        }
        touched.push({ employer: invoice.employer, period: invoice.period, id: invoice.id });
        view.matched.push({
          paymentId,
          invoiceId: invoice.id,
          invoiceNumber: invoice.number!,
          amountCents: entry.amountCents,
          allocatedCents: outcome.allocatedCents,
          creditCents: outcome.creditCents,
          by: outcome.by,
        });
      } else view.unmatched.push({ paymentId, amountCents: entry.amountCents, reason: outcome.reason });
    }
    recordAudit(tx, {
      actor,
      action: 'bank-statement.imported',
      subjectType: 'bank-statement',
      subjectId: statementId,
      requestId,
      details: { format: statement.format, credits: credits.length, matched: view.matched.length },
    });
    return view;
  });
  if (!result) return importStatement(deps, actor, statement, raw, requestId);
  await signalRuns(deps, touched);
  return result;
}

/** An admin assigns a credit from the review queue to an invoice (any amount: a balance or a credit may remain). */
export async function assignPayment(deps: ApiDeps, actor: Principal, paymentId: string, invoiceId: string, requestId: string) {
  const em = deps.orm.em.fork();
  const touched = await em.transactional(async (tx) => {
    const payment = await tx.findOne(BankPayment, { id: paymentId });
    if (!payment) throw problems.notFound('payment');
    if (payment.status !== 'unmatched')
      throw problems.conflict('payment-already-assigned', 'This credit is already matched to an invoice.', [
        { field: 'paymentId', code: 'payment-already-assigned', message: `the payment is ${payment.status}` },
      ]);
    const invoice = await tx.findOne(Invoice, { id: invoiceId });
    if (invoice?.kind !== 'invoice' || !['issued', 'paid'].includes(invoice.status)) {
      throw problems.unprocessable('not-payable', 'Only an issued invoice can receive a payment.', [
        { field: 'invoiceId', code: 'not-payable', message: 'no issued invoice with this id' },
      ]);
    }
    const open = (await openAmounts(tx, [invoice])).get(invoice.id) ?? 0;
    const allocated = Math.max(0, Math.min(open, payment.amountCents));
    if (allocated > 0)
      tx.create(PaymentAllocation, {
        id: randomUUID(),
        invoice: invoice.id,
        payment: payment.id,
        creditNote: null,
        amountCents: allocated,
        bookingDate: payment.bookingDate,
      });
    payment.status = 'assigned';
    payment.employerId = invoice.employer;
    payment.matchedBy = 'admin';
    payment.creditCents = payment.amountCents - allocated;
    payment.assignedBy = actor.userId;
    payment.assignedAt = new Date();
    if (open - allocated <= 0 && invoice.status === 'issued') {
      invoice.status = 'paid';
      invoice.paidAt = new Date();
    }
    recordAudit(tx, {
      actor,
      action: 'payment.assigned',
      subjectType: 'bank-payment',
      subjectId: payment.id,
      requestId,
      details: { invoiceId: invoice.id, allocatedCents: allocated },
    });
    return { employer: invoice.employer, period: invoice.period, id: invoice.id, payment };
  });
  await signalRuns(deps, [touched]);
  return touched.payment;
}
