/**
 * The server's socket.io types (the events are shared's, each socket carries its session) and
 * the names of the socket.io rooms a socket joins: its workspace, its user, the boards it opened.
 */
import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@orderlane/shared';
import type { AuthContext } from '../auth/AuthContext';

export interface SocketData {
  auth: AuthContext;
}

export type SocketServer = Server<ClientToServerEvents, ServerToClientEvents, object, SocketData>;
export type ServerSocket = Socket<ClientToServerEvents, ServerToClientEvents, object, SocketData>;

export const workspaceRoom = (workspaceId: string) => `workspace:${workspaceId}`;
export const userRoom = (userId: string) => `user:${userId}`;
export const boardRoom = (boardId: string) => `board:${boardId}`;
