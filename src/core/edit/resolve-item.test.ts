import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveItem } from './index.js';
import type { Item } from '../model/types.js';

function item(id: string, title: string, path: string[] = []): Item {
  return {
    id, title, kind: 'task', status: 'todo', progress: null, estimate: null, spentHours: 0, links: [], path, parent: null,
    dependsOn: [], dates: {}, tags: [], optional: false, source: { path: 'n.md', line: 1, endLine: 1 }, mentions: [],
    priority: 2, recurrence: null, progressLine: null, logged: [],
  };
}

const items = [
  item('a1b2c3d4e5', 'Read EfficientNet paper', ['Week 1']),
  item('f6g7h8i9j0', 'Watch: "EfficientNet Explained"', ['Week 1']),
  item('k1l2m3n4o5', 'Read ViT paper', ['Week 1', 'Vision Transformers']),
  item('p6q7r8s9t0', 'Métodos do Cálculo Numérico I'),
  item('u1v2w3x4y5', 'Git'),
  item('z6a7b8c9d0', 'Git Tutorials through the documentation'),
];

void test('an id or an id prefix names one item', () => {
  assert.deepEqual(resolveItem(items, 'k1l2m3n4o5'), { kind: 'one', item: items[2] });
  assert.deepEqual(resolveItem(items, 'k1l2'), { kind: 'one', item: items[2] });
});

void test('words of the title, in any order and case, accents folded, prefixes allowed', () => {
  assert.equal(resolveItem(items, 'paper efficientnet').kind, 'one');
  assert.equal((resolveItem(items, 'metodos calc') as { item: Item }).item.id, 'p6q7r8s9t0');
  assert.equal((resolveItem(items, 'vision paper') as { item: Item }).item.id, 'k1l2m3n4o5', 'section words help');
});

void test('an exact title wins over titles that contain it; otherwise several matches are listed', () => {
  assert.equal((resolveItem(items, 'git') as { item: Item }).item.id, 'u1v2w3x4y5');
  const many = resolveItem(items, 'efficientnet');
  assert.equal(many.kind, 'many');
  assert.deepEqual((many as { items: Item[] }).items.map((i) => i.id), ['a1b2c3d4e5', 'f6g7h8i9j0']);
  assert.deepEqual(resolveItem(items, 'quantum'), { kind: 'none' });
});
