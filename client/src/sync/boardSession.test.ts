import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { initBoardDoc, listColumns, listLanes, memberColor, type CardId } from '@orderlane/shared';
import { createBoardStore } from '../store/boardStore';
import { createStore } from 'zustand/vanilla';
import type { BoardPresenceState } from '../store/boardPresenceStore';
import { createSyncStateStore } from '../store/syncStateStore';
import type { BoardConnection, BoardUser } from './boardConnection';
import { openBoardSession } from './boardSession';

/** A connection over a local document: what the session wires does not need the server. */
function localConnection(boardId: string, user: BoardUser) {
  const doc = new Y.Doc();
  let n = 0;
  initBoardDoc(doc, { title: 'Orders', kind: 'orders', newId: () => `id${n++}` });
  const awareness = new Awareness(doc);
  awareness.setLocalStateField('user', user);
  let load = () => {};
  const whenLoaded = new Promise<void>((resolve) => (load = resolve));
  let destroyed = false;
  const connection = {
    boardId,
    doc,
    awareness,
    syncState: createSyncStateStore(),
    whenLoaded,
    destroy: () => {
      destroyed = true;
      awareness.destroy();
    },
  } as unknown as BoardConnection;
  return { connection, load, destroyed: () => destroyed };
}

function open() {
  const stores = {
    board: createBoardStore(),
    presence: createStore<BoardPresenceState>(() => ({ peers: [], busy: {} })),
  };
  let local: ReturnType<typeof localConnection> | undefined;
  const session = openBoardSession({
    boardId: 'b1',
    user: { id: 'u1', name: 'Li Wei' },
    stores,
    connect: (boardId, user) => (local = localConnection(boardId, user)).connection,
  });
  return { session, stores, local: local! };
}

describe('openBoardSession', () => {
  it('connects as the member, in their colour, with nothing dragged or edited', () => {
    const { session } = open();
    expect(session.awareness.getLocalState()).toEqual({
      user: { id: 'u1', name: 'Li Wei', color: memberColor('u1') },
      dragging: null,
      editing: null,
    });
  });

  it('shows the document in the board store, loaded once the connection has content', async () => {
    const { session, stores, local } = open();
    expect(stores.board.getState().meta.title).toBe('Orders');
    expect(stores.board.getState().loaded).toBe(false);
    local.load();
    await local.connection.whenLoaded;
    expect(stores.board.getState().loaded).toBe(true);
    const [column] = listColumns(session.doc);
    const [lane] = listLanes(session.doc);
    const id = session.actions.addCard(column!.id, lane!.id, { title: 'PO-1' });
    expect(stores.board.getState().cards[id]?.createdBy).toBe('u1');
  });

  it("undoes this person's own edits only", () => {
    const { session, stores } = open();
    const [column] = listColumns(session.doc);
    const [lane] = listLanes(session.doc);
    const id = session.actions.addCard(column!.id, lane!.id, { title: 'PO-1' });
    session.actions.undoManager.stopCapturing();
    session.actions.updateCard(id, { title: 'PO-2' });
    session.doc.transact(() => session.doc.getMap('meta').set('title', 'Renamed'), 'peer');
    session.actions.undo();
    expect(stores.board.getState().cards[id as CardId]?.title).toBe('PO-1');
    expect(stores.board.getState().meta.title).toBe('Renamed');
  });

  it('empties the stores and closes the connection on close, and stops following it', async () => {
    const { session, stores, local } = open();
    session.close();
    expect(local.destroyed()).toBe(true);
    expect(stores.board.getState().meta.title).toBe('');
    expect(stores.presence.getState()).toEqual({ peers: [], busy: {} });
    local.load();
    await local.connection.whenLoaded;
    session.doc.transact(() => session.doc.getMap('meta').set('title', 'After'));
    expect(stores.board.getState()).toMatchObject({ loaded: false, meta: { title: '' } });
  });
});
