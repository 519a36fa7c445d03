import { brusselsDateOf } from '../../domain/time/brussels';

/** Today in Brussels: the business date the API hands to workflows as an input. */
export const todayInBrussels = (now: Date = new Date()) => brusselsDateOf(now.getTime());

/** Today in Brussels on the API's clock (`ApiDeps.clock`, the system clock unless a test sets one). */
export const todayFor = (deps: { clock?: () => Date }) => todayInBrussels(deps.clock?.() ?? new Date());
