// The local dashboard (`waymark serve`) shows a mentor's comments from the study group's hub on
// the item's page: waymark.json names the hub, the token is the one `waymark push --token`
// kept in the config folder. Without a hub nothing shows; without a token, or with the hub
// down, one quiet line says why and the page works as ever. In Chromium when there is one.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import type { ItemComments } from '../../src/hub/client/item-comments.js';
import { startHub, type RunningHub } from '../../src/hub/run.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { chromiumNeed, skipUnless } from '../needs.js';
import { copyExamples, NOW, useChromium } from '../e2e/setup.js';

const CHROMIUM = chromiumNeed();
const config = mkdtempSync(join(tmpdir(), 'waymark-dash-hub-config-'));
const env = { NO_COLOR: '1', TZ: 'UTC', XDG_CONFIG_HOME: config };
let hub: RunningHub;
let notes = '';
let itemId = '';

async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    cwd, env, now: () => new Date(NOW), color: false,
  };
  return { code: await main(argv, ctx), stdout, stderr };
}

before(async () => {
  hub = await startHub({ target: { kind: 'pglite', dir: null }, host: '127.0.0.1', port: 0 });
  const c = await hub.store.ensureCohort('reading-group');
  const mia = await hub.store.ensureUser('mia', 'Mia');
  const teo = await hub.store.ensureUser('teo', 'Teo');
  await hub.store.setRole(c.id, mia.id, 'member');
  await hub.store.setRole(c.id, teo.id, 'mentor');
  const token = (await hub.store.createToken(mia.id, c.id)).token;
  notes = copyExamples();
  writeFileSync(join(notes, 'waymark.json'), JSON.stringify({ hub: { url: hub.url } }) + '\n');
  const pushed = await run(['push', '--token', token, '--json'], notes);
  assert.equal(pushed.code, 0, pushed.stderr);
  const items = await hub.store.items(c.id, mia.id);
  itemId = items.find((i) => /Database Internals/.test(i.title))!.id;
  await hub.store.addComment(c.id, mia.id, itemId, teo.id, 'Read chapter 3 <b>before</b> the session.');
  await hub.store.addComment(c.id, mia.id, items.find((i) => i.id !== itemId)!.id, teo.id, 'Not this item.');
});
after(async () => {
  await hub?.close().catch(() => undefined);
});

async function dashboard(cwd: string, withEnv: Record<string, string> = env): Promise<RunningServer> {
  return startServer({ paths: ['.'], cwd, port: 0, now: () => new Date(NOW), watch: false, historyAllowed: true, env: withEnv });
}

async function comments(server: RunningServer, id: string): Promise<ItemComments> {
  const res = await fetch(`${server.url}api/items/${encodeURIComponent(id)}/comments`);
  assert.equal(res.status, 200);
  return (await res.json()) as ItemComments;
}

test('the item\'s comments come from the hub: that item\'s only, in order', async () => {
  const server = await dashboard(notes);
  try {
    const got = await comments(server, itemId);
    assert.equal(got.problem, null);
    assert.deepEqual(got.hub, { url: hub.url, cohort: 'reading-group' });
    assert.deepEqual(got.comments.map((c) => [c.author, c.body]), [['teo', 'Read chapter 3 <b>before</b> the session.']]);
  } finally {
    await server.close();
  }
});

test('no hub in waymark.json: nothing; no token kept: one line saying so', async () => {
  const plain = copyExamples();
  const s1 = await dashboard(plain);
  try {
    assert.deepEqual(await comments(s1, itemId), { hub: null, comments: [], problem: null });
  } finally {
    await s1.close();
  }
  const s2 = await dashboard(notes, { ...env, XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'waymark-no-token-')) });
  try {
    const got = await comments(s2, itemId);
    assert.deepEqual(got.comments, []);
    assert.match(got.problem ?? '', /no token kept for/);
  } finally {
    await s2.close();
  }
});

test('a hub that is down: the answer comes at once with the reason, and the item page still works', async () => {
  const down = copyExamples();
  // A port nothing listens on: the hub's own, after it stopped.
  const gone = await startHub({ target: { kind: 'pglite', dir: null }, host: '127.0.0.1', port: 0 });
  await gone.close();
  writeFileSync(join(down, 'waymark.json'), JSON.stringify({ hub: { url: gone.url } }) + '\n');
  const server = await dashboard(down, { ...env, WAYMARK_HUB_TOKEN: 'wmh_whatever' });
  try {
    const got = await comments(server, itemId);
    assert.deepEqual(got.comments, []);
    assert.match(got.problem ?? '', /could not reach the hub/);
    assert.equal((await fetch(`${server.url}api/items/${encodeURIComponent(itemId)}`)).status, 200);
  } finally {
    await server.close();
  }
});

void describe('hub comments on the dashboard\'s item page, in Chromium', { timeout: 120_000, skip: skipUnless(CHROMIUM) }, () => {
  const browser = useChromium(CHROMIUM.path ?? '');

  test('the mentor\'s comment shows on the item, as text; with the hub gone, a quiet line instead', async () => {
    const server = await dashboard(notes);
    const errors: string[] = [];
    try {
      const page = await browser().newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}#/items/${encodeURIComponent(itemId)}`);
      const card = page.locator('section[aria-label="Comments from the hub"]');
      await card.waitFor();
      await page.waitForFunction(() => /teo/.test(document.querySelector('section[aria-label="Comments from the hub"]')?.textContent ?? ''));
      const text = await card.innerText();
      assert.match(text, /teo[\s\S]*Read chapter 3 <b>before<\/b> the session\./, 'the markup shows as text');
      assert.doesNotMatch(text, /Not this item/);
      assert.equal(await card.locator('b').count(), 0);

      await hub.close();
      await page.reload();
      await page.waitForFunction(() => /not available now/.test(document.querySelector('section[aria-label="Comments from the hub"]')?.textContent ?? ''));
      assert.match(await card.innerText(), /could not reach the hub/);
      assert.match(await page.innerText('h1.item-title'), /Database Internals/);
      await page.close();
    } finally {
      await server.close();
    }
    assert.deepEqual(errors, []);
  });
});
