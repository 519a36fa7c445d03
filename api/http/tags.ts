/**
 * The areas of the API, in the order the documentation shows them: the order a cooperative's
 * work runs in (sign in, people, contracts, employers, placements, hours, pay, invoices,
 * declarations), then the entrepreneurship trajectory, then what watches over it all.
 * Every route names at least one; the OpenAPI document declares them with these descriptions.
 */
export const API_TAGS = {
  Auth: 'Signing in and out: bearer tokens for API clients, cookie sessions for the portal, one-time sign-in codes, passwords.',
  Accounts: 'The accounts of the people who sign in (admin, employer, worker, coach): invitations, roles, disabling.',
  Workers: 'The worker file: registration, the file itself and who read it, the GDPR export and erasure.',
  Onboarding: "A worker's onboarding workflow: consent, the work authorisation under the derogation, the documents checked.",
  Contracts: 'Employment contracts: drafting, the document, signatures by both sides, ending or cancelling (with the Dimona that follows).',
  Employers: 'The employers the cooperative places workers with.',
  'Job requests': 'What employers ask for (occupation, hours, site, wage) and the candidates who match.',
  Placements: 'A worker placed with an employer for a job request: proposal, acceptance, the placement workflow, its end.',
  Timesheets: 'Weekly hours: entered, submitted, approved or disputed by the employer (also from an e-mailed link), confirmed, corrected.',
  Payroll: 'Monthly payroll runs with four-eyes approval, the SEPA salary file, the schedule, payslip simulation and tax situations.',
  Payslips: 'Issued payslips and their PDF, for the worker and the administrators.',
  Invoicing: 'Invoices from approved hours (PDF and Peppol UBL), credit notes, bank statements, payments and receivables.',
  Declarations: 'Social and tax declarations: the quarterly DmfA, the compliance calendar, the 281.10 tax form.',
  Cohorts: 'The entrepreneurship trajectory: cohorts, applications and selection, group sessions.',
  Trajectories: "One entrepreneur's two-year trajectory, for their coach: intake, reviews, milestones, sessions, pauses, the end.",
  Reports: 'Trajectory reports: the anonymised cohort report and the PDF reports of a cohort or a participant.',
  Alerts: 'What is stuck or due and needs a person: alerts and their acknowledgement.',
  Notifications: 'The messages the engine sent (e-mail, SMS), for the administrators.',
} as const;

export type ApiTag = keyof typeof API_TAGS;
