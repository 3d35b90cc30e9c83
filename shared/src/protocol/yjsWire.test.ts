/**
 * The wire format against y-protocols itself: what a stock y-websocket provider writes decodes
 * here, and what is encoded here a stock provider's sync handler reads.
 */
import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  PROTOCOL_VERSION,
  YJS_MESSAGE,
  decodeAwarenessEntries,
  decodeMessage,
  encodeAwarenessEntries,
  encodeAwarenessMessage,
  encodeQueryAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdateMessage,
  peekMessage,
  protocolVersionMismatch,
} from './yjsWire';

function docWith(key: string, value: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return doc;
}

/** A sync message as y-websocket writes it: its message type, then y-protocols' own writer. */
function providerMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('decodeMessage', () => {
  it('reads what a provider writes: step 1, step 2 and update', () => {
    const doc = docWith('k', 'v');
    const step1 = providerMessage((e) => syncProtocol.writeSyncStep1(e, doc));
    expect(decodeMessage(step1)).toEqual({
      type: 'syncStep1',
      stateVector: Y.encodeStateVector(doc),
    });
    const step2 = decodeMessage(providerMessage((e) => syncProtocol.writeSyncStep2(e, doc)));
    expect(step2).toMatchObject({ type: 'update', syncStep2: true });
    const update = Y.encodeStateAsUpdate(doc);
    expect(decodeMessage(providerMessage((e) => syncProtocol.writeUpdate(e, update)))).toEqual({
      type: 'update',
      update,
      syncStep2: false,
    });
  });

  it('round-trips awareness and query-awareness messages', () => {
    const payload = new Uint8Array([1, 2, 3]);
    expect(decodeMessage(encodeAwarenessMessage(payload))).toEqual({
      type: 'awareness',
      update: payload,
    });
    expect(decodeMessage(encodeQueryAwarenessMessage())).toEqual({ type: 'queryAwareness' });
  });

  it('throws on an unknown type, a bad state vector and trailing bytes', () => {
    expect(() => decodeMessage(new Uint8Array([YJS_MESSAGE.auth, 0]))).toThrow(/message type 2/);
    expect(() => decodeMessage(new Uint8Array([0, 7, 0]))).toThrow(/sync message type 7/);
    expect(() => decodeMessage(new Uint8Array([0, 0, 2, 0xff, 0xff]))).toThrow();
    const withTail = new Uint8Array([...encodeUpdateMessage(new Uint8Array([0, 0])), 9]);
    expect(() => decodeMessage(withTail)).toThrow(/trailing/);
  });
});

describe('peekMessage', () => {
  it('answers null instead of throwing', () => {
    expect(peekMessage(new Uint8Array([0, 7, 0]))).toBeNull();
    expect(peekMessage(new Uint8Array([0x80]))).toBeNull();
    expect(peekMessage(new Uint8Array([]))).toBeNull();
  });
});

describe('encoders', () => {
  it('answer a step 1 with exactly what the other side lacks, as a provider reads it', () => {
    const server = docWith('a', 'server');
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    client.getMap('m').set('b', 'client');
    const ask = decodeMessage(encodeSyncStep1(client));
    if (ask.type !== 'syncStep1') throw new Error(ask.type);

    const answer = encodeSyncStep2(client, Y.encodeStateVector(server));
    const decoder = decoding.createDecoder(answer);
    expect(decoding.readVarUint(decoder)).toBe(YJS_MESSAGE.sync);
    const reply = encoding.createEncoder();
    syncProtocol.readSyncMessage(decoder, reply, server, 'test');
    expect(server.getMap('m').toJSON()).toEqual({ a: 'server', b: 'client' });
    expect(Y.decodeStateVector(ask.stateVector)).toEqual(
      Y.decodeStateVector(Y.encodeStateVector(client)),
    );
  });
});

describe('awareness entries', () => {
  it('read what y-protocols writes, and write what it applies', () => {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ user: { name: 'Ada' } });
    const entries = decodeAwarenessEntries(
      awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]),
    );
    expect(entries).toEqual([
      { clientId: doc.clientID, clock: expect.any(Number), state: { user: { name: 'Ada' } } },
    ]);

    const other = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(
      other,
      encodeAwarenessEntries([{ clientId: 77, clock: 1, state: { user: { name: 'Bo' } } }]),
      'test',
    );
    expect(other.getStates().get(77)).toEqual({ user: { name: 'Bo' } });
    awareness.destroy();
    other.destroy();
  });

  it('throws on a state that is not JSON', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 5);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, '{not json');
    expect(() => decodeAwarenessEntries(encoding.toUint8Array(encoder))).toThrow();
  });
});

describe('protocolVersionMismatch', () => {
  it('serves a client that sends the version or none, and names both versions otherwise', () => {
    expect(protocolVersionMismatch(String(PROTOCOL_VERSION))).toBeNull();
    expect(protocolVersionMismatch(null)).toBeNull();
    expect(protocolVersionMismatch(String(PROTOCOL_VERSION + 1))).toBe(
      `protocol version ${PROTOCOL_VERSION} expected, got ${PROTOCOL_VERSION + 1}`,
    );
    expect(protocolVersionMismatch('')).toBe(
      `protocol version ${PROTOCOL_VERSION} expected, got none`,
    );
  });

  it('checks against the version a server says it speaks (a newer one after a deploy)', () => {
    const newer = PROTOCOL_VERSION + 1;
    expect(protocolVersionMismatch(String(newer), newer)).toBeNull();
    expect(protocolVersionMismatch(null, newer)).toBeNull();
    expect(protocolVersionMismatch(String(PROTOCOL_VERSION), newer)).toBe(
      `protocol version ${newer} expected, got ${PROTOCOL_VERSION}`,
    );
  });

  it('keeps the reason within a close frame however long the parameter', () => {
    const reason = protocolVersionMismatch('9'.repeat(500))!;
    expect(reason.length).toBeLessThanOrEqual(123);
  });
});
