/**
 * A server has one Notifier, so one NotificationBudget per actor and recipient whatever the
 * path: a member who spent it on description mentions over Yjs (the room observer) cannot reach
 * the same colleague through a comment or an action item over HTTP, while another colleague
 * still hears of both. Were a path to build a Notifier of its own, it would have a fresh budget
 * and the colleague would hear of it.
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addDays, type CardId } from '@orderlane/shared';
import { NOTIFICATION_BUDGET } from '@orderlane/server';
import { api } from '../../support/accounts';
import {
  addCardVia,
  cardMap,
  comment,
  inbox,
  inboxHas,
  teamPerFile,
  openBoard,
} from '../../support/cardActivity';
import { createMeeting, createSeries, today } from '../../support/meetings';
import { waitFor } from '../../support/yjsClient';

const workspace = teamPerFile({ clientDist: null });
const { server } = workspace;

describe('one notification budget for every path', () => {
  it('spent over Yjs, it holds back comments and action items for that colleague only', async () => {
    const { board, manager, merch, log1, log2 } = workspace.team;
    const client = await openBoard(server, board.id, merch);
    const cardIds: CardId[] = [];
    for (let i = 0; i < NOTIFICATION_BUDGET.capacity + 5; i++)
      cardIds.push(await addCardVia(client, `PO-77${i} budget`));
    // One transaction mentions log1 in every card's description: news about each card.
    client.doc.transact(() => {
      for (const id of cardIds)
        (cardMap(client, id).get('description') as Y.Text).insert(0, `@{user:${log1.id}} `);
    });
    await client.waitForAck();
    const mentionsOfLog1 = async () =>
      (await inbox(server, log1)).items.filter((n) => n.source === 'description').length;
    await waitFor(
      async () => (await mentionsOfLog1()) > 0,
      10_000,
      'the description mentions in the inbox',
    );
    expect(await mentionsOfLog1()).toBe(NOTIFICATION_BUDGET.capacity);

    // A comment mentioning both: log2 hears of it, log1 (budget spent by merch) does not.
    const posted = await comment(server, merch, board.id, cardIds[0]!, {
      body: `@{user:${log1.id}} @{user:${log2.id}} booking confirmed?`,
    });
    expect(posted.status).toBe(201);
    await inboxHas(server, log2, (n) => n.commentId === posted.body.id);

    // An action item for each: the same.
    const series = await createSeries(server, manager.cookie, 'weekly', [board.id]);
    const meeting = await createMeeting(server, manager.cookie, series.id);
    const itemsPath = `/api/boards/${series.id}/meetings/${meeting.id}/action-items`;
    const dueDate = addDays(today(), 2);
    for (const owner of [log1, log2]) {
      const item = await api(server, 'POST', itemsPath, {
        cookie: merch.cookie,
        body: { title: `Chase forwarder for ${owner.name}`, ownerId: owner.id, dueDate },
      });
      expect(item.status).toBe(201);
    }
    const log2Inbox = (await inbox(server, log2)).items;
    expect(log2Inbox.some((n) => n.kind === 'assigned' && n.cardTitle.includes(log2.name))).toBe(
      true,
    );

    const log1Inbox = (await inbox(server, log1)).items;
    expect(log1Inbox.filter((n) => n.source !== 'description')).toEqual([]);
  });
});
