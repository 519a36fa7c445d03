import { z } from 'zod';
import { EXAMPLE_IDS } from '../http/examples';
import { calendarDate } from '../http/input-guards';
import { validateIban, validateNiss } from '../../domain/identifiers';
import { ALTERNATIVE_PAYMENTS, CONSENT_TEXT_VERSIONS, DOCUMENT_CHECKLIST, ONBOARDING_STATUSES, PAYROLL_REQUIREMENTS } from '../../domain/workers/onboarding';

export const LANGUAGES = ['fr', 'nl', 'en'] as const;
export const SECTORS = ['care', 'horeca', 'construction', 'other'] as const;

export const nationalNumberField = z
  .string()
  .max(20)
  .superRefine((value, ctx) => {
    const r = validateNiss(value);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message, params: { code: `niss-${r.code}` } });
  });

export const ibanField = z
  .string()
  .max(42)
  .superRefine((value, ctx) => {
    const r = validateIban(value);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message, params: { code: `iban-${r.code}` } });
  });

export const addressSchema = z
  .object({
    street: z.string().min(1).max(200),
    houseNumber: z.string().min(1).max(20),
    postalCode: z.string().min(4).max(10),
    city: z.string().min(1).max(100),
    country: z.string().length(2).toUpperCase(),
  })
  .strict();

export const identificationSchema = z
  .object({
    birthDate: calendarDate,
    birthPlace: z.string().min(1).max(100),
    countryOfBirth: z.string().length(2).toUpperCase(),
    nationality: z.string().length(2).toUpperCase(),
    sex: z.enum(['M', 'F', 'X']),
    familyName: z.string().min(1).max(100),
  })
  .strict()
  .meta({ description: 'Identification data, for a worker without a national or BIS number (Dimona needs it).' });

export const registerWorkerRequest = z
  .object({
    firstName: z.string().trim().min(1).max(100),
    displayName: z.string().trim().min(1).max(200),
    preferredLanguage: z.enum(LANGUAGES),
    languagesSpoken: z.array(z.string().min(2).max(20)).max(20).default([]),
    skills: z.array(z.string().min(1).max(60)).max(50).default([]),
    sectorsWanted: z.array(z.enum(SECTORS)).max(4).default([]),
    contact: z
      .object({
        email: z.email().max(254).optional(),
        phone: z
          .string()
          .regex(/^\+?[0-9 ]{6,20}$/)
          .optional(),
      })
      .strict()
      .default({}),
    nationalNumber: nationalNumberField.optional(),
    identification: identificationSchema.optional(),
    address: addressSchema.optional(),
    iban: ibanField.optional(),
  })
  .strict()
  .meta({
    id: 'RegisterWorkerRequest',
    example: {
      firstName: 'Amadou',
      displayName: 'Amadou D.',
      preferredLanguage: 'fr',
      languagesSpoken: ['fr', 'wo', 'en'],
      skills: ['personal care', 'night watch'],
      sectorsWanted: ['care'],
      contact: { phone: '+32 470 00 00 01' },
      identification: { birthDate: '1991-04-17', birthPlace: 'Thiès', countryOfBirth: 'SN', nationality: 'SN', sex: 'M', familyName: 'Diallo' },
      address: { street: 'Rue de l’Exemple', houseNumber: '12', postalCode: '1030', city: 'Schaerbeek', country: 'BE' },
      iban: 'BE68539007547034',
    },
  });
export type RegisterWorkerRequest = z.infer<typeof registerWorkerRequest>;

export const workerIdParams = z.object({ workerId: z.uuid() });

/** Consent given, permit recorded, documents not checked yet. */
const onboardingExample = {
  status: 'awaiting-documents',
  consent: { textVersion: '2026-01', givenAt: '2026-11-03T09:12:00.000Z' },
  workAuthorisation: { issuingAuthority: 'Brussels-Capital Region, Economy and Employment', validFrom: '2026-11-01', validUntil: '2027-10-31' },
  documentsChecked: [],
  missingForPayroll: ['tax-situation'],
};

export const onboardingView = z
  .object({
    status: z.enum(ONBOARDING_STATUSES),
    consent: z.object({ textVersion: z.string(), givenAt: z.string() }).nullable(),
    workAuthorisation: z.object({ issuingAuthority: z.string(), validFrom: z.string(), validUntil: z.string() }).nullable(),
    documentsChecked: z.array(z.string()),
    missingForPayroll: z.array(z.enum(PAYROLL_REQUIREMENTS)).meta({
      description: 'What payroll still needs before the worker is ready: a way to be paid (IBAN or alternative), an address, a confirmed tax situation',
    }),
  })
  .meta({ example: onboardingExample });

export const workerView = z
  .object({
    id: z.uuid(),
    code: z.string(),
    firstName: z.string(),
    displayName: z.string(),
    preferredLanguage: z.enum(LANGUAGES),
    languagesSpoken: z.array(z.string()),
    skills: z.array(z.string()),
    sectorsWanted: z.array(z.string()),
    onboarding: onboardingView,
    identity: z
      .object({
        nationalNumber: z.string().nullable(),
        nationalNumberKind: z.enum(['niss', 'bis']).nullable(),
        identification: identificationSchema.nullable(),
        address: addressSchema.nullable(),
        iban: z.string().nullable(),
        alternativePayment: z.enum(ALTERNATIVE_PAYMENTS).nullable(),
        contact: z.object({ email: z.string().optional(), phone: z.string().optional() }),
        permitNumber: z.string().nullable(),
      })
      .meta({ description: 'Personal data, decrypted for this read, which is recorded in the audit log.' }),
  })
  .meta({
    id: 'Worker',
    example: {
      id: EXAMPLE_IDS.worker,
      code: 'W-7QK2MD',
      firstName: 'Amadou',
      displayName: 'Amadou D.',
      preferredLanguage: 'fr',
      languagesSpoken: ['fr', 'wo', 'en'],
      skills: ['personal care', 'night watch'],
      sectorsWanted: ['care'],
      onboarding: onboardingExample,
      identity: {
        nationalNumber: null,
        nationalNumberKind: null,
        identification: { birthDate: '1991-04-17', birthPlace: 'Thiès', countryOfBirth: 'SN', nationality: 'SN', sex: 'M', familyName: 'Diallo' },
        address: { street: 'Rue de l’Exemple', houseNumber: '12', postalCode: '1030', city: 'Schaerbeek', country: 'BE' },
        iban: 'BE68539007547034',
        alternativePayment: null,
        contact: { phone: '+32 470 00 00 01' },
        permitNumber: 'BXL-DER-2026-000123',
      },
    },
  });

export const registeredWorker = z
  .object({
    id: z.uuid(),
    code: z.string(),
    onboardingWorkflowId: z.string(),
    account: z
      .object({ userId: z.uuid(), invitationSentBy: z.enum(['email', 'sms']) })
      .nullable()
      .meta({ description: 'The account made for a worker registered with a contact; its invitation went to the worker only, never into this answer' }),
  })
  .meta({
    id: 'RegisteredWorker',
    example: {
      id: EXAMPLE_IDS.worker,
      code: 'W-7QK2MD',
      onboardingWorkflowId: `worker-onboarding:${EXAMPLE_IDS.worker}`,
      account: { userId: EXAMPLE_IDS.workerUser, invitationSentBy: 'sms' },
    },
  });

export const consentRequest = z
  .object({ textVersion: z.enum(CONSENT_TEXT_VERSIONS) })
  .strict()
  .meta({ id: 'ConsentRequest', example: { textVersion: '2026-01' } });
export const workAuthorisationRequest = z
  .object({
    permitNumber: z.string().trim().min(3).max(40),
    issuingAuthority: z.string().trim().min(2).max(120),
    validFrom: calendarDate,
    validUntil: calendarDate,
  })
  .strict()
  .meta({
    id: 'WorkAuthorisationRequest',
    example: {
      permitNumber: 'BXL-DER-2026-000123',
      issuingAuthority: 'Brussels-Capital Region, Economy and Employment',
      validFrom: '2026-11-01',
      validUntil: '2027-10-31',
    },
  });
export const payrollDetailsRequest = z
  .object({
    iban: ibanField.optional(),
    alternativePayment: z.enum(ALTERNATIVE_PAYMENTS).optional().meta({ description: 'For a worker without a bank account; an IBAN given later replaces it' }),
    address: addressSchema.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.iban === undefined && body.alternativePayment === undefined && body.address === undefined) {
      ctx.addIssue({ code: 'custom', path: ['iban'], message: 'give an IBAN, an alternative payment or an address', params: { code: 'nothing-to-record' } });
    }
    if (body.iban !== undefined && body.alternativePayment !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['alternativePayment'],
        message: 'give an IBAN or an alternative payment, not both',
        params: { code: 'iban-or-alternative' },
      });
    }
  })
  .meta({
    id: 'PayrollDetailsRequest',
    example: { iban: 'BE68539007547034', address: { street: 'Rue de l’Exemple', houseNumber: '12', postalCode: '1030', city: 'Schaerbeek', country: 'BE' } },
  });
export const documentsCheckedRequest = z
  .object({ items: z.array(z.enum(DOCUMENT_CHECKLIST)).min(1) })
  .strict()
  .meta({ id: 'DocumentsCheckedRequest', example: { items: ['identity-document', 'work-permit', 'bank-details'] } });
