/**
 * The board in Chromium with 2,000 cards against a 50-card baseline in the same run: time to
 * first render (navigation start → every column header and the first cards on screen) and frame
 * times while a card is dragged across the board by a scripted mouse (requestAnimationFrame
 * deltas, p50/p95). Prints figures; asserts nothing. Loopback only.
 */
import type { Browser, Page } from 'playwright-core';
import { createBoard, registerAccount } from '../support/accounts';
import { clientDist, launchBrowser, newUserPage } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';
import { median, ms, percentile } from './benchStats';
import { sampleOrders, seedCards } from './seedBoard';

const SIZES = (process.env.BENCH_BOARD_SIZES ?? '50,2000').split(',').map(Number);
const LOADS = Number(process.env.BENCH_BOARD_LOADS ?? 3);
const DRAG_STEPS = Number(process.env.BENCH_DRAG_STEPS ?? 80);

interface Figures {
  cards: number;
  firstRender: number[];
  /** Navigation start → the page shell ("Opening the board…") shown. */
  shell: number[];
  frames: number[];
}

/**
 * Records, from navigation start, when the board first shows every column and some cards. A
 * string, not a function: tsx's name helpers do not exist inside the page.
 */
const WATCH_FIRST_RENDER = `(() => {
  const check = () => {
    if (!window.__shellShown && document.querySelector('.board-loading, .lane-grid')) {
      window.__shellShown = performance.now();
    }
    if (document.querySelectorAll('.column-header').length >= 11 && document.querySelector('[data-card-id]')) {
      window.__firstRender = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

const RECORD_FRAMES = `(() => {
  window.__frames = [];
  window.__recording = true;
  let last = performance.now();
  const tick = (now) => {
    window.__frames.push(now - last);
    last = now;
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function timeFirstRender(browser: Browser, server: TestServer, cookie: string, url: string) {
  // A fresh context each time: no IndexedDB copy, so the board comes from the server (cold).
  const user = await newUserPage(browser, server, { cookie });
  try {
    await user.page.addInitScript(WATCH_FIRST_RENDER);
    await user.page.goto(url);
    // An arrow function, not a string: the app's CSP forbids eval, which a string would need.
    await user.page.waitForFunction(
      () => (window as unknown as Record<string, unknown>).__firstRender,
      null,
      { timeout: 60_000 },
    );
    return (await user.page.evaluate('[window.__shellShown, window.__firstRender]')) as [
      number,
      number,
    ];
  } finally {
    await user.context.close();
  }
}

async function dragFrames(page: Page): Promise<number[]> {
  await page.evaluate(RECORD_FRAMES);
  const card = page.locator('[data-card-id]').first();
  const from = (await card.boundingBox())!;
  const viewport = page.viewportSize()!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  // Across the board and back: over many cells, never near the edges (no auto-scroll).
  const path = [
    [viewport.width * 0.75, viewport.height * 0.6],
    [viewport.width * 0.25, viewport.height * 0.7],
    [viewport.width * 0.6, viewport.height * 0.4],
  ];
  for (const [x, y] of path) await page.mouse.move(x!, y!, { steps: Math.round(DRAG_STEPS / 3) });
  await page.keyboard.press('Escape');
  await page.mouse.up();
  return page.evaluate('window.__recording = false; window.__frames.slice(1)') as Promise<number[]>;
}

async function measure(browser: Browser, server: TestServer, size: number): Promise<Figures> {
  const admin = await registerAccount(server, { name: `Bench ${size}` });
  const board = await createBoard(server, admin.cookie, {
    title: `${size} orders`,
    kind: 'orders',
  });
  const seedStart = performance.now();
  await seedCards(server, admin.cookie, board.id, sampleOrders(size, [admin.me.user.id]));
  console.log(`  seeded ${size} cards in ${ms(performance.now() - seedStart)}`);
  const url = `/b/${board.id}`;
  const firstRender: number[] = [];
  const shell: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const [shown, rendered] = await timeFirstRender(browser, server, admin.cookie, url);
    shell.push(shown);
    firstRender.push(rendered);
  }
  const user = await newUserPage(browser, server, { cookie: admin.cookie });
  try {
    await user.page.goto(url);
    await user.page.locator('[data-card-id]').first().waitFor({ timeout: 60_000 });
    await user.page.waitForTimeout(500);
    const frames = await dragFrames(user.page);
    return { cards: size, firstRender, shell, frames };
  } finally {
    await user.context.close();
  }
}

function report(f: Figures) {
  console.log(
    `  ${String(f.cards).padStart(5)} cards: first render median ${ms(median(f.firstRender))} ` +
      `(runs ${f.firstRender.map((v) => v.toFixed(0)).join(', ')} ms; page shell at ` +
      `${ms(median(f.shell))}); drag frames ` +
      `p50 ${ms(percentile(f.frames, 50))}, p95 ${ms(percentile(f.frames, 95))}, ` +
      `max ${ms(Math.max(...f.frames))} over ${f.frames.length} frames`,
  );
}

export default async function boardRender(): Promise<void> {
  const server = await startTestServer({ clientDist: clientDist() });
  const browser = await launchBrowser();
  try {
    const results: Figures[] = [];
    for (const size of SIZES) {
      const figures = await measure(browser, server, size);
      report(figures);
      results.push(figures);
    }
    const base = results[0]!;
    for (const f of results.slice(1)) {
      console.log(
        `  ratio ${f.cards}/${base.cards} cards: first render ×${(median(f.firstRender) / median(base.firstRender)).toFixed(2)}, ` +
          `drag p95 ×${(percentile(f.frames, 95) / percentile(base.frames, 95)).toFixed(2)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
