import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../api/client';
import { Field, Link, Loading, Page, ProblemNotice, Status, useAction, useFormat, useLoad } from '../ui';
import { ogm } from './invoice';

type Import = Schemas['BankStatementImport'];

/** The engine's reasons for leaving a credit unmatched (domain/banking/matching.ts), in the reader's words; another reason is shown as the API gave it. */
const UNMATCHED_REASONS: Record<string, string> = {
  'not a credit': 'payments.why.notCredit',
  'several open invoices of the employer have this amount': 'payments.why.severalSameAmount',
  'no open invoice of the employer has this amount': 'payments.why.noSameAmount',
  'the structured communication names no open invoice': 'payments.why.unknownReference',
  'no structured communication and no known payer': 'payments.why.nothingToGoBy',
};

/** A statement's file as the API reads it: camt.053 is XML, CODA is text. */
function mediaTypeOf(file: File, text: string): 'application/xml' | 'text/plain' {
  if (/xml/.test(file.type) || /\.xml$/i.test(file.name) || text.trimStart().startsWith('<')) return 'application/xml';
  return 'text/plain';
}

/**
 * Payments: import a bank statement (camt.053 or CODA) and see which invoices it paid and which
 * credits stayed unmatched; the credits waiting for review, each assignable to an issued invoice.
 */
export function AdminPayments() {
  const { t } = useTranslation();
  const f = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<Import | null>(null);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const invoices = useLoad(() => call(api.GET('/api/v1/invoices')), []);
  const queue = useLoad(() => call(api.GET('/api/v1/payments/unmatched')), []);
  const why = (reason: string | null) => (reason && UNMATCHED_REASONS[reason] ? t(UNMATCHED_REASONS[reason]!) : (reason ?? ''));
  const importStatement = useAction(async () => {
    setResult(null);
    const text = file ? await file.text() : '';
    const type = file ? mediaTypeOf(file, text) : 'text/plain';
    const imported = await call(api.POST('/api/v1/bank-statements', { body: text, bodySerializer: (body: string) => body, headers: { 'content-type': type } }));
    setResult(imported);
    invoices.reload();
    queue.reload();
  });
  const assign = useAction(async (paymentId: string) => {
    await call(api.POST('/api/v1/payments/{paymentId}/assignment', { params: { path: { paymentId } }, body: { invoiceId: chosen[paymentId] ?? '' } }));
    invoices.reload();
    queue.reload();
  });
  const byId = new Map((invoices.data?.invoices ?? []).map((i) => [i.id, i]));
  const payable = (invoices.data?.invoices ?? []).filter((i) => i.kind === 'invoice' && (i.status === 'issued' || i.status === 'paid'));
  return (
    <Page title={t('payments.title')}>
      <form
        noValidate
        className="card form"
        onSubmit={(e) => {
          e.preventDefault();
          void importStatement.run();
        }}
      >
        <h2>{t('payments.import')}</h2>
        <p className="muted">{t('payments.importExplain')}</p>
        <ProblemNotice problem={importStatement.problem} />
        <Field label={t('payments.file')} name="body" problem={importStatement.problem}>
          {(id, d) => (
            <input
              id={id}
              aria-describedby={d}
              type="file"
              accept=".xml,.cod,.txt,application/xml,text/xml,text/plain"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={importStatement.busy || !file}>
          {t('payments.importSubmit')}
        </button>
      </form>

      {result && (
        <section className="card" aria-labelledby="statement-result">
          <h2 id="statement-result">{t('payments.statement')}</h2>
          <p className="muted break">{result.reference}</p>
          {result.alreadyImported ? (
            <p className="notice notice-ok" role="status">
              {t('payments.alreadyImported')}
            </p>
          ) : (
            <p role="status">{t('payments.credits', { count: result.credits, matched: result.matched.length, unmatched: result.unmatched.length })}</p>
          )}
          {result.matched.length > 0 && (
            <>
              <h3>{t('payments.matched')}</h3>
              <ul className="list" aria-label={t('payments.matched')}>
                {result.matched.map((m) => (
                  <li key={m.paymentId}>
                    <Link to={`/admin/invoices/${m.invoiceId}`}>{t('payments.invoice', { number: m.invoiceNumber })}</Link>
                    <strong>{f.money(m.amountCents)}</strong>
                    {byId.get(m.invoiceId) && <Status value={byId.get(m.invoiceId)!.status} />}
                    <span className="muted">{t(`payments.by.${m.by}`, { defaultValue: m.by })}</span>
                    {m.creditCents > 0 && <span>{t('payments.creditKept', { amount: f.money(m.creditCents) })}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.unmatched.length > 0 && (
            <>
              <h3>{t('payments.unmatched')}</h3>
              <ul className="list" aria-label={t('payments.unmatched')}>
                {result.unmatched.map((u) => (
                  <li key={u.paymentId}>
                    <strong>{f.money(u.amountCents)}</strong>
                    <span>{why(u.reason)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <h2>{t('payments.queue')}</h2>
      <Loading loading={queue.loading} />
      <ProblemNotice problem={queue.problem ?? assign.problem} />
      {queue.data?.payments.length === 0 && <p className="muted">{t('payments.queueEmpty')}</p>}
      <ul className="list cards" aria-label={t('payments.queue')}>
        {queue.data?.payments.map((p) => (
          <li key={p.id}>
            <span className="big">{f.money(p.amountCents)}</span>
            <span>
              {f.date(p.bookingDate)}
              {p.counterpartyName ? ` · ${p.counterpartyName}` : ''}
            </span>
            {(p.structuredCommunication || p.communication) && (
              <span className="muted">{p.structuredCommunication ? ogm(p.structuredCommunication) : p.communication}</span>
            )}
            <span className="muted">{why(p.reason)}</span>
            <div className="inline-form">
              <label htmlFor={`assign-${p.id}`}>{t('payments.assignTo')}</label>
              <select id={`assign-${p.id}`} value={chosen[p.id] ?? ''} onChange={(e) => setChosen({ ...chosen, [p.id]: e.target.value })}>
                <option value="">{t('payments.chooseInvoice')}</option>
                {payable.map((i) => (
                  <option key={i.id} value={i.id}>
                    {t('payments.invoiceOption', { number: i.number, open: f.money(i.openCents) })}
                  </option>
                ))}
              </select>
              <button type="button" className="secondary" disabled={assign.busy || !chosen[p.id]} onClick={() => void assign.run(p.id)}>
                {t('payments.assign')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
