import { z } from 'zod';
import { Notification } from '../../db/entities';
import { EXAMPLE_IDS, exampleOf } from '../http/examples';
import { defineRoute } from '../http/route';

const notificationView = z
  .object({
    id: z.uuid(),
    channel: z.enum(['email', 'sms']),
    recipientEmail: z.string().nullable().meta({ description: 'null for an SMS (the number stays encrypted in the worker file)' }),
    recipientUserId: z.uuid().nullable(),
    kind: z.string(),
    language: z.string().nullable(),
    subject: z.string(),
    body: z.string().meta({ description: 'The text without its secret: a link or a code is never shown here' }),
    carriesSecret: z.boolean().meta({ description: 'The message carries a link or a code (delivered to the recipient only, erased once sent)' }),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    attempts: z.number().int(),
    lastErrorCode: z.string().nullable(),
  })
  .meta({
    id: 'Notification',
    example: {
      id: EXAMPLE_IDS.notification,
      channel: 'email',
      recipientEmail: 'sofie.janssens@zorghuis-linde.example',
      recipientUserId: EXAMPLE_IDS.employerUser,
      kind: 'timesheet-approval-request',
      language: 'nl',
      subject: 'Uren goed te keuren: Amadou, week 2026-W50',
      body: 'Amadou heeft de uren van week 2026-W50 ingediend. Open de link om ze goed te keuren of te betwisten.',
      carriesSecret: true,
      createdAt: '2026-12-11T13:45:01.000Z',
      sentAt: '2026-12-11T13:45:04.000Z',
      attempts: 1,
      lastErrorCode: null,
    },
  });

export const listNotificationsRoute = defineRoute({
  method: 'get',
  path: '/notifications',
  summary: 'The outbox: which message went to whom, and whether it was delivered',
  description:
    'The newest 200 messages of the outbox (invitations, approval requests, one-time codes, notices) with their delivery state: `sentAt`, attempts and the last error code. It shows that a message went, never its secret: approval links, invitation links and codes reach their recipient only (separation of duties).',
  operationId: 'listNotifications',
  tags: ['Notifications'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: { query: z.object({ recipientEmail: z.email().optional(), kind: z.string().max(60).optional(), recipientUserId: z.uuid().optional() }) },
  responses: {
    200: {
      description: 'Messages, newest first',
      schema: z.object({ notifications: z.array(notificationView) }).meta({ id: 'Notifications', example: { notifications: [exampleOf(notificationView)] } }),
    },
  },
  handler: async ({ query, deps }) => {
    const rows = await deps.orm.em.fork().find(
      Notification,
      {
        ...(query.recipientEmail ? { recipientEmail: query.recipientEmail.toLowerCase() } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.recipientUserId ? { recipientUserId: query.recipientUserId } : {}),
      },
      { orderBy: { createdAt: 'desc' }, limit: 200 },
    );
    return {
      status: 200,
      body: {
        notifications: rows.map((n) => ({
          id: n.id,
          channel: n.channel === 'sms' ? ('sms' as const) : ('email' as const),
          recipientEmail: n.recipientEmail ?? null,
          recipientUserId: n.recipientUserId ?? null,
          kind: n.kind,
          language: n.language ?? null,
          subject: n.subject,
          body: n.body,
          carriesSecret: n.carriesSecret,
          createdAt: n.createdAt.toISOString(),
          sentAt: n.sentAt?.toISOString() ?? null,
          attempts: n.attempts,
          lastErrorCode: n.lastErrorCode ?? null,
        })),
      },
    };
  },
});
