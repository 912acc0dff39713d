// Lists: which bullets under an entry are its steps and which are remarks on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotes } from '../index.js';
import type { Roadmap } from '../../model/types.js';

const NOW = new Date('2026-11-22T10:00:00Z');

function read(text: string, path = 'notes.md'): Roadmap {
  return parseNotes([{ path, text, sha256: 'x' }], { now: NOW });
}

test('a bullet all in bold names a piece of work over the steps that make it up', () => {
  const r = read([
    '## 2025/04~2025/06',
    '- **英文法を総復習する**',
    '  - 『総合英語Evergreen』の各章を読み、例文を見ずに自分で説明できるところまで仕上げる',
    '  - 確認用に『Next Stage 英文法・語法問題』を使い、間違えた問題をすべて解き直す',
    '- **スピーキング練習**',
    '  - Part 1〜3の答え方の型を一通り説明できるまで講座を受講',
    '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.source.line, i.parent === null ? null : r.items.find((p) => p.id === i.parent)!.source.line]), [
    [2, null], [3, 2], [4, 2], [5, null], [6, 5],
  ]);
  // The same entry not in bold: its bullets stay remarks on it.
  assert.deepEqual(read('## 2025/07\n- スピーキング練習\n  - Part 1〜3の答え方の型を一通り説明できるまで講座を受講\n').items.map((i) => i.source.line), [2]);
});

test('a tech stack is no work, in any language, and a sentence over its list does not make it work', () => {
  for (const heading of ['🚀 Tecnologias Utilizadas', 'Tecnologías utilizadas', 'Verwendete Technologien', '技术栈', '기술 스택', 'Используемые технологии', 'Tech stack']) {
    const r = read(`# Agenda Zero\n\n## ${heading}\n\nO projeto usa ferramentas atuais do ecossistema Python (versões 2025):\n\n- **Python 3.12+**\n- **Django** (v5.1+): Framework completo e maduro.\n- **Docker**: Conteinerização.\n`, 'README.md');
    assert.deepEqual(r.items, [], heading);
  }
  // A sentence with "技术栈" in it is no heading of a stack: the list under it is the plan.
  const plan = read('那么接下来几个月，需要学习的内容就围绕简历技术栈来，一共分为这么几个大点：\n\n- Java 基础\n- MySQL 索引\n');
  assert.deepEqual(plan.items.map((i) => i.title), ['Java 基础', 'MySQL 索引']);
});

test("a link's text wrapped onto the lines under its entry is the entry's words, and the link its own", () => {
  const r = read('- [ ] Read [Database Internals for\n  Pythonistas](../db/index.md)\n- [ ] Finish [:fa-university:\n  Computer Networks Part\n  1](../cn/index.md)\n- [ ] Read the book by\n  Alex Petrov\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.links, i.source.line, i.source.endLine]), [
    ['Read Database Internals for Pythonistas', ['../db/index.md'], 1, 2],
    ['Finish :fa-university: Computer Networks Part 1', ['../cn/index.md'], 3, 5],
    ['Read the book by', [], 6, 6],
  ]);
});

test('a list cut by headings is weighed whole: a bullet left out in its own section is taken when the sections beside it are entries', () => {
  const books = [
    '## My list', '', '### Comics', '',
    "- _Les Cahiers d'Esther_, de Riad Sattouf", '- _Blacksad_, de Juan Díaz Canales', '- _Culottées_, de Pénélope Bagieu', '- _Mauvais genre_, de Chloé Cruchaudet', '',
    '### Novels', '',
    "- _La Horde du Contrevent_, d'Alain Damasio",
    "- _Les Furtifs_, d'Alain Damasio, dans l'édition de poche augmentée avec postface et entretien",
    "- _La Passe-miroir, T1: Les Fiancés de l'hiver_, de Christelle Dabos",
    '- _Chanson douce_, de Leïla Slimani', '',
  ];
  assert.deepEqual(read(books.join('\n')).items.map((i) => i.source.line).sort((a, b) => a - b), [5, 6, 7, 8, 12, 13, 14, 15]);
  // Its own section alone does not make the case (two entries of four).
  assert.deepEqual(read(books.slice(9).join('\n')).items.map((i) => i.source.line).sort((a, b) => a - b), [3, 6]);
  // Nor boxes in the sections beside it (another sort of list), nor beside a run that holds a fact written down.
  const novels = books.slice(9, 15);
  const boxes = ['# Exams', '', '- [ ] FS20', '- [ ] HS20', '- [x] FS22', '- [x] HS22', '', ...novels, ''];
  assert.deepEqual(read(boxes.join('\n')).items.map((i) => i.source.line).sort((a, b) => a - b), [3, 4, 5, 6, 10, 13]);
  const facts = ['# Words', '', ...books.slice(4, 8), '', ...novels.slice(0, 3), '- Matrix multiplication is not commutative, so the order in which the factors are written down matters a great deal in every proof we do.', ...novels.slice(3), ''];
  assert.deepEqual(read(facts.join('\n')).items.map((i) => i.source.line).sort((a, b) => a - b), [3, 4, 5, 6, 10, 14]);
});

test('a numbered entry with a list of its own among numbered entries that have none is an entry, not a label over its list', () => {
  const r = read(['## 需要掌握的问题', '', '1. 乐观锁和悲观锁', '', '2. 序列化框架的三种选择', '', '   1. Protobuf', '   2. Hessian', '', '3. 限流、熔断、降级', '', '4. BIO和NIO', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => i.source.line).sort((a, b) => a - b), [3, 5, 7, 8, 10, 12]);
  // Numbered areas, each over its own numbered goals, stay labels.
  const areas = read(['1. Machine Learning', '   1. Ship a project with PyTorch', '   2. Work through fast.ai', '2. Systems', '   1. Read OSTEP', '   2. Build a shell', ''].join('\n'));
  assert.deepEqual(areas.items.map((i) => i.source.line).sort((a, b) => a - b), [2, 3, 5, 6]);
});

test('links to the files beside the note, in a section named for links, are the way around the folder, not work', () => {
  const r = read(['## TP00 — Diagnostic', '', '- [ ] Relire le CSV', '', '## Liens', '', '- [README](README.md)', '- [TP05](tp/05-bilan.md)', '- [Aide-mémoire](ressources/aide-memoire.md)', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => i.source.line), [3]);
  // Web links in such a section, and links to files elsewhere, are read as before.
  const web = read(['## Links', '', '- [Crafting Interpreters](https://craftinginterpreters.com/)', '- [SICP](https://mitpress.mit.edu/sicp)', ''].join('\n'));
  assert.equal(web.items.length, 2);
  const notes = read(['## Books', '', '- [Pro Git](pro-git.md)', '- [SICP](sicp.md)', ''].join('\n'));
  assert.equal(notes.items.length, 2);
});

test('a bullet that names only a period of the plan and its dates is a label over the entries below it, blank lines between', () => {
  const r = read([
    '## 주간 할 일',
    '',
    '- 1주차: 22.03.07 ~ 22.03.10',
    '',
    '  - TIL 목표 설정',
    '',
    '- Week 2 (Mar 11 – Mar 17)',
    '  - Read Clean Code',
    '- Week 3: Graphs',
    '  - BFS',
    '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['TIL 목표 설정', 'Read Clean Code', 'Week 3: Graphs', 'BFS']);
  assert.deepEqual(r.items[0]!.path.slice(-2), ['주간 할 일', '1주차: 22.03.07 ~ 22.03.10']);
});

test('a slot of the day\'s timetable: the clock range is its time, not its name', () => {
  const r = read([
    '## Saturday: Plan',
    '**09:00 - 12:00**',
    '- 09:00 - 10:00: Container Images',
    '- 10:00 - 11:00: Load Balancers and Health Checks',
    '- 11:00 - 12:30: Message Queues',
    '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.source.line, i.title, i.estimate?.hours]), [
    [3, 'Container Images', 1], [4, 'Load Balancers and Health Checks', 1], [5, 'Message Queues', 1.5],
  ]);
  // A time that says its own length keeps it; a routine slot is still no work.
  assert.deepEqual(read('## Monday\n- 07:00 - 08:00: breakfast and commute\n- 19:00 - 21:00: Read SICP (1h)\n').items.map((i) => [i.title, i.estimate?.hours]), [['Read SICP', 1]]);
});

test('a bullet that names the page\'s introduction holds no work under it', () => {
  const r = read([
    '## 1-效率系列',
    '- 简介',
    '  - 重点是把手头的各类软件串成一套流程，帮自己更顺手地处理信息',
    '- 列表',
    '  - 日程管理',
    '  - 灵感管理',
    '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['日程管理', '灵感管理']);
});

test('a Japanese entry under another is a step when its verb, last, says to do something', () => {
  const r = read([
    '- [AtCoder精進メニュー](https://qiita.com/x/items/1)',
    '  - 典型パターン15個やる',
    '  - 過去問精選80問やる',
    '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['AtCoder精進メニュー', 'article'], ['典型パターン15個やる', 'task'], ['過去問精選80問やる', 'task']]);
});

test('an instruction to keep the note up to date is no entry', () => {
  assert.deepEqual(read('## Courses\n1. [ ] [Django](./05_django.md)\n2. [ ] [SQL](./06_sql.md)\n\n> Update this list as you progress\n').items.map((i) => i.title), ['Django', 'SQL']);
});

test('a span of days at the end of an entry says when it was taken up and finished, not a day it is due', () => {
  const r = read([
    '### Books',
    '- [`Modern Java in Action`](https://example.com/1) `🗓 2022-09-14 ~ 2023-02-28`',
    '- [`Test-Driven Development`](https://example.com/2) `🗓 2026-01-09 ~ ?`',
    '- [ ] Rust in Action 2027-01-01 - 2027-02-01',
    '- [ ] Pay the course fee 📅 2027-01-05',
    '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.dates]), [
    ['Modern Java in Action', 'done', { start: '2022-09-14', done: '2023-02-28' }],
    ['Test-Driven Development', 'doing', { start: '2026-01-09' }],
    ['Rust in Action', 'todo', { start: '2027-01-01' }],
    ['Pay the course fee', 'todo', { due: '2027-01-05' }],
  ]);
});

test('a Japanese log line that opens with what was done, in the past ("読んだ", "作った"), is done', () => {
  const r = read('## history\n- 読んだ [リーダブルコード](https://example.jp/readable)\n- 作った [polybar-theme-sakura](https://github.com/x/polybar-theme-sakura)\n- Tour of Rustを読んでいく\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['リーダブルコード', 'done'], ['polybar-theme-sakura', 'done'], ['Tour of Rustを読んでいく', 'todo']]);
});

test('a goal page whose properties keep a count against a target is one item, named by its heading', () => {
  const r = read(['---', 'Deadline: 2024-11-30', 'Progress: 2', 'StartedDate: 2024-11-01', 'Target: 30', '---', '', '# Finish the 30-day Drumming Challenge', ''].join('\n'), 'goal.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress, i.source.line, i.dates]), [
    ['Finish the 30-day Drumming Challenge', 'doing', { done: 2, total: 30, unit: 'day' }, 8, { start: '2024-11-01', due: '2024-11-30' }],
  ]);
});

test('in a note about a judge\'s problems, a count of parts it does not name counts problems', () => {
  const r = read('# Leet Code Questions\n\n| Day | Progress |\n|---|---|\n| Day 01 | 4/4 |\n| Day 02 | 2/5 |\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.progress]), [['Day 01', { done: 4, total: 4, unit: 'problem' }], ['Day 02', { done: 2, total: 5, unit: 'problem' }]]);
});

test('under a ticked entry, a question is an item, but not one that follows a sentence of its own (thinking aloud)', () => {
  const r = read('- [x] 글 목록에 대표 이미지 보여주기\n  - What is a front matter image?\n  - 매번 손으로 적기 귀찮으니 도구에 넣자. 스타일로 고칠 수 있을까?\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['글 목록에 대표 이미지 보여주기', 'task'], ['What is a front matter image?', 'question']]);
});

test('a heading over who wrote it is that book, its shop link its own; the page title over its author is not', () => {
  const r = read([
    '# Leseliste', '', '## Meine Leseliste', '',
    '### The Go Programming Language', '**Autoren:** Alan A. A. Donovan und Brian W. Kernighan', '',
    'Das Standardwerk über Go.', '', '🔗 [Bei Amazon ansehen](https://www.amazon.de/dp/0134190440)', '', '---', '',
    '### Effective Python', '**Autor:** Brett Slatkin', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.links]), [
    ['The Go Programming Language', 'book', ['https://www.amazon.de/dp/0134190440']], ['Effective Python', 'book', []],
  ]);
  assert.deepEqual(read('# 4-Week Frontend Plan\n\n**Author:** Maren\n\n- [ ] Flexbox drills\n').items.map((i) => i.title), ['Flexbox drills']);
});

test('a platform\'s name or a year alone over bullets groups them (a past year\'s are done); a remark in <small> is no part of the name', () => {
  const r = read([
    '## Web Development', '- Coursera', '  - [Front-End Web Development with React](https://www.coursera.org/learn/front-end-react) <small>Thorough, but dated</small>',
    '- edX', '  - [Introduction to TypeScript](https://www.edx.org/course/introduction-to-typescript)', '',
    '## Completed courses', '- 2020', '  - [Learning How to Learn](https://www.coursera.org/learn/learning-how-to-learn)', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Front-End Web Development with React', 'todo'], ['Introduction to TypeScript', 'todo'], ['Learning How to Learn', 'done'],
  ]);
});
