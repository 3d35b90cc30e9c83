/**
 * Comments, mentions and the inbox in real Chromium. Max (merchandiser, desktop, English)
 * mentions @logistics in a comment; Lena (logistics, a phone, Chinese) sees the badge appear
 * live, opens the inbox, taps the notification and lands on the card with the comment. An
 * HTML-looking comment renders as text in both browsers and no dialog ever opens; a stage change
 * and a deleted comment reach the other person's timeline live. Takes screenshots to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server';
import { addMember, api, createBoard, registerAccount } from '../support/accounts';
import {
  clientDist,
  eventually,
  launchBrowser,
  newUserPage,
  screenshot,
  type UserPage,
} from '../support/browser';
import { seedCards } from '../bench/seedBoard';
import type { Column } from '@orderlane/shared';

const XSS = '<img src=x onerror=alert(1)> see javascript:alert(1) or https://example.com/bl';

let server: TestServer;
let browser: Browser;
let boardId: string;
let columns: Column[];
let max: UserPage;
let lena: UserPage;
/** Session cookies of the manager and Max, for posting comments over HTTP. */
let posters: string[] = [];
const dialogs: string[] = [];

function watchDialogs(page: Page) {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

async function postComment(page: Page, text: string) {
  const input = page.getByTestId('comment-input');
  await input.fill(text);
  await input.press('Control+Enter');
  await eventually(async () => expect(await input.inputValue()).toBe(''));
}

beforeAll(async () => {
  server = await startTestServer({ clientDist: clientDist() });
  browser = await launchBrowser();
  const admin = await registerAccount(server, { name: 'Mia Manager' });
  const board = await createBoard(server, admin.cookie, { title: 'Export orders', kind: 'orders' });
  boardId = board.id;
  const merch = await addMember(server, admin.cookie, 'merchandiser', 'member', 'Max Merch');
  const logistics = await addMember(server, admin.cookie, 'logistics', 'member', 'Lena 李娜');
  posters = [admin.cookie, merch.cookie];
  ({ columns } = await seedCards(server, admin.cookie, boardId, [
    { id: 'mugs1', column: 0, lane: 0, title: 'Ceramic mugs', orderNo: 'PO-2001' },
  ]));
  max = await newUserPage(browser, server, { cookie: merch.cookie });
  lena = await newUserPage(browser, server, {
    cookie: logistics.cookie,
    locale: 'zh-CN',
    viewport: { width: 390, height: 844 },
  });
  watchDialogs(max.page);
  watchDialogs(lena.page);
  await Promise.all([max.page.goto(`/b/${boardId}?card=mugs1`), lena.page.goto('/')]);
  await max.page.locator('.card-activity').waitFor({ timeout: 45_000 });
  await lena.page.locator('.inbox__button').waitFor({ timeout: 45_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('comments, mentions and the inbox', () => {
  it('the inbox starts empty and says so', async () => {
    expect(await lena.page.getByTestId('inbox-badge').count()).toBe(0);
    await lena.page.locator('.inbox__button').click();
    await lena.page.locator('.inbox__empty').filter({ hasText: '没有新通知' }).waitFor();
    await lena.page.keyboard.press('Escape');
    await lena.page.locator('.inbox__panel').waitFor({ state: 'detached' });
  });

  it('the card panel shows the card history with who made it', async () => {
    await max.page.locator('[data-change-type="created"]').waitFor();
    expect(await max.page.locator('[data-change-type="created"]').textContent()).toContain(
      'Mia Manager created the card in Inquiry',
    );
  });

  it('typing @logi offers the department; Enter inserts it and Ctrl+Enter posts', async () => {
    const input = max.page.getByTestId('comment-input');
    await input.click();
    await input.pressSequentially('Booking please @logi');
    const first = max.page.locator('.mention-popup [role="option"]').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('@Logistics');
    await screenshot(max.page, 'mention-popup-desktop');
    await input.press('Enter');
    // The box shows the department's name on a chip; the posted comment keeps the token.
    expect(await input.inputValue()).toBe('Booking please @Logistics ');
    await input.pressSequentially('ETD next week');
    await input.press('Control+Enter');
    const comment = max.page.locator('.timeline__comment').filter({ hasText: 'Booking please' });
    await comment.waitFor();
    expect(await comment.locator('.mention').textContent()).toBe('@Logistics');
    expect(await comment.textContent()).not.toContain('@{role');
    await screenshot(max.page, 'activity-card-desktop');
  });

  it('the logistics member sees the badge live, opens the inbox and lands on the card', async () => {
    const badge = lena.page.getByTestId('inbox-badge');
    await badge.waitFor({ timeout: 10_000 });
    expect(await badge.textContent()).toBe('1');
    await lena.page.locator('.inbox__button').click();
    const item = lena.page.locator('.inbox__item').first();
    await item.waitFor();
    expect(await item.textContent()).toContain('Max Merch 在「PO-2001 — Ceramic mugs」中提到了你');
    expect(await item.textContent()).toContain('@物流');
    await screenshot(lena.page, 'inbox-phone-zh');
    await item.locator('button').click();
    await lena.page.waitForURL((url) => url.pathname === `/b/${boardId}`);
    expect(new URL(lena.page.url()).searchParams.get('card')).toBe('mugs1');
    const comment = lena.page.locator('.timeline__comment').filter({ hasText: 'Booking please' });
    await comment.waitFor({ timeout: 20_000 });
    expect(await comment.locator('.mention').textContent()).toBe('@物流');
    await eventually(async () =>
      expect(await lena.page.getByTestId('inbox-badge').count()).toBe(0),
    );
  });

  it('an HTML-looking comment renders as inert text in both browsers', async () => {
    await postComment(max.page, XSS);
    for (const page of [max.page, lena.page]) {
      const comment = page.locator('.timeline__comment').filter({ hasText: 'onerror' });
      await comment.waitFor({ timeout: 10_000 });
      expect(await comment.locator('.timeline__text').textContent()).toBe(XSS);
      expect(await page.locator('.card-panel img').count()).toBe(0);
      expect(await page.locator('.card-panel a[href^="javascript"]').count()).toBe(0);
      const link = comment.locator('a');
      expect(await link.count()).toBe(1);
      expect(await link.getAttribute('href')).toBe('https://example.com/bl');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // A javascript: URL would run on click if it were a link: clicking the text does nothing.
    await max.page.locator('.timeline__comment').filter({ hasText: 'onerror' }).click();
    expect(dialogs).toEqual([]);
  });

  it('a stage change and a deleted comment reach the other timeline live', async () => {
    await max.page.locator('.card-panel select[name="columnId"]').selectOption(columns[1]!.id);
    const moved = lena.page.locator('[data-change-type="stage"]');
    await moved.waitFor({ timeout: 10_000 });
    expect(await moved.textContent()).toContain('Max Merch 将阶段从「询盘」改为');
    const xss = max.page.locator('.timeline__comment').filter({ hasText: 'onerror' });
    await xss.getByRole('button', { name: 'Delete' }).click();
    await xss.getByRole('group').getByRole('button', { name: 'Delete' }).click();
    await lena.page.locator('.timeline__deleted').filter({ hasText: '该评论已删除' }).waitFor();
    // Editing one's own comment: the other person sees the new words, marked as edited.
    const booking = max.page.locator('.timeline__comment').filter({ hasText: 'Booking please' });
    await booking.getByRole('button', { name: 'Edit' }).click();
    const editor = booking.getByTestId('comment-input');
    await editor.fill('Booking please @{role:logistics} ETD Friday');
    await editor.press('Control+Enter');
    const edited = lena.page.locator('.timeline__comment').filter({ hasText: 'ETD Friday' });
    await edited.waitFor({ timeout: 10_000 });
    expect(await edited.locator('.timeline__marker').textContent()).toBe('（已编辑）');
    expect(await edited.locator('.mention').textContent()).toBe('@物流');
  });

  it('a mention typed into the card notes shows as a name and reaches that person', async () => {
    const notes = max.page.getByTestId('description');
    await notes.click();
    await notes.pressSequentially('Ask @lin');
    const option = max.page.locator('.mention-popup [role="option"]').first();
    await eventually(async () => expect(await option.textContent()).toContain('Lena 李娜'));
    await notes.press('Tab');
    await notes.pressSequentially('for the booking');
    // The notes show the name, never the stored token `@{user:…}`.
    expect(await notes.inputValue()).toBe('Ask @Lena 李娜 for the booking');
    // A department shows in each person's language; typing after a name goes on normally.
    await notes.pressSequentially(' cc @logi');
    await eventually(async () => expect(await option.textContent()).toContain('@Logistics'));
    await notes.press('Enter');
    await notes.pressSequentially('today');
    expect(await notes.inputValue()).toBe('Ask @Lena 李娜 for the booking cc @Logistics today');
    await screenshot(max.page, 'notes-mention-desktop');
    const lenaNotes = lena.page.getByTestId('description');
    await eventually(async () =>
      expect(await lenaNotes.inputValue()).toBe('Ask @Lena 李娜 for the booking cc @物流 today'),
    );
    await screenshot(lena.page, 'notes-mention-phone-zh');
    // The stored text holds the token: the server saw a mention of Lena and told her.
    await lena.page.getByTestId('inbox-badge').waitFor({ timeout: 10_000 });
    await lena.page.locator('.card-activity__follow').click();
    await eventually(async () =>
      expect(await lena.page.locator('.card-activity__follow').getAttribute('aria-pressed')).toBe(
        'true',
      ),
    );
    await screenshot(lena.page, 'activity-card-phone-zh');
    expect(dialogs).toEqual([]);
    expect(max.errors).toEqual([]);
    expect(lena.errors).toEqual([]);
  });
  it('the inbox pages back past the newest 50 with Load more', async () => {
    // 52 more mentions of logistics, from two people (each within the comment rate limit).
    await Promise.all(
      posters.map(async (cookie) => {
        for (let i = 0; i < 26; i++) {
          const res = await api(server, 'POST', `/api/boards/${boardId}/cards/mugs1/comments`, {
            cookie,
            body: { body: `Pallet check ${i} @{role:logistics}` },
          });
          expect(res.status).toBeLessThan(300);
        }
      }),
    );
    // A fresh start loads only the newest page (on a phone the card panel covers the bell).
    await lena.page.goto('/');
    await lena.page.locator('.inbox__button').click();
    const items = lena.page.locator('.inbox__item');
    const more = lena.page.getByTestId('inbox-load-more');
    await more.waitFor();
    expect(await items.count()).toBe(50);
    await more.click();
    await more.waitFor({ state: 'detached' });
    expect(await items.count()).toBeGreaterThan(52);
    // The oldest notification, Max's first comment, is now reachable.
    expect(await items.last().textContent()).toContain('Booking please');
    await lena.page.getByRole('button', { name: '全部标为已读' }).click();
    await eventually(async () =>
      expect(await lena.page.locator('.inbox__item--unread').count()).toBe(0),
    );
    expect(await lena.page.getByTestId('inbox-badge').count()).toBe(0);
  });
});
