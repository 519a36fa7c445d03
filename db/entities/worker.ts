import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A worker of the cooperative. The profile is pseudonymous; every legal identifier and contact
 * detail is stored encrypted (`*Cipher`, AES-256-GCM, see platform/crypto/field-cipher.ts) and,
 * where it must be searchable or unique, with a keyed hash (`*Hash`), never in clear.
 */
export const Worker = defineEntity({
  name: 'Worker',
  tableName: 'worker',
  properties: (p) => ({
    id: p.uuid().primary(),
    code: p.string().length(12).unique(),
    firstName: p.string().length(100),
    displayName: p.string().length(200),
    preferredLanguage: p.string().length(2),
    languagesSpoken: p.json<string[]>(),
    skills: p.json<string[]>(),
    sectorsWanted: p.json<string[]>(),
    contactEmailCipher: p.text().nullable(),
    contactPhoneCipher: p.text().nullable(),
    nationalNumberCipher: p.text().nullable(),
    nationalNumberHash: p.string().length(64).nullable().unique(),
    nationalNumberKind: p.string().length(4).nullable(),
    birthDataCipher: p.text().nullable(),
    addressCipher: p.text().nullable(),
    ibanCipher: p.text().nullable(),
    /** How a worker without an IBAN is paid (domain/workers/onboarding.ts ALTERNATIVE_PAYMENTS); null with an IBAN. */
    alternativePayment: p.string().length(30).nullable(),
    onboardingStatus: p.string().length(30),
    consentTextVersion: p.string().length(20).nullable(),
    consentGivenAt: p.datetime().nullable(),
    /** Who recorded the consent: 'worker', or 'admin' on the worker's behalf (then the worker confirms it at sign-in). */
    consentRecordedBy: p.string().length(10).nullable(),
    consentConfirmedAt: p.datetime().nullable(),
    permitNumberCipher: p.text().nullable(),
    permitIssuingAuthority: p.string().length(120).nullable(),
    permitValidFrom: p.date().nullable(),
    permitValidUntil: p.date().nullable(),
    documentsChecked: p.json<string[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    erasedAt: p.datetime().nullable(),
  }),
});
export type IWorker = InferEntity<typeof Worker>;
