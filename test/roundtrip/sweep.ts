// The round trip of issue 21: done, start and progress on every item of a note through the
// real write and history, then undo; after each, the note is read back and checked three
// ways — the item reads back with exactly the status and progress the command reported,
// every other item reads as before with the same id, the item keeps its id — and undo must
// give the original bytes. A refused write must leave the note as it was.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyNote } from './notes.js';
import type { EditAction } from '../../src/core/edit/index.js';
import { WaymarkError } from '../../src/core/errors.js';
import type { Item, Progress } from '../../src/core/model/types.js';
import { readNoteItems } from '../../src/edge/read-back.js';
import { changeItem, openTracking, undoLast } from '../../src/edge/track.js';

export const NOW = new Date('2026-11-22T10:00:00Z');

/** Counts for one note or a whole sweep; `examples` lists the first few of each failure. */
export interface SweepCounts {
  notes: number;
  items: number;
  /** Writes that changed the note (and were undone). */
  edits: number;
  /** (a) the item read back with another status or progress than the command reported. */
  state: number;
  /** (b) another item of the note vanished, appeared or read differently. */
  others: number;
  /** (c) the item lost its id. */
  id: number;
  /** The write was refused by the read-back check (the note must then be unchanged). */
  refused: number;
  /** Undo did not give the original bytes back, or a refusal left the note changed. */
  bytes: number;
  /** Other errors (a todo.txt task cannot be "in progress", …): counted, not failures. */
  errors: number;
  examples: string[];
}

export function emptyCounts(): SweepCounts {
  return { notes: 0, items: 0, edits: 0, state: 0, others: 0, id: 0, refused: 0, bytes: 0, errors: 0, examples: [] };
}

export function addCounts(a: SweepCounts, b: SweepCounts): SweepCounts {
  return {
    notes: a.notes + b.notes, items: a.items + b.items, edits: a.edits + b.edits, state: a.state + b.state, others: a.others + b.others,
    id: a.id + b.id, refused: a.refused + b.refused, bytes: a.bytes + b.bytes, errors: a.errors + b.errors, examples: [...a.examples, ...b.examples].slice(0, 200),
  };
}

/** A progress different from the item's own that does not finish it (as the torture campaign sets). */
function nextProgress(p: Progress | null): EditAction {
  if (!p) return { kind: 'progress', input: { done: 3, total: 7, percent: false } };
  if (p.unit === 'percent') return { kind: 'progress', input: { done: p.done >= 95 ? p.done - 5 : p.done + 5, total: 100, percent: true } };
  const d = p.total !== null && p.done + 1 >= p.total ? Math.max(0, p.done - 1) : p.done + 1;
  return { kind: 'progress', input: { done: d, total: null, percent: false } };
}

export const ACTIONS: [string, (i: Item) => EditAction][] = [
  ['done', () => ({ kind: 'status', status: 'done' })],
  ['start', () => ({ kind: 'status', status: 'doing' })],
  ['progress', (i) => nextProgress(i.progress)],
];

export function sameProgress(a: Progress | null, b: Progress | null): boolean {
  return a === null || b === null ? a === b : a.done === b.done && a.total === b.total && a.unit === b.unit;
}

/** The items `ids` belong to (parent, its parent, …): they roll their status up from their children. */
export function ancestors(items: readonly Item[], ids: readonly string[]): Set<string> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const out = new Set<string>();
  for (const id of ids) {
    for (let p = byId.get(id)?.parent ?? null; p !== null && !out.has(p); p = byId.get(p)?.parent ?? null) out.add(p);
  }
  return out;
}

export function show(i: Item | undefined): string {
  return i ? `${i.status} ${i.progress ? `${i.progress.done}/${i.progress.total ?? '?'} ${i.progress.unit}` : '-'} "${i.title.slice(0, 40)}"` : 'no item';
}

/**
 * Runs every item of `folder/rel` (or every `every`-th item, for a quick sample) through
 * done, start and progress, each undone at once, on a copy of the note.
 */
export async function sweepNote(folder: string, rel: string, opts: { every?: number; label?: string } = {}): Promise<SweepCounts> {
  const out = emptyCounts();
  out.notes = 1;
  const root = mkdtempSync(join(tmpdir(), 'waymark-roundtrip-'));
  const { file, original } = copyNote(root, folder, rel);
  const text = original.toString('utf8');
  const session = await openTracking([], { cwd: root, now: NOW });
  const label = opts.label ?? rel;
  const note = (s: string) => { if (out.examples.length < 60) out.examples.push(`${label} ${s}`); };
  try {
    const before = readNoteItems(rel, text, NOW);
    const beforeById = new Map(before.map((i) => [i.id, i]));
    const items = session.roadmap.items.filter((i) => i.source.path === rel);
    out.items = items.length;
    for (const [n, item] of items.entries()) {
      if (opts.every && n % opts.every !== 0) continue;
      const was = beforeById.get(item.id) ?? before.find((i) => i.source.line === item.source.line);
      for (const [name, action] of ACTIONS) {
        const where = `:${item.source.line} ${name} "${item.title.slice(0, 40)}"`;
        let r;
        try {
          r = await changeItem(session, item, action(item), { now: NOW, command: name });
        } catch (err) {
          const code = err instanceof WaymarkError ? err.code : 'internal';
          if (code.startsWith('E_READ_BACK')) {
            out.refused++;
            note(`${where}: refused: ${(err as Error).message}`);
          } else {
            out.errors++;
            if (code === 'internal') note(`${where}: ${(err as Error).stack}`);
          }
          if (!readFileSync(file).equals(original)) { out.bytes++; note(`${where}: a failed write left the note changed`); }
          continue;
        }
        if (r.batchId === null) continue;
        out.edits++;
        const after = readNoteItems(rel, readFileSync(file, 'utf8'), NOW);
        const afterById = new Map(after.map((i) => [i.id, i]));
        const now = was ? afterById.get(was.id) : undefined;
        if (!was || !now) { out.id++; note(`${where}: id lost; line reads as ${show(after.find((i) => i.source.line === item.source.line))}`); }
        const got = now ?? after.find((i) => i.source.line === item.source.line);
        if (!got || got.status !== r.edit.status || !sameProgress(got.progress, r.edit.progress)) {
          out.state++;
          note(`${where}: reported ${r.edit.status} ${JSON.stringify(r.edit.progress)}, reads back ${show(got)}`);
        }
        const lost = before.filter((b) => b !== was && !afterById.has(b.id));
        const rolledUp = ancestors(before, was ? [was.id] : []);
        const differ = before.filter((b) => {
          const a = b !== was ? afterById.get(b.id) : undefined;
          return a && (a.title !== b.title || a.kind !== b.kind || a.parent !== b.parent || (!rolledUp.has(b.id) && (a.status !== b.status || !sameProgress(a.progress, b.progress))));
        });
        const added = after.filter((a) => !beforeById.has(a.id) && a !== now);
        if (lost.length || differ.length || (added.length && now)) {
          out.others++;
          note(`${where}: others: ${lost.length} gone ${lost.slice(0, 3).map(show).join(', ')}; ${differ.length} changed ${differ.slice(0, 3).map((b) => `${show(b)} → ${show(afterById.get(b.id))}`).join(', ')}; ${added.length} new ${added.slice(0, 2).map(show).join(', ')}`);
        }
        const u = await undoLast(session.root, session.store, NOW);
        if (!u || !readFileSync(file).equals(original)) { out.bytes++; note(`${where}: undo did not give the original bytes back`); }
      }
    }
  } finally {
    await session.store.close();
    rmSync(root, { recursive: true, force: true });
  }
  return out;
}
