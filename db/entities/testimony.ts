import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Participant } from './participant';

/**
 * A participant's own words about the trajectory, for the public documentation. It is published
 * only while the participant's testimony consent holds, and never with their name.
 */
export const Testimony = defineEntity({
  name: 'Testimony',
  tableName: 'testimony',
  properties: (p) => ({
    id: p.uuid().primary(),
    participant: p.manyToOne(Participant).mapToPk().index(),
    text: p.string().length(2000),
    language: p.string().length(2),
    recordedOn: p.date(),
  }),
});
export type ITestimony = InferEntity<typeof Testimony>;
