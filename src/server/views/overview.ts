// The overview page's data: the same per-track summary and verdict `waymark status` prints,
// plus this week's booked blocks and what the plan does next. Pure.
import type { TrackEvent } from '../../core/metrics/history.js';
import type { LoggedTime, PaceInput, Tally, Verdict } from '../../core/metrics/index.js';
import type { Item, Roadmap } from '../../core/model/types.js';
import { addDays, fromDayNumber, mondayOf, toDayNumber, type Plan, type Work } from '../../core/plan/index.js';
import { summarize, type TrackSummary } from '../../core/status/summary.js';

export interface ItemRef {
  id: string;
  title: string;
  kind: Item['kind'];
  status: Item['status'];
  path: string[];
}

export interface WeekBlock extends ItemRef {
  date: string;
  start: string;
  minutes: number;
}

export interface Overview {
  today: string;
  counts: Record<Item['status'], number> & { items: number; files: number };
  /** Items of work and hours: the numbers `status`, the site and `export` show. */
  work: Tally['work'];
  tracks: TrackSummary[];
  inProgress: (ItemRef & { label: string | null; fraction: number | null })[];
  nextUp: (ItemRef & { start: string | null; finish: string | null; late: boolean })[];
  week: { from: string; to: string; blocks: WeekBlock[]; bookedHours: number; capacityHours: number };
  hours: { totalHours: number; remainingHours: number; budgetHours: number | null; hoursPerWeek: number };
  logged: LoggedTime;
  /** The one verdict every view states, with its finish day and horizon. */
  verdict: Verdict;
  /** Items the plan finishes after their own due dates (a fact beside the verdict, not another one). */
  lateItems: number;
  warnings: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function ref(item: Item): ItemRef {
  return { id: item.id, title: item.title, kind: item.kind, status: item.status, path: item.path };
}

export interface OverviewHistory {
  events: readonly TrackEvent[];
  pace: PaceInput;
  /** The work resolved with the logged hours added, as the plan was made. */
  work?: ReadonlyMap<string, Work>;
}

/** Builds the overview from a roadmap and its plan (planned with the same settings). */
export function buildOverview(roadmap: Roadmap, plan: Plan, today: string, history?: OverviewHistory): Overview {
  const byId = new Map(roadmap.items.map((i) => [i.id, i]));
  const s = summarize(roadmap, {
    today, settings: plan.settings,
    ...(history ? { events: history.events, pace: history.pace, ...(history.work ? { work: history.work } : {}) } : {}),
  });

  const nextUp = plan.items
    .filter((p) => p.remainingMinutes > 0 && byId.get(p.id)?.status === 'todo')
    .sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999'))
    .slice(0, 8)
    .map((p) => ({ ...ref(byId.get(p.id)!), start: p.start, finish: p.finish, late: p.late !== null }));

  const from = fromDayNumber(mondayOf(toDayNumber(today)));
  const to = addDays(from, 6);
  const blocks: WeekBlock[] = [];
  let capacity = 0;
  for (const day of plan.days) {
    if (day.date < from || day.date > to) continue;
    capacity += day.capacityMinutes;
    for (const b of day.blocks) {
      const item = byId.get(b.itemId);
      if (item) blocks.push({ ...ref(item), date: b.date, start: b.start, minutes: b.minutes });
    }
  }

  return {
    today,
    counts: { ...s.counts, items: s.items, files: s.files },
    work: s.standing.work,
    tracks: s.tracks,
    inProgress: s.inProgress.map((p) => ({ ...ref(p.item), label: p.label, fraction: p.fraction })),
    nextUp,
    week: { from, to, blocks, bookedHours: round1(blocks.reduce((a, b) => a + b.minutes, 0) / 60), capacityHours: round1(capacity / 60) },
    hours: { totalHours: s.totalHours, remainingHours: s.remainingHours, budgetHours: s.budget.totalHours, hoursPerWeek: s.hoursPerWeek },
    logged: s.standing.logged,
    verdict: s.standing.verdict,
    lateItems: plan.items.filter((p) => p.late?.against === 'due').length,
    warnings: s.warnings,
  };
}
