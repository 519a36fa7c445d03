import { z } from 'zod';
import { EXAMPLE_IDS } from '../http/examples';
import { calendarDate } from '../http/input-guards';

/** The example cohort starts on 1 March 2026; its participant, "Fatima B.", runs a catering project. */
const planExample = [
  { code: 'business-plan', title: 'Business plan', dueAfterMonths: 6 },
  { code: 'market-test', title: 'Market test', dueAfterMonths: 9 },
  { code: 'first-customer', title: 'First customer', dueAfterMonths: 12 },
];
const scoresExample = [
  { domain: 'income', score: 2, note: 'Irregular income from catering for friends.' },
  { domain: 'housing', score: 3, note: 'Shares a flat; stable for a year.' },
  { domain: 'health', score: 4, note: '' },
  { domain: 'legal-situation', score: 1, note: 'No residence permit yet.' },
  { domain: 'language', score: 3, note: 'French fluent, Dutch beginner.' },
  { domain: 'network', score: 2, note: '' },
  { domain: 'digital-skills', score: 3, note: 'Uses a smartphone daily; no spreadsheet.' },
];
const stateExample = {
  status: 'active',
  milestones: [
    { code: 'business-plan', title: 'Business plan', dueDate: '2026-09-01', completedOn: '2026-08-20' },
    { code: 'market-test', title: 'Market test', dueDate: '2026-12-01', completedOn: null },
  ],
  reviewsRecorded: [1, 2],
  pause: null,
};
const participantSummaryExample = {
  id: EXAMPLE_IDS.participant,
  cohortId: EXAMPLE_IDS.cohort,
  displayName: 'Fatima B.',
  language: 'fr',
  coachId: EXAMPLE_IDS.coachUser,
  status: 'active',
  phase: 'collective-programme',
  due: [{ kind: 'milestone', ref: 'market-test', label: 'Market test', dueDate: '2026-12-01', overdue: true }],
  reminders: [{ kind: 'milestone-overdue', message: 'Market test was due on 2026-12-01.', dueDate: '2026-12-01', raisedAt: '2026-12-02T07:00:00.000Z' }],
};
const reportFigure = (n: number, value: number) => ({ n, value, suppressed: false });
const suppressedFigure = { n: null, value: null, suppressed: true };
import { GROUP_PHASES, DROP_OUT_REASONS, OUTCOMES, PAUSE_REASONS, TRAJECTORY_STATUSES } from '../../domain/trajectory/trajectory';
import { LIFE_DOMAINS, MAX_NOTE_LENGTH } from '../../domain/trajectory/life-domains';
import { MILESTONE_CODE } from '../../domain/trajectory/milestones';

const language = z.enum(['fr', 'nl']);
const text = (max: number) => z.string().trim().min(1).max(max);

export const cohortIdParams = z.object({ cohortId: z.uuid() });
export const applicationIdParams = z.object({ applicationId: z.uuid() });
export const participantIdParams = z.object({ participantId: z.uuid() });
export const milestoneParams = z.object({ participantId: z.uuid(), code: z.string().max(60).regex(MILESTONE_CODE) });
export const documentIdParams = z.object({ documentId: z.uuid() });

export const milestoneDefinition = z
  .object({ code: z.string().max(60), title: text(120), dueAfterMonths: z.number().int(), requiresObstacles: z.boolean().optional() })
  .strict();

export const createCohortRequest = z
  .object({
    name: text(120),
    startDate: calendarDate,
    coachIds: z.array(z.uuid()).min(1).max(20),
    milestones: z.array(milestoneDefinition).max(20).optional().meta({ description: 'The cohort’s own milestone plan; the standard plan when absent' }),
  })
  .strict()
  .meta({
    id: 'CreateCohortRequest',
    example: { name: 'Cohorte 2026 — Entreprendre sans papiers', startDate: '2026-03-01', coachIds: [EXAMPLE_IDS.coachUser], milestones: planExample },
  });

export const cohortView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    startDate: z.string(),
    coachIds: z.array(z.uuid()),
    milestones: z.array(milestoneDefinition),
    participantCount: z.number().int(),
  })
  .meta({
    id: 'Cohort',
    example: {
      id: EXAMPLE_IDS.cohort,
      name: 'Cohorte 2026 — Entreprendre sans papiers',
      startDate: '2026-03-01',
      coachIds: [EXAMPLE_IDS.coachUser],
      milestones: planExample,
      participantCount: 6,
    },
  });

export const SELECTION_CRITERIA = ['project-clarity', 'motivation', 'skills', 'market', 'feasibility'] as const;
export const applicationRequest = z
  .object({
    displayName: text(120).meta({ description: 'The name the applicant chose to be known by: never an identity document' }),
    language,
    projectIdea: text(2000),
    motivation: text(2000),
    scores: z.partialRecord(z.enum(SELECTION_CRITERIA), z.number().int().min(1).max(5)).meta({ description: 'The selection grid, 1 to 5 per criterion' }),
  })
  .strict()
  .meta({
    id: 'ApplicationRequest',
    example: {
      displayName: 'Fatima B.',
      language: 'fr',
      projectIdea: 'Un service traiteur de cuisine marocaine pour les événements d’entreprise à Molenbeek.',
      motivation: 'Vivre de mon savoir-faire et employer un jour deux personnes.',
      scores: { 'project-clarity': 4, motivation: 5, skills: 4, market: 3, feasibility: 3 },
    },
  });

export const applicationView = z
  .object({
    id: z.uuid(),
    cohortId: z.uuid(),
    displayName: z.string(),
    language,
    projectIdea: z.string(),
    motivation: z.string(),
    scores: z.record(z.string(), z.number()),
    totalScore: z.number().int(),
    decision: z.enum(['pending', 'selected', 'waitlisted', 'rejected']),
    decisionReason: z.string().nullable(),
    participantId: z.uuid().nullable(),
  })
  .meta({
    id: 'Application',
    example: {
      id: EXAMPLE_IDS.application,
      cohortId: EXAMPLE_IDS.cohort,
      displayName: 'Fatima B.',
      language: 'fr',
      projectIdea: 'Un service traiteur de cuisine marocaine pour les événements d’entreprise à Molenbeek.',
      motivation: 'Vivre de mon savoir-faire et employer un jour deux personnes.',
      scores: { 'project-clarity': 4, motivation: 5, skills: 4, market: 3, feasibility: 3 },
      totalScore: 19,
      decision: 'selected',
      decisionReason: 'Clear project, tested with first customers.',
      participantId: EXAMPLE_IDS.participant,
    },
  });

export const decisionRequest = z
  .object({
    decision: z.enum(['selected', 'waitlisted', 'rejected']),
    reason: text(300).meta({ description: 'Kept in the audit log too, which holds 300 characters' }),
    coachId: z.uuid().optional().meta({ description: 'Required with `selected`: a coach of the cohort' }),
  })
  .strict()
  .meta({ id: 'SelectionDecision', example: { decision: 'selected', reason: 'Clear project, tested with first customers.', coachId: EXAMPLE_IDS.coachUser } });

export const scoresField = z
  .array(z.object({ domain: z.enum(LIFE_DOMAINS), score: z.number().int().min(1).max(5), note: z.string().max(MAX_NOTE_LENGTH).default('') }).strict())
  .max(LIFE_DOMAINS.length * 2)
  .meta({ description: `Every life domain once (${LIFE_DOMAINS.join(', ')}), 1 = very precarious … 5 = secure` });

export const baselineRequest = z
  .object({ scores: scoresField })
  .strict()
  .meta({ id: 'BaselineRequest', example: { scores: scoresExample } });
export const reviewRequest = z
  .object({ quarter: z.number().int(), scores: scoresField })
  .strict()
  .meta({
    id: 'QuarterlyReviewRequest',
    example: { quarter: 3, scores: scoresExample.map((s) => (s.domain === 'income' ? { ...s, score: 3, note: 'Two paying events a month.' } : s)) },
  });
export const milestoneCompletionRequest = z
  .object({
    completedOn: calendarDate.optional().meta({ description: 'Today when absent' }),
    evidence: z
      .object({
        summary: text(1000),
        references: z.array(text(300)).max(20).default([]),
        obstacles: z
          .array(z.object({ obstacle: text(300), solution: text(500) }).strict())
          .max(20)
          .default([]),
      })
      .strict(),
  })
  .strict()
  .meta({
    id: 'MilestoneCompletionRequest',
    example: {
      completedOn: '2026-08-20',
      evidence: {
        summary: 'Business plan written and reviewed with the coach; costs and prices per menu worked out.',
        references: ['business-plan-v2.pdf (kept by the coach)'],
        obstacles: [],
      },
    },
  });
export const pauseRequest = z
  .object({ since: calendarDate.optional(), reason: z.enum(PAUSE_REASONS), note: z.string().max(500).optional() })
  .strict()
  .meta({ id: 'PauseRequest', example: { since: '2026-10-05', reason: 'illness', note: 'Hospital stay, about three weeks.' } });
export const resumeRequest = z
  .object({ resumedOn: calendarDate.optional(), note: z.string().max(500).optional() })
  .strict()
  .meta({ id: 'ResumeRequest', example: { resumedOn: '2026-10-26', note: 'Back and ready to go on.' } });
export const dropOutRequest = z
  .object({ leftOn: calendarDate.optional(), reason: z.enum(DROP_OUT_REASONS), note: z.string().max(500).optional() })
  .strict()
  .meta({ id: 'DropOutRequest', example: { leftOn: '2026-11-30', reason: 'found-employment', note: 'Hired as a cook; keeps the project for later.' } });
export const finalEvaluationRequest = z
  .object({ scores: scoresField, outcome: z.enum(OUTCOMES), exitReason: text(300) })
  .strict()
  .meta({
    id: 'FinalEvaluationRequest',
    example: { scores: scoresExample, outcome: 'activity-launched', exitReason: 'Catering activity registered and running with regular customers.' },
  });

export const consentRequest = z
  .object({
    testimony: z.boolean().meta({ description: 'Their words may be quoted, unnamed, in public documentation' }),
    photos: z.boolean().meta({ description: 'Photos of them may appear in public documentation' }),
  })
  .strict()
  .meta({ id: 'PublicDocumentationConsent', example: { testimony: true, photos: false } });
export const testimonyRequest = z
  .object({ text: text(2000), language: z.enum(['fr', 'nl', 'en']) })
  .strict()
  .meta({
    id: 'TestimonyRequest',
    example: { text: 'Le programme m’a donné confiance : aujourd’hui je cuisine pour des clients qui reviennent.', language: 'fr' },
  });

export const coachingSessionRequest = z
  .object({
    heldOn: calendarDate,
    durationMinutes: z.number().int().min(5).max(480),
    topics: z.array(text(80)).min(1).max(10),
    agreedNextSteps: text(2000),
  })
  .strict()
  .meta({
    id: 'CoachingSessionRequest',
    example: {
      heldOn: '2026-11-18',
      durationMinutes: 75,
      topics: ['pricing', 'food safety registration'],
      agreedNextSteps: 'Ask the AFSCA office about registering a home kitchen; price three menus.',
    },
  });

export const groupSessionRequest = z
  .object({
    phase: z.enum(GROUP_PHASES),
    title: text(160).meta({ description: 'The training session or the workshop' }),
    module: text(120).optional().meta({ description: 'The training module the session belongs to' }),
    heldOn: calendarDate,
    durationMinutes: z.number().int().min(15).max(600),
    attendance: z
      .array(z.object({ participantId: z.uuid(), status: z.enum(['present', 'excused', 'absent']) }).strict())
      .min(1)
      .max(100),
  })
  .strict()
  .meta({
    id: 'GroupSessionRequest',
    example: {
      phase: 'collective-programme',
      title: 'Atelier : fixer ses prix',
      module: 'Finances',
      heldOn: '2026-11-12',
      durationMinutes: 180,
      attendance: [
        { participantId: EXAMPLE_IDS.participant, status: 'present' },
        { participantId: '0a1b2c3d-4e5f-4a6b-9c7d-000000001206', status: 'excused' },
      ],
    },
  });
export const groupSessionView = z
  .object({ sessionId: z.uuid(), recorded: z.number().int() })
  .meta({ id: 'GroupSessionRecorded', example: { sessionId: EXAMPLE_IDS.groupSession, recorded: 2 } });

export const reportLanguageRequest = z
  .object({ language: language.optional() })
  .strict()
  .meta({ id: 'ReportRequest', example: { language: 'nl' } });
export const issuedDocumentView = z
  .object({ documentId: z.uuid(), url: z.string() })
  .meta({ id: 'IssuedDocument', example: { documentId: EXAMPLE_IDS.document, url: `/api/v1/trajectory-documents/${EXAMPLE_IDS.document}` } });

const dueItem = z.object({
  kind: z.enum(['intake', 'milestone', 'review', 'final-evaluation']),
  ref: z.string().nullable(),
  label: z.string(),
  dueDate: z.string(),
  overdue: z.boolean(),
});
export const participantSummary = z
  .object({
    id: z.uuid(),
    cohortId: z.uuid(),
    displayName: z.string(),
    language,
    coachId: z.uuid(),
    status: z.enum(TRAJECTORY_STATUSES),
    phase: z.string(),
    due: z.array(dueItem),
    reminders: z.array(z.object({ kind: z.string(), message: z.string(), dueDate: z.string(), raisedAt: z.string() })),
  })
  .meta({ id: 'ParticipantSummary', example: participantSummaryExample });

export const trajectoryStateView = z
  .object({
    status: z.enum(TRAJECTORY_STATUSES),
    milestones: z.array(z.object({ code: z.string(), title: z.string(), dueDate: z.string(), completedOn: z.string().nullable() })),
    reviewsRecorded: z.array(z.number().int()),
    pause: z.object({ since: z.string(), reason: z.string() }).nullable(),
  })
  .meta({ id: 'TrajectoryState', example: stateExample });

export const participantView = participantSummary
  .extend({
    consent: z.object({ testimony: z.boolean(), photos: z.boolean(), recordedAt: z.string().nullable() }),
    outcome: z.string().nullable(),
    exitReason: z.string().nullable(),
    scores: z.array(
      z.object({ kind: z.string(), quarter: z.number().int(), domain: z.string(), score: z.number().int(), note: z.string(), recordedOn: z.string() }),
    ),
    milestones: z.array(
      z.object({
        code: z.string(),
        title: z.string(),
        dueDate: z.string(),
        originalDueDate: z.string(),
        status: z.string(),
        completedOn: z.string().nullable(),
        evidence: z
          .object({ summary: z.string(), references: z.array(z.string()), obstacles: z.array(z.object({ obstacle: z.string(), solution: z.string() })) })
          .nullable(),
      }),
    ),
    sessions: z.array(
      z.object({ id: z.uuid(), heldOn: z.string(), durationMinutes: z.number().int(), topics: z.array(z.string()), agreedNextSteps: z.string() }),
    ),
    attendance: z.array(z.object({ phase: z.string(), title: z.string(), heldOn: z.string(), status: z.string() })),
    events: z.array(z.object({ kind: z.string(), onDate: z.string(), reason: z.string().nullable() })),
  })
  .meta({
    id: 'Participant',
    example: {
      ...participantSummaryExample,
      consent: { testimony: true, photos: false, recordedAt: '2026-03-15T10:00:00.000Z' },
      outcome: null,
      exitReason: null,
      scores: scoresExample.slice(0, 2).map((s) => ({ kind: 'baseline', quarter: 0, ...s, recordedOn: '2026-03-10' })),
      milestones: [
        {
          code: 'business-plan',
          title: 'Business plan',
          dueDate: '2026-09-01',
          originalDueDate: '2026-09-01',
          status: 'completed',
          completedOn: '2026-08-20',
          evidence: { summary: 'Business plan written and reviewed with the coach.', references: [], obstacles: [] },
        },
      ],
      sessions: [{ id: EXAMPLE_IDS.coachingSession, heldOn: '2026-11-18', durationMinutes: 75, topics: ['pricing'], agreedNextSteps: 'Price three menus.' }],
      attendance: [{ phase: 'collective-programme', title: 'Atelier : fixer ses prix', heldOn: '2026-11-12', status: 'present' }],
      events: [{ kind: 'selected', onDate: '2026-02-20', reason: null }],
    },
  });

const figure = z
  .object({
    n: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'How many participants the figure is over; null when suppressed: the size of a small group is not told either' }),
    value: z.number().nullable(),
    suppressed: z.boolean(),
  })
  .meta({ description: 'A figure over n participants; n and value are null and suppressed is true when the group is smaller than minGroupSize' });
const categoryCount = z.object({ category: z.string(), count: z.number().int().nullable(), suppressed: z.boolean() });
export const cohortReportView = z
  .object({
    cohort: z.object({ id: z.uuid(), name: z.string(), startDate: z.string() }),
    minGroupSize: z.number().int(),
    participants: figure,
    statuses: z.array(categoryCount),
    outcomes: z.array(categoryCount),
    attendance: z.array(
      z.object({
        phase: z.string(),
        sessions: z.number().int(),
        rate: figure.meta({ description: 'Share of the attendance recorded where the participant was present' }),
        excusedRate: figure.meta({ description: 'Share where the participant was absent with an excuse (counted apart from absences)' }),
        absentRate: figure.meta({ description: 'Share where the participant was absent without an excuse' }),
      }),
    ),
    coaching: z.object({ hoursPerParticipant: figure, sessionsPerParticipant: figure }),
    milestones: z
      .array(z.object({ code: z.string(), title: z.string(), reachedRate: figure, onTimeRate: figure }))
      .meta({ description: 'In date order; the title of a standard milestone follows Accept-Language (fr, nl, en)' }),
    lifeDomains: z.array(z.object({ domain: z.string(), baseline: figure, midline: figure, endline: figure, change: figure })),
    testimonies: z.array(z.object({ text: z.string(), language: z.string() })),
  })
  .meta({
    id: 'CohortReport',
    description: 'Anonymised: any figure over fewer than minGroupSize participants is suppressed',
    example: {
      cohort: { id: EXAMPLE_IDS.cohort, name: 'Cohorte 2026 — Entreprendre sans papiers', startDate: '2026-03-01' },
      minGroupSize: 5,
      participants: reportFigure(6, 6),
      statuses: [
        { category: 'active', count: 5, suppressed: false },
        { category: 'dropped-out', count: null, suppressed: true },
        { category: 'paused', count: null, suppressed: true },
      ],
      outcomes: [],
      attendance: [
        { phase: 'collective-programme', sessions: 8, rate: reportFigure(6, 0.85), excusedRate: reportFigure(6, 0.1), absentRate: reportFigure(6, 0.05) },
      ],
      coaching: { hoursPerParticipant: reportFigure(6, 7.5), sessionsPerParticipant: reportFigure(6, 6) },
      milestones: [{ code: 'business-plan', title: 'Business plan', reachedRate: reportFigure(6, 0.83), onTimeRate: reportFigure(6, 0.67) }],
      lifeDomains: [
        { domain: 'income', baseline: reportFigure(6, 2.2), midline: reportFigure(6, 2.8), endline: suppressedFigure, change: reportFigure(6, 0.6) },
      ],
      testimonies: [{ text: 'Le programme m’a donné confiance : aujourd’hui je cuisine pour des clients qui reviennent.', language: 'fr' }],
    },
  });
