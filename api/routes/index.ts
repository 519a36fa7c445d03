import type { RouteDefinition } from '../http/route';
import {
  complianceCalendarRoute, correctDmfaRoute, dmfaXmlRoute, getDmfaRoute, listDmfaRoute, sandboxDmfaRejectionRoute, startDmfaRoute, submitDmfaRoute,
} from './declarations';
import { issueTaxFormRoute, taxFormDocumentRoute, taxFormRoute } from './tax-forms';
import { acknowledgeAlertRoute, listAlertsRoute } from './alerts';
import { listEmployersRoute, listJobRequestsRoute, listPlacementsRoute, listWorkerContractsRoute, listWorkersRoute } from './lists';
import { decideByLinkRoute, viewApprovalRoute } from './approvals';
import { changePasswordRoute, login, logout, me, setPasswordRoute } from './auth';
import { closeSessionRoute, openSessionByCodeRoute, openSessionRoute } from './session';
import {
  changeAccountRoleRoute, disableAccountRoute, enableAccountRoute, getAccountRoute, inviteAccountRoute, listAccountsRoute, requestSignInCodeRoute,
  resendInvitationRoute, verifySignInCodeRoute,
} from './accounts';
import {
  candidatesRoute, createJobRequestRoute, getEmployerRoute, getJobRequestRoute, registerEmployerRoute,
} from './employers';
import { listNotificationsRoute } from './notifications';
import {
  approvedHoursRoute, confirmCorrectionRoute, confirmTimesheetRoute, correctTimesheetRoute, disputeCorrectionRoute, withdrawCorrectionRoute, decidePlacementRoute, decideTimesheetRoute, endPlacementRoute, getPlacementRoute,
  getTimesheetRoute, listTimesheetsRoute, placementApprovedHoursRoute, placementProcessRoute, proposePlacementRoute, saveEntriesRoute, submitTimesheetRoute,
} from './placements';
import { simulatePayslipRoute } from './payroll';
import { decidePayrollRunRoute, getPayrollRunRoute, listPayrollRunsRoute, runPayslipsRoute, sepaCreditTransferRoute, startPayrollRunRoute } from './payroll-runs';
import { changePayrollScheduleRoute, getPayrollScheduleRoute } from './payroll-schedule';
import { getPayslipRoute, myPayslipsRoute, payslipDocumentRoute } from './payslips';
import { confirmTaxSituationRoute, getTaxSituationRoute, recordTaxSituationRoute } from './tax-situations';
import {
  addInvoiceLineRoute, assignPaymentRoute, creditInvoiceRoute, getInvoiceRoute, importBankStatementRoute, invoiceDocumentRoute, invoiceUblRoute, issueInvoiceRoute,
  listInvoicesRoute, putInvoicingTermsRoute, receivablesRoute, startInvoiceRunRoute, unmatchedPaymentsRoute,
} from './invoicing';
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
  confirmConsentRoute, eraseWorkerRoute, exportWorkerRoute, getWorkerRoute, myAccessLogRoute, recordConsentRoute, recordDocumentsCheckedRoute, recordPayrollDetailsRoute,
  recordWorkAuthorisationRoute, registerWorkerRoute,
} from './workers';

/** Every API route. The OpenAPI document and the role test are built from this list. */
export const allRoutes: RouteDefinition[] = [
  login,
  openSessionRoute,
  openSessionByCodeRoute,
  closeSessionRoute,
  me,
  logout,
  changePasswordRoute,
  requestSignInCodeRoute,
  verifySignInCodeRoute,
  inviteAccountRoute,
  listAccountsRoute,
  getAccountRoute,
  disableAccountRoute,
  enableAccountRoute,
  changeAccountRoleRoute,
  resendInvitationRoute,
  confirmConsentRoute,
  registerWorkerRoute,
  listWorkersRoute,
  getWorkerRoute,
  listWorkerContractsRoute,
  listEmployersRoute,
  listJobRequestsRoute,
  listPlacementsRoute,
  recordConsentRoute,
  recordWorkAuthorisationRoute,
  recordDocumentsCheckedRoute,
  recordPayrollDetailsRoute,
  myAccessLogRoute,
  exportWorkerRoute,
  eraseWorkerRoute,
  createContractRoute,
  getContractRoute,
  contractDocumentRoute,
  signContractRoute,
  endContractRoute,
  cancelContractRoute,
  listAlertsRoute,
  acknowledgeAlertRoute,
  simulatePayslipRoute,
  setPasswordRoute,
  registerEmployerRoute,
  getEmployerRoute,
  createJobRequestRoute,
  getJobRequestRoute,
  candidatesRoute,
  proposePlacementRoute,
  getPlacementRoute,
  decidePlacementRoute,
  placementProcessRoute,
  endPlacementRoute,
  listTimesheetsRoute,
  getTimesheetRoute,
  saveEntriesRoute,
  submitTimesheetRoute,
  decideTimesheetRoute,
  confirmTimesheetRoute,
  correctTimesheetRoute,
  confirmCorrectionRoute,
  disputeCorrectionRoute,
  withdrawCorrectionRoute,
  placementApprovedHoursRoute,
  approvedHoursRoute,
  viewApprovalRoute,
  decideByLinkRoute,
  listNotificationsRoute,
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
  startDmfaRoute,
  listDmfaRoute,
  getDmfaRoute,
  dmfaXmlRoute,
  submitDmfaRoute,
  correctDmfaRoute,
  complianceCalendarRoute,
  sandboxDmfaRejectionRoute,
  taxFormRoute,
  issueTaxFormRoute,
  taxFormDocumentRoute,
  startInvoiceRunRoute,
  listInvoicesRoute,
  getInvoiceRoute,
  invoiceDocumentRoute,
  invoiceUblRoute,
  addInvoiceLineRoute,
  issueInvoiceRoute,
  creditInvoiceRoute,
  importBankStatementRoute,
  unmatchedPaymentsRoute,
  assignPaymentRoute,
  receivablesRoute,
  putInvoicingTermsRoute,
  startPayrollRunRoute,
  listPayrollRunsRoute,
  getPayrollRunRoute,
  decidePayrollRunRoute,
  runPayslipsRoute,
  sepaCreditTransferRoute,
  getPayrollScheduleRoute,
  changePayrollScheduleRoute,
  myPayslipsRoute,
  getPayslipRoute,
  payslipDocumentRoute,
  getTaxSituationRoute,
  recordTaxSituationRoute,
  confirmTaxSituationRoute,
];
