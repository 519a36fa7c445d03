import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

/**
 * The ONSS DmfA schema (DmfAOriginal 2022/3, the copy in shared/formats/dmfa, kept here so a
 * deployed worker has it) and a validator: libxml2's own XSD engine compiled to WebAssembly
 * (xmllint-wasm), so no system package is needed to check a declaration before it leaves.
 */
export const DMFA_SCHEMA_FILE = 'DmfAOriginal_20223.xsd';
export const DMFA_SCHEMA_PATH = fileURLToPath(new URL(`./schemas/${DMFA_SCHEMA_FILE}`, import.meta.url));

let schemaText: string | undefined;

export interface SchemaValidation {
  valid: boolean;
  schema: string;
  /** libxml2's messages, line numbers included; never the document's content. */
  errors: string[];
}

export async function validateDmfaXml(xml: string, schemaPath: string = DMFA_SCHEMA_PATH): Promise<SchemaValidation> {
  const schema = schemaPath === DMFA_SCHEMA_PATH ? (schemaText ??= readFileSync(DMFA_SCHEMA_PATH, 'utf8')) : readFileSync(schemaPath, 'utf8');
  const result = await validateXML({
    xml: [{ fileName: 'declaration.xml', contents: xml }],
    schema: [{ fileName: DMFA_SCHEMA_FILE, contents: schema }],
  });
  return {
    valid: result.valid,
    schema: DMFA_SCHEMA_FILE,
    errors: result.errors.map((e) => `${e.loc ? `line ${e.loc.lineNumber}: ` : ''}${stripValues(e.message)}`),
  };
}

/** libxml2 quotes the offending value ("'85073003328' is not a valid value"): keep identifiers out of stored messages. */
function stripValues(message: string): string {
  return message.replace(/'[^']*'/g, (quoted) => (/\d{6,}/.test(quoted) ? "'…'" : quoted));
}
