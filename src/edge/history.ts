// The numbers from the history for a loaded roadmap: what `waymark stats` shows and the
// lines `waymark status` adds once there is history.
import { computeStats, type Stats } from '../core/metrics/index.js';
import type { Item, Roadmap } from '../core/model/types.js';
import { resolveSettings, resolveWork } from '../core/plan/index.js';
import type { TrackStore } from '../store/index.js';

/** Hours of work each item stands for, as the planner counts them (children carry a parent). */
export function workHours(roadmap: Roadmap, today: string): (item: Item) => number {
  const settings = resolveSettings({ today, budget: roadmap.budget });
  const work = resolveWork(roadmap.items, settings);
  return (item) => {
    const w = work.get(item.id);
    if (!w || w.container || w.coveredBy || item.kind === 'skill') return 0;
    return w.totalMinutes / 60;
  };
}

/** Every stat for the roadmap as read now, from the workspace's history. */
export async function statsFor(roadmap: Roadmap, store: TrackStore, today: string): Promise<Stats> {
  const files = new Set(roadmap.sources.map((s) => s.path));
  const events = (await store.events()).filter((e) => files.has(e.file));
  const states = await store.itemStates();
  return computeStats({ items: roadmap.items, hours: workHours(roadmap, today), events, states, budget: roadmap.budget, today });
}

export interface HistorySummary {
  hoursLogged: number;
  hoursLoggedThisWeek: number;
  itemsDoneThisWeek: number;
  streak: number;
  forecast: Stats['forecast'];
}

/**
 * Time logged and the forecast, for `waymark status`; null while there is no history yet.
 * @example const h = await summarizeHistory(roadmap, store, '2026-11-22'); if (h) show(h.forecast.finish)
 */
export async function summarizeHistory(roadmap: Roadmap, store: TrackStore, today: string): Promise<HistorySummary | null> {
  const stats = await statsFor(roadmap, store, today);
  if (stats.events === 0) return null;
  const week = stats.velocity.at(-1)!;
  return {
    hoursLogged: stats.hoursLogged, hoursLoggedThisWeek: week.hoursLogged, itemsDoneThisWeek: week.itemsDone,
    streak: stats.streak.current, forecast: stats.forecast,
  };
}
