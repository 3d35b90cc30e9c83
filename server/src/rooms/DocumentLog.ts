/**
 * What a room needs of storage: one board's document as a log of Yjs updates over a snapshot.
 * Nothing else of the storage (accounts, boards, activity) is a room's business.
 */
import type { ClientWriter, StoredDocument } from '../persistence/Storage';

export interface DocumentLog {
  /** The latest snapshot, the updates appended after it, and the writers of its client ids. */
  load(boardId: string): Promise<StoredDocument>;
  /**
   * Appends updates durably (fsync'd by the time it resolves), each with the next sequence
   * number; resolves to the last one written. `writers` are stored in the same transaction; an
   * id that already has a writer keeps it.
   */
  append(boardId: string, updates: Uint8Array[], writers?: ClientWriter[]): Promise<number>;
  /** Replaces the snapshot and drops the updates with seq <= upToSeq, atomically. */
  compact(boardId: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
}
