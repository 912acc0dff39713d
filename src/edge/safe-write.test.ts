import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTornWrite, safeWrite } from './safe-write.js';
import { need, rootNeed } from '../../test/needs.js';
import { refusingChown } from '../../test/fs-faults.js';
import { applyEdit, rebaseTarget, type EditTarget } from '../core/edit/index.js';

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'waymark-sw-'));
}

const CLOCK = { today: '2026-11-22', time: '10:00' };
const item: EditTarget = { path: 'n.md', line: 2, endLine: 2, progressLine: null, status: 'todo', progress: null };

/** The edit the CLI makes: compute from what was read, re-apply on the current text if it moved. */
function tick(before: string) {
  return {
    next: applyEdit(before, item, { kind: 'status', status: 'done' }, CLOCK).text,
    reapply: (current: string) => {
      const t = rebaseTarget(before, current, item);
      return t ? applyEdit(current, t, { kind: 'status', status: 'done' }, CLOCK).text : null;
    },
  };
}

void test('writes atomically and leaves no temp file', () => {
  const root = workspace();
  const f = join(root, 'n.md');
  writeFileSync(f, '# x\n- [ ] a\n');
  const before = readFileSync(f);
  const { next, reapply } = tick(before.toString());
  const r = safeWrite({ root, path: 'n.md', expected: before, next, reapply });
  assert.equal(readFileSync(f, 'utf8'), '# x\n- [x] a\n');
  assert.ok(r.before.equals(before));
  assert.deepEqual(readdirSync(root), ['n.md']);
  rmSync(root, { recursive: true });
});

void test('a file edited between read and write: an unrelated edit is merged, never lost', () => {
  const root = workspace();
  const f = join(root, 'n.md');
  writeFileSync(f, '# x\n- [ ] a\n');
  const before = readFileSync(f);
  const { next, reapply } = tick(before.toString());
  writeFileSync(f, 'A new first line typed in the editor\n# x\n- [ ] a\n- [ ] b added\n');
  const r = safeWrite({ root, path: 'n.md', expected: before, next, reapply });
  assert.equal(r.merged, true);
  assert.equal(readFileSync(f, 'utf8'), 'A new first line typed in the editor\n# x\n- [x] a\n- [ ] b added\n');
  rmSync(root, { recursive: true });
});

void test('a file whose item line was edited meanwhile is refused and kept as the person left it', () => {
  const root = workspace();
  const f = join(root, 'n.md');
  writeFileSync(f, '# x\n- [ ] a\n');
  const before = readFileSync(f);
  const { next, reapply } = tick(before.toString());
  writeFileSync(f, '# x\n- [ ] a, renamed by hand\n');
  assert.throws(() => safeWrite({ root, path: 'n.md', expected: before, next, reapply }), { code: 'E_CHANGED' });
  assert.equal(readFileSync(f, 'utf8'), '# x\n- [ ] a, renamed by hand\n');
  // Without a way to re-apply, any change refuses.
  assert.throws(() => safeWrite({ root, path: 'n.md', expected: before, next }), /changed on disk/);
  rmSync(root, { recursive: true });
});

void test('a save that lands while the temp file is written is caught before the rename', () => {
  const root = workspace();
  const f = join(root, 'n.md');
  writeFileSync(f, '# x\n- [ ] a\n');
  const before = readFileSync(f);
  const { next, reapply } = tick(before.toString());
  let saves = 0;
  const r = safeWrite({
    root, path: 'n.md', expected: before, next, reapply,
    beforeRename: () => { if (saves++ === 0) writeFileSync(f, '# x\n- [ ] a\nsaved meanwhile\n'); },
  });
  assert.equal(r.merged, true);
  assert.equal(readFileSync(f, 'utf8'), '# x\n- [x] a\nsaved meanwhile\n');
  // A second save during the retry is refused, and that save survives.
  writeFileSync(f, '# x\n- [ ] a\n');
  const b2 = readFileSync(f);
  const t2 = tick(b2.toString());
  let n = 0;
  assert.throws(() => safeWrite({
    root, path: 'n.md', expected: b2, next: t2.next, reapply: t2.reapply,
    beforeRename: () => writeFileSync(f, `# x\n- [ ] a\nsave ${++n}\n`),
  }), { code: 'E_CHANGED' });
  assert.equal(readFileSync(f, 'utf8'), `# x\n- [ ] a\nsave ${n}\n`);
  assert.deepEqual(readdirSync(root), ['n.md']);
  rmSync(root, { recursive: true });
});

void test('never writes outside the workspace, through .. or a symlink', () => {
  const root = workspace();
  const outside = workspace();
  writeFileSync(join(outside, 'o.md'), 'x\n');
  symlinkSync(join(outside, 'o.md'), join(root, 'link.md'));
  const expected = Buffer.from('x\n');
  assert.throws(() => safeWrite({ root, path: join('..', 'o.md'), expected, next: 'y\n' }), { code: 'E_OUTSIDE_WORKSPACE' });
  assert.throws(() => safeWrite({ root, path: 'link.md', expected, next: 'y\n' }), { code: 'E_OUTSIDE_WORKSPACE' });
  assert.equal(readFileSync(join(outside, 'o.md'), 'utf8'), 'x\n');
  rmSync(root, { recursive: true });
  rmSync(outside, { recursive: true });
});

void test('a writer SIGKILLed mid-write leaves the old or the new file whole', async (t) => {
  const root = workspace();
  const a = join(root, '.a');
  const b = join(root, '.b');
  // Large enough that a write takes a while, so kills land mid-write.
  writeFileSync(a, '- [ ] a line of the old version\n'.repeat(60_000));
  writeFileSync(b, '- [x] a line of the new version, longer\n'.repeat(60_000));
  const file = join(root, 'notes.md');
  writeFileSync(file, readFileSync(a));
  const versions = [readFileSync(a), readFileSync(b)];
  const child = new URL('../../test/fixtures/kill-writer.ts', import.meta.url).pathname;
  let midWrite = 0;
  for (let round = 0; round < 6; round++) {
    const p = fork(child, [root, file, a, b], { execArgv: ['--import', 'tsx'], stdio: 'ignore' });
    await new Promise<void>((ok) => p.once('message', () => ok()));
    await new Promise((ok) => setTimeout(ok, 20 + Math.random() * 120));
    p.kill('SIGKILL');
    await new Promise((ok) => p.once('exit', ok));
    const now = readFileSync(file);
    assert.ok(now.equals(versions[0]!) || now.equals(versions[1]!), `round ${round}: the file is torn (${now.length} bytes)`);
    // A temp file left behind means the kill landed mid-write; it is a dot file the reader skips.
    const temps = readdirSync(root).filter((n) => n.includes('.waymark-'));
    midWrite += temps.length > 0 ? 1 : 0;
    for (const n of temps) rmSync(join(root, n));
  }
  t.diagnostic(`${midWrite} of 6 kills landed mid-write`);
  rmSync(root, { recursive: true });
});

void test('a torn write in place is told from a hand edit: each byte old or new at its place, the length between', () => {
  const before = Buffer.from('# x\n- [ ] a - in progress\n- [ ] b\n');
  const after = Buffer.from('# x\n- [x] a - finished\n- [ ] b\n');
  const cut = (n: number, truncated = false) => {
    const out = Buffer.from(before);
    after.copy(out, 0, 0, n);
    return truncated ? out.subarray(0, after.length) : out;
  };
  for (let n = 0; n <= after.length; n++) assert.ok(isTornWrite(cut(n), before, after), `cut after ${n} bytes`);
  assert.ok(isTornWrite(cut(after.length, true), before, after));
  // Growing: the new blocks a power cut left unwritten read as zeros past the old end.
  const grown = Buffer.concat([before, Buffer.alloc(8)]);
  assert.ok(isTornWrite(grown, before, Buffer.concat([before, Buffer.from('- [ ] c\n')])));
  assert.equal(isTornWrite(Buffer.from('# x\n- [ ] a - in progress, by hand\n- [ ] b\n'), before, after), false);
  assert.equal(isTornWrite(Buffer.from('# x\n'), before, after), false, 'shorter than both');
  assert.equal(isTornWrite(Buffer.concat([before, Buffer.from('more')]), before, after), false, 'longer than both');
});

void test('someone else\'s note, without a journal to put a torn write back, is refused untouched', (t) => {
  if (!need(t, rootNeed())) return;
  const { root, f } = foreignNote('# x\n- [ ] a\n');
  const before = readFileSync(f);
  const { next } = tick(before.toString());
  refusingChown(() => assert.throws(() => safeWrite({ root, path: 'n.md', expected: before, next }), (err: Error & { code?: string }) =>
    err.code === 'E_NOT_ATOMIC' && /belongs to another user \(uid 1234\)/.test(err.message) && /nothing was written/.test(err.message)));
  assert.ok(readFileSync(f).equals(before));
  assert.equal(statSync(f).uid, 1234);
  assert.deepEqual(readdirSync(root), ['n.md']);
  rmSync(root, { recursive: true });
});

/** A note in a fresh folder that belongs to another user (uid 1234): what Waymark writes in place. */
function foreignNote(text: string): { root: string; f: string } {
  const root = workspace();
  const f = join(root, 'n.md');
  writeFileSync(f, text);
  chownSync(f, 1234, 1234);
  return { root, f };
}

/** A journal that keeps what it was told, for the writes in place (which need one). */
function memoryJournal() {
  const records: { before: string; after: string; inPlace: boolean }[] = [];
  let aborted = 0;
  return {
    records, aborted: () => aborted,
    hook: { record: (w: { before: Buffer; after: Buffer; inPlace: boolean }) => { records.push({ before: w.before.toString(), after: w.after.toString(), inPlace: w.inPlace }); }, abort: () => { aborted++; } },
  };
}

void test('someone else\'s note written in place: an editor saving in the write\'s window never loses its change', (t) => {
  if (!need(t, rootNeed())) return;
  const before = '# x\n- [ ] a\n- [ ] b\n';
  const theirs = '# x\n- [ ] a\n- [ ] b\n- [ ] c, typed in the editor\n';
  const ours = '# x\n- [x] a\n- [ ] b\n- [ ] c, typed in the editor\n';
  // The editor saves by renaming a new file over the note (most editors), or by writing into it.
  const byRename = (f: string) => () => { writeFileSync(`${f}.editor~`, theirs); chownSync(`${f}.editor~`, 1234, 1234); renameSync(`${f}.editor~`, f); };
  const inPlace = (f: string) => () => writeFileSync(f, theirs);
  const moments = [
    ['after the last look, before the first byte', 'beforeInPlace', byRename],
    ['after the last look, before the first byte', 'beforeInPlace', inPlace],
    ['halfway through the write', 'onStep', byRename],
    ['after the last byte, before the read-back', 'afterInPlace', byRename],
    ['after the last byte, before the read-back', 'afterInPlace', inPlace],
  ] as const;
  for (const [when, hook, save] of moments) {
    const label = `${save === byRename ? 'by rename' : 'in place'} ${when}`;
    const { root, f } = foreignNote(before);
    const j = memoryJournal();
    const { next, reapply } = tick(before);
    let saved = false;
    const once = (fn: () => void) => () => { if (!saved) { saved = true; fn(); } };
    const r = refusingChown(() => safeWrite({
      root, path: 'n.md', expected: Buffer.from(before), next, reapply, journal: j.hook,
      [hook]: hook === 'onStep' ? (s: string) => { if (s === 'in-place') once(save(f))(); } : once(save(f)),
    }));
    assert.ok(saved, `${label}: the editor saved`);
    assert.equal(readFileSync(f, 'utf8'), ours, `${label}: the editor's line and our tick, both`);
    assert.equal(r.merged, true, label);
    assert.equal(r.before.toString(), theirs, `${label}: what undo restores is the editor's save`);
    assert.equal(j.records.at(-1)!.before, theirs, `${label}: the journal's last word is the write that stands`);
    assert.equal(j.records.at(-1)!.after, ours, label);
    assert.ok(j.records.at(-1)!.inPlace, label);
    assert.equal(j.aborted(), 0, label);
    assert.deepEqual(readdirSync(root).sort(), ['n.md'], `${label}: no temp file left`);
    rmSync(root, { recursive: true });
  }
});

void test('someone else\'s note written in place: an editor\'s save the edit no longer applies to is left as they saved it', (t) => {
  if (!need(t, rootNeed())) return;
  const before = '# x\n- [ ] a\n- [ ] b\n';
  const theirs = '# x\n- [ ] a, rewritten in the editor\n- [ ] b\n';
  for (const hook of ['beforeInPlace', 'afterInPlace'] as const) {
    const { root, f } = foreignNote(before);
    const j = memoryJournal();
    const { next, reapply } = tick(before);
    assert.throws(() => refusingChown(() => safeWrite({
      root, path: 'n.md', expected: Buffer.from(before), next, reapply, journal: j.hook,
      [hook]: () => { writeFileSync(`${f}.editor~`, theirs); renameSync(`${f}.editor~`, f); },
    })), (err: Error & { code?: string }) => err.code === 'E_CHANGED', hook);
    assert.equal(readFileSync(f, 'utf8'), theirs, `${hook}: the editor's save stands`);
    assert.equal(j.aborted(), 1, `${hook}: the journal entry is dropped`);
    rmSync(root, { recursive: true });
  }
});
