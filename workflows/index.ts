// Every workflow the worker runs. Workflow code imports only @temporalio/workflow, domain/
// and types; the Temporal bundler checks that at start.
export { workerOnboardingWorkflow } from './worker-onboarding';
export { employmentContractWorkflow } from './employment-contract';
export { placementWorkflow } from './placement';
export { timesheetWorkflow } from './timesheet';
export { trajectoryWorkflow } from './trajectory';
export { trajectoryDocumentWorkflow } from './trajectory-documents';
export { dmfaWorkflow, dmfaAfterQuarterWorkflow } from './dmfa';
export { complianceCalendarWorkflow } from './compliance-calendar';
export { taxForm28110Workflow } from './tax-forms';
export { invoiceRunWorkflow } from './invoice-run';
export { payrollRunWorkflow, scheduledPayrollRunWorkflow } from './payroll-run';
