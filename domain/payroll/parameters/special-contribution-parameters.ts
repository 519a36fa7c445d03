import type { DatedSeries } from './dated-series';

/**
 * Special social security contribution (cotisation spéciale de sécurité sociale / BBSZ),
 * withheld monthly as an advance on the quarterly amount. Facts reference §4.
 * In each bracket: amount = min(max(basis + (G − from + 0.01) × rate, minimum), maximum),
 * G being the monthly gross at 100 %.
 */
export interface SpecialContributionBracket {
  fromCents: number;
  /** Inclusive upper bound; null for the last bracket. */
  toCents: number | null;
  ratePercent: number;
  basisCents: number;
  minimumCents: number;
  maximumCents: number;
}

const bracket = (from: number, to: number | null, ratePercent: number, basis: number, minimum: number, maximum: number): SpecialContributionBracket => ({
  fromCents: from,
  toCents: to,
  ratePercent,
  basisCents: basis,
  minimumCents: minimum,
  maximumCents: maximum,
});

const NO_2026 = 'No change found after 2022-04-01 up to 2025; no 2026 figure found. The 2022 scale is carried forward.';

const SINGLE_2022 = [
  bracket(0, 194538, 0, 0, 0, 0),
  bracket(194539, 219018, 4.22, 0, 0, 1033),
  bracket(219019, 373700, 1.1, 1033, 0, 2735),
  bracket(373701, 410000, 3.38, 2735, 0, 3961),
  bracket(410001, 603882, 1.1, 3961, 0, 6094),
  bracket(603883, null, 0, 6094, 6094, 6094),
];

export const specialContributionScaleSingleOrOneIncome: DatedSeries<SpecialContributionBracket[]> = {
  description: 'Special social security contribution, monthly scale for a single worker or a household with one professional income',
  unit: 'scale',
  source: 'ODOO19-PARAM (cp200_monss_isolated)',
  values: {
    // Before 2022-04: 7.6 % from 1,945.39 up to 18.60, then 18.60 + 1.1 % up to 60.94.
    '2016-01-01': [
      bracket(0, 194538, 0, 0, 0, 0),
      bracket(194539, 219018, 7.6, 0, 0, 1860),
      bracket(219019, 603882, 1.1, 1860, 0, 6094),
      bracket(603883, null, 0, 6094, 6094, 6094),
    ],
    '2022-04-01': SINGLE_2022,
    '2026-01-01': SINGLE_2022,
  },
  provisional: { '2026-01-01': NO_2026 },
};

const TWO_INCOMES_2022 = [
  bracket(0, 109509, 0, 0, 0, 0),
  bracket(109510, 194538, 0, 515, 515, 515),
  bracket(194539, 219018, 5.9, 0, 515, 1444),
  bracket(219019, null, 1.1, 1444, 0, 5164),
];

export const specialContributionScaleTwoIncomes: DatedSeries<SpecialContributionBracket[]> = {
  description: 'Special social security contribution, monthly scale for a couple where both partners have professional income',
  unit: 'scale',
  source: 'ODOO19-PARAM (cp200_monss_couple)',
  values: {
    // Before 2022-04: 9.30 flat from 1,095.10; 7.6 % (minimum 9.30) up to 18.60; then 1.1 % up to 51.64.
    '2016-01-01': [
      bracket(0, 109509, 0, 0, 0, 0),
      bracket(109510, 194538, 0, 930, 930, 930),
      bracket(194539, 219018, 7.6, 0, 930, 1860),
      bracket(219019, 603882, 1.1, 1860, 0, 5164),
      bracket(603883, null, 0, 5164, 5164, 5164),
    ],
    '2022-04-01': TWO_INCOMES_2022,
    '2026-01-01': TWO_INCOMES_2022,
  },
  provisional: { '2026-01-01': NO_2026 },
};

export const specialContributionBlueCollarBase: DatedSeries<number> = {
  description: 'Share of a blue-collar monthly gross taken as the special contribution base (100 % as in Odoo, which uses the basic pay)',
  unit: 'percent',
  source: 'ODOO19-CODE (_get_be_special_social_cotisations uses BASIC at 100 %)',
  verified: false,
  note: 'Whether the base for ouvriers is the 108 % amount is unverified (facts §4 and §15.6).',
  values: { '2016-01-01': 100 },
};
