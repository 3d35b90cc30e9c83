/**
 * How the sync badge's status follows from the connection's facts, and which refusals the
 * server's answers mean. No React; the state itself lives in `store/syncStateStore`.
 */
import { CLOSE } from '@orderlane/shared';
import type { SyncRefusal, SyncState } from '../store/syncStateStore';

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
