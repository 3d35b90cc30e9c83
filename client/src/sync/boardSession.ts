/**
 * One board open on screen: its connection (document, awareness, sync state, pending changes),
 * the document and awareness bound into the board stores, and this person's commands with their
 * undo manager. No React: `useBoardSession` opens one while a component shows the board and
 * closes it when the board changes.
 */
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { StoreApi } from 'zustand/vanilla';
import { memberColor } from '@orderlane/shared';
import { boardStore, emptyBoardState, type BoardStore } from '../store/boardStore';
import { boardPresenceStore, type BoardPresenceState } from '../store/boardPresenceStore';
import type { SyncState } from '../store/syncStateStore';
import { bindBoard, bindPresence } from './bindBoard';
import { createBoardActions, type BoardActions } from './boardActions';
import { openBoardConnection, type BoardConnection, type BoardUser } from './boardConnection';

export interface BoardSession {
  boardId: string;
  connection: BoardConnection;
  doc: Y.Doc;
  awareness: Awareness;
  syncState: StoreApi<SyncState>;
  /** This person's writes to the board, one transaction each, with the undo manager's origin. */
  actions: BoardActions;
  close(): void;
}

export interface BoardSessionOptions {
  boardId: string;
  user: { id: string; name: string };
  /** The stores the board is shown from (the app's own by default). */
  stores?: { board: BoardStore; presence: StoreApi<BoardPresenceState> };
  /** How the connection is opened (a y-websocket connection to this server by default). */
  connect?: (boardId: string, user: BoardUser) => BoardConnection;
}

export function openBoardSession({
  boardId,
  user,
  stores = { board: boardStore, presence: boardPresenceStore },
  connect = openBoardConnection,
}: BoardSessionOptions): BoardSession {
  const connection = connect(boardId, { ...user, color: memberColor(user.id) });
  const { doc, awareness } = connection;
  const unbindBoard = bindBoard(doc, stores.board);
  const unbindPresence = bindPresence(awareness, stores.presence);
  awareness.setLocalStateField('dragging', null);
  awareness.setLocalStateField('editing', null);
  const actions = createBoardActions(doc, user.id);
  let open = true;
  void connection.whenLoaded.then(() => open && stores.board.setState({ loaded: true }));

  return {
    boardId,
    connection,
    doc,
    awareness,
    syncState: connection.syncState,
    actions,
    close() {
      if (!open) return;
      open = false;
      unbindBoard();
      unbindPresence();
      actions.destroy();
      stores.board.setState(emptyBoardState(), true);
      stores.presence.setState({ peers: [], busy: {} }, true);
      connection.destroy();
    },
  };
}
