import { brusselsDateOf } from '../../domain/time/brussels';

/** Today in Brussels: the business date the API hands to workflows as an input. */
export const todayInBrussels = (now: Date = new Date()) => brusselsDateOf(now.getTime());
