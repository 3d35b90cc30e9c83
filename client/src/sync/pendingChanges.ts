/**
 * Counts this browser's board changes that the server has not acknowledged yet. The server echoes
 * every accepted update back to its sender (docs/realtime.md, "Durable before visible"), so a change is
 * safe once an update from the server covers it: its last clock for structs, its delete set for
 * deletions. Changes survive a reload (they sit in IndexedDB under an older client id), so the
 * list is persisted and compared with the server's state vector on the next connection.
 */
import * as Y from 'yjs';

type DeleteRange = [client: number, clock: number, len: number];
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

export interface PendingChange {
  client: number;
  /** End clock (exclusive) of the change's structs; 0 for a change that only deletes. */
  clock: number;
  deletes: DeleteRange[];
}

export class PendingChanges {
  private changes: PendingChange[] = [];
  private readonly acked = new Map<number, number>();

  constructor(private readonly onChange: (changes: readonly PendingChange[]) => void = () => {}) {}

  get count(): number {
    return this.changes.length;
  }

  get list(): readonly PendingChange[] {
    return this.changes;
  }

  /** Restores changes of an earlier session; keeps only those the local document still holds. */
  restore(changes: readonly PendingChange[], local: Map<number, number>): void {
    const known = changes.filter(
      (c) =>
        (c.clock > 0 && (local.get(c.client) ?? 0) >= c.clock) ||
        (c.clock === 0 && c.deletes.length > 0),
    );
    this.changes = [...known, ...this.changes];
    this.settle();
    if (known.length > 0) this.onChange(this.changes);
  }

  /** A transaction made in this browser (`transaction.local`). */
  noteLocalUpdate(update: Uint8Array, clientID: number): void {
    const end = Y.parseUpdateMeta(update).to.get(clientID);
    if (end !== undefined) {
      if ((this.acked.get(clientID) ?? 0) >= end) return;
      this.changes.push({ client: clientID, clock: end, deletes: [] });
    } else {
      const deletes = deleteRanges(Y.decodeUpdate(update).ds);
      if (deletes.length === 0) return;
      this.changes.push({ client: clientID, clock: 0, deletes });
    }
    this.onChange(this.changes);
  }

  /** An update that came from the server: an echo of ours, someone else's, or a sync step 2. */
  noteServerUpdate(update: Uint8Array): void {
    for (const [client, clock] of Y.parseUpdateMeta(update).to) this.raise(client, clock);
    if (this.changes.some((c) => c.clock === 0)) {
      const covered = deleteRanges(Y.decodeUpdate(update).ds);
      this.changes = this.changes.filter(
        (c) => c.clock > 0 || !c.deletes.every((d) => isCovered(d, covered)),
      );
    }
    this.settle();
  }

  /** The server's state vector (its sync step 1): everything below it is stored there. */
  noteServerStateVector(stateVector: Map<number, number>): void {
    for (const [client, clock] of stateVector) this.raise(client, clock);
    this.settle();
  }

  private raise(client: number, clock: number): void {
    if ((this.acked.get(client) ?? 0) < clock) this.acked.set(client, clock);
  }

  private settle(): void {
    const before = this.changes.length;
    this.changes = this.changes.filter(
      (c) => c.clock === 0 || (this.acked.get(c.client) ?? 0) < c.clock,
    );
    if (this.changes.length !== before) this.onChange(this.changes);
  }
}

function deleteRanges(ds: DeleteSet): DeleteRange[] {
  const ranges: DeleteRange[] = [];
  for (const [client, items] of ds.clients) {
    for (const item of items) ranges.push([client, item.clock, item.len]);
  }
  return ranges;
}

/** Whether the union of `ranges` covers `range` entirely. */
function isCovered([client, clock, len]: DeleteRange, ranges: DeleteRange[]): boolean {
  const mine = ranges
    .filter((r) => r[0] === client && r[1] + r[2] > clock && r[1] < clock + len)
    .sort((a, b) => a[1] - b[1]);
  let next = clock;
  for (const [, start, length] of mine) {
    if (start > next) return false;
    next = Math.max(next, start + length);
    if (next >= clock + len) return true;
  }
  return next >= clock + len;
}
