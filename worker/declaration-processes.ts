import { ScheduleAlreadyRunning, WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Logger } from 'pino';
import { processIds } from '../domain/process-ids';

/**
 * The declaration processes that run by themselves, made sure of at every worker start (starting
 * twice is harmless): the Schedule that starts the DmfA of the quarter just closed, on the 10th
 * of the month after the quarter at 06:00 Brussels — once the third month's payroll is
 * normally finalised, three weeks before the due date — and the compliance-calendar workflow.
 */
export async function ensureDeclarationProcesses(client: Client, taskQueue: string, logger: Logger): Promise<void> {
  try {
    await client.schedule.create({
      scheduleId: processIds.dmfaSchedule,
      spec: {
        calendars: [
          { comment: 'the 10th of the month after each quarter', month: ['JANUARY', 'APRIL', 'JULY', 'OCTOBER'], dayOfMonth: 10, hour: 6, minute: 0 },
        ],
        timezone: 'Europe/Brussels',
      },
      action: { type: 'startWorkflow', workflowType: 'dmfaAfterQuarterWorkflow', workflowId: 'dmfa-after-quarter', taskQueue, args: [] },
    });
    logger.info({ scheduleId: processIds.dmfaSchedule }, 'DmfA schedule created');
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
  try {
    await client.workflow.start('complianceCalendarWorkflow', { workflowId: processIds.complianceCalendar, taskQueue, args: [] });
    logger.info('compliance calendar started');
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}
