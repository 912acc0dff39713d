import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Item, Status } from '../model/types.js';
import { checkReadBack } from './read-back.js';

function item(id: string, line: number, over: Partial<Item> = {}): Item {
  return {
    id, title: `Item ${id}`, kind: 'task', status: 'todo', progress: null, estimate: null, spentHours: 0, links: [], path: [], parent: null,
    dependsOn: [], dates: {}, tags: [], optional: false, source: { path: 'n.md', line, endLine: line }, mentions: [], priority: 2,
    recurrence: null, progressLine: null, logged: [], ...over,
  };
}
const want = (id: string, line: number, status: Status) => [{ id, line, status, progress: null }];

void test('a write that reads back as reported passes', () => {
  const before = [item('a', 1), item('b', 2)];
  const after = [item('a', 1, { status: 'done' }), item('b', 2)];
  assert.equal(checkReadBack(before, after, want('a', 1, 'done')), null);
});

void test('(a) the item reading back with another status or progress fails the state check', () => {
  const before = [item('a', 1, { status: 'done' })];
  const after = [item('a', 1, { status: 'doing', progress: { done: 3, total: 7, unit: 'part' } })];
  assert.deepEqual(checkReadBack(before, after, want('a', 1, 'doing'))?.check, 'state');
  const p = checkReadBack(before, after, [{ id: 'a', line: 1, status: 'done', progress: { done: 3, total: 7, unit: 'part' } }]);
  assert.equal(p?.check, 'state');
  assert.match(p.message, /"Item a" would read back as in progress, not done/);
});

void test('(b) a neighbour gone, read differently or new fails the others check', () => {
  const before = [item('a', 1), item('b', 2)];
  assert.match(checkReadBack(before, [item('a', 1, { status: 'done' })], want('a', 1, 'done'))!.message, /1 gone \("Item b"\)/);
  assert.equal(checkReadBack(before, [item('a', 1, { status: 'done' }), item('b', 2, { status: 'done' })], want('a', 1, 'done'))?.check, 'others');
  assert.equal(checkReadBack(before, [item('a', 1, { status: 'done' }), item('b', 2), item('c', 0)], want('a', 1, 'done'))?.check, 'others');
});

void test('(b) the parent of the edited item may roll its status up from it, but keeps its title', () => {
  const before = [item('p', 1), item('a', 2, { parent: 'p' })];
  assert.equal(checkReadBack(before, [item('p', 1, { status: 'doing' }), item('a', 2, { parent: 'p', status: 'done' })], want('a', 2, 'done')), null);
  assert.equal(checkReadBack(before, [item('p', 1, { title: 'Other' }), item('a', 2, { parent: 'p', status: 'done' })], want('a', 2, 'done'))?.check, 'others');
});

void test('(c) the item whose id changes fails the id check and says what its line reads as', () => {
  const before = [item('a', 1, { title: 'Walk Through' })];
  const p = checkReadBack(before, [item('z', 1, { title: 'Walk', status: 'done' })], want('a', 1, 'done'));
  assert.equal(p?.check, 'id');
  assert.match(p.message, /"Walk Through" would no longer read as the same item \(line 1 would read as "Walk"\)/);
});

void test('an undo knows only the amount done before: it compares that', () => {
  const before = [item('a', 1, { progress: { done: 4, total: 7, unit: 'part' } })];
  const after = [item('a', 1, { progress: { done: 3, total: 10, unit: 'chapter' } })];
  assert.equal(checkReadBack(before, after, [{ id: 'a', line: 1, status: 'todo', progress: { done: 3, total: null, unit: 'part' }, doneOnly: true }]), null);
});

void test('(a) a count written with no unit of its own may read back in the unit its line names; a named unit must read back as it is', () => {
  const before = [item('a', 1, { kind: 'book' })];
  const after = [item('a', 1, { kind: 'book', status: 'doing', progress: { done: 3, total: 7, unit: 'chapter' } })];
  assert.equal(checkReadBack(before, after, [{ id: 'a', line: 1, status: 'doing', progress: { done: 3, total: 7, unit: 'part' } }]), null);
  assert.equal(checkReadBack(before, after, [{ id: 'a', line: 1, status: 'doing', progress: { done: 3, total: 7, unit: 'lecture' } }])?.check, 'state');
  assert.equal(checkReadBack(before, after, [{ id: 'a', line: 1, status: 'doing', progress: { done: 4, total: 7, unit: 'part' } }])?.check, 'state');
});
