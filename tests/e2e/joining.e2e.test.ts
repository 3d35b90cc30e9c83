/**
 * Joining a team and choosing a password, in a real browser: a common password is refused in
 * plain words before any account exists (Chinese, phone), and someone who already has an account
 * opens their invitation, signs in with it and lands in the team's workspace (desktop, English).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server';
import { createBoard, inviteMember, registerAccount, uniqueEmail } from '../support/accounts';
import { clientDist, launchBrowser, newUserPage, screenshot } from '../support/browser';

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

describe('joining', () => {
  it('refuses a common password in plain words, in Chinese on a phone', async () => {
    const { context, page, errors } = await newUserPage(browser, server, {
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
    });
    try {
      await page.goto('/register');
      await page.getByLabel('姓名').fill('王小明');
      await page.getByLabel('工作邮箱').fill(uniqueEmail('e2e-weak'));
      await page.getByLabel('密码').fill('password1');
      await page.getByRole('button', { name: '创建账户' }).click();
      await page.getByText('这是最常见的密码之一，很容易被猜到，请换一个。').waitFor();
      await screenshot(page, 'auth-weak-password-phone-zh');
      expect(new URL(page.url()).pathname).toBe('/register');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets an existing account open its invitation, sign in and join the team', async () => {
    const admin = await registerAccount(server, { name: 'Li Wei' });
    await createBoard(server, admin.cookie, { title: 'Ningbo export orders', kind: 'orders' });
    const email = uniqueEmail('e2e-join');
    // They registered on their own before the invitation came.
    await registerAccount(server, { name: 'Zhang Min', email, password: PASSWORD });
    const { token } = await inviteMember(server, admin.cookie, {
      email,
      role: 'merchandiser',
      access: 'member',
    });

    const { context, page, errors } = await newUserPage(browser, server);
    try {
      await page.goto(`/login?invite=${token}`);
      await page.getByRole('heading', { name: 'Join your team' }).waitFor();
      await page.getByLabel('Work email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await screenshot(page, 'auth-join-invite-desktop');
      await page.getByRole('button', { name: 'Sign in and join' }).click();
      await page.getByText('Ningbo export orders').waitFor();
      await screenshot(page, 'auth-joined-boards-desktop');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
