// The timeline page's data: one row per track (first planned day to last, the share done,
// late or at risk), a track's items when it is opened, the week-by-week load, the late
// items and the verdict. Small at any size: a 10,000-item plan is a few dozen rows. Pure.
import { trackNamer, type Verdict } from '../../core/metrics/index.js';
import type { Plan, PlannedItem } from '../../core/plan/index.js';
import { addDays, fromDayNumber, mondayOf, toDayNumber } from '../../core/plan/index.js';
import type { Roadmap } from '../../core/model/types.js';

export interface TimelineBar {
  id: string;
  name: string;
  start: string;
  finish: string;
  /** Share of the hours done, 0–100. */
  progress: number;
  tone: 'ok' | 'risk' | 'late' | 'overrun';
  /** For a track: how many planned items it holds. */
  items: number;
  dependsOn: string[];
}

export interface WeekLoad {
  week: string;
  booked: number;
  capacity: number;
  pastHorizon: boolean;
}

export interface TimelineView {
  today: string;
  start: string;
  horizon: string | null;
  hoursPerWeek: number;
  verdict: Verdict;
  /** One bar per track, in order of first planned day. */
  tracks: TimelineBar[];
  weeks: WeekLoad[];
  late: { id: string; title: string; why: string }[];
  lateCount: number;
  suggestions: string[];
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

function toneOf(p: Pick<PlannedItem, 'late' | 'atRisk' | 'overrun'>): TimelineBar['tone'] {
  return p.late ? 'late' : p.atRisk ? 'risk' : p.overrun ? 'overrun' : 'ok';
}

function weekLoads(plan: Plan): WeekLoad[] {
  const weeks = new Map<string, WeekLoad>();
  for (const d of plan.days) {
    const w = fromDayNumber(mondayOf(toDayNumber(d.date)));
    const e = weeks.get(w) ?? { week: w, booked: 0, capacity: 0, pastHorizon: false };
    e.capacity += d.capacityMinutes / 60;
    e.booked += d.blocks.reduce((a, b) => a + b.minutes, 0) / 60;
    if (plan.settings.deadline && d.date > plan.settings.deadline && d.blocks.length) e.pastHorizon = true;
    weeks.set(w, e);
  }
  return [...weeks.values()]
    .filter((w) => w.booked > 0 || w.week <= (plan.settings.deadline ?? w.week))
    .map((w) => ({ ...w, booked: r1(w.booked), capacity: r1(w.capacity) }));
}

/** The planned items of each track, by track name. */
export function plannedByTrack(roadmap: Roadmap, plan: Plan): Map<string, PlannedItem[]> {
  const byId = new Map(roadmap.items.map((i) => [i.id, i]));
  const name = trackNamer(roadmap.items);
  const out = new Map<string, PlannedItem[]>();
  for (const p of plan.items) {
    const item = byId.get(p.id);
    if (!item || !p.start || !p.finish) continue;
    const t = name(item);
    const list = out.get(t);
    if (list) list.push(p);
    else out.set(t, [p]);
  }
  return out;
}

/** Bars for a track's items, by start day. */
export function itemBars(items: readonly PlannedItem[]): TimelineBar[] {
  const ids = new Set(items.map((p) => p.id));
  return [...items].sort((a, b) => a.start!.localeCompare(b.start!)).map((p) => ({
    id: p.id, name: p.title, start: p.start!, finish: p.finish!,
    progress: p.totalMinutes > 0 ? Math.round((1 - p.remainingMinutes / p.totalMinutes) * 100) : 0,
    tone: toneOf(p), items: 1, dependsOn: p.dependsOn.filter((d) => ids.has(d)),
  }));
}

export function buildTimeline(roadmap: Roadmap, plan: Plan, today: string, verdict: Verdict): TimelineView {
  const tracks: TimelineBar[] = [];
  for (const [name, items] of plannedByTrack(roadmap, plan)) {
    let total = 0;
    let left = 0;
    let start = items[0]!.start!;
    let finish = items[0]!.finish!;
    for (const p of items) {
      total += p.totalMinutes;
      left += p.remainingMinutes;
      if (p.start! < start) start = p.start!;
      if (p.finish! > finish) finish = p.finish!;
    }
    const tone = items.some((p) => p.late) ? 'late' : items.some((p) => p.atRisk) ? 'risk' : 'ok';
    tracks.push({ id: name, name, start, finish, progress: total > 0 ? Math.round((1 - left / total) * 100) : 0, tone, items: items.length, dependsOn: [] });
  }
  tracks.sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name));
  const late = plan.items.filter((p) => p.late || p.unscheduledMinutes > 0);
  return {
    today,
    start: plan.settings.start,
    horizon: plan.settings.deadline,
    hoursPerWeek: r1(plan.settings.weekMinutes.reduce((a, b) => a + b, 0) / 60),
    verdict,
    tracks,
    weeks: weekLoads(plan),
    late: late.slice(0, 50).map((p) => ({
      id: p.id, title: p.title,
      why: p.late ? `${p.late.days} day${p.late.days === 1 ? '' : 's'} late: ${p.late.why}` : `${r1(p.unscheduledMinutes / 60)} h found no day`,
    })),
    lateCount: late.length,
    // The verdict already names the finish and the hours to add; of the planner's own levers
    // only those it does not name (optional items, pins) are offered, so no two dates disagree.
    suggestions: plan.fit.suggestions.filter((s) => s.kind === 'drop-optional' || s.kind === 'unpin').map((s) => s.text),
  };
}

/** The last day the timeline's axis must reach: the plan's last bar or the forecast finish. */
export function axisEnd(view: Pick<TimelineView, 'tracks' | 'verdict' | 'horizon' | 'today'>): string {
  let end = view.today;
  for (const t of view.tracks) if (t.finish > end) end = t.finish;
  if (view.verdict.finish && view.verdict.finish > end) end = view.verdict.finish;
  if (view.horizon && view.horizon > end) end = view.horizon;
  return addDays(end, 0);
}
