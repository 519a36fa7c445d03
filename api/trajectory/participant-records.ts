import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../domain/access/roles';
import { recordAudit } from '../../db/audit';
import { addDays } from '../../domain/time/dates';
import { whatIsDue } from '../../domain/trajectory/due';
import { milestoneTitle, type MilestoneEvidence, type MilestoneLanguage } from '../../domain/trajectory/milestones';
import { phaseOn, type TrajectoryStatus } from '../../domain/trajectory/trajectory';
import {
  Attendance,
  CoachReminder,
  CoachingSession,
  Cohort,
  GroupSession,
  LifeDomainScore,
  Milestone,
  Participant,
  TrajectoryEvent,
  type IParticipant,
} from '../../db/entities';
import type { FieldCipher } from '../../platform/crypto/field-cipher';
import { problems } from '../http/problem';
import type { coachingSessionRequest, participantSummary, participantView } from './schemas';

/** Reminders older than this have done their job: the due list says what is still open. */
const RECENT_REMINDER_DAYS = 30;

/**
 * A participant the principal may see: admins all, a coach their own. Anyone else is told the
 * participant does not exist, so ids cannot be probed.
 */
export async function findVisibleParticipant(em: EntityManager, principal: Principal, participantId: string): Promise<IParticipant> {
  const participant = await em.findOne(Participant, { id: participantId });
  const visible = participant && (principal.role === 'admin' || (principal.role === 'coach' && participant.coach === principal.userId));
  if (!visible) throw problems.notFound('participant');
  return participant;
}

/** The participants a principal follows: all for an admin, their own for a coach. */
export async function visibleParticipants(em: EntityManager, principal: Principal, cohortId?: string): Promise<IParticipant[]> {
  return em.find(
    Participant,
    { ...(principal.role === 'admin' ? {} : { coach: principal.userId }), ...(cohortId ? { cohort: cohortId } : {}) },
    { orderBy: { displayName: 'asc' } },
  );
}

/** Each participant with what is due in the coming weeks and the coach's recent reminders. */
export async function participantSummaries(
  em: EntityManager,
  participants: IParticipant[],
  today: string,
  language: MilestoneLanguage = 'en',
): Promise<Array<z.infer<typeof participantSummary>>> {
  if (participants.length === 0) return [];
  const ids = participants.map((p) => p.id);
  const [cohorts, milestones, reviews, reminders] = await Promise.all([
    em.find(Cohort, { id: { $in: [...new Set(participants.map((p) => p.cohort))] } }, { fields: ['id', 'startDate'] }),
    em.find(Milestone, { participant: { $in: ids } }, { orderBy: { dueDate: 'asc' } }),
    em.find(LifeDomainScore, { participant: { $in: ids }, kind: 'midline', domain: 'income' }, { fields: ['participant', 'quarter'] }),
    em.find(
      CoachReminder,
      { participant: { $in: ids }, raisedAt: { $gte: new Date(Date.parse(addDays(today, -RECENT_REMINDER_DAYS))) } },
      { orderBy: { raisedAt: 'desc' } },
    ),
  ]);
  const startOf = new Map(cohorts.map((c) => [c.id, c.startDate]));
  return participants.map((p) => {
    const cohortStart = startOf.get(p.cohort)!;
    const status = p.status as TrajectoryStatus;
    return {
      id: p.id,
      cohortId: p.cohort,
      displayName: p.displayName,
      language: p.language as 'fr' | 'nl',
      coachId: p.coach,
      status,
      phase: phaseOn(cohortStart, today),
      due: whatIsDue(
        {
          status,
          cohortStart,
          intakeDue: p.intakeDue,
          milestones: milestones
            .filter((m) => m.participant === p.id)
            .map((m) => ({ code: m.code, title: milestoneTitle(m, language), dueDate: m.dueDate, completedOn: m.completedOn ?? null })),
          reviewsRecorded: reviews.filter((r) => r.participant === p.id).map((r) => r.quarter),
        },
        today,
      ),
      reminders: reminders
        .filter((r) => r.participant === p.id && r.coachId === p.coach)
        .map((r) => ({ kind: r.kind, message: r.message, dueDate: r.dueDate, raisedAt: r.raisedAt.toISOString() })),
    };
  });
}

/** The whole file of a participant, notes and evidence decrypted; standard milestone titles in `language`. The caller records the read. */
export async function participantDetail(
  em: EntityManager,
  cipher: FieldCipher,
  p: IParticipant,
  today: string,
  language: MilestoneLanguage = 'en',
): Promise<z.infer<typeof participantView>> {
  const [summary] = await participantSummaries(em, [p], today, language);
  const [scores, milestones, sessions, attendance, events] = await Promise.all([
    em.find(LifeDomainScore, { participant: p.id }, { orderBy: { quarter: 'asc', domain: 'asc' } }),
    em.find(Milestone, { participant: p.id }, { orderBy: { dueDate: 'asc' } }),
    em.find(CoachingSession, { participant: p.id }, { orderBy: { heldOn: 'desc' } }),
    em.find(Attendance, { participant: p.id }),
    em.find(TrajectoryEvent, { participant: p.id }, { orderBy: { recordedAt: 'asc' } }),
  ]);
  const groupSessions = attendance.length ? await em.find(GroupSession, { id: { $in: attendance.map((a) => a.session) } }) : [];
  return {
    ...summary!,
    consent: { testimony: p.consentTestimony, photos: p.consentPhotos, recordedAt: p.consentRecordedAt?.toISOString() ?? null },
    outcome: p.outcome ?? null,
    exitReason: p.exitReason ?? null,
    scores: scores.map((s) => ({
      kind: s.kind,
      quarter: s.quarter,
      domain: s.domain,
      score: s.score,
      note: cipher.decryptOptional(s.noteCipher, { table: 'life_domain_score', column: 'note_cipher', id: s.id }) ?? '',
      recordedOn: s.recordedOn,
    })),
    milestones: milestones.map((m) => ({
      code: m.code,
      title: milestoneTitle(m, language),
      dueDate: m.dueDate,
      originalDueDate: m.originalDueDate,
      status: m.status,
      completedOn: m.completedOn ?? null,
      evidence: m.evidenceCipher
        ? (JSON.parse(cipher.decrypt(m.evidenceCipher, { table: 'milestone', column: 'evidence_cipher', id: m.id })) as MilestoneEvidence)
        : null,
    })),
    sessions: sessions.map((s) => ({
      id: s.id,
      heldOn: s.heldOn,
      durationMinutes: s.durationMinutes,
      topics: s.topics,
      agreedNextSteps: cipher.decrypt(s.nextStepsCipher, { table: 'coaching_session', column: 'next_steps_cipher', id: s.id }),
    })),
    attendance: groupSessions
      .map((g) => ({ phase: g.phase, title: g.title, heldOn: g.heldOn, status: attendance.find((a) => a.session === g.id)!.status }))
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn)),
    events: events.map((e) => ({ kind: e.kind, onDate: e.onDate, reason: e.reason ?? null })),
  };
}

/** Logs an individual coaching session (the next steps encrypted) with its audit entry; the caller checks the dates. */
export async function logCoachingSession(
  em: EntityManager,
  cipher: FieldCipher,
  actor: Principal,
  participant: IParticipant,
  body: z.infer<typeof coachingSessionRequest>,
  requestId: string,
): Promise<string> {
  const id = randomUUID();
  em.create(CoachingSession, {
    id,
    participant: participant.id,
    coachId: actor.userId,
    heldOn: body.heldOn,
    durationMinutes: body.durationMinutes,
    topics: body.topics,
    nextStepsCipher: cipher.encrypt(body.agreedNextSteps, { table: 'coaching_session', column: 'next_steps_cipher', id }),
  });
  recordAudit(em, {
    actor,
    action: 'participant.session-logged',
    subjectType: 'participant',
    subjectId: participant.id,
    requestId,
    details: { sessionId: id },
  });
  await em.flush();
  return id;
}
