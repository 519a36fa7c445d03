import { WithStartWorkflowOperation } from '@temporalio/client';
import { processIds } from '../../domain/process-ids';
import { DEFAULT_APPROVAL_POLICY } from '../../domain/timesheets/timesheet';
import { addDays } from '../../domain/time/dates';
import { isoWeekOfDate, mondayOfIsoWeek, previousIsoWeek } from '../../domain/time/iso-week';
import { todayInBrussels } from '../../api/workers/clock';
import { saveEntriesUpdate, submitTimesheetUpdate, timesheetWorkflow } from '../../workflows/timesheet';
import { insertPlacement, insertWorker } from './fixtures';
import type { TestPlatform } from './platform';

export interface SubmittedWeekFixture {
  placementId: string;
  employerId: string;
  workerId: string;
  isoWeek: string;
  /** Where the week's decision is asked for. */
  decisionPath: string;
}

/**
 * A placement with last week worked (a Monday of 8 h) and submitted by the worker, its timesheet
 * process running, waiting for the employer's answer — as after the worker pressed "submit".
 */
export async function submittedWeek(platform: TestPlatform): Promise<SubmittedWeekFixture> {
  const today = todayInBrussels();
  const isoWeek = previousIsoWeek(isoWeekOfDate(today));
  const startDate = mondayOfIsoWeek(isoWeek);
  const endDate = addDays(today, 60);
  const workerId = await insertWorker(platform.db);
  const { placementId, employerId } = await insertPlacement(platform.db, workerId, { startDate, endDate });
  const worker = { userId: `worker-of-${workerId}`, role: 'worker' as const };
  const workflowId = processIds.timesheet(placementId, isoWeek);
  await platform.temporal.workflow.executeUpdateWithStart(saveEntriesUpdate, {
    args: [{ entries: [{ date: startDate, start: '08:00', end: '16:30', breakMinutes: 30, kind: 'regular' }], actor: worker }],
    startWorkflowOperation: new WithStartWorkflowOperation(timesheetWorkflow, {
      workflowId,
      taskQueue: platform.config.TEMPORAL_TASK_QUEUE,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [{ placementId, workerId, employerId, isoWeek, placementStart: startDate, placementEnd: endDate, policy: DEFAULT_APPROVAL_POLICY }],
    }),
  });
  await platform.temporal.workflow.getHandle(workflowId).executeUpdate(submitTimesheetUpdate, { args: [{ actor: worker }] });
  return { placementId, employerId, workerId, isoWeek, decisionPath: `/api/v1/placements/${placementId}/timesheets/${isoWeek}/decision` };
}
