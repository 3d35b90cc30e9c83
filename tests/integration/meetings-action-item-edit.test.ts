/**
 * Editing an action item through PATCH /api/boards/:b/meetings/:m/action-items/:id on a real
 * server: title, owner, due date and linked card change in the series document; only a NEW
 * owner is notified (inbox + live event); viewers, other workspaces and bad bodies are refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  type ActionItem,
  type ActionItemAssignedEvent,
  type ApiError,
  type CardActionItemDto,
  type NotificationListDto,
} from '@orderlane/shared';
import { addMember, api, registerAccount } from '../support/accounts';
import { createMeeting, createSeries, today } from '../support/meetings';
import { startWithSeries, type Account } from '../support/meetingSeries';
import { waitFor } from '../support/yjsClient';

const team = startWithSeries('orderlane-action-edit-');
let ana: Account;
let viewer: Account;

beforeAll(async () => {
  ana = await addMember(team.server, team.admin.cookie, 'purchasing', 'member', 'Ana Purchasing');
  viewer = await addMember(team.server, team.admin.cookie, 'sales', 'viewer', 'Vic Viewer');
});

/** The caller's inbox entries about one action item (its title is the notification's text). */
const inboxAbout = async (cookie: string, title: string) => {
  const res = await api<NotificationListDto>(team.server, 'GET', '/api/notifications', { cookie });
  expect(res.status).toBe(200);
  return res.body.items.filter((n) => n.cardTitle === title);
};

describe('editing an action item', () => {
  it('changes title, owner, due date and card, and notifies the new owner only', async () => {
    const day = today();
    const card = await team.board.add('shipping', 'logistics', { title: 'Vases' });
    const series = await createSeries(team.server, team.admin.cookie, 'daily', [team.board.id]);
    const meeting = await createMeeting(team.server, team.admin.cookie, series.id, { start: true });
    const anaSocket = await team.socketOf(ana.cookie);
    const assignedToAna: ActionItemAssignedEvent[] = [];
    anaSocket.on('actionItem:assigned', (e) => assignedToAna.push(e));

    const created = await api<ActionItem>(
      team.server,
      'POST',
      `/api/boards/${series.id}/meetings/${meeting.id}/action-items`,
      {
        cookie: team.admin.cookie,
        body: { title: 'Chase the forwarder', ownerId: team.leo.me.user.id, dueDate: day },
      },
    );
    expect(created.status).toBe(201);
    const url = `/api/boards/${series.id}/meetings/${meeting.id}/action-items/${created.body.id}`;

    const edited = await api<ActionItem>(team.server, 'PATCH', url, {
      cookie: team.leo.cookie,
      body: {
        title: 'Chase the forwarder for space',
        ownerId: ana.me.user.id,
        dueDate: addDays(day, 3),
        boardId: team.board.id,
        cardId: card,
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: 'Chase the forwarder for space',
      ownerId: ana.me.user.id,
      dueDate: addDays(day, 3),
      boardId: team.board.id,
      cardId: card,
      done: false,
    });

    // Stored notifications are written before the answer: the new owner has one, no one else.
    expect(await inboxAbout(ana.cookie, 'Chase the forwarder for space')).toHaveLength(1);
    expect(await inboxAbout(team.leo.cookie, 'Chase the forwarder for space')).toHaveLength(0);
    expect(await inboxAbout(team.leo.cookie, 'Chase the forwarder')).toHaveLength(1); // on creation
    await waitFor(() => assignedToAna.length === 1, 10_000, 'live assignment to the new owner');
    expect(assignedToAna[0]!.actionItem.id).toBe(created.body.id);

    // The card now shows the item (read from the live series document).
    const onCard = await api<{ items: CardActionItemDto[] }>(
      team.server,
      'GET',
      `/api/boards/${team.board.id}/cards/${card}/action-items`,
      { cookie: ana.cookie },
    );
    expect(onCard.body.items.map((i) => [i.id, i.title])).toEqual([
      [created.body.id, 'Chase the forwarder for space'],
    ]);

    // Same owner again, and a title change: nobody is told twice; unlinking the card works.
    const renamed = await api<ActionItem>(team.server, 'PATCH', url, {
      cookie: team.admin.cookie,
      body: { title: 'Book space', ownerId: ana.me.user.id, boardId: null, cardId: null },
    });
    expect(renamed.body).toMatchObject({ title: 'Book space', boardId: null, cardId: null });
    expect(await inboxAbout(ana.cookie, 'Book space')).toHaveLength(0);
    const offCard = await api<{ items: CardActionItemDto[] }>(
      team.server,
      'GET',
      `/api/boards/${team.board.id}/cards/${card}/action-items`,
      { cookie: ana.cookie },
    );
    expect(offCard.body.items).toEqual([]);
  });

  it('refuses viewers, other workspaces, unknown meetings and bad bodies', async () => {
    const series = await createSeries(team.server, team.admin.cookie, 'weekly', [team.board.id]);
    const meeting = await createMeeting(team.server, team.admin.cookie, series.id);
    const created = await api<ActionItem>(
      team.server,
      'POST',
      `/api/boards/${series.id}/meetings/${meeting.id}/action-items`,
      {
        cookie: team.admin.cookie,
        body: { title: 'Keep', ownerId: team.leo.me.user.id, dueDate: today() },
      },
    );
    const url = `/api/boards/${series.id}/meetings/${meeting.id}/action-items/${created.body.id}`;
    const patch = (cookie: string, body: unknown, at = url) =>
      api<ApiError>(team.server, 'PATCH', at, { cookie, body });

    expect((await patch(viewer.cookie, { title: 'Viewer edit' })).status).toBe(403);
    const outsider = await registerAccount(team.server, { name: 'Olga Outsider' });
    expect((await patch(outsider.cookie, { title: 'Outsider edit' })).status).toBe(404);
    const otherMeeting = url.replace(`/meetings/${meeting.id}/`, '/meetings/nope/');
    expect((await patch(team.admin.cookie, { title: 'x' }, otherMeeting)).status).toBe(404);
    const noItem = url.replace(created.body.id, 'nope');
    expect((await patch(team.admin.cookie, { title: 'x' }, noItem)).status).toBe(404);

    for (const bad of [
      {},
      { title: '' },
      { dueDate: 'tomorrow' },
      { boardId: team.board.id },
      { boardId: team.board.id, cardId: null },
      { ownerId: outsider.me.user.id },
      { boardId: series.id, cardId: 'abc' },
    ]) {
      const res = await patch(team.admin.cookie, bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error.code).toBeTruthy();
    }

    // Nothing refused was written (a no-op PATCH answers with the item as stored).
    const unchanged = await api<ActionItem>(team.server, 'PATCH', url, {
      cookie: team.admin.cookie,
      body: { done: false },
    });
    expect(unchanged.body).toMatchObject({
      title: 'Keep',
      ownerId: team.leo.me.user.id,
      cardId: null,
    });
  });
});
