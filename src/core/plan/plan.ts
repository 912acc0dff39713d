// The planner's entry: a roadmap's items and resolved settings in, a Plan out. Pure and
// deterministic: the same items, settings and `today` always give the same plan.
import type { Item } from '../model/types.js';
import { analyse, lateness } from './analyse.js';
import { resolveWork, type Work } from './estimates.js';
import { suggestFit } from './fit.js';
import { buildGraph, type WorkGraph } from './order.js';
import { addDays, fromDayNumber, toDayNumber } from './dates.js';
import { book } from './schedule.js';
import type { PlanSettings } from './settings.js';
import { scheduleSlots, tracksOf } from './slots.js';
import { PLAN_SCHEMA, type BacklogItem, type Plan } from './types.js';

export interface PlanOptions {
  /** Work out what would make a late plan fit (re-plans a few times). Default true. */
  suggest?: boolean;
}

/** The work graph and what is left on each of its items: what every re-plan shares. */
export interface Prepared {
  graph: WorkGraph;
  work: Work[];
  remaining: Int32Array;
  /** Each graph item's track (see tracksOf). */
  tracks: string[];
  backlog: BacklogItem[];
}

/**
 * The settings a plan of these items runs on, and the items' schedule slots: "6 weeks" of a
 * roadmap whose Week 1 starts next Monday end six weeks from that Monday. Every view takes
 * its horizon from here, so the horizon is one date everywhere.
 */
export function effectiveSettings(items: readonly Item[], given: PlanSettings): { settings: PlanSettings; slots: Map<string, number> } {
  const { slots, begins } = scheduleSlots(items, given.start);
  const settings = begins !== null && given.horizonWeeks && given.origins.deadline === 'notes' && begins > toDayNumber(given.start)
    ? { ...given, deadline: addDays(fromDayNumber(begins), Math.round(given.horizonWeeks * 7) - 1) }
    : given;
  return { settings, slots };
}

/**
 * Plans the open items into the capacity the settings describe.
 * @example planItems(roadmap.items, resolveSettings({ today: '2026-11-23', budget: roadmap.budget }))
 */
export function planItems(items: Item[], given: PlanSettings, options: PlanOptions = {}): Plan {
  const { settings, slots } = effectiveSettings(items, given);
  const p = prepare(items, settings, slots);
  const a = analyse(p.graph, p.work, book(p.graph, p.remaining, settings), settings, p.tracks);
  const fits = a.totals.lateItems === 0 && a.totals.unscheduledMinutes === 0;
  const replan = (remaining: Int32Array, s: PlanSettings, skip?: Uint8Array) => lateness(p.graph, book(p.graph, remaining, s), s, skip);
  const suggestions = fits || options.suggest === false ? [] : suggestFit(p, settings, a, replan);
  return {
    schema: PLAN_SCHEMA,
    today: settings.today,
    settings,
    days: a.days,
    items: a.items,
    backlog: p.backlog,
    totals: a.totals,
    fit: { fits, suggestions },
    warnings: a.warnings,
  };
}

export function prepare(items: Item[], settings: PlanSettings, slots = scheduleSlots(items, settings.start).slots): Prepared {
  const workById = resolveWork(items, settings, slots);
  const trackById = tracksOf(items, slots);
  const sectionById = tracksOf(items, new Map());
  const covered = new Map<string, string[]>();
  const backlog: BacklogItem[] = [];
  const planned: Item[] = [];
  for (const it of items) {
    const w = workById.get(it.id)!;
    if (w.coveredBy) covered.set(it.id, w.coveredBy);
    if (!w.backlog) planned.push(it);
    else backlog.push({ id: it.id, title: it.title, kind: it.kind, track: sectionById.get(it.id)!, guessMinutes: w.totalMinutes, source: { path: it.source.path, line: it.source.line } });
  }
  const graph = buildGraph(planned, covered, slots);
  const work = graph.items.map((it) => workById.get(it.id)!);
  const remaining = Int32Array.from(work, (w) => w.remainingMinutes);
  return { graph, work, remaining, tracks: graph.items.map((it) => trackById.get(it.id)!), backlog };
}
