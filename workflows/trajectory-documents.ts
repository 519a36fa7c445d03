import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { IssueTrajectoryDocumentInput } from '../activities/trajectory-documents';
import { NON_RETRYABLE_FAILURES } from './support';

const { issueTrajectoryDocument } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { maximumInterval: '5 minutes', nonRetryableErrorTypes: NON_RETRYABLE_FAILURES },
});

/**
 * Issues one trajectory report (progress or cohort): rendered and stored by an activity, so the
 * API never renders documents itself. Short-lived: the API waits for it, seconds at most.
 */
export async function trajectoryDocumentWorkflow(input: IssueTrajectoryDocumentInput): Promise<{ documentId: string }> {
  return issueTrajectoryDocument(input);
}
