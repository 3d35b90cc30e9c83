/** A stand-in for client/dist in a temp dir: an index.html, one hashed asset and its source map. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './server';

export const FAKE_INDEX_HTML = '<!doctype html><title>Orderlane</title><div id="root"></div>';
export const FAKE_ASSET = '/assets/index-abc123.js';

export function fakeClientDist(): { dir: string; remove(): void } {
  const dist = tempDir('orderlane-dist-');
  mkdirSync(path.join(dist.dir, 'assets'));
  writeFileSync(path.join(dist.dir, 'index.html'), FAKE_INDEX_HTML);
  writeFileSync(path.join(dist.dir, FAKE_ASSET), 'console.log("orderlane");\n');
  writeFileSync(
    path.join(dist.dir, `${FAKE_ASSET}.map`),
    JSON.stringify({ version: 3, sources: ['../src/secret.ts'], mappings: '' }),
  );
  return dist;
}
