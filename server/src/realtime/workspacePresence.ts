/**
 * Who is online in each workspace: open socket.io connections counted per user (tabs, devices).
 * Everyone of the workspace gets `presence:list` when someone comes or goes; `presence:get`
 * answers the list now.
 */
import type { PresenceUser } from '@orderlane/shared';
import type { AuthContext } from '../auth/AuthContext';
import { workspaceRoom, type SocketServer } from './socketTypes';

export function attachWorkspacePresence(io: SocketServer): void {
  const presence = new WorkspacePresence();
  io.on('connection', (socket) => {
    const { auth } = socket.data;
    const room = workspaceRoom(auth.workspaceId);
    io.to(room).emit('presence:list', presence.connect(auth));
    socket.on('presence:get', (ack: unknown) => {
      if (typeof ack !== 'function') return;
      (ack as (users: PresenceUser[]) => void)(presence.list(auth.workspaceId));
    });
    socket.on('disconnect', () => {
      io.to(room).emit('presence:list', presence.disconnect(auth));
    });
  });
}

class WorkspacePresence {
  private readonly workspaces = new Map<string, Map<string, PresenceUser>>();

  /** Counts one more connection of this member; returns the workspace's list after it. */
  connect(auth: AuthContext): PresenceUser[] {
    let users = this.workspaces.get(auth.workspaceId);
    if (!users) {
      users = new Map();
      this.workspaces.set(auth.workspaceId, users);
    }
    const user = users.get(auth.userId);
    if (user) user.connections += 1;
    else
      users.set(auth.userId, {
        userId: auth.userId,
        name: auth.name,
        role: auth.role,
        connections: 1,
      });
    return this.list(auth.workspaceId);
  }

  disconnect(auth: AuthContext): PresenceUser[] {
    const users = this.workspaces.get(auth.workspaceId);
    const user = users?.get(auth.userId);
    if (users && user) {
      user.connections -= 1;
      if (user.connections <= 0) users.delete(auth.userId);
      if (users.size === 0) this.workspaces.delete(auth.workspaceId);
    }
    return this.list(auth.workspaceId);
  }

  list(workspaceId: string): PresenceUser[] {
    const users = this.workspaces.get(workspaceId);
    if (!users) return [];
    return [...users.values()]
      .map((user) => ({ ...user }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
  }
}
