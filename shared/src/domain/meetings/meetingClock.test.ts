import { describe, expect, it } from 'vitest';
import {
  endClock,
  estimateServerOffset,
  gotoItem,
  idleClock,
  nextItemId,
  pauseClock,
  previousItemId,
  readClock,
  startClock,
} from './meetingClock';
import { applyMeetingControl } from './meetingControl';

describe('meeting clock', () => {
  const started = startClock(idleClock('m1'), {
    now: 10_000,
    facilitatorId: 'u1',
    meetingTimeboxSeconds: 900,
    firstItem: { id: 'i1', timeboxSeconds: 60 },
  });

  it('counts the meeting and the item from the server state', () => {
    const r = readClock(started, 40_000);
    expect(r).toEqual({
      meetingElapsedMs: 30_000,
      meetingRemainingMs: 870_000,
      itemElapsedMs: 30_000,
      itemRemainingMs: 30_000,
      paused: false,
    });
    expect(readClock(started, 100_000).itemRemainingMs).toBe(-30_000);
  });

  it('restarts the time-box on the next item and stops it while paused', () => {
    const second = gotoItem(started, { id: 'i2', timeboxSeconds: 120 }, 50_000);
    expect(second.revision).toBeGreaterThan(started.revision);
    const paused = pauseClock(second, true, 60_000);
    expect(readClock(paused, 90_000).itemElapsedMs).toBe(10_000);
    expect(readClock(paused, 90_000).meetingElapsedMs).toBe(80_000);
    const resumed = pauseClock(paused, false, 90_000);
    expect(readClock(resumed, 100_000).itemElapsedMs).toBe(20_000);
    expect(pauseClock(resumed, false, 100_000)).toBe(resumed);
  });

  it('freezes at the end', () => {
    const ended = endClock(started, 70_000);
    expect(readClock(ended, 999_999).meetingElapsedMs).toBe(60_000);
    expect(ended.running).toBe(false);
  });

  it('steps through the agenda order', () => {
    expect(nextItemId(['a', 'b'], null)).toBe('a');
    expect(nextItemId(['a', 'b'], 'a')).toBe('b');
    expect(nextItemId(['a', 'b'], 'b')).toBeNull();
    expect(previousItemId(['a', 'b'], 'b')).toBe('a');
    expect(previousItemId(['a', 'b'], 'a')).toBeNull();
  });

  it('estimates the server offset from a round trip', () => {
    expect(estimateServerOffset(1000, 6100, 1200)).toBe(5000);
  });
});

describe('applyMeetingControl', () => {
  const items = [
    { id: 'a', timeboxSeconds: 60 },
    { id: 'b', timeboxSeconds: 90 },
  ];
  const running = startClock(idleClock('m'), {
    now: 0,
    facilitatorId: 'f',
    meetingTimeboxSeconds: 900,
    firstItem: items[0]!,
  });

  it('steps next (marking the item left discussed), back, and past the end', () => {
    const next = applyMeetingControl(running, { kind: 'advance', direction: 'next' }, items, 1000)!;
    expect(next).toMatchObject({
      discussedItemId: 'a',
      state: { currentItemId: 'b', itemTimeboxSeconds: 90, itemStartedAt: 1000 },
    });
    const back = applyMeetingControl(
      next.state,
      { kind: 'advance', direction: 'previous' },
      items,
      2000,
    )!;
    expect(back).toMatchObject({ discussedItemId: null, state: { currentItemId: 'a' } });
    const end = applyMeetingControl(
      next.state,
      { kind: 'advance', direction: 'next' },
      items,
      3000,
    )!;
    expect(end.state.currentItemId).toBeNull();
  });

  it('refuses to go to an item that is not on the agenda', () => {
    expect(applyMeetingControl(running, { kind: 'goto', itemId: 'zzz' }, items, 1)).toBeNull();
    expect(
      applyMeetingControl(running, { kind: 'goto', itemId: 'b' }, items, 1)!.state.currentItemId,
    ).toBe('b');
  });

  it('hands over and shows a lane without touching the item clock', () => {
    const handed = applyMeetingControl(running, { kind: 'handover', userId: 'g' }, items, 5)!.state;
    expect(handed).toMatchObject({ facilitatorId: 'g', itemStartedAt: 0 });
    const lane = applyMeetingControl(
      handed,
      { kind: 'lane', sectionKey: 'lane:b:l' },
      items,
      6,
    )!.state;
    expect(lane).toMatchObject({ sectionKey: 'lane:b:l', itemStartedAt: 0 });
  });
});
