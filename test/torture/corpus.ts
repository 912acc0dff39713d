// Every item of every corpus note and example: done, start and progress through the real
// write and history change only that item's lines, read back with the new state, and undo
// to identical bytes.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EditAction } from '../../src/core/edit/index.js';
import type { Item, Progress } from '../../src/core/model/types.js';
import { parseNotes } from '../../src/core/notes/index.js';
import { changeItem, openTracking, undoLast } from '../../src/edge/track.js';
import { NOW, scratch, type PartResult } from './common.js';
import { corpusDir, corpusNotes } from './corpus-dir.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** The corpus notes and the examples, as [folder, path relative to it]. */
export function allNotes(): [string, string][] {
  const dir = corpusDir();
  const corpus = dir ? corpusNotes().map((p): [string, string] => [dir, relative(dir, p)]) : [];
  const examples = readdirSync(EXAMPLES).filter((n) => /\.(md|txt|org)$/.test(n)).map((n): [string, string] => [EXAMPLES, n]);
  return [...corpus, ...examples];
}

/** A progress different from the item's own that does not finish it. */
function nextProgress(p: Progress | null): { action: EditAction; expect: Progress } {
  if (!p) return { action: { kind: 'progress', input: { done: 3, total: 7, percent: false } }, expect: { done: 3, total: 7, unit: 'part' } };
  if (p.unit === 'percent') {
    const d = p.done >= 95 ? p.done - 5 : p.done + 5;
    return { action: { kind: 'progress', input: { done: d, total: 100, percent: true } }, expect: { done: d, total: 100, unit: 'percent' } };
  }
  const d = p.total !== null && p.done + 1 >= p.total ? Math.max(0, p.done - 1) : p.done + 1;
  return { action: { kind: 'progress', input: { done: d, total: null, percent: false } }, expect: { done: d, total: p.total, unit: p.unit } };
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** Runs every item of one note; returns [item actions run, failures]. */
export async function tortureNote(folder: string, rel: string): Promise<[number, string[]]> {
  const root = scratch('corpus');
  const file = join(root, rel);
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(join(folder, rel), file);
  const original = readFileSync(file);
  const text = original.toString('utf8');
  const starts = lineStarts(text);
  const session = await openTracking([rel], { cwd: root, now: NOW });
  const failures: string[] = [];
  let runs = 0;
  try {
    for (const item of session.roadmap.items.filter((i) => i.source.path === rel)) {
      const progress = nextProgress(item.progress);
      const actions: [string, EditAction, (i: Item | undefined) => boolean][] = [
        ['done', { kind: 'status', status: 'done' }, (i) => i?.status === 'done'],
        ['start', { kind: 'status', status: 'doing' }, (i) => i?.status === 'doing'],
        ['progress', progress.action, (i) => i?.progress?.done === progress.expect.done && i.progress.total === progress.expect.total],
      ];
      for (const [name, action, ok] of actions) {
        const where = `${basename(folder)}/${rel}:${item.source.line} "${item.title.slice(0, 50)}" ${name}`;
        const r = await changeItem(session, item, action, { now: NOW, command: name });
        if (r.batchId === null) continue;
        runs++;
        const out = readFileSync(file, 'utf8');
        const first = Math.min(item.source.line, item.progressLine ?? item.source.line);
        const last = Math.max(item.source.endLine, item.progressLine ?? 0);
        const head = text.slice(0, starts[first - 1] ?? text.length);
        const tail = text.slice(starts[last] ?? text.length);
        if (!out.startsWith(head) || !out.endsWith(tail) || out.length < head.length + tail.length) failures.push(`${where}: changed lines outside the item`);
        const back = parseNotes([{ path: rel, text: out, sha256: '' }], { now: NOW }).items;
        const again = back.find((i) => i.id === item.id) ?? back.find((i) => i.source.line === item.source.line);
        if (!ok(again)) failures.push(`${where}: read back as ${again ? `${again.status} ${JSON.stringify(again.progress)}` : 'no item'}`);
        const u = await undoLast(session.root, session.store, NOW);
        if (!u || !readFileSync(file).equals(original)) failures.push(`${where}: undo did not give the original bytes back`);
      }
    }
  } finally {
    await session.store.close();
    rmSync(root, { recursive: true, force: true });
  }
  return [runs, failures];
}

export async function corpusPart(opts: { limit?: number } = {}): Promise<PartResult> {
  const notes = allNotes().slice(0, opts.limit);
  let runs = 0;
  const failures: string[] = [];
  for (const [folder, rel] of notes) {
    const [n, f] = await tortureNote(folder, rel);
    runs += n;
    failures.push(...f);
  }
  return { part: 'corpus & examples', runs, failures, notes: `${notes.length} notes; done, start, progress then undo on every item` };
}
