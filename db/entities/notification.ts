import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * The outbox of messages to people (invitations, approval links, one-time codes, notices),
 * written in the same transaction as the fact they announce and delivered by the outbox relay
 * (worker/outbox-relay.ts) through the e-mail or SMS port. The secret part of a message (a link
 * or a code) is kept apart from the body in `link`, never shown by the API, and erased once the
 * message is delivered: the outbox shows that a message went, not its secret.
 */
export const Notification = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: (p) => ({
    id: p.uuid().primary(),
    idempotencyKey: p.string().length(200).unique(),
    /** 'email' or 'sms'. */
    channel: p.string().length(10).default('email'),
    /** The e-mail address; null for an SMS, whose number is read (encrypted) from the worker's file at delivery. */
    recipientEmail: p.string().length(254).nullable(),
    recipientUserId: p.uuid().nullable().index(),
    recipientWorkerId: p.uuid().nullable(),
    language: p.string().length(2).nullable(),
    kind: p.string().length(60),
    subject: p.string().length(200),
    body: p.text(),
    link: p.text().nullable(),
    /** The message carried a secret (link or code); stays true after the secret is erased. */
    carriesSecret: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
    sentAt: p.datetime().nullable().index(),
    attempts: p.integer().default(0),
    nextAttemptAt: p.datetime().nullable(),
    lastErrorCode: p.string().length(100).nullable(),
    messageId: p.string().length(300).nullable(),
  }),
});
export type INotification = InferEntity<typeof Notification>;
