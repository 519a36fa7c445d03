import type { RuleViolation } from '../rule-violation';
import { at, type DatedSeries } from '../payroll/parameters/dated-series';

/**
 * The national guaranteed minimum (RMMMG, CCT 43) as an hourly wage at 38 h a week, in cents,
 * rounded up so that a wage equal to the threshold is never below the law. Sector scales (PC 330,
 * 302, 124) were not found (facts §7): they are not applied, which the contract rule says.
 */
export const NATIONAL_MINIMUM_HOURLY_WAGE: DatedSeries<number> = {
  description: 'National guaranteed minimum wage (RMMMG), hourly at 38 h/week',
  unit: 'EUR cents',
  source: 'salairesminimums.be 01/02/2025 (12.8252 €/h); Attentia 2024 (2,029.88 €/month)',
  values: {
    // 2,029.88 €/month × 3 / 13 / 38 = 12.3272 €/h
    '2024-04-01': 1233,
    '2025-02-01': 1283,
  },
  provisional: {
    '2025-02-01': 'the 2026 amount (+35 €/month planned from 2026-04-01, CCT 43/15) was not found: the 2025 amount is carried forward',
  },
};

export function nationalMinimumHourlyWage(onDate: string) {
  return at(NATIONAL_MINIMUM_HOURLY_WAGE, onDate);
}

/** The first day a minimum is known for: earlier, nothing can be checked, so nothing starts then. */
export const MINIMUM_WAGE_KNOWN_FROM = Object.keys(NATIONAL_MINIMUM_HOURLY_WAGE.values).sort()[0]!;

/**
 * The rule on a wage against the national minimum of `onDate`, for the field `field`: a wage under
 * it, or a day before any known minimum (which would otherwise be an error, not an answer).
 */
export function minimumWageViolations(field: string, wageCents: number, onDate: string, dateField: string): RuleViolation[] {
  if (onDate < MINIMUM_WAGE_KNOWN_FROM) {
    return [
      {
        field: dateField,
        code: 'before-known-minimum-wage',
        message: `no national minimum wage is on file before ${MINIMUM_WAGE_KNOWN_FROM}: nothing can start that early`,
      },
    ];
  }
  const minimum = nationalMinimumHourlyWage(onDate);
  if (wageCents >= minimum.value) return [];
  return [
    {
      field,
      code: 'below-minimum-wage',
      message: `the hourly wage is under the national minimum of ${(minimum.value / 100).toFixed(2)} € that applies on ${onDate}`,
    },
  ];
}
