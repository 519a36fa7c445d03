import type { EntityManager } from '@mikro-orm/postgresql';
import type { CohortFacts } from '../domain/trajectory/cohort-report';
import type { LifeDomain, MeasureKind } from '../domain/trajectory/life-domains';
import type { TrajectoryOutcome, TrajectoryStatus } from '../domain/trajectory/trajectory';
import { Attendance, CoachingSession, Cohort, GroupSession, LifeDomainScore, Milestone, Participant, Testimony } from './entities';

/**
 * The facts a cohort report is computed from, read in one place for the API (JSON) and the
 * activity that prints the PDF, so both show the same figures. Notes are not read: they never
 * reach a cohort report.
 */
export async function loadCohortFacts(em: EntityManager, cohortId: string): Promise<CohortFacts | null> {
  const cohort = await em.findOne(Cohort, { id: cohortId });
  if (!cohort) return null;
  const participants = await em.find(Participant, { cohort: cohortId }, { orderBy: { createdAt: 'asc' } });
  const ids = participants.map((p) => p.id);
  const sessions = await em.find(GroupSession, { cohort: cohortId });
  const phaseOf = new Map(sessions.map((s) => [s.id, s.phase]));
  const [attendance, coaching, milestones, scores, testimonies] = ids.length
    ? await Promise.all([
        em.find(Attendance, { participant: { $in: ids } }),
        em.find(CoachingSession, { participant: { $in: ids } }, { fields: ['participant', 'durationMinutes'] }),
        em.find(Milestone, { participant: { $in: ids } }, { fields: ['participant', 'code', 'title', 'dueDate', 'completedOn'] }),
        em.find(LifeDomainScore, { participant: { $in: ids } }, { fields: ['participant', 'kind', 'quarter', 'domain', 'score'] }),
        em.find(Testimony, { participant: { $in: ids } }, { orderBy: { recordedOn: 'asc' } }),
      ])
    : [[], [], [], [], []];
  return {
    cohort: { id: cohort.id, name: cohort.name, startDate: cohort.startDate },
    participants: participants.map((p) => ({
      id: p.id,
      status: p.status as TrajectoryStatus,
      outcome: (p.outcome ?? null) as TrajectoryOutcome | null,
      consentTestimony: p.consentTestimony,
    })),
    groupSessions: sessions.map((s) => ({ phase: s.phase })),
    attendance: attendance.map((a) => ({
      participantId: a.participant,
      phase: phaseOf.get(a.session) ?? 'unknown',
      status: a.status as 'present' | 'excused' | 'absent',
    })),
    coachingSessions: coaching.map((s) => ({ participantId: s.participant, durationMinutes: s.durationMinutes })),
    milestones: milestones.map((m) => ({ participantId: m.participant, code: m.code, title: m.title, dueDate: m.dueDate, completedOn: m.completedOn ?? null })),
    scores: scores.map((s) => ({
      participantId: s.participant,
      kind: s.kind as MeasureKind,
      quarter: s.quarter,
      domain: s.domain as LifeDomain,
      score: s.score,
    })),
    testimonies: testimonies.map((t) => ({ participantId: t.participant, text: t.text, language: t.language })),
  };
}
