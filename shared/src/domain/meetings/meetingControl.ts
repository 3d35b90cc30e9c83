/**
 * What the facilitator's controls do to the clock, as one pure rule: the server applies it, and
 * a client can predict the result. Stepping `next` past an item marks it discussed (in a standup,
 * moving on is what having discussed it means).
 */
import {
  gotoItem,
  handOver,
  nextItemId,
  pauseClock,
  previousItemId,
  showSection,
  type ClockItem,
  type MeetingClockState,
} from './meetingClock';

/**
 * The facilitator's controls: the one list the payload schemas, the socket.io events
 * (`meeting:<kind>`), the server's dispatch and the client's sender are all derived from.
 */
export const MEETING_CONTROLS = ['advance', 'goto', 'lane', 'handover', 'pause'] as const;
export type MeetingControlKind = (typeof MEETING_CONTROLS)[number];

/** What each control carries besides its kind. */
export interface MeetingControlArgs {
  advance: { direction: 'next' | 'previous' };
  goto: { itemId: string | null };
  lane: { sectionKey: string | null };
  handover: { userId: string };
  pause: { paused: boolean };
}

export type MeetingControl = {
  [K in MeetingControlKind]: { kind: K } & MeetingControlArgs[K];
}[MeetingControlKind];

export interface ControlOutcome {
  state: MeetingClockState;
  /** The item to mark discussed, if any. */
  discussedItemId: string | null;
}

/**
 * Applies a control. `items` is the agenda in walking order (ids and time-boxes); returns null
 * when `goto` names an item that is not on the agenda.
 */
export function applyMeetingControl(
  clock: MeetingClockState,
  control: MeetingControl,
  items: readonly ClockItem[],
  now: number,
): ControlOutcome | null {
  switch (control.kind) {
    case 'advance':
    case 'goto': {
      const order = items.map((i) => i.id);
      let target: string | null;
      let discussedItemId: string | null = null;
      if (control.kind === 'goto') {
        target = control.itemId;
        if (target !== null && !order.includes(target)) return null;
      } else if (control.direction === 'next') {
        target = nextItemId(order, clock.currentItemId);
        discussedItemId = clock.currentItemId;
      } else {
        target = previousItemId(order, clock.currentItemId);
      }
      const item = items.find((i) => i.id === target) ?? null;
      return { state: gotoItem(clock, item, now), discussedItemId };
    }
    case 'lane':
      return { state: showSection(clock, control.sectionKey), discussedItemId: null };
    case 'handover':
      return { state: handOver(clock, control.userId), discussedItemId: null };
    case 'pause':
      return { state: pauseClock(clock, control.paused, now), discussedItemId: null };
  }
}
