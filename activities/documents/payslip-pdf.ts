import type { Column, Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatEnterpriseNumber } from '../../domain/identifiers/enterprise-number';
import { normaliseIban, validateIban } from '../../domain/identifiers/iban';
import { normaliseNiss } from '../../domain/identifiers/niss';
import type { Cents } from '../../domain/money';
import { explainLine, labelOf, type PayslipLineCode, type PayslipTotals, type StoredPayslipLine } from '../../domain/payroll';
import { decimal, euros, percent } from '../../domain/payroll/wording';
import { startOfBrusselsDay } from '../../domain/time/brussels';
import { assertCalendarDate, dateParts, isCalendarMonth, type CalendarDate } from '../../domain/time/dates';
import { DOCUMENT_FONT, printableText, serverPdfMake } from './fonts';
import { payslipWording, type HourKindName, type PayslipLanguage, type PayslipWording } from './payslip-wording';

export type { PayslipLanguage } from './payslip-wording';

/** What a payslip shows; facts only, already decrypted and masked by the caller. */
export interface PayslipDocumentInput {
  language: PayslipLanguage;
  /** '2026-11-00042'. */
  number: string;
  /** 'YYYY-MM'. */
  period: string;
  kind: 'regular' | 'regularisation';
  /** The payslip a regularisation corrects. */
  corrects: { number: string; period: string } | null;
  /** 'YYYY-MM-DD': also the PDF's creation date (never the clock). */
  issuedOn: string;
  paymentDate: string;
  cooperative: { name: string; enterpriseNumber: string; onssNumber: string; address: string };
  /** nationalNumberLastDigits: the last 2 or 3 digits only (see nationalNumberLastDigits()). */
  worker: { code: string; displayName: string; nationalNumberLastDigits: string | null; address: string | null };
  employment: {
    jobTitle: string;
    jointCommittee: string;
    workerCategory: 'white-collar' | 'blue-collar';
    weeklyHours: number;
    fullTimeWeeklyHours: number;
    hourlyWageCents: number;
    contractStart: string;
    contractEnd: string;
  };
  /** Where the hours were worked. */
  placements: { employerName: string; minutes: number }[];
  minutesByKind: Record<HourKindName, number>;
  /** The payroll engine's lines, worker and employer side, worded by domain/payroll/explain.ts. */
  lines: StoredPayslipLine[];
  totals: PayslipTotals;
  provisional: boolean;
  /** ibanMasked: see maskIban(); a full IBAN is refused. */
  payment: { method: 'transfer'; ibanMasked: string } | { method: 'other' };
  taxSituation: { family: 'single' | 'couple-two-incomes' | 'couple-one-income'; dependentChildren: number; recorded: boolean };
}

/**
 * The payslip as a one-page A4 PDF in the worker's language. The same input gives the same bytes
 * (the creation date comes from issuedOn), so a stored payslip can be checked by re-rendering.
 * Plain text and rules only, no image: a payroll run renders thousands of them.
 */
export async function renderPayslipPdf(input: PayslipDocumentInput): Promise<Buffer> {
  return serverPdfMake().createPdf(payslipDocumentDefinition(input)).getBuffer();
}

/**
 * "BE** **** **** 0794": the country and the last four characters, the rest starred. Enough for a
 * worker to recognise their account, useless to anyone who finds the payslip.
 */
export function maskIban(iban: string): string {
  const electronic = normaliseIban(iban);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{4,30}$/.test(electronic)) throw new RangeError('iban: not an IBAN, cannot mask it');
  const hidden = `${electronic.slice(0, 2)}${'*'.repeat(electronic.length - 6)}`;
  return `${hidden.replace(/(.{4})(?=.)/g, '$1 ')} ${electronic.slice(-4)}`;
}

/** The last three digits of a national or BIS number (sequence digit + check digits), for display. */
export function nationalNumberLastDigits(niss: string): string {
  const digits = normaliseNiss(niss);
  if (!/^\d{11}$/.test(digits)) throw new RangeError('niss: not an 11-digit national number');
  return digits.slice(-3);
}

/** "**.**.**-**7.65": the printed shape of a national number, only the given last digits visible. */
function maskedNationalNumber(lastDigits: string): string {
  const shape = '**.**.**-***.**';
  let out = '';
  let remaining = lastDigits.length;
  for (let i = shape.length - 1; i >= 0; i--) {
    const c = shape[i]!;
    if (c === '*' && remaining > 0) out = lastDigits[--remaining]! + out;
    else out = c + out;
  }
  return out;
}

const HOUR_LINE_KIND: Partial<Record<PayslipLineCode, HourKindName>> = {
  REGULAR_HOURS: 'regular',
  OVERTIME_HOURS: 'overtime',
  NIGHT_HOURS: 'night',
  SUNDAY_HOURS: 'sunday',
  PUBLIC_HOLIDAY_HOURS: 'publicHoliday',
};
const EARNING_CODES = new Set<PayslipLineCode>([
  'GROSS_PAY',
  'REGULAR_HOURS',
  'OVERTIME_HOURS',
  'NIGHT_HOURS',
  'SUNDAY_HOURS',
  'PUBLIC_HOLIDAY_HOURS',
  'THIRTEENTH_MONTH',
  'DOUBLE_HOLIDAY_PAY',
  'DOUBLE_HOLIDAY_PAY_SUPPLEMENT',
]);

const MUTED = '#555555';
const RULE = '#999999';

/** Thin horizontal rules only: cheap to draw, easy to read on a phone. */
const linesLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === 1 || i === node.table.body.length ? 0.6 : 0.2),
  vLineWidth: () => 0,
  hLineColor: () => RULE,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 1.2,
  paddingBottom: () => 1.2,
};
const plainLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 6,
  paddingTop: () => 0.6,
  paddingBottom: () => 0.6,
};
const boxLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.6 : 0),
  vLineWidth: (i, node) => (i === 0 || i === (node.table.widths?.length ?? 1) ? 0.6 : 0),
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** The pdfmake definition of the payslip (exported so a benchmark can time bare pdfmake on it). */
export function payslipDocumentDefinition(input: PayslipDocumentInput): TDocumentDefinitions {
  checkInput(input);
  const language = input.language;
  const w = payslipWording[language];
  const money = (cents: Cents) => printableText(euros(cents)[language]);
  const date = (d: CalendarDate) => formatDate(d, w);
  const period = formatPeriod(input.period, w);
  const { totals } = input;

  return {
    pageSize: 'A4',
    pageMargins: [36, 32, 36, 40],
    language: language === 'fr' ? 'fr-BE' : language === 'nl' ? 'nl-BE' : 'en',
    info: {
      title: `${input.kind === 'regularisation' ? w.regularisationTitle : w.title} ${input.number} — ${period}`,
      author: input.cooperative.name,
      subject: input.number,
      creator: input.cooperative.name,
      producer: input.cooperative.name,
      creationDate: new Date(startOfBrusselsDay(input.issuedOn)),
    },
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 8, lineHeight: 1.1 },
    styles: {
      heading: { fontSize: 9, bold: true, margin: [0, 6, 0, 2] },
      label: { color: MUTED },
      small: { fontSize: 7 },
    },
    footer: (page: number, pages: number) => ({
      text: w.footer(input.number, page, pages),
      fontSize: 7,
      color: MUTED,
      alignment: 'center',
      margin: [36, 14, 36, 0],
    }),
    content: [
      header(input, w, period, date),
      ...notices(input, w),
      parties(input, w),
      employmentFacts(input, w, money, date),
      { text: w.linesHeading, style: 'heading' },
      workerLinesTable(input, w, money),
      {
        columns: [totalsBox(input, w, money), employerBlock(input, w, money)],
        columnGap: 14,
        margin: [0, 6, 0, 0],
      },
      { text: w.whyHeading(money(totals.netCents)), style: 'heading', margin: [0, 8, 0, 2] },
      whyBlock(input, w, money),
    ],
  };
}

function header(input: PayslipDocumentInput, w: PayslipWording, period: string, date: (d: CalendarDate) => string): Content {
  const fact = (label: string, value: string): Content => ({
    text: [
      { text: `${label} `, style: 'label' },
      { text: value, bold: true },
    ],
  });
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: input.kind === 'regularisation' ? w.regularisationTitle : w.title, fontSize: 15, bold: true },
          { text: period, fontSize: 11 },
        ],
      },
      {
        width: 'auto',
        stack: [fact(w.number, input.number), fact(w.issuedOn, date(input.issuedOn)), fact(w.paymentDate, date(input.paymentDate))],
        alignment: 'right',
      },
    ],
    margin: [0, 0, 0, 4],
  };
}

function notices(input: PayslipDocumentInput, w: PayslipWording): Content[] {
  const out: Content[] = [];
  const box = (text: string, color: string): Content => ({
    table: { widths: ['*'], body: [[{ text, color, bold: true }]] },
    layout: boxLayout,
    margin: [0, 2, 0, 2],
  });
  if (input.kind === 'regularisation' && input.corrects) {
    out.push(box(w.corrects(input.corrects.number, formatPeriod(input.corrects.period, w)), '#7a3b00'));
  }
  if (input.provisional) out.push(box(w.provisional, '#8a1c1c'));
  return out;
}

function parties(input: PayslipDocumentInput, w: PayslipWording): Content {
  const { cooperative, worker } = input;
  const row = (label: string, value: string): TableCell[] => [{ text: label, style: 'label' }, { text: value }];
  const party = (heading: string, name: string, rows: TableCell[][]): Content => ({
    stack: [
      { text: heading, style: 'heading', margin: [0, 2, 0, 1] },
      { text: name, bold: true, fontSize: 9 },
      { table: { widths: ['auto', '*'], body: rows }, layout: plainLayout },
    ],
  });
  return {
    columns: [
      party(w.employer, cooperative.name, [
        row(w.enterpriseNumber, formatEnterpriseNumber(cooperative.enterpriseNumber)),
        row(w.onssNumber, cooperative.onssNumber),
        row('', cooperative.address),
      ]),
      party(w.worker, worker.displayName, [
        row(w.workerCode, worker.code),
        row(w.nationalNumber, worker.nationalNumberLastDigits === null ? w.nationalNumberNotIssued : maskedNationalNumber(worker.nationalNumberLastDigits)),
        ...(worker.address === null ? [] : [row('', worker.address)]),
      ]),
    ],
    columnGap: 18,
  };
}

function employmentFacts(input: PayslipDocumentInput, w: PayslipWording, money: (c: Cents) => string, date: (d: CalendarDate) => string): Content {
  const e = input.employment;
  const n = (x: number) => decimal(x)[input.language];
  const cell = (label: string, value: string): TableCell => ({ text: [{ text: `${label}\n`, style: 'label', fontSize: 7 }, { text: value }] });
  const tax = input.taxSituation;
  const taxText = tax.recorded ? `${w.familyNames[tax.family]}, ${w.children(tax.dependentChildren)}` : w.taxSituationMissing;
  const placements = input.placements.map((p) => `${p.employerName} (${w.hoursShort(formatHours(p.minutes, input.language))})`).join(' · ');
  return {
    stack: [
      {
        table: {
          widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto'],
          body: [
            [
              cell(w.jobTitle, e.jobTitle),
              cell(w.jointCommittee, w.jointCommitteeNumber(e.jointCommittee)),
              cell(w.category, w.categoryNames[e.workerCategory]),
              cell(w.workingTime, w.hoursPerWeek(n(e.weeklyHours), n(e.fullTimeWeeklyHours))),
              cell(w.hourlyWage, money(e.hourlyWageCents)),
              cell(w.contract, w.fromTo(date(e.contractStart), date(e.contractEnd))),
            ],
          ],
        },
        layout: { ...plainLayout, paddingRight: () => 8 },
        margin: [0, 6, 0, 2],
      },
      ...(placements ? [{ text: [{ text: `${w.workedAt} `, style: 'label' }, placements] } as Content] : []),
      { text: [{ text: `${w.taxSituation} `, style: 'label' }, taxText] },
    ],
  };
}

/** Every worker line with its amount; hour lines also show the hours and the rate. */
function workerLinesTable(input: PayslipDocumentInput, w: PayslipWording, money: (c: Cents) => string): Content {
  const language = input.language;
  const body: TableCell[][] = [
    [
      { text: w.item, bold: true },
      { text: w.hours, bold: true, alignment: 'right' },
      { text: w.rate, bold: true, alignment: 'right' },
      { text: w.amount, bold: true, alignment: 'right' },
    ],
  ];
  const subtotal = (label: string, cents: Cents) => body.push([{ text: label, bold: true }, '', '', { text: money(cents), bold: true, alignment: 'right' }]);
  let grossShown = false;
  for (const line of input.lines) {
    if (line.side !== 'worker') continue;
    if (!grossShown && !EARNING_CODES.has(line.code)) {
      subtotal(w.totals.gross, input.totals.grossCents);
      grossShown = true;
    }
    const kind = HOUR_LINE_KIND[line.code];
    let hours = '';
    let rate = '';
    if (kind) {
      hours = formatHours(input.minutesByKind[kind], language);
      const premiumPercent = Number(line.inputs.premiumPercent ?? 0);
      rate = money(Number(line.inputs.hourlyWageCents ?? input.employment.hourlyWageCents));
      if (premiumPercent > 0) rate += ` ${w.premium(percent(premiumPercent)[language])}`;
    }
    body.push([
      labelOf(line)[language],
      { text: hours, alignment: 'right' },
      { text: rate, alignment: 'right' },
      { text: money(line.amountCents), alignment: 'right' },
    ]);
  }
  if (!grossShown) subtotal(w.totals.gross, input.totals.grossCents);
  subtotal(w.totals.net, input.totals.netCents);
  return { table: { headerRows: 1, widths: ['*', 42, 78, 62], body }, layout: linesLayout };
}

function totalsBox(input: PayslipDocumentInput, w: PayslipWording, money: (c: Cents) => string): Column {
  const t = input.totals;
  const row = (label: string, cents: Cents, sign = ''): TableCell[] => [label, { text: `${sign}${money(cents)}`, alignment: 'right' }];
  const minus = '−\u00a0';
  return {
    width: '*',
    stack: [
      { text: w.totalsHeading, style: 'heading', margin: [0, 0, 0, 2] },
      {
        table: {
          widths: ['*', 'auto'],
          body: [
            row(w.totals.gross, t.grossCents),
            row(w.totals.personalSocialSecurity, t.personalSocialSecurityCents, minus),
            row(w.totals.socialWorkBonus, t.socialWorkBonusCents, '+\u00a0'),
            row(w.totals.taxable, t.taxableCents),
            row(w.totals.withholding, t.withholdingTaxCents, minus),
            row(w.totals.special, t.specialSocialSecurityContributionCents, minus),
          ],
        },
        layout: { ...plainLayout, paddingRight: () => 0 },
      },
      {
        table: {
          widths: ['*', 'auto'],
          body: [
            [
              { text: w.totals.net, bold: true, fontSize: 11 },
              { text: money(t.netCents), bold: true, fontSize: 11, alignment: 'right' },
            ],
            [{ text: input.payment.method === 'transfer' ? w.paidTo(input.payment.ibanMasked) : w.paidOtherwise, colSpan: 2, fontSize: 7.5 }, ''],
          ],
        },
        layout: boxLayout,
        margin: [0, 4, 0, 0],
      },
    ],
  };
}

/** The employer's side, compact: what the cooperative pays on top of the gross. */
function employerBlock(input: PayslipDocumentInput, w: PayslipWording, money: (c: Cents) => string): Column {
  const rows: TableCell[][] = input.lines
    .filter((line) => line.side === 'employer')
    .map((line) => [labelOf(line)[input.language], { text: money(line.amountCents), alignment: 'right' }]);
  rows.push([
    { text: w.employerCost, bold: true },
    { text: money(input.totals.employerCostCents), bold: true, alignment: 'right' },
  ]);
  return {
    width: '*',
    stack: [
      { text: w.employerHeading, style: 'heading', margin: [0, 0, 0, 2] },
      { text: w.employerIntro, style: ['small', 'label'] },
      { table: { widths: ['*', 'auto'], body: rows }, layout: { ...plainLayout, paddingRight: () => 0 }, style: 'small', color: '#333333' },
    ],
  };
}

/** "Why is my net this amount": one summary sentence, then the engine's explanation of each line. */
function whyBlock(input: PayslipDocumentInput, w: PayslipWording, money: (c: Cents) => string): Content {
  const t = input.totals;
  const language = input.language;
  const summary = w.whySummary({
    gross: money(t.grossCents),
    socialSecurity: money(t.personalSocialSecurityCents - t.socialWorkBonusCents),
    withholding: money(t.withholdingTaxCents),
    special: money(t.specialSocialSecurityContributionCents),
    net: money(t.netCents),
  });
  const explanations = input.lines
    .filter((line) => line.side === 'worker' && line.amountCents !== 0)
    .map(
      (line): Content => ({ text: [{ text: `${labelOf(line)[language]}. `, bold: true }, printableText(explainLine(line)[language])], margin: [0, 0, 0, 1.5] }),
    );
  const half = Math.ceil(explanations.length / 2);
  return {
    stack: [
      { text: summary, margin: [0, 0, 0, 3] },
      { columns: [{ stack: explanations.slice(0, half) }, { stack: explanations.slice(half) }], columnGap: 14, fontSize: 6.8 },
    ],
  };
}

/** "7,50" (fr, nl) or "7.50" (en): hours with two decimals, from whole minutes. */
function formatHours(minutes: number, language: PayslipLanguage): string {
  const hundredths = Math.round((Math.abs(minutes) * 100) / 60);
  const rest = hundredths % 100;
  return `${minutes < 0 ? '-' : ''}${(hundredths - rest) / 100}${language === 'en' ? '.' : ','}${rest < 10 ? '0' : ''}${rest}`;
}

function formatDate(date: CalendarDate, w: PayslipWording): string {
  const { year, month, day } = dateParts(date);
  return `${day}\u00a0${w.monthNames[month - 1]} ${year}`;
}

function formatPeriod(period: string, w: PayslipWording): string {
  return `${w.monthNames[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
}

/** A payslip with impossible or unmasked facts must not be printed: these are bugs upstream. */
function checkInput(input: PayslipDocumentInput): void {
  if (!(input.language in payslipWording)) throw new RangeError(`language: must be fr, nl or en, got ${JSON.stringify(input.language)}`);
  if (!isCalendarMonth(input.period)) throw new RangeError(`period: must be YYYY-MM, got ${JSON.stringify(input.period)}`);
  assertCalendarDate(input.issuedOn, 'issuedOn');
  assertCalendarDate(input.paymentDate, 'paymentDate');
  assertCalendarDate(input.employment.contractStart, 'employment.contractStart');
  assertCalendarDate(input.employment.contractEnd, 'employment.contractEnd');
  if (input.kind === 'regularisation') {
    if (!input.corrects) throw new RangeError('corrects: a regularisation names the payslip it corrects');
    if (!isCalendarMonth(input.corrects.period)) throw new RangeError(`corrects.period: must be YYYY-MM, got ${JSON.stringify(input.corrects.period)}`);
  }
  const last = input.worker.nationalNumberLastDigits;
  if (last !== null && !/^\d{2,3}$/.test(last)) throw new RangeError('worker.nationalNumberLastDigits: only the last 2 or 3 digits may be printed');
  if (input.payment.method === 'transfer') {
    const shown = input.payment.ibanMasked;
    if (validateIban(shown).ok || (shown.match(/\d/g)?.length ?? 0) > 6) throw new RangeError('payment.ibanMasked: the IBAN must be masked (see maskIban)');
  }
  for (const [kind, minutes] of Object.entries(input.minutesByKind)) {
    // A regularisation may take hours back (a correction that removed hours); a month cannot.
    if (!Number.isSafeInteger(minutes) || (minutes < 0 && input.kind === 'regular')) {
      throw new RangeError(`minutesByKind.${kind}: must be whole minutes, got ${minutes}`);
    }
  }
}
