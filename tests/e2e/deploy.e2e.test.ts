/**
 * A tab left open across a deploy: the server restarts on the same storage and address speaking
 * a newer Yjs protocol. The open page is refused (`CLOSE.protocolMismatch`), reloads once to
 * fetch the client the server speaks, and when even the fresh page is refused (here the server
 * still serves the old build) the sync badge says so instead of the page reloading again. Once a
 * server of its own version is back, a reload by the user is served again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PROTOCOL_VERSION } from '@orderlane/shared';
import { startTestServer, tempDir, type TestServer } from '../support/server';
import { addMember, createBoard, registerAccount } from '../support/accounts';
import {
  clientDist,
  launchBrowser,
  newUserPage,
  screenshot,
  type UserPage,
  type UserPageOptions,
} from '../support/browser';

const OUTDATED_EN = 'This page is out of date — reload it to keep working';
const OUTDATED_ZH = '此页面版本已过期，请刷新后继续';
/** Where protocolReload.ts remembers that this tab already reloaded for a mismatch. */
const RELOADED_KEY = 'orderlane.reloadedForProtocol';

const data = tempDir('orderlane-deploy-');
let server: TestServer;
let browser: Browser;

/** Stops the server and starts another on the same data and port: a deploy. */
async function redeploy(protocolVersion?: number) {
  const { port } = server;
  await server.close();
  server = await startTestServer({
    clientDist: clientDist(),
    sqliteDir: data.dir,
    port,
    ...(protocolVersion === undefined ? {} : { protocolVersion }),
  });
}

beforeAll(async () => {
  server = await startTestServer({ clientDist: clientDist(), sqliteDir: data.dir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  data.remove();
});

/** An open tab, with the number of times its page has loaded. */
interface OpenTab extends UserPage {
  loads: () => number;
}

async function openTab(cookie: string, boardId: string, options: UserPageOptions) {
  const user = await newUserPage(browser, server, { ...options, cookie });
  let loads = 0;
  user.page.on('load', () => loads++);
  await user.page.goto(`/b/${boardId}`);
  await user.page.locator('.sync-badge[data-status="saved"]').waitFor({ timeout: 15_000 });
  // Gone after a reload: tells this page apart from the one the tab loads next.
  await user.page.evaluate(() => {
    (window as unknown as { beforeDeploy?: boolean }).beforeDeploy = true;
  });
  return { ...user, loads: () => loads } satisfies OpenTab;
}

function reloadMarker(page: Page): Promise<string | null> {
  return page.evaluate((key) => sessionStorage.getItem(key), RELOADED_KEY);
}

function isPageBeforeDeploy(page: Page): Promise<boolean> {
  return page.evaluate(
    () => (window as unknown as { beforeDeploy?: boolean }).beforeDeploy === true,
  );
}

/**
 * The badge lies within the viewport, clear of the account controls beside it, and shows its
 * whole text (nothing cut off).
 */
async function expectBadgeFits(page: Page) {
  const badge = page.locator('.sync-badge');
  const box = (await badge.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  const controls = (await page.locator('.topbar__end').boundingBox())!;
  const apart =
    box.x + box.width <= controls.x ||
    controls.x + controls.width <= box.x ||
    box.y + box.height <= controls.y ||
    controls.y + controls.height <= box.y;
  expect(apart, 'the badge overlaps the account controls').toBe(true);
  const [scrollWidth, clientWidth] = await badge.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth!);
}

describe('a tab left open across a deploy', () => {
  it('reloads once for a newer protocol, then says the page is out of date', async () => {
    const admin = await registerAccount(server, { name: 'Li Wei' });
    const board = await createBoard(server, admin.cookie, {
      title: 'Export orders',
      kind: 'orders',
    });
    const colleague = await addMember(server, admin.cookie, 'merchandiser', 'member', 'Zhang Min');
    const pocket = await addMember(server, admin.cookie, 'finance', 'member', 'Wu Hua');
    const wall = await addMember(server, admin.cookie, 'sales', 'member', 'Standup Screen');

    const laptop = await openTab(admin.cookie, board.id, {});
    const phone = await openTab(colleague.cookie, board.id, {
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
    });
    const phoneEn = await openTab(pocket.cookie, board.id, {
      viewport: { width: 390, height: 844 },
    });
    const tv = await openTab(wall.cookie, board.id, { viewport: { width: 1920, height: 1080 } });
    const tabs = [
      { tab: laptop, text: OUTDATED_EN, shot: 'deploy-outdated-laptop-en' },
      { tab: phone, text: OUTDATED_ZH, shot: 'deploy-outdated-phone-zh' },
      // The longest text on the narrowest screen.
      { tab: phoneEn, text: OUTDATED_EN, shot: 'deploy-outdated-phone-en' },
      { tab: tv, text: OUTDATED_EN, shot: 'deploy-outdated-tv-en' },
    ];
    try {
      await redeploy(PROTOCOL_VERSION + 1);

      for (const { tab, text, shot } of tabs) {
        const refused = tab.page.locator('.sync-badge[data-status="refused"]');
        await refused.waitFor({ timeout: 20_000 });
        // Refused on the first page, reloaded, refused again: now it says so.
        expect(tab.loads()).toBe(2);
        expect(await isPageBeforeDeploy(tab.page)).toBe(false);
        expect(await reloadMarker(tab.page)).not.toBeNull();
        expect(await refused.textContent()).toBe(text);
        await expectBadgeFits(tab.page);
        await screenshot(tab.page, shot);
      }
      // No second reload, however long the tab stays open (bounded: past the provider's backoff).
      await laptop.page.waitForTimeout(3_000);
      for (const { tab, text } of tabs) {
        expect(tab.loads()).toBe(2);
        expect(await tab.page.locator('.sync-badge').textContent()).toBe(text);
      }

      // The deploy is rolled back to the version these pages speak: a reload is served again,
      // and the accepted connection clears the guard so the next deploy may reload once more.
      await redeploy();
      for (const { tab } of tabs) {
        await tab.page.reload();
        await tab.page.locator('.sync-badge[data-status="saved"]').waitFor({ timeout: 15_000 });
        expect(tab.loads()).toBe(3);
        expect(await reloadMarker(tab.page)).toBeNull();
        expect(tab.errors).toEqual([]);
      }
    } finally {
      for (const { tab } of tabs) await tab.context.close();
    }
  });
});
