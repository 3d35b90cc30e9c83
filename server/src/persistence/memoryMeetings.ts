/** MeetingStorage in memory (MemoryStorage's `meetings`): minutes and runs. */
import type { MeetingRun } from '@orderlane/shared';
import type {
  AdoptedMeetingRun,
  MeetingMinutesRecord,
  MeetingRunState,
  MeetingStorage,
} from './MeetingStorage';

const key = (boardId: string, meetingId: string) => `${boardId}\u0000${meetingId}`;

export class MemoryMeetings implements MeetingStorage {
  private readonly minutes = new Map<string, MeetingMinutesRecord>();
  private readonly runs = new Map<string, { boardId: string; run: MeetingRunState }>();
  /** Per meeting: attendees with their first join time. */
  private readonly attendees = new Map<string, Map<string, number>>();
  private readonly adopted = new Set<string>();

  async freezeMinutes(record: MeetingMinutesRecord): Promise<boolean> {
    const k = key(record.boardId, record.meetingId);
    if (this.minutes.has(k)) return false;
    this.minutes.set(k, structuredClone(record));
    return true;
  }

  async getMinutes(boardId: string, meetingId: string) {
    const record = this.minutes.get(key(boardId, meetingId));
    return record && structuredClone(record);
  }

  async listMinutes(boardId: string) {
    return [...this.minutes.values()]
      .filter((r) => r.boardId === boardId)
      .sort((a, b) => b.date.localeCompare(a.date) || b.frozenAt - a.frozenAt)
      .map((r) => structuredClone(r));
  }

  private attendeeIds(boardId: string, meetingId: string): string[] {
    return [...(this.attendees.get(key(boardId, meetingId)) ?? new Map<string, number>())]
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([userId]) => userId);
  }

  private run(boardId: string, meetingId: string): MeetingRun | undefined {
    const found = this.runs.get(key(boardId, meetingId));
    if (!found) return undefined;
    return structuredClone({ ...found.run, attendeeIds: this.attendeeIds(boardId, meetingId) });
  }

  private attend(boardId: string, meetingId: string, userId: string, at: number): boolean {
    const k = key(boardId, meetingId);
    let of = this.attendees.get(k);
    if (!of) this.attendees.set(k, (of = new Map()));
    if (of.has(userId)) return false;
    of.set(userId, at);
    return true;
  }

  async getRun(boardId: string, meetingId: string) {
    return this.run(boardId, meetingId);
  }

  async listRuns(boardId: string) {
    return [...this.runs.values()]
      .filter((r) => r.boardId === boardId)
      .map((r) => this.run(boardId, r.run.meetingId)!);
  }

  async putRun(boardId: string, run: MeetingRunState) {
    this.runs.set(key(boardId, run.meetingId), { boardId, run: structuredClone(run) });
  }

  async addAttendee(boardId: string, meetingId: string, userId: string, at: number) {
    return this.attend(boardId, meetingId, userId, at);
  }

  async adoptRuns(boardId: string, runs: readonly AdoptedMeetingRun[], _at: number) {
    if (this.adopted.has(boardId)) return false;
    for (const { attendees, ...run } of runs) {
      if (this.runs.has(key(boardId, run.meetingId))) continue;
      this.runs.set(key(boardId, run.meetingId), { boardId, run: structuredClone(run) });
      for (const a of attendees) this.attend(boardId, run.meetingId, a.userId, a.at);
    }
    this.adopted.add(boardId);
    return true;
  }
}
