/** Boards over the real HTTP API: CRUD, the initial document, isolation, access and bad input. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  ID_PATTERN,
  listColumns,
  listLanes,
  readMeta,
  ROLES,
  STAGE_KEYS,
  type ApiError,
  type BoardDto,
} from '@orderlane/shared';
import { addMember, api, createBoard, registerAccount } from '../support/accounts';
import { serverPerFile, startTestServer, tempDir } from '../support/server';

const server = serverPerFile({ clientDist: null });
let admin: Awaited<ReturnType<typeof registerAccount>>;
beforeAll(async () => {
  admin = await registerAccount(server, { name: 'Board Admin' });
});

const errorOf = (body: unknown) => (body as ApiError).error;

async function storedDoc(boardId: string): Promise<Y.Doc> {
  const stored = await server.storage.documents.load(boardId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

describe('boards', () => {
  it('creates an order board whose document has the stages as columns and departments as lanes', async () => {
    const board = await createBoard(server, admin.cookie, {
      title: 'Export orders',
      kind: 'orders',
    });
    expect(board).toMatchObject({
      title: 'Export orders',
      kind: 'orders',
      cadence: null,
      sourceBoardIds: [],
      archived: false,
    });
    expect(board.id).toMatch(ID_PATTERN);

    const doc = await storedDoc(board.id);
    expect(readMeta(doc)).toEqual({ title: 'Export orders', kind: 'orders' });
    const columns = listColumns(doc);
    expect(columns.map((c) => c.stage)).toEqual([...STAGE_KEYS]);
    expect(columns).toHaveLength(11);
    expect(columns[0]).toMatchObject({ title: 'Inquiry', slaHours: 24 });
    const lanes = listLanes(doc);
    expect(lanes).toHaveLength(8);
    expect(lanes.map((l) => l.role)).toEqual(ROLES.filter((r) => r.lane).map((r) => r.key));
  });

  it('writes the initial document in the creator’s locale', async () => {
    const board = await createBoard(server, admin.cookie, {
      title: '订单',
      kind: 'orders',
      locale: 'zh',
    });
    const doc = await storedDoc(board.id);
    expect(listColumns(doc).map((c) => c.title)).toEqual(expect.arrayContaining(['询盘', '收汇']));
    expect(listLanes(doc)[0]!.title).toBe('业务');
  });

  it('creates a meeting board with its cadence and source boards', async () => {
    const orders = await createBoard(server, admin.cookie, { title: 'Source', kind: 'orders' });
    const meeting = await createBoard(server, admin.cookie, {
      title: 'Weekly review',
      kind: 'meeting',
      cadence: 'weekly',
      sourceBoardIds: [orders.id],
    });
    expect(meeting).toMatchObject({
      kind: 'meeting',
      cadence: 'weekly',
      sourceBoardIds: [orders.id],
    });
    const doc = await storedDoc(meeting.id);
    expect(readMeta(doc)).toEqual({ title: 'Weekly review', kind: 'meeting', cadence: 'weekly' });
    expect(listColumns(doc)).toEqual([]);

    const noCadence = await api(server, 'POST', '/api/boards', {
      cookie: admin.cookie,
      body: { title: 'Standup', kind: 'meeting' },
    });
    expect(noCadence.status).toBe(400);
    const badSource = await api(server, 'POST', '/api/boards', {
      cookie: admin.cookie,
      body: { title: 'M', kind: 'meeting', cadence: 'daily', sourceBoardIds: ['nonexistent'] },
    });
    expect(badSource.status).toBe(400);
  });

  it('lists, reads, renames and archives', async () => {
    const board = await createBoard(server, admin.cookie, { title: 'Q3', kind: 'orders' });
    const list = await api<BoardDto[]>(server, 'GET', '/api/boards', { cookie: admin.cookie });
    expect(list.status).toBe(200);
    expect(list.body.map((b) => b.id)).toContain(board.id);

    const read = await api<BoardDto>(server, 'GET', `/api/boards/${board.id}`, {
      cookie: admin.cookie,
    });
    expect(read.body).toEqual(board);

    const renamed = await api<BoardDto>(server, 'PATCH', `/api/boards/${board.id}`, {
      cookie: admin.cookie,
      body: { title: 'Q3 orders' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: board.id, title: 'Q3 orders', archived: false });
    // The document's own title follows, stored before the answer.
    expect(readMeta(await storedDoc(board.id)).title).toBe('Q3 orders');

    const archived = await api<BoardDto>(server, 'DELETE', `/api/boards/${board.id}`, {
      cookie: admin.cookie,
    });
    expect(archived.status).toBe(200);
    expect(archived.body.archived).toBe(true);
    const after = await api<BoardDto>(server, 'GET', `/api/boards/${board.id}`, {
      cookie: admin.cookie,
    });
    expect(after.body).toMatchObject({ title: 'Q3 orders', archived: true });
    // Archived, not deleted: the document is still there.
    expect(listColumns(await storedDoc(board.id))).toHaveLength(11);

    const restored = await api<BoardDto>(server, 'PATCH', `/api/boards/${board.id}`, {
      cookie: admin.cookie,
      body: { archived: false },
    });
    expect(restored.body.archived).toBe(false);
    expect((await api(server, 'GET', '/api/boards/nope', { cookie: admin.cookie })).status).toBe(
      404,
    );
  });

  it('a viewer reads but cannot create, rename or archive (403); a member can', async () => {
    const board = await createBoard(server, admin.cookie, { title: 'Shared', kind: 'orders' });
    const viewer = await addMember(server, admin.cookie, 'qc', 'viewer');
    const member = await addMember(server, admin.cookie, 'sales', 'member');

    const list = await api<BoardDto[]>(server, 'GET', '/api/boards', { cookie: viewer.cookie });
    expect(list.body.map((b) => b.id)).toContain(board.id);
    expect(
      (await api(server, 'GET', `/api/boards/${board.id}`, { cookie: viewer.cookie })).status,
    ).toBe(200);

    const attempts = [
      api(server, 'POST', '/api/boards', {
        cookie: viewer.cookie,
        body: { title: 'Mine', kind: 'orders' },
      }),
      api(server, 'PATCH', `/api/boards/${board.id}`, {
        cookie: viewer.cookie,
        body: { title: 'Hacked' },
      }),
      api(server, 'DELETE', `/api/boards/${board.id}`, { cookie: viewer.cookie }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(403);
      expect(errorOf(res.body).code).toBe('forbidden');
    }
    expect(await server.storage.boards.get(board.id)).toMatchObject({
      title: 'Shared',
      archived: false,
    });

    const created = await createBoard(server, member.cookie, {
      title: 'By member',
      kind: 'orders',
    });
    expect(created.title).toBe('By member');
  });

  it('isolates workspaces: another workspace sees an empty list and 404 on every board route', async () => {
    const board = await createBoard(server, admin.cookie, { title: 'Secret', kind: 'orders' });
    const outsider = await registerAccount(server, { name: 'Outsider' });
    expect(outsider.me.workspace.id).not.toBe(admin.me.workspace.id);

    const list = await api<BoardDto[]>(server, 'GET', '/api/boards', { cookie: outsider.cookie });
    expect(list.status).toBe(200);
    expect(list.body).toEqual([]);
    const attempts = [
      api(server, 'GET', `/api/boards/${board.id}`, { cookie: outsider.cookie }),
      api(server, 'PATCH', `/api/boards/${board.id}`, {
        cookie: outsider.cookie,
        body: { title: 'Mine' },
      }),
      api(server, 'DELETE', `/api/boards/${board.id}`, { cookie: outsider.cookie }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(404);
      expect(errorOf(res.body).code).toBe('not_found');
    }
    // Nor may a meeting board draw on another workspace's order board.
    const meeting = await api(server, 'POST', '/api/boards', {
      cookie: outsider.cookie,
      body: { title: 'Spy', kind: 'meeting', cadence: 'daily', sourceBoardIds: [board.id] },
    });
    expect(meeting.status).toBe(400);
    expect(await server.storage.boards.get(board.id)).toMatchObject({
      title: 'Secret',
      archived: false,
    });
    const members = await api<unknown[]>(server, 'GET', '/api/members', {
      cookie: outsider.cookie,
    });
    expect(members.body).toHaveLength(1);
  });
});

describe('bad input and bad requests', () => {
  it('answers malformed JSON, wrong types, unknown fields and oversized bodies with 4xx JSON', async () => {
    const cookie = admin.cookie;
    const cases: {
      raw?: string;
      body?: unknown;
      contentType?: string;
      status: number;
      code: string;
    }[] = [
      { raw: '{"title": "x",', status: 400, code: 'bad_request' },
      { body: { title: 42, kind: 'orders' }, status: 400, code: 'bad_request' },
      { body: { title: 'x', kind: 'spreadsheet' }, status: 400, code: 'bad_request' },
      { body: { title: 'x', kind: 'orders', owner: 'me' }, status: 400, code: 'bad_request' },
      { body: { title: '   ', kind: 'orders' }, status: 400, code: 'bad_request' },
      { raw: 'title=x', contentType: 'text/plain', status: 400, code: 'bad_request' },
      { raw: 'null', status: 400, code: 'bad_request' },
      { body: { title: 'x'.repeat(70_000), kind: 'orders' }, status: 413, code: 'too_large' },
    ];
    const before = (await server.storage.boards.list(admin.me.workspace.id)).length;
    for (const c of cases) {
      const res = await api<ApiError>(server, 'POST', '/api/boards', {
        cookie,
        ...(c.raw !== undefined ? { rawBody: c.raw } : { body: c.body }),
        ...(c.contentType ? { contentType: c.contentType } : {}),
      });
      expect(res.status, JSON.stringify(c).slice(0, 80)).toBe(c.status);
      expect(res.body.error.code).toBe(c.code);
      expect(typeof res.body.error.message).toBe('string');
    }
    const wrongType = await api<ApiError>(server, 'POST', '/api/boards', {
      cookie,
      body: { title: 42, kind: 'orders' },
    });
    expect(wrongType.body.error.details).toEqual([expect.objectContaining({ path: ['title'] })]);
    expect((await server.storage.boards.list(admin.me.workspace.id)).length).toBe(before);
    // The server is still fine.
    expect((await api(server, 'GET', '/api/health')).body).toEqual({ ok: true });
  });

  it('refuses a state-changing request from a foreign Origin with 403 bad_origin', async () => {
    const res = await api<ApiError>(server, 'POST', '/api/boards', {
      cookie: admin.cookie,
      origin: 'https://evil.example',
      body: { title: 'CSRF', kind: 'orders' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('bad_origin');
    const login = await api(server, 'POST', '/api/auth/login', {
      origin: 'http://localhost:1',
      body: { email: admin.email, password: admin.password },
    });
    expect(login.status).toBe(403);
    // Reads are not state-changing; a client without Origin (curl, scripts) may write.
    expect(
      (
        await api(server, 'GET', '/api/boards', {
          cookie: admin.cookie,
          origin: 'https://evil.example',
        })
      ).status,
    ).toBe(200);
    const noOrigin = await api(server, 'POST', '/api/boards', {
      cookie: admin.cookie,
      origin: null,
      body: { title: 'From a script', kind: 'orders' },
    });
    expect(noOrigin.status).toBe(201);
  });

  it('allows origins listed in allowedOrigins', async () => {
    const other = await startTestServer({
      clientDist: null,
      allowedOrigins: ['https://app.example'],
    });
    try {
      const res = await api(other, 'POST', '/api/auth/register', {
        origin: 'https://app.example',
        body: { name: 'Ok', email: 'ok@example.test', password: 'long enough pw' },
      });
      expect(res.status).toBe(201);
      const evil = await api(other, 'POST', '/api/auth/register', {
        origin: 'https://evil.example',
        body: { name: 'No', email: 'no@example.test', password: 'long enough pw' },
      });
      expect(evil.status).toBe(403);
    } finally {
      await other.close();
    }
  });

  it('answers unknown API routes with a 404 JSON error and sets security headers', async () => {
    const res = await api<ApiError>(server, 'GET', '/api/nothing-here', { cookie: admin.cookie });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    const health = await api(server, 'GET', '/api/health');
    expect(health.body).toEqual({ ok: true });
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(health.headers.get('content-security-policy')).toMatch(/connect-src 'self' ws: wss:/);
    expect(health.headers.get('referrer-policy')).toBeTruthy();
  });
});

describe('the built client', () => {
  it('serves index.html for client routes, assets as files, and never for /api', async () => {
    const dist = tempDir('orderlane-dist-');
    mkdirSync(path.join(dist.dir, 'assets'));
    writeFileSync(path.join(dist.dir, 'index.html'), '<!doctype html><title>Orderlane</title>');
    writeFileSync(path.join(dist.dir, 'assets', 'app-123.js'), 'console.log(1)');
    const withClient = await startTestServer({ clientDist: dist.dir });
    try {
      for (const route of ['/', '/boards/abc', '/register?invite=x']) {
        const res = await fetch(`${withClient.url}${route}`);
        expect(res.status).toBe(200);
        expect(await res.text()).toContain('<title>Orderlane</title>');
      }
      const asset = await fetch(`${withClient.url}/assets/app-123.js`);
      expect(await asset.text()).toBe('console.log(1)');
      expect(asset.headers.get('cache-control')).toMatch(/immutable/);
      const apiMiss = await fetch(`${withClient.url}/api/boards/x/y/z`);
      expect(apiMiss.status).toBe(404);
      expect(apiMiss.headers.get('content-type')).toMatch(/json/);
      expect((await fetch(`${withClient.url}/yjs/abc`)).status).not.toBe(200);
    } finally {
      await withClient.close();
      dist.remove();
    }
  });
});
