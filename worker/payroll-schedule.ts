import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import type { AppConfig } from '../platform/config';
import { BUSINESS_TIME_ZONE } from '../domain/time/brussels';
import { processIds } from '../domain/process-ids';
import { brusselsDateOf } from '../domain/time/brussels';
import type { ActivityDeps } from '../activities';
import { payrollRunActivities } from '../activities/payroll-runs';

/**
 * The monthly payroll schedule: on PAYROLL_SCHEDULE_DAY of each month at 06:00 Brussels time it
 * opens the run of the month that ended. Created once; at every later start it is found as it is
 * (paused stays paused).
 */
export async function ensurePayrollSchedule(client: Client, config: AppConfig): Promise<'created' | 'present'> {
  try {
    await client.schedule.create({
      scheduleId: processIds.payrollSchedule(config.TEMPORAL_TASK_QUEUE),
      spec: { calendars: [{ dayOfMonth: config.PAYROLL_SCHEDULE_DAY, hour: 6, minute: 0 }], timezone: BUSINESS_TIME_ZONE },
      action: { type: 'startWorkflow', workflowType: 'scheduledPayrollRunWorkflow', taskQueue: config.TEMPORAL_TASK_QUEUE, args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '3 days' },
      state: { note: 'Opens the payroll run of the month that ended; an administrator approves it.' },
    });
    return 'created';
  } catch (err) {
    if (err instanceof ScheduleAlreadyRunning) return 'present';
    throw err;
  }
}

/**
 * What the worker does once at start: the payroll schedule exists, and the administrators are
 * warned (log and alert) from 60 days before the payroll parameters' official values or their
 * carried-forward values run out.
 */
export async function prepareWorkerStart(config: AppConfig, deps: ActivityDeps, client: Client): Promise<void> {
  const schedule = await ensurePayrollSchedule(client, config);
  deps.logger.info({ schedule }, 'payroll schedule ready');
  const warnings = await payrollRunActivities(deps).raiseParameterCoverageAlerts({ today: brusselsDateOf(Date.now()) });
  for (const message of warnings) deps.logger.warn(message);
}
