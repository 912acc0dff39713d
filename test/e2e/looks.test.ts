// How every page looks, in a real browser: each dashboard page and the static site, light
// and dark, at 1366 and 390 px, on the example notes and on 10,000 items. On each: axe-core
// finds no serious or critical violation, nothing scrolls sideways, and the screenshot matches
// the approved one in test/approved/screens/ (`npm run approve:screens` after a change meant).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { writeWorkspace } from '../../bench/serve.js';
import type { CliContext } from '../../src/cli/context.js';
import { main } from '../../src/cli/main.js';
import type { Roadmap } from '../../src/core/model/types.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { checkScreen } from '../approved/screens.js';
import { chromiumNeed, skipUnless } from '../needs.js';
import { axeFindings } from './axe.js';
import { copyExamples, ensureBuilt, launchChromium, NOW } from './setup.js';

const CHROMIUM = chromiumNeed();
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [[1366, 900], [390, 844]] as const;

/**
 * One font for every text, whatever the machine's fontconfig calls system-ui: DejaVu, which
 * Debian's chromium brings along. Animations and the caret are stopped by the screenshot.
 */
const PIN_FONTS = `*, *::before, *::after { font-family: 'DejaVu Sans', sans-serif !important; }
code, pre, kbd, samp, code *, pre * { font-family: 'DejaVu Sans Mono', monospace !important; }`;

interface Shown {
  name: string;
  url: string;
  /** What must be on the page before it is looked at. */
  ready: (page: Page) => Promise<void>;
  fullPage: boolean;
}

/** Axe, the sideways-scroll check and the approved screenshot, for one page in one look. */
async function look(page: Page, shown: Shown, tag: string, width: number, problems: string[]): Promise<void> {
  await page.goto(shown.url);
  await shown.ready(page);
  await page.addStyleTag({ content: PIN_FONTS });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Charts redraw on resize observers: let them settle.
  await page.waitForTimeout(250);
  for (const f of await axeFindings(page)) problems.push(`${tag}: ${f.line}`);
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  if (sw > width) problems.push(`${tag}: ${sw}px wide on a ${width}px screen`);
  const png = await page.screenshot({ fullPage: shown.fullPage, animations: 'disabled', caret: 'hide' });
  const why = checkScreen(tag, png);
  if (why) problems.push(why);
}

async function lookEverywhere(browser: Browser, pages: Shown[], prefix: string, errors: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const scheme of SCHEMES) {
    for (const [w, h] of WIDTHS) {
      const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
      try {
        for (const shown of pages) await look(page, shown, `${prefix}-${shown.name}-${w}-${scheme}`, w, problems);
      } finally {
        await context.close();
      }
    }
  }
  return problems;
}

function quiet(cwd: string): CliContext {
  const sink = { write: () => true };
  return { stdout: sink, stderr: sink, cwd, env: {}, now: () => new Date(NOW), color: false };
}

void describe('looks: the dashboard and the static site on the example notes', { timeout: 300_000, skip: skipUnless(CHROMIUM) }, () => {
  let dir: string;
  let siteDir: string;
  let server: RunningServer;
  let browser: Browser;
  const errors: string[] = [];

  before(async () => {
    ensureBuilt();
    dir = copyExamples();
    siteDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-site-'));
    assert.equal(await main(['site', '.', '--out', siteDir], quiet(dir)), 0);
    server = await startServer({ paths: ['.'], cwd: dir, port: 0, now: () => new Date(NOW), log: (s) => errors.push(s) });
    browser = await launchChromium(CHROMIUM.path!);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (siteDir) rmSync(siteDir, { recursive: true, force: true });
  });

  void it('every dashboard page: axe finds nothing serious, nothing scrolls sideways, the screenshots are the approved ones', async () => {
    const roadmap = (await (await fetch(`${server.url}api/roadmap?all=1`)).json()) as Roadmap;
    const course = roadmap.items.find((i) => i.title.startsWith('MIT 6.824 Distributed'))!;
    const h1 = (name: string) => async (p: Page) => { await p.getByRole('heading', { level: 1, name }).waitFor(); };
    const pages: Shown[] = [
      { name: 'overview', url: `${server.url}#/`, fullPage: true, ready: async (p) => { await h1('Overview')(p); await p.locator('.verdict').first().waitFor(); } },
      { name: 'timeline', url: `${server.url}#/timeline`, fullPage: true, ready: async (p) => { await h1('Timeline')(p); await p.locator('.gantt .bar-label').first().waitFor(); } },
      { name: 'progress', url: `${server.url}#/progress`, fullPage: true, ready: async (p) => { await h1('Progress')(p); await p.locator('.chart canvas').nth(1).waitFor(); } },
      { name: 'items', url: `${server.url}#/items`, fullPage: true, ready: async (p) => { await h1('Items')(p); await p.locator('table.items tbody tr').first().waitFor(); } },
      { name: 'item', url: `${server.url}#/items/${course.id}`, fullPage: true, ready: h1(course.title) },
    ];
    const problems = await lookEverywhere(browser, pages, 'examples', errors);
    assert.deepEqual(problems, []);
    assert.deepEqual(errors, []);
  });

  void it('every page of the static site: axe finds nothing serious, nothing scrolls sideways; the front page and roadmap look as approved', async () => {
    const files = readdirSync(siteDir).filter((f) => f.endsWith('.html')).sort();
    assert.ok(files.includes('index.html') && files.length >= 4, files.join(', '));
    const pages: Shown[] = files.map((f) => ({
      name: f.replace(/\.html$/, ''), url: pathToFileURL(join(siteDir, f)).href, fullPage: true,
      ready: async (p: Page) => { await p.locator('h1').first().waitFor(); },
    }));
    const problems: string[] = [];
    for (const scheme of SCHEMES) {
      for (const [w, h] of WIDTHS) {
        const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        try {
          for (const shown of pages) {
            const tag = `site-${shown.name}-${w}-${scheme}`;
            if (shown.name === 'index' || shown.name === 'roadmap') {
              await look(page, shown, tag, w, problems);
              continue;
            }
            await page.goto(shown.url);
            await shown.ready(page);
            for (const f of await axeFindings(page)) problems.push(`${tag}: ${f.line}`);
            const sw = await page.evaluate(() => document.documentElement.scrollWidth);
            if (sw > w) problems.push(`${tag}: ${sw}px wide on a ${w}px screen`);
          }
        } finally {
          await context.close();
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});

void describe('looks: the dashboard at 10,000 items', { timeout: 300_000, skip: skipUnless(CHROMIUM) }, () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  const errors: string[] = [];

  before(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'waymark-e2e-10k-'));
    writeWorkspace(dir, 10_000);
    server = await startServer({ paths: ['.'], cwd: dir, port: 0, now: () => new Date(NOW), log: () => undefined });
    browser = await launchChromium(CHROMIUM.path!);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  void it('every track on the timeline, a page of rows, small answers; axe, no sideways scroll and approved screenshots at both widths in both schemes', async () => {
    for (const path of ['api/items', 'api/roadmap', 'api/plan', 'api/overview', 'api/timeline', 'api/progress']) {
      const body = await (await fetch(`${server.url}${path}`)).text();
      assert.ok(body.length < 200_000, `/${path} sends ${body.length} bytes at 10,000 items`);
    }
    const items = (await (await fetch(`${server.url}api/items`)).json()) as { total: number };
    assert.equal(items.total, 10_000);
    const view = (await (await fetch(`${server.url}api/timeline`)).json()) as { tracks: unknown[] };
    const pages: Shown[] = [
      { name: 'overview', url: `${server.url}#/`, fullPage: false, ready: async (p) => { await p.locator('.verdict').first().waitFor({ timeout: 30_000 }); } },
      {
        name: 'timeline', url: `${server.url}#/timeline`, fullPage: false, ready: async (p) => {
          await p.locator('.gantt .bar').first().waitFor({ timeout: 30_000 });
          assert.equal(await p.locator('.gantt .bar-wrapper[data-id^="track-"]').count(), view.tracks.length, 'a bar per track');
        },
      },
      { name: 'items', url: `${server.url}#/items`, fullPage: false, ready: async (p) => { await p.locator('table.items tbody tr').first().waitFor({ timeout: 30_000 }); } },
    ];
    const problems = await lookEverywhere(browser, pages, '10k', errors);
    assert.deepEqual(problems, []);
    assert.deepEqual(errors, []);
  });
});
