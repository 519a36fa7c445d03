import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { MilestoneDefinition } from '../../domain/trajectory/milestones';

/** A group of entrepreneurs who start the two-year trajectory together, with their coaches. */
export const Cohort = defineEntity({
  name: 'Cohort',
  tableName: 'cohort',
  properties: (p) => ({
    id: p.uuid().primary(),
    name: p.string().length(120).unique(),
    startDate: p.date(),
    /** The cohort's milestone plan (the standard one unless the cohort defined its own). */
    milestonePlan: p.json<MilestoneDefinition[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type ICohort = InferEntity<typeof Cohort>;
