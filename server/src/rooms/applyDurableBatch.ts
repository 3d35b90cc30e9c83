/**
 * Applies a batch of updates that are already stored to a room's document, and works out what
 * to send: one update with everything the batch added (for every connection, senders included:
 * their acknowledgement), plus the updates that added nothing, to be echoed to their senders.
 *
 * Each update is applied in its own try: one that Yjs throws on (validateUpdate refuses every
 * such update we know of; this is the second line) is reported in `failed`, and the rest of the
 * batch, other senders' edits included, is applied as if it were not there.
 */
import * as Y from 'yjs';
import type { UpdateSummary } from './validateUpdate';

export interface DurableUpdate<Origin> extends UpdateSummary {
  update: Uint8Array;
  origin: Origin;
}

export interface DurableBatchOptions<Origin> {
  /** Updates the server made in the doc itself (already applied): relayed as they are. */
  isAlreadyApplied(origin: Origin): boolean;
  /** The transaction origin for a run of updates from one connection (who wrote it). */
  transactionOrigin(origin: Origin): unknown;
}

export interface DurableBatchResult<Origin> {
  /** Everything the batch added, as one update; null when it added nothing. */
  added: Uint8Array | null;
  /** Updates the doc already had entirely: echoed to their senders alone. */
  echoAlone: DurableUpdate<Origin>[];
  /** Non-empty updates in the batch (each is one stored row). */
  stored: number;
  /** Of those, the ones that were already applied. */
  alreadyApplied: number;
  /** Updates Yjs threw on: at most part of each is in the doc (and in `added`); refuse their senders. */
  failed: { update: DurableUpdate<Origin>; error: unknown }[];
  /** Errors of the document's observers: they run once the updates are in, so those count as applied. */
  observerErrors: unknown[];
}

export function applyDurableBatch<Origin>(
  doc: Y.Doc,
  batch: DurableUpdate<Origin>[],
  options: DurableBatchOptions<Origin>,
): DurableBatchResult<Origin> {
  // Decided before applying: a sender whose update the doc already had finds nothing of it in
  // what the batch adds. Deletions are not tracked by clock: always echoed (harmless twice).
  const candidates = batch.filter(
    (u) =>
      !options.isAlreadyApplied(u.origin) &&
      (u.empty ||
        u.deleteEnds.size > 0 ||
        [...u.ends].some(([client, end]) => Y.getState(doc.store, client) >= end)),
  );
  const added: Uint8Array[] = [];
  const failed: DurableBatchResult<Origin>['failed'] = [];
  const observerErrors: unknown[] = [];
  let stored = 0;
  let alreadyApplied = 0;
  const capture = (update: Uint8Array) => added.push(update);
  doc.on('update', capture);
  try {
    // One transaction per run of updates from one connection: observers see who wrote what.
    for (let i = 0; i < batch.length;) {
      const origin = batch[i]!.origin;
      let j = i;
      while (j < batch.length && batch[j]!.origin === origin) j++;
      const run = batch.slice(i, j).filter((u) => !u.empty);
      i = j;
      if (run.length === 0) continue;
      stored += run.length;
      if (options.isAlreadyApplied(origin)) {
        alreadyApplied += run.length;
        added.push(...run.map((u) => u.update));
        continue;
      }
      try {
        Y.transact(
          doc,
          () => {
            for (const u of run) {
              try {
                Y.applyUpdate(doc, u.update);
              } catch (error) {
                failed.push({ update: u, error });
              }
            }
          },
          options.transactionOrigin(origin),
        );
      } catch (error) {
        // Only the transaction's cleanup (the observers) can throw here: the updates are in.
        observerErrors.push(error);
      }
    }
  } finally {
    doc.off('update', capture);
  }
  // Merging a few transaction updates is cheap, unlike Y.mergeUpdates over the raw batch
  // (which took 75 % of the server's CPU under load).
  const merged = added.length === 0 ? null : added.length === 1 ? added[0]! : Y.mergeUpdates(added);
  const refused = new Set(failed.map((f) => f.update));
  const echoAlone = candidates.filter((u) => !refused.has(u));
  return { added: merged, echoAlone, stored, alreadyApplied, failed, observerErrors };
}
