import { describe, expect, it } from 'vitest';
import { computePayslip } from './compute-payslip';
import { explainLine, labelOf, ruleOf, wordLine } from './explain';
import { EXPLANATION_CASES } from './explain.cases';
import type { LineFactsKind } from './line-facts';
import { LINE_LABELS } from './line-labels';
import { PAYSLIP_LINE_CODES, type PayslipLine, type WordedPayslipLine } from './payslip-line';
import type { PayslipInput } from './payslip-input';
import { PAYROLL_RULES, ruleText } from './rules';
import type { Language } from './wording';

const LANGUAGES: Language[] = ['fr', 'nl', 'en'];

function lineWith(code: PayslipLine['code'], facts: PayslipLine['facts']): PayslipLine {
  return { code, side: code.startsWith('EMPLOYER_') ? 'employer' : 'worker', amountCents: 0, facts, rule: 'pay-for-hours', parameters: [], inputs: {} };
}

describe.shuffle('the words of each kind of line, in each language', () => {
  it.each(EXPLANATION_CASES.flatMap((c) => LANGUAGES.map((language) => [`${c.name}, ${language}`, c, language] as const)))('%s', (_, c, language) => {
    expect(explainLine(lineWith(c.code, c.facts))[language]).toBe(c.words[language]);
  });

  it('the cases cover every kind of facts', () => {
    // A Record over the kinds: a kind added to LineFacts without a case here does not compile.
    const kinds: Record<LineFactsKind, true> = {
      hours: true,
      'no-hours': true,
      'gross-pay': true,
      'thirteenth-month': true,
      'double-holiday-pay': true,
      'double-holiday-pay-supplement': true,
      'personal-social-security': true,
      'social-work-bonus': true,
      'social-work-bonus-part': true,
      'withholding-key-formula': true,
      'family-reduction': true,
      'fiscal-work-bonus': true,
      'special-social-security': true,
      'exceptional-withholding': true,
      'employer-contribution': true,
      'structural-reduction': true,
    };
    expect(new Set(EXPLANATION_CASES.map((c) => c.facts.kind))).toEqual(new Set(Object.keys(kinds)));
  });

  it('every line code has a label in the three languages, none empty, none shared by two codes', () => {
    for (const code of PAYSLIP_LINE_CODES) for (const language of LANGUAGES) expect(LINE_LABELS[code][language]).toMatch(/\S/);
    for (const language of LANGUAGES) expect(new Set(PAYSLIP_LINE_CODES.map((code) => LINE_LABELS[code][language])).size).toBe(PAYSLIP_LINE_CODES.length);
    expect(labelOf('WITHHOLDING_TAX')).toEqual({ fr: 'Précompte professionnel', nl: 'Bedrijfsvoorheffing', en: 'Withholding tax' });
  });
});

describe.shuffle('regularisations and payslips issued with their words', () => {
  const hours = lineWith('REGULAR_HOURS', { kind: 'hours', hours: 10, hourlyWageCents: 1650, premiumPercent: 0, amountCents: 16500 });

  it('a regularisation line says what it corrects, then why the line has its amount', () => {
    const line: PayslipLine = {
      ...hours,
      amountCents: 16500,
      regularisation: { period: '2026-09', number: '2026-09-00001', recomputedCents: 181500, paidCents: 165000, differenceCents: 16500 },
    };
    expect(explainLine(line)).toEqual({
      fr: 'Régularisation de 2026-09 (fiche 2026-09-00001) : recalculé 1\u202f815,00\u00a0€, déjà payé 1\u202f650,00\u00a0€, différence 165,00\u00a0€. 10 heures à 16,50\u00a0€ de l’heure : 165,00\u00a0€.',
      nl: 'Regularisatie van 2026-09 (loonbrief 2026-09-00001): herberekend €\u00a01.815,00, al betaald €\u00a01.650,00, verschil €\u00a0165,00. 10 uren tegen €\u00a016,50 per uur: €\u00a0165,00.',
      en: 'Regularisation of 2026-09 (payslip 2026-09-00001): recomputed €1,815.00, already paid €1,650.00, difference €165.00. 10 hours at €16.50 an hour: €165.00.',
    });
  });

  it('a line stored with its words before lines carried facts keeps the words it was issued with', () => {
    const issued: WordedPayslipLine = {
      code: 'GROSS_PAY',
      side: 'worker',
      amountCents: 200000,
      label: { fr: 'Brut', nl: 'Bruto', en: 'Gross' },
      explanation: { fr: 'Issued in French.', nl: 'Issued in Dutch.', en: 'Issued in English.' },
      rule: 'Monthly gross pay as agreed in the contract',
      parameters: [],
      inputs: { grossCents: 200000 },
    };
    expect(explainLine(issued)).toEqual(issued.explanation);
    expect(ruleOf(issued)).toBe('Monthly gross pay as agreed in the contract');
    // The label follows the code: one catalogue of names, whatever the line was stored with.
    expect(wordLine(issued)).toEqual({ code: 'GROSS_PAY', side: 'worker', amountCents: 200000, label: LINE_LABELS.GROSS_PAY, explanation: issued.explanation });
  });

  it('names each rule with its formula and the section of the facts reference it comes from', () => {
    expect(ruleText('personal-social-security')).toBe(
      'Personal social security contribution: gross × base share (108 % blue-collar) × rate, rounded half up to the cent (facts §1)',
    );
    expect(ruleText('monthly-gross-pay')).toBe('Monthly gross pay as agreed in the contract');
    expect(Object.keys(PAYROLL_RULES)).toHaveLength(17);
  });
});

describe.shuffle('the engine computes facts, never words', () => {
  const inputs: PayslipInput[] = [
    { period: '2025-01', payKind: 'regular', workerCategory: 'white-collar', grossCents: 300000, family: 'single', dependentChildren: 0 },
    {
      period: '2022-06',
      payKind: 'regular',
      workerCategory: 'blue-collar',
      hourlyWageCents: 1650,
      hours: { regular: 120, overtime: 4.5, night: 3 },
      workedHours: 120,
      family: 'couple-one-income',
      dependentChildren: 3,
      otherDependantsUnder65: 1,
      dependantsAged65OrMore: 1,
    },
    {
      period: '2025-06',
      payKind: 'double-holiday-pay',
      workerCategory: 'white-collar',
      grossCents: 280000,
      family: 'couple-two-incomes',
      dependentChildren: 2,
    },
    { period: '2024-12', payKind: 'thirteenth-month', workerCategory: 'blue-collar', grossCents: 250000, family: 'single', dependentChildren: 1 },
  ];
  const IDENTIFIER = /^[A-Za-z0-9_-]+$/;

  function stringsIn(value: unknown, path: string, found: [string, string][]): [string, string][] {
    if (typeof value === 'string') found.push([path, value]);
    else if (Array.isArray(value)) for (const [i, v] of value.entries()) stringsIn(v, `${path}[${i}]`, found);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringsIn(v, `${path}.${k}`, found);
    return found;
  }

  it.each(inputs.map((input) => [`${input.period} ${input.payKind} ${input.workerCategory}`, input] as const))(
    '%s: each line holds amounts, rates, hours and identifiers only',
    (_, input) => {
      const payslip = computePayslip(input);
      expect(payslip.lines.length).toBeGreaterThanOrEqual(5);
      for (const line of payslip.lines) {
        expect(Object.keys(line).sort()).toEqual(['amountCents', 'code', 'facts', 'inputs', 'parameters', 'rule', 'side']);
        expect(Object.keys(PAYROLL_RULES)).toContain(line.rule);
        // Parameters are the dated series' own references (name, value, source); the line adds no text to them.
        for (const parameter of line.parameters)
          expect(Object.keys(parameter).sort()).toEqual(['effectiveFrom', 'name', 'provisional', 'source', 'unit', 'value', 'verified']);
        const texts = stringsIn({ code: line.code, side: line.side, rule: line.rule, facts: line.facts, inputs: line.inputs }, line.code, []);
        expect(texts.filter(([, text]) => !IDENTIFIER.test(text))).toEqual([]);
      }
    },
  );
});
