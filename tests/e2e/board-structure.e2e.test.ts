/**
 * Editing the board's structure from the column and lane menus in real Chromium, two people on
 * one board: a WIP limit both see turn red, a lane rename reaching the other person, a removed
 * column whose cards land in Unsorted (and come back with Undo), no menu for a viewer, the menu
 * on a phone, and a standup screen whose lane survives a reload and a shared link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Column, Lane } from '@orderlane/shared';
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

let server: TestServer;
let browser: Browser;
let boardId: string;
let alice: UserPage;
let bob: UserPage;
let columns: Column[];
let lanes: Lane[];
let adminCookie: string;
let viewerCookie: string;

const columnHeader = (id: string) => `.column-header[data-column-id="${id}"]`;
const columnMenu = (id: string) => `${columnHeader(id)} [data-structure-menu="column"]`;
const laneMenu = (id: string) => `.row-header[data-row-key="${id}"] [data-structure-menu="lane"]`;

async function openBoard(page: Page, query = '') {
  await page.goto(`/b/${boardId}${query}`);
  await page.locator('.column-header').nth(9).waitFor({ timeout: 20_000 });
}

async function choose(page: Page, menuButton: string, item: string) {
  await page.locator(menuButton).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

beforeAll(async () => {
  server = await startTestServer({ clientDist: clientDist() });
  browser = await launchBrowser();
  const admin = await registerAccount(server, { name: 'Li Wei' });
  adminCookie = admin.cookie;
  const board = await createBoard(server, admin.cookie, { title: 'Structure', kind: 'orders' });
  boardId = board.id;
  const member = await addMember(server, admin.cookie, 'merchandiser', 'member', 'Zhang Min');
  const viewer = await addMember(server, admin.cookie, 'finance', 'viewer', 'Wang Fang');
  viewerCookie = viewer.cookie;
  ({ columns, lanes } = await seedCards(server, admin.cookie, boardId, [
    { id: 'wip1', column: 2, lane: 0, title: 'Ceramic mugs' },
    { id: 'wip2', column: 2, lane: 1, title: 'LED panels' },
    { id: 'gone1', column: 4, lane: 0, title: 'Cotton towels' },
  ]));
  alice = await newUserPage(browser, server, { cookie: admin.cookie });
  bob = await newUserPage(browser, server, { cookie: member.cookie });
  await Promise.all([openBoard(alice.page), openBoard(bob.page)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the column and lane menus', () => {
  it('a WIP limit of 1 on a column with 2 cards shows over the limit for both people', async () => {
    const page = alice.page;
    const id = columns[2]!.id;
    await page.locator(columnMenu(id)).click();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    await screenshot(page, 'structure-menu-desktop');
    // The first item has focus; arrows move, Escape closes and hands focus back to the button.
    await eventually(async () =>
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Rename'),
    );
    await page.keyboard.press('ArrowDown');
    await eventually(async () =>
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Set WIP limit'),
    );
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-structure-menu')),
    ).toBe('column');

    await choose(page, columnMenu(id), 'Set WIP limit');
    const field = page.getByLabel('Most cards at once');
    await field.fill('0');
    const save = page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true });
    expect(await save.isDisabled()).toBe(true);
    await field.fill('1');
    await save.click();
    for (const who of [alice, bob]) {
      const header = who.page.locator(`${columnHeader(id)}.column-header--over`);
      await header.waitFor();
      const count = header.locator('.column-header__count');
      expect(await count.locator('[aria-hidden="true"]').textContent()).toBe('WIP 2/1');
      expect(await count.locator('.visually-hidden').textContent()).toBe(
        'Over the WIP limit (2/1)',
      );
    }
    await screenshot(bob.page, 'structure-wip-over');
  });

  it('a lane renamed by one person is renamed for the other', async () => {
    const id = lanes[1]!.id;
    await choose(alice.page, laneMenu(id), 'Rename');
    const name = alice.page.locator('dialog input[name="structure-title"]');
    expect(await name.inputValue()).toBe('Merchandising');
    await name.fill('  Order follow-up  ');
    await alice.page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(async () =>
      expect(
        await bob.page.locator(`.row-header[data-row-key="${id}"] .row-header__name`).textContent(),
      ).toBe('Order follow-up'),
    );
  });

  it('a removed column’s cards show in Unsorted for the other person, and Undo brings it back', async () => {
    const id = columns[4]!.id;
    await choose(alice.page, columnMenu(id), 'Remove column');
    const dialog = alice.page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('move to Unsorted');
    await screenshot(alice.page, 'structure-remove-confirm');
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await bob.page.locator('.unsorted [data-card-id="gone1"]').waitFor();
    await bob.page.locator(columnHeader(id)).waitFor({ state: 'detached' });
    await screenshot(bob.page, 'structure-unsorted');
    await alice.page.locator('.undo-toast').getByRole('button', { name: 'Undo' }).click();
    await bob.page.locator(`${columnHeader(id)}`).waitFor();
    await bob.page.locator(`[data-cell="${id}|${lanes[0]!.id}"] [data-card-id="gone1"]`).waitFor();
    expect(await bob.page.locator('.unsorted').count()).toBe(0);
  });

  it('adds a column after another and moves it, live for the other person', async () => {
    const after = columns[0]!.id;
    await choose(alice.page, columnMenu(after), 'Add column after');
    await alice.page.locator('dialog input[name="structure-title"]').fill('Sampling');
    await alice.page.getByRole('dialog').getByRole('button', { name: 'Add', exact: true }).click();
    const titles = () => bob.page.locator('.column-header__title').allTextContents();
    await eventually(async () =>
      expect((await titles()).slice(0, 3)).toEqual(['Inquiry', 'Sampling', 'Quotation']),
    );
    const added = await alice.page.locator('.column-header').nth(1).getAttribute('data-column-id');
    await choose(alice.page, columnMenu(added!), 'Move right');
    await eventually(async () =>
      expect((await titles()).slice(0, 3)).toEqual(['Inquiry', 'Quotation', 'Sampling']),
    );
  });

  it('a viewer sees no menus', async () => {
    expect(await alice.page.locator('[data-structure-menu]').count()).toBeGreaterThan(10);
    const viewer = await newUserPage(browser, server, { cookie: viewerCookie });
    try {
      await openBoard(viewer.page);
      await viewer.page.locator('[data-card-id="wip1"]').waitFor();
      expect(await viewer.page.locator('.row-header').count()).toBeGreaterThan(0);
      expect(await viewer.page.locator('[data-structure-menu]').count()).toBe(0);
    } finally {
      await viewer.context.close();
    }
  });

  it('opens inside the screen on a phone, in Chinese', async () => {
    const phone = await newUserPage(browser, server, {
      cookie: adminCookie,
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
    });
    try {
      await openBoard(phone.page);
      await phone.page.locator(columnMenu(columns[0]!.id)).click();
      const menu = phone.page.getByRole('menu');
      await menu.waitFor();
      await screenshot(phone.page, 'structure-menu-phone');
      expect(await menu.getByRole('menuitem').allTextContents()).toEqual([
        '重命名',
        '设置在制品上限',
        '右移',
        '在右侧添加列',
        '删除列',
      ]);
      const box = (await menu.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});

describe('the standup screen', () => {
  it('keeps the lane on screen in the URL, for a reload and a shared link', async () => {
    const big = await newUserPage(browser, server, {
      cookie: adminCookie,
      viewport: { width: 1920, height: 1080 },
    });
    const other = await newUserPage(browser, server, { cookie: adminCookie });
    try {
      await big.page.goto(`/b/${boardId}?mode=standup`);
      const title = big.page.locator('.standup__title');
      await eventually(async () => expect(await title.textContent()).toBe('Sales'));
      await big.page.keyboard.press('ArrowRight');
      await eventually(async () => expect(await title.textContent()).toBe('Order follow-up'));
      const url = big.page.url();
      expect(new URL(url).searchParams.get('lane')).toBe(lanes[1]!.id);
      await big.page.reload();
      await eventually(async () => expect(await title.textContent()).toBe('Order follow-up'));
      await other.page.goto(url);
      await eventually(async () =>
        expect(await other.page.locator('.standup__title').textContent()).toBe('Order follow-up'),
      );
      await big.page.getByRole('button', { name: 'Exit standup' }).click();
      await big.page.locator('.lane-grid').waitFor();
      expect(new URL(big.page.url()).searchParams.has('lane')).toBe(false);
    } finally {
      await big.context.close();
      await other.context.close();
    }
    expect(alice.errors).toEqual([]);
    expect(bob.errors).toEqual([]);
  });
});
