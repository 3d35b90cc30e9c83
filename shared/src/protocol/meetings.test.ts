import { describe, expect, it } from 'vitest';
import { MEETING_CONTROLS } from '../domain/meetings/meetingControl';
import { meetingControlEvent, meetingControlSchema } from './meetings';

const target = { boardId: 'b1', meetingId: 'm1' };

describe('the meeting controls on the wire', () => {
  it('keeps one event per control, named meeting:<kind>', () => {
    expect(MEETING_CONTROLS.map(meetingControlEvent)).toEqual([
      'meeting:advance',
      'meeting:goto',
      'meeting:lane',
      'meeting:handover',
      'meeting:pause',
    ]);
  });

  it('splits a valid payload into the meeting and the control', () => {
    expect(meetingControlSchema('pause').parse({ ...target, paused: true })).toEqual({
      ...target,
      control: { kind: 'pause', paused: true },
    });
    expect(meetingControlSchema('advance').parse(target).control).toEqual({
      kind: 'advance',
      direction: 'next',
    });
  });

  it("refuses a payload that lacks the control's fields or names a bad id", () => {
    expect(meetingControlSchema('handover').safeParse(target).success).toBe(false);
    expect(meetingControlSchema('goto').safeParse({ ...target, itemId: 'a b' }).success).toBe(
      false,
    );
  });
});
