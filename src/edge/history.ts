// The numbers from the history for a loaded roadmap: what `waymark stats` shows and the
// lines `waymark status` adds once there is history.
import { existsSync } from 'node:fs';
import { computeStats, historyStart, paceFromHistory, standing, type PaceInput, type Standing, type Stats } from '../core/metrics/index.js';
import type { TrackEvent } from '../core/metrics/history.js';
import type { Item, Roadmap } from '../core/model/types.js';
import { effectiveSettings, resolveSettings, resolveWork, type PlanSettings } from '../core/plan/index.js';
import { historyError, historyUnreachable, isHistoryFailure, storePath, type TrackStore } from '../store/index.js';
import { openHistory } from './journal.js';
import type { WaymarkConfig } from './config.js';

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

/** The planner's settings for a workspace: waymark.json's `plan` over the notes' budget. Every view plans with these. */
export function settingsFor(roadmap: Roadmap, config: WaymarkConfig, today: string): PlanSettings {
  return planBasisFor(roadmap, config, today).settings;
}

/**
 * settingsFor's settings with the items' schedule slots they were worked out from: the slots
 * `plannedWork` would find again for the same items (they depend on the items and the plan's
 * start alone), so a caller that has them resolves the work without a second pass.
 */
export function planBasisFor(roadmap: Roadmap, config: WaymarkConfig, today: string): { settings: PlanSettings; slots: Map<string, number> } {
  return effectiveSettings(roadmap.items, resolveSettings({ today, budget: roadmap.budget, ...(config.plan ? { config: config.plan } : {}) }));
}

/** Every stat for the roadmap as read now, from the workspace's history; the horizon is the planner's. */
export async function statsFor(roadmap: Roadmap, store: TrackStore, today: string, horizon?: string | null): Promise<Stats> {
  return (await historyFor(roadmap, store, today, horizon)).stats;
}

export interface HistoryFacts {
  /** Events for the notes read (other files' events left out). */
  events: TrackEvent[];
  stats: Stats;
  pace: PaceInput;
  /** The day Waymark first saw each item. */
  firstSeen: Map<string, string>;
}

/** The history's events for these notes, the stats and the pace they show. */
export async function historyFor(roadmap: Roadmap, store: TrackStore, today: string, horizon?: string | null): Promise<HistoryFacts> {
  const files = new Set(roadmap.sources.map((s) => s.path));
  const events = (await store.events()).filter((e) => files.has(e.file));
  const states = await store.itemStarts();
  const stats = computeStats({
    items: roadmap.items, hours: workHours(roadmap, today), events, states, budget: roadmap.budget, today,
    ...(horizon !== undefined ? { horizon } : {}),
  });
  const firstSeen = new Map([...states.values()].map((s) => [s.itemId, s.firstSeen]));
  return { events, stats, pace: paceFromHistory(stats.velocity, historyStart(events, states), today), firstSeen };
}

/**
 * The history's facts when the workspace has a history, without creating one: read-only
 * commands (`status`, `export`, `site`) call this.
 */
export async function existingHistory(
  roadmap: Roadmap, root: string, today: string, horizon: string | null, onUnavailable?: (why: string) => void,
): Promise<HistoryFacts | null> {
  // Reading commands go on without a damaged history, saying why once; opening settles the journal.
  const unavailable = (err: unknown): null => {
    if (!isHistoryFailure(err)) throw err;
    onUnavailable?.(historyError(err, root).message);
    return null;
  };
  const unreachable = historyUnreachable(root);
  if (unreachable) return unavailable(unreachable);
  if (!existsSync(storePath(root))) return null;
  let store: TrackStore;
  try {
    store = openHistory(root);
  } catch (err) {
    return unavailable(err);
  }
  try {
    return await historyFor(roadmap, store, today, horizon);
  } catch (err) {
    return unavailable(err);
  } finally {
    await store.close();
  }
}

/**
 * The shared numbers for a workspace as read now (the history only read, when there is one):
 * what `export` adds as `summary`, counted as `status` and the dashboard count.
 */
export async function workspaceStanding(
  roadmap: Roadmap, root: string, config: WaymarkConfig, today: string, opts: { onlyItems?: boolean; onUnavailable?: (why: string) => void } = {},
): Promise<Standing> {
  const settings = settingsFor(roadmap, config, today);
  const h = await existingHistory(roadmap, root, today, settings.deadline, opts.onUnavailable);
  // A part of the notes (the public roadmap) counts only its own items' history.
  const ids = opts.onlyItems ? new Set(roadmap.items.map((i) => i.id)) : null;
  const events = (h?.events ?? []).filter((e) => ids === null || ids.has(e.itemId));
  return standing({ items: roadmap.items, settings, events, pace: h?.pace ?? { historyDays: 0, hoursPerWeek: null } });
}
