import { describe, expect, it } from 'vitest';
import { buildStructuredCommunication } from '../identifiers/structured-communication';
import { writeCamt053 } from './camt-writer';
import { parseCamt053 } from './camt053';
import { parseCoda, writeCoda } from './coda';
import { matchStatement, type KnownEmployer, type OpenInvoice } from './matching';
import { structuredCommunicationInText } from './statement';
import { parseXml } from './xml';

const ogm = buildStructuredCommunication('2026000042').digits;
const other = buildStructuredCommunication('2026000043').digits;

describe.shuffle('CODA', () => {
  const file = writeCoda({
    accountIban: 'BE68539007547034',
    accountHolder: 'TalentCoop SC',
    statementDate: '2026-12-03',
    sequence: 12,
    credits: [
      {
        amountCents: 123_456,
        structuredCommunication: ogm,
        counterpartyName: 'Résidence Les Tilleuls',
        counterpartyIban: 'BE71096123456769',
        bookingDate: '2026-12-02',
      },
      { amountCents: 5_000, freeText: `facture 2026-000043 +++${other.slice(0, 3)}/${other.slice(3, 7)}/${other.slice(7)}+++`, bookingDate: '2026-12-03' },
    ],
  });

  it('every record has 128 characters', () => {
    expect(
      file
        .trimEnd()
        .split('\n')
        .every((r) => r.length === 128),
    ).toBe(true);
  });

  it('reads credits with the OGM of record 2.1 (type 101), or found in the free text, and the payer of 2.3', () => {
    const result = parseCoda(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.statement.statementReference).toBe('coda:BE68539007547034:2026-12-03:012');
    expect(
      result.statement.entries.map((e) => [e.direction, e.amountCents, e.structuredCommunication, e.counterpartyName, e.counterpartyIban, e.bookingDate]),
    ).toEqual([
      ['credit', 123_456, ogm, 'Résidence Les Tilleuls', 'BE71096123456769', '2026-12-02'],
      ['credit', 5_000, other, null, null, '2026-12-03'],
    ]);
  });

  it.each([
    ['a short record', (f: string) => f.replace(/\n21/, '\n2'), 3, 'record', 'record-length'],
    ['a wrong trailer count', (f: string) => f.replace(/\n9( {15})\d{6}/, '\n9$1000099'), 8, 'number of records (columns 17-22)', 'record-count-mismatch'],
    [
      'a wrong credit total',
      (f: string) => {
        const lines = f.split('\n');
        lines[7] = `${lines[7]!.slice(0, 37)}000000000000001${lines[7]!.slice(52)}`;
        return lines.join('\n');
      },
      8,
      'credit total (columns 38-52)',
      'credit-total-mismatch',
    ],
    [
      'a bad OGM',
      (f: string) => f.replace(ogm, `${ogm.slice(0, 11)}${(Number(ogm[11]) + 1) % 10}`),
      3,
      'structured communication (columns 66-77)',
      'invalid-structured-communication',
    ],
    ['a bad date', (f: string) => f.replace(/^00000031226/, '00000321326'), 1, 'creation date (columns 6-11)', 'invalid-date'],
  ])('%s is refused naming line %s and the field', (_what, spoil, line, field, code) => {
    const result = parseCoda(spoil(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ line, field, code }));
  });
});

describe.shuffle('camt.053', () => {
  for (const version of ['02', '08'] as const) {
    it(`.001.${version}: reads booked credits, the OGM as a BBA structured reference or in the text, the debtor`, () => {
      const xml = writeCamt053({
        version,
        statementId: 'STMT-2026-12-03',
        accountIban: 'BE68539007547034',
        createdAt: '2026-12-03T08:00:00',
        credits: [
          {
            amountCents: 100_000,
            structuredCommunication: ogm,
            debtorName: 'Résidence Les Tilleuls',
            debtorIban: 'BE71096123456769',
            bookingDate: '2026-12-02',
            reference: 'E1',
          },
          { amountCents: 2_550, structuredCommunication: other, structuredAsText: true, freeText: 'paiement', bookingDate: '2026-12-03', reference: 'E2' },
        ],
      });
      const result = parseCamt053(xml);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.statement.format).toBe(`camt.053.001.${version}`);
      expect(result.statement.entries.map((e) => [e.entryReference, e.amountCents, e.structuredCommunication, e.counterpartyName, e.counterpartyIban])).toEqual(
        [
          ['STMT-2026-12-03/E1', 100_000, ogm, 'Résidence Les Tilleuls', 'BE71096123456769'],
          ['STMT-2026-12-03/E2', 2_550, other, null, null],
        ],
      );
    });
  }

  it('a missing amount is refused with its line and path', () => {
    const xml = writeCamt053({
      version: '02',
      statementId: 'S',
      accountIban: 'BE68539007547034',
      createdAt: '2026-12-03T08:00:00',
      credits: [{ amountCents: 1, bookingDate: '2026-12-02', reference: 'E1' }],
    }).replace('</NtryRef><Amt Ccy="EUR">0.01</Amt>', '</NtryRef><Amt Ccy="EUR">0,01</Amt>');
    const result = parseCamt053(xml);
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ line: 6, field: 'Stmt[0]/Ntry[0]/Amt', code: 'invalid-amount' })] });
  });

  it.each([
    ['<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.02"/>', 1, 'Document', 'not-camt053'],
    ['<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">\n<BkToCstmrStmt>\n</Document>', 3, 'xml', 'malformed-xml'],
    ['<!DOCTYPE x [<!ENTITY a "b">]><Document/>', 1, 'xml', 'malformed-xml'],
  ])('refuses %s', (xml, line, field, code) => {
    expect(parseCamt053(xml)).toEqual({ ok: false, problems: [expect.objectContaining({ line, field, code })] });
  });
});

describe.shuffle('the XML reader', () => {
  it('decodes entities and CDATA and keeps lines', () => {
    const doc = parseXml('<?xml version="1.0"?>\n<a x="1 &amp; 2">\n<b>&lt;c&gt; &#233;</b><c><![CDATA[<raw>]]></c></a>');
    expect(doc.attributes.x).toBe('1 & 2');
    expect(doc.children.map((c) => [c.name, c.text, c.line])).toEqual([
      ['b', '<c> é', 3],
      ['c', '<raw>', 3],
    ]);
  });
});

describe.shuffle('finding an OGM in free text', () => {
  it.each([
    [`+++${ogm.slice(0, 3)}/${ogm.slice(3, 7)}/${ogm.slice(7)}+++`, ogm],
    [`***${ogm.slice(0, 3)}/${ogm.slice(3, 7)}/${ogm.slice(7)}***`, ogm],
    [`ref ${ogm} merci`, ogm],
    [`ref ${ogm.slice(0, 11)}0 merci`, null],
    ['facture 2026-000042', null],
  ])('%s → %s', (text, expected) => {
    expect(structuredCommunicationInText(text)).toBe(expected);
  });
});

describe.shuffle('matching credits to invoices', () => {
  const open: OpenInvoice[] = [
    { invoiceId: 'i1', employerId: 'e1', number: '2026-000042', structuredCommunication: ogm, openCents: 10_000 },
    { invoiceId: 'i2', employerId: 'e1', number: '2026-000043', structuredCommunication: other, openCents: 7_500 },
    { invoiceId: 'i3', employerId: 'e2', number: '2026-000044', structuredCommunication: buildStructuredCommunication('2026000044').digits, openCents: 7_500 },
  ];
  const employers: KnownEmployer[] = [
    { employerId: 'e1', legalName: 'Résidence Les Tilleuls ASBL', ibans: ['BE71096123456769'] },
    { employerId: 'e2', legalName: 'Brasserie du Canal SRL', ibans: [] },
  ];
  const credit = (amountCents: number, extra: Partial<Parameters<typeof matchStatement>[0][number]> = {}) => ({
    entryReference: `r${Math.random()}`,
    bookingDate: '2026-12-02',
    valueDate: null,
    direction: 'credit' as const,
    amountCents,
    structuredCommunication: null,
    unstructured: null,
    counterpartyName: null,
    counterpartyIban: null,
    line: 1,
    ...extra,
  });

  it('by OGM: partial payments leave a balance, over-payments become credit', () => {
    const results = matchStatement([credit(6_000, { structuredCommunication: ogm }), credit(6_000, { structuredCommunication: ogm })], open, employers);
    expect(results.map((r) => r.outcome)).toEqual([
      { kind: 'invoice', by: 'structured-communication', invoiceId: 'i1', employerId: 'e1', allocatedCents: 6_000, creditCents: 0 },
      { kind: 'invoice', by: 'structured-communication', invoiceId: 'i1', employerId: 'e1', allocatedCents: 4_000, creditCents: 2_000 },
    ]);
  });

  it('without OGM: by the payer (known account or name) and the exact open amount', () => {
    const results = matchStatement(
      [
        credit(7_500, { counterpartyIban: 'BE71096123456769' }),
        credit(7_500, { counterpartyName: 'BRASSERIE DU CANAL' }),
        credit(7_500, { counterpartyName: 'Someone Else' }),
        credit(1_234, { counterpartyName: 'Brasserie du Canal' }),
      ],
      open,
      employers,
    );
    expect(results.map((r) => (r.outcome.kind === 'invoice' ? [r.outcome.by, r.outcome.invoiceId] : [r.outcome.kind, r.outcome.employerId]))).toEqual([
      ['amount-and-employer', 'i2'],
      ['amount-and-employer', 'i3'],
      ['unmatched', null],
      ['unmatched', 'e2'],
    ]);
  });

  it('debits are never matched', () => {
    expect(matchStatement([{ ...credit(10_000, { structuredCommunication: ogm }), direction: 'debit' }], open, employers)).toEqual([]);
  });
});
