import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { EmploymentContract } from './employment-contract';

/**
 * One Dimona filed for a contract (IN, OUT or CANCEL). The idempotency key (contract + action)
 * is unique, so a retried submission can never file twice. The payload holds the NISS: encrypted.
 */
export const DimonaDeclaration = defineEntity({
  name: 'DimonaDeclaration',
  tableName: 'dimona_declaration',
  properties: (p) => ({
    id: p.uuid().primary(),
    contract: p.manyToOne(EmploymentContract).mapToPk().index(),
    action: p.string().length(8),
    idempotencyKey: p.string().length(120).unique(),
    status: p.string().length(30),
    onssReference: p.string().length(60).nullable(),
    periodId: p.string().length(60).nullable(),
    payloadCipher: p.text(),
    anomalies: p.json<Array<{ code: string; message: string }>>(),
    submittedAt: p.datetime().onCreate(() => new Date()),
    answeredAt: p.datetime().nullable(),
  }),
});
export type IDimonaDeclaration = InferEntity<typeof DimonaDeclaration>;
