import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { DEFAULT_APPROVAL_POLICY } from '../../domain/timesheets/timesheet';
import { addDays } from '../../domain/time/dates';
import { isoWeekOfDate, mondayOfIsoWeek, nextIsoWeek } from '../../domain/time/iso-week';
import { contractStateQuery, employmentContractWorkflow, signContractUpdate } from '../../workflows/employment-contract';
import { decidePlacementUpdate, endPlacementUpdate, placementStateQuery, placementWorkflow, recheckGatesSignal } from '../../workflows/placement';
import { saveEntriesUpdate, timesheetStateQuery } from '../../workflows/timesheet';
import { giveNationalNumber, insertContract, insertPlacement, insertWorker, makePlaceable } from '../support/fixtures';
import { ScriptedOnss } from '../support/scripted-onss';
import { workflowSuite } from '../support/workflow-suite';
import { describe, expect, it } from 'vitest';

const suite = workflowSuite();
const employer = { userId: randomUUID(), role: 'employer' as const };
const admin = { userId: randomUUID(), role: 'admin' as const };
const contractEnds: { contractId: string; endedOn: string }[] = [];

type Handle = WorkflowHandle<typeof placementWorkflow>;

async function placementScenario(
  startIn: number,
  endIn: number,
  fn: (ctx: { handle: Handle; placementId: string; workerId: string; today: string; start: string; end: string }) => Promise<void>,
) {
  const today = await suite.today();
  const start = addDays(today, startIn);
  const end = addDays(today, endIn);
  const workerId = await insertWorker(suite.db);
  const { placementId, employerId } = await insertPlacement(suite.db, workerId, { startDate: start, endDate: end, status: 'proposed' });
  const placementWorkflowId = `placement:${placementId}`;
  const leftovers = async () => {
    const weeks = await suite.env.client.workflow
      .getHandle(placementWorkflowId)
      .query(placementStateQuery)
      .then(
        (v) => v.timesheetWeeks,
        () => [] as string[],
      );
    return [placementWorkflowId, ...weeks.map((week) => `timesheet:${placementId}:${week}`)];
  };
  const fakes = {
    processes: {
      endContract: async ({ contractId, endedOn }: { contractId: string; endedOn: string }) => void contractEnds.push({ contractId, endedOn }),
      recheckPlacementGates: async () => undefined,
    },
  };
  await suite.withWorker({ fakes, leftovers }, async (taskQueue) => {
    const handle = await suite.env.client.workflow.start(placementWorkflow, {
      taskQueue,
      workflowId: placementWorkflowId,
      args: [{ placementId, workerId, employerId, startDate: start, endDate: end, approvalPolicy: DEFAULT_APPROVAL_POLICY }],
    });
    await fn({ handle, placementId, workerId, today, start, end });
  });
}

const status = async (placementId: string) => (await suite.db.query('select status from placement where id = $1', [placementId]))[0]!.status;
const timesheetStarted = async (placementId: string, week: string) =>
  suite.env.client.workflow
    .getHandle(`timesheet:${placementId}:${week}`)
    .describe()
    .then(
      () => true,
      () => false,
    );

describe('placement workflow', () => {
  it('never starts without the legal gates: blocked and alerted on the start day, active once they hold', async () => {
    await placementScenario(3, 40, async ({ handle, placementId, workerId, start, end }) => {
      const accepted = await handle.executeUpdate(decidePlacementUpdate, { args: [{ decision: 'accept', actor: employer }] });
      expect(accepted.status).not.toBe('proposed');
      await suite.env.sleep('1 hour');
      const blocked = await handle.query(placementStateQuery);
      expect(blocked.status).toBe('blocked');
      expect(blocked.failedGates.map((g) => g.code)).toEqual(['permit-not-valid', 'contract-not-signed', 'dimona-not-acknowledged']);
      await suite.env.sleep('4 days');
      await handle.query(placementStateQuery);
      expect(await status(placementId)).toBe('blocked');
      expect(await suite.db.query("select kind from alert where subject_id = $1 and kind = 'placement-start-blocked'", [placementId])).not.toHaveLength(0);
      expect(await timesheetStarted(placementId, isoWeekOfDate(start))).toBe(false);

      await makePlaceable(suite.db, workerId, { startDate: start, endDate: end });
      await handle.signal(recheckGatesSignal);
      await suite.env.sleep('1 minute');
      const active = await handle.query(placementStateQuery);
      expect(active.status).toBe('active');
      expect(await status(placementId)).toBe('active');
      expect(active.timesheetWeeks).toContain(isoWeekOfDate(addDays(start, 4)));
      expect(await timesheetStarted(placementId, active.timesheetWeeks[0]!)).toBe(true);
    });
  });

  it('records a refusal with its reason', async () => {
    await placementScenario(5, 30, async ({ handle, placementId }) => {
      await expect(handle.executeUpdate(decidePlacementUpdate, { args: [{ decision: 'refuse', actor: employer }] })).rejects.toMatchObject({
        cause: { details: [[expect.objectContaining({ field: 'reason', code: 'reason-required' })]] },
      });
      await handle.executeUpdate(decidePlacementUpdate, { args: [{ decision: 'refuse', reason: 'the post was filled', actor: employer }] });
      expect(await handle.result()).toBe('refused');
      expect((await suite.db.query('select status, status_reason from placement where id = $1', [placementId]))[0]).toEqual({
        status: 'refused',
        status_reason: 'the post was filled',
      });
    });
  });

  it('starts one timesheet per ISO week, and an early end releases the contract after the last day', async () => {
    await placementScenario(0, 60, async ({ handle, placementId, workerId, today, start, end }) => {
      const contractId = await makePlaceable(suite.db, workerId, { startDate: start, endDate: end });
      await handle.executeUpdate(decidePlacementUpdate, { args: [{ decision: 'accept', actor: employer }] });
      await suite.env.sleep('1 minute');
      expect((await handle.query(placementStateQuery)).status).toBe('active');
      await suite.env.sleep('15 days');
      const weeks = (await handle.query(placementStateQuery)).timesheetWeeks;
      expect(weeks.slice(0, 3)).toEqual([isoWeekOfDate(today), isoWeekOfDate(addDays(today, 7)), isoWeekOfDate(addDays(today, 14))]);
      const lastDay = addDays(await suite.today(), 2);
      await handle.executeUpdate(endPlacementUpdate, {
        args: [{ endedOn: lastDay, reason: 'the residence closed a ward', today: await suite.today(), actor: admin }],
      });
      expect(await handle.result()).toBe('ended');
      expect((await suite.db.query('select status, ended_on, end_reason from placement where id = $1', [placementId]))[0]).toEqual({
        status: 'ended',
        ended_on: lastDay,
        end_reason: 'the residence closed a ward',
      });
      expect(contractEnds).toContainEqual({ contractId, endedOn: lastDay });
    });
  });

  it('stops starting weeks while a gate fails mid-placement (a suspended contract), and resumes when it holds again', async () => {
    await placementScenario(0, 60, async ({ handle, placementId, workerId, start, end }) => {
      const contractId = await makePlaceable(suite.db, workerId, { startDate: start, endDate: end });
      await handle.executeUpdate(decidePlacementUpdate, { args: [{ decision: 'accept', actor: employer }] });
      await suite.env.sleep('1 minute');
      expect((await handle.query(placementStateQuery)).status).toBe('active');
      await suite.db.query("update employment_contract set status = 'suspended' where id = $1", [contractId]);
      await suite.env.sleep('8 days');
      const held = await handle.query(placementStateQuery);
      expect(held.status).toBe('blocked');
      expect(held.timesheetWeeks).toHaveLength(1);
      expect(await status(placementId)).toBe('blocked');
      await suite.db.query("update employment_contract set status = 'active' where id = $1", [contractId]);
      await handle.signal(recheckGatesSignal);
      await suite.env.sleep('1 minute');
      const resumed = await handle.query(placementStateQuery);
      expect(resumed.status).toBe('active');
      expect(resumed.timesheetWeeks).toHaveLength(2);
    });
  });

  it('goes on at once when the contract it waits for becomes active (the contract workflow signals it), not at the next daily check', async () => {
    const onss = new ScriptedOnss();
    onss.next.IN = 'pending';
    const today = await suite.today();
    const [start, end] = [today, addDays(today, 40)];
    const workerId = await insertWorker(suite.db);
    await giveNationalNumber(suite.db, suite.cipher, workerId);
    await suite.db.query(
      "update worker set onboarding_status = 'ready', permit_issuing_authority = 'Brussels Region', permit_valid_from = $2, permit_valid_until = $3 where id = $1",
      [workerId, start, end],
    );
    const contractId = await insertContract(suite.db, workerId, { startDate: start, endDate: end });
    const { placementId, employerId } = await insertPlacement(suite.db, workerId, { startDate: start, endDate: end, status: 'proposed' });
    const leftovers = async () => {
      const weeks = await suite.env.client.workflow
        .getHandle(`placement:${placementId}`)
        .query(placementStateQuery)
        .then(
          (v) => v.timesheetWeeks,
          () => [] as string[],
        );
      return [`placement:${placementId}`, `employment-contract:${contractId}`, ...weeks.map((w) => `timesheet:${placementId}:${w}`)];
    };
    // The real process control: the activity signals the placement through Temporal.
    await suite.withWorker({ fakes: { declarations: onss }, leftovers }, async (taskQueue) => {
      const contract = await suite.env.client.workflow.start(employmentContractWorkflow, {
        taskQueue,
        workflowId: `employment-contract:${contractId}`,
        args: [{ contractId, workerId, startDate: start, endDate: end }],
      });
      await contract.executeUpdate(signContractUpdate, { args: [{ party: 'worker', actor: { userId: randomUUID(), role: 'worker' } }] });
      await contract.executeUpdate(signContractUpdate, { args: [{ party: 'cooperative', actor: admin }] });
      const placement = await suite.env.client.workflow.start(placementWorkflow, {
        taskQueue,
        workflowId: `placement:${placementId}`,
        args: [{ placementId, workerId, employerId, startDate: start, endDate: end, approvalPolicy: DEFAULT_APPROVAL_POLICY }],
      });
      await placement.executeUpdate(decidePlacementUpdate, { args: [{ decision: 'accept', actor: employer }] });
      await suite.env.sleep('1 minute');
      const blocked = await placement.query(placementStateQuery);
      expect(blocked.status).toBe('blocked');
      expect(blocked.failedGates.map((g) => g.code)).toEqual(['dimona-not-acknowledged']);
      const blockedOn = await suite.today();

      onss.answer(onss.referenceOf('IN')!, 'accepted');
      await suite.env.sleep('5 minutes');
      expect((await contract.query(contractStateQuery)).status).toBe('active');
      const going = await placement.query(placementStateQuery);
      // Without the signal the placement would wait for the next Brussels day to check again.
      expect(await suite.today()).toBe(blockedOn);
      expect(going.status).toBe('active');
      expect(going.timesheetWeeks).toEqual([isoWeekOfDate(start)]);
      expect(await status(placementId)).toBe('active');
    });
  });

  it("an early end reaches the running week's timesheet, which then refuses hours after the new last day", async () => {
    const today = await suite.today();
    // The placement starts on the next Monday, so the new last day and the day after fall in one week.
    const monday = mondayOfIsoWeek(nextIsoWeek(isoWeekOfDate(today)));
    const startIn = (Date.parse(monday) - Date.parse(today)) / 86_400_000;
    await placementScenario(startIn, startIn + 30, async ({ handle, placementId, workerId, start, end }) => {
      await makePlaceable(suite.db, workerId, { startDate: start, endDate: end });
      await handle.executeUpdate(decidePlacementUpdate, { args: [{ decision: 'accept', actor: employer }] });
      await suite.env.sleep(`${startIn} days`);
      await suite.env.sleep('2 hours');
      const running = await handle.query(placementStateQuery);
      expect(running.status).toBe('active');
      expect(running.timesheetWeeks).toEqual([isoWeekOfDate(start)]);
      const tuesday = addDays(start, 1);
      await handle.executeUpdate(endPlacementUpdate, {
        args: [{ endedOn: tuesday, reason: 'the residence closed a ward', today: await suite.today(), actor: admin }],
      });

      await suite.env.sleep('3 days');
      const week = suite.env.client.workflow.getHandle(`timesheet:${placementId}:${isoWeekOfDate(start)}`);
      const shift = (date: string) => ({ date, start: '08:00', end: '16:30', breakMinutes: 30, kind: 'regular' as const });
      const afterEnd = week.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(start), shift(tuesday), shift(addDays(start, 2))], actor: admin }] });
      await expect(afterEnd).rejects.toMatchObject({ cause: { details: [[expect.objectContaining({ field: 'entries.2.date', code: 'outside-placement' })]] } });
      const saved = await week.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(start), shift(tuesday)], actor: admin }] });
      expect(saved.entries).toHaveLength(2);
      expect((await week.query(timesheetStateQuery)).totalMinutes).toBe(960);
    });
  });
});
