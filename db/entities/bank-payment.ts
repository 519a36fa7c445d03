import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { BankStatement } from './bank-statement';

/**
 * A credit on the cooperative's account from an imported statement. Matched to an invoice (by OGM,
 * or by payer and amount), or waiting in the review queue until an admin assigns it. What is paid
 * beyond the invoice stays as the employer's credit. The payer's account number is encrypted.
 */
export const BankPayment = defineEntity({
  name: 'BankPayment',
  tableName: 'bank_payment',
  properties: (p) => ({
    id: p.uuid().primary(),
    statement: p.manyToOne(BankStatement).mapToPk().index(),
    /** Statement reference + entry reference: the same entry is never imported twice. */
    entryKey: p.string().length(300).unique(),
    bookingDate: p.date(),
    amountCents: p.integer(),
    structuredCommunication: p.string().length(12).nullable(),
    communication: p.string().length(500).nullable(),
    counterpartyName: p.string().length(140).nullable(),
    counterpartyIbanCipher: p.text().nullable(),
    counterpartyIbanHash: p.string().length(64).nullable().index(),
    employerId: p.uuid().nullable().index(),
    /** matched | unmatched | assigned */
    status: p.string().length(12),
    matchedBy: p.string().length(30).nullable(),
    unmatchedReason: p.string().length(200).nullable(),
    /** Part of the credit not allocated to an invoice: the employer's credit. */
    creditCents: p.integer(),
    line: p.integer(),
    assignedBy: p.string().length(120).nullable(),
    assignedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type IBankPayment = InferEntity<typeof BankPayment>;
