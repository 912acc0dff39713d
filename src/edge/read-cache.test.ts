import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { serialize } from 'node:v8';
import fc from 'fast-check';
import { CACHE_FILE, decodeRead, encodeRead, fileBody, fileBytes, type CacheBody } from './read-cache.js';
import { loadRoadmap, type LoadOptions } from './workspace.js';

const NOW = new Date('2026-11-22T10:00:00Z');
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempRoot(): string {
  const d = mkdtempSync(join(tmpdir(), 'waymark-cache-'));
  dirs.push(d);
  mkdirSync(join(d, '.waymark'));
  return d;
}

const LINES = [
  '# Reading', '## Books', '- [ ] Designing Data-Intensive Applications', '- [x] The Pragmatic Programmer', '- [ ] Read SICP chapter 3 ~4h',
  '- [ ] Raft paper, after Designing Data-Intensive Applications', '* [/] CS229 lecture 5 of 20', 'Budget: 10 hours/week for 12 weeks',
  '- [ ] Finish the compiler by Dec 15', 'Deadline: March 2027', '| Course | Status |', '|---|---|', '| MIT 6.824 | in progress |',
  'Morning (3 hours):', '  - Watch lecture 4', '  - Do lab 2', '- TODO Implement a key-value store', 'Some prose about learning.', '',
  '- [ ] Designing_Data_lntensive_Applications.pdf', '### Week 1', '- [x] Linear algebra ✓', '- [ ] Watch https://www.youtube.com/watch?v=abc',
];

const noteText = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 14 }).map((ls) => ls.join('\n') + '\n');

/** Same length in bytes, other content: every ASCII letter after the first swapped for another (the mtime is put back by the caller). */
function sameSizeChange(text: string, seed: number): string {
  const letters = [...text].map((c, i) => (i > 0 && /[a-z]/.test(c) && (i + seed) % 3 === 0 ? (c === 'e' ? 'a' : 'e') : c)).join('');
  return letters === text ? text.replace(/[a-z]/, (c) => (c === 'e' ? 'a' : 'e')) : letters;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Op =
  | { t: 'sameSize'; i: number; seed: number }
  | { t: 'touch'; i: number }
  | { t: 'rewrite'; i: number; text: string }
  | { t: 'append'; i: number; line: string }
  | { t: 'rename'; i: number }
  | { t: 'delete'; i: number }
  | { t: 'add'; text: string }
  | { t: 'version' }
  | { t: 'day' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('sameSize' as const), i: fc.nat(), seed: fc.nat(5) }),
  fc.record({ t: fc.constant('touch' as const), i: fc.nat() }),
  fc.record({ t: fc.constant('rewrite' as const), i: fc.nat(), text: noteText }),
  // (The edit made most: a line added, most often naming nothing another note names.)
  fc.record({ t: fc.constant('append' as const), i: fc.nat(), line: fc.constantFrom('- [ ] Something new', '- [x] Another thing done ~2h', '- [ ] Read SICP chapter 4', ...LINES) }),
  fc.record({ t: fc.constant('rename' as const), i: fc.nat() }),
  fc.record({ t: fc.constant('delete' as const), i: fc.nat() }),
  fc.record({ t: fc.constant('add' as const), text: noteText }),
  fc.constant({ t: 'version' as const }),
  fc.constant({ t: 'day' as const }),
);

function notesIn(root: string): string[] {
  return readdirSync(root).filter((n) => n.endsWith('.md')).sort();
}

test('the cache is never wrong: after any change to the notes, a cached read equals an uncached one', async () => {
  let run = 0;
  const how = { kept: 0, patched: 0, anew: 0 };
  await fc.assert(fc.asyncProperty(fc.array(noteText, { minLength: 1, maxLength: 4 }), fc.array(op, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean(), async (texts, ops, racy, later) => {
    const root = tempRoot();
    texts.forEach((t, i) => writeFileSync(join(root, `note-${i}.md`), t));
    let version = `v${run++}`;
    let now = NOW;
    let added = 0;
    // A clock well past the files' times trusts their stamps (size, mtime, ctime, inode);
    // the real clock makes every file "racy" and re-hashed.
    const clock = (): number => (racy ? Date.now() : Date.now() + 60_000);
    // (`later`: the cache is written once its deflating on another thread is done, as status does.)
    const load = async (cache: boolean) => {
      const ws = await loadRoadmap([root], { cwd: root, now, threads: 1, cache: cache ? { version, now: clock } : false, ...(later ? { saveLater: true } : {}) });
      await ws.saved;
      return ws;
    };
    const check = async (what: string): Promise<void> => {
      const cached = await load(true);
      const plain = await load(false);
      assert.deepEqual(cached.roadmap, plain.roadmap, what);
      how[cached.assembled!]++;
      // And again, now that the cache holds this state.
      const again = await load(true);
      assert.deepEqual(again.roadmap, plain.roadmap, `${what}, read twice`);
    };
    await check('first read');
    for (const o of ops) {
      const names = notesIn(root);
      const name = names.length ? names[('i' in o ? o.i : 0) % names.length]! : null;
      // A file's ctime moves with the kernel's clock tick: let one pass before a change.
      await sleep(12);
      if (o.t === 'sameSize' && name) {
        const p = join(root, name);
        const st = statSync(p);
        writeFileSync(p, sameSizeChange(readFileSync(p, 'utf8'), o.seed));
        utimesSync(p, st.atime, st.mtime);
      } else if (o.t === 'touch' && name) {
        const t = new Date(statSync(join(root, name)).mtimeMs + 5000);
        utimesSync(join(root, name), t, t);
      } else if (o.t === 'rewrite' && name) {
        writeFileSync(join(root, name), o.text);
      } else if (o.t === 'append' && name) {
        writeFileSync(join(root, name), `${readFileSync(join(root, name), 'utf8')}${o.line}\n`);
      } else if (o.t === 'rename' && name) {
        renameSync(join(root, name), join(root, `renamed-${added++}-${name}`));
      } else if (o.t === 'delete' && name) {
        unlinkSync(join(root, name));
      } else if (o.t === 'add') {
        writeFileSync(join(root, `added-${added++}.md`), o.text);
      } else if (o.t === 'version') {
        version += '+';
      } else if (o.t === 'day') {
        now = new Date(now.getTime() + 86_400_000 * 40);
      }
      await check(JSON.stringify(o));
    }
  }), { numRuns: 25 });
  // The roadmap was kept, patched and made anew, each at least once.
  assert.ok(how.kept > 0 && how.patched > 0 && how.anew > 0, JSON.stringify(how));
});

test('a cache written later (deflated on another thread, as status writes it) holds the bytes of one written at once', async () => {
  const texts = ['# A\n- [ ] Designing Data-Intensive Applications\n- [x] Raft paper ~3h\n', '# B\n- [ ] Read SICP chapter 3, after Raft paper\nBudget: 10 hours/week for 12 weeks\n'];
  const bodies: CacheBody[] = [];
  for (const saveLater of [false, true]) {
    const root = tempRoot();
    texts.forEach((t, i) => writeFileSync(join(root, `n${i}.md`), t));
    const ws = await loadRoadmap([root], { cwd: root, now: NOW, threads: 1, cache: { version: 'v', now: () => 0 }, saveLater });
    assert.equal(ws.saved !== undefined, saveLater);
    await ws.saved;
    bodies.push(fileBody(readFileSync(join(root, '.waymark', CACHE_FILE))) as CacheBody);
  }
  const [now, later] = bodies;
  assert.deepEqual([...later!.entries].map(([p, e]) => [p, e.read]), [...now!.entries].map(([p, e]) => [p, e.read]));
  assert.ok(now!.roadmap && later!.roadmap);
  assert.deepEqual(later!.roadmap, now!.roadmap);
});

test('one changed note is the only one read again; a new reader version reads every note again', async () => {
  const root = tempRoot();
  for (let i = 0; i < 5; i++) writeFileSync(join(root, `n${i}.md`), `# Part ${i}\n- [ ] Task ${i}\n`);
  const opts = (version: string): LoadOptions => ({ cwd: root, now: NOW, cache: { version, now: () => Date.now() + 60_000 } });
  assert.deepEqual((await loadRoadmap([root], opts('a'))).reads, { cached: 0, read: 5 });
  assert.deepEqual((await loadRoadmap([root], opts('a'))).reads, { cached: 5, read: 0 });
  await sleep(12);
  writeFileSync(join(root, 'n2.md'), '# Part 2\n- [x] Task 2\n');
  assert.deepEqual((await loadRoadmap([root], opts('a'))).reads, { cached: 4, read: 1 });
  assert.deepEqual((await loadRoadmap([root], opts('b'))).reads, { cached: 0, read: 5 });
});

test('the version decides: a reading kept under this version is used, under another it is not', async () => {
  const root = tempRoot();
  writeFileSync(join(root, 'a.md'), '- [ ] Learn Rust\n');
  const opts = (version: string): LoadOptions => ({ cwd: root, now: NOW, cache: { version, now: () => Date.now() + 60_000 } });
  await loadRoadmap([root], opts('one'));
  // Doctor the kept reading: the cache is used as it is, so the doctored title shows.
  const file = join(root, '.waymark', CACHE_FILE);
  const body = fileBody(readFileSync(file)) as CacheBody;
  // (and forget the roadmap made from it, or that would be used as it is)
  body.roadmap = null;
  const e = body.entries.get('a.md')!;
  const read = decodeRead(e.read);
  read.drafts[0]!.title = 'Doctored';
  e.read = encodeRead(read);
  writeFileSync(file, fileBytes(body));
  assert.equal((await loadRoadmap([root], opts('one'))).roadmap.items[0]!.title, 'Doctored');
  assert.equal((await loadRoadmap([root], opts('two'))).roadmap.items[0]!.title, 'Learn Rust');
});

test('a corrupt or half-written cache is rebuilt with one warning, never a crash', async () => {
  const root = tempRoot();
  for (let i = 0; i < 3; i++) writeFileSync(join(root, `n${i}.md`), `- [ ] Task ${i}\n- [x] Done ${i}\n`);
  const plain = (await loadRoadmap([root], { cwd: root, now: NOW, cache: false })).roadmap;
  const file = join(root, '.waymark', CACHE_FILE);
  await loadRoadmap([root], { cwd: root, now: NOW });
  const whole = readFileSync(file);
  const damages: [string, Buffer][] = [
    ['half-written', whole.subarray(0, Math.floor(whole.length / 2))],
    ['garbage', Buffer.from('not a cache at all')],
    ['empty', Buffer.alloc(0)],
    ['another shape', serialize({ format: 1, version: 'x', entries: [1, 2] })],
    ['an index that is not one', (() => {
      const index = serialize({ format: 1, version: 'x', entries: [1, 2] });
      const lead = Buffer.from(whole.subarray(0, 8));
      lead.writeUInt32LE(index.length, 4);
      return Buffer.concat([lead, index]);
    })()],
    ['cut short after the index', whole.subarray(0, whole.length - 1)],
    ['a damaged reading', (() => {
      const body = fileBody(whole) as CacheBody;
      for (const e of body.entries.values()) e.read = e.read.subarray(0, 7);
      body.roadmap = null;
      return fileBytes(body);
    })()],
    ['a damaged roadmap', (() => {
      const body = fileBody(whole) as CacheBody;
      body.roadmap!.bytes = body.roadmap!.bytes.subarray(0, 9);
      return fileBytes(body);
    })()],
  ];
  for (const [what, bytes] of damages) {
    writeFileSync(file, bytes);
    const said: string[] = [];
    const ws = await loadRoadmap([root], { cwd: root, now: NOW, onWarning: (m) => said.push(m), cache: { now: () => Date.now() + 60_000 } });
    assert.deepEqual(ws.roadmap, plain, what);
    assert.equal(said.length, 1, `${what}: ${said.join(' | ')}`);
    assert.match(said[0]!, /read cache .* damaged/);
    // Rebuilt: the next read takes every note from it, silently.
    const next: string[] = [];
    const again = await loadRoadmap([root], { cwd: root, now: NOW, onWarning: (m) => next.push(m), cache: { now: () => Date.now() + 60_000 } });
    assert.deepEqual(next, [], what);
    assert.deepEqual(again.reads, { cached: 3, read: 0 }, what);
    assert.deepEqual(again.roadmap, plain, what);
  }
});

test('one note changed: the roadmap kept is patched when the change is local, else made anew, equal to an uncached read either way', async () => {
  const root = tempRoot();
  writeFileSync(join(root, 'a.md'), '# Books\n- [ ] Designing Data-Intensive Applications\n- [ ] Raft paper, after Designing Data-Intensive Applications\n');
  writeFileSync(join(root, 'b.md'), '# Week 1\n- [ ] Task one ~2h\n- [ ] Task two\n');
  const opts: LoadOptions = { cwd: root, now: NOW, cache: { now: () => Date.now() + 60_000 } };
  const plain = async () => (await loadRoadmap([root], { cwd: root, now: NOW, cache: false })).roadmap;
  const step = async (file: string, text: string, want: string): Promise<void> => {
    await sleep(12);
    writeFileSync(join(root, file), text);
    const ws = await loadRoadmap([root], opts);
    assert.equal(ws.assembled, want, text);
    assert.deepEqual(ws.reads, { cached: 1, read: 1 });
    assert.deepEqual(ws.roadmap, await plain(), text);
    const again = await loadRoadmap([root], opts);
    assert.equal(again.assembled, 'kept');
    assert.deepEqual(again.roadmap, await plain(), text);
  };
  await loadRoadmap([root], opts);
  // A box ticked, a task added: nothing another note has.
  await step('b.md', '# Week 1\n- [x] Task one ~2h\n- [ ] Task two\n', 'patched');
  await step('b.md', '# Week 1\n- [x] Task one ~2h\n- [ ] Task two\n- [ ] Task three\n', 'patched');
  // The book the other note waits for, and the book itself ticked (its item merges, or is waited for).
  await step('b.md', '# Week 1\n- [x] Task one ~2h\n- [ ] Designing Data-Intensive Applications\n', 'anew');
  await step('a.md', '# Books\n- [x] Designing Data-Intensive Applications\n- [ ] Raft paper, after Designing Data-Intensive Applications\n', 'anew');
  await step('b.md', '# Week 1\n- [x] Task one ~2h\n', 'anew');
  await step('b.md', '# Week 1\n- [x] Task one ~2h\nBudget: 12 hours/week\n', 'patched');
  // Two notes changed at once: patched for both, or (one not local) made anew.
  const two = async (a: string, b: string, want: string): Promise<void> => {
    await sleep(12);
    writeFileSync(join(root, 'a.md'), a);
    writeFileSync(join(root, 'b.md'), b);
    const ws = await loadRoadmap([root], opts);
    assert.equal(ws.assembled, want);
    assert.deepEqual(ws.reads, { cached: 0, read: 2 });
    assert.deepEqual(ws.roadmap, await plain());
    assert.deepEqual((await loadRoadmap([root], opts)).roadmap, await plain());
  };
  await two('# Books\n- [x] Designing Data-Intensive Applications\n- [ ] Raft paper, after Designing Data-Intensive Applications\n- [ ] Notes on logs\n', '# Week 1\n- [ ] Task one ~2h\n', 'patched');
  await two('# Books\n- [x] Designing Data-Intensive Applications\n- [ ] Raft paper, after Designing Data-Intensive Applications\n', '# Week 1\n- [ ] Designing Data-Intensive Applications\n', 'anew');
});

test('a damaged basis for patching is one warning, and the roadmap is made anew', async () => {
  const root = tempRoot();
  for (let i = 0; i < 3; i++) writeFileSync(join(root, `n${i}.md`), `- [ ] Task ${i}\n- [x] Done ${i}\n`);
  const file = join(root, '.waymark', CACHE_FILE);
  const opts = (said: string[]): LoadOptions => ({ cwd: root, now: NOW, onWarning: (m) => said.push(m), cache: { now: () => Date.now() + 60_000 } });
  await loadRoadmap([root], opts([]));
  const body = fileBody(readFileSync(file)) as CacheBody;
  assert.ok(body.roadmap?.basis);
  body.roadmap.basis = body.roadmap.basis.subarray(0, 9);
  writeFileSync(file, fileBytes(body));
  await sleep(12);
  writeFileSync(join(root, 'n1.md'), '- [x] Task 1\n- [x] Done 1\n');
  const said: string[] = [];
  const ws = await loadRoadmap([root], opts(said));
  assert.equal(ws.assembled, 'anew');
  assert.deepEqual(ws.roadmap, (await loadRoadmap([root], { cwd: root, now: NOW, cache: false })).roadmap);
  assert.equal(said.length, 1, said.join(' | '));
  assert.match(said[0]!, /read cache .* damaged/);
  await sleep(12);
  writeFileSync(join(root, 'n1.md'), '- [ ] Task 1\n- [x] Done 1\n');
  const next: string[] = [];
  const again = await loadRoadmap([root], opts(next));
  assert.deepEqual(next, []);
  assert.equal(again.assembled, 'patched');
  assert.deepEqual(again.roadmap, (await loadRoadmap([root], { cwd: root, now: NOW, cache: false })).roadmap);
});

test('without a usable .waymark/ the notes are read without a cache', async () => {
  const root = mkdtempSync(join(tmpdir(), 'waymark-nocache-'));
  dirs.push(root);
  writeFileSync(join(root, 'a.md'), '- [ ] Learn Go\n');
  // (A save killed half-way left a temp file: the next save sweeps it once it is a minute old.)
  {
    const kept = tempRoot();
    writeFileSync(join(kept, 'a.md'), '- [ ] Learn Go\n');
    const stale = join(kept, '.waymark', `${CACHE_FILE}.4242.abcdefgh.tmp`);
    writeFileSync(stale, 'half');
    utimesSync(stale, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    await loadRoadmap([kept], { cwd: kept, now: NOW });
    assert.deepEqual(readdirSync(join(kept, '.waymark')), [CACHE_FILE]);
  }
  // None: a reading command does not create it.
  await loadRoadmap([root], { cwd: root, now: NOW });
  assert.deepEqual(readdirSync(root), ['a.md']);
  // A file where the folder should be.
  writeFileSync(join(root, '.waymark'), 'oops');
  assert.equal((await loadRoadmap([root], { cwd: root, now: NOW })).roadmap.items[0]!.title, 'Learn Go');
  unlinkSync(join(root, '.waymark'));
  // A read-only folder: nothing can be kept, the reading works.
  mkdirSync(join(root, '.waymark'));
  chmodSync(join(root, '.waymark'), 0o555);
  try {
    const ws = await loadRoadmap([root], { cwd: root, now: NOW });
    assert.equal(ws.roadmap.items[0]!.title, 'Learn Go');
    assert.deepEqual(readdirSync(join(root, '.waymark')).filter((n) => !(process.getuid?.() === 0 && n.startsWith(CACHE_FILE))), []);
  } finally {
    chmodSync(join(root, '.waymark'), 0o755);
  }
});

test('two commands reading at once never leave a damaged cache', () => {
  const root = tempRoot();
  for (let i = 0; i < 30; i++) writeFileSync(join(root, `n${i}.md`), `# N${i}\n- [ ] Task ${i} ~${i % 5}h\n`);
  const script = `
    import { loadRoadmap } from ${JSON.stringify(new URL('./workspace.ts', import.meta.url).href)};
    import { writeFileSync } from 'node:fs';
    const root = ${JSON.stringify(root)};
    for (let k = 0; k < 8; k++) {
      writeFileSync(root + '/n' + (k % 30) + '.md', '# changed ' + process.pid + ' ' + k + '\\n- [ ] Task ' + k + '\\n');
      await loadRoadmap([root], { cwd: root, now: new Date(${JSON.stringify(NOW.toISOString())}), onWarning: (m) => { console.log('WARN ' + m); } });
    }`;
  // Both at once, each changing notes and reading (and saving the cache) eight times.
  const both = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx --input-type=module -e "$S" & "${process.execPath}" --import tsx --input-type=module -e "$S" & wait`], {
    encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname, env: { ...process.env, S: script },
  });
  assert.equal(both.status, 0, both.stderr);
  assert.doesNotMatch(both.stdout + both.stderr, /WARN|Error/, both.stdout + both.stderr);
  const said: string[] = [];
  return loadRoadmap([root], { cwd: root, now: NOW, onWarning: (m) => said.push(m) }).then(async (ws) => {
    assert.deepEqual(said, []);
    assert.deepEqual(ws.roadmap, (await loadRoadmap([root], { cwd: root, now: NOW, cache: false })).roadmap);
    assert.deepEqual(readdirSync(join(root, '.waymark')).filter((n) => n.endsWith('.tmp')), []);
  });
});
