// End to end in a real browser: Debian's chromium driven by playwright-core against
// `waymark serve` on a copy of examples/. Checks a check-off lands in the note exactly as
// the CLI writes it, that a note edited on disk shows up without a reload, that note text
// is only ever text, and takes a screenshot of every page (the folder is printed).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import type { Roadmap } from '../../src/core/model/types.js';
import { changeItem, openTracking } from '../../src/edge/track.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { chromiumNeed, skipUnless } from '../needs.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const CHROMIUM = chromiumNeed();
const NOW = new Date('2026-11-23T10:00:00Z');
const SHOTS = join(ROOT, 'test-output', 'e2e-screens');
// No underscores: the reader reads `__x__` as emphasis and drops the marks.
const XSS_TITLE = 'Evil <img src=x onerror="window.pwned=1"> and <script>window.pwned=2</script> note';

function newestUnder(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the page when web-dist/ is missing or older than src/web/. */
function ensureBuilt(): void {
  const index = join(ROOT, 'web-dist', 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestUnder(join(ROOT, 'src', 'web'))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'src/web/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  assert.equal(r.status, 0, 'vite build failed');
}

function copyExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
  // Only the notes: a history (.waymark/) left by someone's own runs in examples/ stays behind.
  cpSync(EXAMPLES, dir, { recursive: true, filter: (src) => !/[\\/]\.waymark(?:[\\/]|$)/.test(src) });
  writeFileSync(join(dir, 'tricky.md'), `# Tricky\n\n- [ ] ${XSS_TITLE} (~1h)\n- [ ] [A link](javascript:alert(1))\n`);
  return dir;
}

function cli(cwd: string): CliContext {
  return { stdout: { write: () => undefined }, stderr: { write: () => undefined }, cwd, env: {}, now: () => new Date(NOW), color: false };
}

/** What `waymark done <id>` writes into a fresh copy of the same notes. */
async function cliDone(id: string, file: string): Promise<{ text: string; how: string }> {
  const dir = copyExamples();
  try {
    const code = await main(['done', id], cli(dir));
    if (code === 0) return { text: readFileSync(join(dir, file), 'utf8'), how: 'waymark done' };
    // No `done` command yet: the function it calls (the tracking edge's changeItem).
    const session = await openTracking(['.'], { cwd: dir, now: NOW });
    const item = session.roadmap.items.find((i) => i.id === id)!;
    await changeItem(session, item, { kind: 'status', status: 'done' }, { now: NOW, command: `done ${id}` });
    await session.store.close();
    return { text: readFileSync(join(dir, file), 'utf8'), how: 'changeItem (the `done` command is not registered yet)' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void describe('dashboard in chromium', { timeout: 120_000, skip: skipUnless(CHROMIUM) }, () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    ensureBuilt();
    mkdirSync(SHOTS, { recursive: true });
    dir = copyExamples();
    server = await startServer({ paths: ['.'], cwd: dir, port: 0, now: () => new Date(NOW), log: (s) => errors.push(s) });
    browser = await chromium.launch({
      executablePath: CHROMIUM.path!,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    console.log(`# screenshots: ${SHOTS}`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  void it('opens the overview on the example notes', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByRole('heading', { name: 'Tracks' }).waitFor();
    await page.getByRole('link', { name: 'Books' }).waitFor();
    assert.equal(await page.locator('.live-live').count(), 1, 'live updates connected');
    await page.screenshot({ path: join(SHOTS, 'overview.png'), fullPage: true });
  });

  void it('checks an item off in the page: the note changes exactly as `waymark done` changes it', async () => {
    const roadmap = (await (await fetch(`${server.url}api/roadmap`)).json()) as Roadmap;
    const item = roadmap.items.find((i) => i.title.startsWith('Database Internals'))!;
    const file = join(dir, item.source.path);
    const before = readFileSync(file, 'utf8');
    const expected = await cliDone(item.id, item.source.path);
    console.log(`# expected text from: ${expected.how}`);
    await page.goto(`${server.url}#/items?q=database+internals`);
    const box = page.getByRole('checkbox', { name: /Database Internals.*mark done/ });
    await box.click();
    await page.getByRole('status').getByText(/Database Internals.*done/).waitFor();
    const after = readFileSync(file, 'utf8');
    assert.notEqual(after, before);
    assert.equal(after, expected.text);
    await page.getByRole('checkbox', { name: /Database Internals.*done \(click to reopen\)/ }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'items-after-check-off.png'), fullPage: true });
    // Undo from the page puts the bytes back.
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').getByText(/undid/).waitFor();
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  void it('shows a note edited on disk without a reload', async () => {
    await page.goto(`${server.url}#/items`);
    await page.getByRole('heading', { name: 'Items' }).waitFor();
    const marker = await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
    appendFileSync(join(dir, 'roadmap.md'), '- [ ] Read the Chubby lock service paper\n');
    await page.getByRole('link', { name: 'Read the Chubby lock service paper' }).waitFor({ timeout: 10_000 });
    assert.equal(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker), marker, 'the page was not reloaded');
    await page.getByRole('status').getByText(/Updated from roadmap\.md/).waitFor();
  });

  void it('renders note text as text, never as markup', async () => {
    await page.goto(`${server.url}#/items?q=evil`);
    await page.getByText(XSS_TITLE.replace(/ note$/, '')).first().waitFor();
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
    assert.equal(await page.locator('table.items img').count(), 0);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    await page.getByRole('link', { name: /^Evil/ }).click();
    await page.getByRole('heading', { level: 1, name: /Evil <img/ }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'item-tricky.png'), fullPage: true });
    await page.goto(`${server.url}#/timeline`);
    await page.locator('.gantt .bar-label').first().waitFor();
    const labels = await page.locator('.gantt .bar-label').allTextContents();
    assert.ok(labels.some((l) => l.includes('<img src=x')), 'the Gantt shows the title as text');
    assert.equal(await page.locator('.gantt img, .gantt script').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
  });

  void it('sets progress and logs time from an item page', async () => {
    const roadmap = (await (await fetch(`${server.url}api/roadmap`)).json()) as Roadmap;
    const course = roadmap.items.find((i) => i.title.startsWith('MIT 6.824 Distributed'))!;
    await page.goto(`${server.url}#/items/${course.id}`);
    await page.getByRole('heading', { level: 1, name: course.title }).waitFor();
    await page.getByRole('textbox', { name: 'Progress' }).fill('5/20');
    await page.getByRole('button', { name: 'Save progress' }).click();
    await page.getByRole('status').getByText(/MIT 6\.824.*5\/20/).waitFor();
    assert.match(readFileSync(join(dir, course.source.path), 'utf8'), /Lec 5 done out of 20/);
    await page.getByRole('spinbutton', { name: 'Hours' }).fill('1.5');
    await page.getByRole('textbox', { name: 'Note' }).fill('lab 1 <b>not bold</b>');
    await page.getByRole('button', { name: 'Log time' }).click();
    await page.getByRole('status').getByText(/logged 1\.5 h/).waitFor();
    await page.getByText('logged 1.5 h: lab 1 <b>not bold</b>').waitFor();
    assert.equal(await page.locator('.history b').count(), 0);
  });

  void it('filters and sorts the items list', async () => {
    await page.goto(`${server.url}#/items`);
    await page.getByRole('heading', { level: 1, name: 'Items' }).waitFor();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('book');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('doing');
    const kinds = await page.locator('table.items tbody tr td:nth-child(3)').allTextContents();
    assert.ok(kinds.length >= 2 && kinds.every((k) => k === 'book'), kinds.join(','));
    const statuses = await page.locator('table.items tbody .badge').allTextContents();
    assert.ok(statuses.every((t) => t === 'in progress'), statuses.join(','));
    await page.getByRole('combobox', { name: 'Sort' }).selectOption('title');
    const titles = await page.locator('table.items tbody tr td:nth-child(2) a').allTextContents();
    assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b)));
    assert.match(page.url(), /kind=book/);
  });

  void it('screenshots every page, wide and narrow', async () => {
    const roadmap = (await (await fetch(`${server.url}api/roadmap`)).json()) as Roadmap;
    const course = roadmap.items.find((i) => i.title.startsWith('MIT 6.824 Distributed'))!;
    const pages: [string, string, string][] = [
      ['overview', '#/', 'Overview'],
      ['timeline', '#/timeline', 'Timeline'],
      ['progress', '#/progress', 'Progress'],
      ['items', '#/items', 'Items'],
      ['item', `#/items/${course.id}`, course.title],
    ];
    for (const [name, hash, heading] of pages) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${server.url}${hash}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      if (name === 'timeline') await page.locator('.gantt .bar-label').first().waitFor();
      if (name === 'progress') await page.locator('.chart canvas').first().waitFor();
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(150);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `${name} is ${width}px wide on a 390px screen`);
      await page.screenshot({ path: join(SHOTS, `${name}-narrow.png`), fullPage: true });
    }
  });

  void it('is usable from the keyboard', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'Items'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    assert.equal(focused, 'Items');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Items' }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('raft');
    assert.equal(await page.getByRole('searchbox').inputValue(), 'raft');
    await page.getByRole('link', { name: 'Implement Raft from the 6.824 labs' }).waitFor();
    // Tab from the search box to the first row's check box; Space ticks it.
    let role: string | null = null;
    for (let i = 0; i < 12 && role !== 'checkbox'; i++) {
      await page.keyboard.press('Tab');
      role = await page.evaluate(() => document.activeElement?.getAttribute('role') ?? null);
    }
    assert.equal(role, 'checkbox');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    assert.match(label, /Raft.*mark done/);
    await page.keyboard.press('Space');
    await page.getByRole('status').getByText(/Raft.*: done/).waitFor();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).press('Enter');
    await page.getByRole('status').getByText(/undid/).waitFor();
    assert.deepEqual(errors, []);
  });
});
