import { z } from 'zod';
import { EXAMPLE_IDS } from '../http/examples';
import { calendarDate } from '../http/input-guards';
import { validateEnterpriseNumber } from '../../domain/identifiers';
import { SECTORS } from '../workers/schemas';

export const enterpriseNumberField = z
  .string()
  .max(20)
  .superRefine((value, ctx) => {
    const r = validateEnterpriseNumber(value);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message, params: { code: `enterprise-number-${r.code}` } });
  });

const address = z
  .object({
    street: z.string().min(1).max(200),
    houseNumber: z.string().min(1).max(20),
    postalCode: z.string().min(4).max(10),
    city: z.string().min(1).max(100),
    country: z.string().length(2).toUpperCase().default('BE'),
  })
  .strict();

export const JOINT_COMMITTEES = { care: '330', horeca: '302', construction: '124' } as const;

export const registerEmployerRequest = z
  .object({
    legalName: z.string().trim().min(2).max(200),
    enterpriseNumber: enterpriseNumberField,
    onssNumber: z
      .string()
      .regex(/^\d{9,10}$/, 'must be the 9 or 10 digit ONSS registration number')
      .optional(),
    address,
    sector: z.enum(SECTORS),
    jointCommittee: z.string().regex(/^\d{3}(\.\d{2})?$/, 'must be a joint committee number such as 330'),
    language: z
      .enum(['fr', 'nl', 'en'])
      .default('fr')
      .meta({ description: 'The language the cooperative writes to this employer in (approval requests, proposals, reminders)' }),
    contacts: z
      .array(
        z
          .object({
            name: z.string().trim().min(2).max(200),
            email: z.email().max(254),
            language: z.enum(['fr', 'nl', 'en']).optional().meta({ description: 'This contact’s own language, when it differs from the employer’s' }),
          })
          .strict(),
      )
      .min(1)
      .max(10),
    invoicing: z
      .object({
        email: z.email().max(254).optional(),
        peppolId: z
          .string()
          .regex(/^\d{4}:[A-Za-z0-9]+$/, 'must be "<scheme>:<identifier>", e.g. 0208:0123456749')
          .optional(),
      })
      .strict()
      .default({}),
  })
  .strict()
  .meta({
    id: 'RegisterEmployerRequest',
    example: {
      legalName: 'Zorghuis De Linde (fictitious)',
      enterpriseNumber: '0987.654.394',
      onssNumber: '123456789',
      address: { street: 'Lindenlaan', houseNumber: '40', postalCode: '1090', city: 'Jette', country: 'BE' },
      sector: 'care',
      jointCommittee: '330',
      language: 'nl',
      contacts: [{ name: 'Sofie Janssens', email: 'sofie.janssens@zorghuis-linde.example' }],
      invoicing: { email: 'boekhouding@zorghuis-linde.example', peppolId: '0208:0987654394' },
    },
  });

export const employerIdParams = z.object({ employerId: z.uuid() });

export const employerExample = {
  id: EXAMPLE_IDS.employer,
  legalName: 'Zorghuis De Linde (fictitious)',
  enterpriseNumber: '0987654394',
  vatNumber: 'BE0987654394',
  onssNumber: '123456789',
  sector: 'care',
  jointCommittee: '330',
  language: 'nl',
  address: { street: 'Lindenlaan', houseNumber: '40', postalCode: '1090', city: 'Jette', country: 'BE' },
  invoicing: { email: 'boekhouding@zorghuis-linde.example', peppolId: '0208:0987654394' },
};

export const employerView = z
  .object({
    id: z.uuid(),
    legalName: z.string(),
    enterpriseNumber: z.string(),
    vatNumber: z.string(),
    onssNumber: z.string().nullable(),
    sector: z.string(),
    jointCommittee: z.string(),
    language: z.enum(['fr', 'nl', 'en']),
    address: address.nullable(),
    invoicing: z.object({ email: z.string().nullable(), peppolId: z.string().nullable() }),
  })
  .meta({ id: 'Employer', example: employerExample });

export const registeredEmployer = employerView
  .extend({
    contacts: z.array(
      z.object({
        userId: z.uuid(),
        email: z.string(),
        invitationSent: z.literal(true).meta({
          description: 'An invitation to choose a password went to the contact by e-mail (single use, 7 days); the administrator never sees its link',
        }),
      }),
    ),
  })
  .meta({
    id: 'RegisteredEmployer',
    example: { ...employerExample, contacts: [{ userId: EXAMPLE_IDS.employerUser, email: 'sofie.janssens@zorghuis-linde.example', invitationSent: true }] },
  });

export const createJobRequest = z
  .object({
    occupation: z.string().trim().min(2).max(120),
    sector: z.enum(SECTORS),
    headcount: z.number().int().min(1).max(50),
    hoursPerWeek: z.number().positive().max(38).multipleOf(0.25),
    startDate: calendarDate,
    endDate: calendarDate,
    siteAddress: address.omit({ country: true }),
    requiredSkills: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
    requiredLanguages: z.array(z.string().trim().min(2).max(20)).max(10).default([]),
    offeredHourlyWageCents: z.number().int().positive().max(100_000),
    comparableStaffHourlyWageCents: z
      .number()
      .int()
      .positive()
      .max(100_000)
      .meta({ description: 'What the employer pays its own staff in this job (equal pay)' }),
  })
  .strict()
  .meta({
    id: 'CreateJobRequest',
    example: {
      occupation: 'Aide-soignant(e)',
      sector: 'care',
      headcount: 2,
      hoursPerWeek: 30,
      startDate: '2026-12-07',
      endDate: '2027-06-06',
      siteAddress: { street: 'Lindenlaan', houseNumber: '40', postalCode: '1090', city: 'Jette' },
      requiredSkills: ['personal care'],
      requiredLanguages: ['fr', 'nl'],
      offeredHourlyWageCents: 1650,
      comparableStaffHourlyWageCents: 1650,
    },
  });

export const jobRequestIdParams = z.object({ jobRequestId: z.uuid() });

export const jobRequestExample = {
  id: EXAMPLE_IDS.jobRequest,
  employerId: EXAMPLE_IDS.employer,
  occupation: 'Aide-soignant(e)',
  sector: 'care',
  headcount: 2,
  hoursPerWeek: 30,
  startDate: '2026-12-07',
  endDate: '2027-06-06',
  requiredSkills: ['personal care'],
  requiredLanguages: ['fr', 'nl'],
  offeredHourlyWageCents: 1650,
  status: 'open',
};

export const jobRequestView = z
  .object({
    id: z.uuid(),
    employerId: z.uuid(),
    occupation: z.string(),
    sector: z.string(),
    headcount: z.number().int(),
    hoursPerWeek: z.number(),
    startDate: z.string(),
    endDate: z.string(),
    requiredSkills: z.array(z.string()),
    requiredLanguages: z.array(z.string()),
    offeredHourlyWageCents: z.number().int(),
    status: z.string(),
  })
  .meta({ id: 'JobRequest', example: jobRequestExample });

export const candidatesView = z
  .object({
    candidates: z.array(
      z.object({ workerId: z.uuid(), code: z.string(), firstName: z.string(), score: z.number(), placeable: z.boolean(), reasons: z.array(z.string()) }),
    ),
  })
  .meta({
    id: 'Candidates',
    example: {
      candidates: [
        {
          workerId: EXAMPLE_IDS.worker,
          code: 'W-7QK2MD',
          firstName: 'Amadou',
          score: 0.86,
          placeable: true,
          reasons: ['wants care', 'skill: personal care', 'speaks fr'],
        },
        {
          workerId: '5a1d7e20-2c3b-4f8a-8d6e-000000000102',
          code: 'W-P3X9TA',
          firstName: 'Mariam',
          score: 0.4,
          placeable: false,
          reasons: ['onboarding not finished: awaiting-documents'],
        },
      ],
    },
  });

export const setPasswordRequest = z
  .object({ token: z.string().min(20).max(2000), password: z.string().min(12).max(200) })
  .strict()
  .meta({ id: 'SetPasswordRequest', example: { token: 'inv_8kq2Rw7ZtLmN4pXa9cVb3sYd', password: 'tulip-canal-waffle-1030' } });
