/**
 * One board's live document: the Y.Doc, its IndexedDB copy (the board works offline and keeps
 * offline edits across a reload) and the y-websocket connection to the server. It also keeps the
 * sync state the badge shows. No React: a board session (`boardSession.ts`) owns one.
 */
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import type { StoreApi } from 'zustand/vanilla';
import { PROTOCOL_VERSION, PROTOCOL_VERSION_PARAM, YJS_PATH, peekMessage } from '@orderlane/shared';
import { api } from '../api/endpoints';
import { ApiFailure } from '../api/http';
import {
  deriveSyncState,
  refusalForApiError,
  refusalForCloseCode,
  type SyncFacts,
} from './syncState';
import { createSyncStateStore, type SyncState } from '../store/syncStateStore';
import { PendingChanges, type PendingChange } from './pendingChanges';
import { forgetProtocolReload, reloadForProtocolMismatch } from './protocolReload';
import { reportingWebSocket } from './reportingWebSocket';

export interface BoardConnection {
  boardId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  awareness: Awareness;
  syncState: StoreApi<SyncState>;
  /** Resolves once the document has content, from IndexedDB or the first server sync. */
  whenLoaded: Promise<void>;
  destroy(): void;
}

export interface BoardUser {
  id: string;
  name: string;
  color: string;
}

function websocketBase(loc: Location = window.location): string {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}`;
}

function pendingKey(boardId: string): string {
  return `orderlane.pending.${boardId}`;
}

function loadPending(boardId: string): PendingChange[] {
  try {
    const raw = localStorage.getItem(pendingKey(boardId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as PendingChange[]) : [];
  } catch {
    return [];
  }
}

function savePending(boardId: string, changes: readonly PendingChange[]): void {
  try {
    if (changes.length === 0) localStorage.removeItem(pendingKey(boardId));
    else localStorage.setItem(pendingKey(boardId), JSON.stringify(changes));
  } catch {
    // Storage full or blocked: the count is then only accurate within this session.
  }
}

export function openBoardConnection(boardId: string, user: BoardUser): BoardConnection {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(`orderlane-board-${boardId}`, doc);

  const syncState = createSyncStateStore();
  const facts: SyncFacts = {
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    synced: false,
    lostConnection: false,
    pending: 0,
  };
  const publish = () => syncState.setState(deriveSyncState(facts), true);

  // Read before this session writes its own list over it.
  const earlierPending = loadPending(boardId);
  const pending = new PendingChanges((changes) => {
    facts.pending = changes.length;
    savePending(boardId, changes);
    publish();
  });

  // Acknowledgements are read off the server's messages themselves: the echo of our own update
  // changes nothing locally, so no document event would report it. The server's sync step 1
  // carries its state vector, which may cover changes made here before a reload. The messages are
  // seen through the provider's public `WebSocketPolyfill` option, not by patching its handlers.
  const onServerMessage = (data: Uint8Array) => {
    const message = peekMessage(data);
    if (message?.type === 'syncStep1')
      pending.noteServerStateVector(Y.decodeStateVector(message.stateVector));
    else if (message?.type === 'update') pending.noteServerUpdate(message.update);
  };
  // Cross-tab BroadcastChannel is off: only the server may acknowledge a change.
  const provider = new WebsocketProvider(websocketBase() + YJS_PATH, boardId, doc, {
    disableBc: true,
    params: { [PROTOCOL_VERSION_PARAM]: String(PROTOCOL_VERSION) },
    WebSocketPolyfill: reportingWebSocket(onServerMessage),
  });
  const awareness = provider.awareness;
  awareness.setLocalStateField('user', { id: user.id, name: user.name, color: user.color });

  const onUpdate = (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
    if (tr.local) pending.noteLocalUpdate(update, doc.clientID);
  };
  doc.on('update', onUpdate);

  const refuse = (refusal: SyncFacts['refusal']) => {
    if (!refusal || destroyed) return;
    facts.refusal = refusal;
    provider.disconnect();
    publish();
  };

  // A socket that closes before it ever opened may have been refused at the upgrade.
  let socketOpened = false;
  let checkingAccess = false;
  let destroyed = false;
  const checkAccess = async () => {
    if (checkingAccess || facts.refusal || !facts.online) return;
    checkingAccess = true;
    try {
      const board = await api.board(boardId);
      if (board.archived) refuse('archived');
    } catch (error) {
      if (error instanceof ApiFailure) refuse(refusalForApiError(error.code));
    } finally {
      checkingAccess = false;
    }
  };

  provider.on('sync', (synced: boolean) => {
    facts.synced = synced;
    if (synced) {
      facts.lostConnection = false;
      forgetProtocolReload();
    }
    publish();
  });
  provider.on('status', ({ status }: { status: string }) => {
    socketOpened = status === 'connected';
    if (status === 'disconnected') {
      facts.synced = false;
      facts.lostConnection = true;
    }
    publish();
  });
  provider.on('connection-close', () => {
    if (!facts.synced) facts.lostConnection = true;
    if (!socketOpened) void checkAccess();
    socketOpened = false;
    publish();
  });
  provider.on('closed', ({ code }: { code: number }) => {
    const refusal = refusalForCloseCode(code);
    // A page of another protocol version: a reload fetches the current one (once, see there).
    if (refusal === 'outdated' && !destroyed && reloadForProtocolMismatch()) return;
    refuse(refusal);
  });

  // Chromium keeps a socket open for a while after the network drops; follow the browser's own
  // online flag so offline edits are counted as waiting at once.
  const onOffline = () => {
    facts.online = false;
    provider.disconnect();
    publish();
  };
  const onOnline = () => {
    facts.online = true;
    if (!facts.refusal) provider.connect();
    publish();
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  if (!facts.online) provider.disconnect();

  const whenLoaded = new Promise<void>((resolve) => {
    const hasContent = () => doc.store.clients.size > 0;
    persistence.whenSynced.then(
      () => {
        pending.restore(earlierPending, Y.decodeStateVector(Y.encodeStateVector(doc)));
        if (hasContent()) resolve();
      },
      () => {},
    );
    const onSynced = (synced: boolean) => {
      if (synced) {
        provider.off('sync', onSynced);
        resolve();
      }
    };
    if (provider.synced) resolve();
    else provider.on('sync', onSynced);
  });

  publish();

  return {
    boardId,
    doc,
    provider,
    awareness,
    syncState,
    whenLoaded,
    destroy() {
      destroyed = true;
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      doc.off('update', onUpdate);
      awareness.setLocalState(null);
      provider.destroy();
      void persistence.destroy();
      doc.destroy();
    },
  };
}
