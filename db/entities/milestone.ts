import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Participant } from './participant';

/**
 * A business milestone of a participant: its due date (moved by pauses), and once reached the
 * day and the evidence. The evidence may name legal obstacles: encrypted.
 */
export const Milestone = defineEntity({
  name: 'Milestone',
  tableName: 'milestone',
  properties: (p) => ({
    id: p.uuid().primary(),
    participant: p.manyToOne(Participant).mapToPk(),
    code: p.string().length(60),
    title: p.string().length(120),
    dueDate: p.date(),
    originalDueDate: p.date(),
    requiresObstacles: p.boolean().default(false),
    status: p.string().length(12),
    completedOn: p.date().nullable(),
    evidenceCipher: p.text().nullable(),
    completedBy: p.string().length(100).nullable(),
  }),
  uniques: [{ properties: ['participant', 'code'] }],
});
export type IMilestone = InferEntity<typeof Milestone>;
