import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../api/client';
import { todayInBrussels } from '../dates';
import { Field, Link, Loading, Page, ProblemNotice, Status, useAction, useFormat, useLoad } from '../ui';
import { FinalEvaluation } from './final-evaluation';
import { type Domain, ScoresForm } from './scores';

/** My participants with what is due, overdue first; my cohorts. */
export function CoachHome() {
  const { t } = useTranslation();
  const f = useFormat();
  const participants = useLoad(() => call(api.GET('/api/v1/participants')), []);
  const cohorts = useLoad(() => call(api.GET('/api/v1/cohorts')), []);
  const next = (p: Schemas['ParticipantSummary']) => [...p.due].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate))[0];
  const sorted = [...(participants.data?.participants ?? [])].sort((a, b) => {
    const na = next(a);
    const nb = next(b);
    return Number(nb?.overdue ?? false) - Number(na?.overdue ?? false) || (na?.dueDate ?? '9').localeCompare(nb?.dueDate ?? '9');
  });
  return (
    <Page title={t('coach.title')}>
      <Loading loading={participants.loading} />
      <ProblemNotice problem={participants.problem} />
      <ul className="list cards">
        {sorted.map((p) => {
          const due = next(p);
          return (
            <li key={p.id} className={due?.overdue ? 'severity-warning' : ''}>
              <Link to={`/coach/participants/${p.id}`} className="card-link">
                <span className="big">{p.displayName}</span>
                <Status value={p.status} />
                {due && (
                  <span>
                    {due.overdue ? <strong>{t('coach.overdue')}: </strong> : `${t('coach.next')}: `}
                    {due.label} · {f.date(due.dueDate)}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
      <h2>{t('coach.cohorts')}</h2>
      <ProblemNotice problem={cohorts.problem} />
      <ul className="list cards">
        {cohorts.data?.cohorts.map((c) => (
          <li key={c.id}>
            <span className="big">{c.name}</span>
            <span>{t('coach.participantCount', { count: c.participantCount })}</span>
            <div className="actions">
              <Link to={`/coach/cohorts/${c.id}/attendance`} className="button secondary">
                {t('coach.attendance')}
              </Link>
              <Link to={`/coach/cohorts/${c.id}/report`} className="button secondary">
                {t('coach.report')}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}

export function CoachParticipant({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const participant = useLoad(() => call(api.GET('/api/v1/participants/{participantId}', { params: { path: { participantId: id } } })), [id]);
  const path = { participantId: id };
  const intake = useAction(async (scores: { domain: Domain; score: number; note: string }[]) => {
    await call(api.POST('/api/v1/participants/{participantId}/intake', { params: { path }, body: { scores } }));
    participant.reload();
  });
  const [evidence, setEvidence] = useState<Record<string, string>>({});
  const milestone = useAction(async (code: string) => {
    await call(
      api.POST('/api/v1/participants/{participantId}/milestones/{code}/completion', {
        params: { path: { ...path, code } },
        body: { evidence: { summary: evidence[code] ?? '', references: [], obstacles: [] } },
      }),
    );
    participant.reload();
  });
  const [session, setSession] = useState({ heldOn: todayInBrussels(), minutes: '60', topics: '', next: '' });
  const logSession = useAction(async () => {
    await call(
      api.POST('/api/v1/participants/{participantId}/sessions', {
        params: { path },
        body: {
          heldOn: session.heldOn,
          durationMinutes: Number(session.minutes),
          topics: session.topics
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
          agreedNextSteps: session.next,
        },
      }),
    );
    setSession({ ...session, topics: '', next: '' });
    participant.reload();
  });
  const [pauseReason, setPauseReason] = useState('illness');
  const pause = useAction(async () => {
    await call(api.POST('/api/v1/participants/{participantId}/pause', { params: { path }, body: { reason: pauseReason as 'illness' } }));
    participant.reload();
  });
  const resume = useAction(async () => {
    await call(api.POST('/api/v1/participants/{participantId}/resume', { params: { path }, body: {} }));
    participant.reload();
  });
  const p = participant.data;
  const nextQuarter = Math.max(0, ...(p?.scores.filter((s) => s.kind !== 'baseline' && s.kind !== 'endline').map((s) => s.quarter) ?? [])) + 1;
  const review = useAction(async (scores: { domain: Domain; score: number; note: string }[]) => {
    await call(api.POST('/api/v1/participants/{participantId}/reviews', { params: { path }, body: { quarter: nextQuarter, scores } }));
    participant.reload();
  });
  const baseline = p?.scores.filter((s) => s.kind === 'baseline') ?? [];
  // Milestones and sessions are recorded from the intake until the trajectory closes.
  const recording = !!p && p.status !== 'awaiting-intake' && p.status !== 'completed' && p.status !== 'dropped-out';
  const milestones = [...(p?.milestones ?? [])].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <Page title={p?.displayName ?? t('coach.participant')} back={{ to: '/coach', label: t('nav.participants') }}>
      <Loading loading={participant.loading} />
      <ProblemNotice problem={participant.problem} />
      {p && (
        <>
          <p>
            <Status value={p.status} /> · {t(`phase.${p.phase}`, { defaultValue: p.phase })}
          </p>
          {p.due.length > 0 && (
            <div className="card">
              <h2>{t('coach.due')}</h2>
              <ul className="list">
                {p.due.map((d, i) => (
                  <li key={i} className={d.overdue ? 'severity-warning' : ''}>
                    <span>{d.label}</span>
                    <span>{f.date(d.dueDate)}</span>
                    {d.overdue && <strong>{t('coach.overdue')}</strong>}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <h2>{t('coach.intake')}</h2>
          {p.status === 'awaiting-intake' ? (
            <ScoresForm onSubmit={(s) => void intake.run(s)} busy={intake.busy} problem={intake.problem} submitLabel={t('coach.recordIntake')} />
          ) : baseline.length === 0 ? (
            <p className="muted">{t('coach.noIntake')}</p>
          ) : (
            <ul className="list">
              {baseline.map((s) => (
                <li key={s.domain}>
                  <span>{t(`domain.${s.domain}`, { defaultValue: s.domain })}</span>
                  <strong>{s.score} / 5</strong>
                </li>
              ))}
            </ul>
          )}
          {p.status === 'active' && (
            <>
              <h2>{t('coach.review', { quarter: nextQuarter })}</h2>
              <ScoresForm onSubmit={(sc) => void review.run(sc)} busy={review.busy} problem={review.problem} submitLabel={t('coach.recordReview')} />
            </>
          )}
          {(p.status === 'awaiting-final-evaluation' || p.status === 'completed') && <FinalEvaluation participant={p} onDone={participant.reload} />}
          <h2>{t('coach.milestones')}</h2>
          <ProblemNotice problem={milestone.problem} />
          <ul className="list cards">
            {milestones.map((m) => (
              <li key={m.code}>
                <span className="big">{m.title}</span>
                <span>{t('coach.dueOn', { date: f.date(m.dueDate) })}</span>
                <Status value={m.status} />
                {m.completedOn ? (
                  <span className="muted">
                    {f.date(m.completedOn)} — {m.evidence?.summary}
                  </span>
                ) : (
                  recording && (
                    <form
                      noValidate
                      className="inline-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        void milestone.run(m.code);
                      }}
                    >
                      <label htmlFor={`ev-${m.code}`}>{t('coach.evidence')}</label>
                      <textarea id={`ev-${m.code}`} value={evidence[m.code] ?? ''} onChange={(e) => setEvidence({ ...evidence, [m.code]: e.target.value })} />
                      <button type="submit" className="secondary" disabled={milestone.busy}>
                        {t('coach.complete')}
                      </button>
                    </form>
                  )
                )}
              </li>
            ))}
          </ul>
          <h2>{t('coach.sessions')}</h2>
          <ul className="list">
            {p.sessions.map((s) => (
              <li key={s.id}>
                <span>{f.date(s.heldOn)}</span>
                <span>{f.hours(s.durationMinutes)}</span>
                <span>{s.topics.join(', ')}</span>
              </li>
            ))}
          </ul>
          {recording && (
            <form
              noValidate
              className="card form"
              onSubmit={(e) => {
                e.preventDefault();
                void logSession.run();
              }}
            >
              <ProblemNotice problem={logSession.problem} />
              <Field label={t('coach.heldOn')} name="heldOn" problem={logSession.problem}>
                {(fid, d) => (
                  <input
                    id={fid}
                    aria-describedby={d}
                    type="date"
                    value={session.heldOn}
                    onChange={(e) => setSession({ ...session, heldOn: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('coach.minutes')} name="durationMinutes" problem={logSession.problem}>
                {(fid, d) => (
                  <input
                    id={fid}
                    aria-describedby={d}
                    type="number"
                    inputMode="numeric"
                    value={session.minutes}
                    onChange={(e) => setSession({ ...session, minutes: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('coach.topics')} name="topics" problem={logSession.problem} hint={t('coach.topicsHint')}>
                {(fid, d) => (
                  <input id={fid} aria-describedby={d} value={session.topics} onChange={(e) => setSession({ ...session, topics: e.target.value })} />
                )}
              </Field>
              <Field label={t('coach.nextSteps')} name="agreedNextSteps" problem={logSession.problem}>
                {(fid, d) => <textarea id={fid} aria-describedby={d} value={session.next} onChange={(e) => setSession({ ...session, next: e.target.value })} />}
              </Field>
              <button type="submit" className="primary" disabled={logSession.busy}>
                {t('coach.logSession')}
              </button>
            </form>
          )}
          <h2>{t('coach.pauseTitle')}</h2>
          <ProblemNotice problem={pause.problem ?? resume.problem} />
          {p.status === 'paused' ? (
            <button type="button" className="secondary" disabled={resume.busy} onClick={() => void resume.run()}>
              {t('coach.resume')}
            </button>
          ) : (
            p.status === 'active' && (
              <div className="inline-form">
                <label htmlFor="pause-reason">{t('coach.pauseReason')}</label>
                <select id="pause-reason" value={pauseReason} onChange={(e) => setPauseReason(e.target.value)}>
                  {['illness', 'detention', 'moving', 'family', 'other'].map((r) => (
                    <option key={r} value={r}>
                      {t(`pauseReason.${r}`)}
                    </option>
                  ))}
                </select>
                <button type="button" className="secondary" disabled={pause.busy} onClick={() => void pause.run()}>
                  {t('coach.pause')}
                </button>
              </div>
            )
          )}
        </>
      )}
    </Page>
  );
}

/** One group session for the whole cohort on one screen: present, excused or absent per person. */
export function CoachAttendance({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const participants = useLoad(() => call(api.GET('/api/v1/participants', { params: { query: { cohortId } } })), [cohortId]);
  const [form, setForm] = useState({ title: '', phase: 'intensive-training', heldOn: todayInBrussels(), minutes: '180' });
  const [marks, setMarks] = useState<Record<string, 'present' | 'excused' | 'absent'>>({});
  const [saved, setSaved] = useState(false);
  const record = useAction(async () => {
    const list = participants.data?.participants ?? [];
    await call(
      api.POST('/api/v1/cohorts/{cohortId}/group-sessions', {
        params: { path: { cohortId } },
        body: {
          title: form.title,
          phase: form.phase as 'intensive-training',
          heldOn: form.heldOn,
          durationMinutes: Number(form.minutes),
          attendance: list.map((p) => ({ participantId: p.id, status: marks[p.id] ?? 'present' })),
        },
      }),
    );
    setSaved(true);
  });
  return (
    <Page title={t('coach.attendance')} back={{ to: '/coach', label: t('nav.participants') }}>
      <Loading loading={participants.loading} />
      <ProblemNotice problem={participants.problem} />
      {saved && (
        <p className="notice notice-ok" role="status">
          {t('coach.attendanceSaved')}
        </p>
      )}
      <form
        noValidate
        className="card form"
        onSubmit={(e) => {
          e.preventDefault();
          void record.run();
        }}
      >
        <ProblemNotice problem={record.problem} />
        <Field label={t('coach.sessionTitle')} name="title" problem={record.problem}>
          {(id, d) => <input id={id} aria-describedby={d} required value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />}
        </Field>
        <Field label={t('coach.phase')} name="phase" problem={record.problem}>
          {(id) => (
            <select id={id} value={form.phase} onChange={(e) => setForm({ ...form, phase: e.target.value })}>
              <option value="intensive-training">{t('phase.intensive-training')}</option>
              <option value="collective-programme">{t('phase.collective-programme')}</option>
            </select>
          )}
        </Field>
        <Field label={t('coach.heldOn')} name="heldOn" problem={record.problem}>
          {(id, d) => <input id={id} aria-describedby={d} type="date" value={form.heldOn} onChange={(e) => setForm({ ...form, heldOn: e.target.value })} />}
        </Field>
        <Field label={t('coach.minutes')} name="durationMinutes" problem={record.problem}>
          {(id, d) => <input id={id} aria-describedby={d} type="number" value={form.minutes} onChange={(e) => setForm({ ...form, minutes: e.target.value })} />}
        </Field>
        {participants.data?.participants.map((p) => (
          <fieldset key={p.id} className="attendance">
            <legend>{p.displayName}</legend>
            {(['present', 'excused', 'absent'] as const).map((s) => (
              <label key={s} className="check">
                <input type="radio" name={`att-${p.id}`} checked={(marks[p.id] ?? 'present') === s} onChange={() => setMarks({ ...marks, [p.id]: s })} />{' '}
                {t(`attendance.${s}`)}
              </label>
            ))}
          </fieldset>
        ))}
        <button type="submit" className="primary" disabled={record.busy}>
          {t('coach.recordAttendance')}
        </button>
      </form>
    </Page>
  );
}

type Figure = { n: number | null; value: number | null; suppressed: boolean };

/** A horizontal bar chart in plain SVG; a suppressed figure shows as such, never as a number. */
function Bars({ rows, max, format, label }: { rows: { label: string; figure: Figure }[]; max: number; format: (v: number) => string; label: string }) {
  const { t } = useTranslation();
  const height = rows.length * 44 + 8;
  return (
    <figure className="chart">
      <figcaption>{label}</figcaption>
      <svg viewBox={`0 0 320 ${height}`} role="img" aria-label={label}>
        {rows.map((r, i) => {
          const y = i * 44 + 4;
          const v = r.figure.suppressed || r.figure.value === null ? null : r.figure.value;
          const w = v === null ? 0 : Math.max(2, (Math.abs(v) / max) * 200);
          return (
            <g key={r.label}>
              <text x="0" y={y + 14} className="chart-label">
                {r.label}
              </text>
              <rect x="0" y={y + 20} width={w} height="16" rx="3" className={v !== null && v < 0 ? 'bar bar-negative' : 'bar'} />
              <text x={w + 6} y={y + 33} className="chart-value">
                {v === null ? t('report.suppressed') : format(v)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function CoachReport({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const report = useLoad(() => call(api.GET('/api/v1/cohorts/{cohortId}/report', { params: { path: { cohortId } } })), [cohortId]);
  const r = report.data;
  return (
    <Page title={r ? r.cohort.name : t('coach.report')} back={{ to: '/coach', label: t('nav.participants') }}>
      <Loading loading={report.loading} />
      <ProblemNotice problem={report.problem} />
      {r && (
        <>
          <p className="muted">{t('report.suppressionNote', { n: r.minGroupSize })}</p>
          <div className="card">
            <Bars
              label={t('report.attendance')}
              rows={r.attendance.map((a) => ({ label: t(`phase.${a.phase}`, { defaultValue: a.phase }), figure: a.rate }))}
              max={1}
              format={f.percent}
            />
          </div>
          <div className="card">
            <Bars label={t('report.milestonesOnTime')} rows={r.milestones.map((m) => ({ label: m.title, figure: m.onTimeRate }))} max={1} format={f.percent} />
          </div>
          <div className="card">
            <Bars
              label={t('report.lifeDomainChange')}
              rows={r.lifeDomains.map((d) => ({ label: t(`domain.${d.domain}`, { defaultValue: d.domain }), figure: d.change }))}
              max={4}
              format={(v) => `${v > 0 ? '+' : ''}${v.toFixed(1)}`}
            />
          </div>
          {r.testimonies.length > 0 && (
            <div className="card">
              <h2>{t('report.testimonies')}</h2>
              {r.testimonies.map((x, i) => (
                <blockquote key={i} lang={x.language}>
                  {x.text}
                </blockquote>
              ))}
            </div>
          )}
        </>
      )}
    </Page>
  );
}
