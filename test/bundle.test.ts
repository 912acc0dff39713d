// The bundle `npm run build` makes (scripts/bundle.mjs), built here into a temp folder: its
// entries are there, the CLI runs from it, and it carries the fingerprints of its sources; the
// CLI's CommonJS entry runs with V8's code cache (bin/code-cache.js), which is checked before V8
// sees it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
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
    for (const entry of ['main.js', 'main.cjs', 'read-pool-worker.js', 'read-worker-thread.js', 'corrections-config.js', 'workspace.js']) {
      assert.ok(existsSync(join(out, entry)), entry);
      assert.ok(existsSync(join(out, `${entry}.map`)), `${entry}.map`);
    }
    const chunks = readdirSync(out).filter((n) => n.endsWith('.js') || n.endsWith('.cjs'));
    assert.ok(chunks.some((n) => readFileSync(join(out, n), 'utf8').includes(`"${built.reader}"`)), 'the reader\'s fingerprint is written into the bundle');
    const main = pathToFileURL(join(out, 'main.js')).href;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(main)}); process.exitCode = await main(['--version']);`], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), '0.1.0');

    // The CommonJS entry, as bin/waymark.js runs a command: the first run makes the code cache,
    // the next uses it; a cache damaged inside (V8 would abort on it) or made for another bundle
    // is not given to V8, and the run that found it writes it again.
    const cjs = join(out, 'main.cjs');
    const cache = `${cjs}.v8-cache`;
    const loader = pathToFileURL(join(ROOT, 'bin', 'code-cache.js')).href;
    const runCjs = (args: string[]): { cache: string; stdout: string } => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', `
        import { setFlagsFromString } from 'node:v8';
        setFlagsFromString('--no-regexp-tier-up');
        const { loadWithCodeCache } = await import(${JSON.stringify(loader)});
        const loaded = loadWithCodeCache(${JSON.stringify(cjs)});
        process.exitCode = await loaded.exports.main(${JSON.stringify(args)});
        loaded.keep(${JSON.stringify(args[0])});
        console.error('cache: ' + loaded.cache);`], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      return { cache: /cache: (\w+)/.exec(r.stderr)?.[1] ?? '?', stdout: r.stdout };
    };
    const help = (s: string) => s.replace(/\s+/g, ' ').slice(0, 80);
    const first = runCjs(['help', 'status']);
    assert.equal(first.cache, 'none');
    assert.ok(existsSync(cache), 'the first run keeps the cache');
    assert.match(first.stdout, /Usage: waymark status/);
    const second = runCjs(['help', 'status']);
    assert.equal(second.cache, 'used');
    assert.equal(help(second.stdout), help(first.stdout));
    const bytes = readFileSync(cache);
    const damaged = Buffer.from(bytes);
    for (let i = bytes.length - 4000; i < bytes.length - 3900; i++) damaged[i]! ^= 0xff;
    writeFileSync(cache, damaged);
    assert.equal(runCjs(['help', 'status']).cache, 'damaged');
    assert.equal(runCjs(['help', 'status']).cache, 'used', 'the damaged cache was written again');
    const nl = bytes.indexOf(10);
    const head = JSON.parse(bytes.subarray(0, nl).toString('utf8')) as Record<string, unknown>;
    writeFileSync(cache, Buffer.concat([Buffer.from(`${JSON.stringify({ ...head, size: 1 })}\n`), bytes.subarray(nl + 1)]));
    assert.equal(runCjs(['help', 'status']).cache, 'stale');
    writeFileSync(cache, 'not a cache');
    // (A temp file a run killed while writing left behind goes with the next write.)
    const left = `${cache}.99999.tmp`;
    writeFileSync(left, 'half a cache');
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(left, old, old);
    assert.equal(runCjs(['help', 'status']).cache, 'damaged');
    assert.equal(existsSync(left), false);
    assert.equal(runCjs(['help', 'status']).cache, 'used');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
