/** SessionStorage in memory (MemoryStorage's `sessions`). */
import type { SessionRecord, SessionStorage } from './SessionStorage';

export class MemorySessions implements SessionStorage {
  private sessions = new Map<string, SessionRecord>();

  async create(session: SessionRecord) {
    this.sessions.set(session.tokenHash, structuredClone(session));
  }

  async get(tokenHash: string) {
    const session = this.sessions.get(tokenHash);
    return session && structuredClone(session);
  }

  async delete(tokenHash: string) {
    this.sessions.delete(tokenHash);
  }

  async deleteExpired(now: number) {
    let removed = 0;
    for (const [hash, session] of this.sessions) {
      if (session.expiresAt <= now) {
        this.sessions.delete(hash);
        removed++;
      }
    }
    return removed;
  }
}
