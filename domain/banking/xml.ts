/**
 * A small, strict XML reader for bank statements: elements, attributes, text, CDATA, comments,
 * processing instructions and the predefined and numeric entities. No DTD (refused: no entity
 * expansion attacks), no external anything. Every element knows the line it starts on, so a bad
 * file is answered with the line to look at. Pure (the domain bundles into workflows).
 */
export interface XmlElement {
  /** Local name, prefix removed. */
  name: string;
  prefix: string | null;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string, line: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);|&/g, (_match, ref: string | undefined) => {
    if (!ref) throw new XmlSyntaxError(line, 'a bare "&" must be written &amp;');
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const value = ENTITIES[ref];
    if (value === undefined) throw new XmlSyntaxError(line, `unknown entity &${ref};`);
    return value;
  });
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?/;

export function parseXml(source: string): XmlElement {
  let pos = 0;
  let line = 1;
  const advance = (to: number) => {
    for (let i = pos; i < to; i++) if (source.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  if (source.charCodeAt(0) === 0xfeff) pos = 1;
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > pos) {
      const raw = source.slice(pos, textEnd);
      const startLine = line;
      advance(textEnd);
      if (stack.length) stack[stack.length - 1]!.text += decode(raw, startLine);
      else if (raw.trim()) throw new XmlSyntaxError(startLine, 'text outside the root element');
      continue;
    }
    if (source.startsWith('<!--', pos)) {
      const end = source.indexOf('-->', pos);
      if (end === -1) throw new XmlSyntaxError(line, 'a comment is not closed');
      advance(end + 3);
      continue;
    }
    if (source.startsWith('<![CDATA[', pos)) {
      const end = source.indexOf(']]>', pos);
      if (end === -1) throw new XmlSyntaxError(line, 'a CDATA section is not closed');
      if (!stack.length) throw new XmlSyntaxError(line, 'CDATA outside the root element');
      stack[stack.length - 1]!.text += source.slice(pos + 9, end);
      advance(end + 3);
      continue;
    }
    if (source.startsWith('<!', pos)) throw new XmlSyntaxError(line, 'document type declarations are not accepted');
    if (source.startsWith('<?', pos)) {
      const end = source.indexOf('?>', pos);
      if (end === -1) throw new XmlSyntaxError(line, 'a processing instruction is not closed');
      advance(end + 2);
      continue;
    }
    if (source.startsWith('</', pos)) {
      const name = NAME.exec(source.slice(pos + 2, pos + 200))?.[0];
      const end = source.indexOf('>', pos);
      if (!name || end === -1) throw new XmlSyntaxError(line, 'a closing tag is malformed');
      const open = stack.pop();
      const local = name.includes(':') ? name.split(':')[1]! : name;
      if (!open || open.name !== local) throw new XmlSyntaxError(line, `</${name}> closes ${open ? `<${open.name}> opened on line ${open.line}` : 'nothing'}`);
      advance(end + 1);
      continue;
    }
    // An opening tag.
    const tagLine = line;
    const nameMatch = NAME.exec(source.slice(pos + 1, pos + 200));
    if (!nameMatch) throw new XmlSyntaxError(line, 'a tag is malformed');
    const qname = nameMatch[0];
    let i = pos + 1 + qname.length;
    const attributes: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      while (i < source.length && /\s/.test(source[i]!)) i++;
      if (source[i] === '>') {
        i++;
        break;
      }
      if (source.startsWith('/>', i)) {
        selfClosing = true;
        i += 2;
        break;
      }
      const attr = NAME.exec(source.slice(i, i + 200))?.[0];
      if (!attr) throw new XmlSyntaxError(tagLine, `the tag <${qname}> is malformed`);
      i += attr.length;
      while (/\s/.test(source[i] ?? '')) i++;
      if (source[i] !== '=') throw new XmlSyntaxError(tagLine, `attribute ${attr} has no value`);
      i++;
      while (/\s/.test(source[i] ?? '')) i++;
      const quote = source[i];
      if (quote !== '"' && quote !== "'") throw new XmlSyntaxError(tagLine, `attribute ${attr} must be quoted`);
      const close = source.indexOf(quote, i + 1);
      if (close === -1) throw new XmlSyntaxError(tagLine, `attribute ${attr} is not closed`);
      attributes[attr] = decode(source.slice(i + 1, close), tagLine);
      i = close + 1;
    }
    const [prefix, local] = qname.includes(':') ? [qname.split(':')[0]!, qname.split(':')[1]!] : [null, qname];
    const element: XmlElement = { name: local, prefix, attributes, children: [], text: '', line: tagLine };
    if (stack.length) stack[stack.length - 1]!.children.push(element);
    else if (root) throw new XmlSyntaxError(tagLine, 'a second root element');
    else root = element;
    advance(i);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) throw new XmlSyntaxError(line, `<${stack[stack.length - 1]!.name}> opened on line ${stack[stack.length - 1]!.line} is never closed`);
  if (!root) throw new XmlSyntaxError(1, 'the document is empty');
  return root;
}

export function child(e: XmlElement | undefined, name: string): XmlElement | undefined {
  return e?.children.find((c) => c.name === name);
}

export function children(e: XmlElement | undefined, name: string): XmlElement[] {
  return e ? e.children.filter((c) => c.name === name) : [];
}

/** Follows a path of child names: path(e, 'Acct', 'Id', 'IBAN'). */
export function path(e: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = e;
  for (const n of names) current = child(current, n);
  return current;
}

export function textAt(e: XmlElement | undefined, ...names: string[]): string | null {
  const found = path(e, ...names);
  return found ? found.text.trim() : null;
}
