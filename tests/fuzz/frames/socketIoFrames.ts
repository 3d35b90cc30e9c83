/**
 * engine.io / socket.io frames for the fuzzer, written by hand (not through socket.io-client, which
 * would refuse to send most of them): events of shared/src/protocol with valid and junk payloads,
 * unknown and reserved event names, binary attachments with wrong or huge counts, broken JSON,
 * stray engine.io and socket.io packet types; then, some of the time, mutated bytes.
 */
import type { Rng } from './fuzzRandom';
import { mutateFrame } from './mutate';
import type { Frame } from './yjsFrames';

export interface SocketIoFrameContext {
  boardIds: readonly string[];
  meetings: readonly { boardId: string; meetingId: string }[];
  userIds: readonly string[];
}

const PROTOCOL_EVENTS = [
  'presence:get',
  'board:join',
  'board:leave',
  'meeting:join',
  'meeting:leave',
  'meeting:advance',
  'meeting:goto',
  'meeting:lane',
  'meeting:handover',
  'meeting:pause',
  'meeting:time',
] as const;
/** Server-to-client names, names no handler has, and names socket.io reserves. */
const STRANGE_EVENTS = [
  'comment:created',
  'comment:create',
  'comment:deleted',
  'card:history',
  'presence:list',
  'meeting:state',
  'actionItem:assigned',
  'disconnect',
  'disconnecting',
  'connect',
  'error',
  'newListener',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  '',
  'x'.repeat(10_000),
];

function junk(rng: Rng, depth = 0): unknown {
  switch (rng.int(depth > 3 ? 5 : 8)) {
    case 0:
      return rng.pick([null, true, 0, -1, 1e308, 2 ** 53]);
    case 1:
      return rng.pick(['', 'a'.repeat(rng.int(8_000)), '../../etc', '\u0000', 'next']);
    case 2:
      return { _placeholder: true, num: rng.pick([0, 1, -1, 1e9, 'x']) };
    case 3:
      return { __proto__: { ok: true }, constructor: { prototype: 1 } };
    case 4:
      return rng.int(1000);
    case 5:
      return Array.from({ length: rng.int(6) }, () => junk(rng, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: 1 + rng.int(4) }, (_, i) => [`f${i}`, junk(rng, depth + 1)]),
      );
  }
}

/** A payload for a protocol event: a plausible one, a plausible one with one field junked, or junk. */
function payloadFor(event: string, rng: Rng, ctx: SocketIoFrameContext): unknown {
  if (event === 'board:join' || event === 'board:leave')
    return rng.chance(0.6) ? rng.pick(ctx.boardIds) : junk(rng);
  if (!event.startsWith('meeting:') || event === 'meeting:time') return junk(rng);
  const target =
    ctx.meetings.length > 0 ? rng.pick(ctx.meetings) : { boardId: 'x', meetingId: 'y' };
  const payload: Record<string, unknown> = {
    ...target,
    direction: rng.pick(['next', 'previous']),
    itemId: rng.chance(0.5) ? null : 'item1',
    sectionKey: rng.chance(0.5) ? null : rng.pick(['sourcing', 'qc', 'x'.repeat(300)]),
    userId: ctx.userIds.length > 0 ? rng.pick(ctx.userIds) : 'u',
    paused: rng.chance(0.5),
  };
  if (rng.chance(0.4)) payload[rng.pick(Object.keys(payload))] = junk(rng);
  return rng.chance(0.1) ? junk(rng) : payload;
}

function ackId(rng: Rng): string {
  if (rng.chance(0.3)) return '';
  return rng.pick([String(rng.int(1000)), String(2 ** 31), String(2 ** 53), '9'.repeat(25)]);
}

/** The frames of one socket.io packet (an event with binary attachments is several frames). */
function validPackets(rng: Rng, ctx: SocketIoFrameContext): { kind: string; frames: Frame[] } {
  const r = rng.int(100);
  if (r < 55) {
    const event = rng.chance(0.85) ? rng.pick(PROTOCOL_EVENTS) : rng.pick(STRANGE_EVENTS);
    const args = [event, payloadFor(event, rng, ctx)];
    if (rng.chance(0.1)) args.push(...Array.from({ length: rng.int(5) }, () => junk(rng)));
    return {
      kind: `event ${event.slice(0, 30)}`,
      frames: [{ kind: 'event', data: `42${ackId(rng)}${JSON.stringify(args)}` }],
    };
  }
  if (r < 70) {
    // Binary event: the JSON names N attachments; then 0..N+1 binary frames follow.
    const declared = rng.pick([1, 2, 0, 1000, 10_001, 2 ** 31, -1]);
    const event = rng.pick(PROTOCOL_EVENTS);
    const json = JSON.stringify([event, { _placeholder: true, num: rng.pick([0, 1, 5, -1]) }]);
    const sent = Math.min(4, Math.max(0, declared + rng.int(3) - 1));
    const frames: Frame[] = [{ kind: 'binary event', data: `45${declared}-${ackId(rng)}${json}` }];
    for (let i = 0; i < sent; i++)
      frames.push({ kind: 'attachment', data: rng.bytes(rng.int(2_000)) });
    return { kind: `binary event ${event} (${declared} declared, ${sent} sent)`, frames };
  }
  if (r < 80) {
    const broken = rng.pick([
      '42["board:join",',
      '42{',
      '42["meeting:join",{"boardId":',
      `42[${'['.repeat(5_000)}`,
      '42"just a string"',
      '42[]',
      '42[1,2,3]',
      '42null',
      `43${ackId(rng)}[1]`,
      '46',
    ]);
    return {
      kind: `malformed ${broken.slice(0, 24)}`,
      frames: [{ kind: 'malformed', data: broken }],
    };
  }
  const stray = rng.pick([
    '2',
    '3',
    '5',
    '6',
    '1',
    '7',
    '9',
    'x',
    '',
    'b4AAAA',
    '40',
    '40/admin,',
    '40{"token":1}',
    '41',
    '44{"message":"x"}',
    '47',
    '48',
    '4',
  ]);
  return { kind: `packet ${JSON.stringify(stray)}`, frames: [{ kind: 'stray', data: stray }] };
}

/** The next frames a hostile socket.io connection sends (after its handshake). */
export function nextSocketIoFrames(rng: Rng, ctx: SocketIoFrameContext): Frame[] {
  const packet = validPackets(rng, ctx);
  if (rng.chance(0.75))
    return packet.frames.map((f, i) => ({ ...f, kind: i === 0 ? packet.kind : f.kind }));
  // Mutate the first frame's bytes; send them as text (often invalid UTF-8) or as binary.
  const first = packet.frames[0]!;
  const bytes = typeof first.data === 'string' ? new TextEncoder().encode(first.data) : first.data;
  const { bytes: mutated, applied } = mutateFrame(bytes, rng, () => rng.bytes(rng.int(32)));
  const asText = rng.chance(0.7);
  return [
    {
      kind: `${packet.kind} ~ ${applied.join('+')}${asText ? '' : ' (as binary)'}`,
      data: mutated,
      asText,
    },
    ...packet.frames.slice(1),
  ];
}
