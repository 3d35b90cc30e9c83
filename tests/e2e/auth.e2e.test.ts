/**
 * Getting in, in a real browser: register, the empty board list, a new order board, sign out and
 * in again, a wrong password in plain words, and the Chinese interface. Screenshots of each
 * screen land in tests/e2e/screenshots/ to be looked at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server';
import { createBoard, registerAccount, uniqueEmail } from '../support/accounts';
import { clientDist, eventually, launchBrowser, newUserPage, screenshot } from '../support/browser';

const PASSWORD = 'correct horse battery';
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

async function registerInBrowser(page: Page, name: string, email: string, labels = EN) {
  await page.goto('/');
  await page.waitForURL(/\/login/);
  await page.getByRole('link', { name: labels.createAccount }).click();
  await page.waitForURL(/\/register/);
  await page.getByLabel(labels.name).fill(name);
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(PASSWORD);
  await page.getByRole('button', { name: labels.createAccount }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

const EN = {
  createAccount: 'Create account',
  name: 'Your name',
  email: 'Work email',
  password: 'Password',
};
const ZH = { createAccount: '创建账户', name: '姓名', email: '工作邮箱', password: '密码' };

describe('getting in', () => {
  it('registers, creates and opens an order board, signs out and back in', async () => {
    const { context, page, errors } = await newUserPage(browser, server);
    const email = uniqueEmail('e2e-auth');
    try {
      await page.goto('/login');
      await screenshot(page, 'auth-login-desktop');
      await registerInBrowser(page, 'Li Wei', email);

      // The empty list explains what a board is and offers to create one.
      await page.getByRole('heading', { name: 'No boards yet' }).waitFor();
      await expect(page.getByText('stages run across, departments run down').count()).resolves.toBe(
        1,
      );
      await screenshot(page, 'boards-empty-desktop');

      await page.getByRole('button', { name: 'New order board' }).click();
      const dialog = page.getByRole('dialog', { name: 'New order board' });
      await dialog.getByLabel('Board name').fill('Export orders 2026');
      await screenshot(page, 'boards-new-dialog-desktop');
      await dialog.getByRole('button', { name: 'Create board' }).click();
      await page.waitForURL(/\/b\/[A-Za-z0-9_-]+$/);
      const boardPath = new URL(page.url()).pathname;
      // The board connects and its sync state settles on "Saved".
      await page.locator('.sync-badge[data-status="saved"]').waitFor({ timeout: 15_000 });

      // Back on the list the board is there, with its kind.
      await page.getByRole('link', { name: /Orderlane — all boards/ }).click();
      await page.waitForURL((url) => url.pathname === '/');
      const tile = page.getByRole('link', { name: /Export orders 2026/ });
      await tile.waitFor();
      expect(await tile.textContent()).toContain('Order board');
      await screenshot(page, 'boards-list-desktop');

      // Archiving hides the board; the toast brings it back.
      await tile.hover();
      await page.getByRole('button', { name: 'Archive Export orders 2026' }).click();
      await page.getByRole('status').getByText('archived').waitFor();
      await page.getByRole('heading', { name: 'No boards yet' }).waitFor();
      await screenshot(page, 'boards-archived-toast-desktop');
      await page.getByRole('button', { name: 'Undo' }).click();
      await tile.waitFor();

      // Sign out through the user menu, then in again.
      await page.getByRole('button', { name: 'Account of Li Wei' }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.waitForURL(/\/login/);
      await page.goto('/');
      await page.waitForURL(/\/login/);

      await page.getByLabel('Work email').fill(email);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').getByText('email and password do not match').waitFor();
      await screenshot(page, 'auth-login-error-desktop');

      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('link', { name: /Export orders 2026/ }).click();
      await page.waitForURL((url) => url.pathname === boardPath);
      await page.locator('.sync-badge[data-status="saved"]').waitFor({ timeout: 15_000 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a link to a board opens sign-in first and then that board', async () => {
    const { context, page } = await newUserPage(browser, server);
    const email = uniqueEmail('e2e-next');
    try {
      await registerInBrowser(page, 'Chen Jing', email);
      await page.getByRole('button', { name: 'New order board' }).click();
      await page.getByLabel('Board name').fill('Spring fair orders');
      await page.getByRole('button', { name: 'Create board' }).click();
      await page.waitForURL(/\/b\//);
      const boardPath = new URL(page.url()).pathname;
      await context.clearCookies();
      await page.goto(boardPath);
      await page.waitForURL(/\/login\?next=/);
      await page.getByLabel('Work email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await eventually(() => expect(new URL(page.url()).pathname).toBe(boardPath));
    } finally {
      await context.close();
    }
  });

  it('joins a team through an invitation and sees its boards, on a big screen', async () => {
    const admin = await registerAccount(server, { name: 'Li Wei' });
    await createBoard(server, admin.cookie, { title: 'Export orders 2026', kind: 'orders' });
    const email = uniqueEmail('e2e-invited');
    // The admin creates the invitation link in the browser.
    const host = await newUserPage(browser, server, { cookie: admin.cookie });
    let link: string;
    try {
      await host.page.goto('/');
      await host.page.getByRole('button', { name: 'Invite a colleague' }).click();
      const dialog = host.page.getByRole('dialog', { name: 'Invite a colleague' });
      await dialog.getByLabel('Work email').fill(email);
      await dialog.getByLabel('Department').selectOption('logistics');
      await dialog.getByRole('button', { name: 'Create invitation link' }).click();
      link = await dialog.getByLabel('Invitation link').inputValue();
      await screenshot(host.page, 'team-invite-desktop');
    } finally {
      await host.context.close();
    }
    expect(link).toMatch(/\/register\?invite=/);
    const { context, page, errors } = await newUserPage(browser, server, {
      viewport: { width: 1920, height: 1080 },
    });
    try {
      await page.goto(new URL(link).pathname + new URL(link).search);
      await page.getByRole('heading', { name: 'Join your team' }).waitFor();
      await page.getByLabel('Your name').fill('Zhao Lei');
      await page.getByLabel('Work email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Join the team' }).click();
      await page.getByRole('link', { name: /Export orders 2026/ }).waitFor();
      await screenshot(page, 'boards-list-bigscreen');

      // A board that does not exist (or belongs to another team) says so instead of spinning.
      await page.goto('/b/no-such-board');
      await page
        .locator('.sync-badge[data-status="refused"]', { hasText: 'This board no longer exists' })
        .waitFor({ timeout: 15_000 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('speaks Chinese to a Chinese browser, and on a phone', async () => {
    const { context, page, errors } = await newUserPage(browser, server, {
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
    });
    try {
      await page.goto('/login');
      await page.getByRole('heading', { name: '登录' }).waitFor();
      await screenshot(page, 'auth-login-phone-zh');
      await registerInBrowser(page, '王芳', uniqueEmail('e2e-zh'), ZH);
      await page.getByRole('heading', { name: '还没有看板' }).waitFor();
      await page.getByRole('button', { name: '新建订单看板' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await screenshot(page, 'boards-empty-phone-zh');

      await page.getByRole('button', { name: '新建订单看板' }).click();
      await page.getByLabel('看板名称').fill('2026 出口订单');
      await page.getByRole('button', { name: '创建看板' }).click();
      await page.waitForURL(/\/b\//);
      await page.locator('.sync-badge', { hasText: '已保存' }).waitFor({ timeout: 15_000 });
      await screenshot(page, 'board-phone-zh');
      await page.goBack();
      await page.getByRole('link', { name: /2026 出口订单/ }).waitFor();
      expect(await page.getByRole('link', { name: /2026 出口订单/ }).textContent()).toContain(
        '订单看板',
      );
      await screenshot(page, 'boards-list-phone-zh');

      // The switch changes the language at once and remembers it.
      await page.getByRole('button', { name: 'EN' }).click();
      await page.getByRole('heading', { name: 'Boards' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Boards' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
