import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Problem, type Schemas } from '../api/client';
import { todayInBrussels } from '../dates';
import { navigate } from '../router';
import { ContractVersions, Field, Link, Loading, Page, ProblemNotice, SectorField, Status, useAction, useFormat, useLoad } from '../ui';
import { DeadlineList } from './declarations';
import { InvoiceList } from './employer';

/** What is stuck and why: open alerts, runs waiting for a decision, deadlines due soon. */
export function AdminHome() {
  const { t } = useTranslation();
  const f = useFormat();
  const alerts = useLoad(() => call(api.GET('/api/v1/alerts')), []);
  const runs = useLoad(() => call(api.GET('/api/v1/payroll-runs')), []);
  const calendar = useLoad(() => call(api.GET('/api/v1/compliance-calendar')), []);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const ack = useAction(async (alertId: string) => {
    await call(api.POST('/api/v1/alerts/{alertId}/acknowledgement', { params: { path: { alertId } }, body: { note: notes[alertId] ?? '' } }));
    alerts.reload();
  });
  const waiting = runs.data?.items.filter((r) => r.status === 'preview' || r.status === 'collecting') ?? [];
  const soon = calendar.data?.deadlines.filter((d) => d.status === 'overdue' || d.status === 'due-soon') ?? [];
  return (
    <Page title={t('admin.homeTitle')}>
      <h2>{t('admin.runsWaiting')}</h2>
      <Loading loading={runs.loading} />
      <ProblemNotice problem={runs.problem} />
      {runs.data && waiting.length === 0 && <p className="muted">{t('admin.noneWaiting')}</p>}
      <ul className="list cards">
        {waiting.map((r) => (
          <li key={r.id}>
            <Link to={`/admin/payroll-runs/${r.id}`} className="card-link">
              <span className="big">{t('payroll.runOf', { month: f.month(r.period) })}</span>
              <Status value={r.status} />
            </Link>
          </li>
        ))}
      </ul>
      <h2>{t('admin.alerts')}</h2>
      <Loading loading={alerts.loading} />
      <ProblemNotice problem={alerts.problem ?? ack.problem} />
      {alerts.data?.alerts.length === 0 && <p className="muted">{t('admin.noAlerts')}</p>}
      <ul className="list cards">
        {alerts.data?.alerts.map((a) => (
          <li key={a.id} className={`severity-${a.severity}`}>
            <span className="big">{t(`alertKind.${a.kind}`, { defaultValue: a.kind })}</span>
            <span>{a.message}</span>
            <span className="muted">{f.date(a.raisedAt)}</span>
            {a.workerId && <Link to={`/admin/workers/${a.workerId}`}>{t('admin.openWorker')}</Link>}
            <form
              noValidate
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                void ack.run(a.id);
              }}
            >
              <label htmlFor={`note-${a.id}`}>{t('admin.ackNote')}</label>
              <input id={`note-${a.id}`} value={notes[a.id] ?? ''} onChange={(e) => setNotes({ ...notes, [a.id]: e.target.value })} />
              <button type="submit" className="secondary" disabled={ack.busy}>
                {t('admin.acknowledge')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <h2>{t('admin.deadlines')}</h2>
      <ProblemNotice problem={calendar.problem} />
      {calendar.data && soon.length === 0 && <p className="muted">{t('admin.noDeadlines')}</p>}
      <DeadlineList deadlines={soon} />
    </Page>
  );
}

export function AdminWorkers() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const list = useLoad(() => call(api.GET('/api/v1/workers')), []);
  const q = search.trim().toLowerCase();
  const shown = list.data?.workers.filter((w) => !q || w.firstName.toLowerCase().includes(q) || w.code.toLowerCase().includes(q)) ?? [];
  return (
    <Page title={t('admin.workersTitle')}>
      <Link to="/admin/workers/new" className="button primary">
        {t('admin.registerWorker')}
      </Link>
      <div className="field">
        <label htmlFor="search">{t('admin.search')}</label>
        <input id="search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <Loading loading={list.loading} />
      <ProblemNotice problem={list.problem} />
      <ul className="list cards">
        {shown.map((w) => (
          <li key={w.id}>
            <Link to={`/admin/workers/${w.id}`} className="card-link">
              <span className="big">{w.firstName}</span>
              <span className="muted">{w.code}</span>
              <Status value={w.onboardingStatus} />
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}

export function AdminRegisterWorker() {
  const { t } = useTranslation();
  const [form, setForm] = useState({ firstName: '', displayName: '', preferredLanguage: 'fr', email: '', phone: '', sector: 'care' });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const register = useAction(async () => {
    const contact = { ...(form.email ? { email: form.email } : {}), ...(form.phone ? { phone: form.phone } : {}) };
    const created = await call(
      api.POST('/api/v1/workers', {
        body: {
          firstName: form.firstName,
          displayName: form.displayName || form.firstName,
          preferredLanguage: form.preferredLanguage as 'fr',
          sectorsWanted: [form.sector as 'care'],
          languagesSpoken: [],
          skills: [],
          contact,
        },
      }),
    );
    navigate(`/admin/workers/${created.id}`);
  });
  const p = register.problem;
  return (
    <Page title={t('admin.registerWorker')} back={{ to: '/admin/workers', label: t('nav.workers') }}>
      <form
        noValidate
        className="card form"
        onSubmit={(e) => {
          e.preventDefault();
          void register.run();
        }}
      >
        <ProblemNotice problem={p} />
        <Field label={t('admin.firstName')} name="firstName" problem={p}>
          {(id, d) => <input id={id} aria-describedby={d} required value={form.firstName} onChange={set('firstName')} />}
        </Field>
        <Field label={t('admin.displayName')} name="displayName" problem={p} hint={t('admin.displayNameHint')}>
          {(id, d) => <input id={id} aria-describedby={d} value={form.displayName} onChange={set('displayName')} />}
        </Field>
        <Field label={t('admin.language')} name="preferredLanguage" problem={p}>
          {(id) => (
            <select id={id} value={form.preferredLanguage} onChange={set('preferredLanguage')}>
              <option value="fr">Français</option>
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          )}
        </Field>
        <SectorField name="sectorsWanted" value={form.sector} onChange={set('sector')} problem={p} />
        <Field label={t('admin.email')} name="contact.email" problem={p}>
          {(id, d) => <input id={id} aria-describedby={d} type="email" value={form.email} onChange={set('email')} />}
        </Field>
        <Field label={t('admin.phone')} name="contact.phone" problem={p}>
          {(id, d) => <input id={id} aria-describedby={d} type="tel" value={form.phone} onChange={set('phone')} />}
        </Field>
        <button type="submit" className="primary" disabled={register.busy}>
          {t('admin.register')}
        </button>
      </form>
    </Page>
  );
}

const DOCUMENTS = ['identity-document', 'work-permit', 'bank-details', 'diplomas-or-skills'] as const;

/** A worker's file: the onboarding steps in order, each with its form, then contracts. */
export function AdminWorker({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const worker = useLoad(() => call(api.GET('/api/v1/workers/{workerId}', { params: { path: { workerId: id } } })), [id]);
  const contracts = useLoad(() => call(api.GET('/api/v1/workers/{workerId}/contracts', { params: { path: { workerId: id } } })), [id]);
  const [consented, setConsented] = useState(false);
  const [permit, setPermit] = useState({ permitNumber: '', issuingAuthority: '', validFrom: '', validUntil: '' });
  const [docs, setDocs] = useState<string[]>([]);
  const [pay, setPay] = useState({ iban: '', cheque: false, street: '', houseNumber: '', postalCode: '', city: '', family: 'single', dependentChildren: '0' });
  const path = { workerId: id };
  const consent = useAction(async () => {
    await call(api.POST('/api/v1/workers/{workerId}/consent', { params: { path }, body: { textVersion: '2026-01' } }));
    worker.reload();
  });
  const authorise = useAction(async () => {
    await call(api.POST('/api/v1/workers/{workerId}/work-authorisation', { params: { path }, body: permit }));
    worker.reload();
  });
  const check = useAction(async () => {
    await call(api.POST('/api/v1/workers/{workerId}/documents-checked', { params: { path }, body: { items: docs as (typeof DOCUMENTS)[number][] } }));
    worker.reload();
  });
  const missing = worker.data?.onboarding.missingForPayroll ?? [];
  // What payroll needs: a way to pay and an address in one call, the tax situation in its own.
  const recordPay = useAction(async () => {
    if (missing.includes('payment-route') || missing.includes('address')) {
      const body: {
        iban?: string;
        alternativePayment?: 'circular-cheque';
        address?: { street: string; houseNumber: string; postalCode: string; city: string; country: string };
      } = {};
      if (missing.includes('payment-route')) {
        if (pay.cheque) body.alternativePayment = 'circular-cheque';
        else body.iban = pay.iban;
      }
      if (missing.includes('address'))
        body.address = { street: pay.street, houseNumber: pay.houseNumber, postalCode: pay.postalCode, city: pay.city, country: 'BE' };
      await call(api.PUT('/api/v1/workers/{workerId}/payroll-details', { params: { path }, body }));
    }
    if (missing.includes('tax-situation')) {
      const family = pay.family as 'single' | 'couple-two-incomes' | 'couple-one-income';
      await call(
        api.PUT('/api/v1/workers/{workerId}/tax-situation', {
          params: { path },
          body: {
            effectiveFrom: todayInBrussels(),
            family,
            dependentChildren: Number(pay.dependentChildren),
            disabledChildren: 0,
            otherDependantsUnder65: 0,
            dependantsAged65OrMore: 0,
            claimsSingleReductions: false,
          },
        }),
      );
    }
    worker.reload();
  });
  const signCoop = useAction(async (contractId: string) => {
    await call(api.POST('/api/v1/contracts/{contractId}/signatures', { params: { path: { contractId } }, body: { agree: true } }));
    contracts.reload();
  });
  const w = worker.data;
  const status = w?.onboarding.status;
  const steps = ['awaiting-consent', 'awaiting-work-authorisation', 'awaiting-documents', 'awaiting-payroll-details', 'ready'] as const;
  const reached = status ? steps.indexOf(status as (typeof steps)[number]) : -1;
  return (
    <Page title={w ? w.firstName : t('admin.workerFile')} back={{ to: '/admin/workers', label: t('nav.workers') }}>
      <Loading loading={worker.loading} />
      <ProblemNotice problem={worker.problem} />
      {w && (
        <>
          <p>
            {w.code} · <Status value={w.onboarding.status} />
          </p>
          <ol className="steps" aria-label={t('admin.onboarding')}>
            {steps.map((s, i) => (
              <li
                key={s}
                className={i < reached || status === 'ready' ? 'done' : i === reached ? 'current' : ''}
                aria-current={i === reached ? 'step' : undefined}
              >
                {t(`onboarding.${s}`)}
              </li>
            ))}
          </ol>
          {status === 'awaiting-consent' && (
            <form
              noValidate
              className="card form"
              onSubmit={(e) => {
                e.preventDefault();
                void consent.run();
              }}
            >
              <h2>{t('onboarding.consentTitle')}</h2>
              <ProblemNotice problem={consent.problem} />
              <label className="check">
                <input type="checkbox" checked={consented} onChange={(e) => setConsented(e.target.checked)} /> {t('onboarding.consentText')}
              </label>
              <button type="submit" className="primary" disabled={!consented || consent.busy}>
                {t('onboarding.recordConsent')}
              </button>
            </form>
          )}
          {status === 'awaiting-work-authorisation' && (
            <form
              noValidate
              className="card form"
              onSubmit={(e) => {
                e.preventDefault();
                void authorise.run();
              }}
            >
              <h2>{t('onboarding.permitTitle')}</h2>
              <ProblemNotice problem={authorise.problem} />
              {(['permitNumber', 'issuingAuthority', 'validFrom', 'validUntil'] as const).map((k) => (
                <Field key={k} label={t(`onboarding.${k}`)} name={k} problem={authorise.problem}>
                  {(fid, d) => (
                    <input
                      id={fid}
                      aria-describedby={d}
                      required
                      type={k.startsWith('valid') ? 'date' : 'text'}
                      value={permit[k]}
                      onChange={(e) => setPermit({ ...permit, [k]: e.target.value })}
                    />
                  )}
                </Field>
              ))}
              <button type="submit" className="primary" disabled={authorise.busy}>
                {t('onboarding.recordPermit')}
              </button>
            </form>
          )}
          {status === 'awaiting-documents' && (
            <form
              noValidate
              className="card form"
              onSubmit={(e) => {
                e.preventDefault();
                void check.run();
              }}
            >
              <h2>{t('onboarding.documentsTitle')}</h2>
              <ProblemNotice problem={check.problem} />
              <fieldset>
                <legend>{t('onboarding.documentsSeen')}</legend>
                {DOCUMENTS.map((d) => (
                  <label className="check" key={d}>
                    <input
                      type="checkbox"
                      checked={docs.includes(d)}
                      onChange={(e) => setDocs(e.target.checked ? [...docs, d] : docs.filter((x) => x !== d))}
                    />{' '}
                    {t(`documents.${d}`)}
                  </label>
                ))}
              </fieldset>
              <button type="submit" className="primary" disabled={check.busy}>
                {t('onboarding.recordDocuments')}
              </button>
            </form>
          )}
          {status === 'awaiting-payroll-details' && (
            <form
              noValidate
              className="card form"
              onSubmit={(e) => {
                e.preventDefault();
                void recordPay.run();
              }}
            >
              <h2>{t('onboarding.payTitle')}</h2>
              <p>{t('onboarding.payMissing', { list: missing.map((m) => t(`payrollMissing.${m}`)).join(', ') })}</p>
              <ProblemNotice problem={recordPay.problem} />
              {missing.includes('payment-route') && (
                <>
                  <label className="check">
                    <input type="checkbox" checked={pay.cheque} onChange={(e) => setPay({ ...pay, cheque: e.target.checked })} />{' '}
                    {t('onboarding.noBankAccount')}
                  </label>
                  {!pay.cheque && (
                    <Field label={t('onboarding.iban')} name="iban" problem={recordPay.problem}>
                      {(fid, d) => (
                        <input id={fid} aria-describedby={d} autoComplete="off" value={pay.iban} onChange={(e) => setPay({ ...pay, iban: e.target.value })} />
                      )}
                    </Field>
                  )}
                </>
              )}
              {missing.includes('address') &&
                (['street', 'houseNumber', 'postalCode', 'city'] as const).map((k) => (
                  <Field key={k} label={t(`onboarding.${k}`)} name={`address.${k}`} problem={recordPay.problem}>
                    {(fid, d) => <input id={fid} aria-describedby={d} value={pay[k]} onChange={(e) => setPay({ ...pay, [k]: e.target.value })} />}
                  </Field>
                ))}
              {missing.includes('tax-situation') && (
                <>
                  <Field label={t('onboarding.family')} name="family" problem={recordPay.problem}>
                    {(fid, d) => (
                      <select id={fid} aria-describedby={d} value={pay.family} onChange={(e) => setPay({ ...pay, family: e.target.value })}>
                        {(['single', 'couple-two-incomes', 'couple-one-income'] as const).map((v) => (
                          <option key={v} value={v}>
                            {t(`family.${v}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label={t('onboarding.dependentChildren')} name="dependentChildren" problem={recordPay.problem}>
                    {(fid, d) => (
                      <input
                        id={fid}
                        aria-describedby={d}
                        type="number"
                        min={0}
                        max={20}
                        inputMode="numeric"
                        value={pay.dependentChildren}
                        onChange={(e) => setPay({ ...pay, dependentChildren: e.target.value })}
                      />
                    )}
                  </Field>
                </>
              )}
              <button type="submit" className="primary" disabled={recordPay.busy}>
                {t('onboarding.recordPay')}
              </button>
            </form>
          )}
          {status === 'ready' && <p className="notice notice-ok">{t('onboarding.readyText')}</p>}
          {w.onboarding.workAuthorisation && (
            <p className="muted">{t('onboarding.permitValid', { date: f.date(w.onboarding.workAuthorisation.validUntil) })}</p>
          )}
          <h2>{t('contract.titlePlural')}</h2>
          <ProblemNotice problem={contracts.problem} />
          {contracts.data?.contracts.length === 0 && <p className="muted">{t('contract.none')}</p>}
          <ProblemNotice problem={signCoop.problem} />
          <ul className="list">
            {contracts.data?.contracts.map((c) => (
              <li key={c.id}>
                <span>{c.jobTitle}</span>
                <span>{t('contract.period', { from: f.date(c.startDate), to: f.date(c.endDate) })}</span>
                <Status value={c.status} />
                {c.documentUrl && (
                  <a href={c.documentUrl} download>
                    {t(c.documents.some((d) => d.kind === 'signed') ? 'contract.readSigned' : 'contract.read')}
                  </a>
                )}
                <ContractVersions documents={c.documents} />
                {c.status === 'awaiting-signatures' && !c.signedByCooperativeAt && (
                  <button type="button" className="secondary" disabled={signCoop.busy} onClick={() => void signCoop.run(c.id)}>
                    {t('contract.signForCoop')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {status === 'ready' && <DraftContract workerId={id} onDone={contracts.reload} />}
        </>
      )}
    </Page>
  );
}

/** A month to run something for (a payroll, the invoices), with the API's problem next to it. */
function PeriodForm(props: {
  period: string;
  onPeriod: (period: string) => void;
  action: { run: () => Promise<boolean>; busy: boolean; problem: Problem | null };
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const { action } = props;
  return (
    <form
      noValidate
      className="card form"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <ProblemNotice problem={action.problem} />
      <Field label={t('payroll.period')} name="period" problem={action.problem}>
        {(id, d) => <input id={id} aria-describedby={d} type="month" required value={props.period} onChange={(e) => props.onPeriod(e.target.value)} />}
      </Field>
      <button type="submit" className="primary" disabled={action.busy}>
        {props.submitLabel}
      </button>
    </form>
  );
}

function lastMonth(): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
}

export function AdminPayrollRuns() {
  const { t } = useTranslation();
  const f = useFormat();
  const [period, setPeriod] = useState(lastMonth);
  const runs = useLoad(() => call(api.GET('/api/v1/payroll-runs')), []);
  const start = useAction(async () => {
    const run = await call(api.POST('/api/v1/payroll-runs', { body: { period } }));
    navigate(`/admin/payroll-runs/${run.id}`);
  });
  return (
    <Page title={t('payroll.title')}>
      <PeriodForm period={period} onPeriod={setPeriod} action={start} submitLabel={t('payroll.start')} />
      <Loading loading={runs.loading} />
      <ProblemNotice problem={runs.problem} />
      <ul className="list cards">
        {runs.data?.items.map((r) => (
          <li key={r.id}>
            <Link to={`/admin/payroll-runs/${r.id}`} className="card-link">
              <span className="big">{t('payroll.runOf', { month: f.month(r.period) })}</span>
              <span>
                {t('payroll.net')}: {r.totals ? f.money(r.totals.netCents) : '—'}
              </span>
              <Status value={r.status} />
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}

function Totals({ totals }: { totals: Schemas['PayrollTotals'] | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!totals) return null;
  const rows: [string, number][] = [
    ['payroll.gross', totals.grossCents],
    ['payroll.personalContributions', totals.personalContributionsCents],
    ['payroll.withholdingTax', totals.withholdingTaxCents],
    ['payroll.net', totals.netCents],
    ['payroll.employerCost', totals.employerCostCents],
  ];
  return (
    <dl className="totals">
      <dt>{t('payroll.payslips')}</dt>
      <dd>{totals.payslips}</dd>
      {rows.map(([k, v]) => (
        <div key={k} className="row">
          <dt>{t(k)}</dt>
          <dd>{f.money(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A run: progress while it works, then the preview to check and the second admin's decision. */
export function AdminPayrollRun({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const run = useLoad(() => call(api.GET('/api/v1/payroll-runs/{runId}', { params: { path: { runId: id } } })), [id]);
  const [reason, setReason] = useState('');
  const r = run.data;
  const working = r && (r.status === 'collecting' || r.status === 'approved' || r.status === 'finalising');
  // While the run works, read it again 1.5 s after each answer (each answer is a new object).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `r` is the trigger: each new answer schedules the next read.
  useEffect(() => {
    if (!working) return;
    const timer = setTimeout(run.reload, 1500);
    return () => clearTimeout(timer);
  }, [working, r]);
  const decide = useAction(async (decision: 'approve' | 'reject') => {
    await call(
      api.POST('/api/v1/payroll-runs/{runId}/approval', { params: { path: { runId: id } }, body: { decision, ...(decision === 'reject' ? { reason } : {}) } }),
    );
    run.reload();
  });
  return (
    <Page title={r ? t('payroll.runOf', { month: f.month(r.period) }) : t('payroll.title')} back={{ to: '/admin/payroll-runs', label: t('nav.payroll') }}>
      <Loading loading={run.loading && !r} />
      <ProblemNotice problem={run.problem} />
      {r && (
        <>
          <p>
            <Status value={r.status} />
          </p>
          {working && (
            <div className="progress-block" role="status">
              <label htmlFor="run-progress">{t('payroll.progress', { done: r.progress.done, total: r.progress.total })}</label>
              <progress id="run-progress" max={Math.max(1, r.progress.total)} value={r.progress.done} />
            </div>
          )}
          <div className="card">
            <h2>{t('payroll.totals')}</h2>
            <Totals totals={r.totals} />
          </div>
          {r.exceptions.length > 0 && (
            <div className="card">
              <h2>{t('payroll.exceptions')}</h2>
              <ul className="list">
                {r.exceptions.map((e, i) => (
                  <li key={i}>
                    <strong>{e.workerCode}</strong>
                    <span>{e.message}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {r.totalsByEmployer.length > 0 && (
            <div className="card">
              <h2>{t('payroll.byEmployer')}</h2>
              <ul className="list">
                {r.totalsByEmployer.map((e) => (
                  <li key={e.employerId}>
                    <span>{e.employerName}</span>
                    <span>{e.totals ? f.money(e.totals.employerCostCents) : '—'}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {r.status === 'preview' && (
            <form noValidate className="card form" onSubmit={(e) => e.preventDefault()}>
              <h2>{t('payroll.decision')}</h2>
              <ProblemNotice problem={decide.problem} />
              {!r.approval.allowed && r.approval.reason && (
                <p className="notice" id="approval-reason">
                  {r.approval.reason}
                </p>
              )}
              <Field label={t('payroll.rejectReason')} name="reason" problem={decide.problem}>
                {(fid, d) => <textarea id={fid} aria-describedby={d} value={reason} onChange={(e) => setReason(e.target.value)} />}
              </Field>
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  disabled={!r.approval.allowed || decide.busy}
                  aria-describedby={!r.approval.allowed ? 'approval-reason' : undefined}
                  onClick={() => void decide.run('approve')}
                >
                  {t('payroll.approve')}
                </button>
                <button type="button" className="secondary" disabled={decide.busy} onClick={() => void decide.run('reject')}>
                  {t('payroll.reject')}
                </button>
              </div>
            </form>
          )}
          {r.links.sepaCreditTransfer && (
            <a className="button secondary" href={r.links.sepaCreditTransfer} download>
              {t('payroll.sepa')}
            </a>
          )}
        </>
      )}
    </Page>
  );
}

export function AdminInvoices() {
  const { t } = useTranslation();
  const f = useFormat();
  const [period, setPeriod] = useState(lastMonth);
  const list = useLoad(() => call(api.GET('/api/v1/invoices')), []);
  const start = useAction(async () => {
    await call(api.POST('/api/v1/invoice-runs', { body: { period } }));
    setTimeout(list.reload, 1500);
  });
  const issue = useAction(async (invoiceId: string) => {
    await call(api.POST('/api/v1/invoices/{invoiceId}/issue', { params: { path: { invoiceId } }, body: {} }));
    list.reload();
  });
  const drafts = list.data?.invoices.filter((i) => !i.number) ?? [];
  return (
    <Page title={t('invoices.title')}>
      <PeriodForm period={period} onPeriod={setPeriod} action={start} submitLabel={t('invoices.startRun')} />
      <Loading loading={list.loading} />
      <ProblemNotice problem={list.problem ?? issue.problem} />
      {drafts.length > 0 && (
        <>
          <h2>{t('invoices.drafts')}</h2>
          <ul className="list">
            {drafts.map((d) => (
              <li key={d.id}>
                <Link to={`/admin/invoices/${d.id}`}>{t('invoices.draftOf', { month: f.month(d.period) })}</Link>
                <strong>{f.money(d.totalCents)}</strong>
                <button type="button" className="secondary" disabled={issue.busy} onClick={() => void issue.run(d.id)}>
                  {t('invoices.issue')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('invoices.issued')}</h2>
      {list.data && <InvoiceList base="/admin/invoices" invoices={list.data.invoices.filter((i) => i.number)} />}
    </Page>
  );
}

/** The outbox: that a message went, to whom and when; never its secret link. */
export function AdminOutbox() {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useLoad(() => call(api.GET('/api/v1/notifications')), []);
  return (
    <Page title={t('outbox.title')}>
      <Loading loading={list.loading} />
      <ProblemNotice problem={list.problem} />
      <ul className="list">
        {list.data?.notifications.map((n) => (
          <li key={n.id}>
            <span>{n.subject}</span>
            <span className="muted">{n.recipientEmail ?? n.channel}</span>
            <span>{n.sentAt ? t('outbox.sent', { date: f.date(n.sentAt) }) : t('outbox.waiting', { attempts: n.attempts })}</span>
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** Drafts a contract for a worker who is ready; both sides then sign (the worker in their portal). */
export function DraftContract({ workerId, onDone }: { workerId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    sector: 'care',
    jobTitle: '',
    jointCommittee: '330',
    workerCategory: 'white-collar',
    wage: '',
    weeklyHours: '38',
    startDate: '',
    endDate: '',
  });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const draft = useAction(async () => {
    await call(
      api.POST('/api/v1/workers/{workerId}/contracts', {
        params: { path: { workerId } },
        body: {
          sector: form.sector as 'care',
          jobTitle: form.jobTitle,
          jointCommittee: form.jointCommittee,
          workerCategory: form.workerCategory as 'white-collar',
          hourlyWageCents: Math.round(Number(form.wage) * 100),
          weeklyHours: Number(form.weeklyHours),
          startDate: form.startDate,
          endDate: form.endDate,
        },
      }),
    );
    onDone();
  });
  const p = draft.problem;
  return (
    <form
      noValidate
      className="card form"
      onSubmit={(e) => {
        e.preventDefault();
        void draft.run();
      }}
    >
      <h2>{t('contract.draft')}</h2>
      <ProblemNotice problem={p} />
      <SectorField name="sector" value={form.sector} onChange={set('sector')} problem={p} />
      <Field label={t('employer.occupation')} name="jobTitle" problem={p}>
        {(id, d) => <input id={id} aria-describedby={d} value={form.jobTitle} onChange={set('jobTitle')} />}
      </Field>
      <Field label={t('contract.jointCommittee')} name="jointCommittee" problem={p}>
        {(id, d) => <input id={id} aria-describedby={d} inputMode="numeric" value={form.jointCommittee} onChange={set('jointCommittee')} />}
      </Field>
      <Field label={t('contract.category')} name="workerCategory" problem={p}>
        {(id) => (
          <select id={id} value={form.workerCategory} onChange={set('workerCategory')}>
            <option value="white-collar">{t('contract.whiteCollar')}</option>
            <option value="blue-collar">{t('contract.blueCollar')}</option>
          </select>
        )}
      </Field>
      <Field label={t('employer.wage')} name="hourlyWageCents" problem={p}>
        {(id, d) => <input id={id} aria-describedby={d} type="number" inputMode="decimal" step="0.01" value={form.wage} onChange={set('wage')} />}
      </Field>
      <Field label={t('employer.hoursPerWeek')} name="weeklyHours" problem={p}>
        {(id, d) => <input id={id} aria-describedby={d} type="number" inputMode="decimal" value={form.weeklyHours} onChange={set('weeklyHours')} />}
      </Field>
      <Field label={t('employer.startDate')} name="startDate" problem={p}>
        {(id, d) => <input id={id} aria-describedby={d} type="date" value={form.startDate} onChange={set('startDate')} />}
      </Field>
      <Field label={t('employer.endDate')} name="endDate" problem={p}>
        {(id, d) => <input id={id} aria-describedby={d} type="date" value={form.endDate} onChange={set('endDate')} />}
      </Field>
      <button type="submit" className="primary" disabled={draft.busy}>
        {t('contract.draftSubmit')}
      </button>
    </form>
  );
}

/** Job requests with their ranked candidates (and why), proposing a placement; every placement and its state. */
export function AdminPlacements() {
  const { t } = useTranslation();
  const f = useFormat();
  const requests = useLoad(() => call(api.GET('/api/v1/job-requests', { params: { query: { status: 'open' } } })), []);
  const placements = useLoad(() => call(api.GET('/api/v1/placements')), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const request = requests.data?.jobRequests.find((r) => r.id === chosen);
  const candidates = useLoad(
    async () => (chosen ? call(api.GET('/api/v1/job-requests/{jobRequestId}/candidates', { params: { path: { jobRequestId: chosen } } })) : undefined),
    [chosen],
  );
  const [coefficient, setCoefficient] = useState('1.8');
  const propose = useAction(async (workerId: string) => {
    await call(
      api.POST('/api/v1/job-requests/{jobRequestId}/placements', {
        params: { path: { jobRequestId: chosen! } },
        body: { workerId, startDate: request!.startDate, endDate: request!.endDate, billing: { mode: 'coefficient', coefficient: Number(coefficient) } },
      }),
    );
    setChosen(null);
    placements.reload();
  });
  return (
    <Page title={t('placements.title')}>
      <h2>{t('placements.openRequests')}</h2>
      <Loading loading={requests.loading} />
      <ProblemNotice problem={requests.problem} />
      {requests.data?.jobRequests.length === 0 && <p className="muted">{t('placements.noRequests')}</p>}
      <ul className="list cards">
        {requests.data?.jobRequests.map((r) => (
          <li key={r.id}>
            <span className="big">{r.occupation}</span>
            <span>{t('contract.period', { from: f.date(r.startDate), to: f.date(r.endDate) })}</span>
            <button type="button" className="secondary" aria-expanded={chosen === r.id} onClick={() => setChosen(chosen === r.id ? null : r.id)}>
              {t('placements.candidates')}
            </button>
            {chosen === r.id && (
              <div>
                <ProblemNotice problem={candidates.problem ?? propose.problem} />
                <div className="field">
                  <label htmlFor="coefficient">{t('placements.coefficient')}</label>
                  <input id="coefficient" type="number" inputMode="decimal" step="0.01" value={coefficient} onChange={(e) => setCoefficient(e.target.value)} />
                </div>
                <ul className="list">
                  {candidates.data?.candidates.map((c) => (
                    <li key={c.workerId}>
                      <strong>{c.firstName}</strong>
                      <span className="muted">{c.reasons.join(' · ')}</span>
                      {c.placeable && (
                        <button type="button" className="primary" disabled={propose.busy} onClick={() => void propose.run(c.workerId)}>
                          {t('placements.propose', { name: c.firstName })}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ul>
      <h2>{t('placements.all')}</h2>
      <ProblemNotice problem={placements.problem} />
      <ul className="list">
        {placements.data?.placements.map((p) => (
          <li key={p.id}>
            <span>{p.worker.firstName}</span>
            <span>{p.workplace.employerName}</span>
            <span>{t('contract.period', { from: f.date(p.startDate), to: f.date(p.endedOn ?? p.endDate) })}</span>
            <Status value={p.status} />
            {p.statusReason && <span className="muted">{p.statusReason}</span>}
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** Accounts: invite staff and coaches, see each invitation's state, re-send it, disable or enable an account. */
export function AdminAccounts() {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useLoad(() => call(api.GET('/api/v1/accounts')), []);
  const [form, setForm] = useState({ role: 'coach', displayName: '', email: '' });
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const invite = useAction(async () => {
    await call(api.POST('/api/v1/accounts', { body: { role: form.role as 'coach', displayName: form.displayName, email: form.email } }));
    setForm({ ...form, displayName: '', email: '' });
    list.reload();
  });
  const act = useAction(async (accountId: string, what: 'disable' | 'enable' | 'resend') => {
    const path = { accountId };
    if (what === 'disable') await call(api.POST('/api/v1/accounts/{accountId}/disablement', { params: { path }, body: { reason: reasons[accountId] ?? '' } }));
    if (what === 'enable') await call(api.DELETE('/api/v1/accounts/{accountId}/disablement', { params: { path } }));
    if (what === 'resend') await call(api.POST('/api/v1/accounts/{accountId}/invitation', { params: { path } }));
    list.reload();
  });
  const p = invite.problem;
  return (
    <Page title={t('accounts.title')}>
      <form
        noValidate
        className="card form"
        onSubmit={(e) => {
          e.preventDefault();
          void invite.run();
        }}
      >
        <h2>{t('accounts.invite')}</h2>
        <ProblemNotice problem={p} />
        <Field label={t('accounts.role')} name="role" problem={p}>
          {(id) => (
            <select id={id} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
              <option value="coach">{t('roles.coach')}</option>
              <option value="admin">{t('roles.admin')}</option>
            </select>
          )}
        </Field>
        <Field label={t('accounts.name')} name="displayName" problem={p}>
          {(id, d) => <input id={id} aria-describedby={d} value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />}
        </Field>
        <Field label={t('signIn.email')} name="email" problem={p}>
          {(id, d) => <input id={id} aria-describedby={d} type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />}
        </Field>
        <button type="submit" className="primary" disabled={invite.busy}>
          {t('accounts.send')}
        </button>
      </form>
      <Loading loading={list.loading} />
      <ProblemNotice problem={list.problem ?? act.problem} />
      <ul className="list cards">
        {list.data?.accounts.map((a) => (
          <li key={a.id}>
            <span className="big">{a.displayName}</span>
            <span>
              {t(`roles.${a.role}`)} · <Status value={a.status} />
            </span>
            <span className="muted">
              {t('accounts.invitation')}: {t(`accounts.invitationStatus.${a.invitation.status}`)}
              {a.lastLoginAt ? ` · ${t('accounts.lastSignIn', { date: f.date(a.lastLoginAt) })}` : ''}
            </span>
            <div className="actions">
              {(a.invitation.status === 'pending' || a.invitation.status === 'expired') && (
                <button type="button" className="secondary" disabled={act.busy} onClick={() => void act.run(a.id, 'resend')}>
                  {t('accounts.resend')}
                </button>
              )}
              {a.status === 'active' ? (
                <div className="inline-form">
                  <label htmlFor={`reason-${a.id}`}>{t('accounts.reason')}</label>
                  <input id={`reason-${a.id}`} value={reasons[a.id] ?? ''} onChange={(e) => setReasons({ ...reasons, [a.id]: e.target.value })} />
                  <button type="button" className="secondary" disabled={act.busy} onClick={() => void act.run(a.id, 'disable')}>
                    {t('accounts.disable')}
                  </button>
                </div>
              ) : (
                <button type="button" className="secondary" disabled={act.busy} onClick={() => void act.run(a.id, 'enable')}>
                  {t('accounts.enable')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
