/**
 * Every Storage implementation, for the contract suites (tests/integration/storage*.contract):
 * each suite registers itself once per entry, so a new implementation is one more entry here.
 */
import { afterEach, beforeEach } from 'vitest';
import { MemoryStorage, SqliteStorage, type Storage } from '@orderlane/server';
import { tempDir } from './server';

export interface StorageUnderTest {
  name: string;
  /** A fresh, empty storage. */
  open(): Promise<Storage>;
  /** The data of the last `open()` opened again after close(); only where it persists. */
  reopen?: () => Promise<Storage>;
  /** Removes what the last `open()` left behind. */
  cleanup(): Promise<void>;
}

const memory: StorageUnderTest = {
  name: 'MemoryStorage',
  open: async () => new MemoryStorage(),
  cleanup: async () => {},
};

function sqliteInTempDir(): StorageUnderTest {
  let dir: ReturnType<typeof tempDir> | undefined;
  const current = () => {
    if (!dir) throw new Error('SqliteStorage: reopen() before open()');
    return dir.dir;
  };
  return {
    name: 'SqliteStorage',
    open: async () => {
      dir = tempDir('orderlane-sqlite-');
      return SqliteStorage.open(dir.dir);
    },
    reopen: async () => SqliteStorage.open(current()),
    cleanup: async () => {
      dir?.remove();
      dir = undefined;
    },
  };
}

export const STORAGES: readonly StorageUnderTest[] = [memory, sqliteInTempDir()];

/**
 * Inside a contract's describe: a fresh, empty storage of `factory` before each test, closed and
 * removed after it. `storage` stands for the running test's storage; `reopenStorage()` opens
 * its data again (once the test closed it), and `storage` stands for that from then on.
 */
export function storagePerTest(factory: StorageUnderTest) {
  let opened: Storage | undefined;
  beforeEach(async () => {
    opened = await factory.open();
  });
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
    await factory.cleanup();
  });
  const current = (): Storage => {
    if (!opened) throw new Error(`${factory.name}: no storage outside a test`);
    return opened;
  };
  const storage = new Proxy({} as Storage, {
    get(_, key) {
      const target = current();
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const reopenStorage = async (): Promise<void> => {
    if (!factory.reopen) throw new Error(`${factory.name} keeps nothing to reopen`);
    opened = await factory.reopen();
  };
  return { storage, reopenStorage };
}
