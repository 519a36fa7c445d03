import { randomUUID } from 'node:crypto';
import { ApplicationFailure, type Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivities } from '../../activities';
import { refusedByDatabaseRuleAsConflict } from '../../activities/errors';
import { viaWorkflow } from '../../api/http/temporal-errors';
import { createLogger } from '../../platform/logger';
import { buildActivityDeps } from '../../worker/create-worker';
import { testConfig } from '../support/config';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertPlacement, insertWorker } from '../support/fixtures';
import { insertApprovedWeek } from '../support/invoicing-fixtures';
import { fieldCipherFor } from '../../platform/crypto/field-cipher-config';

let db: TestDatabase;
let acts: ReturnType<typeof createActivities>;

beforeAll(async () => {
  db = await createTestDatabase();
  const config = testConfig();
  acts = createActivities(buildActivityDeps(config, { orm: db.orm, cipher: fieldCipherFor(config), logger: createLogger('silent'), temporal: {} as Client }));
});
afterAll(() => db?.drop());

describe('a write a database rule refuses', () => {
  it('is a business refusal, never retried, naming the record by its ids only — not the SQL and its values', async () => {
    const workerId = await insertWorker(db, { firstName: 'Zanele' });
    const { placementId } = await insertPlacement(db, workerId, { startDate: '2026-11-02', endDate: '2026-12-31' });
    await insertApprovedWeek(db, placementId, '2026-W46', { regular: 480 });
    // A second decision that came late (e.g. an old workflow) is not written: the conditional write finds the week decided.
    const late = await acts.recordTimesheetDecision({
      placementId,
      isoWeek: '2026-W46',
      version: 1,
      decision: 'disputed',
      reason: 'Zanele was not there on Monday',
      actor: { userId: randomUUID(), role: 'employer' },
      via: 'account',
      idempotencyKey: `test:${randomUUID()}`,
      evidence: null,
    });
    expect(late).toEqual({ recorded: false, status: 'approved' });
    // A write that reaches the row anyway meets the immutability trigger.
    const failure = await refusedByDatabaseRuleAsConflict('timesheet 2026-W46 v1', () =>
      db.orm.em
        .fork()
        .getConnection()
        .execute(`update timesheet set status = 'disputed', dispute_reason = 'Zanele was not there on Monday' where placement_id = ?`, [placementId]),
    ).then(
      () => null,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'RuleViolation', nonRetryable: true, details: [[{ field: 'timesheet', code: 'changed-meanwhile' }]] });
    expect((failure as Error).message).toBe('timesheet 2026-W46 v1 changed meanwhile: a database rule refused the write');
    expect(JSON.stringify(failure)).not.toMatch(/Zanele|update "timesheet"|Monday/);
    const [row] = await db.query('select status, dispute_reason from timesheet where placement_id = $1', [placementId]);
    expect(row).toEqual({ status: 'approved', dispute_reason: null });
  });

  it('reaches the caller as 409 problem, a rule broken as 422, anything else as itself', async () => {
    const refused = await refusedByDatabaseRuleAsConflict('invoice 42', () =>
      Promise.reject(Object.assign(new Error('an issued document is immutable'), { code: 'P0001' })),
    ).catch((e: unknown) => e);
    await expect(viaWorkflow(() => Promise.reject(refused))).rejects.toMatchObject({ status: 409, code: 'changed-meanwhile' });
    const broken = ApplicationFailure.nonRetryable('x', 'RuleViolation', [{ field: 'reason', code: 'reason-required', message: 'say why' }]);
    await expect(viaWorkflow(() => Promise.reject(broken))).rejects.toMatchObject({ status: 422, code: 'reason-required' });
    const other = Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
    await expect(refusedByDatabaseRuleAsConflict('invoice 42', () => Promise.reject(other))).rejects.toBe(other);
  });
});
