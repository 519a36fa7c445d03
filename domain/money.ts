/**
 * Money is an integer number of euro cents. Never a float of euros.
 * Every rounding is explicit and named after the rule that requires it.
 */
export type Cents = number;

export function assertCents(value: number, what = 'amount'): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a whole number of cents, got ${value}`);
  return value;
}

/** Rounds a (possibly fractional) number of cents half away from zero: the usual commercial rounding. */
export function roundHalfUp(cents: number): Cents {
  const r = Math.round(Math.abs(cents) + 1e-9);
  return cents < 0 ? -r : r;
}

/** Drops the fraction of a cent (towards zero), as withholding-tax truncation requires. */
export function truncate(cents: number): Cents {
  return Math.trunc(cents + (cents >= 0 ? 1e-9 : -1e-9));
}

/** Splits an amount into parts proportional to the weights, losing no cent (largest remainder). */
export function allocate(total: Cents, weights: readonly number[]): Cents[] {
  assertCents(total, 'total');
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0) throw new RangeError('allocate needs positive weights');
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map((x) => Math.trunc(x));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => ({ i, frac: Math.abs(x - Math.trunc(x)) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  const step = rest >= 0 ? 1 : -1;
  for (let k = 0; rest !== 0; k = (k + 1) % order.length) {
    parts[order[k]!.i]! += step;
    rest -= step;
  }
  return parts;
}

/** "1234.5 €" style formatting for documents: 123456 -> "1.234,56" (fr/nl) or "1,234.56" (en). */
export function formatEuros(cents: Cents, locale: 'fr' | 'nl' | 'en' = 'fr'): string {
  const tag = locale === 'en' ? 'en-IE' : locale === 'nl' ? 'nl-BE' : 'fr-BE';
  return new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/**
 * Divides two whole numbers and rounds half away from zero, exactly. Payroll rules state rates
 * with a few decimals; multiplying cents by a rate expressed as a whole number of basis points
 * and dividing once here keeps every rounding exact (no float drift at the half cent).
 */
export function divideRoundingHalfUp(numerator: number, denominator: number): Cents {
  assertWholeDivision(numerator, denominator);
  const remainder = numerator % denominator;
  const quotient = (numerator - remainder) / denominator;
  if (2 * Math.abs(remainder) >= denominator) return quotient + (numerator < 0 ? -1 : 1);
  return quotient;
}

/** Divides two whole numbers and drops the fraction (towards zero), exactly. */
export function divideTruncating(numerator: number, denominator: number): Cents {
  assertWholeDivision(numerator, denominator);
  const remainder = numerator % denominator;
  return (numerator - remainder) / denominator;
}

function assertWholeDivision(numerator: number, denominator: number): void {
  if (!Number.isSafeInteger(numerator)) throw new RangeError(`numerator must be a safe whole number, got ${numerator}`);
  if (!Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`denominator must be a positive whole number, got ${denominator}`);
  }
}

/** A percentage with at most two decimals (13.07 %) as whole basis points (1307). */
export function percentToBasisPoints(percent: number): number {
  const basisPoints = Math.round(percent * 100);
  if (Math.abs(basisPoints - percent * 100) > 1e-6) {
    throw new RangeError(`a rate must have at most two decimals in percent, got ${percent}`);
  }
  return basisPoints;
}

const GROUP_SEPARATOR = { fr: '\u202f', nl: '.', en: ',' } as const;
const DECIMAL_SEPARATOR = { fr: ',', nl: ',', en: '.' } as const;

/**
 * Same output family as formatEuros ("3 000,00 €", "€ 3.000,00", "€3,000.00") without Intl.
 * Payslip explanations format dozens of amounts per payslip and the payroll engine must compute
 * 100,000 payslips a second; building an Intl.NumberFormat per call costs more than the payroll.
 */
export function formatEurosPlain(cents: Cents, locale: 'fr' | 'nl' | 'en' = 'fr'): string {
  const { sign, euros, fraction } = splitEuros(cents);
  const number = groupDigits(euros, GROUP_SEPARATOR[locale]) + DECIMAL_SEPARATOR[locale] + fraction;
  if (locale === 'fr') return `${sign}${number}\u00a0€`;
  if (locale === 'nl') return `€\u00a0${sign}${number}`;
  return `${sign}€${number}`;
}

/** The three payslip languages at once: the digits are split into groups a single time. */
export function formatEurosInAllLanguages(cents: Cents): { fr: string; nl: string; en: string } {
  const abs = cents < 0 ? -cents : cents;
  const rest = abs % 100;
  const sign = cents < 0 ? '-' : '';
  const fraction = rest < 10 ? `0${rest}` : String(rest);
  let euros = (abs - rest) / 100;
  if (euros < 1000) {
    const digits = String(euros);
    return { fr: `${sign}${digits},${fraction}\u00a0€`, nl: `€\u00a0${sign}${digits},${fraction}`, en: `${sign}€${digits}.${fraction}` };
  }
  const groups: string[] = [];
  while (euros >= 1000) {
    const group = euros % 1000;
    groups.unshift(group < 10 ? `00${group}` : group < 100 ? `0${group}` : String(group));
    euros = (euros - group) / 1000;
  }
  groups.unshift(String(euros));
  return {
    fr: `${sign}${groups.join(GROUP_SEPARATOR.fr)},${fraction}\u00a0€`,
    nl: `€\u00a0${sign}${groups.join(GROUP_SEPARATOR.nl)},${fraction}`,
    en: `${sign}€${groups.join(GROUP_SEPARATOR.en)}.${fraction}`,
  };
}

function splitEuros(cents: Cents): { sign: string; euros: string; fraction: string } {
  const abs = cents < 0 ? -cents : cents;
  const rest = abs % 100;
  return { sign: cents < 0 ? '-' : '', euros: String((abs - rest) / 100), fraction: rest < 10 ? `0${rest}` : String(rest) };
}

function groupDigits(digits: string, separator: string): string {
  if (digits.length <= 3) return digits;
  let grouped = digits.slice(-3);
  let rest = digits.slice(0, -3);
  while (rest.length > 3) {
    grouped = `${rest.slice(-3)}${separator}${grouped}`;
    rest = rest.slice(0, -3);
  }
  return `${rest}${separator}${grouped}`;
}
