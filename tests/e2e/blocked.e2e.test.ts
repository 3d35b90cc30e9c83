/**
 * The blocked flag in real Chromium, two people: Li Wei marks an order blocked with a reason in
 * the card panel; Zhang Min, on her own board page, sees the Blocked badge appear with the reason
 * as its tooltip and can filter the board to blocked orders (kept in the URL); the card is in the
 * daily standup's agenda, in its lane, with the reason `blocked`. Unblocking clears the badge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getCard, type AgendaDto, type CardId } from '@orderlane/shared';
import { addMember, api, registerAccount } from '../support/accounts';
import {
  clientDist,
  eventually,
  launchBrowser,
  newUserPage,
  screenshot,
  type UserPage,
} from '../support/browser';
import {
  createMeeting,
  createSeries,
  seededOrderBoard,
  type SeededBoard,
} from '../support/meetings';
import { startTestServer, type TestServer } from '../support/server';

const REASON = "Waiting for customer's artwork approval";

let server: TestServer;
let browser: Browser;
let board: SeededBoard;
let adminCookie: string;
let blockedId: CardId;
let calmId: CardId;
let li: UserPage;
let zhang: UserPage;

beforeAll(async () => {
  server = await startTestServer({ clientDist: clientDist() });
  browser = await launchBrowser();
  const admin = await registerAccount(server, { name: 'Li Wei' });
  adminCookie = admin.cookie;
  const member = await addMember(server, admin.cookie, 'merchandiser', 'member', 'Zhang Min');
  board = await seededOrderBoard(server, admin.cookie);
  blockedId = await board.add('production', 'production', { title: 'Ceramic mugs' });
  calmId = await board.add('production', 'production', { title: 'Bamboo boards' });
  li = await newUserPage(browser, server, { cookie: admin.cookie });
  zhang = await newUserPage(browser, server, { cookie: member.cookie });
}, 60_000);

afterAll(async () => {
  board?.client.destroy();
  await browser?.close();
  await server?.close();
});

describe('a blocked order', () => {
  it('is marked in one browser and shows its badge and reason in the other', async () => {
    await zhang.page.goto(`/b/${board.id}`);
    await zhang.page.locator(`[data-card-id="${blockedId}"]`).waitFor({ timeout: 20_000 });
    await li.page.goto(`/b/${board.id}?card=${blockedId}`);
    const panel = li.page.locator('.blocked-editor');
    await panel.getByRole('checkbox', { name: 'This order is blocked' }).check();
    const reason = panel.getByRole('textbox', { name: 'Why is it blocked?' });
    await reason.fill(REASON);
    await reason.press('Enter');

    const badge = zhang.page.locator(`[data-card-id="${blockedId}"] .card-face__blocked`);
    await badge.waitFor({ timeout: 10_000 });
    expect(await badge.textContent()).toContain('Blocked');
    await eventually(async () => expect(await badge.getAttribute('title')).toBe(REASON));
    expect(await zhang.page.locator(`[data-card-id="${calmId}"] .card-face__blocked`).count()).toBe(
      0,
    );
    await eventually(() => expect(getCard(board.client.doc, blockedId)?.blocked).toBe(REASON));
    await screenshot(li.page, 'blocked-panel');
    await badge.scrollIntoViewIfNeeded();
    await screenshot(zhang.page, 'blocked-board');

    // The filter narrows to blocked orders and lives in the URL like the others.
    await zhang.page.getByRole('checkbox', { name: 'Blocked', exact: true }).check();
    await eventually(async () => {
      expect(new URL(zhang.page.url()).searchParams.get('blocked')).toBe('1');
      expect(await zhang.page.locator(`[data-card-id="${calmId}"]`).count()).toBe(0);
    });
    expect(await zhang.page.locator(`[data-card-id="${blockedId}"]`).count()).toBe(1);
  }, 60_000);

  it("comes up in the daily standup's agenda in its lane with the reason blocked", async () => {
    const series = await createSeries(server, adminCookie, 'daily', [board.id]);
    const meeting = await createMeeting(server, adminCookie, series.id);
    const res = await api<AgendaDto>(
      server,
      'GET',
      `/api/boards/${series.id}/meetings/${meeting.id}/agenda`,
      { cookie: adminCookie },
    );
    expect(res.status).toBe(200);
    const cards = res.body.items.filter((i) => i.kind === 'card');
    const item = cards.find((i) => i.card?.cardId === blockedId);
    expect(item?.reasons).toEqual(['blocked']);
    expect(item?.sectionKey).toBe(`lane:${board.id}:${board.lane('production')}`);
    expect(cards.some((i) => i.card?.cardId === calmId)).toBe(false);
  });

  it('clears the badge for everyone when unblocked', async () => {
    await li.page.locator('.blocked-editor').getByRole('checkbox').uncheck();
    await eventually(() => expect(getCard(board.client.doc, blockedId)?.blocked).toBeNull());
    await zhang.page.goto(`/b/${board.id}`);
    await zhang.page.locator(`[data-card-id="${blockedId}"]`).waitFor({ timeout: 20_000 });
    // Retried: the page may first paint the copy it kept offline, then catch up.
    await eventually(async () =>
      expect(
        await zhang.page.locator(`[data-card-id="${blockedId}"] .card-face__blocked`).count(),
      ).toBe(0),
    );
    expect(li.errors.concat(zhang.errors)).toEqual([]);
  }, 30_000);
});
