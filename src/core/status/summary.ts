// "Where do I stand, what is next": a roadmap summarised per track, by hours.
import type { Budget, Item, Roadmap } from '../model/types.js';
import { NOT_TAKEN } from '../notes/reader.js';
import { resolveSettings, resolveWork, type PlanSettings } from '../plan/index.js';

export interface TrackSummary {
  name: string;
  items: number;
  done: number;
  totalHours: number;
  doneHours: number;
}

export interface InProgress {
  item: Item;
  /** "lecture 3 of 20", "page 120 of 600", "40%". */
  label: string | null;
  fraction: number | null;
}

export interface StatusSummary {
  files: number;
  items: number;
  counts: Record<Item['status'], number>;
  totalHours: number;
  remainingHours: number;
  spentHours: number;
  budget: Budget;
  hoursPerWeek: number;
  /** Weeks the remaining work takes at the weekly hours. */
  weeksNeeded: number;
  /** Weeks available until the horizon, when the notes or config say one. */
  weeksAvailable: number | null;
  tracks: TrackSummary[];
  inProgress: InProgress[];
  next: Item[];
  warnings: number;
  /** Lines that looked like entries but were not taken as items (listed by `--warnings`). */
  notTaken: number;
}

/** Human words for an item's progress. */
export function progressLabel(item: Item): string | null {
  const p = item.progress;
  if (!p) return null;
  if (p.unit === 'percent') return `${p.done}%`;
  if (p.total !== null) return `${p.unit} ${p.done} of ${p.total}`;
  return `${p.unit} ${p.done} done`;
}

/**
 * The track an item belongs to: its top section, under a file's single title heading; a
 * child's is its parent's. A file that is one item (a note about one book, its tasks
 * under it) goes by its folder ("Books"), other files without sections by their name.
 */
/** A numbered unit of a plan ("Day 4", "Week 2: Graphs", "Session 3 — …"): a part of a track, never a track. */
const UNIT_HEADING_RE = /^(?:day|week|session|lesson|lecture|module|part|chapter|phase|unit|sprint|step|stage|month|level|semana|día|dia|woche|tag|jour|semaine)\s*#?\d+\b/i;

function trackNamer(items: Item[]): (item: Item) => string {
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

export interface SummaryOptions {
  today: string;
  settings?: PlanSettings;
  nextCount?: number;
}

export function summarize(roadmap: Roadmap, opts: SummaryOptions): StatusSummary {
  const settings = opts.settings ?? resolveSettings({ today: opts.today, budget: roadmap.budget });
  const work = resolveWork(roadmap.items, settings);
  const name = trackNamer(roadmap.items);
  const tracks = new Map<string, TrackSummary>();
  const counts = { todo: 0, doing: 0, done: 0, skipped: 0 };
  let total = 0;
  let remaining = 0;
  let spent = 0;
  for (const it of roadmap.items) {
    counts[it.status]++;
    spent += it.spentHours;
    const w = work.get(it.id);
    if (!w || w.container || it.status === 'skipped') continue;
    const t = tracks.get(name(it)) ?? { name: name(it), items: 0, done: 0, totalHours: 0, doneHours: 0 };
    const hours = w.totalMinutes / 60;
    const left = w.remainingMinutes / 60;
    t.items++;
    if (it.status === 'done') t.done++;
    t.totalHours += hours;
    t.doneHours += Math.max(0, hours - left);
    tracks.set(t.name, t);
    total += hours;
    remaining += left;
  }
  const hoursPerWeek = settings.weekMinutes.reduce((a, b) => a + b, 0) / 60;
  const weeksAvailable = roadmap.budget.weeks ?? (settings.deadline ? weeksBetween(opts.today, settings.deadline) : null);
  const inProgress = roadmap.items
    .filter((it) => it.status === 'doing')
    .map((item) => {
      const f = item.progress ? (item.progress.unit === 'percent' ? item.progress.done / 100 : item.progress.total ? item.progress.done / item.progress.total : null) : null;
      return { item, label: progressLabel(item), fraction: f };
    });
  const hasChildren = new Set(roadmap.items.map((i) => i.parent).filter((p): p is string => p !== null));
  const next = roadmap.items
    .filter((it) => it.status === 'todo' && !it.optional && !hasChildren.has(it.id) && it.kind !== 'skill')
    .map((it, i) => ({ it, i }))
    .sort((a, b) => dueKey(a.it).localeCompare(dueKey(b.it)) || b.it.priority - a.it.priority || a.i - b.i)
    .slice(0, opts.nextCount ?? 5)
    .map((x) => x.it);
  return {
    files: roadmap.sources.length,
    items: roadmap.items.length,
    counts,
    totalHours: round1(total),
    remainingHours: round1(remaining),
    spentHours: round1(spent),
    budget: roadmap.budget,
    hoursPerWeek: round1(hoursPerWeek),
    weeksNeeded: hoursPerWeek > 0 ? round1(remaining / hoursPerWeek) : Infinity,
    weeksAvailable,
    tracks: [...tracks.values()].map((t) => ({ ...t, totalHours: round1(t.totalHours), doneHours: round1(t.doneHours) })),
    inProgress,
    next,
    warnings: roadmap.warnings.filter((w) => w.code !== NOT_TAKEN).length,
    notTaken: roadmap.warnings.filter((w) => w.code === NOT_TAKEN).length,
  };
}

function dueKey(it: Item): string {
  return it.dates.due ?? it.dates.scheduled ?? '9999';
}

function weeksBetween(a: string, b: string): number {
  return round1((Date.parse(b) - Date.parse(a)) / (7 * 86_400_000));
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
