import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayrollFacts } from '../domain/workers/onboarding';
import { Worker, WorkerTaxSituation } from './entities';

/**
 * What payroll needs of a worker, read from their record as facts (present or not, never the
 * values): a way to be paid, an address, a confirmed tax situation. The onboarding process is told
 * these facts whenever one of them is recorded; the worker's file shows what is missing.
 */
export async function payrollFactsOf(em: EntityManager, workerId: string): Promise<PayrollFacts> {
  const worker = await em.findOneOrFail(Worker, { id: workerId }, { fields: ['ibanCipher', 'alternativePayment', 'addressCipher'] });
  const confirmed = await em.count(WorkerTaxSituation, { workerId, status: 'confirmed' });
  return {
    paymentRoute: Boolean(worker.ibanCipher || worker.alternativePayment),
    address: Boolean(worker.addressCipher),
    taxSituation: confirmed > 0,
  };
}
