import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * The outbox of messages to people (approval links, reminders, notices). A sender delivers them;
 * nothing in this engine sends e-mail itself yet, so the outbox is also where admins see them.
 */
export const Notification = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: (p) => ({
    id: p.uuid().primary(),
    idempotencyKey: p.string().length(200).unique(),
    recipientEmail: p.string().length(254),
    recipientUserId: p.uuid().nullable().index(),
    kind: p.string().length(60),
    subject: p.string().length(200),
    body: p.text(),
    link: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    sentAt: p.datetime().nullable(),
  }),
});
export type INotification = InferEntity<typeof Notification>;
