import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { OnssSandboxSubmission } from '../../db/entities';
import type { IOnssSandboxSubmission } from '../../db/entities/onss-sandbox-submission';
import { dimonaActionOf, hasBlockingAnomaly, validateDimona, type Anomaly, type DimonaRequest } from '../../domain/declarations/dimona';
import { brusselsDateOf } from '../../domain/time/brussels';
import type { DeclarationGateway, DimonaState, DimonaStatus } from './declaration-gateway';
import { onssSandboxDmfa } from './onss-sandbox-dmfa';

export interface OnssSandboxOptions {
  orm: MikroORM;
  /** How long "ONSS" takes to answer; the workflow must cope with pending answers. */
  answerDelayMs: number;
  /** Injected so tests can move time; the sandbox never reads the system clock itself. */
  clock: () => Date;
}

type SandboxOutcome = Exclude<DimonaState, 'pending'>;

/**
 * A local stand-in for the ONSS Dimona service, for development, demos and tests: it keeps
 * what it received in its own table (onss_sandbox_submission), judges each declaration with
 * the same rules ONSS applies (validateDimona) and answers only after a delay, as the real
 * asynchronous service does. The cooperative's own record of a declaration is elsewhere
 * (dimona_declaration); this table plays the part of ONSS's database. The DmfA batch channel
 * is in onss-sandbox-dmfa.ts.
 */
export function createOnssSandbox({ orm, answerDelayMs, clock }: OnssSandboxOptions): DeclarationGateway {
  if (!Number.isFinite(answerDelayMs) || answerDelayMs < 0) throw new RangeError(`answerDelayMs must be a non-negative number, got ${answerDelayMs}`);

  return {
    ...onssSandboxDmfa(orm, { answerDelayMs, clock }),
    async submitDimona(request: DimonaRequest, idempotencyKey: string): Promise<{ reference: string }> {
      if (idempotencyKey.trim() === '' || idempotencyKey.length > 120) {
        throw new RangeError('The idempotency key must be 1 to 120 characters.');
      }
      const receivedAt = clock();
      const anomalies = validateDimona(request, { submittedOn: brusselsDateOf(receivedAt.getTime()) });
      const outcome = outcomeOf(anomalies);
      const reference = `SANDBOX-${randomUUID()}`;
      const em = orm.em.fork();
      // Insert-or-ignore on the idempotency key, then read back: a retry (even a concurrent one)
      // finds the first submission's row and answers its reference; nothing is filed twice.
      await em
        .createQueryBuilder(OnssSandboxSubmission)
        .insert({
          reference,
          idempotencyKey,
          kind: dimonaActionOf(request),
          receivedAt,
          answerAfter: new Date(receivedAt.getTime() + answerDelayMs),
          outcome,
          periodId: outcome === 'refused' ? null : periodIdFor(request, reference),
          anomalies: [...anomalies],
        })
        .onConflict('idempotencyKey')
        .ignore()
        .execute();
      const stored = await em.findOneOrFail(OnssSandboxSubmission, { idempotencyKey }, { fields: ['reference'] });
      return { reference: stored.reference };
    },

    async dimonaStatus(reference: string): Promise<DimonaStatus> {
      const submission = await orm.em.fork().findOne(OnssSandboxSubmission, { reference });
      if (!submission) throw notFound(reference);
      if (clock().getTime() < submission.answerAfter.getTime()) return { state: 'pending', periodId: null, anomalies: [] };
      return { state: submission.outcome as SandboxOutcome, periodId: submission.periodId ?? null, anomalies: storedAnomalies(submission) };
    },
  };
}

/** As ONSS decides: blocking anomalies refuse (result B), warnings alone accept with warnings (W). */
function outcomeOf(anomalies: readonly Anomaly[]): SandboxOutcome {
  if (hasBlockingAnomaly(anomalies)) return 'refused';
  return anomalies.length > 0 ? 'accepted-with-warnings' : 'accepted';
}

/**
 * An accepted IN opens a new period; derive its id from the reference so it is stable and
 * unique. OUT and CANCEL act on the period they name.
 */
function periodIdFor(request: DimonaRequest, reference: string): string {
  if ('dimonaOut' in request) return request.dimonaOut.periodId;
  if ('dimonaCancel' in request) return request.dimonaCancel.periodId;
  return `PERIOD-${reference.slice('SANDBOX-'.length)}`;
}

function storedAnomalies(submission: Pick<IOnssSandboxSubmission, 'anomalies'>): Anomaly[] {
  // The column is typed loosely ({ code, message }); the sandbox always writes whole anomalies.
  return (submission.anomalies as Array<Partial<Anomaly> & { code: string; message: string }>).map((a) => ({
    code: a.code,
    field: a.field ?? '',
    severity: a.severity ?? 'blocking',
    message: a.message,
  }));
}

function notFound(reference: string): Error {
  const error = new Error(`ONSS knows no declaration with reference ${JSON.stringify(reference)}.`);
  // Named like activities' NotFoundError, so workflows treat it as non-retryable.
  error.name = 'NotFoundError';
  return error;
}
