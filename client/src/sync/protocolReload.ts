/**
 * A tab left open across a deploy speaks the old protocol; the server refuses it with
 * `CLOSE.protocolMismatch`, and a reload fetches the client the server speaks. Only once per
 * tab until a connection succeeds again: a server that refuses even a fresh page (say, an older
 * server behind the same address during a deploy) would otherwise reload the page forever.
 */
const RELOADED_KEY = 'orderlane.reloadedForProtocol';

/** Reloads the page unless this tab already did since its last accepted connection. */
export function reloadForProtocolMismatch(
  storage?: Pick<Storage, 'getItem' | 'setItem'>,
  reload: () => void = () => window.location.reload(),
): boolean {
  try {
    const marks = storage ?? sessionStorage;
    if (marks.getItem(RELOADED_KEY) !== null) return false;
    marks.setItem(RELOADED_KEY, new Date().toISOString());
  } catch {
    return false; // no storage: no guard against a loop, so no reload either
  }
  reload();
  return true;
}

/** A connection was accepted: the next mismatch (the next deploy) may reload again. */
export function forgetProtocolReload(storage?: Pick<Storage, 'removeItem'>): void {
  try {
    (storage ?? sessionStorage).removeItem(RELOADED_KEY);
  } catch {
    // Blocked storage: nothing was remembered either.
  }
}
