/** Meeting series through the real API, a seeded order board over real Yjs, and socket helpers. */
import * as Y from 'yjs';
import {
  addCard,
  isoDay,
  listColumns,
  listLanes,
  moveCard,
  type CardFields,
  type CardId,
  type ColumnId,
  type LaneId,
  type MeetingAck,
  type MeetingDto,
  type RoleKey,
  type StageKey,
} from '@orderlane/shared';
import { api, createBoard, type ServerLike } from './accounts';
import type { OrderlaneSocket } from './socketClient';
import { connectBoard, type BoardClient } from './yjsClient';

export const today = () => isoDay(new Date());

export interface SeededBoard {
  id: string;
  client: BoardClient;
  column(stage: StageKey): ColumnId;
  lane(role: RoleKey): LaneId;
  /** Adds a card through the live Yjs connection and waits for the server's echo. */
  add(stage: StageKey, role: RoleKey, fields?: Partial<CardFields>): Promise<CardId>;
  /** Drags a card to another cell, as a member would, and waits for the server's echo. */
  move(cardId: CardId, stage: StageKey, role: RoleKey): Promise<void>;
}

let cardCounter = 0;

export async function seededOrderBoard(server: ServerLike, cookie: string): Promise<SeededBoard> {
  const board = await createBoard(server, cookie, { title: 'Orders', kind: 'orders' });
  const client = connectBoard(server.url, board.id, { cookie, origin: server.origin });
  await client.waitForSync();
  const column = (stage: StageKey) => listColumns(client.doc).find((c) => c.stage === stage)!.id;
  const lane = (role: RoleKey) => listLanes(client.doc).find((l) => l.role === role)!.id;
  return {
    id: board.id,
    client,
    column,
    lane,
    async add(stage, role, fields = {}) {
      const id = `card${++cardCounter}x${Date.now().toString(36)}` as CardId;
      addCard(
        client.doc,
        {
          id,
          columnId: column(stage),
          laneId: lane(role),
          position: `V${cardCounter}`,
          createdBy: null,
          ...fields,
        },
        Date.now(),
      );
      await client.waitForAck();
      return id;
    },
    async move(cardId, stage, role) {
      const to = { columnId: column(stage), laneId: lane(role) };
      moveCard(client.doc, cardId, to, Math.random, Date.now());
      await client.waitForAck();
    },
  };
}

export async function createSeries(
  server: ServerLike,
  cookie: string,
  cadence: 'daily' | 'weekly' | 'monthly',
  sourceBoardIds: string[],
) {
  return createBoard(server, cookie, {
    title: `${cadence} meeting`,
    kind: 'meeting',
    cadence,
    sourceBoardIds,
  });
}

export async function createMeeting(
  server: ServerLike,
  cookie: string,
  seriesId: string,
  body: { date?: string; start?: boolean; facilitatorId?: string } = {},
): Promise<MeetingDto> {
  const res = await api<MeetingDto>(server, 'POST', `/api/boards/${seriesId}/meetings`, {
    cookie,
    body,
  });
  if (res.status !== 201 && res.status !== 200)
    throw new Error(`create meeting failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The API of one meeting: each `path` is under /api/boards/:seriesId/meetings/:meetingId. */
export function meetingApi(server: ServerLike, seriesId: string, meetingId: string) {
  return <T = unknown>(method: string, path: string, cookie: string, body?: unknown) =>
    api<T>(server, method, `/api/boards/${seriesId}/meetings/${meetingId}${path}`, {
      cookie,
      ...(body !== undefined ? { body } : {}),
    });
}

/** Emits a meeting event and resolves with its ack. */
export function emitMeeting(
  socket: OrderlaneSocket,
  event:
    | 'meeting:join'
    | 'meeting:advance'
    | 'meeting:goto'
    | 'meeting:lane'
    | 'meeting:handover'
    | 'meeting:pause',
  payload: unknown,
): Promise<MeetingAck> {
  return new Promise((resolve) =>
    (socket.emit as (e: string, p: unknown, ack: (r: MeetingAck) => void) => void)(
      event,
      payload,
      resolve,
    ),
  );
}

/** The server clock offset of this client, from one `meeting:time` round trip. */
export function serverTime(
  socket: OrderlaneSocket,
): Promise<{ sentAt: number; serverNow: number; receivedAt: number }> {
  const sentAt = Date.now();
  return new Promise((resolve) =>
    socket.emit('meeting:time', (serverNow) =>
      resolve({ sentAt, serverNow, receivedAt: Date.now() }),
    ),
  );
}

export { Y };
