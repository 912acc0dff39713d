// The notes reader's public entry: notes in, roadmap out. Pure: files arrive as text,
// time arrives as a parameter.
import { SCHEMA, type Item, type Roadmap, type SourceFile, type Warning } from '../model/types.js';
import { BudgetFinder } from './budget.js';
import { mergeDuplicates, normOf, resourceKey, rkeyOf } from './dedupe.js';
import { round2, toItem, type Draft } from './entry.js';
import { assignIds, normalizeForId } from './ids.js';
import { readNote, type Block } from './reader.js';

export interface NoteFile {
  /** Path as shown to the person (relative to where they ran the command). */
  path: string;
  /** Decoded text; a BOM, if any, is kept as a leading U+FEFF. */
  text: string;
  sha256: string;
}

export interface ParseOptions {
  now: Date;
  /** Warnings found before parsing (unreadable files), carried into the roadmap. */
  warnings?: Warning[];
  /** Called after each file (files done, total files), for a progress bar at the edge. */
  onProgress?: (done: number, total: number) => void;
}

export function parseNotes(files: NoteFile[], opts: ParseOptions): Roadmap {
  const warnings: Warning[] = [...(opts.warnings ?? [])];
  const all: Draft[] = [];
  const sources: SourceFile[] = [];
  const budget = new BudgetFinder();
  for (const file of files) {
    const res = readNote(file.path, file.text);
    for (const ln of res.lines) budget.line(file.path, ln.no, ln.text);
    distributeBlockHours(res.drafts, res.blocks);
    const ids = assignIds(file.path, res.drafts.map((d) => d.title));
    const offset = all.length;
    res.drafts.forEach((d, i) => {
      d.id = ids[i]!;
      if (d.parent !== null) d.parent = String(Number(d.parent) + offset);
    });
    all.push(...res.drafts);
    warnings.push(...res.warnings);
    sources.push({ path: file.path, sha256: file.sha256, items: res.drafts.length });
    opts.onProgress?.(sources.length, files.length);
  }
  // Parents were indices while reading; make them ids.
  for (const d of all) if (d.parent !== null) d.parent = all[Number(d.parent)]!.id;
  rollUpChildren(all);
  const removed = mergeDuplicates(all);
  // Children of a merged-away duplicate now belong to the item it merged into.
  const movedIds = new Map<string, string>();
  for (const [from, to] of removed) movedIds.set(all[from]!.id, all[to]!.id);
  const kept = all.filter((_, i) => !removed.has(i));
  for (const d of kept) if (d.parent !== null && movedIds.has(d.parent)) d.parent = movedIds.get(d.parent)!;
  resolveDependencies(kept, warnings);
  for (const d of kept) {
    d.spentHours = round2(d.spentHours + d.logged.reduce((s, e) => s + (e.date === null ? e.hours : 0), 0));
  }
  const items: Item[] = kept.map(toItem);
  const counts = new Map<string, number>();
  for (const it of items) counts.set(it.source.path, (counts.get(it.source.path) ?? 0) + 1);
  for (const s of sources) s.items = counts.get(s.path) ?? 0;
  return {
    schema: SCHEMA,
    generatedAt: opts.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    sources,
    budget: budget.result(),
    items,
    warnings,
  };
}

/**
 * "Morning (3 hours)" shared by the activities under it: each gets an equal part,
 * unless the block is split into sub-blocks with hours of their own. Outputs
 * (deliverables, milestones) take no part of a block's hours.
 */
function distributeBlockHours(drafts: Draft[], blocks: Block[]): void {
  for (const b of blocks) {
    if (b.hasSubBlocks) continue;
    const acts = b.items.filter((i) => {
      const d = drafts[i]!;
      return d.kind !== 'deliverable' && d.kind !== 'milestone' && d.kind !== 'question' && d.parent === null;
    });
    const free = acts.filter((i) => !drafts[i]!.estimate);
    const taken = acts.reduce((s, i) => s + (drafts[i]!.estimate?.hours ?? 0), 0);
    const left = b.hours - taken;
    if (free.length === 0 || left <= 0) continue;
    for (const i of free) drafts[i]!.estimate = { hours: round2(left / free.length), basis: 'derived' };
  }
}

/** A parent whose children are partly done is under way. */
function rollUpChildren(all: Draft[]): void {
  for (const d of all) {
    if (d.status === 'todo' && d.doneChildren > 0) d.status = 'doing';
  }
}

function resolveDependencies(items: Draft[], warnings: Warning[]): void {
  const byTaskId = new Map<string, Draft>();
  for (const d of items) if (d.taskId) byTaskId.set(d.taskId, d);
  const names = items.some((d) => d.prereqNames.length > 0) ? new TitleIndex(items) : null;
  for (const d of items) {
    const deps = new Set<string>();
    for (const ref of d.blockedBy) {
      const target = byTaskId.get(ref);
      if (target && target !== d) deps.add(target.id);
      else warnings.push({ path: d.source.path, line: d.source.line, code: 'unknown-dependency', message: `"${d.title}" waits for id "${ref}", which no item has` });
    }
    for (const name of d.prereqNames) {
      const target = names?.find(name);
      if (target && target !== d) deps.add(target.id);
    }
    d.dependsOn = [...deps];
  }
}

/** Finds an item by a name written in the notes: exact title, resource name, or a unique prefix. */
class TitleIndex {
  private exact = new Map<string, Draft>();
  private sortedKeys: [string, Draft][] | null = null;

  constructor(items: Draft[]) {
    for (const d of items) {
      const k = normOf(d);
      if (!this.exact.has(k)) this.exact.set(k, d);
      const r = rkeyOf(d);
      if (r && !this.exact.has(r)) this.exact.set(r, d);
    }
  }

  /** Sorted once, on the first name that needs a prefix search. */
  private get sorted(): [string, Draft][] {
    return (this.sortedKeys ??= [...this.exact.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  }

  find(name: string): Draft | undefined {
    const key = normalizeForId(name);
    const hit = this.exact.get(key) ?? this.exact.get(resourceKey(name));
    if (hit || key.length < 3) return hit;
    // "Raft" → "Raft: In Search of …", when exactly one item starts so.
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]![0] < key) lo = mid + 1; else hi = mid;
    }
    const found = new Set<Draft>();
    for (let i = lo; i < this.sorted.length && this.sorted[i]![0].startsWith(key) && found.size < 2; i++) found.add(this.sorted[i]![1]);
    return found.size === 1 ? [...found][0] : undefined;
  }
}

export type { Draft };
