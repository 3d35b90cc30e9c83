/**
 * The order board in real Chromium, two people on one board: a mouse drag and a keyboard move
 * reach the other person, both type into one card's notes at once and keep their words, the
 * Chinese interface names the stages, and a reload keeps everything. Takes screenshots to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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
import { sampleOrders, seedCards } from '../bench/seedBoard';
import { connectBoard } from '../support/yjsClient';
import type { CardId, Column, Lane } from '@orderlane/shared';

let server: TestServer;
let browser: Browser;
let boardId: string;
let alice: UserPage;
let bob: UserPage;
let columns: Column[];
let lanes: Lane[];
let ids: CardId[];
let adminCookie: string;
let bobCookie: string;

const cell = (column: number, lane: number) =>
  `[data-cell="${columns[column]!.id}|${lanes[lane]!.id}"]`;
const cardIn = (column: number, lane: number, id: string) =>
  `${cell(column, lane)} [data-card-id="${id}"]`;

async function openBoard(page: Page, query = '') {
  await page.goto(`/b/${boardId}${query}`);
  await page.locator('.column-header').nth(10).waitFor({ timeout: 20_000 });
}

beforeAll(async () => {
  server = await startTestServer({ clientDist: clientDist() });
  browser = await launchBrowser();
  const admin = await registerAccount(server, { name: 'Li Wei' });
  adminCookie = admin.cookie;
  const board = await createBoard(server, admin.cookie, { title: 'Export orders', kind: 'orders' });
  boardId = board.id;
  const member = await addMember(server, admin.cookie, 'merchandiser', 'member', 'Zhang Min');
  bobCookie = member.cookie;
  const seeded = await seedCards(server, admin.cookie, boardId, [
    {
      id: 'drag1',
      column: 0,
      lane: 0,
      title: 'Ceramic mugs',
      orderNo: 'PO-1001',
      customer: 'Nordic Home AB',
    },
    {
      id: 'keys1',
      column: 1,
      lane: 0,
      title: 'LED panels',
      orderNo: 'PO-1002',
      customer: 'Atlas Trading',
    },
    {
      id: 'notes1',
      column: 2,
      lane: 1,
      title: 'Cotton towels',
      orderNo: 'PO-1003',
      description: 'Spec: ',
    },
    ...sampleOrders(30, [admin.me.user.id, member.me.user.id]).map((c) => ({
      ...c,
      column: c.column,
      lane: c.lane,
    })),
  ]);
  ({ columns, lanes, ids } = seeded);
  alice = await newUserPage(browser, server, { cookie: admin.cookie });
  bob = await newUserPage(browser, server, { cookie: member.cookie });
  await Promise.all([openBoard(alice.page), openBoard(bob.page)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the order board', () => {
  it('shows the stages, the departments and the seeded cards', async () => {
    expect(ids).toHaveLength(33);
    const headers = await alice.page.locator('.column-header__title').allTextContents();
    expect(headers[0]).toBe('Inquiry');
    expect(headers[9]).toBe('Payment');
    await alice.page.locator(cardIn(0, 0, 'drag1')).waitFor();
    await screenshot(alice.page, 'board-desktop');
  });

  it('a card dragged by mouse in one browser appears in the right cell in the other', async () => {
    const page = alice.page;
    // Both the card and the target are in the first screen: no scrolling while dragging.
    const start = (await page.locator(cardIn(0, 0, 'drag1')).boundingBox())!;
    const to = (await page.locator(cell(3, 1)).boundingBox())!;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(start.x + start.width / 2 + 20, start.y + 30, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.locator('.order-card--overlay').waitFor();
    await page.locator(`${cell(3, 1)} .drop-line`).waitFor();
    // Bob sees who is moving the card while it moves.
    await bob.page.locator('[data-card-id="drag1"] .card-face__peer').waitFor();
    await screenshot(page, 'board-dragging');
    await page.mouse.up();
    await page.locator(cardIn(3, 1, 'drag1')).waitFor();
    await bob.page.locator(cardIn(3, 1, 'drag1')).waitFor();
    expect(await bob.page.locator(cardIn(0, 0, 'drag1')).count()).toBe(0);
  });

  it('moves a card with the keyboard: Space, arrows, Space', async () => {
    const page = bob.page;
    const card = page.locator(cardIn(1, 0, 'keys1'));
    await card.scrollIntoViewIfNeeded();
    await card.focus();
    const announced = (text: string | RegExp) =>
      page.locator('[aria-live="assertive"]', { hasText: text }).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await announced(/Picked up PO-1002|PO-1002 is over Quotation · Sales/);
    await page.keyboard.press('ArrowRight');
    await announced('PO-1002 is over Sample · Sales.');
    await page.keyboard.press('ArrowDown');
    await announced('PO-1002 is over Sample · Merchandising.');
    await page.keyboard.press('Space');
    await page.locator(cardIn(2, 1, 'keys1')).waitFor();
    await alice.page.locator(cardIn(2, 1, 'keys1')).waitFor();
  });

  it('undoes and redoes one’s own move with Ctrl+Z / Ctrl+Shift+Z', async () => {
    const page = bob.page;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await alice.page.locator(cardIn(1, 0, 'keys1')).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await alice.page.locator(cardIn(2, 1, 'keys1')).waitFor();
  });

  it('keeps both people’s words when they type into the notes at once', async () => {
    await Promise.all([openBoard(alice.page, '?card=notes1'), openBoard(bob.page, '?card=notes1')]);
    const areaA = alice.page.getByTestId('description');
    const areaB = bob.page.getByTestId('description');
    await eventually(async () => expect(await areaA.inputValue()).toBe('Spec: '));
    await eventually(async () => expect(await areaB.inputValue()).toBe('Spec: '));
    await areaA.focus();
    await areaB.focus();
    await alice.page.keyboard.press('End');
    await bob.page.keyboard.press('Home');
    await Promise.all([
      alice.page.keyboard.type('blue glaze, 12 per carton.', { delay: 15 }),
      bob.page.keyboard.type('URGENT ', { delay: 20 }),
    ]);
    const expected = 'URGENT Spec: blue glaze, 12 per carton.';
    await eventually(async () => expect(await areaA.inputValue()).toBe(expected));
    await eventually(async () => expect(await areaB.inputValue()).toBe(expected));
    // Who edits shows on the card for the other person.
    await screenshot(alice.page, 'board-panel');
  });

  it('keeps everything after a reload', async () => {
    await alice.page.reload();
    await alice.page.locator(cardIn(3, 1, 'drag1')).waitFor({ timeout: 20_000 });
    await alice.page.locator(cardIn(2, 1, 'keys1')).waitFor();
    await eventually(async () =>
      expect(await alice.page.getByTestId('description').inputValue()).toBe(
        'URGENT Spec: blue glaze, 12 per carton.',
      ),
    );
  });

  it('opens the view kept in the URL: grouping and filters', async () => {
    const page = alice.page;
    await page.goto(`/b/${boardId}?group=owner&q=Ceramic`);
    await page.locator('.column-header').nth(10).waitFor();
    await page.getByRole('radio', { name: 'Owner', checked: true }).waitFor();
    expect(await page.getByRole('searchbox').inputValue()).toBe('Ceramic');
    await eventually(async () => {
      const titles = await page.locator('[data-card-id] .card-face__title').allTextContents();
      expect(titles.length).toBeGreaterThan(1);
      for (const title of titles) expect(title).toContain('Ceramic');
    });
    await page.getByRole('radio', { name: 'Department' }).click();
    await eventually(() => expect(new URL(page.url()).searchParams.get('group')).toBeNull());
  });

  it('deletes a card and puts it back with the undo toast', async () => {
    const page = alice.page;
    await openBoard(page, '?card=drag1');
    await page.getByRole('button', { name: 'Delete card' }).click();
    await eventually(async () =>
      expect(await bob.page.locator('[data-card-id="drag1"]').count()).toBe(0),
    );
    await page.locator('.undo-toast').getByRole('button', { name: 'Undo' }).click();
    await bob.page.locator(cardIn(3, 1, 'drag1')).waitFor();
  });

  it('adds a card with the quick-add of a cell', async () => {
    const page = alice.page;
    await openBoard(page);
    const target = page.locator(cell(4, 3));
    await target.scrollIntoViewIfNeeded();
    await target.getByRole('button', { name: /^Add a card in/ }).click();
    await target.getByRole('textbox').fill('Steel racks for Rio');
    await page.keyboard.press('Enter');
    await bob.page.locator(`${cell(4, 3)} >> text=Steel racks for Rio`).waitFor();
  });

  it('shows the Chinese interface with 询盘 … 收汇', async () => {
    const zh = await newUserPage(browser, server, { cookie: adminCookie, locale: 'zh-CN' });
    try {
      await zh.page.addInitScript(() => localStorage.setItem('orderlane.locale', 'zh'));
      await openBoard(zh.page);
      const headers = await zh.page.locator('.column-header__title').allTextContents();
      expect(headers[0]).toBe('询盘');
      expect(headers[9]).toBe('收汇');
      expect(headers).toContain('订舱出运');
      await screenshot(zh.page, 'board-chinese');
      expect(zh.errors).toEqual([]);
    } finally {
      await zh.context.close();
    }
  });

  it('fits a phone: columns scroll sideways, the panel is a full-screen sheet', async () => {
    const phone = await newUserPage(browser, server, {
      cookie: bobCookie,
      viewport: { width: 390, height: 844 },
    });
    try {
      await openBoard(phone.page);
      await screenshot(phone.page, 'board-phone');
      const scroll = phone.page.getByTestId('board-scroll');
      const widths = await scroll.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(widths[0]!).toBeGreaterThan(widths[1]!);
      await phone.page.locator('[data-card-id="drag1"]').click();
      const panel = phone.page.getByRole('dialog');
      await panel.waitFor();
      expect((await panel.boundingBox())!.width).toBeGreaterThanOrEqual(389);
      await screenshot(phone.page, 'board-phone-panel');
    } finally {
      await phone.context.close();
    }
  });

  it('has a standup screen that steps through the lanes with the keyboard', async () => {
    const big = await newUserPage(browser, server, {
      cookie: adminCookie,
      viewport: { width: 1920, height: 1080 },
    });
    try {
      await big.page.goto(`/b/${boardId}?mode=standup`);
      const title = big.page.locator('.standup__title');
      await eventually(async () => expect(await title.textContent()).toBe('Sales'));
      await screenshot(big.page, 'board-standup');
      await big.page.keyboard.press('ArrowRight');
      await eventually(async () => expect(await title.textContent()).toBe('Merchandising'));
      await big.page.keyboard.press('PageUp');
      await eventually(async () => expect(await title.textContent()).toBe('Sales'));
      await big.page.getByRole('button', { name: 'Exit standup' }).click();
      await big.page.locator('.lane-grid').waitFor();
    } finally {
      await big.context.close();
    }
    expect(alice.errors).toEqual([]);
    expect(bob.errors).toEqual([]);
  });
  it('grouped by owner, moving a card into another person’s row makes them its owner', async () => {
    const page = alice.page;
    const sample = ids[3]!; // the first sample order: Inquiry, Sales, owned by Li Wei
    await page.goto(`/b/${boardId}?group=owner`);
    const card = page.locator(`[data-card-id="${sample}"]`);
    await card.waitFor();
    await card.focus();
    await page.keyboard.press('Space');
    await page.locator('.order-card--overlay').waitFor();
    await page.keyboard.press('ArrowDown');
    await page
      .locator('[aria-live="assertive"]', { hasText: 'is over Inquiry · Zhang Min' })
      .waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await eventually(async () =>
      expect(
        await bob.page.locator(`[data-card-id="${sample}"] .avatar`).getAttribute('aria-label'),
      ).toContain('Zhang Min'),
    );
  });

  it('keeps cards whose stage was removed in the unsorted place, and they can be dragged back', async () => {
    // Another program removes the "Sample" column (index 2), which holds seeded cards.
    const client = connectBoard(server.url, boardId, {
      cookie: adminCookie,
      origin: server.origin,
    });
    try {
      await client.waitForSync();
      client.doc.getMap('columns').delete(columns[2]!.id);
      await client.waitForAck();
    } finally {
      client.destroy();
    }
    const page = alice.page;
    await page.goto(`/b/${boardId}`);
    await page.locator('.column-header').nth(9).waitFor();
    const unsorted = page.locator('.unsorted');
    await unsorted.waitFor();
    await unsorted.locator('[data-card-id="notes1"]').waitFor();
    await unsorted.scrollIntoViewIfNeeded();
    await screenshot(page, 'board-unsorted');
    // Drag it onto the board with the keyboard: it lands in a cell and leaves the unsorted place.
    const card = unsorted.locator('[data-card-id="notes1"]');
    await card.focus();
    await page.keyboard.press('Space');
    await page.locator('.order-card--overlay').waitFor();
    await page.keyboard.press('ArrowUp');
    await page
      .locator('[aria-live="assertive"]', { hasText: /is over .+ · / })
      .waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await eventually(async () =>
      expect(await unsorted.locator('[data-card-id="notes1"]').count()).toBe(0),
    );
  });
});
