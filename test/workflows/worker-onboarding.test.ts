import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { addDays } from '../../domain/time/dates';
import {
  onboardingStateQuery,
  recordConsentUpdate,
  recordDocumentsCheckedUpdate,
  recordWorkAuthorisationUpdate,
  workerOnboardingWorkflow,
} from '../../workflows/worker-onboarding';
import { insertWorker } from '../support/fixtures';
import { workflowSuite } from '../support/workflow-suite';
import { describe, expect, it } from 'vitest';

const suite = workflowSuite();
const admin = { userId: randomUUID(), role: 'admin' as const };

const withWorker = <T>(workerId: string, fn: (taskQueue: string) => Promise<T>) => suite.withWorker({ leftovers: () => [`worker-onboarding:${workerId}`] }, fn);

const today = suite.today;
const workerRow = async (id: string) => (await suite.db.query('select * from worker where id = $1', [id]))[0]!;
const alerts = async (workerId: string) =>
  (await suite.db.query('select kind, severity from alert where worker_id = $1 order by raised_at', [workerId])).map((a) => a.kind);

describe('worker onboarding workflow', () => {
  it('takes a worker from consent through work authorisation and documents to ready', async () => {
    const workerId = await insertWorker(suite.db);
    await withWorker(workerId, async (taskQueue) => {
      const handle = await suite.env.client.workflow.start(workerOnboardingWorkflow, {
        taskQueue,
        workflowId: `worker-onboarding:${workerId}`,
        args: [{ workerId }],
      });
      const day = await today();
      const afterConsent = await handle.executeUpdate(recordConsentUpdate, {
        args: [{ actor: admin, today: day, textVersion: '2026-01', givenAt: new Date().toISOString() }],
      });
      expect(afterConsent.status).toBe('awaiting-work-authorisation');
      const afterPermit = await handle.executeUpdate(recordWorkAuthorisationUpdate, {
        args: [{ actor: admin, today: day, permitNumber: 'BXL-2026-0042', issuingAuthority: 'Brussels Region', validFrom: day, validUntil: addDays(day, 365) }],
      });
      expect(afterPermit.status).toBe('awaiting-documents');
      const ready = await handle.executeUpdate(recordDocumentsCheckedUpdate, {
        args: [{ actor: admin, today: day, items: ['identity-document', 'work-permit', 'bank-details', 'diplomas-or-skills'] }],
      });
      expect(ready.status).toBe('ready');
      expect(await handle.query(onboardingStateQuery)).toMatchObject({ status: 'ready' });
    });
    const row = await workerRow(workerId);
    expect(row.onboarding_status).toBe('ready');
    expect(row.consent_text_version).toBe('2026-01');
    expect(row.permit_number_cipher).toMatch(/^v2\./);
    expect(row.permit_number_cipher).not.toContain('BXL-2026-0042');
    const audit = await suite.db.query('select action from audit_entry where worker_id = $1 order by id', [workerId]);
    expect(audit.map((a) => a.action)).toEqual(['worker.onboarding.consent', 'worker.onboarding.work-authorisation', 'worker.onboarding.documents-checked']);
  });

  it('refuses a work authorisation before consent, and an expired one, without changing anything', async () => {
    const workerId = await insertWorker(suite.db);
    await withWorker(workerId, async (taskQueue) => {
      const handle = await suite.env.client.workflow.start(workerOnboardingWorkflow, {
        taskQueue,
        workflowId: `worker-onboarding:${workerId}`,
        args: [{ workerId }],
      });
      const day = await today();
      const permit = {
        actor: admin,
        today: day,
        permitNumber: 'P-1',
        issuingAuthority: 'Brussels Region',
        validFrom: addDays(day, -400),
        validUntil: addDays(day, 100),
      };
      await expect(handle.executeUpdate(recordWorkAuthorisationUpdate, { args: [permit] })).rejects.toThrow(WorkflowUpdateFailedError);
      await handle.executeUpdate(recordConsentUpdate, { args: [{ actor: admin, today: day, textVersion: '2026-01', givenAt: new Date().toISOString() }] });
      const expired = handle.executeUpdate(recordWorkAuthorisationUpdate, { args: [{ ...permit, validUntil: addDays(day, -1) }] });
      await expect(expired).rejects.toMatchObject({ cause: { message: expect.stringMatching(/already expired/) } });
      expect((await handle.query(onboardingStateQuery)).workAuthorisation).toBeNull();
    });
    expect((await workerRow(workerId)).permit_number_cipher).toBeNull();
  });

  it('alerts 30 days before the permit expires, stops the worker at expiry, and a renewal moves the timers', async () => {
    const workerId = await insertWorker(suite.db);
    await withWorker(workerId, async (taskQueue) => {
      const handle = await suite.env.client.workflow.start(workerOnboardingWorkflow, {
        taskQueue,
        workflowId: `worker-onboarding:${workerId}`,
        args: [{ workerId }],
      });
      const day = await today();
      await handle.executeUpdate(recordConsentUpdate, { args: [{ actor: admin, today: day, textVersion: '2026-01', givenAt: new Date().toISOString() }] });
      await handle.executeUpdate(recordWorkAuthorisationUpdate, {
        args: [{ actor: admin, today: day, permitNumber: 'P-2', issuingAuthority: 'Brussels Region', validFrom: day, validUntil: addDays(day, 40) }],
      });
      await handle.executeUpdate(recordDocumentsCheckedUpdate, {
        args: [{ actor: admin, today: day, items: ['identity-document', 'work-permit', 'bank-details', 'diplomas-or-skills'] }],
      });

      await suite.env.sleep('8 days');
      expect(await alerts(workerId)).toEqual([]);
      await suite.env.sleep('4 days'); // past D-30
      await handle.query(onboardingStateQuery);
      expect(await alerts(workerId)).toEqual(['permit-expiring']);
      expect((await workerRow(workerId)).onboarding_status).toBe('ready');

      await suite.env.sleep('30 days'); // past the last valid day
      expect((await handle.query(onboardingStateQuery)).status).toBe('permit-expired');
      expect((await workerRow(workerId)).onboarding_status).toBe('permit-expired');
      expect(await alerts(workerId)).toEqual(['permit-expiring', 'permit-expired']);

      const renewedOn = await today();
      const renewed = await handle.executeUpdate(recordWorkAuthorisationUpdate, {
        args: [
          {
            actor: admin,
            today: renewedOn,
            permitNumber: 'P-2-RENEWED',
            issuingAuthority: 'Brussels Region',
            validFrom: renewedOn,
            validUntil: addDays(renewedOn, 90),
          },
        ],
      });
      expect(renewed.status).toBe('ready');
      await suite.env.sleep('50 days'); // before the new D-30
      await handle.query(onboardingStateQuery);
      expect(await alerts(workerId)).toHaveLength(2);
      await suite.env.sleep('15 days');
      await handle.query(onboardingStateQuery);
      expect(await alerts(workerId)).toEqual(['permit-expiring', 'permit-expired', 'permit-expiring']);
    });
    expect((await workerRow(workerId)).onboarding_status).toBe('ready');
  });
});
