// The dashboard in chromium on a history it cannot use — a corrupt database, a folder where
// it should be, a `.waymark` that is a file, a database locked by another program: the notes
// are shown, with one banner saying what is wrong and what to do, a check-off is refused in
// the status line (no stack trace, no 500 page), and after `waymark repair` the page takes
// the history back by itself.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { storePath } from '../../src/store/index.js';
import { chromiumNeed, skipUnless } from '../needs.js';
import { copyExamples, ensureBuilt, launchChromium, NOW } from './setup.js';

const CHROMIUM = chromiumNeed();

type Damage = { name: string; damage: (dir: string) => (() => void) | void; says: RegExp };

const DAMAGES: Damage[] = [
  {
    name: 'a corrupt database',
    damage: (dir) => { mkdirSync(join(dir, '.waymark')); writeFileSync(storePath(dir), 'not a database, only text\n'.repeat(40)); },
    says: /history database .* is damaged .*run waymark repair to move it aside/,
  },
  { name: 'a database that is a folder', damage: (dir) => { mkdirSync(storePath(dir), { recursive: true }); }, says: /is a folder, not a database; run waymark repair/ },
  { name: 'a .waymark that is a file', damage: (dir) => { writeFileSync(join(dir, '.waymark'), 'a file'); }, says: /is a file, not the folder .*; run waymark repair/ },
  {
    name: 'a database locked by another program',
    damage: (dir) => {
      mkdirSync(join(dir, '.waymark'));
      const other = new Database(storePath(dir));
      other.exec('CREATE TABLE t (x)');
      other.pragma('locking_mode = EXCLUSIVE');
      other.exec('BEGIN EXCLUSIVE');
      other.prepare('INSERT INTO t VALUES (1)').run();
      return () => { other.exec('ROLLBACK'); other.close(); };
    },
    says: /locked by another program; try again when it has finished/,
  },
];

function cli(cwd: string): CliContext {
  return { stdout: { write: () => undefined }, stderr: { write: () => undefined }, cwd, env: {}, now: () => new Date(NOW), color: false };
}

/** What the page shows that it should not: a stack trace, an internal error, a 500. */
async function noFailurePage(page: Page, label: string): Promise<void> {
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /internal error|\n\s+at \S+ \(|HTTP 500|E_INTERNAL/, `${label}: ${text.slice(0, 500)}`);
}

void describe('the dashboard without a usable history, in chromium', { timeout: 300_000, skip: skipUnless(CHROMIUM) }, () => {
  let browser: Browser;

  before(async () => {
    ensureBuilt();
    browser = await launchChromium(CHROMIUM.path!);
  });

  after(async () => {
    await browser?.close();
  });

  for (const d of DAMAGES) {
    void it(`${d.name}: the notes, one banner saying what to do, a check-off refused in the status line`, async () => {
      const dir = copyExamples();
      const undo = d.damage(dir);
      const errors: string[] = [];
      let server: RunningServer | null = null;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      // The refused write answers 409, which the browser reports as a failed resource load.
      page.on('console', (m) => { if (m.type() === 'error' && !/status of 409/.test(m.text())) errors.push(`console: ${m.text()}`); });
      try {
        server = await startServer({ paths: ['.'], cwd: dir, port: 0, now: () => new Date(NOW), watch: false, log: (s) => errors.push(s) });
        await page.goto(`${server.url}#/`);
        await page.getByRole('heading', { name: 'Overview' }).waitFor();
        const banner = page.locator('.history-banner');
        await banner.waitFor();
        assert.equal(await banner.count(), 1, 'one banner');
        assert.equal(await banner.getAttribute('role'), 'alert');
        const said = await banner.innerText();
        assert.match(said, /^Read-only: Waymark cannot use its history here\./);
        assert.match(said, d.says);
        assert.match(said, /checking off, progress, logged time and undo wait until this is fixed/);
        await page.getByRole('link', { name: 'Books' }).waitFor();
        await page.goto(`${server.url}#/items?q=database+internals`);
        const note = readFileSync(join(dir, 'roadmap.md'));
        const box = page.getByRole('checkbox', { name: /Database Internals.*mark done/ });
        await box.click();
        await page.getByRole('status').getByText(/nothing was changed: .*Until then the dashboard shows your notes read-only/).waitFor();
        assert.ok(readFileSync(join(dir, 'roadmap.md')).equals(note), 'the note is untouched');
        assert.equal(await page.locator('.history-banner').count(), 1, 'still one banner after the refusal');
        await noFailurePage(page, d.name);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
        undo?.();
        await server?.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  void it('after `waymark repair` the page takes the history back by itself, and a check-off is written', async () => {
    const dir = copyExamples();
    DAMAGES[0]!.damage(dir);
    const server = await startServer({ paths: ['.'], cwd: dir, port: 0, now: () => new Date(NOW), watch: false, log: () => undefined });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${server.url}#/items?q=database+internals`);
      await page.locator('.history-banner').waitFor();
      assert.equal(await main(['repair'], cli(dir)), 0);
      await page.locator('.history-banner').waitFor({ state: 'detached', timeout: 30_000 });
      await page.getByRole('checkbox', { name: /Database Internals.*mark done/ }).click();
      await page.getByRole('status').getByText(/Database Internals.*done/).waitFor();
      assert.match(readFileSync(join(dir, 'roadmap.md'), 'utf8'), /\[x\] .*Database Internals/);
    } finally {
      await page.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
