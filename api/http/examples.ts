import { globalRegistry, type ZodType } from 'zod';

/**
 * Fictitious values the OpenAPI examples share, so that one example's worker is the next one's
 * worker. No real person, employer or account: names are invented, ids are made up (valid UUIDs
 * ending in a readable number), e-mail addresses use the reserved `.example` domains, Belgian
 * numbers have the right shape and check digits but belong to no one.
 */
export const EXAMPLE_IDS = {
  adminUser: '3f6c2a10-8b4e-4c1d-9a7e-000000000001',
  secondAdminUser: '3f6c2a10-8b4e-4c1d-9a7e-000000000002',
  employerUser: '3f6c2a10-8b4e-4c1d-9a7e-000000000003',
  workerUser: '3f6c2a10-8b4e-4c1d-9a7e-000000000004',
  coachUser: '3f6c2a10-8b4e-4c1d-9a7e-000000000005',
  worker: '5a1d7e20-2c3b-4f8a-8d6e-000000000101',
  employer: '6b2e8f30-3d4c-4a9b-9e7f-000000000201',
  jobRequest: '7c3f9a40-4e5d-4b0c-8f80-000000000301',
  placement: '8d4a0b50-5f6e-4c1d-9a91-000000000401',
  contract: '9e5b1c60-6a7f-4d2e-8ba2-000000000501',
  timesheet: 'af6c2d70-7b8a-4e3f-9cb3-000000000601',
  payrollRun: 'b07d3e80-8c9b-4f4a-8dc4-000000000701',
  payslip: 'c18e4f90-9dac-4a5b-9ed5-000000000801',
  invoice: 'd29f5aa0-aebd-4b6c-8fe6-000000000901',
  creditNote: 'd29f5aa0-aebd-4b6c-8fe6-000000000902',
  payment: 'e3a06bb0-bfce-4c7d-9af7-000000001001',
  statement: 'e3a06bb0-bfce-4c7d-9af7-000000001002',
  alert: 'f4b17cc0-c0df-4d8e-8b08-000000001101',
  notification: 'f4b17cc0-c0df-4d8e-8b08-000000001102',
  cohort: '0a1b2c3d-4e5f-4a6b-9c7d-000000001201',
  application: '0a1b2c3d-4e5f-4a6b-9c7d-000000001202',
  participant: '0a1b2c3d-4e5f-4a6b-9c7d-000000001203',
  groupSession: '0a1b2c3d-4e5f-4a6b-9c7d-000000001204',
  coachingSession: '0a1b2c3d-4e5f-4a6b-9c7d-000000001205',
  document: '1b2c3d4e-5f6a-4b7c-8d8e-000000001301',
  taxSituation: '2c3d4e5f-6a7b-4c8d-9e9f-000000001401',
} as const;

export const EXAMPLE_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.ZXhhbXBsZSB0b2tlbg.c2lnbmF0dXJlLW5vdC1yZWFs';

/** The example a schema was declared with, to show it inside a list without writing it twice. */
export const exampleOf = (schema: ZodType): unknown => globalRegistry.get(schema)?.example;
