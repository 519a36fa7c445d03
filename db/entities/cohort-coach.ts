import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Cohort } from './cohort';
import { UserAccount } from './user-account';

/** A coach (a user account with the coach role) who accompanies entrepreneurs of a cohort. */
export const CohortCoach = defineEntity({
  name: 'CohortCoach',
  tableName: 'cohort_coach',
  properties: (p) => ({
    id: p.uuid().primary(),
    cohort: p.manyToOne(Cohort).mapToPk(),
    coach: p.manyToOne(UserAccount).mapToPk(),
  }),
  uniques: [{ properties: ['cohort', 'coach'] }],
});
export type ICohortCoach = InferEntity<typeof CohortCoach>;
