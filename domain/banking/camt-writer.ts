import type { CalendarDate } from '../time/dates';

export interface CamtCredit {
  amountCents: number;
  /** 12 digits: sent as a structured creditor reference (issuer BBA), or in the free text. */
  structuredCommunication?: string | null;
  structuredAsText?: boolean;
  freeText?: string | null;
  debtorName?: string | null;
  debtorIban?: string | null;
  bookingDate: CalendarDate;
  reference: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const euros = (cents: number) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/**
 * A camt.053 statement crediting the account (what a bank would send), version .02 or .08: for
 * demos and tests. The output validates against the ISO schemas in shared/formats/iso20022.
 */
export function writeCamt053(input: { version: '02' | '08'; statementId: string; accountIban: string; createdAt: string; credits: CamtCredit[] }): string {
  const v08 = input.version === '08';
  const party = (name: string) => (v08 ? `<Pty><Nm>${esc(name)}</Nm></Pty>` : `<Nm>${esc(name)}</Nm>`);
  const entries = input.credits.map((c) => {
    const ogm = c.structuredCommunication;
    const ogmText = ogm ? `+++${ogm.slice(0, 3)}/${ogm.slice(3, 7)}/${ogm.slice(7)}+++` : '';
    const remittance =
      ogm && !c.structuredAsText
        ? `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>${ogm}</Ref></CdtrRefInf></Strd></RmtInf>`
        : `<RmtInf><Ustrd>${esc([c.freeText ?? '', ogmText].filter(Boolean).join(' '))}</Ustrd></RmtInf>`;
    const parties =
      c.debtorName || c.debtorIban
        ? `<RltdPties>${c.debtorName ? `<Dbtr>${party(c.debtorName)}</Dbtr>` : ''}${c.debtorIban ? `<DbtrAcct><Id><IBAN>${c.debtorIban}</IBAN></Id></DbtrAcct>` : ''}</RltdPties>`
        : '';
    return `<Ntry><NtryRef>${esc(c.reference)}</NtryRef><Amt Ccy="EUR">${euros(c.amountCents)}</Amt><CdtDbtInd>CRDT</CdtDbtInd>${v08 ? '<Sts><Cd>BOOK</Cd></Sts>' : '<Sts>BOOK</Sts>'}<BookgDt><Dt>${c.bookingDate}</Dt></BookgDt><ValDt><Dt>${c.bookingDate}</Dt></ValDt><AcctSvcrRef>${esc(c.reference)}</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>${parties}${remittance}</TxDtls></NtryDtls></Ntry>`;
  });
  const total = input.credits.reduce((s, c) => s + c.amountCents, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.${input.version}">
<BkToCstmrStmt><GrpHdr><MsgId>${esc(input.statementId)}</MsgId><CreDtTm>${input.createdAt}</CreDtTm></GrpHdr>
<Stmt><Id>${esc(input.statementId)}</Id><CreDtTm>${input.createdAt}</CreDtTm><Acct><Id><IBAN>${input.accountIban}</IBAN></Id></Acct>
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${euros(total)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${input.createdAt.slice(0, 10)}</Dt></Dt></Bal>
${entries.join('\n')}
</Stmt></BkToCstmrStmt></Document>
`;
}
