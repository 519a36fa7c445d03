/**
 * Workflow ids are business ids: starting the same process twice finds the running one.
 * One place for all of them, shared by the API, the workflows and the activities.
 */
export const processIds = {
  workerOnboarding: (workerId: string) => `worker-onboarding:${workerId}`,
  employmentContract: (contractId: string) => `employment-contract:${contractId}`,
  placement: (placementId: string) => `placement:${placementId}`,
  timesheet: (placementId: string, isoWeek: string) => `timesheet:${placementId}:${isoWeek}`,
  payrollRun: (period: string) => `payroll-run:${period}`,
  /** The monthly payroll schedule, one per task queue (a test's queue gets its own). */
  payrollSchedule: (taskQueue: string) => `payroll-run-monthly:${taskQueue}`,
  trajectory: (participantId: string) => `trajectory:${participantId}`,
  trajectoryDocument: (documentId: string) => `trajectory-document:${documentId}`,
  dmfa: (quarter: string) => `dmfa:${quarter}`,
  dmfaSchedule: 'dmfa-after-each-quarter',
  complianceCalendar: 'compliance-calendar',
  taxForm: (documentId: string) => `tax-form-281-10:${documentId}`,
  invoiceRun: (employerId: string, period: string) => `invoice:${employerId}:${period}`,
};
