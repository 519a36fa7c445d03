import type { DatedSeries } from './dated-series';

/**
 * Worker social security (ONSS/RSZ personal share) and the social work bonus (bonus à l'emploi /
 * werkbonus). Source tags refer to docs/belgian-payroll-facts.md §1 and §2.
 */

const NO_2026_FIGURE = 'No 2026 figure found in the facts reference; the last known value is carried forward.';
const WORK_BONUS_2026 = 'Work-bonus amounts are indexed when the pivot index is exceeded; the last indexation found is 1 Feb 2025. No 2026 figure found.';

export const personalContributionRate: DatedSeries<number> = {
  description: 'Personal social security contribution rate (ONSS/RSZ worker share)',
  unit: 'percent',
  source: 'ODOO19-CODE (0.1307 hard-coded); REFLI; socialsecurity.be work-bonus page 2021-4',
  values: { '2021-01-01': 13.07, '2026-01-01': 13.07 },
  provisional: { '2026-01-01': `${NO_2026_FIGURE} The facts reference marks 2026 unverified.` },
};

export const blueCollarContributionBase: DatedSeries<number> = {
  description: 'Share of a blue-collar (ouvrier) gross on which social security is computed: 108 %, the 8 % funding holiday pay',
  unit: 'percent',
  source: 'REFLI compensation.yaml; Acerta 2019',
  values: { '2021-01-01': 108 },
};

export const doubleHolidayPayRate: DatedSeries<number> = {
  description: 'White-collar double holiday pay as a share of the monthly gross (85 % + 7 %)',
  unit: 'percent',
  source: 'facts §1 and §6.1: ODOO-TEST-WHT; CBC; ESAPI',
  values: { '2021-01-01': 92 },
};

export const doubleHolidayPayShareSubjectToSocialSecurity: DatedSeries<number> = {
  description: 'Part of the monthly gross, within the double holiday pay, on which the personal 13.07 % is taken',
  unit: 'percent',
  source: 'facts §1 (ODOO-TEST-WHT, 2024 example)',
  values: { '2021-01-01': 85 },
};

/** One-part work bonus (until March 2024): R = amountCents − rate × (S − low) on each slope. */
export interface SinglePartWorkBonusScale {
  lowReferenceWageCents: number;
  maximumCents: number;
  slopes: { upToReferenceWageCents: number; amountCents: number; reductionPerEuroPercent: number }[];
}

const ONE_SLOPE = (low: number, max: number, high: number, rate: number): SinglePartWorkBonusScale => ({
  lowReferenceWageCents: low,
  maximumCents: max,
  slopes: [{ upToReferenceWageCents: high, amountCents: max, reductionPerEuroPercent: rate }],
});

const ODOO_DIRECT = 'ODOO19-PARAM (read directly in hr_rule_parameters_data.xml; not restated in the facts reference)';
const NOV_2023 =
  'https://www.groups.be/nl/nieuws/juridische-artikels/werkbonus-op-1-november-2023 (also forumforthefuture 2024; not in the facts reference, which carries the July 2023 amounts to March 2024)';
const TIMES_108 = 'DERIVED: employee amount × 1.08 (rule confirmed by Securex July 2023 and Easypay Feb 2025)';

export const singlePartWorkBonusEmployee: DatedSeries<SinglePartWorkBonusScale> = {
  description: 'Social work bonus, one-part regime, white-collar (declared at 100 %): reference wages and amounts',
  unit: 'scale',
  source: 'REFLI; ODOO19-PARAM',
  values: {
    '2020-03-01': ONE_SLOPE(167449, 20565, 261178, 21.94),
    '2021-09-01': ONE_SLOPE(170794, 20976, 266408, 21.94),
    '2022-01-01': ONE_SLOPE(174214, 21396, 271730, 21.94),
    '2022-04-01': ONE_SLOPE(186034, 22848, 284798, 23.13),
    '2022-08-01': ONE_SLOPE(193550, 23771, 296304, 23.13),
    '2022-11-01': ONE_SLOPE(197420, 24246, 302228, 23.13),
    '2022-12-01': ONE_SLOPE(201363, 24731, 308266, 23.13),
    '2023-07-01': {
      lowReferenceWageCents: 201364,
      maximumCents: 26216,
      slopes: [
        { upToReferenceWageCents: 257145, amountCents: 26216, reductionPerEuroPercent: 25.79 },
        { upToReferenceWageCents: 308266, amountCents: 24731, reductionPerEuroPercent: 23.13 },
      ],
    },
    '2023-11-01': {
      lowReferenceWageCents: 205401,
      maximumCents: 26742,
      slopes: [
        { upToReferenceWageCents: 262300, amountCents: 26742, reductionPerEuroPercent: 25.79 },
        { upToReferenceWageCents: 314445, amountCents: 25226, reductionPerEuroPercent: 23.13 },
      ],
    },
  },
  sources: {
    '2020-03-01': 'REFLI; ODOO19-PARAM',
    '2021-09-01': ODOO_DIRECT,
    '2022-01-01': ODOO_DIRECT,
    '2022-04-01': 'secretariatsocial.eu; forumforthefuture; ODOO19-PARAM',
    '2022-08-01': ODOO_DIRECT,
    '2022-11-01': ODOO_DIRECT,
    '2022-12-01': 'ODOO19-PARAM',
    '2023-07-01': 'Securex lex4you; ODOO19-PARAM',
    '2023-11-01': NOV_2023,
  },
};

export const singlePartWorkBonusBlueCollar: DatedSeries<SinglePartWorkBonusScale> = {
  description: 'Social work bonus, one-part regime, blue-collar (declared at 108 %): same reference wages, amounts × 1.08',
  unit: 'scale',
  source: 'REFLI; ODOO19-PARAM',
  values: {
    '2020-03-01': ONE_SLOPE(167449, 22210, 261178, 23.7),
    '2021-09-01': ONE_SLOPE(170794, 22654, 266408, 23.7),
    '2022-01-01': ONE_SLOPE(174214, 23108, 271730, 23.7),
    '2022-04-01': ONE_SLOPE(186034, 24676, 284798, 24.98),
    '2022-08-01': ONE_SLOPE(193550, 25673, 296304, 24.98),
    '2022-11-01': ONE_SLOPE(197420, 26186, 302228, 24.98),
    '2022-12-01': ONE_SLOPE(201363, 26709, 308266, 24.98),
    '2023-07-01': {
      lowReferenceWageCents: 201364,
      maximumCents: 28313,
      slopes: [
        { upToReferenceWageCents: 257145, amountCents: 28313, reductionPerEuroPercent: 27.86 },
        { upToReferenceWageCents: 308266, amountCents: 26709, reductionPerEuroPercent: 24.98 },
      ],
    },
    '2023-11-01': {
      lowReferenceWageCents: 205401,
      maximumCents: 28881,
      slopes: [
        { upToReferenceWageCents: 262300, amountCents: 28881, reductionPerEuroPercent: 27.86 },
        { upToReferenceWageCents: 314445, amountCents: 27244, reductionPerEuroPercent: 24.98 },
      ],
    },
  },
  sources: {
    '2020-03-01': 'REFLI; ODOO19-PARAM',
    '2021-09-01': `${ODOO_DIRECT}; ${TIMES_108}`,
    '2022-01-01': `${ODOO_DIRECT}; ${TIMES_108}`,
    '2022-04-01': 'secretariatsocial.eu; forumforthefuture',
    '2022-08-01': `${ODOO_DIRECT}; ${TIMES_108}`,
    '2022-11-01': `${ODOO_DIRECT}; ${TIMES_108}`,
    '2022-12-01': `ODOO19-PARAM; ${TIMES_108}`,
    '2023-07-01': 'Securex lex4you',
    '2023-11-01': NOV_2023,
  },
};

/** Two-part work bonus (from April 2024): part A for modest wages, part B for the lowest wages. */
export interface TwoPartWorkBonusScale {
  lowReferenceWageCents: number;
  middleReferenceWageCents: number;
  highReferenceWageCents: number;
  partAMaximumCents: number;
  partAReductionPerEuroPercent: number;
  partBMaximumCents: number;
  partBReductionPerEuroPercent: number;
}

const twoParts = (low: number, middle: number, high: number, aMax: number, aRate: number, bMax: number, bRate: number): TwoPartWorkBonusScale => ({
  lowReferenceWageCents: low,
  middleReferenceWageCents: middle,
  highReferenceWageCents: high,
  partAMaximumCents: aMax,
  partAReductionPerEuroPercent: aRate,
  partBMaximumCents: bMax,
  partBReductionPerEuroPercent: bRate,
});

export const twoPartWorkBonusEmployee: DatedSeries<TwoPartWorkBonusScale> = {
  description: 'Social work bonus, parts A and B, white-collar (declared at 100 %)',
  unit: 'scale',
  source: 'ODOO19-PARAM; Easypay 2025',
  values: {
    '2024-04-01': twoParts(209078, 266996, 314445, 11591, 24.43, 15630, 26.99),
    '2024-05-01': twoParts(213259, 272336, 320740, 11822, 24.42, 15943, 26.99),
    '2025-02-01': twoParts(217525, 277783, 327148, 12059, 24.43, 16262, 26.99),
    '2026-01-01': twoParts(217525, 277783, 327148, 12059, 24.43, 16262, 26.99),
  },
  provisional: { '2026-01-01': WORK_BONUS_2026 },
};

export const twoPartWorkBonusBlueCollar: DatedSeries<TwoPartWorkBonusScale> = {
  description: 'Social work bonus, parts A and B, blue-collar (declared at 108 %): same reference wages',
  unit: 'scale',
  source: 'Easypay, https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/?id=10499 (Feb 2025)',
  values: {
    '2024-04-01': twoParts(209078, 266996, 314445, 12518, 26.38, 16880, 29.15),
    '2024-05-01': twoParts(213259, 272336, 320740, 12768, 26.37, 17218, 29.15),
    '2025-02-01': twoParts(217525, 277783, 327148, 13024, 26.38, 17563, 29.15),
    '2026-01-01': twoParts(217525, 277783, 327148, 13024, 26.38, 17563, 29.15),
  },
  sources: {
    '2024-04-01': `ODOO19-PARAM thresholds; ${TIMES_108}`,
    '2024-05-01': `ODOO19-PARAM thresholds; ${TIMES_108}`,
  },
  provisional: { '2026-01-01': WORK_BONUS_2026 },
};
