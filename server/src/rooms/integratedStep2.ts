/**
 * Sync step 2 of what a room's document has integrated, leaving out what waits in it for a
 * missing predecessor (an update stored after one of the same sender that failed to store).
 * Yjs adds those pending structs and deletions to every state it encodes, but they show
 * nothing to anyone; and a client that got them would send them back in its own step 2, under
 * another member's client id, and be refused (ClientIdOwners). They reach clients once they
 * apply, in the broadcast of the update that completes them.
 */
import type * as Y from 'yjs';
import { encodeSyncStep2 } from '@orderlane/shared';

export function encodeIntegratedStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const { pendingStructs, pendingDs } = doc.store;
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  try {
    return encodeSyncStep2(doc, stateVector);
  } finally {
    doc.store.pendingStructs = pendingStructs;
    doc.store.pendingDs = pendingDs;
  }
}
