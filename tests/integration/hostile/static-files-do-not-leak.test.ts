/**
 * The built client is public, its source maps are not, and a file that does not exist is a 404
 * rather than index.html with 200 (only a navigation to an app route gets the app shell).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_ASSET, FAKE_INDEX_HTML, fakeClientDist } from '../../support/fakeClientDist';
import { startTestServer, type TestServer } from '../../support/server';

let server: TestServer;
let dist: ReturnType<typeof fakeClientDist>;
beforeAll(async () => {
  dist = fakeClientDist();
  server = await startTestServer({ clientDist: dist.dir });
});
afterAll(async () => {
  await server?.close();
  dist?.remove();
});

const get = (path: string) => fetch(`${server.url}${path}`);

describe('static files', () => {
  it('serves the asset itself and the app shell for app routes', async () => {
    const asset = await get(FAKE_ASSET);
    expect(asset.status).toBe(200);
    expect(await asset.text()).toContain('orderlane');
    for (const route of ['/', '/boards/abc', '/register']) {
      const page = await get(route);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe(FAKE_INDEX_HTML);
    }
  });

  it('does not serve source maps, even when the build left them in dist', async () => {
    for (const path of [`${FAKE_ASSET}.map`, `${FAKE_ASSET.toUpperCase()}.MAP`]) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('secret.ts');
    }
  });

  it('answers 404, not index.html, for a file that does not exist', async () => {
    for (const path of ['/assets/index-gone.js', '/assets/nothing', '/favicon.ico', '/x/y.css']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain(FAKE_INDEX_HTML);
    }
  });
});
