import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lastClosedQuarter } from '../../../domain/declarations/quarter';
import { api, call, type Schemas } from '../api/client';
import { todayInBrussels } from '../dates';
import { navigate } from '../router';
import { Field, Link, Loading, Page, ProblemNotice, Status, useAction, useFormat, useLoad } from '../ui';

type Deadline = Schemas['ComplianceCalendar']['deadlines'][number];
type Dmfa = Schemas['DmfaDeclaration'];

/** Legal deadlines in the reader's words: the kind, and the quarter, month or year each concerns; a DmfA already prepared links to it. */
export function DeadlineList({ deadlines, declared = [] }: { deadlines: Deadline[]; declared?: readonly string[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const concerns = (d: Deadline) => (/^\d{4}-\d{2}$/.test(d.concerns) ? f.month(d.concerns) : d.concerns);
  return (
    <ul className="list">
      {deadlines.map((d) => (
        <li key={d.key}>
          <span>{t(`deadline.${d.kind}`, { concerns: concerns(d), defaultValue: d.title })}</span>
          <span>{f.date(d.dueDate)}</span>
          <Status value={d.status} />
          {d.kind === 'dmfa' && declared.includes(d.concerns) && (
            <Link to={`/admin/declarations/${d.concerns}`}>{t('declarations.open', { quarter: d.concerns })}</Link>
          )}
          {d.workerId && <Link to={`/admin/workers/${d.workerId}`}>{t('admin.openWorker')}</Link>}
          {!d.verified && <span className="muted">{t('declarations.unverified')}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The DmfA of each quarter (prepare one, open it) and the legal deadlines of the coming months. */
export function AdminDeclarations() {
  const { t } = useTranslation();
  const f = useFormat();
  const today = todayInBrussels();
  const [quarter, setQuarter] = useState(() => lastClosedQuarter(today));
  const list = useLoad(() => call(api.GET('/api/v1/declarations/dmfa')), []);
  const calendar = useLoad(() => call(api.GET('/api/v1/compliance-calendar')), []);
  const prepare = useAction(async () => {
    const started = await call(api.POST('/api/v1/declarations/dmfa', { body: { quarter } }));
    navigate(`/admin/declarations/${started.quarter}`);
  });
  return (
    <Page title={t('declarations.title')}>
      <form
        noValidate
        className="card form"
        onSubmit={(e) => {
          e.preventDefault();
          void prepare.run();
        }}
      >
        <h2>{t('declarations.prepare')}</h2>
        <p className="muted">{t('declarations.prepareExplain')}</p>
        <ProblemNotice problem={prepare.problem} />
        <Field label={t('declarations.quarter')} name="quarter" problem={prepare.problem} hint={t('declarations.quarterHint')}>
          {(id, d) => <input id={id} aria-describedby={d} value={quarter} onChange={(e) => setQuarter(e.target.value)} />}
        </Field>
        <button type="submit" className="primary" disabled={prepare.busy}>
          {t('declarations.prepareSubmit')}
        </button>
      </form>
      <h2>{t('declarations.dmfaList')}</h2>
      <Loading loading={list.loading} />
      <ProblemNotice problem={list.problem} />
      {list.data?.declarations.length === 0 && <p className="muted">{t('declarations.none')}</p>}
      <ul className="list cards">
        {list.data?.declarations.map((d) => (
          <li key={d.id} className={d.status !== 'acknowledged' && d.dueDate < today ? 'severity-warning' : ''}>
            <Link to={`/admin/declarations/${d.quarter}`} className="card-link">
              <span className="big">{t('declarations.dmfaOf', { quarter: d.quarter })}</span>
              <span>
                {t('declarations.due', { date: f.date(d.dueDate) })} · {t('declarations.version', { version: d.currentVersion })}
              </span>
            </Link>
            <span>
              <Status value={d.status} />
            </span>
          </li>
        ))}
      </ul>
      <h2>{t('declarations.calendar')}</h2>
      <Loading loading={calendar.loading} />
      <ProblemNotice problem={calendar.problem} />
      {calendar.data && <DeadlineList deadlines={calendar.data.deadlines} declared={list.data?.declarations.map((d) => d.quarter)} />}
    </Page>
  );
}

function Money({ label, cents, change }: { label: string; cents: number; change?: number }) {
  const f = useFormat();
  const { t } = useTranslation();
  return (
    <div className="row">
      <dt>{label}</dt>
      <dd>
        {f.money(cents)}
        {change !== undefined && change !== 0 && (
          <span className="muted"> ({t('declarations.change', { amount: `${change > 0 ? '+' : ''}${f.money(change)}` })})</span>
        )}
      </dd>
    </div>
  );
}

/** Per worker what the quarter declares, beside the quarter before. */
function WorkerTotals({ workers }: { workers: Dmfa['workers'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul className="list cards" aria-label={t('declarations.perWorker')}>
      {workers.map((w) => (
        <li key={w.workerId}>
          <span className="big">{w.workerCode}</span>
          {w.current ? (
            <dl className="totals">
              <Money label={t('declarations.remuneration')} cents={w.current.remunerationCents} change={w.remunerationChangeCents} />
              <div className="row">
                <dt>{t('declarations.hours')}</dt>
                <dd>{f.number(w.current.hoursHundredths / 100)}</dd>
              </div>
              <div className="row">
                <dt>{t('declarations.days')}</dt>
                <dd>{f.number(w.current.days)}</dd>
              </div>
              <Money label={t('declarations.personal')} cents={w.current.personalContributionCents} />
              <Money label={t('declarations.employer')} cents={w.current.employerContributionsCents} />
              {w.current.workBonusCents > 0 && <Money label={t('declarations.workBonus')} cents={w.current.workBonusCents} />}
            </dl>
          ) : (
            <span className="muted">{t('declarations.notThisQuarter')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One version: why it was built, when it was sent, what the ONSS answered (acknowledgement or anomalies), its file. */
function Version({ quarter, version }: { quarter: string; version: Dmfa['versions'][number] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <li>
      <span className="big">{t('declarations.version', { version: version.version })}</span>
      <span>
        <Status value={version.status} />
      </span>
      <span>{t('declarations.reason', { reason: version.reason })}</span>
      <span className="muted">{t('declarations.builtOn', { date: f.date(version.builtAt) })}</span>
      {version.sentAt && <span className="muted">{t('declarations.sentOn', { date: f.date(version.sentAt) })}</span>}
      {version.answeredAt && (
        <span>
          {version.status === 'acknowledged'
            ? t('declarations.acknowledgedOn', { date: f.date(version.answeredAt) })
            : t('declarations.answeredOn', { date: f.date(version.answeredAt) })}
        </span>
      )}
      {version.anomalies.length > 0 && (
        <ul aria-label={t('declarations.anomalies')}>
          {version.anomalies.map((a, i) => (
            <li key={i}>
              {a.workerCode && <strong>{a.workerCode}: </strong>}
              {a.message}
            </li>
          ))}
        </ul>
      )}
      {version.fileName && (
        <a href={`/api/v1/declarations/dmfa/${quarter}/xml?version=${version.version}`} download>
          {t('declarations.xmlOf', { version: version.version })}
        </a>
      )}
    </li>
  );
}

const SENDABLE = ['ready'];
const CORRECTABLE = ['ready', 'blocked', 'anomalies', 'acknowledged'];

/** A quarter's DmfA: what it declares, the dry run's check, sending it, the ONSS answer, corrected versions. */
export function AdminDeclaration({ quarter }: { quarter: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const dmfa = useLoad(() => call(api.GET('/api/v1/declarations/dmfa/{declarationId}', { params: { path: { declarationId: quarter } } })), [quarter]);
  const [reason, setReason] = useState('');
  const [attempts, setAttempts] = useState(0);
  const d = dmfa.data;
  // A declaration just asked for is written by its workflow a moment later: a few reads before its absence counts.
  const waitingFirst = !d && attempts < 10;
  // Being built, or waiting for the ONSS's answer: read it again 1.5 s after each answer.
  const working = waitingFirst || d?.status === 'building' || d?.status === 'sent';
  useEffect(() => {
    if (!working || dmfa.loading) return;
    const timer = setTimeout(() => {
      setAttempts((n) => n + 1);
      dmfa.reload();
    }, 1500);
    return () => clearTimeout(timer);
  }, [working, dmfa.loading, dmfa.reload]);
  const path = { declarationId: quarter };
  const submit = useAction(async () => {
    await call(api.POST('/api/v1/declarations/dmfa/{declarationId}/submission', { params: { path } }));
    dmfa.reload();
  });
  const correct = useAction(async () => {
    await call(api.POST('/api/v1/declarations/dmfa/{declarationId}/corrections', { params: { path }, body: { reason } }));
    setReason('');
    dmfa.reload();
  });
  const blocking = d?.exceptions.filter((e) => e.blocking) ?? [];
  const warnings = d?.exceptions.filter((e) => !e.blocking) ?? [];
  const versions = [...(d?.versions ?? [])].sort((a, b) => b.version - a.version);
  return (
    <Page title={t('declarations.dmfaOf', { quarter })} back={{ to: '/admin/declarations', label: t('nav.declarations') }}>
      <Loading loading={waitingFirst} />
      <ProblemNotice problem={waitingFirst ? null : dmfa.problem} />
      {d && (
        <>
          <p>
            <Status value={d.status} /> · {t('declarations.version', { version: d.currentVersion })} · {t('declarations.due', { date: f.date(d.dueDate) })}
          </p>
          {working && (
            <p className="muted" role="status">
              {d.status === 'sent' ? t('declarations.waitingOnss') : t('declarations.building')}
            </p>
          )}
          <div className="card">
            <h2>{t('declarations.check')}</h2>
            {d.validation ? (
              <p className={d.validation.valid ? 'notice notice-ok' : 'notice notice-error'}>
                {d.validation.valid ? t('declarations.valid', { schema: d.validation.schema }) : t('declarations.invalid', { schema: d.validation.schema })}
              </p>
            ) : (
              <p className="muted">{t('declarations.notChecked')}</p>
            )}
            {d.validation && d.validation.errors.length > 0 && (
              <ul>
                {d.validation.errors.map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
            )}
            {blocking.length > 0 && (
              <>
                <h3>{t('declarations.blocking')}</h3>
                <ul>
                  {blocking.map((e, i) => (
                    <li key={i}>{e.message}</li>
                  ))}
                </ul>
              </>
            )}
            {warnings.length > 0 && (
              <>
                <h3>{t('declarations.warnings')}</h3>
                <ul>
                  {warnings.map((e, i) => (
                    <li key={i}>{e.message}</li>
                  ))}
                </ul>
              </>
            )}
            <dl className="totals">
              <Money label={t('declarations.netOwed')} cents={d.netOwedCents} />
            </dl>
          </div>

          {SENDABLE.includes(d.status) && (
            <div className="card">
              <h2>{t('declarations.send')}</h2>
              <p className="muted">{t('declarations.sendExplain')}</p>
              <ProblemNotice problem={submit.problem} />
              <button type="button" className="primary" disabled={submit.busy} onClick={() => void submit.run()}>
                {t('declarations.sendSubmit', { version: d.currentVersion })}
              </button>
            </div>
          )}
          {CORRECTABLE.includes(d.status) && (
            <form
              noValidate
              className="card form"
              onSubmit={(e) => {
                e.preventDefault();
                void correct.run();
              }}
            >
              <h2>{t('declarations.correct')}</h2>
              <p className="muted">{d.status === 'acknowledged' ? t('declarations.modifyExplain') : t('declarations.correctExplain')}</p>
              <ProblemNotice problem={correct.problem} />
              <Field label={t('declarations.correctReason')} name="reason" problem={correct.problem}>
                {(fid, desc) => <textarea id={fid} aria-describedby={desc} value={reason} onChange={(e) => setReason(e.target.value)} />}
              </Field>
              <button type="submit" className="secondary" disabled={correct.busy}>
                {t('declarations.correctSubmit', { version: d.currentVersion + 1 })}
              </button>
            </form>
          )}

          <h2>{t('declarations.perWorker')}</h2>
          <WorkerTotals workers={d.workers} />

          <h2>{t('declarations.versions')}</h2>
          <ul className="list cards" aria-label={t('declarations.versions')}>
            {versions.map((v) => (
              <Version key={v.version} quarter={quarter} version={v} />
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
