// The static files' cache stays bounded: 40,000 requests to unique paths (issue 21: they
// grew the server by 130 MB, never released) keep only the files that exist, by bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { AssetCache, staticHandler, TOKEN_PLACEHOLDER } from './static.js';

function webRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'waymark-static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), `<meta name="waymark-token" content="${TOKEN_PLACEHOLDER}">${'<p>page</p>'.repeat(200)}`);
  for (let i = 0; i < 4; i++) writeFileSync(join(root, 'assets', `app-${i}.js`), `console.log(${i});`.repeat(300));
  return root;
}

void test('40,000 requests to unique paths keep the cache to the files that exist', async () => {
  const root = webRoot();
  try {
    const cache = new AssetCache();
    const app = new Hono().get('*', staticHandler(root, 'tok', cache));
    for (let i = 0; i < 40_000; i++) {
      // Made-up pages (served the page), missing assets (404), and odd spellings of real files.
      const path = i % 3 === 0 ? `/page-${i}` : i % 3 === 1 ? `/assets/missing-${i}.js` : `/${'./'.repeat(i % 50)}assets/app-${i % 4}.js`;
      const res = await app.request(path);
      assert.equal(res.status, i % 3 === 1 ? 404 : 200, path);
    }
    const { entries, bytes } = cache.stats();
    assert.equal(entries, 5, 'index.html and the four assets');
    assert.ok(bytes < 64 * 1024, `${bytes} bytes kept`);
    const page = await app.request('/anything');
    assert.match(await page.text(), /content="tok"/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

void test('the cache drops the least recently used files beyond its bytes', async () => {
  const root = webRoot();
  try {
    const cache = new AssetCache(12_000);
    const app = new Hono().get('*', staticHandler(root, 'tok', cache));
    for (const n of [0, 1, 2, 3, 0]) assert.equal((await app.request(`/assets/app-${n}.js`)).status, 200);
    const { entries, bytes } = cache.stats();
    assert.ok(bytes <= 12_000, `${bytes} bytes kept`);
    assert.ok(entries < 5, `${entries} files kept`);
    // Served again after being dropped, from disk.
    assert.equal(await (await app.request('/assets/app-1.js')).text(), 'console.log(1);'.repeat(300));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
