/**
 * Yjs updates that decode cleanly (Y.decodeUpdate accepts them) but that Yjs 13.6 throws on while
 * integrating: an item referring to its own client at or past its own clock. Hand-encoded in the
 * v1 update format, since no Yjs API writes one. For hostile tests of the Yjs endpoint.
 */
import * as encoding from 'lib0/encoding';

type Id = readonly [client: number, clock: number];

interface StringItem {
  origin?: Id;
  rightOrigin?: Id;
  /** The parent item (a type); else the root map `cards` with key `parentSub`. */
  parent?: Id;
  parentSub?: string;
}

const CONTENT_STRING = 4;
const HAS_ORIGIN = 0x80;
const HAS_RIGHT_ORIGIN = 0x40;
const HAS_PARENT_SUB = 0x20;

/** One client's items from `clock` on, each holding the string 'x'; no deletions. */
function encodeItems(client: number, clock: number, items: StringItem[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1); // clients
  encoding.writeVarUint(e, items.length);
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, clock);
  for (const item of items) {
    const info =
      CONTENT_STRING |
      (item.origin ? HAS_ORIGIN : 0) |
      (item.rightOrigin ? HAS_RIGHT_ORIGIN : 0) |
      (item.parentSub !== undefined ? HAS_PARENT_SUB : 0);
    encoding.writeUint8(e, info);
    const writeId = ([c, k]: Id) => {
      encoding.writeVarUint(e, c);
      encoding.writeVarUint(e, k);
    };
    if (item.origin) writeId(item.origin);
    if (item.rightOrigin) writeId(item.rightOrigin);
    if (!item.origin && !item.rightOrigin) {
      if (item.parent) {
        encoding.writeVarUint(e, 0);
        writeId(item.parent);
      } else {
        encoding.writeVarUint(e, 1);
        encoding.writeVarString(e, 'cards');
      }
      if (item.parentSub !== undefined) encoding.writeVarString(e, item.parentSub);
    }
    encoding.writeVarString(e, 'x');
  }
  encoding.writeVarUint(e, 0); // delete set: no clients
  return encoding.toUint8Array(e);
}

/** Updates that throw as soon as Yjs integrates them, by the reference that makes them throw. */
export const POISONED_UPDATES = {
  'an item whose origin is itself': (client: number) =>
    encodeItems(client, 0, [{ origin: [client, 0] }]),
  'an item whose right origin comes after it': (client: number) =>
    encodeItems(client, 0, [{ rightOrigin: [client, 5] }]),
  'an item that is its own parent': (client: number) =>
    encodeItems(client, 0, [{ parent: [client, 0], parentSub: 'title' }]),
} as const;

/**
 * An update Yjs keeps pending until it has `waitsFor` (another client's item), and that then throws
 * in the middle of applying whichever update brought that item: an honest sender's.
 */
export function pendingPoison(client: number, waitsFor: Id): Uint8Array {
  return encodeItems(client, 0, [{ origin: [client, 3], rightOrigin: waitsFor }]);
}
