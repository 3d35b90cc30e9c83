/** DocumentLog in memory (MemoryStorage's `documents`). */
import type { ClientWriter, DocumentLog, StoredDocument } from './DocumentLog';

interface BoardLog {
  snapshot: Uint8Array | null;
  updates: { seq: number; data: Uint8Array }[];
  lastSeq: number;
  writers: Map<number, string>;
}

export class MemoryDocumentLog implements DocumentLog {
  private logs = new Map<string, BoardLog>();

  /** A new board's log, holding only its initial state (MemoryBoards.create). */
  start(boardId: string, initialState: Uint8Array): void {
    this.logs.set(boardId, {
      snapshot: initialState.slice(),
      updates: [],
      lastSeq: 0,
      writers: new Map(),
    });
  }

  private log(boardId: string): BoardLog {
    let log = this.logs.get(boardId);
    if (!log) {
      log = { snapshot: null, updates: [], lastSeq: 0, writers: new Map() };
      this.logs.set(boardId, log);
    }
    return log;
  }

  async load(boardId: string): Promise<StoredDocument> {
    const log = this.log(boardId);
    return {
      snapshot: log.snapshot && log.snapshot.slice(),
      updates: log.updates.map((u) => u.data.slice()),
      writers: [...log.writers].map(([clientId, userId]) => ({ clientId, userId })),
      lastSeq: log.lastSeq,
    };
  }

  async append(boardId: string, updates: Uint8Array[], writers: ClientWriter[] = []) {
    const log = this.log(boardId);
    for (const w of writers)
      if (!log.writers.has(w.clientId)) log.writers.set(w.clientId, w.userId);
    for (const data of updates) log.updates.push({ seq: ++log.lastSeq, data: data.slice() });
    return log.lastSeq;
  }

  async compact(boardId: string, snapshot: Uint8Array, upToSeq: number) {
    const log = this.log(boardId);
    log.snapshot = snapshot.slice();
    log.updates = log.updates.filter((u) => u.seq > upToSeq);
  }
}
