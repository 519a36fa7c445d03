import type { DatedSeries } from './dated-series';

/**
 * Withholding tax (précompte professionnel / bedrijfsvoorheffing), key formula of Annex III to
 * the royal decree implementing the 1992 income tax code. Annex III is re-issued every December
 * for income paid from 1 January. Facts reference §3.1–§3.3, §2.3.
 */

const ANNEX_III_2026 =
  'A new Annex III was published for 2026 (general lowering of withholding, Securex NL) but its figures were not found; the 2025 value is carried forward.';
const ODOO_DIRECT = 'ODOO19-PARAM (read directly in hr_rule_parameters_data.xml; the facts reference has no 2022 column)';

export interface TaxBracket {
  /** Upper bound of the bracket (annual, cents); null for the last, open bracket. */
  upToCents: number | null;
  ratePercent: number;
}

const scale = (first: number, second: number, third: number): TaxBracket[] => [
  { upToCents: first, ratePercent: 26.75 },
  { upToCents: second, ratePercent: 42.8 },
  { upToCents: third, ratePercent: 48.15 },
  { upToCents: null, ratePercent: 53.5 },
];

export const taxableBaseRoundingStep: DatedSeries<number> = {
  description: 'Monthly taxable base rounded down to a multiple of this amount before annualising (€15 until 2022; none since 2023, "sliding scales")',
  unit: 'EUR cents',
  source: 'ODOO19-CODE (switch on year < 2023); Securex NL 2026 article',
  values: { '2021-01-01': 1500, '2023-01-01': 1 },
};

export const lumpSumExpensesRate: DatedSeries<number> = {
  description: 'Lump-sum professional expenses as a share of annual gross, below the bound',
  unit: 'percent',
  source: 'ODOO19-CODE',
  values: { '2021-01-01': 30, '2026-01-01': 30 },
  provisional: { '2026-01-01': ANNEX_III_2026 },
};

export const lumpSumExpensesBound: DatedSeries<number> = {
  description: 'Annual gross up to which expenses are 30 % of it; above it the maximum applies',
  unit: 'EUR cents per year',
  source: 'ODOO19-PARAM; proxicompta.be (2025)',
  values: {
    '2021-01-01': 1640000,
    '2022-01-01': 1676667,
    '2023-01-01': 1836667,
    '2024-01-01': 1916667,
    '2025-01-01': 1976667,
    '2026-01-01': 1976667,
  },
  sources: { '2022-01-01': ODOO_DIRECT },
  provisional: { '2026-01-01': ANNEX_III_2026 },
};

export const lumpSumExpensesMaximum: DatedSeries<number> = {
  description: 'Maximum annual lump-sum professional expenses',
  unit: 'EUR cents per year',
  source: 'ODOO19-PARAM; proxicompta.be (2025)',
  values: {
    '2021-01-01': 492000,
    '2022-01-01': 503000,
    '2023-01-01': 551000,
    '2024-01-01': 575000,
    '2025-01-01': 593000,
    '2026-01-01': 593000,
  },
  sources: { '2022-01-01': ODOO_DIRECT },
  provisional: { '2026-01-01': ANNEX_III_2026 },
};

export const withholdingTaxScale: DatedSeries<TaxBracket[]> = {
  description: 'Progressive scale applied to annual net taxable income',
  unit: 'scale',
  source: 'ODOO19-PARAM',
  values: {
    '2021-01-01': scale(1315000, 2007000, 4138000),
    '2022-01-01': scale(1386000, 2053000, 4232000),
    '2023-01-01': scale(1517000, 2426000, 4634000),
    '2024-01-01': scale(1583000, 2794000, 4835000),
    '2025-01-01': scale(1631000, 2879000, 4982000),
    '2026-01-01': scale(1631000, 2879000, 4982000),
  },
  sources: { '2022-01-01': ODOO_DIRECT },
  provisional: { '2026-01-01': ANNEX_III_2026 },
};

export const taxFreeAmountReduction: DatedSeries<number> = {
  description: 'Annual tax reduction for the tax-free amount, per taxpayer',
  unit: 'EUR cents per year',
  source: 'ODOO19-PARAM',
  values: {
    '2021-01-01': 211325,
    '2022-01-01': 222293,
    '2023-01-01': 257335,
    '2024-01-01': 283015,
    '2025-01-01': 291575,
    '2026-01-01': 291575,
  },
  sources: { '2022-01-01': ODOO_DIRECT },
  provisional: { '2026-01-01': ANNEX_III_2026 },
};

export const maritalQuotientRate: DatedSeries<number> = {
  description: 'Scale II marital quotient: share of the net taxable income attributed to the spouse without income',
  unit: 'percent',
  source: 'ODOO19-CODE',
  values: { '2021-01-01': 30, '2026-01-01': 30 },
  provisional: { '2026-01-01': ANNEX_III_2026 },
};

export const maritalQuotientMaximum: DatedSeries<number> = {
  description: 'Scale II marital quotient: annual maximum',
  unit: 'EUR cents per year',
  source: 'ODOO19-PARAM',
  values: {
    '2021-01-01': 1118000,
    '2022-01-01': 1143000,
    '2023-01-01': 1252000,
    '2024-01-01': 1306000,
    '2025-01-01': 1346000,
    '2026-01-01': 1346000,
  },
  sources: { '2022-01-01': ODOO_DIRECT },
  provisional: { '2026-01-01': ANNEX_III_2026 },
};

export interface ChildrenReductionTable {
  /** Monthly reduction for 1, 2, … 8 dependent children (index 0 = one child). */
  byNumberOfChildrenCents: number[];
  /** Added for each child beyond eight. */
  eachChildBeyondEightCents: number;
}

const children = (amounts: number[], beyondEight: number): ChildrenReductionTable => ({
  byNumberOfChildrenCents: amounts.map((euros) => euros * 100),
  eachChildBeyondEightCents: beyondEight * 100,
});

export const childrenReduction: DatedSeries<ChildrenReductionTable> = {
  description: 'Monthly withholding reduction for dependent children',
  unit: 'EUR cents per month',
  source: 'ODOO19-PARAM',
  values: {
    '2021-01-01': children([37, 107, 282, 494, 730, 965, 1201, 1460], 262),
    '2022-01-01': children([39, 110, 291, 510, 750, 991, 1232, 1498], 268),
    '2023-01-01': children([45, 123, 326, 567, 831, 1094, 1359, 1652], 293),
    '2024-01-01': children([49, 131, 347, 601, 876, 1151, 1429, 1734], 305),
    '2025-01-01': children([51, 134, 358, 619, 903, 1186, 1473, 1787], 315),
    '2026-01-01': children([51, 134, 358, 619, 903, 1186, 1473, 1787], 315),
  },
  sources: {
    '2021-01-01': ODOO_DIRECT,
    '2022-01-01': ODOO_DIRECT,
    '2023-01-01': ODOO_DIRECT,
  },
  provisional: { '2026-01-01': ANNEX_III_2026 },
};

export const singleBeneficiaryReduction: DatedSeries<number> = {
  description: 'Monthly withholding reduction for a single ("isolé" / alleenstaande) beneficiary',
  unit: 'EUR cents per month',
  source: 'ODOO19-PARAM (2019: 26, 2023: 12); FGTB 2021 simulator outputs apply it; REFLI 2023 example (144 €/year)',
  verified: false,
  note: 'ODOO19-CODE keeps the parameter but does not subtract it (line commented out); the FGTB 2021 outputs do. The facts reference says: treat as applying, verify against the 2025/2026 Annex III.',
  values: { '2019-01-01': 2600, '2023-01-01': 1200, '2026-01-01': 1200 },
  provisional: { '2026-01-01': ANNEX_III_2026 },
};

export const otherFamilyChargeReduction: DatedSeries<number> = {
  description:
    'Monthly withholding reduction, per case: single or widowed parent with dependent children; disabled beneficiary; disabled spouse (Scale II); each other dependant under 65',
  unit: 'EUR cents per month',
  source: 'ODOO19-PARAM (disabled_dependent_deduction)',
  values: {
    '2020-01-01': 3700,
    '2022-01-01': 3900,
    '2023-01-01': 4500,
    '2024-01-01': 4900,
    '2025-01-01': 5100,
    '2026-01-01': 5100,
  },
  sources: { '2020-01-01': ODOO_DIRECT, '2022-01-01': ODOO_DIRECT, '2023-01-01': ODOO_DIRECT },
  provisional: { '2026-01-01': ANNEX_III_2026 },
};

export const dependantAged65OrMoreReduction: DatedSeries<number> = {
  description: 'Monthly withholding reduction for each dependent person aged 65 or more',
  unit: 'EUR cents per month',
  source: 'ODOO19-PARAM',
  values: {
    '2020-01-01': 8100,
    '2022-01-01': 8400,
    '2023-01-01': 9500,
    '2024-01-01': 10100,
    '2025-01-01': 16200,
    '2026-01-01': 16200,
  },
  sources: { '2020-01-01': ODOO_DIRECT, '2022-01-01': ODOO_DIRECT, '2023-01-01': ODOO_DIRECT },
  provisional: { '2026-01-01': ANNEX_III_2026 },
};

export const fiscalWorkBonusRateSinglePart: DatedSeries<number> = {
  description: 'Fiscal work bonus before April 2024: share of the social work bonus actually granted',
  unit: 'percent',
  source: 'ODOO19-CODE (_get_withholding_reduction); REFLI',
  values: { '2021-01-01': 33.14 },
};

export const fiscalWorkBonusRatePartA: DatedSeries<number> = {
  description: 'Fiscal work bonus from April 2024: share of social work bonus part A actually granted',
  unit: 'percent',
  source: 'ODOO19-CODE (_get_withholding_reduction)',
  values: { '2024-04-01': 33.14, '2026-01-01': 33.14 },
  provisional: { '2026-01-01': ANNEX_III_2026 },
};

export const fiscalWorkBonusRatePartB: DatedSeries<number> = {
  description: 'Fiscal work bonus from April 2024: share of social work bonus part B actually granted',
  unit: 'percent',
  source: 'ODOO19-CODE (_get_withholding_reduction)',
  values: { '2024-04-01': 52.54, '2026-01-01': 52.54 },
  provisional: { '2026-01-01': ANNEX_III_2026 },
};
