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

export {
  Alert, ApprovalLink, AuditEntry, DimonaDeclaration, Employer, EmploymentContract, JobRequest, Notification, OnssSandboxSubmission, Placement,
  StoredDocument, Timesheet, UserAccount, Worker,
};
export type { IAlert } from './alert';
export type { IApprovalLink } from './approval-link';
export type { IAuditEntry } from './audit-entry';
export type { IDimonaDeclaration } from './dimona-declaration';
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

export const allEntities = [
  Alert, ApprovalLink, AuditEntry, DimonaDeclaration, Employer, EmploymentContract, JobRequest, Notification, OnssSandboxSubmission, Placement,
  StoredDocument, Timesheet, UserAccount, Worker,
];
