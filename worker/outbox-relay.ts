import { deliverDueNotifications, type OutboxDeliveryDeps } from '../activities/outbox-delivery';
import { startRepeating } from './repeating';

export interface RunningOutboxRelay {
  /** Delivers what is due now (tests call it instead of waiting for the next tick). */
  deliverNow(): Promise<{ sent: number; failed: number }>;
  stop(): Promise<void>;
}

/**
 * The outbox relay: every `intervalMs`, delivers the messages that are due (see
 * activities/outbox-delivery.ts). It runs beside the Temporal worker, in each worker process;
 * row locks keep several relays from sending one message together. A database outage only
 * delays messages: the next tick tries again.
 */
export function startOutboxRelay(deps: OutboxDeliveryDeps, opts: { intervalMs: number; alertAfterAttempts: number }): RunningOutboxRelay {
  const task = startRepeating(() => deliverDueNotifications(deps, { alertAfterAttempts: opts.alertAfterAttempts }), {
    intervalMs: opts.intervalMs,
    logger: deps.logger,
    what: 'outbox relay',
  });
  return { deliverNow: task.runNow, stop: task.stop };
}
