import { describe, expect, it } from 'vitest';
import { idleClock, type MeetingStateEvent } from '@orderlane/shared';
import { applyStateToRuns } from './meetingRuns';

const event = (revision: number, status: MeetingStateEvent['status']): MeetingStateEvent => ({
  boardId: 's',
  meetingId: 'm',
  status,
  state: { ...idleClock('m'), running: true, facilitatorId: 'u1', startedAt: 5, revision },
  serverNow: 10,
});

describe('applyStateToRuns', () => {
  it("takes the server's status and clock, keeps attendance, ignores an older state", () => {
    const listed = new Map([
      [
        'm',
        {
          meetingId: 'm',
          status: 'planned' as const,
          facilitatorId: null,
          startedAt: null,
          endedAt: null,
          attendeeIds: ['u2'],
          clock: null,
        },
      ],
    ]);
    const running = applyStateToRuns(listed, event(2, 'running'));
    expect(running.get('m')).toMatchObject({
      status: 'running',
      facilitatorId: 'u1',
      startedAt: 5,
      attendeeIds: ['u2'],
    });
    expect(applyStateToRuns(running, event(1, 'ended'))).toBe(running);
  });
});
