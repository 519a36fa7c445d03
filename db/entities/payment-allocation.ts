import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** Part of a payment (or of a credit note) settling an invoice. Once per payment (credit note) and invoice. */
export const PaymentAllocation = defineEntity({
  name: 'PaymentAllocation',
  tableName: 'payment_allocation',
  uniques: [{ properties: ['payment', 'invoice'] }, { properties: ['creditNote', 'invoice'] }],
  properties: (p) => ({
    id: p.uuid().primary(),
    invoice: p.uuid().index(),
    payment: p.uuid().nullable(),
    creditNote: p.uuid().nullable(),
    amountCents: p.integer(),
    bookingDate: p.date(),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type IPaymentAllocation = InferEntity<typeof PaymentAllocation>;
