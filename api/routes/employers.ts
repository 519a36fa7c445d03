import { z } from 'zod';
import {
  candidatesView,
  createJobRequest,
  employerIdParams,
  employerView,
  jobRequestIdParams,
  jobRequestView,
  registerEmployerRequest,
  registeredEmployer,
} from '../employers/schemas';
import {
  candidatesFor,
  createJobRequestFor,
  findVisibleEmployer,
  findVisibleJobRequest,
  registerEmployer,
  toEmployerView,
  toJobRequestView,
} from '../employers/employer-records';
import { defineRoute } from '../http/route';

export const registerEmployerRoute = defineRoute({
  method: 'post',
  path: '/employers',
  summary: 'Register an employer',
  description: 'Its contacts become employer accounts; each gets an invitation to choose a password.',
  operationId: 'registerEmployer',
  tags: ['Employers'],
  changes: 'Creates the employer and an account per contact, each with an invitation queued in the outbox (e-mail); records it in the audit log.',
  roles: ['admin'],
  request: { body: registerEmployerRequest },
  responses: { 201: { description: 'Registered', schema: registeredEmployer }, 409: { description: 'Already registered' } },
  handler: async ({ body, principal, deps, requestId }) => {
    const created = await registerEmployer(deps, principal!, body, requestId);
    return { status: 201, body: created, headers: { Location: `/api/v1/employers/${created.id}` } };
  },
});

export const getEmployerRoute = defineRoute({
  method: 'get',
  path: '/employers/{employerId}',
  summary: 'An employer',
  operationId: 'getEmployer',
  tags: ['Employers'],
  changes: 'Changes nothing.',
  access: { employer: 'their own employer only' },
  roles: ['admin', 'employer'],
  request: { params: employerIdParams },
  authorize: ({ params, principal, deps }) => findVisibleEmployer(deps.orm.em.fork(), principal, params.employerId),
  responses: { 200: { description: 'The employer', schema: employerView }, 404: { description: 'No such employer' } },
  handler: async ({ scope }) => ({ status: 200, body: toEmployerView(scope) }),
});

export const createJobRequestRoute = defineRoute({
  method: 'post',
  path: '/employers/{employerId}/job-requests',
  summary: 'Post a job request',
  description: 'Equal pay: the offered wage is at least what the employer pays its own staff for the same work.',
  operationId: 'postJobRequest',
  tags: ['Job requests'],
  changes: 'Creates the job request (open); records it in the audit log.',
  access: { employer: 'for their own employer only' },
  roles: ['admin', 'employer'],
  request: { params: employerIdParams, body: createJobRequest },
  authorize: ({ params, principal, deps }) => findVisibleEmployer(deps.orm.em.fork(), principal, params.employerId),
  responses: { 201: { description: 'Posted', schema: jobRequestView }, 404: { description: 'No such employer' }, 422: { description: 'A rule refuses it' } },
  handler: async ({ params, body, principal, deps, requestId }) => {
    const created = await createJobRequestFor(deps, principal!, params.employerId, body, requestId);
    return { status: 201, body: created, headers: { Location: `/api/v1/job-requests/${created.id}` } };
  },
});

export const getJobRequestRoute = defineRoute({
  method: 'get',
  path: '/job-requests/{jobRequestId}',
  summary: 'A job request',
  operationId: 'getJobRequest',
  tags: ['Job requests'],
  changes: 'Changes nothing.',
  access: { employer: 'their own job requests only' },
  roles: ['admin', 'employer'],
  request: { params: jobRequestIdParams },
  authorize: ({ params, principal, deps }) => findVisibleJobRequest(deps.orm.em.fork(), principal, params.jobRequestId),
  responses: { 200: { description: 'The job request', schema: jobRequestView }, 404: { description: 'No such job request' } },
  handler: async ({ scope }) => ({ status: 200, body: toJobRequestView(scope) }),
});

export const candidatesRoute = defineRoute({
  method: 'get',
  path: '/job-requests/{jobRequestId}/candidates',
  summary: 'Workers ranked for a job request',
  description: 'With the reason for each rank; the workers who cannot be placed say why.',
  operationId: 'rankCandidates',
  tags: ['Job requests'],
  changes: 'Changes nothing.',
  roles: ['admin'],
  request: { params: jobRequestIdParams, query: z.object({}) },
  authorize: ({ params, principal, deps }) => findVisibleJobRequest(deps.orm.em.fork(), principal, params.jobRequestId),
  responses: { 200: { description: 'Ranked candidates', schema: candidatesView }, 404: { description: 'No such job request' } },
  handler: async ({ scope: request, deps }) => {
    return { status: 200, body: { candidates: await candidatesFor(deps.orm.em.fork(), request) } };
  },
});
