/**
 * Mention chips and pinyin ranking in real Chromium. In a card's comment composer, "@li" offers
 * 李娜 (li·na) before 刘洋 (liu·yang); Enter takes the first candidate. The composer shows the
 * name on a chip and never `@{`, the posted comment shows 李娜 as a mention, and one Backspace
 * removes a whole mention. In English and in Chinese, at 390, 1440 and 1920 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server';
import { addMember, createBoard, registerAccount } from '../support/accounts';
import { clientDist, eventually, launchBrowser, newUserPage, screenshot } from '../support/browser';
import { seedCards } from '../bench/seedBoard';

let server: TestServer;
let browser: Browser;
let boardId: string;
let authorCookie: string;

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1440, height: 900 },
  { name: 'tv', width: 1920, height: 1080 },
] as const;

const LOCALES = [
  { name: 'en', locale: 'en-US' },
  { name: 'zh', locale: 'zh-CN' },
] as const;

beforeAll(async () => {
  server = await startTestServer({ clientDist: clientDist() });
  browser = await launchBrowser();
  const admin = await registerAccount(server, { name: 'Mia Manager' });
  const board = await createBoard(server, admin.cookie, { title: 'Export orders', kind: 'orders' });
  boardId = board.id;
  const author = await addMember(server, admin.cookie, 'merchandiser', 'member', 'Max Merch');
  authorCookie = author.cookie;
  await addMember(server, admin.cookie, 'sales', 'member', '刘洋');
  await addMember(server, admin.cookie, 'logistics', 'member', '李娜');
  await seedCards(server, admin.cookie, boardId, [
    { id: 'mugs1', column: 0, lane: 0, title: 'Ceramic mugs', orderNo: 'PO-2001' },
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('mention chips in the comment composer', () => {
  for (const lang of LOCALES) {
    for (const size of WIDTHS) {
      it(`"@li" + Enter mentions 李娜 as a chip (${lang.name}, ${size.width} px)`, async () => {
        const user = await newUserPage(browser, server, {
          cookie: authorCookie,
          locale: lang.locale,
          viewport: { width: size.width, height: size.height },
        });
        const page = user.page;
        try {
          await page.goto(`/b/${boardId}?card=mugs1`);
          await page.locator('.card-activity').waitFor({ timeout: 45_000 });
          const input = page.getByTestId('comment-input');
          await input.scrollIntoViewIfNeeded();
          await input.click();
          const note = `Booking ${lang.name} ${size.width} `;
          await input.pressSequentially(`${note}@li`);
          const options = page.locator('.mention-popup [role="option"]');
          // The pinyin dictionary loads on first use: wait until 李娜 leads.
          await eventually(async () =>
            expect(await options.first().textContent()).toContain('李娜'),
          );
          const labels = await options.allTextContents();
          const li = labels.findIndex((l) => l.includes('李娜'));
          const liu = labels.findIndex((l) => l.includes('刘洋'));
          expect(li).toBe(0);
          expect(liu).toBeGreaterThan(li);
          await screenshot(page, `mention-chips-popup-${lang.name}-${size.width}`);

          await input.press('Enter');
          expect(await input.inputValue()).toBe(`${note}@李娜 `);
          await input.pressSequentially('@wu');
          await eventually(async () =>
            expect(await options.first().textContent()).toContain(
              lang.name === 'zh' ? '物流' : 'Logistics',
            ),
          );
          await input.press('Enter');
          const dept = lang.name === 'zh' ? '@物流' : '@Logistics';
          expect(await input.inputValue()).toBe(`${note}@李娜 ${dept} `);
          // One Backspace after the space reaches the name and removes the whole department.
          await input.press('Backspace');
          await input.press('Backspace');
          expect(await input.inputValue()).toBe(`${note}@李娜 `);
          await input.pressSequentially('ETD 5/12');
          expect(await input.inputValue()).not.toContain('@{');
          const chips = page.locator('.mention-backdrop__chip');
          expect(await chips.allTextContents()).toEqual(['@李娜']);
          // The chip sits under the name in the textarea: same box, same line.
          const chipBox = await chips.first().boundingBox();
          const inputBox = await input.boundingBox();
          expect(chipBox && inputBox && chipBox.y >= inputBox.y).toBe(true);
          const chipColour = await chips
            .first()
            .evaluate((el) => getComputedStyle(el).backgroundColor);
          expect(chipColour).not.toBe('rgba(0, 0, 0, 0)');
          await screenshot(page, `mention-chips-composer-${lang.name}-${size.width}`);
          await page
            .locator('.comment-composer')
            .last()
            .screenshot({
              path: `tests/e2e/screenshots/mention-chips-box-${lang.name}-${size.width}.png`,
            });

          await input.press('Control+Enter');
          const comment = page.locator('.timeline__comment').filter({ hasText: note.trim() });
          await comment.waitFor();
          expect(await comment.locator('.mention').allTextContents()).toEqual(['@李娜']);
          expect(await comment.textContent()).not.toContain('@{');
          await eventually(async () => expect(await input.inputValue()).toBe(''));
        } finally {
          await user.context.close();
        }
      }, 90_000);
    }
  }
});
