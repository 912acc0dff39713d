// The shared numbers: one forecast finish, one horizon, time logged added one way, counts
// per track, and the one verdict sentence every view prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyBudget, type Item } from '../model/types.js';
import { diffDays, resolveSettings, resolveWork } from '../plan/index.js';
import {
  blankEvent, computeStats, doneDates, forecastFinish, historyStart, loggedTime, paceFromHistory, standing, tally, verdict,
  verdictBurndown, MIN_HISTORY_DAYS, type ItemState, type TrackEvent,
} from './index.js';

function item(id: string, hours: number, over: Partial<Item> = {}): Item {
  return {
    id, title: id, kind: 'task', status: 'todo', progress: null, estimate: { hours, basis: 'explicit' }, spentHours: 0, links: [],
    path: ['Plan', 'Track A'], parent: null, dependsOn: [], dates: {}, tags: [], optional: false, source: { path: 'p.md', line: 1, endLine: 1 },
    mentions: [], priority: 2, recurrence: null, progressLine: null, logged: [], ...over,
  };
}
function ev(itemId: string, day: string, over: Partial<TrackEvent>): TrackEvent {
  return { ...blankEvent({ at: `${day}T10:00:00Z`, day, itemId, title: itemId, file: 'p.md', section: '', kind: 'status', origin: 'cli' }), ...over };
}
const NO_PACE = { historyDays: 0, hoursPerWeek: null };
// Friday 4 Dec 2026; 35 h/week Monday to Friday.
const TODAY = '2026-12-04';
const settings = (over: { deadline?: string; hoursPerWeek?: number; weeks?: number } = {}) => resolveSettings({
  today: TODAY,
  config: { hoursPerWeek: over.hoursPerWeek ?? 35, ...(over.deadline ? { deadline: over.deadline } : {}) },
  budget: { ...emptyBudget(), ...(over.weeks ? { weeks: over.weeks } : {}) },
});

void test('forecast finish: the work left spent day by day at the planned hours, weekends and days off empty', () => {
  // 7 h a weekday: 14 h from Friday ends on Monday.
  assert.equal(forecastFinish({ today: TODAY, settings: settings(), remainingHours: 14, pace: NO_PACE }), '2026-12-07');
  const off = { ...settings(), daysOff: ['2026-12-07'] };
  assert.equal(forecastFinish({ today: TODAY, settings: off, remainingHours: 14, pace: NO_PACE }), '2026-12-08');
  assert.equal(forecastFinish({ today: TODAY, settings: settings(), remainingHours: 0, pace: NO_PACE }), TODAY);
  // 1 h a week for 1000 h: longer than the planner looks ahead.
  assert.equal(forecastFinish({ today: TODAY, settings: settings({ hoursPerWeek: 1 }), remainingHours: 1000, pace: NO_PACE }), null);
});

void test('the verdict when behind: how far, at what hours, against which horizon, and what would make it fit', () => {
  const s = settings({ deadline: '2027-01-14' });
  const v = verdict({ today: TODAY, settings: s, remainingHours: 1200, pace: NO_PACE });
  assert.equal(v.state, 'behind');
  assert.equal(v.horizon, '2027-01-14');
  // 1200 h at 7 h a weekday from Fri 4 Dec: 172 weekdays later, 1 Aug 2027.
  assert.equal(v.finish, '2027-08-02');
  assert.equal(v.weeksLate, 28.6);
  // Until 14 Jan: 30 weekdays × 7 h = 210 h fit; 990 h do not, over 6 weeks.
  assert.equal(v.dropHours, 990);
  assert.equal(v.addHoursPerWeek, 165);
  assert.equal(v.sentence, 'Behind by 28.6 weeks: at 35 h/week the work left ends on 2 Aug 2027, after your horizon of 14 Jan 2027. Drop or defer 990 h, or add 165 h/week.');
});

void test('the verdict on track, without a horizon, finished, with no hours, and past the horizon', () => {
  const onTrack = verdict({ today: TODAY, settings: settings({ deadline: '2027-01-14' }), remainingHours: 70, pace: NO_PACE });
  assert.equal(onTrack.state, 'on-track');
  assert.equal(onTrack.sentence, 'On track with 4 weeks to spare: at 35 h/week the work left ends on 17 Dec 2026, before your horizon of 14 Jan 2027.');
  const open = verdict({ today: TODAY, settings: settings(), remainingHours: 70, pace: NO_PACE });
  assert.equal(open.sentence, 'No horizon set: at 35 h/week the work left ends on 17 Dec 2026 (70 h).');
  assert.equal(verdict({ today: TODAY, settings: settings(), remainingHours: 0, pace: NO_PACE }).state, 'finished');
  const none = verdict({ today: TODAY, settings: settings({ hoursPerWeek: 0 }), remainingHours: 10, pace: NO_PACE });
  assert.equal(none.state, 'no-hours');
  assert.equal(none.finish, null);
  const passed = verdict({ today: TODAY, settings: settings({ deadline: '2026-11-20' }), remainingHours: 70, pace: NO_PACE });
  assert.equal(passed.state, 'behind');
  assert.match(passed.sentence, /^Behind: your horizon of 20 Nov 2026 passed 2 weeks ago with 70 h left; at 35 h\/week the work left ends on 17 Dec 2026\. Set a new horizon, or drop or defer 70 h\.$/);
});

void test('work that takes longer than the planner looks ahead is said so, in round hours', () => {
  // 2 h a weekday from Fri 4 Dec to Sun 29 Aug 2027: 191 weekdays, 382 h fit; 38.4 weeks left.
  const v = verdict({ today: TODAY, settings: settings({ deadline: '2027-08-29', hoursPerWeek: 10 }), remainingHours: 22802.8, pace: NO_PACE });
  assert.equal(v.finish, null);
  assert.equal(v.weeksLate, null);
  assert.equal(v.sentence, 'Behind: at 10 h/week the 22,803 h left take more than 10 years, far past your horizon of 29 Aug 2027. Drop or defer 22,421 h, or add 584 h/week.');
});

void test('regression: a forecast from two days of history says so instead of extrapolating to the year 2291', () => {
  const short = verdict({ today: TODAY, settings: settings({ deadline: '2027-01-14' }), remainingHours: 500, pace: { historyDays: 2, hoursPerWeek: 0.01 } });
  assert.equal(short.pace.hoursPerWeek, null);
  assert.match(short.pace.note, /^not enough history yet: 2 days/);
  assert.ok(short.finish! < '2028-01-01', short.finish!);
  const long = verdict({ today: TODAY, settings: settings(), remainingHours: 500, pace: { historyDays: MIN_HISTORY_DAYS + 20, hoursPerWeek: 6.24 } });
  assert.equal(long.pace.hoursPerWeek, 6.2);
  assert.match(long.pace.note, /last 4 weeks: 6\.2 h\/week .*below the 35 h\/week planned/);
});

void test('one horizon: "6 weeks" ends on the day the planner says, in stats too (not a day later)', () => {
  const s = resolveSettings({ today: '2026-11-02', budget: { ...emptyBudget(), start: '2026-11-02', weeks: 2 } });
  assert.equal(s.deadline, '2026-11-15');
  const it = item('a', 10);
  const stats = computeStats({ items: [it], hours: () => 10, events: [], states: new Map(), budget: { ...emptyBudget(), start: '2026-11-02', weeks: 2 }, today: '2026-11-02', horizon: s.deadline });
  assert.equal(stats.deadline, s.deadline);
  const st = standing({ items: [it], settings: s, events: [], pace: NO_PACE });
  assert.equal(st.horizon, s.deadline);
  assert.equal(st.verdict.horizon, s.deadline);
});

void test('time logged: the notes (CLOCK lines) and the history added the same way, and counted as spent', () => {
  const a = item('a', 10, { spentHours: 1.3 });
  const events = [ev('a', TODAY, { kind: 'log', hours: 1.5 }), ev('a', TODAY, { kind: 'status', toStatus: 'doing', fromStatus: 'todo' })];
  assert.deepEqual(loggedTime([a], events), { notesHours: 1.3, historyHours: 1.5, totalHours: 2.8 });
  const st = standing({ items: [a], settings: settings(), events, pace: NO_PACE });
  assert.equal(st.logged.totalHours, 2.8);
  // 10 h of estimate, 2.8 h spent: 7.2 h left.
  assert.equal(st.work.remainingHours, 7.2);
});

void test('totals per track: containers, skills and skipped work are not counted; a child counts in its parent\'s track', () => {
  const items = [
    item('parent', 0, { estimate: null, kind: 'course' }),
    item('c1', 2, { parent: 'parent', status: 'done' }),
    item('c2', 2, { parent: 'parent' }),
    item('skill', 0, { kind: 'skill', estimate: null }),
    item('dropped', 5, { status: 'skipped' }),
    item('b', 3, { path: ['Plan', 'Track B'], status: 'done' }),
  ];
  const t = tally(items, resolveWork(items, settings()));
  assert.deepEqual(t.counts, { todo: 3, doing: 0, done: 2, skipped: 1 });
  assert.deepEqual(t.work, { items: 3, done: 2, totalHours: 7, doneHours: 5, remainingHours: 2, backlogItems: 0 });
  assert.deepEqual(t.tracks, [
    { name: 'Track A', items: 2, done: 1, totalHours: 4, doneHours: 2 },
    { name: 'Track B', items: 1, done: 1, totalHours: 3, doneHours: 3 },
  ]);
});

void test('the pace from the history: days since its first day, estimated hours finished per week', () => {
  const a = item('a', 14);
  const states = new Map<string, ItemState>([['a', {
    itemId: 'a', file: 'p.md', title: 'a', section: '', status: 'todo', done: null, total: null, unit: null, firstSeen: '2026-11-02', firstStatus: 'todo', firstDone: null,
  }]]);
  const events = [ev('a', '2026-11-20', { fromStatus: 'todo', toStatus: 'done' })];
  assert.equal(historyStart(events, states), '2026-11-02');
  const stats = computeStats({ items: [{ ...a, status: 'done' }], hours: () => 14, events, states, budget: emptyBudget(), today: TODAY, horizon: null });
  const pace = paceFromHistory(stats.velocity, '2026-11-02', TODAY);
  assert.equal(pace.historyDays, 33);
  // 14 h finished over the four weeks shown (9 Nov to 4 Dec, 26 days): 3.8 h/week.
  assert.equal(pace.hoursPerWeek, 3.8);
  assert.deepEqual(paceFromHistory(stats.velocity, null, TODAY), NO_PACE);
});

void test('done dates from the history: the last time an item was marked done; put back, it has none', () => {
  const d = doneDates([
    ev('a', '2026-11-20', { toStatus: 'done' }),
    ev('b', '2026-11-21', { toStatus: 'done' }),
    ev('b', '2026-11-22', { toStatus: 'todo' }),
    ev('c', '2026-11-23', { toStatus: 'done' }),
    ev('c', '2026-11-25', { toStatus: 'done' }),
  ]);
  assert.deepEqual([...d], [['a', '2026-11-20'], ['c', '2026-11-25']]);
});

void test('the burndown\'s forecast line is the verdict\'s: it reaches zero on the forecast finish', () => {
  const v = verdict({ today: TODAY, settings: settings(), remainingHours: 70, pace: NO_PACE });
  const pts = [TODAY, '2026-12-10', v.finish!, '2026-12-20'].map((day) => ({ day, remaining: null, planned: null, forecast: 99 }));
  const out = verdictBurndown([{ day: '2026-12-01', remaining: 80, planned: null, forecast: null }, ...pts], v, TODAY);
  assert.deepEqual(out.map((p) => p.forecast), [null, 70, 37.7, 0, 0]);
});

void test('burndown past the horizon: the series goes on to the forecast finish at its own step, the forecast reaching zero there', () => {
  // 1200 h at 35 h/week from Fri 4 Dec: finish 2 Aug 2027, long after the 14 Jan horizon.
  const v = verdict({ today: TODAY, settings: settings({ deadline: '2027-01-14' }), remainingHours: 1200, pace: NO_PACE });
  const days = ['2026-11-30', '2026-12-02', TODAY, '2026-12-06', '2027-01-14'];
  const pts = days.map((day) => ({ day, remaining: day <= TODAY ? 1200 : null, planned: 10, forecast: null }));
  const out = verdictBurndown(pts, v, TODAY);
  assert.deepEqual(out.slice(0, 5).map((p) => p.day), days, 'the days drawn before stay as they were');
  assert.equal(out.at(-1)!.day, '2027-08-02');
  assert.equal(out.at(-1)!.forecast, 0);
  const added = out.slice(5);
  assert.equal(added[0]!.day, '2027-01-16', 'two days on, the series\' step');
  assert.ok(added.every((p, i) => i === 0 || diffDays(added[i - 1]!.day, p.day) <= 2));
  assert.ok(added.every((p) => p.remaining === null && p.planned === null));
  const f = added.map((p) => p.forecast!);
  assert.ok(f.every((x, i) => i === 0 || x <= f[i - 1]!), 'the forecast only goes down');
  assert.ok(f[0]! > 0 && f[0]! < 1200);
  // Finishing before the last day drawn adds nothing.
  const early = verdict({ today: TODAY, settings: settings({ deadline: '2027-01-14' }), remainingHours: 70, pace: NO_PACE });
  assert.equal(verdictBurndown(pts, early, TODAY).length, pts.length);
});

void test('backlog: counted as an item, kept out of the hours and the forecast, and said so', () => {
  const items = [item('a', 4), item('someday', 0, { estimate: null })];
  const work = resolveWork(items, settings());
  work.set('someday', { ...work.get('someday')!, totalMinutes: 600, remainingMinutes: 600, backlog: true });
  const t = tally(items, work);
  assert.deepEqual(t.work, { items: 2, done: 0, totalHours: 4, doneHours: 0, remainingHours: 4, backlogItems: 1 });
  const st = standing({ items, settings: settings(), events: [], pace: NO_PACE }, work);
  assert.equal(st.verdict.remainingHours, 4);
  assert.match(st.verdict.backlog!, /^1 item waits in the backlog/);
});
