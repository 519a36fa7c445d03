import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS_DIR, validateAgainstXsd } from './xml-schema';

const ubl = join(FORMATS_DIR, 'ubl-2.1', 'xsd');
const invoiceXsd = join(ubl, 'maindoc', 'UBL-Invoice-2.1.xsd');
const example = readFileSync(join(FORMATS_DIR, 'peppol-bis-3', 'examples', 'base-example.xml'), 'utf8');

describe.shuffle('XSD validation (libxml2 as WebAssembly)', () => {
  it('accepts the official Peppol example invoice, resolving the UBL common modules it imports', async () => {
    expect(await validateAgainstXsd(example, invoiceXsd, ubl)).toEqual({ valid: true, errors: [] });
  });

  it('refuses an element the schema does not allow, naming it', async () => {
    const broken = example.replace('<cbc:IssueDate>', '<cbc:Unexpected>x</cbc:Unexpected><cbc:IssueDate>');
    const result = await validateAgainstXsd(broken, invoiceXsd, ubl);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain('Unexpected');
  });

  it('validates the DmfA examples against the ONSS schema', async () => {
    const dmfa = join(FORMATS_DIR, 'dmfa');
    const xml = readFileSync(join(dmfa, 'examples', 'DmfAOriginal_20222_1.xml'), 'utf8');
    expect((await validateAgainstXsd(xml, join(dmfa, 'DmfAOriginal_20223.xsd'))).valid).toBe(true);
  });
});
