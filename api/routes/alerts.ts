import { z } from 'zod';
import { recordAudit } from '../../db/audit';
import { Alert, type IAlert } from '../../db/entities';
import { resolveClearedAlerts, statusOf } from '../alerts/alert-records';
import { problems } from '../http/problem';
import { EXAMPLE_IDS, exampleOf } from '../http/examples';
import { defineRoute } from '../http/route';
import { todayInBrussels } from '../workers/clock';

const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;

const alertView = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    severity: z.enum(['info', 'warning', 'critical']),
    subjectType: z.string(),
    subjectId: z.string(),
    workerId: z.uuid().nullable(),
    message: z.string(),
    raisedAt: z.string(),
    status: z
      .enum(ALERT_STATUSES)
      .meta({ description: 'open; acknowledged by an administrator (with a note); resolved when the condition that raised it cleared' }),
    resolvedAt: z.string().nullable(),
    resolution: z.string().nullable().meta({ description: 'Why it ended on its own, in words' }),
    acknowledgedAt: z.string().nullable(),
    acknowledgedBy: z.string().nullable(),
    acknowledgementNote: z.string().nullable(),
  })
  .meta({
    id: 'Alert',
    example: {
      id: EXAMPLE_IDS.alert,
      kind: 'timesheet-approval-escalated',
      severity: 'warning',
      subjectType: 'placement',
      subjectId: EXAMPLE_IDS.placement,
      workerId: EXAMPLE_IDS.worker,
      message: 'The employer has not answered for 72 h about week 2026-W50: call them or approve it in their name.',
      raisedAt: '2026-12-14T13:45:00.000Z',
      status: 'acknowledged',
      resolvedAt: null,
      resolution: null,
      acknowledgedAt: '2026-12-14T15:02:00.000Z',
      acknowledgedBy: 'Nadia Peeters',
      acknowledgementNote: 'Called Sofie Janssens: she approves tomorrow morning.',
    },
  });

const toView = (a: IAlert): z.infer<typeof alertView> => ({
  id: a.id,
  kind: a.kind,
  severity: a.severity as 'info' | 'warning' | 'critical',
  subjectType: a.subjectType,
  subjectId: a.subjectId,
  workerId: a.workerId ?? null,
  message: a.message,
  raisedAt: a.raisedAt.toISOString(),
  status: statusOf(a),
  resolvedAt: a.resolvedAt?.toISOString() ?? null,
  resolution: a.resolution ?? null,
  acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
  acknowledgedBy: a.acknowledgedBy ?? null,
  acknowledgementNote: a.acknowledgementNote ?? null,
});

export const listAlertsRoute = defineRoute({
  method: 'get',
  path: '/alerts',
  summary: 'What is stuck and why',
  description: 'Open alerts by default, newest first; those whose condition cleared end on their own (resolved).',
  operationId: 'listAlerts',
  tags: ['Alerts'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: {
    query: z.object({
      status: z
        .enum([...ALERT_STATUSES, 'all'])
        .optional()
        .meta({ description: 'open (default), acknowledged, resolved or all' }),
      kind: z.string().max(60).optional(),
      workerId: z.uuid().optional(),
    }),
  },
  responses: {
    200: { description: 'Alerts', schema: z.object({ alerts: z.array(alertView) }).meta({ id: 'Alerts', example: { alerts: [exampleOf(alertView)] } }) },
  },
  handler: async ({ query, deps }) => {
    const em = deps.orm.em.fork();
    await resolveClearedAlerts(em, todayInBrussels());
    const status = query.status ?? 'open';
    const byStatus = {
      open: { resolvedAt: null, acknowledgedAt: null },
      acknowledged: { resolvedAt: null, acknowledgedAt: { $ne: null } },
      resolved: { resolvedAt: { $ne: null } },
      all: {},
    }[status];
    const alerts = await em.find(
      Alert,
      { ...byStatus, ...(query.kind ? { kind: query.kind } : {}), ...(query.workerId ? { workerId: query.workerId } : {}) },
      { orderBy: { raisedAt: 'desc' }, limit: 500 },
    );
    return { status: 200, body: { alerts: alerts.map(toView) } };
  },
});

export const acknowledgeAlertRoute = defineRoute({
  method: 'post',
  path: '/alerts/{alertId}/acknowledgement',
  summary: 'Acknowledge an alert with a note',
  description: 'The note says what is being done about it; the alert leaves the open list and stays on record.',
  operationId: 'acknowledgeAlert',
  tags: ['Alerts'],
  changes: 'Marks the alert acknowledged with the note, by whom and when; records it in the audit log.',
  roles: ['admin'],
  request: {
    params: z.object({ alertId: z.uuid() }),
    body: z
      .object({ note: z.string().trim().min(3).max(500).meta({ description: 'What is being done, 3 to 500 characters' }) })
      .strict()
      .meta({ id: 'AlertAcknowledgement', example: { note: 'Called Sofie Janssens: she approves tomorrow morning.' } }),
  },
  responses: {
    200: { description: 'Acknowledged', schema: alertView },
    404: { description: 'No such alert' },
    422: { description: 'Already acknowledged or resolved' },
  },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const alert = await em.findOne(Alert, { id: params.alertId });
    if (!alert) throw problems.notFound('alert');
    if (alert.resolvedAt)
      throw problems.unprocessable(
        'already-resolved',
        `This alert ended on ${alert.resolvedAt.toISOString().slice(0, 10)}: ${alert.resolution ?? 'resolved'}.`,
        [{ field: 'alertId', code: 'already-resolved', message: 'the alert is resolved' }],
      );
    if (alert.acknowledgedAt)
      throw problems.unprocessable('already-acknowledged', 'This alert is already acknowledged.', [
        { field: 'alertId', code: 'already-acknowledged', message: 'the alert is already acknowledged' },
      ]);
    alert.acknowledgedAt = new Date();
    alert.acknowledgedBy = principal!.userId;
    alert.acknowledgementNote = body.note;
    recordAudit(em, {
      actor: principal!,
      action: 'alert.acknowledged',
      subjectType: 'alert',
      subjectId: alert.id,
      workerId: alert.workerId ?? null,
      requestId,
    });
    await em.flush();
    return { status: 200, body: toView(alert) };
  },
});
