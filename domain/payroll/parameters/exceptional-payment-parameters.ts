import type { DatedSeries } from './dated-series';

/**
 * Special withholding scales of Annex III for exceptional payments: a flat percentage of the
 * taxable exceptional amount, chosen from the worker's normal annual pay. Facts reference §3.4.
 * The 2021, 2022 and 2024 scales were read directly in ODOO19-PARAM (the facts reference gives
 * 2025 only); the 2021 scale is dated 2019-01-01 there.
 */

export interface SpecialRateBracket {
  /** Upper bound of the annual reference pay for this rate (cents); null = no upper bound. */
  upToCents: number | null;
  ratePercent: number;
}

export interface ChildRateReduction {
  reductionPercent: number;
  /** The reduction applies only when the annual reference pay is at or below this ceiling. */
  ceilingCents: number;
}

const ODOO_DIRECT = 'ODOO19-PARAM (read directly in hr_rule_parameters_data.xml; not restated in the facts reference)';
const NO_2023 = 'ODOO19-PARAM has no 2023 entry for this special scale; the 2022 scale is carried forward. Check against Annex III 2023.';
const NO_2026 = 'Annex III 2026 figures not found; the 2025 scale is carried forward.';

const euros = (amounts: number[]): number[] => amounts.map((amount) => amount * 100);

function brackets(bounds: number[], rates: number[]): SpecialRateBracket[] {
  const result: SpecialRateBracket[] = bounds.map((bound, i) => ({ upToCents: bound * 100, ratePercent: rates[i]! }));
  result.push({ upToCents: null, ratePercent: rates[bounds.length]! });
  return result;
}

const HOLIDAY_RATES = [0, 19.17, 21.2, 26.25, 31.3, 34.33, 36.34, 39.37, 42.39, 47.44, 53.5];
const EXCEPTIONAL_RATES = [0, 23.22, 25.23, 30.28, 35.33, 38.36, 40.38, 43.41, 46.44, 51.48, 53.5];

const BOUNDS_2019 = [8660, 11075, 14090, 16890, 19110, 21350, 25800, 28080, 37180, 48550];
const BOUNDS_2022 = [8845, 11330, 14400, 17270, 19550, 21830, 26390, 28710, 38020, 49650];
const BOUNDS_2024 = [10115, 12930, 16460, 19740, 22330, 24940, 30150, 32800, 43440, 56730];
const BOUNDS_2025 = [10415, 13330, 16960, 20340, 23020, 25710, 31070, 33810, 44770, 58460];

const SCALE_SOURCES = { '2019-01-01': ODOO_DIRECT, '2022-01-01': ODOO_DIRECT, '2024-01-01': ODOO_DIRECT };
const SCALE_PROVISIONAL = { '2023-01-01': NO_2023, '2026-01-01': NO_2026 };

export const holidayPayWithholdingScale: DatedSeries<SpecialRateBracket[]> = {
  description: 'Special withholding scale for holiday pay (double holiday pay), by annual reference pay',
  unit: 'scale',
  source: 'ODOO19-PARAM (holiday_pay_pp_rates)',
  values: {
    '2019-01-01': brackets(BOUNDS_2019, HOLIDAY_RATES),
    '2022-01-01': brackets(BOUNDS_2022, HOLIDAY_RATES),
    '2023-01-01': brackets(BOUNDS_2022, HOLIDAY_RATES),
    '2024-01-01': brackets(BOUNDS_2024, HOLIDAY_RATES),
    '2025-01-01': brackets(BOUNDS_2025, HOLIDAY_RATES),
    '2026-01-01': brackets(BOUNDS_2025, HOLIDAY_RATES),
  },
  sources: SCALE_SOURCES,
  provisional: SCALE_PROVISIONAL,
};

export const exceptionalAllowanceWithholdingScale: DatedSeries<SpecialRateBracket[]> = {
  description: 'Special withholding scale for exceptional allowances (13th month, year-end and other bonuses), by annual reference pay',
  unit: 'scale',
  source: 'ODOO19-PARAM (exceptional_allowances_pp_rates)',
  values: {
    '2019-01-01': brackets(BOUNDS_2019, EXCEPTIONAL_RATES),
    '2022-01-01': brackets(BOUNDS_2022, EXCEPTIONAL_RATES),
    '2023-01-01': brackets(BOUNDS_2022, EXCEPTIONAL_RATES),
    '2024-01-01': brackets(BOUNDS_2024, EXCEPTIONAL_RATES),
    '2025-01-01': brackets(BOUNDS_2025, EXCEPTIONAL_RATES),
    '2026-01-01': brackets(BOUNDS_2025, EXCEPTIONAL_RATES),
  },
  sources: SCALE_SOURCES,
  provisional: SCALE_PROVISIONAL,
};

const EXONERATION_2025 = euros([18400, 21930, 28270, 35330, 42390, 49450, 56510, 63570, 70630, 77690, 84750, 91810]);
const EXONERATION_2022 = euros([14272, 17680, 23060, 29060, 35060, 41060, 47060, 53060, 59060, 65060, 71060, 77060]);

export const childExonerationLimits: DatedSeries<number[]> = {
  description: 'Special scales: annual reference-pay limit for 1…12 dependent children; at or below it the reference pay is lowered by (limit − reference pay)',
  unit: 'EUR cents per year',
  source: 'ODOO19-PARAM (holiday_pay_pp_exoneration)',
  values: {
    '2019-01-01': euros([13643, 17060, 22320, 28190, 34060, 39930, 45800, 51670, 57540, 63410, 69280, 75150]),
    '2022-01-01': EXONERATION_2022,
    '2023-01-01': EXONERATION_2022,
    '2024-01-01': euros([17858, 21280, 27430, 34280, 41130, 47980, 54830, 61680, 68530, 75380, 82230, 89080]),
    '2025-01-01': EXONERATION_2025,
    '2026-01-01': EXONERATION_2025,
  },
  sources: SCALE_SOURCES,
  provisional: SCALE_PROVISIONAL,
};

const reductions = (ceilings: number[]): ChildRateReduction[] =>
  [7.5, 20, 35, 55, 75].map((reductionPercent, i) => ({ reductionPercent, ceilingCents: ceilings[i]! * 100 }));

const REDUCTIONS_2022 = reductions([23990, 23990, 26390, 31190, 33590]);
const REDUCTIONS_2025 = reductions([28245, 28245, 31070, 36720, 39550]);

export const childRateReductions: DatedSeries<ChildRateReduction[]> = {
  description: 'Special scales: rate reduction for 1, 2, 3, 4, 5 or more dependent children, if the reference pay is at or below the ceiling',
  unit: 'scale',
  source: 'ODOO19-PARAM (holiday_pay_pp_rate_reduction)',
  values: {
    '2019-01-01': reductions([23460, 23460, 25810, 30500, 32850]),
    '2022-01-01': REDUCTIONS_2022,
    '2023-01-01': REDUCTIONS_2022,
    '2024-01-01': reductions([27410, 27410, 30150, 35635, 38375]),
    '2025-01-01': REDUCTIONS_2025,
    '2026-01-01': REDUCTIONS_2025,
  },
  sources: SCALE_SOURCES,
  provisional: SCALE_PROVISIONAL,
};
