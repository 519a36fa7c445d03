import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { IssueTaxFormInput } from '../activities/tax-forms';
import { NON_RETRYABLE_FAILURES } from './support';

const { issueTaxForm28110 } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { maximumInterval: '30 seconds', nonRetryableErrorTypes: NON_RETRYABLE_FAILURES },
});

/** Issues one worker's 281.10 PDF of a year: rendered and stored by an activity; the API waits seconds at most. */
export async function taxForm28110Workflow(input: IssueTaxFormInput): Promise<{ documentId: string }> {
  return issueTaxForm28110(input);
}
