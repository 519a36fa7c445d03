import { z } from 'zod';
import { processIds } from '../../domain/process-ids';
import { recordAudit } from '../../db/audit';
import { StoredDocument } from '../../db/entities';
import { cancelContractUpdate, endContractUpdate, signContractUpdate } from '../../workflows/employment-contract';
import {
  contractDocumentQuery,
  contractIdParams,
  contractView,
  createContractRequest,
  cancelContractRequest,
  endContractRequest,
  signContractRequest,
  signedView,
} from '../contracts/schemas';
import { contractDocumentVersions, draftContract, findVisibleContract, toContractView } from '../contracts/contract-records';
import { problems } from '../http/problem';
import { defineRoute } from '../http/route';
import { viaWorkflow } from '../http/temporal-errors';
import { todayInBrussels } from '../workers/clock';
import { workerIdParams } from '../workers/schemas';
import { findVisibleWorker } from '../workers/worker-records';
import { storedDocumentContent } from '../../platform/crypto/field-cipher';

export const createContractRoute = defineRoute({
  method: 'post',
  path: '/workers/{workerId}/contracts',
  summary: 'Draft an employment contract',
  description: 'Its PDF, the signatures and the Dimona follow in the contract workflow.',
  operationId: 'draftContract',
  tags: ['Contracts'],
  changes:
    'Creates the draft contract and starts its workflow (PDF in the worker’s language, signatures, Dimona IN once both have signed); records it in the audit log.',
  roles: ['admin'],
  request: { params: workerIdParams, body: createContractRequest },
  authorize: ({ params, principal, deps }) => findVisibleWorker(deps.orm.em.fork(), principal, params.workerId),
  responses: {
    201: { description: 'Drafted', schema: contractView },
    404: { description: 'No such worker' },
    422: { description: 'A rule refuses the contract' },
  },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const id = await draftContract(deps, principal!, params.workerId, body, requestId);
    const em = deps.orm.em.fork();
    const view = await toContractView(em, await findVisibleContract(em, principal!, id));
    return { status: 201, body: view, headers: { Location: `/api/v1/contracts/${id}` } };
  },
});

export const getContractRoute = defineRoute({
  method: 'get',
  path: '/contracts/{contractId}',
  summary: 'A contract, with its signatures and Dimona declarations',
  operationId: 'getContract',
  tags: ['Contracts'],
  changes: 'Changes nothing.',
  access: { worker: 'their own contracts only' },
  roles: ['admin', 'worker'],
  request: { params: contractIdParams },
  authorize: ({ params, principal, deps }) => findVisibleContract(deps.orm.em.fork(), principal, params.contractId),
  responses: { 200: { description: 'The contract', schema: contractView }, 404: { description: 'No such contract' } },
  handler: async ({ scope, deps }) => {
    return { status: 200, body: await toContractView(deps.orm.em.fork(), scope) };
  },
});

export const contractDocumentRoute = defineRoute({
  method: 'get',
  path: '/contracts/{contractId}/document',
  summary: 'Download the contract PDF',
  description:
    'In the worker’s language; the read is recorded. Without `version`, the current document: once both parties have signed, the signed ' +
    'version (the same contract with a signature page: who signed, when, how, and the SHA-256 of the version they signed); before that, ' +
    'the draft. `?version=1` is the draft as it was signed, kept unchanged; the contract’s `documents` lists every version with its SHA-256.',
  operationId: 'downloadContractDocument',
  readsEncrypted: true,
  tags: ['Contracts'],
  changes: 'Records the read (and the version read) in the audit log (shown in the worker’s access log); nothing else.',
  access: { worker: 'their own contracts only' },
  roles: ['admin', 'worker'],
  request: { params: contractIdParams, query: contractDocumentQuery },
  authorize: ({ params, principal, deps }) => findVisibleContract(deps.orm.em.fork(), principal, params.contractId),
  responses: {
    200: { description: 'PDF', contentType: 'application/pdf', schema: z.string().meta({ format: 'binary' }) },
    404: { description: 'No such contract or version, or its PDF is not ready yet' },
  },
  handler: async ({ scope: contract, query, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const document =
      query.version === undefined
        ? contract.document
          ? await em.findOne(StoredDocument, { id: contract.document })
          : null
        : ((await contractDocumentVersions(em, contract.id)).find((d) => d.version === query.version) ?? null);
    if (!document)
      throw problems.notFound(
        query.version === undefined ? 'contract document (it is being prepared; try again in a moment)' : `version ${query.version} of the contract document`,
      );
    recordAudit(em, {
      actor: principal!,
      action: 'contract.document-read',
      subjectType: 'employment-contract',
      subjectId: contract.id,
      workerId: contract.worker,
      requestId,
      details: { version: document.version },
    });
    await em.flush();
    return {
      status: 200,
      file: deps.cipher.decryptBytes(document.contentCipher, storedDocumentContent(document.id)),
      contentType: document.contentType,
      fileName: document.fileName,
    };
  },
});

export const signContractRoute = defineRoute({
  method: 'post',
  path: '/contracts/{contractId}/signatures',
  summary: 'Sign a contract',
  description: 'The worker signs for themself, an admin for the cooperative. Once both have signed, the workflow files the Dimona IN.',
  operationId: 'signContract',
  tags: ['Contracts'],
  changes: 'Records the signature in the contract workflow and the audit log; the second signature makes the workflow file the Dimona IN with the ONSS.',
  access: { admin: 'for the cooperative', worker: 'their own contracts only, for themself' },
  roles: ['admin', 'worker'],
  request: { params: contractIdParams, body: signContractRequest },
  authorize: ({ params, principal, deps }) => findVisibleContract(deps.orm.em.fork(), principal, params.contractId),
  responses: { 200: { description: 'Signed', schema: signedView }, 404: { description: 'No such contract' }, 422: { description: 'Cannot be signed now' } },
  handler: async ({ scope: contract, principal, deps, requestId }) => {
    const party = principal!.role === 'worker' ? 'worker' : 'cooperative';
    const handle = deps.temporal.workflow.getHandle(processIds.employmentContract(contract.id));
    const view = await viaWorkflow(() =>
      handle.executeUpdate(signContractUpdate, { args: [{ party, actor: { userId: principal!.userId, role: principal!.role }, requestId }] }),
    );
    return { status: 200, body: { status: view.status, signedBy: view.signedBy, pendingRequest: view.pendingRequest } };
  },
});

export const endContractRoute = defineRoute({
  method: 'post',
  path: '/contracts/{contractId}/end',
  summary: 'End a running contract early',
  description: 'Answers 202: the Dimona OUT is being filed; the contract ends after its last day.',
  operationId: 'endContract',
  tags: ['Contracts'],
  changes: 'Sets the contract’s end date in its workflow, which files the Dimona OUT and then ends the contract; records it in the audit log.',
  roles: ['admin'],
  request: { params: contractIdParams, body: endContractRequest },
  authorize: ({ params, principal, deps }) => findVisibleContract(deps.orm.em.fork(), principal, params.contractId),
  responses: {
    202: { description: 'Accepted: the Dimona OUT is being filed; the contract ends after its last day', schema: signedView },
    422: { description: 'Cannot end now' },
  },
  handler: async ({ scope: contract, body, principal, deps, requestId }) => {
    const handle = deps.temporal.workflow.getHandle(processIds.employmentContract(contract.id));
    const view = await viaWorkflow(() =>
      handle.executeUpdate(endContractUpdate, {
        args: [{ ...body, today: todayInBrussels(), actor: { userId: principal!.userId, role: principal!.role }, requestId }],
      }),
    );
    return { status: 202, body: { status: view.status, signedBy: view.signedBy, pendingRequest: view.pendingRequest } };
  },
});

export const cancelContractRoute = defineRoute({
  method: 'post',
  path: '/contracts/{contractId}/cancel',
  summary: 'Cancel a contract before it starts',
  description: 'Answers 202: the cancellation is under way, with a Dimona CANCEL if an IN was already accepted.',
  operationId: 'cancelContract',
  tags: ['Contracts'],
  changes: 'Cancels the contract in its workflow, which files the Dimona CANCEL when an IN was accepted; records it in the audit log.',
  roles: ['admin'],
  request: { params: contractIdParams, body: cancelContractRequest },
  authorize: ({ params, principal, deps }) => findVisibleContract(deps.orm.em.fork(), principal, params.contractId),
  responses: {
    202: { description: 'Accepted: the cancellation (and Dimona CANCEL if needed) is under way', schema: signedView },
    422: { description: 'Cannot be cancelled now' },
  },
  handler: async ({ scope: contract, body, principal, deps, requestId }) => {
    const handle = deps.temporal.workflow.getHandle(processIds.employmentContract(contract.id));
    const view = await viaWorkflow(() =>
      handle.executeUpdate(cancelContractUpdate, {
        args: [{ ...body, today: todayInBrussels(), actor: { userId: principal!.userId, role: principal!.role }, requestId }],
      }),
    );
    return { status: 202, body: { status: view.status, signedBy: view.signedBy, pendingRequest: view.pendingRequest } };
  },
});
