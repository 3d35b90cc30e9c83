import { describe, expect, it } from 'vitest';
import { idleClock, type MeetingClockState, type MeetingStateEvent } from '@orderlane/shared';
import {
  applyMeetingEvent,
  emptyMeetingRun,
  pickItem,
  setFollow,
  shownItemId,
  shownSectionKey,
  stepLocal,
  type MeetingRunState,
} from './meetingStore';

const clock = (patch: Partial<MeetingClockState>): MeetingClockState => ({
  ...idleClock('m1'),
  running: true,
  facilitatorId: 'fac',
  startedAt: 1000,
  ...patch,
});
const event = (patch: Partial<MeetingClockState>, status: 'running' | 'ended' = 'running') =>
  ({
    boardId: 'b1',
    meetingId: 'm1',
    status,
    state: clock(patch),
    serverNow: 2000,
  }) satisfies MeetingStateEvent;
const running = (patch: Partial<MeetingClockState> = {}): MeetingRunState =>
  applyMeetingEvent(emptyMeetingRun('m1'), event({ currentItemId: 'a', revision: 3, ...patch }));

describe('the meeting run store', () => {
  it('ignores a state older than the one held, and events of another meeting', () => {
    const held = running({ revision: 5, currentItemId: 'b' });
    expect(applyMeetingEvent(held, event({ revision: 4, currentItemId: 'a' }))).toBe(held);
    expect(applyMeetingEvent(held, { ...event({ revision: 9 }), meetingId: 'm2' })).toBe(held);
    expect(
      applyMeetingEvent(held, event({ revision: 6, currentItemId: 'c' })).clock!.currentItemId,
    ).toBe('c');
  });

  it('a follower sees the facilitator item change; the facilitator always shows their own', () => {
    let follower = running();
    expect(shownItemId(follower, 'me')).toBe('a');
    follower = applyMeetingEvent(
      follower,
      event({ revision: 4, currentItemId: 'b', sectionKey: 'lane:x' }),
    );
    expect(shownItemId(follower, 'me')).toBe('b');
    expect(shownSectionKey(follower, 'me')).toBe('lane:x');
    const facilitator = { ...follower, follow: false };
    expect(shownItemId(facilitator, 'fac')).toBe('b');
  });

  it('picking an item stops following; following again jumps back to the facilitator', () => {
    let s = pickItem(running(), 'z', 'me');
    expect(s.follow).toBe(false);
    expect(shownItemId(s, 'me')).toBe('z');
    s = applyMeetingEvent(s, event({ revision: 4, currentItemId: 'b' }));
    expect(shownItemId(s, 'me')).toBe('z');
    s = setFollow(s, true);
    expect(shownItemId(s, 'me')).toBe('b');
    // Leaving follow mode keeps the facilitator's item on screen until one steps away.
    expect(shownItemId(setFollow(s, false), 'me')).toBe('b');
  });

  it('the facilitator picking an item does not change the local view (the server moves it)', () => {
    const s = running();
    expect(pickItem(s, 'z', 'fac')).toBe(s);
  });

  it('steps the own view through the agenda within its ends', () => {
    const order = ['a', 'b', 'c'];
    let s = emptyMeetingRun('m1');
    s = stepLocal(s, order, 1, 'me');
    expect(s.localItemId).toBe('a');
    s = stepLocal(stepLocal(stepLocal(s, order, 1, 'me'), order, 1, 'me'), order, 1, 'me');
    expect(s.localItemId).toBe('c');
    expect(stepLocal(s, order, -1, 'me').localItemId).toBe('b');
    expect(stepLocal(emptyMeetingRun('m1'), [], 1, 'me').localItemId).toBeNull();
    // A follower steps from the facilitator's item, and stops following.
    const stepped = stepLocal(running({ currentItemId: 'b' }), order, -1, 'me');
    expect(stepped.localItemId).toBe('a');
    expect(stepped.follow).toBe(false);
  });

  it('nothing follows once the meeting has ended', () => {
    const ended = applyMeetingEvent(
      running(),
      event({ revision: 9, running: false, currentItemId: null }, 'ended'),
    );
    expect(shownItemId({ ...ended, localItemId: 'q' }, 'me')).toBe('q');
  });
});
