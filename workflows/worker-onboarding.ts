import {
  allHandlersFinished,
  condition,
  continueAsNew,
  defineQuery,
  defineUpdate,
  getExternalWorkflowHandle,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { Actor } from '../domain/access/roles';
import {
  initialOnboardingState,
  permitAlertDay,
  permitExpiryDay,
  validateConsent,
  validateDocumentsChecked,
  validateWorkAuthorisation,
  withConsent,
  withDocumentsChecked,
  withPayrollFacts,
  withWorkAuthorisation,
  type ChecklistItem,
  type OnboardingState,
  type PayrollFacts,
} from '../domain/workers/onboarding';
import type { CalendarDate } from '../domain/time/dates';
import { oneAtATime, rejectIfAny, sleepUntilDayOrChange, NON_RETRYABLE_FAILURES } from './support';

const { saveOnboardingProgress, raiseAlert, listSuspendableContracts } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  // Transient failures retry without an attempt limit at a bounded pace: an hour-long outage does not end the watch.
  retry: { maximumInterval: '5 minutes', nonRetryableErrorTypes: NON_RETRYABLE_FAILURES },
});

interface StepInput {
  actor: Actor;
  requestId?: string | null;
  /** The Brussels calendar day the step is recorded on, given by the caller. */
  today: CalendarDate;
}
export interface RecordConsentInput extends StepInput {
  textVersion: string;
  givenAt: string;
}
export interface RecordWorkAuthorisationInput extends StepInput {
  permitNumber: string;
  issuingAuthority: string;
  validFrom: CalendarDate;
  validUntil: CalendarDate;
}
export interface RecordDocumentsCheckedInput extends StepInput {
  items: ChecklistItem[];
}
/** What payroll needs, as facts, sent whenever an IBAN, an address or a tax situation is recorded. */
export interface RecordPayrollFactsInput extends StepInput {
  payroll: PayrollFacts;
}

export const onboardingStateQuery = defineQuery<OnboardingState>('onboardingState');
export const recordConsentUpdate = defineUpdate<OnboardingState, [RecordConsentInput]>('recordConsent');
export const recordWorkAuthorisationUpdate = defineUpdate<OnboardingState, [RecordWorkAuthorisationInput]>('recordWorkAuthorisation');
export const recordDocumentsCheckedUpdate = defineUpdate<OnboardingState, [RecordDocumentsCheckedInput]>('recordDocumentsChecked');
export const recordPayrollFactsUpdate = defineUpdate<OnboardingState, [RecordPayrollFactsInput]>('recordPayrollFacts');
/** Signal sent to every contract of the worker when the permit expires. */
export const PERMIT_EXPIRED_SIGNAL = 'permitExpired';

export interface WorkerOnboardingInput {
  workerId: string;
  /** What payroll needs, as known at registration (absent in processes started before the rule). */
  payroll?: PayrollFacts;
  /** Carried over by continue-as-new. */
  state?: OnboardingState;
}

/**
 * Onboarding of one worker, and the watch over their work permit for as long as they are with
 * the cooperative: an alert 30 days before expiry; at expiry every contract is suspended and the
 * worker is not placeable until the permit is renewed (a renewal moves the timers).
 */
export async function workerOnboardingWorkflow(input: WorkerOnboardingInput): Promise<void> {
  let state: OnboardingState = input.state ?? initialOnboardingState(input.workerId, input.payroll);
  const { workerId } = input;
  let stepCount = 0;
  const save = (step: string, next: OnboardingState, u: StepInput, permitNumber?: string) =>
    saveOnboardingProgress({
      workerId,
      actor: u.actor,
      step,
      state: next,
      permitNumber,
      requestId: u.requestId,
      idempotencyKey: `${workflowInfo().runId}:${++stepCount}:${step}`,
    });

  // One update at a time, rules checked again in turn (two admins at once, a retried request).
  const serially = oneAtATime();
  setHandler(onboardingStateQuery, () => state);
  setHandler(
    recordConsentUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(validateConsent(state, u));
        const next = withConsent(state, { textVersion: u.textVersion, givenAt: u.givenAt }, u.today);
        await save('consent', next, u);
        return (state = next);
      }),
    { validator: (u) => rejectIfAny(validateConsent(state, u)) },
  );
  setHandler(
    recordWorkAuthorisationUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(validateWorkAuthorisation(state, u, u.today));
        const next = withWorkAuthorisation(state, { issuingAuthority: u.issuingAuthority, validFrom: u.validFrom, validUntil: u.validUntil }, u.today);
        await save('work-authorisation', next, u, u.permitNumber);
        return (state = next);
      }),
    { validator: (u) => rejectIfAny(validateWorkAuthorisation(state, u, u.today)) },
  );
  setHandler(
    recordDocumentsCheckedUpdate,
    (u) =>
      serially(async () => {
        rejectIfAny(validateDocumentsChecked(state, u.items));
        const next = withDocumentsChecked(state, u.items, u.today);
        await save('documents-checked', next, u);
        return (state = next);
      }),
    { validator: (u) => rejectIfAny(validateDocumentsChecked(state, u.items)) },
  );
  setHandler(recordPayrollFactsUpdate, (u) =>
    serially(async () => {
      const next = withPayrollFacts(state, u.payroll, u.today);
      await save('payroll-details', next, u);
      return (state = next);
    }),
  );

  const system: StepInput = { actor: { userId: 'system', role: 'system' }, today: '1970-01-01' };
  for (;;) {
    await condition(() => state.workAuthorisation !== null);
    const version = state.authorisationVersion;
    const authorisation = state.workAuthorisation!;
    const renewed = () => state.authorisationVersion !== version;

    if (state.permitAlertSentFor !== authorisation.validUntil) {
      if (await sleepUntilDayOrChange(permitAlertDay(authorisation), renewed)) continue;
      await raiseAlert({
        key: `permit-expiring:${workerId}:${authorisation.validUntil}`,
        kind: 'permit-expiring',
        severity: 'warning',
        subjectType: 'worker',
        subjectId: workerId,
        workerId,
        message: `The work permit expires on ${authorisation.validUntil}: renew it or placements will stop.`,
      });
      state = { ...state, permitAlertSentFor: authorisation.validUntil };
    }
    if (await sleepUntilDayOrChange(permitExpiryDay(authorisation), renewed)) continue;

    const expired: OnboardingState = { ...state, status: 'permit-expired' };
    await save('permit-expired', expired, { ...system, today: permitExpiryDay(authorisation) });
    state = expired;
    for (const contractWorkflowId of await listSuspendableContracts({ workerId })) {
      try {
        await getExternalWorkflowHandle(contractWorkflowId).signal(PERMIT_EXPIRED_SIGNAL, { validUntil: authorisation.validUntil });
      } catch {
        // The contract's process has already ended: nothing left to suspend.
      }
    }
    await raiseAlert({
      key: `permit-expired:${workerId}:${authorisation.validUntil}`,
      kind: 'permit-expired',
      severity: 'critical',
      subjectType: 'worker',
      subjectId: workerId,
      workerId,
      message: `The work permit expired on ${authorisation.validUntil}: contracts are suspended and no placement may start.`,
    });
    await condition(renewed);

    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof workerOnboardingWorkflow>({ workerId, state });
    }
  }
}
