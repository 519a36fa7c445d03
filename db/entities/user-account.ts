import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Employer } from './employer';
import { Worker } from './worker';

/** A person who signs in. Employer and worker accounts are tied to their record. */
export const UserAccount = defineEntity({
  name: 'UserAccount',
  tableName: 'user_account',
  properties: (p) => ({
    id: p.uuid().primary(),
    email: p.string().length(254).unique(),
    passwordHash: p.string().length(200),
    role: p.string().length(10),
    displayName: p.string().length(200),
    employer: p.manyToOne(Employer).mapToPk().nullable(),
    worker: p.manyToOne(Worker).mapToPk().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastLoginAt: p.datetime().nullable(),
  }),
});
export type IUserAccount = InferEntity<typeof UserAccount>;
