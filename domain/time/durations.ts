/** A language a duration is written in. */
export type DurationLanguage = 'fr' | 'nl' | 'en';

const NBSP = '\u00a0';

/**
 * A duration as people write it: "45 min", "2 h", "1 h 15" ("1 u 15" in Dutch), with no-break
 * spaces so it never wraps; minutes are rounded to the nearest whole minute.
 */
export function formatDuration(minutes: number, language: DurationLanguage): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const unit = language === 'nl' ? 'u' : 'h';
  if (hours === 0) return `${rest}${NBSP}min`;
  return rest === 0 ? `${hours}${NBSP}${unit}` : `${hours}${NBSP}${unit}${NBSP}${String(rest).padStart(2, '0')}`;
}
