import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS_DIR, validateAgainstXsd } from '../../platform/xml/xml-schema';
import { belgianIbanFromBban } from '../identifiers/iban';
import { remainderCheck97 } from '../identifiers/mod97';
import { InvalidPaymentOrderError, salaryCreditTransferXml, sepaText, type SalaryPaymentOrder, type SalaryTransfer } from './sepa-credit-transfer';

const PAIN_001_XSD = join(FORMATS_DIR, 'iso20022', 'pain.001.001.09.xsd');

/** A valid Belgian IBAN per number: bank 063, account n, check digits computed as the bank does. */
function workerIban(n: number): string {
  const first10 = `063${String(n).padStart(7, '0')}`;
  return belgianIbanFromBban(`${first10}${remainderCheck97(first10)}`).electronic;
}

const transfer = (n: number, amountCents: number, creditorName = `Worker ${n}`): SalaryTransfer => ({
  endToEndId: `2026-11-${String(n).padStart(5, '0')}`,
  creditorName,
  creditorIban: workerIban(n),
  amountCents,
  remittance: `Salaire novembre 2026 / Loon november 2026 - fiche 2026-11-${String(n).padStart(5, '0')}`,
});

const order: SalaryPaymentOrder = {
  messageId: 'PAYROLL-2026-11-1',
  createdAt: '2026-12-01T09:30:00+01:00',
  requestedExecutionDate: '2026-12-03',
  debtor: { name: 'TalentCoop SCRL', iban: 'BE68 5390 0754 7034', bic: 'GKCCBEBB', enterpriseNumber: '0403.019.261' },
  paymentInformationId: 'SALARIES-2026-11',
  transfers: [transfer(1, 229207, 'Aminata Diallo'), transfer(2, 184510, 'Yonas Tesfaye'), transfer(3, 95, 'Kofi Mensah')],
};

/** The text of every element with this name, in document order. */
const elements = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, 'g'))].map((m) => m[1]!);

async function expectValid(xml: string) {
  const result = await validateAgainstXsd(xml, PAIN_001_XSD);
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}

describe.shuffle('SEPA salary credit transfer (pain.001.001.09)', () => {
  it('is valid against the ISO 20022 schema', async () => {
    await expectValid(salaryCreditTransferXml(order));
  });

  it('is valid without a BIC (NOTPROVIDED) and without an enterprise number', async () => {
    const xml = salaryCreditTransferXml({ ...order, debtor: { name: 'TalentCoop SCRL', iban: 'BE68539007547034', bic: null } });
    await expectValid(xml);
    expect(xml).toContain('<DbtrAgt><FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId></DbtrAgt>');
    expect(xml).not.toContain('<BICFI>');
    expect(xml).not.toContain('KBO-BCE');
  });

  it('states the number of transactions and the control sum at both levels, from the cents', () => {
    const xml = salaryCreditTransferXml(order);
    expect(elements(xml, 'NbOfTxs')).toEqual(['3', '3']);
    expect(elements(xml, 'CtrlSum')).toEqual(['4138.12', '4138.12']); // 2292.07 + 1845.10 + 0.95
    expect(elements(xml, 'InstdAmt')).toEqual(['2292.07', '1845.10', '0.95']);
    expect(xml).toContain('<InstdAmt Ccy="EUR">');
  });

  it('pays salaries: category purpose and purpose SALA, SEPA service level, batch booking, SLEV charges', () => {
    const xml = salaryCreditTransferXml(order);
    expect(xml).toContain('<PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><CtgyPurp><Cd>SALA</Cd></CtgyPurp></PmtTpInf>');
    expect(elements(xml, 'PmtMtd')).toEqual(['TRF']);
    expect(elements(xml, 'BtchBookg')).toEqual(['true']);
    expect(elements(xml, 'ChrgBr')).toEqual(['SLEV']);
    expect(xml.match(/<Purp><Cd>SALA<\/Cd><\/Purp>/g)).toHaveLength(3);
    expect(elements(xml, 'ReqdExctnDt')).toEqual([]); // it wraps a <Dt>
    expect(xml).toContain('<ReqdExctnDt><Dt>2026-12-03</Dt></ReqdExctnDt>');
  });

  it('debits the cooperative, identified by its enterprise number, and credits each worker’s IBAN in electronic form', () => {
    const xml = salaryCreditTransferXml(order);
    expect(xml).toContain('<DbtrAcct><Id><IBAN>BE68539007547034</IBAN></Id></DbtrAcct>');
    expect(xml).toContain('<BICFI>GKCCBEBB</BICFI>');
    expect(xml).toContain('<Othr><Id>0403019261</Id><Issr>KBO-BCE</Issr></Othr>');
    expect(elements(xml, 'IBAN')).toEqual(['BE68539007547034', workerIban(1), workerIban(2), workerIban(3)]);
    expect(elements(xml, 'EndToEndId')).toEqual(['2026-11-00001', '2026-11-00002', '2026-11-00003']);
  });

  it('writes names and remittances in the SEPA character set, within their lengths', async () => {
    const xml = salaryCreditTransferXml({
      ...order,
      debtor: { ...order.debtor, name: 'Coopérative « Talent & Co »' },
      transfers: [{ ...transfer(1, 1000), creditorName: 'Zoë Müller-Łukasik O’Brien <ß>', remittance: 'Loon november — €'.padEnd(200, 'x') }],
    });
    await expectValid(xml);
    expect(elements(xml, 'Nm')).toEqual(["Cooperative ' Talent + Co '", "Cooperative ' Talent + Co '", "Zoe Muller-Lukasik O'Brien ss"]);
    const [remittance] = elements(xml, 'Ustrd');
    expect(remittance).toMatch(/^Loon november - EURx+$/);
    expect(remittance).toHaveLength(140);
  });

  it('gives the same bytes for the same order', () => {
    expect(salaryCreditTransferXml(order)).toBe(salaryCreditTransferXml(structuredClone(order)));
  });

  it('builds a file of 10,000 transfers that validates, with the exact control sum', async () => {
    const transfers = Array.from({ length: 10_000 }, (_, i) => transfer(i + 1, 150_000 + ((i * 7919) % 200_000) + (i % 100)));
    const expectedCents = transfers.reduce((sum, t) => sum + t.amountCents, 0);
    const xml = salaryCreditTransferXml({ ...order, transfers });
    await expectValid(xml);
    expect(elements(xml, 'NbOfTxs')).toEqual(['10000', '10000']);
    const controlSum = elements(xml, 'CtrlSum');
    expect(controlSum[0]).toBe(controlSum[1]);
    expect(controlSum[0]).toBe(`${Math.floor(expectedCents / 100)}.${String(expectedCents % 100).padStart(2, '0')}`);
    // The amounts in the file add up to the control sum, counted in cents from their text.
    const fileCents = elements(xml, 'InstdAmt').reduce((sum, a) => sum + Number(a.replace('.', '')), 0);
    expect(fileCents).toBe(expectedCents);
  });

  it.each<[string, (o: SalaryPaymentOrder) => SalaryPaymentOrder, string]>([
    ['a negative amount', (o) => ({ ...o, transfers: [o.transfers[0]!, { ...o.transfers[1]!, amountCents: -500 }] }), 'transfers[1].amountCents'],
    ['a zero amount', (o) => ({ ...o, transfers: [{ ...o.transfers[0]!, amountCents: 0 }] }), 'transfers[0].amountCents'],
    ['a fraction of a cent', (o) => ({ ...o, transfers: [{ ...o.transfers[0]!, amountCents: 1234.5 }] }), 'transfers[0].amountCents'],
    ['an amount above the SEPA maximum', (o) => ({ ...o, transfers: [{ ...o.transfers[0]!, amountCents: 100_000_000_000 }] }), 'transfers[0].amountCents'],
    ['a mistyped worker IBAN', (o) => ({ ...o, transfers: [{ ...o.transfers[0]!, creditorIban: 'BE68539007547035' }] }), 'transfers[0].creditorIban'],
    ['a mistyped cooperative IBAN', (o) => ({ ...o, debtor: { ...o.debtor, iban: 'BE00 5390 0754 7034' } }), 'debtor.iban'],
    ['a malformed BIC', (o) => ({ ...o, debtor: { ...o.debtor, bic: 'GKCC BE' } }), 'debtor.bic'],
    ['a wrong enterprise number', (o) => ({ ...o, debtor: { ...o.debtor, enterpriseNumber: '0403.019.262' } }), 'debtor.enterpriseNumber'],
    ['no transfer at all', (o) => ({ ...o, transfers: [] }), 'transfers'],
    [
      'the same end-to-end id twice',
      (o) => ({ ...o, transfers: [o.transfers[0]!, { ...o.transfers[1]!, endToEndId: o.transfers[0]!.endToEndId }] }),
      'transfers[1].endToEndId',
    ],
    ['an end-to-end id of 36 characters', (o) => ({ ...o, transfers: [{ ...o.transfers[0]!, endToEndId: 'X'.repeat(36) }] }), 'transfers[0].endToEndId'],
    ['an id with a character outside the SEPA set', (o) => ({ ...o, messageId: 'PAIE_2026' }), 'messageId'],
    ['an id starting with a slash', (o) => ({ ...o, paymentInformationId: '/SAL' }), 'paymentInformationId'],
    ['a creditor name with nothing writable', (o) => ({ ...o, transfers: [{ ...o.transfers[0]!, creditorName: '   ' }] }), 'transfers[0].creditorName'],
    ['an impossible execution date', (o) => ({ ...o, requestedExecutionDate: '2026-02-30' }), 'requestedExecutionDate'],
    ['a creation time that is not ISO', (o) => ({ ...o, createdAt: '01/12/2026 09:30' }), 'createdAt'],
  ])('refuses %s, naming the field', (_, change, field) => {
    let error: unknown;
    try {
      salaryCreditTransferXml(change(structuredClone(order)));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toBeInstanceOf(InvalidPaymentOrderError);
    expect((error as InvalidPaymentOrderError).field).toBe(field);
    expect((error as Error).message.startsWith(`${field}: `)).toBe(true);
  });
});

describe.shuffle('SEPA character set', () => {
  it.each([
    ['Éléonore Dupré', 70, 'Eleonore Dupre'],
    ['Ça coûte 12 € net', 70, 'Ca coute 12 EUR net'],
    ['Straße Œuvre Æsir Ørsted', 70, 'Strasse OEuvre AEsir Orsted'],
    ['L’Hôpital d’Ixelles', 70, "L'Hopital d'Ixelles"],
    ['a_b;c!d', 70, 'a-b,c.d'],
    ['Tab\tand\nnewline   spaces', 70, 'Tab and newline spaces'],
    ['日本語 name', 70, 'name'],
    ['Aminata Diallo', 7, 'Aminata'],
    ['Aminata Diallo', 8, 'Aminata'], // cut inside, then no trailing space
    ["A/B-C?D:E(F).G,H'I+J", 70, "A/B-C?D:E(F).G,H'I+J"],
  ])('%j in %i characters is %j', (input, max, expected) => {
    expect(sepaText(input, max)).toBe(expected);
  });

  it('never leaves a character outside the set', () => {
    let all = '';
    for (let code = 32; code < 0x250; code++) all += String.fromCharCode(code);
    expect(sepaText(all, 10_000)).toMatch(/^[A-Za-z0-9/\-?:().,'+ ]*$/);
  });
});
