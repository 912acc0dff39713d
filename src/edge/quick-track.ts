// The fast way to a check-off in a large vault: find the item in the index the last read
// left in the history (titles, lines, file hashes), re-read only its file, and re-parse
// that one file only when it changed since. Anything unusual (a new file, another
// notes root, no index yet) returns null and the caller reads the whole workspace.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolveItem, searchWords } from '../core/edit/index.js';
import type { ItemState } from '../core/metrics/history.js';
import { emptyBudget, SCHEMA, type Item, type Roadmap } from '../core/model/types.js';
import { storePath, type TrackStore } from '../store/index.js';
import { openHistory, withWriteLock } from './journal.js';
import { syncHandEdits, workspaceRootOf, type TrackSession } from './track.js';
import { decodeNote } from './decode-note.js';
import { findNotes } from './find-notes.js';
import { correctionsForReader } from './corrections.js';
import { readNoteItems } from './read-back.js';

export interface QuickOptions {
  cwd: string;
  now: Date;
  /** Chooses among several matches (a picker, or an error listing them). */
  pick: (items: Item[]) => Promise<Item>;
}

function itemOf(s: ItemState): Item | null {
  if (s.line === null || s.line === undefined) return null;
  return {
    id: s.itemId, title: s.title, kind: 'task', status: s.status,
    progress: s.done !== null ? { done: s.done, total: s.total, unit: s.unit ?? 'part' } : null,
    estimate: null, spentHours: 0, links: [], path: s.path ?? [], parent: null, dependsOn: [], dates: {}, tags: [],
    optional: false, source: { path: s.file, line: s.line, endLine: s.endLine ?? s.line }, mentions: [], priority: 2,
    recurrence: null, progressLine: s.progressLine ?? null, logged: [],
  };
}

function oneFileRoadmap(path: string, sha256: string, items: Item[], now: Date): Roadmap {
  return {
    schema: SCHEMA, generatedAt: now.toISOString(), sources: [{ path, sha256, items: items.length }],
    budget: emptyBudget(), items, warnings: [],
  };
}

/** A session holding just the item `query` names, or null when the whole workspace must be read. */
export async function openForItem(paths: string[], query: string, opts: QuickOptions): Promise<{ session: TrackSession; item: Item } | null> {
  const root = workspaceRootOf(paths, opts.cwd);
  if (!existsSync(storePath(root))) return null;
  const store = openHistory(root, opts.now);
  let handedOff = false;
  try {
    const r = await quick(store, root, paths, query, opts);
    handedOff = r !== null;
    return r;
  } finally {
    if (!handedOff) await store.close();
  }
}

async function quick(store: TrackStore, root: string, paths: string[], query: string, opts: QuickOptions): Promise<{ session: TrackSession; item: Item } | null> {
  const index = await store.fileIndex();
  if (index.length === 0 || index.some((e) => e.cwd !== root)) return null;
  const byAbs = new Map(index.map((e) => [e.abs, e]));
  const { files } = await findNotes(paths.length ? paths : ['.'], opts.cwd);
  if (files.some((f) => !byAbs.has(f))) return null;
  const inScope = new Set(files.map((f) => byAbs.get(f)!.file));
  const states = await store.findItemStates(query.trim(), searchWords(query));
  const items: Item[] = [];
  for (const s of states) {
    if (!inScope.has(s.file)) continue;
    const it = itemOf(s);
    if (!it) return null;
    items.push(it);
  }
  const match = resolveItem(items, query);
  if (match.kind === 'none') return null;
  const chosen = match.kind === 'one' ? match.item : await opts.pick(match.items);
  const entry = index.find((e) => e.file === chosen.source.path)!;
  const bytes = readFileSync(entry.abs);
  const sha = createHash('sha256').update(bytes).digest('hex');
  let item: Item | undefined = chosen;
  let roadmap = oneFileRoadmap(entry.file, sha, [chosen], opts.now);
  let handEdits: TrackSession['handEdits'] = [];
  if (sha !== entry.sha256) {
    // The file changed since the index was made (a hand edit, or our own line insert): read it alone.
    const decoded = decodeNote(bytes);
    if ('error' in decoded) return null;
    const corrections = correctionsForReader(root, opts.cwd).filter((c) => c.path === entry.file);
    // Read as the write's read-back reads the note before the edit (the same reading, kept by
    // its bytes), so the edit does not read it a second time.
    const parsed = oneFileRoadmap(entry.file, sha, readNoteItems(entry.file, decoded.text, opts.now, corrections), opts.now);
    roadmap = parsed;
    handEdits = await withWriteLock(root, () => syncHandEdits(parsed, store, opts.now, { files: new Map([[entry.file, entry.abs]]), cwd: root }));
    item = parsed.items.find((i) => i.id === chosen.id) ?? parsed.items.find((i) => i.title === chosen.title);
    if (!item) return null;
    roadmap = { ...parsed, items: [item] };
  }
  const session: TrackSession = { roadmap, root, files: new Map([[entry.file, entry.abs]]), store, handEdits, cwd: root };
  return { session, item };
}
