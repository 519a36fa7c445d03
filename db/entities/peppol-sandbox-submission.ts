import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** What the local Peppol access-point sandbox received (it plays the network's part). */
export const PeppolSandboxSubmission = defineEntity({
  name: 'PeppolSandboxSubmission',
  tableName: 'peppol_sandbox_submission',
  properties: (p) => ({
    reference: p.string().length(60).primary(),
    idempotencyKey: p.string().length(120).unique(),
    receiverEndpoint: p.string().length(60),
    documentId: p.string().length(40),
    ublSha256: p.string().length(64),
    receivedAt: p.datetime(),
    answerAfter: p.datetime(),
    outcome: p.string().length(12),
    reason: p.string().length(300).nullable(),
  }),
});
export type IPeppolSandboxSubmission = InferEntity<typeof PeppolSandboxSubmission>;
