/**
 * The updates Yjs 13.6 decodes but cannot integrate: an item that refers to its own client at or
 * past its own clock (its origin, right origin or parent is itself, or an item that comes after
 * it). Yjs looks such a reference up in the store unchecked and throws halfway through the update,
 * leaving the part before it in the document; held back as pending (when it also waits for another
 * client), it throws later, in the middle of an honest sender's update. No honest client writes
 * one: an item can only refer to what existed when it was made, and its own client's earlier items
 * have lower clocks. References to other clients are safe: Yjs waits until it has them.
 */
import * as Y from 'yjs';

type Struct = ReturnType<typeof Y.decodeUpdate>['structs'][number];

/** Throws when an item of the update refers to its own client at or past its own clock. */
export function assertNoForwardSelfReference(structs: Struct[]): void {
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const { id, origin, rightOrigin, parent } = struct;
    const references = [origin, rightOrigin, parent instanceof Y.ID ? parent : null];
    for (const ref of references) {
      if (ref !== null && ref.client === id.client && ref.clock >= id.clock) {
        throw new Error(
          `item ${id.client}:${id.clock} refers to ${ref.client}:${ref.clock}, not before itself`,
        );
      }
    }
  }
}
