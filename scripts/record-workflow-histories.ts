/**
 * Developer tool: records one representative history of each orchestration workflow on the
 * time-skipping test server, into test/workflows/histories/, for the replay test:
 *   npx tsx scripts/record-workflow-histories.ts
 * Activities are stand-ins and payloads are not encrypted: the histories hold only made-up data
 * and replay without any environment's keys. Re-record only on purpose (a deliberate, versioned
 * change): the committed files prove that new code still replays what old code wrote.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import protos from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { Activities } from '../activities';
import { DEFAULT_APPROVAL_POLICY } from '../domain/timesheets/timesheet';
import { brusselsDateOf } from '../domain/time/brussels';
import { addDays, datesOfIsoWeek, isoWeekOfDate } from '../domain/time';
import { employmentContractWorkflow, endContractUpdate, signContractUpdate } from '../workflows/employment-contract';
import { decidePlacementUpdate, placementWorkflow } from '../workflows/placement';
import {
  answerCorrectionUpdate,
  correctTimesheetUpdate,
  decideTimesheetUpdate,
  saveEntriesUpdate,
  submitTimesheetUpdate,
  timesheetWorkflow,
} from '../workflows/timesheet';
import { recordConsentUpdate, recordDocumentsCheckedUpdate, recordWorkAuthorisationUpdate, workerOnboardingWorkflow } from '../workflows/worker-onboarding';
import { installTemporalRuntime, WORKFLOWS_PATH } from '../worker/create-worker';
import { ROOT } from './lib/paths';
import { ensureTemporalTools } from './lib/temporal-tools';

type StandIns = Partial<Activities>;
const done = async () => undefined;
const standIns: StandIns = {
  saveOnboardingProgress: done,
  raiseAlert: done,
  listSuspendableContracts: async () => [],
  prepareContractDocument: async () => ({ documentId: 'recorded-document' }),
  saveContractStatus: done,
  fileDimona: async ({ action }) => ({ reference: `recorded-${action}` }),
  readDimona: async () => ({ state: 'accepted', anomalies: [] }),
  notifyEmployerOfProposal: done,
  savePlacementStatus: done,
  checkPlacementGates: async () => ({ failed: [], contractId: 'recorded-contract' }),
  releaseContractAfterPlacement: async () => 'kept',
  saveTimesheet: async () => ({ timesheetId: 'recorded-timesheet' }),
  sendApprovalRequest: async () => 1,
  recordTimesheetDecision: async (input) => ({ recorded: true, status: input.decision }),
  notifyApproval: done,
  recordWorkerConfirmation: done,
  notifyDispute: async (input) => input.reason ?? '',
  proposeTimesheetCorrection: async () => ({ timesheetId: 'recorded-correction' }),
  recordCorrectionAnswer: done,
};
const actor = { userId: 'recorded-admin', role: 'admin' as const };
const HistoryMessage = protos.temporal.api.history.v1.History;

const tools = ensureTemporalTools();
installTemporalRuntime();
const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: tools.testServer } } });
const today = async () => brusselsDateOf(await env.currentTimeMs());

async function save(name: string, handle: WorkflowHandle) {
  const history = await handle.fetchHistory();
  // historyToJSON of this SDK install trips over two protobufjs copies: the History message's own
  // toObject writes the JSON, and the replay test reads it back with fromObject.
  const json = HistoryMessage.toObject(HistoryMessage.fromObject(history), { longs: String, enums: String, bytes: String, defaults: false });
  writeFileSync(join(ROOT, 'test', 'workflows', 'histories', `${name}.json`), `${JSON.stringify(json, null, 1)}\n`);
  console.log(`${name}: ${history.events?.length ?? 0} events`);
  if ((await handle.describe()).status.name === 'RUNNING') await handle.terminate('recorded');
}

try {
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue: 'record-history', workflowsPath: WORKFLOWS_PATH, activities: standIns });
  await worker.runUntil(async () => {
    const taskQueue = 'record-history';

    // Onboarding: consent, permit, documents, the D-30 alert, expiry, a renewal.
    const onboarding = await env.client.workflow.start(workerOnboardingWorkflow, {
      taskQueue,
      workflowId: 'worker-onboarding:recorded-worker',
      args: [{ workerId: 'recorded-worker' }],
    });
    let day = await today();
    await onboarding.executeUpdate(recordConsentUpdate, { args: [{ actor, today: day, textVersion: '2026-01', givenAt: new Date(0).toISOString() }] });
    await onboarding.executeUpdate(recordWorkAuthorisationUpdate, {
      args: [{ actor, today: day, permitNumber: 'RECORDED', issuingAuthority: 'Brussels Region', validFrom: day, validUntil: addDays(day, 40) }],
    });
    await onboarding.executeUpdate(recordDocumentsCheckedUpdate, {
      args: [{ actor, today: day, items: ['identity-document', 'work-permit', 'bank-details', 'diplomas-or-skills'] }],
    });
    await env.sleep('45 days');
    day = await today();
    await onboarding.executeUpdate(recordWorkAuthorisationUpdate, {
      args: [{ actor, today: day, permitNumber: 'RECORDED-2', issuingAuthority: 'Brussels Region', validFrom: day, validUntil: addDays(day, 365) }],
    });
    await save('worker-onboarding-expiry-and-renewal', onboarding);

    // Contract: both signatures, Dimona IN, active, early end with Dimona OUT.
    day = await today();
    const contract = await env.client.workflow.start(employmentContractWorkflow, {
      taskQueue,
      workflowId: 'employment-contract:recorded-contract',
      args: [{ contractId: 'recorded-contract', workerId: 'recorded-worker', startDate: addDays(day, 1), endDate: addDays(day, 60) }],
    });
    await contract.executeUpdate(signContractUpdate, { args: [{ party: 'worker', actor }] });
    await contract.executeUpdate(signContractUpdate, { args: [{ party: 'cooperative', actor }] });
    await env.sleep('2 days');
    await contract.executeUpdate(endContractUpdate, { args: [{ endedOn: addDays(await today(), 3), reason: 'recorded', today: await today(), actor }] });
    await contract.result();
    await save('employment-contract-early-end', contract);

    // Timesheet: entries, submission, a reminder, approval, a correction the worker confirms (since
    // patched('correction-needs-worker'); timesheet-approval-and-correction.json holds the old road,
    // recorded before it, and is no longer written here).
    day = await today();
    const week = isoWeekOfDate(day);
    const days = datesOfIsoWeek(week);
    const timesheet = await env.client.workflow.start(timesheetWorkflow, {
      taskQueue,
      workflowId: `timesheet:recorded-placement:${week}`,
      args: [
        {
          placementId: 'recorded-placement',
          workerId: 'recorded-worker',
          employerId: 'recorded-employer',
          isoWeek: week,
          placementStart: days[0]!,
          placementEnd: addDays(days[6]!, 30),
          policy: DEFAULT_APPROVAL_POLICY,
        },
      ],
    });
    const shift = (date: string) => ({ date, start: '08:00', end: '16:30', breakMinutes: 30, kind: 'regular' as const });
    await timesheet.executeUpdate(saveEntriesUpdate, { args: [{ entries: [shift(days[0]!)], actor }] });
    await timesheet.executeUpdate(submitTimesheetUpdate, { args: [{ actor }] });
    await env.sleep('25 hours');
    await timesheet.executeUpdate(decideTimesheetUpdate, { args: [{ decision: 'approve', version: 1, via: 'account', actor }] });
    await timesheet.executeUpdate(correctTimesheetUpdate, { args: [{ reason: 'recorded correction', entries: [shift(days[0]!), shift(days[1]!)], actor }] });
    await timesheet.executeUpdate(answerCorrectionUpdate, {
      args: [{ answer: 'confirm', version: 2, actor: { userId: 'recorded-worker-account', role: 'worker' } }],
    });
    await save('timesheet-correction-confirmed-by-worker', timesheet);

    // Placement: accepted, gates hold, two weeks of timesheets started, ended.
    day = await today();
    const placement = await env.client.workflow.start(placementWorkflow, {
      taskQueue,
      workflowId: 'placement:recorded-placement-2',
      args: [
        {
          placementId: 'recorded-placement-2',
          workerId: 'recorded-worker',
          employerId: 'recorded-employer',
          startDate: day,
          endDate: addDays(day, 10),
          approvalPolicy: DEFAULT_APPROVAL_POLICY,
        },
      ],
    });
    await placement.executeUpdate(decidePlacementUpdate, { args: [{ decision: 'accept', actor }] });
    await placement.result();
    await save('placement-accepted-to-end', placement);
    for (const w of [isoWeekOfDate(day), isoWeekOfDate(addDays(day, 7)), isoWeekOfDate(addDays(day, 10))]) {
      await env.client.workflow
        .getHandle(`timesheet:recorded-placement-2:${w}`)
        .terminate('recorded')
        .catch(() => undefined);
    }
  });
} finally {
  await env.teardown();
}
