import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Item, Roadmap } from '../../src/core/model/types.js';
import { halfOf, macro, pooled, sameTitle, scoreNote, type Gold } from './scoring.js';

function item(line: number, over: Partial<Item> = {}): Item {
  return {
    id: `i${line}`, title: `t${line}`, kind: 'book', status: 'todo', progress: null, estimate: null, spentHours: 0, links: [], path: [],
    parent: null, dependsOn: [], dates: {}, tags: [], optional: false, source: { path: 'n.md', line, endLine: line },
    mentions: [], priority: 2, recurrence: null, progressLine: null, logged: [], ...over,
  };
}
const roadmap = (items: Item[]): Roadmap => ({ items, budget: { hoursPerWeek: null, weeks: null, totalHours: null, start: null, deadline: null, source: null } } as unknown as Roadmap);

test('scoring matches by line, counts misses, extras outside optional ranges and wrong fields', () => {
  const gold: Gold = {
    file: 'n.md',
    items: [
      { lines: [1], title: 'a', kinds: ['book'], status: ['done'] },
      { lines: [2], title: 'b', kinds: ['course'], progress: { done: 3, total: 10, unit: 'lectures' } },
      { lines: [9], title: 'missed' },
    ],
    optional_lines: [[5, 6]],
  };
  const s = scoreNote(gold, roadmap([
    item(1, { status: 'done' }), item(2, { kind: 'course', progress: { done: 3, total: 10, unit: 'lec' } }), item(5), item(7),
  ]));
  assert.deepEqual([s.gold, s.matched, s.extra], [3, 2, 1]);
  assert.deepEqual(s.kind, { right: 2, of: 2 });
  assert.deepEqual(s.status, { right: 1, of: 1 });
  assert.deepEqual(s.progress, { right: 1, of: 1 });
  assert.ok(s.details.some((d) => d.startsWith('MISS line 9')));
  assert.ok(s.details.some((d) => d.startsWith('EXTRA line 7')));
  const p = pooled([s]);
  assert.equal(p.recall, 2 / 3);
  assert.equal(p.precision, 2 / 3);
  assert.equal(macro([s, s]).recall, 2 / 3);
});

test('the split is fixed by the file name', () => {
  assert.equal(halfOf('x/a.md'), halfOf('a.md'));
  const halves = new Set(Array.from({ length: 20 }, (_, i) => halfOf(`note-${i}.md`)));
  assert.deepEqual([...halves].sort(), ['dev', 'test']);
});

test('a title names the same thing in a person\'s spelling, not a sentence about it nor another name', () => {
  assert.ok(sameTitle('Add Two Numbers', 'Add two numbers'));
  assert.ok(sameTitle('Deep Work', 'Deep Work by Cal Newport'));
  assert.ok(sameTitle('SICP', '**SICP**'));
  assert.ok(sameTitle('The Barn (Wright Thompson)', 'The Barn'));
  assert.ok(!sameTitle('Add Two Numbers', '2'));
  assert.ok(!sameTitle('CSS Grid', 'CSS Grid by Wes Bos. Using these notes alongside the course and the book for the layout part'));
  assert.ok(!sameTitle('Exponential Backoff And Jitter', '[['));
});
