import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Employer } from './employer';
import { Worker } from './worker';

/**
 * A person who signs in. Employer and worker accounts are tied to their record.
 *
 * Staff and employer contacts sign in with a work e-mail kept in clear (`email`). A worker's
 * e-mail and mobile number are personal identifiers: they are stored encrypted (`*Cipher`) and
 * found by keyed hash (`*Hash`), like the worker's own contact data, and `email` stays null.
 */
export const UserAccount = defineEntity({
  name: 'UserAccount',
  tableName: 'user_account',
  properties: (p) => ({
    id: p.uuid().primary(),
    /** The language this person reads their messages in; null: their worker file's, else their employer's. */
    language: p.string().length(2).nullable(),
    email: p.string().length(254).unique().nullable(),
    emailCipher: p.text().nullable(),
    emailHash: p.string().length(64).unique().nullable(),
    phoneCipher: p.text().nullable(),
    phoneHash: p.string().length(64).unique().nullable(),
    passwordHash: p.string().length(200),
    role: p.string().length(10),
    displayName: p.string().length(200),
    employer: p.manyToOne(Employer).mapToPk().nullable(),
    worker: p.manyToOne(Worker).mapToPk().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastLoginAt: p.datetime().nullable(),
    /** A disabled account cannot sign in, and its tokens stop working at once. */
    disabledAt: p.datetime().nullable(),
    /**
     * Put in every bearer token at sign-in and compared on each request: raising it (sign-out,
     * password change, disablement, role change) ends every session of the account at once.
     */
    sessionVersion: p.integer().default(0),
    /** The current invitation to choose a password: its id is in the link, so a re-sent one replaces the old. */
    invitationId: p.uuid().nullable(),
    invitationChannel: p.string().length(10).nullable(),
    invitationSentAt: p.datetime().nullable(),
    invitationExpiresAt: p.datetime().nullable(),
    invitationUsedAt: p.datetime().nullable(),
  }),
});
export type IUserAccount = InferEntity<typeof UserAccount>;
