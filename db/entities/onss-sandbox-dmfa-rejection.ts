import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * An instruction to the local ONSS sandbox (development, demo and tests only): answer the next
 * DmfA that names this worker (by NaturalPersonUserReference, the worker code) with an anomaly.
 * Consumed by the batch it rejects, so the corrected version goes through.
 */
export const OnssSandboxDmfaRejection = defineEntity({
  name: 'OnssSandboxDmfaRejection',
  tableName: 'onss_sandbox_dmfa_rejection',
  properties: (p) => ({
    workerReference: p.string().length(20).primary(),
    reason: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
    consumedBy: p.string().length(60).nullable(),
  }),
});
export type IOnssSandboxDmfaRejection = InferEntity<typeof OnssSandboxDmfaRejection>;
