/**
 * y-websocket frames for the fuzzer: valid sync step 1 / step 2 / update messages carrying real
 * Yjs updates of the board (the hostile replica's own edits, replays of the honest clients'
 * updates and of the whole board), valid and forged awareness updates, awareness queries; then,
 * most of the time, mutated (mutate.ts). Each frame is named, for the report.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import {
  YJS_MESSAGE,
  YJS_SYNC,
  encodeAwarenessMessage,
  encodeQueryAwarenessMessage,
} from '@orderlane/shared';
import type { Rng } from './fuzzRandom';
import { hostileEdit, type HostileReplica } from './hostileEdits';
import { mutateFrame } from './mutate';

export interface YjsFrameContext {
  /** The board as an honest replica holds it (read only). */
  model: Y.Doc;
  replica: HostileReplica;
  /** Real updates of the board seen lately (honest and hostile alike). */
  recentUpdates: readonly Uint8Array[];
  /** Awareness client ids of the honest clients, to forge. */
  honestClientIds: readonly number[];
  meetingIds: readonly string[];
  /** This connection reads nothing: ask for the whole board again and again. */
  unread?: boolean;
}

export interface Frame {
  kind: string;
  data: Uint8Array | string;
  /** Bytes sent in a text frame (they may not be valid UTF-8). */
  asText?: boolean;
}

/** Built by hand, not with yjsWire's encoders: the payload may be garbage on purpose. */
function syncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, YJS_MESSAGE.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

function awarenessMessage(entries: { clientId: number; clock: number; state: string }[]) {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, state);
  }
  return encodeAwarenessMessage(encoding.toUint8Array(inner));
}

function randomStateVector(rng: Rng, model: Y.Doc): Uint8Array {
  if (rng.chance(0.3)) return Y.encodeStateVector(model);
  if (rng.chance(0.3)) return Y.encodeStateVector(new Y.Doc());
  const encoder = encoding.createEncoder();
  const known = [...Y.decodeStateVector(Y.encodeStateVector(model)).keys()];
  const count = rng.int(5);
  encoding.writeVarUint(encoder, count);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(
      encoder,
      rng.chance(0.5) && known.length ? rng.pick(known) : rng.int(2 ** 32),
    );
    encoding.writeVarUint(encoder, rng.pick([0, 1, rng.int(1000), 2 ** 32 - 1, 2 ** 53 - 1]));
  }
  return encoding.toUint8Array(encoder);
}

function awarenessState(rng: Rng): string {
  switch (rng.int(7)) {
    case 0:
      return 'null';
    case 1:
      return '{';
    case 2:
      return JSON.stringify({ user: { name: 'x'.repeat(rng.int(60_000)), color: '#f00' } });
    case 3:
      return `${'['.repeat(2_000)}${']'.repeat(2_000)}`;
    case 4:
      return JSON.stringify({ __proto__: { admin: true }, drag: { cardId: 'nope', x: NaN } });
    case 5:
      return JSON.stringify(rng.int(1e9));
    default:
      return JSON.stringify({ user: { name: 'Mallory', userId: 'u1' }, cursor: rng.int(100) });
  }
}

/** A valid (unmutated) frame and its name. */
function validFrame(rng: Rng, ctx: YjsFrameContext): { kind: string; bytes: Uint8Array } {
  if (ctx.unread && rng.chance(0.5))
    return { kind: 'sync1(nothing, unread)', bytes: syncMessage(YJS_SYNC.step1, Uint8Array.of(0)) };
  const r = rng.int(100);
  if (r < 12)
    return { kind: 'sync1', bytes: syncMessage(YJS_SYNC.step1, randomStateVector(rng, ctx.model)) };
  if (r < 50) {
    const update = hostileEdit(ctx.replica, rng, ctx.meetingIds) ?? new Uint8Array([0, 0]);
    return {
      kind: 'update(own edit)',
      bytes: syncMessage(rng.chance(0.8) ? YJS_SYNC.update : YJS_SYNC.step2, update),
    };
  }
  if (r < 62 && ctx.recentUpdates.length > 0) {
    return {
      kind: 'update(replay)',
      bytes: syncMessage(YJS_SYNC.update, rng.pick(ctx.recentUpdates)),
    };
  }
  if (r < 66) {
    const since = rng.chance(0.5) ? Y.encodeStateVector(ctx.replica.doc) : undefined;
    return {
      kind: 'step2(whole board)',
      bytes: syncMessage(YJS_SYNC.step2, Y.encodeStateAsUpdate(ctx.model, since)),
    };
  }
  if (r < 88) {
    const forged = rng.chance(0.3) && ctx.honestClientIds.length > 0;
    const entries = Array.from({ length: 1 + rng.int(rng.chance(0.05) ? 300 : 3) }, () => ({
      clientId: forged
        ? rng.pick(ctx.honestClientIds)
        : rng.chance(0.5)
          ? ctx.replica.doc.clientID
          : rng.int(2 ** 32),
      clock: rng.pick([0, 1, rng.int(1_000), 2 ** 32 - 1, 2 ** 53 - 1]),
      state: awarenessState(rng),
    }));
    return { kind: forged ? 'awareness(forged)' : 'awareness', bytes: awarenessMessage(entries) };
  }
  if (r < 93) return { kind: 'queryAwareness', bytes: encodeQueryAwarenessMessage() };
  if (r < 96) return { kind: 'auth(type 2)', bytes: Uint8Array.of(YJS_MESSAGE.auth, 0) };
  return { kind: 'random bytes', bytes: rng.bytes(rng.int(64)) };
}

/** The next frame a hostile y-websocket connection sends. */
export function nextYjsFrame(rng: Rng, ctx: YjsFrameContext): Frame {
  if (rng.chance(0.01)) return { kind: 'text frame', data: 'hello' };
  const valid = validFrame(rng, ctx);
  if (rng.chance(0.45)) return { kind: valid.kind, data: valid.bytes };
  const stateVector = Y.decodeStateVector(Y.encodeStateVector(ctx.model));
  const known = [
    ...stateVector.keys(),
    ...[...stateVector.values()].map((clock) => rng.int(clock + 1)),
  ];
  const { bytes, applied } = mutateFrame(valid.bytes, rng, () => validFrame(rng, ctx).bytes, known);
  return { kind: `${valid.kind} ~ ${applied.join('+')}`, data: bytes };
}
