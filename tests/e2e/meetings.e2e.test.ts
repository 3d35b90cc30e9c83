/**
 * A daily standup in real Chromium, two people: the facilitator creates the series and starts
 * today's standup, the follower (in follow mode) sees the facilitator's current item change
 * through three items; a card moved on the order board updates its agenda item live; a decision
 * and an action item are recorded; the follower cannot advance (no controls, and the server
 * refuses); the meeting ends and the minutes export as Markdown. Screenshots: big screen
 * (1920×1080), Chinese, phone (390 px) and the printable minutes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  addDays,
  isoDay,
  listColumns,
  getCard,
  moveCard,
  updateCard,
  type AgendaDto,
  type CardId,
  type MeetingAck,
} from '@orderlane/shared';
import { startTestServer, type TestServer } from '../support/server';
import { addMember, createBoard, registerAccount } from '../support/accounts';
import {
  clientDist,
  eventually,
  launchBrowser,
  newUserPage,
  screenshot,
  type UserPage,
} from '../support/browser';
import { seedCards } from '../bench/seedBoard';
import { connectSocket, waitForConnect } from '../support/socketClient';
import { connectBoard } from '../support/yjsClient';
import { createMeeting, emitMeeting } from '../support/meetings';

let server: TestServer;
let browser: Browser;
let orderBoardId: string;
let seriesId = '';
let meetingId = '';
let facilitator: UserPage;
let follower: UserPage;
let adminCookie: string;
let followerCookie: string;

const today = isoDay(new Date());
const shownItem = (page: Page) =>
  page.locator('[data-testid="item-detail"]').getAttribute('data-item-id');
const currentItem = (page: Page) =>
  page.locator('.agenda-item--current').getAttribute('data-item-id');

beforeAll(async () => {
  server = await startTestServer({ clientDist: clientDist() });
  browser = await launchBrowser();
  const admin = await registerAccount(server, { name: 'Li Wei' });
  adminCookie = admin.cookie;
  const member = await addMember(server, admin.cookie, 'merchandiser', 'member', 'Zhang Min');
  followerCookie = member.cookie;
  const board = await createBoard(server, admin.cookie, { title: 'Export orders', kind: 'orders' });
  orderBoardId = board.id;
  await seedCards(server, admin.cookie, orderBoardId, [
    {
      id: 'late1',
      column: 5,
      lane: 0,
      title: 'Ceramic mugs',
      orderNo: 'PO-2001',
      customer: 'Nordic Home AB',
      dueDate: addDays(today, -2),
    },
    {
      id: 'today1',
      column: 6,
      lane: 1,
      title: 'LED panels',
      orderNo: 'PO-2002',
      customer: 'Atlas Trading',
      dueDate: today,
    },
    {
      id: 'risk1',
      column: 7,
      lane: 2,
      title: 'Cotton towels',
      orderNo: 'PO-2003',
      customer: 'Casa Bella',
      risks: [{ kind: 'quality', severity: 'high', note: 'AQL failed' }],
    },
    {
      id: 'calm1',
      column: 4,
      lane: 3,
      title: 'Bamboo boards',
      orderNo: 'PO-2004',
      dueDate: addDays(today, 30),
    },
  ]);
  facilitator = await newUserPage(browser, server, {
    cookie: admin.cookie,
    viewport: { width: 1440, height: 900 },
  });
  follower = await newUserPage(browser, server, {
    cookie: member.cookie,
    viewport: { width: 1440, height: 900 },
  });
  for (const p of [facilitator, follower]) {
    p.page.on('dialog', (d) => void d.accept());
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a daily standup run from Orderlane', () => {
  it('creates a daily series on the order board from the board list', async () => {
    const page = facilitator.page;
    await page.goto('/');
    await page.getByRole('button', { name: 'New meeting series' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByLabel('Daily standup').check();
    await expect(dialog.getByRole('checkbox', { name: 'Export orders' }).isChecked()).resolves.toBe(
      true,
    );
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.locator('[data-testid="meeting-series"]').waitFor({ timeout: 20_000 });
    seriesId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByText('Export orders').first().waitFor();
    await page.getByRole('button', { name: "Start today's standup" }).click();
    await page
      .locator('[data-testid="meeting"][data-status="running"]')
      .waitFor({ timeout: 20_000 });
    meetingId = new URL(page.url()).searchParams.get('m')!;
    expect(meetingId).toBeTruthy();
    // The agenda lists exactly the cards that need the team: overdue, due today, flagged.
    const titles = await eventually(async () => {
      const list = await page.locator('.agenda-item__title').allTextContents();
      expect(list).toHaveLength(3);
      return list;
    });
    expect(titles.sort()).toEqual([
      'PO-2001 · Nordic Home AB — Ceramic mugs',
      'PO-2002 · Atlas Trading — LED panels',
      'PO-2003 · Casa Bella — Cotton towels',
    ]);
    await page.locator('[data-testid="meeting-clock"]').waitFor();
  });

  it('the follower follows the facilitator through three items and cannot advance', async () => {
    const page = follower.page;
    await page.goto(`/b/${seriesId}`);
    await page.locator(`[data-meeting-id="${meetingId}"] a`).click();
    await page
      .locator('[data-testid="meeting"][data-status="running"]')
      .waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('follow').isChecked()).resolves.toBe(true);
    // No facilitator controls for the follower.
    expect(await page.getByTestId('meeting-next').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'End meeting' }).count()).toBe(0);

    const seen: string[] = [];
    for (let step = 0; step < 3; step++) {
      const current = await eventually(async () => {
        const id = await currentItem(facilitator.page);
        expect(id).toBeTruthy();
        if (step > 0) expect(id).not.toBe(seen[step - 1]);
        return id!;
      });
      await eventually(async () => expect(await shownItem(page)).toBe(current));
      seen.push(current);
      if (step < 2) await facilitator.page.getByTestId('meeting-next').click();
    }
    expect(new Set(seen).size).toBe(3);

    // ← → on the follower's keyboard only moves their own view, and stops following.
    await page.locator('body').press('ArrowLeft');
    await eventually(async () => expect(await page.getByTestId('follow').isChecked()).toBe(false));
    expect(await shownItem(page)).toBe(seen[1]);
    await page.getByTestId('follow').check();
    await eventually(async () => expect(await shownItem(page)).toBe(seen[2]));

    // The server refuses the follower's attempt to advance, and nothing moves.
    const socket = connectSocket(server.url, { cookie: followerCookie, origin: server.origin });
    try {
      await waitForConnect(socket);
      const ack: MeetingAck = await emitMeeting(socket, 'meeting:advance', {
        boardId: seriesId,
        meetingId,
        direction: 'next',
      });
      expect(ack.ok).toBe(false);
      if (!ack.ok) expect(ack.error.code).toBe('forbidden');
    } finally {
      socket.disconnect();
    }
    expect(await currentItem(facilitator.page)).toBe(seen[2]);
  });

  it('an agenda item shows the card as it is now on the order board', async () => {
    const page = follower.page;
    const cardId = await page.locator('[data-testid="item-detail"]').getAttribute('data-item-id');
    expect(cardId).toBeTruthy();
    const title = await page.locator('#item-detail-title').textContent();
    const seededId = title!.includes('PO-2001')
      ? 'late1'
      : title!.includes('PO-2002')
        ? 'today1'
        : 'risk1';
    const client = connectBoard(server.url, orderBoardId, {
      cookie: adminCookie,
      origin: server.origin,
    });
    try {
      await client.waitForSync();
      const shipping = listColumns(client.doc).find((c) => c.stage === 'shipping')!;
      const card = getCard(client.doc, seededId as CardId)!;
      moveCard(
        client.doc,
        card.id,
        { columnId: shipping.id, laneId: card.laneId },
        Math.random,
        Date.now(),
      );
      await client.waitForAck();
    } finally {
      client.destroy();
    }
    for (const p of [page, facilitator.page])
      await eventually(async () =>
        expect(await p.getByTestId('card-stage').textContent()).toContain('Shipping'),
      );
  });

  it('records a decision and an action item that both people see', async () => {
    const page = facilitator.page;
    await page.getByTestId('item-decision').fill('Ship by air, customer pays half');
    await page.getByTestId('item-notes').fill('QC re-inspection on Friday');
    await eventually(async () =>
      expect(await follower.page.getByTestId('item-decision').inputValue()).toBe(
        'Ship by air, customer pays half',
      ),
    );
    await page.getByLabel('What needs doing').fill('Book air freight');
    await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'Zhang Min' });
    await page.getByRole('button', { name: 'Add action item' }).click();
    for (const p of [page, follower.page])
      await eventually(async () =>
        expect(await p.getByTestId('action-items').textContent()).toContain('Book air freight'),
      );
    await screenshot(page, 'meeting-desktop');
    // Any writer fixes an item inline (Enter saves); the other screen follows live.
    await follower.page.getByRole('button', { name: 'Edit action item: Book air freight' }).click();
    const editor = follower.page.getByRole('form', { name: 'Editing action item' });
    await editor.getByLabel('What needs doing').fill('Book air freight by Friday');
    await editor.getByLabel('What needs doing').press('Enter');
    for (const p of [page, follower.page])
      await eventually(async () =>
        expect(await p.getByTestId('action-items').textContent()).toContain(
          'Book air freight by Friday',
        ),
      );
  });

  it('the facilitator hands over to the follower and gets it back', async () => {
    await facilitator.page.getByLabel('Hand over to…').selectOption({ label: 'Zhang Min' });
    await facilitator.page.getByRole('button', { name: 'Hand over', exact: true }).click();
    await follower.page.getByTestId('meeting-next').waitFor();
    await eventually(async () =>
      expect(await facilitator.page.getByTestId('meeting-next').count()).toBe(0),
    );
    await facilitator.page.getByTestId('follow').waitFor();
    await follower.page.getByLabel('Hand over to…').selectOption({ label: 'Li Wei' });
    await follower.page.getByRole('button', { name: 'Hand over', exact: true }).click();
    await facilitator.page.getByTestId('meeting-next').waitFor();
    await eventually(async () =>
      expect(await follower.page.getByTestId('meeting-next').count()).toBe(0),
    );
  });

  it('walks the board by person instead of by lane, for everyone', async () => {
    await facilitator.page.getByRole('radio', { name: 'By person' }).click();
    await eventually(async () =>
      expect(await follower.page.locator('.agenda__section-title').allTextContents()).toEqual([
        'No owner',
      ]),
    );
    await facilitator.page.getByRole('radio', { name: 'By lane' }).click();
    await eventually(async () =>
      expect(await follower.page.locator('.agenda__section-title').count()).toBe(3),
    );
  });

  it('looks right on a big screen, in Chinese and on a phone', async () => {
    const big = await newUserPage(browser, server, {
      cookie: adminCookie,
      viewport: { width: 1920, height: 1080 },
    });
    const zh = await newUserPage(browser, server, {
      cookie: followerCookie,
      locale: 'zh-CN',
      viewport: { width: 1920, height: 1080 },
    });
    const phone = await newUserPage(browser, server, {
      cookie: followerCookie,
      viewport: { width: 390, height: 844 },
    });
    try {
      const url = `/b/${seriesId}?m=${meetingId}`;
      await big.page.goto(`${url}&mode=bigscreen`);
      await zh.page.goto(`${url}&mode=bigscreen`);
      await phone.page.goto(`${url}&mode=bigscreen`);
      for (const p of [big, zh, phone]) {
        await p.page
          .locator('.meeting--bigscreen [data-testid="item-detail"][data-item-id]')
          .waitFor({ timeout: 20_000 });
        await p.page.getByTestId('clock-item').waitFor();
      }
      await eventually(async () =>
        expect(await zh.page.locator('.meeting-bar__title').textContent()).toContain('日常例会'),
      );
      await screenshot(big.page, 'meeting-bigscreen');
      await screenshot(zh.page, 'meeting-bigscreen-zh');
      await screenshot(phone.page, 'meeting-phone');
      // Nothing wider than the phone's screen.
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow).toBeLessThanOrEqual(390);
      for (const p of [big, zh, phone]) expect(p.errors).toEqual([]);
    } finally {
      await Promise.all([big.context.close(), zh.context.close(), phone.context.close()]);
    }
  }, 60_000);

  it('ends the meeting, freezes the minutes and exports them as Markdown', async () => {
    const page = facilitator.page;
    await page.getByRole('button', { name: 'End meeting' }).click();
    await page
      .getByRole('dialog', { name: 'End the meeting?' })
      .getByRole('button', { name: 'End meeting' })
      .click();
    await page.locator('[data-testid="minutes"]').waitFor({ timeout: 20_000 });
    await eventually(async () =>
      expect(await page.getByTestId('minutes-decisions').textContent()).toContain(
        'Ship by air, customer pays half',
      ),
    );
    await follower.page.locator('[data-testid="minutes"]').waitFor({ timeout: 20_000 });
    const attendees = await page.getByTestId('minutes-attendees').textContent();
    expect(attendees).toContain('Li Wei');
    expect(attendees).toContain('Zhang Min');
    const href = await page.getByTestId('minutes-markdown').getAttribute('href');
    const markdown = await page.evaluate(async (url) => (await fetch(url!)).text(), href);
    expect(markdown).toContain('Ship by air, customer pays half');
    expect(markdown).toContain('Book air freight');
    expect(markdown).toContain('Zhang Min');
    expect(markdown).toContain(today);
    await page.getByTestId('minutes-printable').click();
    await page.locator('.minutes--print').waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await screenshot(page, 'meeting-minutes-print');
    expect(facilitator.errors).toEqual([]);
    expect(follower.errors).toEqual([]);
  });

  it('the series lists the meeting with its minutes summary', async () => {
    const page = facilitator.page;
    await page.goto(`/b/${seriesId}`);
    await eventually(async () =>
      expect(await page.locator(`[data-meeting-id="${meetingId}"]`).textContent()).toContain(
        'decisions 1',
      ),
    );
    await screenshot(page, 'meeting-series');
  });

  it("a weekly review opens with its sections and the week's figures", async () => {
    const page = facilitator.page;
    const weekly = await createBoard(server, adminCookie, {
      title: 'Weekly review',
      kind: 'meeting',
      cadence: 'weekly',
      sourceBoardIds: [orderBoardId],
    });
    await page.goto(`/b/${weekly.id}`);
    await page.getByRole('button', { name: "Start this week's review" }).click();
    await page
      .locator('[data-testid="meeting"][data-status="running"]')
      .waitFor({ timeout: 20_000 });
    await page.locator('[data-section-key="figures"] .agenda-item__open').first().click();
    await page.getByTestId('figures').waitFor();
    await screenshot(page, 'meeting-weekly');
    // Reordering: the first item of "stuck longest" moves down (a button, keyboard reachable).
    const stuck = page.locator('[data-section-key="stuck"] .agenda-item__title');
    const before = await stuck.allTextContents();
    expect(before).toHaveLength(2);
    await page.getByRole('button', { name: `Move “${before[0]}” down` }).click();
    await eventually(async () =>
      expect(await stuck.allTextContents()).toEqual([before[1], before[0]]),
    );
    expect(facilitator.errors).toEqual([]);
  });

  it("the next standup's agenda in the browser is the server's (moves from card history)", async () => {
    // Edited, not moved, since the last standup: a browser without the card history would list
    // it as "changed"; the server (and so the browser) does not.
    const client = connectBoard(server.url, orderBoardId, {
      cookie: adminCookie,
      origin: server.origin,
    });
    try {
      await client.waitForSync();
      updateCard(client.doc, 'calm1' as CardId, { title: 'Bamboo boards v2' }, Date.now());
      // …and a real move, recorded in the card history.
      const risk = getCard(client.doc, 'risk1' as CardId)!;
      const stageOf = (id: string) => listColumns(client.doc).find((c) => c.id === id)?.stage;
      const other = listColumns(client.doc).find(
        (c) => c.stage && c.stage !== 'done' && c.stage !== stageOf(risk.columnId),
      )!;
      moveCard(
        client.doc,
        risk.id,
        { columnId: other.id, laneId: risk.laneId },
        Math.random,
        Date.now(),
      );
      await client.waitForAck();
    } finally {
      client.destroy();
    }
    const next = await createMeeting(server, adminCookie, seriesId, { date: addDays(today, 1) });
    const page = facilitator.page;
    await page.goto(`/b/${seriesId}`);
    await page.locator(`[data-meeting-id="${next.id}"] a`).click();
    await page.getByTestId('agenda').waitFor({ timeout: 20_000 });
    // Each item with its reasons, as the browser shows them and as the server computes them
    // ("carried" left out: the carried count is shown with the same class).
    const shown = () =>
      page
        .locator('[data-testid="agenda"] [data-item-id]')
        .evaluateAll((els) =>
          els.map((e) => [
            e.getAttribute('data-item-id'),
            [...e.querySelectorAll('.reason:not(.reason--carried)')].map((r) =>
              r.className.replace('reason reason--', ''),
            ),
          ]),
        );
    const url = `/api/boards/${seriesId}/meetings/${next.id}/agenda`;
    const onServer = async () =>
      page.evaluate(
        async (u) =>
          ((await (await fetch(u)).json()) as AgendaDto).items.map((i) => [
            i.id,
            i.reasons.filter((r) => r !== 'carried'),
          ]),
        url,
      );
    const agreed = await eventually(async () => {
      const expected = await onServer();
      expect(expected.some(([, reasons]) => (reasons as string[]).includes('moved'))).toBe(true);
      expect(await shown()).toEqual(expected);
      return expected;
    }, 20_000);
    expect(agreed.flatMap(([, reasons]) => reasons)).not.toContain('changed');
    expect(await page.locator('.reason--changed').count()).toBe(0);

    // A move while the agenda is open: the browser reloads the history and shows it as moved.
    const mover = connectBoard(server.url, orderBoardId, {
      cookie: adminCookie,
      origin: server.origin,
    });
    try {
      await mover.waitForSync();
      const late = getCard(mover.doc, 'late1' as CardId)!;
      const stageOf = (id: string) => listColumns(mover.doc).find((c) => c.id === id)?.stage;
      const to = listColumns(mover.doc).find(
        (c) => c.stage && c.stage !== 'done' && c.stage !== stageOf(late.columnId),
      )!;
      moveCard(
        mover.doc,
        late.id,
        { columnId: to.id, laneId: late.laneId },
        Math.random,
        Date.now(),
      );
      await mover.waitForAck();
    } finally {
      mover.destroy();
    }
    await eventually(async () => {
      const expected = await onServer();
      const late = expected.filter(([, reasons]) => (reasons as string[]).includes('moved'));
      expect(late.length).toBe(2);
      expect(await shown()).toEqual(expected);
    }, 20_000);
    expect(facilitator.errors).toEqual([]);
  });

  it('the action item shows on the order card it concerns', async () => {
    const page = follower.page;
    await page.goto(`/b/${orderBoardId}?card=risk1`);
    await eventually(
      async () =>
        expect(await page.getByTestId('card-action-items').textContent()).toContain(
          'Book air freight',
        ),
      20_000,
    );
  });
});
