import { activityInfo, Context } from '@temporalio/activity';

/**
 * Tells Temporal a long activity is alive, so a crashed worker's chunk is retried elsewhere
 * after the heartbeat timeout rather than after the whole start-to-close timeout. A no-op when
 * the function runs outside an activity (a script or a test calling it directly).
 */
export function heartbeat(details?: unknown): void {
  try {
    activityInfo();
  } catch {
    return;
  }
  Context.current().heartbeat(details);
}
