import { describe, expect, it } from 'vitest';
import { forgetProtocolReload, reloadForProtocolMismatch } from './protocolReload';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('reloadForProtocolMismatch', () => {
  it('reloads once, then not again until a connection was accepted', () => {
    const storage = memoryStorage();
    let reloads = 0;
    const reload = () => reloads++;
    expect(reloadForProtocolMismatch(storage, reload)).toBe(true);
    // The reloaded page is refused again: no loop.
    expect(reloadForProtocolMismatch(storage, reload)).toBe(false);
    expect(reloads).toBe(1);
    forgetProtocolReload(storage);
    expect(reloadForProtocolMismatch(storage, reload)).toBe(true);
    expect(reloads).toBe(2);
  });

  it('does not reload when storage is blocked (it could not stop a loop)', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    };
    let reloads = 0;
    expect(reloadForProtocolMismatch(blocked, () => reloads++)).toBe(false);
    expect(reloads).toBe(0);
  });
});
