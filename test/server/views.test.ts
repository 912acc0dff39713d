// The page's derived figures: burndown and velocity from the history, the overview's week.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blankEvent, type TrackEvent } from '../../src/core/metrics/history.js';
import { planItems, resolveSettings, resolveWork } from '../../src/core/plan/index.js';
import { emptyBudget, SCHEMA, type Item, type Roadmap } from '../../src/core/model/types.js';
import { buildOverview } from '../../src/server/views/overview.js';
import { buildProgress } from '../../src/server/views/progress.js';

function item(id: string, hours: number, status: Item['status'] = 'todo'): Item {
  return {
    id, title: `Item ${id}`, kind: 'task', status, progress: null, estimate: { hours, basis: 'explicit' }, spentHours: 0, links: [],
    path: ['Track'], parent: null, dependsOn: [], dates: {}, tags: [], optional: false, source: { path: 'a.md', line: 1, endLine: 1 },
    mentions: [], priority: 2, recurrence: null, progressLine: null, logged: [],
  };
}

function done(id: string, day: string): TrackEvent {
  return { ...blankEvent({ at: `${day}T10:00:00Z`, day, itemId: id, title: id, file: 'a.md', section: 'Track', kind: 'status', origin: 'cli' }), fromStatus: 'todo', toStatus: 'done' };
}

void describe('views', () => {
  const today = '2026-11-23';
  const roadmap: Roadmap = { schema: SCHEMA, generatedAt: '', sources: [], budget: emptyBudget(), items: [item('a', 4, 'done'), item('b', 6, 'done'), item('c', 10)], warnings: [] };
  const settings = resolveSettings({ today, config: { hoursPerWeek: 10 } });
  const plan = planItems(roadmap.items, settings);
  const work = resolveWork(roadmap.items, settings);

  void it('burndown: the actual line adds back what later days finished; the plan falls by booked hours', () => {
    const v = buildProgress(roadmap, plan, work, [done('a', '2026-11-16'), done('b', '2026-11-20')], today);
    const at = (d: string) => v.burndown.find((p) => p.date === d)!;
    assert.equal(at('2026-11-15').actual, 20);
    assert.equal(at('2026-11-16').actual, 16);
    assert.equal(at('2026-11-20').actual, 10);
    assert.equal(at(today).actual, 10);
    assert.equal(at('2026-11-22').planned, 10, 'the plan starts where the actual line is');
    assert.equal(at(today).planned, 8, "less today's booked 2 h");
    assert.equal(v.burndown.at(-1)!.planned, 0);
    assert.equal(at('2026-11-15').planned, null);
  });

  void it('velocity: hours finished per week, eight weeks ending with this one', () => {
    const log = { ...blankEvent({ at: '2026-11-24T10:00:00Z', day: '2026-11-24', itemId: 'c', title: 'c', file: 'a.md', section: 'Track', kind: 'log', origin: 'cli' }), hours: 1.5 };
    const v = buildProgress(roadmap, plan, work, [done('a', '2026-11-16'), done('b', '2026-11-20'), log], today);
    assert.equal(v.velocity.length, 8);
    assert.deepEqual(v.velocity.at(-2), { week: '2026-11-16', finishedHours: 10, loggedHours: 0 });
    assert.deepEqual(v.velocity.at(-1), { week: '2026-11-23', finishedHours: 0, loggedHours: 1.5 });
  });

  void it("overview: this week's blocks Monday to Sunday, and the risk", () => {
    const o = buildOverview(roadmap, plan, today);
    assert.equal(o.week.from, '2026-11-23');
    assert.equal(o.week.to, '2026-11-29');
    assert.equal(o.week.bookedHours, 10);
    assert.deepEqual(o.nextUp.map((i) => i.id), ['c']);
    assert.equal(o.forecast.risk, 'on-track');
    assert.equal(o.hours.remainingHours, 10);
  });
});
