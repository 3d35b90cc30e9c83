/**
 * The Yjs endpoint's wire format, the y-websocket protocol: a varUint message type, then the
 * y-protocols payload. Orderlane adds no message type of its own, so a stock y-websocket provider
 * is a full client. What it adds is a protocol version, sent as a URL parameter of the upgrade
 * (checked before a byte of the document is exchanged; a first message could not be told apart
 * from a stock client's silence without holding back the server's greeting).
 *
 * Encoders produce whole messages, so a broadcast is encoded once and sent to many.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/**
 * Bumped when client and server no longer understand each other; a mismatch closes with
 * `CLOSE.protocolMismatch`, and the browser reloads to fetch the client the server speaks.
 */
export const PROTOCOL_VERSION = 1;
/** The upgrade URL's query parameter that carries `PROTOCOL_VERSION` (absent: not checked). */
export const PROTOCOL_VERSION_PARAM = 'protocolVersion';

/** y-websocket's message types (its `messageSync`, `messageAwareness`, …). */
export const YJS_MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
/** The sync message's own types (y-protocols' `messageYjsSyncStep1`, …). */
export const YJS_SYNC = {
  step1: syncProtocol.messageYjsSyncStep1,
  step2: syncProtocol.messageYjsSyncStep2,
  update: syncProtocol.messageYjsUpdate,
} as const;

/**
 * Why a connection that sent this version (the parameter's raw value, null when absent) is
 * refused by a server speaking `expected`, or null when it is served. A client that sends none
 * is a stock provider: served.
 */
export function protocolVersionMismatch(
  sent: string | null,
  expected: number = PROTOCOL_VERSION,
): string | null {
  if (sent === null || sent === String(expected)) return null;
  // A close reason has at most 123 bytes.
  return `protocol version ${expected} expected, got ${sent.slice(0, 20) || 'none'}`;
}

/** A whole message, ready for `WebSocket.send` (which wants bytes over a plain ArrayBuffer). */
export type WireMessage = Uint8Array<ArrayBuffer>;

function message(type: number, write: (encoder: encoding.Encoder) => void): WireMessage {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Step 1: the document's state vector, asking the other side for what it lacks. */
export function encodeSyncStep1(doc: Y.Doc): WireMessage {
  return message(YJS_MESSAGE.sync, (encoder) => syncProtocol.writeSyncStep1(encoder, doc));
}

/** Step 2: everything the document holds that the given state vector lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector?: Uint8Array): WireMessage {
  return message(YJS_MESSAGE.sync, (encoder) =>
    syncProtocol.writeSyncStep2(encoder, doc, stateVector),
  );
}

export function encodeUpdateMessage(update: Uint8Array): WireMessage {
  return message(YJS_MESSAGE.sync, (encoder) => syncProtocol.writeUpdate(encoder, update));
}

/** `awarenessUpdate` as y-protocols' `encodeAwarenessUpdate` makes it. */
export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): WireMessage {
  return message(YJS_MESSAGE.awareness, (encoder) =>
    encoding.writeVarUint8Array(encoder, awarenessUpdate),
  );
}

/** Asks for everyone's awareness states. */
export function encodeQueryAwarenessMessage(): WireMessage {
  return message(YJS_MESSAGE.queryAwareness, () => undefined);
}

/** One entry of a y-protocols awareness update. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** null: the client left. */
  state: unknown;
}

/**
 * The entries of an awareness update (y-protocols writes and reads them only through an
 * `Awareness`), so a relay can look at each before it is applied. Anything malformed throws.
 */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    entries.push({ clientId, clock, state });
  }
  return entries;
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

/** A decoded message, of the types either side sends. */
export type YjsMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  /** A sync step 2 (the answer to a step 1) or a live update: both carry a Yjs update. */
  | { type: 'update'; update: Uint8Array; syncStep2: boolean }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' };

/**
 * Decodes one whole message. Throws on anything malformed: an unknown type, a state vector that
 * does not decode, trailing bytes. (An update's payload is not decoded here.)
 */
export function decodeMessage(data: Uint8Array): YjsMessage {
  const decoder = decoding.createDecoder(data);
  const messageType = decoding.readVarUint(decoder);
  let decoded: YjsMessage;
  if (messageType === YJS_MESSAGE.sync) {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === YJS_SYNC.step1) {
      Y.decodeStateVector(payload); // throws on garbage
      decoded = { type: 'syncStep1', stateVector: payload };
    } else if (syncType === YJS_SYNC.step2 || syncType === YJS_SYNC.update) {
      decoded = { type: 'update', update: payload, syncStep2: syncType === YJS_SYNC.step2 };
    } else {
      throw new Error(`unknown sync message type ${syncType}`);
    }
  } else if (messageType === YJS_MESSAGE.awareness) {
    decoded = { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
  } else if (messageType === YJS_MESSAGE.queryAwareness) {
    decoded = { type: 'queryAwareness' };
  } else {
    throw new Error(`unknown message type ${messageType}`);
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after message');
  return decoded;
}

/** `decodeMessage` for an observer beside a provider: null instead of throwing. */
export function peekMessage(data: Uint8Array): YjsMessage | null {
  try {
    return decodeMessage(data);
  } catch {
    return null;
  }
}
