/**
 * The server-authoritative clocks of running meetings, one per meeting, in this process's memory
 * (mirrored into the meeting document so a restarted server picks them up again). Changes to
 * one meeting are serialised: two facilitator clicks never interleave their reads and writes.
 */
import { idleClock, type MeetingClockState } from '@orderlane/shared';

export class MeetingClocks {
  private readonly states = new Map<string, MeetingClockState>();
  private readonly queues = new Map<string, Promise<unknown>>();

  private static key(boardId: string, meetingId: string): string {
    return `${boardId}/${meetingId}`;
  }

  get(boardId: string, meetingId: string): MeetingClockState | undefined {
    return this.states.get(MeetingClocks.key(boardId, meetingId));
  }

  set(boardId: string, state: MeetingClockState): void {
    this.states.set(MeetingClocks.key(boardId, state.meetingId), state);
  }

  /** The state, else the mirrored one from the document, else an idle clock. */
  resolve(
    boardId: string,
    meetingId: string,
    mirrored: MeetingClockState | null,
  ): MeetingClockState {
    const known = this.get(boardId, meetingId);
    if (known) return known;
    const state = mirrored ?? idleClock(meetingId);
    this.set(boardId, state);
    return state;
  }

  /** Runs `task` after every earlier task of the same meeting has finished. */
  serialise<T>(boardId: string, meetingId: string, task: () => Promise<T>): Promise<T> {
    const key = MeetingClocks.key(boardId, meetingId);
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return run;
  }
}
