import type { ActivityDeps } from '../deps';
import { invoiceFollowUpActivities } from './follow-up';
import { issuedDocumentActivities } from './issued-documents';
import { invoiceRunActivities } from './runs';

/** Employer invoicing: runs and drafts, issuing, documents and delivery, reminders. */
export function invoicingActivities(deps: ActivityDeps) {
  return { ...invoiceRunActivities(deps), ...issuedDocumentActivities(deps), ...invoiceFollowUpActivities(deps) };
}
