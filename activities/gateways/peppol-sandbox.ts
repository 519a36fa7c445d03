import { createHash, randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PeppolSandboxSubmission } from '../../db/entities';
import type { DeliveryState, PeppolAccessPoint } from './invoice-delivery';

const PEPPOL_BIS_3 = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';

/**
 * A local stand-in for a Peppol access point, for development, demos and tests (like the ONSS
 * sandbox): it keeps what it received in its own table, refuses what is not a Peppol BIS 3
 * document for a 0208 participant, and answers with a delivery receipt only after a delay, as the
 * network's asynchronous receipts come. The same idempotency key never submits twice.
 */
export function createPeppolSandbox({ orm, answerDelayMs, clock }: { orm: MikroORM; answerDelayMs: number; clock: () => Date }): PeppolAccessPoint {
  return {
    async submit({ receiver, documentId, ubl, idempotencyKey }) {
      const receivedAt = clock();
      const reason = !/^0208:[01]\d{9}$/.test(receiver)
        ? 'the receiver is not a Belgian participant (0208:<enterprise number>)'
        : !ubl.includes(PEPPOL_BIS_3)
          ? 'not a Peppol BIS Billing 3.0 document'
          : null;
      await orm.em
        .fork()
        .createQueryBuilder(PeppolSandboxSubmission)
        .insert({
          reference: `PEPPOL-${randomUUID()}`,
          idempotencyKey,
          receiverEndpoint: receiver.slice(0, 60),
          documentId: documentId.slice(0, 40),
          ublSha256: createHash('sha256').update(ubl).digest('hex'),
          receivedAt,
          answerAfter: new Date(receivedAt.getTime() + answerDelayMs),
          outcome: reason ? 'rejected' : 'delivered',
          reason,
        })
        .onConflict('idempotencyKey')
        .ignore()
        .execute();
      const stored = await orm.em.fork().findOneOrFail(PeppolSandboxSubmission, { idempotencyKey }, { fields: ['reference'] });
      return { reference: stored.reference };
    },
    async receipt(reference) {
      const s = await orm.em.fork().findOne(PeppolSandboxSubmission, { reference });
      if (!s) {
        const error = new Error(`the access point knows no submission ${JSON.stringify(reference)}`);
        error.name = 'NotFoundError';
        throw error;
      }
      if (clock().getTime() < s.answerAfter.getTime()) return { state: 'pending' as DeliveryState, detail: null };
      return { state: s.outcome as DeliveryState, detail: s.reason ?? null };
    },
  };
}
