import { describe, expect, it } from 'vitest';
import { CLOSE } from '@orderlane/shared';
import { deriveSyncState, refusalForCloseCode, type SyncFacts } from './syncState';

const base: SyncFacts = { online: true, synced: true, lostConnection: false, pending: 0 };

describe('deriveSyncState', () => {
  it('is saved when synced with nothing waiting, saving while changes await their echo', () => {
    expect(deriveSyncState(base)).toEqual({ status: 'saved', pending: 0 });
    expect(deriveSyncState({ ...base, pending: 2 })).toEqual({ status: 'saving', pending: 2 });
  });

  it('is connecting on the first attempt and offline once a connection was lost', () => {
    expect(deriveSyncState({ ...base, synced: false }).status).toBe('connecting');
    expect(deriveSyncState({ ...base, synced: false, lostConnection: true, pending: 3 })).toEqual({
      status: 'offline',
      pending: 3,
    });
  });

  it('is offline whenever the browser is, keeping the count of waiting changes', () => {
    expect(deriveSyncState({ ...base, online: false, pending: 1 })).toEqual({
      status: 'offline',
      pending: 1,
    });
  });

  it('a refusal wins over everything and says why', () => {
    expect(deriveSyncState({ ...base, online: false, refusal: 'forbidden' })).toEqual({
      status: 'refused',
      pending: 0,
      refusal: 'forbidden',
    });
  });
});

describe('refusalForCloseCode', () => {
  it('maps the server close codes and ignores transient ones', () => {
    expect(refusalForCloseCode(CLOSE.unauthenticated)).toBe('unauthenticated');
    expect(refusalForCloseCode(CLOSE.forbidden)).toBe('forbidden');
    expect(refusalForCloseCode(CLOSE.notFound)).toBe('not_found');
    expect(refusalForCloseCode(CLOSE.protocolMismatch)).toBe('outdated');
    expect(refusalForCloseCode(CLOSE.shuttingDown)).toBeUndefined();
    expect(refusalForCloseCode(1006)).toBeUndefined();
  });
});
