import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { computePayslip, explainLine, labelOf } from '../../domain/payroll';
import { maskIban, nationalNumberLastDigits, payslipDocumentDefinition, renderPayslipPdf, type PayslipDocumentInput } from './payslip-pdf';
import { IBAN, engine, payslip } from './payslip-pdf.fixtures';

interface Rendered {
  pages: string[];
  text: string;
  pageSizes: Array<[number, number]>;
  info: Record<string, unknown>;
}

/** What a reader gets out of the PDF: text per page (spaces normalised), page sizes, metadata. */
async function read(pdf: Buffer): Promise<Rendered> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  const pageSizes: Array<[number, number]> = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    pageSizes.push([Math.round(width), Math.round(height)]);
    const content = await page.getTextContent();
    // Table cells are separate runs (joined by a space); pdfmake also splits a run after a hyphen
    // or a slash (where it may break a line): those joins are undone.
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push(text.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/(\S[-/]) /g, '$1'));
  }
  const { info } = await document.getMetadata();
  await document.destroy();
  return { pages, text: pages.join(' '), pageSizes, info: info as Record<string, unknown> };
}

const render = async (changes: Partial<PayslipDocumentInput> = {}) => read(await renderPayslipPdf({ ...payslip, ...changes }));
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('payslip PDF', () => {
  it('is one A4 page for a normal month with every kind of hour', async () => {
    const pdf = await renderPayslipPdf(payslip);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pageSizes } = await read(pdf);
    expect(pageSizes).toEqual([[595, 842]]);
  });

  it('stays on one page for a blue-collar worker with a family, in every language', async () => {
    const blueCollar = computePayslip({
      period: '2026-11',
      payKind: 'regular',
      workerCategory: 'blue-collar',
      hourlyWageCents: 1725,
      hours: { regular: 151.5, overtime: 10, night: 20, sunday: 8, publicHoliday: 8 },
      family: 'couple-one-income',
      dependentChildren: 3,
    });
    for (const language of ['fr', 'nl', 'en'] as const) {
      const { pages } = await render({
        language,
        lines: blueCollar.lines,
        totals: blueCollar.totals,
        provisional: true,
        kind: 'regularisation',
        corrects: { number: '2026-10-00017', period: '2026-10' },
        employment: { ...payslip.employment, workerCategory: 'blue-collar', jointCommittee: '124', jobTitle: 'maçon coffreur' },
        taxSituation: { family: 'couple-one-income', dependentChildren: 3, recorded: true },
      });
      expect(pages, language).toHaveLength(1);
    }
  });

  it('in French: identification, period, hours by kind and rate, every line, totals and the net as French writes it', async () => {
    const { text } = await render();
    for (const expected of [
      'Fiche de paie',
      'novembre 2026',
      'N° 2026-11-00042',
      'Date de paiement 4 décembre 2026',
      'TalentCoop SCRL',
      '0403.019.261',
      'N° ONSS 123-4567890-12',
      'Aminata Diallo',
      'Commission paritaire n° 322',
      'Employé',
      '38 h sur 38 h par semaine',
      'Résidence Les Tilleuls (120,00 h)',
      'Situation fiscale isolé, 1 enfant à charge',
      'Heures supplémentaires 6,00 15,50 € + 50 % 139,50 €',
      'Heures du dimanche 7,50 15,50 € + 100 % 232,50 €',
      'Heures de jour férié 7,50 15,50 € + 100 % 232,50 €',
      'Heures de nuit 8,00 15,50 € 124,00 €',
      'Salaire brut 2 898,50 €',
      'Cotisation personnelle ONSS − 378,83 €',
      'Bonus à l’emploi social + 91,11 €',
      'Salaire imposable 2 610,78 €',
      'Précompte professionnel − 300,59 €',
      'Cotisation spéciale de sécurité sociale − 18,12 €',
      'Salaire net 2 292,07 €',
      'Coût total pour l’employeur 3 493,20 €',
      'Pourquoi mon salaire net est-il de 2 292,07 € ?',
    ]) {
      expect(text).toContain(expected);
    }
    for (const line of engine.lines.filter((l) => l.side === 'worker')) expect(text).toContain(squash(labelOf(line).fr));
  });

  it('in Dutch: the same facts in Dutch words and formats, no French left', async () => {
    const { text } = await render({ language: 'nl' });
    for (const expected of [
      'Loonbrief',
      'november 2026',
      'Betaaldatum 4 december 2026',
      'Paritair comité nr. 322',
      'Bediende',
      'Brutoloon € 2.898,50',
      'Bedrijfsvoorheffing − € 300,59',
      'Nettoloon € 2.292,07',
      'Gestort op rekening BE** **** **** 7034',
      'Waarom is mijn nettoloon € 2.292,07?',
      'Totale werkgeverskost € 3.493,20',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/\b(Fiche|Salaire|Heures|Employeur|Travailleur|novembre|décembre|Payslip|Net pay)\b/);
  });

  it('in English: the same facts in English words and formats', async () => {
    const { text } = await render({ language: 'en' });
    for (const expected of [
      'Payslip',
      'November 2026',
      'Payment date 4 December 2026',
      'Joint committee no. 322',
      'White-collar',
      'Gross pay €2,898.50',
      'Withholding tax − €300.59',
      'Net pay €2,292.07',
      'Paid into account BE** **** **** 7034',
      'Why is my net pay €2,292.07?',
      'Overtime hours 6.00 €15.50 + 50 % €139.50',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/\b(Fiche|Salaire|Loonbrief|Nettoloon|novembre|december)\b/);
  });

  it('explains the net from the engine’s own explanations, line by line', async () => {
    for (const language of ['fr', 'nl', 'en'] as const) {
      const { text } = await render({ language });
      const explained = engine.lines.filter((l) => l.side === 'worker' && l.amountCents !== 0);
      expect(explained.length).toBeGreaterThan(8);
      for (const line of explained) expect(text, `${language} ${line.code}`).toContain(squash(explainLine(line)[language]));
    }
  });

  it('never prints the full national number or the full IBAN, not even in the metadata', async () => {
    const { text, info } = await render();
    expect(text).toContain('**.**.**-**7.65');
    expect(text).toContain('BE** **** **** 7034');
    const everything = `${text} ${JSON.stringify(info)}`.replace(/\s/g, '');
    for (const secret of ['98472899765', '98.47.28', '984728', 'BE68539007547034', '53900754', '5390', '0754']) expect(everything).not.toContain(secret);
  });

  it('refers to the corrected payslip on a regularisation', async () => {
    const { text } = await render({ kind: 'regularisation', corrects: { number: '2026-10-00017', period: '2026-10' } });
    expect(text).toContain('Fiche de paie de régularisation');
    expect(text).toContain('Cette fiche régularise la fiche de paie n° 2026-10-00017 (octobre 2026)');
    const { text: dutch } = await render({ language: 'nl', kind: 'regularisation', corrects: { number: '2026-10-00017', period: '2026-10' } });
    expect(dutch).toContain('Deze loonbrief regulariseert loonbrief nr. 2026-10-00017 (oktober 2026)');
    const regular = (await render()).text;
    expect(regular).not.toContain('régularise');
  });

  it('says so when it was computed with provisional parameters, and only then', async () => {
    expect((await render({ provisional: true })).text).toContain('Calculée avec des paramètres provisoires');
    expect((await render({ provisional: false })).text).not.toContain('provisoire');
    expect((await render({ provisional: true, language: 'en' })).text).toContain('Computed with provisional parameters');
  });

  it('tells a worker paid other than by transfer, and a worker whose tax situation is missing', async () => {
    const { text } = await render({ payment: { method: 'other' }, taxSituation: { family: 'single', dependentChildren: 0, recorded: false } });
    expect(text).toContain('Payé autrement que par virement');
    expect(text).not.toContain('Versé sur le compte');
    expect(text).toContain('Situation fiscale non communiquée : précompte calculé comme pour une personne isolée sans enfant');
  });

  it('renders the same bytes for the same payslip, whatever was rendered before: nothing is read from the clock', async () => {
    const a = await renderPayslipPdf(payslip);
    await renderPayslipPdf({ ...payslip, language: 'nl', number: '2026-11-00043', worker: { ...payslip.worker, displayName: 'Yonas Tesfaye' } });
    const b = await renderPayslipPdf(structuredClone(payslip));
    expect(a.equals(b)).toBe(true);
    expect((await renderPayslipPdf({ ...payslip, issuedOn: '2026-12-03' })).equals(a)).toBe(false);
  });

  it.each<[string, Partial<PayslipDocumentInput>, string]>([
    ['a full national number', { worker: { ...payslip.worker, nationalNumberLastDigits: '98472899765' } }, 'worker.nationalNumberLastDigits'],
    ['an unmasked IBAN', { payment: { method: 'transfer', ibanMasked: IBAN } }, 'payment.ibanMasked'],
    ['a malformed period', { period: '2026-13' }, 'period'],
    ['an impossible payment date', { paymentDate: '2026-11-31' }, 'paymentDate'],
    ['a regularisation that names no payslip', { kind: 'regularisation', corrects: null }, 'corrects'],
    ['fractional minutes', { minutesByKind: { ...payslip.minutesByKind, night: 7.5 } }, 'minutesByKind.night'],
  ])('refuses to print %s', (_, changes, field) => {
    expect(() => payslipDocumentDefinition({ ...payslip, ...changes })).toThrow(RangeError);
    expect(() => payslipDocumentDefinition({ ...payslip, ...changes })).toThrow(field);
  });
});

describe('masking', () => {
  it.each([
    ['BE68 5390 0754 7034', 'BE** **** **** 7034'],
    ['be68539007547034', 'BE** **** **** 7034'],
    ['NL91ABNA0417164300', 'NL** **** **** ** 4300'],
    ['FR1420041010050500013M02606', 'FR** **** **** **** **** *** 2606'],
  ])('%s is shown as %s', (iban, masked) => {
    expect(maskIban(iban)).toBe(masked);
  });

  it('refuses to mask what is not an IBAN', () => {
    expect(() => maskIban('7034')).toThrow(RangeError);
  });

  it.each([
    ['98.47.28-997.65', '765'],
    ['98472899765', '765'],
    ['00.01.01-001.12', '112'],
  ])('the national number %s keeps %s', (niss, last) => {
    expect(nationalNumberLastDigits(niss)).toBe(last);
  });

  it('refuses a national number that is not 11 digits', () => {
    expect(() => nationalNumberLastDigits('98.47.28-997')).toThrow(RangeError);
  });
});
