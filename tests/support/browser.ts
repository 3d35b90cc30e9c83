/**
 * Real Chromium for end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core,
 * one fresh browser context (own cookies, IndexedDB and localStorage) per simulated person.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SESSION_COOKIE } from '@orderlane/shared';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLIENT_DIST = path.join(REPO_ROOT, 'client', 'dist');
const SCREENSHOTS = path.join(REPO_ROOT, 'tests', 'e2e', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The built client the test server serves; `npm test` builds it before the tests run. */
export function clientDist(): string {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error('client/dist is missing: run `pnpm --filter @orderlane/client build` first');
  }
  return CLIENT_DIST;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-dev-shm-usage',
      '--disable-extensions',
      '--no-first-run',
    ],
  });
}

export interface UserPageOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  /** `orderlane_session=…` of an account registered through the API: start signed in. */
  cookie?: string;
}

export interface UserPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page; a test can assert there were none. */
  errors: string[];
}

/** A new person: a fresh context (nothing shared with other pages) and one page in it. */
export async function newUserPage(
  browser: Browser,
  server: { url: string },
  options: UserPageOptions = {},
): Promise<UserPage> {
  const locale = options.locale ?? 'en-GB';
  const context = await browser.newContext({
    baseURL: server.url,
    locale,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    extraHTTPHeaders: { 'accept-language': locale },
  });
  if (options.cookie) {
    const value = options.cookie.slice(options.cookie.indexOf('=') + 1);
    await context.addCookies([{ name: SESSION_COOKIE, value, url: server.url }]);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Saves a full-page screenshot as tests/e2e/screenshots/NAME.png (git-ignored) to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Retries `check` until it passes or `timeoutMs` elapses; the last failure is rethrown. */
export async function eventually<T>(
  check: () => T | Promise<T>,
  timeoutMs = 10_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
