import protos from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processIds } from '../../domain/process-ids';
import { EncryptionCodec } from '../../platform/crypto/payload-codec';
import { keyringOf } from '../../platform/temporal';
import { startTestPlatform, type TestPlatform } from '../support/platform';

const NAME = 'Quasimodo-Test';
const { DescribeWorkflowExecutionResponse, GetWorkflowExecutionHistoryResponse } = protos.temporal.api.workflowservice.v1;

let platform: TestPlatform;
let admin: string;
/** What the Temporal SDK writes itself (its runtime logger writes to stderr): captured beside the platform's own log. */
const sdkLines: string[] = [];
const realWrite = process.stderr.write.bind(process.stderr);

beforeAll(async () => {
  process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
    sdkLines.push(String(chunk));
    return (realWrite as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stderr.write;
  platform = await startTestPlatform();
  admin = (await platform.signIn('admin')).token;
});
afterAll(async () => {
  process.stderr.write = realWrite;
  await platform?.stop();
});

const sql = (text: string, params: unknown[] = []) => platform.db.orm.em.getConnection().execute(text, params);
const until = async <T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

describe('failures carry no personal data (issue 13.8)', () => {
  it('a database failure naming a worker reaches neither the logs nor the workflow history nor the pending activity, and did happen', async () => {
    const registered = await platform.http('POST', '/api/v1/workers', {
      token: admin,
      body: {
        firstName: 'Zebulon',
        displayName: `Zebulon ${NAME}`,
        preferredLanguage: 'fr',
        languagesSpoken: ['fr'],
        skills: ['cooking'],
        sectorsWanted: ['horeca'],
      },
    });
    expect(registered.status).toBe(201);
    const workerId = registered.body.id as string;
    const workflowId = processIds.workerOnboarding(workerId);

    // A database rule that refuses every change of the worker's row, and says whose in its message, as a
    // constraint's detail or a trigger of one's own would: the text that must never leave the activity.
    await sql(`create function refuse_worker_change() returns trigger language plpgsql as $$
      begin raise exception 'worker % (%) is locked', new.display_name, new.first_name; end $$`);
    await sql('create trigger refuse_worker_change before update on worker for each row execute function refuse_worker_change()');
    // The reason the test could fail: the database's own message does name the worker.
    await expect(sql('update worker set onboarding_status = onboarding_status where id = ?', [workerId])).rejects.toThrow(NAME);

    const consent = platform.http('POST', `/api/v1/workers/${workerId}/consent`, { token: admin, body: { textVersion: '2026-01' } });
    const namespace = platform.config.TEMPORAL_NAMESPACE;
    const describeRaw = () => platform.temporal.workflowService.describeWorkflowExecution({ namespace, execution: { workflowId } });
    // The activity that writes the consent fails, and is retried (a database refusal is not a business rule).
    const failing = await until('saveOnboardingProgress to fail twice', async () => {
      const d = await describeRaw().catch(() => undefined);
      const pending = d?.pendingActivities?.find((a) => a.activityType?.name === 'saveOnboardingProgress');
      return pending && (pending.attempt ?? 0) >= 2 && pending.lastFailure ? d : undefined;
    });
    await sql('drop trigger refuse_worker_change on worker');
    await sql('drop function refuse_worker_change()');
    const answered = await consent;
    expect(answered.status).toBe(200);
    expect(answered.body.consent.textVersion).toBe('2026-01');

    // What Temporal keeps of the failure: an encrypted message and stack; decrypted, the scrubbed text.
    const lastFailure = failing.pendingActivities!.find((a) => a.activityType?.name === 'saveOnboardingProgress')!.lastFailure!;
    expect(lastFailure.message).toBe('Encoded failure');
    expect(lastFailure.stackTrace ?? '').toBe('');
    const [attributes] = await new EncryptionCodec(keyringOf(platform.config)).decode([lastFailure.encodedAttributes!]);
    const decoded = JSON.parse(Buffer.from(attributes!.data!).toString('utf8')) as { message: string; stack_trace: string };
    expect(decoded.message).toMatch(/^saveOnboardingProgress failed: \w+ \(SQLSTATE P0001\)$/);
    expect(decoded.stack_trace).not.toContain(NAME);

    const history = await platform.temporal.workflowService.getWorkflowExecutionHistory({ namespace, execution: { workflowId } });
    const historyBytes = Buffer.from(GetWorkflowExecutionHistoryResponse.encode(history).finish()).toString('latin1');
    const describeBytes = Buffer.from(DescribeWorkflowExecutionResponse.encode(failing).finish()).toString('latin1');
    // The right bytes are searched: what is in clear in them is found.
    expect(historyBytes).toContain('saveOnboardingProgress');
    expect(describeBytes).toContain('saveOnboardingProgress');
    for (const [where, text] of [
      ['history', historyBytes],
      ['pending activity', describeBytes],
      ['history as JSON', JSON.stringify(history)],
    ] as const) {
      expect(text, where).not.toContain(NAME);
      expect(text, where).not.toContain('Zebulon');
    }

    // The platform's log (API and worker) says the activity failed, by its codes only; the SDK's own lines neither.
    const logged = platform.logLines.join('\n');
    expect(logged).toMatch(/"activity":"saveOnboardingProgress".*"sqlState":"P0001".*activity failed \(details withheld/);
    expect(logged).not.toContain(NAME);
    expect(logged).not.toContain('Zebulon');
    expect(sdkLines.join('')).not.toContain(NAME);
  });
});
