/**
 * The shared meeting clock. The server holds the state and stamps it with its own time; every
 * screen computes elapsed and remaining from the same state and `now` = its clock plus its
 * estimated offset to the server, so all screens agree without ticking messages.
 * Pausing stops the current item's time-box; the meeting's own clock is wall time since start
 * (a standup that pauses still took the team's minutes).
 */

export interface MeetingClockState {
  meetingId: string;
  running: boolean;
  facilitatorId: string | null;
  startedAt: number | null;
  endedAt: number | null;
  meetingTimeboxSeconds: number | null;
  currentItemId: string | null;
  itemStartedAt: number | null;
  itemTimeboxSeconds: number | null;
  /** Milliseconds the current item spent paused in pauses that have ended. */
  itemPausedMs: number;
  /** Set while paused. */
  pausedAt: number | null;
  /** The section (lane, person) the facilitator shows when walking the board. */
  sectionKey: string | null;
  /** Increases with every change: a client ignores a state older than the one it has. */
  revision: number;
}

export interface ClockReading {
  meetingElapsedMs: number;
  /** Negative once the meeting runs over its time-box; null without a time-box. */
  meetingRemainingMs: number | null;
  itemElapsedMs: number;
  itemRemainingMs: number | null;
  paused: boolean;
}

export function idleClock(meetingId: string): MeetingClockState {
  return {
    meetingId,
    running: false,
    facilitatorId: null,
    startedAt: null,
    endedAt: null,
    meetingTimeboxSeconds: null,
    currentItemId: null,
    itemStartedAt: null,
    itemTimeboxSeconds: null,
    itemPausedMs: 0,
    pausedAt: null,
    sectionKey: null,
    revision: 0,
  };
}

export function readClock(state: MeetingClockState, now: number): ClockReading {
  const end = state.endedAt ?? now;
  const meetingElapsedMs = state.startedAt === null ? 0 : Math.max(0, end - state.startedAt);
  const itemEnd = state.pausedAt ?? end;
  const itemElapsedMs =
    state.itemStartedAt === null
      ? 0
      : Math.max(0, itemEnd - state.itemStartedAt - state.itemPausedMs);
  return {
    meetingElapsedMs,
    meetingRemainingMs:
      state.meetingTimeboxSeconds === null
        ? null
        : state.meetingTimeboxSeconds * 1000 - meetingElapsedMs,
    itemElapsedMs,
    itemRemainingMs:
      state.itemTimeboxSeconds === null || state.currentItemId === null
        ? null
        : state.itemTimeboxSeconds * 1000 - itemElapsedMs,
    paused: state.pausedAt !== null,
  };
}

const next = (state: MeetingClockState, patch: Partial<MeetingClockState>): MeetingClockState => ({
  ...state,
  ...patch,
  revision: state.revision + 1,
});

export interface ClockItem {
  id: string;
  timeboxSeconds: number | null;
}

export function startClock(
  state: MeetingClockState,
  options: {
    now: number;
    facilitatorId: string;
    meetingTimeboxSeconds: number | null;
    firstItem: ClockItem | null;
  },
): MeetingClockState {
  return next(state, {
    running: true,
    facilitatorId: options.facilitatorId,
    startedAt: state.startedAt ?? options.now,
    endedAt: null,
    meetingTimeboxSeconds: options.meetingTimeboxSeconds,
    currentItemId: options.firstItem?.id ?? null,
    itemStartedAt: options.firstItem ? options.now : null,
    itemTimeboxSeconds: options.firstItem?.timeboxSeconds ?? null,
    itemPausedMs: 0,
    pausedAt: null,
  });
}

/** Shows an item (null = none): its time-box starts now; a pause carries over to it. */
export function gotoItem(
  state: MeetingClockState,
  item: ClockItem | null,
  now: number,
): MeetingClockState {
  return next(state, {
    currentItemId: item?.id ?? null,
    itemStartedAt: item ? now : null,
    itemTimeboxSeconds: item?.timeboxSeconds ?? null,
    itemPausedMs: 0,
    pausedAt: state.pausedAt === null ? null : now,
  });
}

/** The item after the current one in agenda order; the first one when none is current. */
export function nextItemId(order: readonly string[], currentId: string | null): string | null {
  if (currentId === null) return order[0] ?? null;
  const index = order.indexOf(currentId);
  return index < 0 ? (order[0] ?? null) : (order[index + 1] ?? null);
}

export function previousItemId(order: readonly string[], currentId: string | null): string | null {
  const index = currentId === null ? -1 : order.indexOf(currentId);
  return index > 0 ? order[index - 1]! : null;
}

export function pauseClock(
  state: MeetingClockState,
  paused: boolean,
  now: number,
): MeetingClockState {
  if (paused === (state.pausedAt !== null)) return state;
  if (paused) return next(state, { pausedAt: now });
  return next(state, {
    pausedAt: null,
    itemPausedMs: state.itemPausedMs + (now - state.pausedAt!),
  });
}

export function showSection(
  state: MeetingClockState,
  sectionKey: string | null,
): MeetingClockState {
  return next(state, { sectionKey });
}

export function handOver(state: MeetingClockState, facilitatorId: string): MeetingClockState {
  return next(state, { facilitatorId });
}

export function endClock(state: MeetingClockState, now: number): MeetingClockState {
  const ended = pauseClock(state, false, now);
  return next(ended, {
    running: false,
    endedAt: now,
    currentItemId: null,
    itemStartedAt: null,
    itemTimeboxSeconds: null,
  });
}

/**
 * The offset to add to this machine's clock to get the server's, from one round trip: the
 * server's time is taken to be in the middle of the trip (NTP's rule).
 */
export function estimateServerOffset(
  sentAt: number,
  serverNow: number,
  receivedAt: number,
): number {
  return serverNow - (sentAt + receivedAt) / 2;
}
