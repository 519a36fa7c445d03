import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { todayInBrussels } from '../../api/workers/clock';
import { processIds } from '../../domain/process-ids';
import { addDays } from '../../domain/time/dates';
import { repairPendingStarts, REPAIR_GRACE_MS } from '../../worker/process-repair';
import { eventually, onboardWorker, registerEmployerWithContact } from '../support/journeys';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { freshNamespace } from '../support/temporal';

/**
 * Issue 13.3: creating a row and starting its process are one act. With Temporal refusing every
 * start, the API still answers what it wrote (a retry with the same key gets that answer, not a
 * second row), and the worker's process repair starts the missing process a minute later.
 */
let platform: TestPlatform;
let admin: string;
let down: { server: Server; http: TestPlatform['http'] };

/** The platform's client, except that starting a workflow fails as it does when Temporal is unreachable. */
function refusingStarts(client: Client): Client {
  const workflow = Object.create(client.workflow, {
    start: {
      value: async () => {
        throw Object.assign(new Error('14 UNAVAILABLE: connection refused'), { name: 'ServiceError' });
      },
    },
  });
  return Object.create(client, { workflow: { value: workflow } });
}

const repair = (afterMs = REPAIR_GRACE_MS + 1000) =>
  repairPendingStarts(
    {
      orm: platform.db.orm,
      logger: platform.deps.logger,
      temporal: platform.temporal,
      taskQueue: platform.config.TEMPORAL_TASK_QUEUE,
      deemedApprovalDays: platform.config.TIMESHEET_DEEMED_APPROVAL_DAYS,
    },
    new Date(Date.now() + afterMs),
  );
const pending = async () =>
  (await platform.db.query<{ workflow_id: string }>('select workflow_id from pending_process_start order by workflow_id')).map((r) => r.workflow_id);
const processStatus = async (workflowId: string) => {
  try {
    return (await platform.temporal.workflow.getHandle(workflowId).describe()).status.name;
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return 'none';
    throw err;
  }
};

beforeAll(async () => {
  platform = await startTestPlatform({ TEMPORAL_NAMESPACE: await freshNamespace() });
  admin = (await platform.signIn('admin')).token;
  const app = createApp({ ...platform.deps, temporal: refusingStarts(platform.temporal) });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const port = (server.address() as { port: number }).port;
  down = {
    server,
    async http(method, path, opts = {}) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers: {
          ...(opts.headers ?? {}),
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...(opts.body ? { 'content-type': 'application/json' } : {}),
        },
        body: opts.body ? JSON.stringify(opts.body) : undefined,
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : text };
    },
  };
}, 120_000);
afterAll(async () => {
  await new Promise<void>((resolve) => down?.server.close(() => resolve()));
  await platform?.stop();
});

describe('a row whose process could not start', () => {
  it('is answered as created, once per Idempotency-Key, and gets its onboarding from the repair', async () => {
    const key = `register-${randomUUID()}`;
    const body = { firstName: 'Odile', displayName: 'Odile', preferredLanguage: 'fr', sectorsWanted: ['care'] };
    const first = await down.http('POST', '/api/v1/workers', { token: admin, headers: { 'idempotency-key': key }, body });
    const again = await down.http('POST', '/api/v1/workers', { token: admin, headers: { 'idempotency-key': key }, body });
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const workerId = first.body.id as string;
    expect(await platform.db.query('select id from worker where first_name = $1', ['Odile'])).toHaveLength(1);
    const workflowId = processIds.workerOnboarding(workerId);
    expect(await pending()).toContain(workflowId);
    expect(await processStatus(workflowId)).toBe('none');

    // Within the minute's grace the API's own start may still be under way: the repair waits.
    expect((await repair(0)).started).toBe(0);
    expect(await repair()).toEqual({ started: 1, gone: 0, failed: 0 });
    expect(await processStatus(workflowId)).toBe('RUNNING');
    expect(await pending()).not.toContain(workflowId);
    // The repaired process is the real one: the worker's onboarding moves on with their consent.
    const consent = await platform.http('POST', `/api/v1/workers/${workerId}/consent`, { token: admin, body: { textVersion: '2026-01' } });
    expect(consent.status).toBe(200);
    expect(consent.body.status).toBe('awaiting-work-authorisation');
    expect(await repair()).toEqual({ started: 0, gone: 0, failed: 0 });
  });

  it('repairs a drafted contract and a proposed placement with the inputs their routes gave', async () => {
    const today = todayInBrussels();
    const period = { startDate: addDays(today, 2), endDate: addDays(today, 200) };
    const workerId = await onboardWorker(platform, admin);
    const drafted = await down.http('POST', `/api/v1/workers/${workerId}/contracts`, {
      token: admin,
      body: {
        sector: 'care',
        jobTitle: 'aide-soignante',
        jointCommittee: '330',
        workerCategory: 'white-collar',
        hourlyWageCents: 1650,
        weeklyHours: 30,
        ...period,
      },
    });
    expect(drafted.status).toBe(201);
    const contractId = drafted.body.id as string;
    expect(await processStatus(processIds.employmentContract(contractId))).toBe('none');
    expect((await repair()).started).toBe(1);
    const workerToken = (await platform.signIn('worker', { workerId })).token;
    expect((await platform.http('POST', `/api/v1/contracts/${contractId}/signatures`, { token: workerToken, body: { agree: true } })).status).toBe(200);
    expect((await platform.http('POST', `/api/v1/contracts/${contractId}/signatures`, { token: admin, body: { agree: true } })).status).toBe(200);
    await eventually(
      () => platform.http('GET', `/api/v1/contracts/${contractId}`, { token: admin }),
      (r) => r.body.status === 'active',
      'contract activation',
    );

    const { employerId, token: employer } = await registerEmployerWithContact(platform, admin);
    const request = await platform.http('POST', `/api/v1/employers/${employerId}/job-requests`, {
      token: admin,
      body: {
        occupation: 'Aide-soignante',
        sector: 'care',
        headcount: 1,
        hoursPerWeek: 30,
        ...period,
        siteAddress: { street: 'Rue Haute', houseNumber: '1', postalCode: '1000', city: 'Bruxelles' },
        offeredHourlyWageCents: 1650,
        comparableStaffHourlyWageCents: 1650,
      },
    });
    const proposed = await down.http('POST', `/api/v1/job-requests/${request.body.id}/placements`, {
      token: admin,
      body: { workerId, ...period, billing: { mode: 'coefficient', coefficient: 1.8 } },
    });
    expect(proposed.status).toBe(201);
    const placementId = proposed.body.id as string;
    expect(await processStatus(processIds.placement(placementId))).toBe('none');
    expect((await repair()).started).toBe(1);
    const accepted = await platform.http('POST', `/api/v1/placements/${placementId}/decision`, { token: employer, body: { decision: 'accept' } });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(await pending()).toEqual([]);
  });

  it('drops the entry of a row that no longer exists, and starts nothing for it', async () => {
    const ghost = randomUUID();
    const workflowId = processIds.workerOnboarding(ghost);
    await platform.db.query(
      `insert into pending_process_start (workflow_id, kind, subject_id, attempts, created_at) values ($1, 'worker-onboarding', $2, 0, now() - interval '5 minutes')`,
      [workflowId, ghost],
    );
    expect(await repair()).toEqual({ started: 0, gone: 1, failed: 0 });
    expect(await processStatus(workflowId)).toBe('none');
  });
});
