/**
 * The check every incoming update passes before it is stored, and what the room learns of the
 * update while making it. The wire format itself is shared: `shared/src/protocol/yjsWire.ts`.
 */
import * as Y from 'yjs';
import { assertNoForwardSelfReference } from './updateReferences';

/** What the room needs to know of an incoming update, learnt while validating it. */
export interface UpdateSummary {
  /** No structs and no deletions (e.g. a sync step 2 with nothing new). */
  empty: boolean;
  /** Per client id, the clock just past the last struct the update carries. */
  ends: Map<number, number>;
  /** Per client id, the clock just past the last deletion the update makes (empty: none). */
  deleteEnds: Map<number, number>;
}

/**
 * Checks that an update decodes completely and can be integrated, before it is stored: a bad
 * update must never reach the log, or every later load of the board would fail, nor the live
 * document, where it would throw in the middle of a batch. Throws on garbage.
 */
export function validateUpdate(update: Uint8Array): UpdateSummary {
  const decoded = Y.decodeUpdate(update);
  assertNoForwardSelfReference(decoded.structs);
  const ends = new Map<number, number>();
  for (const struct of decoded.structs) {
    const end = struct.id.clock + struct.length;
    if (end > (ends.get(struct.id.client) ?? 0)) ends.set(struct.id.client, end);
  }
  const deleteEnds = new Map<number, number>();
  for (const [client, deletions] of decoded.ds.clients) {
    for (const { clock, len } of deletions) {
      if (clock + len > (deleteEnds.get(client) ?? 0)) deleteEnds.set(client, clock + len);
    }
  }
  return { empty: ends.size === 0 && deleteEnds.size === 0, ends, deleteEnds };
}
