import { alertActivities } from './alerts';
import { contractActivities } from './contracts';
import type { ActivityDeps } from './deps';
import { dimonaActivities } from './dimona';
import { dmfaActivities } from './dmfa';
import { complianceCalendarActivities } from './compliance-calendar';
import { taxFormActivities } from './tax-forms';
import { onboardingActivities } from './onboarding';
import { payrollRunActivities } from './payroll-runs';
import { placementActivities } from './placements';
import { timesheetActivities } from './timesheets';
import { timesheetCorrectionActivities } from './timesheet-corrections';
import { trajectoryActivities } from './trajectory';
import { trajectoryDocumentActivities } from './trajectory-documents';
import { invoicingActivities } from './invoicing';
import { reportingUnreadableValues } from './errors';

/**
 * All activities, built from their dependencies. worker/ registers the result. A stored value
 * that does not decrypt where it is leaves any of them as a non-retryable failure with its place.
 */
export function createActivities(deps: ActivityDeps) {
  return reportingUnreadableValues({
    ...alertActivities(deps),
    ...contractActivities(deps),
    ...dimonaActivities(deps),
    ...onboardingActivities(deps),
    ...placementActivities(deps),
    ...timesheetActivities(deps),
    ...timesheetCorrectionActivities(deps),
    ...trajectoryActivities(deps),
    ...trajectoryDocumentActivities(deps),
    ...dmfaActivities(deps),
    ...complianceCalendarActivities(deps),
    ...taxFormActivities(deps),
    ...invoicingActivities(deps),
    ...payrollRunActivities(deps),
  });
}

export type Activities = ReturnType<typeof createActivities>;
export type { ActivityDeps, CooperativeIdentity, LinkIssuer, ProcessControl } from './deps';
