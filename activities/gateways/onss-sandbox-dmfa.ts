import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { OnssSandboxSubmission } from '../../db/entities';
import { validateDmfaXml } from '../declarations/dmfa-schema';
import type { DmfaAnomaly, DmfaAnswer, DmfaBatchFile } from './declaration-gateway';

/** FI.DMFA.<expeditor>.<YYYYMMDD>.<seq5>.<R|S|T>.1.1 (facts §9, batch file names). */
const BATCH_FILE_NAME = /^FI\.DMFA\.\d{1,12}\.\d{8}\.\d{5}\.[RST]\.1\.1$/;

interface SandboxTime {
  answerDelayMs: number;
  clock: () => Date;
}

/**
 * The DmfA side of the local ONSS sandbox: it takes a batch file, checks its name and the XML
 * against the schema as the batch channel does, and answers after the delay with an
 * acknowledgement or anomalies. It can be told to reject a worker (onss_sandbox_dmfa_rejection,
 * by NaturalPersonUserReference): the next file naming them gets an anomaly for that person,
 * and the instruction is used up. Nothing of the file is kept but the answer.
 */
export function onssSandboxDmfa(orm: MikroORM, { answerDelayMs, clock }: SandboxTime) {
  return {
    async submitDmfa(file: DmfaBatchFile, idempotencyKey: string): Promise<{ reference: string }> {
      if (idempotencyKey.trim() === '' || idempotencyKey.length > 120) throw new RangeError('The idempotency key must be 1 to 120 characters.');
      const em = orm.em.fork();
      const known = await em.findOne(OnssSandboxSubmission, { idempotencyKey }, { fields: ['reference'] });
      if (known) return { reference: known.reference };
      const receivedAt = clock();
      const reference = `SANDBOX-DMFA-${randomUUID()}`;
      const anomalies = await judge(orm, file, reference);
      await em
        .createQueryBuilder(OnssSandboxSubmission)
        .insert({
          reference,
          idempotencyKey,
          kind: 'DMFA',
          receivedAt,
          answerAfter: new Date(receivedAt.getTime() + answerDelayMs),
          outcome: anomalies.length > 0 ? 'anomalies' : 'acknowledged',
          periodId: null,
          anomalies: anomalies as unknown as { code: string; message: string }[],
        })
        .onConflict('idempotencyKey')
        .ignore()
        .execute();
      const stored = await em.findOneOrFail(OnssSandboxSubmission, { idempotencyKey }, { fields: ['reference'] });
      return { reference: stored.reference };
    },

    async dmfaStatus(reference: string): Promise<DmfaAnswer> {
      const submission = await orm.em.fork().findOne(OnssSandboxSubmission, { reference, kind: 'DMFA' });
      if (!submission) {
        const error = new Error(`ONSS knows no DmfA with reference ${JSON.stringify(reference)}.`);
        error.name = 'NotFoundError';
        throw error;
      }
      if (clock().getTime() < submission.answerAfter.getTime()) return { state: 'pending', anomalies: [] };
      return { state: submission.outcome as 'acknowledged' | 'anomalies', anomalies: submission.anomalies as unknown as DmfaAnomaly[] };
    },
  };
}

async function judge(orm: MikroORM, file: DmfaBatchFile, reference: string): Promise<DmfaAnomaly[]> {
  if (!BATCH_FILE_NAME.test(file.fileName)) {
    return [
      {
        naturalPersonSequenceNbr: null,
        userReference: null,
        code: 'file-name',
        message: 'The file name does not follow FI.DMFA.<expeditor>.<date>.<sequence>.<type>.1.1.',
      },
    ];
  }
  const schema = await validateDmfaXml(file.xml);
  if (!schema.valid) {
    return schema.errors.slice(0, 20).map((message) => ({ naturalPersonSequenceNbr: null, userReference: null, code: 'schema', message }));
  }
  const people = [
    ...file.xml.matchAll(
      /<NaturalPersonSequenceNbr>(\d+)<\/NaturalPersonSequenceNbr>\s*<INSS>\d+<\/INSS>\s*<NaturalPersonUserReference>([^<]*)<\/NaturalPersonUserReference>/g,
    ),
  ].map((m) => ({ sequenceNbr: Number(m[1]), userReference: m[2]! }));
  if (people.length === 0) return [];
  // Use up the instructions for the workers this file names, once: the corrected file passes.
  const rejected = await orm.em
    .fork()
    .getConnection()
    .execute<{ worker_reference: string; reason: string }[]>(
      `update onss_sandbox_dmfa_rejection set consumed_by = ? where consumed_by is null and worker_reference in (${people.map(() => '?').join(', ')})
     returning worker_reference, reason`,
      [reference, ...people.map((p) => p.userReference)],
    );
  return rejected.map((r) => {
    const person = people.find((p) => p.userReference === r.worker_reference)!;
    return { naturalPersonSequenceNbr: person.sequenceNbr, userReference: person.userReference, code: 'worker-rejected', message: r.reason };
  });
}
