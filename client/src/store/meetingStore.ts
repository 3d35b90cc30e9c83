/**
 * The running meeting as this tab sees it: the server's clock state (from `meeting:state`), the
 * offset to the server's clock, and whether this person follows the facilitator. What the screen
 * shows is derived here, so the rules are testable without React or sockets.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { MeetingClockState, MeetingStateEvent, MeetingStatus } from '@orderlane/shared';

export interface MeetingRunState {
  meetingId: string | null;
  status: MeetingStatus | null;
  /** The server's clock state; null until the first `meeting:state` (or before the start). */
  clock: MeetingClockState | null;
  /** Add to `Date.now()` to get the server's time. */
  offsetMs: number;
  /** Show what the facilitator shows (on by default: a standup is watched together). */
  follow: boolean;
  /** The item this person looks at on their own (not following, or not running). */
  localItemId: string | null;
  /** True while the socket has joined the meeting's room. */
  joined: boolean;
}

export type MeetingRunStore = StoreApi<MeetingRunState>;

export function emptyMeetingRun(meetingId: string | null = null): MeetingRunState {
  return {
    meetingId,
    status: null,
    clock: null,
    offsetMs: 0,
    follow: true,
    localItemId: null,
    joined: false,
  };
}

export function createMeetingRunStore(meetingId: string | null = null): MeetingRunStore {
  return createStore<MeetingRunState>(() => emptyMeetingRun(meetingId));
}

/**
 * Takes a `meeting:state` in: events of another meeting are ignored, and so is a state older
 * than the one held (socket.io may deliver a broadcast after the ack of a later control).
 */
export function applyMeetingEvent(
  state: MeetingRunState,
  event: MeetingStateEvent,
): MeetingRunState {
  if (state.meetingId !== null && event.meetingId !== state.meetingId) return state;
  const held = state.clock;
  if (held && held.meetingId === event.state.meetingId && event.state.revision < held.revision)
    return state;
  return { ...state, meetingId: event.meetingId, status: event.status, clock: event.state };
}

export function isFacilitator(state: MeetingRunState, userId: string | null): boolean {
  return !!userId && state.clock?.facilitatorId === userId;
}

/** True when the screen shows the facilitator's item rather than one picked here. */
function showsFacilitatorView(state: MeetingRunState, userId: string | null): boolean {
  if (state.status !== 'running' || !state.clock?.running) return false;
  return isFacilitator(state, userId) || state.follow;
}

/** The agenda item on screen: the facilitator's current one when following, else one's own. */
export function shownItemId(state: MeetingRunState, userId: string | null): string | null {
  if (showsFacilitatorView(state, userId)) return state.clock?.currentItemId ?? null;
  return state.localItemId;
}

/** The section (lane, person) the facilitator walks, when this screen follows. */
export function shownSectionKey(state: MeetingRunState, userId: string | null): string | null {
  return showsFacilitatorView(state, userId) ? (state.clock?.sectionKey ?? null) : null;
}

/**
 * Someone picks an item themselves: a follower stops following (their own choice wins until they
 * follow again), starting from the item picked.
 */
export function pickItem(
  state: MeetingRunState,
  itemId: string | null,
  userId: string | null,
): MeetingRunState {
  if (isFacilitator(state, userId) && state.status === 'running') return state;
  return { ...state, localItemId: itemId, follow: false };
}

/** Turning follow on jumps to the facilitator's item; turning it off stays on it. */
export function setFollow(state: MeetingRunState, follow: boolean): MeetingRunState {
  if (follow === state.follow) return state;
  return follow
    ? { ...state, follow: true }
    : { ...state, follow: false, localItemId: state.clock?.currentItemId ?? state.localItemId };
}

/** Steps one's own view through the agenda, from the item on screen (a follower stops following). */
export function stepLocal(
  state: MeetingRunState,
  order: readonly string[],
  direction: 1 | -1,
  userId: string | null,
): MeetingRunState {
  if (order.length === 0) return state;
  const from = shownItemId(state, userId);
  const at = from === null ? -1 : order.indexOf(from);
  const next =
    at < 0
      ? direction > 0
        ? 0
        : order.length - 1
      : Math.min(order.length - 1, Math.max(0, at + direction));
  return { ...state, localItemId: order[next]!, follow: false };
}

export function useMeetingRun<T>(store: MeetingRunStore, selector: (s: MeetingRunState) => T): T {
  return useStore(store, selector);
}
