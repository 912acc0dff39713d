// Runs every *.test.ts under src/ and test/ with node:test through tsx.
// (Node 20's --test does not expand globs, so we list the files ourselves.)
// A test that needs what a fresh clone lacks (the shared corpus, a browser) skips with one
// line saying what it needs (test/needs.ts); under WAYMARK_TEST_REQUIRE_ALL=1, as in CI,
// any skip fails the run.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'test'];
const files = [];
function walk(dir) {
  let names;
  try { names = readdirSync(dir); } catch { return; }
  for (const name of names.sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.test\.tsx?$/.test(name)) files.push(p);
  }
}
for (const r of roots) {
  if (/\.test\.tsx?$/.test(r)) files.push(r); else walk(r);
}
if (files.length === 0) { console.error('no test files found'); process.exit(1); }

const requireAll = process.env.WAYMARK_TEST_REQUIRE_ALL === '1';
const tmp = mkdtempSync(join(tmpdir(), 'waymark-tests-'));
const tap = join(tmp, 'report.tap');
// The tests get a temp folder of their own: one that took the temp folder itself for a notes
// folder would leave a .waymark/ there (in everyone's /tmp, a stale history that another
// run would find), and here that fails the run instead. tsx's compile cache stays shared.
const testTmp = join(tmp, 'tmp');
mkdirSync(testTmp);
// Open to every user, as /tmp is: some tests run commands as another user.
chmodSync(tmp, 0o755);
chmodSync(testTmp, 0o1777);
// And a cache folder of their own for notes folders without .waymark/ (src/edge/cache-home.ts),
// not the person's ~/.cache/waymark.
const cacheHome = join(tmp, 'cache');
mkdirSync(cacheHome, { mode: 0o1777 });
chmodSync(cacheHome, 0o1777);
const tsxCache = join(tmpdir(), `tsx-${process.getuid?.() ?? 'user'}`);
if (existsSync(tsxCache)) symlinkSync(tsxCache, join(testTmp, `tsx-${process.getuid?.() ?? 'user'}`));
const res = spawnSync(process.execPath, [
  '--import', 'tsx', '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`,
  ...files,
], { stdio: 'inherit', env: { ...process.env, TMPDIR: testTmp, WAYMARK_CACHE_HOME: cacheHome } });
let code = res.status ?? 1;
if (existsSync(join(testTmp, '.waymark'))) {
  console.error('\na test made .waymark/ in the temp folder itself: give it a folder of its own (mkdtempSync(join(tmpdir(), …))).');
  code = 1;
}
let skips = [];
try {
  // "ok 3 - name # SKIP reason", at any depth.
  skips = readFileSync(tap, 'utf8').split('\n').filter((l) => /^\s*ok \d+ - .* # SKIP\b/.test(l)).map((l) => l.trim().replace(/^ok \d+ - /, ''));
} catch { /* no report: the run failed before any test */ }
rmSync(tmp, { recursive: true, force: true });
if (skips.length) {
  const unique = [...new Set(skips.map((s) => s.replace(/^.* # SKIP /, '')))];
  console.log(`\n${skips.length} test${skips.length === 1 ? '' : 's'} skipped for what this machine lacks:\n${unique.map((u) => `  - ${u}`).join('\n')}`);
  if (requireAll) {
    console.error('WAYMARK_TEST_REQUIRE_ALL=1: a skipped test is a failure here.');
    if (code === 0) code = 1;
  }
}
process.exit(code);
