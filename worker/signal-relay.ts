import { deliverWorkflowSignals, type SignalRelayDeps } from '../platform/workflow-signals';
import { startRepeating, type RepeatingTask } from './repeating';

const BATCH = 200;

/**
 * The relay of the transactional outbox of signals (platform/workflow-signals.ts): every
 * `intervalMs`, and at once again while batches come back full, delivers the signals that are
 * due. It runs beside the Temporal worker, in each worker process; row locks keep several relays
 * from sending one signal together. A Temporal or database outage only delays signals.
 */
export function startSignalRelay(deps: SignalRelayDeps, opts: { intervalMs: number }): RepeatingTask<{ delivered: number; failed: number }> {
  return startRepeating(
    async () => {
      const total = { delivered: 0, failed: 0 };
      for (;;) {
        const round = await deliverWorkflowSignals(deps, { limit: BATCH });
        total.delivered += round.delivered;
        total.failed += round.failed;
        if (round.delivered + round.failed < BATCH || round.failed > 0) return total;
      }
    },
    { intervalMs: opts.intervalMs, logger: deps.logger, what: 'signal relay' },
  );
}
