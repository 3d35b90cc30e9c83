/**
 * Group commit for one room's document updates: everything that arrives while the previous
 * append is in flight (or within the same turn of the event loop) is written in ONE
 * `appendUpdates` call, and handed on, in arrival order, only once that write has resolved.
 * Durable before visible: nothing reaches `onDurable` that the storage could still lose.
 */
export interface PendingUpdate {
  update: Uint8Array;
  /** An empty update (e.g. a sync step 2 with nothing new) is acknowledged but never stored. */
  empty: boolean;
}

export interface GroupCommitOptions<Item extends PendingUpdate> {
  /** Stores the updates; resolves to the sequence number of the last one. */
  append(updates: Uint8Array[]): Promise<number>;
  /**
   * Runs after the batch is durable, with the seq of its last stored row (null when it stored
   * nothing); awaited before the next batch is written (keeps order).
   */
  onDurable(batch: Item[], lastSeq: number | null): Promise<void> | void;
  /** The append failed: nothing of the batch is stored. */
  onError(error: unknown, batch: Item[]): void;
  /** `onDurable` threw: the batch IS stored, so this must not be reported as a failed append. */
  onDurableError(error: unknown, batch: Item[]): void;
}

export class GroupCommit<Item extends PendingUpdate> {
  private pending: Item[] = [];
  private running: Promise<void> | null = null;

  constructor(private readonly options: GroupCommitOptions<Item>) {}

  get size(): number {
    return this.pending.length;
  }

  push(update: Item): void {
    this.pending.push(update);
    // setImmediate (not a microtask) so that messages of many sockets read in the same poll
    // phase share one fsync.
    this.running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.run());
  }

  /** Resolves once everything pushed so far is durable and handed on. */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      const stored = batch.filter((u) => !u.empty).map((u) => u.update);
      let lastSeq: number | null = null;
      try {
        if (stored.length > 0) lastSeq = await this.options.append(stored);
      } catch (error) {
        this.options.onError(error, batch);
        continue;
      }
      try {
        await this.options.onDurable(batch, lastSeq);
      } catch (error) {
        this.options.onDurableError(error, batch);
      }
    }
    this.running = null;
  }
}
