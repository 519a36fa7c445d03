import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { ApplicationFailure } from '@temporalio/common';
import type { Actor } from '../../domain/access/roles';
import { vatNumberOf } from '../../domain/identifiers/enterprise-number';
import {
  documentNumber,
  dueDateOf,
  freeLine,
  invoiceTotals,
  negated,
  numbered,
  structuredCommunicationFor,
  validateFreeLine,
  type FreeLineRequest,
  type InvoiceDocumentKind,
  type InvoiceLine,
  type InvoicePurpose,
} from '../../domain/invoicing/invoice';
import { RULE_VIOLATION_FAILURE, type RuleViolation } from '../../domain/rule-violation';
import { recordAudit } from '../../db/audit';
import { AuditEntry, Employer, Invoice, PaymentAllocation, type IInvoice } from '../../db/entities';
import type { ActivityDeps } from '../deps';
import { parseBelgianAddress } from '../documents/invoice-content';
import { NotFoundError } from '../errors';
import { billableContent, differenceLines, regularLines, termsOf } from './draft-content';

export interface RunDocument {
  invoiceId: string;
  kind: InvoiceDocumentKind;
  purpose: InvoicePurpose;
  status: string;
}

const violation = (v: RuleViolation[]) => ApplicationFailure.nonRetryable(v.map((x) => `${x.field}: ${x.message}`).join('; '), RULE_VIOLATION_FAILURE, v);
const sql = (tx: EntityManager, query: string, params: unknown[]) => tx.getConnection().execute(query, params, 'all', tx.getTransactionContext());
const keys = {
  period: (employerId: string, period: string) => `period:${employerId}:${period}`,
  correction: (employerId: string, period: string, root: string) => `correction:${employerId}:${period}:${root}`,
  fullCredit: (invoiceId: string) => `full-credit:${invoiceId}`,
};
const asRunDocument = (i: IInvoice): RunDocument => ({
  invoiceId: i.id,
  kind: i.kind as InvoiceDocumentKind,
  purpose: i.purpose as InvoicePurpose,
  status: i.status,
});

/** Open amount of an issued invoice: its total less payments and credit notes allocated to it. */
export async function openAmountOf(tx: EntityManager, invoice: Pick<IInvoice, 'id' | 'totalCents'>): Promise<number> {
  const [row] = await sql(tx, 'select coalesce(sum(amount_cents), 0)::int as settled from payment_allocation where invoice = ?', [invoice.id]);
  return invoice.totalCents - Number(row?.settled ?? 0);
}

/** The lines of a draft's purpose as they stand now (free lines kept), at the VAT of `vatDate`. */
async function currentLines(tx: EntityManager, draft: IInvoice, vatDate: string): Promise<{ kind: InvoiceDocumentKind; lines: InvoiceLine[] }> {
  const terms = await termsOf(tx, draft.employer);
  const kept = (draft.lines as InvoiceLine[]).filter((l) => l.kind === 'free');
  if (draft.purpose === 'period') {
    const content = await billableContent(tx, draft.employer, draft.period, terms);
    return { kind: 'invoice', lines: numbered([...regularLines(content, vatDate), ...kept]) };
  }
  if (draft.purpose === 'full-credit') return { kind: 'credit-note', lines: draft.lines as InvoiceLine[] };
  const content = await billableContent(tx, draft.employer, draft.period, terms);
  const difference = differenceLines(content, draft.correctsInvoice!, vatDate);
  const net = difference.reduce((s, l) => s + l.amountCents, 0);
  return net >= 0 ? { kind: 'invoice', lines: numbered(difference) } : { kind: 'credit-note', lines: numbered(negated(difference)) };
}

function applyLines(row: IInvoice, kind: InvoiceDocumentKind, lines: InvoiceLine[]): void {
  const totals = invoiceTotals(lines);
  row.kind = kind;
  row.lines = lines;
  row.vatBreakdown = totals.vatBreakdown;
  row.lineTotalCents = totals.lineTotalCents;
  row.vatCents = totals.vatCents;
  row.totalCents = totals.totalCents;
}

export function invoiceRunActivities({ orm, cooperative, invoicing }: ActivityDeps) {
  return {
    /**
     * Drafts the run's documents once: the period's invoice (approved, unbilled weeks up to the
     * period) and, per invoice whose weeks were corrected since, a supplement or a credit note for
     * the difference. A second call answers the same documents.
     */
    async prepareInvoiceRun({
      employerId,
      period,
      today,
      draftNew = true,
    }: {
      employerId: string;
      period: string;
      today: string;
      draftNew?: boolean;
    }): Promise<RunDocument[]> {
      return orm.em.fork().transactional(async (tx) => {
        const terms = await termsOf(tx, employerId);
        const existing = await tx.find(Invoice, { employer: employerId, period, purpose: { $ne: 'full-credit' } }, { orderBy: { createdAt: 'asc' } });
        const known = new Set(existing.map((i) => i.businessKey));
        if (!draftNew) return (await tx.find(Invoice, { employer: employerId, period }, { orderBy: { createdAt: 'asc' } })).map(asRunDocument);
        const content = await billableContent(tx, employerId, period, terms);
        const draft = (businessKey: string, purpose: InvoicePurpose, kind: InvoiceDocumentKind, lines: InvoiceLine[], corrects: string | null) => {
          const row = tx.create(Invoice, {
            id: randomUUID(),
            employer: employerId,
            period,
            kind,
            purpose,
            businessKey,
            status: 'draft',
            paymentTermsDays: terms.paymentTermsDays,
            language: terms.language,
            lines: [],
            vatBreakdown: [],
            lineTotalCents: 0,
            vatCents: 0,
            totalCents: 0,
            correctsInvoice: corrects,
            reason: corrects ? 'Correction of hours approved after billing' : null,
          });
          applyLines(row, kind, lines);
          existing.push(row);
        };
        const periodKey = keys.period(employerId, period);
        if (!known.has(periodKey)) {
          const lines = regularLines(content, today);
          if (lines.length) draft(periodKey, 'period', 'invoice', numbered(lines), null);
        }
        for (const root of content.corrections.keys()) {
          const key = keys.correction(employerId, period, root);
          if (known.has(key)) continue;
          const difference = differenceLines(content, root, today);
          if (!difference.length) continue;
          const net = difference.reduce((s, l) => s + l.amountCents, 0);
          if (net >= 0) draft(key, 'supplement', 'invoice', numbered(difference), root);
          else draft(key, 'correction-credit', 'credit-note', numbered(negated(difference)), root);
        }
        return existing.map(asRunDocument);
      });
    },

    /** An admin adds a free line (what, why, price, VAT) to a draft. */
    async addFreeLine(input: {
      invoiceId: string;
      line: FreeLineRequest;
      today: string;
      actor: Actor;
      requestId?: string | null;
      idempotencyKey: string;
    }): Promise<void> {
      const problems = validateFreeLine(input.line);
      if (problems.length) throw violation(problems);
      await orm.em.fork().transactional(async (tx) => {
        if (await tx.count(AuditEntry, { idempotencyKey: input.idempotencyKey })) return;
        const row = await tx.findOne(Invoice, { id: input.invoiceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!row) throw new NotFoundError(`invoice ${input.invoiceId}`);
        if (row.status !== 'draft')
          throw violation([{ field: 'invoice', code: 'not-a-draft', message: `the invoice is ${row.status}: correct it with a credit note` }]);
        const lines = row.lines as InvoiceLine[];
        applyLines(row, row.kind as InvoiceDocumentKind, numbered([...lines, freeLine(input.line, input.today)]));
        recordAudit(tx, {
          actor: input.actor,
          action: 'invoice.free-line-added',
          subjectType: 'invoice',
          subjectId: row.id,
          reason: input.line.reason,
          requestId: input.requestId,
          idempotencyKey: input.idempotencyKey,
          details: { description: input.line.description, unitPriceCents: input.line.unitPriceCents, quantity: input.line.quantity },
        });
      });
    },

    /** Drafts a credit note for the whole of an issued invoice, with the reason. */
    async draftFullCredit(input: { invoiceId: string; reason: string; period: string }): Promise<RunDocument> {
      return orm.em.fork().transactional(async (tx) => {
        const businessKey = keys.fullCredit(input.invoiceId);
        const already = await tx.findOne(Invoice, { businessKey });
        if (already) return asRunDocument(already);
        const original = await tx.findOne(Invoice, { id: input.invoiceId });
        if (!original) throw new NotFoundError(`invoice ${input.invoiceId}`);
        if (original.kind !== 'invoice' || !['issued', 'paid'].includes(original.status)) {
          throw violation([
            { field: 'invoice', code: 'not-creditable', message: `only an issued invoice can be credited (this one is ${original.kind}, ${original.status})` },
          ]);
        }
        const row = tx.create(Invoice, {
          id: randomUUID(),
          employer: original.employer,
          period: input.period,
          kind: 'credit-note',
          purpose: 'full-credit',
          businessKey,
          status: 'draft',
          paymentTermsDays: original.paymentTermsDays,
          language: original.language,
          lines: [],
          vatBreakdown: [],
          lineTotalCents: 0,
          vatCents: 0,
          totalCents: 0,
          correctsInvoice: original.id,
          reason: input.reason,
        });
        applyLines(row, 'credit-note', numbered((original.lines as InvoiceLine[]).map(({ lineNo: _n, ...l }) => l)));
        return asRunDocument(row);
      });
    },

    /**
     * Issues a draft in one transaction: its lines as they stand now, the next number of the
     * year's gapless series (the counter row locked FOR UPDATE, so a rollback gives the number
     * back), the OGM, due date and both parties as they are today; its weeks marked billed; a
     * credit note settles the invoice it corrects. Issuing an issued document answers it again.
     */
    async issueInvoice(input: { invoiceId: string; issueDate: string; actor: Actor; requestId?: string | null }): Promise<RunDocument & { number: string }> {
      return orm.em.fork().transactional(async (tx) => {
        const row = await tx.findOne(Invoice, { id: input.invoiceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!row) throw new NotFoundError(`invoice ${input.invoiceId}`);
        if (row.status !== 'draft') return { ...asRunDocument(row), number: row.number! };
        const { kind, lines } = await currentLines(tx, row, input.issueDate);
        if (!lines.length)
          throw violation([{ field: 'invoice', code: 'nothing-to-bill', message: 'no approved, unbilled hours nor lines are left on this draft' }]);
        applyLines(row, kind, lines);
        const year = Number(input.issueDate.slice(0, 4));
        await sql(tx, 'insert into invoice_sequence (series, year, last_number) values (?, ?, 0) on conflict do nothing', [kind, year]);
        const [counter] = await sql(tx, 'select last_number from invoice_sequence where series = ? and year = ? for update', [kind, year]);
        const sequence = Number(counter?.last_number ?? 0) + 1;
        await sql(tx, 'update invoice_sequence set last_number = ? where series = ? and year = ?', [sequence, kind, year]);

        const employer = await tx.findOneOrFail(Employer, { id: row.employer });
        const terms = await termsOf(tx, row.employer);
        const address = employer.address;
        row.number = documentNumber(kind, year, sequence);
        row.sequenceYear = year;
        row.sequence = sequence;
        row.issueDate = input.issueDate;
        row.dueDate = kind === 'invoice' ? dueDateOf(input.issueDate, row.paymentTermsDays) : null;
        row.structuredCommunication = kind === 'invoice' ? structuredCommunicationFor(year, sequence).digits : null;
        row.seller = {
          name: cooperative.name,
          enterpriseNumber: cooperative.enterpriseNumber,
          vatNumber: vatNumberOf(cooperative.enterpriseNumber),
          address: parseBelgianAddress(cooperative.address),
          iban: invoicing.iban,
          bic: invoicing.bic,
        };
        row.buyer = {
          name: employer.legalName,
          enterpriseNumber: employer.enterpriseNumber,
          vatNumber: vatNumberOf(employer.enterpriseNumber),
          address: address
            ? {
                street: `${address.street} ${address.houseNumber}`.trim(),
                postalCode: address.postalCode,
                city: address.city,
                country: address.country || 'BE',
              }
            : { street: '', postalCode: '', city: '', country: 'BE' },
          reference: terms.buyerReference ?? `TalentCoop ${row.period}`,
        };
        row.status = 'issued';
        row.issuedAt = new Date();
        row.issuedBy = input.actor.userId;

        // A full credit names the weeks it credits; they stay linked to the invoice that billed them.
        const timesheetIds = row.purpose === 'full-credit' ? [] : [...new Set(lines.flatMap((l) => l.weeks.map((w) => w.timesheetId)))];
        if (timesheetIds.length) {
          const marked = await sql(tx, 'update timesheet set invoice_id = ? where id = any(?::uuid[]) and invoice_id is null returning id', [
            row.id,
            `{${timesheetIds.join(',')}}`,
          ]);
          if (marked.length !== timesheetIds.length)
            throw new Error('a week of this invoice was billed by another document meanwhile; issuing again recomputes the lines');
        }
        if (kind === 'credit-note' && row.correctsInvoice) {
          const original = await tx.findOneOrFail(Invoice, { id: row.correctsInvoice }, { lockMode: LockMode.PESSIMISTIC_WRITE });
          const open = await openAmountOf(tx, original);
          const settled = Math.min(open, row.totalCents);
          if (settled > 0)
            tx.create(PaymentAllocation, {
              id: randomUUID(),
              invoice: original.id,
              payment: null,
              creditNote: row.id,
              amountCents: settled,
              bookingDate: input.issueDate,
            });
          if (row.purpose === 'full-credit') original.status = 'credited';
          else if (open - settled <= 0 && original.status === 'issued') {
            original.status = 'paid';
            original.paidAt = new Date();
          }
        }
        recordAudit(tx, {
          actor: input.actor,
          action: `${kind}.issued`,
          subjectType: 'invoice',
          subjectId: row.id,
          requestId: input.requestId,
          idempotencyKey: `invoice-issued:${row.id}`,
          details: { number: row.number, totalCents: row.totalCents, weeks: timesheetIds.length },
        });
        return { ...asRunDocument(row), number: row.number };
      });
    },
  };
}
