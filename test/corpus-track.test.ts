// The corpus round trip for write-back (issue 4): for every item of every file in
// ../shared/corpus, copied into a temp folder first: done → undo restores the file byte for
// byte; done → read back gives status done; progress → read back gives the new progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { applyEdit, type EditAction, type EditTarget, type ProgressInput } from '../src/core/edit/index.js';
import type { Item, Progress } from '../src/core/model/types.js';
import { parseNotes } from '../src/core/notes/index.js';
import { changeItem, openTracking, undoLast } from '../src/edge/track.js';
import { CORPUS, corpusFiles } from './corpus-files.js';
import { corpusNeed, skipUnless } from './needs.js';

const NOW = new Date('2026-11-22T10:00:00Z');
const CLOCK = { today: '2026-11-22', time: '10:00' };

/** Known reader gaps, not write-back faults, by file: none today (blockquote lists are read). */
const KNOWN: Record<string, string[]> = {};

/** The corpus notes (not its list of sources), relative to the corpus. */
function corpusNotes(): string[] {
  return corpusFiles().filter((p) => basename(p) !== 'SOURCES.md').map((p) => relative(CORPUS, p));
}

function targetOf(item: Item): EditTarget {
  return { path: item.source.path, line: item.source.line, endLine: item.source.endLine, progressLine: item.progressLine, status: item.status, progress: item.progress, title: item.title };
}

/** The items read back from `text`, found by id or, when a rewritten number changed the title, by line. */
function read(path: string, text: string): { get: (id: string) => Item | undefined } {
  const items = parseNotes([{ path, text, sha256: '' }], { now: NOW }).items;
  const byId = new Map(items.map((i) => [i.id, i]));
  const byLine = new Map(items.map((i) => [i.source.line, i]));
  return { get: (id) => byId.get(id) ?? byLine.get(lineOf.get(id) ?? -1) };
}
const lineOf = new Map<string, number>();

/** Applies one action to many items at once (bottom up, so inserted lines move nothing above). */
function applyAll(text: string, items: Item[], action: (i: Item) => EditAction): string {
  const byLine = new Map<number, Item>();
  for (const i of items) if (!byLine.has(i.source.line)) byLine.set(i.source.line, i);
  let out = text;
  for (const i of [...byLine.values()].sort((a, b) => b.source.line - a.source.line)) out = applyEdit(out, targetOf(i), action(i), CLOCK).text;
  return out;
}

/** A progress different from the item's own that does not finish it. */
function nextProgress(p: Progress | null): { input: ProgressInput; expect: Progress } {
  if (!p) return { input: { done: 3, total: 7, percent: false }, expect: { done: 3, total: 7, unit: 'part' } };
  if (p.unit === 'percent') {
    const d = p.done >= 95 ? p.done - 5 : p.done + 5;
    return { input: { done: d, total: 100, percent: true }, expect: { done: d, total: 100, unit: 'percent' } };
  }
  const d = p.total !== null && p.done + 1 >= p.total ? Math.max(0, p.done - 1) : p.done + 1;
  return { input: { done: d, total: null, percent: false }, expect: { done: d, total: p.total, unit: p.unit } };
}

if (corpusNeed().missing) void test('corpus round trip', { skip: skipUnless(corpusNeed()) }, () => {});
for (const rel of corpusNotes()) {
  void test(`corpus round trip: ${rel}`, async (t) => {
    // tmpfs when there is one: the round trips fsync thousands of times.
    const root = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'waymark-corpus-'));
    const file = join(root, rel);
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(join(CORPUS, rel), file);
    const original = readFileSync(file);
    const text = original.toString('utf8');
    const session = await openTracking([rel], { cwd: root, now: NOW });
    const items = session.roadmap.items.filter((i) => i.source.path === rel);
    for (const i of items) lineOf.set(i.id, i.source.line);
    const failures: string[] = [];

    // done → undo restores the file byte for byte (through the real write and history).
    let undone = 0;
    for (const item of items) {
      const r = await changeItem(session, item, { kind: 'status', status: 'done' }, { now: NOW, command: 'done' });
      if (r.batchId === null) continue;
      const u = await undoLast(session.root, session.store, NOW);
      assert.ok(u, 'an undo entry was recorded');
      if (!readFileSync(file).equals(original)) failures.push(`undo: line ${item.source.line} "${item.title}" not restored byte for byte`);
      undone++;
    }

    // done → read back gives status done (all at once; a failure is then checked alone).
    const done = (): EditAction => ({ kind: 'status', status: 'done' });
    const doneBack = read(rel, applyAll(text, items, done));
    for (const i of items.filter((x) => doneBack.get(x.id)?.status !== 'done')) {
      const one = applyAll(text, [i], done);
      const a = read(rel, one).get(i.id);
      if (a?.status !== 'done') failures.push(`done: line ${i.source.line} "${i.title}" → ${a ? a.status : 'item gone'}: ${JSON.stringify(one.split(/\r?\n/)[i.source.line - 1])}`);
    }

    // progress → read back gives the new progress.
    const plans = new Map(items.map((i) => [i.id, nextProgress(i.progress)]));
    const prog = (i: Item): EditAction => ({ kind: 'progress', input: plans.get(i.id)!.input });
    const same = (a: Item | undefined, e: Progress) => a?.progress?.done === e.done && a.progress.total === e.total && a.progress.unit === e.unit;
    const editedBack = read(rel, applyAll(text, items, prog));
    const pbad = items.filter((i) => !same(editedBack.get(i.id), plans.get(i.id)!.expect));
    if (pbad.length) {
      pbad.forEach((i) => {
        const one = applyAll(text, [i], prog);
        const a = read(rel, one).get(i.id);
        const okay = same(a, plans.get(i.id)!.expect);
        if (!okay) failures.push(`progress: line ${i.source.line} "${i.title}" want ${JSON.stringify(plans.get(i.id)!.expect)} got ${JSON.stringify(a?.progress ?? 'item gone')}: ${JSON.stringify(one.split(/\r?\n/)[(a?.progressLine ?? i.progressLine ?? i.source.line) - 1])}`);
      });
    }
    t.diagnostic(`${items.length} items, ${undone} done+undo round trips`);
    await session.store.close();
    rmSync(root, { recursive: true });
    const known = KNOWN[rel] ?? [];
    const unexpected = failures.filter((f) => !known.some((k) => f.startsWith(k)));
    if (failures.length > unexpected.length) t.diagnostic(`known reader gaps: ${failures.length - unexpected.length}`);
    assert.deepEqual(unexpected, []);
  });
}
