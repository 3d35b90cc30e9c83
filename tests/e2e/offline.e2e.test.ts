/**
 * Offline in a real browser: the badge counts the changes waiting, a reload while offline keeps
 * them (the service worker serves the app, IndexedDB the board), and after reconnecting another
 * member sees them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server';
import { addMember, createBoard, registerAccount } from '../support/accounts';
import { clientDist, eventually, launchBrowser, newUserPage, screenshot } from '../support/browser';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ clientDist: clientDist() });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function badge(page: Page) {
  const element = page.locator('.sync-badge');
  return {
    status: await element.getAttribute('data-status'),
    pending: Number(await element.getAttribute('data-pending')),
    text: (await element.textContent()) ?? '',
  };
}

describe('offline', () => {
  it('keeps offline edits across a reload and delivers them on reconnect', async () => {
    const admin = await registerAccount(server, { name: 'Li Wei' });
    const board = await createBoard(server, admin.cookie, {
      title: 'Export orders',
      kind: 'orders',
    });
    const colleague = await addMember(server, admin.cookie, 'merchandiser', 'member', 'Zhang Min');

    const a = await newUserPage(browser, server, { cookie: admin.cookie });
    const b = await newUserPage(browser, server, { cookie: colleague.cookie });
    try {
      await a.page.goto(`/b/${board.id}`);
      await a.page.locator('.sync-badge[data-status="saved"]').waitFor({ timeout: 15_000 });
      // The app shell must be cached before the network goes away.
      await a.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

      await a.context.setOffline(true);
      await a.page.locator('.sync-badge[data-status="offline"]').waitFor();

      await a.page
        .getByRole('button', { name: /^Add a card in/ })
        .first()
        .click();
      await a.page.getByRole('textbox', { name: /^Add a card in/ }).fill('Offline order 42');
      await a.page.keyboard.press('Enter');
      await a.page.getByText('Offline order 42').first().waitFor();
      await eventually(async () => {
        const state = await badge(a.page);
        expect(state.status).toBe('offline');
        expect(state.pending).toBeGreaterThanOrEqual(1);
        expect(state.text).toMatch(/Offline · \d+ changes? waiting/);
      });
      await screenshot(a.page, 'board-offline-desktop');

      // A reload without a network: the shell from the service worker, the card from IndexedDB,
      // and the count of waiting changes from the previous session.
      await a.page.reload();
      await a.page.getByText('Offline order 42').first().waitFor({ timeout: 15_000 });
      await eventually(async () => {
        const state = await badge(a.page);
        expect(state.status).toBe('offline');
        expect(state.pending).toBeGreaterThanOrEqual(1);
      });

      await a.context.setOffline(false);
      await eventually(async () => {
        const state = await badge(a.page);
        expect(state.status).toBe('saved');
        expect(state.pending).toBe(0);
      }, 20_000);

      await b.page.goto(`/b/${board.id}`);
      await b.page.getByText('Offline order 42').first().waitFor({ timeout: 15_000 });
      // Back online, each sees the other among the colleagues online (socket.io presence).
      await a.page.locator('.online-avatars [aria-label^="Zhang Min"]').waitFor();
      await b.page.locator('.online-avatars [aria-label^="Li Wei"]').waitFor();
      expect(a.errors).toEqual([]);
      expect(b.errors).toEqual([]);
    } finally {
      await a.context.close();
      await b.context.close();
    }
  });

  it('never shows a change as saved that the server did not accept (a viewer)', async () => {
    const admin = await registerAccount(server, { name: 'Li Wei' });
    const board = await createBoard(server, admin.cookie, { title: 'Read only', kind: 'orders' });
    const viewer = await addMember(server, admin.cookie, 'finance', 'viewer', 'Wu Hua');
    const v = await newUserPage(browser, server, { cookie: viewer.cookie });
    try {
      // The debug handle exposes the live document of the open board to the test.
      await v.context.addInitScript(() => localStorage.setItem('orderlane.debug', '1'));
      await v.page.goto(`/b/${board.id}`);
      await v.page.locator('.sync-badge[data-status="saved"]').waitFor({ timeout: 15_000 });
      const settled = await v.page.evaluate(async () => {
        interface DebugConnection {
          doc: { getMap(name: string): { set(key: string, value: unknown): void } };
          provider: {
            synced: boolean;
            disconnect(): void;
            connect(): void;
            on(event: 'sync', handler: (synced: boolean) => void): void;
          };
          syncState: { getState(): { status: string; pending: number } };
        }
        const { connection } = (
          window as unknown as { __orderlane: { connection: DebugConnection } }
        ).__orderlane;
        connection.doc.getMap('meta').set('title', 'Changed by a viewer');
        // A fresh connection and a full sync: the server has certainly seen (and dropped) the
        // update by the time it answers, so no acknowledgement is merely late.
        const resynced = new Promise<void>((resolve) =>
          connection.provider.on('sync', (synced) => synced && resolve()),
        );
        connection.provider.disconnect();
        connection.provider.connect();
        await resynced;
        return connection.syncState.getState();
      });
      expect(settled).toEqual({ status: 'saving', pending: 1 });
    } finally {
      await v.context.close();
    }
  });
});
