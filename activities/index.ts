import { alertActivities } from './alerts';
import { contractActivities } from './contracts';
import { dimonaActivities } from './dimona';
import type { ActivityDeps } from './deps';
import { onboardingActivities } from './onboarding';
import { trajectoryActivities } from './trajectory';
import { trajectoryDocumentActivities } from './trajectory-documents';

/** All activities, built from their dependencies. worker/ registers the result. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...alertActivities(deps),
    ...contractActivities(deps),
    ...dimonaActivities(deps),
    ...onboardingActivities(deps),
    ...trajectoryActivities(deps),
    ...trajectoryDocumentActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
export type { ActivityDeps, CooperativeIdentity } from './deps';
