import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Employer } from './employer';

/**
 * An invoice or credit note to an employer. A draft may change; once issued (numbered), a database
 * trigger refuses any change but its settlement status (paid, credited) and the one-time links to
 * its rendered PDF and UBL, and refuses deletion. A correction is a new document.
 */
export const Invoice = defineEntity({
  name: 'Invoice',
  tableName: 'invoice',
  properties: (p) => ({
    id: p.uuid().primary(),
    employer: p.manyToOne(Employer).mapToPk().index(),
    /** The run (YYYY-MM) that drafted it; its workflow is invoice:<employerId>:<period>. */
    period: p.string().length(7),
    kind: p.string().length(12),
    purpose: p.string().length(20),
    /** One document per purpose: `period:<employer>:<YYYY-MM>`, `correction:<employer>:<YYYY-MM>:<invoice>`, `full-credit:<invoice>`. */
    businessKey: p.string().length(200).unique(),
    status: p.string().length(12),
    number: p.string().length(20).nullable().unique(),
    sequenceYear: p.integer().nullable(),
    sequence: p.integer().nullable(),
    issueDate: p.date().nullable(),
    dueDate: p.date().nullable(),
    paymentTermsDays: p.integer(),
    language: p.string().length(2),
    structuredCommunication: p.string().length(12).nullable().unique(),
    seller: p.json<Record<string, unknown>>().nullable(),
    buyer: p.json<Record<string, unknown>>().nullable(),
    lines: p.json<unknown[]>(),
    vatBreakdown: p.json<unknown[]>(),
    lineTotalCents: p.integer(),
    vatCents: p.integer(),
    totalCents: p.integer(),
    correctsInvoice: p.uuid().nullable().index(),
    reason: p.string().length(300).nullable(),
    pdfDocumentId: p.uuid().nullable(),
    ublDocumentId: p.uuid().nullable(),
    issuedAt: p.datetime().nullable(),
    issuedBy: p.string().length(120).nullable(),
    paidAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
});
export type IInvoice = InferEntity<typeof Invoice>;
