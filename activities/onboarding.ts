import type { OnboardingState } from '../domain/workers/onboarding';
import { AuditEntry, Worker } from '../db/entities';
import { recordAudit, type AuditActor } from '../db/audit';
import type { ActivityDeps } from './deps';

export interface SaveOnboardingInput {
  workerId: string;
  actor: AuditActor;
  /** `consent`, `work-authorisation`, `documents-checked`, `permit-expired`. */
  step: string;
  state: OnboardingState;
  /** Only with the work-authorisation step: encrypted here, never stored in clear. */
  permitNumber?: string;
  requestId?: string | null;
  /** Unique per step occurrence, so a retry does not audit twice. */
  idempotencyKey: string;
}

/** What the audit log and the worker's access log say of a consent an administrator recorded for the worker. */
export const CONSENT_ON_BEHALF_REASON = 'recorded by the cooperative on the worker’s behalf; the worker confirms it at their first sign-in';

export function onboardingActivities({ orm, cipher }: ActivityDeps) {
  return {
    /** Writes the onboarding facts of the workflow state to the worker's record, with its audit entry. */
    async saveOnboardingProgress(input: SaveOnboardingInput): Promise<void> {
      const em = orm.em.fork();
      await em.transactional(async (tx) => {
        const worker = await tx.findOneOrFail(Worker, { id: input.workerId });
        const s = input.state;
        worker.onboardingStatus = s.status;
        worker.consentTextVersion = s.consent?.textVersion ?? null;
        worker.consentGivenAt = s.consent ? new Date(s.consent.givenAt) : null;
        worker.permitIssuingAuthority = s.workAuthorisation?.issuingAuthority ?? null;
        worker.permitValidFrom = s.workAuthorisation?.validFrom ?? null;
        worker.permitValidUntil = s.workAuthorisation?.validUntil ?? null;
        worker.documentsChecked = [...s.documentsChecked];
        if (input.permitNumber !== undefined)
          worker.permitNumberCipher = cipher.encrypt(input.permitNumber, { table: 'worker', column: 'permit_number_cipher', id: worker.id });
        // A consent recorded by someone else than the worker is on their behalf: the worker confirms it at sign-in.
        const onBehalf = input.step === 'consent' && input.actor.role !== 'worker';
        if (input.step === 'consent') worker.consentRecordedBy = onBehalf ? 'admin' : 'worker';
        const already = await tx.count(AuditEntry, { idempotencyKey: input.idempotencyKey });
        if (!already) {
          recordAudit(tx, {
            actor: input.actor,
            action: `worker.onboarding.${input.step}`,
            subjectType: 'worker',
            subjectId: input.workerId,
            workerId: input.workerId,
            requestId: input.requestId,
            idempotencyKey: input.idempotencyKey,
            reason: onBehalf ? CONSENT_ON_BEHALF_REASON : null,
            details: onBehalf ? { status: s.status, onBehalfOfWorker: true } : { status: s.status },
          });
        }
      });
    },
  };
}
