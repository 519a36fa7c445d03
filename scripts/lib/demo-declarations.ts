import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { ApiDeps } from '../../api/deps';
import { DmfaDeclaration, UserAccount } from '../../db/entities';
import { processIds } from '../../domain/process-ids';
import { dmfaWorkflow } from '../../workflows/dmfa';

/**
 * Demo: once the demo history's quarter is paid, its DmfA is built right away (as admin@demo.coop
 * would by POST /declarations/dmfa), so the walk-through can read it, check it and send it.
 * Idempotent: the quarter's workflow is found if it exists.
 */
export async function buildDemoDmfa(deps: ApiDeps, quarter: string, timeoutMs = 60_000): Promise<string> {
  const admin = await deps.orm.em.fork().findOneOrFail(UserAccount, { email: 'admin@demo.coop' });
  try {
    await deps.temporal.workflow.start(dmfaWorkflow, {
      workflowId: processIds.dmfa(quarter),
      taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
      args: [{ quarter, requestedBy: { userId: admin.id, role: 'admin' } }],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await deps.orm.em.fork().findOne(DmfaDeclaration, { quarter });
    if (row && row.status !== 'building') {
      return `DmfA ${quarter}: ${row.status} (version ${row.currentVersion}) — GET /api/v1/declarations/dmfa/${quarter}, send it with POST …/submission.`;
    }
    if (Date.now() > deadline) throw new Error(`the demo DmfA of ${quarter} was not built in time`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
