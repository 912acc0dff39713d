// "Where do I stand, what is next": a roadmap summarised per track, by hours.
import type { TrackEvent } from '../metrics/history.js';
import { standing, type Standing } from '../metrics/standing.js';
import type { TrackSummary } from '../metrics/tracks.js';
import type { PaceInput } from '../metrics/verdict.js';
import type { Budget, Item, Roadmap } from '../model/types.js';
import { NOT_TAKEN } from '../notes/reader.js';
import { resolveSettings, type PlanSettings, type Work } from '../plan/index.js';
import { firstInOrder } from '../review/queue.js';

export type { TrackSummary };

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
  /** Hours of work in all and left: the same numbers as `standing.work`. */
  totalHours: number;
  remainingHours: number;
  /** Hours logged, in the notes and in the history (`standing.logged.totalHours`). */
  spentHours: number;
  budget: Budget;
  /** The planned hours a week. */
  hoursPerWeek: number;
  tracks: TrackSummary[];
  /** The shared numbers: counts, hours, time logged, horizon and the verdict sentence. */
  standing: Standing;
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

export interface SummaryOptions {
  today: string;
  settings?: PlanSettings;
  nextCount?: number;
  /** The history's events for these notes; none by default. */
  events?: readonly TrackEvent[];
  /** What the history says of the pace; none by default. */
  pace?: PaceInput;
  /** The work already resolved for these items with the logged hours added (the dashboard has it). */
  work?: ReadonlyMap<string, Work>;
}

export function summarize(roadmap: Roadmap, opts: SummaryOptions): StatusSummary {
  const settings = opts.settings ?? resolveSettings({ today: opts.today, budget: roadmap.budget });
  const st = standing({ items: roadmap.items, settings, events: opts.events ?? [], pace: opts.pace ?? { historyDays: 0, hoursPerWeek: null } }, opts.work);
  const inProgress = roadmap.items
    .filter((it) => it.status === 'doing')
    .map((item) => {
      const f = item.progress ? (item.progress.unit === 'percent' ? item.progress.done / 100 : item.progress.total ? item.progress.done / item.progress.total : null) : null;
      return { item, label: progressLabel(item), fraction: f };
    });
  const hasChildren = new Set(roadmap.items.map((i) => i.parent).filter((p): p is string => p !== null));
  // (The first few as sorting them all would put them: the order ends on their place, so it ties nothing.)
  const next = firstInOrder(
    roadmap.items
      .filter((it) => it.status === 'todo' && !it.optional && !hasChildren.has(it.id) && it.kind !== 'skill')
      .map((it, i) => ({ it, i })),
    opts.nextCount ?? 5,
    (a, b) => dueKey(a.it).localeCompare(dueKey(b.it)) || b.it.priority - a.it.priority || a.i - b.i,
  ).map((x) => x.it);
  return {
    files: roadmap.sources.length,
    items: roadmap.items.length,
    counts: st.counts,
    totalHours: st.work.totalHours,
    remainingHours: st.work.remainingHours,
    spentHours: st.logged.totalHours,
    budget: roadmap.budget,
    hoursPerWeek: st.verdict.hoursPerWeek,
    tracks: st.tracks,
    standing: st,
    inProgress,
    next,
    warnings: roadmap.warnings.filter((w) => w.code !== NOT_TAKEN).length,
    notTaken: roadmap.warnings.filter((w) => w.code === NOT_TAKEN).length,
  };
}

function dueKey(it: Item): string {
  return it.dates.due ?? it.dates.scheduled ?? '9999';
}
