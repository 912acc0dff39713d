// Regressions of issue 21, each named after what broke: the write Waymark chooses reads back
// as it reports, in real notes' shapes (from the corpus), with the real reader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProgressInput, type EditAction } from '../core/edit/index.js';
import { checkReadBack } from '../core/edit/read-back.js';
import { chooseEdit, readNoteItems } from './read-back.js';

const NOW = new Date('2026-11-22T10:00:00Z');
const CLOCK = { today: '2026-11-22', time: '10:00' };

/** The text Waymark writes for `action` on the item at `line`, checked: null when it refuses. */
function write(path: string, text: string, line: number, action: EditAction): string | null {
  const before = readNoteItems(path, text, NOW);
  const item = before.find((i) => i.source.line === line);
  assert.ok(item, `an item on line ${line}`);
  const target = { path, line, endLine: item.source.endLine, progressLine: item.progressLine, status: item.status, progress: item.progress, title: item.title };
  const expect = (e: { status: typeof item.status; progress: typeof item.progress }) => [{ id: item.id, line, status: e.status, progress: e.progress }];
  const { edit, problem } = chooseEdit({ root: '/nonexistent', path, now: NOW, verb: 'test' }, text, target, action, CLOCK, expect);
  if (problem) return null;
  // Read back independently: the item as reported, the rest as before.
  assert.equal(checkReadBack(before, readNoteItems(path, edit.text, NOW), expect(edit)), null);
  return edit.text.split('\n')[line - 1]!;
}
const done: EditAction = { kind: 'status', status: 'done' };
const start: EditAction = { kind: 'status', status: 'doing' };
const progress = (s: string): EditAction => ({ kind: 'progress', input: parseProgressInput(s)! });

void test('ticking one of a run of plain lines leaves its neighbours items (a mark after it, not a box before)', () => {
  const note = '### 需要特別加強\n⚠️ 演算法思維（尤其是遞迴、動態規劃）\n⚠️ 時間/空間複雜度分析\n⚠️ LeetCode 解題速度與準確度\n⚠️ 白板寫程式的習慣（面試環境）\n';
  assert.equal(write('plan.md', note, 3, done), '⚠️ 時間/空間複雜度分析 — done');
});

void test('ticking a numbered step keeps the list under it (the mark goes before its colon)', () => {
  const note = 'look into open problem statements and clean it as well.\n2. level up on these non-functional requirements:\n- virtualization => aware on hypervisors, k8s, docker containers\n- linux\n- networking\n- system design\n';
  assert.equal(write('research.txt', note, 2, done), '2. level up on these non-functional requirements — done:');
});

void test('a table row without outer pipes gets its mark in its title cell, and keeps its id', () => {
  const note = 'Courses | Duration | Effort | Prerequisites | Discussion\n:-- | :--: | :--: | :--: | :--:\n[Linear Algebra](https://ocw.mit.edu/la/) | 14 weeks | 12 hours/week | corequisite: Essence of Linear Algebra | [chat](https://discord.gg/k7nSWJH)\n';
  assert.equal(write('README.md', note, 3, done), '[Linear Algebra](https://ocw.mit.edu/la/) — done | 14 weeks | 12 hours/week | corequisite: Essence of Linear Algebra | [chat](https://discord.gg/k7nSWJH)');
});

void test('"3.**Demo**" gets its box after the number, so the title stays the same', () => {
  const note = "By the end of 6 weeks, you'll have:\n\n3.**Demo & Presentation**\n- Live interactive demo application\n- Technical presentation deck\n";
  assert.equal(write('plan.txt', note, 3, done), '3.[x] **Demo & Presentation**');
});

void test('progress on a finished item keeps it done', () => {
  const note = 'Books:\nConvex Optimization - done upto and including chapter 4\nThe Pragmatic Programmer - finished\n';
  assert.equal(write('state.txt', note, 3, progress('3/7')), '[x] The Pragmatic Programmer - finished (3/7 parts)');
});

void test('a bold title line over its links gets its mark inside the bold, and its links stay its own', () => {
  const lecture = (n: number, title: string) => [
    `**Lecture ${n}: ${title}**`, '', 'What the lecture builds, in a sentence or two.', '',
    `- [YouTube video lecture](https://www.youtube.com/watch?v=v${n})`, `- [Jupyter notebook files](lectures/l${n})`, '', '---', '',
  ];
  const note = [
    '', '## Neural Networks: Zero to Hero', '', 'A course on neural networks that starts all the way at the basics.', '', '---', '',
    ...lecture(1, 'building micrograd'), ...lecture(2, 'building makemore'),
  ].join('\n');
  assert.equal(write('README.md', note, 8, start), '**Lecture 1: building micrograd — in progress**');
});

void test('progress on an open org headline with a box puts the box under way too', () => {
  const note = '* Things I want to know in general\n** [ ] How do cookies on the web actually work?\n*** [ ] How is session info stored in a cookie?\n** [ ] How do JWTs actually work?\n';
  assert.equal(write('study.org', note, 2, progress('3/7')), '** [-] How do cookies on the web actually work? (3/7 parts)');
});

void test('start on a video listed twice in the note says so on both lines (a merged item reads as the furthest)', () => {
  const note = [
    '# Python 1/4', '', '- [x] 📽️ Python Automation Tutorial – How to Automate Tasks [Full Course] | 3:10:30', '- [ ] 📽️ Automate with Python | 2:42:55', '',
    '## Python 2/4', '', '- [x] [📽️ Python Automation Tutorial – How to Automate Tasks [Full Course] | 3:10:30](https://youtu.be/s8XjEuplx_U)',
    '  - [x] (0:00:00) Introduction', '  - [x] (0:00:29) Hacker News Headlines Emailer', '',
  ].join('\n');
  const before = readNoteItems('README.md', note, NOW).find((i) => i.source.line === 3);
  if (!before?.mentions.some((m) => m.line === 8)) return assert.fail('the two lines are one item in this reading');
  assert.equal(write('README.md', note, 3, start), '- [/] 📽️ Python Automation Tutorial – How to Automate Tasks [Full Course] | 3:10:30');
});
