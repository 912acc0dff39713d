import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planItems, resolveSettings, type Plan, type PlanConfig } from './index.js';
import { item } from '../../../test/plan/make-item.js';
import type { Item } from '../model/types.js';

const TODAY = '2026-11-23'; // a Monday

function plan(items: Item[], config: PlanConfig = {}): Plan {
  return planItems(items, resolveSettings({ today: TODAY, config: { hoursPerWeek: 10, breakMinutes: 0, ...config } }));
}
const blocks = (p: Plan) => p.days.flatMap((d) => d.blocks.map((b) => `${b.date} ${b.start} ${b.itemId} ${b.minutes}`));
const finish = (p: Plan, id: string) => p.items.find((x) => x.id === id)!.finish;

void test('books items in list order into each day, no day over its hours', () => {
  const p = plan([item('a', { hours: 3 }), item('b', { hours: 1 })]);
  assert.deepEqual(blocks(p), ['2026-11-23 09:00 a 120', '2026-11-24 09:00 a 60', '2026-11-24 10:00 b 60']);
  assert.equal(p.totals.bookedMinutes, 240);
  assert.equal(p.fit.fits, true);
});

void test('a late day start moves earlier rather than run past midnight', () => {
  const p = plan([item('a', { hours: 3 }), item('b', { hours: 2 })], { hoursPerDay: { mon: 5 }, dayStart: '21:00', breakMinutes: 30 });
  assert.deepEqual(p.days[0]!.blocks.map((b) => b.start), ['18:30', '22:00']);
});

void test('weekends and days off get nothing', () => {
  const p = plan([item('a', { hours: 6 })], { daysOff: ['2026-11-24..2026-11-25'] });
  assert.deepEqual(p.days.filter((d) => d.blocks.length).map((d) => d.date), ['2026-11-23', '2026-11-26', '2026-11-27']);
});

void test('an item waits for what it depends on, even when listed first', () => {
  const p = plan([item('b', { hours: 2, dependsOn: ['a'] }), item('a', { hours: 2 })]);
  assert.deepEqual(blocks(p), ['2026-11-23 09:00 a 120', '2026-11-24 09:00 b 120']);
});

void test('a dependency on a done item is already met', () => {
  const p = plan([item('a', { hours: 2, status: 'done' }), item('b', { hours: 2, dependsOn: ['a'] })]);
  assert.deepEqual(blocks(p), ['2026-11-23 09:00 b 120']);
});

void test('optional items go last, higher priority first', () => {
  const p = plan([item('o', { hours: 2, optional: true }), item('n', { hours: 2 }), item('h', { hours: 2, priority: 4 })]);
  assert.deepEqual(p.days.map((d) => d.blocks[0]!.itemId), ['h', 'n', 'o']);
});

void test('a due date pulls an item, and what it waits for, ahead of the list', () => {
  const p = plan([item('x', { hours: 4 }), item('pre', { hours: 2 }), item('d', { hours: 2, dependsOn: ['pre'], dates: { due: '2026-11-24' } })]);
  assert.deepEqual(p.days.slice(0, 2).map((d) => d.blocks[0]!.itemId), ['pre', 'd']);
  assert.equal(p.items.find((x) => x.id === 'd')!.late, null);
});

void test('a pinned item is booked on its date and nothing moves it', () => {
  const p = plan([item('a', { hours: 6 }), item('pin', { hours: 1, dates: { scheduled: '2026-11-25' } })]);
  const wed = p.days.find((d) => d.date === '2026-11-25')!;
  assert.deepEqual(wed.blocks.map((b) => `${b.itemId} ${b.minutes}`), ['pin 60', 'a 60']);
  assert.equal(finish(p, 'pin'), '2026-11-25');
  assert.equal(finish(p, 'a'), '2026-11-26');
});

void test('blocks are never shorter than the minimum, except a short item itself', () => {
  const p = plan([item('a', { hours: 1.75 }), item('b', { hours: 0.25 })], { hoursPerWeek: 5 });
  for (const d of p.days) for (const b of d.blocks) assert.ok(b.minutes >= 30 || b.itemId === 'b', `${b.itemId} ${b.minutes}`);
  assert.equal(p.totals.bookedMinutes, 120);
});

void test('a day holds at most maxItemsPerDay distinct items', () => {
  const items = ['a', 'b', 'c', 'd'].map((id) => item(id, { hours: 0.5 }));
  const p = plan(items, { maxItemsPerDay: 2 });
  assert.deepEqual(p.days.map((d) => d.blocks.length), [2, 2]);
});

void test('long items spread over days, at most maxHoursPerItemPerDay each day', () => {
  const p = plan([item('a', { hours: 10 }), item('b', { hours: 2 })], { hoursPerWeek: 30, maxHoursPerItemPerDay: 4 });
  assert.deepEqual(blocks(p), ['2026-11-23 09:00 a 240', '2026-11-23 13:00 b 120', '2026-11-24 09:00 a 240', '2026-11-25 09:00 a 120']);
});

void test('remaining work counts progress and logged time', () => {
  const p = plan([
    item('half', { hours: 4, progress: { done: 5, total: 10, unit: 'lecture' } }),
    item('logged', { hours: 4, spentHours: 3 }),
    item('over', { hours: 1, spentHours: 3, status: 'doing' }),
  ]);
  const left = Object.fromEntries(p.items.map((x) => [x.id, x.remainingMinutes]));
  assert.deepEqual(left, { half: 120, logged: 60, over: 30 });
  assert.equal(p.items.find((x) => x.id === 'over')!.overrun, true);
});

void test('estimates: explicit, then the configured kind default; an unestimated, undated, unstarted item is backlog', () => {
  const p = plan([
    item('book', { kind: 'book' }), item('vid', { kind: 'video', estimate: { hours: 9, basis: 'default' } }), item('skill', { kind: 'skill', hours: 5 }),
    item('reading', { kind: 'book', status: 'doing' }), item('dated', { kind: 'paper', dates: { due: '2026-12-20' } }),
  ], { defaultHours: { video: 2 } });
  const left = Object.fromEntries(p.items.map((x) => [x.id, [x.remainingMinutes, x.basis]]));
  assert.deepEqual(left, { vid: [120, 'default'], skill: [0, 'explicit'], reading: [900, 'default'], dated: [180, 'default'] });
  assert.deepEqual(p.backlog.map((b) => [b.id, b.guessMinutes]), [['book', 900]]);
  // Something waiting for it makes it work to plan.
  const awaited = plan([item('book', { kind: 'book' }), item('after', { hours: 1, dependsOn: ['book'] })]);
  assert.deepEqual(awaited.backlog, []);
});

void test('a parent with a guessed estimate is carried by its children', () => {
  const p = plan([item('p', { kind: 'course' }), item('c1', { hours: 1, parent: 'p' }), item('c2', { hours: 1, parent: 'p' })]);
  assert.equal(p.totals.plannedMinutes, 120);
});

void test('a milestone is reached when the work before it in its section is done', () => {
  const p = plan([
    item('w1', { hours: 2, path: ['Week 1'] }), item('w1b', { hours: 2, path: ['Week 1'] }),
    item('m', { kind: 'milestone', path: ['Week 1', 'Success criteria'] }),
  ]);
  assert.equal(finish(p, 'm'), '2026-11-24');
});

void test('says what is late, why, and what would make it fit', () => {
  const p = plan([item('a', { hours: 10 }), item('o', { hours: 4, optional: true }), item('d', { hours: 2, dates: { due: '2026-11-23' }, dependsOn: ['a'] })], { deadline: '2026-12-04' });
  const d = p.items.find((x) => x.id === 'd')!;
  assert.equal(d.late?.against, 'due');
  assert.match(d.late.why, /waits for "Item a"/);
  assert.equal(p.fit.fits, false);
  const cycle = plan([item('x', { hours: 1, dependsOn: ['y'] }), item('y', { hours: 1, dependsOn: ['x'] })]);
  assert.equal(cycle.warnings[0]?.code, 'dependency-cycle');
  assert.equal(cycle.totals.bookedMinutes, 120);
});

void test('a deadline that has passed makes everything late, and says so', () => {
  const p = planItems([item('a', { hours: 1 })], resolveSettings({ today: TODAY, budget: { hoursPerWeek: 10, weeks: 2, totalHours: null, start: '2026-10-01', deadline: null, source: null } }));
  assert.equal(p.settings.deadline, '2026-10-14');
  assert.equal(p.items[0]!.late?.why, 'the deadline (2026-10-14) is already past');
});

void test('fit suggestions are checked by planning again', () => {
  const p = plan([item('a', { hours: 16 }), item('o', { hours: 8, optional: true })], { deadline: '2026-12-04' });
  assert.deepEqual(p.fit.suggestions.map((s) => s.text), [
    'drop the 1 optional item, 8 h',
    'add 2 h/week (10 → 12 h/week)',
    'move the deadline to 2026-12-08',
  ]);
});

void test('the same inputs give the same plan', () => {
  const items = [item('a', { hours: 3 }), item('b', { hours: 5, dependsOn: ['a'] }), item('c', { hours: 2, priority: 3 })];
  assert.deepEqual(plan(items), plan(items));
});
