import { deliverDueNotifications, type OutboxDeliveryDeps } from '../activities/outbox-delivery';

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
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  const run = () => {
    const next = current.then(() => deliverDueNotifications(deps, { alertAfterAttempts: opts.alertAfterAttempts }));
    current = next.catch(() => undefined);
    return next;
  };
  const tick = () => {
    run()
      .catch((err: unknown) => deps.logger.warn({ err: { name: (err as Error)?.name } }, 'outbox relay: delivery round failed; retrying'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, opts.intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    deliverNow: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
