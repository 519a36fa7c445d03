import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { startOfBrusselsDay } from '../../domain/time/brussels';
import { compareDates, dateParts, type CalendarDate } from '../../domain/time/dates';
import { formatDuration } from '../../domain/time/durations';
import type { CohortReport, Figure } from '../../domain/trajectory/cohort-report';
import { LIFE_DOMAINS, type LifeDomain, type MeasureKind } from '../../domain/trajectory/life-domains';
import { DOCUMENT_FONT, printableText, serverPdfMake } from './fonts';
import { trajectoryWording, type ReportLanguage, type TrajectoryWording } from './trajectory-wording';

/** What a participant's progress report shows; facts only, already decrypted by the caller. */
export interface ProgressReportInput {
  language: ReportLanguage;
  issuedOn: CalendarDate;
  cooperativeName: string;
  participant: { displayName: string; status: string; phase: string };
  cohort: { name: string; startDate: CalendarDate };
  coachName: string;
  scores: Array<{ kind: MeasureKind; quarter: number; domain: LifeDomain; score: number }>;
  milestones: Array<{ title: string; dueDate: CalendarDate; completedOn: CalendarDate | null; summary: string | null }>;
  /** Per phase: present, excused, absent without excuse, of the sessions recorded. */
  attendance: Array<{ phase: string; present: number; excused: number; absent: number; recorded: number }>;
  sessions: Array<{ heldOn: CalendarDate; durationMinutes: number; topics: string[]; agreedNextSteps: string }>;
}

const formatDate = (date: CalendarDate, w: TrajectoryWording) => {
  const { year, month, day } = dateParts(date);
  return `${day}\u00a0${w.monthNames[month - 1]} ${year}`;
};
const formatNumber = (x: number, language: ReportLanguage, digits = 1) =>
  printableText(new Intl.NumberFormat(language === 'fr' ? 'fr-BE' : 'nl-BE', { maximumFractionDigits: digits }).format(x));

const table = (widths: Array<string | number>, header: string[], rows: string[][]): Content => ({
  table: { headerRows: 1, widths, body: [header.map((h) => ({ text: h, bold: true })), ...rows] },
  layout: 'lightHorizontalLines',
  margin: [0, 2, 0, 8],
});

function frame(language: ReportLanguage, title: string, author: string, issuedOn: CalendarDate, content: Content[]): TDocumentDefinitions {
  const w = trajectoryWording[language];
  return {
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    language: language === 'fr' ? 'fr-BE' : 'nl-BE',
    // The creation date comes from issuedOn, never from the clock: the same facts give the same bytes.
    info: { title, author, creator: author, producer: author, creationDate: new Date(startOfBrusselsDay(issuedOn)) },
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 9.5, lineHeight: 1.2 },
    styles: { title: { fontSize: 15, bold: true }, heading: { fontSize: 11, bold: true, margin: [0, 10, 0, 3] }, muted: { fontSize: 8.5, color: '#555555' } },
    footer: (page: number, pages: number) => ({ text: w.footer(page, pages), style: 'muted', alignment: 'center', margin: [48, 20, 48, 0] }),
    content,
  };
}

/** The progress report of one participant, in French or Dutch. Notes never appear in it. */
export async function renderProgressReportPdf(input: ProgressReportInput): Promise<Buffer> {
  const w = trajectoryWording[input.language];
  const latest = (kind: MeasureKind, domain: LifeDomain) =>
    input.scores.filter((s) => s.kind === kind && s.domain === domain).sort((a, b) => b.quarter - a.quarter)[0]?.score;
  const cell = (x: number | undefined) => (x === undefined ? w.suppressed : String(x));
  const minutes = input.sessions.reduce((t, s) => t + s.durationMinutes, 0);
  const content: Content[] = [
    { text: input.cooperativeName, style: 'muted' },
    { text: w.progressTitle, style: 'title', margin: [0, 2, 0, 6] },
    { text: w.confidential, style: 'muted', margin: [0, 0, 0, 8] },
    {
      text: [
        { text: `${w.participant} `, color: '#444444' },
        { text: input.participant.displayName, bold: true },
      ],
    },
    { text: [{ text: `${w.cohort} `, color: '#444444' }, input.cohort.name] },
    { text: [{ text: `${w.coach} `, color: '#444444' }, input.coachName] },
    { text: w.period(formatDate(input.cohort.startDate, w), formatDate(input.issuedOn, w)) },
    {
      text: [
        { text: `${w.status} `, color: '#444444' },
        w.statuses[input.participant.status] ?? input.participant.status,
        '   ',
        { text: `${w.phase} `, color: '#444444' },
        w.phases[input.participant.phase] ?? input.participant.phase,
      ],
    },
    { text: w.lifeDomainsHeading, style: 'heading' },
    { text: w.lifeDomainsHint, style: 'muted' },
    table(
      ['*', 60, 70, 70],
      ['', w.measures.baseline, w.measures.midline, w.measures.endline],
      LIFE_DOMAINS.map((d) => [w.domains[d], cell(latest('baseline', d)), cell(latest('midline', d)), cell(latest('endline', d))]),
    ),
    { text: w.milestonesHeading, style: 'heading' },
    table(
      ['*', 80, 80, 60],
      [w.milestoneColumns.milestone, w.milestoneColumns.due, w.milestoneColumns.reached, w.milestoneColumns.onTime],
      input.milestones.map((m) => [
        m.summary ? `${m.title}\n${m.summary}` : m.title,
        formatDate(m.dueDate, w),
        m.completedOn ? formatDate(m.completedOn, w) : w.notYet,
        m.completedOn ? (compareDates(m.completedOn, m.dueDate) <= 0 ? w.yes : w.no) : '',
      ]),
    ),
    { text: w.attendanceHeading, style: 'heading' },
    ...input.attendance.map((a): Content => ({ text: `${w.phases[a.phase] ?? a.phase}: ${w.attendanceLine(a)}` })),
    { text: w.coachingHeading, style: 'heading' },
    { text: w.coachingSummary(input.sessions.length, formatDuration(minutes, input.language)) },
    ...(input.sessions.length
      ? [
          table(
            [70, 45, 120, '*'],
            [w.sessionColumns.date, w.sessionColumns.duration, w.sessionColumns.topics, w.sessionColumns.nextSteps],
            input.sessions.map((s) => [formatDate(s.heldOn, w), formatDuration(s.durationMinutes, input.language), s.topics.join(', '), s.agreedNextSteps]),
          ),
        ]
      : []),
  ];
  return serverPdfMake()
    .createPdf(frame(input.language, `${w.progressTitle} — ${input.participant.displayName}`, input.cooperativeName, input.issuedOn, content))
    .getBuffer();
}

/** The public cohort report: the anonymised figures of cohortReport(), suppressed ones as a dash. */
export async function renderCohortReportPdf(report: CohortReport, language: ReportLanguage, issuedOn: CalendarDate, cooperativeName: string): Promise<Buffer> {
  const w = trajectoryWording[language];
  const fig = (f: Figure, percent = false) =>
    f.suppressed || f.value === null ? w.suppressed : percent ? `${formatNumber(f.value * 100, language, 0)}\u00a0%` : formatNumber(f.value, language, 2);
  const duration = (hours: Figure) => (hours.suppressed ? w.suppressed : formatDuration(hours.value * 60, language));
  const counts = (rows: CohortReport['statuses'], names: Record<string, string>) =>
    table(
      ['*', 60],
      ['', ''],
      rows.map((r) => [names[r.category] ?? r.category, r.suppressed ? w.suppressed : String(r.count)]),
    );
  const content: Content[] = [
    { text: cooperativeName, style: 'muted' },
    { text: w.cohortTitle, style: 'title', margin: [0, 2, 0, 6] },
    { text: w.publicNotice(report.minGroupSize), style: 'muted', margin: [0, 0, 0, 8] },
    {
      text: [
        { text: `${w.cohort} `, color: '#444444' },
        { text: report.cohort.name, bold: true },
      ],
    },
    { text: w.period(formatDate(report.cohort.startDate, w), formatDate(issuedOn, w)) },
    { text: [{ text: `${w.participantsLine} `, color: '#444444' }, fig(report.participants)] },
    { text: w.statusesHeading, style: 'heading' },
    counts(report.statuses, w.statuses),
    { text: w.attendanceHeading, style: 'heading' },
    table(
      ['*', 45, 60, 60, 60],
      [w.rateColumns.phase, w.rateColumns.sessions, w.rateColumns.rate, w.rateColumns.excused, w.rateColumns.absent],
      report.attendance.map((a) => [w.phases[a.phase] ?? a.phase, String(a.sessions), fig(a.rate, true), fig(a.excusedRate, true), fig(a.absentRate, true)]),
    ),
    table(
      ['*', 120],
      [w.coachingColumns.hours, w.coachingColumns.sessions],
      [[duration(report.coaching.hoursPerParticipant), fig(report.coaching.sessionsPerParticipant)]],
    ),
    { text: w.milestonesHeading, style: 'heading' },
    table(
      ['*', 70, 80],
      [w.milestoneColumns.milestone, w.reachedRate, w.onTimeRate],
      report.milestones.map((m) => [m.title, fig(m.reachedRate, true), fig(m.onTimeRate, true)]),
    ),
    { text: w.lifeDomainsHeading, style: 'heading' },
    { text: w.lifeDomainsHint, style: 'muted' },
    table(
      ['*', 55, 70, 70, 55],
      ['', w.measures.baseline, w.measures.midline, w.measures.endline, w.measures.change],
      report.lifeDomains.map((d) => [w.domains[d.domain], fig(d.baseline), fig(d.midline), fig(d.endline), fig(d.change)]),
    ),
    { text: w.outcomesHeading, style: 'heading' },
    counts(report.outcomes, w.outcomes),
    ...(report.testimonies.length
      ? [
          { text: w.testimoniesHeading, style: 'heading' } as Content,
          ...report.testimonies.map((t): Content => ({ text: w.quote(t.text), italics: true, margin: [0, 0, 0, 4] })),
        ]
      : []),
  ];
  return serverPdfMake()
    .createPdf(frame(language, `${w.cohortTitle} — ${report.cohort.name}`, cooperativeName, issuedOn, content))
    .getBuffer();
}
