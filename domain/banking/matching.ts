import type { StatementEntry } from './statement';

export interface OpenInvoice {
  invoiceId: string;
  employerId: string;
  number: string;
  structuredCommunication: string;
  openCents: number;
}

export interface KnownEmployer {
  employerId: string;
  legalName: string;
  /** Accounts this employer paid from before (matched payments). */
  ibans: string[];
}

export type MatchOutcome =
  | {
      kind: 'invoice';
      by: 'structured-communication' | 'amount-and-employer';
      invoiceId: string;
      employerId: string;
      allocatedCents: number;
      creditCents: number;
    }
  | { kind: 'unmatched'; employerId: string | null; reason: string };

/** Names compared without case, accents, punctuation or legal forms. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(sa|nv|srl|bv|sprl|bvba|asbl|vzw|sc|cv|scrl|cvba|sas)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function employerOfCounterparty(
  entry: Pick<StatementEntry, 'counterpartyIban' | 'counterpartyName'>,
  employers: readonly KnownEmployer[],
): string | null {
  if (entry.counterpartyIban) {
    const byIban = employers.filter((e) => e.ibans.includes(entry.counterpartyIban!));
    if (byIban.length === 1) return byIban[0]!.employerId;
  }
  if (entry.counterpartyName) {
    const name = normaliseName(entry.counterpartyName);
    const byName = employers.filter((e) => name !== '' && normaliseName(e.legalName) === name);
    if (byName.length === 1) return byName[0]!.employerId;
  }
  return null;
}

/**
 * Matches one credit: first by structured communication (any amount: a partial payment leaves a
 * balance, an over-payment is kept as the employer's credit), then by the employer (known account
 * or name) and an open invoice of exactly that amount (only if there is one such invoice).
 * Everything else goes to people. `open` reflects the credits matched before this one.
 */
export function matchCredit(entry: StatementEntry, open: readonly OpenInvoice[], employers: readonly KnownEmployer[]): MatchOutcome {
  if (entry.direction !== 'credit') return { kind: 'unmatched', employerId: null, reason: 'not a credit' };
  if (entry.structuredCommunication) {
    const invoice = open.find((i) => i.structuredCommunication === entry.structuredCommunication);
    if (invoice) {
      const allocated = Math.min(entry.amountCents, Math.max(invoice.openCents, 0));
      return {
        kind: 'invoice',
        by: 'structured-communication',
        invoiceId: invoice.invoiceId,
        employerId: invoice.employerId,
        allocatedCents: allocated,
        creditCents: entry.amountCents - allocated,
      };
    }
  }
  const employerId = employerOfCounterparty(entry, employers);
  if (employerId) {
    const candidates = open.filter((i) => i.employerId === employerId && i.openCents === entry.amountCents);
    if (candidates.length === 1) {
      return { kind: 'invoice', by: 'amount-and-employer', invoiceId: candidates[0]!.invoiceId, employerId, allocatedCents: entry.amountCents, creditCents: 0 };
    }
    return {
      kind: 'unmatched',
      employerId,
      reason: candidates.length ? 'several open invoices of the employer have this amount' : 'no open invoice of the employer has this amount',
    };
  }
  return {
    kind: 'unmatched',
    employerId: null,
    reason: entry.structuredCommunication ? 'the structured communication names no open invoice' : 'no structured communication and no known payer',
  };
}

/** Matches every credit of a statement in order, each seeing the balances the previous ones left. */
export function matchStatement(
  entries: readonly StatementEntry[],
  open: readonly OpenInvoice[],
  employers: readonly KnownEmployer[],
): Array<{ entry: StatementEntry; outcome: MatchOutcome }> {
  const balances = open.map((i) => ({ ...i }));
  return entries
    .filter((e) => e.direction === 'credit')
    .map((entry) => {
      const outcome = matchCredit(entry, balances, employers);
      if (outcome.kind === 'invoice') {
        const invoice = balances.find((i) => i.invoiceId === outcome.invoiceId)!;
        invoice.openCents -= outcome.allocatedCents;
      }
      return { entry, outcome };
    });
}
