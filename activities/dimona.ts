import { randomUUID } from 'node:crypto';
import {
  buildDimonaCancel,
  buildDimonaIn,
  buildDimonaOut,
  type DimonaAction,
  type DimonaRequest,
  type DimonaWorkerIdentity,
} from '../domain/declarations/dimona';
import { DimonaDeclaration, EmploymentContract, Worker } from '../db/entities';
import type { ActivityDeps } from './deps';
import { NotFoundError } from './errors';
import type { DimonaState } from './gateways/declaration-gateway';
import { fieldsOf } from '../platform/crypto/field-cipher';

export interface FileDimonaInput {
  contractId: string;
  action: DimonaAction;
  /** OUT: the last day worked. */
  endedOn?: string;
}

interface StoredIdentification {
  familyName: string;
  birthDate: string;
  birthPlace: string;
  countryOfBirth: string;
  nationality: string;
  sex: string;
}

const keyOf = (contractId: string, action: DimonaAction) => `${contractId}:${action}`;

export function dimonaActivities({ orm, cipher, cooperative, declarations }: ActivityDeps) {
  return {
    /**
     * Files the contract's Dimona for `action` once: the gateway answers the same reference for
     * the same idempotency key, and the declaration row is unique per contract and action.
     */
    async fileDimona(input: FileDimonaInput): Promise<{ reference: string }> {
      const em = orm.em.fork();
      const idempotencyKey = keyOf(input.contractId, input.action);
      const already = await em.findOne(DimonaDeclaration, { idempotencyKey });
      if (already?.onssReference) return { reference: already.onssReference };

      const contract = await em.findOne(EmploymentContract, { id: input.contractId });
      if (!contract) throw new NotFoundError(`contract ${input.contractId}`);
      const worker = await em.findOneOrFail(Worker, { id: contract.worker });
      const employer = { employerId: cooperative.onssNumber, companyId: cooperative.enterpriseNumber };
      const field = fieldsOf('worker', worker.id);
      const identity = workerIdentity(
        worker.firstName,
        cipher.decryptOptional(worker.nationalNumberCipher, field('national_number_cipher')),
        cipher.decryptOptional(worker.birthDataCipher, field('birth_data_cipher')),
      );
      let request: DimonaRequest;
      if (input.action === 'IN') {
        request = buildDimonaIn({
          employer,
          worker: identity,
          startDate: contract.startDate,
          endDate: contract.endDate,
          jointCommittee: contract.jointCommittee,
          workerType: 'OTH',
        });
      } else {
        const dimonaIn = await em.findOne(DimonaDeclaration, { idempotencyKey: keyOf(input.contractId, 'IN') });
        if (!dimonaIn?.periodId) throw new NotFoundError(`accepted Dimona IN of contract ${input.contractId}`);
        request =
          input.action === 'OUT'
            ? buildDimonaOut({ employer, worker: identity, periodId: dimonaIn.periodId, endDate: input.endedOn ?? contract.endDate })
            : buildDimonaCancel({ employer, worker: identity, periodId: dimonaIn.periodId });
      }
      const { reference } = await declarations.submitDimona(request, idempotencyKey);
      const declarationId = randomUUID();
      await em.getConnection().execute(
        `insert into dimona_declaration (id, contract_id, action, idempotency_key, status, onss_reference, period_id, payload_cipher, anomalies, submitted_at)
         values (?, ?, ?, ?, 'submitted', ?, null, ?, '[]', now()) on conflict (idempotency_key) do nothing`,
        [
          declarationId,
          input.contractId,
          input.action,
          idempotencyKey,
          reference,
          cipher.encrypt(JSON.stringify(request), { table: 'dimona_declaration', column: 'payload_cipher', id: declarationId }),
        ],
      );
      return { reference };
    },

    /** Reads ONSS's answer to the contract's Dimona for `action` and records it. */
    async readDimona({
      contractId,
      action,
    }: {
      contractId: string;
      action: DimonaAction;
    }): Promise<{ state: DimonaState; anomalies: { code: string; message: string }[] }> {
      const em = orm.em.fork();
      const declaration = await em.findOne(DimonaDeclaration, { idempotencyKey: keyOf(contractId, action) });
      if (!declaration?.onssReference) throw new NotFoundError(`Dimona ${action} of contract ${contractId}`);
      const answer = await declarations.dimonaStatus(declaration.onssReference);
      const anomalies = answer.anomalies.map((a) => ({ code: a.code, message: a.message }));
      if (answer.state !== 'pending' && declaration.status !== answer.state) {
        declaration.status = answer.state;
        declaration.periodId = answer.periodId;
        declaration.anomalies = anomalies;
        declaration.answeredAt = new Date();
        await em.flush();
      }
      return { state: answer.state, anomalies };
    },
  };
}

function workerIdentity(firstName: string, nationalNumber: string | null, identificationJson: string | null): DimonaWorkerIdentity {
  if (nationalNumber) return { ssin: nationalNumber };
  if (!identificationJson) throw new NotFoundError('identification data of the worker');
  const id = JSON.parse(identificationJson) as StoredIdentification;
  return {
    familyName: id.familyName,
    givenName: firstName,
    birthDate: id.birthDate,
    placeOfBirth: id.birthPlace,
    countryOfBirth: id.countryOfBirth,
    nationality: id.nationality,
    gender: id.sex,
  };
}
