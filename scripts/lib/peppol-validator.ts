import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TOOLS_DIR } from './paths';

/**
 * The Peppol BIS Billing 3.0 validator the tests (and `npm run validate:ubl`) use, installed once
 * into the git-ignored .tools/ from Maven Central: Saxon-HE (XSLT 3 / XPath 3.1, which the
 * Schematron rules need) and SchXslt (the Schematron-to-XSLT compiler), with
 * scripts/peppol/PeppolValidator.java compiled by javac. The UBL schema check uses the JDK's own
 * XSD validator. The official files come from shared/formats beside the repository.
 */
export const SAXON_HE_VERSION = '12.5';
export const SCHXSLT_VERSION = '1.10.1';
const DIR = join(TOOLS_DIR, 'peppol-validator');
const STAMP = join(DIR, 'stamp.json');
const SOURCE = join(ROOT, 'scripts', 'peppol', 'PeppolValidator.java');
const COMPILED_DIR = join(DIR, 'compiled-schematron');

export const FORMATS_DIR = process.env.SHARED_FORMATS_DIR ?? join(ROOT, '..', 'shared', 'formats');
export const UBL_MAINDOC_DIR = join(FORMATS_DIR, 'ubl-2.1', 'xsd', 'maindoc');
export const SCHEMATRON_FILES = [
  join(FORMATS_DIR, 'peppol-bis-3', 'sch', 'CEN-EN16931-UBL.sch'),
  join(FORMATS_DIR, 'peppol-bis-3', 'sch', 'PEPPOL-EN16931-UBL.sch'),
];

export interface PeppolValidation {
  file: string;
  root: string;
  xsdErrors: string[];
  fatal: string[];
  warnings: string[];
}

function run(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] }).status === 0;
}

export function ensurePeppolValidator(log: (m: string) => void = console.log): { classPath: string } {
  const pins = { saxon: SAXON_HE_VERSION, schxslt: SCHXSLT_VERSION, source: readFileSync(SOURCE, 'utf8').length };
  const classPath = `${join(DIR, 'classes')}:${join(DIR, 'lib', '*')}`;
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === JSON.stringify(pins)) return { classPath };
  for (const path of [UBL_MAINDOC_DIR, ...SCHEMATRON_FILES]) {
    if (!existsSync(path)) throw new Error(`The official validation files are missing: ${path} (set SHARED_FORMATS_DIR to the shared/formats folder)`);
  }
  log(`Installing the Peppol validator (Saxon-HE ${SAXON_HE_VERSION}, SchXslt ${SCHXSLT_VERSION} from Maven Central) into .tools/ (once)…`);
  mkdirSync(DIR, { recursive: true });
  writeFileSync(
    join(DIR, 'pom.xml'),
    `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>local</groupId><artifactId>peppol-validator</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>net.sf.saxon</groupId><artifactId>Saxon-HE</artifactId><version>${SAXON_HE_VERSION}</version></dependency>
    <dependency><groupId>name.dmaus.schxslt</groupId><artifactId>schxslt</artifactId><version>${SCHXSLT_VERSION}</version></dependency>
  </dependencies></project>\n`,
  );
  if (!run('mvn', ['-q', '-f', join(DIR, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${join(DIR, 'lib')}`])) {
    throw new Error('Could not fetch Saxon-HE and SchXslt from Maven Central (needs java and mvn).');
  }
  if (!run('javac', ['-cp', join(DIR, 'lib', '*'), '-d', join(DIR, 'classes'), SOURCE]))
    throw new Error('Could not compile scripts/peppol/PeppolValidator.java (needs a JDK 17+).');
  // Compile both Schematron files to XSLT now (a minute on a small machine), not in the first test.
  if (!run('java', ['-cp', classPath, 'PeppolValidator', UBL_MAINDOC_DIR, COMPILED_DIR, SCHEMATRON_FILES.join(',')]))
    throw new Error('Could not compile the Schematron files.');
  writeFileSync(STAMP, JSON.stringify(pins));
  return { classPath };
}

/**
 * Validates UBL files: the UBL 2.1 XSD of their root (Invoice or CreditNote) and both Schematron
 * files. A document is valid when it has no XSD error and no `fatal` assertion.
 */
export async function validatePeppolFiles(files: string[]): Promise<PeppolValidation[]> {
  const { classPath } = ensurePeppolValidator();
  const { stdout } = await promisify(execFile)(
    'java',
    ['-cp', classPath, 'PeppolValidator', UBL_MAINDOC_DIR, COMPILED_DIR, SCHEMATRON_FILES.join(','), ...files],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as PeppolValidation);
}
