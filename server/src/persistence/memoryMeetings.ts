/** MeetingStorage in memory (MemoryStorage delegates here). */
import type {
  AdoptedMeetingRun,
  MeetingMinutesRecord,
  MeetingRunState,
  MeetingStorage,
} from './MeetingStorage';
import { MemoryMeetingRuns } from './memoryMeetingRuns';

export class MemoryMeetings implements MeetingStorage {
  private readonly minutes = new Map<string, MeetingMinutesRecord>();
  private readonly runs = new MemoryMeetingRuns();

  async freezeMinutes(record: MeetingMinutesRecord): Promise<boolean> {
    const key = `${record.boardId}\u0000${record.meetingId}`;
    if (this.minutes.has(key)) return false;
    this.minutes.set(key, structuredClone(record));
    return true;
  }

  async getMinutes(boardId: string, meetingId: string) {
    const record = this.minutes.get(`${boardId}\u0000${meetingId}`);
    return record && structuredClone(record);
  }

  async listMinutes(boardId: string) {
    return [...this.minutes.values()]
      .filter((r) => r.boardId === boardId)
      .sort((a, b) => b.date.localeCompare(a.date) || b.frozenAt - a.frozenAt)
      .map((r) => structuredClone(r));
  }

  async getMeetingRun(boardId: string, meetingId: string) {
    return this.runs.get(boardId, meetingId);
  }
  async listMeetingRuns(boardId: string) {
    return this.runs.listOf(boardId);
  }
  async putMeetingRun(boardId: string, run: MeetingRunState) {
    this.runs.put(boardId, run);
  }
  async addMeetingAttendee(boardId: string, meetingId: string, userId: string, at: number) {
    return this.runs.addAttendee(boardId, meetingId, userId, at);
  }
  async adoptMeetingRuns(boardId: string, runs: readonly AdoptedMeetingRun[], _at: number) {
    return this.runs.adopt(boardId, runs);
  }
}
