import { z } from 'zod';
import { EXAMPLE_IDS } from '../http/examples';
import { calendarDate } from '../http/input-guards';
import { PLACEMENT_STATUSES } from '../../domain/placements/placement';
import { TIMESHEET_STATUSES } from '../../domain/timesheets/timesheet';
import { WORK_KINDS } from '../../domain/timesheets/timesheet-entry';
import { isIsoWeekId } from '../../domain/time/iso-week';

export const proposePlacementRequest = z
  .object({
    workerId: z.uuid(),
    startDate: calendarDate,
    endDate: calendarDate,
    payRateCents: z.number().int().positive().max(100_000).optional().meta({ description: 'Hourly pay; by default the wage offered in the job request' }),
    billing: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('coefficient'), coefficient: z.number().min(0).max(10) }).strict(),
      z.object({ mode: z.literal('fixed'), hourlyRateCents: z.number().int().positive().max(500_000) }).strict(),
    ]),
  })
  .strict()
  .meta({
    id: 'ProposePlacementRequest',
    example: {
      workerId: EXAMPLE_IDS.worker,
      startDate: '2026-12-07',
      endDate: '2027-06-06',
      payRateCents: 1650,
      billing: { mode: 'coefficient', coefficient: 1.85 },
    },
  });

export const placementIdParams = z.object({ placementId: z.uuid() });
/** An ISO week that exists ('2026-W53' does not), in the years a calendar date may take (1900–2199). */
export const isoWeekParam = z
  .string()
  .regex(/^(19\d\d|2[01]\d\d)-W(0[1-9]|[1-4]\d|5[0-3])$/, { message: 'must be an ISO week such as 2026-W49, in 1900–2199', abort: true })
  .refine(isIsoWeekId, { message: 'no such ISO week in that year', params: { code: 'no-such-week' } })
  .meta({ example: '2026-W49' });
export const weekParams = z.object({ placementId: z.uuid(), isoWeek: isoWeekParam });

/** As an admin or the employer sees it (a worker's view has no bill rate). */
export const placementExample = {
  id: EXAMPLE_IDS.placement,
  jobRequestId: EXAMPLE_IDS.jobRequest,
  employerId: EXAMPLE_IDS.employer,
  worker: { id: EXAMPLE_IDS.worker, code: 'W-7QK2MD', firstName: 'Amadou' },
  contractId: EXAMPLE_IDS.contract,
  startDate: '2026-12-07',
  endDate: '2027-06-06',
  payRateCents: 1650,
  billRateCents: 3053,
  workplace: {
    employerName: 'Zorghuis De Linde (fictitious)',
    jobTitle: 'Aide-soignant(e)',
    siteAddress: { street: 'Lindenlaan', houseNumber: '40', postalCode: '1090', city: 'Jette' },
    contact: { name: 'Sofie Janssens', email: 'sofie.janssens@zorghuis-linde.example' },
  },
  status: 'active',
  statusReason: null,
  endedOn: null,
};

export const placementView = z
  .object({
    id: z.uuid(),
    jobRequestId: z.uuid(),
    employerId: z.uuid(),
    worker: z
      .object({ id: z.uuid(), code: z.string(), firstName: z.string() })
      .meta({ description: 'Employers see a worker code and a first name, nothing more' }),
    contractId: z.uuid().nullable(),
    startDate: z.string(),
    endDate: z.string(),
    payRateCents: z.number().int().meta({ description: 'The hourly wage, in cents' }),
    billRateCents: z
      .number()
      .int()
      .optional()
      .meta({ description: 'What the employer is billed per hour, in cents: admins and the employer only, never the worker' }),
    workplace: z
      .object({
        employerName: z.string(),
        jobTitle: z.string(),
        siteAddress: z.object({ street: z.string(), houseNumber: z.string(), postalCode: z.string(), city: z.string() }),
        contact: z.object({ name: z.string(), email: z.string() }).nullable().meta({ description: 'The employer’s contact person, when one is registered' }),
      })
      .meta({ description: 'Where to go and whom to ask: what the worker needs on the first day' }),
    status: z.enum(PLACEMENT_STATUSES),
    statusReason: z.string().nullable(),
    endedOn: z.string().nullable(),
  })
  .meta({ id: 'Placement', description: 'A placement as its reader may see it: the worker never sees what the employer is billed', example: placementExample });

export const decidePlacementRequest = z
  .object({ decision: z.enum(['accept', 'refuse']), reason: z.string().trim().max(300).optional() })
  .strict()
  .meta({ id: 'PlacementDecision', example: { decision: 'accept' } });
export const endPlacementRequest = z
  .object({ endedOn: calendarDate, reason: z.string().trim().min(3).max(300) })
  .strict()
  .meta({ id: 'EndPlacementRequest', example: { endedOn: '2027-02-28', reason: 'The resident the worker cared for moved to another home.' } });
export const recheckView = z
  .object({
    status: z.enum(PLACEMENT_STATUSES),
    failedGates: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
    lastDay: z.string(),
  })
  .meta({
    example: {
      status: 'blocked',
      lastDay: '2027-06-06',
      failedGates: [{ field: 'contract', code: 'dimona-not-acknowledged', message: 'The Dimona IN of the contract is not acknowledged yet.' }],
    },
  });

/** Week 2026-W50, Monday to Friday, 6 hours a day with a half-hour break. */
const weekExample = ['07', '08', '09', '10', '11'].map((day) => ({ date: `2026-12-${day}`, start: '07:00', end: '13:30', breakMinutes: 30, kind: 'regular' }));
const weekTotals = { totalsByKind: { regular: 1800, overtime: 0, night: 0, sunday: 0, 'public-holiday': 0 }, totalMinutes: 1800 };

export const timesheetEntry = z
  .object({
    date: calendarDate,
    start: z
      .string()
      .regex(/^\d{2}:\d{2}$/)
      .optional(),
    end: z
      .string()
      .regex(/^\d{2}:\d{2}$/)
      .optional(),
    breakMinutes: z.number().int().min(0).max(600).optional(),
    hours: z.number().positive().max(24).optional(),
    kind: z.enum(WORK_KINDS),
  })
  .strict();

export const saveEntriesRequest = z
  .object({ entries: z.array(timesheetEntry).max(28) })
  .strict()
  .meta({ id: 'TimesheetEntries', example: { entries: weekExample } });
export const timesheetDecisionRequest = z
  .object({ decision: z.enum(['approve', 'dispute']), version: z.number().int().min(1), reason: z.string().trim().max(300).optional() })
  .strict()
  .meta({ id: 'TimesheetDecision', example: { decision: 'dispute', version: 1, reason: 'Friday 11 December: Amadou left at 12:00, not 13:30.' } });
export const correctionRequest = z
  .object({ reason: z.string().trim().min(3).max(300), entries: z.array(timesheetEntry).min(1).max(28) })
  .strict()
  .meta({
    id: 'TimesheetCorrection',
    example: {
      reason: 'Friday 11 December ended at 12:00 (agreed with the worker).',
      entries: [...weekExample.slice(0, 4), { ...weekExample[4], end: '12:00' }],
    },
  });
export const magicLinkDecisionRequest = z
  .object({ decision: z.enum(['approve', 'dispute']), reason: z.string().trim().max(300).optional(), approverName: z.string().trim().min(2).max(120) })
  .strict()
  .meta({ id: 'MagicLinkDecision', example: { decision: 'approve', approverName: 'Sofie Janssens' } });

const totals = z.object({ totalsByKind: z.record(z.string(), z.number()), totalMinutes: z.number().int() });
export const pendingCorrectionView = z
  .object({
    version: z.number().int().meta({ description: 'The version the correction would become; answer with it' }),
    entries: z.array(timesheetEntry),
    totalMinutes: z.number().int(),
    reason: z.string(),
    proposedAt: z.string(),
    cooperativeMayConfirmFrom: z.string().meta({ description: 'From then on, unanswered, the cooperative may confirm it on the worker’s behalf' }),
    disputed: z.boolean(),
    workerReason: z.string().nullable(),
    days: z
      .array(z.object({ date: z.string(), beforeMinutes: z.number().int(), afterMinutes: z.number().int() }))
      .meta({ description: 'Minutes per day: approved (in force) and proposed' }),
  })
  .meta({ id: 'PendingCorrection' });
export const correctionAnswerRequest = z
  .object({ version: z.number().int().min(1), reason: z.string().trim().max(300).optional() })
  .strict()
  .meta({ id: 'CorrectionAnswer', example: { version: 2 } });
export const correctionDisputeRequest = z
  .object({ version: z.number().int().min(1), reason: z.string().trim().min(3).max(300) })
  .strict()
  .meta({ id: 'CorrectionDispute', example: { version: 2, reason: 'I did not work on Tuesday' } });
export const timesheetView = z
  .object({
    isoWeek: z.string(),
    version: z.number().int(),
    status: z.enum(TIMESHEET_STATUSES),
    entries: z.array(timesheetEntry),
    disputeReason: z.string().nullable(),
    pendingCorrection: pendingCorrectionView
      .nullable()
      .optional()
      .meta({ description: 'A correction of this approved week waiting for the worker’s answer; the approved hours stay in force meanwhile' }),
    /** Where each version's hours went: the invoice line that billed them, the payslip that paid them. */
    chain: z
      .array(
        z.object({
          timesheetId: z.uuid(),
          version: z.number().int(),
          status: z.enum(TIMESHEET_STATUSES),
          invoice: z
            .object({ id: z.uuid(), number: z.string().nullable(), kind: z.string(), status: z.string(), lineNos: z.array(z.number().int()) })
            .nullable(),
          payslipId: z.uuid().nullable(),
        }),
      )
      .optional(),
  })
  .extend(totals.shape)
  .meta({
    id: 'Timesheet',
    example: {
      isoWeek: '2026-W50',
      version: 1,
      status: 'approved',
      entries: weekExample,
      disputeReason: null,
      ...weekTotals,
      chain: [{ timesheetId: EXAMPLE_IDS.timesheet, version: 1, status: 'approved', invoice: null, payslipId: null }],
    },
  });

export const timesheetVersionView = z.object({
  id: z.uuid(),
  isoWeek: z.string(),
  version: z.number().int(),
  status: z.enum(TIMESHEET_STATUSES),
  totalMinutes: z.number().int(),
  totalsByKind: z.record(z.string(), z.number()),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionVia: z.string().nullable(),
  disputeReason: z.string().nullable(),
  supersedes: z.uuid().nullable(),
  correctionReason: z.string().nullable(),
  workerConfirmedAt: z.string().nullable(),
  approvalEvidence: z.record(z.string(), z.unknown()).nullable(),
});
export const timesheetListView = z.object({ timesheets: z.array(timesheetVersionView) }).meta({
  id: 'TimesheetVersions',
  example: {
    timesheets: [
      {
        id: EXAMPLE_IDS.timesheet,
        isoWeek: '2026-W50',
        version: 1,
        status: 'approved',
        ...weekTotals,
        submittedAt: '2026-12-11T13:45:00.000Z',
        decidedAt: '2026-12-12T09:10:00.000Z',
        decisionVia: 'magic-link',
        disputeReason: null,
        supersedes: null,
        correctionReason: null,
        workerConfirmedAt: '2026-12-11T13:46:00.000Z',
        approvalEvidence: { approverName: 'Sofie Janssens', via: 'magic-link' },
      },
    ],
  },
});

export const approvedHoursView = z
  .object({
    placements: z.array(
      z.object({
        placementId: z.uuid(),
        workerCode: z.string(),
        payRateCents: z.number().int(),
        billRateCents: z.number().int(),
        weeks: z.array(
          z.object({
            timesheetId: z.uuid(),
            isoWeek: z.string(),
            version: z.number().int(),
            status: z.string(),
            totalMinutes: z.number().int(),
            totalsByKind: z.record(z.string(), z.number()),
          }),
        ),
        totalMinutes: z.number().int(),
      }),
    ),
  })
  .meta({
    id: 'ApprovedUnbilledUnpaidHours',
    example: {
      placements: [
        {
          placementId: EXAMPLE_IDS.placement,
          workerCode: 'W-7QK2MD',
          payRateCents: 1650,
          billRateCents: 3053,
          weeks: [{ timesheetId: EXAMPLE_IDS.timesheet, isoWeek: '2026-W50', version: 1, status: 'approved', ...weekTotals }],
          totalMinutes: 1800,
        },
      ],
    },
  });

export const approvalLinkView = z
  .object({
    employer: z.string(),
    worker: z.object({ code: z.string(), firstName: z.string() }),
    isoWeek: z.string(),
    version: z.number().int(),
    status: z.enum(TIMESHEET_STATUSES),
    entries: z.array(timesheetEntry),
    totalMinutes: z.number().int(),
    expiresAt: z.string(),
  })
  .meta({
    id: 'ApprovalLink',
    example: {
      employer: 'Zorghuis De Linde (fictitious)',
      worker: { code: 'W-7QK2MD', firstName: 'Amadou' },
      isoWeek: '2026-W50',
      version: 1,
      status: 'submitted',
      entries: weekExample,
      totalMinutes: 1800,
      expiresAt: '2026-12-25T13:45:00.000Z',
    },
  });
