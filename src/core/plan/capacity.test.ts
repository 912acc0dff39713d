import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DayGrid } from './capacity.js';
import { resolveSettings } from './settings.js';

test('reserved minutes are held back from each week, in proportion to its days', () => {
  const base = resolveSettings({ today: '2026-11-23', config: { hoursPerWeek: 10 } });
  const plain = new DayGrid(base);
  const held = new DayGrid({ ...base, reservedMinutesByWeek: [120, 0, 30] });
  const week = (g: DayGrid, w: number) => g.capacityBetween(w * 7, w * 7 + 6);
  assert.equal(week(plain, 0), 600);
  assert.equal(week(held, 0), 480);
  assert.equal(week(held, 1), 600);
  assert.equal(week(held, 2), 570);
  // Spread over the workdays, not taken from one day.
  assert.ok([0, 1, 2, 3, 4].every((o) => held.capacity[o]! < plain.capacity[o]!));
});

test('a reservation larger than the week takes the week, never below zero', () => {
  const base = resolveSettings({ today: '2026-11-23', config: { hoursPerWeek: 2 } });
  const g = new DayGrid({ ...base, reservedMinutesByWeek: [10_000] });
  assert.equal(g.capacityBetween(0, 6), 0);
  assert.ok([...g.capacity.slice(0, 7)].every((m) => m >= 0));
});
