/**
 * The order boards a meeting series draws on, opened live the same way as the order board itself
 * (IndexedDB copy + y-websocket), so agenda items show each card's CURRENT state. No React.
 */
import type * as Y from 'yjs';
import { listCards, listColumns, listLanes, readMeta, type SourceBoard } from '@orderlane/shared';
import { joinBoardActivity } from './activitySocket';
import { openBoardConnection, type BoardConnection, type BoardUser } from './boardConnection';
import { subscribeSocket, type PresenceSocket } from './presenceSocket';

export interface MeetingSources {
  connections: BoardConnection[];
  /** The boards as plain data, read now. */
  read(): SourceBoard[];
  /** Calls `listener` after any change to any linked board; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  destroy(): void;
}

export function readSourceBoard(id: string, doc: Y.Doc): SourceBoard {
  return {
    id,
    title: readMeta(doc).title,
    columns: listColumns(doc),
    lanes: listLanes(doc),
    cards: listCards(doc),
  };
}

export function openMeetingSources(boardIds: readonly string[], user: BoardUser): MeetingSources {
  const connections = [...new Set(boardIds)].map((id) => openBoardConnection(id, user));
  for (const c of connections) {
    // Watching a board from a meeting is not working on it: no cursor or drag state to share.
    c.awareness.setLocalState(null);
  }
  return {
    connections,
    read: () => connections.map((c) => readSourceBoard(c.boardId, c.doc)),
    onChange(listener) {
      const offs = connections.map((c) => {
        c.doc.on('update', listener);
        return () => c.doc.off('update', listener);
      });
      return () => offs.forEach((off) => off());
    },
    destroy: () => connections.forEach((c) => c.destroy()),
  };
}

/**
 * Calls `onChange` whenever card history is written for one of `boardIds` (the server's
 * `card:history` event, which needs `board:join`) and after every reconnect (events may have been
 * missed meanwhile); returns the stop function.
 */
export function watchCardHistory(boardIds: readonly string[], onChange: () => void): () => void {
  const linked = new Set(boardIds);
  const leaves = [...linked].map((id) => joinBoardActivity(id));
  const onHistory = (entries: unknown) => {
    if (
      Array.isArray(entries) &&
      entries.some((e) => linked.has((e as { boardId?: unknown } | null)?.boardId as string))
    )
      onChange();
  };
  let socket: PresenceSocket | null = null;
  let connectedOnce = false;
  const onConnect = () => {
    // The first connect is covered by the caller's own first load.
    if (connectedOnce) onChange();
    connectedOnce = true;
  };
  const attach = (next: PresenceSocket | null) => {
    socket?.off('card:history', onHistory);
    socket?.off('connect', onConnect);
    socket = next;
    connectedOnce = !!next?.connected;
    next?.on('card:history', onHistory);
    next?.on('connect', onConnect);
  };
  const unsubscribe = subscribeSocket(attach);
  return () => {
    unsubscribe();
    attach(null);
    leaves.forEach((leave) => leave());
  };
}
