/** BoardStorage on SQLite (SqliteStorage's `boards`). */
import type Database from 'better-sqlite3';
import type { BoardPatch, BoardRecord, BoardStorage } from './BoardStorage';
import { asConflict, definedOnly, toBoard, type Row } from './sqliteRows';
import type { Statements } from './sqliteStatements';

export class SqliteBoards implements BoardStorage {
  constructor(
    private readonly db: Database.Database,
    private readonly sql: Statements,
  ) {}

  async create(board: BoardRecord, initialState: Uint8Array) {
    const b = board;
    try {
      this.db.transaction(() => {
        this.sql.insertBoard.run(
          b.id,
          b.workspaceId,
          b.title,
          b.kind,
          b.cadence,
          JSON.stringify(b.sourceBoardIds),
          b.archived ? 1 : 0,
          b.createdBy,
          b.createdAt,
          b.updatedAt,
        );
        this.sql.upsertSnapshot.run(b.id, initialState, 0);
      })();
    } catch (error) {
      throw asConflict(error, 'board exists');
    }
  }

  async get(id: string) {
    const row = this.sql.boardById.get(id) as Row | undefined;
    return row && toBoard(row);
  }

  async list(workspaceId: string) {
    return (this.sql.boardsOf.all(workspaceId) as Row[]).map(toBoard);
  }

  async update(id: string, patch: BoardPatch) {
    return this.db.transaction(() => {
      const row = this.sql.boardById.get(id) as Row | undefined;
      if (!row) return undefined;
      const board = { ...toBoard(row), ...definedOnly(patch) };
      this.sql.updateBoard.run(board.title, board.archived ? 1 : 0, board.updatedAt, id);
      return board;
    })();
  }

  /** How many boards exist in any workspace: 0 means a fresh data directory. */
  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM boards').get() as Row).n as number;
  }
}
