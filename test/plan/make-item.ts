// Builds model Items and Roadmaps for planner tests: only what a test cares about is spelled out.
import { SCHEMA, emptyBudget, type Budget, type Item, type Roadmap } from '../../src/core/model/types.js';

let line = 0;

export function item(id: string, over: Partial<Item> & { hours?: number } = {}): Item {
  const { hours, ...rest } = over;
  line += 1;
  return {
    id,
    title: over.title ?? `Item ${id}`,
    kind: 'task',
    status: 'todo',
    progress: null,
    estimate: hours === undefined ? null : { hours, basis: 'explicit' },
    spentHours: 0,
    links: [],
    path: [],
    parent: null,
    dependsOn: [],
    dates: {},
    tags: [],
    optional: false,
    source: { path: 'notes.md', line, endLine: line },
    mentions: [],
    priority: 2,
    recurrence: null,
    progressLine: null,
    logged: [],
    ...rest,
  };
}

export function roadmap(items: Item[], budget: Partial<Budget> = {}): Roadmap {
  return {
    schema: SCHEMA,
    generatedAt: '2026-11-23T09:00:00Z',
    sources: [{ path: 'notes.md', sha256: '0'.repeat(64), items: items.length }],
    budget: { ...emptyBudget(), ...budget },
    items,
    warnings: [],
  };
}
