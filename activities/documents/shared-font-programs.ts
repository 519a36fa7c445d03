import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * pdfmake 0.3 opens every font file anew for every document: pdfkit reads the TTF and fontkit
 * parses it again (cmap, GSUB/GPOS lookups, metrics), which is most of the cost of a small
 * document such as a payslip — and a payroll run renders thousands. Here each font file is
 * parsed once per process and every document gets its own pdfkit EmbeddedFont (its own glyph
 * subset) over that one parsed font. Word layouts (fontkit's shaping of "2 292,07") are
 * shared too: a layout depends on the font program and the text only. The PDF bytes are the
 * same: subsets and metrics come from the same font program.
 *
 * Tied to pdfmake 0.3.11 / pdfkit 0.19 (pinned): pdfmake's PDFDocument.provideFont reaches
 * pdfkit's `font(path)`, which returns the font already registered under that path. If the
 * internals are not where this expects them, it changes nothing and pdfmake works as before.
 */
interface PdfKitDocumentLike {
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
}
interface EmbeddedFontLike {
  font: object;
  layoutCache?: Record<string, unknown>;
  constructor: new (document: PdfKitDocumentLike, font: object, id: string) => EmbeddedFontLike;
}

/** Shared word layouts are dropped every so many documents, so a long run cannot grow them without bound. */
const DOCUMENTS_PER_LAYOUT_CACHE = 500;

let installed = false;

export function shareParsedFonts(files: ReadonlySet<string>): void {
  if (installed) return;
  const pdfmakeRequire = createRequire(require.resolve('pdfmake/package.json'));
  const PdfMakeDocument = pdfmakeRequire('./js/PDFDocument').default as { prototype: Record<string, unknown> } | undefined;
  const PdfKit = pdfmakeRequire('pdfkit') as new (options: object) => { font(path: string): { _font: EmbeddedFontLike } };
  const original = PdfMakeDocument?.prototype.provideFont as ((this: PdfKitDocumentLike, ...args: [string, boolean, boolean]) => unknown) | undefined;
  if (typeof original !== 'function') return;

  const parsed = new Map<string, EmbeddedFontLike>();
  const layouts = new Map<string, { cache: Record<string, unknown>; documents: number }>();
  /** The font program of a file, parsed by pdfkit/fontkit the first time it is used. */
  const parsedFont = (file: string): EmbeddedFontLike => {
    let font = parsed.get(file);
    if (!font) {
      font = new PdfKit({ autoFirstPage: false, font: null }).font(file)._font;
      parsed.set(file, font);
    }
    return font;
  };

  PdfMakeDocument!.prototype.provideFont = function provideFont(this: PdfKitDocumentLike, family: string, bold: boolean, italics: boolean) {
    const file = this.getFontFile(family, bold, italics);
    if (typeof file === 'string' && files.has(file) && this._fontFamilies && !this._fontFamilies[file]) {
      const shared = parsedFont(file);
      // What pdfkit's font(path) would build, minus the parsing: a fresh subset for this document.
      const embedded = new shared.constructor(this, shared.font, `F${++this._fontCount}`);
      if (embedded.layoutCache) {
        let layout = layouts.get(file);
        if (!layout || layout.documents >= DOCUMENTS_PER_LAYOUT_CACHE) layouts.set(file, (layout = { cache: Object.create(null), documents: 0 }));
        layout.documents++;
        embedded.layoutCache = layout.cache;
      }
      this._fontFamilies[file] = embedded;
    }
    return original.call(this, family, bold, italics);
  };
  installed = true;
}
