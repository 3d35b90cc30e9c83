/**
 * The live connections (socket.io sockets, Yjs WebSockets) of each session, so that what the
 * HTTP API changes about a session reaches them at once:
 * - signing out ends them: a signed-out tab must not keep reading or writing boards through a
 *   socket it opened while signed in (reconnects are refused anyway: the session is gone);
 * - a changed role or access applies to them: a member demoted to viewer must not keep writing
 *   through a socket authorised before the change.
 */
import type { AccessLevel, RoleKey } from '@orderlane/shared';
import type { AuthContext } from '../auth/AuthContext';

export interface MemberChange {
  role: RoleKey;
  access: AccessLevel;
}

export interface LiveConnection {
  /** Ends the connection for good (signed out). */
  close(): void;
  /** The member's role or access changed: re-authorise (update in place, or reconnect). */
  memberChanged(change: MemberChange): void;
}

interface Entry {
  auth: AuthContext;
  connection: LiveConnection;
}

export class SessionSockets {
  private readonly bySession = new Map<string, Set<Entry>>();

  /** Registers a connection; call the returned function when it closes by itself. */
  add(auth: AuthContext, connection: LiveConnection): () => void {
    const key = auth.sessionTokenHash;
    let set = this.bySession.get(key);
    if (!set) {
      set = new Set();
      this.bySession.set(key, set);
    }
    const entry: Entry = { auth, connection };
    set.add(entry);
    return () => {
      const current = this.bySession.get(key);
      current?.delete(entry);
      if (current?.size === 0) this.bySession.delete(key);
    };
  }

  /** Closes every connection of the session; returns how many there were. */
  end(tokenHash: string): number {
    const set = this.bySession.get(tokenHash);
    if (!set) return 0;
    this.bySession.delete(tokenHash);
    for (const entry of set) entry.connection.close();
    return set.size;
  }

  /** Tells every connection of that member (all sessions) about their new role and access. */
  memberChanged(workspaceId: string, userId: string, change: MemberChange): void {
    for (const set of this.bySession.values()) {
      for (const entry of set) {
        if (entry.auth.userId !== userId || entry.auth.workspaceId !== workspaceId) continue;
        entry.connection.memberChanged(change);
      }
    }
  }
}
