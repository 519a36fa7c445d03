import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOMES } from '../../../domain/trajectory/trajectory';
import { api, call, type Schemas } from '../api/client';
import { Field, useAction } from '../ui';
import { DOMAINS, type Domain, ScoresForm } from './scores';

type Participant = Schemas['Participant'];

/**
 * The trajectory's end: once the 24 months are over the coach records the endline scores of the
 * seven life domains, the outcome and why the participant leaves; the trajectory then completes.
 * Completed, it shows the outcome and each domain's change since the intake.
 */
export function FinalEvaluation({ participant: p, onDone }: { participant: Participant; onDone: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('activity-launched');
  const [exitReason, setExitReason] = useState('');
  const record = useAction(async (scores: { domain: Domain; score: number; note: string }[]) => {
    await call(
      api.POST('/api/v1/participants/{participantId}/final-evaluation', { params: { path: { participantId: p.id } }, body: { scores, outcome, exitReason } }),
    );
    onDone();
  });
  const score = (kind: string, domain: string) => p.scores.find((s) => s.kind === kind && s.domain === domain)?.score;
  if (p.status === 'completed') {
    return (
      <section className="card" aria-labelledby="final-evaluation">
        <h2 id="final-evaluation">{t('final.title')}</h2>
        <dl className="totals">
          <div className="row">
            <dt>{t('final.outcome')}</dt>
            <dd>{p.outcome ? t(`outcome.${p.outcome}`, { defaultValue: p.outcome }) : '—'}</dd>
          </div>
        </dl>
        {p.exitReason && <p>{t('final.exitReasonIs', { reason: p.exitReason })}</p>}
        <table className="grid">
          <caption className="visually-hidden">{t('final.change')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('final.domain')}</th>
              <th scope="col" className="num">
                {t('final.intake')}
              </th>
              <th scope="col" className="num">
                {t('final.end')}
              </th>
            </tr>
          </thead>
          <tbody>
            {DOMAINS.map((d) => (
              <tr key={d}>
                <th scope="row">{t(`domain.${d}`)}</th>
                <td className="num">{score('baseline', d) ?? '—'}</td>
                <td className="num">{score('endline', d) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );
  }
  return (
    <section aria-labelledby="final-evaluation">
      <h2 id="final-evaluation">{t('final.title')}</h2>
      <p className="muted">{t('final.explain')}</p>
      <ScoresForm onSubmit={(s) => void record.run(s)} busy={record.busy} problem={record.problem} submitLabel={t('final.submit')}>
        <Field label={t('final.outcome')} name="outcome" problem={record.problem}>
          {(id, d) => (
            <select id={id} aria-describedby={d} value={outcome} onChange={(e) => setOutcome(e.target.value as (typeof OUTCOMES)[number])}>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`outcome.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('final.exitReason')} name="exitReason" problem={record.problem}>
          {(id, d) => <textarea id={id} aria-describedby={d} value={exitReason} onChange={(e) => setExitReason(e.target.value)} />}
        </Field>
      </ScoresForm>
    </section>
  );
}
