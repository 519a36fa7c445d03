import { describe, expect, it } from 'vitest';
import { deadlinesToAlert, nextAlertDate } from '../../domain/declarations/compliance-calendar';
import { addDays, daysBetween } from '../../domain/time/dates';
import { complianceCalendarWorkflow } from '../../workflows/compliance-calendar';
import { eventually } from '../support/journeys';
import { workflowSuite } from '../support/workflow-suite';

const suite = workflowSuite();
const alertKeys = async () =>
  (await suite.db.query(`select idempotency_key from alert where kind = 'compliance-deadline'`)).map((r) => r.idempotency_key as string);

describe('the compliance calendar workflow', () => {
  it('raises each deadline’s alert on its alert day, sleeping on a durable timer in between', async () => {
    const workflowId = 'compliance-calendar-test';
    await suite.withWorker({ leftovers: () => [workflowId] }, async (taskQueue) => {
      const today = await suite.today();
      await suite.env.client.workflow.start(complianceCalendarWorkflow, { taskQueue, workflowId, args: [] });
      const dueNow = deadlinesToAlert(today).map((d) => `compliance:${d.key}`);
      await eventually(alertKeys, (keys) => dueNow.every((k) => keys.includes(k)), 'the alerts due today');

      const next = nextAlertDate(addDays(today, 1), 400)!;
      const comingKeys = deadlinesToAlert(next)
        .map((d) => `compliance:${d.key}`)
        .filter((k) => !dueNow.includes(k));
      expect(comingKeys.length).toBeGreaterThan(0);
      expect((await alertKeys()).filter((k) => comingKeys.includes(k))).toEqual([]);

      // Skip to the day after the next alert day: the timer fires and those alerts appear, once each.
      await suite.env.sleep(`${daysBetween(today, next) + 1} days`);
      await eventually(alertKeys, (keys) => comingKeys.every((k) => keys.includes(k)), 'the alerts of the next alert day');
      const keys = await alertKeys();
      expect(new Set(keys).size).toBe(keys.length);
    });
  });
});
