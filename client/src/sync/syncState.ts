/**
 * What the sync badge shows: whether this browser's edits are safe on the server. No React here;
 * the board connection writes the store, components read it through selectors.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { CLOSE } from '@orderlane/shared';

export type SyncStatus = 'connecting' | 'saved' | 'saving' | 'offline' | 'refused';
export type SyncRefusal = 'unauthenticated' | 'forbidden' | 'not_found' | 'archived' | 'outdated';

export interface SyncState {
  status: SyncStatus;
  /** Local changes the server has not acknowledged yet. */
  pending: number;
  refusal?: SyncRefusal;
}

/** The facts the status is derived from; kept apart so the rule is one pure function. */
export interface SyncFacts {
  online: boolean;
  synced: boolean;
  /** The connection closed at least once since the last successful sync. */
  lostConnection: boolean;
  pending: number;
  refusal?: SyncRefusal;
}

export function deriveSyncState(facts: SyncFacts): SyncState {
  const { pending } = facts;
  if (facts.refusal) return { status: 'refused', pending, refusal: facts.refusal };
  if (!facts.online) return { status: 'offline', pending };
  if (!facts.synced) return { status: facts.lostConnection ? 'offline' : 'connecting', pending };
  return { status: pending > 0 ? 'saving' : 'saved', pending };
}

export function createSyncStateStore(): StoreApi<SyncState> {
  return createStore<SyncState>(() => ({ status: 'connecting', pending: 0 }));
}

/** The y-websocket close codes the server uses to refuse a board. */
export function refusalForCloseCode(code: number): SyncRefusal | undefined {
  if (code === CLOSE.unauthenticated) return 'unauthenticated';
  if (code === CLOSE.forbidden) return 'forbidden';
  if (code === CLOSE.notFound) return 'not_found';
  if (code === CLOSE.protocolMismatch) return 'outdated';
  return code >= 4400 && code < 4500 ? 'forbidden' : undefined;
}

/**
 * The server may refuse the WebSocket upgrade with an HTTP status, which a browser cannot read
 * (it sees close code 1006); the same question asked over HTTP gets the reason.
 */
export function refusalForApiError(code: string): SyncRefusal | undefined {
  if (code === 'unauthenticated' || code === 'forbidden' || code === 'not_found') return code;
  return undefined;
}
