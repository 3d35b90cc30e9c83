/**
 * The order boards a meeting series draws on, opened live the same way as the order board itself
 * (IndexedDB copy + y-websocket), so agenda items show each card's CURRENT state. No React.
 */
import type * as Y from 'yjs';
import { listCards, listColumns, listLanes, readMeta, type SourceBoard } from '@orderlane/shared';
import { openBoardConnection, type BoardConnection, type BoardUser } from './boardConnection';

export interface MeetingSources {
  connections: BoardConnection[];
  /** The boards as plain data, read now. */
  read(): SourceBoard[];
  /** Calls `listener` after any change to any linked board; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  destroy(): void;
}

function readSourceBoard(id: string, doc: Y.Doc): SourceBoard {
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
