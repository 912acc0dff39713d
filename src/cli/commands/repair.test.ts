// A damaged `.waymark/`: every command says what is wrong in one line and exits non-zero
// (reading commands go on without history), and only `waymark repair` moves a damaged
// database aside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs, { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main.js';
import { EXIT_WITHOUT_HISTORY, type CliContext } from '../context.js';

const NOTE = '# Plan\n- [ ] Read SICP\n- [ ] Build a compiler\n- [ ] Learn Rust (3/10 chapters)\n';

function workspace(given?: string) {
  const dir = given ?? mkdtempSync(join(tmpdir(), 'waymark-damage-'));
  if (!given) writeFileSync(join(dir, 'n.md'), NOTE);
  const run = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const ctx: CliContext = {
      stdout: { write: (s: string) => { out += s; } }, stderr: { write: (s: string) => { err += s; } },
      cwd: dir, env: {}, now: () => new Date('2026-11-22T10:00:00Z'), color: false,
    };
    return { code: await main(argv, ctx), out, err };
  };
  return { dir, run, db: join(dir, '.waymark', 'waymark.db') };
}

/**
 * Writing commands refuse in one line (exit 1); reading commands that read the history print
 * their result from the notes, say in one line why the history is missing, and exit 3
 * (EXIT_WITHOUT_HISTORY); `list` never reads the history and is not touched by it.
 */
async function refusesClearly(
  w: ReturnType<typeof workspace>, why: RegExp,
  commands = [['done', 'sicp'], ['progress', 'rust', '4'], ['log', 'rust', '1h'], ['undo']],
  reading = [['status'], ['status', '--json'], ['stats'], ['export', '--format', 'json'], ['plan']],
): Promise<void> {
  for (const args of commands) {
    const r = await w.run(...args);
    assert.equal(r.code, 1, `${args[0]}: exit 1 (${r.err})`);
    assert.equal(r.err.trim().split('\n').length, 1, `${args[0]}: one line: ${r.err}`);
    assert.doesNotMatch(r.err, /internal error|\n\s+at /);
    assert.match(r.err, why);
  }
  assert.equal(readFileSync(join(w.dir, 'n.md'), 'utf8'), NOTE, 'the note is untouched');
  for (const args of reading) {
    const r = await w.run(...args);
    const shown = args.join(' ');
    assert.equal(r.code, EXIT_WITHOUT_HISTORY, `${shown}: exit ${EXIT_WITHOUT_HISTORY}, done without history (${r.err})`);
    assert.match(r.out, args[0] === 'stats' ? /remaining|left|burndown/i : /Read SICP|Build a compiler|Learn Rust/, `${shown} prints its result`);
    if (args.includes('--json')) JSON.parse(r.out);
    assert.equal(r.err.trim().split('\n').filter((l) => /without history/.test(l)).length, 1, `${shown}: says it once: ${r.err}`);
    assert.match(r.err, why);
    assert.doesNotMatch(r.err, /internal error|\n\s+at /);
  }
  const list = await w.run('list');
  assert.equal(list.code, 0, `list reads no history (${list.err})`);
  assert.match(list.out, /Read SICP/);
  assert.equal(readFileSync(join(w.dir, 'n.md'), 'utf8'), NOTE, 'the note is untouched');
}

void test('a corrupt database: one line, status still reads; repair moves it aside and starts anew', async () => {
  const w = workspace();
  mkdirSync(join(w.dir, '.waymark'));
  writeFileSync(w.db, 'this is not a database, just forty-odd bytes of text\n'.repeat(20));
  await refusesClearly(w, /damaged.*waymark repair/);
  assert.ok(existsSync(w.db), 'nothing moves the database aside but repair');
  const r = await w.run('repair');
  assert.equal(r.code, 0);
  assert.match(r.out, /moved it to .*waymark\.db\.corrupt-20261122T100000Z/);
  assert.ok(existsSync(`${w.db}.corrupt-20261122T100000Z`), 'the damaged file is kept');
  assert.equal((await w.run('done', 'sicp')).code, 0, 'a new history works');
  assert.match((await w.run('repair')).out, /sound/);
  rmSync(w.dir, { recursive: true });
});

void test('a database that is a folder, and a .waymark that is a file', async () => {
  const w = workspace();
  mkdirSync(w.db, { recursive: true });
  await refusesClearly(w, /is a folder, not a database/);
  assert.equal((await w.run('repair')).code, 0);
  assert.equal((await w.run('done', 'sicp')).code, 0);
  const v = workspace();
  writeFileSync(join(v.dir, '.waymark'), 'a file');
  await refusesClearly(v, /is a file, not the folder/);
  assert.equal((await v.run('repair')).code, 0);
  assert.ok(readdirSync(v.dir).some((n) => n.startsWith('.waymark.corrupt-')));
  assert.equal((await v.run('done', 'sicp')).code, 0);
  rmSync(w.dir, { recursive: true });
  rmSync(v.dir, { recursive: true });
});

void test('a zero-length database is an empty history, not an error', async () => {
  const w = workspace();
  mkdirSync(join(w.dir, '.waymark'));
  writeFileSync(w.db, '');
  assert.equal((await w.run('done', 'sicp')).code, 0);
  assert.equal((await w.run('undo')).code, 0);
  assert.equal(readFileSync(join(w.dir, 'n.md'), 'utf8'), NOTE);
  rmSync(w.dir, { recursive: true });
});

void test('a database locked by another program: one line after a wait, and repair leaves it be', async () => {
  const w = workspace();
  assert.equal((await w.run('log', 'rust', '1h')).code, 0);
  const other = new Database(w.db);
  other.pragma('locking_mode = EXCLUSIVE');
  other.exec('BEGIN EXCLUSIVE');
  other.prepare(`INSERT INTO batches (at, command, description) VALUES ('x', 'x', 'x')`).run();
  try {
    const r = await w.run('done', 'sicp');
    assert.equal(r.code, 1);
    assert.match(r.err, /locked by another program/);
    assert.equal(r.err.trim().split('\n').length, 1);
    const status = await w.run('status');
    assert.equal(status.code, EXIT_WITHOUT_HISTORY, 'status prints the notes and says the history is locked');
    assert.match(status.out, /Read SICP|Build a compiler/);
    assert.match(status.err, /^waymark: showing the notes without history: .*locked by another program; try again when it has finished\n$/);
    assert.equal((await w.run('repair')).code, 1);
    assert.ok(existsSync(w.db));
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
  assert.equal(readFileSync(join(w.dir, 'n.md'), 'utf8'), NOTE);
  rmSync(w.dir, { recursive: true });
});

/**
 * A notes folder Waymark cannot write in: by permissions, or (as root, whom they do not stop)
 * a read-only mount, or failing that the file system's answer for one (EACCES on creating
 * `.waymark/`, given at the fs boundary).
 */
function readOnlyFolder(): { dir: string; undo: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-ro-'));
  writeFileSync(join(dir, 'n.md'), NOTE);
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    return { dir, undo: () => { chmodSync(dir, 0o755); rmSync(dir, { recursive: true }); } };
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { stdio: 'ignore' });
    writeFileSync(join(dir, 'n.md'), NOTE);
    execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' });
    return { dir, undo: () => { execFileSync('umount', [dir]); rmSync(dir, { recursive: true }); } };
  } catch {
    const real = fs.mkdirSync;
    fs.mkdirSync = ((path: fs.PathLike, o?: fs.MakeDirectoryOptions) => {
      if (String(path).startsWith(dir)) throw Object.assign(new Error(`EACCES: permission denied, mkdir '${String(path)}'`), { code: 'EACCES', syscall: 'mkdir', path: String(path) });
      return real(path, o);
    }) as typeof real;
    syncBuiltinESMExports();
    return { dir, undo: () => { fs.mkdirSync = real; syncBuiltinESMExports(); rmSync(dir, { recursive: true, force: true }); } };
  }
}

void test('a read-only notes folder: one line for writing commands, reading ones work', async () => {
  const ro = readOnlyFolder();
  try {
    // `undo` has nothing to undo there (no history was ever kept) and `stats` shows an empty one.
    const w = workspace(ro.dir);
    // `status` has no history to miss there (none was ever kept): it exits 0; `stats`, which
    // would start one, shows an empty one and exits 3.
    await refusesClearly(w, /cannot write the history|read-only|permission/, [['done', 'sicp'], ['progress', 'rust', '4'], ['log', 'rust', '1h']], [['stats']]);
    assert.match((await w.run('undo')).out, /nothing to undo/);
    const status = await w.run('status');
    assert.equal(status.code, 0, status.err);
    assert.equal(status.err, '');
  } finally {
    ro.undo();
  }
});

void test('repair where there is no history yet says so and makes none', async () => {
  const w = workspace();
  const r = await w.run('repair');
  assert.equal(r.code, 0);
  assert.match(r.out, /no history yet/);
  assert.equal(existsSync(join(w.dir, '.waymark')), false);
  rmSync(w.dir, { recursive: true });
});
