/**
 * Reads a y-protocols sync message without consuming it, so the board connection learns what the
 * server stores while y-websocket handles the message as usual. The server's echo of our own
 * update changes nothing in the document and so fires no `update` event: the message itself is
 * the only place an acknowledgement can be seen.
 */
import * as Y from 'yjs';

const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type PeekedSyncMessage =
  | { type: 'stateVector'; stateVector: Map<number, number> }
  | { type: 'update'; update: Uint8Array };

function readVarUint(bytes: Uint8Array, start: number): [value: number, next: number] | null {
  let value = 0;
  let multiplier = 1;
  for (let pos = start; pos < bytes.length && pos < start + 8; pos++) {
    const byte = bytes[pos]!;
    value += (byte & 0x7f) * multiplier;
    if (byte < 0x80) return [value, pos + 1];
    multiplier *= 128;
  }
  return null;
}

/** `bytes` from `pos` on is a sync message (after y-websocket's message type). */
export function peekSyncMessage(bytes: Uint8Array, pos: number): PeekedSyncMessage | null {
  const type = readVarUint(bytes, pos);
  if (!type) return null;
  const length = readVarUint(bytes, type[1]);
  if (!length || length[1] + length[0] > bytes.length) return null;
  const payload = bytes.subarray(length[1], length[1] + length[0]);
  try {
    if (type[0] === SYNC_STEP_1)
      return { type: 'stateVector', stateVector: Y.decodeStateVector(payload) };
    if (type[0] === SYNC_STEP_2 || type[0] === SYNC_UPDATE)
      return { type: 'update', update: payload };
  } catch {
    // Not ours to judge: y-websocket reports malformed messages itself.
  }
  return null;
}
