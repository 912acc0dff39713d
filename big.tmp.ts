import { mkdirSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { writeWorkspace } from './bench/serve.ts';
import { startServer } from './src/server/index.ts';
const dir = '/tmp/big10k'; rmSync(dir, { recursive: true, force: true }); mkdirSync(dir);
writeWorkspace(dir, 10_000);
const t0 = Date.now();
const server = await startServer({ paths: ['.'], cwd: dir, port: 0, now: () => new Date('2026-11-23T10:00:00Z'), log: () => undefined });
for (const p of ['api/overview', 'api/timeline', 'api/progress', 'api/items', 'api/plan', 'api/roadmap']) {
  const s = Date.now(); const r = await fetch(server.url + p); const b = await r.arrayBuffer();
  console.log(p, r.status, Math.round(b.byteLength / 1024) + ' KB', Date.now() - s, 'ms');
}
console.log('first', Date.now() - t0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
mkdirSync('test-output/big', { recursive: true });
for (const scheme of ['light', 'dark'] as const) for (const [w, h] of [[1366, 900], [390, 844]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  for (const hash of ['#/', '#/timeline', '#/progress', '#/items']) {
    await page.goto(server.url + hash); await page.locator('h1').waitFor();
    await page.waitForTimeout(hash === '#/items' ? 1500 : 1200);
    const sw = await page.evaluate(() => document.documentElement.scrollWidth);
    if (sw > w) console.log('WIDE', hash, w, sw);
    await page.screenshot({ path: `test-output/big/${hash.slice(2) || 'overview'}-${w}-${scheme}.png`, fullPage: false });
  }
  await page.close();
}
console.log((await (await fetch(server.url + 'api/overview')).json()).verdict.sentence);
await browser.close(); await server.close();
