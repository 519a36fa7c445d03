import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatEnterpriseNumber } from '../../domain/identifiers/enterprise-number';
import { assertCents, divideRoundingHalfUp, formatEuros, type Cents } from '../../domain/money';
import type { ContractSummary } from '../../domain/i18n/contract-summary';
import { brusselsDateOf, brusselsTimeOf, startOfBrusselsDay } from '../../domain/time/brussels';
import { assertCalendarDate, compareDates, dateParts, type CalendarDate } from '../../domain/time/dates';
import { contractWording, type ContractLanguage, type ContractSector, type ContractTerms, type ContractWording, type WorkerCategory } from './contract-wording';
import { DOCUMENT_FONT, printableText, serverPdfMake } from './fonts';

export interface ContractDocumentInput {
  language: ContractLanguage;
  contractId: string;
  /** YYYY-MM-DD: the day the contract is drawn up; also the PDF's creation date. */
  issuedOn: CalendarDate;
  cooperative: { name: string; enterpriseNumber: string; address: string };
  worker: {
    code: string;
    displayName: string;
    /** Already formatted (YY.MM.DD-SSS.CC), or null while the BIS number is not issued yet. */
    nationalNumber: string | null;
    address: string | null;
  };
  sector: ContractSector;
  jobTitle: string;
  jointCommittee: string;
  workerCategory: WorkerCategory;
  hourlyWageCents: Cents;
  weeklyHours: number;
  startDate: CalendarDate;
  endDate: CalendarDate;
  /**
   * The user company (its legal name) and the site, when the worker is placed under this
   * contract; null while not placed (the contract then says the site follows in writing);
   * undefined: not said (contracts drawn up before the workplace was printed).
   */
  workplace?: { employerName: string; enterpriseNumber: string | null; siteAddress: string } | null;
  /** The one-page summary in plain words, in the worker's language, on a page of its own. */
  summary?: ContractSummary;
  /** Present on the signed version: the page that records both signatures and what was signed. */
  signatures?: SignatureRecord;
}

export type SignatureMethod = 'password' | 'sms-code' | 'account';

export interface Signatory {
  party: 'worker' | 'cooperative';
  /** The legal name of the person who signed (the worker; the administrator for the cooperative). */
  legalName: string;
  /** Epoch ms of the signature. */
  signedAt: number;
  /** How the signer had signed in; 'account' when the engine does not know more. Never an IP address. */
  method: SignatureMethod;
}

export interface SignatureRecord {
  /** This document's version (2 for the first signed one). */
  version: number;
  /** The version both parties signed, stored unchanged: its id, number and SHA-256 (hex). */
  signed: { documentId: string; version: number; sha256: string };
  signatories: Signatory[];
}

/**
 * The fixed-term employment contract as a PDF, in the worker's language. The same input gives
 * the same bytes (the creation date comes from issuedOn, never from the clock), so a stored
 * contract can be checked against a re-rendering.
 */
export async function renderContractPdf(input: ContractDocumentInput): Promise<Buffer> {
  const definition = contractDocument(input);
  return serverPdfMake().createPdf(definition).getBuffer();
}

/** The monthly gross the wage gives at these hours: hourly × weekly hours × 52 / 12, to the cent. */
export function indicativeMonthlyWage(hourlyWageCents: Cents, weeklyHours: number): Cents {
  // Hours may carry two decimals (numeric(5,2)): count them in hundredths to stay in integers.
  return divideRoundingHalfUp(hourlyWageCents * weeklyHoursInHundredths(weeklyHours) * 52, 12 * 100);
}

/** "1 décembre 2026" / "1 december 2026". */
export function formatContractDate(date: CalendarDate, language: ContractLanguage): string {
  const { year, month, day } = dateParts(date);
  return `${day}\u00a0${contractWording[language].monthNames[month - 1]} ${year}`;
}

export function contractDocument(input: ContractDocumentInput): TDocumentDefinitions {
  checkInput(input);
  const w = contractWording[input.language];
  const money = (cents: Cents) => printableText(formatEuros(cents, input.language));
  const terms: ContractTerms = {
    jobTitle: input.jobTitle,
    sector: input.sector,
    jointCommittee: input.jointCommittee,
    workerCategory: input.workerCategory,
    weeklyHours: String(input.weeklyHours).replace('.', ','),
    hourlyWage: money(input.hourlyWageCents),
    monthlyWage: money(indicativeMonthlyWage(input.hourlyWageCents, input.weeklyHours)),
    startDate: formatContractDate(input.startDate, input.language),
    endDate: formatContractDate(input.endDate, input.language),
    issuedOn: formatContractDate(input.issuedOn, input.language),
  };

  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    language: input.language === 'fr' ? 'fr-BE' : 'nl-BE',
    info: {
      title: `${w.title} — ${input.worker.displayName}`,
      author: input.cooperative.name,
      subject: input.contractId,
      creator: input.cooperative.name,
      producer: input.cooperative.name,
      creationDate: new Date(startOfBrusselsDay(input.issuedOn)),
    },
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 10, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center' },
      law: { fontSize: 9, italics: true, alignment: 'center', color: '#444444' },
      heading: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      partyName: { bold: true },
      muted: { fontSize: 8.5, color: '#555555' },
    },
    footer: (page: number, pages: number) => ({
      text: w.footer(input.contractId, page, pages),
      style: 'muted',
      alignment: 'center',
      margin: [56, 24, 56, 0],
    }),
    content: [
      { text: input.cooperative.name, style: 'muted', alignment: 'center' },
      { text: w.title.toUpperCase(), style: 'title', margin: [0, 4, 0, 2] },
      { text: w.lawReference, style: 'law', margin: [0, 0, 0, 14] },
      ...parties(input, w),
      ...(input.workplace === undefined ? [] : [workplace(input.workplace, w)]),
      keyTerms(input, w, terms),
      // An article never splits, so a heading is never left alone at the foot of a page. Left
      // aligned: pdfmake's justification opens gaps at hyphens ("bruto- uurloon").
      ...w.articles(terms).map(
        (article): Content => ({
          stack: [{ text: article.heading, style: 'heading' }, ...article.paragraphs.map((p): Content => ({ text: p, margin: [0, 0, 0, 4] }))],
          unbreakable: true,
        }),
      ),
      signatures(input, w, terms),
      ...(input.summary ? [summaryPage(input.summary)] : []),
      ...(input.signatures ? [signaturePage(input, input.signatures, w)] : []),
    ],
  };
}

function workplace(place: Exclude<ContractDocumentInput['workplace'], undefined>, w: ContractWording): Content {
  const line = (label: string, value: string): Content => ({ text: [{ text: `${label} `, color: '#444444' }, value] });
  return {
    stack: place
      ? [
          { text: w.workplace.heading, style: 'heading', margin: [0, 0, 0, 2] },
          line(
            w.workplace.userCompany,
            place.enterpriseNumber ? `${place.employerName} (${formatEnterpriseNumber(place.enterpriseNumber)})` : place.employerName,
          ),
          line(w.workplace.site, place.siteAddress),
        ]
      : [{ text: w.workplace.heading, style: 'heading', margin: [0, 0, 0, 2] }, { text: w.workplace.notYetPlaced }],
    unbreakable: true,
    margin: [0, 0, 0, 4],
  };
}

/** The contract in plain words, on a page of its own, in the worker's language. */
function summaryPage(summary: ContractSummary): Content {
  return {
    stack: [
      { text: summary.title, style: 'title', margin: [0, 0, 0, 6] },
      { text: printableText(summary.intro), margin: [0, 0, 0, 8] },
      {
        table: {
          widths: [130, '*'],
          body: summary.points.map((p) => [{ text: p.question, bold: true }, { text: printableText(p.answer) }]),
        },
        layout: {
          hLineWidth: () => 0.3,
          vLineWidth: () => 0,
          hLineColor: () => '#999999',
          paddingTop: () => 4,
          paddingBottom: () => 4,
        },
      },
      { text: summary.disclaimer, italics: true, margin: [0, 8, 0, 0] },
    ],
    pageBreak: 'before',
    unbreakable: true,
  };
}

/** Who signed, when (Brussels time), how — never from where —, and the fingerprint of what they signed. */
function signaturePage(input: ContractDocumentInput, record: SignatureRecord, w: ContractWording): Content {
  const p = w.signaturePage;
  const order = { cooperative: 0, worker: 1 } as const;
  const signatories = [...record.signatories].sort((a, b) => order[a.party] - order[b.party]);
  const how = (m: SignatureMethod) => (m === 'password' ? p.method.password : m === 'sms-code' ? p.method.smsCode : p.method.account);
  return {
    stack: [
      { text: p.heading.toUpperCase(), style: 'title', margin: [0, 0, 0, 6] },
      { text: p.intro, margin: [0, 0, 0, 10] },
      ...signatories.map(
        (s): Content => ({
          stack: [
            { text: p.party[s.party], style: 'heading' },
            {
              table: {
                widths: [110, '*'],
                body: [
                  [
                    { text: p.legalName, color: '#444444' },
                    { text: s.legalName, bold: true },
                  ],
                  [
                    { text: p.signedAt, color: '#444444' },
                    { text: p.at(formatContractDate(brusselsDateOf(s.signedAt), input.language), brusselsTimeOf(s.signedAt)) },
                  ],
                  [{ text: p.how, color: '#444444' }, { text: how(s.method) }],
                ],
              },
              layout: 'noBorders',
            },
          ],
          unbreakable: true,
        }),
      ),
      { text: p.signedDocument, style: 'heading' },
      { text: p.hashNote(record.signed.version) },
      // Monospace is not embedded: the hash is split in groups of 16 so it wraps only between groups.
      { text: record.signed.sha256.match(/.{1,16}/g)!.join(' '), bold: true, margin: [0, 2, 0, 6] },
      { text: p.versions(record.version, record.signed.version, record.signed.documentId) },
      ...(input.workplace === undefined ? [] : [{ text: p.workplaceAtSigning(input.workplace !== null), margin: [0, 6, 0, 0] } as Content]),
    ],
    pageBreak: 'before',
  };
}

function parties(input: ContractDocumentInput, w: ContractWording): Content[] {
  const { cooperative, worker } = input;
  const line = (label: string, value: string): Content => ({ text: [{ text: `${label} `, color: '#444444' }, value] });
  return [
    { text: w.between, margin: [0, 0, 0, 2] },
    {
      columns: [
        {
          stack: [
            { text: w.employerHeading, style: 'heading', margin: [0, 0, 0, 2] },
            { text: cooperative.name, style: 'partyName' },
            line(w.enterpriseNumber, formatEnterpriseNumber(cooperative.enterpriseNumber)),
            line(w.seat, cooperative.address),
            { text: w.hereinafterCooperative, italics: true },
          ],
        },
        {
          stack: [
            { text: w.workerHeading, style: 'heading', margin: [0, 0, 0, 2] },
            { text: worker.displayName, style: 'partyName' },
            line(w.workerCode, worker.code),
            line(w.nationalNumber, worker.nationalNumber ?? w.nationalNumberNotYetIssued),
            ...(worker.address === null ? [] : [line(w.address, worker.address)]),
            { text: w.hereinafterWorker, italics: true },
          ],
        },
      ],
      columnGap: 24,
      margin: [0, 0, 0, 6],
    },
    { text: w.agreed, margin: [0, 0, 0, 4] },
  ];
}

/** The essentials in one box, so the worker finds pay, hours and dates without reading every article. */
function keyTerms(input: ContractDocumentInput, w: ContractWording, t: ContractTerms): Content {
  const rows: Array<[string, string]> = [
    [w.keyTerms.jobTitle, t.jobTitle],
    [w.keyTerms.sector, w.sectorNames[input.sector]],
    [w.keyTerms.jointCommittee, w.jointCommitteeNumber(input.jointCommittee)],
    [w.keyTerms.category, w.categoryNames[input.workerCategory]],
    [w.keyTerms.weeklyHours, w.hoursPerWeek(t.weeklyHours)],
    [w.keyTerms.hourlyWage, t.hourlyWage],
    [w.keyTerms.monthlyWage, t.monthlyWage],
    [w.keyTerms.startDate, t.startDate],
    [w.keyTerms.endDate, t.endDate],
  ];
  return {
    stack: [
      { text: w.keyTermsHeading, style: 'heading' },
      {
        table: {
          widths: [170, '*'],
          body: rows.map(([label, value]) => [
            { text: label, color: '#444444' },
            { text: value, bold: true },
          ]),
        },
        layout: {
          hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === node.table.body.length ? 0.8 : 0.3),
          vLineWidth: () => 0,
          hLineColor: () => '#999999',
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
      },
    ],
    unbreakable: true,
    margin: [0, 0, 0, 4],
  };
}

/** Place, date and both signatures stay together on one page. */
function signatures(input: ContractDocumentInput, w: ContractWording, t: ContractTerms): Content {
  const block = (heading: string, name: string, hint: string): Content => ({
    stack: [
      { text: heading, bold: true },
      { text: name },
      { canvas: [{ type: 'line', x1: 0, y1: 56, x2: 200, y2: 56, lineWidth: 0.6, lineColor: '#777777' }] },
      { text: hint, style: 'muted', margin: [0, 2, 0, 0] },
    ],
  });
  return {
    stack: [
      { text: w.signedAt(t.issuedOn), margin: [0, 0, 0, 16] },
      {
        columns: [
          block(w.cooperativeSignature, input.cooperative.name, w.cooperativeSignatureHint),
          block(w.workerSignature, input.worker.displayName, w.workerSignatureHint),
        ],
        columnGap: 40,
      },
    ],
    margin: [0, 12, 0, 0],
    unbreakable: true,
  };
}

/** A contract with wrong facts must not be printed: these are bugs upstream, not user input. */
function checkInput(input: ContractDocumentInput): void {
  if (!(input.language in contractWording)) throw new RangeError(`Contract language must be fr or nl, got ${JSON.stringify(input.language)}`);
  assertCalendarDate(input.issuedOn, 'issuedOn');
  assertCalendarDate(input.startDate, 'startDate');
  assertCalendarDate(input.endDate, 'endDate');
  if (compareDates(input.endDate, input.startDate) < 0) throw new RangeError(`The contract ends (${input.endDate}) before it starts (${input.startDate})`);
  assertCents(input.hourlyWageCents, 'hourlyWageCents');
  if (input.hourlyWageCents <= 0) throw new RangeError(`The hourly wage must be positive, got ${input.hourlyWageCents} cents`);
  weeklyHoursInHundredths(input.weeklyHours);
  if (input.signatures) {
    const { signatories, signed, version } = input.signatures;
    const parties = signatories
      .map((s) => s.party)
      .sort()
      .join(',');
    if (parties !== 'cooperative,worker')
      throw new RangeError(`A signed contract needs exactly one worker and one cooperative signatory, got ${parties || 'none'}`);
    if (!/^[0-9a-f]{64}$/.test(signed.sha256)) throw new RangeError("The signed version's SHA-256 must be 64 hexadecimal digits");
    if (!(version > signed.version)) throw new RangeError(`The signed version (${version}) must come after the version signed (${signed.version})`);
  }
}

function weeklyHoursInHundredths(weeklyHours: number): number {
  const hundredths = Math.round(weeklyHours * 100);
  if (!(weeklyHours > 0 && weeklyHours <= 60) || Math.abs(hundredths - weeklyHours * 100) > 1e-6) {
    throw new RangeError(`Weekly hours must be more than 0 and at most 60, with at most two decimals, got ${weeklyHours}`);
  }
  return hundredths;
}
