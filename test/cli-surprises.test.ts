// The CLI never surprises (issue 20 §4): a read-only note is refused and every write keeps
// owner, group and mode; a read-only notes folder is one clear line while reading commands
// still work; `serve` on a missing path exits 2 and on a busy asked-for port fails; --json
// errors are JSON on stdout with the same exit code; a folder that does not look like notes
// asks before .waymark/ is made there; thousands of notes say so; the small things.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_WITHOUT_HISTORY } from '../src/cli/context.js';
import { isBroadFolder } from '../src/edge/root.js';
import { copyExamples, REPO as ROOT, runCli as run, spawnCli } from './cli-run.js';

const STACK = /\n\s+at .+[:(]\d+:\d+|internal error/;

function examples(): { dir: string; cleanup: () => void } {
  const dir = copyExamples();
  return { dir, cleanup: () => { chmodSync(dir, 0o755); rmSync(dir, { recursive: true, force: true }); } };
}

test('a read-only note is refused with a clear message and left exactly as it was', async () => {
  const ex = examples();
  try {
    const note = join(ex.dir, 'roadmap.md');
    const bytes = readFileSync(note);
    chmodSync(note, 0o444);
    const r = await run(ex.dir, ['done', 'Implement a replicated log', '.']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /roadmap\.md is read-only, so Waymark leaves it as it is/);
    assert.doesNotMatch(r.stderr, STACK);
    assert.deepEqual(readFileSync(note), bytes);
    assert.equal(statSync(note).mode & 0o777, 0o444);
    const json = await run(ex.dir, ['done', 'Implement a replicated log', '.', '--json']);
    assert.equal(json.code, 1);
    assert.equal((JSON.parse(json.stdout) as { error: { code: string } }).error.code, 'E_READONLY_NOTE');
  } finally {
    ex.cleanup();
  }
});

test('a write keeps the note\'s owner, group and mode', async () => {
  const ex = examples();
  try {
    const note = join(ex.dir, 'roadmap.md');
    chmodSync(note, 0o640);
    // Another owner and group where this process may give them (as root); else its own.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chownSync(note, 1234, 5678);
    const before = statSync(note);
    const r = await run(ex.dir, ['done', 'Implement a replicated log', '.']);
    assert.equal(r.code, 0, r.stderr);
    const after = statSync(note);
    assert.equal(after.mode & 0o7777, 0o640, 'mode');
    assert.equal(after.uid, before.uid, 'owner');
    assert.equal(after.gid, before.gid, 'group');
    assert.match(readFileSync(note, 'utf8'), /- \[x\] Implement a replicated log/);
    const undo = await run(ex.dir, ['undo', '.']);
    assert.equal(undo.code, 0, undo.stderr);
    assert.equal(statSync(note).uid, before.uid, 'undo keeps the owner too');
    assert.equal(statSync(note).mode & 0o7777, 0o640, 'and the mode');
  } finally {
    ex.cleanup();
  }
});

test('a read-only notes folder: one clear line for a change; reading commands still work', async () => {
  const ex = examples();
  try {
    chmodSync(ex.dir, 0o555);
    const r = await run(ex.dir, ['done', 'Implement a replicated log', '.']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /is read-only, so Waymark cannot keep its history there/);
    assert.doesNotMatch(r.stderr, /EACCES|mkdir/);
    for (const cmd of [['status', '.'], ['list', '.'], ['plan', '.'], ['export', '.'], ['review', '--json', '.'], ['undo', '.']]) {
      const ok = await run(ex.dir, cmd);
      assert.equal(ok.code, 0, `${cmd.join(' ')}: ${ok.stderr}`);
    }
    // `stats` would start the history there: it shows an empty one, says so, and exits 3.
    const stats = await run(ex.dir, ['stats', '.']);
    assert.equal(stats.code, EXIT_WITHOUT_HISTORY, stats.stderr);
    assert.match(stats.stderr, /^waymark: showing the notes without history: .* is read-only, so there is no history to show/);
    assert.ok(!existsSync(join(ex.dir, '.waymark')));
  } finally {
    ex.cleanup();
  }
});

test('serve on a missing path exits 2 (and does not hang)', { timeout: 60_000 }, async () => {
  const r = await spawnCli(ROOT, ['serve', 'no/such/notes'], 30_000);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /no such file or folder: no\/such\/notes/);
});

test('serve -p N on a busy port fails clearly; --port 0 takes any free port', { timeout: 60_000 }, async () => {
  const busy = createServer();
  const port = await new Promise<number>((ok) => busy.listen(0, '127.0.0.1', () => ok((busy.address() as { port: number }).port)));
  const ex = examples();
  try {
    const r = await spawnCli(ex.dir, ['serve', '.', '-p', String(port)], 30_000);
    assert.equal(r.code, 1, r.stderr + r.stdout);
    assert.match(r.stderr, new RegExp(`port ${port} is already in use; choose another with --port N, or --port 0 for any free port`));
    assert.doesNotMatch(r.stdout, /dashboard/);
    const any = await spawnCli(ex.dir, ['serve', '.', '--port', '0'], 30_000, /http:\/\/127\.0\.0\.1:\d+\//);
    assert.match(any.stdout, /Waymark dashboard: http:\/\/127\.0\.0\.1:\d+\//);
    assert.notEqual(any.code, 'timeout');
  } finally {
    busy.close();
    ex.cleanup();
  }
});

test('--json: every command writes its errors as JSON on stdout, with the same exit code', async () => {
  const ex = examples();
  try {
    const cases: string[][] = [
      ['status', 'nope/'], ['list', 'nope/'], ['plan', 'nope/'], ['review', 'nope/'], ['stats', 'nope/'], ['undo', 'nope/'], ['site', 'nope/'],
      ['done', 'no such item at all'], ['start', 'no such item at all'], ['skip', 'no such item at all'],
      ['progress', 'no such item at all', '3'], ['log', 'no such item at all', '1h'],
      ['list', '--kind', 'bookz'], ['plan', '--week', 'two'], ['status', '--frobnicate'],
    ];
    for (const argv of cases) {
      const plain = await run(ex.dir, argv);
      const json = await run(ex.dir, [...argv, '--json']);
      assert.notEqual(plain.code, 0, argv.join(' '));
      assert.equal(json.code, plain.code, `${argv.join(' ')}: the same exit code`);
      const parsed = JSON.parse(json.stdout) as { error: { code: string; message: string; candidates: unknown[] } };
      assert.equal(typeof parsed.error.code, 'string', argv.join(' '));
      assert.ok(parsed.error.message.length > 0);
      assert.ok(Array.isArray(parsed.error.candidates));
      assert.equal(json.stderr, '', `${argv.join(' ')}: nothing on stderr under --json`);
    }
    const amb = await run(ex.dir, ['done', 'Raft', '--json']);
    assert.equal(amb.code, 1);
    const err = (JSON.parse(amb.stdout) as { error: { code: string; candidates: { id: string; title: string; path: string; line: number }[] } }).error;
    assert.equal(err.code, 'E_AMBIGUOUS');
    assert.ok(err.candidates.length >= 2);
    assert.ok(err.candidates.every((c) => c.id && c.title.includes('Raft') && c.path && c.line > 0));
  } finally {
    ex.cleanup();
  }
});

test('a folder that does not look like notes asks (or wants --yes) before .waymark/ is made there', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-notroot-'));
  try {
    mkdirSync(join(dir, 'src'));
    for (let i = 0; i < 2100; i++) writeFileSync(join(dir, 'src', `f${i}.js`), '');
    writeFileSync(join(dir, 'todo.md'), '- [ ] Learn Langchain\n');
    const r = await run(dir, ['done', 'Langchain', '.']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /holds 2100 files that are not notes.*pass --yes/);
    assert.ok(!existsSync(join(dir, '.waymark')), 'nothing created');
    assert.equal(readFileSync(join(dir, 'todo.md'), 'utf8'), '- [ ] Learn Langchain\n');
    const yes = await run(dir, ['done', 'Langchain', '.', '--yes']);
    assert.equal(yes.code, 0, yes.stderr);
    assert.ok(existsSync(join(dir, '.waymark')));
    // Reading needs no history and asks nothing.
    assert.equal((await run(dir, ['status', '.'])).code, 0);
    assert.ok(isBroadFolder('/'), 'a filesystem root');
    assert.ok(isBroadFolder('/home/someone', '/home/someone'), 'the home folder');
    assert.ok(!isBroadFolder('/home/someone/notes', '/home/someone'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('more than 5,000 notes: the command says so before reading them', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'waymark-many-'));
  try {
    for (let i = 0; i < 5001; i++) writeFileSync(join(dir, `n${i}.md`), `- [ ] Item ${i}\n`);
    const r = await run(dir, ['status', '--json', '.']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /reading 5,001 notes…/);
    assert.equal((JSON.parse(r.stdout) as { files: number }).files, 5001);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the small things: list footer on stdout (none under --json), status --warnings after the summary, "% of hours" beside item counts', async () => {
  const ex = examples();
  try {
    const list = await run(ex.dir, ['list', '.']);
    assert.match(list.stdout, /\n\d+ items\n$/);
    assert.equal(list.stderr, '');
    const json = await run(ex.dir, ['list', '--json', '.']);
    assert.doesNotThrow(() => JSON.parse(json.stdout));
    assert.equal(json.stderr, '');
    writeFileSync(join(ex.dir, 'broken.md'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const warn = await run(ex.dir, ['status', '--warnings', '.']);
    assert.match(warn.stdout, /^Waymark · \d+ items/, 'the summary first');
    assert.match(warn.stdout, /Overall[\s\S]*warning broken\.md/, 'then the warnings');
    const status = await run(ex.dir, ['status', '.']);
    assert.match(status.stdout, /Overall .* \d+% of hours/);
    for (const line of status.stdout.split('\n').filter((l) => /\d+\/\d+ items done/.test(l))) {
      assert.match(line, /\d+% of (hours|items) +\d+\/\d+ items done/, line);
    }
  } finally {
    ex.cleanup();
  }
});
