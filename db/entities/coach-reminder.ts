import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Participant } from './participant';

/**
 * Something the trajectory workflow asks a coach to do (a milestone due in a week, a quarterly
 * review, the final evaluation). Raised once per key; shown in the coach's list until done.
 */
export const CoachReminder = defineEntity({
  name: 'CoachReminder',
  tableName: 'coach_reminder',
  properties: (p) => ({
    id: p.uuid().primary(),
    participant: p.manyToOne(Participant).mapToPk().index(),
    coachId: p.string().length(100).index(),
    kind: p.string().length(40),
    message: p.string().length(500),
    dueDate: p.date(),
    raisedAt: p.datetime().onCreate(() => new Date()),
    idempotencyKey: p.string().length(200).unique(),
  }),
});
export type ICoachReminder = InferEntity<typeof CoachReminder>;
