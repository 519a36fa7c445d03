import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** A bank statement imported once: its reference (account + statement id/sequence) is the key. */
export const BankStatement = defineEntity({
  name: 'BankStatement',
  tableName: 'bank_statement',
  properties: (p) => ({
    id: p.uuid().primary(),
    reference: p.string().length(200).unique(),
    format: p.string().length(20),
    accountIban: p.string().length(34).nullable(),
    statementDate: p.date(),
    creditCount: p.integer(),
    sha256: p.string().length(64),
    importedBy: p.string().length(120),
    importedAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type IBankStatement = InferEntity<typeof BankStatement>;
