/**
 * A real RoomRegistry over a real storage, driven by hand: clients connect through
 * TestSocketPairs whose queues the test flushes, and the server can be restarted from storage.
 * For the room's unit tests and the room fuzz; nothing here is a mock of the room or the store.
 */
import { afterEach } from 'vitest';
import * as Y from 'yjs';
import { createLogger, type Logger } from '../../logger';
import { MemoryStorage } from '../../persistence/MemoryStorage';
import type { Storage } from '../../persistence/Storage';
import type { AuthContext } from '../../auth/AuthContext';
import type { DocumentLog } from '../../persistence/DocumentLog';
import type { Room } from '../Room';
import { RoomRegistry } from '../RoomRegistry';
import { TestSocketPair } from './TestSocketPair';

export { TestSocketPair };
export { failOnce } from './gates';

export interface RoomHarnessOptions {
  storage?: Storage;
  boardId?: string;
  /** How long an empty room stays loaded; long by default, so tests unload on purpose. */
  unloadAfterMs?: number;
  compactAfterUpdates?: number;
  logger?: Logger;
}

/** A member of the test workspace. */
function memberAuth(userId: string, access: AuthContext['access'] = 'admin'): AuthContext {
  return {
    userId,
    name: userId,
    workspaceId: 'workspace',
    role: 'manager',
    access,
    sessionTokenHash: `session-${userId}`,
  };
}

export class RoomHarness {
  readonly storage: Storage;
  readonly documents: DocumentLog;
  readonly boardId: string;
  readonly logger: Logger;
  registry: RoomRegistry;
  private readonly pairs: TestSocketPair[] = [];

  constructor(private readonly options: RoomHarnessOptions = {}) {
    this.storage = options.storage ?? new MemoryStorage();
    this.documents = this.storage.documents;
    this.boardId = options.boardId ?? 'board';
    this.logger = options.logger ?? createLogger('silent');
    this.registry = this.newRegistry();
  }

  /** The board's live room, if loaded. */
  get room(): Room | undefined {
    return this.registry.get(this.boardId);
  }

  /** A new client (not yet connected), with its own user unless one is given. */
  client(options: { userId?: string; readOnly?: boolean; doc?: Y.Doc } = {}): TestSocketPair {
    const userId = options.userId ?? `user${this.pairs.length + 1}`;
    const readOnly = options.readOnly ?? false;
    const info = { auth: memberAuth(userId, readOnly ? 'viewer' : 'admin'), readOnly };
    const pair = new TestSocketPair(() => this.registry, this.boardId, info, options.doc);
    this.pairs.push(pair);
    return pair;
  }

  /** Delivers everything queued, both ways, until quiet (storage included). */
  async settle(): Promise<void> {
    for (let round = 0; round < 100; round++) {
      let moved = 0;
      for (const pair of this.pairs) moved += pair.flushToServer();
      await this.room?.flush();
      await new Promise((resolve) => setImmediate(resolve));
      for (const pair of this.pairs) moved += pair.flushToClient();
      if (moved === 0 && !this.pairs.some((p) => p.pendingToServer > 0)) return;
    }
    throw new Error('room harness did not settle in 100 rounds');
  }

  /** Shuts the server down gracefully (rooms flushed) and starts a new one over the same storage. */
  async restart(): Promise<void> {
    await this.registry.closeAll();
    this.registry = this.newRegistry();
  }

  /** The board as a fresh load from storage sees it. */
  async stored(): Promise<Y.Doc> {
    const stored = await this.documents.load(this.boardId);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return doc;
  }

  async close(): Promise<void> {
    await this.registry.closeAll();
  }

  private newRegistry(): RoomRegistry {
    return new RoomRegistry({
      documents: this.documents,
      logger: this.logger,
      unloadAfterMs: this.options.unloadAfterMs ?? 60_000,
      compactAfterUpdates: this.options.compactAfterUpdates,
    });
  }
}

/** Registers closing after each test of the file; the returned function starts that test's harness. */
export function harnessPerTest(options?: RoomHarnessOptions): () => RoomHarness {
  let harness: RoomHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });
  return () => (harness = new RoomHarness(options));
}
