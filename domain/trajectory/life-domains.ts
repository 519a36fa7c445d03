import type { RuleViolation } from '../rule-violation';

/**
 * The life domains an entrepreneur's situation is assessed on, at intake (baseline), at each
 * quarterly review (midline) and at 24 months (endline). 1 = very precarious, 5 = secure.
 * The same grid at every measure, so the change per domain can be shown to funders.
 */
export const LIFE_DOMAINS = ['income', 'housing', 'health', 'legal-situation', 'language', 'network', 'digital-skills'] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

export const MEASURE_KINDS = ['baseline', 'midline', 'endline'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
export const MAX_NOTE_LENGTH = 1000;

export interface LifeDomainScore {
  domain: LifeDomain;
  score: number;
  /** Free text of the coach: may touch health or legal situation, so it is stored encrypted. */
  note: string;
}

/** A complete grid: every domain exactly once, each score an integer from 1 to 5. */
export function validateLifeDomainScores(scores: readonly LifeDomainScore[]): RuleViolation[] {
  const errors: RuleViolation[] = [];
  scores.forEach((s, i) => {
    if (!(LIFE_DOMAINS as readonly string[]).includes(s.domain)) {
      errors.push({ field: `scores.${i}.domain`, code: 'unknown-life-domain', message: `must be one of ${LIFE_DOMAINS.join(', ')}` });
    }
    if (!Number.isInteger(s.score) || s.score < MIN_SCORE || s.score > MAX_SCORE) {
      errors.push({ field: `scores.${i}.score`, code: 'score-out-of-range', message: `must be a whole number from ${MIN_SCORE} to ${MAX_SCORE}` });
    }
    if (s.note.length > MAX_NOTE_LENGTH) errors.push({ field: `scores.${i}.note`, code: 'note-too-long', message: `at most ${MAX_NOTE_LENGTH} characters` });
  });
  const seen = scores.map((s) => s.domain);
  const duplicated = LIFE_DOMAINS.filter((d) => seen.filter((x) => x === d).length > 1);
  if (duplicated.length) errors.push({ field: 'scores', code: 'duplicate-life-domain', message: `scored twice: ${duplicated.join(', ')}` });
  const missing = LIFE_DOMAINS.filter((d) => !seen.includes(d));
  if (missing.length) errors.push({ field: 'scores', code: 'life-domain-missing', message: `every domain is scored; missing: ${missing.join(', ')}` });
  return errors;
}
