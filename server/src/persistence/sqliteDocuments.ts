/**
 * DocumentLog on SQLite (SqliteStorage's `documents`): tables `board_snapshots`,
 * `board_updates`, `board_client_writers`. `append` commits a whole batch at once, so one fsync
 * covers everything that arrived in a tick (group commit).
 */
import type Database from 'better-sqlite3';
import type { ClientWriter, DocumentLog, StoredDocument } from './DocumentLog';
import { bytes, type Row } from './sqliteRows';
import type { Statements } from './sqliteStatements';

export class SqliteDocumentLog implements DocumentLog {
  constructor(
    private readonly db: Database.Database,
    private readonly sql: Statements,
  ) {}

  private lastSeq(boardId: string): number {
    const row = this.sql.lastSeq.get(boardId, boardId) as Row;
    return row.seq as number;
  }

  async load(boardId: string): Promise<StoredDocument> {
    return this.db.transaction(() => {
      const snapshot = this.sql.snapshotOf.get(boardId) as Row | undefined;
      const updates = this.sql.updatesOf.all(boardId) as Row[];
      return {
        snapshot: snapshot?.data ? bytes(snapshot.data) : null,
        updates: updates.map((u) => bytes(u.data)),
        writers: (this.sql.clientWritersOf.all(boardId) as Row[]).map((w) => ({
          clientId: Number(w.client_id),
          userId: w.user_id as string,
        })),
        lastSeq: this.lastSeq(boardId),
      };
    })();
  }

  async append(boardId: string, updates: Uint8Array[], writers: ClientWriter[] = []) {
    return this.db.transaction(() => {
      for (const w of writers) this.sql.insertClientWriter.run(boardId, w.clientId, w.userId);
      let seq = this.lastSeq(boardId);
      for (const update of updates) this.sql.insertUpdate.run(boardId, ++seq, update);
      return seq;
    })();
  }

  async compact(boardId: string, snapshot: Uint8Array, upToSeq: number) {
    this.db.transaction(() => {
      this.sql.upsertSnapshot.run(boardId, snapshot, upToSeq);
      this.sql.deleteUpdatesUpTo.run(boardId, upToSeq);
    })();
  }
}
