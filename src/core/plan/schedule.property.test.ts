// Properties of every plan, over random roadmaps and capacities: no day over capacity, nothing
// before what it waits for, pins kept, every planned minute booked, and stability under progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { planItems, resolveSettings, type Plan, type PlanConfig } from './index.js';
import { buildGraph } from './order.js';
import { addDays } from './dates.js';
import { item } from '../../../test/plan/make-item.js';
import type { Item } from '../model/types.js';

const TODAY = '2026-11-23';

const arbItems: fc.Arbitrary<Item[]> = fc
  .array(
    fc.record({
      quarters: fc.integer({ min: 0, max: 48 }),
      deps: fc.array(fc.nat(), { maxLength: 3 }),
      optional: fc.boolean(),
      priority: fc.integer({ min: 0, max: 5 }),
      due: fc.option(fc.integer({ min: 0, max: 60 }), { freq: 4 }),
      pin: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 6 }),
      status: fc.constantFrom('todo', 'todo', 'todo', 'doing', 'done'),
      progress: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 4 }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((rows) =>
    rows.map((r, i) =>
      item(`i${i}`, {
        hours: r.quarters / 4,
        // Dependencies point to earlier items only: the notes' graph is acyclic here.
        dependsOn: i === 0 ? [] : [...new Set(r.deps.map((d) => `i${d % i}`))],
        optional: r.optional,
        priority: r.priority,
        status: r.status as Item['status'],
        progress: r.progress === null ? null : { done: r.progress, total: 10, unit: 'chapter' },
        dates: { ...(r.due === null ? {} : { due: addDays(TODAY, r.due) }), ...(r.pin === null ? {} : { scheduled: addDays(TODAY, r.pin) }) },
      }),
    ),
  );

const arbConfig: fc.Arbitrary<PlanConfig> = fc.record({
  hoursPerDay: fc.record({ mon: fc.integer({ min: 0, max: 8 }), tue: fc.integer({ min: 0, max: 8 }), wed: fc.integer({ min: 0, max: 8 }), sat: fc.integer({ min: 0, max: 8 }) }),
  minBlockMinutes: fc.constantFrom(15, 30, 45),
  maxItemsPerDay: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  maxHoursPerItemPerDay: fc.constantFrom(1, 2, 4, 8),
  daysOff: fc.constantFrom<string[]>([], ['2026-11-24'], ['2026-11-30..2026-12-06']),
  deadline: fc.constantFrom(undefined, '2026-12-20'),
}).map((c) => ({ ...c, hoursPerDay: { ...c.hoursPerDay, mon: Math.max(1, c.hoursPerDay.mon) } }));

const plan = (items: Item[], config: PlanConfig): Plan => planItems(items, resolveSettings({ today: TODAY, config }), { suggest: false });
const RUNS = { numRuns: 300 };

void test('no day is booked beyond its capacity or its item limit', () => {
  fc.assert(fc.property(arbItems, arbConfig, (items, config) => {
    const p = plan(items, config);
    for (const d of p.days) {
      assert.ok(d.blocks.reduce((a, b) => a + b.minutes, 0) <= d.capacityMinutes, d.date);
      const limit = config.maxItemsPerDay ?? Math.max(3, Math.ceil(d.capacityMinutes / 60));
      assert.ok(new Set(d.blocks.map((b) => b.itemId)).size <= limit);
      assert.equal(new Set(d.blocks.map((b) => b.itemId)).size, d.blocks.length, 'one sitting per item per day');
    }
  }), RUNS);
});

void test('total booked equals total planned, and short blocks are only tails', () => {
  fc.assert(fc.property(arbItems, arbConfig, (items, config) => {
    const p = plan(items, config);
    const booked = p.days.reduce((a, d) => a + d.blocks.reduce((x, b) => x + b.minutes, 0), 0);
    assert.equal(booked, p.totals.bookedMinutes);
    assert.equal(booked + p.totals.unscheduledMinutes, p.items.reduce((a, x) => a + x.remainingMinutes, 0));
    for (const x of p.items) assert.equal(x.bookedMinutes + x.unscheduledMinutes, x.remainingMinutes, x.id);
    const last = new Map<string, number>();
    for (const d of p.days) for (const b of d.blocks) last.set(b.itemId, b.seq);
    for (const d of p.days) for (const b of d.blocks) {
      assert.ok(b.minutes >= config.minBlockMinutes! || b.seq === last.get(b.itemId), `${b.itemId} ${b.minutes} min`);
    }
  }), RUNS);
});

void test('no item starts before what it depends on is finished', () => {
  fc.assert(fc.property(arbItems, arbConfig, (items, config) => {
    const p = plan(items, config);
    const pos = new Map<string, [string, number][]>();
    for (const d of p.days) d.blocks.forEach((b, k) => pos.set(b.itemId, [...(pos.get(b.itemId) ?? []), [d.date, k]]));
    const byId = new Map(p.items.map((x) => [x.id, x]));
    for (const x of p.items) {
      const mine = pos.get(x.id);
      if (!mine || x.pinned) continue; // a pin is kept even before its dependencies (and reported)
      const [firstDay, firstK] = mine[0]!;
      for (const depId of x.dependsOn) {
        const theirs = pos.get(depId);
        if (!theirs) continue;
        const [lastDay, lastK] = theirs[theirs.length - 1]!;
        assert.equal(byId.get(depId)!.unscheduledMinutes, 0);
        assert.ok(lastDay < firstDay || (lastDay === firstDay && lastK < firstK), `${depId} before ${x.id}`);
      }
    }
  }), RUNS);
});

void test('pinned items start on their pinned day unless it is full or has no hours', () => {
  fc.assert(fc.property(arbItems, arbConfig, (items, config) => {
    const p = plan(items, config);
    const pinned = new Set(p.items.filter((x) => x.pinned).map((x) => x.id));
    for (const x of p.items) {
      if (!x.pinned || !x.start) continue;
      assert.ok(x.start >= x.pinned, `${x.id} starts ${x.start}, pinned ${x.pinned}`);
      const day = p.days.find((d) => d.date === x.pinned);
      // Another pinned item on the day (its own pin, or spilled over from an earlier one) may take the room.
      const alone = !day?.blocks.some((b) => b.itemId !== x.id && pinned.has(b.itemId));
      if (alone && day && day.capacityMinutes >= Math.max(config.minBlockMinutes!, x.remainingMinutes)) assert.equal(x.start, x.pinned, x.id);
    }
  }), RUNS);
});

void test('deterministic, and progress on one item never moves what was booked before it', () => {
  fc.assert(fc.property(arbItems, arbConfig, fc.nat(), (items, config, pick) => {
    const before = plan(items, config);
    assert.deepEqual(plan(items, config), before);
    const open = items.filter((x) => x.status !== 'done' && !x.dates.scheduled);
    if (open.length === 0) return;
    const target = open[pick % open.length]!;
    const changed = items.map((x) => (x === target ? { ...x, progress: { done: 9, total: 10, unit: 'chapter' } } : x));
    const after = plan(changed, config);
    const g = buildGraph(items);
    const rankOf = new Map(g.order.map((i, r) => [g.items[i]!.id, r]));
    const cut = rankOf.get(target.id)!;
    const sittings = (pl: Plan, id: string) => pl.days.flatMap((d) => d.blocks.filter((b) => b.itemId === id).map((b) => `${b.date} ${b.minutes}`));
    for (const x of g.items) {
      if (x.dates.scheduled || rankOf.get(x.id)! < cut) assert.deepEqual(sittings(after, x.id), sittings(before, x.id), x.id);
    }
  }), RUNS);
});
