/**
 * The inbox opens above an open card panel on a laptop and a TV, and takes the whole screen on a
 * phone (where the card panel is itself a full-screen sheet, closed before the inbox is reached).
 * What is checked is what the browser hits at the inbox's own points (its centre and its
 * corners), so a panel painted over it fails, whatever the CSS says.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server';
import { addMember, api, createBoard, registerAccount } from '../support/accounts';
import {
  clientDist,
  launchBrowser,
  newUserPage,
  screenshot,
  type UserPage,
} from '../support/browser';
import { seedCards } from '../bench/seedBoard';

let server: TestServer;
let browser: Browser;
let boardId: string;
let english: UserPage;
let chinese: UserPage;

beforeAll(async () => {
  server = await startTestServer({ clientDist: clientDist() });
  browser = await launchBrowser();
  const admin = await registerAccount(server, { name: 'Mia Manager' });
  const board = await createBoard(server, admin.cookie, { title: 'Export orders', kind: 'orders' });
  boardId = board.id;
  const lena = await addMember(server, admin.cookie, 'logistics', 'member', 'Lena Lang');
  const li = await addMember(server, admin.cookie, 'logistics', 'member', '李娜');
  await seedCards(server, admin.cookie, board.id, [
    {
      id: 'mugs1',
      column: 0,
      lane: 0,
      title: 'Ceramic mugs',
      orderNo: 'PO-4001',
      customer: 'Casa',
    },
  ]);
  const posted = await api(server, 'POST', `/api/boards/${board.id}/cards/mugs1/comments`, {
    cookie: admin.cookie,
    body: { body: '@{role:logistics} please book the container' },
  });
  expect(posted.status).toBe(201);
  english = await newUserPage(browser, server, { cookie: lena.cookie });
  chinese = await newUserPage(browser, server, {
    cookie: li.cookie,
    locale: 'zh-CN',
    viewport: { width: 390, height: 844 },
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens the board (with the card's panel unless `panel` is false), then the inbox, and says
 * whether the inbox is what the eye meets.
 */
async function inboxOverPanel(page: Page, panel = true): Promise<boolean> {
  await page.goto(panel ? `/b/${boardId}?card=mugs1` : `/b/${boardId}`);
  await page.locator(panel ? '.card-panel' : '.board-page').waitFor({ timeout: 45_000 });
  await page.locator('.inbox__button').click();
  await page.locator('.inbox__item').first().waitFor();
  return page.evaluate(() => {
    const panel = document.querySelector('.inbox__panel')!.getBoundingClientRect();
    const points = [
      [panel.left + panel.width / 2, panel.top + panel.height / 2],
      [panel.left + 8, panel.top + 8],
      [panel.right - 8, panel.bottom - 8],
      [panel.left + 8, panel.bottom - 8],
    ];
    return points.every(([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('.inbox__panel'));
  });
}

describe('the inbox above an open card panel', () => {
  it('in English, on a laptop and a TV', async () => {
    const page = english.page;
    expect(await inboxOverPanel(page)).toBe(true);
    await screenshot(page, 'inbox-over-panel-1440-en');
    await page.setViewportSize({ width: 1920, height: 1080 });
    expect(await inboxOverPanel(page)).toBe(true);
    await screenshot(page, 'inbox-over-panel-1920-en');
  });

  it('in Chinese, full screen on a phone, and over the panel on a laptop', async () => {
    const page = chinese.page;
    expect(await inboxOverPanel(page, false)).toBe(true);
    const box = await page.locator('.inbox__panel').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
    await screenshot(page, 'inbox-over-panel-390-zh');
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await inboxOverPanel(page)).toBe(true);
    await screenshot(page, 'inbox-over-panel-1440-zh');
  });
});
