/** The RealtimeBus over socket.io: each audience is one socket.io room (socketTypes.ts). */
import type { RealtimeBus } from '../bus/RealtimeBus';
import { boardRoom, userRoom, workspaceRoom, type SocketServer } from './socketTypes';

export function createRealtimeBus(io: SocketServer): RealtimeBus {
  return {
    toUser: (userId, event, ...args) => io.to(userRoom(userId)).emit(event, ...args),
    toBoard: (boardId, event, ...args) => io.to(boardRoom(boardId)).emit(event, ...args),
    toWorkspace: (workspaceId, event, ...args) =>
      io.to(workspaceRoom(workspaceId)).emit(event, ...args),
  };
}
