// The bundle `npm run build` makes (scripts/bundle.mjs), built here into a temp folder: its
// entries are there, the CLI runs from it, and it carries the fingerprints of its sources.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

void test('the bundle: its entries and source maps, the CLI run from it, the fingerprints of its sources in it', () => {
  // (Inside the project, so the packages the bundle leaves outside it resolve from node_modules.)
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const out = mkdtempSync(join(ROOT, 'dist', '.bundle-test-'));
  try {
    const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, WAYMARK_BUNDLE_OUT: out } });
    assert.equal(b.status, 0, b.stderr);
    const built = JSON.parse(b.stdout) as { reader: string; code: string };
    assert.match(built.reader, /^[0-9a-f]{32}$/);
    assert.notEqual(built.reader, built.code);
    for (const entry of ['main', 'read-pool-worker', 'read-worker-thread', 'corrections-config', 'workspace']) {
      assert.ok(existsSync(join(out, `${entry}.js`)), `${entry}.js`);
      assert.ok(existsSync(join(out, `${entry}.js.map`)), `${entry}.js.map`);
    }
    const chunks = readdirSync(out).filter((n) => n.endsWith('.js'));
    assert.ok(chunks.some((n) => readFileSync(join(out, n), 'utf8').includes(`"${built.reader}"`)), 'the reader\'s fingerprint is written into the bundle');
    const main = pathToFileURL(join(out, 'main.js')).href;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(main)}); process.exitCode = await main(['--version']);`], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), '0.1.0');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
