import { EmploymentContract } from '../db/entities';
import type { ActivityDeps } from './deps';

/** Contract statuses in which a permit expiry must suspend the contract. */
const SUSPENDABLE = ['awaiting-signatures', 'awaiting-dimona', 'blocked-awaiting-dimona', 'active'];

export const employmentContractWorkflowId = (contractId: string) => `employment-contract:${contractId}`;

export function contractActivities({ orm }: ActivityDeps) {
  return {
    /** The workflow ids of the worker's contracts that a permit expiry suspends. */
    async listSuspendableContracts({ workerId }: { workerId: string }): Promise<string[]> {
      const contracts = await orm.em.fork().find(EmploymentContract, { worker: workerId, status: { $in: SUSPENDABLE } }, { fields: ['id'] });
      return contracts.map((c) => employmentContractWorkflowId(c.id));
    },
  };
}
