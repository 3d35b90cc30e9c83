/**
 * Byte-level mutations of a valid frame, the way a fuzzer finds what a parser trusts: flip and
 * overwrite bytes, cut and repeat ranges, splice in varints with huge values, graft another frame.
 */
import * as encoding from 'lib0/encoding';
import type { Rng } from './fuzzRandom';

/** Values that overflow a length, a clock, a count or a client id somewhere. */
const HUGE_VALUES = [0x7f, 0xff, 0xffff, 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1];

function varint(value: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, value);
  return encoding.toUint8Array(encoder);
}

/** A varint that never ends or does not fit in 53 bits (lib0 must throw, not loop). */
function brokenVarint(rng: Rng): Uint8Array {
  return rng.chance(0.5)
    ? new Uint8Array(1 + rng.int(12)).fill(0xff)
    : Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

type Mutator = (
  frame: Uint8Array,
  rng: Rng,
  graft: () => Uint8Array,
  known: readonly number[],
) => Uint8Array;

const MUTATORS: Record<string, Mutator> = {
  flipBit(frame, rng) {
    if (frame.byteLength === 0) return frame;
    const out = frame.slice();
    out[rng.int(out.length)]! ^= 1 << rng.int(8);
    return out;
  },
  setByte(frame, rng) {
    if (frame.byteLength === 0) return Uint8Array.of(rng.int(256));
    const out = frame.slice();
    out[rng.int(out.length)] = rng.pick([0, 1, 2, 3, 0x7f, 0x80, 0xff, rng.int(256)]);
    return out;
  },
  truncate(frame, rng) {
    return frame.slice(0, rng.int(frame.byteLength + 1));
  },
  dropHead(frame, rng) {
    return frame.slice(1 + rng.int(Math.max(1, Math.min(8, frame.byteLength))));
  },
  deleteRange(frame, rng) {
    const at = rng.int(frame.byteLength + 1);
    return concat(frame.slice(0, at), frame.slice(at + 1 + rng.int(16)));
  },
  repeatRange(frame, rng) {
    const at = rng.int(frame.byteLength + 1);
    const piece = frame.slice(at, at + 1 + rng.int(32));
    const times = 1 + rng.int(rng.chance(0.1) ? 200 : 4);
    return concat(frame.slice(0, at), ...Array<Uint8Array>(times).fill(piece), frame.slice(at));
  },
  duplicate(frame) {
    return concat(frame, frame);
  },
  insertHugeVarint(frame, rng) {
    const at = rng.int(frame.byteLength + 1);
    const inserted = rng.chance(0.8) ? varint(rng.pick(HUGE_VALUES)) : brokenVarint(rng);
    return concat(frame.slice(0, at), inserted, frame.slice(at));
  },
  /** Replaces the varint starting at a random byte (a length, count, clock or client id). */
  replaceVarint(frame, rng) {
    if (frame.byteLength === 0) return varint(rng.pick(HUGE_VALUES));
    const at = rng.int(frame.byteLength);
    let end = at;
    while (end < frame.byteLength && frame[end]! & 0x80) end++;
    const value = rng.chance(0.7) ? rng.pick(HUGE_VALUES) : rng.int(4);
    return concat(frame.slice(0, at), varint(value), frame.slice(end + 1));
  },
  /**
   * Replaces a varint by a value the document really has (a client id, a clock): an item then
   * points at an existing item as its parent or origin, which decodes fine and may not apply.
   */
  replaceVarintWithKnown(frame, rng, _graft, known) {
    if (frame.byteLength === 0 || known.length === 0) return frame;
    const at = rng.int(frame.byteLength);
    let end = at;
    while (end < frame.byteLength && frame[end]! & 0x80) end++;
    return concat(frame.slice(0, at), varint(rng.pick(known)), frame.slice(end + 1));
  },
  graftTail(frame, rng, graft) {
    const other = graft();
    return concat(
      frame.slice(0, rng.int(frame.byteLength + 1)),
      other.slice(rng.int(other.length)),
    );
  },
  appendGarbage(frame, rng) {
    return concat(frame, rng.bytes(1 + rng.int(8)));
  },
};

const NAMES = Object.keys(MUTATORS);

/**
 * 1–3 mutations of `frame`; `applied` names them, for the report of a frame that did harm.
 * `known`: numbers worth splicing in (the board's client ids and clocks).
 */
export function mutateFrame(
  frame: Uint8Array,
  rng: Rng,
  graft: () => Uint8Array,
  known: readonly number[] = [],
): { bytes: Uint8Array; applied: string[] } {
  let bytes = frame;
  const applied: string[] = [];
  for (let i = 1 + rng.int(3); i > 0; i--) {
    const name = rng.pick(NAMES);
    bytes = MUTATORS[name]!(bytes, rng, graft, known);
    applied.push(name);
  }
  return { bytes, applied };
}
