// Which track an item belongs to, and the counts per track every view shows: `status`, the
// dashboard, the site and `export` all count with `tally`, so their numbers agree.
import type { Item, Status } from '../model/types.js';
import type { Work } from '../plan/estimates.js';

export interface TrackSummary {
  name: string;
  /** Items of work (not containers, skills or skipped items). */
  items: number;
  done: number;
  totalHours: number;
  doneHours: number;
}

export interface Tally {
  /** Every item by status, containers and skills too. */
  counts: Record<Status, number>;
  /** The items that are work: what "N of M done" and the hours count. */
  work: { items: number; done: number; totalHours: number; doneHours: number; remainingHours: number; backlogItems: number };
  tracks: TrackSummary[];
}

/** A numbered unit of a plan ("Day 4", "Week 2: Graphs", "Session 3 — …"): a part of a track, never a track. */
const UNIT_HEADING_RE = /^(?:day|week|session|lesson|lecture|module|part|chapter|phase|unit|sprint|step|stage|month|level|semana|día|dia|woche|tag|jour|semaine)\s*#?\d+\b/i;

/** Kinds of a note about one resource, one of a shelf of them: such a note goes by its folder ("Books"). */
const SHELVED_KINDS = new Set(['book', 'paper', 'article', 'video', 'course']);

/**
 * The track an item belongs to: its top section, under a file's single title heading; a
 * child's is its parent's. A file that is one item (a note about one book, its tasks
 * under it) goes by its folder ("Books"), other files without sections by their name.
 */
export function trackNamer(items: readonly Item[]): (item: Item) => string {
  const topsPerFile = new Map<string, Set<string>>();
  const rootsPerFile = new Map<string, number>();
  const byId = new Map<string, Item>();
  for (const it of items) {
    const s = topsPerFile.get(it.source.path) ?? new Set<string>();
    s.add(it.path[0] ?? '');
    topsPerFile.set(it.source.path, s);
    if (it.parent === null) rootsPerFile.set(it.source.path, (rootsPerFile.get(it.source.path) ?? 0) + 1);
    byId.set(it.id, it);
  }
  // A file under one title is tracked by its sections, unless they are the numbered parts
  // of one topic ("Day 4", "Session 3"): then the title is the track.
  const own = (it: Item): string => {
    const tops = topsPerFile.get(it.source.path)!;
    const named = tops.size === 1 && it.path.length > 1 ? [it.path[1]!, it.path[0]!] : [it.path[0]];
    for (const name of named) if (name && !UNIT_HEADING_RE.test(name)) return name;
    // A file per topic ("# Rust" with a Status line, its sessions under it): the topic is the track.
    if (it.parent === null && it.path.length === 0 && rootsPerFile.get(it.source.path) === 1 && !SHELVED_KINDS.has(it.kind) && it.title) return it.title;
    const parts = it.source.path.split(/[/\\]/);
    const folder = parts.length > 1 ? parts[parts.length - 2] : undefined;
    if (folder && folder !== '.' && folder !== '..' && rootsPerFile.get(it.source.path) === 1) return folder;
    return parts.pop() || it.source.path;
  };
  return (it) => {
    let root = it;
    for (let hops = 0; root.parent !== null && hops < 64; hops++) {
      const up = byId.get(root.parent);
      if (!up || up.source.path !== it.source.path) break;
      root = up;
    }
    return own(root);
  };
}

/**
 * True for an item that is work to count: not a container (its children carry the work),
 * not skipped, not a skill (a skill is named, not done). `work` is the planner's `resolveWork`.
 */
export function isWork(item: Item, work: ReadonlyMap<string, Work>): boolean {
  const w = work.get(item.id);
  return w !== undefined && !w.container && item.status !== 'skipped' && item.kind !== 'skill';
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * Counts the items, the work and each track's share of it, in the roadmap's order of tracks.
 * @example tally(roadmap.items, resolveWork(roadmap.items, settings)).tracks[0] // { name: 'Math', items: 3, done: 1, … }
 */
export function tally(items: readonly Item[], work: ReadonlyMap<string, Work>, namer = trackNamer(items)): Tally {
  const counts: Record<Status, number> = { todo: 0, doing: 0, done: 0, skipped: 0 };
  const tracks = new Map<string, TrackSummary>();
  let n = 0;
  let done = 0;
  let total = 0;
  let remaining = 0;
  let backlog = 0;
  for (const it of items) {
    counts[it.status]++;
    if (!isWork(it, work)) continue;
    const w = work.get(it.id)!;
    const name = namer(it);
    let t = tracks.get(name);
    if (!t) tracks.set(name, (t = { name, items: 0, done: 0, totalHours: 0, doneHours: 0 }));
    // Backlog ("some day", no estimate or date) is counted as an item but not planned: its
    // guessed hours stay out of the hours, as the planner leaves them out of the plan.
    const hours = w.backlog ? 0 : w.totalMinutes / 60;
    const left = w.backlog ? 0 : w.remainingMinutes / 60;
    if (w.backlog) backlog++;
    t.items++;
    n++;
    if (it.status === 'done') {
      t.done++;
      done++;
    }
    t.totalHours += hours;
    t.doneHours += Math.max(0, hours - left);
    total += hours;
    remaining += left;
  }
  return {
    counts,
    work: { items: n, done, totalHours: round1(total), doneHours: round1(Math.max(0, total - remaining)), remainingHours: round1(remaining), backlogItems: backlog },
    tracks: [...tracks.values()].map((t) => ({ ...t, totalHours: round1(t.totalHours), doneHours: round1(t.doneHours) })),
  };
}
