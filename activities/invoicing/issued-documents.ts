import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InvoiceDocumentKind, InvoiceLanguage, InvoiceLine, InvoicePurpose, VatBreakdownLine } from '../../domain/invoicing/invoice';
import { formatStructuredCommunication } from '../../domain/identifiers/structured-communication';
import { Employer, Invoice, StoredDocument, UserAccount, type IInvoice } from '../../db/entities';
import type { ActivityDeps } from '../deps';
import type { InvoiceDocumentContent } from '../documents/invoice-content';
import { renderInvoicePdf } from '../documents/invoice-pdf';
import { renderInvoiceUbl } from '../documents/invoice-ubl';
import { NotFoundError } from '../errors';
import { termsOf } from './draft-content';
import { storedDocumentContent } from '../../platform/crypto/field-cipher';

/** The facts an issued row holds, as the documents print them. */
export async function contentOf(em: EntityManager, row: IInvoice): Promise<InvoiceDocumentContent> {
  if (!row.number || !row.issueDate || !row.seller || !row.buyer) throw new NotFoundError(`issued invoice ${row.id}`);
  const corrected = row.correctsInvoice ? await em.findOne(Invoice, { id: row.correctsInvoice }, { fields: ['number', 'issueDate'] }) : null;
  return {
    kind: row.kind as InvoiceDocumentKind,
    purpose: row.purpose as InvoicePurpose,
    number: row.number,
    issueDate: row.issueDate,
    dueDate: row.dueDate ?? null,
    paymentTermsDays: row.paymentTermsDays,
    language: row.language as InvoiceLanguage,
    period: row.period,
    reason: row.reason ?? null,
    structuredCommunication: row.structuredCommunication
      ? { digits: row.structuredCommunication, formatted: formatStructuredCommunication(row.structuredCommunication) }
      : null,
    seller: row.seller as unknown as InvoiceDocumentContent['seller'],
    buyer: row.buyer as unknown as InvoiceDocumentContent['buyer'],
    lines: row.lines as InvoiceLine[],
    totals: { lineTotalCents: row.lineTotalCents, vatCents: row.vatCents, totalCents: row.totalCents, vatBreakdown: row.vatBreakdown as VatBreakdownLine[] },
    corrects: corrected?.number && corrected.issueDate ? { number: corrected.number, issueDate: corrected.issueDate } : null,
  };
}

const fileBase = (row: IInvoice) => `${row.kind === 'invoice' ? 'invoice' : 'credit-note'}-${row.number}`;

export function issuedDocumentActivities({ orm, cipher, invoicing }: ActivityDeps) {
  /** Stores a rendered document once per business key (encrypted, immutable); answers its id. */
  const store = async (businessKey: string, kind: string, fileName: string, contentType: string, language: string, bytes: Buffer): Promise<string> => {
    const em = orm.em.fork();
    const documentId = randomUUID();
    await em.getConnection().execute(
      `insert into stored_document (id, kind, business_key, worker_id, file_name, content_type, language, content_cipher, sha256, size_bytes, created_at)
       values (?, ?, ?, null, ?, ?, ?, ?, ?, ?, now()) on conflict (business_key) do nothing`,
      [
        documentId,
        kind,
        businessKey,
        fileName,
        contentType,
        language,
        cipher.encryptBytes(bytes, storedDocumentContent(documentId)),
        createHash('sha256').update(bytes).digest('hex'),
        bytes.length,
      ],
    );
    return (await em.findOneOrFail(StoredDocument, { businessKey }, { fields: ['id'] })).id;
  };

  return {
    /** Renders the issued document as PDF (employer's language) and UBL, stores both once and links them to it. */
    async renderInvoiceDocuments({ invoiceId }: { invoiceId: string }): Promise<{ pdfDocumentId: string; ublDocumentId: string }> {
      const em = orm.em.fork();
      const row = await em.findOne(Invoice, { id: invoiceId });
      if (!row || row.status === 'draft') throw new NotFoundError(`issued invoice ${invoiceId}`);
      if (row.pdfDocumentId && row.ublDocumentId) return { pdfDocumentId: row.pdfDocumentId, ublDocumentId: row.ublDocumentId };
      const content = await contentOf(em, row);
      const pdfDocumentId = await store(
        `invoice-pdf:${row.id}`,
        `${row.kind}-pdf`,
        `${fileBase(row)}.pdf`,
        'application/pdf',
        row.language,
        await renderInvoicePdf(content),
      );
      const ublDocumentId = await store(
        `invoice-ubl:${row.id}`,
        `${row.kind}-ubl`,
        `${fileBase(row)}.xml`,
        'application/xml',
        row.language,
        Buffer.from(renderInvoiceUbl(content), 'utf8'),
      );
      await em
        .getConnection()
        .execute('update invoice set pdf_document_id = coalesce(pdf_document_id, ?), ubl_document_id = coalesce(ubl_document_id, ?) where id = ?', [
          pdfDocumentId,
          ublDocumentId,
          row.id,
        ]);
      return { pdfDocumentId, ublDocumentId };
    },

    /** Sends the issued document by the employer's channel, once per invoice and channel. */
    async deliverInvoice({ invoiceId }: { invoiceId: string }): Promise<{ channel: 'peppol' | 'email'; reference: string }> {
      const em = orm.em.fork();
      const row = await em.findOne(Invoice, { id: invoiceId });
      if (!row?.pdfDocumentId || !row.ublDocumentId) throw new NotFoundError(`rendered invoice ${invoiceId}`);
      const employer = await em.findOneOrFail(Employer, { id: row.employer });
      const terms = await termsOf(em, row.employer);
      const contact = await em.findOne(UserAccount, { employer: row.employer, role: 'employer' }, { orderBy: { createdAt: 'asc' } });
      const recipient = terms.channel === 'peppol' ? (employer.peppolId ?? `0208:${employer.enterpriseNumber}`) : (employer.invoicingEmail ?? contact?.email);
      if (!recipient) throw new NotFoundError(`an invoicing address of employer ${row.employer}`);
      const [pdf, ubl] = await Promise.all([
        em.findOneOrFail(StoredDocument, { id: row.pdfDocumentId }),
        em.findOneOrFail(StoredDocument, { id: row.ublDocumentId }),
      ]);
      const title = row.kind === 'invoice' ? (row.language === 'nl' ? 'Factuur' : 'Facture') : row.language === 'nl' ? 'Creditnota' : 'Note de crédit';
      const { reference } = await invoicing.delivery.send({
        channel: terms.channel,
        recipient,
        documentNumber: row.number!,
        subject: `${title} ${row.number} — ${row.period}`,
        text:
          row.kind === 'invoice'
            ? `${title} ${row.number}: ${(row.totalCents / 100).toFixed(2)} EUR, ${row.language === 'nl' ? 'vervaldag' : 'échéance'} ${row.dueDate}, ${row.language === 'nl' ? 'mededeling' : 'communication'} ${formatStructuredCommunication(row.structuredCommunication!)}.`
            : `${title} ${row.number}: ${(row.totalCents / 100).toFixed(2)} EUR.`,
        pdf: { fileName: pdf.fileName, content: cipher.decryptBytes(pdf.contentCipher, storedDocumentContent(pdf.id)) },
        ubl: { fileName: ubl.fileName, content: cipher.decryptBytes(ubl.contentCipher, storedDocumentContent(ubl.id)).toString('utf8') },
        idempotencyKey: `invoice-delivery:${row.id}:${terms.channel}`,
      });
      await em.getConnection().execute(
        `insert into invoice_delivery (id, invoice, channel, recipient, reference, status, sent_at, created_at) values (?, ?, ?, ?, ?, 'sent', now(), now())
         on conflict (invoice, channel) do update set reference = excluded.reference`,
        [randomUUID(), row.id, terms.channel, recipient, reference],
      );
      return { channel: terms.channel, reference };
    },

    /** Reads the delivery receipt and records it. */
    async readInvoiceDelivery({
      invoiceId,
      channel,
      reference,
    }: {
      invoiceId: string;
      channel: 'peppol' | 'email';
      reference: string;
    }): Promise<{ state: 'pending' | 'delivered' | 'rejected'; detail: string | null }> {
      const answer = await invoicing.delivery.status(channel, reference);
      if (answer.state !== 'pending') {
        await orm.em
          .fork()
          .getConnection()
          .execute(
            `update invoice_delivery set status = ?, detail = ?, delivered_at = case when ? = 'delivered' then now() else null end where invoice = ? and channel = ? and status = 'sent'`,
            [answer.state === 'delivered' ? 'delivered' : 'failed', answer.detail, answer.state, invoiceId, channel],
          );
      }
      return answer;
    },
  };
}
