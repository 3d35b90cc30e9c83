/**
 * Every Storage implementation, for the contract suites (tests/integration/storage*.contract):
 * each suite registers itself once per entry, so a new implementation is one more entry here.
 */
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
