/** SessionStorage on SQLite (SqliteStorage's `sessions`). */
import type { SessionRecord, SessionStorage } from './SessionStorage';
import { toSession, type Row } from './sqliteRows';
import type { Statements } from './sqliteStatements';

export class SqliteSessions implements SessionStorage {
  constructor(private readonly sql: Statements) {}

  async create(session: SessionRecord) {
    const s = session;
    this.sql.insertSession.run(s.tokenHash, s.userId, s.workspaceId, s.createdAt, s.expiresAt);
  }

  async get(tokenHash: string) {
    const row = this.sql.sessionByHash.get(tokenHash) as Row | undefined;
    return row && toSession(row);
  }

  async delete(tokenHash: string) {
    this.sql.deleteSession.run(tokenHash);
  }

  async deleteExpired(now: number) {
    return this.sql.deleteExpiredSessions.run(now).changes;
  }
}
