/**
 * The order is named by its number everywhere: a mention on an order card reaches the inbox as
 * "PO-3001 · Hanse Home GmbH — LED street light", in English and in Chinese, on a phone, a
 * laptop and a TV. Takes screenshots to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

const LABEL = 'PO-3001 · Hanse Home GmbH — LED street light';

let server: TestServer;
let browser: Browser;
let english: UserPage;
let chinese: UserPage;

beforeAll(async () => {
  server = await startTestServer({ clientDist: clientDist() });
  browser = await launchBrowser();
  const admin = await registerAccount(server, { name: 'Mia Manager' });
  const board = await createBoard(server, admin.cookie, { title: 'Export orders', kind: 'orders' });
  const lena = await addMember(server, admin.cookie, 'logistics', 'member', 'Lena Lang');
  const li = await addMember(server, admin.cookie, 'logistics', 'member', '李娜');
  await seedCards(server, admin.cookie, board.id, [
    {
      id: 'led1',
      column: 0,
      lane: 0,
      title: 'LED street light',
      orderNo: 'PO-3001',
      customer: 'Hanse Home GmbH',
    },
  ]);
  const posted = await api(server, 'POST', `/api/boards/${board.id}/cards/led1/comments`, {
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
  await Promise.all([english.page.goto('/'), chinese.page.goto('/')]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the inbox names the order', () => {
  it('in English: order number, customer and title, on a laptop and a TV', async () => {
    const page = english.page;
    await page.locator('.inbox__button').click({ timeout: 45_000 });
    const item = page.locator('.inbox__item').first();
    await item.waitFor();
    expect(await item.textContent()).toContain(`Mia Manager mentioned you on ${LABEL}`);
    await screenshot(page, 'order-label-inbox-1440-en');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'order-label-inbox-1920-en');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'order-label-inbox-390-en');
  });

  it('in Chinese: the same label, on a phone, a laptop and a TV', async () => {
    const page = chinese.page;
    await page.locator('.inbox__button').click({ timeout: 45_000 });
    const item = page.locator('.inbox__item').first();
    await item.waitFor();
    expect(await item.textContent()).toContain(`Mia Manager 在「${LABEL}」中提到了你`);
    await screenshot(page, 'order-label-inbox-390-zh');
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'order-label-inbox-1440-zh');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'order-label-inbox-1920-zh');
  });
});
