import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import fs, { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { openHistory, journalHook, reconcileJournal, withWriteLock } from './journal.js';
import { inPlaceMarkPath, isWaymarkTemp, safeWrite, sweepTemps, tempPathFor } from './safe-write.js';
import { changeItem, openTracking } from './track.js';
import { loadRoadmap } from './workspace.js';
import { storePath } from '../store/index.js';
import { need, rootNeed } from '../../test/needs.js';
import { fsError, refusingChown, withFsFault } from '../../test/fs-faults.js';
import type { Item } from '../core/model/types.js';

const NOW = new Date('2026-11-22T10:00:00Z');
const NOTE = '# Plan\n- [ ] Read SICP\n- [ ] Build a compiler\n- [ ] Learn Rust\n';

function workspace(text = NOTE): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-journal-'));
  const file = join(dir, 'n.md');
  writeFileSync(file, text);
  return { dir, file };
}

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

function find(items: Item[], word: string): Item {
  const i = items.find((x) => x.title.toLowerCase().includes(word));
  assert.ok(i, `an item "${word}"`);
  return i;
}

void test('an entry left open is rolled forward when the note has the new bytes, dropped when it has the old, abandoned otherwise', async () => {
  const { dir, file } = workspace();
  const store = openHistory(dir, NOW);
  const after = NOTE.replace('- [ ] Read SICP', '- [x] Read SICP');
  const entry = (afterText: string) => store.journal.begin({
    at: NOW.toISOString(), kind: 'change', file, temp: tempPathFor(file), beforeSha: sha(NOTE), afterSha: sha(afterText),
    payload: { batch: { at: NOW.toISOString(), command: 'done sicp', description: 'done: Read SICP', events: [], files: [] } },
  });
  entry(after);
  writeFileSync(file, after);
  assert.deepEqual(reconcileJournal(store, NOW, dir), { forward: 1, dropped: 0, abandoned: 0, restored: 0 });
  assert.equal((await store.lastBatch())?.command, 'done sicp', 'rolled forward: the history has the command');
  writeFileSync(file, NOTE);
  const other = NOTE.replace('Rust', 'Go');
  entry(other);
  assert.deepEqual(reconcileJournal(store, NOW, dir), { forward: 0, dropped: 1, abandoned: 0, restored: 0 });
  entry(other);
  writeFileSync(file, 'edited by hand since\n');
  assert.deepEqual(reconcileJournal(store, NOW, dir), { forward: 0, dropped: 0, abandoned: 1, restored: 0 });
  assert.equal(store.journal.open().length, 0);
  await store.close();
  rmSync(dir, { recursive: true });
});

/** A write in place of `after` over `before`, cut short after `n` bytes (before the truncate). */
function torn(before: string, after: string, n: number): Buffer {
  const b = Buffer.from(before);
  const a = Buffer.from(after);
  const out = Buffer.alloc(Math.max(b.length, a.length));
  b.copy(out);
  a.copy(out, 0, 0, n);
  return out.subarray(0, Math.max(b.length, n));
}

void test('a write in place cut short is put back to the old bytes; a hand edit since is left alone; the copy goes with the entry', async () => {
  const { dir, file } = workspace();
  const store = openHistory(dir, NOW);
  const after = NOTE.replace('- [ ] Read SICP', '- [x] Read SICP ✅ 2026-11-22');
  const entry = () => store.journal.begin({
    at: NOW.toISOString(), kind: 'change', file, temp: tempPathFor(file), beforeSha: sha(NOTE), afterSha: sha(after),
    payload: { inPlace: { before: Buffer.from(NOTE), after: Buffer.from(after) } },
  });
  const id = entry();
  writeFileSync(file, torn(NOTE, after, 20));
  assert.notEqual(readFileSync(file, 'utf8'), NOTE, 'the note is torn');
  assert.deepEqual(reconcileJournal(store, NOW, dir), { forward: 0, dropped: 0, abandoned: 0, restored: 1 });
  assert.equal(readFileSync(file, 'utf8'), NOTE, 'the old bytes are back');
  const db = new Database(storePath(dir), { readonly: true });
  const row = db.prepare('SELECT state, payload FROM write_journal WHERE id = ?').get(id) as { state: string; payload: string };
  db.close();
  assert.equal(row.state, 'dropped');
  assert.ok(!row.payload.includes('inPlace'), 'a closed entry keeps no copy of the note');
  entry();
  const byHand = torn(NOTE, after, 20).toString('utf8').replace('Plan', 'My plan');
  writeFileSync(file, byHand);
  assert.deepEqual(reconcileJournal(store, NOW, dir), { forward: 0, dropped: 0, abandoned: 1, restored: 0 });
  assert.equal(readFileSync(file, 'utf8'), byHand, 'an edit by hand is never overwritten');
  await store.close();
  rmSync(dir, { recursive: true });
});

void test('a reading command puts back a torn write in place before it reads the note', async () => {
  const { dir, file } = workspace();
  const store = openHistory(dir, NOW);
  // Longer than the old note, and cut short below: a line the reader would take for an item.
  const after = NOTE + '- [ ] Write a kernel\n';
  store.journal.begin({
    at: NOW.toISOString(), kind: 'change', file, temp: tempPathFor(file), beforeSha: sha(NOTE), afterSha: sha(after),
    payload: { inPlace: { before: Buffer.from(NOTE), after: Buffer.from(after) } },
  });
  await store.close();
  writeFileSync(inPlaceMarkPath(dir), '');
  writeFileSync(file, torn(NOTE, after, NOTE.length + 9));
  const ws = await loadRoadmap([], { cwd: dir, now: NOW });
  assert.deepEqual(ws.roadmap.items.map((i) => i.title), ['Read SICP', 'Build a compiler', 'Learn Rust']);
  assert.equal(readFileSync(file, 'utf8'), NOTE);
  assert.equal(existsSync(inPlaceMarkPath(dir)), false, 'the mark is gone once nothing is open');
  rmSync(dir, { recursive: true });
});

void test('the next command settles an open entry and sweeps its temp file', async () => {
  const { dir, file } = workspace();
  const store = openHistory(dir, NOW);
  const temp = tempPathFor(file);
  writeFileSync(temp, 'half a note');
  const after = NOTE.replace('- [ ] Build', '- [x] Build');
  store.journal.begin({ at: NOW.toISOString(), kind: 'change', file, temp, beforeSha: sha(NOTE), afterSha: sha(after), payload: {} });
  await store.close();
  const again = openHistory(dir, NOW);
  assert.equal(again.journal.open().length, 0);
  assert.deepEqual(readdirSync(dir).filter(isWaymarkTemp), []);
  await again.close();
  rmSync(dir, { recursive: true });
});

void test('temp files of a Waymark process that is gone are swept; a live one\'s are left', () => {
  const { dir } = workspace();
  writeFileSync(join(dir, '.n.md.waymark-999999999-0123abcd.tmp'), 'x');
  writeFileSync(join(dir, `.n.md.waymark-${process.pid}-0123abcd.tmp`), 'x');
  writeFileSync(join(dir, '.n.md.backup.tmp'), 'not ours');
  assert.equal(sweepTemps(dir), 1);
  assert.deepEqual(readdirSync(dir).sort(), ['.n.md.backup.tmp', `.n.md.waymark-${process.pid}-0123abcd.tmp`, 'n.md']);
  rmSync(dir, { recursive: true });
});

void test('two check-offs on different items of one note, both read before either wrote, both land', async () => {
  const { dir, file } = workspace();
  const a = await openTracking([], { cwd: dir, now: NOW });
  const b = await openTracking([], { cwd: dir, now: NOW });
  const ra = await changeItem(a, find(a.roadmap.items, 'sicp'), { kind: 'status', status: 'done' }, { now: NOW, command: 'done sicp' });
  const rb = await changeItem(b, find(b.roadmap.items, 'compiler'), { kind: 'status', status: 'done' }, { now: NOW, command: 'done compiler' });
  assert.equal(readFileSync(file, 'utf8'), '# Plan\n- [x] Read SICP\n- [x] Build a compiler\n- [ ] Learn Rust\n');
  assert.ok(ra.batchId !== null && rb.batchId !== null);
  assert.equal(rb.merged, true, 'the second was applied to the note as the first left it');
  await a.store.close();
  await b.store.close();
  rmSync(dir, { recursive: true });
});

void test('an item edited by hand since it was read is refused, and the hand edit is kept', async () => {
  const { dir, file } = workspace();
  const s = await openTracking([], { cwd: dir, now: NOW });
  const edited = NOTE.replace('- [ ] Read SICP', '- [ ] Read SICP (2nd edition)');
  writeFileSync(file, edited);
  await assert.rejects(changeItem(s, find(s.roadmap.items, 'sicp'), { kind: 'status', status: 'done' }, { now: NOW, command: 'done sicp' }), { code: 'E_CHANGED' });
  assert.equal(readFileSync(file, 'utf8'), edited);
  assert.equal(s.store.journal.open().length, 0);
  await s.store.close();
  rmSync(dir, { recursive: true });
});

void test('a full disk mid-write (ENOSPC from the file system) leaves the note whole, no temp file, a clear error', async () => {
  const { dir, file } = workspace();
  const store = openHistory(dir, NOW);
  const real = fs.writeSync;
  let calls = 0;
  // The fault at the file-system boundary: the temp file's first write fails as on a full disk.
  const fail = ((...args: Parameters<typeof real>) => {
    if (calls++ === 0) throw fsError('ENOSPC', 'write');
    return real(...args);
  }) as typeof real;
  const hook = journalHook(dir, store, 'change', NOW.toISOString(), () => ({}));
  await withWriteLock(dir, () => withFsFault('writeSync', fail, () => assert.throws(
    () => safeWrite({ root: dir, path: file, expected: Buffer.from(NOTE), next: NOTE.replace('[ ]', '[x]'), journal: hook }),
    (err: Error & { code?: string }) => err.code === 'E_DISK_FULL' && /no space left/.test(err.message) && /note is unchanged/.test(err.message),
  )));
  assert.ok(calls > 0, 'the write went through the mocked call');
  assert.equal(readFileSync(file, 'utf8'), NOTE);
  assert.deepEqual(readdirSync(dir).filter(isWaymarkTemp), []);
  assert.equal(store.journal.open().length, 0, 'the entry was dropped');
  await store.close();
  rmSync(dir, { recursive: true });
});

void test('an editor saving in place between the last look and the rename: its bytes and the edit both end up in the note', () => {
  const { dir, file } = workspace();
  const before = Buffer.from(NOTE);
  let saved = false;
  const r = safeWrite({
    root: dir, path: file, expected: before, next: NOTE.replace('- [ ] Read', '- [x] Read'),
    reapply: (current) => current.replace('- [ ] Read', '- [x] Read'),
    onStep: (step) => {
      // Written into the old file through its own descriptor, as an in-place save would be.
      if (step === 'renamed' && !saved) { saved = true; fs.appendFileSync(`/proc/self/fd/${lastFd(file)}`, '- [ ] Typed meanwhile\n'); }
    },
  });
  assert.equal(readFileSync(file, 'utf8'), NOTE.replace('- [ ] Read', '- [x] Read') + '- [ ] Typed meanwhile\n');
  assert.equal(r.merged, true);
  rmSync(dir, { recursive: true });
});

/** The descriptor this process holds on the replaced (now unlinked) note. */
function lastFd(file: string): string {
  const fds = readdirSync('/proc/self/fd').filter((fd) => {
    try { return fs.readlinkSync(`/proc/self/fd/${fd}`) === `${file} (deleted)`; } catch { return false; }
  });
  assert.ok(fds.length, 'safeWrite holds the old file open');
  return fds.at(-1)!;
}

void test('someone else\'s note is written in place with its old bytes in the journal; a full disk halfway puts them back', async (t) => {
  if (!need(t, rootNeed())) return;
  const { dir, file } = workspace();
  fs.chownSync(file, 1234, 1234);
  const s = await openTracking([], { cwd: dir, now: NOW });
  // Written in place: owner kept, the history has it, no copy of the note is kept after.
  const r = refusingChown(() => changeItem(s, find(s.roadmap.items, 'sicp'), { kind: 'status', status: 'done' }, { now: NOW, command: 'done sicp' }));
  assert.ok((await r).batchId !== null);
  assert.equal(readFileSync(file, 'utf8'), NOTE.replace('- [ ] Read', '- [x] Read'));
  assert.equal(fs.statSync(file).uid, 1234);
  assert.equal(existsSync(inPlaceMarkPath(dir)), false);
  // A full disk after half the bytes (the note grows, so it needs new blocks).
  const before = readFileSync(file);
  let armed = false;
  const real = fs.writeSync;
  // Only a write past the old end needs new blocks; the old bytes fit where they were.
  const fail = ((fd: number, buf: Buffer, off: number, len: number, pos: number) => {
    if (armed && pos + len > before.length) throw fsError('ENOSPC', 'write');
    return real(fd, buf, off, len, pos);
  }) as typeof real;
  const longer = before.toString() + '- [ ] A new line, longer than the note had\n';
  await withWriteLock(dir, () => refusingChown(() => withFsFault('writeSync', fail, () => assert.throws(
    () => safeWrite({
      root: dir, path: file, expected: before, next: longer, journal: journalHook(dir, s.store, 'change', NOW.toISOString(), () => ({})),
      onStep: (step) => { if (step === 'in-place') armed = true; },
    }),
    (err: Error & { code?: string }) => err.code === 'E_DISK_FULL' && /note is unchanged/.test(err.message),
  ))));
  assert.ok(armed, 'the write was cut halfway');
  assert.ok(readFileSync(file).equals(before), 'the old bytes are back');
  assert.equal(fs.statSync(file).uid, 1234);
  assert.equal(s.store.journal.open().length, 0, 'the entry was dropped');
  assert.equal(existsSync(inPlaceMarkPath(dir)), false);
  await s.store.close();
  rmSync(dir, { recursive: true });
});
