import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { addDays } from '../../domain/time/dates';
import { storedDocumentContent } from '../../platform/crypto/field-cipher';
import {
  cancelContractUpdate,
  contractStateQuery,
  employmentContractWorkflow,
  endContractUpdate,
  permitExpiredSignal,
  signContractUpdate,
} from '../../workflows/employment-contract';
import { giveNationalNumber, insertContract, insertWorker } from '../support/fixtures';
import { ScriptedOnss } from '../support/scripted-onss';
import { createActivities } from '../../activities';
import { createLogger } from '../../platform/logger';
import { buildActivityDeps } from '../../worker/create-worker';
import { workflowSuite } from '../support/workflow-suite';
import { describe, expect, it } from 'vitest';

const suite = workflowSuite();
const admin = { userId: randomUUID(), role: 'admin' as const };
const workerActor = { userId: randomUUID(), role: 'worker' as const };
const today = suite.today;

/** A worker with a national number and a contract from `startIn` days to `endIn` days from now, and its running workflow. */
type ContractHandle = WorkflowHandle<typeof employmentContractWorkflow>;

async function contractScenario(
  onss: ScriptedOnss,
  startIn: number,
  endIn: number,
  fn: (ctx: { handle: ContractHandle; contractId: string; workerId: string; day: string; niss: string }) => Promise<void>,
) {
  const workerId = await insertWorker(suite.db);
  const niss = await giveNationalNumber(suite.db, suite.cipher, workerId);
  const day = await today();
  const contractId = await insertContract(suite.db, workerId, { startDate: addDays(day, startIn), endDate: addDays(day, endIn) });
  await suite.withWorker({ fakes: { declarations: onss }, leftovers: () => [`employment-contract:${contractId}`] }, async (taskQueue) => {
    const handle = await suite.env.client.workflow.start(employmentContractWorkflow, {
      taskQueue,
      workflowId: `employment-contract:${contractId}`,
      args: [{ contractId, workerId, startDate: addDays(day, startIn), endDate: addDays(day, endIn) }],
    });
    await fn({ handle, contractId, workerId, day, niss });
  });
}

const sign = (handle: ContractHandle, party: 'worker' | 'cooperative') =>
  handle.executeUpdate(signContractUpdate, { args: [{ party, actor: party === 'worker' ? workerActor : admin }] });
const contractRow = async (id: string) => (await suite.db.query('select * from employment_contract where id = $1', [id]))[0]!;
const alertKinds = async (contractId: string) =>
  (await suite.db.query('select kind from alert where subject_id = $1 order by raised_at', [contractId])).map((a) => a.kind);
const settle = async (handle: ContractHandle) => {
  await suite.env.sleep('1 minute');
  return handle.query(contractStateQuery);
};

describe('employment contract workflow', () => {
  it('renders the contract PDF, reminds after 3 days and expires unsigned after 14', async () => {
    const onss = new ScriptedOnss();
    await contractScenario(onss, 20, 200, async ({ handle, contractId }) => {
      await sign(handle, 'worker');
      await suite.env.sleep('2 days');
      expect(await alertKinds(contractId)).toEqual([]);
      await suite.env.sleep('25 hours');
      await handle.query(contractStateQuery);
      expect(await alertKinds(contractId)).toEqual(['contract-signature-reminder']);
      expect(await handle.result()).toBe('expired-unsigned');
      expect(await alertKinds(contractId)).toEqual(['contract-signature-reminder', 'contract-expired-unsigned']);
      const row = await contractRow(contractId);
      expect(row.status).toBe('expired-unsigned');
      // Never signed by both: only the draft, no signed version.
      expect(await suite.db.query('select version from stored_document where business_key like $1', [`contract:${contractId}%`])).toEqual([{ version: 1 }]);
      const [doc] = await suite.db.query('select content_type, size_bytes, content_cipher from stored_document where id = $1', [row.document_id]);
      expect(doc!.content_type).toBe('application/pdf');
      expect(
        suite.cipher
          .decryptBytes(doc!.content_cipher as Buffer, storedDocumentContent(row.document_id as string))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    });
    expect(onss.filed).toEqual([]);
  });

  it('becomes active only once ONSS acknowledges the Dimona IN', async () => {
    const onss = new ScriptedOnss();
    onss.next.IN = 'pending';
    let niss = '';
    await contractScenario(onss, 10, 100, async ({ handle, contractId, niss: number }) => {
      niss = number;
      await sign(handle, 'worker');
      await sign(handle, 'cooperative');
      expect((await settle(handle)).status).toBe('awaiting-dimona');
      await suite.env.sleep('2 hours');
      expect((await handle.query(contractStateQuery)).status).toBe('awaiting-dimona');
      onss.answer(onss.referenceOf('IN')!, 'accepted');
      await suite.env.sleep('2 hours');
      expect((await handle.query(contractStateQuery)).status).toBe('active');
      expect((await contractRow(contractId)).status).toBe('active');
      // Both signatures re-issued the contract as version 2, superseding the draft, which stays.
      const versions = await suite.db.query('select id, version, supersedes from stored_document where business_key like $1 order by version', [
        `contract:${contractId}%`,
      ]);
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      expect(versions[1]!.supersedes).toBe(versions[0]!.id);
      expect((await contractRow(contractId)).document_id).toBe(versions[1]!.id);
      const [declaration] = await suite.db.query('select action, status, period_id, payload_cipher from dimona_declaration where contract_id = $1', [
        contractId,
      ]);
      expect(declaration).toMatchObject({ action: 'IN', status: 'accepted', period_id: `PERIOD-${onss.referenceOf('IN')}` });
      expect(declaration!.payload_cipher).not.toContain(niss);
    });
    expect(onss.filed.map((f) => f.action)).toEqual(['IN']);
    expect(onss.filed[0]!.request).toMatchObject({ worker: { ssin: niss }, dimonaIn: { features: { workerType: 'OTH', jointCommissionNumber: 'XXX' } } });
  });

  it('blocks the start and alerts an admin when the start day comes before the acknowledgement', async () => {
    const onss = new ScriptedOnss();
    onss.next.IN = 'pending';
    await contractScenario(onss, 2, 60, async ({ handle, contractId }) => {
      await sign(handle, 'cooperative');
      await sign(handle, 'worker');
      await suite.env.sleep('3 days');
      expect((await handle.query(contractStateQuery)).status).toBe('blocked-awaiting-dimona');
      expect(await alertKinds(contractId)).toContain('contract-start-blocked');
      onss.answer(onss.referenceOf('IN')!, 'accepted');
      await suite.env.sleep('2 hours');
      expect((await handle.query(contractStateQuery)).status).toBe('active');
    });
  });

  it('keeps a contract whose Dimona ONSS refused out of force, until it is cancelled', async () => {
    const onss = new ScriptedOnss();
    onss.next.IN = 'refused';
    await contractScenario(onss, 10, 100, async ({ handle, contractId, day }) => {
      await sign(handle, 'cooperative');
      await sign(handle, 'worker');
      expect((await settle(handle)).status).toBe('dimona-refused');
      expect(await alertKinds(contractId)).toContain('dimona-refused');
      await handle.executeUpdate(cancelContractUpdate, { args: [{ reason: 'identity to be checked', today: day, actor: admin }] });
      expect(await handle.result()).toBe('cancelled');
    });
    expect(onss.filed.map((f) => f.action)).toEqual(['IN']);
  });

  it('files the Dimona OUT and ends the contract after its last day', async () => {
    const onss = new ScriptedOnss();
    await contractScenario(onss, 1, 30, async ({ handle, contractId, day }) => {
      await sign(handle, 'cooperative');
      await sign(handle, 'worker');
      expect((await settle(handle)).status).toBe('active');
      await suite.env.sleep('25 days');
      expect((await handle.query(contractStateQuery)).status).toBe('active');
      expect(await handle.result()).toBe('ended');
      expect((await contractRow(contractId)).ended_on).toBe(addDays(day, 30));
    });
    expect(onss.filed.map((f) => f.action)).toEqual(['IN', 'OUT']);
    expect(onss.filed[1]!.request).toMatchObject({ dimonaOut: { periodId: 'PERIOD-REF-1' } });
  });

  it('ends early on request with a Dimona OUT for the last day', async () => {
    const onss = new ScriptedOnss();
    await contractScenario(onss, 0, 90, async ({ handle, day }) => {
      await sign(handle, 'cooperative');
      await sign(handle, 'worker');
      await settle(handle);
      const accepted = await handle.executeUpdate(endContractUpdate, {
        args: [{ endedOn: addDays(day, 5), reason: 'worker found a permanent job', today: day, actor: admin }],
      });
      expect(accepted.pendingRequest).toBe('end');
      await suite.env.sleep('1 hour');
      expect((await handle.query(contractStateQuery)).lastDay).toBe(addDays(day, 5));
      expect(await handle.result()).toBe('ended');
    });
    expect(onss.filed.map((f) => f.action)).toEqual(['IN', 'OUT']);
  });

  it('suspends a running contract when the work permit expires', async () => {
    const onss = new ScriptedOnss();
    await contractScenario(onss, 0, 90, async ({ handle, contractId }) => {
      await sign(handle, 'cooperative');
      await sign(handle, 'worker');
      await settle(handle);
      await handle.signal(permitExpiredSignal, { validUntil: '2026-12-31' });
      await suite.env.sleep('1 minute');
      expect((await handle.query(contractStateQuery)).status).toBe('suspended');
      expect((await contractRow(contractId)).status).toBe('suspended');
      expect(await alertKinds(contractId)).toContain('contract-suspended');
    });
  });

  it('cancels before the start with a Dimona CANCEL, and refuses to sign twice or cancel twice', async () => {
    const onss = new ScriptedOnss();
    await contractScenario(onss, 10, 90, async ({ handle, day }) => {
      await sign(handle, 'cooperative');
      await expect(sign(handle, 'cooperative')).rejects.toMatchObject({ cause: { message: expect.stringMatching(/already signed/) } });
      await sign(handle, 'worker');
      await settle(handle);
      await handle.executeUpdate(cancelContractUpdate, { args: [{ reason: 'placement fell through', today: day, actor: admin }] });
      await expect(handle.executeUpdate(cancelContractUpdate, { args: [{ reason: 'again', today: day, actor: admin }] })).rejects.toMatchObject({
        cause: { details: [[expect.objectContaining({ field: 'contract', code: 'already-cancelling' })]] },
      });
      expect(await handle.result()).toBe('cancelled');
    });
    expect(onss.filed.map((f) => f.action)).toEqual(['IN', 'CANCEL']);
  });
});

describe('filing a Dimona', () => {
  it('never files twice, however often the activity is retried', async () => {
    const onss = new ScriptedOnss();
    const workerId = await insertWorker(suite.db);
    await giveNationalNumber(suite.db, suite.cipher, workerId);
    const day = await today();
    const contractId = await insertContract(suite.db, workerId, { startDate: addDays(day, 3), endDate: addDays(day, 40) });
    const activities = createActivities({
      ...buildActivityDeps(suite.config, { orm: suite.db.orm, cipher: suite.cipher, logger: createLogger('silent'), temporal: suite.env.client }),
      declarations: onss,
    });
    const first = await activities.fileDimona({ contractId, action: 'IN' });
    const again = await Promise.all([activities.fileDimona({ contractId, action: 'IN' }), activities.fileDimona({ contractId, action: 'IN' })]);
    expect(again.map((a) => a.reference)).toEqual([first.reference, first.reference]);
    expect(onss.filed).toHaveLength(1);
    expect(await suite.db.query('select count(*)::int as n from dimona_declaration where contract_id = $1', [contractId])).toEqual([{ n: 1 }]);
  });
});

describe('a stored value that does not decrypt where it is', () => {
  it('holds the contract with an integrity alert naming the place and the process, is not retried, and goes on once the value is restored', async () => {
    const onss = new ScriptedOnss();
    const [yonas, amina] = [await insertWorker(suite.db), await insertWorker(suite.db)];
    await giveNationalNumber(suite.db, suite.cipher, yonas);
    const aminaNiss = await giveNationalNumber(suite.db, suite.cipher, amina);
    // Someone with database access gives Yonas' file Amina's national number.
    await suite.db.query('update worker set national_number_cipher = a.national_number_cipher from worker a where a.id = $1 and worker.id = $2', [
      amina,
      yonas,
    ]);
    const day = await today();
    const contractId = await insertContract(suite.db, yonas, { startDate: addDays(day, 10), endDate: addDays(day, 100) });
    const workflowId = `employment-contract:${contractId}`;
    const integrityAlerts = () =>
      suite.db.query<{ subject_type: string; subject_id: string; severity: string; message: string; worker_id: string | null }>(
        `select subject_type, subject_id, severity, message, worker_id from alert where kind = 'encrypted-field-integrity' and idempotency_key like $1`,
        [`%:${workflowId}`],
      );
    await suite.withWorker({ fakes: { declarations: onss }, leftovers: () => [workflowId] }, async (taskQueue) => {
      const handle = await suite.env.client.workflow.start(employmentContractWorkflow, {
        taskQueue,
        workflowId,
        args: [{ contractId, workerId: yonas, startDate: addDays(day, 10), endDate: addDays(day, 100) }],
      });
      // The contract PDF needs Yonas' national number: the read fails, once, and the administrators are told.
      const deadline = Date.now() + 20_000;
      while ((await integrityAlerts()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      const [alert, ...more] = await integrityAlerts();
      expect(more).toEqual([]);
      expect(alert).toMatchObject({ subject_type: 'worker', subject_id: yonas, worker_id: yonas, severity: 'critical' });
      expect(alert!.message).toBe(
        `The encrypted worker.national_number_cipher of row ${yonas} failed its integrity check: it was altered, or copied from another row or column. ` +
          `Restore it from a backup or record it again. The process ${workflowId} waits for it and reads it again every hour.`,
      );
      expect(alert!.message).not.toContain(aminaNiss);
      const attempts = async () =>
        (await handle.fetchHistory()).events!.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'prepareContractDocument').length;
      const failures = async () => (await handle.fetchHistory()).events!.filter((e) => e.activityTaskFailedEventAttributes).length;
      expect(await failures()).toBe(1);
      const started = (await handle.fetchHistory()).events!.filter((e) => e.activityTaskStartedEventAttributes);
      expect(started[0]!.activityTaskStartedEventAttributes!.attempt).toBe(1);
      expect((await handle.describe()).status.name).toBe('RUNNING');
      expect((await contractRow(contractId)).document_id).toBeNull();

      // Still unreadable an hour later: read once more, no second alert, still waiting.
      await suite.env.sleep('61 minutes');
      await handle.query(contractStateQuery);
      expect(await attempts()).toBe(2);
      expect(await failures()).toBe(2);
      expect(await integrityAlerts()).toHaveLength(1);

      // An administrator records Yonas' own number again: within the hour the contract goes on.
      await giveNationalNumber(suite.db, suite.cipher, yonas);
      await suite.env.sleep('61 minutes');
      expect(await handle.query(contractStateQuery)).toMatchObject({ status: 'awaiting-signatures' });
      expect(await attempts()).toBe(3);
      expect((await contractRow(contractId)).document_id).not.toBeNull();
    });
  });
});
