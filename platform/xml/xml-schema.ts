import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/**
 * XSD validation with libxml2 (the same library as the `xmllint` command), compiled to
 * WebAssembly and shipped in the npm package `xmllint-wasm`: nothing to install on the
 * machine. Every `.xsd` file of the schema's folder tree (`root`) is preloaded, so a main
 * schema's `xsd:import` / `xsd:include` of its sibling modules (UBL's `../common/…`) resolve.
 */
export interface XmlSchemaResult {
  valid: boolean;
  /** libxml2's messages, one per problem, with the line number. */
  errors: string[];
}

const schemaFilesCache = new Map<string, { fileName: string; contents: string }[]>();

function xsdFilesUnder(root: string): { fileName: string; contents: string }[] {
  let files = schemaFilesCache.get(root);
  if (files) return files;
  files = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.xsd')) files!.push({ fileName: relative(root, path), contents: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  schemaFilesCache.set(root, files);
  return files;
}

/**
 * Validates `xml` against the schema at `schemaPath`. `root` is the folder that holds the schema
 * and every module it imports (defaults to the schema's own folder).
 */
export async function validateAgainstXsd(xml: string, schemaPath: string, root: string = dirname(schemaPath)): Promise<XmlSchemaResult> {
  const all = xsdFilesUnder(root);
  const main = relative(root, schemaPath);
  const schema = all.find((f) => f.fileName === main);
  if (!schema) throw new Error(`no schema ${main} under ${root}`);
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [schema],
    preload: all.filter((f) => f !== schema),
    // UBL's common modules are large: give libxml2 room (64 KiB pages).
    initialMemoryPages: 4096,
    maxMemoryPages: 32768,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message.trim()) };
}

/** Where the official schemas live: `shared/formats` beside the repository (as CI lays it out). */
export const FORMATS_DIR = join(import.meta.dirname ?? dirname(new URL(import.meta.url).pathname), '..', '..', '..', 'shared', 'formats');
