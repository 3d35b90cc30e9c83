/** Meeting runs in memory (MemoryStorage delegates here through MemoryMeetings). */
import type { MeetingRun } from '@orderlane/shared';
import type { AdoptedMeetingRun, MeetingRunState } from './MeetingStorage';

const key = (boardId: string, meetingId: string) => `${boardId}\u0000${meetingId}`;

export class MemoryMeetingRuns {
  private readonly runs = new Map<string, { boardId: string; run: MeetingRunState }>();
  /** Per meeting: attendees with their first join time. */
  private readonly attendees = new Map<string, Map<string, number>>();
  private readonly adopted = new Set<string>();

  private attendeeIds(boardId: string, meetingId: string): string[] {
    return [...(this.attendees.get(key(boardId, meetingId)) ?? new Map<string, number>())]
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([userId]) => userId);
  }

  get(boardId: string, meetingId: string): MeetingRun | undefined {
    const found = this.runs.get(key(boardId, meetingId));
    if (!found) return undefined;
    return structuredClone({ ...found.run, attendeeIds: this.attendeeIds(boardId, meetingId) });
  }

  listOf(boardId: string): MeetingRun[] {
    return [...this.runs.values()]
      .filter((r) => r.boardId === boardId)
      .map((r) => this.get(boardId, r.run.meetingId)!);
  }

  put(boardId: string, run: MeetingRunState): void {
    this.runs.set(key(boardId, run.meetingId), { boardId, run: structuredClone(run) });
  }

  addAttendee(boardId: string, meetingId: string, userId: string, at: number): boolean {
    const k = key(boardId, meetingId);
    let of = this.attendees.get(k);
    if (!of) this.attendees.set(k, (of = new Map()));
    if (of.has(userId)) return false;
    of.set(userId, at);
    return true;
  }

  adopt(boardId: string, runs: readonly AdoptedMeetingRun[]): boolean {
    if (this.adopted.has(boardId)) return false;
    for (const { attendees, ...run } of runs) {
      if (this.runs.has(key(boardId, run.meetingId))) continue;
      this.put(boardId, run);
      for (const a of attendees) this.addAttendee(boardId, run.meetingId, a.userId, a.at);
    }
    this.adopted.add(boardId);
    return true;
  }
}
