import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Cohort } from './cohort';

/**
 * A group session of a cohort: a module session of the intensive training or a workshop of the
 * collective programme. One per cohort, phase, title and day, so recording it twice is harmless.
 */
export const GroupSession = defineEntity({
  name: 'GroupSession',
  tableName: 'group_session',
  properties: (p) => ({
    id: p.uuid().primary(),
    cohort: p.manyToOne(Cohort).mapToPk(),
    phase: p.string().length(30),
    title: p.string().length(160),
    module: p.string().length(120).nullable(),
    heldOn: p.date(),
    durationMinutes: p.smallint(),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
  uniques: [{ properties: ['cohort', 'phase', 'title', 'heldOn'] }],
});
export type IGroupSession = InferEntity<typeof GroupSession>;
