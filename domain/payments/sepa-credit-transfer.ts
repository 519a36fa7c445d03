import { validateEnterpriseNumber } from '../identifiers/enterprise-number';
import { validateIban } from '../identifiers/iban';
import { isCalendarDate } from '../time/dates';

/**
 * The month's salaries as one SEPA credit transfer initiation (ISO 20022 pain.001.001.09), the
 * file a Belgian bank takes to pay every worker in one batch. Pure: the same order gives the
 * same bytes, so a file can be rebuilt and compared. Amounts travel as integer cents and are
 * written as decimals by string arithmetic, never through a float of euros.
 */
export interface SalaryTransfer {
  /** Max 35 characters of the SEPA set; unique in the file (the bank reports back with it). */
  endToEndId: string;
  creditorName: string;
  creditorIban: string;
  amountCents: number;
  /** Unstructured remittance the worker sees on their statement (cut to 140 characters). */
  remittance: string;
}

export interface SalaryPaymentOrder {
  /** Max 35 characters, unique per file sent to the bank. */
  messageId: string;
  /** ISO date-time, e.g. '2026-12-01T09:00:00+01:00'. An input: never read from the clock here. */
  createdAt: string;
  /** YYYY-MM-DD: the day the bank debits the cooperative. */
  requestedExecutionDate: string;
  debtor: { name: string; iban: string; bic?: string | null; enterpriseNumber?: string | null };
  paymentInformationId: string;
  transfers: SalaryTransfer[];
}

/** A payment order that cannot be sent to a bank: `field` names the culprit (`transfers[3].creditorIban`). */
export class InvalidPaymentOrderError extends RangeError {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'InvalidPaymentOrderError';
  }
}

export const PAIN_001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09';

/** The SEPA rulebook's ceiling for one credit transfer: 999 999 999,99 €. */
export const MAXIMUM_SEPA_AMOUNT_CENTS = 99_999_999_999;

const NAME_MAX = 70; // EPC: names are limited to 70 characters although the schema allows 140
const REMITTANCE_MAX = 140;
const ID_MAX = 35;

/**
 * Builds the pain.001.001.09 document: one payment information block (batch booked, service
 * level SEPA, category purpose SALA, charges SLEV), one transaction per transfer with purpose
 * SALA. Throws InvalidPaymentOrderError (a RangeError) naming the first field that is wrong.
 */
export function salaryCreditTransferXml(order: SalaryPaymentOrder): string {
  const checked = checkOrder(order);
  const controlSum = formatCents(checked.totalCents);
  const count = String(order.transfers.length);
  const debtorName = escapeXml(checked.debtorName);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<Document xmlns="${PAIN_001_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n`,
    '<CstmrCdtTrfInitn>\n',
    '<GrpHdr>',
    `<MsgId>${escapeXml(order.messageId)}</MsgId>`,
    `<CreDtTm>${order.createdAt}</CreDtTm>`,
    `<NbOfTxs>${count}</NbOfTxs>`,
    `<CtrlSum>${controlSum}</CtrlSum>`,
    `<InitgPty><Nm>${debtorName}</Nm>${organisationId(checked.enterpriseNumber)}</InitgPty>`,
    '</GrpHdr>\n',
    '<PmtInf>',
    `<PmtInfId>${escapeXml(order.paymentInformationId)}</PmtInfId>`,
    '<PmtMtd>TRF</PmtMtd>',
    '<BtchBookg>true</BtchBookg>',
    `<NbOfTxs>${count}</NbOfTxs>`,
    `<CtrlSum>${controlSum}</CtrlSum>`,
    '<PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><CtgyPurp><Cd>SALA</Cd></CtgyPurp></PmtTpInf>',
    `<ReqdExctnDt><Dt>${order.requestedExecutionDate}</Dt></ReqdExctnDt>`,
    `<Dbtr><Nm>${debtorName}</Nm>${organisationId(checked.enterpriseNumber)}</Dbtr>`,
    `<DbtrAcct><Id><IBAN>${checked.debtorIban}</IBAN></Id></DbtrAcct>`,
    // Without a BIC the bank derives it from the IBAN; the EPC guidelines spell that NOTPROVIDED.
    `<DbtrAgt><FinInstnId>${checked.debtorBic ? `<BICFI>${checked.debtorBic}</BICFI>` : '<Othr><Id>NOTPROVIDED</Id></Othr>'}</FinInstnId></DbtrAgt>`,
    '<ChrgBr>SLEV</ChrgBr>\n',
  ];
  for (let i = 0; i < order.transfers.length; i++) {
    const transfer = order.transfers[i]!;
    const t = checked.transfers[i]!;
    parts.push(
      '<CdtTrfTxInf>',
      `<PmtId><EndToEndId>${escapeXml(transfer.endToEndId)}</EndToEndId></PmtId>`,
      `<Amt><InstdAmt Ccy="EUR">${formatCents(transfer.amountCents)}</InstdAmt></Amt>`,
      `<Cdtr><Nm>${escapeXml(t.name)}</Nm></Cdtr>`,
      `<CdtrAcct><Id><IBAN>${t.iban}</IBAN></Id></CdtrAcct>`,
      '<Purp><Cd>SALA</Cd></Purp>',
      t.remittance ? `<RmtInf><Ustrd>${escapeXml(t.remittance)}</Ustrd></RmtInf>` : '',
      '</CdtTrfTxInf>\n',
    );
  }
  parts.push('</PmtInf>\n', '</CstmrCdtTrfInitn>\n', '</Document>\n');
  return parts.join('');
}

/**
 * A text in the SEPA Latin character set (EPC217-08: a–z A–Z 0–9 / - ? : ( ) . , ' + and space),
 * cut to `max` characters. Accents are dropped (é → e, ß → ss, Œ → OE), typographic quotes and
 * dashes become their plain forms, anything else becomes a space; spaces are collapsed.
 */
export function sepaText(text: string, max: number): string {
  if (!Number.isSafeInteger(max) || max < 1) throw new RangeError(`max must be a positive whole number, got ${max}`);
  let out = '';
  for (const ch of text.normalize('NFD')) {
    if (SEPA_CHARACTER.test(ch)) out += ch;
    else if (COMBINING_MARK.test(ch)) continue;
    else out += TRANSLITERATION[ch] ?? ' ';
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, max).trimEnd();
}

const SEPA_CHARACTER = /^[A-Za-z0-9/\-?:().,'+ ]$/;
const SEPA_IDENTIFIER = /^[A-Za-z0-9/\-?:().,'+]+$/;
const COMBINING_MARK = /^[\u0300-\u036f]$/;
const TRANSLITERATION: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  ĸ: 'k',
  '’': "'",
  '‘': "'",
  '‚': "'",
  '`': "'",
  '´': "'",
  '"': "'",
  '“': "'",
  '”': "'",
  '„': "'",
  '«': "'",
  '»': "'",
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  _: '-',
  '&': '+',
  '@': '(at)',
  '€': 'EUR',
  ';': ',',
  '!': '.',
  '*': '.',
  '#': ' ',
  '°': ' ',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
};

/** 123456 → "1234.56": integer arithmetic only. */
function formatCents(cents: number): string {
  const rest = cents % 100;
  return `${(cents - rest) / 100}.${rest < 10 ? '0' : ''}${rest}`;
}

/** Element content only (no text goes into an attribute); after sepaText only ids could carry these. */
function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
}
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function organisationId(enterpriseNumber: string | null): string {
  // Febelfin: a Belgian company identifies itself by its enterprise number, issuer KBO-BCE.
  return enterpriseNumber ? `<Id><OrgId><Othr><Id>${enterpriseNumber}</Id><Issr>KBO-BCE</Issr></Othr></OrgId></Id>` : '';
}

interface CheckedOrder {
  debtorName: string;
  debtorIban: string;
  debtorBic: string | null;
  enterpriseNumber: string | null;
  totalCents: number;
  transfers: { name: string; iban: string; remittance: string }[];
}

const ISO_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-](0\d|1[0-4]):[0-5]\d)?$/;
const BIC = /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

function checkOrder(order: SalaryPaymentOrder): CheckedOrder {
  const fail = (field: string, reason: string): never => {
    throw new InvalidPaymentOrderError(field, reason);
  };
  checkIdentifier(order.messageId, 'messageId');
  checkIdentifier(order.paymentInformationId, 'paymentInformationId');
  if (typeof order.createdAt !== 'string' || !ISO_DATE_TIME.test(order.createdAt)) {
    fail('createdAt', `must be an ISO date-time such as 2026-12-01T09:00:00+01:00, got ${JSON.stringify(order.createdAt)}`);
  }
  if (!isCalendarDate(order.requestedExecutionDate)) {
    fail('requestedExecutionDate', `must be a date YYYY-MM-DD, got ${JSON.stringify(order.requestedExecutionDate)}`);
  }
  if (typeof order.debtor !== 'object' || order.debtor === null) fail('debtor', 'is missing');
  const debtorName = sepaText(order.debtor.name ?? '', NAME_MAX);
  if (!debtorName) fail('debtor.name', 'is empty once written in the SEPA character set');
  const debtorIban = checkIban(order.debtor.iban, 'debtor.iban');
  let debtorBic: string | null = null;
  if (order.debtor.bic != null && order.debtor.bic !== '') {
    debtorBic = order.debtor.bic.replace(/\s/g, '').toUpperCase();
    if (!BIC.test(debtorBic)) fail('debtor.bic', `is not a BIC (8 or 11 letters and digits), got ${JSON.stringify(order.debtor.bic)}`);
  }
  let enterpriseNumber: string | null = null;
  if (order.debtor.enterpriseNumber != null && order.debtor.enterpriseNumber !== '') {
    const result = validateEnterpriseNumber(order.debtor.enterpriseNumber);
    if (!result.ok) fail('debtor.enterpriseNumber', `is not a Belgian enterprise number (${result.code})`);
    else enterpriseNumber = result.value.digits;
  }
  if (!Array.isArray(order.transfers) || order.transfers.length === 0) fail('transfers', 'a payment order needs at least one transfer');
  const seen = new Set<string>();
  let totalCents = 0;
  const transfers = order.transfers.map((transfer, i) => {
    const at = `transfers[${i}]`;
    checkIdentifier(transfer.endToEndId, `${at}.endToEndId`);
    if (seen.has(transfer.endToEndId)) fail(`${at}.endToEndId`, `${transfer.endToEndId} is used twice in the file`);
    seen.add(transfer.endToEndId);
    const amount = transfer.amountCents;
    if (!Number.isSafeInteger(amount)) fail(`${at}.amountCents`, `must be a whole number of cents, got ${amount}`);
    if (amount <= 0) fail(`${at}.amountCents`, `must be positive, got ${amount}`);
    if (amount > MAXIMUM_SEPA_AMOUNT_CENTS) fail(`${at}.amountCents`, `is above the SEPA maximum of 999999999.99 EUR`);
    totalCents += amount;
    const name = sepaText(transfer.creditorName ?? '', NAME_MAX);
    if (!name) fail(`${at}.creditorName`, 'is empty once written in the SEPA character set');
    return {
      name,
      iban: checkIban(transfer.creditorIban, `${at}.creditorIban`),
      remittance: sepaText(transfer.remittance ?? '', REMITTANCE_MAX),
    };
  });
  // 10,000 transfers of the SEPA maximum stay far below 2^53 cents; checked anyway.
  if (!Number.isSafeInteger(totalCents)) fail('transfers', 'the control sum is beyond what the file can carry exactly');
  return { debtorName, debtorIban, debtorBic, enterpriseNumber, totalCents, transfers };
}

function checkIban(iban: unknown, field: string): string {
  if (typeof iban !== 'string') throw new InvalidPaymentOrderError(field, 'is missing');
  const result = validateIban(iban);
  if (!result.ok) throw new InvalidPaymentOrderError(field, `is not a valid IBAN (${result.code})`);
  return result.value.electronic;
}

/**
 * References in a SEPA file: 1–35 characters of the SEPA set, never starting or ending with "/"
 * and without "//" (EPC). Refused rather than rewritten: the bank reports back by these ids.
 */
function checkIdentifier(id: unknown, field: string): void {
  if (typeof id !== 'string' || id.length === 0 || id.length > ID_MAX) {
    throw new InvalidPaymentOrderError(field, `must be 1 to ${ID_MAX} characters, got ${JSON.stringify(id)}`);
  }
  if (!SEPA_IDENTIFIER.test(id) || id.startsWith('/') || id.endsWith('/') || id.includes('//')) {
    throw new InvalidPaymentOrderError(field, `may only use letters, digits and / - ? : ( ) . , ' + (no spaces), got ${JSON.stringify(id)}`);
  }
}
