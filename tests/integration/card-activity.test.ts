/**
 * Comments, mentions, notifications, follows and card history against a real server (SQLite),
 * real y-websocket providers and real socket.io clients.
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { listColumns, listLanes } from '@orderlane/shared';
import { api } from '../support/accounts';
import { waitFor } from '../support/yjsClient';
import {
  addCardVia,
  cardMap,
  cardPath,
  comment,
  inbox,
  inboxHas,
  teamPerFile,
  openBoard,
  openSocket,
  timeline,
} from '../support/cardActivity';

const workspace = teamPerFile({ sqliteDirPrefix: 'orderlane-activity-' });
const { server } = workspace;

describe('mentions and notifications', () => {
  it('a role mention notifies every member of the role and not the author', async () => {
    const { board, log1, log2, merch } = workspace.team;
    const client = await openBoard(server, board.id, merch);
    const cardId = await addCardVia(client, 'PO-1001 booking');
    const res = await comment(server, log1, board.id, cardId, {
      body: '@{role:logistics} who books the container?',
    });
    expect(res.status).toBe(201);
    const got = await inboxHas(server, log2, (n) => n.commentId === res.body.id);
    expect(got).toMatchObject({
      kind: 'mention',
      source: 'comment',
      actorId: log1.id,
      actorName: '王小明',
      cardTitle: 'PO-1001 booking',
      boardId: board.id,
      cardId,
    });
    // The author is a logistics member too, and hears nothing of their own comment.
    expect((await inbox(server, log1)).items.some((n) => n.commentId === res.body.id)).toBe(false);
  });

  it('a user mention reaches only that user’s sockets (two users, two sockets each)', async () => {
    const { board, fin, log2, merch } = workspace.team;
    const client = await openBoard(server, board.id, merch);
    const cardId = await addCardVia(client, 'PO-1002 deposit');
    const fins = [await openSocket(server, fin), await openSocket(server, fin)];
    const logs = [await openSocket(server, log2), await openSocket(server, log2)];
    const first = await comment(server, merch, board.id, cardId, {
      body: '@{user:' + fin.id + '} deposit received?',
    });
    expect(first.status).toBe(201);
    for (const s of fins)
      await waitFor(() => s.notifications.some((n) => n.commentId === first.body.id));
    // A marker for log2, sent after: sockets deliver in order, so had the first reached log2 it
    // would have arrived before the marker.
    // (On another card: fin follows this one now, being mentioned on it.)
    const otherCard = await addCardVia(client, 'PO-1002b booking');
    const marker = await comment(server, merch, board.id, otherCard, {
      body: '@{user:' + log2.id + '} and the booking?',
    });
    for (const s of logs)
      await waitFor(() => s.notifications.some((n) => n.commentId === marker.body.id));
    for (const s of logs) expect(s.notifications.map((n) => n.commentId)).toEqual([marker.body.id]);
    for (const s of fins)
      expect(s.notifications.filter((n) => n.commentId === marker.body.id)).toEqual([]);
  });

  it('a notification created while a user is offline is in their list on return, and can be read', async () => {
    const { board, manager, merch } = workspace.team;
    const client = await openBoard(server, board.id, merch);
    const cardId = await addCardVia(client, 'PO-1003 approval');
    const before = (await inbox(server, manager)).unread;
    const res = await comment(server, merch, board.id, cardId, {
      body: 'please approve @{role:manager}',
    });
    const got = await inboxHas(server, manager, (n) => n.commentId === res.body.id);
    const list = await inbox(server, manager);
    expect(list.unread).toBe(before + 1);
    expect(got.readAt).toBeNull();
    // Someone else cannot mark it read.
    const other = await api(server, 'POST', '/api/notifications/read', {
      cookie: merch.cookie,
      body: { ids: [got.id] },
    });
    expect(other.status).toBe(200);
    expect((await inbox(server, manager)).unread).toBe(before + 1);
    const read = await api<{ unread: number }>(server, 'POST', '/api/notifications/read', {
      cookie: manager.cookie,
      body: { ids: [got.id] },
    });
    expect(read.body).toEqual({ unread: before });
    const all = await api<{ unread: number }>(server, 'POST', '/api/notifications/read', {
      cookie: manager.cookie,
      body: { all: true },
    });
    expect(all.body).toEqual({ unread: 0 });
  });

  it('another workspace’s user can neither be mentioned nor see anything', async () => {
    const { board, fin, merch, outsider } = workspace.team;
    const client = await openBoard(server, board.id, merch);
    const cardId = await addCardVia(client, 'PO-1004 secret');
    const outsiderSocket = await openSocket(server, outsider);
    const res = await comment(server, merch, board.id, cardId, {
      body: `@{user:${outsider.id}} @{user:${fin.id}} hello`,
    });
    expect(res.status).toBe(201);
    await inboxHas(server, fin, (n) => n.commentId === res.body.id);
    expect((await inbox(server, outsider)).items).toEqual([]);
    expect(outsiderSocket.notifications).toEqual([]);
    expect(outsiderSocket.comments).toEqual([]);
    for (const [method, path] of [
      ['GET', `${cardPath(board.id, cardId)}/comments`],
      ['POST', `${cardPath(board.id, cardId)}/comments`],
      ['GET', `${cardPath(board.id, cardId)}/history`],
      ['POST', `${cardPath(board.id, cardId)}/follow`],
    ] as const) {
      const r = await api(server, method, path, {
        cookie: outsider.cookie,
        body: method === 'POST' ? { body: 'hi' } : undefined,
      });
      expect(r.status, `${method} ${path}`).toBe(404);
    }
  });

  it('a description mention is attributed to the connection that typed it', async () => {
    const { board, log1, log2, merch } = workspace.team;
    const client = await openBoard(server, board.id, merch);
    const cardId = await addCardVia(client, 'PO-1005 description');
    const text = cardMap(client, cardId).get('description') as Y.Text;
    text.insert(0, 'Booking needed: @{role:logistics} by Friday');
    await client.waitForAck();
    for (const person of [log1, log2]) {
      const n = await inboxHas(
        server,
        person,
        (x) => x.cardId === cardId && x.source === 'description',
      );
      expect(n).toMatchObject({ kind: 'mention', actorId: merch.id });
    }
    // Typing more text elsewhere does not notify again.
    text.insert(text.length, ' please');
    await client.waitForAck();
    const again = await comment(server, merch, board.id, cardId, {
      body: `@{user:${log1.id}} marker`,
    });
    await inboxHas(server, log1, (n) => n.commentId === again.body.id);
    expect(
      (await inbox(server, log1)).items.filter(
        (n) => n.cardId === cardId && n.source === 'description',
      ),
    ).toHaveLength(1);
  });

  it('assigning a card notifies the new owner, who then hears of comments on it', async () => {
    const { board, fin, merch, log1 } = workspace.team;
    const client = await openBoard(server, board.id, merch);
    const cardId = await addCardVia(client, 'PO-1006 invoice');
    cardMap(client, cardId).set('ownerId', fin.id);
    await client.waitForAck();
    await inboxHas(server, fin, (n) => n.cardId === cardId && n.kind === 'assigned');
    const res = await comment(server, log1, board.id, cardId, {
      body: 'container booked',
    });
    await inboxHas(server, fin, (n) => n.commentId === res.body.id && n.kind === 'comment');
    // The creator (merch) follows the card, so hears of it too; then unfollows and does not.
    await inboxHas(server, merch, (n) => n.commentId === res.body.id && n.kind === 'comment');
    const off = await api(server, 'DELETE', `${cardPath(board.id, cardId)}/follow`, {
      cookie: merch.cookie,
    });
    expect(off.body).toEqual({ following: false });
    const second = await comment(server, log1, board.id, cardId, {
      body: 'B/L draft sent',
    });
    await inboxHas(server, fin, (n) => n.commentId === second.body.id);
    expect((await inbox(server, merch)).items.some((n) => n.commentId === second.body.id)).toBe(
      false,
    );
    expect((await timeline(server, merch, board.id, cardId)).following).toBe(false);
  });
});

describe('comments', () => {
  it('an edit that adds a mention notifies only the newly mentioned, once', async () => {
    const { board, fin, log2, merch } = workspace.team;
    const client = await openBoard(server, board.id, merch);
    const cardId = await addCardVia(client, 'PO-1010 edit');
    const posted = await comment(server, merch, board.id, cardId, {
      body: `@{user:${log2.id}} booking?`,
    });
    await inboxHas(server, log2, (n) => n.commentId === posted.body.id);
    const path = `${cardPath(board.id, cardId)}/comments/${posted.body.id}`;
    const body = `@{user:${log2.id}} booking? and @{user:${fin.id}} the deposit`;
    expect(
      (await api(server, 'PATCH', path, { cookie: merch.cookie, body: { body } })).status,
    ).toBe(200);
    await inboxHas(server, fin, (n) => n.commentId === posted.body.id && n.kind === 'mention');
    // log2 was told at posting time: the edit adds nothing for them. A marker proves it is done.
    const marker = await comment(server, merch, board.id, cardId, { body: 'marker' });
    await inboxHas(server, log2, (n) => n.commentId === marker.body.id);
    const forLog2 = (await inbox(server, log2)).items.filter((n) => n.commentId === posted.body.id);
    expect(forLog2).toHaveLength(1);
  });

  it('refuses a 10,000-character comment and malformed bodies with clear 4xx errors', async () => {
    const { board, merch, viewer } = workspace.team;
    const client = await openBoard(server, board.id, merch);
    const cardId = await addCardVia(client, 'PO-1007 limits');
    const long = await comment(server, merch, board.id, cardId, {
      body: 'x'.repeat(10_000),
    });
    expect(long.status).toBe(413);
    expect(long.body).toMatchObject({
      error: { code: 'too_large', message: expect.stringContaining('5000') },
    });
    const cases: [unknown, number][] = [
      [{}, 400],
      [{ body: 42 }, 400],
      [{ body: '   \n  ' }, 400],
      [{ body: 'ok', author: 'someone-else' }, 400],
      [[], 400],
    ];
    for (const [body, status] of cases) {
      const res = await comment(server, merch, board.id, cardId, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body).toMatchObject({ error: { code: 'bad_request' } });
    }
    const raw = await api(server, 'POST', `${cardPath(board.id, cardId)}/comments`, {
      cookie: merch.cookie,
      rawBody: '{"body": ',
      contentType: 'application/json',
    });
    expect(raw.status).toBe(400);
    expect((await comment(server, viewer, board.id, cardId, { body: 'hi' })).status).toBe(403);
    expect((await comment(server, merch, board.id, 'nosuchcard', { body: 'hi' })).status).toBe(404);
    expect(
      (
        await api(server, 'GET', `${cardPath(board.id, cardId)}/comments`, {
          cookie: viewer.cookie,
        })
      ).status,
    ).toBe(200);
    expect((await api(server, 'GET', `${cardPath(board.id, cardId)}/comments`)).status).toBe(401);
    const list = await api<{ items: unknown[] }>(
      server,
      'GET',
      `${cardPath(board.id, cardId)}/comments`,
      { cookie: merch.cookie },
    );
    expect(list.body.items).toEqual([]);
  });

  it('is live for another socket viewing the board: created, edited, deleted; own comments only', async () => {
    const { board, fin, merch } = workspace.team;
    const client = await openBoard(server, board.id, merch);
    const cardId = await addCardVia(client, 'PO-1008 live');
    const watcher = await openSocket(server, fin);
    const joined = await new Promise<unknown>((resolve) =>
      watcher.socket.emit('board:join', board.id, resolve),
    );
    expect(joined).toMatchObject({ ok: true });
    const body = 'inspection failed <img src=x onerror=alert(1)> see javascript:alert(1)';
    const res = await comment(server, merch, board.id, cardId, { body });
    expect(res.body).toMatchObject({
      body,
      authorId: merch.id,
      authorName: 'Max Merch',
      editedAt: null,
      deletedAt: null,
    });
    await waitFor(() =>
      watcher.comments.find((c) => c.event === 'created' && c.comment.id === res.body.id),
    );
    const path = `${cardPath(board.id, cardId)}/comments/${res.body.id}`;
    expect(
      (
        await api(server, 'PATCH', path, {
          cookie: fin.cookie,
          body: { body: 'mine now' },
        })
      ).status,
    ).toBe(403);
    const edited = await api<{ body: string; editedAt: number }>(server, 'PATCH', path, {
      cookie: merch.cookie,
      body: { body: 'inspection passed on re-check' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.editedAt).toEqual(expect.any(Number));
    await waitFor(() =>
      watcher.comments.find(
        (c) => c.event === 'updated' && c.comment.body === 'inspection passed on re-check',
      ),
    );
    expect((await api(server, 'DELETE', path, { cookie: fin.cookie })).status).toBe(403);
    const deleted = await api(server, 'DELETE', path, { cookie: merch.cookie });
    expect(deleted.body).toMatchObject({ body: '', deletedAt: expect.any(Number) });
    await waitFor(() =>
      watcher.comments.find((c) => c.event === 'deleted' && c.comment.id === res.body.id),
    );
    const list = await api<{ items: { id: string; body: string; deletedAt: number | null }[] }>(
      server,
      'GET',
      `${cardPath(board.id, cardId)}/comments`,
      { cookie: fin.cookie },
    );
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: res.body.id, body: '', deletedAt: expect.any(Number) }),
    ]);
  });
});

describe('card history', () => {
  it('records moves from two connections with the right user, merged with comments', async () => {
    const { board, log1, merch } = workspace.team;
    const a = await openBoard(server, board.id, merch);
    const b = await openBoard(server, board.id, log1);
    const watcher = await openSocket(server, merch);
    expect(await new Promise((r) => watcher.socket.emit('board:join', board.id, r))).toEqual({
      ok: true,
    });
    const cardId = await addCardVia(a, 'PO-1009 moves');
    const [c0, c1, c2] = listColumns(a.doc);
    const lanes = listLanes(a.doc);
    cardMap(a, cardId).set('columnId', c1!.id);
    await a.waitForAck();
    await waitFor(() => cardMap(b, cardId)?.get('columnId') === c1!.id);
    b.doc.transact(() => {
      cardMap(b, cardId).set('columnId', c2!.id);
      cardMap(b, cardId).set('laneId', lanes[3]!.id);
    });
    await b.waitForAck();
    const posted = await comment(server, log1, board.id, cardId, {
      body: 'moved to shipping',
    });
    const t = await waitFor(async () => {
      const tl = await timeline(server, merch, board.id, cardId);
      return tl.items.filter((i) => i.kind === 'change').length >= 4 ? tl : null;
    });
    const changes = t.items.flatMap((i) => (i.kind === 'change' ? [i.change] : []));
    expect(changes.map((c) => [c.type, c.from, c.to, c.actorId])).toEqual([
      ['created', null, c0!.id, merch.id],
      ['stage', c0!.id, c1!.id, merch.id],
      ['stage', c1!.id, c2!.id, log1.id],
      ['lane', lanes[0]!.id, lanes[3]!.id, log1.id],
    ]);
    expect(changes[2]!.actorName).toBe('王小明');
    expect(t.items.at(-1)).toMatchObject({ kind: 'comment', comment: { id: posted.body.id } });
    // Live for sockets viewing the board, with the same attribution.
    await waitFor(() =>
      watcher.history.find(
        (h) => h.cardId === cardId && h.type === 'lane' && h.actorId === log1.id,
      ),
    );
    // Board-wide, queryable for KPIs.
    const rows = await server.storage.activity.listBoardHistory(board.id);
    expect(rows.filter((r) => r.cardId === cardId && r.type === 'stage')).toHaveLength(2);
  });
});
