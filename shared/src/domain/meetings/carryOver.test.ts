import { describe, expect, it } from 'vitest';
import { carriedActionItems, previousMeeting } from './carryOver';
import { actionItem, meeting } from './testFixtures';

const m1 = meeting('m1', '2026-11-20', { startedAt: 100, endedAt: 200, status: 'ended' });
const m2 = meeting('m2', '2026-11-21', { startedAt: 1000, endedAt: 1100, status: 'ended' });
const m3 = meeting('m3', '2026-11-22');

describe('carriedActionItems', () => {
  it('brings open items back with how many meetings they have been carried', () => {
    const open = actionItem('a', { createdInMeetingId: 'm1' });
    const done = actionItem('b', { createdInMeetingId: 'm1', done: true, doneAt: 500 });
    const own = actionItem('c', { createdInMeetingId: 'm3' });
    const meetings = [m3, m1, m2];
    expect(
      carriedActionItems([open, done, own], meetings, 'm2').map((a) => [a.id, a.carriedCount]),
    ).toEqual([['a', 1]]);
    const into3 = carriedActionItems([open, done, own], meetings, 'm3');
    expect(into3.map((a) => [a.id, a.carriedCount, a.carriedInto])).toEqual([
      ['a', 2, ['m2', 'm3']],
    ]);
  });

  it('keeps an item done during the meeting on that meeting, but not on the next', () => {
    const item = actionItem('a', { createdInMeetingId: 'm1', done: true, doneAt: 1050 });
    expect(carriedActionItems([item], [m1, m2, m3], 'm2').map((a) => a.id)).toEqual(['a']);
    expect(carriedActionItems([item], [m1, m2, m3], 'm3')).toEqual([]);
  });

  it('carries items made outside meetings from the next meeting on', () => {
    const item = actionItem('a', { createdAt: 500 });
    expect(carriedActionItems([item], [m1, m2], 'm1')).toEqual([]);
    expect(carriedActionItems([item], [m1, m2], 'm2').map((a) => a.carriedCount)).toEqual([1]);
  });

  it('knows the previous meeting', () => {
    expect(previousMeeting([m3, m1, m2], 'm3')?.id).toBe('m2');
    expect(previousMeeting([m3, m1, m2], 'm1')).toBeNull();
  });
});
