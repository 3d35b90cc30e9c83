/**
 * Notification floods: whatever path a member takes (a card's owner or
 * description over Yjs, action items over HTTP), a colleague hears of a repeat once per
 * NOTIFICATION_REPEAT_WINDOW_MS and of the rest within NOTIFICATION_BUDGET; and every
 * state-changing route draws on one write budget per user (USER_LIMITS.writes), past which it
 * answers 429 with a JSON error.
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addDays, type ApiError, type CardTimelineDto } from '@orderlane/shared';
import { NOTIFICATION_BUDGET, USER_LIMITS } from '@orderlane/server';
import { api, type ApiResponse } from '../../support/accounts';
import {
  addCardVia,
  cardMap,
  cardPath,
  inbox,
  teamPerFile,
  openBoard,
  timeline,
} from '../../support/cardActivity';
import { createMeeting, createSeries, today } from '../../support/meetings';
import { waitFor } from '../../support/yjsClient';

const workspace = teamPerFile({ sqliteDirPrefix: 'orderlane-floods-', clientDist: null });
const { server } = workspace;

const errorOf = (res: ApiResponse) => (res.body as ApiError).error;

describe('notifications have a budget per member', () => {
  it('flipping a card’s owner and toggling a mention 100 times tells the colleague once each', async () => {
    const { board, merch, log1 } = workspace.team;
    const client = await openBoard(server, board.id, merch);
    const cardId = await addCardVia(client, 'PO-9001 flood');
    const card = cardMap(client, cardId);
    const text = card.get('description') as Y.Text;
    const mention = `@{user:${log1.id}} `;
    const rounds = 100;
    for (let i = 0; i < rounds; i++) {
      client.doc.transact(() => {
        card.set('ownerId', log1.id);
        text.insert(0, mention);
      });
      await client.waitForAck();
      client.doc.transact(() => {
        card.set('ownerId', null);
        text.delete(0, mention.length);
      });
      await client.waitForAck();
    }
    // History has every flip (it is not budgeted), stored with the notifications it caused.
    await waitFor(
      async () => {
        const t: CardTimelineDto = await timeline(server, merch, board.id, cardId);
        const owners = t.items.filter((i) => i.kind === 'change' && i.change.type === 'owner');
        return owners.length === 2 * rounds;
      },
      30_000,
      'every owner change in the history',
    );
    const about = (await inbox(server, log1)).items.filter((n) => n.cardId === cardId);
    expect(about.map((n) => n.kind).sort()).toEqual(['assigned', 'mention']);
  });

  it('60 action items for one colleague: past the write budget 429, and a bounded inbox', async () => {
    const { board, manager, merch, log2 } = workspace.team;
    const series = await createSeries(server, manager.cookie, 'daily', [board.id]);
    const meeting = await createMeeting(server, manager.cookie, series.id, {
      start: true,
    });
    const before = (await inbox(server, log2)).items.length;
    const results: ApiResponse[] = [];
    for (let i = 0; i < 60; i++) {
      results.push(
        await api(server, 'POST', `/api/boards/${series.id}/meetings/${meeting.id}/action-items`, {
          cookie: merch.cookie,
          body: { title: `Chase ${i}`, ownerId: log2.id, dueDate: addDays(today(), 1) },
        }),
      );
    }
    const created = results.filter((r) => r.status === 201).length;
    // The whole burst, plus the odd token refilled meanwhile (one a second) on a slow machine.
    expect(created).toBeGreaterThanOrEqual(USER_LIMITS.writes.capacity);
    expect(created).toBeLessThan(USER_LIMITS.writes.capacity + 10);
    const refused = results.slice(created);
    expect(refused.length).toBeGreaterThan(0);
    for (const res of refused) {
      expect(res.status).toBe(429);
      expect(errorOf(res)).toEqual({ code: 'rate_limited', message: expect.any(String) });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const got = (await inbox(server, log2)).items.length - before;
    expect(got).toBeGreaterThan(0);
    // A burst, and at most one refilled meanwhile (one every 15 s).
    expect(got).toBeLessThanOrEqual(NOTIFICATION_BUDGET.capacity + 1);
  });
});

describe('the write budget', () => {
  it('covers every state-changing route with one bucket per user', async () => {
    const { board, manager, fin, log1 } = workspace.team;
    const client = await openBoard(server, board.id, fin);
    const cardId = await addCardVia(client, 'PO-9002 budget');
    const series = await createSeries(server, manager.cookie, 'weekly', [board.id]);
    const meeting = await createMeeting(server, manager.cookie, series.id);
    const item = await api<{ id: string }>(
      server,
      'POST',
      `/api/boards/${series.id}/meetings/${meeting.id}/action-items`,
      {
        cookie: manager.cookie,
        body: { title: 'Budget', ownerId: fin.id, dueDate: addDays(today(), 1) },
      },
    );
    expect(item.status).toBe(201);
    const posted = await api<{ id: string }>(
      server,
      'POST',
      `${cardPath(board.id, cardId)}/comments`,
      {
        cookie: fin.cookie,
        body: { body: 'mine' },
      },
    );
    expect(posted.status).toBe(201);

    // Spend the budget on the cheapest write there is.
    let spent = 0;
    for (;;) {
      const res = await api(server, 'POST', `${cardPath(board.id, cardId)}/follow`, {
        cookie: fin.cookie,
      });
      if (res.status === 429) break;
      expect(res.status).toBe(200);
      if (++spent > 1_000) throw new Error('no write budget on POST …/follow');
    }

    const meetingPath = `/api/boards/${series.id}/meetings/${meeting.id}`;
    const routes: [string, string, unknown][] = [
      ['POST', '/api/boards', { title: 'x', kind: 'orders' }],
      ['PATCH', `/api/boards/${board.id}`, { title: 'Renamed' }],
      ['DELETE', `/api/boards/${board.id}`, undefined],
      ['POST', `${cardPath(board.id, cardId)}/comments`, { body: 'hi' }],
      ['PATCH', `${cardPath(board.id, cardId)}/comments/${posted.body.id}`, { body: 'edit' }],
      ['DELETE', `${cardPath(board.id, cardId)}/comments/${posted.body.id}`, undefined],
      ['POST', `${cardPath(board.id, cardId)}/follow`, undefined],
      ['DELETE', `${cardPath(board.id, cardId)}/follow`, undefined],
      ['POST', '/api/notifications/read', { all: true }],
      ['POST', '/api/invites', { email: 'x@example.test', role: 'sales', access: 'member' }],
      ['PATCH', `/api/members/${log1.id}`, { role: 'sales' }],
      ['POST', `/api/boards/${series.id}/meetings`, {}],
      ['POST', `${meetingPath}/start`, {}],
      ['POST', `${meetingPath}/end`, undefined],
      ['POST', `${meetingPath}/agenda-items`, { title: 'Topic' }],
      ['POST', `${meetingPath}/action-items`, { title: 'x', ownerId: fin.id, dueDate: today() }],
      ['PATCH', `${meetingPath}/action-items/${item.body.id}`, { done: true }],
    ];
    for (const [method, path, body] of routes) {
      const res = await api(server, method, path, { cookie: fin.cookie, body });
      expect(res.status, `${method} ${path}`).toBe(429);
      expect(errorOf(res).code, `${method} ${path}`).toBe('rate_limited');
    }
    // Reading is not budgeted, and a colleague keeps their own budget.
    expect(
      (await api(server, 'GET', `/api/boards/${board.id}`, { cookie: fin.cookie })).status,
    ).toBe(200);
    const other = await api(server, 'POST', `${cardPath(board.id, cardId)}/follow`, {
      cookie: log1.cookie,
    });
    expect(other.status).toBe(200);
  });
});
