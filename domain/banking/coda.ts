import { isCalendarDate, type CalendarDate } from '../time/dates';
import {
  structuredCommunicationInText,
  structuredCommunicationOf,
  type BankStatement,
  type StatementEntry,
  type StatementParseResult,
  type StatementProblem,
} from './statement';

/**
 * Belgian CODA (Febelfin coded statement of account, version 2): fixed records of exactly 128
 * characters — 0 header, 1 old balance, movements 2.1/2.2/2.3 (and information 3.x), optional
 * free messages 4, 8 new balance, 9 trailer. Columns below are 1-based as in the standard.
 */
const RECORD_LENGTH = 128;

/** Columns [from, to] inclusive, 1-based. */
const col = (record: string, from: number, to: number) => record.slice(from - 1, to);

function codaDate(ddmmyy: string): CalendarDate | null {
  if (!/^\d{6}$/.test(ddmmyy)) return null;
  const date = `20${ddmmyy.slice(4, 6)}-${ddmmyy.slice(2, 4)}-${ddmmyy.slice(0, 2)}`;
  return isCalendarDate(date) ? date : null;
}

/** 15 digits with three decimals (thousandths of a euro): whole cents only. */
function codaAmount(digits: string): number | null {
  if (!/^\d{15}$/.test(digits) || digits.endsWith('0') === false) return null;
  return Number(digits.slice(0, 14));
}

interface Movement {
  entry: StatementEntry;
  detail: string;
}

/**
 * Reads a CODA file. Every record is checked (length, type, dates, amounts), the trailer's record
 * count and debit/credit totals are checked against the movements; a problem names the line and
 * the field, and then nothing of the file is taken.
 */
export function parseCoda(text: string): StatementParseResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const problems: StatementProblem[] = [];
  const fail = (line: number, field: string, code: string, message: string) => problems.push({ line, field, code, message });
  if (!lines.length) return { ok: false, problems: [{ line: 1, field: 'file', code: 'empty', message: 'the file is empty' }] };

  let creationDate: CalendarDate | null = null;
  let accountIban: string | null = null;
  let statementSequence = '';
  let sawTrailer = false;
  let counted = 0;
  let debitTotal = 0;
  let creditTotal = 0;
  const movements: Movement[] = [];
  let current: Movement | null = null;

  lines.forEach((record, index) => {
    const line = index + 1;
    if (record.length !== RECORD_LENGTH) {
      fail(line, 'record', 'record-length', `a CODA record has 128 characters, this one has ${record.length}`);
      return;
    }
    const type = record[0]!;
    if (index === 0 && type !== '0') fail(line, 'record type', 'header-first', 'the file starts with the header record 0');
    if (sawTrailer) fail(line, 'record type', 'after-trailer', 'nothing may follow the trailer record 9');
    if (type !== '0' && type !== '9') counted++;
    switch (type) {
      case '0': {
        creationDate = codaDate(col(record, 6, 11));
        if (!creationDate) fail(line, 'creation date (columns 6-11)', 'invalid-date', 'DDMMYY');
        if (col(record, 128, 128) !== '2') fail(line, 'version (column 128)', 'unsupported-version', 'only CODA version 2 is read');
        break;
      }
      case '1': {
        const structure = col(record, 2, 2);
        const account = col(record, 6, 42);
        if (structure === '2') accountIban = account.slice(0, 16).trim();
        else if (structure === '3') accountIban = account.slice(0, 34).trim();
        else accountIban = account.slice(0, 12).trim();
        if (col(record, 40, 42) !== 'EUR' && structure === '2') fail(line, 'currency (columns 40-42)', 'unsupported-currency', 'only EUR accounts are handled');
        statementSequence = col(record, 126, 128);
        break;
      }
      case '2': {
        const article = record[1];
        if (article === '1') {
          const sign = col(record, 32, 32);
          const amount = codaAmount(col(record, 33, 47));
          const valueDate = codaDate(col(record, 48, 53));
          const bookingDate = codaDate(col(record, 116, 121));
          if (sign !== '0' && sign !== '1') fail(line, 'sign (column 32)', 'invalid-sign', '0 credit or 1 debit');
          if (amount === null) fail(line, 'amount (columns 33-47)', 'invalid-amount', '15 digits, three decimals, whole cents');
          if (!valueDate) fail(line, 'value date (columns 48-53)', 'invalid-date', 'DDMMYY');
          if (!bookingDate) fail(line, 'entry date (columns 116-121)', 'invalid-date', 'DDMMYY');
          const structuredFlag = col(record, 62, 62);
          const communication = col(record, 63, 115);
          let structured: string | null = null;
          let unstructured: string | null = null;
          if (structuredFlag === '1') {
            if (col(record, 63, 65) === '101' || col(record, 63, 65) === '102') {
              structured = structuredCommunicationOf(col(record, 66, 77));
              if (!structured) fail(line, 'structured communication (columns 66-77)', 'invalid-structured-communication', 'the 12 digits do not check');
            }
          } else if (structuredFlag === '0') unstructured = communication.trim() || null;
          else fail(line, 'communication type (column 62)', 'invalid-communication-type', '0 free or 1 structured');
          const detail = col(record, 7, 10);
          if (amount !== null && detail === '0000') {
            if (sign === '1') debitTotal += amount;
            else creditTotal += amount;
          }
          if (amount === null || !bookingDate || (sign !== '0' && sign !== '1')) {
            current = null;
            return;
          }
          current = {
            detail,
            entry: {
              entryReference: `${col(record, 3, 6)}/${detail}:${col(record, 11, 31).trim()}`,
              bookingDate,
              valueDate,
              direction: sign === '0' ? 'credit' : 'debit',
              amountCents: amount,
              structuredCommunication: structured,
              unstructured,
              counterpartyName: null,
              counterpartyIban: null,
              line,
            },
          };
          // Detail lines (0001…) of a globalised movement are what happened; the main line sums them.
          movements.push(current);
        } else if (article === '2') {
          if (current && current.entry.unstructured !== null) current.entry.unstructured = `${current.entry.unstructured} ${col(record, 11, 63).trim()}`.trim();
        } else if (article === '3') {
          if (current) {
            const account = col(record, 11, 47).trim();
            current.entry.counterpartyIban = /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}/.exec(account.replace(/\s/g, ''))?.[0] ?? null;
            current.entry.counterpartyName = col(record, 48, 82).trim() || null;
          }
        } else fail(line, 'article (column 2)', 'invalid-article', 'a movement record is 2.1, 2.2 or 2.3');
        break;
      }
      case '3':
      case '4':
        break;
      case '8':
        break;
      case '9': {
        sawTrailer = true;
        const declaredCount = Number(col(record, 17, 22));
        const declaredDebit = codaAmount(col(record, 23, 37));
        const declaredCredit = codaAmount(col(record, 38, 52));
        if (!/^\d{6}$/.test(col(record, 17, 22)) || declaredCount !== counted)
          fail(line, 'number of records (columns 17-22)', 'record-count-mismatch', `the file has ${counted} records between header and trailer`);
        if (declaredDebit !== debitTotal)
          fail(line, 'debit total (columns 23-37)', 'debit-total-mismatch', 'the debit movements do not add up to the trailer total');
        if (declaredCredit !== creditTotal)
          fail(line, 'credit total (columns 38-52)', 'credit-total-mismatch', 'the credit movements do not add up to the trailer total');
        break;
      }
      default:
        fail(line, 'record type (column 1)', 'invalid-record-type', 'a record is of type 0, 1, 2, 3, 4, 8 or 9');
    }
  });
  if (!sawTrailer && !problems.length) fail(lines.length, 'record type', 'missing-trailer', 'the file ends with the trailer record 9');
  if (problems.length) return { ok: false, problems };

  // A globalised movement: keep its details and drop the main line, else keep the main line.
  const entries: StatementEntry[] = [];
  movements.forEach((m, i) => {
    const hasDetails =
      m.detail === '0000' &&
      movements[i + 1] !== undefined &&
      movements[i + 1]!.detail !== '0000' &&
      movements[i + 1]!.entry.entryReference.split('/')[0] === m.entry.entryReference.split('/')[0];
    if (hasDetails) return;
    if (!m.entry.structuredCommunication) m.entry.structuredCommunication = structuredCommunicationInText(m.entry.unstructured);
    entries.push(m.entry);
  });
  const statement: BankStatement = {
    format: 'coda',
    statementReference: `coda:${accountIban ?? ''}:${creationDate}:${statementSequence}`,
    accountIban,
    statementDate: creationDate!,
    entries,
  };
  return { ok: true, statement };
}

export interface CodaCredit {
  amountCents: number;
  structuredCommunication?: string | null;
  freeText?: string | null;
  counterpartyName?: string | null;
  counterpartyIban?: string | null;
  bookingDate: CalendarDate;
  bankReference?: string;
}

const ddmmyy = (date: CalendarDate) => `${date.slice(8, 10)}${date.slice(5, 7)}${date.slice(2, 4)}`;
const amount15 = (cents: number) => `${String(cents).padStart(14, '0')}0`;
const fixed = (text: string, width: number) => text.slice(0, width).padEnd(width, ' ');

/**
 * A CODA file crediting the account (what a bank would send): for demos and tests, and to check
 * the reader against a writer that follows the same column table.
 */
export function writeCoda(input: { accountIban: string; accountHolder: string; statementDate: CalendarDate; sequence: number; credits: CodaCredit[] }): string {
  const records: string[] = [];
  records.push(
    `00000${ddmmyy(input.statementDate)}30005        ${fixed('0000000000', 10)}${fixed(input.accountHolder, 26)}${fixed('GEBABEBB', 11)}${fixed('', 11)} ${fixed('', 5)}${fixed('', 16)}${fixed('', 16)}${fixed('', 7)}2`,
  );
  records.push(
    `12${String(input.sequence).padStart(3, '0')}${fixed(input.accountIban, 16)}   ${fixed('', 15)}EUR0${amount15(0)}${ddmmyy(input.statementDate)}${fixed(input.accountHolder, 26)}${fixed('Compte courant', 35)}${String(input.sequence).padStart(3, '0')}`,
  );
  let total = 0;
  input.credits.forEach((c, i) => {
    const seq = String(i + 1).padStart(4, '0');
    const communication = c.structuredCommunication ? `1101${c.structuredCommunication}${fixed('', 38)}` : `0${fixed(c.freeText ?? '', 53)}`;
    records.push(
      `21${seq}0000${fixed(c.bankReference ?? `REF${input.sequence}${seq}`, 21)}0${amount15(c.amountCents)}${ddmmyy(c.bookingDate)}00150000${communication}${ddmmyy(c.bookingDate)}${String(input.sequence).padStart(3, '0')}00 1`,
    );
    records.push(`23${seq}0000${fixed(c.counterpartyIban ?? '', 37)}${fixed(c.counterpartyName ?? '', 35)}${fixed('', 43)}0 0`);
    total += c.amountCents;
  });
  records.push(
    `8${String(input.sequence).padStart(3, '0')}${fixed(input.accountIban, 16)}   ${fixed('', 15)}EUR0${amount15(total)}${ddmmyy(input.statementDate)}${fixed('', 64)}0`,
  );
  records.push(`9${fixed('', 15)}${String(records.length - 1).padStart(6, '0')}${amount15(0)}${amount15(total)}${fixed('', 75)}2`);
  for (const [i, r] of records.entries()) if (r.length !== RECORD_LENGTH) throw new RangeError(`record ${i + 1} has ${r.length} characters`);
  return `${records.join('\n')}\n`;
}
