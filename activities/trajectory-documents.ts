import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { Actor } from '../domain/access/roles';
import type { CalendarDate } from '../domain/time/dates';
import { cohortReport } from '../domain/trajectory/cohort-report';
import type { LifeDomain, MeasureKind } from '../domain/trajectory/life-domains';
import { milestoneTitle } from '../domain/trajectory/milestones';
import { phaseOn } from '../domain/trajectory/trajectory';
import { recordAudit } from '../db/audit';
import { Attendance, CoachingSession, Cohort, GroupSession, LifeDomainScore, Milestone, Participant, StoredDocument, UserAccount } from '../db/entities';
import { loadCohortFacts } from '../db/trajectory-facts';
import type { ActivityDeps } from './deps';
import { renderCohortReportPdf, renderProgressReportPdf, type ProgressReportInput } from './documents/trajectory-report-pdf';
import type { ReportLanguage } from './documents/trajectory-wording';
import { NotFoundError } from './errors';
import { storedDocumentContent } from '../platform/crypto/field-cipher';

export interface IssueTrajectoryDocumentInput {
  documentId: string;
  kind: 'progress-report' | 'cohort-report';
  /** The participant (progress report) or the cohort (cohort report). */
  subjectId: string;
  language: ReportLanguage;
  issuedOn: CalendarDate;
  actor: Actor;
  requestId?: string | null;
}

/** The business key of a trajectory document: kind, subject and document, so a retry stores it once. */
export const trajectoryDocumentKey = (kind: string, subjectId: string, documentId: string) => `${kind}:${subjectId}:${documentId}`;

export function trajectoryDocumentActivities({ orm, cipher, cooperative }: ActivityDeps) {
  async function progressReportInput(participantId: string, language: ReportLanguage, issuedOn: CalendarDate): Promise<ProgressReportInput> {
    const em = orm.em.fork();
    const p = await em.findOne(Participant, { id: participantId });
    if (!p) throw new NotFoundError(`participant ${participantId}`);
    const [cohort, coach, scores, milestones, sessions, attendance] = await Promise.all([
      em.findOneOrFail(Cohort, { id: p.cohort }),
      em.findOne(UserAccount, { id: p.coach }, { fields: ['displayName'] }),
      em.find(LifeDomainScore, { participant: p.id }),
      em.find(Milestone, { participant: p.id }, { orderBy: { dueDate: 'asc' } }),
      em.find(CoachingSession, { participant: p.id }, { orderBy: { heldOn: 'asc' } }),
      em.find(Attendance, { participant: p.id }),
    ]);
    const groupSessions = attendance.length ? await em.find(GroupSession, { id: { $in: attendance.map((a) => a.session) } }) : [];
    const phases = [...new Set(groupSessions.map((g) => g.phase))];
    return {
      language,
      issuedOn,
      cooperativeName: cooperative.name,
      participant: { displayName: p.displayName, status: p.status, phase: phaseOn(cohort.startDate, issuedOn) },
      cohort: { name: cohort.name, startDate: cohort.startDate },
      coachName: coach?.displayName ?? '',
      scores: scores.map((s) => ({ kind: s.kind as MeasureKind, quarter: s.quarter, domain: s.domain as LifeDomain, score: s.score })),
      milestones: milestones.map((m) => ({
        title: milestoneTitle(m, language),
        dueDate: m.dueDate,
        completedOn: m.completedOn ?? null,
        summary: m.evidenceCipher
          ? (JSON.parse(cipher.decrypt(m.evidenceCipher, { table: 'milestone', column: 'evidence_cipher', id: m.id })) as { summary: string }).summary
          : null,
      })),
      attendance: phases.map((phase) => {
        const rows = attendance.filter((a) => groupSessions.find((g) => g.id === a.session)?.phase === phase);
        const count = (status: string) => rows.filter((r) => r.status === status).length;
        return { phase, present: count('present'), excused: count('excused'), absent: count('absent'), recorded: rows.length };
      }),
      sessions: sessions.map((s) => ({
        heldOn: s.heldOn,
        durationMinutes: s.durationMinutes,
        topics: s.topics,
        agreedNextSteps: cipher.decrypt(s.nextStepsCipher, { table: 'coaching_session', column: 'next_steps_cipher', id: s.id }),
      })),
    };
  }

  return {
    /**
     * Renders a progress report or a public cohort report and stores it, encrypted, with its audit
     * entry. An issued report is never changed: a later one is a new document.
     */
    async issueTrajectoryDocument(input: IssueTrajectoryDocumentInput): Promise<{ documentId: string }> {
      const businessKey = trajectoryDocumentKey(input.kind, input.subjectId, input.documentId);
      if (await orm.em.fork().count(StoredDocument, { businessKey })) return { documentId: input.documentId };
      let pdf: Buffer;
      let fileName: string;
      if (input.kind === 'progress-report') {
        const facts = await progressReportInput(input.subjectId, input.language, input.issuedOn);
        pdf = await renderProgressReportPdf(facts);
        fileName = `progress-report-${input.issuedOn}-${input.language}.pdf`;
      } else {
        const facts = await loadCohortFacts(orm.em.fork(), input.subjectId);
        if (!facts) throw new NotFoundError(`cohort ${input.subjectId}`);
        pdf = await renderCohortReportPdf(cohortReport(facts, input.language), input.language, input.issuedOn, cooperative.name);
        fileName = `cohort-report-${input.issuedOn}-${input.language}.pdf`;
      }
      try {
        await orm.em.fork().transactional(async (tx) => {
          tx.create(StoredDocument, {
            id: input.documentId,
            kind: input.kind,
            businessKey,
            workerId: null,
            fileName,
            contentType: 'application/pdf',
            language: input.language,
            contentCipher: cipher.encryptBytes(pdf, storedDocumentContent(input.documentId)),
            sha256: createHash('sha256').update(pdf).digest('hex'),
            sizeBytes: pdf.length,
          });
          recordAudit(tx, {
            actor: input.actor,
            action: `trajectory.${input.kind}-issued`,
            subjectType: input.kind === 'progress-report' ? 'participant' : 'cohort',
            subjectId: input.subjectId,
            requestId: input.requestId,
            idempotencyKey: businessKey,
            details: { documentId: input.documentId, language: input.language },
          });
        });
      } catch (err) {
        // A retry after a commit whose answer was lost: the document is already there.
        if (!(err instanceof UniqueConstraintViolationException)) throw err;
      }
      return { documentId: input.documentId };
    },
  };
}
