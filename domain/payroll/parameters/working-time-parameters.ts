import type { DatedSeries } from './dated-series';

/**
 * Working time and pay premiums for hours worked at particular times. Premiums are set by law
 * for overtime and otherwise by sector agreements (PC 322 applies the user company's sector);
 * the facts reference gives none of them, so they are all marked unverified.
 */

const PREMIUM_NOTE = 'Not in the facts reference. Premiums depend on the joint committee of the user company; supply the sector value as data.';

export const fullTimeReferenceWeeklyHours: DatedSeries<number> = {
  description: 'Weekly hours of a full-time worker (U of the structural reduction; RMMMG hourly rate basis); a month counts 13/3 weeks',
  unit: 'hours per week',
  source: 'ODOO-DMFA (U = 38 reference hours); salairesminimums.be 01/02/2025 (38 h)',
  values: { '2016-01-01': 38 },
};

export const overtimePremiumRate: DatedSeries<number> = {
  description: 'Premium on the hourly wage for overtime hours',
  unit: 'percent',
  source: 'Labour Act of 16 March 1971, art. 29 (50 %) — not in the facts reference',
  verified: false,
  note: PREMIUM_NOTE,
  values: { '2016-01-01': 50 },
};

export const nightWorkPremiumRate: DatedSeries<number> = {
  description: 'Premium on the hourly wage for night hours',
  unit: 'percent',
  source: 'none: no general legal night premium; set by sector agreements',
  verified: false,
  note: PREMIUM_NOTE,
  values: { '2016-01-01': 0 },
};

export const sundayWorkPremiumRate: DatedSeries<number> = {
  description: 'Premium on the hourly wage for hours worked on a Sunday',
  unit: 'percent',
  source: 'Labour Act of 16 March 1971, art. 29 (100 % for overtime on Sundays) — not in the facts reference',
  verified: false,
  note: PREMIUM_NOTE,
  values: { '2016-01-01': 100 },
};

export const publicHolidayWorkPremiumRate: DatedSeries<number> = {
  description: 'Premium on the hourly wage for hours worked on a public holiday',
  unit: 'percent',
  source: 'Labour Act of 16 March 1971, art. 29 (100 % for overtime on public holidays) — not in the facts reference',
  verified: false,
  note: PREMIUM_NOTE,
  values: { '2016-01-01': 100 },
};
