import type { EntityManager } from '@mikro-orm/postgresql';
import type { SalaryPaymentOrder } from '../../domain/payments/sepa-credit-transfer';
import { Payslip, PayslipDraft, Worker, type IPayrollRun } from '../../db/entities';
import type { ApiDeps } from '../deps';
import type { FieldBinding } from '../../platform/crypto/field-cipher';

/**
 * The salary transfers of an approved run: one per worker paid by transfer, the sum of their
 * payslips' nets (a regularisation adds to or takes from the month's pay). Issued payslips once
 * finalised; before that, the approved drafts, which are the same locked figures. A worker whose
 * total is not positive gets no transfer (the run lists why).
 */
export async function salaryTransfers(em: EntityManager, deps: ApiDeps, run: IPayrollRun): Promise<SalaryPaymentOrder & { workerIds: string[] }> {
  const issued = await em.find(Payslip, { runId: run.id, paymentMethod: 'transfer' }, { orderBy: { number: 'asc' } });
  const rows = issued.length > 0 ? issued : await em.find(PayslipDraft, { runId: run.id, paymentMethod: 'transfer' }, { orderBy: { sequence: 'asc' } });
  const table = issued.length > 0 ? 'payslip' : 'payslip_draft';
  const byWorker = new Map<string, { amountCents: number; iban: { stored: string; at: FieldBinding }; numbers: number[] }>();
  for (const r of rows) {
    const w = byWorker.get(r.workerId) ?? { amountCents: 0, iban: { stored: r.ibanCipher!, at: { table, column: 'iban_cipher', id: r.id } }, numbers: [] };
    w.amountCents += r.netCents;
    w.numbers.push(r.sequence);
    byWorker.set(r.workerId, w);
  }
  const workers = new Map((await em.find(Worker, { id: { $in: [...byWorker.keys()] } })).map((w) => [w.id, w]));
  const transfers = [];
  const workerIds: string[] = [];
  for (const [workerId, t] of byWorker) {
    if (t.amountCents <= 0) continue;
    const worker = workers.get(workerId)!;
    const identification = deps.cipher.decryptOptional(worker.birthDataCipher, { table: 'worker', column: 'birth_data_cipher', id: worker.id });
    const familyName = identification ? (JSON.parse(identification) as { familyName?: string }).familyName : undefined;
    workerIds.push(workerId);
    transfers.push({
      endToEndId: `SAL-${run.period}-${String(Math.min(...t.numbers)).padStart(5, '0')}`,
      creditorName: familyName ? `${worker.firstName} ${familyName}` : worker.displayName,
      creditorIban: deps.cipher.decrypt(t.iban.stored, t.iban.at),
      amountCents: t.amountCents,
      remittance: `Salaire/Loon ${run.period} ${worker.code}`,
    });
  }
  const { config } = deps;
  return {
    messageId: `TC-SAL-${run.period}-R${run.round}`,
    createdAt: run.approvedAt!.toISOString().slice(0, 19),
    requestedExecutionDate: run.paymentDate!,
    debtor: {
      name: config.COOPERATIVE_NAME,
      iban: config.COOPERATIVE_IBAN,
      bic: config.COOPERATIVE_BIC,
      enterpriseNumber: config.COOPERATIVE_ENTERPRISE_NUMBER,
    },
    paymentInformationId: `TC-SAL-${run.period}`,
    transfers,
    workerIds,
  };
}
