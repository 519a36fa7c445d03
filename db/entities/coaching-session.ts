import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Participant } from './participant';

/** An individual coaching session, logged by the coach: when, how long, what, and what next. */
export const CoachingSession = defineEntity({
  name: 'CoachingSession',
  tableName: 'coaching_session',
  properties: (p) => ({
    id: p.uuid().primary(),
    participant: p.manyToOne(Participant).mapToPk().index(),
    coachId: p.string().length(100),
    heldOn: p.date(),
    durationMinutes: p.smallint(),
    topics: p.json<string[]>(),
    nextStepsCipher: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type ICoachingSession = InferEntity<typeof CoachingSession>;
