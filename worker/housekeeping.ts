import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { startRepeating, type RepeatingTask } from './repeating';

/**
 * Forgets the answers kept for `Idempotency-Key` retries once they are a day old (see
 * api/http/idempotency.ts). It ran before every request in the API; here, beside the worker, it
 * costs the request path nothing. A row past its day that was not purged yet is taken over by the
 * next request with its key, so a late purge changes no answer.
 */
export async function purgeIdempotentRequests(orm: MikroORM): Promise<number> {
  const rows = await orm.em.getConnection().execute(`delete from idempotent_request where created_at < now() - interval '24 hours' returning key`);
  return rows.length;
}

export const HOUSEKEEPING_INTERVAL_MS = 10 * 60_000;

export function startHousekeeping(
  deps: { orm: MikroORM; logger: Logger },
  opts: { intervalMs: number } = { intervalMs: HOUSEKEEPING_INTERVAL_MS },
): RepeatingTask<number> {
  return startRepeating(() => purgeIdempotentRequests(deps.orm), { intervalMs: opts.intervalMs, logger: deps.logger, what: 'house-keeping' });
}
