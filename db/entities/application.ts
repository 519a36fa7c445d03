import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Cohort } from './cohort';

/**
 * An application to a cohort: the project idea, the motivation and the selection grid, then the
 * decision with its reason. Pseudonymous: a display name, never identity documents.
 */
export const Application = defineEntity({
  name: 'Application',
  tableName: 'application',
  properties: (p) => ({
    id: p.uuid().primary(),
    cohort: p.manyToOne(Cohort).mapToPk().index(),
    displayName: p.string().length(120),
    language: p.string().length(2),
    projectIdea: p.string().length(2000),
    motivation: p.string().length(2000),
    /** The selection grid: criterion → 1..5. */
    scores: p.json<Record<string, number>>(),
    totalScore: p.integer(),
    decision: p.string().length(12),
    decisionReason: p.string().length(500).nullable(),
    decidedAt: p.datetime().nullable(),
    decidedBy: p.string().length(100).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type IApplication = InferEntity<typeof Application>;
