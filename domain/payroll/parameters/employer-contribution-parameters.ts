import type { DatedSeries } from './dated-series';

/**
 * Employer social security contributions (private sector, category 1) and the structural
 * reduction. Facts reference §5. Rates apply to the gross at 100 % for white-collar and at 108 %
 * for blue-collar workers, like the personal contribution.
 */

const NO_2026 = 'No 2026 figure found in the facts reference; the last known value is carried forward.';
const ODOO_DIRECT = 'ODOO19-PARAM (read directly in hr_rule_parameters_data.xml)';

export const globalContributionRate: DatedSeries<number> = {
  description:
    'Global social security rate (employer basic contribution incl. wage moderation + the 13.07 % worker share); the employer part is this minus the worker rate',
  unit: 'percent',
  source: 'ODOO19-PARAM (l10n_be_global_rate); ODOO-TEST-2025 (750.00 on 3,000)',
  values: {
    '2016-01-01': 38.09,
    '2022-01-01': 38.1,
    '2023-10-01': 38.09,
    '2024-01-01': 38.08,
    '2024-04-01': 38.07,
    '2026-01-01': 38.07,
  },
  sources: { '2016-01-01': ODOO_DIRECT },
  provisional: { '2026-01-01': NO_2026 },
};

export const workAccidentFundContributionRate: DatedSeries<number> = {
  description: 'Special work-accident contribution (DmfA code 255)',
  unit: 'percent',
  source: 'ODOO19-PARAM; ODOO-TEST-2025 (0.60 on 3,000)',
  values: { '2016-01-01': 0.02 },
};

export interface AsbestosFundContribution {
  ratePercent: number;
  /** Calendar quarters in which the contribution is due. */
  quarters: number[];
}

export const asbestosFundContribution: DatedSeries<AsbestosFundContribution> = {
  description: 'Asbestos fund contribution (DmfA code 256), due in the first and second quarters only',
  unit: 'percent',
  source: 'ODOO19-PARAM; ODOO-TEST-2025 (0.30 on 3,000 in January)',
  values: { '2016-01-01': { ratePercent: 0.01, quarters: [1, 2] } },
};

export const closingFundContributionRate: DatedSeries<number> = {
  description: 'Company-closure fund (FFE) basic contribution (DmfA code 809), for a commercial employer with 20 workers or more',
  unit: 'percent',
  source: 'ODOO19-PARAM (l10n_be_ffe_commercial_rate_high)',
  verified: false,
  note: 'The rate depends on size and commercial status; TalentCoop is assumed commercial with ≥ 20 workers. The Jan-2025 Odoo test shows 0.34 % (10.20 on 3,000), which does not match any parameter (facts §5.1).',
  values: { '2016-01-01': 0.18, '2022-01-01': 0.13, '2025-01-01': 0.23, '2026-01-01': 0.23 },
  provisional: { '2026-01-01': NO_2026 },
};

export const closingFundSpecialContributionRate: DatedSeries<number> = {
  description: 'Company-closure fund special contribution financing temporary unemployment (DmfA code 810)',
  unit: 'percent',
  source: 'ODOO19-PARAM (l10n_be_special_ffe_rate)',
  verified: false,
  note: 'Conflict: ODOO19-PARAM gives 0.17 % for 2025, the Jan-2025 Odoo test shows 0.10 % (3.00 on 3,000).',
  values: { '2016-01-01': 0.1, '2025-01-01': 0.17, '2026-01-01': 0.17 },
  provisional: { '2026-01-01': NO_2026 },
};

export const temporaryUnemploymentContributionRate: DatedSeries<number> = {
  description: 'Temporary-unemployment contribution (DmfA code 859)',
  unit: 'percent',
  source: 'ODOO19-PARAM; ODOO-TEST-2025 (3.00 on 3,000)',
  values: { '2016-01-01': 0.1 },
};

export const sectorFundContributionRate: DatedSeries<number> = {
  description: 'Sector fund (fonds de sécurité d’existence) contribution (DmfA code 831)',
  unit: 'percent',
  source: 'ODOO19-PARAM (CP 200 CPAE 0.23 %); ODOO-TEST-2025 (6.90 on 3,000)',
  verified: false,
  note: 'CP 200 rate used as a placeholder: the rates for PC 322 / 302 / 124 / 330 were not found (facts §5.1).',
  values: { '2016-01-01': 0.23 },
};

export const tenOrMoreWorkersContributionRate: DatedSeries<number> = {
  description:
    'Extra 1.60 % (1.69 % with wage moderation, DmfA code 855) due only by employers averaging 10 workers or more; the rate that applies to TalentCoop',
  unit: 'percent',
  source: 'ODOO-DMFA comment citing the ONSS instructions; ODOO19-PARAM (l10n_be_wage_restreint 1.69)',
  verified: false,
  note: 'Set to 0: the Jan-2025 Odoo payslip does not charge it. Set 1.69 here once TalentCoop’s average headcount is known to reach 10.',
  values: { '2016-01-01': 0 },
};

export const blueCollarHolidayPayQuarterlyRate: DatedSeries<number> = {
  description: 'Blue-collar holiday-pay financing, quarterly part, on the 108 % wages',
  unit: 'percent',
  source: 'Securex 2015; Acerta 2019',
  values: { '2019-01-01': 5.57 },
};

export const blueCollarHolidayPayAnnualRate: DatedSeries<number> = {
  description: 'Blue-collar holiday-pay financing, annual part, on the 108 % wages (debit notice in March, payable by 30 April)',
  unit: 'percent',
  source: 'socialsecurity.be DmfA instructions 2018-1; Acerta',
  values: { '2019-01-01': 10.27 },
};

export const doubleHolidayPayEmployerContributionRate: DatedSeries<number> = {
  description: 'Employer contributions on white-collar double holiday pay (none: only the worker’s 13.07 % on the 85 % part is due)',
  unit: 'percent',
  source: 'facts §1 (ODOO-TEST-WHT) gives only the worker contribution on the double holiday pay',
  verified: false,
  note: 'The facts reference names no employer contribution on double holiday pay; this zero is unverified.',
  values: { '2016-01-01': 0 },
};

export interface StructuralReductionCategory1 {
  alphaPercent: number;
  /** Quarterly reference wage S0. */
  referenceWageCents: number;
  gammaPercent: number;
  /** Quarterly very-low-wage threshold S2. */
  veryLowWageCents: number;
}

export const structuralReductionCategory1: DatedSeries<StructuralReductionCategory1> = {
  description: 'Structural reduction, category 1 (DmfA code 3000): R = α × max(S0 − S, 0) + γ × max(S2 − S, 0), per quarter',
  unit: 'scale',
  source: 'ODOO19-PARAM; ODOO-DMFA citing the ONSS page structuralreduction.html',
  verified: false,
  note: 'Category 1 without flat F or high-wage δ term is unverified beyond Odoo; the Jan-2025 Odoo payslip shows −145.92 for 3,000 where this formula gives −93.97 (facts §5.2).',
  values: {
    '2020-01-01': { alphaPercent: 14, referenceWageCents: 1101362, gammaPercent: 40, veryLowWageCents: 694332 },
    '2025-04-01': { alphaPercent: 14, referenceWageCents: 1123389, gammaPercent: 21, veryLowWageCents: 840000 },
    '2025-07-01': { alphaPercent: 14, referenceWageCents: 1123389, gammaPercent: 15, veryLowWageCents: 936000 },
    '2026-01-01': { alphaPercent: 14, referenceWageCents: 1123389, gammaPercent: 15, veryLowWageCents: 936000 },
  },
  provisional: { '2026-01-01': NO_2026 },
};

export interface StructuralReductionWorkingTimeFactor {
  /** At or above this working-time fraction µ the full reduction is granted (β = 1/µ). */
  fullReductionFromFraction: number;
  /** Between this fraction and the previous one β = base + (µ − lowerFraction) × slope. */
  lowerFraction: number;
  baseFactor: number;
  slope: number;
  /** Below this fraction, in a regime of fewer weekly reference hours than the next field, β = 0. */
  minimumFraction: number;
  minimumWeeklyReferenceHours: number;
}

export const structuralReductionWorkingTime: DatedSeries<StructuralReductionWorkingTimeFactor> = {
  description: 'Structural reduction: working-time fraction µ and correction factor β',
  unit: 'scale',
  source: 'ODOO-DMFA',
  verified: false,
  note: 'Restated from the Odoo DmfA code; not checked against the ONSS instructions.',
  values: {
    '2020-01-01': {
      fullReductionFromFraction: 0.8,
      lowerFraction: 0.55,
      baseFactor: 1.18,
      slope: 0.28,
      minimumFraction: 0.275,
      minimumWeeklyReferenceHours: 19,
    },
  },
};
