import { z } from 'zod';
import { processIds } from '../../domain/process-ids';
import { recordAudit } from '../../db/audit';
import { StoredDocument } from '../../db/entities';
import { cancelContractUpdate, endContractUpdate, signContractUpdate } from '../../workflows/employment-contract';
import { contractIdParams, contractView, createContractRequest, cancelContractRequest, endContractRequest, signContractRequest, signedView } from '../contracts/schemas';
import { draftContract, findVisibleContract, toContractView } from '../contracts/contract-records';
import { problems } from '../http/problem';
import { defineRoute } from '../http/route';
import { viaWorkflow } from '../http/temporal-errors';
import { todayInBrussels } from '../workers/clock';
import { workerIdParams } from '../workers/schemas';
import { findVisibleWorker } from '../workers/worker-records';

export const createContractRoute = defineRoute({
  method: 'post',
  path: '/workers/{workerId}/contracts',
  summary: 'Draft an employment contract; its PDF, signatures and Dimona follow',
  tags: ['contracts'],
  roles: ['admin'],
  request: { params: workerIdParams, body: createContractRequest },
  authorize: ({ params, principal, deps }) => findVisibleWorker(deps.orm.em.fork(), principal, params.workerId),
  responses: { 201: { description: 'Drafted', schema: contractView }, 404: { description: 'No such worker' }, 422: { description: 'A rule refuses the contract' } },
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
  tags: ['contracts'],
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
  summary: 'The contract PDF, in the worker’s language (the read is recorded)',
  tags: ['contracts'],
  roles: ['admin', 'worker'],
  request: { params: contractIdParams },
  authorize: ({ params, principal, deps }) => findVisibleContract(deps.orm.em.fork(), principal, params.contractId),
  responses: { 200: { description: 'PDF', contentType: 'application/pdf', schema: z.string().meta({ format: 'binary' }) }, 404: { description: 'No such contract, or its PDF is not ready yet' } },
  handler: async ({ scope: contract, principal, deps, requestId }) => {
    const em = deps.orm.em.fork();
    const document = contract.document ? await em.findOne(StoredDocument, { id: contract.document }) : null;
    if (!document) throw problems.notFound('contract document (it is being prepared; try again in a moment)');
    recordAudit(em, { actor: principal!, action: 'contract.document-read', subjectType: 'employment-contract', subjectId: contract.id, workerId: contract.worker, requestId });
    await em.flush();
    return { status: 200, file: deps.cipher.decryptBytes(document.contentCipher), contentType: document.contentType, fileName: document.fileName };
  },
});

export const signContractRoute = defineRoute({
  method: 'post',
  path: '/contracts/{contractId}/signatures',
  summary: 'Sign the contract: the worker signs for themself, an admin for the cooperative',
  tags: ['contracts'],
  roles: ['admin', 'worker'],
  request: { params: contractIdParams, body: signContractRequest },
  authorize: ({ params, principal, deps }) => findVisibleContract(deps.orm.em.fork(), principal, params.contractId),
  responses: { 200: { description: 'Signed', schema: signedView }, 404: { description: 'No such contract' }, 422: { description: 'Cannot be signed now' } },
  handler: async ({ scope: contract, principal, deps, requestId }) => {
    const party = principal!.role === 'worker' ? 'worker' : 'cooperative';
    const handle = deps.temporal.workflow.getHandle(processIds.employmentContract(contract.id));
    const view = await viaWorkflow(() => handle.executeUpdate(signContractUpdate, { args: [{ party, actor: { userId: principal!.userId, role: principal!.role }, requestId }] }));
    return { status: 200, body: { status: view.status, signedBy: view.signedBy, pendingRequest: view.pendingRequest } };
  },
});

export const endContractRoute = defineRoute({
  method: 'post',
  path: '/contracts/{contractId}/end',
  summary: 'End a running contract early (files the Dimona OUT)',
  tags: ['contracts'],
  roles: ['admin'],
  request: { params: contractIdParams, body: endContractRequest },
  authorize: ({ params, principal, deps }) => findVisibleContract(deps.orm.em.fork(), principal, params.contractId),
  responses: { 202: { description: 'Accepted: the Dimona OUT is being filed; the contract ends after its last day', schema: signedView }, 422: { description: 'Cannot end now' } },
  handler: async ({ scope: contract, body, principal, deps, requestId }) => {
    const handle = deps.temporal.workflow.getHandle(processIds.employmentContract(contract.id));
    const view = await viaWorkflow(() =>
      handle.executeUpdate(endContractUpdate, { args: [{ ...body, today: todayInBrussels(), actor: { userId: principal!.userId, role: principal!.role }, requestId }] }),
    );
    return { status: 202, body: { status: view.status, signedBy: view.signedBy, pendingRequest: view.pendingRequest } };
  },
});

export const cancelContractRoute = defineRoute({
  method: 'post',
  path: '/contracts/{contractId}/cancel',
  summary: 'Cancel a contract before it starts (files the Dimona CANCEL if an IN was accepted)',
  tags: ['contracts'],
  roles: ['admin'],
  request: { params: contractIdParams, body: cancelContractRequest },
  authorize: ({ params, principal, deps }) => findVisibleContract(deps.orm.em.fork(), principal, params.contractId),
  responses: { 202: { description: 'Accepted: the cancellation (and Dimona CANCEL if needed) is under way', schema: signedView }, 422: { description: 'Cannot be cancelled now' } },
  handler: async ({ scope: contract, body, principal, deps, requestId }) => {
    const handle = deps.temporal.workflow.getHandle(processIds.employmentContract(contract.id));
    const view = await viaWorkflow(() =>
      handle.executeUpdate(cancelContractUpdate, { args: [{ ...body, today: todayInBrussels(), actor: { userId: principal!.userId, role: principal!.role }, requestId }] }),
    );
    return { status: 202, body: { status: view.status, signedBy: view.signedBy, pendingRequest: view.pendingRequest } };
  },
});
