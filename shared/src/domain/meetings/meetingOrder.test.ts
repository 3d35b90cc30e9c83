import { describe, expect, it } from 'vitest';
import { newestMeetingsFirst, orderMeetings } from './meetingOrder';
import { meeting } from './testFixtures';

const ids = (meetings: { id: string }[]) => meetings.map((m) => m.id);

describe('orderMeetings', () => {
  it('orders by date, then by creation', () => {
    const late = meeting('a', '2026-11-21');
    const early = meeting('z', '2026-11-20', { createdAt: 50 });
    const earlier = meeting('y', '2026-11-20', { createdAt: 10 });
    expect(ids(orderMeetings([late, early, earlier]))).toEqual(['y', 'z', 'a']);
  });

  it('breaks a tie of date and creation by id, whatever order the meetings arrive in', () => {
    const tied = ['m2', 'm3', 'm1'].map((id) => meeting(id, '2026-11-20', { createdAt: 7 }));
    expect(ids(orderMeetings(tied))).toEqual(['m1', 'm2', 'm3']);
    expect(ids(orderMeetings([...tied].reverse()))).toEqual(['m1', 'm2', 'm3']);
  });

  it('lists newest first as the exact reverse, ties included', () => {
    const tied = ['m2', 'm3', 'm1'].map((id) => meeting(id, '2026-11-20', { createdAt: 7 }));
    const older = meeting('m0', '2026-11-19');
    expect(ids(newestMeetingsFirst([older, ...tied]))).toEqual(['m3', 'm2', 'm1', 'm0']);
  });
});
