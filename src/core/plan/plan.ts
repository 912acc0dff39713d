// The planner's entry: a roadmap's items and resolved settings in, a Plan out. Pure and
// deterministic: the same items, settings and `today` always give the same plan.
import type { Item } from '../model/types.js';
import { analyse, type Analysis } from './analyse.js';
import { resolveWork } from './estimates.js';
import { suggestFit } from './fit.js';
import { buildGraph } from './order.js';
import { book } from './schedule.js';
import type { PlanSettings } from './settings.js';
import { PLAN_SCHEMA, type Plan } from './types.js';

export interface PlanOptions {
  /** Work out what would make a late plan fit (re-plans a few times). Default true. */
  suggest?: boolean;
}

/**
 * Plans the open items into the capacity the settings describe.
 * @example planItems(roadmap.items, resolveSettings({ today: '2026-11-23', budget: roadmap.budget }))
 */
export function planItems(items: Item[], settings: PlanSettings, options: PlanOptions = {}): Plan {
  const a = run(items, settings);
  const fits = a.totals.lateItems === 0 && a.totals.unscheduledMinutes === 0;
  const suggestions = fits || options.suggest === false ? [] : suggestFit(items, settings, a, (xs, s) => run(xs, s).totals);
  return {
    schema: PLAN_SCHEMA,
    today: settings.today,
    settings,
    days: a.days,
    items: a.items,
    totals: a.totals,
    fit: { fits, suggestions },
    warnings: a.warnings,
  };
}

function run(items: Item[], settings: PlanSettings): Analysis {
  const workById = resolveWork(items, settings);
  const covered = new Map<string, string[]>();
  for (const [id, w] of workById) if (w.coveredBy) covered.set(id, w.coveredBy);
  const graph = buildGraph(items, covered);
  const work = graph.items.map((it) => workById.get(it.id)!);
  const remaining = Int32Array.from(work, (w) => w.remainingMinutes);
  return analyse(graph, work, book(graph, remaining, settings), settings);
}
