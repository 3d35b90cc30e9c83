/**
 * The socket.io connection for what is about people rather than documents: who is online in the
 * workspace. It writes the presence store; no React.
 */
import { io, type Socket } from 'socket.io-client';
import {
  SOCKET_IO_PATH,
  type ClientToServerEvents,
  type PresenceUser,
  type ServerToClientEvents,
} from '@orderlane/shared';
import { usePresenceStore } from '../store/presenceStore';
import { useSessionStore } from '../store/sessionStore';

export type PresenceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

// The tab's one socket.io connection, shared with other features (comments, notifications,
// meetings) so a tab never opens a second connection.
let current: PresenceSocket | null = null;
const socketListeners = new Set<(socket: PresenceSocket | null) => void>();

/** Calls `listener` with the tab's socket now and whenever it is replaced (null when signed out). */
export function subscribeSocket(listener: (socket: PresenceSocket | null) => void): () => void {
  socketListeners.add(listener);
  listener(current);
  return () => socketListeners.delete(listener);
}

function setCurrent(socket: PresenceSocket | null): void {
  current = socket;
  for (const listener of [...socketListeners]) listener(socket);
}

function isPresenceList(value: unknown): value is PresenceUser[] {
  return (
    Array.isArray(value) &&
    value.every((u) => u && typeof u === 'object' && typeof (u as PresenceUser).userId === 'string')
  );
}

/** Connects and keeps the presence store current; returns a function that disconnects. */
export function connectPresence(): () => void {
  const socket: PresenceSocket = io({ path: SOCKET_IO_PATH, withCredentials: true });
  const setList = (users: unknown) => {
    if (!isPresenceList(users)) return;
    usePresenceStore.setState({ online: users });
    // Someone who joined the team since the member list was loaded: refresh it for their name.
    const { members, loadMembers } = useSessionStore.getState();
    if (users.some((u) => !members.some((m) => m.id === u.userId))) void loadMembers();
  };
  socket.on('connect', () => {
    usePresenceStore.setState({ connected: true });
    socket.emit('presence:get', setList);
  });
  socket.on('disconnect', () => usePresenceStore.setState({ connected: false }));
  socket.on('presence:list', setList);
  setCurrent(socket);
  return () => {
    if (current === socket) setCurrent(null);
    socket.disconnect();
    usePresenceStore.setState({ online: [], connected: false });
  };
}
