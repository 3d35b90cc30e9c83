/**
 * Meeting states in real Chromium: while today's standup runs, the board list and the series
 * page say "running — join (facilitator …)"; ending it asks in the app's own dialog (never the
 * browser's); afterwards both say it ended and lead to the minutes, nothing offers a second
 * standup, and the API answers the ended meeting to a second "start". English and Chinese;
 * screenshots of the board list and the series page at 390, 1440 and 1920 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { MeetingDto } from '@orderlane/shared';
import { startTestServer, type TestServer } from '../support/server';
import { createBoard, registerAccount } from '../support/accounts';
import {
  clientDist,
  eventually,
  launchBrowser,
  newUserPage,
  screenshot,
  type UserPage,
} from '../support/browser';
import { createMeeting, createSeries } from '../support/meetings';

let server: TestServer;
let browser: Browser;
let cookie: string;
let seriesId: string;
let meeting: MeetingDto;

const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];
const LANGUAGES = [
  {
    locale: 'en-GB',
    running: 'Running — join (facilitator Li Wei)',
    ended: 'Ended — minutes',
    viewMinutes: 'Ended — view minutes',
    start: "Start today's standup",
  },
  {
    locale: 'zh-CN',
    running: '进行中 — 加入（主持人 Li Wei）',
    ended: '已结束 — 会议记录',
    viewMinutes: '已结束 — 查看会议记录',
    start: '开始今天的例会',
  },
];

beforeAll(async () => {
  server = await startTestServer({ clientDist: clientDist() });
  browser = await launchBrowser();
  const admin = await registerAccount(server, { name: 'Li Wei' });
  cookie = admin.cookie;
  const board = await createBoard(server, cookie, { title: 'Export orders', kind: 'orders' });
  seriesId = (await createSeries(server, cookie, 'daily', [board.id])).id;
  meeting = await createMeeting(server, cookie, seriesId, { start: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the board list and the series page at every width in one language, with screenshots. */
async function checkEverywhere(
  language: (typeof LANGUAGES)[number],
  state: 'running' | 'ended',
): Promise<void> {
  for (const viewport of WIDTHS) {
    const user: UserPage = await newUserPage(browser, server, {
      cookie,
      locale: language.locale,
      viewport,
    });
    try {
      const { page } = user;
      const name = `${state}-${language.locale}-${viewport.width}`;
      await page.goto('/');
      const tile = page.getByTestId('series-state');
      await eventually(async () =>
        expect(await tile.textContent()).toBe(
          state === 'running' ? language.running : language.ended,
        ),
      );
      await screenshot(page, `meeting-states-list-${name}`);
      await page.goto(`/b/${seriesId}`);
      const today = page.getByTestId('series-today');
      await eventually(async () => expect(await today.getAttribute('data-status')).toBe(state));
      expect(await today.textContent()).toBe(
        state === 'running' ? language.running : language.viewMinutes,
      );
      expect(await page.getByRole('button', { name: language.start }).count()).toBe(0);
      await screenshot(page, `meeting-states-series-${name}`);
      expect(user.errors).toEqual([]);
    } finally {
      await user.context.close();
    }
  }
}

describe('meeting states', () => {
  it('shows a running standup with its facilitator on the board list and the series page', async () => {
    for (const language of LANGUAGES) await checkEverywhere(language, 'running');
  }, 120_000);

  it("ends the standup in the app's own dialog", async () => {
    const user = await newUserPage(browser, server, { cookie });
    const browserDialogs: string[] = [];
    user.page.on('dialog', (d) => {
      browserDialogs.push(d.message());
      void d.dismiss();
    });
    try {
      const { page } = user;
      await page.goto(`/b/${seriesId}?m=${meeting.id}`);
      await page.getByRole('button', { name: 'End meeting' }).click();
      const dialog = page.getByRole('dialog', { name: 'End the meeting?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('The minutes are then frozen');
      await screenshot(page, 'meeting-states-end-dialog');
      await dialog.getByRole('button', { name: 'End meeting' }).click();
      await page.locator('[data-testid="minutes"]').waitFor({ timeout: 20_000 });
      expect(browserDialogs).toEqual([]);
    } finally {
      await user.context.close();
    }
  }, 60_000);

  it('shows the ended standup with its minutes and refuses a second one that day', async () => {
    for (const language of LANGUAGES) await checkEverywhere(language, 'ended');
    const user = await newUserPage(browser, server, { cookie });
    try {
      await user.page.goto(`/b/${seriesId}`);
      const again = await user.page.evaluate(async (id) => {
        const res = await fetch(`/api/boards/${id}/meetings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ start: true }),
        });
        return { status: res.status, body: (await res.json()) as MeetingDto };
      }, seriesId);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: meeting.id, status: 'ended' });
      await user.page.getByTestId('series-today').click();
      await user.page.locator('[data-testid="minutes"]').waitFor({ timeout: 20_000 });
    } finally {
      await user.context.close();
    }
  }, 120_000);
});
