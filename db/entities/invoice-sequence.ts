import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * The last number given in a gapless series (invoices, credit notes) of one year. Issuing locks
 * the row (SELECT … FOR UPDATE) in the issuing transaction: a rolled-back issue gives its number
 * back, and two issues never take the same one.
 */
export const InvoiceSequence = defineEntity({
  name: 'InvoiceSequence',
  tableName: 'invoice_sequence',
  properties: (p) => ({
    series: p.string().length(20).primary(),
    year: p.integer().primary(),
    lastNumber: p.integer(),
  }),
});
export type IInvoiceSequence = InferEntity<typeof InvoiceSequence>;
