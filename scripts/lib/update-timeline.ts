/**
 * Where the time of one workflow update went, read from the workflow's history: the workflow task
 * that accepted it (waiting for a worker, then running), the activity it ran (waiting in the
 * queue, then running), and the workflow task that completed it. Pure, over history events.
 */
export interface HistoryEventLike {
  eventId?: unknown;
  eventType?: number | null;
  eventTime?: { seconds?: unknown; nanos?: number | null } | null;
  workflowExecutionUpdateAcceptedEventAttributes?: { acceptedRequest?: { input?: { name?: string | null } | null } | null } | null;
}

export interface UpdatePhases {
  /** Workflow task scheduled for the update → a worker picked it up. */
  acceptWait: number;
  /** That task ran: the handler's validator and its start, until the activity was scheduled. */
  acceptRun: number;
  /** Activity scheduled → a worker started it. */
  activityWait: number;
  /** The activity ran (PostgreSQL). */
  activityRun: number;
  /** Activity completed → the workflow task that completed the update ended. */
  complete: number;
  /** From the first to the last: what the server saw. */
  total: number;
}

const E = {
  wftScheduled: 5,
  wftStarted: 6,
  wftCompleted: 7,
  activityScheduled: 10,
  activityStarted: 11,
  activityCompleted: 12,
  updateAccepted: 41,
  updateCompleted: 43,
} as const;

const msOf = (e: HistoryEventLike) => Number(e.eventTime?.seconds ?? 0) * 1000 + (e.eventTime?.nanos ?? 0) / 1e6;

/** The phases of the first update named `name` that ran one activity; null when the history has none. */
export function updatePhases(events: readonly HistoryEventLike[], name: string): UpdatePhases | null {
  const accepted = events.findIndex(
    (e) => e.eventType === E.updateAccepted && e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === name,
  );
  if (accepted < 0) return null;
  const before = (type: number, from: number) => {
    for (let i = from; i >= 0; i--) if (events[i]!.eventType === type) return events[i]!;
    return null;
  };
  const after = (type: number, from: number) => {
    for (let i = from; i < events.length; i++) if (events[i]!.eventType === type) return { event: events[i]!, index: i };
    return null;
  };
  const scheduled = before(E.wftScheduled, accepted);
  const started = before(E.wftStarted, accepted);
  const actScheduled = after(E.activityScheduled, accepted);
  const actStarted = actScheduled && after(E.activityStarted, actScheduled.index);
  const actCompleted = actStarted && after(E.activityCompleted, actStarted.index);
  const completed = actCompleted && after(E.updateCompleted, actCompleted.index);
  const lastTask = completed && before(E.wftCompleted, completed.index);
  if (!scheduled || !started || !actScheduled || !actStarted || !actCompleted || !completed || !lastTask) return null;
  return {
    acceptWait: msOf(started) - msOf(scheduled),
    acceptRun: msOf(actScheduled.event) - msOf(started),
    activityWait: msOf(actStarted.event) - msOf(actScheduled.event),
    activityRun: msOf(actCompleted.event) - msOf(actStarted.event),
    complete: msOf(lastTask) - msOf(actCompleted.event),
    total: msOf(lastTask) - msOf(scheduled),
  };
}
