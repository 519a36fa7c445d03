import { z } from 'zod';
import { Notification } from '../../db/entities';
import { defineRoute } from '../http/route';

const notificationView = z.object({
  id: z.uuid(), recipientEmail: z.string(), kind: z.string(), subject: z.string(), body: z.string(), link: z.string().nullable(), createdAt: z.string(), sentAt: z.string().nullable(),
});

export const listNotificationsRoute = defineRoute({
  method: 'get',
  path: '/notifications',
  summary: 'The outbox of messages to people (approval links, reminders, notices), newest first',
  tags: ['notifications'],
  roles: ['admin'],
  request: { query: z.object({ recipientEmail: z.email().optional(), kind: z.string().max(60).optional() }) },
  responses: { 200: { description: 'Messages', schema: z.object({ notifications: z.array(notificationView) }).meta({ id: 'Notifications' }) } },
  handler: async ({ query, deps }) => {
    const rows = await deps.orm.em.fork().find(
      Notification,
      { ...(query.recipientEmail ? { recipientEmail: query.recipientEmail.toLowerCase() } : {}), ...(query.kind ? { kind: query.kind } : {}) },
      { orderBy: { createdAt: 'desc' }, limit: 200 },
    );
    return {
      status: 200,
      body: {
        notifications: rows.map((n) => ({
          id: n.id, recipientEmail: n.recipientEmail, kind: n.kind, subject: n.subject, body: n.body, link: n.link ?? null,
          createdAt: n.createdAt.toISOString(), sentAt: n.sentAt?.toISOString() ?? null,
        })),
      },
    };
  },
});
