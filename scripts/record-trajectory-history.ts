/**
 * Developer tool: records the history of the first quarter of a trajectory (baseline, a cohort
 * milestone reminded then missed, a pause and a return, the first review, continue-as-new) on the
 * time-skipping test server, into test/workflows/histories/, for the replay test.
 *   npx tsx scripts/record-trajectory-history.ts [file-name]
 * Activities are stand-ins and payloads are not encrypted: the history holds only made-up data,
 * and it must replay without the keys of any environment. Re-record only on purpose: the point of
 * the committed file is to prove that new code still replays what old code wrote.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import protos from '@temporalio/proto';
import type { Activities } from '../activities';
import { brusselsDateOf, startOfBrusselsDay } from '../domain/time/brussels';
import { addDays, addMonths } from '../domain/time/dates';
import { LIFE_DOMAINS } from '../domain/trajectory/life-domains';
import { planMilestones, STANDARD_MILESTONE_PLAN } from '../domain/trajectory/milestones';
import { pauseTrajectoryUpdate, recordBaselineUpdate, recordReviewUpdate, resumeTrajectoryUpdate, trajectoryWorkflow } from '../workflows/trajectory';
import { installTemporalRuntime, WORKFLOWS_PATH } from '../worker/create-worker';
import { ROOT } from './lib/paths';
import { ensureTemporalTools } from './lib/temporal-tools';

const fileName = process.argv[2] ?? 'trajectory-first-quarter.json';
const tools = ensureTemporalTools();
installTemporalRuntime();
const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: tools.testServer } } });
const standIns: Pick<Activities, 'saveTrajectoryStep' | 'remindCoach' | 'raiseAlert'> = {
  async saveTrajectoryStep() {},
  async remindCoach() {},
  async raiseAlert() {},
};
try {
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue: 'record-history', workflowsPath: WORKFLOWS_PATH, activities: standIns });
  const history = await worker.runUntil(async () => {
    const today = async () => brusselsDateOf(await env.currentTimeMs());
    const until = async (day: string) => env.sleep(Math.max(1, startOfBrusselsDay(day) + 10 * 3600_000 - (await env.currentTimeMs())));
    const cohortStart = await today();
    const plan = [{ code: 'pitch-deck', title: 'Pitch deck', dueAfterMonths: 1 }, ...STANDARD_MILESTONE_PLAN];
    const handle = await env.client.workflow.start(trajectoryWorkflow, {
      taskQueue: 'record-history',
      workflowId: 'trajectory:recorded-participant',
      args: [{ participantId: 'recorded-participant', cohortStart, selectedOn: cohortStart, milestones: planMilestones(plan, cohortStart) }],
    });
    const actor = { userId: 'recorded-coach', role: 'coach' as const };
    const scores = LIFE_DOMAINS.map((domain) => ({ domain, score: 2, note: '' }));
    await handle.executeUpdate(recordBaselineUpdate, { args: [{ actor, today: await today(), scores }] });
    await until(addDays(addMonths(cohortStart, 1), 2)); // reminded a week ahead, then overdue
    await handle.executeUpdate(pauseTrajectoryUpdate, { args: [{ actor, today: await today(), since: await today(), reason: 'moving' }] });
    await until(addDays(addMonths(cohortStart, 1), 12));
    await handle.executeUpdate(resumeTrajectoryUpdate, { args: [{ actor, today: await today(), resumedOn: await today() }] });
    await until(addMonths(cohortStart, 3)); // review due: the run continues as new
    await handle.executeUpdate(recordReviewUpdate, { args: [{ actor, today: await today(), quarter: 1, scores }] });
    const first = env.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId);
    const recorded = await first.fetchHistory();
    await handle.terminate('recorded');
    return recorded;
  });
  const path = join(ROOT, 'test', 'workflows', 'histories', fileName);
  // historyToJSON of this SDK install trips over two protobufjs copies: the JSON is written with
  // the History message's own toObject, and read back with its fromObject (see the replay test).
  const HistoryMessage = protos.temporal.api.history.v1.History;
  const json = HistoryMessage.toObject(HistoryMessage.fromObject(history), { longs: String, enums: String, bytes: String, defaults: false });
  writeFileSync(path, `${JSON.stringify(json, null, 1)}\n`);
  console.log(`wrote ${path} (${history.events?.length ?? 0} events)`);
} finally {
  await env.teardown();
}
