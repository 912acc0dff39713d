import { test } from 'node:test';
import assert from 'node:assert/strict';
import { item } from '../../../test/plan/make-item.js';
import { fromDayNumber } from './dates.js';
import { scheduleSlots, tracksOf } from './slots.js';

const slotsOf = (items: ReturnType<typeof item>[], start: string) =>
  Object.fromEntries([...scheduleSlots(items, start).slots].map(([id, d]) => [id, fromDayNumber(d)]));

void test('weeks and weekdays count from the plan start: this week when its days are still ahead', () => {
  const items = [
    item('w1mon', { path: ['Roadmap', 'Week 1: Basics', 'Monday (4 hours): Storage'] }),
    item('w1fri', { path: ['Roadmap', 'Week 1: Basics', 'Friday (4 hours)'] }),
    item('w2tue', { path: ['Roadmap', '**Week 2: APIs**', 'Tue: caching'] }),
    item('w2', { path: ['Roadmap', 'Week 2 Success Criteria'] }),
    item('res', { path: ['Roadmap', 'Resources'] }),
  ];
  // From Monday 23 Nov: Week 1 is this week.
  assert.deepEqual(slotsOf(items, '2026-11-23'), { w1mon: '2026-11-23', w1fri: '2026-11-27', w2tue: '2026-12-01', w2: '2026-11-30' });
  // From Wednesday 25 Nov, Monday has passed: Week 1 is next week, and starts there.
  assert.deepEqual(slotsOf(items, '2026-11-25'), { w1mon: '2026-11-30', w1fri: '2026-12-04', w2tue: '2026-12-08', w2: '2026-12-07' });
  assert.equal(fromDayNumber(scheduleSlots(items, '2026-11-25').begins!), '2026-11-30');
});

void test('weeks without weekdays, numbered days, months and dated headings', () => {
  const items = [
    item('wk3', { path: ['Plan', 'Week 3'] }),
    item('day12', { path: ['100 days', 'Day 12'] }),
    item('m2', { path: ['Plan', 'Month 2: Projects'] }),
    item('dated', { path: ['Log', '2026-12-10'] }),
    item('past', { path: ['Log', '2026-11-01'] }),
    item('done', { path: ['Plan', 'Week 1'], status: 'done' }),
  ];
  assert.deepEqual(slotsOf(items, '2026-11-25'), { wk3: '2026-12-09', day12: '2026-12-06', m2: '2026-12-25', dated: '2026-12-10' });
});

void test('a due date before the slot wins over the slot', () => {
  const items = [item('a', { path: ['Week 2'], dates: { due: '2026-11-26' } }), item('b', { path: ['Week 2'], dates: { due: '2026-12-20' } })];
  assert.deepEqual(slotsOf(items, '2026-11-23'), { b: '2026-11-30' });
});

void test('tracks: a note with its own schedule is one track; elsewhere the section under the title', () => {
  const items = [
    item('s1', { path: ['Sprint', 'Week 1'], source: { path: 'sprint.md', line: 1, endLine: 1 } }),
    item('s2', { path: ['Sprint', 'Resources'], source: { path: 'sprint.md', line: 2, endLine: 2 } }),
    item('c1', { path: ['State', 'Courses'], source: { path: 'state.txt', line: 1, endLine: 1 } }),
    item('p1', { path: ['State', 'Project ideas'], source: { path: 'state.txt', line: 2, endLine: 2 } }),
  ];
  const { slots } = scheduleSlots(items, '2026-11-23');
  assert.deepEqual(Object.fromEntries(tracksOf(items, slots)), { s1: 'sprint.md', s2: 'sprint.md', c1: 'state.txt › Courses', p1: 'state.txt › Project ideas' });
});
