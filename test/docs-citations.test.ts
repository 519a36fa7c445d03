import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The facts the code cites as sources live in the repository (docs/, see docs/README.md). This
 * test reads every source, comment and README and fails on a citation that cannot be followed:
 * a docs/…md file that does not exist, a section (§n) that is not in the cited file, or a
 * document outside the repository.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SKIP = new Set(['node_modules', '.git', 'dist', '.data', '.tools', 'coverage']);
const TEXT = /\.(ts|tsx|js|cjs|mjs|md)$/;
const FACTS = 'docs/belgian-payroll-facts.md';

interface Citation {
  file: string;
  line: number;
  cited: string;
  problem: string;
}

/** The section numbers of a document: numbered headings (## 3., ### 3.1) and the numbered items of a numbered section (15.5). */
function sectionsOf(markdown: string): Set<string> {
  const sections = new Set<string>();
  let current: string | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s/.exec(line);
    if (heading) {
      current = heading[1];
      sections.add(current!);
      continue;
    }
    if (/^#{1,6}\s/.test(line)) current = undefined;
    const item = /^(\d+)\.\s/.exec(line);
    if (item && current) sections.add(`${current}.${item[1]}`);
  }
  return sections;
}

/** Every citation problem in one file's text; `readDoc` gives a repository file's text, or undefined when it does not exist. */
function citationProblems(file: string, source: string, readDoc: (path: string) => string | undefined): Citation[] {
  const problems: Citation[] = [];
  const lines = source.split('\n');
  lines.forEach((text, index) => {
    const at = { file, line: index + 1 };
    for (const match of text.matchAll(/(?:\.\.\/)*shared\/docs\/[\w.-]+/g)) {
      problems.push({ ...at, cited: match[0], problem: 'cites a document outside the repository: cite its copy in docs/' });
    }
    for (const match of text.matchAll(/(?<![\w/.-])docs\/([\w./-]+?\.md)(\s*§[\d.]+)?/g)) {
      const path = `docs/${match[1]}`;
      const doc = readDoc(path);
      if (doc === undefined) {
        problems.push({ ...at, cited: path, problem: 'cites a file that is not in the repository' });
        continue;
      }
      if (path !== FACTS && match[2])
        checkSections(
          doc,
          path,
          [...match[2].matchAll(/§(\d+(?:\.\d+)*)/g)].map((m) => m[1]!),
          at,
          problems,
        );
    }
    // "facts §n", "Facts reference §n" and "docs/belgian-payroll-facts.md §n" all cite the facts reference.
    if (/belgian-payroll-facts\.md|\bfacts(?: reference)?\s*§/i.test(text)) {
      const doc = readDoc(FACTS);
      if (doc === undefined) problems.push({ ...at, cited: FACTS, problem: 'cites a file that is not in the repository' });
      else
        checkSections(
          doc,
          FACTS,
          [...text.matchAll(/§(\d+(?:\.\d+)*)/g)].map((m) => m[1]!),
          at,
          problems,
        );
    }
  });
  return problems;
}

const sectionCache = new Map<string, Set<string>>();

function checkSections(doc: string, path: string, numbers: string[], at: { file: string; line: number }, problems: Citation[]): void {
  let sections = sectionCache.get(doc);
  if (!sections) sectionCache.set(doc, (sections = sectionsOf(doc)));
  for (const number of numbers) {
    if (!sections.has(number)) problems.push({ ...at, cited: `${path} §${number}`, problem: 'cites a section that is not in the file' });
  }
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (TEXT.test(entry.name)) files.push(path);
  }
  return files;
}

function readRepositoryDoc(path: string): string | undefined {
  const absolute = join(ROOT, path);
  return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
}

describe('citations of reference documents', () => {
  const FACTS_DOC = ['# Facts', '## 1. Worker contribution', '### 1.1 Base', '## 15. Gaps', '1. first gap', '2. second gap', '## Sources'].join('\n');
  const docs: Record<string, string> = { [FACTS]: FACTS_DOC, 'docs/architecture.md': '# Architecture\n## 2. Layers' };
  const read = (path: string) => docs[path];

  it.each([
    ['a facts section that exists', '// Personal contribution (facts §1.1)', []],
    ['an item of a numbered section', "source: 'unverified (facts §15.2)'", []],
    ['the file name with a section', ' * see docs/belgian-payroll-facts.md §1 and §15.1', []],
    ['another document with its section', '// the arrows of docs/architecture.md §2', []],
    ['a section that is not in the facts', '// rule (facts §3.4)', [`${FACTS} §3.4`]],
    ['an item beyond the numbered list', '// (facts §15.3)', [`${FACTS} §15.3`]],
    ['the second section of a range', '// Facts reference §1–§2', [`${FACTS} §2`]],
    ['a document that is not in docs/', '// see docs/product.md', ['docs/product.md']],
    ['a document outside the repository', '// from ../shared/docs/belgian-payroll-facts.md §1', ['../shared/docs/belgian-payroll-facts.md']],
    ['a section of another document that is missing', '// docs/architecture.md §7', ['docs/architecture.md §7']],
    ['a paragraph of a law, not the facts', "reason: 'Exempt: art. 44 §2 4° VAT Code'", []],
  ])('%s', (_, line, expected) => {
    expect(citationProblems('x.ts', line, read).map((p) => p.cited)).toEqual(expected);
  });

  it('every citation in the repository can be followed to a file and section in docs/', () => {
    const scanned = sourceFiles(ROOT).filter((path) => path !== fileURLToPath(import.meta.url)); // this file cites wrong paths on purpose
    const problems = scanned.flatMap((path) => citationProblems(relative(ROOT, path), readFileSync(path, 'utf8'), readRepositoryDoc));
    expect(problems.map((p) => `${p.file}:${p.line} ${p.cited} — ${p.problem}`)).toEqual([]);
  });

  it('finds the facts reference cited from the payroll engine', () => {
    // Guards the scan itself: were it to read no file, the test above would pass on nothing.
    const engine = readFileSync(join(ROOT, 'domain/payroll/formulas/withholding-tax-key-formula.ts'), 'utf8');
    expect(engine).toMatch(/facts §3\.1/);
    expect(sourceFiles(ROOT)).toContain(join(ROOT, 'domain/payroll/formulas/withholding-tax-key-formula.ts'));
  });
});

describe('sources of the payroll rules', () => {
  it('every rule a payslip line applies names a section that is in the facts reference', async () => {
    const { PAYROLL_RULES, ruleSource } = await import('../domain/payroll/rules');
    const sections = sectionsOf(readFileSync(join(ROOT, FACTS), 'utf8'));
    const cited = Object.keys(PAYROLL_RULES)
      .map((id) => ruleSource(id as keyof typeof PAYROLL_RULES))
      .filter((s): s is string => s !== undefined);
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter((source) => !source.startsWith(`${FACTS} §`) || !sections.has(source.slice(FACTS.length + 2)))).toEqual([]);
  });
});
