import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../api/client';
import { datesOfIsoWeek } from '../dates';

import { useMe } from '../session';
import { Field, Link, Loading, Page, ProblemNotice, SectorField, Status, useAction, useFormat, useLoad } from '../ui';
import { ogm } from './invoice';
import { WeekDecisionForm, WeekGrid } from './public';

/** Every week a worker sent that waits for this employer's answer, across their placements. */
export function EmployerWeeks() {
  const { t } = useTranslation();
  const f = useFormat();
  const waiting = useLoad(async () => {
    const { placements } = await call(api.GET('/api/v1/placements'));
    const rows: { placement: Schemas['Placement']; sheet: Schemas['TimesheetVersions']['timesheets'][number] }[] = [];
    for (const placement of placements) {
      const { timesheets } = await call(api.GET('/api/v1/placements/{placementId}/timesheets', { params: { path: { placementId: placement.id } } }));
      for (const sheet of timesheets) if (sheet.status === 'submitted') rows.push({ placement, sheet });
    }
    return { rows, placements };
  }, []);
  return (
    <Page title={t('employer.weeksTitle')}>
      <Loading loading={waiting.loading} />
      <ProblemNotice problem={waiting.problem} />
      {waiting.data?.rows.length === 0 && <p className="notice notice-ok">{t('employer.nothingWaiting')}</p>}
      <ul className="list cards">
        {waiting.data?.rows.map(({ placement, sheet }) => (
          <li key={sheet.id}>
            <Link to={`/employer/weeks/${placement.id}/${sheet.isoWeek}`} className="card-link">
              <span className="big">{placement.worker.firstName}</span>
              <span>{t('week.weekOf', { date: f.date(datesOfIsoWeek(sheet.isoWeek)[0]!) })}</span>
              <span>
                {t('week.total')}: <strong>{f.hours(sheet.totalMinutes)}</strong>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {waiting.data && waiting.data.placements.length > 0 && (
        <>
          <h2>{t('employer.placements')}</h2>
          <ul className="list">
            {waiting.data.placements.map((p) => (
              <li key={p.id}>
                <span>{p.worker.firstName}</span>
                <span>{p.workplace.jobTitle}</span>
                <Status value={p.status} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

export function EmployerWeek({ placementId, week }: { placementId: string; week: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [reason, setReason] = useState('');
  const path = { placementId, isoWeek: week };
  const sheet = useLoad(() => call(api.GET('/api/v1/placements/{placementId}/timesheets/{isoWeek}', { params: { path } })), [placementId, week]);
  const decide = useAction(async (decision: 'approve' | 'dispute') => {
    await call(
      api.POST('/api/v1/placements/{placementId}/timesheets/{isoWeek}/decision', {
        params: { path },
        body: { decision, version: sheet.data!.version, ...(decision === 'dispute' ? { reason } : {}) },
      }),
    );
    sheet.reload();
  });
  const s = sheet.data;
  return (
    <Page title={t('week.weekOf', { date: f.date(datesOfIsoWeek(week)[0]!) })} back={{ to: '/employer', label: t('nav.weeksToApprove') }}>
      <Loading loading={sheet.loading} />
      <ProblemNotice problem={sheet.problem} />
      {s && (
        <>
          <div className="card">
            <p>
              <Status value={s.status} /> · {t('week.total')}: <strong>{f.hours(s.totalMinutes)}</strong>
            </p>
            <WeekGrid entries={s.entries} />
          </div>
          {s.status === 'submitted' && <WeekDecisionForm action={decide} reason={reason} onReason={setReason} />}
        </>
      )}
    </Page>
  );
}

export function EmployerJobRequests() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const requests = useLoad(() => call(api.GET('/api/v1/job-requests')), []);
  const placements = useLoad(() => call(api.GET('/api/v1/placements', { params: { query: { status: 'proposed' } } })), []);
  const [form, setForm] = useState({
    occupation: '',
    sector: 'care',
    hoursPerWeek: '38',
    startDate: '',
    endDate: '',
    wage: '',
    street: '',
    houseNumber: '',
    postalCode: '',
    city: '',
  });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const post = useAction(async () => {
    const wageCents = Math.round(Number(form.wage) * 100);
    await call(
      api.POST('/api/v1/employers/{employerId}/job-requests', {
        params: { path: { employerId: me.employerId! } },
        body: {
          occupation: form.occupation,
          sector: form.sector as 'care',
          headcount: 1,
          hoursPerWeek: Number(form.hoursPerWeek),
          startDate: form.startDate,
          endDate: form.endDate,
          siteAddress: { street: form.street, houseNumber: form.houseNumber, postalCode: form.postalCode, city: form.city },
          requiredSkills: [],
          requiredLanguages: [],
          offeredHourlyWageCents: wageCents,
          comparableStaffHourlyWageCents: wageCents,
        },
      }),
    );
    requests.reload();
  });
  const decide = useAction(async (placementId: string, decision: 'accept' | 'refuse') => {
    await call(api.POST('/api/v1/placements/{placementId}/decision', { params: { path: { placementId } }, body: { decision } }));
    placements.reload();
  });
  const p = post.problem;
  return (
    <Page title={t('employer.jobRequestsTitle')}>
      {placements.data && placements.data.placements.length > 0 && (
        <>
          <h2>{t('employer.proposed')}</h2>
          <ProblemNotice problem={decide.problem} />
          <ul className="list cards">
            {placements.data.placements.map((pl) => (
              <li key={pl.id}>
                <span className="big">{pl.worker.firstName}</span>
                <span>
                  {pl.workplace.jobTitle} · {t('contract.period', { from: f.date(pl.startDate), to: f.date(pl.endDate) })}
                </span>
                <div className="actions">
                  <button type="button" className="primary" disabled={decide.busy} onClick={() => void decide.run(pl.id, 'accept')}>
                    {t('employer.accept')}
                  </button>
                  <button type="button" className="secondary" disabled={decide.busy} onClick={() => void decide.run(pl.id, 'refuse')}>
                    {t('employer.refuse')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('employer.myRequests')}</h2>
      <Loading loading={requests.loading} />
      <ProblemNotice problem={requests.problem} />
      <ul className="list">
        {requests.data?.jobRequests.map((r) => (
          <li key={r.id}>
            <span>{r.occupation}</span>
            <span>{t('contract.period', { from: f.date(r.startDate), to: f.date(r.endDate) })}</span>
            <Status value={r.status} />
          </li>
        ))}
      </ul>
      <h2>{t('employer.newRequest')}</h2>
      <form
        noValidate
        className="card form"
        onSubmit={(e) => {
          e.preventDefault();
          void post.run();
        }}
      >
        <ProblemNotice problem={p} />
        <Field label={t('employer.occupation')} name="occupation" problem={p}>
          {(id, d) => <input id={id} aria-describedby={d} required value={form.occupation} onChange={set('occupation')} />}
        </Field>
        <SectorField name="sector" value={form.sector} onChange={set('sector')} problem={p} />
        <Field label={t('employer.hoursPerWeek')} name="hoursPerWeek" problem={p}>
          {(id, d) => <input id={id} aria-describedby={d} type="number" inputMode="decimal" value={form.hoursPerWeek} onChange={set('hoursPerWeek')} />}
        </Field>
        <Field label={t('employer.startDate')} name="startDate" problem={p}>
          {(id, d) => <input id={id} aria-describedby={d} type="date" required value={form.startDate} onChange={set('startDate')} />}
        </Field>
        <Field label={t('employer.endDate')} name="endDate" problem={p}>
          {(id, d) => <input id={id} aria-describedby={d} type="date" required value={form.endDate} onChange={set('endDate')} />}
        </Field>
        <Field label={t('employer.wage')} name="offeredHourlyWageCents" problem={p}>
          {(id, d) => <input id={id} aria-describedby={d} type="number" inputMode="decimal" step="0.01" required value={form.wage} onChange={set('wage')} />}
        </Field>
        <fieldset>
          <legend>{t('employer.site')}</legend>
          <Field label={t('address.street')} name="siteAddress.street" problem={p}>
            {(id, d) => <input id={id} aria-describedby={d} required value={form.street} onChange={set('street')} />}
          </Field>
          <Field label={t('address.houseNumber')} name="siteAddress.houseNumber" problem={p}>
            {(id, d) => <input id={id} aria-describedby={d} required value={form.houseNumber} onChange={set('houseNumber')} />}
          </Field>
          <Field label={t('address.postalCode')} name="siteAddress.postalCode" problem={p}>
            {(id, d) => <input id={id} aria-describedby={d} required inputMode="numeric" value={form.postalCode} onChange={set('postalCode')} />}
          </Field>
          <Field label={t('address.city')} name="siteAddress.city" problem={p}>
            {(id, d) => <input id={id} aria-describedby={d} required value={form.city} onChange={set('city')} />}
          </Field>
        </fieldset>
        <button type="submit" className="primary" disabled={post.busy}>
          {t('employer.post')}
        </button>
      </form>
    </Page>
  );
}

/** Invoices and credit notes, each opening its own page (lines, credit notes, PDF). */
export function InvoiceList({ invoices, base }: { invoices: Schemas['Invoices']['invoices']; base: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul className="list cards">
      {invoices.map((i) => (
        <li key={i.id}>
          <Link to={`${base}/${i.id}`} className="card-link">
            <span className="big">
              {i.kind === 'credit-note' ? `${t('invoice.creditNote')} ` : ''}
              {i.number ?? t('invoices.draft')}
            </span>
            <span>
              {f.month(i.period)} · <strong>{f.money(i.totalCents)}</strong>
            </span>
          </Link>
          <span>
            <Status value={i.status} /> {i.openCents > 0 && i.number ? t('invoices.open', { amount: f.money(i.openCents) }) : ''}
          </span>
          {i.structuredCommunication && <span className="muted">{ogm(i.structuredCommunication)}</span>}
          {i.number && (
            <a className="button secondary" href={`/api/v1/invoices/${i.id}/document`} download>
              {t('invoices.pdf')}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}

export function EmployerInvoices() {
  const { t } = useTranslation();
  const list = useLoad(() => call(api.GET('/api/v1/invoices')), []);
  return (
    <Page title={t('invoices.title')}>
      <Loading loading={list.loading} />
      <ProblemNotice problem={list.problem} />
      {list.data?.invoices.length === 0 && <p>{t('invoices.none')}</p>}
      {list.data && <InvoiceList base="/employer/invoices" invoices={list.data.invoices.filter((i) => i.number)} />}
    </Page>
  );
}
