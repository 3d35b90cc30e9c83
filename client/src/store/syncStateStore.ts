/**
 * What the sync badge shows: whether this browser's edits are safe on the server. The board
 * connection writes the store (`sync/syncState` derives the status), components read it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export type SyncStatus = 'connecting' | 'saved' | 'saving' | 'offline' | 'refused';
export type SyncRefusal = 'unauthenticated' | 'forbidden' | 'not_found' | 'archived' | 'outdated';

export interface SyncState {
  status: SyncStatus;
  /** Local changes the server has not acknowledged yet. */
  pending: number;
  refusal?: SyncRefusal;
}

export function createSyncStateStore(): StoreApi<SyncState> {
  return createStore<SyncState>(() => ({ status: 'connecting', pending: 0 }));
}
