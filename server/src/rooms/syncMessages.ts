/**
 * The y-websocket wire format: a varUint message type, then the y-protocols payload.
 * Encoders here produce whole messages, so a broadcast is encoded once and sent to many.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { assertNoForwardSelfReference } from './updateReferences';

export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SYNC = {
  step1: syncProtocol.messageYjsSyncStep1,
  step2: syncProtocol.messageYjsSyncStep2,
  update: syncProtocol.messageYjsUpdate,
} as const;

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** Step 2: everything the room's document holds that the given state vector lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

/** A decoded incoming message; anything malformed throws, and the room closes that connection. */
export type IncomingMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' };

export function decodeMessage(data: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(data);
  const messageType = decoding.readVarUint(decoder);
  let message: IncomingMessage;
  if (messageType === MESSAGE.sync) {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === SYNC.step1) {
      Y.decodeStateVector(payload); // throws on garbage
      message = { type: 'syncStep1', stateVector: payload };
    } else if (syncType === SYNC.step2 || syncType === SYNC.update) {
      message = { type: 'update', update: payload };
    } else {
      throw new Error(`unknown sync message type ${syncType}`);
    }
  } else if (messageType === MESSAGE.awareness) {
    message = { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
  } else if (messageType === MESSAGE.queryAwareness) {
    message = { type: 'queryAwareness' };
  } else {
    throw new Error(`unknown message type ${messageType}`);
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after message');
  return message;
}

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
