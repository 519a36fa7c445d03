import { continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { brusselsDateOf } from '../domain/time/brussels';
import { addDays, compareDates } from '../domain/time/dates';
import { sleepUntilDayOrChange, NON_RETRYABLE_FAILURES } from './support';

const { raiseComplianceAlerts } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumInterval: '5 minutes', nonRetryableErrorTypes: NON_RETRYABLE_FAILURES },
});

/** At most this long between two looks, so a permit or a rule added meanwhile is seen. */
const LONGEST_SLEEP_DAYS = 31;
const RUNS_BEFORE_CONTINUE_AS_NEW = 60;

/**
 * The compliance calendar (one workflow, id `compliance-calendar`): raises the alert of every
 * legal deadline on its alert day — a durable timer to the next one — and continues as new now
 * and then so its history stays small. Started once when a worker process starts.
 */
export async function complianceCalendarWorkflow(): Promise<void> {
  for (let run = 0; run < RUNS_BEFORE_CONTINUE_AS_NEW && !workflowInfo().continueAsNewSuggested; run++) {
    const today = brusselsDateOf(Date.now());
    const { nextAlertOn } = await raiseComplianceAlerts({ today });
    const latest = addDays(today, LONGEST_SLEEP_DAYS);
    const wake = nextAlertOn && compareDates(nextAlertOn, latest) < 0 ? nextAlertOn : latest;
    await sleepUntilDayOrChange(wake, () => false);
  }
  await continueAsNew<typeof complianceCalendarWorkflow>();
}
