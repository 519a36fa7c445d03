import { isValidStructuredCommunication, normaliseStructuredCommunication } from '../identifiers/structured-communication';
import type { CalendarDate } from '../time/dates';

export type StatementFormat = 'coda' | 'camt.053.001.02' | 'camt.053.001.08';

/** One movement on the cooperative's account, as the bank reported it. */
export interface StatementEntry {
  /** Unique within the statement (the bank's entry reference, or its position). */
  entryReference: string;
  bookingDate: CalendarDate;
  valueDate: CalendarDate | null;
  direction: 'credit' | 'debit';
  amountCents: number;
  /** The 12 digits of a valid structured communication, from the structured reference or found in the text. */
  structuredCommunication: string | null;
  unstructured: string | null;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  /** Where the entry starts in the file, for people reading the file. */
  line: number;
}

export interface BankStatement {
  format: StatementFormat;
  /** The statement's own identity (account + statement id or sequence): importing it twice is a no-op. */
  statementReference: string;
  accountIban: string | null;
  statementDate: CalendarDate;
  entries: StatementEntry[];
}

export interface StatementProblem {
  line: number;
  field: string;
  code: string;
  message: string;
}

export type StatementParseResult = { ok: true; statement: BankStatement } | { ok: false; problems: StatementProblem[] };

const OGM_IN_TEXT = /(?:\+{3}|\*{3})\s*(\d{3})\s*\/\s*(\d{4})\s*\/\s*(\d{5})\s*(?:\+{3}|\*{3})|(?<!\d)(\d{3})\/(\d{4})\/(\d{5})(?!\d)|(?<!\d)(\d{12})(?!\d)/g;

/**
 * A structured communication people typed in free text ("+++090/9337/55493+++", "***…***",
 * "090/9337/55493" or 12 digits): the first candidate whose check digits hold.
 */
export function structuredCommunicationInText(text: string | null): string | null {
  if (!text) return null;
  for (const m of text.matchAll(OGM_IN_TEXT)) {
    const digits = m[1] ? `${m[1]}${m[2]}${m[3]}` : m[4] ? `${m[4]}${m[5]}${m[6]}` : m[7]!;
    if (isValidStructuredCommunication(digits)) return digits;
  }
  return null;
}

/** A structured reference from a bank field, kept only if it is a valid OGM. */
export function structuredCommunicationOf(reference: string | null): string | null {
  if (!reference) return null;
  const digits = normaliseStructuredCommunication(reference);
  return /^\d{12}$/.test(digits) && isValidStructuredCommunication(digits) ? digits : null;
}

/** "1234.5" → 123450 cents; null when not a non-negative decimal with at most two decimals. */
export function decimalToCents(text: string | null): number | null {
  if (!text || !/^\d{1,13}(\.\d{1,2})?$/.test(text.trim())) return null;
  const [euros, fraction = ''] = text.trim().split('.');
  return Number(euros) * 100 + Number(fraction.padEnd(2, '0'));
}
