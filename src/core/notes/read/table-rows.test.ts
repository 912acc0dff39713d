// Table rows: a title cell that holds a list through `<br>` is one entry per part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotes } from '../index.js';
import { cellEntries } from '../line-rules.js';
import type { Roadmap } from '../../model/types.js';

const NOW = new Date('2026-11-22T10:00:00Z');

function read(text: string, path = 'notes.md'): Roadmap {
  return parseNotes([{ path, text, sha256: 'x' }], { now: NOW });
}

test('a title cell written as a list through <br> is one entry per part, each with its own link', () => {
  const r = read([
    '# Reading challenge 2024', '',
    '| Month | Books |', '| --- | --- |',
    '| 01-2024 | - [Dune](./dune.md)<br>- [Musashi](./musashi.md)<br>- [Walden](./walden.md) |',
    '| 02-2024 | - [Emma](./emma.md) |', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.source.line, i.links]), [
    ['Dune', 'book', 5, ['./dune.md']], ['Musashi', 'book', 5, ['./musashi.md']], ['Walden', 'book', 5, ['./walden.md']], ['Emma', 'book', 6, ['./emma.md']],
  ]);
});

test("an entry that says its own status says it over the row's Status cell, which all its entries share", () => {
  const r = read('# Reading\n\n| Books | Status |\n| --- | --- |\n| - Dune<br>- Musashi — done | Reading |\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Dune', 'doing'], ['Musashi', 'done']]);
});

test('cellEntries splits only cells whose every part is a list entry or a link alone', () => {
  const words = (cell: string) => cellEntries(cell)?.map((e) => e.words) ?? null;
  assert.deepEqual(words('- A<br>- B'), ['A', 'B']);
  assert.deepEqual(words('1. A <br/> 2. B'), ['A', 'B']);
  assert.deepEqual(words('[A](a.md)<br>[[B]]'), ['[A](a.md)', '[[B]]']);
  // Where each entry's words stand in the cell, for the editor.
  assert.deepEqual(cellEntries(' - A <br> - Bc '), [{ words: 'A', start: 3, end: 4 }, { words: 'Bc', start: 12, end: 14 }]);
  // A card's title over its details, one part alone, a plain cell: one entry.
  assert.equal(cellEntries('**Graphs**<br>due Friday'), null);
  assert.equal(cellEntries('- A<br>'), null);
  assert.equal(cellEntries('Dune'), null);
});

test("a row whose Link column points to a judge's problem is an exercise; a Submitted column's yes or no says whether it is done", () => {
  const r = read([
    '| Problem # | Title | Submitted | Link |', '| --- | --- | --- | --- |',
    '| 2 | Add Two Numbers | Yes | https://leetcode.com/problems/add-two-numbers/ |',
    '| 19 | Remove Nth Node From End of List | No | https://leetcode.com/problems/remove-nth-node-from-end-of-list/ |', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [['Add Two Numbers', 'task', 'done'], ['Remove Nth Node From End of List', 'task', 'todo']]);
});

test('a plan by days in Korean: 내용 names the row, 완료 says whether it is done, 링크 is its link, and a remark "Day 9부터 …" is no heading', () => {
  const r = read([
    '### 2주차 — 심화', '', '> Day 9부터 매일 모의 1세트 추가', '',
    '| 일차 | 내용 | 문제수 | 완료 |', '|------|------|------|------|',
    '| 8일 | 재구조화 + 시계열 기초 | 9 | |', '| 9일 | Numpy + 순위 | 8 | ✅ |', '',
    '| 파트 | 자료 | 링크 |', '|---|---|---|',
    '| 1파트 | 데이터코치 판다스 연습 80제 | https://www.datacoach.kr/pandas/practice80.html |',
    '| 2파트 | 유튜브 강의 | https://www.youtube.com/watch?v=Qm3xT8uZpLk |', '| 3파트 | 유튜브 강의 | https://www.youtube.com/watch?v=Zp4rW9kLm2Q |', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.links.length]), [
    ['재구조화 + 시계열 기초', 'todo', 0], ['Numpy + 순위', 'done', 0],
    ['데이터코치 판다스 연습 80제', 'todo', 1], ['유튜브 강의', 'todo', 1], ['유튜브 강의', 'todo', 1],
  ]);
  assert.equal(r.items[2]!.kind, 'task');
  assert.deepEqual(r.items[0]!.path, ['2주차 — 심화']);
});

test("a week's plan by parts of the day: each day with something to do is that day's task, named by what fills it", () => {
  const r = read([
    '| Day | Morning | Afternoon | Evening |', '| --- | --- | --- | --- |',
    '| Monday | Code review + new LC problems | NLP Course Week 3 | Work |',
    '| Tuesday | NLP Course 2 Week 1 | Coding | Work |',
    '| Saturday | | | |', '| Sunday | Rest | Coding Review | Rest |', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [
    ['Monday: Code review + new LC problems / NLP Course Week 3', 'task'], ['Tuesday: NLP Course 2 Week 1 / Coding', 'task'], ['Sunday: Coding Review', 'task'],
  ]);
});

test('a row with what it taught written down is behind the person; an empty one is not', () => {
  const r = read(['| Day | Problems | What I learned |', '| --- | --- | --- |', '| [1](./days/Day1.md) | 3 | Stacks: matching brackets, min stack |', '| Binary trees | 0 | |', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'todo']);
  const zh = read(['| Day | 题目数 | 学到的知识点 |', '| :--- | :--- | :--- |', '| [2](./Daily_Records/Day2.md) | 3 | 栈 ——— 单调栈，每日温度 |', ''].join('\n'));
  assert.deepEqual(zh.items.map((i) => i.status), ['done']);
});

test('a table of courses headed in Norwegian or Danish ("Emne", "Fag") lists its courses, one a row', () => {
  const r = read(['#### Emner', '', '| Emne | Semester', '| --- | ---', '| IN5400 | Høst 2023', '| STK4030 | Vår 2024', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['IN5400', 'course'], ['STK4030', 'course']]);
});

test("a job hunt's table of applications is no work to learn; a table of companies' interview questions is", () => {
  const apps = read(['## Applications', '', '| Company | Role | Through | Status |', '|---|---|---|---|', '| Stripe | BE | Website | S (3-21-18) |', '| Etsy | BE | Wellfound | S (4-2-18) |', ''].join('\n'));
  assert.equal(apps.items.length, 0);
  const qs = read(['| Company | Question | Done |', '|---|---|---|', '| Stripe | Design a rate limiter | ✅ |', ''].join('\n'));
  assert.equal(qs.items.length, 1);
});

test('a shelf laid out in columns, every cell a link, is one entry a cell in its column\'s group; struck cells are done', () => {
  const r = read(['### Plan', '', '| Clojure/FP | Programming General | Python |', '|---|---|---|',
    '| ~~[Clojure for the Brave (300)](http://www.braveclojure.com/)~~ | ~~[Pro Git (574)](https://git-scm.com/book/en/v2)~~ | [Python 201](https://leanpub.com/python201) |',
    '| [Clojure Programming (600)](http://shop.oreilly.com/product/1.do) | - | [Fluent Python](http://shop.oreilly.com/product/2.do) |',
    '| - | [Clean Code](https://www.amazon.com/dp/0132350882) | - |', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.path.at(-1)]), [
    ['Clojure for the Brave (300)', 'done', 'Clojure/FP'], ['Pro Git (574)', 'done', 'Programming General'], ['Python 201', 'todo', 'Python'],
    ['Clojure Programming (600)', 'todo', 'Clojure/FP'], ['Fluent Python', 'todo', 'Python'], ['Clean Code', 'todo', 'Programming General'],
  ]);
  // A cell of words among the links: a table of another sort, read as before.
  const mixed = read(['| Book | Notes |', '|---|---|', '| [Pro Git](https://git-scm.com/book) | chapters 1-3 |', '| [SICP](https://mitpress.mit.edu/sicp) | - |', '| [Clean Code](https://www.amazon.com/dp/1) | good |', ''].join('\n'));
  assert.equal(mixed.items.length, 3);
});

test('a day plan whose title column names topics holds topics to learn; one whose column names the work holds tasks', () => {
  const topics = read('# Tracker\n\n| Day | Topic | Completed |\n| --- | --- | --- |\n| 1 | Primitive Types | [ ] |\n| 2 | Mini Project: Tip Calculator | [ ] |\n');
  assert.deepEqual(topics.items.map((i) => [i.title, i.kind]), [['Primitive Types', 'topic'], ['Mini Project: Tip Calculator', 'project']]);
  const tasks = read('# Plan\n\n| Day | Focus | Done |\n| --- | --- | --- |\n| 1 | SQL joins | [ ] |\n');
  assert.deepEqual(tasks.items.map((i) => [i.title, i.kind]), [['SQL joins', 'task']]);
});

test('a row with only a year in it groups the rows below; it is no item, even in a table of two columns', () => {
  const r = read('# Read books\n\n| Title | Author |\n| --- | --- |\n| 2024 | |\n| Kairos | Jenny Erpenbeck |\n| **2023** | |\n| Der Zauberberg | Thomas Mann |\n');
  assert.deepEqual(r.items.map((i) => i.title), ['Kairos', 'Der Zauberberg']);
});

test('a transcript\'s Certificate column holding a link says the course was finished, and the link is kept', () => {
  const r = read('# Transcript\n\n| Institution | Course | Certificate | Grade |\n| --- | --- | --- | --- |\n| Codecademy | *Learn Go* | [Certificate](https://www.codecademy.com/certificates/5f2a) | N/A |\n| Udemy | *Tkinter GUIs* | | N/A |\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.links]), [['Learn Go', 'done', ['https://www.codecademy.com/certificates/5f2a']], ['Tkinter GUIs', 'todo', []]]);
});

test('a progress bar drawn in glyphs in a Progress column is the filled share, in percent', () => {
  const r = read('## Estado del progreso\n\n| Lenguaje | Progreso |\n|---|---|\n| Go | 🟩🟩🟩⬜⬜ |\n| PHP | ⬜⬜⬜⬜⬜ |\n| Rust | █████ |\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress?.done]), [['Go', 'doing', 60], ['PHP', 'todo', 0], ['Rust', 'done', 100]]);
});
