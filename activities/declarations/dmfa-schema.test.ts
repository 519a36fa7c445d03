import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDmfa } from '../../domain/declarations/dmfa';
import { generateQuarter } from '../../domain/declarations/dmfa.fixtures';
import { writeDmfaXml } from '../../domain/declarations/dmfa-xml';
import { monthsOfQuarter } from '../../domain/declarations/quarter';
import { DMFA_SCHEMA_PATH, validateDmfaXml } from './dmfa-schema';

/** The official schema and examples, beside the repository (shared/formats/dmfa). */
const SHARED = fileURLToPath(new URL('../../../shared/formats/dmfa/', import.meta.url));
const SHARED_SCHEMA = `${SHARED}DmfAOriginal_20223.xsd`;
const employer = { onssNumber: '199999934', enterpriseNumber: '0790123495' };
const options = { createdOn: '2026-04-02', createdAt: '09:30:00.000', reference: 'TC-2026Q1-V1' };

describe('DmfA XML against the ONSS schema DmfAOriginal 2022/3', () => {
  it('the schema kept in the repository is the official one in shared/formats', () => {
    expect(existsSync(SHARED_SCHEMA)).toBe(true);
    expect(readFileSync(DMFA_SCHEMA_PATH, 'utf8')).toBe(readFileSync(SHARED_SCHEMA, 'utf8'));
  });

  it.each(readdirSync(`${SHARED}examples`).filter((f) => f.endsWith('.xml')))('the official example %s validates', async (file) => {
    const result = await validateDmfaXml(readFileSync(`${SHARED}examples/${file}`, 'utf8'), SHARED_SCHEMA);
    expect(result.errors).toEqual([]);
  });

  it('a generated quarter of 200 workers (part-timer, blue-collar, early end, regularisation) validates', async () => {
    const q = generateQuarter(monthsOfQuarter('2026-Q1'), 200);
    const { declaration, exceptions } = buildDmfa({ quarter: '2026-Q1', employer, ...q });
    expect(exceptions).toEqual([]);
    const xml = writeDmfaXml(declaration, options);
    const result = await validateDmfaXml(xml, SHARED_SCHEMA);
    expect(result).toMatchObject({ valid: true, errors: [] });
    expect(xml.match(/<NaturalPerson>/g)).toHaveLength(200);
  });

  it('a one-worker quarter of a blue-collar worker validates too', async () => {
    const q = generateQuarter(monthsOfQuarter('2025-Q3'), 3);
    const only = (id: string) => ({
      workers: q.workers.filter((w) => w.workerId === id),
      contracts: q.contracts,
      payslips: q.payslips.filter((p) => p.workerId === id),
    });
    const { declaration } = buildDmfa({ quarter: '2025-Q3', employer, ...only(q.workers[2]!.workerId) });
    const result = await validateDmfaXml(writeDmfaXml(declaration, options), SHARED_SCHEMA);
    expect(result.errors).toEqual([]);
  });

  it('refuses a file the schema does not allow, naming the line, without the identifiers', async () => {
    const q = generateQuarter(monthsOfQuarter('2026-Q1'), 2);
    const xml = writeDmfaXml(buildDmfa({ quarter: '2026-Q1', employer, ...q }).declaration, options);
    const broken = xml.replace(/<INSS>(\d{11})<\/INSS>/, '<INSS>$1</INSS><INSS>$1</INSS>');
    const result = await validateDmfaXml(broken);
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatch(/INSS/);
    expect(result.errors.join(' ')).not.toMatch(/\d{11}/);
  });
});
