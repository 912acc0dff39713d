// The import of the past from a real git repository: renames, deleted notes, merges, a
// commit that rewrote a whole file, and never twice. Needs the git command-line tool.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitNotes, type GitNotes } from '../../test/fixtures/git-notes.js';
import { gitNeed, skipUnless } from '../../test/needs.js';
import type { ItemState, TrackEvent } from '../core/metrics/history.js';
import { importPast } from './import-past.js';
import { openTracking } from './track.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const skip = skipUnless(gitNeed());

/** The first import into a fresh history: the events it recorded, and every item state after it. */
async function imported(dir: string): Promise<{ events: TrackEvent[]; states: Map<string, ItemState>; id: (title: string) => string }> {
  const session = await openTracking(['.'], { cwd: dir, now: NOW });
  try {
    assert.ok(await importPast(session, session.store, { now: NOW, timeZone: 'UTC' }), 'imported');
    const events = (await session.store.events()).filter((e) => e.origin === 'import');
    const id = (title: string): string => {
      const item = session.roadmap.items.find((i) => i.title === title);
      assert.ok(item, `no item "${title}"`);
      return item.id;
    };
    return { events, states: await session.store.itemStates(), id };
  } finally {
    }
}

/** Runs `fn` on a scratch repository, removed afterwards. */
async function inRepo(fn: (r: GitNotes) => Promise<void>): Promise<void> {
  const r = gitNotes();
  try {
    await fn(r);
  } finally {
    r.cleanup();
  }
}

const brief = (events: TrackEvent[]): string[] => events.map((e) => `${e.day} ${e.title}: ${e.kind === 'status' ? `${e.fromStatus}→${e.toStatus}` : `${e.fromDone}→${e.toDone}`}`).sort();

void test('a renamed note keeps its past under its present name; a deleted note brings none', { skip }, () => inRepo(async (r) => {
  r.commit('2026-10-01', { 'ds.md': '# Distributed systems\n\n- [ ] Read the Raft paper\n- [ ] Watch lecture 4\n', 'old/scratch.md': '- [ ] Something abandoned\n' });
  r.commit('2026-10-08', { 'ds.md': '# Distributed systems\n\n- [x] Read the Raft paper\n- [ ] Watch lecture 4\n', 'old/scratch.md': '- [x] Something abandoned\n' });
  // Renamed, and a box ticked in the same commit.
  r.git(['mv', 'ds.md', 'distributed-systems.md']);
  r.git(['rm', '-q', 'old/scratch.md']);
  r.commit('2026-10-15', { 'distributed-systems.md': '# Distributed systems\n\n- [x] Read the Raft paper\n- [x] Watch lecture 4\n' });
  const { events, states, id } = await imported(r.dir);
  assert.deepEqual(brief(events), ['2026-10-08 Read the Raft paper: todo→done', '2026-10-15 Watch lecture 4: todo→done']);
  assert.ok(events.every((e) => e.file === 'distributed-systems.md'));
  assert.equal(states.get(id('Read the Raft paper'))?.firstSeen, '2026-10-01', 'seen since the first commit, under its old name');
  assert.ok(![...states.values()].some((s) => s.title === 'Something abandoned'));
}));

void test('a merge: each side\'s change counts once, on the day it was made', { skip }, () => inRepo(async (r) => {
  const chapters = (ticked: number[]): Record<string, string> => ({ 'plan.md': [1, 2, 3].map((n) => `- [${ticked.includes(n) ? 'x' : ' '}] Chapter ${n}\n`).join('') });
  r.commit('2026-10-01', chapters([]));
  r.git(['checkout', '-qb', 'laptop']);
  r.commit('2026-10-03', chapters([1]));
  r.git(['checkout', '-q', 'main']);
  r.commit('2026-10-05', chapters([3]));
  r.git(['merge', '-q', '--no-edit', 'laptop'], '2026-10-07');
  r.commit('2026-10-09', chapters([1, 2, 3]));
  const { events } = await imported(r.dir);
  assert.deepEqual(brief(events), ['2026-10-03 Chapter 1: todo→done', '2026-10-05 Chapter 3: todo→done', '2026-10-09 Chapter 2: todo→done']);
}));

void test('a commit that rewrote the whole file: only what changed for each item is history', { skip }, () => inRepo(async (r) => {
  r.commit('2026-10-01', { 'rust.md': '# Rust\n- [ ] Read the book, chapter 3 of 20\n- [ ] Rustlings\n- [ ] Build a CLI\n' });
  r.commit('2026-10-10', { 'rust.md': '# Learning Rust\n\n## Practice\n\n* [ ] Build a CLI\n* [x] Rustlings\n\n## Reading\n\n* [ ] Read the book, chapter 9 of 20\n' });
  const { events } = await imported(r.dir);
  assert.deepEqual(brief(events), ['2026-10-10 Read the book: 3→9', '2026-10-10 Rustlings: todo→done']);
}));

void test('imported once: the next run adds nothing, and later changes are appended as usual', { skip }, () => inRepo(async (r) => {
  r.commit('2026-10-01', { 'plan.md': '- [ ] One\n- [ ] Two\n' });
  r.commit('2026-10-02', { 'plan.md': '- [x] One\n- [ ] Two\n' });
  const first = await imported(r.dir);
  assert.equal(first.events.length, 1);
  // Ticked in an editor that writes the day beside the tick, two days before this read.
  r.write('plan.md', '- [x] One\n- [x] Two ✅ 2026-11-18\n');
  const again = await openTracking(['.'], { cwd: r.dir, now: NOW });
  assert.equal(await importPast(again, again.store, { now: NOW }), null, 'never twice');
  assert.deepEqual(again.handEdits.map((e) => [e.title, e.toStatus, e.origin, e.day]), [['Two', 'done', 'hand', '2026-11-18']]);
  assert.equal((await again.store.events()).length, 2);
  await again.store.close();
}));

void test('a note read alone is imported alone; the rest of the folder comes with its first read, each note once', { skip }, () => inRepo(async (r) => {
  r.commit('2026-10-01', { 'a.md': '- [ ] A1\n- [ ] A2\n', 'b.md': '- [ ] B1\n' });
  r.commit('2026-10-05', { 'a.md': '- [x] A1\n- [ ] A2\n', 'b.md': '- [x] B1\n' });
  const one = await openTracking(['a.md'], { cwd: r.dir, now: NOW });
  assert.deepEqual((await importPast(one, one.store, { now: NOW }))?.files, ['a.md']);
  await one.store.close();
  const all = await openTracking(['.'], { cwd: r.dir, now: NOW });
  assert.deepEqual((await importPast(all, all.store, { now: NOW }))?.files, ['b.md']);
  assert.deepEqual(brief((await all.store.events()).filter((e) => e.origin === 'import')), ['2026-10-05 A1: todo→done', '2026-10-05 B1: todo→done']);
  assert.equal(await importPast(all, all.store, { now: NOW }), null);
  await all.store.close();
}));

void test('a folder outside git, or a machine without git: completion dates only, quietly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-nogit-'));
  const path = process.env.PATH;
  try {
    writeFileSync(join(dir, 'todo.txt'), 'x 2026-10-02 Read the Raft paper\nx 2026-10-09 Watch lecture 4\nWrite the blog post\n');
    // No git on the PATH at all.
    process.env.PATH = join(dir, 'no-bin');
    const session = await openTracking(['.'], { cwd: dir, now: NOW });
    const record = await importPast(session, session.store, { now: NOW });
    assert.deepEqual(record && [record.source, record.events, record.since], ['notes', 2, '2026-10-02']);
    assert.deepEqual(brief(await session.store.events()), ['2026-10-02 Read the Raft paper: todo→done', '2026-10-09 Watch lecture 4: todo→done']);
    assert.equal(await importPast(session, session.store, { now: NOW }), null, 'once');
    await session.store.close();
  } finally {
    process.env.PATH = path;
    rmSync(dir, { recursive: true, force: true });
  }
});
