// The notes root (issue 20 §1) and one CLI shape (issue 15 §2): every command run from three
// working folders — the repository holding the notes, the notes folder itself, and a folder
// beside it — gives the same ids, paths, history and stats; tracking done from one folder is
// seen from the others, and `undo` from a third takes back Waymark's own change without
// calling it a hand edit. Positional paths and -n/--notes mean the same everywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { notesRoot } from '../src/edge/root.js';
import { copyExamples, runCli as run } from './cli-run.js';

/** proj/ (a git repository) holding notes/ (the examples), and other/ beside it. */
function project(): { base: string; proj: string; notes: string; other: string; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'waymark-root-'));
  const proj = join(base, 'proj');
  const notes = join(proj, 'notes');
  const other = join(base, 'other');
  mkdirSync(join(proj, '.git'), { recursive: true });
  mkdirSync(other);
  copyExamples(notes);
  return { base, proj, notes, other, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

test('the notes root: the nearest folder holding waymark.json, .waymark/ or .git, else the folder given', () => {
  const p = project();
  try {
    for (const [cwd, path] of [[p.proj, 'notes'], [p.notes, '.'], [p.other, '../proj/notes'], [p.base, 'proj/notes/roadmap.md']] as const) {
      assert.equal(notesRoot([path], cwd), p.proj, `${cwd} ${path}`);
    }
    assert.equal(notesRoot([], p.notes), p.proj, 'no path: the current folder, then up');
    assert.equal(notesRoot([], p.other), p.other, 'no marker above: the folder itself');
    writeFileSync(join(p.notes, 'waymark.json'), '{}\n');
    assert.equal(notesRoot(['notes/reading.org'], p.proj), p.notes, 'waymark.json marks the nearer root');
    assert.equal(notesRoot(['notes', 'notes/roadmap.md'], p.proj), p.notes, 'several paths: their common folder');
  } finally {
    p.cleanup();
  }
});

test('every reading command gives the same output from three working folders', async () => {
  const p = project();
  try {
    const places = [[p.proj, 'notes'], [p.notes, '.'], [p.other, '../proj/notes']] as const;
    const out = join(p.base, 'site-out');
    const commands: ((path: string) => string[])[] = [
      (n) => ['status', n], (n) => ['status', '--json', n], (n) => ['list', n], (n) => ['list', '--json', '-n', n],
      (n) => ['export', n], (n) => ['export', '--format', 'ics', n], (n) => ['export', '--format', 'tjp', n],
      (n) => ['plan', n], (n) => ['plan', '--json', n], (n) => ['review', '--json', n], (n) => ['stats', '--json', n],
      (n) => ['site', n, '--out', out, '--json'],
    ];
    for (const cmd of commands) {
      const results = [];
      for (const [cwd, path] of places) results.push({ where: cwd, r: await run(cwd, cmd(path)) });
      const first = results[0]!;
      assert.equal(first.r.code, 0, `${cmd('N').join(' ')}: ${first.r.stderr}`);
      for (const other of results.slice(1)) {
        assert.equal(other.r.code, first.r.code, `${cmd('N').join(' ')} exit code from ${other.where}`);
        assert.equal(other.r.stdout, first.r.stdout, `${cmd('N').join(' ')} from ${other.where} differs from ${first.where}`);
      }
    }
    const items = JSON.parse((await run(p.notes, ['list', '--json'])).stdout) as { id: string; source: { path: string } }[];
    assert.ok(items.every((i) => i.source.path.startsWith('notes/')), 'paths are relative to the root');
  } finally {
    p.cleanup();
  }
});

test('tracking from one folder is the same history from the others; undo from a third is not a hand edit', async () => {
  const p = project();
  try {
    const all = JSON.parse((await run(p.notes, ['list', '--json'])).stdout) as { id: string; title: string }[];
    const id = all.find((i) => i.title === 'MIT 6.824 Distributed Systems')!.id;
    // Inside the notes folder: progress by id, as the person did.
    const prog = await run(p.notes, ['progress', id, '5/20', '.']);
    assert.equal(prog.code, 0, prog.stderr);
    // From the repository: time logged, by words of the title.
    const log = await run(p.proj, ['log', 'MIT 6.824 Distributed', '2h', '-n', 'notes']);
    assert.equal(log.code, 0, log.stderr);
    // From a folder beside: the same item, the same stats.
    const again = JSON.parse((await run(p.other, ['list', '--json', '-q', id, '../proj/notes'])).stdout) as { id: string; progress: { done: number } }[];
    assert.equal(again.length, 1, 'the id from inside the notes folder names the item from beside it');
    assert.equal(again[0]!.progress.done, 5);
    const stats = [p.proj, p.notes, p.other].map(async (cwd) => (await run(cwd, ['stats', '--json', cwd === p.proj ? 'notes' : cwd === p.notes ? '.' : '../proj/notes'])).stdout);
    const [a, b, c] = await Promise.all(stats);
    assert.equal(a, b);
    assert.equal(a, c);
    // The 2 h logged and the notes' own 1.3 h of CLOCK lines, added as `status` adds them.
    assert.equal((JSON.parse(a!) as { hoursLogged: number }).hoursLogged, 3.3);
    assert.ok(existsSync(join(p.proj, '.waymark')), 'the history lives at the root');
    assert.ok(!existsSync(join(p.notes, '.waymark')) && !existsSync(join(p.other, '.waymark')), 'and nowhere else');
    const before = readFileSync(join(p.notes, 'current-state.txt'), 'utf8');
    const undoLog = await run(p.other, ['undo', '../proj/notes']);
    assert.equal(undoLog.code, 0, undoLog.stderr);
    assert.match(undoLog.stdout, /undid log 2h/);
    const undoProg = await run(p.other, ['undo', '-n', '../proj/notes']);
    assert.equal(undoProg.code, 0, undoProg.stderr);
    assert.match(undoProg.stdout, /undid progress 5\/20/);
    assert.notEqual(readFileSync(join(p.notes, 'current-state.txt'), 'utf8'), before, 'the note is back as it was');
    const after = await run(p.proj, ['stats', 'notes']);
    assert.doesNotMatch(after.stderr, /by hand/, 'Waymark\'s own undo is not a hand edit');
  } finally {
    p.cleanup();
  }
});

test('one CLI shape: positional paths and -n/--notes everywhere; `done "…" .` takes the path off the title', async () => {
  const p = project();
  try {
    for (const cmd of ['status', 'list', 'plan', 'export', 'review', 'stats', 'undo']) {
      const json = cmd === 'export' ? [] : ['--json'];
      const positional = await run(p.proj, [cmd, ...json, 'notes']);
      const flagged = await run(p.proj, [cmd, ...json, '-n', 'notes']);
      const long = await run(p.proj, [cmd, ...json, '--notes', 'notes']);
      assert.equal(positional.code, 0, `${cmd}: ${positional.stderr}`);
      assert.equal(flagged.stdout, positional.stdout, `${cmd} -n`);
      assert.equal(long.stdout, positional.stdout, `${cmd} --notes`);
      const help = await run(p.proj, [cmd, '--help']);
      assert.match(help.stdout, /-n, --notes <path>/, `${cmd} --help shows -n/--notes`);
    }
    const done = await run(p.notes, ['done', 'Implement', 'Raft', '.', '--json']);
    assert.equal(done.code, 0, done.stderr);
    assert.equal((JSON.parse(done.stdout) as { item: { title: string } }).item.title, 'Implement Raft from the 6.824 labs');
    const stats = await run(p.notes, ['stats', '.']);
    assert.equal(stats.code, 0, stats.stderr);
    const review = await run(p.notes, ['review', '.', '--json']);
    assert.equal(review.code, 0, review.stderr);
    const help = await run(p.proj, ['done', '--help']);
    assert.match(help.stdout, /<item\.\.\.> \[notes\.\.\.\]/);
    const top = await run(p.proj, ['--help']);
    assert.match(top.stdout, /done \[options\] <item\.\.\.> \[notes\.\.\.\]/);
    assert.match(top.stdout, /stats \[options\] \[paths\.\.\.\]/);
    assert.match(top.stdout, /-n\/--notes <path>/);
  } finally {
    p.cleanup();
  }
});
