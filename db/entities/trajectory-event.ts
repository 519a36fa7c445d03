import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Participant } from './participant';

/** What happened to a trajectory: paused, resumed, dropped out, completed. Written once per key. */
export const TrajectoryEvent = defineEntity({
  name: 'TrajectoryEvent',
  tableName: 'trajectory_event',
  properties: (p) => ({
    id: p.uuid().primary(),
    participant: p.manyToOne(Participant).mapToPk().index(),
    kind: p.string().length(20),
    onDate: p.date(),
    reason: p.string().length(30).nullable(),
    noteCipher: p.text().nullable(),
    idempotencyKey: p.string().length(200).unique(),
    recordedAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type ITrajectoryEvent = InferEntity<typeof TrajectoryEvent>;
