// What the browser tests share: the built page, a copy of the example notes (with a note of
// tricky titles), the pinned clock, and a headless Debian chromium to drive.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLES = join(ROOT, 'examples');
export const NOW = new Date('2026-11-23T10:00:00Z');
export const SHOTS = join(ROOT, 'test-output', 'e2e-screens');
// No underscores: the reader reads `__x__` as emphasis and drops the marks.
export const XSS_TITLE = 'Evil <img src=x onerror="window.pwned=1"> and <script>window.pwned=2</script> note';

function newestUnder(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the page when web-dist/ is missing or older than src/web/. */
export function ensureBuilt(): void {
  const index = join(ROOT, 'web-dist', 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestUnder(join(ROOT, 'src', 'web'))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'src/web/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  assert.equal(r.status, 0, 'vite build failed');
}

/** A temporary copy of examples/ plus tricky.md (markup and a javascript: link in titles). */
export function copyExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
  // Only the notes: a history (.waymark/) left by someone's own runs in examples/ stays behind.
  cpSync(EXAMPLES, dir, { recursive: true, filter: (src) => !/[\\/]\.waymark(?:[\\/]|$)/.test(src) });
  writeFileSync(join(dir, 'tricky.md'), `# Tricky\n\n- [ ] ${XSS_TITLE} (~1h)\n- [ ] [A link](javascript:alert(1))\n`);
  return dir;
}

/** Headless chromium at `path`, quiet (no updates, sync or first-run pages). */
export function launchChromium(path: string): Promise<Browser> {
  return chromium.launch({
    executablePath: path,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'],
  });
}

/** For a describe block: the page built and chromium at `path` launched before its tests, closed after. */
export function useChromium(path: string): () => Browser {
  let browser: Browser | null = null;
  before(async () => {
    ensureBuilt();
    browser = await launchChromium(path);
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser!;
}
