import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { contractDocument, formatContractDate, indicativeMonthlyWage, renderContractPdf, type ContractDocumentInput } from './contract-pdf';

const contract: ContractDocumentInput = {
  language: 'fr',
  contractId: '3f6c2a9e-8d41-4b7a-9c1e-5a2b7d0e4f11',
  issuedOn: '2026-11-20',
  cooperative: { name: 'TalentCoop SCRL', enterpriseNumber: 'BE0403019261', address: 'Rue de la Loi 16, 1000 Bruxelles' },
  worker: { code: 'W-0042', displayName: 'Aminata Diallo', nationalNumber: '98.47.28-997.65', address: 'Rue Haute 120, 1000 Bruxelles' },
  sector: 'care',
  jobTitle: 'aide-soignante',
  jointCommittee: '322',
  workerCategory: 'white-collar',
  hourlyWageCents: 1550,
  weeklyHours: 38,
  startDate: '2026-12-01',
  endDate: '2027-05-31',
};
const dutch: ContractDocumentInput = { ...contract, language: 'nl', jobTitle: 'zorgkundige' };

/** The text a reader (or a screen reader) gets out of the PDF, one string per page, spaces normalised. */
async function pagesText(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    // pdfmake writes a line as several runs (it splits at hyphens): join runs, break at line ends.
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
    pages.push(text.replace(/[\s\u00a0\u202f]+/g, ' '));
  }
  await document.destroy();
  return pages;
}

describe('contract PDF', () => {
  it('is a PDF', async () => {
    const pdf = await renderContractPdf(contract);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('in French: the function, the wage in Belgian format, its monthly equivalent and the dates', async () => {
    const text = (await pagesText(await renderContractPdf(contract))).join(' ');
    expect(text).toContain('CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE');
    expect(text).toContain('aide-soignante');
    expect(text).toContain('15,50 €');
    expect(text).toContain('2 552,33 €'); // 15.50 × 38 × 52 / 12 = 2 552.333…
    expect(text).toContain('indicatif');
    expect(text).toContain('1 décembre 2026');
    expect(text).toContain('31 mai 2027');
    expect(text).toContain('0403.019.261');
    expect(text).toContain('98.47.28-997.65');
    expect(text).toContain('commission paritaire n° 322');
    expect(text).toContain('autorisation de travail');
    expect(text).toContain('entreprises utilisatrices');
    expect(text).toContain('RGPD');
    expect(text).toContain('Pour la coopérative');
    expect(text).toContain('Le travailleur');
  });

  it('in French, no English slips in', async () => {
    const text = (await pagesText(await renderContractPdf(contract))).join(' ');
    for (const english of [
      /\bContract\b/i,
      /\bEmploy(er|ee|ment)\b/i,
      /\bWorker\b/i,
      /\bWage\b/i,
      /\bHours?\b/i,
      /\bSignature of\b/i,
      /\bStart date\b/i,
      / of \d/,
      /\bPage \d+ of\b/i,
    ]) {
      expect(text).not.toMatch(english);
    }
  });

  it('in Dutch: the same facts in Dutch words and formats', async () => {
    const text = (await pagesText(await renderContractPdf(dutch))).join(' ');
    expect(text).toContain('ARBEIDSOVEREENKOMST VOOR EEN BEPAALDE TIJD');
    expect(text).toContain('zorgkundige');
    expect(text).toContain('€ 15,50');
    expect(text).toContain('€ 2.552,33');
    expect(text).toContain('indicatief');
    expect(text).toContain('1 december 2026');
    expect(text).toContain('31 mei 2027');
    expect(text).toContain('paritair comité nr. 322');
    expect(text).toContain('toelating tot arbeid');
    expect(text).toContain('AVG');
    expect(text).toContain('Voor de coöperatie');
    expect(text).not.toMatch(/\b(Contrat|Employer|Worker|Wage|Hourly|Signature|décembre|Page)\b/i);
  });

  it('puts the contract id and page numbers in every footer', async () => {
    const pages = await pagesText(await renderContractPdf(contract));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const [i, page] of pages.entries()) expect(page).toContain(`Contrat n° ${contract.contractId} — page ${i + 1} sur ${pages.length}`);
    const dutchPages = await pagesText(await renderContractPdf(dutch));
    for (const [i, page] of dutchPages.entries()) expect(page).toContain(`Overeenkomst nr. ${contract.contractId} — pagina ${i + 1} van ${dutchPages.length}`);
  });

  it('says so when the BIS number is not issued yet, and leaves out an unknown address', async () => {
    const text = (await pagesText(await renderContractPdf({ ...contract, worker: { ...contract.worker, nationalNumber: null, address: null } }))).join(' ');
    expect(text).toContain('Numéro de registre national ou BIS : pas encore attribué');
    expect(text).not.toContain('Adresse :');
  });

  it('renders the same bytes for the same contract: nothing is read from the clock', async () => {
    const [a, b] = [await renderContractPdf(contract), await renderContractPdf(contract)];
    expect(a.equals(b)).toBe(true);
  });

  it('keeps the equal-pay clause for joint committee 322 only', () => {
    const clauses = (jointCommittee: string) => JSON.stringify(contractDocument({ ...contract, jointCommittee }).content);
    expect(clauses('322')).toContain('ne peut être inférieure');
    expect(clauses('302')).not.toContain('ne peut être inférieure');
  });

  it('refuses to print impossible facts', () => {
    expect(() => contractDocument({ ...contract, endDate: '2026-11-30' })).toThrow(RangeError);
    expect(() => contractDocument({ ...contract, startDate: '2026-02-30' })).toThrow(RangeError);
    expect(() => contractDocument({ ...contract, hourlyWageCents: 15.5 })).toThrow(RangeError);
    expect(() => contractDocument({ ...contract, weeklyHours: 0 })).toThrow(RangeError);
    expect(() => contractDocument({ ...contract, weeklyHours: 37.555 })).toThrow(RangeError);
  });
});

describe('contract figures', () => {
  it.each([
    [1550, 38, 255233], // 15.50 × 38 × 52 / 12 = 2552.333…
    [1283, 38, 211267], // 12.83 × 38 × 52 / 12 = 2112.6733…
    [1500, 19.5, 126750], // part time with half hours: exactly 1267.50
    [1001, 1, 4338], // 10.01 × 52 / 12 = 43.376… → 43.38
  ])('%i cents an hour for %d hours a week is %i cents a month', (hourly, hours, monthly) => {
    expect(indicativeMonthlyWage(hourly, hours)).toBe(monthly);
  });

  it.each([
    ['2026-12-01', 'fr', '1\u00a0décembre 2026'],
    ['2027-08-15', 'fr', '15\u00a0août 2027'],
    ['2026-12-01', 'nl', '1\u00a0december 2026'],
    ['2027-03-31', 'nl', '31\u00a0maart 2027'],
  ] as const)('%s in %s is %j', (date, language, expected) => {
    expect(formatContractDate(date, language)).toBe(expected);
  });
});
