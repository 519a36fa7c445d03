import { Alert } from './alert';
import { AuditEntry } from './audit-entry';
import { DimonaDeclaration } from './dimona-declaration';
import { Employer } from './employer';
import { EmploymentContract } from './employment-contract';
import { OnssSandboxSubmission } from './onss-sandbox-submission';
import { StoredDocument } from './stored-document';
import { UserAccount } from './user-account';
import { Worker } from './worker';

export { Alert, AuditEntry, DimonaDeclaration, Employer, EmploymentContract, OnssSandboxSubmission, StoredDocument, UserAccount, Worker };
export type { IAlert } from './alert';
export type { IAuditEntry } from './audit-entry';
export type { IDimonaDeclaration } from './dimona-declaration';
export type { IEmployer } from './employer';
export type { IEmploymentContract } from './employment-contract';
export type { IOnssSandboxSubmission } from './onss-sandbox-submission';
export type { IStoredDocument } from './stored-document';
export type { IUserAccount } from './user-account';
export type { IWorker } from './worker';

export const allEntities = [Alert, AuditEntry, DimonaDeclaration, Employer, EmploymentContract, OnssSandboxSubmission, StoredDocument, UserAccount, Worker];
