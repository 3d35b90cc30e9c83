/** MeetingStorage in memory (MemoryStorage delegates here). */
import type { MeetingMinutesRecord, MeetingStorage } from './MeetingStorage';

export class MemoryMeetings implements MeetingStorage {
  private readonly minutes = new Map<string, MeetingMinutesRecord>();

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
}
