import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** A reminder sent about an unpaid invoice, once per step of the ladder. */
export const InvoiceReminder = defineEntity({
  name: 'InvoiceReminder',
  tableName: 'invoice_reminder',
  uniques: [{ properties: ['invoice', 'kind'] }],
  properties: (p) => ({
    id: p.uuid().primary(),
    invoice: p.uuid().index(),
    kind: p.string().length(30),
    sentOn: p.date(),
    openCents: p.integer(),
    interestCents: p.integer(),
    lumpSumCents: p.integer(),
    claim: p.json<Record<string, unknown>>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type IInvoiceReminder = InferEntity<typeof InvoiceReminder>;
