import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotes } from './index.js';
import { anchorAt, anchorKey, locate, type Correction } from './corrections.js';

const NOW = new Date('2026-11-22T10:00:00Z');
const read = (text: string, corrections: Correction[] = []) => parseNotes([{ path: 'n.md', text, sha256: '' }], { now: NOW, corrections, allFiles: true });

test('an anchor survives Waymark\'s own edits and lines added elsewhere, and tells apart lines with the same words', () => {
  assert.equal(anchorKey('- [ ] Lec 1 done out of 20'), anchorKey('- [x] Lec 2 done out of 20'));
  assert.equal(anchorKey('⬜ fast.ai Part 2'), anchorKey('✅ fast.ai Part 2'));
  const lines = ['# A', '- [ ] Review notes', '# B', '- [ ] Review notes'];
  const a = anchorAt(lines, 3);
  assert.equal(locate(a, ['intro', '', ...lines.slice(0, 3), '- [x] Review notes']), 5);
  assert.equal(locate({ text: '- [ ] Review notes' }, lines), null, 'two equal candidates: no guess');
  assert.equal(locate(a, ['# A', '- [ ] Something else']), null);
});

test('ignore takes a line out: no item, its children go to its parent', () => {
  const text = '## Plan\n- [ ] Course\n  - [ ] Lecture 1\n- [ ] Not really work\n';
  const r = read(text, [
    { action: 'ignore', path: 'n.md', text: '- [ ] Not really work' },
    { action: 'ignore', path: 'n.md', text: '- [ ] Course' },
  ]);
  assert.deepEqual(r.items.map((i) => [i.title, i.parent]), [['Lecture 1', null]]);
});

test('track makes a line an item or sets its fields; the correction holds after the line is ticked off', () => {
  const text = 'Some prose line that is really a book: Gödel, Escher, Bach\n\n- [ ] Raft paper\n';
  const corrections: Correction[] = [
    { action: 'track', path: 'n.md', text: 'Some prose line that is really a book: Gödel, Escher, Bach', kind: 'book', title: 'Gödel, Escher, Bach', estimateHours: 30 },
    { action: 'track', path: 'n.md', text: '- [ ] Raft paper', estimateHours: 3 },
  ];
  const r = read(text, corrections);
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.estimate?.hours, i.source.line]), [
    ['Gödel, Escher, Bach', 'book', 30, 1], ['Raft paper', 'paper', 3, 3],
  ]);
  const after = read('New line on top\n' + text.replace('- [ ] Raft', '- [x] Raft'), corrections);
  assert.deepEqual(after.items.map((i) => [i.title, i.status, i.estimate?.hours]), [['Gödel, Escher, Bach', 'todo', 30], ['Raft paper', 'done', 3]]);
});

test('a correction whose line is gone is reported, never applied to another line', () => {
  const r = read('- [ ] Other\n', [{ action: 'ignore', path: 'n.md', text: '- [ ] Gone' }, { action: 'ignore', path: 'gone.md', text: 'x' }]);
  assert.equal(r.items.length, 1);
  const w = r.warnings.filter((x) => x.code === 'correction-orphaned');
  assert.equal(w.length, 2);
  assert.match(w[0]!.message, /correction 1/);
  assert.match(w[1]!.message, /gone\.md/);
});

test('why: an item\'s evidence and fields; a part of an item; a line that is nothing', async () => {
  const { explainLine } = await import('./explain.js');
  const text = '## Books\n- [x] [Clean Code](https://www.amazon.com/dp/0132350882)\n  - Progress: 3/17 chapters\n\nJust a thought I had.\n';
  const file = { path: 'n.md', text, sha256: '' };
  const r = parseNotes([file], { now: NOW });
  const item = explainLine(file, 2, r, null);
  assert.equal(item.item?.title, 'Clean Code');
  assert.match(item.reading[0]!.why, /checkbox.*section "Books"/);
  assert.deepEqual(item.fields.find((f) => f.field === 'status'), { field: 'status', value: 'done', from: 'its box "[x]"' });
  assert.equal(item.fields.find((f) => f.field === 'progress')?.from, 'the line 3 under it');
  const part = explainLine(file, 3, r, null);
  assert.equal(part.item, null);
  assert.equal(part.reading[0]!.what, 'part');
  assert.equal(part.reading[0]!.of, 2);
  const prose = explainLine(file, 5, r, null);
  assert.equal(prose.reading[0]!.what, 'skipped');
  assert.match(prose.advice, /waymark track n\.md:5/);
});
