import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatStructuredCommunication } from '../../../domain/identifiers/structured-communication';
import { api, call, type Schemas } from '../api/client';
import { Field, Link, Loading, Page, ProblemNotice, Status, useAction, useFormat, useLoad } from '../ui';

type Invoice = Schemas['Invoice'];
type Line = Invoice['lines'][number];

/** What a document is, in words: an invoice, a supplement, a credit note (for a correction or in full). */
const kindKey = (d: { kind: string; purpose: string }) =>
  d.kind === 'credit-note'
    ? d.purpose === 'full-credit'
      ? 'invoice.fullCredit'
      : 'invoice.correctionCredit'
    : d.purpose === 'supplement'
      ? 'invoice.supplement'
      : 'invoice.invoice';

/** The weeks a line bills, as a range with their count; a corrected week names its version. */
function weeksBilled(weeks: Line['weeks'], t: (key: string, o?: Record<string, unknown>) => string): string {
  const sorted = [...weeks].sort((a, b) => a.isoWeek.localeCompare(b.isoWeek));
  const range =
    sorted.length === 1
      ? t('invoice.oneWeek', { week: sorted[0]!.isoWeek })
      : t('invoice.weekRange', { from: sorted[0]!.isoWeek, to: sorted[sorted.length - 1]!.isoWeek, count: sorted.length });
  const corrected = sorted.filter((w) => w.version > 1).map((w) => t('invoice.weekVersion', { week: w.isoWeek, version: w.version }));
  return corrected.length ? `${range} · ${corrected.join(', ')}` : range;
}

/** A structured communication (OGM) as Belgian banks print it, +++123/4567/89012+++ (the engine's own rule). */
export function ogm(value: string): string {
  try {
    return formatStructuredCommunication(value);
  } catch {
    return value;
  }
}

function LineCard({ line }: { line: Line }) {
  const { t } = useTranslation();
  const f = useFormat();
  const quantity = line.minutes !== null ? f.hours(line.minutes) : f.number(line.quantity);
  return (
    <li>
      <span className="big">
        {t('invoice.quantityTimesPrice', { quantity, price: f.money(line.unitPriceCents) })} = {f.money(line.amountCents)}
      </span>
      <span>{line.description}</span>
      {line.workerLabel && <span className="muted">{t('invoice.worker', { label: line.workerLabel })}</span>}
      <span className="muted">
        {line.vat.code === 'E' ? t('invoice.vatExempt', { reason: line.vat.exemptionReason ?? '' }) : t('invoice.vatRate', { rate: line.vat.ratePercent })}
      </span>
      {line.weeks.length > 0 && <span className="muted">{weeksBilled(line.weeks, t)}</span>}
      {line.reason && <span className="muted">{t('invoice.lineReason', { reason: line.reason })}</span>}
    </li>
  );
}

/** The PDF (and, for Peppol, the UBL) of an issued document. */
function Downloads({ id, number }: { id: string; number: string | null }) {
  const { t } = useTranslation();
  if (!number) return null;
  return (
    <div className="actions">
      <a className="button secondary" href={`/api/v1/invoices/${id}/document`} download>
        {t('invoice.pdfOf', { number })}
      </a>
      <a className="button secondary" href={`/api/v1/invoices/${id}/ubl`} download>
        {t('invoice.ubl')}
      </a>
    </div>
  );
}

/**
 * One invoice or credit note, for the admin and for the employer it is addressed to: its lines (the
 * weeks and versions billed), totals, what was paid, and every credit note or supplement that refers
 * to it with its PDF. The admin issues a draft, or credits an issued invoice in full with a reason.
 */
export function InvoicePage({ id, viewer }: { id: string; viewer: 'admin' | 'employer' }) {
  const { t } = useTranslation();
  const f = useFormat();
  const invoice = useLoad(() => call(api.GET('/api/v1/invoices/{invoiceId}', { params: { path: { invoiceId: id } } })), [id]);
  const referring = useLoad(() => call(api.GET('/api/v1/invoices', { params: { query: { correctsInvoiceId: id } } })), [id]);
  const [reason, setReason] = useState('');
  const [credited, setCredited] = useState<string | null>(null);
  const path = { invoiceId: id };
  const issue = useAction(async () => {
    await call(api.POST('/api/v1/invoices/{invoiceId}/issue', { params: { path }, body: {} }));
    invoice.reload();
  });
  const credit = useAction(async () => {
    const note = await call(api.POST('/api/v1/invoices/{invoiceId}/credit-note', { params: { path }, body: { reason } }));
    setCredited(note.number);
    setReason('');
    invoice.reload();
    referring.reload();
  });
  const i = invoice.data;
  const list = `/${viewer}/invoices`;
  const title = i ? (i.number ? `${t(kindKey(i))} ${i.number}` : t('invoice.draftOf', { kind: t(kindKey(i)) })) : t('invoices.title');
  const creditable = viewer === 'admin' && i?.kind === 'invoice' && (i.status === 'issued' || i.status === 'paid');
  return (
    <Page title={title} back={{ to: list, label: t('nav.invoices') }}>
      <Loading loading={invoice.loading && !i} />
      <ProblemNotice problem={invoice.problem} />
      {i && (
        <>
          <p>
            <Status value={i.status} /> · {f.month(i.period)}
          </p>
          {i.correctsInvoiceId && (
            <p>
              <Link to={`${list}/${i.correctsInvoiceId}`}>{t('invoice.refersTo')}</Link>
              {i.reason && <> — {t('invoice.reason', { reason: i.reason })}</>}
            </p>
          )}
          <div className="card">
            <dl className="totals">
              {i.issueDate && (
                <div className="row">
                  <dt>{t('invoice.issuedOn')}</dt>
                  <dd>{f.date(i.issueDate)}</dd>
                </div>
              )}
              {i.dueDate && i.kind === 'invoice' && (
                <div className="row">
                  <dt>{t('invoice.dueOn')}</dt>
                  <dd>{f.date(i.dueDate)}</dd>
                </div>
              )}
              {i.structuredCommunication && (
                <div className="row">
                  <dt>{t('invoice.reference')}</dt>
                  <dd>{ogm(i.structuredCommunication)}</dd>
                </div>
              )}
              <div className="row">
                <dt>{t('invoice.lineTotal')}</dt>
                <dd>{f.money(i.lineTotalCents)}</dd>
              </div>
              <div className="row">
                <dt>{t('invoice.vat')}</dt>
                <dd>{f.money(i.vatCents)}</dd>
              </div>
              <div className="row">
                <dt>{t('invoice.total')}</dt>
                <dd>
                  <strong>{f.money(i.totalCents)}</strong>
                </dd>
              </div>
              {i.kind === 'invoice' && i.number && (
                <div className="row">
                  <dt>{t('invoice.stillToPay')}</dt>
                  <dd>{f.money(i.openCents)}</dd>
                </div>
              )}
            </dl>
            <Downloads id={i.id} number={i.number} />
          </div>

          <h2>{t('invoice.lines')}</h2>
          <ul className="list cards" aria-label={t('invoice.lines')}>
            {i.lines.map((l) => (
              <LineCard key={l.lineNo} line={l} />
            ))}
          </ul>

          {i.payments.length > 0 && (
            <>
              <h2>{t('invoice.payments')}</h2>
              <ul className="list">
                {i.payments.map((p, n) => (
                  <li key={n}>
                    <span>{f.date(p.bookingDate)}</span>
                    <strong>{f.money(p.amountCents)}</strong>
                    <span className="muted">{t(`invoice.paidBy.${p.source}`)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}

          {i.kind === 'invoice' && (
            <>
              <h2>{t('invoice.corrections')}</h2>
              <ProblemNotice problem={referring.problem} />
              {referring.data?.invoices.length === 0 && <p className="muted">{t('invoice.noCorrections')}</p>}
              <ul className="list cards">
                {referring.data?.invoices.map((c) => (
                  <li key={c.id}>
                    <Link to={`${list}/${c.id}`} className="card-link">
                      <span className="big">{c.number ? `${t(kindKey(c))} ${c.number}` : t('invoice.draftOf', { kind: t(kindKey(c)) })}</span>
                      <span>
                        {c.issueDate ? `${f.date(c.issueDate)} · ` : ''}
                        <strong>{f.money(c.totalCents)}</strong>
                      </span>
                    </Link>
                    <span>
                      <Status value={c.status} />
                    </span>
                    <Downloads id={c.id} number={c.number} />
                  </li>
                ))}
              </ul>
            </>
          )}

          {viewer === 'admin' && i.status === 'draft' && (
            <div className="card">
              <ProblemNotice problem={issue.problem} />
              <button type="button" className="primary" disabled={issue.busy} onClick={() => void issue.run()}>
                {t('invoice.issueDraft')}
              </button>
            </div>
          )}
          {credited && (
            <p className="notice notice-ok" role="status">
              {t('invoice.creditIssued', { number: credited })}
            </p>
          )}
          {creditable && (
            <form
              noValidate
              className="card form"
              onSubmit={(e) => {
                e.preventDefault();
                void credit.run();
              }}
            >
              <h2>{t('invoice.creditTitle')}</h2>
              <p className="muted">{t('invoice.creditExplain')}</p>
              <ProblemNotice problem={credit.problem} />
              <Field label={t('invoice.creditReason')} name="reason" problem={credit.problem}>
                {(fid, d) => <textarea id={fid} aria-describedby={d} value={reason} onChange={(e) => setReason(e.target.value)} />}
              </Field>
              <button type="submit" className="primary" disabled={credit.busy}>
                {t('invoice.creditSubmit')}
              </button>
            </form>
          )}
        </>
      )}
    </Page>
  );
}
