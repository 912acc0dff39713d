import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankEvent, computeStats, goalLevel, loggedTime, renderBurndownChart, type ItemState, type TrackEvent } from './index.js';
import { emptyBudget, type Item } from '../model/types.js';

function item(id: string, path: string[], hours: number, status: Item['status'] = 'todo'): Item {
  return {
    id, title: id, kind: 'task', status, progress: null, estimate: { hours, basis: 'explicit' }, spentHours: 0, links: [],
    path, parent: null, dependsOn: [], dates: {}, tags: [], optional: false, source: { path: 'p.md', line: 1, endLine: 1 },
    mentions: [], priority: 2, recurrence: null, progressLine: null, logged: [],
  };
}
function state(i: Item, firstSeen: string): ItemState {
  return { itemId: i.id, file: 'p.md', title: i.title, section: i.path.join(' › '), status: 'todo', done: null, total: null, unit: null, firstSeen, firstStatus: 'todo', firstDone: null };
}
function ev(itemId: string, day: string, over: Partial<TrackEvent>): TrackEvent {
  return { ...blankEvent({ at: `${day}T10:00:00Z`, day, itemId, title: itemId, file: 'p.md', section: '', kind: 'status', origin: 'cli' }), ...over };
}

// Two weeks of 10 h each, planned from Mon 2 Nov to Mon 16 Nov; today is Wed 11 Nov.
const items = [item('a', ['Plan', 'Week 1'], 4, 'done'), item('b', ['Plan', 'Week 1'], 6, 'done'), item('c', ['Plan', 'Week 2'], 10, 'doing')];
const states = new Map(items.map((i) => [i.id, state(i, '2026-11-02')]));
const events = [
  ev('a', '2026-11-03', { fromStatus: 'todo', toStatus: 'done' }),
  ev('a', '2026-11-03', { kind: 'log', hours: 3 }),
  ev('b', '2026-11-05', { fromStatus: 'todo', toStatus: 'done' }),
  ev('b', '2026-11-05', { kind: 'log', hours: 7 }),
  ev('c', '2026-11-10', { kind: 'progress', fromDone: 0, toDone: 5, total: 10, unit: 'lecture' }),
  ev('c', '2026-11-11', { kind: 'log', hours: 5 }),
];
const input = {
  items, hours: (i: Item) => i.estimate?.hours ?? 0, events, states,
  budget: { ...emptyBudget(), start: '2026-11-02', weeks: 2 }, today: '2026-11-11',
};
items[2]!.progress = { done: 5, total: 10, unit: 'lecture' };

void test('burndown: remaining hours per day from the history, against a straight-line plan', () => {
  const s = computeStats(input);
  assert.equal(s.totalHours, 20);
  assert.equal(s.remainingHours, 5);
  assert.equal(s.deadline, '2026-11-16');
  const at = (day: string) => s.burndown.find((p) => p.day === day)!;
  assert.equal(at('2026-11-02').remaining, 20);
  assert.equal(at('2026-11-03').remaining, 16);
  assert.equal(at('2026-11-05').remaining, 10);
  assert.equal(at('2026-11-10').remaining, 5);
  assert.equal(at('2026-11-09').planned, 10);
  assert.equal(at('2026-11-16').planned, 0);
  assert.equal(at('2026-11-16').remaining, null);
});

void test('velocity per week, forecast at that pace, streak, sections and KPIs', () => {
  const s = computeStats(input);
  assert.deepEqual(s.velocity.slice(-2), [
    { week: '2026-11-02', hoursLogged: 10, itemsDone: 2, hoursBurned: 10 },
    { week: '2026-11-09', hoursLogged: 5, itemsDone: 0, hoursBurned: 5 },
  ]);
  // 15 h of work finished over the 10 days of history: 10.5 h/week, so 5 h left take 4 days.
  assert.equal(s.forecast.hoursPerWeek, 10.5);
  assert.equal(s.forecast.finish, '2026-11-15');
  assert.equal(s.forecast.verdict, 'on-track');
  assert.equal(s.forecast.slackDays, -1);
  assert.deepEqual(s.streak, { current: 2, longest: 2, lastActive: '2026-11-11' });
  assert.equal(s.hoursLogged, 15);
  const w1 = s.sections.find((x) => x.section === 'Week 1')!;
  assert.deepEqual([w1.items, w1.done, w1.hoursTotal, w1.hoursDone, w1.hoursLogged], [2, 2, 10, 10, 10]);
  const w2 = s.sections.find((x) => x.section === 'Week 2')!;
  assert.deepEqual([w2.hoursDone, w2.hoursLogged], [5, 5]);
});

void test('no pace yet, and a late forecast, are told as such', () => {
  const none = computeStats({ ...input, events: [], today: '2026-11-02' });
  assert.equal(none.forecast.verdict, 'no-pace');
  const late = computeStats({ ...input, budget: { ...emptyBudget(), start: '2026-11-02', weeks: 1 } });
  assert.equal(late.forecast.verdict, 'late');
  assert.ok(late.forecast.slackDays! > 0);
});

void test('after a pause, the pace is the whole history\'s: a finish date rather than none', () => {
  // Nothing finished in the four weeks before Jan 4; 15 h of work over Nov 2 – Jan 4 before that.
  const paused = computeStats({ ...input, budget: emptyBudget(), today: '2027-01-04' });
  assert.deepEqual(paused.velocity.map((w) => w.hoursBurned), [0, 0, 0, 0]);
  assert.equal(paused.forecast.paceSince, '2026-11-02');
  // 15 h over 64 days: 1.6 h/week; 5 h left take 22 days.
  assert.equal(paused.forecast.hoursPerWeek, 1.6);
  assert.equal(paused.forecast.finish, '2027-01-26');
  assert.equal(computeStats(input).forecast.paceSince, '2026-11-02', 'within the last four weeks: from the start of the history');
});

void test('goal sections are the first level that splits the roadmap', () => {
  assert.equal(goalLevel(items), 2);
  assert.equal(goalLevel([item('x', ['A'], 1), item('y', ['B'], 1)]), 1);
});

void test('the terminal chart: bars for hours left, dots for the plan, dates under the axis', () => {
  const lines = renderBurndownChart(computeStats(input).burndown, { width: 30, height: 6 });
  assert.equal(lines.length, 8);
  assert.match(lines[0]!, /^ {3}20h │█/);
  assert.ok(lines.some((l) => l.includes('•')), 'the plan line is drawn');
  assert.match(lines.at(-1)!, /Nov 2 +Nov 16$/);
});

void test('regression: time logged in the notes (CLOCK lines) counts in stats as in status: in all, in its week and in its section', () => {
  // 'c' has 1.25 h of CLOCK lines in its note on Tue 10 Nov and 0.5 h spent without a date.
  const clocked = items.map((i) => (i.id === 'c' ? { ...i, spentHours: 1.75, logged: [{ date: '2026-11-10', hours: 1.25, line: 3 }, { date: null, hours: 0.5, line: 4 }] } : i));
  const s = computeStats({ ...input, items: clocked });
  assert.equal(s.hoursLogged, loggedTime(clocked, events).totalHours);
  assert.equal(s.hoursLogged, 16.8);
  assert.equal(s.velocity.at(-1)!.hoursLogged, 6.3, 'the week of 9 Nov: 5 h logged and the dated CLOCK line');
  assert.equal(s.velocity.at(-2)!.hoursLogged, 10);
  assert.equal(s.sections.find((x) => x.section === 'Week 2')!.hoursLogged, 6.8);
});
