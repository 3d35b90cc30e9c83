/**
 * The bus the services are built with, before the realtime layer exists: the composition root
 * builds services first, then socket.io, which connects this relay to itself. Nobody can be
 * connected before that, so what is emitted earlier reaches nobody, as it would anyway.
 */
import type { RealtimeBus } from './RealtimeBus';

export interface RelayBus extends RealtimeBus {
  /** Sends everything emitted from now on through `target` (the socket.io bus). */
  connect(target: RealtimeBus): void;
}

export function createRelayBus(): RelayBus {
  let target: RealtimeBus | undefined;
  return {
    toUser: (userId, event, ...args) => target?.toUser(userId, event, ...args),
    toBoard: (boardId, event, ...args) => target?.toBoard(boardId, event, ...args),
    toWorkspace: (workspaceId, event, ...args) => target?.toWorkspace(workspaceId, event, ...args),
    connect(next) {
      target = next;
    },
  };
}
