import { Application } from './application';
import { Attendance } from './attendance';
import { CoachReminder } from './coach-reminder';
import { CoachingSession } from './coaching-session';
import { Cohort } from './cohort';
import { CohortCoach } from './cohort-coach';
import { GroupSession } from './group-session';
import { LifeDomainScore } from './life-domain-score';
import { Milestone } from './milestone';
import { Participant } from './participant';
import { Testimony } from './testimony';
import { TrajectoryEvent } from './trajectory-event';
import { Alert } from './alert';
import { ApprovalLink } from './approval-link';
import { AuditEntry } from './audit-entry';
import { DimonaDeclaration } from './dimona-declaration';
import { Employer } from './employer';
import { EmploymentContract } from './employment-contract';
import { JobRequest } from './job-request';
import { Notification } from './notification';
import { OnssSandboxSubmission } from './onss-sandbox-submission';
import { Placement } from './placement';
import { StoredDocument } from './stored-document';
import { Timesheet } from './timesheet';
import { UserAccount } from './user-account';
import { Worker } from './worker';
import { DmfaDeclaration } from './dmfa-declaration';
import { DmfaDeclarationVersion } from './dmfa-declaration-version';
import { OnssSandboxDmfaRejection } from './onss-sandbox-dmfa-rejection';
import { BankPayment } from './bank-payment';
import { BankStatement } from './bank-statement';
import { EmployerInvoicingTerms } from './employer-invoicing-terms';
import { Invoice } from './invoice';
import { InvoiceDelivery } from './invoice-delivery';
import { InvoiceReminder } from './invoice-reminder';
import { InvoiceSequence } from './invoice-sequence';
import { PaymentAllocation } from './payment-allocation';
import { PeppolSandboxSubmission } from './peppol-sandbox-submission';
import { PayrollException } from './payroll-exception';
import { PayrollRun } from './payroll-run';
import { Payslip } from './payslip';
import { PayslipDraft } from './payslip-draft';
import { WorkerTaxSituation } from './worker-tax-situation';
import { TimesheetPayment } from './timesheet-payment';
import { SignInCode } from './sign-in-code';
import { IdempotentRequest } from './idempotent-request';
import { PendingProcessStart } from './pending-process-start';
import { WorkflowSignal } from './workflow-signal';

export {
  Alert,
  Application,
  ApprovalLink,
  Attendance,
  AuditEntry,
  CoachReminder,
  CoachingSession,
  Cohort,
  CohortCoach,
  DimonaDeclaration,
  Employer,
  EmploymentContract,
  GroupSession,
  JobRequest,
  LifeDomainScore,
  Milestone,
  Notification,
  OnssSandboxSubmission,
  Participant,
  Placement,
  StoredDocument,
  Testimony,
  Timesheet,
  TrajectoryEvent,
  UserAccount,
  Worker,
  DmfaDeclaration,
  DmfaDeclarationVersion,
  OnssSandboxDmfaRejection,
  BankPayment,
  BankStatement,
  EmployerInvoicingTerms,
  Invoice,
  InvoiceDelivery,
  InvoiceReminder,
  InvoiceSequence,
  PaymentAllocation,
  PeppolSandboxSubmission,
  PayrollException,
  PayrollRun,
  Payslip,
  PayslipDraft,
  TimesheetPayment,
  WorkerTaxSituation,
  SignInCode,
  IdempotentRequest,
  PendingProcessStart,
  WorkflowSignal,
};
export type { IAlert } from './alert';
export type { IApprovalLink } from './approval-link';
export type { IAuditEntry } from './audit-entry';
export type { IDimonaDeclaration } from './dimona-declaration';
export type { IPendingProcessStart } from './pending-process-start';
export type { IWorkflowSignal } from './workflow-signal';
export type { IEmployer } from './employer';
export type { IEmploymentContract } from './employment-contract';
export type { IJobRequest } from './job-request';
export type { INotification } from './notification';
export type { IOnssSandboxSubmission } from './onss-sandbox-submission';
export type { IPlacement } from './placement';
export type { IStoredDocument } from './stored-document';
export type { ITimesheet } from './timesheet';
export type { IUserAccount } from './user-account';
export type { IWorker } from './worker';
export type { IDmfaDeclaration } from './dmfa-declaration';
export type { IDmfaDeclarationVersion } from './dmfa-declaration-version';
export type { IOnssSandboxDmfaRejection } from './onss-sandbox-dmfa-rejection';

export type { IApplication } from './application';
export type { IAttendance } from './attendance';
export type { ICoachReminder } from './coach-reminder';
export type { ICoachingSession } from './coaching-session';
export type { ICohort } from './cohort';
export type { ICohortCoach } from './cohort-coach';
export type { IGroupSession } from './group-session';
export type { ILifeDomainScore } from './life-domain-score';
export type { IMilestone } from './milestone';
export type { IParticipant } from './participant';
export type { ITestimony } from './testimony';
export type { ITrajectoryEvent } from './trajectory-event';

export const allEntities = [
  Alert,
  Application,
  ApprovalLink,
  Attendance,
  AuditEntry,
  CoachReminder,
  CoachingSession,
  Cohort,
  CohortCoach,
  DimonaDeclaration,
  Employer,
  EmploymentContract,
  GroupSession,
  JobRequest,
  LifeDomainScore,
  Milestone,
  Notification,
  OnssSandboxSubmission,
  Participant,
  Placement,
  StoredDocument,
  Testimony,
  Timesheet,
  TrajectoryEvent,
  UserAccount,
  Worker,
  DmfaDeclaration,
  DmfaDeclarationVersion,
  OnssSandboxDmfaRejection,
  BankPayment,
  BankStatement,
  EmployerInvoicingTerms,
  Invoice,
  InvoiceDelivery,
  InvoiceReminder,
  InvoiceSequence,
  PaymentAllocation,
  PeppolSandboxSubmission,
  PayrollException,
  PayrollRun,
  Payslip,
  PayslipDraft,
  TimesheetPayment,
  WorkerTaxSituation,
  SignInCode,
  IdempotentRequest,
  PendingProcessStart,
  WorkflowSignal,
];

export type { IBankPayment } from './bank-payment';
export type { IBankStatement } from './bank-statement';
export type { IEmployerInvoicingTerms } from './employer-invoicing-terms';
export type { IInvoice } from './invoice';
export type { IInvoiceDelivery } from './invoice-delivery';
export type { IInvoiceReminder } from './invoice-reminder';
export type { IInvoiceSequence } from './invoice-sequence';
export type { IPaymentAllocation } from './payment-allocation';
export type { IPeppolSandboxSubmission } from './peppol-sandbox-submission';
export type { IPayrollException } from './payroll-exception';
export type { IPayrollRun } from './payroll-run';
export type { IPayslip } from './payslip';
export type { IPayslipDraft } from './payslip-draft';
export type { IWorkerTaxSituation } from './worker-tax-situation';
export type { ITimesheetPayment } from './timesheet-payment';
