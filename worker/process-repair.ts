import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import { planMilestones } from '../domain/trajectory/milestones';
import { Cohort, EmploymentContract, Participant, PendingProcessStart, Placement, Worker, type IPendingProcessStart } from '../db/entities';
import { startRepeating, type RepeatingTask } from './repeating';
import { payrollFactsOf } from '../db/payroll-facts';
import { placementProcessInput, startProcess, type ProcessKind, type ProcessStart } from '../workflows/process-starts';

export interface ProcessRepairDeps {
  orm: MikroORM;
  logger: Logger;
  temporal: Client;
  taskQueue: string;
  deemedApprovalDays: number;
}

/** An entry younger than this is the API's own start still under way: leave it alone. */
export const REPAIR_GRACE_MS = 60_000;
const BATCH = 100;

/** The process input, rebuilt from the row exactly as the route that wrote it built it; null when the row is gone. */
async function startFor(em: EntityManager, entry: IPendingProcessStart, deemedApprovalDays: number): Promise<ProcessStart | null> {
  const id = entry.subjectId;
  switch (entry.kind as ProcessKind) {
    case 'worker-onboarding': {
      const worker = await em.findOne(Worker, { id, erasedAt: null });
      return worker ? { kind: 'worker-onboarding', input: { workerId: id, payroll: await payrollFactsOf(em, id) } } : null;
    }
    case 'employment-contract': {
      const c = await em.findOne(EmploymentContract, { id });
      return c ? { kind: 'employment-contract', input: { contractId: id, workerId: c.worker, startDate: c.startDate, endDate: c.endDate } } : null;
    }
    case 'placement': {
      const p = await em.findOne(Placement, { id });
      return p ? { kind: 'placement', input: placementProcessInput(p, deemedApprovalDays) } : null;
    }
    case 'trajectory': {
      const participant = await em.findOne(Participant, { id });
      const cohort = participant ? await em.findOne(Cohort, { id: participant.cohort }) : null;
      if (!participant || !cohort) return null;
      const milestones = planMilestones(cohort.milestonePlan, cohort.startDate);
      return { kind: 'trajectory', input: { participantId: id, cohortStart: cohort.startDate, selectedOn: participant.selectedOn, milestones } };
    }
    default:
      return null;
  }
}

/**
 * Starts the processes whose rows were written but whose start did not happen (see
 * api/processes.ts), oldest first. Several worker processes may run this at once: a start is
 * idempotent by its business id, and a process that already ran to its end is never started
 * again. Logs workflow ids and error kinds only.
 */
export async function repairPendingStarts(deps: ProcessRepairDeps, now = new Date()): Promise<{ started: number; gone: number; failed: number }> {
  const em = deps.orm.em.fork();
  const due = await em.find(
    PendingProcessStart,
    { createdAt: { $lt: new Date(now.getTime() - REPAIR_GRACE_MS) } },
    { orderBy: { createdAt: 'asc' }, limit: BATCH },
  );
  const counts = { started: 0, gone: 0, failed: 0 };
  for (const entry of due) {
    const start = await startFor(em, entry, deps.deemedApprovalDays);
    if (!start) {
      await em.nativeDelete(PendingProcessStart, { workflowId: entry.workflowId });
      deps.logger.warn({ workflowId: entry.workflowId }, 'pending process start dropped: its row no longer exists');
      counts.gone++;
      continue;
    }
    try {
      await startProcess(deps.temporal, deps.taskQueue, start);
      await em.nativeDelete(PendingProcessStart, { workflowId: entry.workflowId });
      deps.logger.info({ workflowId: entry.workflowId }, 'process started by the process repair');
      counts.started++;
    } catch (err) {
      await em.nativeUpdate(PendingProcessStart, { workflowId: entry.workflowId }, { attempts: entry.attempts + 1, lastAttemptAt: now });
      deps.logger.warn({ workflowId: entry.workflowId, err: { name: (err as Error)?.name } }, 'process repair: start failed; next round tries again');
      counts.failed++;
    }
  }
  return counts;
}

/** The repair loop beside the Temporal worker, a round every `intervalMs` (`runNow` for tests). */
export function startProcessRepair(deps: ProcessRepairDeps, opts: { intervalMs: number }): RepeatingTask<{ started: number; gone: number; failed: number }> {
  return startRepeating(() => repairPendingStarts(deps), { intervalMs: opts.intervalMs, logger: deps.logger, what: 'process repair' });
}
