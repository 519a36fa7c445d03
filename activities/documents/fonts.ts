import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfMake from 'pdfmake';
import { shareParsedFonts } from './shared-font-programs';

const require = createRequire(import.meta.url);

/**
 * Roboto as the pdfmake package ships it (build/fonts/Roboto): documents never depend on fonts
 * installed on the machine or fetched at run time, so a PDF renders the same in tests, on a
 * developer's laptop and in the worker container. Roboto has no bold cut here: Medium stands in.
 */
const ROBOTO_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');

export const DOCUMENT_FONT = 'Roboto';

const documentFontFiles = {
  normal: join(ROBOTO_DIR, 'Roboto-Regular.ttf'),
  bold: join(ROBOTO_DIR, 'Roboto-Medium.ttf'),
  italics: join(ROBOTO_DIR, 'Roboto-Italic.ttf'),
  bolditalics: join(ROBOTO_DIR, 'Roboto-MediumItalic.ttf'),
};
const allowedLocalFiles = new Set(Object.values(documentFontFiles));

export type ServerPdfMake = typeof PdfMake;
let configured: ServerPdfMake | undefined;

/**
 * The pdfmake 0.3 server API: `require('pdfmake')` is a process-wide instance whose fonts
 * and access policies are global, so they are set here once for every document the worker
 * renders. Our documents embed no image or URL: pdfmake may read the font files and nothing
 * else, which also closes its remote-download path (CVE-2026-26801).
 */
export function serverPdfMake(): ServerPdfMake {
  if (configured) return configured;
  // createRequire rather than `import`: pdfmake is CommonJS (`module.exports = instance`), and
  // ESM interop of such a module differs between tsx, vitest and bundlers.
  const pdfMake = require('pdfmake') as ServerPdfMake;
  pdfMake.setFonts({ [DOCUMENT_FONT]: { ...documentFontFiles } });
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => allowedLocalFiles.has(path));
  // Parse each font file once per process, not once per document (a payroll run renders thousands).
  shareParsedFonts(allowedLocalFiles);
  configured = pdfMake;
  return pdfMake;
}

/**
 * Roboto has no glyph for U+202F (the narrow no-break space Intl puts between French digit
 * groups, "2 552,33 €"); pdfmake would print a missing-glyph box. The ordinary no-break space
 * keeps the group together and exists in the font.
 */
export function printableText(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}
