/**
 * Calendar dates as `YYYY-MM-DD` strings, in Brussels time: the engine's own pure date rules
 * from domain/time, so the pages count weeks exactly as the API does.
 */
import { brusselsDateOf } from '../../domain/time/brussels';

export { addDays } from '../../domain/time/dates';
export { datesOfIsoWeek, isoWeekOfDate as isoWeekOf } from '../../domain/time/iso-week';

export const todayInBrussels = (now = Date.now()): string => brusselsDateOf(now);
