import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderInvoiceUbl } from '../../activities/documents/invoice-ubl';
import { FORMATS_DIR, validatePeppolFiles } from '../../scripts/lib/peppol-validator';
import { sampleContents } from '../support/invoice-content';

const dir = mkdtempSync(join(tmpdir(), 'ubl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('UBL documents are Peppol BIS Billing 3.0 (UBL 2.1 XSD + both Schematron files, no fatal)', () => {
  it('every kind of document validates, and a spoiled one does not', async () => {
    const files: Record<string, string> = {};
    for (const [name, content] of Object.entries(sampleContents())) {
      files[name] = join(dir, `${name}.xml`);
      writeFileSync(files[name]!, renderInvoiceUbl(content));
    }
    // Spoiled on purpose: the payable amount no longer equals the totals (BR-CO-16 style rules),
    // and the document is still schema-valid. It must fail, or the check proves nothing.
    const spoiled = join(dir, 'spoiled.xml');
    writeFileSync(
      spoiled,
      readFileSync(files['invoice-one-rate']!, 'utf8').replace(/<cbc:PayableAmount currencyID="EUR">[^<]+</, '<cbc:PayableAmount currencyID="EUR">1.00<'),
    );
    const results = await validatePeppolFiles([
      ...Object.values(files),
      spoiled,
      join(FORMATS_DIR, 'peppol-bis-3', 'examples', 'base-creditnote-correction.xml'),
    ]);
    const byFile = new Map(results.map((r) => [r.file, r]));
    for (const [name, file] of Object.entries(files)) {
      const r = byFile.get(file)!;
      expect({ name, root: r.root, xsdErrors: r.xsdErrors, fatal: r.fatal }).toEqual({
        name,
        root: name.startsWith('credit') ? 'CreditNote' : 'Invoice',
        xsdErrors: [],
        fatal: [],
      });
    }
    expect(byFile.get(spoiled)!.fatal.length).toBeGreaterThan(0);
  }, 120_000);

  it('carries the OGM as payment id, the IBAN as payee account, 0208 endpoints and exact hour quantities', () => {
    const xml = renderInvoiceUbl(sampleContents()['invoice-one-rate']!);
    expect(xml).toContain('<cbc:PaymentID>+++202/6000/04236+++</cbc:PaymentID>');
    expect(xml).toContain('<cac:PayeeFinancialAccount><cbc:ID>BE68539007547034</cbc:ID>');
    expect(xml).toContain('<cbc:EndpointID schemeID="0208">0403019261</cbc:EndpointID>');
    // 38 h of regular hours at the cook's placement; 3310 minutes (not a whole hundredth of an hour) counted in minutes at a price per 60.
    expect(xml).toContain('<cbc:InvoicedQuantity unitCode="HUR">38</cbc:InvoicedQuantity>');
    expect(xml).toContain('<cbc:InvoicedQuantity unitCode="MIN">3310</cbc:InvoicedQuantity>');
    expect(xml).toContain('<cbc:BaseQuantity unitCode="MIN">60</cbc:BaseQuantity>');
  });
});
