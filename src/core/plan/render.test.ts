import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planItems, renderPlan, resolveSettings } from './index.js';
import { bar, duration } from './render.js';
import { item } from '../../../test/plan/make-item.js';

const plan = planItems(
  [item('a', { title: 'Read SICP chapter 1', hours: 12 }), item('b', { title: 'Exercises 1.1-1.20', hours: 4, dependsOn: ['a'], dates: { due: '2026-11-27' } })],
  resolveSettings({ today: '2026-11-23', config: { hoursPerWeek: 10, breakMinutes: 0 } }),
);

void test('week headers, day lines, finishes, late items with why, and fit suggestions', () => {
  const text = renderPlan(plan);
  assert.match(text, /^Week 1 · 23 Nov – 29 Nov 2026 {3}██████████ 10\/10 h$/m);
  assert.match(text, /^ {2}Mon 23 Nov {2}09:00 2h {4}Read SICP chapter 1$/m);
  assert.match(text, /^ {2}✗ Exercises 1\.1-1\.20 — 5 days late \(due 2026-11-27, finishes 2026-12-02\)$/m);
  assert.match(text, /why: waits for "Read SICP chapter 1", which finishes 2026-11-30/);
  assert.match(text, /What would make it fit\n {2}• add \d+ h\/week/);
  assert.doesNotMatch(text, /\u001b\[/);
});

void test('--week and --from/--to show only those days', () => {
  const week2 = renderPlan(plan, { week: 2 });
  assert.doesNotMatch(week2, /^Week 1 /m);
  assert.match(week2, /^Week 2 /m);
  const oneDay = renderPlan(plan, { from: '2026-11-24', to: '2026-11-24' });
  assert.deepEqual(oneDay.match(/^ {2}\w{3} +\d+ \w{3} {2}\d\d:\d\d/gm), ['  Tue 24 Nov  09:00']);
});

void test('work that finds no day is listed as not placed, with why', () => {
  const none = planItems([item('a', { title: 'Read SICP', hours: 3 })], resolveSettings({ today: '2026-11-23', config: { hoursPerWeek: 0 } }));
  const text = renderPlan(none);
  assert.match(text, /verdict {3}✗ 3 h not placed/);
  assert.match(text, /Not placed \(1\)\n {2}✗ Read SICP — 3 h and no hours to plan into \(0 h\/week\)/);
  assert.match(text, /• add 3 h\/week \(0 → 3 h\/week\)/);
});

void test('colour only when asked', () => {
  assert.match(renderPlan(plan, { color: true }), /\u001b\[/);
});

void test('bars and durations', () => {
  assert.equal(bar(300, 600), '█████░░░░░');
  assert.equal(bar(0, 0), '░░░░░░░░░░');
  assert.deepEqual([duration(144), duration(45), duration(180)], ['2h24', '45m', '3h']);
});
