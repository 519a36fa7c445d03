import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice, type useAction } from '../ui';

export const DOMAINS = ['income', 'housing', 'health', 'legal-situation', 'language', 'network', 'digital-skills'] as const;
export type Domain = (typeof DOMAINS)[number];

/** A score of 1 to 5 and a note for each of the seven life domains: the intake, each review, the final evaluation. */
export function ScoresForm({
  onSubmit,
  busy,
  problem,
  submitLabel,
  children,
}: {
  onSubmit: (scores: { domain: Domain; score: number; note: string }[]) => void;
  busy: boolean;
  problem: ReturnType<typeof useAction>['problem'];
  submitLabel: string;
  /** More fields of the same form (the final evaluation's outcome), after the scores. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [scores, setScores] = useState<Record<string, { score: string; note: string }>>({});
  return (
    <form
      noValidate
      className="card form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(DOMAINS.map((domain) => ({ domain, score: Number(scores[domain]?.score ?? 0), note: scores[domain]?.note ?? '' })));
      }}
    >
      <ProblemNotice problem={problem} />
      {DOMAINS.map((d) => (
        <fieldset key={d} className="score">
          <legend>{t(`domain.${d}`)}</legend>
          <div className="scale" role="radiogroup" aria-label={t(`domain.${d}`)}>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="scale-point">
                <input
                  type="radio"
                  name={`score-${d}`}
                  value={n}
                  checked={scores[d]?.score === String(n)}
                  onChange={() => setScores({ ...scores, [d]: { note: scores[d]?.note ?? '', score: String(n) } })}
                />
                <span>{n}</span>
              </label>
            ))}
          </div>
          <label htmlFor={`note-${d}`} className="small">
            {t('coach.note')}
          </label>
          <input
            id={`note-${d}`}
            value={scores[d]?.note ?? ''}
            onChange={(e) => setScores({ ...scores, [d]: { score: scores[d]?.score ?? '', note: e.target.value } })}
          />
        </fieldset>
      ))}
      <p className="muted">{t('coach.scaleHint')}</p>
      {children}
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
