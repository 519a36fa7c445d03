import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/time/dates';
import { contractStateQuery, employmentContractWorkflow, signContractUpdate } from '../../workflows/employment-contract';
import {
  onboardingStateQuery,
  recordConsentUpdate,
  recordDocumentsCheckedUpdate,
  recordWorkAuthorisationUpdate,
  workerOnboardingWorkflow,
} from '../../workflows/worker-onboarding';
import { giveNationalNumber, insertContract, insertWorker } from '../support/fixtures';
import { ScriptedOnss } from '../support/scripted-onss';
import { workflowSuite } from '../support/workflow-suite';

const suite = workflowSuite();
const admin = { userId: randomUUID(), role: 'admin' as const };

describe('a work permit that expires', () => {
  it("suspends the worker's running contract through its process, and the worker is no longer ready", async () => {
    const workerId = await insertWorker(suite.db);
    await giveNationalNumber(suite.db, suite.cipher, workerId);
    const day = await suite.today();
    const contractId = await insertContract(suite.db, workerId, { startDate: day, endDate: addDays(day, 30) });
    const ids = [`worker-onboarding:${workerId}`, `employment-contract:${contractId}`];
    await suite.withWorker({ fakes: { declarations: new ScriptedOnss() }, leftovers: () => ids }, async (taskQueue) => {
      const onboarding = await suite.env.client.workflow.start(workerOnboardingWorkflow, { taskQueue, workflowId: ids[0]!, args: [{ workerId }] });
      await onboarding.executeUpdate(recordConsentUpdate, { args: [{ actor: admin, today: day, textVersion: '2026-01', givenAt: new Date().toISOString() }] });
      await onboarding.executeUpdate(recordWorkAuthorisationUpdate, {
        args: [{ actor: admin, today: day, permitNumber: 'P-9', issuingAuthority: 'Brussels Region', validFrom: day, validUntil: addDays(day, 5) }],
      });
      await onboarding.executeUpdate(recordDocumentsCheckedUpdate, {
        args: [{ actor: admin, today: day, items: ['identity-document', 'work-permit', 'bank-details', 'diplomas-or-skills'] }],
      });

      const contract = await suite.env.client.workflow.start(employmentContractWorkflow, {
        taskQueue,
        workflowId: ids[1]!,
        args: [{ contractId, workerId, startDate: day, endDate: addDays(day, 30) }],
      });
      await contract.executeUpdate(signContractUpdate, { args: [{ party: 'worker', actor: admin }] });
      await contract.executeUpdate(signContractUpdate, { args: [{ party: 'cooperative', actor: admin }] });
      await suite.env.sleep('1 hour');
      expect((await contract.query(contractStateQuery)).status).toBe('active');

      await suite.env.sleep('6 days');
      expect((await onboarding.query(onboardingStateQuery)).status).toBe('permit-expired');
      await suite.env.sleep('1 minute');
      expect((await contract.query(contractStateQuery)).status).toBe('suspended');
      const [row] = await suite.db.query('select status from employment_contract where id = $1', [contractId]);
      expect(row).toEqual({ status: 'suspended' });
    });
  });
});
