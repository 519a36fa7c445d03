import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** How an issued document went to the employer: the channel, the gateway's reference and receipt. */
export const InvoiceDelivery = defineEntity({
  name: 'InvoiceDelivery',
  tableName: 'invoice_delivery',
  uniques: [{ properties: ['invoice', 'channel'] }],
  properties: (p) => ({
    id: p.uuid().primary(),
    invoice: p.uuid().index(),
    channel: p.string().length(10),
    recipient: p.string().length(254),
    reference: p.string().length(120).nullable(),
    /** sent | delivered | failed */
    status: p.string().length(12),
    detail: p.string().length(500).nullable(),
    sentAt: p.datetime().nullable(),
    deliveredAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type IInvoiceDelivery = InferEntity<typeof InvoiceDelivery>;
