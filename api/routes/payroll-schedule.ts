import { processIds } from '../../domain/process-ids';
import { recordAudit } from '../../db/audit';
import { scheduleRequest, scheduleView } from '../payroll/schemas';
import { problems } from '../http/problem';
import { defineRoute } from '../http/route';
import type { ApiDeps } from '../deps';
import { ScheduleNotFoundError } from '@temporalio/client';

async function describe(deps: ApiDeps) {
  const handle = deps.temporal.schedule.getHandle(processIds.payrollSchedule(deps.config.TEMPORAL_TASK_QUEUE));
  try {
    const d = await handle.describe();
    return {
      scheduleId: d.scheduleId,
      paused: d.state.paused,
      note: d.state.note ?? null,
      dayOfMonth: deps.config.PAYROLL_SCHEDULE_DAY,
      nextRuns: d.info.nextActionTimes.slice(0, 3).map((t) => t.toISOString()),
    };
  } catch (err) {
    if (err instanceof ScheduleNotFoundError) throw problems.notFound('payroll schedule (the worker creates it at start-up)');
    throw err;
  }
}

export const getPayrollScheduleRoute = defineRoute({
  method: 'get',
  path: '/payroll-schedule',
  summary: 'The monthly payroll schedule: whether it runs, and when next',
  operationId: 'getPayrollSchedule',
  tags: ['Payroll'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  responses: { 200: { description: 'The schedule', schema: scheduleView }, 404: { description: 'Not created yet' } },
  handler: async ({ deps }) => ({ status: 200, body: await describe(deps) }),
});

export const changePayrollScheduleRoute = defineRoute({
  method: 'put',
  path: '/payroll-schedule',
  summary: 'Pause or resume the monthly payroll schedule',
  description: 'With a note saying why; the Temporal Schedule keeps it.',
  operationId: 'changePayrollSchedule',
  tags: ['Payroll'],
  changes: 'Pauses or resumes the Temporal Schedule that starts each month’s run; records it in the audit log.',
  roles: ['admin'],
  request: { body: scheduleRequest },
  responses: { 200: { description: 'The schedule', schema: scheduleView }, 404: { description: 'Not created yet' } },
  handler: async ({ body, principal, deps, requestId }) => {
    await describe(deps);
    const handle = deps.temporal.schedule.getHandle(processIds.payrollSchedule(deps.config.TEMPORAL_TASK_QUEUE));
    const note = body.note ?? `${body.paused ? 'paused' : 'resumed'} by an administrator`;
    if (body.paused) await handle.pause(note);
    else await handle.unpause(note);
    const em = deps.orm.em.fork();
    recordAudit(em, {
      actor: principal!,
      action: body.paused ? 'payroll-schedule.paused' : 'payroll-schedule.resumed',
      subjectType: 'payroll-schedule',
      subjectId: processIds.payrollSchedule(deps.config.TEMPORAL_TASK_QUEUE),
      requestId,
    });
    await em.flush();
    return { status: 200, body: await describe(deps) };
  },
});
