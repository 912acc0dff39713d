import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTodoTxt, readTodoTxtLine, todoTxtStatusLine } from './todotxt.js';
import { parseNotes } from './index.js';

const LIST = [
  '(A) Finish MIT 6.006 problem set 3 +algorithms due:2026-12-01',
  '(B) 2026-11-01 Read CLRS chapter 15 +algorithms @reading',
  'x 2026-11-18 2026-11-10 Watch 3Blue1Brown linear algebra series +math',
  'Implement a B-tree in Rust +databases est:10h id:btree',
  'Write up the B-tree +databases dep:btree t:2026-11-25',
  '',
].join('\n');

test('a todo.txt list is known by its name or by its lines', () => {
  assert.equal(isTodoTxt('notes/todo.txt', 'anything'), true);
  assert.equal(isTodoTxt('plan.txt', LIST), true);
  assert.equal(isTodoTxt('plan.md', LIST), false);
  assert.equal(isTodoTxt('state.txt', 'Math\n  Linear Algebra - done\n  Probability (A) notes\n'), false);
  assert.equal(isTodoTxt('plan.txt', '# Plan\n(A) one due:2026-01-01\n(B) two\n(C) three\n'), false);
});

test('todo.txt lines: done, dates, priority, projects, contexts and fields', () => {
  const t = readTodoTxtLine('x 2026-11-18 2026-11-10 Watch the series +math @home due:2026-11-20 https://example.org/x')!;
  assert.deepEqual([t.status, t.completed, t.created, t.priority, t.projects, t.contexts, t.fields, t.text],
    ['done', '2026-11-18', '2026-11-10', null, ['math'], ['home'], { due: '2026-11-20' }, 'Watch the series https://example.org/x']);
  const p = readTodoTxtLine('(A) 2026-11-01 Read CLRS 10:30 sharp')!;
  assert.deepEqual([p.status, p.priority, p.created, p.text], ['todo', 'A', '2026-11-01', 'Read CLRS 10:30 sharp']);
});

test('the reader takes a todo.txt list as tasks, each project a section', () => {
  const r = parseNotes([{ path: 'todo.txt', text: LIST, sha256: '' }], { now: new Date('2026-11-22T10:00:00Z') });
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.priority, i.path.join('>')]), [
    ['Finish MIT 6.006 problem set 3', 'todo', 4, 'algorithms'],
    ['Read CLRS chapter 15', 'todo', 3, 'algorithms'],
    ['Watch 3Blue1Brown linear algebra series', 'done', 2, 'math'],
    ['Implement a B-tree in Rust', 'todo', 2, 'databases'],
    ['Write up the B-tree', 'todo', 2, 'databases'],
  ]);
  const [finish, read, watch, btree, writeUp] = r.items;
  assert.equal(finish!.dates.due, '2026-12-01');
  assert.deepEqual(read!.tags, ['algorithms', 'reading']);
  assert.deepEqual(watch!.dates, { created: '2026-11-10', done: '2026-11-18' });
  assert.equal(btree!.estimate?.hours, 10);
  assert.deepEqual([writeUp!.dependsOn, writeUp!.dates.start], [[btree!.id], '2026-11-25']);
  assert.equal(r.budget.deadline, null);
});

test('status written the todo.txt way, and back', () => {
  const line = '(A) 2026-11-01 Finish pset 3 +algorithms due:2026-12-01';
  const done = todoTxtStatusLine(line, 'done', '2026-11-22')!;
  assert.equal(done, 'x 2026-11-22 2026-11-01 Finish pset 3 +algorithms due:2026-12-01 pri:A');
  assert.equal(todoTxtStatusLine(done, 'todo', '2026-11-22'), line);
  assert.equal(todoTxtStatusLine(done, 'done', '2026-11-22'), done);
  assert.equal(todoTxtStatusLine(line, 'doing', '2026-11-22'), null);
});

test('a context says where a task is done, not what it is: "@blog" keeps it a task; a "+book" project names a book', () => {
  const r = parseNotes([{ path: 'done.txt', text: 'x 2014-03-23 2014-03-21 Hugo shortcodes @blog\nRead SICP +book\n', sha256: '' }], { now: new Date('2026-11-22T10:00:00Z') });
  assert.deepEqual(r.items.map((i) => i.kind), ['task', 'book']);
});
