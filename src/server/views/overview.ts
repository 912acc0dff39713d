// The overview page's data: the same per-track summary `waymark status` prints, plus this
// week's booked blocks, what the plan does next, and the forecast. Pure.
import type { Item, Roadmap } from '../../core/model/types.js';
import { addDays, fromDayNumber, mondayOf, toDayNumber, type Plan } from '../../core/plan/index.js';
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

export type Risk = 'on-track' | 'at-risk' | 'late';

export interface Overview {
  today: string;
  counts: Record<Item['status'], number> & { items: number; files: number };
  tracks: TrackSummary[];
  inProgress: (ItemRef & { label: string | null; fraction: number | null })[];
  nextUp: (ItemRef & { start: string | null; finish: string | null; late: boolean })[];
  week: { from: string; to: string; blocks: WeekBlock[]; bookedHours: number; capacityHours: number };
  hours: {
    totalHours: number; remainingHours: number; spentHours: number; budgetHours: number | null;
    hoursPerWeek: number; weeksNeeded: number | null; weeksAvailable: number | null;
  };
  forecast: { finish: string | null; deadline: string | null; risk: Risk; lateItems: number; unscheduledHours: number; suggestions: string[] };
  warnings: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function ref(item: Item): ItemRef {
  return { id: item.id, title: item.title, kind: item.kind, status: item.status, path: item.path };
}

/** Builds the overview from a roadmap and its plan (planned with the same settings). */
export function buildOverview(roadmap: Roadmap, plan: Plan, today: string): Overview {
  const byId = new Map(roadmap.items.map((i) => [i.id, i]));
  const s = summarize(roadmap, { today, settings: plan.settings });

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

  const late = plan.totals.lateItems > 0 || plan.totals.unscheduledMinutes > 0;
  const risk: Risk = late ? 'late' : plan.items.some((p) => p.atRisk) ? 'at-risk' : 'on-track';
  return {
    today,
    counts: { ...s.counts, items: s.items, files: s.files },
    tracks: s.tracks,
    inProgress: s.inProgress.map((p) => ({ ...ref(p.item), label: p.label, fraction: p.fraction })),
    nextUp,
    week: { from, to, blocks, bookedHours: round1(blocks.reduce((a, b) => a + b.minutes, 0) / 60), capacityHours: round1(capacity / 60) },
    hours: {
      totalHours: s.totalHours, remainingHours: s.remainingHours, spentHours: s.spentHours, budgetHours: s.budget.totalHours,
      hoursPerWeek: s.hoursPerWeek, weeksNeeded: Number.isFinite(s.weeksNeeded) ? s.weeksNeeded : null, weeksAvailable: s.weeksAvailable,
    },
    forecast: {
      finish: plan.totals.finish,
      deadline: plan.settings.deadline,
      risk,
      lateItems: plan.totals.lateItems,
      unscheduledHours: round1(plan.totals.unscheduledMinutes / 60),
      suggestions: plan.fit.suggestions.map((x) => x.text),
    },
    warnings: s.warnings,
  };
}
