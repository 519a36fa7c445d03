import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateAgainstXsd } from '../../platform/xml/xml-schema';

/**
 * The ONSS DmfA schema (DmfAOriginal 2022/3, a copy of shared/formats/dmfa kept in the repository
 * so a deployed worker has it — a test checks the copy is the official file) and the check a
 * declaration passes before it may leave: libxml2's XSD engine (platform/xml/xml-schema.ts).
 */
export const DMFA_SCHEMA_FILE = 'DmfAOriginal_20223.xsd';
export const DMFA_SCHEMA_PATH = fileURLToPath(new URL(`./schemas/${DMFA_SCHEMA_FILE}`, import.meta.url));

export interface SchemaValidation {
  valid: boolean;
  schema: string;
  /** libxml2's messages with their line numbers; quoted values that look like identifiers are masked. */
  errors: string[];
}

export async function validateDmfaXml(xml: string, schemaPath: string = DMFA_SCHEMA_PATH): Promise<SchemaValidation> {
  const result = await validateAgainstXsd(xml, schemaPath, dirname(schemaPath));
  return { valid: result.valid, schema: DMFA_SCHEMA_FILE, errors: result.errors.map(maskIdentifiers) };
}

/** libxml2 quotes the offending value ("'85073003328' is not a valid value"): keep identifiers out of stored messages. */
function maskIdentifiers(message: string): string {
  return message.replace(/'[^']*'/g, (quoted) => (/\d{6,}/.test(quoted) ? "'…'" : quoted));
}
