import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Item } from '../model/types.js';
import type { ItemState } from './history.js';
import { importedPast, type NoteVersion, type PastItem } from './past.js';
import { computeStats } from './stats.js';

function item(id: string, over: Partial<Item> = {}): Item {
  return {
    id, title: id.toUpperCase(), kind: 'task', status: 'todo', progress: null, estimate: { hours: 2, basis: 'explicit' }, spentHours: 0,
    links: [], path: ['Plan'], parent: null, dependsOn: [], dates: {}, tags: [], optional: false,
    source: { path: 'plan.md', line: 1, endLine: 1 }, mentions: [], priority: 2, recurrence: null, progressLine: null, logged: [],
    ...over,
  };
}

const todo: PastItem = { status: 'todo', done: null, total: null, unit: null };
const done: PastItem = { status: 'done', done: null, total: null, unit: null };

function version(day: string, before: Record<string, PastItem> | null, after: Record<string, PastItem> | null, ref = `git ${day}`): NoteVersion {
  return {
    at: `${day}T18:00:00.000Z`, day, ref, file: 'plan.md',
    before: before ? new Map(Object.entries(before)) : null, after: after ? new Map(Object.entries(after)) : null,
  };
}

function seenToday(items: Item[], today: string): Map<string, ItemState> {
  return new Map(items.map((i) => [i.id, {
    itemId: i.id, file: i.source.path, title: i.title, section: 'Plan', status: i.status, done: i.progress?.done ?? null,
    total: i.progress?.total ?? null, unit: i.progress?.unit ?? null, firstSeen: today, firstStatus: i.status, firstDone: i.progress?.done ?? null,
  }]));
}

void test('boxes ticked in three commits over three weeks become three done events on their days', () => {
  const items = ['a', 'b', 'c', 'd'].map((id) => item(id, { status: id === 'd' ? 'todo' : 'done' }));
  const versions = [
    version('2026-10-26', null, { a: todo, b: todo, c: todo, d: todo }),
    version('2026-11-02', { a: todo, b: todo, c: todo, d: todo }, { a: done, b: todo, c: todo, d: todo }),
    version('2026-11-09', { a: done, b: todo, c: todo, d: todo }, { a: done, b: done, c: todo, d: todo }),
    version('2026-11-16', { a: done, b: done, c: todo, d: todo }, { a: done, b: done, c: done, d: todo }),
  ];
  const states = seenToday(items, '2026-11-20');
  const past = importedPast({ items, versions, states, today: '2026-11-20', complete: true });
  assert.deepEqual(past.events.map((e) => [e.day, e.itemId, e.fromStatus, e.toStatus, e.origin]), [
    ['2026-11-02', 'a', 'todo', 'done', 'import'], ['2026-11-09', 'b', 'todo', 'done', 'import'], ['2026-11-16', 'c', 'todo', 'done', 'import'],
  ]);
  assert.equal(past.since, '2026-10-26');
  assert.deepEqual(past.states.map((s) => [s.itemId, s.firstSeen, s.firstStatus, s.status]), [
    ['a', '2026-10-26', 'todo', 'done'], ['b', '2026-10-26', 'todo', 'done'], ['c', '2026-10-26', 'todo', 'done'], ['d', '2026-10-26', 'todo', 'todo'],
  ]);
  // The forecast has a pace on the first run.
  const merged = new Map(states);
  for (const s of past.states) merged.set(s.itemId, s);
  const stats = computeStats({ items, hours: () => 2, events: past.events, states: merged, budget: { hoursPerWeek: null, weeks: null, totalHours: null, start: null, deadline: null, source: null }, today: '2026-11-20' });
  assert.equal(stats.start, '2026-10-26');
  assert.deepEqual(stats.velocity.map((w) => w.itemsDone), [0, 1, 1, 1]);
  assert.ok(stats.forecast.finish, 'a finish date');
  assert.equal(stats.burndown.find((p) => p.day === '2026-11-01')?.remaining, 8);
  assert.equal(stats.burndown.find((p) => p.day === '2026-11-16')?.remaining, 2);
});

void test('a change in a note not committed yet joins the past on the day Waymark saw it', () => {
  const items = [item('a', { status: 'done' })];
  const versions = [version('2026-10-26', null, { a: todo })];
  const past = importedPast({ items, versions, states: seenToday(items, '2026-11-20'), today: '2026-11-20', complete: true });
  assert.deepEqual(past.events.map((e) => [e.day, e.fromStatus, e.toStatus, e.note]), [['2026-11-20', 'todo', 'done', 'seen by Waymark']]);
  assert.deepEqual(past.states.map((s) => [s.firstSeen, s.firstStatus]), [['2026-10-26', 'todo']]);
});

void test('Waymark\'s own record wins from the day it began: only the past before it is added', () => {
  const items = [item('a', { status: 'done' })];
  const versions = [
    version('2026-10-01', null, { a: todo }),
    version('2026-10-05', { a: todo }, { a: { ...todo, status: 'doing' } }),
    // Ticked after Waymark first saw it (the hand edit is in the history already).
    version('2026-11-12', { a: { ...todo, status: 'doing' } }, { a: done }),
  ];
  const states = seenToday(items, '2026-11-10');
  states.set('a', { ...states.get('a')!, firstStatus: 'doing' });
  const past = importedPast({ items, versions, states, today: '2026-11-20', complete: true });
  assert.deepEqual(past.events.map((e) => [e.day, e.fromStatus, e.toStatus]), [['2026-10-05', 'todo', 'doing']]);
  assert.deepEqual(past.states.map((s) => [s.firstSeen, s.firstStatus, s.status]), [['2026-10-01', 'todo', 'done']]);
});

void test('a commit that does not touch an item says nothing of it: a branch behind does not undo a change', () => {
  const items = [item('a', { status: 'done' }), item('b')];
  const versions = [
    version('2026-10-01', null, { a: todo }),
    // Ticked on a branch on Oct 3 ...
    version('2026-10-03', { a: todo }, { a: done }),
    // ... while the main line, still without the tick, added b on Oct 4.
    version('2026-10-04', { a: todo }, { a: todo, b: todo }),
  ];
  const past = importedPast({ items, versions, states: new Map(), today: '2026-11-20', complete: true });
  assert.deepEqual(past.events.map((e) => [e.day, e.itemId, e.toStatus]), [['2026-10-03', 'a', 'done']]);
  assert.deepEqual(past.states.map((s) => [s.itemId, s.firstSeen]), [['a', '2026-10-01'], ['b', '2026-10-04']]);
});

void test('progress read from old versions becomes progress events', () => {
  const items = [item('a', { status: 'doing', progress: { done: 12, total: 20, unit: 'lecture' } })];
  const at = (n: number): PastItem => ({ status: 'doing', done: n, total: 20, unit: 'lecture' });
  const versions = [version('2026-10-01', null, { a: at(3) }), version('2026-10-08', { a: at(3) }, { a: at(7) }), version('2026-10-15', { a: at(7) }, { a: at(12) })];
  const past = importedPast({ items, versions, states: new Map(), today: '2026-11-20', complete: true });
  assert.deepEqual(past.events.map((e) => [e.day, e.kind, e.fromDone, e.toDone, e.total]), [
    ['2026-10-08', 'progress', 3, 7, 20], ['2026-10-15', 'progress', 7, 12, 20],
  ]);
  assert.deepEqual(past.states.map((s) => [s.firstDone, s.done]), [[3, 12]]);
});

void test('a written completion date counts where the log says nothing earlier', () => {
  const items = [
    // Committed already ticked on Nov 2; the note says it was done on Oct 2.
    item('early', { status: 'done', dates: { done: '2026-10-02' } }),
    // Ticked in a commit on Oct 10, three days before the date written: the commit wins.
    item('later', { status: 'done', dates: { done: '2026-10-13' } }),
    // Ticked by a commit on Oct 20 with the date of Oct 15 written in the same commit.
    item('same', { status: 'done', dates: { done: '2026-10-15' } }),
  ];
  const versions = [
    version('2026-10-01', null, { later: todo, same: todo }),
    version('2026-10-10', { later: todo, same: todo }, { later: done, same: todo }),
    version('2026-10-20', { later: done, same: todo }, { later: done, same: done }),
    version('2026-11-02', { later: done, same: done }, { early: done, later: done, same: done }),
  ];
  const past = importedPast({ items, versions, states: new Map(), today: '2026-11-20', complete: true });
  assert.deepEqual(past.events.filter((e) => e.toStatus === 'done').map((e) => [e.itemId, e.day]), [
    ['early', '2026-10-02'], ['later', '2026-10-10'], ['same', '2026-10-15'],
  ]);
  const early = past.states.find((s) => s.itemId === 'early')!;
  assert.deepEqual([early.firstSeen, early.firstStatus], ['2026-10-01', 'todo'], 'on the list from where the past begins, still to do');
  assert.equal(past.events.filter((e) => e.itemId === 'same').length, 1, 'the commit that wrote the date adds nothing more');
});

void test('notes kept before git: the first commit\'s items date from the earliest day the notes say something was done', () => {
  const items = [
    item('a'),
    item('b', { status: 'done', dates: { done: '2026-10-30' } }),
    item('c', { source: { path: 'later.md', line: 1, endLine: 1 } }),
  ];
  const versions = [
    version('2026-11-22', null, { a: todo, b: done }),
    // A note started after the repository was: its items are new then.
    { ...version('2026-11-25', null, { c: todo }), file: 'later.md' },
  ];
  const past = importedPast({ items, versions, states: new Map(), today: '2026-12-01', complete: true });
  assert.deepEqual(past.states.map((s) => [s.itemId, s.firstSeen, s.firstStatus]), [
    ['a', '2026-10-30', 'todo'], ['b', '2026-10-30', 'todo'], ['c', '2026-11-25', 'todo'],
  ]);
  assert.deepEqual(past.events.map((e) => [e.itemId, e.day, e.toStatus]), [['b', '2026-10-30', 'done']]);
});

void test('without a log, completion dates alone make the past; the rest was on the list from the first of them', () => {
  const items = [
    item('a', { status: 'done', dates: { done: '2026-10-02', created: '2026-09-20' } }),
    item('b', { status: 'done', dates: { done: '2026-10-20' } }),
    item('c'),
    item('future', { status: 'done', dates: { done: '2026-12-01' } }),
  ];
  const past = importedPast({ items, versions: [], states: seenToday(items, '2026-11-20'), today: '2026-11-20', complete: false });
  assert.deepEqual(past.events.map((e) => [e.itemId, e.day, e.fromStatus, e.toStatus, e.note]), [
    ['a', '2026-10-02', 'todo', 'done', 'completion date in the note'], ['b', '2026-10-20', 'todo', 'done', 'completion date in the note'],
  ]);
  assert.deepEqual(past.states.map((s) => [s.itemId, s.firstSeen, s.firstStatus]), [
    ['a', '2026-09-20', 'todo'], ['b', '2026-10-02', 'todo'], ['c', '2026-10-02', 'todo'], ['future', '2026-10-02', 'done'],
  ]);
  assert.equal(past.since, '2026-09-20');
});

void test('nothing to add: no versions, no dates', () => {
  const items = [item('a')];
  const past = importedPast({ items, versions: [], states: seenToday(items, '2026-11-20'), today: '2026-11-20', complete: false });
  assert.deepEqual(past, { events: [], states: [], since: null });
});
