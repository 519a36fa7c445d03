import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * The local ONSS sandbox's own store: what "ONSS" received and what it answered. It stands in
 * for the remote service; the cooperative's records are in dimona_declaration.
 */
export const OnssSandboxSubmission = defineEntity({
  name: 'OnssSandboxSubmission',
  tableName: 'onss_sandbox_submission',
  properties: (p) => ({
    reference: p.string().length(60).primary(),
    idempotencyKey: p.string().length(120).unique(),
    kind: p.string().length(20),
    receivedAt: p.datetime(),
    answerAfter: p.datetime(),
    outcome: p.string().length(30),
    periodId: p.string().length(60).nullable(),
    anomalies: p.json<Array<{ code: string; message: string }>>(),
  }),
});
export type IOnssSandboxSubmission = InferEntity<typeof OnssSandboxSubmission>;
