/**
 * Fault and timing injection on a real storage: one method of the real object is wrapped, so
 * its next call waits for the test, or fails once. The database underneath stays real.
 */
import type { Storage } from '../../persistence/Storage';

type DocumentMethod = 'loadDocument' | 'appendUpdates' | 'compactDocument';

/** Holds every call of `method` until `release()`; `restore()` puts the method back. */
export function holdCalls(storage: Storage, method: DocumentMethod) {
  const original = storage[method].bind(storage) as (...args: unknown[]) => Promise<unknown>;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  (storage as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    calls++;
    await gate;
    return original(...args);
  };
  return {
    release,
    get calls() {
      return calls;
    },
    restore: () => {
      (storage as unknown as Record<string, unknown>)[method] = original;
    },
  };
}

/** The next call of `method` rejects with `error` (and stores nothing); later calls go through. */
export function failOnce(storage: Storage, method: DocumentMethod, error = new Error('disk full')) {
  const original = storage[method].bind(storage) as (...args: unknown[]) => Promise<unknown>;
  (storage as unknown as Record<string, unknown>)[method] = async () => {
    (storage as unknown as Record<string, unknown>)[method] = original;
    throw error;
  };
}
