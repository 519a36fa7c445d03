import { z } from 'zod';
import { Alert } from '../../db/entities';
import { defineRoute } from '../http/route';

const alertView = z.object({
  id: z.uuid(),
  kind: z.string(),
  severity: z.enum(['info', 'warning', 'critical']),
  subjectType: z.string(),
  subjectId: z.string(),
  workerId: z.uuid().nullable(),
  message: z.string(),
  raisedAt: z.string(),
});

export const listAlertsRoute = defineRoute({
  method: 'get',
  path: '/alerts',
  summary: 'What is stuck and why: open alerts, newest first',
  tags: ['alerts'],
  roles: ['admin'],
  request: { query: z.object({ kind: z.string().max(60).optional(), workerId: z.uuid().optional() }) },
  responses: { 200: { description: 'Open alerts', schema: z.object({ alerts: z.array(alertView) }).meta({ id: 'Alerts' }) } },
  handler: async ({ query, deps }) => {
    const alerts = await deps.orm.em.fork().find(
      Alert,
      { resolvedAt: null, ...(query.kind ? { kind: query.kind } : {}), ...(query.workerId ? { workerId: query.workerId } : {}) },
      { orderBy: { raisedAt: 'desc' }, limit: 500 },
    );
    return {
      status: 200,
      body: {
        alerts: alerts.map((a) => ({
          id: a.id, kind: a.kind, severity: a.severity as 'info' | 'warning' | 'critical', subjectType: a.subjectType, subjectId: a.subjectId,
          workerId: a.workerId ?? null, message: a.message, raisedAt: a.raisedAt.toISOString(),
        })),
      },
    };
  },
});
