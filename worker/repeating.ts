import type { Logger } from 'pino';

export interface RepeatingTask<T> {
  /** Runs a round now, after the one under way (tests call it instead of waiting for the next tick). */
  runNow(): Promise<T>;
  stop(): Promise<void>;
}

/**
 * A round of work every `intervalMs` beside the Temporal worker, one round at a time. A failed
 * round (the database down) is logged by its kind only and the next tick tries again.
 */
export function startRepeating<T>(round: () => Promise<T>, opts: { intervalMs: number; logger: Logger; what: string }): RepeatingTask<T> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  const run = () => {
    const next = current.then(round);
    current = next.catch(() => undefined);
    return next;
  };
  const tick = () => {
    run()
      .catch((err: unknown) => opts.logger.warn({ err: { name: (err as Error)?.name } }, `${opts.what}: round failed; retrying`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, opts.intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    runNow: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
