import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderInvoicePdf } from '../../activities/documents/invoice-pdf';
import { sampleContents } from '../support/invoice-content';

async function text(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  let all = '';
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    all += content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
  }
  await document.destroy();
  return all.replace(/[\s\u00a0\u202f]+/g, ' ');
}

describe('invoice PDF', () => {
  const samples = sampleContents();

  it('in French: legal mentions of both parties, number, dates, lines, VAT, totals, OGM and the weeks billed', async () => {
    const pdf = await renderInvoicePdf(samples['invoice-one-rate']!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const t = await text(pdf);
    for (const expected of [
      'FACTURE',
      'TalentCoop SC',
      'Rue de la Coopération 1',
      '0790.123.495',
      'BE0790123495',
      'BE68 5390 0754 7034',
      'GKCCBEBB',
      'Résidence Les Tilleuls ASBL',
      '0403.019.261',
      'BE0403019261',
      '2026-000042',
      '03/12/2026',
      '02/01/2027',
      '+++202/6000/04236+++',
      'aide-soignante — W-00A1B2 — heures normales',
      'Kofi (W-00C3D4)',
      '21 %',
      'Total hors TVA',
      'À payer',
      '2026-W45 v1',
      '2026-W46 v2',
      'loi du 2 août 2002',
    ])
      expect(t).toContain(expected);
  });

  it('in Dutch, with a free line, its reason and the exempt VAT line', async () => {
    const t = await text(await renderInvoicePdf(samples['invoice-several-rates-free-line']!));
    for (const expected of [
      'FACTUUR',
      'normale uren',
      'Formation sécurité incendie',
      'convenu avec le client',
      'Vrijgesteld',
      '6 %',
      'Betaalbaar binnen 30 dagen',
    ])
      expect(t).toContain(expected);
  });

  it('a credit note names the invoice it corrects and why', async () => {
    const t = await text(await renderInvoicePdf(samples['credit-note-correction']!));
    for (const expected of ['NOTE DE CRÉDIT', '2026-C00001', 'Corrige la facture 2026-000042 du 03/12/2026', 'approved after billing', '2026-W45 v2'])
      expect(t).toContain(expected);
  });

  it('the same content gives the same bytes', async () => {
    const a = await renderInvoicePdf(samples['invoice-one-rate']!);
    const b = await renderInvoicePdf(samples['invoice-one-rate']!);
    expect(a.equals(b)).toBe(true);
  });
});
