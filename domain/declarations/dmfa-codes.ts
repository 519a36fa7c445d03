/**
 * The codes a DmfA uses, each with where it comes from. `verified: false` means the value is
 * taken from a secondary source (Odoo's DmfA builder, an example file) or inferred, and must be
 * checked against the ONSS instructions before a real filing — like the provisional payroll
 * parameters. domain/declarations/README.md lists them all with their sources.
 */
export interface DeclarationCode {
  readonly code: string;
  readonly meaning: string;
  readonly source: string;
  readonly verified: boolean;
}

const code = (c: string, meaning: string, source: string, verified: boolean): DeclarationCode => ({ code: c, meaning, source, verified });

export type WorkerCategory = 'white-collar' | 'blue-collar';

/** Worker code of the worker line, by category (general regime). */
export const WORKER_CODES: Record<WorkerCategory, DeclarationCode> = {
  'white-collar': code('495', 'employee (white-collar), general regime', 'ODOO-DMFA (WORKER_CODE = 495); Odoo WECH009 test', true),
  'blue-collar': code(
    '015',
    'manual worker (blue-collar), general regime',
    'example DmfAOriginal_20223_1_Corrected.xml uses 015; facts §15.5 lists it as unverified',
    false,
  ),
};

/** Employer category (EmployerClass) of the cooperative's worker lines. */
export const EMPLOYER_CLASS = code(
  '010',
  'general private-sector employer category',
  'Odoo WECH009 test (example value); the category of a temp-work-like cooperative is unverified (facts §15.5)',
  false,
);

export const SERVICE_CODES = {
  paidPresence: code(
    '001',
    'paid presence and paid absences (work, public holidays, guaranteed pay, …)',
    'socialsecurity.be DmfAPPL 2017-4; ODOO work-entry mapping (facts §9)',
    true,
  ),
} as const;

export const REMUNERATION_CODES = {
  normal: code(
    '001',
    'normal pay for the quarter (hours worked, premiums for overtime, night, Sunday and public-holiday hours)',
    'socialsecurity.be DmfA 2022-2 remunerationcode.html (facts §9)',
    true,
  ),
  premiumNotTiedToQuarter: code('002', 'premiums not tied to the quarter’s work (13th month, frequency 12)', 'ODOO-DMFA "Annexe 7"', true),
} as const;

/** The frequency (in months) declared with a remuneration code 2 premium paid once a year. */
export const YEARLY_BONUS_FREQUENCY = 12;

export const CONTRIBUTION_CODES = {
  workAccidentFund: code('255', 'special work-accident contribution', 'ODOO-DMFA', true),
  asbestosFund: code('256', 'asbestos fund (first and second quarters)', 'ODOO-DMFA', true),
  closingFund: code('809', 'company-closure fund (FFE), basic', 'ODOO-DMFA', true),
  closingFundTemporaryUnemployment: code('810', 'company-closure fund, special (temporary unemployment)', 'ODOO-DMFA', true),
  sectorFund: code(
    '831',
    'sector fund (CP 200 social fund in Odoo; declared here for every committee)',
    'ODOO-DMFA; use for other committees unverified',
    false,
  ),
  tenOrMoreWorkers: code('855', 'contribution of employers averaging 10 workers or more', 'ODOO-DMFA', true),
  specialSocialSecurity: code('856', 'special social security contribution', 'ODOO-DMFA; facts §4', true),
  temporaryUnemployment: code('859', 'temporary-unemployment contribution', 'ODOO-DMFA', true),
} as const;

/** ContributionType of every contribution line except 809 (Odoo declares 0; 809 carries 5). */
export const CONTRIBUTION_TYPE_GENERAL = 0;
export const CONTRIBUTION_TYPE_CLOSING_FUND = 5;

export const DEDUCTION_CODES = {
  workBonus: code('0001', 'social work bonus (worker deduction)', 'ODOO-DMFA; facts §1 step 5', true),
  structuralReduction: code('3000', 'structural reduction (occupation deduction)', 'ODOO-DMFA; facts §5.2', true),
} as const;

/** ContractType of an occupation: 0 full time, 1 part time (Odoo's is_parttime). */
export const CONTRACT_TYPE = { fullTime: 0, partTime: 1 } as const;

/** Every code above, for the README table test. */
export const ALL_DECLARATION_CODES: readonly DeclarationCode[] = [
  ...Object.values(WORKER_CODES),
  EMPLOYER_CLASS,
  ...Object.values(SERVICE_CODES),
  ...Object.values(REMUNERATION_CODES),
  ...Object.values(CONTRIBUTION_CODES),
  ...Object.values(DEDUCTION_CODES),
];
