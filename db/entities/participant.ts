import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Application } from './application';
import { Cohort } from './cohort';
import { UserAccount } from './user-account';

/**
 * An entrepreneur in the trajectory. Pseudonymous (a display name chosen with them); the coach
 * sees only their own. Consent flags govern what may appear in public documentation.
 */
export const Participant = defineEntity({
  name: 'Participant',
  tableName: 'participant',
  properties: (p) => ({
    id: p.uuid().primary(),
    cohort: p.manyToOne(Cohort).mapToPk().index(),
    application: p.manyToOne(Application).mapToPk().unique(),
    displayName: p.string().length(120),
    language: p.string().length(2),
    coach: p.manyToOne(UserAccount).mapToPk().index(),
    status: p.string().length(30),
    selectedOn: p.date(),
    intakeDue: p.date(),
    consentTestimony: p.boolean().default(false),
    consentPhotos: p.boolean().default(false),
    consentRecordedAt: p.datetime().nullable(),
    outcome: p.string().length(30).nullable(),
    exitReason: p.string().length(300).nullable(),
    leftOn: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
});
export type IParticipant = InferEntity<typeof Participant>;
