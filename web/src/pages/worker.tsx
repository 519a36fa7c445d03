import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Problem, type Schemas } from '../api/client';
import { addDays, datesOfIsoWeek, isoWeekOf, todayInBrussels } from '../dates';
import { useMe, useSession } from '../session';
import { ContractVersions, Link, Loading, Page, ProblemNotice, Status, useAction, useFormat, useLoad } from '../ui';

type Placement = Schemas['Placement'];

function useMyPlacements() {
  return useLoad(() => call(api.GET('/api/v1/placements')), []);
}
const currentPlacement = (list: Placement[] | undefined) =>
  list?.find((p) => p.status === 'active') ?? list?.find((p) => p.status === 'accepted' || p.status === 'blocked') ?? list?.[0];

/** When the cooperative recorded the worker's consent for them, the worker confirms it themselves. */
function ConsentToConfirm() {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const confirm = useAction(async () => {
    await call(api.POST('/api/v1/me/consent-confirmation', { body: { textVersion: '2026-01' } }));
    await refresh();
  });
  if (!me?.consentToConfirm) return null;
  return (
    <section className="notice" aria-label={t('consent.title')}>
      <strong>{t('consent.title')}</strong>
      <p>{t('consent.text')}</p>
      <ProblemNotice problem={confirm.problem} />
      <button type="button" className="primary" disabled={confirm.busy} onClick={() => void confirm.run()}>
        {t('consent.confirm')}
      </button>
    </section>
  );
}

/** A correction of an approved week waits for the worker: before and after per day, then agree or disagree (with a reason). */
function PendingCorrection({
  path,
  correction,
  onAnswered,
}: {
  path: { placementId: string; isoWeek: string };
  correction: NonNullable<Schemas['Timesheet']['pendingCorrection']>;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [disagreeing, setDisagreeing] = useState(false);
  const [reason, setReason] = useState('');
  const confirm = useAction(async () => {
    await call(
      api.POST('/api/v1/placements/{placementId}/timesheets/{isoWeek}/correction/confirmation', { params: { path }, body: { version: correction.version } }),
    );
    onAnswered();
  });
  const dispute = useAction(async () => {
    await call(
      api.POST('/api/v1/placements/{placementId}/timesheets/{isoWeek}/correction/dispute', { params: { path }, body: { version: correction.version, reason } }),
    );
    onAnswered();
  });
  const reasonError = dispute.problem?.errors?.find((e) => e.field === 'reason')?.message;
  return (
    <section className="notice" aria-label={t('correction.title')}>
      <strong>{t('correction.title')}</strong>
      <p>{t('correction.explain', { reason: correction.reason })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('week.day')}</th>
            <th scope="col">{t('correction.before')}</th>
            <th scope="col">{t('correction.after')}</th>
          </tr>
        </thead>
        <tbody>
          {correction.days.map((d) => (
            <tr key={d.date}>
              <th scope="row">{f.weekday(d.date)}</th>
              <td>{f.hours(d.beforeMinutes)}</td>
              <td>{d.afterMinutes === d.beforeMinutes ? f.hours(d.afterMinutes) : <strong>{f.hours(d.afterMinutes)}</strong>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {correction.disputed ? (
        <p>{t('correction.disputed')}</p>
      ) : (
        <>
          <ProblemNotice problem={confirm.problem ?? (reasonError ? null : dispute.problem)} />
          <div className="actions">
            <button type="button" className="primary" disabled={confirm.busy || dispute.busy} onClick={() => void confirm.run()}>
              {t('correction.confirm')}
            </button>
            <button type="button" className="secondary" disabled={confirm.busy || dispute.busy} onClick={() => setDisagreeing(true)}>
              {t('correction.dispute')}
            </button>
          </div>
          {disagreeing && (
            <form
              noValidate
              className="form"
              onSubmit={(e) => {
                e.preventDefault();
                void dispute.run();
              }}
            >
              <div className={reasonError ? 'field-invalid' : ''}>
                <label htmlFor="correction-reason">{t('correction.disputeReason')}</label>
                <textarea
                  id="correction-reason"
                  value={reason}
                  maxLength={300}
                  aria-describedby={reasonError ? 'correction-reason-error' : undefined}
                  onChange={(e) => setReason(e.target.value)}
                />
                {reasonError && (
                  <p className="field-error" id="correction-reason-error">
                    {reasonError}
                  </p>
                )}
              </div>
              <button type="submit" className="primary" disabled={dispute.busy}>
                {t('correction.sendDispute')}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}

/** My week: hours per day, saved and sent to the employer, then their answer. Phone first. */
export function WorkerWeek() {
  const { t } = useTranslation();
  const f = useFormat();
  const placements = useMyPlacements();
  const placement = currentPlacement(placements.data?.placements);
  const today = todayInBrussels();
  const [week, setWeek] = useState(() => isoWeekOf(today));
  const [hours, setHours] = useState<Record<string, string>>({});
  const sheet = useLoad(
    async () =>
      placement
        ? call(api.GET('/api/v1/placements/{placementId}/timesheets/{isoWeek}', { params: { path: { placementId: placement.id, isoWeek: week } } }))
        : undefined,
    [placement?.id, week],
  );
  const history = useLoad(
    async () => (placement ? call(api.GET('/api/v1/placements/{placementId}/timesheets', { params: { path: { placementId: placement.id } } })) : undefined),
    [placement?.id, sheet.data?.status],
  );
  useEffect(() => {
    const byDay: Record<string, string> = {};
    for (const e of sheet.data?.entries ?? []) if (e.kind === 'regular' && e.hours !== undefined) byDay[e.date] = String(e.hours);
    setHours(byDay);
  }, [sheet.data]);

  const days = datesOfIsoWeek(week);
  const sentDays = days.filter((d) => Number(hours[d] ?? 0) > 0);
  const entries = () => sentDays.map((date) => ({ date, hours: Number(hours[date]), kind: 'regular' as const }));
  const path = placement ? { placementId: placement.id, isoWeek: week } : undefined;
  const save = useAction(async () => {
    await call(api.PUT('/api/v1/placements/{placementId}/timesheets/{isoWeek}/entries', { params: { path: path! }, body: { entries: entries() } }));
    sheet.reload();
  });
  const submit = useAction(async () => {
    await call(api.PUT('/api/v1/placements/{placementId}/timesheets/{isoWeek}/entries', { params: { path: path! }, body: { entries: entries() } }));
    await call(api.POST('/api/v1/placements/{placementId}/timesheets/{isoWeek}/submission', { params: { path: path! }, body: {} }));
    sheet.reload();
  });
  const problem: Problem | null = submit.problem ?? save.problem;
  const messageFor = (date: string) => {
    const i = sentDays.indexOf(date);
    return (
      problem?.errors
        ?.filter((e) => i >= 0 && e.field.startsWith(`entries.${i}`))
        .map((e) => e.message)
        .join(' ') || null
    );
  };
  const editable = sheet.data ? sheet.data.status === 'draft' : !sheet.problem || sheet.problem.status === 404;
  const total = sentDays.reduce((s, d) => s + Number(hours[d]), 0);

  return (
    <Page title={t('week.title')}>
      <ConsentToConfirm />
      <Loading loading={placements.loading} />
      <ProblemNotice problem={placements.problem} />
      {placements.data && !placement && <p className="notice">{t('week.noPlacement')}</p>}
      {placement && (
        <>
          <p className="lead">
            {placement.workplace.employerName} · {placement.workplace.jobTitle}
          </p>
          <div className="week-switch">
            <button type="button" className="secondary" onClick={() => setWeek(isoWeekOf(addDays(days[0]!, -7)))}>
              ← {t('week.previous')}
            </button>
            <strong aria-live="polite">{t('week.weekOf', { date: f.date(days[0]!) })}</strong>
            <button type="button" className="secondary" disabled={days[6]! >= today} onClick={() => setWeek(isoWeekOf(addDays(days[0]!, 7)))}>
              {t('week.next')} →
            </button>
          </div>
          {sheet.data && (
            <p>
              {t('week.status')}: <Status value={sheet.data.status} />
              {sheet.data.disputeReason && <span className="muted"> — {sheet.data.disputeReason}</span>}
            </p>
          )}
          {sheet.problem && sheet.problem.status !== 404 && <ProblemNotice problem={sheet.problem} />}
          {sheet.data?.pendingCorrection && path && <PendingCorrection path={path} correction={sheet.data.pendingCorrection} onAnswered={sheet.reload} />}
          <form noValidate className="card form" onSubmit={(e) => e.preventDefault()}>
            <ProblemNotice problem={problem} />
            <ul className="days">
              {days.map((date) => {
                const outside = date < placement.startDate || date > (placement.endedOn ?? placement.endDate) || date > today;
                const message = messageFor(date);
                return (
                  <li key={date} className={message ? 'field-invalid' : ''}>
                    <label htmlFor={`h-${date}`}>{f.weekday(date)}</label>
                    <input
                      id={`h-${date}`}
                      type="number"
                      inputMode="decimal"
                      min={0}
                      max={24}
                      step={0.25}
                      disabled={!editable || outside}
                      value={hours[date] ?? ''}
                      placeholder="0"
                      aria-describedby={message ? `e-${date}` : undefined}
                      onChange={(e) => setHours({ ...hours, [date]: e.target.value })}
                    />
                    <span className="unit">{t('week.hoursShort')}</span>
                    {message && (
                      <p className="field-error" id={`e-${date}`}>
                        {message}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
            <p>
              {t('week.total')}:{' '}
              <strong>
                {total} {t('week.hoursShort')}
              </strong>
            </p>
            {editable && (
              <div className="actions">
                <button type="button" className="secondary" disabled={save.busy || submit.busy} onClick={() => void save.run()}>
                  {t('week.save')}
                </button>
                <button type="button" className="primary" disabled={save.busy || submit.busy || sentDays.length === 0} onClick={() => void submit.run()}>
                  {t('week.submit')}
                </button>
              </div>
            )}
          </form>
          {history.data && history.data.timesheets.length > 0 && (
            <>
              <h2>{t('week.history')}</h2>
              <ul className="list">
                {history.data.timesheets.slice(0, 8).map((s) => (
                  <li key={s.id}>
                    <span>{t('week.weekOf', { date: f.date(datesOfIsoWeek(s.isoWeek)[0]!) })}</span>
                    <span>{f.hours(s.totalMinutes)}</span>
                    <Status value={s.status} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Page>
  );
}

export function WorkerPayslips() {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useLoad(() => call(api.GET('/api/v1/me/payslips')), []);
  return (
    <Page title={t('payslips.title')}>
      <Loading loading={list.loading} />
      <ProblemNotice problem={list.problem} />
      {list.data?.items.length === 0 && <p>{t('payslips.none')}</p>}
      <ul className="list cards">
        {list.data?.items.map((p) => (
          <li key={p.id}>
            <Link to={`/worker/payslips/${p.id}`} className="card-link">
              <span className="big">{f.month(p.period)}</span>
              <span>
                {t('payslips.net')}: <strong>{f.money(p.netCents)}</strong>
              </span>
              <span className="muted">{t('payslips.paidOn', { date: f.date(p.paymentDate) })}</span>
            </Link>
            <a className="button secondary" href={p.documentUrl} download>
              {t('payslips.pdf')}
            </a>
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** One payslip with the engine's own "why this net", in the reader's language. */
export function WorkerPayslip({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const slip = useLoad(() => call(api.GET('/api/v1/payslips/{payslipId}', { params: { path: { payslipId: id } } })), [id]);
  const p = slip.data;
  const lang = (['fr', 'nl', 'en'].includes(i18n.language) ? i18n.language : 'fr') as 'fr' | 'nl' | 'en';
  return (
    <Page title={p ? f.month(p.period) : t('payslips.title')} back={{ to: '/worker/payslips', label: t('nav.myPayslips') }}>
      <Loading loading={slip.loading} />
      <ProblemNotice problem={slip.problem} />
      {p && (
        <>
          <div className="card">
            <p className="big">
              {t('payslips.net')}: <strong>{f.money(p.netCents)}</strong>
            </p>
            <p>
              {t('payslips.gross')}: {f.money(p.grossCents)}
            </p>
            <p className="muted">
              {t('payslips.paidOn', { date: f.date(p.paymentDate) })}
              {p.ibanLast4 ? ` · ${t('payslips.toAccount', { last4: p.ibanLast4 })}` : ''}
            </p>
            <a className="button primary" href={p.documentUrl} download>
              {t('payslips.pdf')}
            </a>
          </div>
          <h2>{t('payslips.why')}</h2>
          <ol className="explain">
            {p.lines
              .filter((l) => l.side === 'worker')
              .map((l) => (
                <li key={l.code}>
                  <div className="explain-head">
                    <span>{l.label[lang]}</span>
                    <strong>{f.money(l.amountCents)}</strong>
                  </div>
                  <p className="muted">{l.explanation[lang]}</p>
                </li>
              ))}
          </ol>
        </>
      )}
    </Page>
  );
}

export function WorkerContract() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const contracts = useLoad(() => call(api.GET('/api/v1/workers/{workerId}/contracts', { params: { path: { workerId: me.workerId! } } })), [me.workerId]);
  const sign = useAction(async (contractId: string) => {
    await call(api.POST('/api/v1/contracts/{contractId}/signatures', { params: { path: { contractId } }, body: { agree: true } }));
    contracts.reload();
  });
  return (
    <Page title={t('contract.title')}>
      <Loading loading={contracts.loading} />
      <ProblemNotice problem={contracts.problem ?? sign.problem} />
      {contracts.data?.contracts.length === 0 && <p>{t('contract.none')}</p>}
      {contracts.data?.contracts.map((c) => (
        <div className="card" key={c.id}>
          <p className="big">{c.jobTitle}</p>
          <p>
            <Status value={c.status} />
          </p>
          <p>{t('contract.period', { from: f.date(c.startDate), to: f.date(c.endDate) })}</p>
          <p>{t('contract.wage', { wage: f.money(c.hourlyWageCents), hours: c.weeklyHours })}</p>
          {c.documentUrl && (
            <a className="button secondary" href={c.documentUrl} download>
              {t(c.documents.some((d) => d.kind === 'signed') ? 'contract.readSigned' : 'contract.read')}
            </a>
          )}
          <ContractVersions documents={c.documents} />
          {c.status === 'awaiting-signatures' && !c.signedByWorkerAt && (
            <div className="actions">
              <p>{t('contract.signExplain')}</p>
              <button type="button" className="primary" disabled={sign.busy} onClick={() => void sign.run(c.id)}>
                {t('contract.sign')}
              </button>
            </div>
          )}
          {c.signedByWorkerAt && <p className="muted">{t('contract.signedOn', { date: f.date(c.signedByWorkerAt) })}</p>}
        </div>
      ))}
    </Page>
  );
}

export function WorkerPlacement() {
  const { t } = useTranslation();
  const f = useFormat();
  const placements = useMyPlacements();
  const p = currentPlacement(placements.data?.placements);
  return (
    <Page title={t('placement.title')}>
      <Loading loading={placements.loading} />
      <ProblemNotice problem={placements.problem} />
      {placements.data && !p && <p>{t('week.noPlacement')}</p>}
      {p && (
        <div className="card">
          <p className="big">{p.workplace.employerName}</p>
          <p>{p.workplace.jobTitle}</p>
          <p>
            <Status value={p.status} />
          </p>
          <h2>{t('placement.where')}</h2>
          <address>
            {p.workplace.siteAddress.street} {p.workplace.siteAddress.houseNumber}
            <br />
            {p.workplace.siteAddress.postalCode} {p.workplace.siteAddress.city}
          </address>
          <h2>{t('placement.when')}</h2>
          <p>{t('contract.period', { from: f.date(p.startDate), to: f.date(p.endedOn ?? p.endDate) })}</p>
          {p.workplace.contact && (
            <>
              <h2>{t('placement.contact')}</h2>
              <p>
                {p.workplace.contact.name}
                <br />
                <a href={`mailto:${p.workplace.contact.email}`}>{p.workplace.contact.email}</a>
              </p>
            </>
          )}
        </div>
      )}
    </Page>
  );
}

export function WorkerAccessLog() {
  const { t } = useTranslation();
  const f = useFormat();
  const log = useLoad(() => call(api.GET('/api/v1/me/access-log')), []);
  return (
    <Page title={t('accessLog.title')}>
      <p>{t('accessLog.intro')}</p>
      <Loading loading={log.loading} />
      <ProblemNotice problem={log.problem} />
      <ul className="list">
        {log.data?.entries.map((e, i) => (
          <li key={i}>
            <span>{f.date(e.at)}</span>
            <span>
              {e.who} ({t(`roles.${e.role}`, { defaultValue: e.role })})
            </span>
            <span>{e.action}</span>
          </li>
        ))}
      </ul>
    </Page>
  );
}
