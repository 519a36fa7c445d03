import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protos from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { installTemporalRuntime } from '../../worker/create-worker';
import { workflowBundle } from '../support/temporal';

// Written by scripts/record-workflow-histories.ts and scripts/record-trajectory-history.ts with the
// code of the time; never re-recorded to make this test pass: the point is that today's code
// replays what yesterday's code wrote (a change to a running workflow goes behind patched()).
const HISTORIES = fileURLToPath(new URL('./histories/', import.meta.url));
const HistoryMessage = protos.temporal.api.history.v1.History;
const load = (file: string) => HistoryMessage.fromObject(JSON.parse(readFileSync(join(HISTORIES, file), 'utf8')));
const activitiesIn = (file: string) =>
  (load(file).events ?? []).map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name).filter((name): name is string => Boolean(name));

describe('recorded workflow histories', () => {
  const files = readdirSync(HISTORIES).filter((f) => f.endsWith('.json'));

  it('cover every orchestration workflow', () => {
    const types = new Set(files.map((f) => load(f).events?.[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name));
    expect([...types].sort()).toEqual([
      'employmentContractWorkflow',
      'placementWorkflow',
      'timesheetWorkflow',
      'trajectoryWorkflow',
      'workerOnboardingWorkflow',
    ]);
  });

  it('of the trajectory cover a reminder, an overdue milestone and a pause', () => {
    expect(files).toContain('trajectory-first-quarter.json');
    expect(activitiesIn('trajectory-first-quarter.json')).toEqual(expect.arrayContaining(['saveTrajectoryStep', 'remindCoach', 'raiseAlert']));
  });

  it.each(files)('%s still replays with the current workflow code', async (file) => {
    installTemporalRuntime();
    await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, load(file), file.replace(/\.json$/, ''));
  });
});
