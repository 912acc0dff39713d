// Completion dates written in the notes, as the reader gives them (item.dates.done): the
// day an item was finished, which the history import counts (core/metrics/past.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotes } from './index.js';

const NOW = new Date('2026-11-22T10:00:00Z');

function doneDates(path: string, text: string): [string, string, string | undefined][] {
  return parseNotes([{ path, text, sha256: 'x' }], { now: NOW }).items.map((i) => [i.title, i.status, i.dates.done]);
}

void test('the four ways people write the day something was done', () => {
  assert.deepEqual(doneDates('tasks.md', '- [x] Read SICP ✅ 2026-10-02\n- [ ] Read HtDP\n'), [
    ['Read SICP', 'done', '2026-10-02'], ['Read HtDP', 'todo', undefined],
  ]);
  assert.deepEqual(doneDates('plan.org', '* DONE Write a compiler\n  CLOSED: [2026-10-02 Fri 10:00]\n* TODO Write a linker\n'), [
    ['Write a compiler', 'done', '2026-10-02'], ['Write a linker', 'todo', undefined],
  ]);
  assert.deepEqual(doneDates('todo.txt', 'x 2026-10-02 2026-09-01 Read the Raft paper +ds\n(A) Write the blog post +ds\n'), [
    ['Read the Raft paper', 'done', '2026-10-02'], ['Write the blog post', 'todo', undefined],
  ]);
  assert.deepEqual(doneDates('log.md', '# Languages\n\n- [x] Learn Rust — completed 2026-04-21\n- Learn Go - finished 2026-05-02\n- [x] Learn Zig (finished Nov 2026)\n'), [
    ['Learn Rust', 'done', '2026-04-21'], ['Learn Go', 'done', '2026-05-02'], ['Learn Zig', 'done', undefined],
  ]);
});

void test('a written completion date does not finish an entry whose box is still open', () => {
  assert.deepEqual(doneDates('log.md', '- [ ] Learn Rust — completed 2026-04-21\n'), [['Learn Rust', 'todo', undefined]]);
});
