/**
 * The meeting clock as shown: the server's clock state read at the server's time (this machine's
 * clock plus the estimated offset), as `m:ss` text and a tone that turns amber near the end of
 * an item's time-box and red once it runs over.
 */
import { readClock, type MeetingClockState } from '@orderlane/shared';

export type ClockTone = 'ok' | 'warn' | 'over';

export interface ClockDisplay {
  meetingElapsed: string;
  meetingRemaining: string | null;
  meetingTone: ClockTone;
  itemRemaining: string | null;
  itemElapsed: string;
  itemTone: ClockTone;
  paused: boolean;
}

/** `m:ss` (or `h:mm:ss`); negative durations get a leading minus (time over). */
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  // Whole seconds, rounded towards the past second so 59.9 s left still reads 0:59 → 1:00 over.
  const total = negative ? Math.ceil(-ms / 1000) : Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  const text = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  return negative && total > 0 ? `−${text}` : text;
}

/** Amber in the last fifth of the time-box (at least the last 10 s), red once over. */
export function timeboxTone(remainingMs: number | null, timeboxMs: number | null): ClockTone {
  if (remainingMs === null) return 'ok';
  if (remainingMs < 0) return 'over';
  const warnAt = Math.max(10_000, (timeboxMs ?? 0) / 5);
  return remainingMs <= warnAt ? 'warn' : 'ok';
}

export function clockDisplay(
  state: MeetingClockState,
  localNow: number,
  offsetMs: number,
): ClockDisplay {
  const reading = readClock(state, localNow + offsetMs);
  const itemBox = state.itemTimeboxSeconds === null ? null : state.itemTimeboxSeconds * 1000;
  const meetingBox =
    state.meetingTimeboxSeconds === null ? null : state.meetingTimeboxSeconds * 1000;
  return {
    meetingElapsed: formatDuration(reading.meetingElapsedMs),
    meetingRemaining:
      reading.meetingRemainingMs === null ? null : formatDuration(reading.meetingRemainingMs),
    meetingTone: timeboxTone(reading.meetingRemainingMs, meetingBox),
    itemRemaining:
      reading.itemRemainingMs === null ? null : formatDuration(reading.itemRemainingMs),
    itemElapsed: formatDuration(reading.itemElapsedMs),
    itemTone: timeboxTone(reading.itemRemainingMs, itemBox),
    paused: reading.paused,
  };
}
