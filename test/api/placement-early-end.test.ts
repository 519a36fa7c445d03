import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processIds } from '../../domain/process-ids';
import { brusselsDateOf, startOfBrusselsDay } from '../../domain/time/brussels';
import { addDays, isoDayOfWeek } from '../../domain/time/dates';
import { isoWeekOfDate, mondayOfIsoWeek } from '../../domain/time/iso-week';
import { DEFAULT_APPROVAL_POLICY } from '../../domain/timesheets/timesheet';
import { placementStateQuery, placementWorkflow } from '../../workflows/placement';
import { insertPlacement, insertWorker, makePlaceable } from '../support/fixtures';
import { startTestPlatform, type TestPlatform } from '../support/platform';

// Issue 14.11: an early end reaches the running week's timesheet, which then refuses hours after
// the new last day. Over the API a placement cannot start in the past and a day to come is refused
// before anything else, so the placement is seeded as already running (rows, and its process
// resumed as continue-as-new carries it), and the early end is recorded on the day it takes effect:
// the API's clock (ApiDeps.clock) reads that day, then today again for the hours. The workflows
// keep real time.
let apiNow: Date | null = null;
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform({}, { clock: () => apiNow ?? new Date() });
});
afterAll(() => platform?.stop());

const shift = (date: string) => ({ date, start: '08:00', end: '12:00', breakMinutes: 0, kind: 'regular' as const });

describe("an early end recorded through the API reaches the running week's timesheet", () => {
  it('hours after the new last day answer 422 naming the day, hours up to it are saved', async () => {
    const today = brusselsDateOf(Date.now());
    // The day after the new last day is today, or yesterday on a Monday: both days in one week, neither to come.
    const afterEnd = isoDayOfWeek(today) === 1 ? addDays(today, -1) : today;
    const lastDay = addDays(afterEnd, -1);
    const week = isoWeekOfDate(lastDay);
    const start = mondayOfIsoWeek(week);
    const end = addDays(today, 60);

    const workerId = await insertWorker(platform.db);
    await makePlaceable(platform.db, workerId, { startDate: start, endDate: end });
    const { placementId, employerId } = await insertPlacement(platform.db, workerId, { startDate: start, endDate: end, status: 'active' });
    const placement = await platform.temporal.workflow.start(placementWorkflow, {
      taskQueue: platform.config.TEMPORAL_TASK_QUEUE,
      workflowId: processIds.placement(placementId),
      args: [
        {
          placementId,
          workerId,
          employerId,
          startDate: start,
          endDate: end,
          approvalPolicy: DEFAULT_APPROVAL_POLICY,
          resume: { lastDay: end, nextWeek: week, earlyEnd: null },
        },
      ],
    });
    const deadline = Date.now() + 20_000;
    while (!(await placement.query(placementStateQuery)).timesheetWeeks.includes(week) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect((await placement.query(placementStateQuery)).timesheetWeeks).toContain(week);

    const admin = (await platform.signIn('admin')).token;
    const worker = (await platform.signIn('worker', { workerId })).token;
    const entries = `/api/v1/placements/${placementId}/timesheets/${week}/entries`;
    // Before the end, the day after the last day takes hours like any other.
    const before = await platform.http('PUT', entries, { token: worker, body: { entries: [shift(lastDay), shift(afterEnd)] } });
    expect(before.status).toBe(200);

    // Recorded on its last day, the earliest the API allows.
    apiNow = new Date(startOfBrusselsDay(lastDay) + 10 * 3600_000);
    const ended = await platform.http('POST', `/api/v1/placements/${placementId}/end`, {
      token: admin,
      body: { endedOn: lastDay, reason: 'the residence closed a ward' },
    });
    apiNow = null;
    expect(ended.status).toBe(202);
    expect(ended.body.lastDay).toBe(lastDay);

    const refused = await platform.http('PUT', entries, { token: worker, body: { entries: [shift(lastDay), shift(afterEnd)] } });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'entries.1.date', code: 'outside-placement', message: expect.stringContaining(`to ${lastDay}`) }),
    ]);
    const saved = await platform.http('PUT', entries, { token: worker, body: { entries: [shift(lastDay)] } });
    expect(saved.status).toBe(200);
    expect(saved.body.entries).toEqual([expect.objectContaining({ date: lastDay })]);
    const employerToo = await platform.http('PUT', entries, {
      token: (await platform.signIn('employer', { employerId })).token,
      body: { entries: [shift(afterEnd)] },
    });
    expect(employerToo.status).toBe(422);
    expect(employerToo.body.errors[0]).toMatchObject({ field: 'entries.0.date', code: 'outside-placement' });
  });
});
