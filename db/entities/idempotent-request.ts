import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A change request sent with an `Idempotency-Key`: the same key from the same caller gets the
 * same answer, so a retried "create" never creates twice. The answer is kept encrypted (it may
 * name a person) and only for a day. `status` is null while the first request is still running:
 * its run holds the claim (`claimToken`) until `leaseUntil`, renewing it while it works; a lapsed
 * claim is taken over by the next request with the key (see api/http/idempotency.ts).
 */
export const IdempotentRequest = defineEntity({
  name: 'IdempotentRequest',
  tableName: 'idempotent_request',
  properties: (p) => ({
    caller: p.string().length(36).primary(),
    key: p.string().length(200).primary(),
    requestHash: p.string().length(64),
    status: p.integer().nullable(),
    answerCipher: p.text().nullable(),
    claimToken: p.string().length(36).nullable(),
    leaseUntil: p.datetime().nullable(),
    createdAt: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
  }),
});
export type IIdempotentRequest = InferEntity<typeof IdempotentRequest>;
