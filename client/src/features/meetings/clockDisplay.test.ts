import { describe, expect, it } from 'vitest';
import { idleClock, type MeetingClockState } from '@orderlane/shared';
import { clockDisplay, formatDuration, timeboxTone } from './clockDisplay';

const SERVER_START = 1_700_000_000_000;
const state = (patch: Partial<MeetingClockState> = {}): MeetingClockState => ({
  ...idleClock('m1'),
  running: true,
  facilitatorId: 'f',
  startedAt: SERVER_START,
  currentItemId: 'i1',
  itemStartedAt: SERVER_START + 60_000,
  itemTimeboxSeconds: 60,
  meetingTimeboxSeconds: 900,
  ...patch,
});

describe('the meeting clock display', () => {
  it('formats durations, with a minus once over', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(59_900)).toBe('0:59');
    expect(formatDuration(61_000)).toBe('1:01');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-500)).toBe('−0:01');
    expect(formatDuration(-65_000)).toBe('−1:05');
  });

  it('reads the clock at server time: a local clock 5 minutes behind shows the same', () => {
    const serverNow = SERVER_START + 60_000 + 20_000;
    const inSync = clockDisplay(state(), serverNow, 0);
    const behind = clockDisplay(state(), serverNow - 300_000, 300_000);
    expect(inSync.meetingElapsed).toBe('1:20');
    expect(inSync.itemRemaining).toBe('0:40');
    expect(behind).toEqual(inSync);
    // Without the offset the slow screen would show the item as not yet started.
    expect(clockDisplay(state(), serverNow - 300_000, 0).itemRemaining).toBe('1:00');
  });

  it('turns amber near the end of the time-box and red once over', () => {
    const at = (ms: number) => clockDisplay(state(), SERVER_START + 60_000 + ms, 0);
    expect(at(30_000).itemTone).toBe('ok');
    expect(at(50_500).itemTone).toBe('warn');
    const over = at(75_000);
    expect(over.itemTone).toBe('over');
    expect(over.itemRemaining).toBe('−0:15');
    expect(timeboxTone(null, null)).toBe('ok');
    expect(timeboxTone(100_000, 600_000)).toBe('warn');
  });

  it('a paused item stops counting; the meeting clock does not', () => {
    const paused = state({ pausedAt: SERVER_START + 70_000 });
    const later = clockDisplay(paused, SERVER_START + 200_000, 0);
    expect(later.paused).toBe(true);
    expect(later.itemRemaining).toBe('0:50');
    expect(later.meetingElapsed).toBe('3:20');
  });
});
