import type { RouteDefinition } from '../http/route';
import { listAlertsRoute } from './alerts';
import { login, me } from './auth';
import { simulatePayslipRoute } from './payroll';
import {
  addApplicationRoute, cohortReportRoute, createCohortRoute, decideApplicationRoute, issueCohortReportRoute, listApplicationsRoute, listCohortsRoute,
  recordGroupSessionRoute,
} from './cohorts';
import {
  addTestimonyRoute, completeMilestoneRoute, dropOutRoute, finalEvaluationRoute, getParticipantRoute, issueProgressReportRoute, listParticipantsRoute,
  logCoachingSessionRoute, pauseTrajectoryRoute, recordPublicDocumentationConsentRoute, recordIntakeRoute, recordReviewRoute,
  resumeTrajectoryRoute, trajectoryDocumentRoute,
} from './participants';
import {
  cancelContractRoute, contractDocumentRoute, createContractRoute, endContractRoute, getContractRoute, signContractRoute,
} from './contracts';
import {
  getWorkerRoute, myAccessLogRoute, recordConsentRoute, recordDocumentsCheckedRoute, recordWorkAuthorisationRoute, registerWorkerRoute,
} from './workers';

/** Every API route. The OpenAPI document and the role test are built from this list. */
export const allRoutes: RouteDefinition[] = [
  login,
  me,
  registerWorkerRoute,
  getWorkerRoute,
  recordConsentRoute,
  recordWorkAuthorisationRoute,
  recordDocumentsCheckedRoute,
  myAccessLogRoute,
  createContractRoute,
  getContractRoute,
  contractDocumentRoute,
  signContractRoute,
  endContractRoute,
  cancelContractRoute,
  listAlertsRoute,
  simulatePayslipRoute,
  createCohortRoute,
  listCohortsRoute,
  addApplicationRoute,
  listApplicationsRoute,
  decideApplicationRoute,
  recordGroupSessionRoute,
  cohortReportRoute,
  issueCohortReportRoute,
  listParticipantsRoute,
  getParticipantRoute,
  recordPublicDocumentationConsentRoute,
  addTestimonyRoute,
  logCoachingSessionRoute,
  recordIntakeRoute,
  recordReviewRoute,
  completeMilestoneRoute,
  pauseTrajectoryRoute,
  resumeTrajectoryRoute,
  dropOutRoute,
  finalEvaluationRoute,
  issueProgressReportRoute,
  trajectoryDocumentRoute,
];
