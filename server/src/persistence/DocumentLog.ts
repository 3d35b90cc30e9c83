/**
 * Each board's Yjs document as a log: a snapshot plus the updates appended after it. This is all
 * a room needs of storage.
 */

/**
 * Who writes under one Yjs client id of a board (see rooms/ClientIdOwners.ts). Stored with the
 * updates, so the binding outlives the room: the first writer of an id keeps it.
 */
export interface ClientWriter {
  clientId: number;
  userId: string;
}

/** A board document as stored: the latest snapshot plus the updates appended after it. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** The writers of its client ids. */
  writers: ClientWriter[];
  /** Sequence number of the last stored update (0 when none): compaction covers up to it. */
  lastSeq: number;
}

export interface DocumentLog {
  load(boardId: string): Promise<StoredDocument>;
  /**
   * Appends Yjs updates to a board's log, durably (fsync'd) by the time the promise resolves.
   * Called once per tick with everything that arrived in it (group commit). Each update takes the
   * next sequence number; resolves to the last one written (the log's last seq when `updates` is
   * empty), so a room knows exactly which rows its document holds. `writers` are stored in the
   * same transaction; an id that already has a writer keeps it.
   */
  append(boardId: string, updates: Uint8Array[], writers?: ClientWriter[]): Promise<number>;
  /** Replaces the snapshot and drops the updates with seq <= upToSeq, atomically. */
  compact(boardId: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
}
