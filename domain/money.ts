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
  const order = raw
    .map((x, i) => ({ i, frac: Math.abs(x - Math.trunc(x)) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
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
