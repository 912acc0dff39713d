// The overview's figures: this week's blocks, next up, hours and the verdict.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planItems, resolveSettings } from '../../src/core/plan/index.js';
import { emptyBudget, SCHEMA, type Item, type Roadmap } from '../../src/core/model/types.js';
import { buildOverview } from '../../src/server/views/overview.js';

function item(id: string, hours: number, status: Item['status'] = 'todo'): Item {
  return {
    id, title: `Item ${id}`, kind: 'task', status, progress: null, estimate: { hours, basis: 'explicit' }, spentHours: 0, links: [],
    path: ['Track'], parent: null, dependsOn: [], dates: {}, tags: [], optional: false, source: { path: 'a.md', line: 1, endLine: 1 },
    mentions: [], priority: 2, recurrence: null, progressLine: null, logged: [],
  };
}

void describe('views', () => {
  const today = '2026-11-23';
  const roadmap: Roadmap = { schema: SCHEMA, generatedAt: '', sources: [], budget: emptyBudget(), items: [item('a', 4, 'done'), item('b', 6, 'done'), item('c', 10)], warnings: [] };
  const settings = resolveSettings({ today, config: { hoursPerWeek: 10 } });
  const plan = planItems(roadmap.items, settings);

  void it("overview: this week's blocks Monday to Sunday, and the verdict", () => {
    const o = buildOverview(roadmap, plan, today);
    assert.equal(o.week.from, '2026-11-23');
    assert.equal(o.week.to, '2026-11-29');
    assert.equal(o.week.bookedHours, 10);
    assert.deepEqual(o.nextUp.map((i) => i.id), ['c']);
    assert.equal(o.verdict.state, 'no-horizon');
    assert.equal(o.verdict.finish, '2026-11-27');
    assert.deepEqual([o.work.items, o.work.done], [3, 2]);
    assert.equal(o.hours.remainingHours, 10);
  });
});
