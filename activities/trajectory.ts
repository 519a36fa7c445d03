import { randomUUID } from 'node:crypto';
import type { Actor } from '../domain/access/roles';
import type { CalendarDate } from '../domain/time/dates';
import type { LifeDomainScore as Score, MeasureKind } from '../domain/trajectory/life-domains';
import type { MilestoneEvidence } from '../domain/trajectory/milestones';
import type { TrajectoryOutcome, TrajectoryStatus } from '../domain/trajectory/trajectory';
import { recordAudit } from '../db/audit';
import { AuditEntry, LifeDomainScore, Milestone, Participant, TrajectoryEvent } from '../db/entities';
import type { ActivityDeps } from './deps';
import { NotFoundError } from './errors';

export type TrajectoryStep = 'baseline' | 'review' | 'milestone-completed' | 'paused' | 'resumed' | 'dropped-out' | 'ended' | 'final-evaluation';

export interface SaveTrajectoryStepInput {
  participantId: string;
  step: TrajectoryStep;
  /** The trajectory's status after the step. */
  status: TrajectoryStatus;
  onDate: CalendarDate;
  actor: Actor;
  requestId?: string | null;
  /** One per business event (`<participant>:<event number>:<step>`): a retry writes nothing twice. */
  idempotencyKey: string;
  scores?: { kind: MeasureKind; quarter: number; scores: Score[] };
  milestone?: { code: string; completedOn: CalendarDate; evidence: MilestoneEvidence };
  movedMilestones?: Array<{ code: string; dueDate: CalendarDate }>;
  event?: { reason?: string | null; note?: string | null };
  closing?: { outcome: TrajectoryOutcome | null; exitReason: string };
}

export interface RemindCoachInput {
  /** Business key: the same reminder raised twice is stored once. */
  key: string;
  participantId: string;
  kind: string;
  message: string;
  dueDate: CalendarDate;
}

export function trajectoryActivities({ orm, cipher }: ActivityDeps) {
  return {
    /**
     * Writes one step of a trajectory to its records — scores, milestone, moved due dates, event,
     * status — with its audit entry, in one transaction, once per idempotency key.
     */
    async saveTrajectoryStep(input: SaveTrajectoryStepInput): Promise<void> {
      await orm.em.fork().transactional(async (tx) => {
        if (await tx.count(AuditEntry, { idempotencyKey: input.idempotencyKey })) return;
        const participant = await tx.findOne(Participant, { id: input.participantId });
        if (!participant) throw new NotFoundError(`participant ${input.participantId}`);
        const by = input.actor.userId;
        participant.status = input.status;
        if (input.scores) {
          for (const s of input.scores.scores) {
            const id = randomUUID();
            tx.create(LifeDomainScore, {
              id,
              participant: participant.id,
              kind: input.scores.kind,
              quarter: input.scores.quarter,
              domain: s.domain,
              score: s.score,
              noteCipher: s.note ? cipher.encrypt(s.note, { table: 'life_domain_score', column: 'note_cipher', id }) : null,
              recordedOn: input.onDate,
              recordedBy: by,
            });
          }
        }
        if (input.milestone) {
          const m = await tx.findOneOrFail(Milestone, { participant: participant.id, code: input.milestone.code });
          m.status = 'completed';
          m.completedOn = input.milestone.completedOn;
          m.completedBy = by;
          m.evidenceCipher = cipher.encrypt(JSON.stringify(input.milestone.evidence), { table: 'milestone', column: 'evidence_cipher', id: m.id });
        }
        for (const moved of input.movedMilestones ?? []) {
          const m = await tx.findOneOrFail(Milestone, { participant: participant.id, code: moved.code });
          m.dueDate = moved.dueDate;
        }
        if (input.event) {
          const id = randomUUID();
          tx.create(TrajectoryEvent, {
            id,
            participant: participant.id,
            kind: input.step,
            onDate: input.onDate,
            reason: input.event.reason ?? null,
            noteCipher: input.event.note ? cipher.encrypt(input.event.note, { table: 'trajectory_event', column: 'note_cipher', id }) : null,
            idempotencyKey: input.idempotencyKey,
          });
        }
        if (input.closing) {
          participant.outcome = input.closing.outcome;
          participant.exitReason = input.closing.exitReason;
          participant.leftOn = input.onDate;
        }
        recordAudit(tx, {
          actor: input.actor,
          action: `trajectory.${input.step}`,
          subjectType: 'participant',
          subjectId: participant.id,
          requestId: input.requestId,
          idempotencyKey: input.idempotencyKey,
          details: {
            status: input.status,
            onDate: input.onDate,
            ...(input.scores ? { quarter: input.scores.quarter } : {}),
            ...(input.milestone ? { milestone: input.milestone.code } : {}),
          },
        });
      });
    },

    /** Puts a reminder in the participant's coach's list (the coach of the day: coaches change). */
    async remindCoach(input: RemindCoachInput): Promise<void> {
      const em = orm.em.fork();
      const participant = await em.findOne(Participant, { id: input.participantId }, { fields: ['coach'] });
      if (!participant) throw new NotFoundError(`participant ${input.participantId}`);
      await em.getConnection().execute(
        `insert into coach_reminder (id, participant_id, coach_id, kind, message, due_date, raised_at, idempotency_key)
         values (?, ?, ?, ?, ?, ?, now(), ?) on conflict (idempotency_key) do nothing`,
        [randomUUID(), input.participantId, participant.coach, input.kind, input.message, input.dueDate, input.key],
      );
    },
  };
}
