// The notes reader's public entry: notes in, roadmap out. Pure: files arrive as text,
// time arrives as a parameter.
import { SCHEMA, type Item, type Roadmap, type SourceFile, type Warning } from '../model/types.js';
import { BudgetFinder } from './budget.js';
import { mergeDuplicates, resourceKey } from './dedupe.js';
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
  const byTitle = new Map<string, Draft>();
  const needTitles = items.some((d) => d.prereqNames.length > 0);
  for (const d of items) {
    if (d.taskId) byTaskId.set(d.taskId, d);
    if (!needTitles) continue;
    const k = normalizeForId(d.title);
    if (!byTitle.has(k)) byTitle.set(k, d);
    const r = resourceKey(d.title);
    if (r && !byTitle.has(r)) byTitle.set(r, d);
  }
  for (const d of items) {
    const deps = new Set<string>();
    for (const ref of d.blockedBy) {
      const target = byTaskId.get(ref);
      if (target && target !== d) deps.add(target.id);
      else warnings.push({ path: d.source.path, line: d.source.line, code: 'unknown-dependency', message: `"${d.title}" waits for id "${ref}", which no item has` });
    }
    for (const name of d.prereqNames) {
      const target = byTitle.get(normalizeForId(name)) ?? byTitle.get(resourceKey(name)) ?? byPrefix(items, name);
      if (target && target !== d) deps.add(target.id);
    }
    d.dependsOn = [...deps];
  }
}

/** The one item whose title starts with the name ("Raft" → "Raft: In Search of …"), if unique. */
function byPrefix(items: Draft[], name: string): Draft | undefined {
  const key = normalizeForId(name);
  if (key.length < 3) return undefined;
  const hits = items.filter((d) => normalizeForId(d.title).startsWith(key));
  return hits.length === 1 ? hits[0] : undefined;
}

export type { Draft };
