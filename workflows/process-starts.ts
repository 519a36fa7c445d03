/**
 * What starting each long-running process means, in one place for the API (which starts it right
 * after writing its row) and the worker's process repair (which starts it when that failed).
 * Not workflow code: this file is never bundled into the workflow sandbox (workflows/index.ts does
 * not export it); it only names the workflows, their ids and their inputs.
 */
import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { processIds } from '../domain/process-ids';
import { DEFAULT_APPROVAL_POLICY } from '../domain/timesheets/timesheet';
import type { CalendarDate } from '../domain/time/dates';
import { employmentContractWorkflow, type ContractWorkflowInput } from './employment-contract';
import { placementWorkflow, type PlacementWorkflowInput } from './placement';
import { trajectoryWorkflow, type TrajectoryWorkflowInput } from './trajectory';
import { workerOnboardingWorkflow, type WorkerOnboardingInput } from './worker-onboarding';

export type ProcessStart =
  | { kind: 'worker-onboarding'; input: WorkerOnboardingInput }
  | { kind: 'employment-contract'; input: ContractWorkflowInput }
  | { kind: 'placement'; input: PlacementWorkflowInput }
  | { kind: 'trajectory'; input: TrajectoryWorkflowInput };

export type ProcessKind = ProcessStart['kind'];
export const PROCESS_KINDS: readonly ProcessKind[] = ['worker-onboarding', 'employment-contract', 'placement', 'trajectory'];

/** A placement's process input from its row; the deemed-approval delay is the deployment's setting. */
export function placementProcessInput(
  row: { id: string; worker: string; employer: string; startDate: CalendarDate; endDate: CalendarDate },
  deemedApprovalDays: number,
): PlacementWorkflowInput {
  return {
    placementId: row.id,
    workerId: row.worker,
    employerId: row.employer,
    startDate: row.startDate,
    endDate: row.endDate,
    approvalPolicy: { ...DEFAULT_APPROVAL_POLICY, deemedApprovalDays },
  };
}

/** The row the process belongs to: its id is the workflow id's business key. */
export function subjectIdOf(start: ProcessStart): string {
  switch (start.kind) {
    case 'worker-onboarding':
      return start.input.workerId;
    case 'employment-contract':
      return start.input.contractId;
    case 'placement':
      return start.input.placementId;
    case 'trajectory':
      return start.input.participantId;
  }
}

export function workflowIdOf(start: ProcessStart): string {
  switch (start.kind) {
    case 'worker-onboarding':
      return processIds.workerOnboarding(start.input.workerId);
    case 'employment-contract':
      return processIds.employmentContract(start.input.contractId);
    case 'placement':
      return processIds.placement(start.input.placementId);
    case 'trajectory':
      return processIds.trajectory(start.input.participantId);
  }
}

/**
 * Starts the process, once: a running one is found as it is (`USE_EXISTING`), and one that has
 * already run to its end is not started again (`REJECT_DUPLICATE`), so a late repair can never
 * replay a worker's onboarding or a placement.
 */
export async function startProcess(client: Client, taskQueue: string, start: ProcessStart): Promise<void> {
  const common = {
    workflowId: workflowIdOf(start),
    taskQueue,
    workflowIdConflictPolicy: 'USE_EXISTING' as const,
    workflowIdReusePolicy: 'REJECT_DUPLICATE' as const,
  };
  try {
    switch (start.kind) {
      case 'worker-onboarding':
        await client.workflow.start(workerOnboardingWorkflow, { ...common, args: [start.input] });
        return;
      case 'employment-contract':
        await client.workflow.start(employmentContractWorkflow, { ...common, args: [start.input] });
        return;
      case 'placement':
        await client.workflow.start(placementWorkflow, { ...common, args: [start.input] });
        return;
      case 'trajectory':
        await client.workflow.start(trajectoryWorkflow, { ...common, args: [start.input] });
        return;
    }
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}
