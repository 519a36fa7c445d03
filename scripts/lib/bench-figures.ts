/**
 * The arithmetic the benchmarks print, kept pure so it is tested on its own: latency
 * percentiles and the "every effect exactly once" count check.
 */

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0–100, not ${p}`);
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export interface CountCheck {
  /** Operations the API answered with a 2xx. */
  answered: number;
  /** …of which the database holds the effect exactly once. */
  recordedOnce: number;
  /** Answered 2xx, but no effect in the database. */
  lost: string[];
  /** An effect held more than once (whether answered or not). */
  doubled: string[];
  /** An effect in the database for an operation never answered 2xx (a timeout whose work was done after all). */
  unanswered: string[];
}

/**
 * Compares what the API said it did (the keys of operations answered 2xx) with what the
 * database holds (how many times each key's effect was found). Keys never sent and never
 * recorded do not appear in either.
 */
export function countCheck(answered: Iterable<string>, recorded: ReadonlyMap<string, number>): CountCheck {
  const ok = new Set(answered);
  const lost: string[] = [];
  const doubled: string[] = [];
  const unanswered: string[] = [];
  let recordedOnce = 0;
  for (const key of ok) {
    const times = recorded.get(key) ?? 0;
    if (times === 0) lost.push(key);
    else if (times === 1) recordedOnce += 1;
  }
  for (const [key, times] of recorded) {
    if (times > 1) doubled.push(key);
    if (times > 0 && !ok.has(key)) unanswered.push(key);
  }
  return { answered: ok.size, recordedOnce, lost, doubled, unanswered };
}

/** True when every answered operation is recorded once and nothing is doubled. */
export const exactlyOnce = (c: CountCheck) => c.lost.length === 0 && c.doubled.length === 0 && c.recordedOnce === c.answered;
