/**
 * One board check for every transport: HTTP routes, socket.io events and the Yjs upgrade answer
 * a board of another workspace, an unknown id and a malformed id alike (not found: a board's
 * existence is never revealed), and treat an archived board as read-only — readable over HTTP
 * and socket.io, refused for writing, and not opened live.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YJS_PATH, type Ack, type BoardDto } from '@orderlane/shared';
import { addMember, api, createBoard, registerAccount } from '../support/accounts';
import { createMeeting, createSeries, emitMeeting } from '../support/meetings';
import { startTestServer, type TestServer } from '../support/server';
import { connectSocket, waitForConnect, type OrderlaneSocket } from '../support/socketClient';

type Account = Awaited<ReturnType<typeof registerAccount>>;

let server: TestServer;
let admin: Account;
let viewer: Account;
let outsider: Account;
let orders: BoardDto;
let series: BoardDto;
let meetingId: string;
let archivedOrders: BoardDto;
let archivedSeries: BoardDto;
let archivedMeetingId: string;
const sockets: OrderlaneSocket[] = [];

const CARD = 'somecard0000001';
const UNKNOWN = 'nosuchboard00001';
const MALFORMED = 'x'.repeat(65);

beforeAll(async () => {
  server = await startTestServer({ clientDist: null });
  admin = await registerAccount(server, { name: 'Ada Admin' });
  viewer = await addMember(server, admin.cookie, 'qc', 'viewer', 'Vic Viewer');
  outsider = await registerAccount(server, { name: 'Olga Outsider' });
  orders = await createBoard(server, admin.cookie, { title: 'Orders', kind: 'orders' });
  series = await createSeries(server, admin.cookie, 'weekly', [orders.id]);
  meetingId = (await createMeeting(server, admin.cookie, series.id)).id;
  archivedOrders = await createBoard(server, admin.cookie, { title: 'Old', kind: 'orders' });
  archivedSeries = await createSeries(server, admin.cookie, 'daily', []);
  archivedMeetingId = (await createMeeting(server, admin.cookie, archivedSeries.id)).id;
  for (const board of [archivedOrders, archivedSeries]) {
    const res = await api(server, 'DELETE', `/api/boards/${board.id}`, { cookie: admin.cookie });
    expect(res.status).toBe(200);
  }
});

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await server?.close();
});

async function socketOf(cookie: string): Promise<OrderlaneSocket> {
  const socket = connectSocket(server.url, { cookie, origin: server.origin });
  sockets.push(socket);
  await waitForConnect(socket);
  return socket;
}

function boardJoin(socket: OrderlaneSocket, boardId: string): Promise<Ack> {
  return new Promise((resolve) => socket.emit('board:join', boardId, resolve));
}

/** A WebSocket upgrade of `/yjs/:boardId`: 101, or the refusal's status and body. */
function yjsUpgrade(cookie: string, boardId: string): Promise<{ status: number; code?: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url);
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: `${YJS_PATH}/${boardId}`,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        'Sec-WebSocket-Version': '13',
        Origin: server.origin,
        Cookie: cookie,
      },
    });
    req.on('upgrade', (_res, socket) => {
      socket.destroy();
      resolve({ status: 101 });
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        const parsed = JSON.parse(body) as { error: { code: string } };
        resolve({ status: res.statusCode ?? 0, code: parsed.error.code });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Who asks for which board id, for the three ways a board is not there. */
const absent = () => [
  {
    name: 'a board of another workspace',
    cookie: outsider.cookie,
    orders: orders.id,
    series: series.id,
  },
  { name: 'an unknown id', cookie: admin.cookie, orders: UNKNOWN, series: UNKNOWN },
  { name: 'a malformed id', cookie: admin.cookie, orders: MALFORMED, series: MALFORMED },
];

describe('a board that is not there for the caller', () => {
  it('is 404 not_found on every HTTP route', async () => {
    for (const c of absent()) {
      const routes: [string, string][] = [
        ['GET', `/api/boards/${c.orders}`],
        ['PATCH', `/api/boards/${c.orders}`],
        ['DELETE', `/api/boards/${c.orders}`],
        ['GET', `/api/boards/${c.orders}/cards/${CARD}/history`],
        ['POST', `/api/boards/${c.orders}/cards/${CARD}/comments`],
        ['GET', `/api/boards/${c.orders}/cards/${CARD}/action-items`],
        ['GET', `/api/boards/${c.series}/meetings`],
        ['POST', `/api/boards/${c.series}/meetings`],
      ];
      for (const [method, path] of routes) {
        const res = await api<{ error: { code: string } }>(server, method, path, {
          cookie: c.cookie,
          body: method === 'GET' || method === 'DELETE' ? undefined : { body: 'hi', title: 'x' },
        });
        expect({ route: `${method} ${path}`, of: c.name, status: res.status }).toEqual({
          route: `${method} ${path}`,
          of: c.name,
          status: 404,
        });
        expect(res.body.error.code).toBe('not_found');
      }
    }
  });

  it('is a not_found ack over socket.io (a malformed id is a bad request there)', async () => {
    for (const c of absent()) {
      const socket = await socketOf(c.cookie);
      const expected = c.orders === MALFORMED ? 'bad_request' : 'not_found';
      expect(await boardJoin(socket, c.orders), c.name).toMatchObject({
        ok: false,
        error: { code: expected },
      });
      for (const event of ['meeting:join', 'meeting:advance'] as const) {
        const payload = { boardId: c.series, meetingId, direction: 'next' };
        expect(await emitMeeting(socket, event, payload), `${event} ${c.name}`).toMatchObject({
          ok: false,
          error: { code: expected },
        });
      }
      expect(socket.connected).toBe(true);
    }
  });

  it('is a 404 refusal of the Yjs upgrade', async () => {
    for (const c of absent()) {
      expect(await yjsUpgrade(c.cookie, c.orders), c.name).toEqual({
        status: 404,
        code: 'not_found',
      });
    }
    // The same caller is admitted to a board that is there: the refusals above are the board's.
    expect(await yjsUpgrade(admin.cookie, orders.id)).toEqual({ status: 101 });
  });
});

describe('an archived board', () => {
  it('is read over HTTP but not written', async () => {
    const read = await api<BoardDto>(server, 'GET', `/api/boards/${archivedOrders.id}`, {
      cookie: admin.cookie,
    });
    expect(read.body).toMatchObject({ id: archivedOrders.id, archived: true });
    const history = await api(
      server,
      'GET',
      `/api/boards/${archivedOrders.id}/cards/${CARD}/history`,
      { cookie: admin.cookie },
    );
    expect(history.status).toBe(200);
    const meetings = await api(server, 'GET', `/api/boards/${archivedSeries.id}/meetings`, {
      cookie: admin.cookie,
    });
    expect(meetings.status).toBe(200);

    const writes: [string, unknown][] = [
      [`/api/boards/${archivedOrders.id}/cards/${CARD}/comments`, { body: 'too late' }],
      [`/api/boards/${archivedSeries.id}/meetings`, {}],
      [`/api/boards/${archivedSeries.id}/meetings/${archivedMeetingId}/start`, {}],
    ];
    for (const [path, body] of writes) {
      const res = await api(server, 'POST', path, { cookie: admin.cookie, body });
      expect({ path, status: res.status, body: res.body }).toMatchObject({
        path,
        status: 403,
        body: { error: { code: 'forbidden', details: { reason: 'archived' } } },
      });
    }
  });

  it('is joined over socket.io to read, but its meeting is not run', async () => {
    const socket = await socketOf(admin.cookie);
    expect(await boardJoin(socket, archivedOrders.id)).toEqual({ ok: true });
    const target = { boardId: archivedSeries.id, meetingId: archivedMeetingId };
    expect((await emitMeeting(socket, 'meeting:join', target)).ok).toBe(true);
    expect(
      await emitMeeting(socket, 'meeting:advance', { ...target, direction: 'next' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('is refused at the Yjs upgrade with 403 archived', async () => {
    expect(await yjsUpgrade(admin.cookie, archivedOrders.id)).toEqual({
      status: 403,
      code: 'archived',
    });
  });

  it('is restored by a writer, not by a viewer', async () => {
    const board = await createBoard(server, admin.cookie, { title: 'Restore me', kind: 'orders' });
    await api(server, 'DELETE', `/api/boards/${board.id}`, { cookie: admin.cookie });
    const refused = await api(server, 'PATCH', `/api/boards/${board.id}`, {
      cookie: viewer.cookie,
      body: { archived: false },
    });
    expect(refused.status).toBe(403);
    const restored = await api<BoardDto>(server, 'PATCH', `/api/boards/${board.id}`, {
      cookie: admin.cookie,
      body: { archived: false },
    });
    expect(restored.body.archived).toBe(false);
    expect(await yjsUpgrade(admin.cookie, board.id)).toEqual({ status: 101 });
  });
});

describe('a viewer', () => {
  it('reads a board of the workspace live and over HTTP, but writes nothing', async () => {
    expect(await yjsUpgrade(viewer.cookie, orders.id)).toEqual({ status: 101 });
    const socket = await socketOf(viewer.cookie);
    expect(await boardJoin(socket, orders.id)).toEqual({ ok: true });
    const advance = await emitMeeting(socket, 'meeting:advance', {
      boardId: series.id,
      meetingId,
      direction: 'next',
    });
    expect(advance).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const comment = await api(server, 'POST', `/api/boards/${orders.id}/cards/${CARD}/comments`, {
      cookie: viewer.cookie,
      body: { body: 'hello' },
    });
    expect(comment.status).toBe(403);
  });
});
