import { z } from 'zod';
import type { Principal } from '../../domain/access/roles';
import { PLACEMENT_STATUSES } from '../../domain/placements/placement';
import { Employer, EmploymentContract, JobRequest, Placement, Worker } from '../../db/entities';
import { toContractView } from '../contracts/contract-records';
import { contractExample, contractView } from '../contracts/schemas';
import { toEmployerView, toJobRequestView } from '../employers/employer-records';
import { employerExample, employerView, jobRequestExample, jobRequestView } from '../employers/schemas';
import { EXAMPLE_IDS } from '../http/examples';
import { defineRoute } from '../http/route';
import { toPlacementViews } from '../placements/placement-records';
import { placementExample, placementView } from '../placements/schemas';
import { workerIdParams } from '../workers/schemas';
import { findVisibleWorker } from '../workers/worker-records';

/** What a principal may list: everything for an admin, their own for an employer contact or a worker. */
function ownedBy(principal: Principal): { employer?: string; worker?: string } {
  if (principal.role === 'employer') return { employer: principal.employerId ?? '00000000-0000-0000-0000-000000000000' };
  if (principal.role === 'worker') return { worker: principal.workerId ?? '00000000-0000-0000-0000-000000000000' };
  return {};
}

const workerSummary = z
  .object({
    id: z.uuid(),
    code: z.string(),
    firstName: z.string(),
    onboardingStatus: z.string(),
    sectorsWanted: z.array(z.string()),
    permitValidUntil: z.string().nullable(),
  })
  .meta({ id: 'WorkerSummary', description: 'No personal identifier: listing workers is not a read of their files' });
const workerSummaryExample = {
  id: EXAMPLE_IDS.worker,
  code: 'W-7QK2MD',
  firstName: 'Amadou',
  onboardingStatus: 'ready',
  sectorsWanted: ['care'],
  permitValidUntil: '2027-10-31',
};

export const listWorkersRoute = defineRoute({
  method: 'get',
  path: '/workers',
  summary: 'List the workers of the cooperative',
  description: 'Codes, first names and where their onboarding stands; no personal identifier, so listing is not a read of their files.',
  operationId: 'listWorkers',
  tags: ['Workers'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: { query: z.object({ onboardingStatus: z.string().max(30).optional() }) },
  responses: {
    200: {
      description: 'Workers',
      schema: z.object({ workers: z.array(workerSummary) }).meta({ id: 'Workers', example: { workers: [workerSummaryExample] } }),
    },
  },
  handler: async ({ query, deps }) => {
    const workers = await deps.orm.em
      .fork()
      .find(Worker, { erasedAt: null, ...(query.onboardingStatus ? { onboardingStatus: query.onboardingStatus } : {}) }, { orderBy: { code: 'asc' } });
    return {
      status: 200,
      body: {
        workers: workers.map((w) => ({
          id: w.id,
          code: w.code,
          firstName: w.firstName,
          onboardingStatus: w.onboardingStatus,
          sectorsWanted: w.sectorsWanted,
          permitValidUntil: w.permitValidUntil ?? null,
        })),
      },
    };
  },
});

export const listWorkerContractsRoute = defineRoute({
  method: 'get',
  path: '/workers/{workerId}/contracts',
  summary: "A worker's employment contracts, newest first",
  operationId: 'listWorkerContracts',
  tags: ['Contracts'],
  changes: 'Changes nothing.',
  access: { worker: 'their own contracts only' },
  roles: ['admin', 'worker'],
  request: { params: workerIdParams },
  responses: {
    200: {
      description: 'Contracts',
      schema: z.object({ contracts: z.array(contractView) }).meta({ id: 'EmploymentContracts', example: { contracts: [contractExample] } }),
    },
  },
  authorize: ({ params, principal, deps }) => findVisibleWorker(deps.orm.em.fork(), principal, params.workerId),
  handler: async ({ scope: worker, deps }) => {
    const em = deps.orm.em.fork();
    const contracts = await em.find(EmploymentContract, { worker: worker.id }, { orderBy: { createdAt: 'desc' } });
    return { status: 200, body: { contracts: await Promise.all(contracts.map((c) => toContractView(em, c))) } };
  },
});

export const listEmployersRoute = defineRoute({
  method: 'get',
  path: '/employers',
  summary: 'List the employers the cooperative works with',
  operationId: 'listEmployers',
  tags: ['Employers'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: { query: z.object({ sector: z.string().max(20).optional() }) },
  responses: {
    200: {
      description: 'Employers',
      schema: z.object({ employers: z.array(employerView) }).meta({ id: 'Employers', example: { employers: [employerExample] } }),
    },
  },
  handler: async ({ query, deps }) => {
    const employers = await deps.orm.em.fork().find(Employer, query.sector ? { sector: query.sector } : {}, { orderBy: { legalName: 'asc' } });
    return { status: 200, body: { employers: employers.map(toEmployerView) } };
  },
});

export const listJobRequestsRoute = defineRoute({
  method: 'get',
  path: '/job-requests',
  summary: 'List job requests',
  description: 'All of them for an admin, its own for an employer; filter by status.',
  operationId: 'listJobRequests',
  tags: ['Job requests'],
  changes: 'Changes nothing.',
  access: { employer: 'their own job requests only' },
  roles: ['admin', 'employer'],
  request: { query: z.object({ status: z.string().max(20).optional() }) },
  responses: {
    200: {
      description: 'Job requests',
      schema: z.object({ jobRequests: z.array(jobRequestView) }).meta({ id: 'JobRequests', example: { jobRequests: [jobRequestExample] } }),
    },
  },
  handler: async ({ query, principal, deps }) => {
    const { employer } = ownedBy(principal!);
    const rows = await deps.orm.em
      .fork()
      .find(JobRequest, { ...(employer ? { employer } : {}), ...(query.status ? { status: query.status } : {}) }, { orderBy: { startDate: 'desc' } });
    return { status: 200, body: { jobRequests: rows.map(toJobRequestView) } };
  },
});

export const listPlacementsRoute = defineRoute({
  method: 'get',
  path: '/placements',
  summary: 'List placements',
  description: 'All for an admin, its own for an employer, theirs for a worker; filter by status.',
  operationId: 'listPlacements',
  tags: ['Placements'],
  changes: 'Changes nothing.',
  access: { employer: 'their own placements only', worker: 'their own placements only' },
  roles: ['admin', 'employer', 'worker'],
  request: { query: z.object({ status: z.enum(PLACEMENT_STATUSES).optional() }) },
  responses: {
    200: {
      description: 'Placements',
      schema: z.object({ placements: z.array(placementView) }).meta({ id: 'Placements', example: { placements: [placementExample] } }),
    },
  },
  handler: async ({ query, principal, deps }) => {
    const em = deps.orm.em.fork();
    const rows = await em.find(
      Placement,
      { ...ownedBy(principal!), ...(query.status ? { status: query.status } : {}) },
      { orderBy: { startDate: 'desc' }, limit: 500 },
    );
    return { status: 200, body: { placements: await toPlacementViews(em, rows, principal!) } };
  },
});
