/**
 * `npm run --silent validate:ubl -- invoice.xml [more.xml…]`: checks UBL invoices and credit notes
 * against the UBL 2.1 schema and both Peppol BIS 3 Schematron files; exits 1 if any is invalid.
 */
import { validatePeppolFiles } from './lib/peppol-validator';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run --silent validate:ubl -- file.xml [file.xml…]');
  process.exit(2);
}
let invalid = 0;
for (const r of await validatePeppolFiles(files)) {
  const ok = r.xsdErrors.length === 0 && r.fatal.length === 0;
  if (!ok) invalid++;
  console.log(
    `${ok ? 'valid' : 'INVALID'}  ${r.file} (${r.root}): ${r.xsdErrors.length} schema errors, ${r.fatal.length} fatal, ${r.warnings.length} warnings`,
  );
  for (const e of [...r.xsdErrors, ...r.fatal]) console.log(`  ${e}`);
}
process.exit(invalid ? 1 : 0);
