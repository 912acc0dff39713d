// The hub in a real browser (Debian's chromium through playwright-core): an owner signs in,
// sees the cohort board, sets a reading session, comments on a member's item and makes an
// invite; a new person joins with the link; a push shows on the open board without a
// reload; a title full of HTML never runs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHub, type RunningHub } from '../../src/hub/run.js';
import { hashPassword } from '../../src/hub/server/passwords.js';
import { samplePush } from '../../src/hub/store/store.contract.js';
import { chromiumNeed, skipUnless } from '../needs.js';

const CHROMIUM = chromiumNeed();
const EVIL = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';

void describe('the hub in Chromium', { skip: skipUnless(CHROMIUM) }, () => {
  let hub: RunningHub;
  let browser: Browser;
  let page: Page;
  let miaToken = '';
  const errors: string[] = [];

  before(async () => {
    hub = await startHub({ target: { kind: 'pglite', dir: null }, host: '127.0.0.1', port: 0 });
    const s = hub.store;
    const c = await s.ensureCohort('reading-group', 'Distributed systems reading group');
    const olga = await s.ensureUser('olga', 'Olga');
    await s.setRole(c.id, olga.id, 'owner');
    await s.setPasswordHash(olga.id, await hashPassword('olga-passphrase'));
    const mia = await s.ensureUser('mia', 'Mia');
    await s.setRole(c.id, mia.id, 'member');
    miaToken = (await s.createToken(mia.id, c.id)).token;
    const p = samplePush(3, 'mia');
    p.items[1]!.title = EVIL;
    p.summary.doing = ['Chapter 1', EVIL];
    await s.push(c.id, mia.id, p);
    browser = await chromium.launch({
      executablePath: CHROMIUM.path!,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });
  after(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('signs in and shows the cohort board; HTML in a title stays text', async () => {
    await page.goto(hub.url);
    assert.match(page.url(), /\/login\?next=/);
    await page.fill('input[name=handle]', 'olga');
    await page.fill('input[name=password]', 'wrong password');
    await page.click('button[type=submit]');
    assert.match(await page.textContent('[role=alert]') ?? '', /do not match/);
    await page.fill('input[name=password]', 'olga-passphrase');
    await page.click('button[type=submit]');
    await page.waitForURL(/\/c\/reading-group$/);
    const row = page.locator('tr[data-member=mia]');
    assert.match(await row.innerText(), /Mia[\s\S]*Books[\s\S]*0\/3[\s\S]*3 h of 10 h[\s\S]*2 d[\s\S]*2027-01-10[\s\S]*Chapter 1/);
    assert.ok((await row.innerText()).includes(EVIL), 'the title shows as text');
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === 'waymark_hub');
    assert.ok(session?.httpOnly);
    assert.equal(session?.sameSite, 'Lax');
  });

  it('the owner sets a reading session and comments on a member\'s item', async () => {
    await page.fill('input[name=day]', '2026-12-10');
    await page.fill('input[name=title]', 'In Search of an Understandable Consensus Algorithm');
    await page.fill('input[name=link]', 'https://raft.github.io/raft.pdf');
    await page.fill('input[name=presenter]', 'mia');
    await page.click('form[action$="/sessions"] button');
    await page.waitForURL(/\/c\/reading-group$/);
    assert.match(await page.innerText('main'), /2026-12-10\s+In Search of an Understandable Consensus Algorithm\s+mia/);
    await page.click('a[href="/c/reading-group/m/mia"]');
    await page.fill('#item-mia0 textarea[name=body]', 'Start with chapter 2.');
    await page.click('#item-mia0 button');
    await page.waitForURL(/\/m\/mia#item-mia0$/);
    assert.match(await page.innerText('#item-mia0'), /olga Start with chapter 2\./);
  });

  it('a push shows on the open board without a reload', async () => {
    await page.goto(`${hub.url}/c/reading-group`);
    await page.waitForFunction(() => document.body.dataset.live !== undefined);
    await new Promise((r) => setTimeout(r, 300));
    const p = samplePush(3, 'mia');
    p.summary.doing = ['Designing Data-Intensive Applications'];
    const res = await fetch(`${hub.url}/api/push`, { method: 'POST', headers: { authorization: `Bearer ${miaToken}`, 'content-type': 'application/json' }, body: JSON.stringify(p) });
    assert.equal(res.status, 200);
    await page.waitForFunction(() => document.querySelector('tr[data-member=mia]')?.textContent?.includes('Designing Data-Intensive Applications'), null, { timeout: 5000 });
  });

  it('an invite link lets a new person join and see the board', async () => {
    await page.click('form[action$="/invites"] button');
    const link = await page.inputValue('#invite-url');
    assert.match(link, /\/join\/wmi_/);
    const other = await browser.newContext();
    const p2 = await other.newPage();
    await p2.goto(link);
    await p2.fill('input[name=handle]', 'nina');
    await p2.fill('input[name=name]', 'Nina');
    await p2.fill('input[name=password]', 'short');
    // The browser's own check stops a short password; the server checks it too.
    await p2.evaluate(() => document.querySelector('form')!.setAttribute('novalidate', ''));
    await p2.click('button[type=submit]');
    assert.match(await p2.textContent('[role=alert]') ?? '', /10 characters/);
    assert.equal(await p2.inputValue('input[name=name]'), 'Nina', 'what was typed stays');
    await p2.fill('input[name=password]', 'nina-passphrase');
    await p2.click('button[type=submit]');
    await p2.waitForURL(/\/c\/reading-group$/);
    assert.match(await p2.innerText('#board'), /Nina\s+member\s+has not pushed yet/);
    // A member sees the board but not another member's items.
    assert.equal(await p2.locator('a[href="/c/reading-group/m/mia"]').count(), 0);
    const res = await p2.goto(`${hub.url}/c/reading-group/m/mia`);
    assert.equal(res?.status(), 403);
    await other.close();
    assert.deepEqual(errors, []);
  });
});
