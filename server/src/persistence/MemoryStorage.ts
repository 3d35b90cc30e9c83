/** Storage in memory: for fast tests. Same contract as SQLite, nothing survives the process. */
import type { Storage } from './Storage';
import { MemoryAccounts } from './memoryAccounts';
import { MemoryBoards } from './memoryBoards';
import { MemoryCardActivity } from './memoryCardActivity';
import { MemoryDocumentLog } from './memoryDocuments';
import { MemoryMeetings } from './memoryMeetings';
import { MemorySessions } from './memorySessions';

export class MemoryStorage implements Storage {
  readonly accounts = new MemoryAccounts();
  readonly sessions = new MemorySessions();
  readonly documents = new MemoryDocumentLog();
  readonly boards = new MemoryBoards(this.documents);
  readonly activity = new MemoryCardActivity();
  readonly meetings = new MemoryMeetings();

  async close() {}
}
