import { isCalendarDate, type CalendarDate } from '../time/dates';
import {
  decimalToCents,
  structuredCommunicationInText,
  structuredCommunicationOf,
  type BankStatement,
  type StatementEntry,
  type StatementFormat,
  type StatementParseResult,
  type StatementProblem,
} from './statement';
import { child, children, parseXml, path, textAt, XmlSyntaxError, type XmlElement } from './xml';

const NAMESPACES: Record<string, StatementFormat> = {
  'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02': 'camt.053.001.02',
  'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08': 'camt.053.001.08',
};

function dateOf(e: XmlElement | undefined): CalendarDate | null {
  const text = textAt(e, 'Dt') ?? textAt(e, 'DtTm')?.slice(0, 10) ?? null;
  return text && isCalendarDate(text) ? text : null;
}

/** The debtor's name and account: .02 puts the party directly, .08 wraps it in Pty. */
function debtorOf(tx: XmlElement | undefined): { name: string | null; iban: string | null } {
  const parties = child(tx, 'RltdPties');
  const debtor = child(parties, 'Dbtr');
  const name = textAt(debtor, 'Nm') ?? textAt(debtor, 'Pty', 'Nm');
  const iban = textAt(parties, 'DbtrAcct', 'Id', 'IBAN');
  return { name, iban: iban ? iban.replace(/\s/g, '').toUpperCase() : null };
}

function remittanceOf(tx: XmlElement | undefined): { structured: string | null; unstructured: string | null } {
  const rmt = child(tx, 'RmtInf');
  const unstructured =
    children(rmt, 'Ustrd')
      .map((u) => u.text.trim())
      .filter(Boolean)
      .join(' ') || null;
  let structured: string | null = null;
  for (const strd of children(rmt, 'Strd')) {
    const ref = textAt(strd, 'CdtrRefInf', 'Ref');
    const issuer = textAt(strd, 'CdtrRefInf', 'Tp', 'Issr');
    // Belgian OGM as a structured creditor reference: issuer BBA (an unnamed issuer is accepted if the digits check).
    if (ref && (issuer === null || issuer.toUpperCase() === 'BBA')) structured = structuredCommunicationOf(ref) ?? structured;
  }
  return { structured: structured ?? structuredCommunicationInText(unstructured), unstructured };
}

/**
 * Reads an ISO 20022 bank-to-customer statement (camt.053.001.02 or .08). Only booked entries
 * count; a batch entry with several transaction details gives one entry per detail. Any problem
 * is reported with its line and field, and then nothing of the file is taken.
 */
export function parseCamt053(xml: string): StatementParseResult {
  let doc: XmlElement;
  try {
    doc = parseXml(xml);
  } catch (err) {
    if (err instanceof XmlSyntaxError) return { ok: false, problems: [{ line: err.line, field: 'xml', code: 'malformed-xml', message: err.message }] };
    throw err;
  }
  const format = NAMESPACES[doc.attributes[doc.prefix ? `xmlns:${doc.prefix}` : 'xmlns'] ?? ''];
  if (doc.name !== 'Document' || !format) {
    return { ok: false, problems: [{ line: doc.line, field: 'Document', code: 'not-camt053', message: 'not a camt.053.001.02 or .001.08 Document' }] };
  }
  const problems: StatementProblem[] = [];
  const statements = children(child(doc, 'BkToCstmrStmt'), 'Stmt');
  if (!statements.length) problems.push({ line: doc.line, field: 'BkToCstmrStmt/Stmt', code: 'missing', message: 'the file holds no statement' });
  const entries: StatementEntry[] = [];
  const ids: string[] = [];
  let accountIban: string | null = null;
  let statementDate: CalendarDate | null = null;
  for (const [s, stmt] of statements.entries()) {
    const id = textAt(stmt, 'Id');
    if (!id) problems.push({ line: stmt.line, field: `Stmt[${s}]/Id`, code: 'missing', message: 'a statement has an Id' });
    ids.push(id ?? '');
    accountIban ??= textAt(stmt, 'Acct', 'Id', 'IBAN');
    const created = textAt(stmt, 'CreDtTm')?.slice(0, 10) ?? null;
    if (!created || !isCalendarDate(created))
      problems.push({ line: stmt.line, field: `Stmt[${s}]/CreDtTm`, code: 'invalid-date', message: 'the creation date-time is missing or wrong' });
    else statementDate ??= created;
    for (const [n, ntry] of children(stmt, 'Ntry').entries()) {
      const at = `Stmt[${s}]/Ntry[${n}]`;
      const status = textAt(ntry, 'Sts', 'Cd') ?? textAt(ntry, 'Sts');
      if (status && status !== 'BOOK') continue;
      const amountElement = child(ntry, 'Amt');
      const amount = decimalToCents(amountElement?.text ?? null);
      if (amount === null)
        problems.push({ line: amountElement?.line ?? ntry.line, field: `${at}/Amt`, code: 'invalid-amount', message: 'an amount with at most two decimals' });
      else if (amountElement!.attributes.Ccy !== 'EUR')
        problems.push({ line: amountElement!.line, field: `${at}/Amt/@Ccy`, code: 'unsupported-currency', message: 'only EUR accounts are handled' });
      const indicator = textAt(ntry, 'CdtDbtInd');
      if (indicator !== 'CRDT' && indicator !== 'DBIT')
        problems.push({ line: ntry.line, field: `${at}/CdtDbtInd`, code: 'invalid-indicator', message: 'CRDT or DBIT' });
      const booking = dateOf(child(ntry, 'BookgDt'));
      if (!booking) problems.push({ line: ntry.line, field: `${at}/BookgDt`, code: 'invalid-date', message: 'the booking date is missing or wrong' });
      if (amount === null || !booking || (indicator !== 'CRDT' && indicator !== 'DBIT')) continue;
      const reference = textAt(ntry, 'NtryRef') ?? textAt(ntry, 'AcctSvcrRef') ?? `#${n + 1}`;
      const details = children(child(ntry, 'NtryDtls'), 'TxDtls');
      const base = {
        bookingDate: booking,
        valueDate: dateOf(child(ntry, 'ValDt')),
        direction: indicator === 'CRDT' ? ('credit' as const) : ('debit' as const),
      };
      if (details.length <= 1) {
        const tx = details[0];
        const r = remittanceOf(tx);
        const d = debtorOf(tx);
        entries.push({
          ...base,
          entryReference: `${id}/${reference}`,
          amountCents: amount,
          structuredCommunication: r.structured,
          unstructured: r.unstructured,
          counterpartyName: d.name,
          counterpartyIban: d.iban,
          line: ntry.line,
        });
        continue;
      }
      let sum = 0;
      for (const [t, tx] of details.entries()) {
        const txAmountElement = path(tx, 'AmtDtls', 'TxAmt', 'Amt') ?? child(tx, 'Amt');
        const txAmount = decimalToCents(txAmountElement?.text ?? null);
        if (txAmount === null) {
          problems.push({
            line: tx.line,
            field: `${at}/NtryDtls/TxDtls[${t}]/Amt`,
            code: 'invalid-amount',
            message: 'each detail of a batch entry has its amount',
          });
          continue;
        }
        sum += txAmount;
        const r = remittanceOf(tx);
        const d = debtorOf(tx);
        entries.push({
          ...base,
          entryReference: `${id}/${reference}/${t + 1}`,
          amountCents: txAmount,
          structuredCommunication: r.structured,
          unstructured: r.unstructured,
          counterpartyName: d.name,
          counterpartyIban: d.iban,
          line: tx.line,
        });
      }
      if (sum !== amount)
        problems.push({
          line: ntry.line,
          field: `${at}/Amt`,
          code: 'batch-total-mismatch',
          message: 'the details of the batch do not add up to the entry amount',
        });
    }
  }
  if (problems.length) return { ok: false, problems };
  const statement: BankStatement = {
    format,
    statementReference: `camt:${accountIban ?? ''}:${ids.join('+')}`,
    accountIban,
    statementDate: statementDate!,
    entries,
  };
  return { ok: true, statement };
}
