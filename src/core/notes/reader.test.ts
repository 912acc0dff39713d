import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotes } from './index.js';
import { termStatus } from './tables.js';
import type { Item, Roadmap } from '../model/types.js';

const NOW = new Date('2026-11-22T10:00:00Z');

function read(text: string, path = 'notes.md'): Roadmap {
  return parseNotes([{ path, text, sha256: 'x' }], { now: NOW });
}
function titles(r: Roadmap): string[] {
  return r.items.map((i) => i.title);
}
function byTitle(r: Roadmap, t: string): Item {
  const it = r.items.find((i) => i.title === t);
  assert.ok(it, `no item "${t}" in ${JSON.stringify(titles(r))}`);
  return it;
}

test('every checkbox spelling is an item with the right status', () => {
  const r = read([
    '- [ ] open', '1. [x] numbered done', '        a. - [ ] lettered', '[ ]  bare box', '- [X] upper done',
    '* [-] cancelled', '+ [/] half way', '- [] empty box', '- [](https://example.com) a link, no box',
    '- [ x ] spaced done', '- [x ] half spaced', '- [v] v done', '- ( ) round open', '- (x) round done', '- [ ]glued open', '- [X]glued done',
    '- [x](https://example.com) a link named x',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['open', 'todo'], ['numbered done', 'done'], ['lettered', 'todo'], ['bare box', 'todo'], ['upper done', 'done'],
    ['cancelled', 'skipped'], ['half way', 'doing'], ['empty box', 'todo'], ['a link, no box', 'todo'],
    ['spaced done', 'done'], ['half spaced', 'done'], ['v done', 'done'], ['round open', 'todo'], ['round done', 'done'],
    ['glued open', 'todo'], ['glued done', 'done'], ['x a link named x', 'todo'],
  ]);
});

test('Logseq task keywords on list entries: status, priority, planning lines under them', () => {
  const r = read([
    '- ## Plan', '\t- TODO Read [[Designing Data-Intensive Applications]] chapters 1-4', '\t  SCHEDULED: <2027-01-10 Sun>',
    '\t  :LOGBOOK:', '\t  CLOCK: [2027-01-02 Sat 10:00]--[2027-01-02 Sat 11:30] =>  01:30', '\t  :END:',
    '\t- DOING Watch MIT 6.824 lectures', '\t- DONE Finish CS50x week 0', '\t- LATER [#A] Implement a toy Raft',
    '\t- NOW Crafting Interpreters part II', '\t- CANCELED Learn Haskell', '\t- TODO: not a keyword, a label',
  ].join('\n'));
  assert.deepEqual(r.items.slice(0, 6).map((i) => [i.title, i.status]), [
    ['Read Designing Data-Intensive Applications chapters 1-4', 'todo'], ['Watch MIT 6.824 lectures', 'doing'],
    ['Finish CS50x week 0', 'done'], ['Implement a toy Raft', 'todo'], ['Crafting Interpreters part II', 'doing'],
    ['Learn Haskell', 'skipped'],
  ]);
  const first = r.items[0]!;
  assert.equal(first.dates.scheduled, '2027-01-10');
  assert.equal(first.spentHours, 1.5);
  assert.equal(first.source.endLine, 6);
  assert.equal(byTitle(r, 'Implement a toy Raft').priority, 4);
  assert.ok(!titles(r).some((t) => t.startsWith('TODO ') || t.startsWith('SCHEDULED')));
});

test('an 8-space indented "a. - [ ] x" is a task, not code; nesting gives parents', () => {
  const r = read('1. - [ ] Pytorch:\n        a. - [ ] torch.nn\n        b. - [ ] RNNs\n\n2. - [ ] LINUX:\n');
  const py = byTitle(r, 'Pytorch');
  assert.equal(byTitle(r, 'torch.nn').parent, py.id);
  assert.equal(byTitle(r, 'RNNs').parent, py.id);
  assert.equal(byTitle(r, 'LINUX').parent, null);
});

test('labels introduce plain-line lists and become the path', () => {
  const r = read('Research areas:\n\nInfra level:\nlinux os\nhypervisor kvm\n\nService Layer:\nconcurrency\n');
  assert.deepEqual(titles(r), ['linux os', 'hypervisor kvm', 'concurrency']);
  assert.deepEqual(byTitle(r, 'linux os').path, ['Research areas', 'Infra level']);
  assert.deepEqual(byTitle(r, 'concurrency').path, ['Research areas', 'Service Layer']);
});

test('prose is not items; a short instruction on its own line is', () => {
  const r = read([
    'The overall objective of this list is to come up with a problem statement that aligns with the company.',
    'We save their research time and solve business problems',
    '',
    'look into open problem statements and clean it as well.',
  ].join('\n'), 'notes.txt');
  assert.deepEqual(titles(r), ['look into open problem statements and clean it as well']);
});

test('a schedule inside a code fence is a schedule: block hours are shared', () => {
  const r = read([
    '####**Monday (7 hours): Deep Dive**', '```', 'Morning (3 hours):', '- Read EfficientNet paper: https://arxiv.org/abs/1905.11946',
    '- Watch: "EfficientNet Explained"', '- Study scaling', '', 'Afternoon (4 hours):', '- Hands-on: Implement B0', '- Code: Transfer learning',
    '- Experiment: Compare', '```', '', '**Deliverables:**', '- [ ] Implementation notebook',
  ].join('\n'));
  const paper = byTitle(r, 'Read EfficientNet paper');
  assert.equal(paper.kind, 'paper');
  assert.deepEqual(paper.links, ['https://arxiv.org/abs/1905.11946']);
  assert.deepEqual(paper.estimate, { hours: 1, basis: 'derived' });
  assert.equal(byTitle(r, 'Watch: "EfficientNet Explained"').kind, 'video');
  assert.equal(byTitle(r, 'Hands-on: Implement B0').estimate?.hours, 1.33);
  const nb = byTitle(r, 'Implementation notebook');
  assert.equal(nb.kind, 'deliverable');
  assert.equal(nb.estimate, null);
});

test('a code fence with a language is code, not items', () => {
  const r = read('```python\n- [ ] not a task\nx = 1\n```\n- [ ] a task\n');
  assert.deepEqual(titles(r), ['a task']);
});

test('continuation lines: links, a progress line, time logs and sub-questions', () => {
  const r = read([
    'Courses:', 'MIT 6.824 Distributed Systems', '    https://pdos.csail.mit.edu/6.824/', '    Lec 1 done out of 20',
    '', '- [x] [Skiena (video)](https://www.youtube.com/watch?v=z)', '  - 11/5, 82 mins, good to review',
    '- [ ] Reinforcement learning basics', '    Is RL problem differentiable?',
  ].join('\n'), 'state.txt');
  const mit = byTitle(r, 'MIT 6.824 Distributed Systems');
  assert.deepEqual(mit.progress, { done: 1, total: 20, unit: 'lecture' });
  assert.equal(mit.status, 'doing');
  assert.equal(mit.progressLine, 4);
  assert.deepEqual(mit.links, ['https://pdos.csail.mit.edu/6.824/']);
  assert.equal(mit.kind, 'course');
  const sk = byTitle(r, 'Skiena');
  assert.equal(sk.kind, 'video');
  assert.equal(sk.spentHours, 1.37);
  const q = byTitle(r, 'Is RL problem differentiable?');
  assert.equal(q.kind, 'question');
  assert.equal(q.parent, byTitle(r, 'Reinforcement learning basics').id);
});

test('Obsidian Tasks emoji fields and dataview fields', () => {
  const r = read([
    '- [ ] #task Write the report 📅 2026-12-01 ⏳ 2026-11-25 🛫 2026-11-24 ⏫ 🆔 rep1',
    '- [ ] Review it ⛔ rep1 🔁 every week',
    '- [x] Shipped ✅ 2026-11-20',
    '- [ ] Dataview one [due:: 2026-12-24] [priority:: high]',
  ].join('\n'));
  const w = byTitle(r, 'Write the report');
  assert.deepEqual(w.dates, { due: '2026-12-01', scheduled: '2026-11-25', start: '2026-11-24' });
  assert.equal(w.priority, 4);
  assert.deepEqual(w.tags, ['task']);
  const rev = byTitle(r, 'Review it');
  assert.deepEqual(rev.dependsOn, [w.id]);
  assert.equal(rev.recurrence, 'every week');
  assert.equal(byTitle(r, 'Shipped').dates.done, '2026-11-20');
  const dv = byTitle(r, 'Dataview one');
  assert.equal(dv.dates.due, '2026-12-24');
  assert.equal(dv.priority, 4);
});

test('org-mode: keywords, priorities, planning lines, effort, clocks, cookies', () => {
  const r = read([
    '#+title: Study', '* Algorithms', '** TODO [#A] Read CLRS chapters 1-4', '   SCHEDULED: <2026-11-24 Tue> DEADLINE: <2026-12-01 Tue>',
    '   :PROPERTIES:', '   :Effort:   6:00', '   :END:', '** DONE Grokking Algorithms', '   CLOSED: [2026-10-30 Fri 21:10]',
    '** [-] F# In Action', ':LOGBOOK:', 'CLOCK: [2024-09-03 Tue 06:58]--[2024-09-03 Tue 07:37] =>  0:39', ':END:',
    '** HOLD The Programmer\'s Brain', '- Note taken on [2024-06-13 Thu 07:07] \\\\', '  Just finished chapter 8',
  ].join('\n'), 'study.org');
  const clrs = byTitle(r, 'Read CLRS chapters 1-4');
  assert.equal(clrs.priority, 4);
  assert.deepEqual(clrs.dates, { scheduled: '2026-11-24', due: '2026-12-01' });
  assert.deepEqual(clrs.estimate, { hours: 6, basis: 'explicit' });
  assert.deepEqual(clrs.path, ['Study', 'Algorithms']);
  assert.equal(byTitle(r, 'Grokking Algorithms').status, 'done');
  assert.equal(byTitle(r, 'Grokking Algorithms').dates.done, '2026-10-30');
  const fs = byTitle(r, 'F# In Action');
  assert.equal(fs.status, 'doing');
  assert.equal(fs.spentHours, 0.65);
  const brain = byTitle(r, "The Programmer's Brain");
  assert.deepEqual(brain.progress, { done: 8, total: null, unit: 'chapter' });
});

test('org log entries (notes, state changes) and the text under them belong to the headline above', () => {
  const r = read([
    '* Papers', '** [-] [#C] Summarise the Raft paper (log compaction)', ':LOGBOOK:',
    'CLOCK: [2026-02-23 Mon 16:00]--[2026-02-23 Mon 17:54] =>  1:54', ':END:',
    '- Note taken on [2026-04-10 Thu 07:07] \\\\', '  Rereading',
    '- State "DONE"       from "TODO"       [2026-04-11 Sat 09:00]',
    '- Read the Paxos paper too',
  ].join('\n'), 'log.org');
  assert.deepEqual(r.items.map((i) => i.title), ['Summarise the Raft paper (log compaction)', 'Read the Paxos paper too']);
  assert.equal(byTitle(r, 'Summarise the Raft paper (log compaction)').source.endLine, 8);
  assert.equal(byTitle(r, 'Summarise the Raft paper (log compaction)').priority, 1);
});

test('course tables with duration and effort columns', () => {
  const r = read([
    '## Core programming', 'Courses | Duration | Effort | Prerequisites', ':-- | :--: | :--: | :--:',
    '[Systematic Program Design](https://www.edx.org/spd) | 13 weeks | 8-10 hours/week | none',
    '[Class-based Program Design](x/README.md) | 13 weeks | 5-10 hours/week | Systematic Program Design',
  ].join('\n'));
  const spd = byTitle(r, 'Systematic Program Design');
  assert.equal(spd.kind, 'course');
  assert.equal(spd.estimate?.hours, 117);
  assert.deepEqual(byTitle(r, 'Class-based Program Design').dependsOn, [spd.id]);
});

test('duplicates across files and spellings become one item with mentions', () => {
  const r = parseNotes([
    { path: 'a.md', text: '## Books\n- Designing_Data_lntensive_Applications.pdf\n', sha256: '' },
    { path: 'b.md', text: '### Essential Books\n- [ ] "Designing Data-Intensive Applications" - Martin Kleppmann\n', sha256: '' },
  ], { now: NOW });
  assert.equal(r.items.length, 1);
  assert.equal(r.items[0]!.kind, 'book');
  assert.deepEqual(r.items[0]!.mentions, [{ path: 'b.md', line: 2 }]);
});

test('scheduled work with the same text in two weeks is never merged', () => {
  const r = read('## Week 1\n**Deliverables:**\n- [ ] Performance report\n## Week 2\n**Deliverables:**\n- [ ] Performance report\n');
  assert.equal(r.items.length, 2);
  assert.notEqual(r.items[0]!.id, r.items[1]!.id);
});

test('ids stay stable when unrelated lines are added above', () => {
  const a = read('# Plan\n- [ ] Learn Rust\n- [ ] Read SICP\n');
  const b = read('# Plan\nSome new prose line here, added later by hand.\n\n- [ ] Something else\n- [ ] Learn Rust\n- [ ] Read SICP\n');
  assert.equal(byTitle(a, 'Learn Rust').id, byTitle(b, 'Learn Rust').id);
  assert.equal(byTitle(a, 'Read SICP').id, byTitle(b, 'Read SICP').id);
});

test('double-encoded titles are repaired; BOM and CRLF are fine', () => {
  const r = read('\uFEFF- [ ] âœ¦ Ã‰va\'s course\r\n- [ ] second\r\n');
  assert.deepEqual(titles(r), ["✦ Éva's course", 'second']);
  assert.equal(r.items[1]!.source.line, 2);
});

test('budget and horizon in their wordings', () => {
  assert.deepEqual(pick(read('**Time Investment**: 35 hours/week × 6 weeks = 210 total hours').budget), [35, 6, 210]);
  assert.deepEqual(pick(read('Ideally the timeline is 4 to 6 months, after that it is waste.').budget), [null, 26, null]);
  assert.deepEqual(pick(read('3-week track (10-15 hrs/week).').budget), [12.5, 3, 37.5]);
  assert.deepEqual(pick(read('- **每週學習時間**：35 小時\n- **總學習時數**：560 小時').budget), [35, 16, 560]);
  // A day's amount in minutes or under a label, and a span said in days.
  assert.deepEqual(pick(read('- **Duration:** 2 weeks (14 days)\n- **Daily Commitment:** 60–90 minutes').budget), [8.75, 2, 17.5]);
  assert.deepEqual(pick(read('I will code for at least an hour every day for the next 100 days.').budget), [7, 14.29, 100]);
  assert.deepEqual(pick(read('30 min/day').budget), [3.5, null, null]);
  assert.deepEqual(pick(read('Day 1: arrays and hashing').budget), [null, null, null]);
  assert.deepEqual(pick(read('Nothing about time here.').budget), [null, null, null]);
});

function pick(b: Roadmap['budget']): (number | null)[] {
  return [b.hoursPerWeek, b.weeks, b.totalHours];
}

test('advice and job wishes are not work', () => {
  const r = read([
    '## How I work', '- **Plan-driven:** I follow a written, time-bounded roadmap instead of jumping randomly.', '',
    'I am looking for opportunities where I can:', '- Work on training platforms for ML', '- Use my security background',
    '', 'I am following a structured roadmap centered on:', '- **PyTorch first:** tensors, autograd, CNNs',
  ].join('\n'));
  assert.deepEqual(titles(r), ['PyTorch first: tensors, autograd, CNNs']);
});

test('dependencies said in words: after, requires, prerequisite', () => {
  const r = read('- [ ] Raft: In Search of an Understandable Consensus Algorithm\n- [ ] Build a Raft KV store (after Raft)\n- [ ] Linear Algebra\n- [ ] Machine learning course - prerequisite: Linear Algebra\n');
  assert.deepEqual(byTitle(r, 'Build a Raft KV store').dependsOn, [r.items[0]!.id]);
  assert.deepEqual(byTitle(r, 'Machine learning course').dependsOn, [byTitle(r, 'Linear Algebra').id]);
  // A name that starts two items' titles names neither.
  const two = read('- [ ] Raft paper\n- [ ] Raft lab 2A\n- [ ] Build a Raft KV store (after Raft)\n');
  assert.deepEqual(byTitle(two, 'Build a Raft KV store').dependsOn, []);
});

test("notes' mistakes are warnings with file and line", () => {
  const r = read('# Plan\n- [ ] Ship it 📅 2026-02-30\n- [ ]\n```\n- [ ] inside an unclosed fence\n', 'plan.md');
  assert.deepEqual(r.warnings.map((w) => [w.path, w.line, w.code]), [['plan.md', 2, 'invalid-date'], ['plan.md', 3, 'empty-checkbox'], ['plan.md', 4, 'unclosed-fence']]);
  assert.deepEqual(byTitle(r, 'Ship it').dates, {});
});

test('check marks, capital headings, done sections and status tables', () => {
  const r = read([
    'STUDY PLAN 2026 (10 hrs/week)', '', 'Done so far:', 'x Harvard CS50 (finished March)', 'Khan Academy linear algebra', '',
    '', 'Next:', '✓ Read SICP chapter 1', '☐ Watch lecture 3', '', 'x = 5 is not a task',
  ].join('\n'), 'plan.txt');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Harvard CS50', 'done'], ['Khan Academy linear algebra', 'done'], ['Read SICP chapter 1', 'done'], ['Watch lecture 3', 'todo'],
  ]);
  const t = read('| Course | Status | Hours |\n|---|---|---|\n| ML Specialization | 2/3 courses | 60 |\n| Deep Learning | Not started | 40 |\n');
  assert.deepEqual(byTitle(t, 'ML Specialization').progress, { done: 2, total: 3, unit: 'course' });
  assert.equal(byTitle(t, 'ML Specialization').status, 'doing');
  assert.equal(byTitle(t, 'Deep Learning').status, 'todo');
  assert.equal(byTitle(t, 'Deep Learning').estimate?.hours, 40);
});

test('an org headline over plain bullets that name things groups them; one over a field or notes is the thing itself', () => {
  const r = read([
    '* 寒假计划', '** 学完', '*** 网易Stanford CS106A', '- 完成进度： 1 | 2 | 3 | 4', '** 再读', '- 人月神话', '',
    '** Compilers', '- chapter 3 was dense', '** Rust book', '- Chapter 4', '- Chapter 5',
  ].join('\n'), 'plan.org');
  const lines = r.items.map((i) => i.source.line);
  assert.ok(lines.includes(3) && lines.includes(6) && lines.includes(8) && lines.includes(9), String(lines));
  assert.ok(!lines.includes(5), String(lines));
  // (Bullets that say what to do are the headline's steps: it is the thing, as one over notes is.)
  const steps = read(['* Day 02', '*** Fix some annoying defaults', '  - 1. make the cursor a block', '  - 2. disable the swap file', '*** Books', '  - SICP', '  - HtDP'].join('\n'), 'plan.org');
  assert.deepEqual(steps.items.map((i) => i.title), ['Fix some annoying defaults', 'make the cursor a block', 'disable the swap file', 'SICP', 'HtDP']);
});

test('a progress field in Chinese that tallies the parts done ("完成进度： 1 | 2 | 3 | 4") is how far along its entry is', () => {
  const r = read(['** 课程', '*** 网易Stanford CS106A', '- 完成进度： 1 | 2 | 3 | 4', '*** 廖雪峰的Git教程', '- 完成进度： 1 | '].join('\n'), 'plan.org');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.status, i.progress?.done ?? null]), [[2, 'doing', 4], [4, 'doing', 1]]);
});

test('org: headlines under one that holds no work hold none; a headline ending in a colon introduces; a dated line under a headline is its log', () => {
  const r = read([
    '*** Plan', '**** TODO lecture 9,10,12-14', 'SCHEDULED: <2019-04-12 五 08:00>', '     <2019-04-13 六 20:40> done lecture 9', '',
    '**** BOOKS:', '- Natural Language Processing with Python', '',
    '*** Tips相关的命令:', '***** git command:', '****** 新建仓库:', '- git init', '***** spacemacs command', '- SPC f f',
  ].join('\n'), 'plan.org');
  assert.deepEqual(r.items.map((i) => i.source.line), [2, 7]);
});

test('org keywords a file declares with #+TODO:', () => {
  const r = read('#+TODO: TODO READING(r) | READ(d) DROPPED\n* READING The Rust Book\n* READ SICP\n* DROPPED Some course\n* TODO Plan it\n', 'books.org');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['The Rust Book', 'doing'], ['SICP', 'done'], ['Some course', 'skipped'], ['Plan it', 'todo']]);
});

test('check marks as checkboxes, on plain lines and opening list entries', () => {
  const r = read([
    '✅ Finish "Introduction to Algorithms" ch. 1-10', '⬜ fast.ai Part 2', '🔄 ML Specialization', '❌ Kaggle competition',
    '', '- ✅ Read SICP chapter 1', '- ⬜ Watch CS61A lecture 5', '1. ❌ Coursera ML', '- ✔️ Clean Code', '- 🚧 Raft lab',
    '- ✅ 2024-01-01 is a date, not a title',
  ].join('\n'));
  assert.deepEqual(r.items.slice(0, 9).map((i) => [i.title, i.status]), [
    ['Finish "Introduction to Algorithms" ch. 1-10', 'done'], ['fast.ai Part 2', 'todo'], ['ML Specialization', 'doing'],
    ['Kaggle competition', 'skipped'], ['Read SICP chapter 1', 'done'], ['Watch CS61A lecture 5', 'todo'], ['Coursera ML', 'skipped'],
    ['Clean Code', 'done'], ['Raft lab', 'doing'],
  ]);
  // A cross mark is dropped work in org files too (org's "[-]" means under way).
  assert.equal(read('* Plan\n✗ Learn Haskell\n', 'plan.org').items.find((i) => i.title === 'Learn Haskell')?.status, 'skipped');
});

test('a status word after a separator is the status, not part of the title', () => {
  const r = read('Books:\n  * Clean Code (finished)\n  * The Pragmatic Programmer - reading, p. 120 of 320\n  * Refactoring - not started\n  * SICP — started\n  * Hacker\'s Delight: on hold\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Clean Code', 'done'], ['The Pragmatic Programmer', 'doing'], ['Refactoring', 'todo'], ['SICP', 'doing'], ["Hacker's Delight", 'skipped'],
  ]);
});

test('the budget: an item\'s own total is not the budget\'s; a rate "until June" runs to the end of June', () => {
  const r = read('- [ ] SQL course on Khan Academy, 6 hours total\n\nI can do about 10 hrs/week until June.\n');
  assert.equal(r.items[0]!.estimate?.hours, 6);
  assert.equal(r.budget.hoursPerWeek, 10);
  assert.equal(r.budget.deadline, '2027-06-30');
  // 2026-11-22 to 2027-06-30 is 220 days: 32 weeks, begun.
  assert.equal(r.budget.weeks, 32);
  assert.equal(r.budget.totalHours, 320);
  assert.equal(read('Budget: 8h/week through March 2027\n').budget.deadline, '2027-03-31');
  assert.equal(read('35 hours/week x 6 weeks = 210 total hours\n').budget.totalHours, 210);
});

test('a title line in capitals with a short code ("STUDY PLAN - Q1") is a heading', () => {
  const r = read('STUDY PLAN - Q1\n\n[x] Python basics\n[ ] Data structures\n', 'plan.txt');
  assert.deepEqual(titles(r), ['Python basics', 'Data structures']);
  assert.deepEqual(r.items[0]!.path, ['STUDY PLAN - Q1']);
});

test('platform names make a short title a course; the name alone or a sentence does not', () => {
  const r = read('- [ ] Coursera ML\n- [ ] Complete the fast.ai course part 1\n- [ ] [Khan Academy](https://example.org/x)\n- [ ] Meeting with dad to discuss the quiz and show him the Khan Academy quiz\n');
  assert.deepEqual(r.items.slice(0, 3).map((i) => i.kind), ['course', 'course', 'article']);
  assert.notEqual(r.items[3]!.kind, 'course');
});

test('a table of ticks under stages: each row is as far along as the stages it ticked; a picture by reference is no link', () => {
  const r = read([
    '[done]: https://example.com/done.png "Done"', '',
    '| Skill | 1<br>Introduction | 2<br>Occasional use | 3<br>Regular use |', '|:--|:--:|:--:|:--:|',
    '| **Java** | ![done][done] | ![done][done] | ![done][done] |', '| **Thymeleaf** | ![done][done] | ![done][done] | |', '| **Rust** | | | |', '',
    '| Topic | Read | Notes |', '|---|---|---|', '| Graphs | ✅ | ❌ |', '| Heaps | ✅ | ✅ |',
  ].join('\n'), 'tracker.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.progress && `${i.progress.done}/${i.progress.total} ${i.progress.unit}`, i.links.length]), [
    ['Java', 'skill', 'done', '3/3 level', 0], ['Thymeleaf', 'skill', 'doing', '2/3 level', 0], ['Rust', 'skill', 'todo', '0/3 level', 0],
    ['Graphs', 'topic', 'done', null, 0], ['Heaps', 'topic', 'done', null, 0],
  ]);
});

test('a title column that names two kinds ("Course\\Books"): each row is one of them, the first named unless its words say the other', () => {
  const r = read([
    '| Status | Course\\Books | Tutor |', '|---|---|---|',
    '| done | Algorithms and data structures 1 | Jane Roe |', '| done | SQL from scratch | Jane Roe |', '| doing | Read: Spring in Action | |',
  ].join('\n'), 'learning.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind]), [[3, 'course'], [4, 'course'], [5, 'book']]);
});

test('a grid table (pandoc): rules between rows, its header over "+===+", a row going on over lines with its link; a page\'s <style> is never read', () => {
  const r = read([
    '<div>', '<style>', '  .table td:nth-of-type(3) { width: 12%; }', '</style>', '</div>', '',
    '+------+----------------------------------+--------+----------------------+----------------------+',
    '| 序号 | 资源名                           | 来源   |              开始于  |               完成于 |',
    '+=====:+:================================:+:======:+=====================:+=====================:+',
    '|    1 | [零基础 Godot4 像素平台跳跃入门篇] | B 站   |  2020 年 08 月 17 日 |                    - |',
    '|      | (//www.bilibili.com/video/BV1Xq4y1M7Pa) |  |                      |                      |',
    '+------+----------------------------------+--------+----------------------+----------------------+',
    '|    2 | Eloquent JavaScript, Third Edition | 电子书 |  2020 年 08 月 25 日 |  2020 年 09 月 18 日 |',
    '+------+----------------------------------+--------+----------------------+----------------------+',
  ].join('\n'), 'records-study-stuff.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.title, i.kind, i.status, i.links]), [
    [10, '零基础 Godot4 像素平台跳跃入门篇', 'video', 'doing', ['https://www.bilibili.com/video/BV1Xq4y1M7Pa']],
    [13, 'Eloquent JavaScript, Third Edition', 'book', 'done', []],
  ]);
  assert.equal(r.items[1]!.dates.done, '2020-09-18');
});

test('a table whose header names no title column and whose first column numbers its rows ("1.1", "2.2", between rows that head its parts) takes each row\'s title from its first column of words', () => {
  const r = read(['| Woche | Hausaufgaben [DE] | Status |', '|---|---|---|', '| **TEIL 1 – GRUNDLAGEN** | | **In Bearbeitung** |', '| 1.1 | Schau dir Kapitel 1 auf Coursera an | ✅ Erledigt |', '| | Übungsquiz zu Session 1 | ✅ Erledigt |', '| 2.1 | Mach die Übungen aus Sitzung 1 | ⏳ Nicht begonnen |'].join('\n'), 'lernplan.md');
  assert.deepEqual(r.items.slice(1).map((i) => [i.title, i.status]), [['Schau dir Kapitel 1 auf Coursera an', 'done'], ['Übungsquiz zu Session 1', 'done'], ['Mach die Übungen aus Sitzung 1', 'todo']]);
});

test('a table\'s Type column says each row\'s kind, over the cues in its title', () => {
  const r = read('| Resource | Type | Status | Hours |\n|---|---|---|---|\n| Hands-On ML (Géron) | Book | Done | 30 |\n| CS229 | Course | Not started | 60 |\n| Kaggle Titanic | Project | In progress | 8 |\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.estimate?.hours]), [
    ['Hands-On ML (Géron)', 'book', 'done', 30], ['CS229', 'course', 'todo', 60], ['Kaggle Titanic', 'project', 'doing', 8],
  ]);
});

test('plain lines with their status in front ("DONE: Git basics") are entries, and the list around them too', () => {
  const r = read('Things to learn in 2027\n\nDONE: Git basics\nTODO: Kubernetes the hard way\nDocker - in progress (3/10 modules)\nAWS Solutions Architect Associate cert (~80h)\n\nIdeas:\n- build a homelab k8s cluster\n- write a blog post about what I learned\n', 'plan.txt');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Git basics', 'done'], ['Kubernetes the hard way', 'todo'], ['Docker', 'doing'], ['AWS Solutions Architect Associate cert', 'todo'],
    ['build a homelab k8s cluster', 'todo'], ['write a blog post about what I learned', 'todo'],
  ]);
  assert.equal(byTitle(r, 'AWS Solutions Architect Associate cert').kind, 'course');
});

test('a rate "for 6 months" after it sets the weeks', () => {
  const b = read('Time budget: 12 hours per week for 6 months.\n').budget;
  assert.deepEqual([b.hoursPerWeek, b.weeks, b.totalHours], [12, 26, 312]);
});

test('book titles that open like a verb, decorations in brackets, a status with its date', () => {
  const r = read('### Reading queue\n- Clean Architecture [optional]\n- The Pragmatic Programmer\n\n## Other\n- [ ] Design Patterns\n- [ ] Design a rate limiter\n- ~~CS50x~~ (finished Nov 2026)\n- [x] Raft lab - done 2026-11-02\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.optional]), [
    ['Clean Architecture', 'book', 'todo', true], ['The Pragmatic Programmer', 'book', 'todo', false],
    ['Design Patterns', 'topic', 'todo', false], ['Design a rate limiter', 'task', 'todo', false],
    ['CS50x', 'course', 'done', false], ['Raft lab', 'topic', 'done', false],
  ]);
});

test('org: a cookie after the title is progress; a tag naming a kind gives the kind', () => {
  const r = read('* Math\n** STARTED Calculus (Spivak) [3/12]\n*** DONE Chapter 1\n*** TODO Chapter 2\n* CS\n** TODO Nand2Tetris part 1 :course:\n', 'study.org');
  assert.deepEqual(byTitle(r, 'Calculus (Spivak)').progress, { done: 3, total: 12, unit: 'item' });
  assert.equal(byTitle(r, 'Nand2Tetris part 1').kind, 'course');
  // A cookie typed on a headline with nothing under it is the person's own count.
  assert.deepEqual(read('* Books\n** STARTED Real Analysis (Abbott) [40%]\n', 'r.org').items[0]!.progress, { done: 40, total: 100, unit: 'percent' });
  assert.equal(read('- [ ] Gödel, Escher, Bach #book\n- [ ] Q3 planning #project\n').items.map((i) => i.kind).join(), 'book,topic');
  // A to-do whose count has begun is under way, as a box with a count is; one at nought is not.
  const begun = read('* Courses\n** TODO Full Stack Open [2/13]\n** TODO Nand2Tetris part 2 [0/12]\n', 'c.org');
  assert.deepEqual(begun.items.map((i) => i.status), ['doing', 'todo']);
});

test('a log or journal section records what was done; its plain bullets are not new work', () => {
  const r = read('# 2026-11-20\n\n## Log\n- 09:00-10:30 read DDIA ch. 6 (1.5h)\n- worked on raft lab 2A, 2h\n\n## Tasks\n- [ ] Finish DDIA chapter 6\n');
  assert.deepEqual(titles(r), ['Finish DDIA chapter 6']);
});

test('progress in the many ways a "current state" list says it', () => {
  const r = read([
    '- fast.ai - watched 12/30 videos', '- Coursera ML: 3 of 8 modules complete', '- Rust book: lesson 7 (of 20)',
    '- OSTEP - halfway through', '- CS231n [5/16 lectures]', '- Abstract Algebra (Pinter) — chapters 1-5 done',
    '- MIT 18.06: lectures 1–10 watched', '- Clean Code - read',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress && `${i.progress.done}/${i.progress.total ?? '?'} ${i.progress.unit}`]), [
    ['fast.ai', 'doing', '12/30 video'], ['Coursera ML', 'doing', '3/8 module'], ['Rust book', 'doing', '7/20 lesson'],
    ['OSTEP', 'doing', null], ['CS231n', 'doing', '5/16 lecture'], ['Abstract Algebra (Pinter)', 'doing', '5/? chapter'],
    ['MIT 18.06', 'doing', '10/? lecture'], ['Clean Code', 'done', null],
  ]);
});

test('estimates: part-time weeks, sittings times length, labels, a name\'s number is not a range', () => {
  const r = read([
    '- [ ] Write a toy compiler (~2 weeks part-time)', '- [ ] Kaggle: Titanic (estimate: 6 hours)', '- [ ] Read DDIA (est. 30h)',
    '- [ ] Raft implementation [time: 10h]', '- [ ] System design prep ⏱ 8h', '- [ ] Watch the Missing Semester (11 lectures × 1h)',
    '- [ ] Leetcode 75 — 2h',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours]), [
    ['Write a toy compiler', 40], ['Kaggle: Titanic', 6], ['Read DDIA', 30], ['Raft implementation', 10], ['System design prep', 8],
    ['Watch the Missing Semester', 11], ['Leetcode 75', 2],
  ]);
});

test('the budget is not read from items\' own lines, table rows or a plan\'s fields as items', () => {
  const r = read('- [ ] Leetcode 75 — 1 hour/day for a month\n\n| Course | Effort |\n|---|---|\n| Fullstack Open | 15 hours/week |\n');
  assert.equal(r.budget.hoursPerWeek, null);
  const plan = read('## 學習時間規劃\n- **開始日期**：2025/11/04\n- **總週數**：16 週\n- **每週學習時間**：35 小時\n- **總學習時數**：560 小時\n\n## Background\n- **Industry**: iGaming\n- **Strengths**: team lead\n');
  assert.deepEqual(plan.items, []);
  assert.deepEqual([plan.budget.hoursPerWeek, plan.budget.weeks, plan.budget.start], [35, 16, '2025-11-04']);
});

test('a day line naming its one activity is that activity, with the hours of its time range', () => {
  const r = read('**Tue** (2h)\n- Raft lab 2A\n\nWed: rest\n\nThu 19:00-21:00 — system design mock\nFri – 1.5h Go concurrency patterns talk\nSat 7-9pm: \n\nMonday (7 hours): Deep work\n- Read DDIA ch. 3\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours, i.path.at(-1)]), [
    ['Raft lab 2A', 2, 'Tue'], ['system design mock', 2, 'Thu 19:00-21:00'], ['Go concurrency patterns talk', 1.5, 'Fri – 1.5h'],
    ['Read DDIA ch. 3', 7, 'Monday: Deep work'],
  ]);
});

test('papers to read are papers', () => {
  assert.equal(read('Papers to read:\nAttention Is All You Need\nBERT: Pre-training of Deep Bidirectional Transformers\n').items.map((i) => i.kind).join(), 'paper,paper');
});

test('"Background reading" introduces work; a profile does not', () => {
  assert.deepEqual(titles(read('Background reading:\n- Designing Data-Intensive Applications\n- The Raft paper\n')), ['Designing Data-Intensive Applications', 'The Raft paper']);
  assert.deepEqual(titles(read('## Profile\n- Java backend engineer, 8 years\n- Based in Lisbon\n')), []);
});

test('budget bullets are the budget, not items; a task\'s own pace is not the budget', () => {
  const cases: [string, (number | null)[], string[]][] = [
    ['## Budget\n- 10 hours/week for 12 weeks\n', [10, 12, 120], []],
    ['## Time\n- Time: 10 hrs/week\n- Duration: 12 weeks\n', [10, 12, 120], []],
    ['Constraints:\n* ~15h/week, 6 months\n', [15, 26, 390], []],
    ['## Plan\n1. Study 35 hours/week x 6 weeks = 210 total hours\n- [ ] Read SICP\n', [35, 6, 210], ['Read SICP']],
    ['- [ ] Leetcode 75 — 1 hour/day for a month\n', [null, null, null], ['Leetcode 75 — 1 hour/day for a month']],
    // A number glued to "h" inside a link is no total ("watch?v=22hwc…").
    ['- [Skiena lectures](https://www.youtube.com/watch?v=22hwcnXIGgk)\n', [null, null, null], ['Skiena lectures']],
  ];
  for (const [text, budget, items] of cases) {
    const r = read(text);
    assert.deepEqual([r.budget.hoursPerWeek, r.budget.weeks, r.budget.totalHours], budget, text);
    assert.deepEqual(titles(r), items, text);
  }
});

test('a check mark after a title is done; "top 10%" is a rank, not progress', () => {
  const r = read('1. Math foundations\n   - Linear algebra (3Blue1Brown) ✓\n\nStretch goals:\n- Kaggle competition top 10%\n- Clean Code ✔️\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress]), [
    ['Math foundations', 'doing', null], ['Linear algebra (3Blue1Brown)', 'done', null], ['Kaggle competition top 10%', 'todo', null], ['Clean Code', 'done', null],
  ]);
});

test('a plain-text roadmap: quarters as sections, dot leaders to the hours, the total and pace after it', () => {
  const r = read('LEARNING ROADMAP 2027\n=====================\n\nQ1: Foundations\n  - Discrete math (MIT 6.042J) ............ 60h\n  - Algorithms: CLRS ch 1-16 .............. 80h\n\nQ2: Systems\n  - OS: OSTEP (whole book) ................. 40h\n\nTotal: ~360h. At 15h/week that is 24 weeks.\n', 'r.txt');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours, i.path.at(-1)]), [
    ['Discrete math (MIT 6.042J)', 60, 'Q1: Foundations'], ['Algorithms: CLRS ch 1-16', 80, 'Q1: Foundations'], ['OS: OSTEP (whole book)', 40, 'Q2: Systems'],
  ]);
  assert.deepEqual([r.budget.hoursPerWeek, r.budget.weeks, r.budget.totalHours], [15, 24, 360]);
});

test('a short name given in brackets ("… (DDIA)") is the same resource when used alone later', () => {
  const r = read('## Books\n- Designing Data-Intensive Applications (DDIA)\n- Structure and Interpretation of Computer Programs (SICP)\n- Crafting Interpreters (JS)\n\n## Now\n- [ ] DDIA ch. 5 of 12\n- [ ] SICP\n- [ ] JS\n');
  const ddia = byTitle(r, 'Designing Data-Intensive Applications (DDIA)');
  assert.deepEqual(ddia.progress, { done: 5, total: 12, unit: 'chapter' });
  assert.deepEqual(ddia.mentions, [{ path: 'notes.md', line: 7 }]);
  assert.deepEqual(byTitle(r, 'Structure and Interpretation of Computer Programs (SICP)').mentions, [{ path: 'notes.md', line: 8 }]);
  // "JS" is not the initials of "Crafting Interpreters": two things.
  assert.ok(titles(r).includes('JS'));
});

test('horizons and deadlines in words: a month or quarter, years, two dates on a line', () => {
  const b = (text: string) => read(`${text}\n`).budget;
  assert.equal(b('Deadline: March 2027').deadline, '2027-03-31');
  assert.equal(b('Target: done by end of Q2 2027').deadline, '2027-06-30');
  assert.equal(b('Timeframe: 1 year').weeks, 52);
  assert.deepEqual([b('Start: 2027-01-04, end 2027-04-30').start, b('Start: 2027-01-04, end 2027-04-30').deadline], ['2027-01-04', '2027-04-30']);
  const ossu = b('It is possible to finish within about 2 years if you devote roughly 20 hours/week to your studies.');
  assert.deepEqual([ossu.hoursPerWeek, ossu.weeks, ossu.totalHours], [20, 104, 2080]);
});

test('a heading whose first line says its status ("Status: In progress (60%)") is an item', () => {
  const r = read('## 1. Linear Algebra\nStatus: Done\nResources: Strang lectures\n\n## 2. Probability\nStatus: In progress (60%)\n\n## 3. Statistics\nProgress: 3/10 chapters\n- [ ] Bayesian Methods for Hackers\n\n## Notes\nStatus: whatever this is\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progressLine]), [
    ['Linear Algebra', 'done', 2], ['Probability', 'doing', 6], ['Statistics', 'doing', 9], ['Bayesian Methods for Hackers', 'todo', null],
  ]);
  assert.deepEqual(byTitle(r, 'Probability').progress, { done: 60, total: 100, unit: 'percent' });
  assert.equal(byTitle(r, 'Bayesian Methods for Hackers').parent, byTitle(r, 'Statistics').id);
});

test('bare links in a list of things to read or watch are items named from their address', () => {
  const r = read('## To watch\n- https://www.youtube.com/watch?v=aircAruvnKk\n\n## Reading Material\n- https://help.openai.com/en/articles/6654000-best-practices-for-prompt-engineering\n- https://arxiv.org/abs/1706.03762\n- https://www.promptingguide.ai/techniques\n\n- [ ] Learn Docker\n  - https://docs.docker.com/get-started/\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [
    ['YouTube video aircAruvnKk', 'video'], ['Best practices for prompt engineering', 'article'], ['arXiv 1706.03762', 'paper'],
    ['Techniques (promptingguide.ai)', 'article'], ['Learn Docker', 'topic'],
  ]);
  assert.deepEqual(byTitle(r, 'Learn Docker').links, ['https://docs.docker.com/get-started/']);
});

test('a lane or section says what is under way: kanban lanes, "In progress", "Currently reading"', () => {
  const board = read('---\nkanban-plugin: basic\n---\n\n## Backlog\n\n- [ ] Learn Rust\n\n## In Progress\n\n- [ ] Raft lab\n\n## Done\n\n- [ ] CS50\n- [x] Git basics\n');
  assert.deepEqual(board.items.map((i) => [i.title, i.status]), [['Learn Rust', 'todo'], ['Raft lab', 'doing'], ['CS50', 'done'], ['Git basics', 'done']]);
  const r = read('## Currently reading\n- [ ] SICP\n- Crafting Interpreters\n\n## Next\n- [ ] OSTEP\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.kind]), [['SICP', 'doing', 'book'], ['Crafting Interpreters', 'doing', 'book'], ['OSTEP', 'todo', 'book']]);
  // Outside a board, a ticked-off box says more than the section.
  assert.equal(read('## Done\n- [ ] SICP\n').items[0]!.status, 'todo');
});

test('a path written on one line ("HTML → CSS → JavaScript") is its steps, each after the one before', () => {
  const r = read('## Frontend path\nHTML → CSS ✓ → JavaScript → React\n\n## Backend\n- Python -> Django\n- Read the book -> take notes on every chapter of it\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['HTML', 'todo'], ['CSS', 'done'], ['JavaScript', 'todo'], ['React', 'todo'], ['Python', 'todo'], ['Django', 'todo'],
    ['Read the book -> take notes on every chapter of it', 'todo'],
  ]);
  assert.deepEqual(byTitle(r, 'JavaScript').dependsOn, [byTitle(r, 'CSS').id]);
  assert.deepEqual(byTitle(r, 'Django').dependsOn, [byTitle(r, 'Python').id]);
  assert.deepEqual(byTitle(r, 'HTML').dependsOn, []);
});

test('a due date in words at the end of an entry: the next such day, or in the note\'s year', () => {
  const r = read('- [ ] Finish SICP ch 3 by Dec 15\n- [ ] Raft lab due 2026-12-15\n- [ ] Submit essay (deadline: Jan 10)\n- [ ] Learn to code by building projects\n- [ ] Stand by me\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.dates.due ?? null]), [
    ['Finish SICP ch 3', '2026-12-15'], ['Raft lab', '2026-12-15'], ['Submit essay', '2027-01-10'],
    ['Learn to code by building projects', null], ['Stand by me', null],
  ]);
  assert.equal(read('---\ndate: 2025-03-01\n---\n- [ ] Essay by 10 March\n').items[0]!.dates.due, '2025-03-10');
  assert.equal(read('- [ ] Essay by Feb 30\n').items[0]!.dates.due, undefined);
});

test('"Optional:", "Bonus -", "Stretch:" in front mark the entry optional and leave its name', () => {
  const r = read('- [ ] Optional: Read the Raft paper\n- [ ] Bonus - implement snapshots\n- [ ] Stretch: build a UI\n- [ ] Extra\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.optional]), [
    ['Read the Raft paper', true], ['implement snapshots', true], ['build a UI', true], ['Extra', false],
  ]);
});

test('an entry that only names an area introduces the entries under it; notes under a resource stay notes', () => {
  const r = read('1. Math foundations\n   - Linear algebra (3Blue1Brown)\n   - Calculus refresher\n2. Read DDIA\n   - take notes as you go\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.path.at(-1) ?? null]), [
    ['Math foundations', null], ['Linear algebra (3Blue1Brown)', 'Math foundations'], ['Calculus refresher', 'Math foundations'], ['Read DDIA', null],
  ]);
});

test('a name and a bare count of parts ("NeetCode 150: 37/150") is progress, unless it could be a date; "Exercises: 45/120" counts exercises', () => {
  const r = read('NeetCode 150: 37/150\nBlind 75 - 20/75\n\n- Exercises: 45/120\n- Call mom - 3/15\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.progress && `${i.progress.done}/${i.progress.total} ${i.progress.unit}`]), [
    ['NeetCode 150', '37/150 part'], ['Blind 75', '20/75 part'], ['Exercises', '45/120 exercise'], ['Call mom - 3/15', null],
  ]);
  assert.deepEqual(titles(read('NeetCode 150: 40/150\n[x] Blind 75 - 75/75\n')), ['NeetCode 150', 'Blind 75']);
});

test('a span a linked work\'s title names stays in its name, and is its length; a length alone in the link\'s text is cut out', () => {
  const r = read('- [x] Read [Learn Lua in a Weekend](https://x.org)\n- [ ] [Quick sort in 4 minutes](https://y.org)\n- [ ] [magit course 3 hrs](https://y.org)\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null]), [
    ['Read Learn Lua in a Weekend', 16], ['Quick sort in 4 minutes', 0.07], ['magit course', 3],
  ]);
});

test('an entry\'s weeks at a weekly rate are its estimate ("10 weeks, ~6h/week" is 60 h)', () => {
  const r = read('- [ ] [CS50P](https://cs50.harvard.edu/python/) — 10 weeks, ~6h/week\n- [ ] Fast.ai course (7 weeks x 10 hrs/week)\n- [ ] Practice 5h/week\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null]), [['CS50P', 60], ['Fast.ai course', 70], ['Practice 5h/week', null]]);
  assert.equal(r.budget.hoursPerWeek, null);
});

test('a tag written as code ("`#tech`") is still a tag', () => {
  const r = read('- [ ] The Pragmatic Programmer `#tech`\n- [ ] Use `a#b` syntax\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.tags]), [['The Pragmatic Programmer', ['tech']], ['Use a#b syntax', []]]);
});

test('a week said in parts: weekdays and weekends, named days, sessions a week', () => {
  const perWeek = (text: string): number | null => read(`${text}\n\n- Learn Rust\n`).budget.hoursPerWeek;
  assert.equal(perWeek('I can do 2 hours on weekdays and 5 hours on weekends.'), 20);
  assert.equal(perWeek('Budget: 1h every weekday, 4h on Saturday and Sunday'), 13);
  assert.equal(perWeek('Schedule: weekdays 2h, weekends 5h each day.'), 20);
  assert.equal(perWeek('Mon-Fri 1.5h, Sat 4h'), 11.5);
  assert.equal(perWeek('Tuesday and Thursday evenings, 2h each'), 4);
  assert.equal(perWeek('5 hours every weekend'), 5);
  assert.equal(perWeek('Time: 2 hours a day, 5 days a week'), 10);
  assert.equal(perWeek('90 minutes, three times a week'), 4.5);
  assert.equal(perWeek('I have about 1-2 hours every evening'), 10.5);
  assert.equal(perWeek('10-15 hours weekly'), 12.5);
  assert.equal(perWeek('Weekly: 10h'), 10);
  assert.equal(perWeek('2 hrs daily'), 14);
  assert.equal(perWeek('an hour a day'), 7);
  assert.equal(perWeek('half an hour every weekday'), 2.5);
  // A weekly rate said outright wins over the days it mentions.
  assert.equal(perWeek('10 hours per week, mostly on weekends'), 10);
  // A day's block in a schedule is not a rate.
  assert.equal(perWeek('Monday (7 hours)'), null);
  assert.equal(perWeek('Weekend (10 hours):'), null);
  assert.equal(perWeek('Saturday: 4h'), null);
  const b = read('3 evenings a week, 2h each, for 12 weeks\n').budget;
  assert.deepEqual([b.hoursPerWeek, b.weeks, b.totalHours], [6, 12, 72]);
});

test('a deadline in words: a day, a month, the end of the year, "before … on March 3"', () => {
  const deadline = (text: string): string | null => read(`${text}\n`).budget.deadline;
  assert.equal(deadline('Goal: done before my interview on March 3'), '2027-03-03');
  assert.equal(deadline('Deadline: 15 January 2027'), '2027-01-15');
  assert.equal(deadline('I study about 10 hours a week, until the end of the year.'), '2026-12-31');
  assert.equal(deadline('Target: end of 2027'), '2027-12-31');
  assert.equal(deadline('Goal: finish everything by Dec 1st'), '2026-12-01');
  assert.equal(deadline('Nothing due here, just before lunch.'), null);
  // An item's own due date is the item's.
  const r = read('- Learn Rust by June\n');
  assert.equal(r.budget.deadline, null);
  assert.equal(byTitle(r, 'Learn Rust').dates.due, '2027-06-30');
});

test('a status in brackets, before or after the words, as good as a checkbox (beside an open box, it says how far)', () => {
  const r = read('# Plan\n- [WIP] Build a compiler\n- [Done] Go tour\n- Rust book [in progress]\n- [ ] [WIP] boxed\n- Read [the] book\n\n[TODO] Plain line entry\n[skipped] Another entry\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Build a compiler', 'doing'], ['Go tour', 'done'], ['Rust book', 'doing'], ['boxed', 'doing'], ['Read [the] book', 'todo'],
    ['Plain line entry', 'todo'], ['Another entry', 'skipped'],
  ]);
});

test('org: progress in a property, and a task\'s DEADLINE is the task\'s, not the plan\'s', () => {
  const r = read('* Books\n** READING DDIA\n   :PROPERTIES:\n   :PAGES:    180/600\n   :END:\n** TODO MIT 6.824\n   DEADLINE: <2027-02-01 Mon>\n   :PROPERTIES:\n   :PROGRESS: 3/20 lectures\n   :END:\n', 'plan.org');
  const ddia = byTitle(r, 'DDIA');
  assert.deepEqual([ddia.progress, ddia.progressLine], [{ done: 180, total: 600, unit: 'page' }, 4]);
  const mit = byTitle(r, 'MIT 6.824');
  assert.deepEqual([mit.status, mit.progress?.done, mit.progress?.unit, mit.dates.due], ['doing', 3, 'lecture', '2027-02-01']);
  assert.equal(r.budget.deadline, null);
});

test('a plain-text outline: a short line over indented entries heads them', () => {
  const r = read([
    'Where I am', '', 'Math', '  Linear Algebra (Strang) - finished lectures 1-14, 20 to go', '  Probability - Blitzstein book, at chapter 5 of 13',
    'Systems', '  OSTEP - done', '  CS:APP - read through ch. 6', '', 'Next up', '  1.1 Finish Strang', '  1.2 Start Blitzstein exercises (~15h)', '',
  ].join('\n'), 'state.txt');
  assert.deepEqual(r.items.map((i) => [i.path.join(' > '), i.title, i.kind, i.status]), [
    ['Math', 'Linear Algebra (Strang)', 'course', 'doing'],
    ['Math', 'Probability - Blitzstein book', 'book', 'doing'],
    ['Systems', 'OSTEP', 'book', 'done'],
    ['Systems', 'CS:APP', 'book', 'doing'],
    // (Strang's is a book among this note's books, now that OSTEP reads as the book it is.)
    ['Next up', 'Finish Strang', 'book', 'todo'],
    ['Next up', 'Start Blitzstein exercises', 'task', 'todo'],
  ]);
  assert.deepEqual(byTitle(r, 'Linear Algebra (Strang)').progress, { done: 14, total: 34, unit: 'lecture' });
  // A title with its progress line and link under it stays an item.
  const one = read('MIT 6.824 Distributed Systems\n    Lec 1 done out of 20\n    https://pdos.csail.mit.edu/6.824/\n');
  assert.deepEqual(one.items.map((i) => [i.title, i.progress?.done, i.links.length]), [['MIT 6.824 Distributed Systems', 1, 1]]);
  // A course's number is no outline numbering.
  assert.equal(read('Courses:\n- 18.01 Single Variable Calculus\n- 7.32 Systems Biology\n').items[1]!.title, '7.32 Systems Biology');
});

test('outputs named in a field are items; a success criterion is a target, not progress', () => {
  const r = read([
    '## Week 1', '- [ ] Raft paper (2h) — after: Lab 1', '- [ ] Lab 1', '', '**Deliverable:** a URL shortener with Postgres', 'Milestone: first PR merged', '',
    '- [x] Deliverable: a blog post on Raft', '', '**Success criteria:**', '- 100% of SQLBolt done', '- pass 3/5 mock interviews', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.progress]), [
    ['Raft paper', 'paper', 'todo', null],
    ['Lab 1', 'task', 'todo', null],
    ['a URL shortener with Postgres', 'deliverable', 'todo', null],
    ['first PR merged', 'milestone', 'todo', null],
    ['a blog post on Raft', 'deliverable', 'done', null],
    ['100% of SQLBolt done', 'milestone', 'todo', null],
    ['pass 3/5 mock interviews', 'milestone', 'todo', null],
  ]);
  assert.equal(byTitle(r, 'Raft paper').estimate?.hours, 2);
  assert.equal(byTitle(r, 'Raft paper').dependsOn[0], byTitle(r, 'Lab 1').id);
});

test('callout titles label what the callout holds; a table\'s Progress column beside its Status; ratings are not names', () => {
  const r = read([
    '# Reading', '', '> [!note] Currently reading', '> - Designing Data-Intensive Applications', '', '- [ ] After the callout', '',
    '## Finished', '- A Philosophy of Software Design ⭐⭐⭐⭐⭐', '- Grokking Algorithms ★★★★☆', '',
    '| Course | Status | Progress |', '|---|---|---|', '| Machine Learning Specialization | In progress | 2/3 courses |', '| Full Stack Open | Not started | 0/13 parts |', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.path.at(-1)]), [
    ['Designing Data-Intensive Applications', 'doing', 'Currently reading'],
    ['After the callout', 'todo', 'Reading'],
    ['A Philosophy of Software Design', 'done', 'Finished'],
    ['Grokking Algorithms', 'done', 'Finished'],
    ['Machine Learning Specialization', 'doing', 'Finished'],
    ['Full Stack Open', 'todo', 'Finished'],
  ]);
  assert.deepEqual(byTitle(r, 'Machine Learning Specialization').progress, { done: 2, total: 3, unit: 'course' });
  assert.deepEqual(byTitle(r, 'Full Stack Open').progress, { done: 0, total: 13, unit: 'part' });
});

test('a prerequisite named by the short name a title gives itself resolves to it', () => {
  const r = read('## Books\n- [ ] Designing Data-Intensive Applications (DDIA)\n- [ ] Database Internals (after DDIA)\n- [ ] Rust in Action (after RIA)\n');
  assert.deepEqual(byTitle(r, 'Database Internals').dependsOn, [byTitle(r, 'Designing Data-Intensive Applications (DDIA)').id]);
  // Initials that are no one's short name stay unresolved.
  assert.deepEqual(byTitle(r, 'Rust in Action').dependsOn, []);
});

test('the same course name at two schools is two courses; the same book by its author is one', () => {
  const r = read('## Courses\n- Machine Learning - TUM\n- Machine Learning - IIT Bombay\n- Compilers - Stanford University\n- Compilers\n\n## Books\n- Clean Code - Robert Martin\n- Clean Code\n');
  assert.deepEqual(titles(r), ['Machine Learning - TUM', 'Machine Learning - IIT Bombay', 'Compilers - Stanford University', 'Compilers', 'Clean Code - Robert Martin']);
});

test('an estimate inside a bracket that says more leaves the rest of the bracket; "(stretch)" marks an item optional', () => {
  const r = read('- [ ] 3Blue1Brown Essence of Linear Algebra (16 videos, ~4h)\n- [ ] MIT 18.06 problem sets 1–5 *(stretch)*\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null, i.optional]), [
    ['3Blue1Brown Essence of Linear Algebra (16 videos)', 4, false],
    ['MIT 18.06 problem sets 1–5', null, true],
  ]);
});

test('entries under "Stretch goals" or "ideas (maybe later)" are optional; "currently on:" puts its entries under way', () => {
  const r = read('## Plan\n- [ ] Raft lab\n\n## Stretch goals\n- [ ] Write a blog series\n\n## Misc\nideas (maybe later):\n- contribute to etcd\n\ncurrently on:\n- CMU 15-445\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.optional, i.status]), [
    ['Raft lab', false, 'todo'], ['Write a blog series', true, 'todo'], ['contribute to etcd', true, 'todo'], ['CMU 15-445', false, 'doing'],
  ]);
});

test('a slot that names its one activity is that activity; a pipeline drawn with arrows in a sentence is one item', () => {
  const r = read([
    '## Week 2', 'Session A (2h): Airflow concepts — DAGs, operators, sensors', 'Session B (1.5 hrs) – Build a DAG for the taxi dataset', '',
    'Morning (3 hours):', '- Read the Airflow docs', '',
    '### Weekend project (8h)', 'Build a small ELT pipeline: Postgres → dbt → Metabase.', 'Deliverables:', '- [ ] dbt project on GitHub', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.path.at(-1), i.title, i.estimate?.hours ?? null]), [
    ['Session A', 'Airflow concepts — DAGs, operators, sensors', 2],
    ['Session B', 'Build a DAG for the taxi dataset', 1.5],
    ['Morning (3 hours)', 'Read the Airflow docs', 3],
    ['Weekend project', 'Build a small ELT pipeline: Postgres → dbt → Metabase', 8],
    ['Deliverables', 'dbt project on GitHub', null],
  ]);
});

test('a note about one resource: its front matter makes the note an item; tasks in it are its own, notes in it are not items', () => {
  const ddia = [
    '---', 'title: Designing Data-Intensive Applications', 'author: Martin Kleppmann', 'type: book', 'status: reading', 'progress: 212/590',
    'tags: [distributed-systems, databases]', 'started: 2026-10-01', '---', '', '## Notes', '- Chapter 5: replication — leaders and followers', '',
    '## To do', '- [ ] Redo the exercises of chapter 7', '',
  ].join('\n');
  const r = parseNotes([
    { path: 'Books/DDIA.md', text: ddia, sha256: '' },
    { path: 'Books/Crafting Interpreters.md', text: '---\ntype: book\nstatus: to-read\n---\nWhy I want to read it.\n', sha256: '' },
    { path: 'Books/SICP.md', text: '---\ncategory: book\nstatus: finished\nfinished: 2026-06-30\n---\n', sha256: '' },
    { path: 'Daily/2026-11-20.md', text: '---\ndate: 2026-11-20\ntags: [daily]\n---\nA good day, I met Sam for coffee.\n', sha256: '' },
  ], { now: NOW });
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.source.line]), [
    ['Designing Data-Intensive Applications', 'book', 'doing', 2],
    ['Redo the exercises of chapter 7', 'task', 'todo', 15],
    ['Crafting Interpreters', 'book', 'todo', 3],
    ['SICP', 'book', 'done', 3],
  ]);
  const book = r.items[0]!;
  assert.deepEqual([book.progress, book.progressLine, book.tags, book.dates], [{ done: 212, total: 590, unit: 'page' }, 6, ['distributed-systems', 'databases'], { start: '2026-10-01' }]);
  assert.equal(r.items[1]!.parent, book.id);
  assert.equal(r.items[3]!.dates.done, '2026-06-30');
});

test('a note about one book without a type: an author with a status makes it a book, standing on its title; a blog post\'s author alone makes nothing', () => {
  const r = parseNotes([
    { path: 'books/the-pragmatic-programmer.md', text: '---\ntitle: "The Pragmatic Programmer"\nauthor: "Hunt & Thomas"\nstatus: dnf\npages: 320\n---\n\nI gave up halfway.\n', sha256: '' },
    { path: 'posts/hello.md', text: '---\ntitle: Hello world\nauthor: Sam\nlayout: post\n---\n\nMy first post.\n', sha256: '' },
  ], { now: NOW });
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.source.line]), [['The Pragmatic Programmer', 'book', 'skipped', 2]]);
});

test('German teaching units ("16UE", "12 Unterrichtseinheiten") are 45 minutes each', () => {
  const r = read(['- [x] Objekte anlegen und erweitern (16UE)', '- [ ] Express (12 UE)', '- [ ] Formulare: 4 Unterrichtseinheiten', '- [ ] UEFA Champions League Analyse'].join('\n'), 'lernziele.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null]), [['Objekte anlegen und erweitern', 12], ['Express', 9], ['Formulare', 3], ['UEFA Champions League Analyse', null]]);
});

test('estimates said in days, halves, pomodoros and weeks at a weekly rate; a plain line stating a rate is not an entry', () => {
  const r = read([
    '- [ ] Build a KV store (half a day)', '- [ ] Write the Raft lab: 2 full days', '- [ ] Flashcards [3 pomodoros]', '- [ ] Read SICP (~40 hrs total)',
    '- [ ] Course Y — 5h/week for 4 weeks', '', 'Books:', '', '33 hours/week x 6 weeks = 198 total hours', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null]), [
    ['Build a KV store', 4], ['Write the Raft lab', 16], ['Flashcards', 1.25], ['Read SICP', 40], ['Course Y', 20],
  ]);
  assert.equal(r.budget.hoursPerWeek, 33);
});

test('a heading ticked off ("## [x] Week 1", "### ✅ Chapter 3") is an item and the section of what is under it', () => {
  const r = read('# Plan\n## [x] Week 1: Python basics\n- [x] lists\n## [ ] Week 3: Pandas\n### ✅ Chapter 3 — Arrays\n- [ ] Finish pset 2\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.path.join(' > ')]), [
    ['Week 1: Python basics', 'done', 'Plan'],
    ['lists', 'done', 'Plan > Week 1: Python basics'],
    ['Week 3: Pandas', 'doing', 'Plan'],
    ['Chapter 3 — Arrays', 'done', 'Plan > Week 3: Pandas'],
    ['Finish pset 2', 'todo', 'Plan > Week 3: Pandas > Chapter 3 — Arrays'],
  ]);
  assert.equal(r.items[4]!.parent, r.items[3]!.id);
});

test('traffic lights: green done, yellow or orange under way, red not started; in a list and in a Status cell', () => {
  const r = read('| Topic | Status |\n|---|---|\n| Two Pointers | 🟡 |\n| Arrays | 🟢 |\n| Stack | ⏳ |\n\n- 🟢 Graphs\n- 🟠 DP\n- 🔴 Greedy\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Two Pointers', 'doing'], ['Arrays', 'done'], ['Stack', 'doing'], ['Graphs', 'done'], ['DP', 'doing'], ['Greedy', 'todo'],
  ]);
});

test('a week table names its rows by their Focus column', () => {
  const r = read('| Week | Focus | Resources | Hours |\n|---|---|---|---|\n| 1 | Linear algebra | 3Blue1Brown, Strang lec 1-5 | 8 |\n| 2 | Probability | Blitzstein ch 1-3 | 10 |\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours]), [['Linear algebra', 8], ['Probability', 10]]);
});

test('reflections are not work: "Some things I noticed", "What worked", "Lessons learned"', () => {
  const r = read([
    '# Thoughts on learning Rust', '', 'Some things I noticed:', '- Lifetimes are confusing at first', '', '## What worked', '- Doing small exercises daily',
    '', '## Lessons learned', '- Read the error messages', '', '## Next', '- [ ] Finish chapter 15 of the Rust book', '- Build a todo CLI with clap', '',
  ].join('\n'));
  assert.deepEqual(titles(r), ['Finish chapter 15 of the Rust book', 'Build a todo CLI with clap']);
});

test('a job hunt note: companies and contacts are not work, "Skills to learn" are topics, and a label over a list does not hold the next label', () => {
  const r = read('# Job hunt\n\nTarget companies:\n- Stripe\n- Cloudflare\n\nSkills to learn:\n- Go concurrency\n- gRPC\n\nContacts:\n- Sam (referral at Stripe)\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.path.join(' > ')]), [
    ['Go concurrency', 'topic', 'Job hunt > Skills to learn'], ['gRPC', 'topic', 'Job hunt > Skills to learn'],
  ]);
});

test('notes in Spanish, Portuguese, French and German: sections, statuses, progress, estimates, tables and the budget', () => {
  const es = read([
    '# Plan de estudio', '', 'Tiempo: 10 horas por semana durante 3 meses', '', '## Libros', '- [ ] Designing Data-Intensive Applications (capítulo 5 de 12)', '',
    '## Cursos', '- CS50 — en progreso', '- Curso de Python — terminado', '- Algoritmos (pendiente)', '', '| Curso | Estado | Horas |', '|---|---|---|',
    '| MIT 6.006 | En curso | 40 |', '| SICP | Completado | 60 |', '',
  ].join('\n'));
  assert.deepEqual(es.items.map((i) => [i.title, i.kind, i.status, i.progress?.done ?? null, i.estimate?.hours ?? null]), [
    ['Designing Data-Intensive Applications', 'book', 'doing', 5, null],
    ['CS50', 'course', 'doing', null, null],
    ['Curso de Python', 'course', 'done', null, null],
    ['Algoritmos', 'course', 'todo', null, null],
    ['MIT 6.006', 'course', 'doing', null, 40],
    ['SICP', 'course', 'done', null, 60],
  ]);
  assert.deepEqual([es.budget.hoursPerWeek, es.budget.weeks], [10, 13]);
  const others = read('- Livro X: página 120 de 300\n- Buch: Kapitel 4 von 12\n- Le livre — chapitre 3 sur 10\n- [ ] Kurs Z (5 Stunden)\n- Cours de maths — terminé\n');
  assert.deepEqual(others.items.map((i) => [i.title, i.status, i.progress?.done ?? null, i.progress?.unit ?? null, i.estimate?.hours ?? null]), [
    ['Livro X', 'doing', 120, 'page', null], ['Buch', 'doing', 4, 'chapter', null], ['Le livre', 'doing', 3, 'chapter', null],
    ['Kurs Z', 'todo', null, null, 5], ['Cours de maths', 'done', null, null, null],
  ]);
  assert.equal(read('Zeit: 12 Stunden pro Woche für 10 Wochen\n').budget.totalHours, 120);
});

test('a page with properties under its title (as Notion exports them) is one item of its type; its Notes are not items', () => {
  const r = read('# Designing Data-Intensive Applications\n\nAuthor: Martin Kleppmann\nStatus: Reading\nType: Book\nProgress: 45%\n\n## Notes\n- chapter 1: reliability\n- [ ] redo the exercises\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.progress?.done ?? null]), [
    ['Designing Data-Intensive Applications', 'book', 'doing', 45],
    ['redo the exercises', 'task', 'todo', null],
  ]);
});

test('time already spent is not an estimate: "(spent 3h)", "2h so far", "1.5h logged", "took 45 min"', () => {
  const r = read('- [x] Raft lab 2A (spent 3h)\n- [ ] Raft lab 2B (est 6h, 2h so far)\n- [ ] DDIA ch 5 — 1.5h logged\n- [ ] Spanner paper (~2h) — took 45 min so far\n- [ ] I spent too long on this\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null, i.spentHours]), [
    ['Raft lab 2A', null, 3], ['Raft lab 2B', 6, 2], ['DDIA ch 5', null, 1.5], ['Spanner paper', 2, 0.75], ['I spent too long on this', null, 0],
  ]);
});

test('a study log by day: the days\' entries are the log\'s, not work; a day in a plan is the plan\'s', () => {
  const log = read('# Study log\n\n## 2026-11-18\n- Raft leader election (1h)\n\n## Nov 19\n- 6.824 lecture 4\n- [ ] follow up: read the Raft paper\n');
  assert.deepEqual(titles(log), ['follow up: read the Raft paper']);
  assert.deepEqual(titles(read('# Plan\n\n## 2026-11-18\n- Raft leader election (1h)\n')), ['Raft leader election']);
});

test('Roam Research task markers: "{{[[TODO]]}}", "{{[[DONE]]}}"', () => {
  const r = read('- {{[[TODO]]}} Read the Raft paper\n- {{[[DONE]]}} Watch lecture 3\n- {{TODO}} Plain todo\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Read the Raft paper', 'todo'], ['Watch lecture 3', 'done'], ['Plain todo', 'todo']]);
});

test('a line indented to an entry\'s words still belongs to it after a blank line', () => {
  const r = read([
    '4. MIT 6.824: Distributed Systems:', '   https://pdos.csail.mit.edu/6.824/schedule.html', '', '   Lec 1 done out of 20', '',
    '5. Crafting Interpreters', '', 'A paragraph of its own, not indented.',
  ].join('\n'));
  const mit = byTitle(r, 'MIT 6.824: Distributed Systems');
  assert.deepEqual([mit.status, mit.progress?.done, mit.progress?.total, mit.links.length], ['doing', 1, 20, 1]);
  assert.equal(r.items.length, 2);
});

test('a bookmark export: title lines over their URL lines are resources with their links, kinds from the site', () => {
  const r = read([
    'Crafting a Compiler - YouTube', 'https://www.youtube.com/@compilers/videos', 'Attention Is All You Need', 'https://arxiv.org/abs/1706.03762',
    'Writing An Interpreter In Go', 'https://interpreterbook.com/', '', 'Just one sentence about these that I wrote down.', 'https://example.com/x',
  ].join('\n'), 'bookmarks.txt');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.links.length]), [
    ['Crafting a Compiler', 'video', 1], ['Attention Is All You Need', 'paper', 1], ['Writing An Interpreter In Go', 'book', 1],
  ]);
});

test('headings of one level with only blank lines between them and nothing under any are a list written as headings; a plan\'s empty days are not', () => {
  const r = read([
    '# Curso de Lógica de Programação com Python', '',
    '## [Módulo 1 - Comandos Básicos](https://example.com/m1)', '',
    '### - Tipos de Dados', '', '### - Leitura e Escrita no Terminal', '', '### - Importando Módulos', '',
    '## [Módulo 2 - Decisões](https://example.com/m2)', '',
    '### - Operadores de Comparação', '',
    '## Week 2', '', '#### [Thursday](https://example.com/thu)', '', '#### [Friday](https://example.com/fri)', '', '#### [Saturday](https://example.com/sat)', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [
    ['Tipos de Dados', 'topic'], ['Leitura e Escrita no Terminal', 'topic'], ['Importando Módulos', 'topic'],
  ]);
});

test('a paragraph of one field named for a kind of thing to learn from ("**Book:** [HtDP](…)", "**Video Lecture:** […](…)") is that thing; a field of another name, or a sentence, is not', () => {
  const r = read([
    '## Course: Programming',
    '**Book:** [How to Design Programs](https://htdp.org/)',
    '',
    '**Video Lecture:** [Berkeley CS 61A](https://www.youtube.com/watch?v=abc)',
    '',
    '**Status:** In Process',
    '',
    '**Reading:** I liked the first part a lot, less so the rest of it.',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.links.length]), [
    ['How to Design Programs', 'book', 1],
    ['Berkeley CS 61A', 'video', 1],
  ]);
});

test('a reading log kept as comma-separated values is a table: a row a book, its date read says it was read, a Goodreads shelf where it stands', () => {
  const r = read([
    'title,author,pages,date_read,format',
    '"Good to Great: Why Some Companies Make the Leap, and Others Don\'t",Jim Collins,320,2017-11-28,ebook',
    'C. S. Lewis: A Life,Alister McGrath,448,2017-08-10,audio',
    'Traction,Gino Wickman,240,,ebook',
  ].join('\n'), 'reading-list.txt');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.source.line]), [
    ["Good to Great: Why Some Companies Make the Leap, and Others Don't", 'book', 'done', 2],
    ['C. S. Lewis: A Life', 'book', 'done', 3],
    ['Traction', 'book', 'todo', 4],
  ]);
  const g = read([
    'Book Id,Title,Author,My Rating,Date Read,Exclusive Shelf',
    '1,Designing Data-Intensive Applications,Martin Kleppmann,5,2023/04/01,read',
    '2,The Pragmatic Programmer,David Thomas,0,,currently-reading',
    '3,Crafting Interpreters,Robert Nystrom,0,,to-read',
  ].join('\n'), 'goodreads_library_export.txt');
  assert.deepEqual(g.items.map((i) => [i.title, i.status, i.dates.done ?? null]), [
    ['Designing Data-Intensive Applications', 'done', '2023-04-01'],
    ['The Pragmatic Programmer', 'doing', null],
    ['Crafting Interpreters', 'todo', null],
  ]);
  // Lines of prose with commas are no table, even when they split alike.
  assert.equal(read(['I bought apples, pears, plums', 'and more, and then, later', 'things, stuff, more'].join('\n'), 'notes.md').items.length, 0);
});

test('a bookmark export with a blank line after each pair: two or more pairs in a row are resources', () => {
  const r = read([
    'Crafting a Compiler - YouTube', 'https://www.youtube.com/@compilers', '',
    'Structure and Interpretation of Computer Programs', 'https://mitp-content-server.mit.edu/books/content/sectbyno1.html', '', '',
    'Rust by Example', 'https://doc.rust-lang.org/rust-by-example/', '',
    'A paragraph of one sentence is not a bookmark, even over a link.', '',
    'A lone title', 'https://example.com/alone',
  ].join('\n'), 'bookmarks.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.links.length]), [
    ['Crafting a Compiler', 'video', 1], ['Structure and Interpretation of Computer Programs', 'book', 1], ['Rust by Example', 'book', 1],
  ]);
});

test('a bare run of titles under a category line is a list; a subtitle after a colon is part of the title, a field is not', () => {
  const r = read([
    'Courses I want to take', '', 'Algorithms Part I', 'Computer Networking: A Top-Down Approach', 'Machine Learning Specialization', '',
    'Deadline: 3 March', 'Status: done',
  ].join('\n'), 'list.txt');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [
    ['Algorithms Part I', 'course'], ['Computer Networking: A Top-Down Approach', 'course'], ['Machine Learning Specialization', 'course'],
  ]);
});

test('a bare run of works cited with their authors: each line is a book, however long its title; a credit line is not', () => {
  const r = read([
    'Washington: A Life in Three Seasons and the Long Retirement by Ellis Mercer',
    'Madison and His Age, Vol 2: Framer of the Compact by Harold Winslow',
    'The General Who Held the Line: George Thomas in War and Peace by T. R. Whitcomb',
    'The Story of the Great War by Donald L. Miller', '',
    'This list was started after a long talk. It is kept by Jane Doe', 'Written by Jane Doe', 'Kept since 2019 by Jane Doe',
  ].join('\n'), 'to-read.txt');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind]), [[1, 'book'], [2, 'book'], [3, 'book'], [4, 'book']]);
});

test('lines whose parts a pipe divides, with no delimiter row, are a list of records; a file named as a log of what was read makes them books, done', () => {
  const text = [
    'The Elephant Vanishes | Haruki Murakami', 'When We Were Very Young | A.A. Milne', 'Hacktivity: Open Secrets | Ovi Demetrian Jr.', '',
    '> **Status:** ⬜ not begun | ✅ done',
  ].join('\n');
  const r = read(text, 'read-2022.txt');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind, i.status]), [[1, 'book', 'done'], [2, 'book', 'done'], [3, 'book', 'done']]);
  // (Under another name they are entries still, their status their own.)
  assert.deepEqual(read(text, 'misc.txt').items.map((i) => [i.source.line, i.status]), [[1, 'todo'], [2, 'todo'], [3, 'todo']]);
});

test('a record\'s first part is its title and the parts that link are its links; an issue of a zine is read as an article, a record in capitals is no heading', () => {
  const r = read([
    'Pipe Dreams Issue 1 | Pipe Club | https://pipe.club/zine/Issue.1.pdf', 'sdf zine issue 2 | SDF | https://sdf.org/zine/2/zine.pdf',
    'hexdump diaries | kvothe | https://sdf.org/~kvothe/hexdump.pdf', 'GRID VOL 02 | GRID | https://g-r-i-d.live/zine/GRID_VOL_02.pdf',
  ].join('\n'), 'misc-toread.txt');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.links.length]), [
    ['Pipe Dreams Issue 1', 'article', 1], ['sdf zine issue 2', 'article', 1], ['hexdump diaries', 'paper', 1], ['GRID VOL 02', 'paper', 1],
  ]);
});

test('shelves in capitals: READING is under way, TO READ not begun (no badge "READ"), READ done', () => {
  const r = read([
    '## READING', '', '| Title | Author |', '|---|---|', '| The Snowball | Alice Schroeder |', '',
    '## TO READ', '', '| Title | Author |', '|---|---|', '| Dune | Frank Herbert |', '',
    '## READ', '', '| Title | Author |', '|---|---|', '| Foundation | Isaac Asimov |',
  ].join('\n'), 'books.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['The Snowball', 'doing'], ['Dune', 'todo'], ['Foundation', 'done']]);
});

test('under "In Progress", an entry whose own count says none of it is done is not begun', () => {
  const r = read([
    '### In Progress', '', '1. Responsive Web Design Certification (1/3)', '   - [x] Basic CSS (44/44)', '   - [ ] ES6 (0/31)', '   - [ ] Responsive Web Design Projects (1/5)',
  ].join('\n'), 'freecodecamp.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Responsive Web Design Certification', 'doing'], ['Basic CSS', 'done'], ['ES6', 'todo'], ['Responsive Web Design Projects', 'doing'],
  ]);
});

test('a box under a week\'s heading is a step of that week, a task, though its verb builds something; one naming a project stays one', () => {
  const r = read([
    '## 📅 Week 1: Payment Foundation', '- [ ] Implement webhook endpoint with signature verification', '- [ ] Capstone project: build a checkout service', '',
    '## Ideas', '- [ ] Build a chess engine',
  ].join('\n'), 'roadmap.md');
  const kinds = new Map(r.items.map((i) => [i.source.line, i.kind]));
  assert.equal(kinds.get(2), 'task');
  assert.notEqual(kinds.get(3), 'task');
  assert.equal(kinds.get(6), 'project');
});

test('a title in italics and its author is a book; a folder in code and what it holds is no entry', () => {
  const r = read([
    '## Structure', '- `notes.md` — what I studied', '- `code/` — any code written that week', '',
    '## Resources', '- *Automate the Boring Stuff with Python* — Al Sweigart', '- _The Pragmatic Programmer_, David Thomas', '- NumPy — arrays and broadcasting',
  ].join('\n'), 'README.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind]), [[6, 'book'], [7, 'book'], [8, 'topic']]);
});

test('a tracker of paths: a heading over a status field (a coloured mark first), its estimate and what it is made of; a box that only names a kind is its entries\' label; "The Odin Project" names one thing', () => {
  const r = read([
    '# The Odin Project - Learning Tracker', '', '### 🎯 Intermediate HTML and CSS', '',
    '**Status:** 🔴 Not Started  ', '**Time Estimate:** 20-30 hours  ', '**19 Lessons | 2 Projects**', '',
    '- [ ] **CSS Grid Layout**', '- [ ] **Projects:**', '  - [ ] Newsletter Form',
  ].join('\n'), 'progress.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind, i.status, i.estimate?.hours ?? null]), [
    [3, 'course', 'todo', 25], [9, 'topic', 'todo', null], [11, 'project', 'todo', null],
  ]);
});

test('a review log: a heading under a shelf ("## Books", "## Tutorials") with words about it is one of its things; under "# Reviews" they are done; a heading over a list is a category', () => {
  const r = read([
    '# Reviews', '', '## Books', '', '### Clean Code - Robert Martin', '', 'Recommended? Yes', '', 'It made my job harder, in a good way.', '',
    '## Tutorials', '', '### learncpp.com', '', '[Course link](https://www.learncpp.com/)', '', 'Great for C++.', '',
    '## Courses', '', '### Fiction', '- Dune',
  ].join('\n'), 'README.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind, i.status]), [[5, 'book', 'done'], [13, 'course', 'done'], [22, 'course', 'done']]);
});

test('a semester plan: a lecturer column makes the rows courses, a status cell that offers its choices ("(Bestanden/Offen)") says none; a sum worked out is no entry', () => {
  const r = read([
    '| Modul | Veranstaltung | Lehrende | ECTS | Status |', '| :--- | :--- | :--- | :--- | :--- |',
    '| **Datenbasierte Entscheidungen** | Business Analytics | Prof. Dr. Sabine Hartwig | 3 | (Bestanden/Offen) |',
    '| | Plattformökonomie | Prof. Dr. Tobias Reuschle | 3 | Bestanden |', '',
    '**Rechenbeispiel:**', '- Fach X: 6 ECTS, Note 1.7 -> Gewichtete Note = 6 * 1.7 = 10.2', '- Summe ECTS = 6 + 3 = 9',
  ].join('\n'), 'noten.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind, i.status]), [[3, 'course', 'todo'], [4, 'course', 'done']]);
});

test('a numbered day and its area over a problem and its link: the day\'s work is the problem, linked; a judge\'s problem is a task', () => {
  const r = read([
    '### Week 1', '', 'Day 1 – 해시 / 배열', '', '폰켓몬 (Lv1)', 'https://school.programmers.co.kr/learn/courses/30/lessons/1845', '',
    'Day 2 – 스택', '', '같은 숫자는 싫어 (Lv1)', 'https://www.acmicpc.net/problem/1000',
  ].join('\n'), 'README.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind, i.links.length]), [[3, 'task', 1], [8, 'task', 1]]);
});

test('"Good Problems Without a Category" lists problems to solve; a video site named first ("YouTube: NeetCode") is a video', () => {
  const r = read(['## Good Problems Without a Category', '* 1 Two Sum', '* 146 LRU Cache', '', '## Resources', '* YouTube: NeetCode', '* bilibili: 代码随想录'].join('\n'), 'README.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind]), [[2, 'task'], [3, 'task'], [6, 'video'], [7, 'video']]);
});

test('Chinese: a section "已学" (already learned) holds what was learned, done', () => {
  const r = read(['***已学***', '\tjavascript + jquery', '\tless', '\twebpack  配置  打包优化'].join('\n'), '学习计划.txt');
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'done', 'done']);
});

test('a course\'s lecture sections: "Slides" and "Ch. 2.5" under two lectures are two items; a "Textbook:" field makes its chapters a book\'s reading', () => {
  const r = read([
    '### Sequences', '- [x] Slides', '- [x] Textbook: Ch. 2.5', '### Trees', '- [x] Slides', '- [x] Textbook: Ch. 2.5',
  ].join('\n'), 'README.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind]), [[2, 'article'], [3, 'book'], [5, 'article'], [6, 'book']]);
});

test('a legend in Chinese ("✅ 表示学习完毕", "❌ 表示弃坑或者没有完成") is no entry, and its marks say the status of the entries that carry them', () => {
  const r = read([
    '📺 表示视频教程或者网络课程  ', '✅ 表示学习完毕  ', '❌ 表示弃坑或者没有完成  ', '',
    '### 2019 年学到的知识', '', '* 📺❌[Apple Game Frameworks by Tutorials](https://store.raywenderlich.com/products/x) - 12 月', '* 🎙✅[如何系统地自学编程](https://www.zhihu.com/lives/1) - 10 月',
  ].join('\n'), 'index.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.status]), [[7, 'skipped'], [8, 'done']]);
});

test('a plan\'s bold "how often" label ("**Weekly**: …", "**Daily (1 hour): …**") is no name: the work after it and its first sentence are; a figure taken out of a title leaves no space before a colon', () => {
  const r = read(['## Month 3', '* **Daily (1 hour):  Whiteboard algorithms**. Make a list of the core algorithms and time yourself on paper.', '* **Weekly**: Practice interviews. Book some practice sessions with friends who are happy to help.', '* **Daily (0.5 hours)**: Draft and polish stories for behavioural questions.'].join('\n'), 'README.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null]), [['Daily: Whiteboard algorithms', 1], ['Weekly: Practice interviews', null], ['Daily: Draft and polish stories for behavioural questions', 0.5]]);
  assert.equal(read('- Read SICP (2h): chapter 1').items[0]!.title, 'Read SICP: chapter 1');
});

test('a status set at the end in a styled label ("<font color=\"Red\">実施中</font>", "<span …>in progress</span>") is the entry\'s status, on an open box too; a ticked box says more', () => {
  const r = read(['- [ ] データベース設計 <font color="Red">実施中</font><br>', '- [ ] Go入門 <font color="Red">未着手</font>', '- [ ] Learn Go <span style="color:red">in progress</span>', '- [x] Learn Rust <span style="color:red">in progress</span>', '- Learn Zig <mark>done</mark>'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['データベース設計', 'doing'], ['Go入門', 'todo'], ['Learn Go', 'doing'], ['Learn Rust in progress', 'done'], ['Learn Zig', 'done']]);
  // (One rule with a code span's label: on an open box too.)
  assert.deepEqual(read('- [ ] Chapter 3 `in progress`').items.map((i) => [i.title, i.status]), [['Chapter 3', 'doing']]);
});

test('a table written without outer pipes is a table when its rule row has one hyphen beside a colon (":-: | :- | :-:", as GFM allows)', () => {
  const r = read(['Date | Plan | Complete', ':-: | :- | :-:', '4/10 | Python Deep Dive | ☑️', '4/11 | Codewars 3 katas | ✅'].join('\n'), 'plan.md');
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'done']);
});

test('org: an effort given as a bare number is minutes, as org-mode reads it (":Effort: 30" is half an hour); "1:30" is an hour and a half', () => {
  const r = read(['* TODO Functions', '  :PROPERTIES:', '  :Effort:   30', '  :END:', '* TODO Structs', '  :PROPERTIES:', '  :Effort:   1:30', '  :END:'].join('\n'), 'plan.org');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours]), [['Functions', 0.5], ['Structs', 1.5]]);
});

test('a mark that decorates a heading naming a list ("## ✔️ Progress Checklist", "## ✅ Roadmap") is no item; a ticked chapter or week heading still is', () => {
  const r = read(['## ✔️ Progress Checklist', '', '| Topic | Status |', '|---|:-:|', '| Linux | ☐ |', '| Bash | ✅ |', '', '### ✅ Chapter 3', '- notes', '', '## [x] Week 1: Python basics', '- [x] loops'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Linux', 'todo'], ['Bash', 'done'], ['Chapter 3', 'done'], ['Week 1: Python basics', 'done'], ['loops', 'done']]);
});

test('a rating scale ("| 점수 | 설명 |", "| Score | Description |" over "⭐⭐☆☆☆ (2) | Easy — …") is a legend, no work', () => {
  const r = read(['### 난이도 기준', '', '| 점수 | 설명 |', '|------|------|', '| ⭐☆☆☆☆ (1) | 매우 쉬움 — 거의 누구나 읽을 수 있음 |', '| ⭐⭐☆☆☆ (2) | 쉬움 — 배경지식 없어도 무난히 읽힘 |', '', '| Score | Description |', '|---|---|', '| ★☆☆ | Easy — anyone can read it |', '| ★★☆ | Hard — needs background |'].join('\n'));
  assert.deepEqual(r.items, []);
});

test('"-- [X] item" under "- topic": two dashes before a box are a checkbox a level deeper (three, two levels), whatever the line above ends with', () => {
  const r = read(['- basic syntax:', '-- [X] functions', '-- [ ] builtin types', '- testing', '-- [X] table-driven tests', '--- [ ] fuzz the parser'].join('\n'), 'progress.md');
  const by = (t: string) => r.items.find((i) => i.title === t)!;
  assert.deepEqual(['functions', 'builtin types', 'table-driven tests', 'fuzz the parser'].map((t) => by(t)?.status), ['done', 'todo', 'done', 'todo']);
  assert.equal(by('fuzz the parser').parent, by('table-driven tests').id);
});

test('a legend written with dashes ("✅ - Done", "⬅️ - Doing", "⚫ - Paused") is no entry and no section: the list under it keeps its own marks; "🔥 - Build a compiler" is an entry', () => {
  const r = read(['## My Roadmap', '✅ - Done', '', '⬅️ - Doing', '', '⚫ - Paused', '1. [Rustlings](https://github.com/rust-lang/rustlings) ✅', '2. [Rust by Example](https://doc.rust-lang.org/rust-by-example/) ⬅️', '3. [Rust by Practice](https://practice.rs/)'].join('\n'), 'README.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Rustlings', 'done'], ['Rust by Example ⬅️', 'doing'], ['Rust by Practice', 'todo']]);
  assert.deepEqual(read('- 🔥 - Build a compiler').items.map((i) => i.title), ['🔥 - Build a compiler']);
});

test('a book tracker\'s page: "shelf: stopped-reading" in the front matter puts the book down; a progressed.io bar says how far a chapter is', () => {
  const page = read(['---', 'title: The Left Hand of Darkness', 'author:', '  - Ursula K Le Guin', 'shelf: stopped-reading', 'start_date: 2024-02-11', '---', '', '# The Left Hand of Darkness by Ursula K Le Guin'].join('\n'), 'the-left-hand-of-darkness.md');
  assert.deepEqual(page.items.map((i) => [i.kind, i.status]), [['book', 'skipped']]);
  const bars = read(['### 章节进度', '', '-  进程抽象    ![](http://progressed.io/bar/100)', '-  多处理器调度![](http://progressed.io/bar/40)', '-  死锁问题 ![](http://progressed.io/bar/0)'].join('\n'), 'README.md');
  assert.deepEqual(bars.items.map((i) => [i.status, i.progress?.done ?? null]), [['done', 100], ['doing', 40], ['todo', 0]]);
});

test('a list entry whose link is a bare "#" (a link left to fill in) is an entry; a table of contents\' links to headings are not', () => {
  const r = read(['## 目次', '', '- [DDD関連](#DDD関連)', '', '## DDD関連', '', '- [Implementing Domain-Driven Design](#)', '- [ドメイン駆動設計入門](#)'].join('\n'), '読書リスト.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.links.length]), [[7, 0], [8, 0]]);
});

test('a dated log: three or more lines that open with a day and say what was done are each that day\'s work, done; a day with nothing done is none', () => {
  const r = read(['## 计划', '', '3月11日：leet7999', '', '3月12日：leet6242, leet3919', '', '3月20日：无', '', '3月21日：Q66，M567'].join('\n'), '学习进度.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind, i.status]), [[3, 'task', 'done'], [5, 'task', 'done'], [9, 'task', 'done']]);
  // (Days still to come are a plan's: entries, not done.)
  const plan = read(['2026-01-20: chapter 1', '2026-01-27: chapter 2', '2027-01-05: chapter 3'].join('\n'), 'plan.md');
  assert.deepEqual(plan.items.map((i) => [i.source.line, i.status]), [[1, 'done'], [2, 'done'], [3, 'todo']]);
});

test('a report kept by period ("学习周报", dated week headings): each "Subject：what was done" line is that period\'s work; a subject named in several periods is one item under way, as far as its furthest unit', () => {
  const note = [
    '# 学习周报', '',
    '### Week 1 (2024.7.7-2024.7.14)', '', '大家的日语：7-8课', '', 'Starry：xv6阅读源码与lab', '', '路由实验：LAB v2.4', '',
    '### Week 2 (2024.7.15-2024.7.21)', '', '大家的日语：9-12课', '', 'Starry：文件系统模块', '',
    '### Week 3 (2024.7.22-2024.7.28)', '', 'SICP：阅读并准备完成习题。', '', 'Hours: 12', '',
  ].join('\n');
  const r = read(note, 'weekly-report/readme.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.title, i.status, i.progress && `${i.progress.done} ${i.progress.unit}`]), [
    [5, '大家的日语', 'doing', '12 lesson'], [7, 'Starry', 'doing', null], [9, '路由实验：LAB v2.4', 'done', null], [19, 'SICP：阅读并准备完成习题。', 'done', null],
  ]);
  // (A schedule's dated weeks, a note that does not call itself a report, are a plan: its lines are not read as done work.)
  const plan = read(note.replace('# 学习周报', '# Cronograma'), 'schedule.md');
  assert.ok(plan.items.every((i) => i.status !== 'done' && i.title !== '大家的日语'));
});

test('capitals that run into letters with no case ("图解HTTP", "SICP：阅读习题") are a name in a line, not a heading in capitals', () => {
  const r = read(['books:', '\t重构', '\t人月神话', '\t图解HTTP', ''].join('\n'), '学习计划.txt');
  assert.deepEqual(r.items.map((i) => i.title), ['重构', '人月神话', '图解HTTP']);
  assert.deepEqual(read(['STUDY PLAN', '', '- [ ] SICP'].join('\n')).items.map((i) => i.path), [['STUDY PLAN']]);
});

test('a heading with its course page\'s link under it names that course; a named collection\'s headings ("专项课程（6门）", "Specialization") are its courses, their workload lines ("6 weeks of study, 5-7 hours/week") their hours', () => {
  const r = read([
    '# Scala 专项课程（2门）', '瑞士洛桑联邦理工学院', 'https://www.coursera.org/specializations/scala', '',
    '## Functional Programming Principles in Scala', '当前班次：9月 12 — 10月 24。', '6 weeks of study, 5-7 hours/week', '',
    '## 综合项目实践', '5 周课程, 2-4 小时/周', '',
    '# 清华 计算机组成原理', 'https://www.coursera.org/learn/jisuanji-zucheng', '',
    '# 想上的', '清华的，有一些好课', 'https://www.coursera.org/tsinghua', '',
  ].join('\n'), 'CourseraPlan.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.title, i.kind, i.links.length, i.estimate?.hours ?? null]), [
    [1, 'Scala 专项课程（2门）', 'course', 1, null],
    [5, 'Functional Programming Principles in Scala', 'course', 0, 36],
    [9, '综合项目实践', 'course', 0, 15],
    [12, '清华 计算机组成原理', 'course', 1, null],
    // (Under "想上的", want to take, a status's heading: the link is an entry of the lane, not the heading's own.)
    [17, 'Tsinghua (coursera.org)', 'course', 1, null],
  ]);
});

test('a book log in lanes ("## ing", "## delay", "## TODO") in a file named for its shelf ("intersting_book.md"): the lanes give the status, the file the kind; "Title : why" is judged by its title', () => {
  const r = read([
    '## ing', '- 핸즈온 머신러닝 : 추천시스템 스터디 도서.', '- 프로그래머의 길, 멘토에게 묻다 : 개발자의 글쓰기 책을 재미있게 읽어서 그 비슷한 책인줄 알고 빌림. 경력 조언도 있지만 견습 과정이라는 개념을 소개.', '',
    '## delay', '- 함께 자라기 : 당장 급한 업무도서 읽느라 우선순위 낮아짐', '',
    '## TODO', '- 클린 아키텍처 : 오래 개발자 하려면 이왕이면 제대로.', '- 실용주의 프로그래머 : 같은 실수 그만 반복하고 싶어서', '',
  ].join('\n'), 'til/intersting_book.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind, i.status]), [[2, 'book', 'doing'], [3, 'book', 'doing'], [6, 'book', 'skipped'], [9, 'book', 'todo'], [10, 'book', 'todo']]);
});

test('a heading whose first line gives its goal ("**Meta:** Concluir até Julho/2026") is a thing to get done; its plan\'s steps set in months ("Jan–Mar: Estudo base", "Mês 2: MVP", "Testes — Ago") are milestones; not the note\'s title, an "Overview" or a phase\'s heading', () => {
  const r = read([
    '# Metas 2026', '', '## 1️⃣ Certificação Azure', '**Meta:** Concluir até Julho/2026', '', '### Plano', '- Jan–Mar: Estudo base', '- Junho: Agendar prova', '',
    '## App Flutter', '**Goal:** ship it by May', '', '- Mês 1: Fundamentos + telas', '- Testes — Ago', '- Set: a data structure', '',
    '## 📊 Overview', '**Goal**: 30 problems', '', '## Phase 1 — Containers', '**Goal:** run a container', '', '- [ ] Install Podman',
  ].join('\n'), 'metas.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind]), [
    [3, 'course'], [7, 'milestone'], [8, 'milestone'], [10, 'project'], [13, 'milestone'], [14, 'milestone'], [15, 'topic'], [23, 'task'],
  ]);
});

test('a year\'s book list whose entries each give a percent ("# 2023年书单" over "- Go 语言设计与实现 20%"): a part-read book is under way, and a bullet under one with no figure is a remark on it, its link the book\'s', () => {
  const r = read([
    '# 2023年书单', '', '## 书籍相关', '- Go 语言设计与实现 20%', '    - [面向信仰编程](https://draveness.me/) 博主写的，必须支持一波', '- 重构II 30%', '    - 原来我的代码写的这么糟糕', '- 生活蒙太奇 100%', '',
  ].join('\n'), 'article/2023年书单.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.status, i.links.length]), [[4, 'doing', 1], [6, 'doing', 0], [8, 'done', 0]]);
  // (Under a heading that says done by its name, a figure is where it was left: done.)
  assert.deepEqual(read(['## Done', '- SICP 40%', '- OSTEP 100%'].join('\n')).items.map((i) => i.status), ['done', 'done']);
});

test('a name over a line of links named only for their sort of page ("[link](…) [youtube](…)") is one entry with those links, a "progress:" field under it its position; under "Текущие курсы" a course\'s place after a dash ("- 004 лек.", "- с. 47") is how far it has got', () => {
  const r = read([
    '#### Текущие курсы:', '-  Computer Architecture (CMU) - 004 лек.', '-  Книга Теория вероятностей - с. 47', '', '#### Список курсов:', '',
    '**6.004 Spring 2009** - Computation Structures', '[link](https://ocw.mit.edu/courses/6-004/) [youtube](https://www.youtube.com/watch?v=rj1P2tYmKCo)', '',
    '**18.06SC 2011** - Linear Algebra', '[link](https://ocw.mit.edu/courses/18-06sc/) [youtube](https://www.youtube.com/watch?v=3Ir6pqdWyrU)', 'progress: Lec. 05', '',
    '**Савватеев - линейная алгебра 001**', '[youtube](https://www.youtube.com/watch?v=Kx4n1pqL0cQ)', 'progress: 011', '',
  ].join('\n'), 'knowledge-base/курсы.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.title, i.status, i.links.length, i.progress && `${i.progress.done} ${i.progress.unit}`]), [
    [2, 'Computer Architecture (CMU)', 'doing', 0, '4 lecture'],
    [3, 'Книга Теория вероятностей', 'doing', 0, '47 page'],
    [7, '6.004 Spring 2009 - Computation Structures', 'todo', 2, null],
    [10, '18.06SC 2011 - Linear Algebra', 'doing', 2, '5 lecture'],
    [14, 'Савватеев - линейная алгебра 001', 'doing', 1, '11 part'],
  ]);
});

test('a wish list under labels ("Things I would like to build:", a kind named in the line above a label): each label\'s kind; a remark in brackets at an entry\'s end does not make it a sentence; a line wholly in brackets is an aside', () => {
  const r = read([
    'Talks to rewatch:', '\\(Mostly conference keynotes, :\\)\\)', '', '- [Simple Made Easy](https://www.youtube.com/watch?v=SxdOUGdseq4)', '',
    'Books I would like to reread/read  ', 'All-time favorites:', '- The Martian', '', 'Things I would like to build:', '- Personal budget tracker \\( I genuinely need one \\)', '- A Forth interpreter', '',
  ].join('\n'), 'blog/2023-thoughts.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind]), [[4, 'video'], [8, 'book'], [11, 'project'], [12, 'project']]);
});

test('a link alone under a book, to the person\'s notes on it ("[《西游》随手记](…)") or to a rereading ("([二刷](…))", "[My notes](…)"), is the book\'s link, not another entry', () => {
  const r = read([
    '### 在读', '', '- 《西游记》', '\t- [《西游》随手记](https://anriclee.github.io/posts/journey/summary)', '- 《明朝那些事儿》（当年明月）', '\t- ([二刷](https://anriclee.github.io/posts/readings/booklist/))',
    '- SICP', '  - [My notes](https://example.com/sicp-notes)', '- Linear Algebra', '  - [Linear Algebra Review - CMU](http://www.cs.cmu.edu/~zkolter/course/linalg/outline.html)',
  ].join('\n'), 'content/booklist.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.links.length]), [[3, 1], [5, 1], [7, 1], [9, 0], [10, 1]]);
});

test('a README\'s plan and milestones in Chinese: a start-date field, a pointer ("点击这里查看…") and words of encouragement are no work; "4月7日，上午11:09，完成视频课…（44小时）" is a course finished, its hours', () => {
  const r = read([
    '## 规划', '- 开始日期：2025年3月21日', '- 目标：掌握**HTML5/CSS3 + JS**。', '- 点击[这里](StudyDiary.md)查看[学习日志](StudyDiary.md)，持续追踪每天的学习内容与进度', '',
    '## 一些鼓励自己的话', '- **Break free.**', '- **把事做好。**', '',
    '## 里程碑', '- 4月7日，上午11:09，完成视频课HTML5+CSS3（44小时）。', '- 2024-04-07: finished CS50',
  ].join('\n'), 'front-end-learning/README.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind, i.status, i.estimate?.hours ?? null]), [
    [3, 'topic', 'todo', null], [11, 'course', 'done', 44], [12, 'course', 'done', null],
  ]);
});

test('hours in Chinese, Japanese and Korean ("（44小时）", "2時間", "3시간") are an estimate; "每天 7 小時", "10小时/周" a rate', () => {
  const r = read(['- 视频课JavaScript（60小时）', '- Rust 入門 2時間', '- 알고리즘 강의 3시간', '- 保持健康：每天 7 小時是高強度學習'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.estimate?.hours ?? null), [60, 2, 3, null]);
});

test('a traffic light glued to a word in a script written without spaces ("- 🟢数学分析") is a mark; Chinese book formulas ("Redis设计与实现", "MySQL是怎样运行的", "Go语言圣经") name books', () => {
  const r = read(['- 🟢数学分析 卓里奇', '', '- 🟢Go语言圣经', '', '- Redis设计与实现', '', '- `MySQL` 是怎样运行的', '', '- Vue3 前端开发实战'].join('\n'), 'note/学习清单.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [
    ['数学分析 卓里奇', 'topic', 'done'], ['Go语言圣经', 'book', 'done'], ['Redis设计与实现', 'book', 'todo'], ['MySQL 是怎样运行的', 'book', 'todo'], ['Vue3 前端开发实战', 'topic', 'todo'],
  ]);
});

test('a clause that names a lesson\'s subject ("How the program is organized", "What a web developer does") is no question; "How does X work", "How much data is written per second" ask', () => {
  const r = read(['- [x] How the program is organized', '- [x] What a web developer does', '- [ ] How does the page cache work', '- [ ] How much data is written per second', '- [ ] Which sort is stable'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['topic', 'topic', 'question', 'question', 'question']);
});

test('an org reading list by year that marks its books with keywords: a headline with no keyword is still on the list, not done for its year; "252 p" at a title\'s end is a book\'s length', () => {
  const r = read(['* 2011', '** DONE Endymion 563 p', '   CLOSED: [2011-03-02 Wed]', '* 2012', '** TODO Refactoring UI 252 p', '** Collected Stories of PKD 512 p', '** Moonwalking with Einstein'].join('\n'), 'org/books.org');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind, i.status]), [[2, 'book', 'done'], [5, 'book', 'todo'], [6, 'book', 'todo'], [7, 'book', 'todo']]);
});

test('a badge an entry opens with ("![Done](https://img.shields.io/badge/…) _Cap Theorem_") says its status; the legend of the badges ("Легенда статусов:") is no work', () => {
  const r = read([
    'Легенда статусов:', '* ![Done](https://img.shields.io/badge/Done-brightgreen) - Тема изучена', '* ![In Progress](https://img.shields.io/badge/In_Progress-yellow) - В процессе изучения', '',
    '### 1. Fundamentals', '* ![Done](https://img.shields.io/badge/Done-brightgreen) _Cap Theorem_', '* ![In Progress](https://img.shields.io/badge/In_Progress-yellow) _Sharding_',
    '* ![Not Started](https://img.shields.io/badge/Not_Started-red) _OLAP_',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Cap Theorem', 'done'], ['Sharding', 'doing'], ['OLAP', 'todo']]);
});

test('a short sentence in Chinese, clause, comma and full stop ("慢慢读，也是一种读法。"), is a motto, not a title', () => {
  const r = read(['## 书单', '- **读书是为了自己， 不是为了给别人看。**', '- **慢慢读，也是一种读法。**', '- 《黑客与画家》 保罗.格雷厄姆'].join('\n'), 'journals/书单.md');
  assert.deepEqual(r.items.map((i) => i.source.line), [4]);
});

test('a note titled by one book over boxes that are its numbered chapters is that book, under way, the chapters its own topics; a course\'s weeks under its title stay the items', () => {
  const r = read(['# Eloquent javascript', '', '## Progress ', '- [x] Chapter 01. Values, types, and operators', '- [x] [Chapter 02. Program Structure](./chapter02/README.md) (08/02)', '- [ ] Chapter 03. Functions', '- [ ] Chapter 04. Data Structures'].join('\n'), 'eloquent/README.md');
  // (Each chapter by its name: a topic of the book, to read.)
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind, i.status]), [[1, 'book', 'doing'], [4, 'topic', 'done'], [5, 'topic', 'done'], [6, 'topic', 'todo'], [7, 'topic', 'todo']]);
  assert.equal(r.items.find((i) => i.source.line === 4)!.parent, r.items.find((i) => i.source.line === 1)!.id);
  const weeks = read(['# Machine learning', '', '- [x] Week 1: Introduction', '- [x] Week 2: Linear Regression', '- [ ] Week 3: Classification'].join('\n'), 'ml/README.md');
  assert.deepEqual(weeks.items.map((i) => i.source.line), [3, 4, 5]);
});

test('a list written a name and a field at a time ("Research Methods for UX" over "Next session: Oct 10 — Nov 21", a blank line, the next): each name is an entry, its field its own', () => {
  const r = read(['# UX', '', 'Research Methods for UX', 'Next session: Oct 10 — Nov 21', '', 'Prototyping and Evaluation', 'Next session: Sep 19 — Oct 24', '', 'Clean Code', 'Author: Robert Martin'].join('\n'), 'plans/ux.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.title]), [[3, 'Research Methods for UX'], [6, 'Prototyping and Evaluation'], [9, 'Clean Code']]);
});

test('more of the publishers\' formulas name books: "… up and running" without its colon, "Programming in Haskell", a title in quotes after reading it, a site\'s book in Japanese ("Zenn本 …")', () => {
  const r = read(['- clojurescript up and running', '- Programming in haskell', '- Reading "C Programming Language" by K&R', '- Zenn本 Django 入門', '- Learn programming in Python today'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['book', 'book', 'book', 'book', 'topic']);
});

test('a table of a book\'s sections named by a "名" column, ticked in a "check" column with shortcodes (":white_check_mark:"), is one entry per row with its status', () => {
  const r = read(['# アウトプット大全', '', '|check|項|名|備考|', '|--|--|--|--|', '|:white_large_square:|1|話す前のメモ術||', '|:white_check_mark:|9|[逆算スケジュール](9_逆算スケジュール.md)|210113読了（96~101）|'].join('\n'), 'book-output/0_list.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.status]), [[5, 'todo'], [6, 'done']]);
});

test('a learning log\'s numbered parts whose steps are told done ("## 3. Templates" over "1. Made a folder …", "1. Wrote …") were worked through; one whose steps are not told so is not taken', () => {
  const r = read([
    '# Learning Log', '', '## 1. Setting Up', '1. `python -m venv venv`: Made a virtual environment.', '1. `flask run`: Ran the dev server.', '',
    '## 3. Templates', '1. Made a folder `templates`.', '1. Made a sub-folder `pages`.', '',
    '## 4. Next', '1. Look at the database chapter', '1. Try the shell',
  ].join('\n'), 'learning-django/learning-log.md');
  assert.deepEqual(r.items.filter((i) => [3, 7, 11].includes(i.source.line)).map((i) => [i.source.line, i.title, i.status]), [[3, 'Setting Up', 'done'], [7, 'Templates', 'done']]);
});

test('Korean shelf headings with the endings joined to their words ("지금 읽는 중인 책", "완독한 책", "잠시 멈춘 책") say their books\' status', () => {
  const r = read(['### 지금 읽는 중인 책', '- 코틀린 인 액션', '### 완독한 책', '- 프로그래머의 뇌', '### 잠시 멈춘 책', '- 오브젝트'].join('\n'), 'books/README.md');
  assert.deepEqual(r.items.map((i) => i.status), ['doing', 'done', 'skipped']);
});

test('a weekly plan in Vietnamese: a status in a code span at an entry\'s end ("`Hoàn thành ✅`") is its status, a field saying none ("Khó khăn và vướng mắc: không.") is no entry, and the same step in two numbered weeks ("Tuần 2", "Tuần 4") is two', () => {
  const r = read([
    '## Tuần 2: Từ 22/01/2024 đến 28/01/2024', '', '- Chạy thử. `Hoàn thành ✅`', '- Khó khăn và vướng mắc: không.', '- Fix the `done` flag', '',
    '## Tuần 4: Từ 05/02/2024 đến 11/02/2024', '', '- Chạy thử.',
  ].join('\n'), 'x/progress-report.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.title, i.status]), [[3, 'Chạy thử', 'done'], [5, 'Fix the done flag', 'todo'], [9, 'Chạy thử', 'todo']]);
});

test('Chinese verbs of wrapping, sorting out, integrating and summing up lead tasks ("封装常用服务", "梳理常见第三方服务", "对常用第三方库的封装"); "生成对抗网络" is a topic', () => {
  const r = read(['- 封装常用服务', '- 梳理常见第三方服务', '- 对常用第三方库的封装', '', '## 主题', '- 生成对抗网络'].join('\n'), 'x/学习计划.md');
  assert.deepEqual(r.items.map((i) => i.kind), ['task', 'task', 'task', 'topic']);
});

test('a page reached at the end of a book\'s line ("大话设计模式 p54", "Deep Work p. 120", "SICP (p 33)") is how far it is read', () => {
  const r = read(['- 大话设计模式 p54', '- Deep Work p. 120', '- SICP (p 33)', '- Python p'].join('\n'), 'reading.md');
  assert.deepEqual(r.items.map((i) => i.progress && `${i.progress.done} ${i.progress.unit}`), ['54 page', '120 page', '33 page', null]);
});

test('a label that says the status before a title ("Just finished:", "On deck:", "Recently threw on the DNF pile:") is that entry\'s status, nearer than the page\'s', () => {
  const r = read([
    '# Now', '', '- Just finished: [Leviathan Falls](https://www.goodreads.com/book/show/1) by James S.A. Corey', '- On deck: [Mistborn](https://www.goodreads.com/book/show/2)',
    '- Recently threw on the DNF pile: [Thinking, Fast and Slow](https://www.goodreads.com/book/show/3)', '- Steve McConnell - Code Complete: A Practical Handbook of Software Construction',
  ].join('\n'), 'now.md');
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'todo', 'skipped', 'doing']);
});

test('a plain-text plan of "Topic: what it covers" lines: each line is a topic, a block of fields is not', () => {
  const r = read([
    'Author: Knuth, Donald', 'Publisher: Addison-Wesley, Boston', 'Language: English, French', '',
    'Quarter 1: Foundations', '',
    'Graph Theory: Paths, trees, matchings, and colourings.',
    'Number Theory: Divisibility, congruences, primes, and the Chinese remainder theorem.',
    'Linear Algebra: Vector spaces, linear maps, eigenvalues.', '',
    'Search Methods:',
    'Local Search: Hill climbing, simulated annealing, and tabu lists.',
    'Game Trees: Minimax, alpha-beta pruning, and move ordering.',
  ].join('\n'), 'plan.txt');
  assert.deepEqual(r.items.map((i) => i.source.line), [7, 8, 9, 12, 13]);
});

test('a list written in HTML: each one-line <li> element is an entry, as a bullet would be', () => {
  const r = read([
    '## Books to read', '', '<ul>', '  <li>The Art of Computer Programming</li>', '  <li><em>Concrete Mathematics</em></li>', '  <li></li>',
    '  <li><a href="https://mitpress.mit.edu/sicp" target="_blank">SICP</a></li>', '</ul>', '',
    '<p>Some words about the list.</p>',
  ].join('\n'), 'books.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.source.line, i.links]), [
    ['The Art of Computer Programming', 'book', 4, []], ['Concrete Mathematics', 'book', 5, []],
    // (An element's link is the entry's, as a bullet's would be.)
    ['SICP', 'book', 7, ['https://mitpress.mit.edu/sicp']],
  ]);
});

test('an org headline over dated sub-headlines is the thing studied; the dated ones are its log, and time clocked on it says it is under way', () => {
  const r = read([
    '* Courses', '** Calculus One', ':LOGBOOK:', 'CLOCK: [2026-03-02 Mon 18:00]--[2026-03-02 Mon 19:30] =>  1:30', ':END:',
    '*** [2026-03-02 Mon]', '- Watched the limits lectures.', '- Did the first problem set.', '*** <2026-03-04 Wed>', '- Derivatives, week 2.',
    '** Discrete Maths', '*** TODO Graphs', '*** TODO Counting',
  ].join('\n'), 'study.org');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.source.line]), [
    ['Calculus One', 'doing', 2], ['Graphs', 'todo', 12], ['Counting', 'todo', 13],
  ]);
});

test('a link dump: bare links to courses, videos and books under one-word labels are entries; the labels are not titles', () => {
  const r = read([
    'Rust', '', 'Free', 'https://www.youtube.com/playlist?list=PLr1', 'https://www.youtube.com/playlist?list=PLr2', '',
    'Paid', 'https://www.udemy.com/course/rust-complete-guide/learn/', '',
    'Book:', 'https://www.amazon.com/Rust-Programming-Language/dp/1718500440', '',
    'See https://example.com/blog for why.',
  ].join('\n'), 'links.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind]), [[4, 'video'], [5, 'video'], [8, 'course'], [11, 'book']]);
});

test('titles keep code verbatim: nothing inside backticks is a tag, an operator or emphasis', () => {
  const r = read([
    '- [ ] Refactor the CLI tool to use `Result<T, Box<dyn Error>>`', '- [ ] Use `#pragma pack(1)` and `__attribute__((packed))`',
    '- [ ] Check `sizeof(x) == 36` holds (2h)',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.tags, i.estimate?.hours ?? null]), [
    ['Refactor the CLI tool to use Result<T, Box<dyn Error>>', [], null],
    ['Use #pragma pack(1) and __attribute__((packed))', [], null],
    ['Check sizeof(x) == 36 holds', [], 2],
  ]);
});

test('numbered units never merge: chapters, lectures and parts with different numbers stay apart', () => {
  const lines = ['# Reading plan', ''];
  for (let c = 1; c <= 12; c++) lines.push(`- [${c <= 3 ? 'x' : ' '}] Read chapter ${c} of Book 2 (2h)`);
  const r = read(lines.join('\n'));
  assert.equal(r.items.length, 12);
  assert.equal(r.items.filter((i) => i.status === 'done').length, 3);
  assert.ok(r.items.every((i) => i.progress === null), 'a step that names a chapter is not progress');
});

test('a plan file per topic: its sessions are items with the session\'s hours, their checkboxes steps of their own kinds', () => {
  const r = read([
    '# Rust Systems Programming', '', '**Schedule:** 5 sessions/week, ~1.5 hours each', '**Status:** In progress', '',
    '### Session 1: Setup — completed 2026-10-01', '- [x] Install rustup', '- [x] Write hello world', '',
    '### Session 2: Ownership', '- [x] Read chapter 4', '- [ ] Do the ownership exercises', '',
    '### Session 3: Error handling', 'Nothing ticked yet.', '- [ ] Refactor the CLI tool',
  ].join('\n'), 'Courses/rust-course.md');
  const s1 = byTitle(r, 'Session 1: Setup');
  assert.deepEqual([s1.status, s1.dates.done, s1.estimate?.hours], ['done', '2026-10-01', 1.5]);
  const s2 = byTitle(r, 'Session 2: Ownership');
  assert.equal(s2.estimate?.hours, 1.5);
  assert.equal(byTitle(r, 'Do the ownership exercises').parent, s2.id);
  assert.equal(byTitle(r, 'Do the ownership exercises').kind, 'task');
  assert.notEqual(byTitle(r, 'Refactor the CLI tool').kind, 'course');
});

test('a day in a log is not work: "### Day 4: January 7" over prose is no item', () => {
  const r = read('# 100 Days Of Code - Log\n\n### Day 4: January 7, 2020\n\nFelt slow today, but I did two problems and read a little.\n');
  assert.equal(r.items.length, 0);
  // (The day's "**Today's Progress**:" field is its record of work done, an entry: see below.)
});

test('a learning dashboard kept as tables: counts, Started and Completed columns, and sections that say the status', () => {
  const r = read([
    '## Active', '', '| Topic | Progress | Days Done | Days Total | Started |', '|---|---|---|---|---|',
    '| [Rust](rust/plan.md) | 28% | 7 | 25 | 2026-10-01 |', '', '## Completed', '', '| Topic | Days | Completed |', '|---|---|---|',
    '| SQL basics | 10 | 2026-08-20 |', '', '## Shelved', '', '| Topic | Reason | Progress |', '|---|---|---|', '| Haskell | lost interest | |', '| Elixir | no time | 10% |', '',
    '## Books I\'ve read', '### 2024', '- Dune', '', '## Gave up', '- Ulysses',
  ].join('\n'));
  const rust = byTitle(r, 'Rust');
  assert.deepEqual([rust.status, rust.progress, rust.dates.start], ['doing', { done: 7, total: 25, unit: 'day' }, '2026-10-01']);
  assert.deepEqual([byTitle(r, 'SQL basics').status, byTitle(r, 'SQL basics').dates.done], ['done', '2026-08-20']);
  assert.equal(byTitle(r, 'Haskell').status, 'skipped');
  assert.deepEqual([byTitle(r, 'Elixir').status, byTitle(r, 'Elixir').progress], ['skipped', { done: 10, total: 100, unit: 'percent' }]);
  assert.equal(byTitle(r, 'Dune').status, 'done');
  assert.equal(byTitle(r, 'Ulysses').status, 'skipped');
});

test('fields under an entry are its own: progress, status and due date on sub-bullets', () => {
  const r = read([
    '## Goals', '- **Land an offer**', '  - **Progress:** 67% (2/3)', '  - **Status:** 🔄 In Progress', '  - **Due:** Dec 22',
  ].join('\n'));
  assert.equal(r.items.length, 1);
  const it = r.items[0]!;
  assert.deepEqual([it.title, it.status, it.progress?.done, it.progress?.total, it.dates.due], ['Land an offer', 'doing', 2, 3, '2026-12-22']);
});

test('entries that link to the person\'s own notes are entries; a problem on a judge is a task; a time of day and its activity are one entry', () => {
  const r = read([
    '## Rounds', '- [rounds](rounds.md)', '- [System design notes](system-design.md#caching)', '', '## Problems',
    '- [ ] [Two Sum](https://leetcode.com/problems/two-sum/)', '', '## Schedule', '10:00AM', 'Traversing the AST',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [
    ['rounds', 'topic'], ['System design notes', 'topic'], ['Two Sum', 'task'], ['Traversing the AST', 'topic'],
  ]);
  assert.deepEqual(byTitle(r, 'rounds').links, ['rounds.md']);
});

test('a time of day as a bullet labels the activity under it: its wrapped line or its sub-bullets are the entries', () => {
  const r = read([
    '## Saturday', '- 10:00AM', '  Traversing the AST', '- 11:30 - 12:30', '  - Writing the interpreter loop', '  - Testing closures',
    '- 2 pm', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.source.line, i.parent]), [
    ['Traversing the AST', 3, null], ['Writing the interpreter loop', 5, null], ['Testing closures', 6, null],
  ]);
});

test('a diary about one course is that course, under way; its dated entries are its log, not items', () => {
  const r = read([
    '# MATH 2400 Linear algebra - Diary', '', 'Course page: https://example.edu/math2400', '', '## 2026-09-02 (2h)', 'Lecture 1 on vectors.', '',
    '## 2026-09-04', '- Lecture 2: linear combinations', '- Time: 1.5h', '', '## 2026-09-09', 'Lecture 3. Need to review span.',
  ].join('\n'), 'Courses/MATH 2400 Linear algebra - Diary.md');
  assert.equal(r.items.length, 1);
  const c = r.items[0]!;
  assert.deepEqual([c.title, c.kind, c.status, c.links.length], ['MATH 2400 Linear algebra', 'course', 'doing', 1]);
  assert.deepEqual(c.logged.map((l) => [l.date, l.hours]), [['2026-09-02', 2], ['2026-09-04', 1.5]]);
});

test('nothing is dropped silently: a bullet that looked like an entry but was not taken is reported', () => {
  const r = read([
    '## Books', '- **The Pragmatic Programmer** was recommended to me by a colleague at my last job and I keep meaning to get to it someday soon.',
    '- [ ] Read SICP',
  ].join('\n'));
  assert.deepEqual(titles(r), ['Read SICP']);
  const w = r.warnings.filter((x) => x.code === 'not-an-item');
  assert.equal(w.length, 1);
  assert.equal(w[0]!.line, 2);
  assert.match(w[0]!.message, /bold name/);
  // (A bullet bold from end to end, however long, is reported too.)
  const long = read('## Interview prep\n- **The Art of Computer Programming, Volume 1: Fundamental Algorithms by Donald Knuth, which I will probably never finish but want to try**\n- [ ] Read SICP\n');
  assert.deepEqual(long.warnings.filter((x) => x.code === 'not-an-item').map((x) => x.line), [2]);
});

test('a note whose front matter names a kind is a list of it; progress-bar images, footnotes and reference links are markup; definitions are no items', () => {
  const r = read([
    '---', 'title: Books To Read', 'tags: [books, toread]', '---', '', '## 2025',
    '- [ ] ![progress](https://progress-bar.xyz/88/?width=60){: .normal } **Thinking, Fast and Slow**[^kahneman]',
    '- [ ] ![progress](https://progress-bar.xyz/0/?width=60){: .normal } [**Accounting Made Simple**][ams]',
    '- [ ] Project Hail Mary', '', '[ams]: https://example.com/ams', '[^kahneman]: by Daniel Kahneman',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.progress?.done ?? null]), [
    ['Thinking, Fast and Slow', 'book', 'doing', 88], ['Accounting Made Simple', 'book', 'todo', 0], ['Project Hail Mary', 'book', 'todo', null],
  ]);
});

test('sections say the status in other languages; a sub-bullet with another marker at the same column is the entry\'s; a legend is no entry', () => {
  const r = read([
    '# Cursos que já terminei:', '- [x] **JavaScript básico**', '* Acesso ao conteudo: [Curso em Vídeo](https://www.cursoemvideo.com/curso/javascript/) (gratuito)',
    '* Minhas anotações do curso: [Anotações]() 🔴', '', '# 💻 Projetos que estou fazendo:', '- [ ] **Blog pessoal**', '',
    '🟢 == Projeto encerrado.', '🔴 == Ainda não iniciei.',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.links.length]), [
    ['JavaScript básico', 'course', 'done', 1], ['Blog pessoal', 'project', 'doing', 0],
  ]);
});

test('counts in brackets ("[288/288]", also in backticks), German lectures and checklists', () => {
  const r = read('## Books\n- [x] Грокаем алгоритмы`[288/288]`\n\n# Vorlesungen\n1. [[🌐 Rechnernetze/]]\n\n# 📋 Checkliste\n- [ ] Mitschriften ergänzen\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.progress]), [
    ['Грокаем алгоритмы', 'book', { done: 288, total: 288, unit: 'page' }], ['🌐 Rechnernetze', 'course', null], ['Mitschriften ergänzen', 'task', null],
  ]);
});

test('collapsible blocks: a summary is a section, and an item when it says a status, names a unit or holds work; rows of boxes are progress', () => {
  const r = read([
    '<details>', '<summary><strong>⏳ Learn Concurrency in Go</strong></summary>', '', '```', 'Go Basics        [✔️] [✔️] [✔️]',
    '                 [✔️] [ ]', 'WaitGroups       [ ] [ ] [ ]', '```', '</details>', '', '<details>', '<summary> Week 3: Functions </summary>', '',
    '### Lab', '- [x] [Instructions](https://cs.example.edu/lab03/)', '', '### Homework', '- [ ] [Instructions](https://cs.example.edu/hw02/)', '</details>',
    '', '<details><summary>Translations</summary>', '', '- [Deutsch](README-de.md)', '</details>',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.progress ? `${i.progress.done}/${i.progress.total}` : null]), [
    ['Learn Concurrency in Go', 'course', 'doing', null], ['Go Basics', 'topic', 'doing', '4/5'], ['WaitGroups', 'topic', 'todo', '0/3'],
    ['Week 3: Functions', 'task', 'doing', null], ['Instructions', 'task', 'done', null], ['Instructions', 'task', 'todo', null],
  ]);
  assert.equal(r.items[4]!.parent, r.items[3]!.id);
});

test('a table row that opens with a mark is a row; the unit from the total cell or a unit-word cell', () => {
  const r = read([
    'Title | Author | Progress | Total | Remarks', ':-- | :-- | :-- | :-- | :--',
    ' ⏳ [Room Acoustics Basics](https://example.com/l/2)| Lectures Co | 8 | 14 | Chapters',
    ' [Design Glossary](https://example.com/g) | Example | 00 | 05 pg |',
    ' Handbook of Acoustics | F. Everest | 0 | 510 | text heavy',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress]), [
    ['Room Acoustics Basics', 'doing', { done: 8, total: 14, unit: 'chapter' }],
    ['Design Glossary', 'todo', { done: 0, total: 5, unit: 'page' }],
    ['Handbook of Acoustics', 'todo', { done: 0, total: 510, unit: 'part' }],
  ]);
});

test('an open box under Shelved or Paused was put down; a started one is still under way', () => {
  const r = read('## Shelved\n\n- Dune\n- [ ] Clean Code\n\n## Paused\n\n- [ ] Rust course\n- [/] Go course\n- [x] Python course\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Dune', 'skipped'], ['Clean Code', 'skipped'], ['Rust course', 'skipped'], ['Go course', 'doing'], ['Python course', 'done'],
  ]);
});

test('not work: a template, a fence of placeholders, a profile header, a week\'s summary', () => {
  const r = read([
    '# Hi, I am Ana 👋', '', '- 🔭 I’m currently working on a compiler', '- 📫 How to reach me: ana@example.com', '',
    '## Daily note template', '', '- [ ] Book title', '- [ ] Pages read:', '',
    '## Weekly Summary', '- **What went well:** finished chapter 3', '- **Blockers:** none', '',
    '## Plan', '- [ ] Rust chapter 4', '', '```', '### Day N', '- [ ] Task: <what>', '```', '', '```', 'Monday (2 hours)', '- [ ] Go tour', '```',
  ].join('\n'));
  assert.deepEqual(titles(r), ['Rust chapter 4', 'Go tour']);
});

test('an icon in front says the kind, over the section\'s', () => {
  const r = read('## Courses\n- 📚 The Rust Book\n- 📺 [Intro to Go](https://example.com/x)\n- 📄 Attention Is All You Need\n');
  assert.deepEqual(r.items.map((i) => i.kind), ['book', 'video', 'paper']);
});

test('a judge\'s numbered problem is a task to solve, whatever the section', () => {
  const r = read('## Reading\n- [ ] 3Sum (LeetCode 15)\n- [ ] LC #206 Reverse Linked List\n- [ ] Project Euler 12\n');
  assert.deepEqual(r.items.map((i) => i.kind), ['task', 'task', 'task']);
});

test('tables: emoji shortcodes, a Day column of puzzles, a yes-or-no Read column, badges above', () => {
  const r = read([
    '# Reading list', '', '![Total](https://img.shields.io/badge/Total-16-green.svg)', '![Updated](https://img.shields.io/badge/Updated-2022-blue.svg)', '',
    '| Link | Created | Read |', '| --- | --- | --- |',
    '| [Rust Ownership \\| by Chris M \\| Medium](https://medium.com/@c/x) | 2022-03-10 | :x: |',
    '| [Understanding Lifetimes](https://example.org/lifetimes) | 2022-02-21 | :white_check_mark: |', '',
    '| Day | Part 1 | Part 2 |', '| --- | :---: | :---: |',
    '| :heavy_check_mark: [Day 1](01) - [Trebuchet](https://adventofcode.com/2023/day/1) | ⭐ | ⭐ |',
    '| Day 9 - [Mirage](https://adventofcode.com/2023/day/9) | | |', '',
    '| Day | Activity |', '| --- | --- |', '| Monday | Rust |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [
    ['Rust Ownership', 'article', 'todo'], ['Understanding Lifetimes', 'article', 'done'],
    ['Day 1 - Trebuchet', 'task', 'done'], ['Day 9 - Mirage', 'task', 'todo'],
  ]);
  const marks = read('- :white_check_mark: Read SICP\n- :x: Dropped thing\n');
  assert.deepEqual(marks.items.map((i) => i.status), ['done', 'skipped']);
});

test('a shortcode after an entry is its mark; a table row named by its subject is the course another cell links', () => {
  const r = read([
    '# My track', '',
    '1. [Intro to Statistics](https://example.org/certificate/1) :heavy_check_mark:',
    '2. Linear Models :white_check_mark:', '3. Bayesian Methods :construction:', '4. [Introduction to Importing Data](04_Importing%20Data.md) :heavy_check_mark:', '5. Time Series', '',
    '| Subject | Materials | Status |', '| --- | --- | --- |',
    '| [Algorithms](https://curriculum.example.org/#algo) | [Algorithms, Part I](https://www.coursera.org/learn/algorithms-part1) | ✅ |',
    '| [Compilers](https://curriculum.example.org/#compilers) | [my notes](./compilers/README.md) | |',
    '| [Networking](https://curriculum.example.org/#net) | | |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Intro to Statistics', 'done'], ['Linear Models', 'done'], ['Bayesian Methods', 'doing'], ['Introduction to Importing Data', 'done'], ['Time Series', 'todo'],
    ['Algorithms', 'done'], ['Compilers', 'todo'], ['Networking', 'todo'],
  ]);
  // (The person's own notes are where their work is, not a resource.)
  assert.deepEqual(r.items.slice(5).map((i) => i.kind), ['course', 'topic', 'topic']);
});

test('kinds: past exam papers and problem sets are tasks, in English and other languages; a paper to read is still a paper', () => {
  const r = read([
    '## Past papers', '', '- 2019 May Paper 1', '- 2020 November Paper 2', '',
    '## Mock exams', '', '- Mock A', '',
    '| Arkusz | Stan |', '| --- | --- |', '| Matura Maj 2024 | ✅ |', '',
    '| Übungsblätter | Status |', '| --- | --- |', '| Blatt 3 – Integrale | offen |', '',
    '## 過去問', '', '- 2021年度 秋期', '',
    '## Papers to read', '', '- Attention Is All You Need', '- Read the MapReduce paper',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['task', 'task', 'task', 'task', 'task', 'task', 'paper', 'paper']);
});

test('tables: a Korean or Japanese column of names (클립명, 講座名) holds the titles, the finest named last, not a person\'s', () => {
  const r = read([
    '| 수강 일자 | 파트명 | 클립명 | 시간 |', '|---|---|---|---|',
    '| 2025년 12월 22일 | Part1 파이썬 첫걸음 | 리스트 자료형 | 1:10:42 |',
    '| 2025년 12월 23일 | Part1 파이썬 첫걸음 | 람다 함수 | 1:21:05 |', '',
    '| 講座名 | 講師名 |', '|---|---|', '| 統計学入門 | 山田 |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['리스트 자료형', '람다 함수', '統計学入門']);
});

test('a shelf note with no list markers: each paragraph led by a title and its author, and each empty heading, is one of its things', () => {
  const text = [
    '---', 'created: 2026-06-23', '---', '',
    '[Four Thousand Weeks](https://example.org/fourthousand)[Oliver Burkeman](https://example.org/ob).', '',
    'The Manager\'s Path: A Guide for Tech Leaders (Camille Fournier). I especially liked the chapters on mentoring.', '',
    'This one I still have to find (it was recommended to me).', '',
    'https://www.manning.com/books/data-mesh-in-action', '',
    '# Radical Candor', '', '# Never Split the Difference', '',
  ].join('\n');
  const r = read(text, 'Books to read.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]).sort(), [
    ['Data mesh in action', 'book', 'todo'], ['Four Thousand Weeks', 'book', 'todo'], ['Never Split the Difference', 'book', 'todo'],
    ['Radical Candor', 'book', 'todo'], ['The Manager\'s Path: A Guide for Tech Leaders', 'book', 'done'],
  ]);
  // (Not in a note that is not a shelf, nor where the lists say what the things are.)
  assert.equal(read(text, 'Thoughts.md').items.length, 1);
  assert.deepEqual(read('# Books\n\n- Deep Work\n\nSome Title (Some Author).\n\nOther Title (Other Author).\n', 'books.md').items.map((i) => i.title), ['Deep Work']);
});

test('a bullet led by a word that describes (Context:, Effect:, Example:, 예시:, 例:) is a remark, not an entry', () => {
  const r = read([
    '## v3.1', '', '- Context: the old design had no user-facing delight at all', '- Change: two personas selectable at session start',
    '- Effect: data integrity is settled at design time', '- Example: run the manager script', '- 예시: 260205_v1.2_Add_Logic.md', '- 例: 二分探索',
    '', '## Todo', '', '- Write the migration guide', '- Docker course',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Write the migration guide', 'Docker course']);
});

test('a lesson\'s warnings and cheat sheet (\'6. Common Mistakes & Misconceptions\', \'Cheat Sheet — Review Only\') hold no work', () => {
  const r = read([
    '# Hashing', '', '## 5. Practice', '', '1. Group the anagrams of a word list', '',
    '## 6. COMMON MISTAKES & MISCONCEPTIONS', '', '1. **Mutable key fields.** Mutation after insertion changes the hash.', '2. **Set for multiset.** Duplicates disappear; store counts.', '',
    '## 7. CHEAT SHEET — REVIEW ONLY', '', '- Hash narrows the bucket; equality confirms the key.', '- Multiset = map value→count.',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Group the anagrams of a word list']);
});

test('lines of code outside a fence are not entries; a task that mentions code is', () => {
  const r = read([
    'ARRAYS', '', '  DECLARATION:', '    int arr[5];               // 5 elements', '    logic [7:0] mem[1024];   // 1024-entry memory', '',
    '// NOTE: Cannot do aggregate arithmetic', '', '- int zeros[8] = \'{default: 0};', '- [ ] fix the off-by-one in `arr[i];`', '- [ ] Read chapter 2; do the drills',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['fix the off-by-one in arr[i];', 'Read chapter 2; do the drills']);
});

test('kinds: a title in italics after a verb of working through it is a book; a course or a plain object is not', () => {
  const r = read([
    '- Work through _Pattern Recognition and Machine Learning_', '- Finish *The Rust Programming Language* (ch. 5–9)',
    '- Work through _Andrew Ng Course on Coursera_', '- Finish the _setup_ script',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['book', 'book', 'course', 'task']);
});

test('kinds: a shelf written in one shape across sections takes its most common resource kind for its kindless names', () => {
  const bar = (n: number, t: string) => `- ![Progress](http://progressed.io/bar/${n}) [${t}](./${encodeURIComponent(t)})`;
  const r = read([
    '# Programming', '', bar(76, 'Complete Python Bootcamp'), bar(10, 'JavaScript: Understanding the Weird Parts'), '',
    '# Web', '', bar(88, 'The Web Developer Bootcamp'), bar(34, 'Modern React with Redux'), bar(24, 'The Complete React Web Developer Course'), '',
    '# Photography', '', bar(3, 'Photography Masterclass: A Complete Guide to Photography'), bar(0, 'Night Photography: You Can Shoot Stunning Night Photos'), '',
    '# Elsewhere', '', '- Linear algebra', '- Probability', '- Statistics',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['course', 'course', 'course', 'course', 'course', 'course', 'course', 'topic', 'topic', 'topic']);
});

test('kinds: a numbered curriculum whose linked entries are courses makes its bare names courses too; a bulleted list of topics does not', () => {
  const course = (n: number, t: string) => `${n}. [${t}](https://www.datacamp.com/statement-of-accomplishment/course/${n}abc) :heavy_check_mark:`;
  const r = read([
    '# Data Scientist with Python', '', course(1, 'Introduction to Python'), course(2, 'Intermediate Python'), '3. The Android App Market on Google Play',
    course(4, 'Data Manipulation with Pandas'), '5. Joining Data with Pandas', '6. Cleaning Data in Python', '',
    '# Also', '', `- [Linear Algebra Done Right](https://www.coursera.org/learn/linalg)`, '- [Calculus](https://www.coursera.org/learn/calc)',
    '- [Probability](https://www.coursera.org/learn/prob)', '- Statistics', '- Graph theory', '- Topology', '- Logic', '- Set theory',
  ].join('\n'));
  const kinds = Object.fromEntries(r.items.map((i) => [i.title, i.kind]));
  assert.equal(kinds['Joining Data with Pandas'], 'course');
  assert.equal(kinds['Cleaning Data in Python'], 'course');
  assert.equal(kinds['The Android App Market on Google Play'], 'project');
  assert.equal(kinds['Statistics'], 'topic');
  assert.equal(kinds['Graph theory'], 'topic');
});

test('in an outline of task keywords, a plain bullet whose tag says what it is (#course, #book) is an entry; an untagged remark is not', () => {
  const r = read([
    '- TODO Learn Rust ownership', '- DONE Read The Rust Book ch 1-4', '- LATER Write a CLI in Rust', '  - NOW Parse args with clap',
    '- [[Tokio]] tutorial #course', '- [[Zero To Production]] #book', '- felt tired today',
  ].join('\n'), 'rust.md');
  const kinds = Object.fromEntries(r.items.map((i) => [i.title, i.kind]));
  assert.equal(kinds['Tokio tutorial'], 'course');
  assert.equal(kinds['Zero To Production'], 'book');
  assert.ok(!r.items.some((i) => /tired/.test(i.title)));
});

test('a run of bare titles, some with a subtitle after a colon, is a list of things; a block of fields is not', () => {
  const r = read([
    'Things I want to take', '', 'Introduction to Algorithms', 'Computer Networking: A Top-Down Approach', 'Operating Systems: Three Easy Pieces',
    'Deep Learning Specialization', '', 'Start date: March 3', 'Main focus: Distributed Systems', 'Owner: Sam',
  ].join('\n'), 'courses.txt');
  assert.deepEqual(titles(r), ['Introduction to Algorithms', 'Computer Networking: A Top-Down Approach', 'Operating Systems: Three Easy Pieces', 'Deep Learning Specialization']);
});

test('a line that only says when the note was updated is no entry; the person saying where they are goes with the progress phrase', () => {
  const r = read([
    '# Reading', '', 'Updated November 2026.', '', '- As of 2026-11-30', '- Updated the README with links', '- Rust book, I am on chapter 9',
    '- Curso de SQL — voy por la lección 5 de 12',
  ].join('\n'));
  assert.deepEqual(titles(r), ['Updated the README with links', 'Rust book', 'Curso de SQL']);
  assert.deepEqual(byTitle(r, 'Curso de SQL').progress, { done: 5, total: 12, unit: 'lesson' });
});

test('tables: a column that names the units holds the titles over one that numbers them; a start date with an empty Finished cell is under way', () => {
  const units = read(['# Bootcamp progress', '', '| Module | Topic | Status |', '|:-:|---|:-:|', '| 1 | HTML & CSS | ✅ |', '| 2 | DOM | 🚧 |', '| 3 | React | ⬜ |'].join('\n'));
  assert.deepEqual(units.items.map((i) => [i.title, i.status]), [['HTML & CSS', 'done'], ['DOM', 'doing'], ['React', 'todo']]);
  const log = read([
    '# Reading log', '', '| Title | Author | Started | Finished | Rating |', '|---|---|---|---|---|',
    '| The Mythical Man-Month | Fred Brooks | 2026-01-03 | 2026-01-20 | ★★★★ |', '| Thinking in Systems | Donella Meadows | 2026-02-01 | | |', '| Deep Work | Cal Newport | | | |',
  ].join('\n'));
  assert.deepEqual(log.items.map((i) => i.status), ['done', 'doing', 'todo']);
  assert.deepEqual(titles(read('# Courses\n\n| Course | Status |\n|:-:|:-:|\n| SICP | done |\n| CLRS | todo |\n')), ['SICP', 'CLRS']);
});

test('bullets as Japanese notes write them ("・"), a number glued to its words ("1.Read"), and a caseless name among capitalised siblings', () => {
  const r = read(['# Checklist', '', '- [x] Write the parser', '- [ ] Fix the lexer', '- [x] Add tests', '・データベース入門を読む', '・SQL練習', '1.Read the Raft paper'].join('\n'));
  assert.deepEqual(titles(r).sort(), ['Add tests', 'Fix the lexer', 'Read the Raft paper', 'SQL練習', 'Write the parser', 'データベース入門を読む']);
  const lines = read(['# Plan', '', '- [x] Radix sort', '- [ ] External sorting', '- [ ] Topological sort', '- 跳表，B树'].join('\n'));
  assert.ok(titles(lines).includes('跳表，B树'));
});

test('progress in other languages\' units: the entry keeps its name, its count goes to progress', () => {
  const r = read(['# 진도', '', '- リーダブルコード 3/10章まで読了', '- 자료구조 강의 3강/20강', '- Совершенный код — глава 3 из 12', '- Giải tích — chương 3/12'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.progress?.done, i.progress?.total, i.progress?.unit]), [
    ['リーダブルコード', 3, 10, 'chapter'], ['자료구조 강의', 3, 20, 'lecture'], ['Совершенный код', 3, 12, 'chapter'], ['Giải tích', 3, 12, 'chapter'],
  ]);
});

test('a list its opening says changed the person ("books that shaped my thinking") holds finished things; a plain shelf does not', () => {
  const shaped = read(['# Books that shaped my thinking', '', 'Health', '* Why We Sleep (Matthew Walker)', '* Breath (James Nestor)'].join('\n'));
  assert.deepEqual(shaped.items.map((i) => i.status), ['done', 'done']);
  const ru = read(['Каждая из этих книг что-то во мне поменяла.', '', '* Дыхание. Джеймс Нестор - дыши носом.', '* Драйв. Дэниел Пинк - мотивация изнутри.'].join('\n'), 'knigi.md');
  assert.deepEqual(ru.items.map((i) => i.status), ['done', 'done']);
  const shelf = read(['# Books', '', '* Why We Sleep. Matthew Walker', '* Breath. James Nestor'].join('\n'));
  assert.deepEqual(shelf.items.map((i) => i.status), ['todo', 'todo']);
});

test('a study routine: weekday sittings are tasks, a checklist step naming no work is no book, contingency advice and blanks to fill are no entries, "[✓]" in a Status cell is done', () => {
  const r = read([
    '# Study schedule', '', '## Weekly plan', '- **Monday**: New chapter reading (1-2 hours)', '- **Tuesday**: Notes and worked queries (1 hour)', '',
    '## Chapters', '', '| Chapter | Status |', '|---|---|', '| 1: Background | [ ] |', '| 2: Query Primer | [✓] |', '',
    '## Daily checklist', '- [ ] Read assigned pages', '- [ ] Read chapter 3 of "Learning SQL"', '',
    '## If Behind Schedule', '1. Focus on high-priority chapters', '2. Skip optional exercises at first', '',
    '## Personal notes', '- Preferred study times: [Fill in]', '- Study environment: [TBD]',
  ].join('\n'));
  const kinds = Object.fromEntries(r.items.map((i) => [i.title, i.kind]));
  assert.equal(kinds['Monday: New chapter reading'], 'task');
  assert.equal(kinds['Tuesday: Notes and worked queries'], 'task');
  assert.equal(kinds['Read assigned pages'], 'task');
  assert.equal(byTitle(r, '2: Query Primer').status, 'done');
  assert.equal(byTitle(r, '1: Background').status, 'todo');
  assert.ok(!r.items.some((i) => /high-priority|optional exercises|Fill in|TBD|environment/.test(i.title)), titles(r).join(' | '));
});

test('problems under a heading or label naming a judge are tasks; a plan\'s instructions are tasks; a name that opens like a verb stays a name', () => {
  const r = read([
    '# Week 1', '', '### 1.1 .NET internals (15 minutes)', '- Set a timer for each phase.', '- Sketch pseudocode for the retry prompt.', '- Answer the RabbitMQ vs ZeroMQ question.', '',
    '## What to do on LeetCode', '', '**Core six**', '1. **Two Sum** — value-to-index map', '2. **Valid Anagram** — character counts', '',
    '## HTML', '- Document Structure', '- Set theory',
  ].join('\n'));
  const kinds = Object.fromEntries(r.items.map((i) => [i.title, i.kind]));
  assert.equal(kinds['Set a timer for each phase'], 'task');
  assert.equal(kinds['Sketch pseudocode for the retry prompt'], 'task');
  assert.equal(kinds['Answer the RabbitMQ vs ZeroMQ question'], 'task');
  assert.ok(!r.items.some((i) => /internals/.test(i.title)));
  assert.deepEqual(r.items.filter((i) => /Two Sum|Valid Anagram/.test(i.title)).map((i) => i.kind), ['task', 'task']);
  assert.equal(kinds['Document Structure'], 'topic');
  assert.equal(kinds['Set theory'], 'topic');
});

test('a label says it lists no work by its own name ("Support", "Community"), not by such a word inside a sentence', () => {
  const r = read(['## Practice', '', 'I pick 2–3 small challenges that support this week’s demo:', '', '- **Like button** — pressed state', '- **Lazy image** — stable placeholder', '', 'Support:', '- Buy me a coffee'].join('\n'));
  assert.deepEqual(titles(r), ['Like button — pressed state', 'Lazy image — stable placeholder']);
});

test('a paragraph that offers a sample of options to choose from makes what it introduces optional', () => {
  const r = read([
    '# Final project', '', 'Students who would like more guidance may use a series of project oriented courses.', 'Here is a sample of options',
    '(many more are available, at this point you should be capable of identifying a series):', '',
    'Courses | Duration', ':-- | :--:', 'Fullstack Open | 10 weeks', 'Modern Robotics | 12 weeks', '', '## Core', '', '- [ ] Nand2Tetris',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.optional]), [['Fullstack Open', true], ['Modern Robotics', true], ['Nand2Tetris', false]]);
});

test('a journal\'s entries told in the past were done; "How to …" names a skill, not a question; a goal in the past tense stays a goal', () => {
  const r = read([
    '# Learning journal', '', '## Setup', '- Installed Python 3.9 on macOS and checked pip.', '- Made a virtual environment (`cf-py-main`).', '- Distributed systems', '',
    '## Next', '- How to write tests with `unittest`.', '- How does the GIL work', '', '## Deliverables', '- Deliverable: Published a deep-dive on the blog',
  ].join('\n'));
  const by = (t: string) => r.items.find((i) => i.title.startsWith(t))!;
  assert.equal(by('Installed Python').status, 'done');
  assert.equal(by('Made a virtual').status, 'done');
  assert.equal(by('Distributed systems').status, 'todo');
  assert.equal(by('How to write tests').kind, 'topic');
  assert.equal(by('How does the GIL').kind, 'question');
  assert.equal(by('Published a deep-dive').status, 'todo');
});

test('a journal\'s "Learned …" was learned, done; "Started learning …" is under way', () => {
  const r = read(['# Journal', '', '## Day 1', '### SQL', '- Started learning SQL.', '', '## Day 2', '### Jupyter', '- Learned Jupyter basics.', '- Studied the window functions', '- Started the course', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Started learning SQL', 'doing'], ['Learned Jupyter basics', 'done'], ['Studied the window functions', 'done'], ['Started the course', 'todo']]);
});

test('a kind of activity named under two areas is one in each, never merged; an entry naming a judge is solving there', () => {
  const r = read(['- Algorithms:', '\t- AtCoder rounds: 2hrs', '\t- CSES problems: 2hrs', '- Arch:', '\t- Reading: 1hr', '\t- Drills: 1hr', '- OOD:', '\t- Reading: 1hr', '\t- Drills: 1hr'].join('\n'));
  assert.equal(r.items.filter((i) => i.title === 'Reading').length, 2);
  assert.equal(r.items.filter((i) => i.title === 'Drills').length, 2);
  assert.deepEqual(r.items.filter((i) => /AtCoder|CSES/.test(i.title)).map((i) => i.kind), ['task', 'task']);
});

test('practice by its name is a task ("OOD: Drills", "short quiz on decorators")', () => {
  const r = read(['# Plan', '- OOD: Drills', '- short quiz on decorators', '- Dynamic programming'].join('\n'));
  const kinds = Object.fromEntries(r.items.map((i) => [i.title, i.kind]));
  assert.equal(kinds['OOD: Drills'], 'task');
  assert.equal(kinds['short quiz on decorators'], 'task');
  assert.equal(kinds['Dynamic programming'], 'topic');
});

test('a dated table is past or to come against the day the note says it was updated', () => {
  const r = read([
    '# 수강 일정', '', '**업데이트 날짜**: 2026년 03월 12일', '', '| 수강 일자 | 클립명 |', '|---|---|',
    '| 2026년 03월 10일 (화) | CH01. 변수 |', '| 2026년 03월 12일 (목) | CH02. 리스트 |', '| 2026년 03월 20일 (금) | CH03. 함수 |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['CH01. 변수', 'done'], ['CH02. 리스트', 'done'], ['CH03. 함수', 'todo']]);
  // (A column named for clips, "클립명", says each numbered row is a clip, a video.)
  assert.deepEqual(r.items.map((i) => i.kind), ['video', 'video', 'video']);
});

test('a line that only gives the time the person has, in any words, is the budget, not an entry', () => {
  const r = read([
    '# Outline', '- Plan first, then execute', '- 18~24h of study time per week, about 3h a day', '- 每周 `18~24h` 的学习时间, 每天 `3h` 左右', '- 每天学习3小时',
    '- Read 20 pages a day', '- Leetcode 2h daily', '- [ ] 3 hours a day of drills',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Plan first, then execute', 'Read 20 pages a day', 'Leetcode 2h daily', '3 hours a day of drills']);
});

test('a numbered day with its area and one activity, written as a sentence, is that activity; its times add up; a rest day is none', () => {
  const r = read([
    'Week 1 to Week 4: Data Engineering', 'Weekdays (1 Hour per Day)',
    'Day 1 (Data Engineering): Learn Apache Airflow basics (30 mins reading, 30 mins practicing with a local setup).',
    'Day 2 (Python): Practice writing tests with pytest (1 hour).',
    'Day 7 (Rest Day): No work/study.',
  ].join('\n'), 'plan.txt');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null]), [['Learn Apache Airflow basics', 1], ['Practice writing tests with pytest', 1]]);
});

test('tables: a week\'s \'Main focus\' column, in English or another language (Foco principal, Schwerpunkt), names its rows', () => {
  const r = read([
    '| Week | Main focus |', '|---|---|', '| 1 | Diagnosis + planning |', '| 2 | Math: Sets + Percentages |', '',
    '| Semana | Foco principal |', '|---|---|', '| 1 | Diagnóstico + planejamento |', '',
    '| Woche | Schwerpunkt |', '|---|---|', '| 1 | Lineare Algebra |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Diagnosis + planning', 'Math: Sets + Percentages', 'Diagnóstico + planejamento', 'Lineare Algebra']);
});

test('a bullet made of a name and, after a dash, what the person took from it is judged by the name', () => {
  const r = read([
    'Здоровье', '* Почему мы спим. Мэттью Уокер - сон важнее любой диеты.', '* Тело помнит всё. Бессел ван дер Колк - травма живёт в теле, а не только в голове.',
    '* Дыхание. Джеймс Нестор - дыши носом.', '',
    'Work', '* Deep Work, Cal Newport – focus is a skill you train every single day.', '* I tried the pomodoro method - it did not suit me at all this time.',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.source.line), [2, 3, 4, 7]);
});

test('a problem log: its rows, written by a script with list markers under a table header, are problems solved', () => {
  const r = read([
    '## Problem Log (auto-generated)', '', '<!-- PROBLEM_LIST_START -->', 'Problem | Date | Time Taken | Difficulty', '--- | --- | --- | ---',
    '- [Valid Parentheses](easy/0020-valid-parentheses.md) | 2025-03-09 | ~35 minutes | Easy',
    '- [Create Hello World Function](easy/2667-create-hello-world-function.md) | 2025-03-11 | ~1 minute | Easy',
    '<!-- PROBLEM_LIST_END -->', '', '## Backlog', '', '- Graph algorithms | later',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [
    ['Valid Parentheses', 'task', 'done'], ['Create Hello World Function', 'task', 'done'], ['Graph algorithms | later', 'topic', 'todo'],
  ]);
});

test('a day and its weekday alone ("14 (수)", "3 (Mon)") dates the line under it: the topics are sessions, one a day, never merged', () => {
  const r = read(['14 (수)', '자료형', '15 (목)', '리스트', '16 (금)', '리스트', '3 (Mon)', 'Recursion', '12 (周三)', '链表'].join('\n'), 'plan.txt');
  assert.deepEqual(r.items.map((i) => i.source.line), [2, 4, 6, 8, 10]);
});

test('kinds: a file named in Russian written in Latin letters ("knigi.md", "kursy.md") lists books or courses', () => {
  assert.deepEqual(read('* Мастер и Маргарита. Михаил Булгаков\n* Старик и море. Эрнест Хемингуэй\n', 'knigi.md').items.map((i) => i.kind), ['book', 'book']);
  assert.deepEqual(read('- Машинное обучение\n- Алгоритмы\n', 'kursy.md').items.map((i) => i.kind), ['course', 'course']);
});

test('kinds: an arXiv link under a reading list is a paper; a German Leseliste lists books; a page name\'s underscores', () => {
  const r = read('# Reading List\n\n- [Attention Is All You Need](https://arxiv.org/pdf/1706.03762). June 2017\n\n## Leseliste\n\n- Carolin Emcke - [Gegen den Hass](https://www.fischerverlage.de/buch/x)\n\n## Now\n\n1. [[research/rust-lang.org-The_Rust_book]]\n');
  assert.deepEqual(r.items.map((i) => i.kind), ['paper', 'book', 'book']);
});

test('lines under an entry that say where it stands and since when, in its language', () => {
  const r = read([
    '### ✅ [01 - Python](https://cursos.example.com/python)', '', '- ➡️ Iniciado em 06 de Fevereiro de 2023', '- ✅ Concluído em 14 de Março de 2023', '',
    '### ✅ [05 - Pandas](https://cursos.example.com/pandas)', '', '- ➡️ Iniciado em 17 de Julho de 2023', '- ⏸️ Pausado', '',
    '### ⛔ ~~[06 - Spring](https://cursos.example.com/spring)~~', '', '- ❌ Cancelado', '',
    '### ⌛ [08 - Docker](https://cursos.example.com/docker)', '', '- Started on 2024-03-18',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.dates.start ?? null, i.dates.done ?? null]), [
    ['01 - Python', 'done', '2023-02-06', '2023-03-14'], ['05 - Pandas', 'skipped', '2023-07-17', null],
    ['06 - Spring', 'skipped', null, null], ['08 - Docker', 'doing', '2024-03-18', null],
  ]);
});

test('a course log: dated units under a group entry are done that day; each week\'s group is its own', () => {
  const r = read('### Week5\n- [x] Lecture\n    - [Sun 04 Feb 2024] Lec 10: Subtype Polymorphism\n    - [Mon 05 Feb 2024] Lec 11: Exceptions\n\n### Week6\n- [x] Lecture\n    - [Tue 13 Feb 2024] Lec 13: Disjoint Sets\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.dates.done ?? null]), [
    ['Lecture', 'done', null], ['Lec 10: Subtype Polymorphism', 'done', '2024-02-04'], ['Lec 11: Exceptions', 'done', '2024-02-05'],
    ['Lecture', 'done', null], ['Lec 13: Disjoint Sets', 'done', '2024-02-13'],
  ]);
});

test('a status in the paragraph after an entry; a Date Finished column holding a date or how far along', () => {
  const r = read([
    '| Module | Date Finished | Category |', '| --- | :---: | --- |', '| Functional Programming ABC | 2 May 2022 | programming |', '| Build a Modern Computer | 5/12 | hardware |', '',
    '- [Build a Modern Computer Part I](https://www.coursera.org/learn/build-a-modern-computer)', '', 'Finished on 28th of February 2022, really proud to have done it.', '',
    '- [Build a Modern Computer Part II](https://www.coursera.org/learn/build-a-modern-computer-2)', '', 'In progress (as of 7th of March), much harder than the first part.',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.dates.done ?? null, i.progress ? `${i.progress.done}/${i.progress.total}` : null]), [
    ['Functional Programming ABC', 'done', '2022-05-02', null], ['Build a Modern Computer', 'doing', null, '5/12'],
    ['Build a Modern Computer Part I', 'done', '2022-02-28', null], ['Build a Modern Computer Part II', 'doing', null, null],
  ]);
});

test('estimates: "2h20" is two hours twenty; a todo.txt time: of a bare figure is minutes, est: hours', () => {
  const r = read('| Title | Length |\n|---|---|\n| Responsive Layout | 2h20 |\n| Category Theory | 14h45 |\n');
  assert.deepEqual(r.items.map((i) => i.estimate?.hours), [2.33, 14.75]);
  const t = read('Call the bank Time:20\nWrite the essay est:2\n', 'todo.txt');
  assert.deepEqual(t.items.map((i) => i.estimate?.hours), [0.33, 2]);
});

test('every todo.txt line is a task, whatever its words; a +book tag says otherwise', () => {
  const t = read('Upload lecture recording\nWrite first draft of capstone proposal Time:20\nRead Dune +book\n', 'todo.txt');
  assert.deepEqual(t.items.map((i) => i.kind), ['task', 'task', 'book']);
  const r = read('- [ ] Grade Lab 1 for Compilers\n- [ ] Tell landlord about the heater\n- [ ] Pack for the workshop\n');
  assert.deepEqual(r.items.map((i) => i.kind), ['task', 'task', 'task']);
});

test('a table naming things at two levels: an empty title cell takes the name to its left; a Result column of "ok" is done; a Link column is the row\'s link', () => {
  const r = read([
    '| subj | topic | res | link |', '|---|---|---|---|',
    '| syntax | loops | ok | [1.1](./book/loops.rs) |', '| ownership | | ok + ? | |', '| traits | generics | | |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.links.length]), [['loops', 'done', 1], ['ownership', 'done', 0], ['generics', 'todo', 0]]);
});

test('a plan in another language: its leading verb says the kind, in any script', () => {
  const r = read(['## План', '- Изучить синтаксис языка', '- Реализовать простой HTTP-сервис', '- Решение задач на Rust', '- Leer el artículo sobre índices', '- Construir un compilador'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['topic', 'project', 'task', 'article', 'project']);
});

test('the same lecture scheduled on two days is two sittings, not one duplicate', () => {
  const r = read(['* TODO COMP 330 :lec:', '  SCHEDULED: <2026-09-01 Tue 09:30-10:45 +1w>', '* TODO COMP 330 :lec:', '  SCHEDULED: <2026-09-03 Thu 09:30-10:45 +1w>', '* TODO COMP 330 course notes'].join('\n'), 'courses.org');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.dates.scheduled ?? null]), [[1, '2026-09-01'], [3, '2026-09-03'], [5, null]]);
});

test('"Done: …" and "To do: …" under an entry say how far it is, and are no items', () => {
  const r = read(['- [Solutions to Exercises](./sol.md)', '  - Done: 1-6, 7(a)-7(c)', '  - To do: 7(d)', '- [Flashcards](./flash.apkg)', '  - Done: all', '- [ ] Notes', '  - Done: chapter 1'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Solutions to Exercises', 'doing'], ['Flashcards', 'done'], ['Notes', 'todo']]);
});

test('org: a "Lectures [3/23]" headline is how far its course is; "Information" is no item; running times after a pipe or a tab', () => {
  const r = read([
    '* Algorithms', '** TODO MIT - 6.006 Introduction to Algorithms', '*** Course Information', 'Prof. Erik Demaine', '',
    '*** TODO Lectures [1/3]', '- [X] Lec 1 | 1:15:09 | 11:02 27:45', '- [ ] Lec 2 | 1:17:41 |', '- [ ] Lec 3 | 1:06:04 |',
    '** Elixir for Beginners', '*** Videos [1/2]', '- [X] Elixir - intro\t\t2:04 |', '- [ ] 0102 What you should know.mov',
  ].join('\n'), 'learning.org');
  const course = byTitle(r, 'MIT - 6.006 Introduction to Algorithms');
  assert.deepEqual([course.kind, course.status, course.progress], ['course', 'doing', { done: 1, total: 3, unit: 'lecture' }]);
  assert.deepEqual(r.items.filter((i) => i.parent === course.id).map((i) => [i.title, i.kind, i.estimate?.hours]), [['Lec 1', 'video', 1.25], ['Lec 2', 'video', 1.29], ['Lec 3', 'video', 1.1]]);
  assert.ok(!r.items.some((i) => /Information|Lectures|Videos/.test(i.title)));
  assert.deepEqual(byTitle(r, 'Elixir - intro').estimate?.hours, 0.03);
  assert.equal(byTitle(r, '0102 What you should know.mov').kind, 'video');
});

test('a list written as headings, and the "@ here right now!" marker on the current line', () => {
  const r = read(['# arrays', '# strings', '# function pointers        @ here right now!', '# recursion'].join('\n'), 'roadmap.txt');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['arrays', 'todo'], ['strings', 'todo'], ['function pointers', 'doing'], ['recursion', 'todo']]);
  // Two headings, or headings with something under them, stay sections.
  assert.equal(read(['# Books', '# Courses', '- [ ] CS50'].join('\n')).items.length, 1);
});

test('org: IN-PROG is a keyword; where keywords mark what is under way, an entry without one is not; "Chapter 5" is a step of the book above', () => {
  const r = read(['* Current Projects', '** IN-PROG Mathematics for Machine Learning', '*** IN-PROG Chapter 5', '** Kubernetes tutorial'].join('\n'), 'study.org');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [
    ['Mathematics for Machine Learning', 'book', 'doing'], ['Chapter 5', 'task', 'doing'], ['Kubernetes tutorial', 'course', 'todo'],
  ]);
});

test('a status word in the middle of a long entry is about something else', () => {
  const r = read(['1. A github profile analyzer that tells you whether a library is abandoned, and rates how quickly issues and PRs get answered.', '2. Rust book - abandoned', '3. Write a long essay about the lessons from building the compiler for the study group blog (in progress)'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.status), ['todo', 'skipped', 'doing']);
});

test('status words after the title in Italian, Russian, Turkish, Polish, Indonesian and Vietnamese', () => {
  const r = read(['- Corso di Python - completato', '- Основы SQL — в процессе', '- Algoritmalar - devam ediyor', '- Kurs Go - w trakcie', '- Belajar Git - selesai', '- Học React - đang học'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'doing', 'doing', 'doing', 'done', 'doing']);
  assert.equal(r.items[0]!.kind, 'course');
});

test('under an entry with a status of its own, bullets it introduces with a colon, and steps, are items; implementing a paper is a project', () => {
  const r = read([
    '1. [Queued] Do every exercise in the following chapters of *Computer Networking*:', '    * Chapter 2: Application Layer', '    * Chapter 3: Transport Layer', '',
    '2. [Queued] Allocators in C.', '    - Implement the allocators in [Bonwick\'s slab paper](https://example.edu/slab.html)', '    - nice one, from a friend',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [
    ['Do every exercise in the following chapters of Computer Networking', 'task'], ['Chapter 2: Application Layer', 'task'], ['Chapter 3: Transport Layer', 'task'],
    ['Allocators in C.', 'topic'], ['Implement the allocators in Bonwick\'s slab paper', 'project'],
  ]);
});

test('a numbered label names a list ("3. Books have been read:"); a "TODO" note title does not make the topics of its sections chores', () => {
  const r = read(['1. Courses participated:', '  - [Databases](https://www.edx.org/course/db) by Jennifer Widom', '2. Books have been read:', '  * Version Control with Git - Jon Loeliger, 2012'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [['Databases by Jennifer Widom', 'course', 'done'], ['Version Control with Git - Jon Loeliger, 2012', 'book', 'done']]);
  const t = read(['# TODO', '', '## Data structures', '- Radix sort', '- external sorting algorithms'].join('\n'), 'todo.md');
  assert.deepEqual(t.items.map((i) => i.kind), ['topic', 'topic']);
});

test('a playlist\'s videos stay videos; lectures numbered "1", "2" under a course are its steps', () => {
  const r = read([
    '** TODO Elixir for Beginners', '*** Information', 'https://www.youtube.com/playlist?list=PLx', '*** Videos [1/2]', '- [X] Elixir - intro', '- [ ] Elixir - modules',
    '** TODO Yale - Introduction to Psychology', '- [X] 1', '- [ ] 2',
  ].join('\n'), 'learning.org');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [
    ['Elixir for Beginners', 'video'], ['Elixir - intro', 'video'], ['Elixir - modules', 'video'], ['Yale - Introduction to Psychology', 'course'], ['1', 'task'], ['2', 'task'],
  ]);
});

test('"Outside the curriculum:" in a note about courses: its entries are not courses for being there', () => {
  const r = read(['---', 'title: "Where I am with my OSSU courses"', '---', '', 'Outside the curriculum:', '- John Ousterhout - A Philosophy of Software Design', '- Marko Luksa - Kubernetes in Action'].join('\n'));
  // (The second is a book by its title's formula, "… in Action", not by where it stands.)
  assert.deepEqual(r.items.map((i) => i.kind), ['topic', 'book']);
});

test('the plain lines under "Course Information" are facts, and a folder tree is no list of work', () => {
  const r = read(['* Courses', '** TODO MIT - 6.006 Introduction to Algorithms', '*** Course Information', 'MIT Course Number', '6.006', '', 'Level', 'Undergraduate', '*** Videos [0/1]', '`-- Exercise Files', '`-- Ex_Files.zip', '- [ ] 0101 Welcome.mov'].join('\n'), 'learning.org');
  assert.deepEqual(r.items.map((i) => i.title), ['MIT - 6.006 Introduction to Algorithms', '0101 Welcome.mov']);
});

test('records in a YAML fence are items: named by their title, or their id and address; a template fence is not', () => {
  const r = read([
    'template:', '```yaml', '- id:', '  url:', '```', '', '### Solved', '', '```yaml', '2019-10-02:', '- id: 1047', '  type: stack',
    '  url: https://leetcode.com/problems/remove-all-adjacent-duplicates-in-string/description/', '', '- title: Designing Data-Intensive Applications', '  type: book', '  status: reading', '```',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.source.line, i.title, i.kind, i.status, i.links.length]), [
    [11, '1047 (remove-all-adjacent-duplicates-in-string)', 'task', 'done', 1], [15, 'Designing Data-Intensive Applications', 'book', 'doing', 0],
  ]);
});

test('a table written in HTML: a row per book, cells over many lines; the item stands on its title\'s line', () => {
  const r = read([
    '### Kotlin', '<table>', '  <tr>', '    <th scope="col"></td>', '    <th scope="col">표지</td>', '    <th scope="col">제목</td>', '    <th scope="col">기간</td>', '  </tr>',
    '  <!-- 코틀린 인 액션 -->', '  <tr>', '    <td>1</td>', '    <td><a href="./kotlin-in-action"><img src="cover.jpg"/></a></td>', '    <td>', '      <a href="./kotlin-in-action">',
    '      코틀린 인 액션</br>Kotlin in Action', '      </a>', '    </td>', '    <td>24.03.</td>', '  </tr>',
    '  <tr><td>2</td><td></td><td>Effective Kotlin</td><td>예정</td></tr>', '</table>',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.source.line, i.title, i.kind, i.status, i.links]), [
    [15, '코틀린 인 액션 Kotlin in Action', 'book', 'done', ['./kotlin-in-action']], [20, 'Effective Kotlin', 'book', 'todo', []],
  ]);
});

test('a course\'s README with a dated log under "Progress" is that course, under way; the log lines are not items', () => {
  const r = read([
    '# Build a Modern Computer from First Principles', 'This course is a wonderful thing and it is free online.', '', '## Progress', '',
    '- Oct 2019: Started the course.', '- Nov 2019: Got stuck on the sequential chips in Project 3.', '- Jul 18, 2020: Finished project 4.', '- Feb 11, 2021: The CPU chip is still very buggy.',
  ].join('\n'), 'nand2tetris/README.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [['Build a Modern Computer from First Principles', 'course', 'doing']]);
});

test('"## Book notes" over wiki links: an index of the books with notes, each read at least in part', () => {
  const r = read(['- # To Read', '- Kent Beck - Test Driven Development: By Example', '- ## Book notes', '- [[Sönke Ahrens - How to Take Smart Notes]]', '', '## Notes', '- [[2024-03-01]]'].join('\n'), 'books.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [['Kent Beck - Test Driven Development: By Example', 'book', 'todo'], ['Sönke Ahrens - How to Take Smart Notes', 'book', 'doing']]);
});

test('a table row whose title cell an export left empty ("nan") is named by the next filled cell; under a course\'s own heading its parts are coursework, not courses', () => {
  const r = read(['# cs61b', '', '| date | material | practice | recap |', '| --- | --- | --- | --- |', '| 11/06 Wed | nan | [[Lab02 Debugging, JUnit]] | nan |', '| 11/07 Thu | nan | [[HW01 Arrays, Linked Lists]] | nan |', '| 11/08 Fri | nan | [[proj0 2048]] | nan |'].join('\n'), 'courses-main.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['Lab02 Debugging, JUnit', 'task'], ['HW01 Arrays, Linked Lists', 'task'], ['proj0 2048', 'project']]);
});

test('a file or heading naming one course holds its topics; "Courses" or "course.md" alone is the shelf', () => {
  const one = read(['- [ ] Ownership and borrowing', '- [x] Lifetimes in signatures'].join('\n'), 'rust-crash-course.md');
  assert.deepEqual(one.items.map((i) => i.kind), ['topic', 'topic']);
  const shelf = read(['- [ ] Ownership and borrowing', '- [x] Lifetimes in signatures'].join('\n'), 'courses.md');
  assert.deepEqual(shelf.items.map((i) => i.kind), ['course', 'course']);
  const heading = read(['## HTML [Course](https://www.youtube.com/watch?v=x)', '- [x] Document Structure', '', '### Course: Mathematics for Computer Science | MIT 6.042J', '- [ ] Induction', '', '## Courses', '- [ ] Nand to Tetris'].join('\n'));
  assert.deepEqual(heading.items.map((i) => [i.title, i.kind]), [['Document Structure', 'topic'], ['Induction', 'topic'], ['Nand to Tetris', 'course']]);
});

test('a numbered unit is a step through something larger: "Chapter 1: 17/52", "Week 3", an outline\'s "2.7 …"; a chapter heading over boxes is an item, by its name a topic', () => {
  const r = read(['# Understanding Analysis', '', '## Solutions', '- Chapter 1: 17/52', '- Week 3: Functions', '', '#### Chapter 2 Manifolds (7/18)', '- [x] 2.1 Charts on the torus', '- [ ] 2.5 Commutator of vector fields'].join('\n'), 'books.md');
  // (A chapter by its name is what it is about, a topic; by its number alone, a step.)
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['Chapter 1', 'task'], ['Week 3: Functions', 'task'], ['Chapter 2 Manifolds', 'topic'], ['Charts on the torus', 'task'], ['Commutator of vector fields', 'task']]);
  assert.equal(read('- 6.824 Distributed Systems').items[0]!.kind, 'course');
  assert.deepEqual(byTitle(r, 'Chapter 1').progress, { done: 17, total: 52, unit: 'problem' });
  assert.deepEqual(read('- Chapter 4: 11/29').items[0]!.progress, { done: 11, total: 29, unit: 'part' });
});

test('"# Read" beside "# Currently Reading" is the done shelf; an open box with "(in progress)" is under way; a legend is no list of work', () => {
  const shelves = read(['# Currently Reading', '* Flow by Mihaly Csikszentmihalyi', '', '# Read', '* Kindred by Octavia E. Butler'].join('\n'));
  assert.deepEqual(shelves.items.map((i) => i.status), ['doing', 'done']);
  const alone = read(['# Read', '* Kindred by Octavia E. Butler'].join('\n'));
  assert.deepEqual(alone.items.map((i) => i.status), ['todo']);
  const boxes = read(['- [ ] GitLab CI (Em Andamento)', '- [ ] GraphQL (in progress)', '- [x] Nginx (in progress)', '', '### Em Andamento:', '- [ ] Fortran'].join('\n'));
  assert.deepEqual(boxes.items.map((i) => [i.title, i.status]), [['GitLab CI', 'doing'], ['GraphQL', 'doing'], ['Nginx', 'done'], ['Fortran', 'doing']]);
  const legend = read(['Legend:', '* +R = solved, nice one, redo later;', '* @ = filler.', '', '## Tasks', '- [ ] Exercise 1.4'].join('\n'));
  assert.deepEqual(legend.items.map((i) => i.title), ['Exercise 1.4']);
});

test('a "Started - Finished" column: a span with an end is finished, one with only a start is under way', () => {
  const r = read(['| Chapter | Started - Finished |', '| --- | --- |', '| Ch. 4 - 6 | Nov 3 - Nov 9 |', '| Ch. 7 - 10 | Nov 15 - ? |', '| Ch. 11 | |'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Ch. 4 - 6', 'done'], ['Ch. 7 - 10', 'doing'], ['Ch. 11', 'todo']]);
});

test('org: a to-do headline with a day set for it and no word of what it is, is a task; one without is a topic', () => {
  const r = read(['* EK1450 Embedded systems', '** TODO L2A-112', 'DEADLINE: <2024-11-20 ons 10:00>', '** DONE L1-310', 'CLOSED: [2024-10-30 ons 22:47] SCHEDULED: <2024-10-30 ons 13:00>', '* Theory', '** TODO Vector Clocks'].join('\n'), 'school.org');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['EK1450 Embedded systems', 'course'], ['L2A-112', 'task'], ['L1-310', 'task'], ['Vector Clocks', 'topic']]);
});

test('siblings: a linked entry nothing else names, among books, is one more book', () => {
  const r = read(['- Ruby', '  - [x] [たのしいRuby 第6版](https://www.amazon.co.jp/dp/4797399848)', '  - [x] [Rubyによるデザインパターン](https://www.amazon.co.jp/dp/4894712857)', '  - [ ] [Ruby逆引きレシピ](https://www.amazon.co.jp/dp/4798119881)', '  - [ ] [自然言語処理の基本と技術](./nlp.md)', '  - [ ] Learn about the internals of Ruby by writing a patch'].join('\n'));
  assert.deepEqual(r.items.filter((i) => i.title !== 'Ruby').map((i) => i.kind), ['book', 'book', 'book', 'book', 'topic']);
});

test('siblings: in a log kept under date headings, where most entries are books, a bare name or "Start <Name>" is one more book', () => {
  const r = read(['#### 2024/03/02', '', '* Read - Lanterns of Kell, Vol. 2: Ashfall', '', '#### 2024/02/20', '', '* Read - Lanterns of Kell, Vol. 1: Embers - [review](https://www.goodreads.com/review/show/1)', '', '* Start Weather Below the Hill', '', '#### 2023', '', '* The Orchard Keeper\'s Almanac', '', '* Read - Tidewater Letters, Volume 3'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['Lanterns of Kell, Vol. 2: Ashfall', 'book'], ['Lanterns of Kell, Vol. 1: Embers - review', 'book'], ['Start Weather Below the Hill', 'book'], ["The Orchard Keeper's Almanac", 'book'], ['Tidewater Letters, Volume 3', 'book']]);
});

test('siblings: topics beside a few linked videos stay topics; a lower-case phrase among books is no book', () => {
  const r = read(['## JavaScript', '- Closures', '- Promises', '- [Event loop](https://www.youtube.com/watch?v=a1)', '- [Hoisting](https://www.youtube.com/watch?v=a2)', '', '## Shelf', '- [Kindred](https://www.goodreads.com/book/show/3)', '- [Dune](https://www.goodreads.com/book/show/1)', '- [Piranesi](https://www.goodreads.com/book/show/2)', '- tidy the desk before reading'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['topic', 'topic', 'video', 'video', 'book', 'book', 'book', 'task']);
});

test('a day\'s record: its bold fields are facts of the day; the project worked on is the item, one across days', () => {
  const r = read(['## Day 3 - 3/4/22', '', '* **Project you are working on:** [Heat Map](https://codepen.io/x/full/Z)', '* **Progress today:** Got the color scale working', '  * Lined up the month labels', '* **Tasks for tomorrow:** Finish the Heat Map', '', '## Day 4 - 3/5/22', '', '* **Project you are working on:** [Heat Map](https://codepen.io/x/full/Z)'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.source.line, i.mentions.map((m) => m.line)]), [['Heat Map', 'project', 3, [10]]]);
});

test('org: a top headline named by a course code ("EK1450 …") is that course, over its parts; "RFC 2616 …" is not', () => {
  const r = read(['* EK1450 Konstruktion av inbyggda system', '** Schema', '*** DONE F1-112', 'CLOSED: [2024-10-28 mån 20:41] SCHEDULED: <2024-10-28 mån 10:00>', '* RFC 2616 notes', '** Caching'].join('\n'), 'school.org');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['EK1450 Konstruktion av inbyggda system', 'course'], ['F1-112', 'task'], ['Caching', 'topic']]);
});

test('a kanban board\'s card that names nothing else is a task, not a topic', () => {
  const r = read(['---', 'kanban-plugin: basic', '---', '', '## Doing', '', '- [ ] switch over to Zed', '- [ ] Read the Rust book'].join('\n'), 'board.md');
  assert.deepEqual(r.items.map((i) => i.kind), ['task', 'book']);
});

test('under a to-do heading, an entry with lessons of its own whose words name no task is a topic; "Set up the laptop" over its steps stays a task', () => {
  const r = read(['### To-Do:', '- [x] Version Control', '  - [x] Why Version Control', '  - [x] Terminal Basics', '- [ ] Set up the laptop', '  - [ ] install git', '  - [ ] install node'].join('\n'));
  assert.deepEqual(r.items.filter((i) => i.parent === null).map((i) => [i.title, i.kind]), [['Version Control', 'topic'], ['Set up the laptop', 'task']]);
});

test('a wiki link to a literature note named "Author-Title" is a book', () => {
  const r = read(['1. [[research/Tanenbaum-Modern_operating_systems|Modern operating systems]]', '2. [[research/2019-Klabnik_Steve-Rust_in_Action|Rust in Action]]', '3. [[My_terminal_tools|terminal tools list]]'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['book', 'book', 'topic']);
});

test('a progress phrase in brackets leaves the words before it whole ("Walk Through (3/7 parts)")', () => {
  const r = read(['- [ ] [Algorithms Walk Through](https://example.com/a) (3/7 parts)', '- [ ] Blitzstein book, at chapter 5 of 13'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Algorithms Walk Through', 'Blitzstein book']);
});

test("Dataview's inline fields are the entry's facts, not its words: status and progress fields say where it stands", () => {
  const r = read([
    '## Books', '- [[Clean Code]] status:: finished rating:: 4', '- [[Refactoring]] [status:: reading] (progress:: 120/448)',
    '- Working Effectively with Legacy Code (status:: to-read)', '- [ ] Learn `std::vector` and `std:: iterator`', '- [x] DDIA status:: to-read',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress]), [
    ['Clean Code', 'done', null], ['Refactoring', 'doing', { done: 120, total: 448, unit: 'page' }],
    ['Working Effectively with Legacy Code', 'todo', null], ['Learn std::vector and std:: iterator', 'todo', null], ['DDIA', 'done', null],
  ]);
});

test('a problem by its difficulty is a task; a traffic light in white or squares says where it stands', () => {
  const r = read([
    '# Blind 75', '1. Two Sum - Easy ✅', '2. LRU Cache (Medium)', '3. [Hard] Median of Two Sorted Arrays',
    '', '## Reading', '- Rust Ownership the Hard Way | by Chris Morgan | Medium', '', '## Courses', '- ⚪ Fast.ai', '- 🟩 Go tour', '- 🟨 Nand2Tetris',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.kind, i.status]), [
    ['task', 'done'], ['task', 'todo'], ['task', 'todo'], ['article', 'todo'], ['course', 'todo'], ['course', 'done'], ['course', 'doing'],
  ]);
});

test('put down partway: a word that it was dropped says so over a figure or a strike-through', () => {
  const r = read('## Books\n- ~~Code Complete~~ (gave up)\n- ~~The Mythical Man-Month~~\n- Peopleware (dropped at ch 3)\n- SICP (ch 3 of 5)\n');
  assert.deepEqual(r.items.map((i) => [i.status, i.progress?.total ?? null]), [['skipped', null], ['done', null], ['skipped', null], ['doing', 5]]);
});

test('a heading that is a status with a mark beside it ("## ✅ Done") is the lane of what is under it, not an item', () => {
  const r = read('## ✅ Done\n- Git basics\n- Linux CLI\n\n## 🚧 In progress\n- Docker\n\n## ✅ Chapter 3\n- notes on it\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Git basics', 'done'], ['Linux CLI', 'done'], ['Docker', 'doing'], ['Chapter 3', 'done']]);
});

test("an org headline's :STATUS: property says where it stands when no keyword does; a Reading section holds books", () => {
  const org = read('* Books\n** Designing Data-Intensive Applications\n   :PROPERTIES:\n   :STATUS: reading\n   :END:\n** DONE SICP\n   :PROPERTIES:\n   :STATUS: to read\n   :END:\n', 'books.org');
  assert.deepEqual(org.items.map((i) => [i.title, i.status]), [['Designing Data-Intensive Applications', 'doing'], ['SICP', 'done']]);
  const md = read('## Reading\n- **Clean Code** - Robert Martin ✅\n- **Domain-Driven Design** — Eric Evans\n');
  assert.deepEqual(md.items.map((i) => [i.kind, i.status]), [['book', 'done'], ['book', 'todo']]);
});

test('a syllabus pasted as lines ("Week 1: Linear regression ✔") is one unit of work a line; a week line over a list is its heading', () => {
  const r = read('# CS229\nWeek 1: Linear regression ✔\nWeek 2: Logistic regression ✔\nWeek 3: GDA and Naive Bayes\n\nWeek 4: SVMs\n\n## Plan\nWeek 1: Basics\n- [ ] Variables\n', 'cs229.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.kind]), [
    ['Week 1: Linear regression', 'done', 'task'], ['Week 2: Logistic regression', 'done', 'task'], ['Week 3: GDA and Naive Bayes', 'todo', 'task'],
    ['Week 4: SVMs', 'todo', 'task'], ['Variables', 'todo', 'topic'],
  ]);
  assert.deepEqual(r.items.at(-1)!.path, ['CS229', 'Plan', 'Week 1: Basics']);
});

test('a status in round brackets before the words; a rated row was read; an outline heading over one entry after one over two', () => {
  const r = read('## Tasks\n- (DONE) write the README\n- [WIP] add CI\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['write the README', 'done'], ['add CI', 'doing']]);
  const books = read('## Shelf\n| Title | Author | Rating |\n|---|---|---|\n| Dune | Frank Herbert | 5 |\n| Project Hail Mary | Andy Weir | ★★★★ |\n| Anathem | Neal Stephenson | |\n', 'books.md');
  assert.deepEqual(books.items.map((i) => [i.title, i.kind, i.status]), [
    ['Dune', 'book', 'done'], ['Project Hail Mary', 'book', 'done'], ['Anathem', 'book', 'todo'],
  ]);
  const outline = read('Today\n    finish lab 3\n    read chapter 5 of CLRS\nTomorrow\n    watch lecture 6\n', 'plan.txt');
  assert.deepEqual(outline.items.map((i) => [i.title, i.path.at(-1)]), [
    ['finish lab 3', 'Today'], ['read chapter 5 of CLRS', 'Today'], ['watch lecture 6', 'Tomorrow'],
  ]);
});

test('"- Resources" over links is a label; a progress bar drawn in text is not part of the title', () => {
  const r = read('## Go\n- Resources\n  - [Tour of Go](https://go.dev/tour/)\n  - [Go by Example](https://gobyexample.com/)\n\n## Courses\n- CS50 ▓▓▓▓▓▓░░░░ 60%\n- Nand2Tetris [#####-----] 50%\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.parent === null, i.progress?.done ?? null]), [
    ['Tour of Go', true, null], ['Go by Example', true, null], ['CS50', true, 60], ['Nand2Tetris', true, 50],
  ]);
  assert.deepEqual(byTitle(r, 'Tour of Go').path, ['Go', 'Resources']);
});

test('inline HTML in an entry: tags go, their words stay, a figure set apart by a tag counts as a bracketed one; entities are characters; code keeps its tags', () => {
  const r = read('## Learning\n- Reading "Crafting Interpreters" by Robert Nystrom &ensp;<span class="muted">3/30</span>\n- Tom &amp; Jerry&#39;s <b>compiler</b> course\n- Learn `<span>` vs `&nbsp;` in HTML\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.progress ? `${i.progress.done}/${i.progress.total}` : null]), [
    ['Reading "Crafting Interpreters" by Robert Nystrom', '3/30'], ["Tom & Jerry's compiler course", null], ['Learn <span> vs &nbsp; in HTML', null],
  ]);
});

test('a "now" page lists what the person is doing now, unless a section says otherwise', () => {
  const text = '# What I\'m doing now\n\n## Reading\n- Dune by Frank Herbert\n\n## Learning\n- Rust, through the Rust Book\n\n## Recently finished\n- SICP\n';
  assert.deepEqual(read(text).items.map((i) => [i.title, i.status]), [['Dune by Frank Herbert', 'doing'], ['Rust, through the Rust Book', 'doing'], ['SICP', 'done']]);
  assert.deepEqual(read('## Reading\n- Dune by Frank Herbert\n', 'now.md').items.map((i) => i.status), ['doing']);
  assert.deepEqual(read('## Reading\n- Dune by Frank Herbert\n', 'books.md').items.map((i) => i.status), ['todo']);
});

test('a title in bold or italics and its author set apart is a book, under a label that is a sentence ("… like a project, with deadlines:")', () => {
  const r = read('Here is the plan for the challenge (yes, I treat it like a project, with deadlines):\n\n- January: **Deep Work** *Cal Newport*\n- February: **Accelerate** *Nicole Forsgren, Jez Humble, Gene Kim*\n- March: *Release It!* by Michael T. Nygard\n');
  assert.deepEqual(r.items.map((i) => i.kind), ['book', 'book', 'book']);
});

test('links named for a kind of page and fields written as bullets at a numbered entry\'s column, before the next number, are that entry\'s', () => {
  const r = read('Courses:\n1. **Linear Algebra (Strang)**\n- [Course Website](https://ocw.mit.edu/18-06/)\n- [YouTube Lecture Series](https://www.youtube.com/playlist?list=PL1)\n- Status: done\n2. **Intro to Databases**\n- [Slides](https://example.edu/db/slides)\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.links.length]), [['Linear Algebra (Strang)', 'done', 2], ['Intro to Databases', 'todo', 1]]);
});

test('daily-log labels over what happened are not work: learnings, struggles, blockers, commits', () => {
  const r = read('### Day 1\n**Key Learnings:**\n- Closures keep the enclosing variables\n\n**Struggles:**\n- Late-binding in closures\n\n**Commits:**\n- `Day 1: comprehension drills`\n\n**Tomorrow:**\n- Session 3: Unpacking (1 hr)\n');
  assert.deepEqual(r.items.map((i) => i.title), ['Session 3: Unpacking']);
});

test('a pasted run of link lines: each is a resource, a pipe in a link\'s words makes no table, and a discussion thread is apart from what it discusses', () => {
  const r = read('Storage:\n\n[Crafting Interpreters | Hacker News](https://news.ycombinator.com/item?id=1)\n[Crafting Interpreters](https://craftinginterpreters.com/)\n\n[Files are hard](https://danluu.com/file-consistency/)\n\n[Slides](https://example.edu/slides.pdf)\n');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.links.length]), [[3, 1], [4, 1], [6, 1]]);
});

test('a bullet left out on its own is an entry when the bullets around it are and it looks like them (not a lower-case remark)', () => {
  const shelf = ['## Finished', '- Pro Git, Scott Chacon, Apress (2014)', '- Refactoring, Martin Fowler (2014)', '- Peopleware, Tom DeMarco (2013)', '- Accelerate, Nicole Forsgren (2019)'];
  const r = read([...shelf, '- Unit Testing Principles, Practices, and Patterns, Vladimir Khorikov, Manning (December 2020)', '- usually linear in storage, so arrays and linked lists work', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => i.source.line), [2, 3, 4, 5, 6]);
});

test('a table of weeks that keeps each week\'s status: each week is a row of work; a progress-bar image in its Status cell says how far', () => {
  const r = read('| **Week** | **Note** | **Status** |\n|:---:|:---:|:---:|\n| week1 | [week1.md](notes/week1.md) | ![pb](https://progress-bar.dev/100) |\n| week2 | [week2.md](notes/week2.md) | ![pb](https://progress-bar.dev/40) |\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress?.done ?? null]), [['week1', 'done', 100], ['week2', 'doing', 40]]);
  // (A timetable's days without a status column still name no rows.)
  const schedule = read('| Day | Activity |\n|---|---|\n| Monday | Read chapter 1 |\n');
  assert.deepEqual(schedule.items.map((i) => i.title), []);
});

test('a list kept in front matter as records ("books:" then "- title: …") is a list of items of that kind; "read: now" is under way, a year done', () => {
  const r = read(['---', 'layout: reading', 'title: Reading', 'books:', '- title: On Anxiety', '  author: The School of Life', '  read: now', '- title: Being Mortal', "  read: '2021'", '  pages: 280', '- title: Piranesi', '  author: Susanna Clarke', '---', '', 'What I read.', ''].join('\n'), 'reading.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.source.line]), [['On Anxiety', 'book', 'doing', 5], ['Being Mortal', 'book', 'done', 8], ['Piranesi', 'book', 'todo', 11]]);
});

test('a reading log of embedded pages ("@[card](…)", "{% embed … %}") under a title that says they were read; a rating legend and a "※" remark are not entries', () => {
  const text = ['---', 'title: "Books I read in 2025" # the post title', 'type: "idea" # tech or idea', '---', '', '## Intro', '', 'My notes on the books.', '※ updated now and then', '',
    ':::message', '- 🩵🤍🤍: nothing new', '- 🩵🩵🩵: used it at work', ':::', '', '## 2025', '', '@[card](https://gihyo.jp/book/2025/978-4-297-14802-7)', '> rating: 🩵🩵🤍', '',
    '---', '', '{% embed url="https://www.oreilly.com/library/view/ddia/9781491903063/" %}', ''].join('\n');
  const r = read(text, 'books-2025.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind, i.status]), [[18, 'book', 'done'], [23, 'book', 'done']]);
});

test('a plan\'s day heading with its duration under it is a unit of work with those hours; a log\'s day is not; pitfalls and principles are not work', () => {
  const r = read(['# Airflow in 10 days', '', '#### Day 1: Fundamentals & Setup', '**Duration**: 6-8 hours (2 hrs concepts, 4-6 hrs hands-on)', '', '**Common Pitfalls**:', '- Top-level code in DAG files', '', '#### Day 2: Operators', '**Duration**: 5 hours', '', '### Day 3: January 7', 'Slept badly, read a bit.', ''].join('\n'), 'curriculum.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null]), [['Day 1: Fundamentals & Setup', 7], ['Day 2: Operators', 5]]);
});

test('a tracker\'s crosses after its last row begun say "not yet"; crosses among ticks keep saying "dropped"', () => {
  const r = read('| Section | Status |\n|---|---|\n| Modules | ✅ |\n| Debugging | ✅ |\n| Async | 🚧 |\n| Express | ❌ |\n| Testing | :x: |\n');
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'done', 'doing', 'todo', 'todo']);
  const mixed = read('| Book | Status |\n|---|---|\n| Dune | ✅ |\n| Ulysses | ❌ |\n| Solaris | ✅ |\n');
  assert.deepEqual(mixed.items.map((i) => i.status), ['done', 'skipped', 'done']);
});

test('an outliner\'s group ("- Lectures", "- Course Bibliography" over its blocks, past "collapsed:: true") is a label; its macros and properties are markup; a named project over its parts stays an item', () => {
  const r = read(['- Lectures', '  collapsed:: true', '\t- [Lecture 1 slides](https://example.edu/l1.pdf)', '- Course Bibliography', '  collapsed:: true', '\t- Gaussian Processes for Machine Learning, MIT Press.',
    '- GraphQL API project', '\t- Apollo gateway', '- DONE [[Bayesian Regression]]', '\t- {{cards [[Bayesian Regression]]}}', ''].join('\n'), 'pages/MLAI.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind]), [[3, 'course'], [6, 'book'], [7, 'project'], [9, 'topic']]);
});

test('a judge\'s problem table: a numbered row is a problem (a task); "Attempted" O means begun, X not yet (O and X as yes and no)', () => {
  const r = read('# LC 75 Study Board\n\n| # | Title | Attempted | Passed |\n|---|---|---|---|\n| 1768 | Merge Strings Alternately | O |  |\n| 151 | Reverse Words in a String | X |  |\n| 334 | Increasing Triplet Subsequence | O | X |\n', 'leetcode-practice/dashboard.md');
  assert.deepEqual(r.items.map((i) => [i.kind, i.status]), [['task', 'doing'], ['task', 'todo'], ['task', 'doing']]);
});

test('a numbered subject area over its own numbered goals is a label; a numbered course over its parts stays an item', () => {
  const r = read('# Goals\n\n1. Machine Learning\n\n\t 1. Ship a project built with PyTorch\n\t 2. Work through _Pattern Recognition and Machine Learning_\n\n2. CS50x\n\n\t 1. Week 1: C\n\t 2. Week 2: Arrays\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.path.join(' › ')]), [
    ['Ship a project built with PyTorch', 'Goals › Machine Learning'], ['Work through Pattern Recognition and Machine Learning', 'Goals › Machine Learning'],
    ['CS50x', 'Goals'], ['Week 1: C', 'Goals › CS50x'], ['Week 2: Arrays', 'Goals › CS50x'],
  ]);
});

test('a day\'s steps are tasks; its "Date completed" in words finishes it, a blank one is an empty field; "Last Updated" in italics is no entry', () => {
  const r = read('## Week 1\n\n### Day 1: Array Basics (30 min)\n- [x] **Remove Element** (Easy) - 10 min\n- [x] Quick review - 5 min\n- **Date completed**: 04 Aug 25\n\n### Day 2: Strings (30 min)\n- [ ] Quick review - 5 min\n- **Date completed**: ___________\n\n*Last Updated: [11 Aug 2025]*\n', 'tracker.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [
    ['Day 1: Array Basics', 'task', 'done'], ['Remove Element (Easy)', 'task', 'done'], ['Quick review', 'task', 'done'], ['Day 2: Strings', 'task', 'todo'], ['Quick review', 'task', 'todo'],
  ]);
  assert.equal(r.items[0]!.dates.done, '2025-08-04');
});

test('a table\'s Materials column holds the row\'s own links', () => {
  const r = read('| Resource | Materials | Progress |\n|---|---|---|\n| Bayesian Workshop | [Lectures](https://example.org/l), [Slides](https://example.org/s) | ✅ |\n| CS229 | | 🔜 |\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.links.length, i.status]), [['Bayesian Workshop', 2, 'done'], ['CS229', 0, 'todo']]);
});

test('a course told of in the past in a remark under it was taken; one told of in the present or the future was not', () => {
  const r = read('## Courses\n1. [Software Construction](https://www.edx.org/learn/sc)\n   - This course revisited design with Java and testing from the start\n2. [Class-based Program Design](https://course.example.edu/cs2510/)\n   - This course explains classes in Java\n3. [Discrete Math](https://ocw.mit.edu/6-042)\n   - I will mostly do the problem sets\n');
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'todo', 'todo']);
});

test('a bar with an arrow ("[=====>    ]") and a label before the bar ("— progress: ▓▓▓░░ 40%") leave the title with the bar', () => {
  const r = read('## Courses\n- Grokking Algorithms [=====>    ] 50%\n- [MIT 18.06](https://ocw.mit.edu/18-06) — progress: ▓▓▓▓░░░░░░ 40%\n- Rust course, progress 30%\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.progress?.done ?? null]), [['Grokking Algorithms', 50], ['MIT 18.06', 40], ['Rust course', 30]]);
});

test('an org table ruled with "+"; Logseq page properties make the page an item; among task-keyword blocks a plain block is a note', () => {
  const org = read('* Courses\n| Course | Status | Progress |\n|--------+--------+----------|\n| CS61A  | done   | 100%     |\n| CS61B  | doing  | 40%      |\n', 'courses.org');
  assert.deepEqual(org.items.map((i) => [i.title, i.status]), [['CS61A', 'done'], ['CS61B', 'doing']]);
  const page = read('type:: [[book]]\nstatus:: reading\n\n- ## Chapter 1\n\t- DONE 1.1\n', 'pages/SICP.md');
  assert.deepEqual(page.items.map((i) => [i.title, i.kind, i.status]), [['SICP', 'book', 'doing'], ['1.1', 'task', 'done']]);
  const journal = read('- DONE Read [[SICP]] 1.2\n- TODO Watch lecture 4 of [[CS61A]]\n- Notes from today\n\t- recursion is fun\n- LATER [[Crafting Interpreters]] chapter 5\n', 'journals/2026_11_30.md');
  assert.deepEqual(journal.items.map((i) => i.source.line), [1, 2, 5]);
});

test('a legend table is no work; "Done: p. 1-58" under an entry is a field of it; a short remark under a book is a note', () => {
  const legend = read('| status | meaning |\n|---|---|\n| :ballot_box_with_check: | Finished |\n| :clock5: | Not read yet |\n');
  assert.equal(legend.items.length, 0);
  const fields = read('## Books\n* [Solutions to Exercises](./ladr_solutions.md)\n\t* Section 2C:\n\t\t* Done: 1-6, 7(a)-7(c)\n\t\t* To do: 7(d)\n* Read: p. 1-58\n');
  // ("Section 2C:" over its Done and To do lines is a part under way, not a label; so is the
  // practice it is a part of.)
  assert.deepEqual(fields.items.map((i) => [i.title, i.status]), [['Solutions to Exercises', 'doing'], ['Section 2C', 'doing'], ['Read: p. 1-58', 'todo']]);
  const remarks = read('## Fiction\n* *Piranesi* by Susanna Clarke\n    * My first audiobook!\n    * Dreamy and odd, the ending worked for me.\n');
  assert.deepEqual(remarks.items.map((i) => i.title), ['Piranesi by Susanna Clarke']);
});

test('a heading whose status line is a mark alone ("Status: 🚧") is an item under way', () => {
  const r = read('### Docker course\nStatus: ✅\n\n### Kubernetes course\nStatus: 🚧\n\n### Helm course\nStatus: ⬜\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Docker course', 'done'], ['Kubernetes course', 'doing'], ['Helm course', 'todo']]);
});

test('a mark of work under way after the words says so ("Svelte 🚧", "Qwik ⌛"), wide marks too', () => {
  const r = read('## Skills\nReact ✅\nSvelte 🔄\nSolid 🚧\nQwik ⌛\nAngular\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['React', 'done'], ['Svelte', 'doing'], ['Solid', 'doing'], ['Qwik', 'doing'], ['Angular', 'todo']]);
});

test('numbered headings, one of which says "Status: done" under it: its siblings are items too, one "Currently on …" under way', () => {
  const r = read('# My roadmap\n\n## 1. CS50\nStatus: done\n\n## 2. The Odin Project\nCurrently on the JavaScript section.\n\n## 3. Full Stack Open\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['CS50', 'done'], ['The Odin Project', 'doing'], ['Full Stack Open', 'todo']]);
});

test('under a past year alone as a heading, in a note with no boxes, an entry was done that year', () => {
  const r = read('# Training and courses\n\n## 2018\n### May\n* [Agile Testing Days 2018](https://agiletestingdays.com/2018/)\n\n## 2026\n* Learn SQL\n', 'courses.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Agile Testing Days 2018', 'done'], ['Learn SQL', 'todo']]);
  // Boxes say their own status, open or not.
  const boxes = read('## 2018\n- [ ] Learn SQL\n- [x] Learn Go\n', 'plan.md');
  assert.deepEqual(boxes.items.map((i) => i.status), ['todo', 'done']);
});

test('a link to its certificate says a course was finished', () => {
  const r = read('## Courses\n- **Deep Learning Specialization**\n  *DeepLearning.AI* — [View Certificate](https://coursera.org/share/c18e)\n- [Rust Specialization](https://www.coursera.org/specializations/rust) [Certificate](https://coursera.org/verify/X1)\n- [Go course](https://go.dev/learn)\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Deep Learning Specialization', 'done'], ['Rust Specialization', 'done'], ['Go course', 'todo']]);
});

test('a table of contents of in-page links is no work; a name and a bare figure under a label is a metric', () => {
  const toc = read('# Courses Overview\n\n1. [Deep Learning and Vision](#deep-learning-and-vision)\n2. [Finance](#finance)\n\n### Deep Learning and Vision\n\n- **Google Advanced Data Analytics**\n');
  assert.deepEqual(titles(toc), ['Google Advanced Data Analytics']);
  const metrics = read('## Progress\n\nCurrent Course:\nCourses Completed: 0\nTotal Points earned: 2,615\n');
  assert.equal(metrics.items.length, 0);
});

test('a transcript: a past term means the course is done, the current one under way, a later one to do; a grade means done', () => {
  // read() reads on 2026-12-01 (see the top of this file).
  const r = read([
    '| Course | Code | Semester |', '|---|---|---|',
    '| Linear Algebra | MATH201 | 25S2 |', '| Compilers | COSC420 | Fall 2026 |', '| Databases | COSC330 | S1 2027 |', '| Ethics | PHIL110 | elective |', '',
    '| Class | Grade |', '|---|---|', '| Statistics | B+ |', '| Topology | |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Linear Algebra', 'done'], ['Compilers', 'doing'], ['Databases', 'todo'], ['Ethics', 'todo'], ['Statistics', 'done'], ['Topology', 'todo'],
  ]);
});

test('termStatus reads the ways terms are written', () => {
  const on = '2025-04-10';
  assert.deepEqual(['24S2', '2025-S1', 'Sem 2, 2025', 'Q1 2025', 'Spring \'25', '2024 Fall', 'FA25', 'Term 1 2025', 'T3 2025', 'Summer 2024', '2025', 'S5 2024'].map((c) => termStatus(c, on)),
    ['done', 'doing', 'todo', 'done', 'doing', 'done', 'todo', 'doing', 'todo', 'done', null, null]);
});

test('a reading log writes the status as a word and a dash before the title: "Read - Dune", "DNF – Ulysses"', () => {
  const r = read(['## 2024/05/02', '', '* Read - Dune', '* DNF – Ulysses', '* In progress — Structure and Interpretation of Computer Programs', '', '## Shelf', '', 'Done - Learn You a Haskell', 'Reading - Types and Programming Languages'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Dune', 'done'], ['Ulysses', 'skipped'], ['Structure and Interpretation of Computer Programs', 'doing'], ['Learn You a Haskell', 'done'], ['Types and Programming Languages', 'doing'],
  ]);
});

test('a term column beside a column that says how far along each row is plans the terms: it says no status', () => {
  const r = read(['| Module | Date Finished | Semester |', '|---|---|---|', '| Effective C | 6/21 | Spring 2022 |', '| Statistical Learning | --- | Autumn 2022 |'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Effective C', 'doing'], ['Statistical Learning', 'todo']]);
});

test('a Date Finished column in numbers ("1-26-2018", "26.01.2018") or in words ("Work In Progress")', () => {
  const r = read(['| Date Finished | Activity |', '|---|---|', '| 1-26-2018 | El túnel |', '| 26.01.2018 | Ficciones |', '| Work In Progress | Rayuela |', '| | Pedro Páramo |'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.dates.done ?? null]), [
    ['El túnel', 'done', '2018-01-26'], ['Ficciones', 'done', '2018-01-26'], ['Rayuela', 'doing', null], ['Pedro Páramo', 'todo', null],
  ]);
});

test('a table row whose title cell only says the kind ("Book") is named by its Links column', () => {
  const r = read(['| Date Finished | Activity | Links |', '|---|---|---|', '| 2018-01-08 | Book | [Eloquent JavaScript: Functions](https://eloquentjavascript.net/03_functions.html) |', '| Work In Progress | Book | [Eloquent JavaScript: Higher-Order Functions](https://eloquentjavascript.net/05_higher_order.html) |', '| 2018-01-10 | Workout | [link](https://example.com/swim) |'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Eloquent JavaScript: Functions', 'done'], ['Eloquent JavaScript: Higher-Order Functions', 'doing'], ['Workout', 'done'],
  ]);
  assert.equal(byTitle(r, 'Eloquent JavaScript: Higher-Order Functions').kind, 'book');
  assert.deepEqual(byTitle(r, 'Eloquent JavaScript: Functions').links, ['https://eloquentjavascript.net/03_functions.html']);
});

test('Korean notes mark a finished entry with "(완)", short for 완료', () => {
  const r = read(['- Docker 이미지 빌드 (완)', '- Kubernetes 훑어보기', '- 완벽한 Go 언어'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Docker 이미지 빌드', 'done'], ['Kubernetes 훑어보기', 'todo'], ['완벽한 Go 언어', 'todo']]);
});

test('a remark under an entry says what became of it: "so I gave up on it", "I put it down 100 pages in"', () => {
  const r = read([
    '## Read in 2021', '* *The Hot Zone* by Richard Preston', '  * Gripping at first, but I got 250 pages in and it felt like', '    too much, so I gave up on it.',
    '* *Sapiens* by Yuval Noah Harari', '  * Big ideas. I put it down about 100 pages in, though.',
    '* *Piranesi* by Susanna Clarke', '  * I read the first chapter of his other book too.', '',
    '## To read', '* *Dune*', '  * Everyone says I should read it before the film.',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress?.done ?? null]), [
    ['The Hot Zone by Richard Preston', 'skipped', 250], ['Sapiens by Yuval Noah Harari', 'skipped', 100], ['Piranesi by Susanna Clarke', 'done', null], ['Dune', 'todo', null],
  ]);
});

test('a bold name with a sentence describing it: the name is the title, and it merges with the same name elsewhere', () => {
  const r = read([
    '## Books', '- **Permutation City** by Greg Egan: Hard science fiction about uploaded minds on strange substrates.',
    '- **Under the Whispering Door**: A companion of sorts to another novel, a warm story about a ghost and a tea shop, praised for its quiet emotional punch.',
    '- **Rust book**: chapters 1-4 done.', '- **Week 1**: Linear regression and the cost function.', '- **Goal**: Ship one small thing every single week.', '- **06/07** - Revisit the numerical computation lecture.',
    '', '## Again', '- **Permutation City** by Greg Egan',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), [
    'Permutation City by Greg Egan', 'Under the Whispering Door', 'Rust book', 'Week 1: Linear regression and the cost function', '06/07 - Revisit the numerical computation lecture',
  ]);
  assert.equal(byTitle(r, 'Rust book').status, 'doing');
});

test('a checkbox holding only a placeholder ("N/A", "`N/A - project work`", "TBD") is no item; labels named Notes over quotes hold no work', () => {
  const r = read(['### Monday', '**Reading:**', '- [ ] `N/A - project work`', '- [ ] TBD', '- [ ] Chapter 3 of DDIA', '', '**💡 Notas:**', '> Hoy la memoria debería estar al 85%.', '', '- [ ] None of the above, write the report', '- [ ] TBD: ask the mentor'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Chapter 3 of DDIA', 'None of the above, write the report', 'TBD: ask the mentor']);
});

test('sums of time by a span\'s name ("Weekend: 2-4 hours", "**Total: 16-23 horas**") are not items', () => {
  const r = read(['### Estimated time', '- Weekdays: 14-19 hours', '- Fin de semana: 2-4 horas', '- **Total: 16-23 horas**', '- Kafka internals: 6 hours'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Kafka internals']);
});

test('a short line alone over a list at its own column titles the list; "- ..." is no item', () => {
  const r = read(['🎯 Goals for the next 90 days', '- Get solid at Linux basics', '- Build and ship containers', '', '⏱️ Weekly Time Commitment', '- Weekdays: 1–1.5 hours per day', '- Busy Days: at least 1 hour.', '', 'Go basics:', '- Variables', '- Interfaces', '- ...'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Get solid at Linux basics', 'Build and ship containers', 'Variables', 'Interfaces']);
});

test('numbered parts under a linked entry ("Unit 1 (118 slides)") are its parts, as under a plain one', () => {
  const r = read(['- CNS', '\t- Unit 1 (212 slides)', '\t- Unit 2 (187 slides)', '', '- SPM (https://drive.example.com/folders/spm)', '\t- Unit 1 (118 slides)', '\t- Unit 2 (173 slides)', '\t- the slides are dense, take notes'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['CNS', 'Unit 1 (212 slides)', 'Unit 2 (187 slides)', 'SPM', 'Unit 1 (118 slides)', 'Unit 2 (173 slides)']);
});

test('the nearest section that says a status decides: "Currently reading" and "Abandoned" under "Books I\'ve read"', () => {
  const r = read(['# Books I\'ve read', '', '## 2024', '- Dune', '', '## Currently reading', '- The Name of the Wind', '', '## Abandoned', '- Ulysses', '', '## Fiction', '- The Left Hand of Darkness'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Dune', 'done'], ['The Name of the Wind', 'doing'], ['Ulysses', 'skipped'], ['The Left Hand of Darkness', 'done']]);
});

test('a path to one of the person\'s own notes, alone or after a separator, is the entry\'s link', () => {
  const r = read(['- [ ] questions.md#graphs', '- [ ] Graphs: notes/graphs.md', '- [ ] fix a typo in README.md'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.links]), [['questions.md#graphs', ['questions.md#graphs']], ['Graphs: notes/graphs.md', ['notes/graphs.md']], ['fix a typo in README.md', []]]);
});

test('a success criterion\'s time limit ("in under 30 min") is not an estimate', () => {
  const r = read(['## Success criteria', '- Solve 50 mediums in under 30 min', '- Explain Raft within 5 minutes', '', '## Tasks', '- [ ] Mock interview (1h)'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null]), [['Solve 50 mediums in under 30 min', null], ['Explain Raft within 5 minutes', null], ['Mock interview', 1]]);
});

test('project ideas sized in weekends, and a hedge that goes with its figure; a dashboard\'s Next Session and Last Activity columns', () => {
  const r = read(['## Project ideas', '- A toy database (2 weekends)', '- A chess engine, maybe 40 hours', '- Blog engine (on weekends)', '', '| Topic | Next Session | Last Activity |', '|---|---|---|', '| Rust | 2026-12-05 | 2026-11-30 |'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null, i.status, i.dates.scheduled ?? null]), [
    ['A toy database', 32, 'todo', null], ['A chess engine', 40, 'todo', null], ['Blog engine (on weekends)', null, 'todo', null], ['Rust', null, 'doing', '2026-12-05'],
  ]);
});

test('a kind word in brackets at the end ("[Book]", "(video)") is a tag: it sets the kind and leaves the title', () => {
  const r = read(['- [ ] Systems Performance [Book]', '- [ ] Skiena (video)', '- [ ] Raft (paper)', '- [ ] Notes on the course (draft)'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Systems Performance', 'Skiena', 'Raft', 'Notes on the course (draft)']);
  assert.deepEqual(r.items.slice(0, 3).map((i) => i.kind), ['book', 'video', 'paper']);
});

test('in a note of checkboxes, a bullet led by a kind icon is an entry; a bold reflection label ("**Wins:**") is not', () => {
  const r = read(['- [ ] The Pragmatic Programmer', '- 📚 Clean Architecture', '- 🎥 MIT 6.006 lecture series', '', '## Retro', '- **Wins:** finished the parser', '- **What went well:** daily sessions', '- **Challenges you faced:** testing'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title.replace(/^\p{Extended_Pictographic}\s*/u, '')), ['The Pragmatic Programmer', 'Clean Architecture', 'MIT 6.006 lecture series']);
  assert.deepEqual(r.items.slice(1).map((i) => i.kind), ['book', 'video']);
});

test('a plan file per topic: its bold Start date and Target completion fields date the topic its Status line makes an item', () => {
  const r = read(['# Rust', '', '**Start date:** 2026-10-01', '**Target completion:** 2027-01-15', '**Status:** In progress', '', '### Session 1: Ownership', '- [x] Read chapter 4'].join('\n'), 'rust/plan.md');
  const rust = byTitle(r, 'Rust');
  assert.deepEqual([rust.status, rust.dates.start, rust.dates.due], ['doing', '2026-10-01', '2027-01-15']);
});

test('a bookmarked page\'s title loses the site\'s name after it when the link is that site; a course keeps its school', () => {
  const r = read(['Crafting a Compiler - YouTube', 'https://www.youtube.com/watch?v=abc', '', 'The Rust Programming Language - The Rust Programming Language', 'https://doc.rust-lang.org/book/', '', 'Two Sum - LeetCode', 'https://leetcode.com/problems/two-sum/', '', 'Algorithms - Aduni', 'https://aduni.org/courses/algorithms/', '', 'Graphs - Part 2', 'https://example.com/graphs'].join('\n'), 'bookmarks.txt');
  assert.deepEqual(r.items.map((i) => i.title), ['Crafting a Compiler', 'The Rust Programming Language', 'Two Sum', 'Algorithms - Aduni', 'Graphs - Part 2']);
});

test('a step through one numbered unit ("Read chapter 7 of Book 2", "Watch lecture 3") is a task, not the book or the course', () => {
  const r = read(['- [ ] Read chapter 7 of Book 2 (2h)', '- [ ] Watch lecture 3 of CS50', '- [ ] Complete week 1 of EdX', '- [ ] Read Designing Data-Intensive Applications'].join('\n'));
  assert.deepEqual(r.items.slice(0, 3).map((i) => [i.title, i.kind]), [['Read chapter 7 of Book 2', 'task'], ['Watch lecture 3 of CS50', 'task'], ['Complete week 1 of EdX', 'task']]);
  assert.notEqual(byTitle(r, 'Read Designing Data-Intensive Applications').kind, 'task');
});

test('a link and what it is ("[Redux](…) - Predictable state container.") is titled by the link; the description still says the kind; a link with a pace is an entry', () => {
  const r = read(['## Resources', '- [Redux](https://redux.js.org) - Predictable state container for JS apps.', '- [SICP](https://x.org/sicp) - the wizard book, classic text on programming', '- [Go tour](https://go.dev/tour) - done', '- [CS50](https://cs50.harvard.edu) - 12 weeks, about 10h/week'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Redux', 'todo'], ['SICP', 'todo'], ['Go tour', 'done'], ['CS50', 'todo']]);
  assert.equal(byTitle(r, 'SICP').kind, 'book');
  assert.equal(byTitle(r, 'CS50').estimate?.hours, 120);
});

test('a current-state list: "ch1-ch8 done" (the unit said again) and "not started yet"', () => {
  const r = read(['- Rust book: ch1-ch8 done', '- Kubernetes the hard way - not started yet'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress?.done ?? null]), [['Rust book', 'doing', 8], ['Kubernetes the hard way', 'todo', null]]);
});

test('an org headline\'s :URL: property is its link', () => {
  const r = read(['* Papers', '** TODO Raft', '   :PROPERTIES:', '   :URL: https://raft.github.io/raft.pdf', '   :END:'].join('\n'), 'reading.org');
  assert.deepEqual(byTitle(r, 'Raft').links, ['https://raft.github.io/raft.pdf']);
});

test('in a note about a judge ("# Blind 75 on LeetCode"), an entry led by a problem number is a problem to solve, a task, whatever its verb; a link to the judge beats a course word in its path', () => {
  const r = read(['# Blind 75 on LeetCode', '', '## Roadmap', '', '### Trees', '- [x] 104. Maximum Depth of Binary Tree', '- [ ] 208. Implement Trie (Prefix Tree)', '- [ ] 572. Subtree of Another Tree', '', '### Graphs', '- [ ] [Course Schedule](https://leetcode.com/problems/course-schedule/)'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['task', 'task', 'task', 'task']);
  // Elsewhere a number in front of a name says nothing of the kind.
  const plain = read(['# My study plan', '', '## Roadmap', '- [ ] 104. Maximum Depth of Binary Tree', '- [ ] 208. Implement Trie (Prefix Tree)'].join('\n'));
  assert.deepEqual(plain.items.map((i) => i.kind), ['topic', 'project']);
});

test('the parts of a series of courses (a Specialization, a Professional Certificate) are courses, not topics', () => {
  const r = read(['## Learning', '', '- Deep Learning Specialization', '\t- [x] Neural Networks and Deep Learning', '\t- [ ] Structuring Machine Learning Projects', '', '- Compilers', '\t- [ ] Lexing and parsing'].join('\n'));
  assert.equal(byTitle(r, 'Neural Networks and Deep Learning').kind, 'course');
  assert.equal(byTitle(r, 'Structuring Machine Learning Projects').kind, 'course');
  assert.equal(byTitle(r, 'Lexing and parsing').kind, 'topic');
});

test('a reading log\'s "Read - …" and "DNF - …" lines are books, as is one volume of a series ("Vol. 3")', () => {
  const r = read(['#### 2024/03/02', '', '* Read - The Quiet Orchard', '', '* DNF - Signals Under Ice', '', '#### 2024/02/20', '', '* Start Tidewater, Vol. 3: The Ferry'].join('\n'), 'log.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [['The Quiet Orchard', 'book', 'done'], ['Signals Under Ice', 'book', 'skipped'], ['Start Tidewater, Vol. 3: The Ferry', 'book', 'todo']]);
});

test('siblings linking to sections of one page ("…/week3/#recursion") are its parts, topics; links to whole pages stay articles', () => {
  const r = read(['### Discussion', '', '- [ ] [Recursion](https://example.edu/cs1/disc03/#recursion)', '- [ ] [Tree recursion](https://example.edu/cs1/disc03/#tree-recursion)', '', '### Further reading', '', '- [ ] [On recursion](https://example.org/essays/recursion)', '- [ ] [Tail calls](https://example.org/essays/tail-calls)'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['topic', 'topic', 'article', 'article']);
});

test('a numbered area that names a kind ("2. Projects", "3. 실습") says it of the entries under it', () => {
  const r = read(['1. Theory', '\t- Graph theory', '\t- Type systems', '', '2. Projects', '\t- A tiny shell in C', '', '3. 실습', '\t- 소수 세기 Kotlin'].join('\n'));
  assert.equal(byTitle(r, 'Graph theory').kind, 'topic');
  assert.equal(byTitle(r, 'A tiny shell in C').kind, 'project');
  assert.equal(byTitle(r, '소수 세기 Kotlin').kind, 'task');
  // A thing to learn with a box of its own is no label: "Classes" there is the subject, not courses.
  const own = read(['- [ ] Classes and Objects', '    - [ ] Data Classes', '    - [ ] Sealed Classes'].join('\n'));
  assert.equal(byTitle(own, 'Sealed Classes').kind, 'topic');
});

test('Chinese and Japanese: a status word after a space or in full-width brackets, and the unit reached ("读到第5章", "第3章まで")', () => {
  const r = read(['- 《深入理解计算机系统》 已读完', '- 《算法导论》 读到第5章', '- リーダブルコード（読了）', '- プログラミング言語Go 第3章まで', '- 達人プログラマー　積読'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress ? `${i.progress.done} ${i.progress.unit}` : null]), [
    ['《深入理解计算机系统》', 'done', null], ['《算法导论》', 'doing', '5 chapter'], ['リーダブルコード', 'done', null], ['プログラミング言語Go', 'doing', '3 chapter'], ['達人プログラマー', 'todo', null],
  ]);
});

test('a wrapped line of a bullet is not a title over the list after it; progress written after a description keeps the title', () => {
  const r = read(['## Dynamic Programming', '- You probably won\'t see dynamic programming problems in your interview, but it is worth being able to recognize a', '  problem as being a candidate for dynamic programming.', '  - [ ] Videos:', '    - [ ] Lecture 19 (video)', '', '## Mock', '- [Pramp: Mock interviews](https://www.pramp.com/) - a peer-to-peer model to practice interviews (3/7 parts)'].join('\n'));
  assert.ok(!r.items.some((i) => i.path.some((p) => /candidate/.test(p))));
  assert.equal(byTitle(r, 'Pramp: Mock interviews').progress?.done, 3);
});

test('table columns named in more languages (Konu/Durum, Тема/Статус, Chủ đề/Trạng thái); in a status cell the word after a mark says it', () => {
  const r = read(['| Tarih | Konu | Durum |', '|---|---|---|', '| Eylül 2024 | Java Temelleri | 🚧 Devam Ediyor |', '| Ekim 2024 | Spring Boot | ⏳ Planlanıyor |', '',
    '| Тема | Статус |', '|---|---|', '| Алгоритмы | завершено |', '', '| Chủ đề | Trạng thái |', '|---|---|', '| Docker | ⏳ Done |'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Java Temelleri', 'doing'], ['Spring Boot', 'todo'], ['Алгоритмы', 'done'], ['Docker', 'done']]);
});

test('a checklist of readings holds things to read (articles), and a day alone over them is a date, not an entry', () => {
  const r = read(['## Checklist of readings', '', '- [2024-05-06 Mon]', '  - [x] https://example.org/notes/macros (on hygiene in macros)', '- [2024-05-07 Tue]', '  - [ ] https://example.org/essays/parsing (why parsers fail)'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['article', 'article']);
});

test('a Japanese course table (コース, ステータス, 目安時間) with statuses that say more after the word ("完了(6/3)", "着手"); impressions are not work', () => {
  const r = read(['|No. |コース|目安時間|ステータス|', '|:--|:--|:--|:--|', '|1-1 |Python I |2h10m |・完了(6/3)、<br>・2回目完了(6/9)|', '|1-2 |SQL I |1h30m |着手|', '|1-3 |Go I |2h | |', '', '## 感じたこと', '- ざっと見た感じ、全部終えるには3週間くらいかかりそう'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.estimate?.hours ?? null]), [['Python I', 'done', 2.17], ['SQL I', 'doing', 1.5], ['Go I', 'todo', 2]]);
});

test('an emoji short code at the end ("… 5:tomato:") is no colon: the bullet is an entry, not a label', () => {
  const r = read(['## Next', '', '- Set up the repository 1:tomato:', '- Learn git flow 2:tomato:', '- Resources:', '  - [Pro Git](https://git-scm.com/book)'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null]), [['Set up the repository', 0.42], ['Learn git flow', 0.83], ['Pro Git', null]]);
});

test('a status said after a section\'s name ("… `ON HOLD`", "(Ongoing)", "– planned") is the status of what it holds, nearest first', () => {
  const r = read(['# Coursera courses (Ongoing)', '', '### Data Analytics `COMPLETED`', '| # | Course |', '|---|---|', '| 1 | Foundations |', '', '### Web Design `ON HOLD`', '| # | Course |', '|---|---|', '| 1 | CSS3 |', '',
    '### Math for ML `PLANNED`', '| # | Course |', '|---|---|', '| 1 | Linear Algebra |', '', '### Deep Learning', '| # | Course |', '|---|---|', '| 1 | CNNs |'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Foundations', 'done'], ['CSS3', 'skipped'], ['Linear Algebra', 'todo'], ['CNNs', 'doing']]);
});

test('a course logged day by day at 35%, 71%, then 100% is one item, as far along as its furthest mention; "(Progress 35%)" leaves the title', () => {
  const r = read(['**12 March**', '1. [Web Basics](https://www.dicoding.com/academies/123) (Progress 35%) at Dicoding', '', '**13 March**', '1. [Web Basics](https://www.dicoding.com/academies/123) (Progress 71%) at Dicoding', '', '**14 March**', '1. [Web Basics](https://www.dicoding.com/academies/123) (Progress 100%) at Dicoding'].join('\n'));
  assert.equal(r.items.length, 1);
  assert.deepEqual([r.items[0]!.status, r.items[0]!.progress?.done], ['done', 100]);
  assert.ok(!/Progress/.test(r.items[0]!.title));
});

test('a Japanese diary\'s "今日の作業" (the day\'s work) holds work done', () => {
  const r = read(['# 🗓️024/366 📚1.5h', '', '## 今日の作業', '', '- 次に作るアプリの構成を検討'].join('\n'), '12_01-09.md');
  assert.deepEqual(r.items.map((i) => i.status), ['done']);
});

test('Japanese sections of what was done ("やったこと") hold done entries; "次やること" does not', () => {
  const r = read(['## やったこと', '- Zennのアカウント作成', '', '## 次やること', '- 課題提出用のレポジトリ作成'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'todo']);
});

test('an "i" or "it" inside a word of another script is no pronoun: Vietnamese tasks that end in a period are tasks, not prose', () => {
  // ("lại", "khối", "mới": an ASCII word boundary finds an "i" after "ạ", "ố", "ớ".)
  const r = read([
    '### Bài tập:', '',
    '- Viết lại hàm sắp xếp bằng mã giả.',
    '- Giải thích lại lời giải mới bằng lời.',
    '- Vẽ sơ đồ khối cho bài toán tìm số lớn nhất.',
    '',
    '## Notes', '',
    '- I think the third one is harder than it looks.',
  ].join('\n'));
  assert.deepEqual(titles(r), ['Viết lại hàm sắp xếp bằng mã giả', 'Giải thích lại lời giải mới bằng lời', 'Vẽ sơ đồ khối cho bài toán tìm số lớn nhất']);
});

test('a heading over a line of fields, one of them its status ("Added: May 2, 2024. Status: Finished."), in a tag or not, is an item', () => {
  const r = read([
    '# Shelf', '',
    '[_Shelf_](#shelf) | [_Wishlist_](#wish)', '',
    '#### The Left Hand of Darkness', '<small> Added: May 2, 2024. Status: Finished.</small>', '',
    'A slow, cold book; worth it.', '',
    '#### Gödel, Escher, Bach', 'Author: Douglas Hofstadter; Status: reading', '',
    '#### A note on formats', 'Added: May 9, 2024. Kept as a PDF.', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['The Left Hand of Darkness', 'done'], ['Gödel, Escher, Bach', 'doing']]);
});

test('a <details> whose summary is written over lines, a title and a byline ("By Ursula K. Le Guin"), is a book; a link written over lines in it is its link', () => {
  const r = read([
    'My shelf, in dropdowns.', '',
    '<details>', '  <summary>', '    <div>', '      <p><b>The Dispossessed</b></p>', '      <p>By <i>Ursula K. Le Guin</i></p>', '    </div>', '  </summary>',
    '  <div>', '    <p>', '      <a href="https://example.org/dispossessed" target="_blank">', '        Publisher page', '      </a>', '    </p>',
    '    <b>Not started</b>', '  </div>', '</details>',
    '<details>', '  <summary>', '    <p><b>Contents</b></p>', '  </summary>', '  <p>Nothing here yet.</p>', '</details>',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.source.line, i.links]), [['The Dispossessed', 'book', 6, ['https://example.org/dispossessed']]]);
});

test('a run of short names under an entry ("- Go, gRPC", "- SQLite", "- Docker, Fly.io") is its parts; remarks under an entry are not', () => {
  const r = read([
    '## Spring', '',
    '- Chat server side project',
    '    - Go, gRPC',
    '    - SQLite',
    '    - Docker, Fly.io',
    '- Typing tutor',
    '    - Took longer than I expected, mostly because of the layout code.',
    '    - It was hard to get the timing right, so I rewrote it twice.',
  ].join('\n'));
  assert.deepEqual(titles(r), ['Chat server side project', 'Go, gRPC', 'SQLite', 'Docker, Fly.io', 'Typing tutor']);
  assert.equal(byTitle(r, 'SQLite').parent, byTitle(r, 'Chat server side project').id);
  // (One of them ticked off, the rest are still its parts: a check-off leaves the run a run.)
  const ticked = read(['## Spring', '', '- Chat server side project', '    - [x] Go, gRPC', '    - SQLite', '    - Docker, Fly.io'].join('\n'));
  assert.deepEqual(titles(ticked), ['Chat server side project', 'Go, gRPC', 'SQLite', 'Docker, Fly.io']);
});

test('an entry that says it holds some of a kind ("Signed up for several courses at the library:") names its plain entries\' kind', () => {
  const r = read([
    '**March 3**',
    '1. Signed up for several courses at the city library',
    '    * Intro to Pottery',
    '    * Conversational Italian',
    '    * Watercolour Basics',
  ].join('\n'));
  assert.deepEqual(r.items.filter((i) => i.parent !== null).map((i) => [i.title, i.kind]), [['Intro to Pottery', 'course'], ['Conversational Italian', 'course'], ['Watercolour Basics', 'course']]);
});

test('three or more one-line paragraphs of short phrases, a blank line apart, are a list; sentences and links a blank line apart are not', () => {
  const r = read([
    '# 计划', '',
    '算法导论 每天20页', '',
    '力扣 每天做2题', '',
    '操作系统导论 每天30页', '',
    '',
    '## Thread', '',
    '**ana** commented on 2026-03-02', '',
    'I will take chapter 3.', '',
    'Done!', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['算法导论 每天20页', 'book'], ['力扣 每天做2题', 'task'], ['操作系统导论 每天30页', 'book']]);
});

test('"Name: what it covers" lines in a run, one with a comma list, are topics each, though some cover it in a sentence; a block of fields is not', () => {
  const r = read([
    'Term 2: Systems', '',
    'Memory Models: threads, locks, and fences.',
    'Scheduling: How the kernel picks the next task.',
    'Filesystems: Journaling and copy-on-write designs.',
    '',
    'Author: Remzi Arpaci-Dusseau',
    'Publisher: Arpaci-Dusseau Books',
    'Edition: Version 1.10',
  ].join('\n'), 'plan.txt');
  assert.deepEqual(titles(r).map((t) => t.split(':')[0]), ['Memory Models', 'Scheduling', 'Filesystems']);
});

test('a page of elements named for a kind of work ("<book>", "<course>") has one item each, titled by its first words; a status word in the element after it is its status', () => {
  const r = read([
    '## Shelf', '',
    '<entry>',
    '<book>',
    'The Dispossessed<sup>1</sup>',
    '<by>Ursula K. Le Guin</by>',
    '<note>Started on the train; a slow one.</note>',
    '</book>',
    '<verdict>(reading)</verdict>',
    '</entry>',
    '<entry>',
    '<book>Piranesi</book><verdict>finished</verdict>',
    '</entry>',
    '<course class="big">',
    '[Nand to Tetris](nand2tetris)',
    '</course>',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.source.line]), [
    ['The Dispossessed', 'book', 'doing', 5], ['Piranesi', 'book', 'done', 12], ['Nand to Tetris', 'course', 'todo', 15],
  ]);
});

test('a note titled as a template but filled in (no placeholders left) is the person\'s plan; a template section inside a note is still a form', () => {
  const filled = read([
    '# Weekly Study Template', '',
    '- [ ] Post my filled-in plan to the course forum', '',
    '## My week', '',
    '| Day | Morning | Evening | Focus |',
    '|-----|---------|---------|-------|',
    '| Monday | 7 AM - 8 AM | | *e.g., Lectures* |',
    '| Tuesday | | 7 PM - 9 PM | |',
    '| Wednesday | | | |',
  ].join('\n'));
  assert.deepEqual(filled.items.map((i) => [i.title, i.kind, i.estimate?.hours ?? null]), [
    ['Post my filled-in plan to the course forum', 'task', null], ['Monday', 'task', 1], ['Tuesday', 'task', 2],
  ]);
  const blank = read(['# Weekly Study Template', '', '- [ ] Read chapter ____', '- [ ] {{topic}} exercises'].join('\n'));
  assert.deepEqual(titles(blank), []);
  const inside = read(['# Plan', '', '- [ ] Learn Go', '', '## Template', '', '- [ ] Read a chapter'].join('\n'));
  assert.deepEqual(titles(inside), ['Learn Go']);
});

test('"note" leads advice only as "Note:" or "Note that …": a linked site named note is an entry', () => {
  const r = read([
    '## Accounts to set up', '',
    '- [note](https://note.com/) アカウント作成、記事作成、URL を提出',
    '- [Zenn](https://zenn.dev/) アカウント作成',
    '- Note: both need an email address that is not the school one.',
  ].join('\n'));
  assert.deepEqual(titles(r), ['note アカウント作成、記事作成、URL を提出', 'Zenn アカウント作成']);
});

test('a bullet glued to its words ("*Deno Basics") under bullets with the same marker is one more entry; emphasis is not', () => {
  const r = read(['## Courses', '* Flexbox Fundamentals', '* Express Routing Basics', '*Deno Basics', '*really* worth it'].join('\n'));
  assert.deepEqual(titles(r), ['Flexbox Fundamentals', 'Express Routing Basics', 'Deno Basics']);
});

test('a heading that is a quoted title is the work its entries are parts of; "Chapter 4:" over "Done:" and "To do:" lines is a part under way, and "Read:" over page ranges is no list', () => {
  const r = read([
    '“Concrete Mathematics”', '======================', '',
    '* [Worked problems](./cm_problems.md)',
    '\t* Sections 1A-1C',
    '\t* Chapter 4:',
    '\t\t* Done: 4.1-4.3',
    '\t\t* To do: 4.4, 4.5',
    '* Read: p. 1-120', '',
    '“Thinking, Fast and Slow”', '------------------------', '',
    '* Read:',
    '\t* p. 1-40',
    '\t* p. 90-131', '',
    '## "Classics"', '',
    '- Tolstoy - War and Peace',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress?.done ?? null]), [
    ['Concrete Mathematics', 'doing', 120], ['Worked problems', 'doing', null], ['Sections 1A-1C', 'todo', null], ['Chapter 4', 'doing', null],
    ['Thinking, Fast and Slow', 'todo', null], ['Tolstoy - War and Peace', 'todo', null],
  ]);
});

test('a grid of numbered exercises under a heading, one mark each, read by the note\'s legend: the heading is an item, its progress the solved ones', () => {
  const r = read([
    '# Abstract Algebra', '',
    'Legend:', '* ✓ = solved', '* ~ = tried, not solved yet', '* x = not assigned', '',
    '## 2.1 Groups', '',
    '| 1 | 2 | 3 | 4 | 5 |', '---|---|---|---|---', '| ✓ | ✓ | ~ | x | ✓ |', '',
    '## 2.2 Subgroups', '',
    '| 1 | 2 | 3 |', '---|---|---', '| ✓ | ✓ | ✓ |', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress]), [
    ['Groups', 'doing', { done: 3, total: 4, unit: 'problem' }], ['Subgroups', 'done', { done: 3, total: 3, unit: 'problem' }],
  ]);
});

test('in a checklist, a plain entry over boxed steps that names a course is the course they belong to; one that only groups them is not', () => {
  const r = read([
    '## Study', '',
    '- [x] Set up the laptop',
    '- [ ] Read the style guide',
    '- Deep Learning Specialization (deeplearning.ai)',
    '  - [x] Neural Networks and Deep Learning',
    '  - [ ] Structuring Machine Learning Projects',
    '- Weekend',
    '  - [ ] Tidy the notes folder',
    '- [ ] Back up the photos',
    '- [ ] Renew the library card',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]).slice(2, 5), [
    ['Deep Learning Specialization (deeplearning.ai)', 'course'], ['Neural Networks and Deep Learning', 'course'], ['Structuring Machine Learning Projects', 'course'],
  ]);
  assert.ok(!titles(r).includes('Weekend'));
});
test('org: a headline whose sub-headlines are its chapters, each with a day on it ("Chapter 6 <2024-02-16 Fri>"), is a book, even under "Projects"', () => {
  const r = read(['#+TODO: IN-PROG | DONE', '* Current Projects', '** Bayesian statistics', '*** IN-PROG Gentle Guide to Bayesian Thinking', '**** IN-PROG Chapter 6 <2024-02-16 Fri>', '**** Chapter 7 <2024-02-23 Fri>'].join('\n'), 'study.org');
  assert.equal(byTitle(r, 'Gentle Guide to Bayesian Thinking').kind, 'book');
});

test('a bullet that is only a picture pasted into the notes is not an entry', () => {
  const r = read([
    '- # Supervised learning',
    '\t- Learning from labelled data',
    '\t- ![image_164.png](../assets/image_164_0.png)',
    '\t- ![loss curve](https://example.org/loss.png) <img src="fig2.png" width="300">',
    '\t- [[Decision Trees]]',
    '\t- ![[Pasted image 20220319201603.png]]',
    '\t- [![build](https://example.org/badge.svg)](https://example.org/ci)',
  ].join('\n'));
  assert.deepEqual(titles(r), ['Learning from labelled data', 'Decision Trees']);
  // On a line of its own, between the lines of a list without markers, the same.
  const lines = read('Books to read:\nDune\n![[cover.jpg]]\nNeuromancer\n');
  assert.deepEqual(titles(lines), ['Dune', 'Neuromancer']);
});

test('facts written down in lecture notes are not entries; topics and where work stands are', () => {
  const r = read([
    '## Decision trees',
    '- The tree structure is learned from the training data',
    '- Deep trees are prone to overfitting (prune them)',
    '- Ein Entscheidungsbaum ist ein gerichteter Graph',
    '- Pruning and ensembles',
    '- Lecture 3 is done',
    '- The World Is Flat',
  ].join('\n'));
  assert.deepEqual(titles(r), ['Pruning and ensembles', 'Lecture 3 is done', 'The World Is Flat']);
  assert.equal(byTitle(r, 'Lecture 3 is done').status, 'done');
});

test('a web page saved by a clipper is one article to read; its body is the page, not work', () => {
  const r = read([
    '---',
    'title: "Ten steps to better sleep"',
    'source: >-',
    '  https://example.org/blog/ten-steps-to-better-sleep/?utm_source=newsletter',
    'author: "[[Dana Kim]]"',
    'published: 2024-03-02',
    'tags:',
    '  - clippings',
    '---',
    '',
    '## The steps',
    '- Keep the same hours every day',
    '- [Read our sleep guide](https://example.org/guide)',
    '1. Darken the room → cool it → no screens',
    '',
    '- [ ] try step 3 this week',
  ].join('\n'), 'Clippings/Ten steps to better sleep.md');
  assert.deepEqual(titles(r), ['Ten steps to better sleep', 'try step 3 this week']);
  const page = byTitle(r, 'Ten steps to better sleep');
  assert.equal(page.kind, 'article');
  assert.deepEqual(page.links, ['https://example.org/blog/ten-steps-to-better-sleep/?utm_source=newsletter']);
  assert.equal(byTitle(r, 'try step 3 this week').parent, page.id);
  // A note of the person's own with a link in its front matter but no sign of a clipper stays theirs.
  const own = read(['---', 'source: https://example.org/course', '---', '', '- Week 1 videos', '- Week 2 quiz'].join('\n'));
  assert.deepEqual(titles(own), ['Week 1 videos', 'Week 2 quiz']);
});

test('a line of a dozen arrows and more is data pasted in, not a learning path', () => {
  const many = Array.from({ length: 14 }, (_, i) => `[k${i}] => v${i}`).join(' ');
  assert.ok(read(`## Dump\n\n${many}`).items.length <= 1);
  assert.deepEqual(titles(read('## Path\n\nHTML → CSS → JavaScript → React')), ['HTML', 'CSS', 'JavaScript', 'React']);
});

test('in a day record, a "Progress:" label holds how the day went, not work', () => {
  const r = read([
    '### Tuesday, Apr 2 - Day 5',
    '**Sessions:**',
    '1. ✅ Generators (7:00 pm–8:00 pm, 1 hr)',
    '',
    '**Progress:**',
    '- Understanding: **5/10**',
    '- Got through both exercises',
    '',
    '## Plan',
    '**Progress:**',
    '- [ ] Chapter 3 exercises',
  ].join('\n'));
  assert.deepEqual(titles(r), ['Generators (7:00 pm–8:00 pm)', 'Chapter 3 exercises']);
});

test('in a numbered run written about one by one, those before the one under way are done', () => {
  const r = read([
    '# My CS path',
    '',
    '1. [Intro to Python](https://example.org/python)',
    '   - Loops, functions and a small game at the end.',
    '2. [Data Structures](https://example.org/ds)',
    '',
    '   - Trees and heaps, with a project on tries.',
    '3. [Discrete Math](https://example.org/math)',
    '   - Mostly the problem sets',
    '   - Curently doing',
    '4. [Algorithms](https://example.org/algo)',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'done', 'doing', 'todo']);
  // Without a line under each of them, nothing says they were gone through.
  const bare = read(['1. Intro to Python', '2. Data Structures', '3. Discrete Math', '   - Currently doing'].join('\n'));
  assert.deepEqual(bare.items.map((i) => i.status), ['todo', 'todo', 'doing']);
});

test('a kind in brackets before the words is a tag that says the kind', () => {
  const r = read(['## Queue', '- [book] designing data-intensive applications', '- [Course] intro to algorithms', '- [video] missing semester, lecture 1'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['designing data-intensive applications', 'book'], ['intro to algorithms', 'course'], ['missing semester, lecture 1', 'video']]);
});

test('a note filed in a folder of books or courses is that one resource, its lines notes on it', () => {
  const page = ['Tags:', '- [[Databases]]', '---', '## Chapter 3: Storage', 'two families of engines:', '- log-structured', '- page-oriented', '', 'B-trees keep pages of a fixed size.', '- write-ahead log', '- latches'].join('\n');
  const book = read(page, 'Reading/Books/Database Internals.md');
  assert.deepEqual(book.items.map((i) => [i.title, i.kind, i.status]), [['Database Internals', 'book', 'doing']]);
  // A shelf within the books, and a number that orders the shelf.
  assert.deepEqual(read(page, 'Books/Storage/07_Database_Internals.md').items.map((i) => i.title), ['Database Internals']);
  // A course's page keeps its checkboxes as its steps.
  const course = read('# Nand to Tetris\n\n- [x] Project 1: Boolean logic\n- [ ] Project 2: Boolean arithmetic\n', 'Courses/Nand to Tetris.md');
  const [top, ...steps] = course.items;
  assert.equal(top?.kind, 'course');
  assert.deepEqual(steps.map((s) => [s.title, s.parent === top?.id]), [['Project 1: Boolean logic', true], ['Project 2: Boolean arithmetic', true]]);
  // A list filed there is a list: its name says so, or it is a page of links.
  assert.equal(read('- Database Internals\n- Designing Data-Intensive Applications\n- Readings in Database Systems\n', 'Books/To read.md').items.length, 3);
  const links = Array.from({ length: 5 }, (_, n) => `- [Book ${n + 1}](https://example.org/b${n})`).join('\n');
  assert.equal(read(links, 'Books/Favourites.md').items.length, 5);
  // A folder that only holds the word among others ("Video editing") files no resources.
  assert.equal(read(page, 'Video Editing/Database Internals.md').items.some((i) => i.kind === 'book'), false);
});

test('in lecture notes (paragraphs, no box) the short bullets under a plain heading are points of the text', () => {
  const lecture = [
    '# Software defined networks',
    '',
    'A network in which the control plane is separate from the data plane, and one logically central controller programs many devices.',
    '',
    '## Planes',
    'The control plane computes the forwarding state within routers, and it is commonly used for a few things:',
    '- Routing',
    '- Traffic engineering',
    '- Failure detection',
    '',
    'The management plane configures and tunes the network, and it sees use in the following:',
    '- ACL configuration',
    '- Device provisioning',
    '',
    'Centralised control feels unsettling to some people, since decentralised control made networks succeed.',
    '',
    'Each layer of the design handles one concern, and the layers talk to each other through narrow interfaces.',
    '',
    'Large networks already run this way, as the example of one big operator shows:',
    'OpenFlow is one such abstraction',
    '',
    '## Further reading',
    '- [OpenFlow: enabling innovation in campus networks](https://example.org/openflow.pdf)',
  ].join('\n');
  assert.deepEqual(titles(read(lecture)), ['OpenFlow: enabling innovation in campus networks']);
  // Steps said as orders are work in any note, among paragraphs too.
  const plan = lecture.split('\n').slice(0, -2).concat(['**Sprint 1 (Weeks 1-3): Cloud basics**', '- Set up instance roles and least-privilege policies', '- Configure the office network as subnets']);
  assert.deepEqual(titles(read(plan.join('\n'))), ['Set up instance roles and least-privilege policies', 'Configure the office network as subnets']);
  // The same bullets in a plan (no paragraphs of sentences) are its topics.
  assert.deepEqual(titles(read('## Networking\n- Routing\n- Traffic engineering\n- Failure detection\n')), ['Routing', 'Traffic engineering', 'Failure detection']);
});

test('a page\'s tags are its filing: a bullet of tags alone and a "Tags" label over them name no work', () => {
  const r = read(['- #wip', '- Process scheduling', '- Memory management', '- Tags', '\t- #computer-science #linux', '- Related', '\t- Paging'].join('\n'));
  assert.deepEqual(titles(r), ['Process scheduling', 'Memory management']);
});

test('a course code names a course, and a grade after an entry says it is finished', () => {
  const r = read(['## Online', '* 6.31x (Signals and Systems)', '* Stat110x (Probability)', '* Abstract Algebra (QM412) - Grade: B+', '* Compilers (CSE 4310) | Final grade: A-', '* Read RFC 2616', '* Skim the State of AI 2025 report'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [
    ['6.31x (Signals and Systems)', 'course', 'todo'],
    ['Stat110x (Probability)', 'course', 'todo'],
    ['Abstract Algebra (QM412)', 'course', 'done'],
    ['Compilers (CSE 4310)', 'course', 'done'],
    ['Read RFC 2616', 'article', 'todo'],
    ['Skim the State of AI 2025 report', 'article', 'todo'],
  ]);
});

test('a course list with a share done on each entry: the entries nothing names are courses like their siblings', () => {
  const r = read([
    '# Web',
    '- ![Progress](http://progressed.io/bar/40) [The Complete Node Developer Course](./node)',
    '- ![Progress](http://progressed.io/bar/10) [Rust Masterclass: Zero to Mastery](./rust)',
    '- ![Progress](http://progressed.io/bar/100) [Docker Bootcamp](./docker)',
    '- ![Progress](http://progressed.io/bar/5) [Modern Svelte with Kit](./svelte)',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [
    ['The Complete Node Developer Course', 'course'], ['Rust Masterclass: Zero to Mastery', 'course'], ['Docker Bootcamp', 'course'], ['Modern Svelte with Kit', 'course'],
  ]);
});

test('a reading list titled by a year and written after it is that year\'s books, read', () => {
  const note = (date: string) => read(["---", "title: 'My 2023 in books'", `date: '${date}'`, "tags: ['reading']", '---', '- Capek Karel - War with the Newts', '- Kundera Milan - The Joke'].join('\n'));
  assert.deepEqual(note('2024-01-11').items.map((i) => i.status), ['done', 'done']);
  // Written while the year runs, it is a plan.
  assert.deepEqual(note('2023-01-05').items.map((i) => i.status), ['todo', 'todo']);
});

test('rules kept and time worked out are not work', () => {
  const r = read([
    '## Time',
    '- 1.5 hours on weekday mornings (5 days) = 7.5 hours',
    '- Set up the lab cluster',
    '',
    '## Anti-patterns to avoid',
    '- Trade sleep for study',
    '- Chase every new framework',
    '',
    '**Do not:**',
    '- Skip the review day',
  ].join('\n'));
  assert.deepEqual(titles(r), ['Set up the lab cluster']);
});

test("one course's lectures and lessons are its parts, not courses", () => {
  const r = read([
    '# Course Progress Tracking',
    '## Section 1: Introduction',
    '- [x] Lecture 1: Welcome & What You Will Learn In This Course!',
    '- [ ] Lec 2: What Is Flutter?',
    '',
    '## 课程（共 30 节）',
    '- [x] 1. 职业道德准则',
    '- [ ] 2. 货币时间价值',
    '- [ ] 21. 道德（15%）刷题',
    '- [ ] 25. 模考 1 + 复盘',
    '',
    '## 课程进度',
    '| 课程 | 完成日期 |',
    '| --- | --- |',
    '| 01_进程与线程 | 2026-10-12 |',
    '| 04a_Lab0所需C暖身 | 2026-10-14 |',
    '',
    '## Courses',
    '| Course | Status |',
    '| --- | --- |',
    '| Nand to Tetris | Done |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [
    ['Lecture 1: Welcome & What You Will Learn In This Course!', 'video'], ['Lec 2: What Is Flutter?', 'video'],
    ['职业道德准则', 'topic'], ['货币时间价值', 'topic'], ['道德（15%）刷题', 'task'], ['模考 1 + 复盘', 'task'],
    ['01_进程与线程', 'topic'], ['04a_Lab0所需C暖身', 'topic'],
    ['Nand to Tetris', 'course'],
  ]);
});

test('a status cell that lists the states to pick from has picked none', () => {
  const r = read([
    '| ファイル | 状態 |',
    '|---|---|',
    '| map/全体地図.md | 読んだ / 補足した / 定着した |',
    '| Queues | todo / done |',
    '| Stacks | Done |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['map/全体地図.md', 'todo'], ['Queues', 'todo'], ['Stacks', 'done']]);
});

test("a template's blanks are no entries; a % column is progress; a bar to clear and a full count under an open box are no progress made", () => {
  const r = read([
    '| Módulo | Nome | Status | % Completo |',
    '| --- | --- | --- | --- |',
    '| M02 | Composição Visual | 🔄 Em Estudo | 60% |',
    '| M03 | Edição no Lightroom | ⏳ Aguardando | 0% |',
    '',
    '- **📅 Próxima revisão**: [Data]',
    '- **Cronograma**: [Período mais produtivo]',
    '1. **[Insight importante]** - [Data da descoberta]',
    '- **[Data]**: [Marco importante]',
    '- **Dias estudados/semana**: X/7',
    '- **Horário mantido**: ✅❌',
    '**🎯 FOCO PRINCIPAL**: [Objetivo principal da semana]',
    '',
    '## Metas',
    '- [ ] Completé todos los ejercicios de Form Completion (3/3)',
    '- [ ] Obtuve 80%+ en Multiple Choice',
    '- [ ] Read the Go book (3/10)',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress?.done ?? null]), [
    ['Composição Visual', 'doing', 60], ['Edição no Lightroom', 'todo', 0],
    ['Completé todos los ejercicios de Form Completion', 'todo', 3], ['Obtuve 80%+ en Multiple Choice', 'todo', null], ['Read the Go book', 'doing', 3],
  ]);
});

test("a unit named by its number alone in a table is the unit of the thing named to its left", () => {
  const r = read([
    '| Fecha | Sección | Ejercicio | Aciertos | Total |',
    '|-------|---------|-----------|----------|-------|',
    '| | Form Completion | Ej. 01 | | /10 |',
    '| | Form Completion | Ej. 02 | | /10 |',
    '| | Multiple Choice | Ej. 01 | | /5 |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['Form Completion Ej. 01', 'task'], ['Form Completion Ej. 02', 'task'], ['Multiple Choice Ej. 01', 'task']]);
});

test("a book column with an author says book over a course word; a reading started twice is two; a page icon before a file's name is no paper; a profile block is no work; a day's hours in Chinese are the budget", () => {
  const r = read([
    '## 基本信息',
    '- 开始日期：2026-10-12',
    '- 每日学习时间：2.5 小时',
    '',
    '## 2024',
    'Start Date | Finish Date | Book Name | Author | Reader |',
    '--- | --- | --- | --- |--- |',
    '01/01/2024 | 21/01/2024 |The Boy at the Back of the Class | Onjali Q. Raúf | Ravi |',
    '01/01/2024 | 30/01/2024 | Percy Jackson and the Lightning Thief | Rick Riordan | Ishaan |',
    '22/01/2024 |  | Percy Jackson and the Lightning Thief | Rick Riordan | Ravi |',
    '',
    '## Noch offen',
    '- [ ] 📄 Unit_Tests_Mocking.md',
    '- [ ] 📄 Attention Is All You Need',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [
    ['The Boy at the Back of the Class', 'book', 'done'], ['Percy Jackson and the Lightning Thief', 'book', 'done'], ['Percy Jackson and the Lightning Thief', 'book', 'doing'],
    ['📄 Unit_Tests_Mocking.md', 'topic', 'todo'], ['📄 Attention Is All You Need', 'paper', 'todo'],
  ]);
  assert.equal(r.budget.hoursPerWeek, 17.5);
  assert.equal(read('> **节奏**：约 2 小时/天，约 1 个月。\n- [ ] 刷题\n').budget.hoursPerWeek, 14);
});

test('flashcards are practice; milestones in other languages; a publisher formula is a book among courses', () => {
  const r = read([
    '## Marcos',
    '- [ ] 1º simulado completo',
    '- [ ] Flashcards do domínio 1',
    '',
    '## Courses',
    '- Marko Luksa - Kubernetes in Action',
    '- Nand to Tetris',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [
    ['1º simulado completo', 'milestone'], ['Flashcards do domínio 1', 'milestone'], ['Marko Luksa - Kubernetes in Action', 'book'], ['Nand to Tetris', 'course'],
  ]);
  assert.equal(read('- [ ] Flashcards do domínio 1\n- [ ] 官方题精刷（上）\n').items.every((i) => i.kind === 'task'), true);
});

test('in org, a plain list under a headline with a keyword holds its points; its checkboxes are its steps', () => {
  const r = read([
    '* Books',
    '** DONE 《斯多葛生活哲学》',
    '   1) 分清能控制的和不能控制的；',
    '   2) 每天复盘， 记录，反省自己；',
    '** TODO Push-ups',
    '   + Hands a bit wider than the shoulders',
    '   - [ ] Kneeling push-ups',
    '* To read',
    '  - Dune',
    '  - Hyperion',
  ].join('\n'), 'books.org');
  assert.deepEqual(r.items.map((i) => i.title), ['《斯多葛生活哲学》', 'Push-ups', 'Kneeling push-ups', 'Dune', 'Hyperion']);
});

test("a Logseq block's status:: property says where it stands over its TODO; a book's own site says book", () => {
  const r = read([
    '- TODO Read [[Designing Data-Intensive Applications]] chapter 5',
    '  status:: reading',
    '- DONE Watch [[Fast.ai]] lesson 1',
    '  status:: todo',
    '- [Writing an Interpreter in Go](https://interpreterbook.com/)',
    '- [Meta page](https://www.facebook.com/groups/x)',
  ].join('\n'), 'pages/Plan.md');
  assert.deepEqual(r.items.map((i) => [i.status, i.kind]), [['doing', 'book'], ['done', 'video'], ['todo', 'book'], ['todo', 'article']]);
});

test("where a person is in other languages: 'voy por el capítulo 4', 'terminado hasta la lección 12 de 34'; 'Прочитано' files books", () => {
  const r = read([
    '## Estado actual',
    '1. Álgebra lineal (MIT 18.06) - terminado hasta la lección 12 de 34',
    '2. Aprendiendo Go: voy por el capítulo 4',
    '',
    '## Прочитано',
    '- «Чистый код» — Роберт Мартин',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.progress?.done ?? null]), [
    ['Álgebra lineal (MIT 18.06)', 'course', 'doing', 12], ['Aprendiendo Go', 'book', 'doing', 3], ['«Чистый код» — Роберт Мартин', 'book', 'done', null],
  ]);
});

test("a day's record names the book it read ('📘 Book: …'): one book over the days, the page reached its progress, 'Book Finished' its end", () => {
  const r = read([
    '# 180-Day Reading Log',
    '## ✅ Day 1 – February 03, 2025',
    '- 📘 Book: Deep Work (Cal Newport)',
    '- 📄 Pages Read: 5 (Page 101 to 105)',
    '## ✅ Day 2– February 04, 2025',
    '- 📘 Book: Deep Work (Cal Newport)',
    '- 📄 Pages Read: 66 (Page 106 to 171)',
    '- 📝 Note: Book Finished.',
    '## ✅ Day 3 – February 05, 2025',
    '- 📘 Book: Make It Stick (Peter C. Brown)',
    '- 📄 Pages Read: 21 (Page 9 to 29)',
  ].join('\n'));
  const books = r.items.filter((i) => i.kind === 'book').map((i) => [i.title, i.status, i.progress?.done ?? null, i.progress?.total ?? null]);
  assert.deepEqual(books, [['Deep Work (Cal Newport)', 'done', 171, 171], ['Make It Stick (Peter C. Brown)', 'doing', 29, null]]);
});

test('practice on a book is a task, its parts too; an entry whose part is under way is under way', () => {
  const r = read([
    '# Administrativa for textbooks', '',
    '”Linear Algebra Done Right”',
    '---------------------------', '',
    '* [Solutions to Exercises](./ladr_solutions.md)',
    '\t* Sections 1A-2B',
    '\t* Section 2C:',
    '\t\t* Done: 1-6, 7(a)-7(c)',
    '\t\t* To do: 7(d)',
    '* [Flashcards](./flash/ladr.apkg)',
  ].join('\n'), 'books/textbooks.md');
  const by = (t: string): [string, string] => { const i = byTitle(r, t); return [i.kind, i.status]; };
  assert.deepEqual(by('Solutions to Exercises'), ['task', 'doing']);
  assert.deepEqual(by('Section 2C'), ['task', 'doing']);
  assert.deepEqual(by('Flashcards'), ['task', 'todo']);
});

test('a <summary> that names a category over checkboxes is their section; one opened by a mark is the work they are steps of', () => {
  const r = read([
    '<details>', '<summary>1. Arrays & Hashing</summary>', '', '- [ ] ✅ 1. Two Sum', '- [ ] ⬜ 26. Remove Duplicates from Sorted Array', '', '</details>', '',
    '<details>', '<summary><strong>➖ Learn Podman</strong></summary>', '', '- [ ] Rootless containers', '', '</details>',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['✅ 1. Two Sum', '⬜ 26. Remove Duplicates from Sorted Array', '➖ Learn Podman', 'Rootless containers']);
});

test('a kind named as the field an entry fills is its kind, not its title; "(a weekend)" is an estimate', () => {
  const r = read('## Phase 1\n1. Book: *Grokking Algorithms*\n2. **Course:** CS50x\n\n## Side quests\n- [ ] Build a shell in C (a weekend)\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.estimate?.hours ?? null]), [
    ['Grokking Algorithms', 'book', null], ['CS50x', 'course', null], ['Build a shell in C', 'project', 16],
  ]);
});

test('a plain-text plan: "o" as a bullet on indented lines, a box at the end of a line; a Podcast in a Type column is listened to', () => {
  const r = read('STUDY PLAN\n==========\n\n> Databases\n    o SQLBolt exercises                             [x]\n    o CMU 15-445 lectures 1-5                       [ ]\n\no livro que comprei ontem\n', 'plan.txt');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['SQLBolt exercises', 'done'], ['CMU 15-445 lectures 1-5', 'todo']]);
  const t = read('| Name | Type | Status |\n| --- | --- | --- |\n| Lex Fridman #400 | Podcast | Done |\n');
  assert.equal(t.items[0]!.kind, 'video');
});

test("a past day's record tells what was done; a status cell's bracketed count is progress", () => {
  const r = read([
    '| Course | Status |', '|---|---|', '| Deep Learning Specialization | 🚧 In Progress (3/5) |', '',
    '## Daily log', '### Day 2 (2026-11-02)', '- Read HOML chapter 3', '### Day 40 (2027-01-10)', '- Read HOML chapter 9',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress ? `${i.progress.done}/${i.progress.total}` : null]), [
    ['Deep Learning Specialization', 'doing', '3/5'], ['Read HOML chapter 3', 'done', null], ['Read HOML chapter 9', 'todo', null],
  ]);
});

test('a current-state list: the name before a dash and its progress after it; "after 6.824" names the course by its number', () => {
  const r = read([
    'Current state:', '',
    '1. MIT 6.824 Distributed Systems:', '   Lec 1 done out of 20',
    '2. Linear Algebra Done Right — finished 6 of 10 chapters, exercises up to 5.C',
    '', 'Next:', '- Rust book (after 6.824)',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.progress?.done ?? null]), [['MIT 6.824 Distributed Systems', 1], ['Linear Algebra Done Right', 6], ['Rust book', null]]);
  assert.deepEqual(byTitle(r, 'Rust book').dependsOn, [byTitle(r, 'MIT 6.824 Distributed Systems').id]);
});

test("a new paragraph at a plain-line item's column ends that item: the bullets under it are not swallowed as its remarks", () => {
  const r = read('Plan\n\nPython\n    - Fluent Python ch 1-3   [done]\n    - Real Python tutorial\n');
  assert.deepEqual(r.items.filter((i) => i.title !== 'Plan').map((i) => [i.title, i.status]), [['Fluent Python ch 1-3', 'done'], ['Real Python tutorial', 'todo']]);
});

test('Korean and Japanese steps and progress: "풀기", "정리하기", "に整理" are tasks; "3장까지" is how far; a 진도 column is progress', () => {
  const r = read([
    '## 강의', '| 강의명 | 진도 | 상태 |', '|---|---|---|', '| 김영한 스프링 입문 | 12/25강 | 수강중 |', '',
    '## 할 일', '- [ ] 백준 실버 문제 30개 풀기', '- [ ] 이펙티브 자바 3장까지', '- [ ] 間違えた問題を exam-patterns/ に整理',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.kind, i.progress ? `${i.progress.done}/${i.progress.total ?? '-'} ${i.progress.unit}` : null]), [
    ['course', '12/25 lecture'], ['task', null], ['book', '3/- chapter'], ['task', null],
  ]);
});

test('a page reached in brackets at the end is how far a book is: "Infinite Jest (p. 200)"', () => {
  const r = read('## Abandoned\n- Infinite Jest (p. 200)\n\n## Currently reading\n- Anathem [page 312]\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress?.done ?? null, i.progress?.unit ?? null]), [['Infinite Jest', 'skipped', 200, 'page'], ['Anathem', 'doing', 312, 'page']]);
});

test('an open box told as already achieved is a criterion to meet: "Completé …", "Obtuve 80%+ …", "Passed the exam"', () => {
  const r = read('## Metas\n- [ ] Completé todos los ejercicios (3/3)\n- [ ] Obtuve 80%+ en Multiple Choice\n- [ ] Passed the AWS exam\n- [ ] Wiki notes for week 2\n- [ ] Andrei Karpathy Zero to Hero\n');
  assert.deepEqual(r.items.map((i) => i.kind === 'milestone'), [true, true, true, false, false]);
});

test("a note that is one thing: its own title heading is that item, not a second one; a front matter with no title is named by its first heading", () => {
  const r = read('# Designing Data-Intensive Applications\n\nAuthor: Martin Kleppmann\nStatus: In progress\nProgress: 7/12 chapters\n\n## Notes\n- Leader-based replication\n', 'Books/Designing Data-Intensive Applications.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.progress ? `${i.progress.done}/${i.progress.total} ${i.progress.unit}` : null]), [
    ['Designing Data-Intensive Applications', 'book', 'doing', '7/12 chapter'],
  ]);
  const c = read('---\ntype: course\nstatus: doing\n---\n# Machine Learning Specialization\n\n- [x] Week 1\n', 'Courses/ml.md');
  assert.equal(c.items[0]!.title, 'Machine Learning Specialization');
});

test('a progress cell naming the part reached in Chinese: under way, counted by the part\'s number; a remarks cell\'s label and link say the kind', () => {
  const r = read([
    '| 序号 | 科目 | 进度 | 备注 |', '|---|---|---|---|',
    '| 1 | 算法 | 已学完"二叉树的遍历" | 视频:https://www.bilibili.com/video/BV1xx |',
    '| 2 | Go语言入门 | 已学到P07 接口 | 课程网站:https://example.com/go |',
    '| 3 | 数学分析 | 已学完“教材 P42” | 书籍目录：./数学/分析.pdf |',
    '| 4 | Rust所有权 | 已学完“08 借用” | https://www.youtube.com/playlist?list=PLx |',
    '| 5 | 民法 | 做到第30条 | |',
    '| 6 | 化学 | 已学到“2.3 氧化还原” | |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.progress ? `${i.progress.done} ${i.progress.unit}` : null]), [
    ['算法', 'video', 'doing', null], ['Go语言入门', 'course', 'doing', '7 video'], ['数学分析', 'book', 'doing', '42 page'],
    ['Rust所有权', 'topic', 'doing', '8 video'], ['民法', 'topic', 'doing', '30 article'], ['化学', 'topic', 'doing', null],
  ]);
});

test('exercises put down on purpose: a label saying so files them as skipped; "E-7-4" codes are tasks; a long remark in brackets does not make a sentence of the entry', () => {
  const r = read([
    'Problems from the reader that I skipped, listed here:',
    'The numbering is (Problem-Chapter-Number)',
    '1. P-3-2 (no idea how to begin)',
    '2. P-4-10/12 (P-4-9 already covered the recursion part, and with the weeks I have left I would rather move on to trees.)',
    '3. P-5-1',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [
    ['P-3-2 (no idea how to begin)', 'task', 'skipped'],
    ['P-4-10/12 (P-4-9 already covered the recursion part, and with the weeks I have left I would rather move on to trees.)', 'task', 'skipped'],
    ['P-5-1', 'task', 'skipped'],
  ]);
});

test('a status written short ("CPLT") and linked to the work done; an open entry whose bracketed remark tells it was left out is skipped', () => {
  const r = read([
    '| 课程 | 状态 |', '|---|---|', '| [CS61A](https://cs61a.org) | [CPLT](https://github.com/me/cs61a) |', '| [CS61B](https://cs61b.org) | WIP |', '',
    '## 章', '- [x] 5 章 (演習問題は省略した)', '- [ ] 6 章 (今は使わないので省略した)', '- [ ] 7 章', '- [ ] Chapter 8 (I gave up on the proofs)',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.status, i.links.length]), [['done', 2], ['doing', 1], ['done', 0], ['skipped', 0], ['todo', 0], ['skipped', 0]]);
});

test('past exams, sat for practice, are tasks: the items under "Exams", and a short title ending in "exam"', () => {
  const r = read('# Exams\n\n- [ ] WS19\n- [x] SS20\n\n# Revision\n- [ ] SS21 exam\n- [ ] eigenvalues\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['WS19', 'task'], ['SS20', 'task'], ['SS21 exam', 'task'], ['eigenvalues', 'topic']]);
});

test('a length said of each entry of a list ("Weekend projects", "one-week-project-ideas.md") is each entry\'s estimate; "This week tasks" says when, not how long', () => {
  const r = read('## Weekend projects\n- A URL shortener\n- A tiny Lisp (3h)\n\n## This week tasks\n- Fix the blog\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null]), [['A URL shortener', 16], ['A tiny Lisp', 3], ['Fix the blog', null]]);
  const f = read('1. Trail map for runners\n2. A countdown widget\n', 'ideas/one-week-project-ideas.md');
  assert.deepEqual(f.items.map((i) => i.estimate?.hours ?? null), [40, 40]);
});

test('a step that links a resource, and the resource listed with the same link, are one item: the resource, with both mentions; two chapters of it stay two', () => {
  const r = read([
    '# Goals', '1. Work through [Speech and Language Processing](https://web.stanford.edu/~jurafsky/slp3/)', '2. Join [Tidy Tuesday](https://github.com/rfordatascience/tidytuesday) every week',
    '3. Read chapter 3 of [SICP](https://mitp-content-server.mit.edu/books/sicp)', '4. Read chapter 4 of [SICP](https://mitp-content-server.mit.edu/books/sicp)', '',
    '# Resources', '1. [Speech and Language Processing](https://web.stanford.edu/~jurafsky/slp3/)', '2. [Tidy Tuesday](https://github.com/rfordatascience/tidytuesday)', '3. [SICP](https://mitp-content-server.mit.edu/books/sicp)',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.mentions.length]), [
    ['Speech and Language Processing', 1], ['Join Tidy Tuesday every week', 1], ['Read chapter 3 of SICP', 0], ['Read chapter 4 of SICP', 0], ['SICP', 0],
  ]);
});

test('Chinese: courses under "已经学完的课程" or with a 完成时间 are done; under "还没学完的课程" (not yet finished) they are not', () => {
  const r = read([
    '## 已经学完的课程', '| 课程 | 平台 |', '|---|---|', '| [CS50](https://cs50.harvard.edu/x/) | edX |', '',
    '## 还没学完的课程', '| 课程 | 平台 |', '|---|---|', '| [6.824](https://pdos.csail.mit.edu/6.824/) | MIT |', '',
    '## 其他', '| 课程 | 完成时间 |', '|---|---|', '| Nand2Tetris | 2021/02 |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['CS50', 'done'], ['6.824', 'todo'], ['Nand2Tetris', 'done']]);
});

test("a link's words are its page's title: a status word in them is not the person's ('[What I learned rereading DDIA](…)')", () => {
  const r = read('## Reading list\n- [What I learned rereading DDIA | Hacker News](https://news.ycombinator.com/item?id=1)\n- Rust book (reading)\n');
  assert.deepEqual(r.items.map((i) => i.status), ['todo', 'doing']);
});

test('a Chinese reading dashboard: a 当前进度 column is progress, a 书籍名称 column names books, a 当前章节 column says where the reader is', () => {
  const r = read([
    '| 类型 | 书籍名称 | 当前章节 | 当前进度 |', '|---|---|---|---|',
    '| Go | Go 程序设计语言 | 6.3 | 36% |', '| Perl | Perl 语言入门 | | |', '| Java | Java 网络编程 | 3.1 | |', '| 单片机 | 51 单片机教程 | 第 7 讲 | |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.kind, i.status, i.progress ? `${i.progress.done} ${i.progress.unit}` : null]), [
    ['book', 'doing', '36 percent'], ['book', 'todo', null], ['book', 'doing', null], ['book', 'doing', '7 lecture'],
  ]);
});

test('an Author column in any language makes its rows books ("aŭtoro", "Verfasser", "автор"); Esperanto sections say the status by participle', () => {
  const r = read('## Legataj\n| titolo | aŭtoro |\n|---|---|\n| La Hobito | J. R. R. TOLKIEN |\n\n## Legitaj\n| titolo | aŭtoro |\n|---|---|\n| Duno | Frank HERBERT |\n\n## Legotaj\n| Titel | Verfasser |\n|---|---|\n| Kursbuch | Max Frisch |\n');
  assert.deepEqual(r.items.map((i) => [i.kind, i.status]), [['book', 'doing'], ['book', 'done'], ['book', 'todo']]);
});

test("in a file of books, the parts of one book are not books: its chapters and sections under it take their own kinds", () => {
  const r = read('#+TITLE: Technical books\n* Now\n*** TODO Effective Java - Joshua Bloch\n***** DONE Creating and destroying objects\n***** TODO Generics\n', 'technical-books.org');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['Effective Java - Joshua Bloch', 'book'], ['Creating and destroying objects', 'topic'], ['Generics', 'topic']]);
});

test('org: a headline over books that name their publisher is their subject; a book cited with its publisher is a book; a bare grouping headline does not stop its parts being parts', () => {
  const r = read([
    '#+TITLE: Technical books', '* Now', '*** TODO Rust', '***** TODO Programmer en Rust - Jim Blandy - Editions Eyrolles', '******* Partie [1/2]',
    '********* DONE Les bases', '********* TODO Les traits',
  ].join('\n'), 'technical-books.org');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['Rust', 'topic'], ['Programmer en Rust - Jim Blandy - Editions Eyrolles', 'book'], ['Les bases', 'topic'], ['Les traits', 'topic']]);
});

test('numbered headings right under a heading that says the status of what it holds are its entries ("## Done" over "### 1. Closures")', () => {
  const r = read('## Done\n\n### 1. Closures\n- understood capture by reference\n\n### 2. Generators\n- yield and send\n\n## 待学习（下一阶段）\n\n### A. Async IO\n- event loop\n\n## Notes\n\n### 1. Setup\nUse pyenv.\n');
  assert.deepEqual(r.items.filter((i) => i.parent === null).map((i) => [i.title, i.status]), [['Closures', 'done'], ['Generators', 'done'], ['Async IO', 'todo']]);
});

test('a Chinese daily log: what got done (完成内容) is done, tomorrow\'s plan (明日计划) to do, and both are tasks', () => {
  const r = read('## 3.8\n\n### 完成内容\n\n1. 清洗天气数据\n2. 课设前端完成\n\n### 明日计划\n\n1. 编写部署脚本\n2. 数据分析作业\n');
  assert.deepEqual(r.items.map((i) => [i.kind, i.status]), [['task', 'done'], ['task', 'done'], ['task', 'todo'], ['task', 'todo']]);
});

test('a plain-text reading list: a heading between rules, long "Author - Title" lines, and a "Shelf:" label that is not begun whatever the heading says', () => {
  const r = read('----------CURRENT----------\nUpdated 2/09/25\n\nCurrently Reading:\nJack Schwager - Market Wizards\n\nShelf:\nDiez, et al. - OpenIntro Statistics\nAdam Freeman - Pro ASP.NET Core with Entity Framework, Identity, and Blazor\n\nFinished:\nBurton Malkiel - A Random Walk Down Wall St.\n', 'reading-list.txt');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Jack Schwager - Market Wizards', 'doing'], ['Diez, et al. - OpenIntro Statistics', 'todo'],
    ['Adam Freeman - Pro ASP.NET Core with Entity Framework, Identity, and Blazor', 'todo'], ['Burton Malkiel - A Random Walk Down Wall St', 'done'],
  ]);
});

test('a Japanese sentence ended by "．" is prose, not an entry; a "プロジェクトの構成" list describes files, not projects', () => {
  const r = read('## プロジェクトの構成\n- `assembler/`: Hackアセンブラの実装\n- `vm/`: VM変換器の実装\n\n## アセンブラ\nアセンブラは，Hackアセンブリ言語をHackバイナリファイルに変換するプログラムです．\n\n## やること\n- [ ] 12章を読む\n');
  assert.deepEqual(r.items.map((i) => i.title), ['12章を読む']);
});

test('struck out beside a box left open is put down; struck out and ticked is done', () => {
  const r = read('- [ ] ~~[UNIX Network Programming](https://example.com/unp)~~\n- [x] ~~SICP~~\n- ~~Dune~~\n');
  assert.deepEqual(r.items.map((i) => i.status), ['skipped', 'done', 'done']);
});

test("a statement over points that bear it out lists no work ('AWS is the wager for a few reasons:'); the person's own words over a list still do", () => {
  const r = read('AWS is the wager for a few reasons:\n- SageMaker covers the whole ML lifecycle\n- EKS is common in job ads\n\nRight now, this is what I\'m working on:\n- Statistics with Python Specialization\n');
  assert.deepEqual(r.items.map((i) => i.title), ['Statistics with Python Specialization']);
});

test('a glossary table ("| Function/Key | Description |") explains things; it lists no work, an endpoints table to build still does', () => {
  const r = read('| Date | Function/Key | Description |\n|---|---|---|\n| 2023-09-04 | gx | Opens the URL under the cursor |\n\n| Method | Route | Description |\n|---|---|---|\n| GET | `/boards` | List all boards |\n');
  assert.deepEqual(r.items.map((i) => i.title), ['List all boards']);
});

test('how the time is split ("75%+ hands-on time") and how to use the note ("Use this planner to …") are no entries', () => {
  const r = read('Use this planner to pick goals and log how it went.\n\n## Pace\n- 20–25 hours/week\n- 75%+ hands-on time\n- 80% coding, 20% reading\n\n## Week 1\n- Read The Rust Book ch. 1-3\n');
  assert.deepEqual(r.items.map((i) => i.title), ['Read The Rust Book ch. 1-3']);
});

test('practice in other languages is a task, also after a label of when ("Jour 1-2: Exercices de base", "Ejercicios del tema 3"); an icon alone as a link\'s text is no kind', () => {
  const r = read('- [ ] Jour 1-2: Exercices de base\n- [ ] Ejercicios del tema 3\n- [ ] Jour 3: Théorie des matrices\n\n## Cursos Concluídos\n- Alura - SQL com MySQL [📄](img/courses/sql.png)\n');
  assert.deepEqual(r.items.map((i) => [i.kind, i.status]), [['task', 'todo'], ['task', 'todo'], ['topic', 'todo'], ['course', 'done']]);
});

test('a period named in a list ("1. Rust - Week 1~2") over lines that follow at once is their label; Chinese steps led by a verb are entries, building something a project', () => {
  const r = read('* 第 1 个月：语法打底\n\n1. Rust - Week 1~2\n吃透智能指针、内部可变性\n完成一个使用 clap + serde_yaml + rayon 的 CLI 项目（如 本地日志统计器）\n\n2. Rust - Week 3~4\n实现一个 Axum + SQLite 的完整项目\n');
  assert.deepEqual(r.items.filter((i) => !i.title.startsWith('第')).map((i) => [i.title, i.kind]), [
    ['吃透智能指针、内部可变性', 'topic'], ['完成一个使用 clap + serde_yaml + rayon 的 CLI 项目（如 本地日志统计器）', 'project'], ['实现一个 Axum + SQLite 的完整项目', 'project'],
  ]);
});

test('a Chinese problem log: 题目 names the rows, 难度 makes them problems, and a last-practised date says solved', () => {
  const r = read('| **题目** | **难度** | **次数** | **最近一次刷题时间** |\n|---|---|---|---|\n| [9.回文数](https://leetcode.cn/problems/palindrome-number/) | **简单** | **3/3** | **2023-11-1** |\n| 11.盛最多水的容器 | 中等 | | |\n');
  assert.deepEqual(r.items.map((i) => [i.kind, i.status]), [['task', 'done'], ['task', 'todo']]);
});

test('"[.]", a dot where the tick will go, and a STRT keyword say begun', () => {
  const r = read('- [.] SICP\n- STRT \\[\\#A\\] Cambridge history of Ancient Greece\n- [X] Dune\n');
  assert.deepEqual(r.items.map((i) => i.status), ['doing', 'doing', 'done']);
});

test('a weekly schedule: a slot taken by something else is no entry; a "Task:" field under a slot is a task, named after the field', () => {
  const r = read('### Monday\n* **Morning (7:00 - 9:50):** BUSY (class).\n* **Evening (19:30 - 21:20):**\n    * **Task:** Homework for class (2 periods).\n    * **Goal:** Finish the semester exercises.\n\n### Thứ Ba\n* **Sáng (7:00 - 9:50):** KẸT (Lên lớp).\n* **Tối (19:30 - 21:20):**\n    * **Nhiệm vụ:** Bài tập trên lớp (2 Tiết).\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['Homework for class (2 periods)', 'task'], ['Bài tập trên lớp (2 Tiết)', 'task']]);
});

test('a slot of the day said to be free, with or without its hours ("**Tối:** **TỰ DO.** (…)", "Weekend: free"), is no entry', () => {
  const r = read('* **Tối:** **TỰ DO.** (Thư giãn hoặc đọc lại code nếu thích).\n* Weekend: free\n* Monday: read chapter 4 of SICP\n');
  assert.deepEqual(r.items.map((i) => i.title), ['Monday: read chapter 4 of SICP']);
});

test('in a note of boxes, a part with no box under a heading that names its list ("## Skills to Develop") holds entries; "Areas of Strength:" holds none', () => {
  const boxes = '## Week 1\n- [x] Set up the repo\n- [ ] Write the parser\n- [ ] Add tests\n- [ ] Deploy the API\n- [ ] Document the flows\n\n';
  const r = read(`${boxes}## Technical Skills to Develop\n- Payment provider APIs\n- Message queues\n\n## Notes\n- it went well\n`);
  assert.deepEqual(titles(r).slice(5), ['Payment provider APIs', 'Message queues']);
  const s = read(`## Current Focus\n\n**Areas of Strength:**\n- Debugging on my own\n\n**Areas Needing Improvement:**\n- Validation patterns\n`);
  assert.deepEqual(titles(s), ['Validation patterns']);
});

test('a title in title case is a name however it begins ("You Don\'t Know JS Yet", "… Programming I (Java)"); the same words in a sentence are not', () => {
  const r = read('## JavaScript\n* [You Don\'t Know JS Yet: Get Started](https://github.com/getify/You-Dont-Know-JS/)\n* [JavaScript for Cats](http://jsforcats.com/)\n* You should really read the whole series when you can\n');
  assert.deepEqual(titles(r), ["You Don't Know JS Yet: Get Started", 'JavaScript for Cats']);
});

test('a status word after the title with a remark that it is not finished ("- Started, incomplete") says under way; the remark leaves the title', () => {
  const r = read('## Git\n* [Learn Git Branching](http://learngitbranching.js.org/) - Started, incomplete\n* Pro Git - reading, not done yet\n* Pro Bash - incomplete\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Learn Git Branching', 'doing'], ['Pro Git', 'doing'], ['Pro Bash - incomplete', 'todo']]);
});

test('a check mark glued to the title, and a day in figures after a mark ("Python Basics✔️[1/8/23]", "Dicts ✓ (1/17/23)"), say done', () => {
  const r = read('## Outline\n\n1. Python Basics✔️[1/8/23]\n\n2. Flow Control✔\n\n3. Dicts ✓ (1/17/23)\n\n4. Strings\n\n5. Version 1.2.3\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Python Basics', 'done'], ['Flow Control', 'done'], ['Dicts', 'done'], ['Strings', 'todo'], ['Version 1.2.3', 'todo']]);
});

test('headings over records of the same fields ("Fecha de inicio:", "- **Profesor:**" with values under them) are one thing each: begun or done by their dates, hours from the total, a course by its teacher; the fields are no entries', () => {
  const r = read([
    '### ***Curso de gestion del tiempo***', '[[Guia de estudio]]', 'Fecha de inicio:', '- *4/3/24*', 'Fecha de finalizacion estimada:', '- 6/3/24', 'Fecha de finalizacion:', ' - **6/3/24🥳**',
    '### ***Curso de Bases de Datos***', 'Fecha de inicio:', '- 6/3/24', 'Fecha de finalizacion estimada:', '- 9/3/24', 'Fecha de finalizacion:', '',
    '### ***Estadistica descriptiva***', '- **Categoria:**', '\t- Fundamentos', '- **Profesor:**', '\t- Ana Lopez', '- **Tiempo estimado:**', '\t- 3 Horas de contenido', '\t- 9 Horas de practica', '\t\t- 12 Horas en total',
    '### ***Python para datos***', '- **Categoria:**', '\t- Fundamentos', '- **Profesor:**', '\t- Facundo Garcia', '- **Tiempo estimado:**', '\t- 15 Horas en total', '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.estimate?.hours ?? null]), [
    ['Curso de gestion del tiempo', 'course', 'done', null], ['Curso de Bases de Datos', 'course', 'doing', null],
    ['Estadistica descriptiva', 'course', 'todo', 12], ['Python para datos', 'course', 'todo', 15],
  ]);
  // A heading over lists of work under labels is a plan's part, its lists entries.
  const plan = read('### Week 1\nLearn:\n- Closures\n- Promises\n- Modules\nPractice:\n- Katas\n- Quizzes\nBuild:\n- A todo app\n- A timer\n');
  assert.deepEqual(titles(plan), ['Closures', 'Promises', 'Modules', 'Katas', 'Quizzes', 'A todo app', 'A timer']);
});

test('a diary whose first heading is a day takes no day for its title', () => {
  const r = read('# 2023-03-11 (Sa)\n\nExercise 1.19 gave me trouble.\n\n# 2023-03-10 (Fr)\n\nI did exercise 1.18.\n\n# 2023-03-09 (Th)\n\nI read up to page 29.\n', 'diary.md');
  assert.deepEqual(titles(r).filter((t) => /2023/.test(t)), []);
});

test('a table column of marks alone or linked ("[✅](./proof.pdf)") says the rows\' status when no column is named for it; columns that disagree are stages: all ticked done, some under way', () => {
  const r = read('| # | Title | S | R |\n|---|---|---|---|\n| 01 | Stats | [✅](./Step/Stats(K).pdf) | [✅](./a.png) |\n| 02 | Networks | ✅ | ✅ |\n| 03 | Keras | | |\n');
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'done', 'todo']);
  const split = read('| # | Lecture | Video | Homework |\n|---|---|---|---|\n| 1 | Intro | ✅ | ✅ |\n| 2 | Sets | ✅ | ⬜ |\n| 3 | Maps | ⬜ | ⬜ |\n');
  assert.deepEqual(split.items.map((i) => i.status), ['done', 'doing', 'todo']);
});

test('Logseq: a run of book names under a series keeps its names though block references and empty bullets sit among them; a reference alone is no entry', () => {
  const r = read('- 从表到里JVM实现--系列 https://www.douban.com/doulist/2545443/\n  collapsed:: true\n\t- JVM语言规范\n\t- Java语言规范\n\t- ((6406ea7c-64a8-4dd0-9895-3e71bf75c337))\n\t- Java Performance\n\t-\n', '书单.md');
  assert.deepEqual(titles(r), ['从表到里JVM实现--系列', 'JVM语言规范', 'Java语言规范', 'Java Performance']);
});

test('Logseq shelves: a bullet naming a list or a status ("📖 Reading list", "✅已学清单", "To learn") over bullets, empty ones too, is their label; its logbook is no label, and a tab-indented "-" is no heading underline', () => {
  const r = read('- 📖正学清单\n  :LOGBOOK:\n  CLOCK: [2022-05-14 Sat 09:12:37]\n  :END:\n\t-\n- ✅已学清单\n\t- SICP\n- To learn\n  - Rust\n- 📖 Reading list\n  - Dune\n  - Hyperion\n', '学习计划.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['SICP', 'done'], ['Rust', 'todo'], ['Dune', 'todo'], ['Hyperion', 'todo']]);
});

test('an outliner page: its name as the first block is its title; a time slot ("- 7:30 - 8:30", "- 22: 10 - 23:10") over one entry gives it the slot\'s hours, over two none', () => {
  const r = read('- 学习计划\n\t- 7:30 - 8:30\n\t\t- 拉勾教育 - Go语言高级开发工程师课程\n\t- 14:00 - 15:00\n\t\t- 慕课网 - 数据结构与算法\n\t\t- 刷题训练营\n\t- 22: 10 - 23:10\n\t\t- Side projects\n', '学习计划.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null]), [['拉勾教育 - Go语言高级开发工程师课程', 1], ['慕课网 - 数据结构与算法', null], ['刷题训练营', null], ['Side projects', 1]]);
});

test('a timetable\'s slots of daily life ("8:10 洗漱之后准备早饭", "18:00 准备下班", "12:00 lunch") are no entries; a slot that holds study is one', () => {
  const r = read('1. 7:00 读java相关书籍\n\n2. 8:10 洗漱之后准备早饭\n\n3. 9:20 准备出门 公交上 复习excel函数\n\n4. 18:00 准备下班\n\n5. 12:00 lunch\n\n6. 13:00 review chapter 3\n');
  assert.deepEqual(titles(r), ['7:00 读java相关书籍', '9:20 准备出门 公交上 复习excel函数', '13:00 review chapter 3']);
});

test('tables of counts: a Total row is no entry, a Total column is each row\'s whole, a number under "Chapter" is "Chapter N", and a later table of the same rows is the same entries, its word the later one', () => {
  const r = read([
    '| Chapter | Discussion | Exercises | Total |', '|---|---|---|---|', '| 1 | 26/26 | 48/48 | 74/74 |', '| 2 | 22/22 | 0/54 | 22/76 |', '| 3 | 0/16 | 0/38 | 0/54 |', '| Total | 48/64 | 48/140 | 96/204 |', '',
    '## Later', '', '| Chapter | Discussion | Exercises | Total |', '|---|---|---|---|', '| 1 | 100% | 100% | 100% |', '| 2 | 100% | 40% | 65.5% |', '| 3 | 10% | 0% | 3% |', '| Total | 73% | 60% | 40.2% |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress && `${i.progress.done}/${i.progress.total} ${i.progress.unit}`]), [
    ['Chapter 1', 'done', '100/100 percent'], ['Chapter 2', 'doing', '65.5/100 percent'], ['Chapter 3', 'doing', '3/100 percent'],
  ]);
});

test('entries under a set of exercises ("Python Data Analysis Exercises") are tasks, whatever their words say', () => {
  const r = read('- [ ] Data Analysis Certification\n  - [ ] Python Data Analysis Exercises\n    - [x] Mean-Variance-Standard Deviation Calculator\n    - [ ] Build a Summary Report\n  - [x] Pandas Basics\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]).slice(2, 4), [['Mean-Variance-Standard Deviation Calculator', 'task'], ['Build a Summary Report', 'task']]);
});

test('among courses, an entry that calls itself a book is a book, and the topics of a course\'s part are topics, not courses', () => {
  const r = read('# Course history\n\n- [x]  Data visualisation book\n\n- [CS231n: Convolutional Neural Networks](http://cs231n.github.io/)\n    - [ ]  Neural Networks\n        - [x]  Backpropagation, intuitions\n        - [ ]  Linear classification: SVM, softmax\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['Data visualisation book', 'book'], ['CS231n: Convolutional Neural Networks', 'course'], ['Neural Networks', 'topic'], ['Backpropagation, intuitions', 'topic'], ['Linear classification: SVM, softmax', 'topic']]);
});

test('a line led by a verb in another language ("Menyelesaikan …", "Terminar …") is an instruction, as an English one is', () => {
  const r = read('## Day 9\n\nToday I did a little.\n\n### Target Besok\n\nMenyelesaikan freeCodeCamp project buat survey form\n\n---\n');
  assert.deepEqual(titles(r), ['Menyelesaikan freeCodeCamp project buat survey form']);
});

test('a board column\'s instruction in brackets ("- (Passar para cá o que já terminou)", "- (move here what you finish)") is no entry', () => {
  const r = read('## A fazer\n\n- Revisar fundamentos de SQL\n\n## ✅ Concluído\n\n- (Passar para cá o que já terminou)\n- (move here what you finish)\n- (Dune)\n');
  assert.deepEqual(titles(r), ['Revisar fundamentos de SQL', '(Dune)']);
});

test('a run of names one blank line apart keeps a name that links to the person\'s own page of notes ("[《增长黑客》](增长黑客.md)")', () => {
  const r = read('#### 已读书籍\n\n[《增长黑客》](增长黑客.md)\n\n《程序化广告实战》\n\n《Python数据科学手册》\n', '读书计划.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.links.length]), [['《增长黑客》', 'done', 1], ['《程序化广告实战》', 'done', 0], ['《Python数据科学手册》', 'done', 0]]);
});

test('a Russian plan: infinitives lead steps (to apply: a task; to figure out: a topic; to be able to: a skill), and a subject over "..." among subjects over steps is one still to plan', () => {
  const r = read('# MySQL\n\n1. Применить полученные знания в проектах\n2. Уметь писать оконные функции\n\n# MongoDB\n\n1. Разобраться как хранит данные\n2. Применить полученные знания в проектах\n\n# GraphQL\n\n...\n\n# Заметки\n\n- \n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [
    ['Применить полученные знания в проектах', 'task'], ['Уметь писать оконные функции', 'skill'],
    ['Разобраться как хранит данные', 'topic'], ['Применить полученные знания в проектах', 'task'], ['GraphQL', 'topic'],
  ]);
});

test('Logseq\'s one-line nesting ("- - DONE [简介](…)") is a task keyword\'s entry; the keyword says its status and leaves its title', () => {
  const r = read('- [**Bash 教程**](https://wangdoc.com/bash/)\n\t- - DONE [简介](https://wangdoc.com/bash/intro.html)\n\t- - TODO [变量](https://wangdoc.com/bash/variable.html)\n\t- TODO [目录堆栈](https://wangdoc.com/bash/stack.html)\n', '学习计划.md');
  assert.deepEqual(r.items.slice(1).map((i) => [i.title, i.status]), [['简介', 'done'], ['变量', 'todo'], ['目录堆栈', 'todo']]);
});

test('a to-do word before a line, emphasised or not ("*TODO*: …", "**DONE:** …"), says its status, however long the thing to do', () => {
  const r = read('Intro.\n\n*TODO*: turn this page into a small web app like [highlights](https://highlights.sawyerh.com) that can: show progress visually, give summary stats (genres read, ratings, notes, highlights)\n\n**DONE:** Git basics\n');
  assert.deepEqual(r.items.map((i) => [i.title.slice(0, 30), i.status]), [['turn this page into a small we', 'todo'], ['Git basics', 'done']]);
});

test('boxes a heading says mean bought ("읽을 책 목록(체크는 구매 여부)", "To read (checked = bought)") say nothing of reading: the shelf says the status', () => {
  const r = read('### 읽을 책 목록(체크는 구매 여부)\n\n- [X] 소프트웨어 장인\n- [ ] 데드라인\n\n### To read (checked = bought)\n\n- [x] Dune\n\n### Done\n\n- [x] SICP\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['소프트웨어 장인', 'todo'], ['데드라인', 'todo'], ['Dune', 'todo'], ['SICP', 'done']]);
});

test('a count in full-width brackets after a name ("课本（18/20）") is its progress, as "(18/20)" is', () => {
  const r = read('## 延世韩国语3\n\n- 课本（18/20） \n- 练习册【0/20】\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress && `${i.progress.done}/${i.progress.total}`]), [['课本', 'doing', '18/20'], ['练习册', 'todo', '0/20']]);
});

test('headings written in bullets over nothing ("- ### <a href=…>구명보트</a> ✅ - Level 2") are entries; an HTML link gives its words and its address; a mark before a dashed remark says the status', () => {
  const r = read('## ㄱ\n\n- ### <a href="https://programmers.co.kr/learn/courses/30/lessons/42885" target="_blank">구명보트</a> ✅ - Level 2\n- ### <a href="https://programmers.co.kr/learn/courses/30/lessons/43165">귤 고르기</a> - Level 2\n\n## ㄴ\n\n- ### Stack\n  - push and pop\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.links.length]), [['구명보트', 'done', 1], ['귤 고르기 - Level 2', 'todo', 1], ['push and pop', 'todo', 0]]);
});

test('a paragraph of three lines or more, two in three led by a verb, none long, is a to-do list written one a line, though some end in a full stop or hold a link', () => {
  const r = read('Finish the Vite guide, learn the difference between Webpack and Vite.\nStudy UI component library Element Plus\nExcalidraw research\nstudy Solidity: https://github.com/AdamBear/solidity-notes\n', 'study.txt');
  assert.deepEqual(titles(r), ['Finish the Vite guide, learn the difference between Webpack and Vite', 'Study UI component library Element Plus', 'Excalidraw research', 'study Solidity']);
  const prose = read('I started the course last week and it was hard.\nI read the first chapter twice before it made sense to me at all.\nThen I wrote some notes.\n', 'journal.txt');
  assert.deepEqual(titles(prose), []);
});

test('a heading that names a thing and ends with a mark ("## Building Agentic RAG with LlamaIndex ✅") is that thing, and its lessons share its status; a plan\'s span ("## Week 1 ✅") stays a section', () => {
  const r = read('## Building Agentic RAG with LlamaIndex ✅\n\n1. Router query engine\n2. Tool calling\n\n## Week 1 ✅\n\n- Closures\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]).slice(0, 3), [['Building Agentic RAG with LlamaIndex', 'done'], ['Router query engine', 'done'], ['Tool calling', 'done']]);
  assert.ok(!titles(r).some((t) => t.startsWith('Week')));
});

test('a day with its weekday in brackets alone on a bullet ("- 11-03 (금)", "- 11/04 (Sat)") is a schedule\'s day over its entries, not one; a bare "1-2" is still an entry', () => {
  const r = read('## 계획\n\n- 11-03 (금)\n    - Python 정리\n- 11/04 (Sat)\n    - Django 강의\n- 1-2\n');
  assert.deepEqual(titles(r), ['Python 정리', 'Django 강의', '1-2']);
});

test('a later table\'s rows read as they would first: a flag column\'s "x" before its first "O" keeps its own sense', () => {
  const second = '| Book | Read |\n|---|---|\n| Alpha | x |\n| Beta | O |\n| Gamma | X |\n';
  const alone = read(second).items.map((i) => [i.title, i.status]);
  const after = read(`| Course | Status |\n|---|---|\n| SQL | done |\n\n${second}`).items.slice(1).map((i) => [i.title, i.status]);
  assert.deepEqual(after, alone);
  assert.deepEqual(alone.map((r) => r[0]), ['Alpha', 'Beta', 'Gamma']);
});

test('a page of queries (Dataview, Tasks) under headings and fields shows other notes\' entries and holds none; beside a list of its own, the list is read', () => {
  const views = read([
    '---', 'type: book', '---', '%%cssClass: cards%%', '## Reading now', '**status:** ==wip==', '', '```dataview', 'TABLE author, start', 'WHERE type = "book" AND status = "wip"', '```', '',
    '## Done', 'status:: done', '```tasks', 'done', '```', '',
  ].join('\n'), 'books.md');
  assert.deepEqual(views.items, []);
  const mixed = read(['## Reading now', '```dataview', 'LIST FROM #book', '```', '', '## Next', '- [ ] Dune', '- [ ] Hyperion'].join('\n'), 'books.md');
  assert.deepEqual(mixed.items.map((i) => i.title), ['Dune', 'Hyperion']);
});

test('"Read" beside a queue of things to read is the shelf of what was read, a remark in brackets after it or not', () => {
  const r = read(['### Queue', '- Attention Is All You Need ~ Vaswani et al.', '', '### Read (no writeup)', '- Layer Normalization ~ Ba et al.', '', '### Read', '- Adam: A Method for Stochastic Optimization ~ Kingma and Ba'].join('\n'), 'papers.md');
  assert.deepEqual(r.items.map((i) => i.status), ['todo', 'done', 'done']);
});

test('a heading that names one work over notes on it is the work; the notes are not work; with its chapters boxed under it, the chapters are read', () => {
  const org = read(['* 我的读书笔记', '', '** 《思考，快与慢》  --丹尼尔.卡尼曼', '*** 双系统模型', '  1. 系统一负责快速直觉的判断', '  2. 系统二负责缓慢费力的推理', '*** 损失厌恶', '	+ 损失带来的痛苦大约是收益带来的快乐的两倍', '* 其他'].join('\n'), 'reading.org');
  assert.deepEqual(org.items.map((i) => [i.source.line, i.kind]), [[3, 'book']]);
  const md = read(['# Reading', '', '## Thinking, Fast and Slow -- Daniel Kahneman', '### Two systems', '1. System one is fast and intuitive', '2. System two is slow and effortful', '',
    '## 《深入理解计算机系统》', '- [x] 第1章 计算机系统漫游', '- [ ] 第2章 信息的表示和处理', '', '## MIT 6.824 — Distributed Systems', '- Raft', '- MapReduce'].join('\n'), 'reading.md');
  assert.deepEqual(md.items.map((i) => i.source.line), [3, 9, 10, 13, 14]);
  assert.equal(md.items[0]!.kind, 'book');
});

test('a phase of a plan with nothing listed under it, only prose, is that phase\'s work; a phase over its entries, or a day over a diary\'s prose, is read as before', () => {
  const r = read(['## Curriculum', '', '### Stage 1 — Summary lectures', '**9/5 ~ 9/7 (3 days)**', '', 'Watch the free summary videos at 1.5x speed.', 'Do not try to understand everything.', '',
    '### 2단계 — 과년도 기출 1회독', '**9/8 ~ 9/12 (5일)**', '', '하루 3~4회분씩 기출을 푼다.', '', '### Phase 3 — Mock tests', '- [ ] Take mock test 1', '- [ ] Take mock test 2', '', '### Day 4', 'Read about B-trees and wrote notes.'].join('\n'), 'plan.md');
  assert.deepEqual(r.items.filter((i) => i.source.line < 17).map((i) => [i.source.line, i.source.endLine]), [[3, 7], [9, 12], [15, 15], [16, 16]]);
});

test('an open box whose words lead with where it stands: "(in progress) Learn Go" is under way; "Read 6 books on …" is about books', () => {
  const r = read(['# Goals', '- [ ] (in progress) Take a class in ML and AI', '  - [ ] [WIP] Learn Rust', '- [x] (in progress) Learn Go', '- [ ] (dropped) Learn C', '- [ ] Read 6 books on the subject', '- [ ] Read at least 30 books in 2027'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Take a class in ML and AI', 'doing'], ['Learn Rust', 'doing'], ['Learn Go', 'done'], ['Learn C', 'skipped'], ['Read 6 books on the subject', 'todo'], ['Read at least 30 books in 2027', 'todo']]);
  assert.deepEqual(r.items.slice(4).map((i) => i.kind), ['book', 'book']);
});

test('a paragraph a line, each a subject and what it takes in, in brackets, closed by a full stop: a list of topics; sentences stay prose', () => {
  const r = read(['Pronoms relatifs simples (qui, que, où, dont).', '', 'Imparfait (formation, être irrégulier, emplois : description, habitude).', '', 'Expressions de quantité (beaucoup de, un peu de).'].join('\n'), 'objectifs.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind]), [[1, 'topic'], [3, 'topic'], [5, 'topic']]);
  const prose = read(['The course was long (twelve weeks).', '', 'I read the book twice (in March).', '', 'Lectures are recorded (mostly).'].join('\n'));
  assert.equal(prose.items.length, 0);
});

test('a day of the plan with its parts under headings of their own is the unit of work; a sentence saying what the list holds gives its kind', () => {
  const days = read(['# Plan', '', '## Day1：3章 ファイルシステム', '', '### 学習内容', '- mount / umount', '- df -h', '', '## Day 2: Shell scripts', '', '### Content', '- for loops'].join('\n'));
  assert.deepEqual(days.items.map((i) => [i.source.line, i.kind]), [[3, 'task'], [6, 'topic'], [7, 'topic'], [9, 'task'], [12, 'topic']]);
  assert.equal(days.items[1]!.parent, days.items[0]!.id);
  const ideas = read(['# Introduction', '', 'This is a list of project ideas that are meant for practicing in Go.', '', '| # | Difficulty | Status | Description |', '|---|---|---|---|',
    '| 1 | Beginner | Not Started | Rock Paper Scissors over the terminal |', '| 2 | Beginner | Not Started | Hangman with a random word list |'].join('\n'));
  assert.deepEqual(ideas.items.map((i) => i.kind), ['project', 'project']);
  const papers = read(['# Project ideas', '- Read the MapReduce paper', '- A paper on Raft'].join('\n'));
  assert.deepEqual(papers.items.map((i) => i.kind), ['paper', 'paper']);
  // "Most of the books below…": the list named as it is pointed to, down to its sub-sections.
  const below = read(['## Read', '', 'Most of the books below have been on my to-read list for a while.', '', '#### Infrastructure (2/6)', '',
    '- [X] Certified Kubernetes Application Developer(CKAD) Study Guide: Benjamin Muschko.', '- [ ] Kubernetes Best Practices: Blueprints for Building Successful Applications.'].join('\n'));
  assert.deepEqual(below.items.map((i) => i.kind), ['book', 'book']);
  // Without the sentence, the heading "Read" alone says no kind (a month's "Read" lists articles as often).
  assert.notDeepEqual(read(['## Read', '', '#### Infrastructure', '', '- [ ] Kubernetes Best Practices: Blueprints for Building Successful Applications.'].join('\n')).items.map((i) => i.kind), ['book']);
});

test('a run of headings that are each one link, over words about each, in a note of books: each heading is a book, the words its notes', () => {
  const r = read(['# 今年読んだ技術書', '', '## プログラミング', '',
    '### [【改訂新版】 良いコード/悪いコードで学ぶ設計入門 [保守しやすい 成長し続けるコードの書き方]](https://gihyo.jp/book/x)', '',
    '技術評論社（2022年4月30日発売） / [Amazon](https://amazon.co.jp/dp/1)', '悪いコードの例から学ぶ本。', '',
    '### [ピープルウエア - ヤル気こそプロジェクト成功の鍵](https://bookplus.nikkei.com/x)', '',
    '日経BP / [Amazon](https://amazon.co.jp/dp/2)', 'マネジメントの古典。', ''].join('\n'), 'books_read_in_2023.md');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind, i.status, i.links.length]), [[5, 'book', 'done', 2], [10, 'book', 'done', 2]]);
  // One linked heading alone is no run: a section, as before.
  assert.deepEqual(read('# Books\n\n## [Clean Code](https://example.org/cc)\n\n- chapter notes\n- more notes\n').items.filter((i) => i.source.line === 3).length, 0);
});

test('a mock exam is practice in every language; a row of a plan by days is that day\'s work', () => {
  const mocks = read(['# Settimana 3', '- [ ] 🧪 Prima prova simulata completa', '- [ ] 모의고사 2회', '- [ ] Egzamin próbny nr 1', '- [ ] Probeklausur', '- [ ] Пробный экзамен'].join('\n'));
  assert.deepEqual(mocks.items.map((i) => i.kind), ['task', 'task', 'task', 'task', 'task']);
  const days = read(['# Tydzień 1', '', '| Dzień | Materiał | Zadanie |', '|---|---|---|', '| 1 | Notatki: rozdz. 1–2 (egzamin) | Przeczytaj 2×. |', '| 2 | Notes: ch. 3 (right of way) | Test |', '| 3 | Review | [SICP](https://example.org/sicp) |'].join('\n'));
  assert.deepEqual(days.items.map((i) => [i.source.line, i.kind]), [[5, 'task'], [6, 'task'], [7, 'book']]);
});

test('a step led by a noun of doing, as Romance, German and Polish plans write them, is a task', () => {
  const r = read(['# Settimana 2', '- [ ] Verifica delle soglie di affidamento aggiornate', '- [ ] Revisión de los apuntes del tema 3', '- [ ] Préparation de l\'oral', '- [ ] Powtórka rozdz. 3 i 6', '- [ ] Vorbereitung der Präsentation'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['task', 'task', 'task', 'task', 'task']);
});

test('a status cell\'s words decide over its mark: "🔄 To Start" is still to do', () => {
  const r = read(['| Month | Topic | Status | Hours |', '|---|---|---|---|', '| 1 | Linux Basics | ⏳ In Progress | 40 |', '| 2 | Bash + Git | 🔄 To Start | 60 |', '| 3 | Docker | 🔄 | 50 |'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.status), ['doing', 'todo', 'doing']);
});

test('under a heading that is a day alone, a diary\'s paragraphs are the day\'s log, not entries; its boxes still are', () => {
  const r = read(['完成情况：', '', '- [x] lab01', '- [ ] hw03', '', '#### 2022/3/6', '', 'lab01也做完了', '', 'lab00只是配环境，也算是完了', '', 'lab02还有点小问题', '', '#### 2022/3/13', '', '完成hw3第二部分', '- [ ] Ask about hw04'].join('\n'), '学习记录.md');
  assert.deepEqual(r.items.map((i) => i.title), ['lab01', 'hw03', 'Ask about hw04']);
});

test('a table row with a share and the count it was worked out from takes the count, in the unit its title names', () => {
  const r = read(['## Progress', 'Type | Quantity | Completion', ':--- | :---: | :---:', 'Lectures | 26 / 39 | **67%**', 'Labs | 3 / 7 | **43%**', 'Reading | 2 / 9 | **50%**'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.progress), [{ done: 26, total: 39, unit: 'lecture' }, { done: 3, total: 7, unit: 'lab' }, { done: 50, total: 100, unit: 'percent' }]);
});

test('"Achievements", "Logros", "成就" over a list: the goals reached or to reach, when no other kind is named', () => {
  const r = read(['## 🏆 Logros', '', '- [x] Terminar primera clase', '- [ ] Memorizar 50 palabras nuevas', '', '# Training, Courses, Achievements & Conferences', '- Scrum master training'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['milestone', 'milestone', 'course']);
});

test('a numbered entry named, then after its colon what it covers, sentences long, is judged by its name', () => {
  const r = read(['## Building Agentic RAG with LlamaIndex ✅', '', '1. Router query engine: dato un documento, creiamo due indici e un router che sceglie quale usare in base alla domanda.', '2. Tool calling: trasformiamo funzioni python e query engine in tool e lasciamo che il modello scelga il tool.', '3. Note: this course was recorded in 2023 and some of the library calls have changed since then.'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.source.line), [1, 3, 4]);
});

test('a diary day named by its number and a date in words ("Dia 2: Agosto 11, Quinta-feira, 2022") records what was done; a day named for a topic is a plan\'s', () => {
  const r = read(['## Dia 2: Agosto 11, Quinta-feira, 2022', '', '*Espanhol*', '- Babbel', '- Podcast em espanhol', '', '## Day 9: What is Generative AI (July 8th, 2024)', '- Read the overview', '', '## Dia 9: Dezembro 11, Sexta-feira, 2027', '- Python'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Babbel', 'done'], ['Podcast em espanhol', 'done'], ['Read the overview', 'todo'], ['Python', 'todo']]);
});

test('a Month column ("Tháng", "Mes", "月") dates its rows: a month gone by is when they were finished', () => {
  const r = read(['| Tháng | Sách |', '| --- | --- |', '| 01-2024 | [chien-binh-cau-vong](./chien-binh-cau-vong.md) |', '| 2024-03 | Thanh tri |', '| 12-2027 | Bup be |'].join('\n'), 'reading-challenge.md');
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'done', 'todo']);
});

test('a table of project ideas named in another language ("Proje Fikri", "Ideas de proyecto") lists projects', () => {
  const r = read(['| Dil | Proje Fikri |', '|---|---|', '| Java | DSA soru havuzu çözümleri |', '| Go | gRPC tabanlı mesajlaşma servisi |'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['DSA soru havuzu çözümleri', 'project'], ['gRPC tabanlı mesajlaşma servisi', 'project']]);
});

test('a span of the plan ticked off as a heading ("### ✅ Week 1") keeps its bullets as its work; a book ticked off keeps them as notes', () => {
  const r = read(['### ✅ Week 1 (3–9 June)', '', '- Java syntax basics', '- HackerRank Easy strings', '', '### ✅ HAFTA 2', '- Go slices & maps', '', '### ✅ Clean Code', '- great book on naming'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.source.line), [1, 3, 4, 6, 7, 9]);
  assert.equal(r.items[1]!.parent, r.items[0]!.id);
});

test('a short label saying the status ("Currently reading:", "Just finished:", "On deck:", "… the DNF pile:") leaves the name alone as the title; an activity word or a name with a dash before a colon does not', () => {
  const r = read(['## Books', '- Currently reading: Choice of the Deathless', '- Just finished: Leviathan Falls by James S.A. Corey', '- On deck: Mistborn: The Final Empire', '- Recently threw on the DNF pile: Thinking, Fast and Slow', '- Steve McConnell - Code Complete: A Practical Handbook', '- [ ] read: https://example.org/2019/one-buffer/', '- Arch:', '  - Reading: 1hr'].join('\n'));
  const at = (line: number): Item => r.items.find((i) => i.source.line === line)!;
  assert.deepEqual([2, 3, 4, 5].map((l) => [at(l).title, at(l).status]), [['Choice of the Deathless', 'doing'], ['Leviathan Falls by James S.A. Corey', 'done'], ['Mistborn: The Final Empire', 'todo'], ['Thinking, Fast and Slow', 'skipped']]);
  assert.equal(at(2).kind, 'book');
  assert.match(at(6).title, /^Steve McConnell - Code Complete/);
  assert.equal(at(6).status, 'todo');
  assert.notEqual(at(7).status, 'done');
  assert.ok(!r.items.some((i) => i.title === '1hr'));
});

test('a paragraph of records whose parts a semicolon divides ("Title; Author; 2016/9/1 - 2016/9/28") is a list: the first part names each, an ended span says done, one ended "TBD" under way, a part left out on one line still counts', () => {
  const r = read(['The Emperor of All Maladies; Siddhartha Mukherjee 2017/02/02 - 2017/03/01', 'The Soul of a New Machine; Tracy Kidder; 2016/11/20 - 2016/12/30', 'In the Beginning Was the Command Line; Neal Stephenson; 2015/7 - TBD', 'Seveneves (Part 1); Neal Stephenson; 2016/7/30 - 2016/8/25'].join('\n'), 'reading-list.txt');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [
    ['The Emperor of All Maladies', 'book', 'done'],
    ['The Soul of a New Machine', 'book', 'done'],
    ['In the Beginning Was the Command Line', 'book', 'doing'],
    ['Seveneves (Part 1)', 'book', 'done'],
  ]);
});

test('a heading over a paragraph about it and the person\'s rating ("Rating: 4/5", "Đánh giá: :star::star::star:", "★★★★☆") names a work they finished; a heading over a rating of something else inside a list does not', () => {
  const r = read(['# April reading log', '', '## 10. Noise - Daniel Kahneman', '', 'Bought it for the name; not as good as the first one.', '', 'Rating: 3/5', '', '## 11. Hoàng tử bé - Antoine de Saint-Exupéry', '', 'Năm nào mình cũng đọc cuốn này ít nhất một lần, nên coi như là đang đọc lại thôi.', '', 'Đánh giá: :star::star::star::star::star: (đọc lại)', '', '## Overview', '', '★★★★☆'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind, i.status]), [[3, 'book', 'done'], [9, 'book', 'done']]);
  assert.match(r.items[0]!.title, /^Noise/);
});

test('a day named by its number alone in a Day column ("| [1](./Day1.md) | 3 | 栈 ——— 括号匹配 |") is that day and what it held; a heading that is "template" in another language ("## 模板：") holds a form, not work', () => {
  const r = read(['## 练习日历', '', '| Day | 题目数 | 学到的知识点 |', '| :--- | :--- | :--- |', '| [1](./Daily_Records/Day1.md) | 3 | 栈 ——— 括号匹配，最小栈 |', '| [2](./Daily_Records/Day2.md) | 3 | 队列 ——— 循环队列 |', '', '## 模板：', '- **题目 n**：[]()', '  1.'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Day 1: 栈 ——— 括号匹配，最小栈', 'Day 2: 队列 ——— 循环队列']);
  assert.equal(r.items[0]!.links.length, 1);
});

test('authors named first as a citation names them ("Jane B. Reece, Lisa A. Urry - Campbell Biology", "J. R. R. Tolkien — The Hobbit") leave the work as the name, a book; without an initial the order is unknown and the line stays whole', () => {
  const r = read(['## Shelf', '- Jane B. Reece, Lisa A. Urry, Michael L. Cain - Campbell Biology', '- J. R. R. Tolkien — The Hobbit', '- Machine Learning - Andrew Ng', '- Week 1 - Intro to R. Programming'].join('\n'));
  const byLine = [...r.items].sort((a, b) => a.source.line - b.source.line);
  assert.deepEqual(byLine.map((i) => i.title), ['Campbell Biology', 'The Hobbit', 'Machine Learning - Andrew Ng', 'Week 1 - Intro to R. Programming']);
  assert.equal(byLine[1]!.kind, 'book');
});

test('in a note of boxes, a heading that announces work ("## Next Goals", "## Prochains objectifs") over a part with no box holds entries, not remarks; a target in the singular inside a field ("Banda objetivo: _ / 9") announces nothing', () => {
  const boxes = ['## Lundi', '- [x] Installation de Node.js', '- [x] Variables', '- [x] Premiers exercices', '## Mardi', '- [x] Chaînes', '- [x] Console'];
  for (const heading of ['## Next Goals', '## Prochains objectifs']) {
    const r = read([...boxes, '', heading, '- Handle errors better with try/catch', '- Mieux gérer les erreurs'].join('\n'));
    assert.deepEqual(r.items.filter((i) => i.source.line > 9).map((i) => i.source.line), [10, 11], heading);
  }
});

test('a session whose steps are all ticked is done, one partly ticked under way; a ticked step named by an activity ("- [x] Read") is a step, not the status of the session; a heading that labels a project ("### Project: URL shortener") over its boxes is the project, its boxes its steps', () => {
  const r = read(['### Session 3: Structs', '- [x] Read chapter', '- [x] Exercises', '', '### Session 4: Enums', '- [x] Read', '- [ ] Exercises', '', '### Project: URL shortener', '- [ ] Database schema', '- [x] API'].join('\n'));
  const at = (line: number): Item | undefined => r.items.find((i) => i.source.line === line);
  assert.equal(at(1)!.status, 'done');
  assert.equal(at(5)!.status, 'doing');
  assert.equal(at(6)!.status, 'done');
  assert.equal(at(6)!.parent, at(5)!.id);
  assert.equal(at(9)!.kind, 'project');
  assert.equal(at(10)!.parent, at(9)!.id);
  assert.equal(at(10)!.kind, 'task');
});

test('a book whose listed chapters are all ticked is still under way: the list may hold only the chapters read so far', () => {
  const r = read(['## Books', '- Operating Systems: Three Easy Pieces', '  - [x] Ch. 4', '  - [x] Ch. 5'].join('\n'));
  assert.equal(r.items.find((i) => i.source.line === 2)!.status, 'doing');
});

test('a count with no unit counts what the title names last, or a book\'s chapters or pages', () => {
  const r = read([
    '## Books', '- Types and Programming Languages [7/32]', '- The Art of Computer Programming [212/650]', '- The Chronicles of Narnia [3/3]',
    '', '## Certificates', '- [ ] Responsive Web Design Projects (1/5)', '- [ ] Basic CSS (44/44)',
  ].join('\n'));
  assert.deepEqual(byTitle(r, 'Types and Programming Languages').progress, { done: 7, total: 32, unit: 'chapter' });
  assert.deepEqual(byTitle(r, 'The Art of Computer Programming').progress, { done: 212, total: 650, unit: 'page' });
  assert.equal(byTitle(r, 'The Chronicles of Narnia').progress?.unit, 'part');
  assert.deepEqual(byTitle(r, 'Responsive Web Design Projects').progress, { done: 1, total: 5, unit: 'project' });
  assert.equal(byTitle(r, 'Basic CSS').progress?.unit, 'part');
});

test('bare addresses under a label that says what they are ("-- Book", "## Courses") are entries; under no such label they are not', () => {
  const r = read(['-- Book', 'https://gobyexample.com/', 'https://go.dev/doc/effective_go', '', '-- Notes', 'https://example.org/some/page', ''].join('\n'), 'links.txt');
  assert.deepEqual(r.items.map((i) => [i.source.line, i.kind]).sort((a, b) => Number(a[0]) - Number(b[0])), [[2, 'book'], [3, 'book']]);
  assert.deepEqual(r.items.map((i) => i.path.at(-1)), ['Book', 'Book']);
  // (On a reading list named by its file, a web page is an article, as under a heading "Reading list".)
  const list = read(['-- Docs', 'https://pkg.go.dev/about', 'https://pkg.go.dev/fmt', ''].join('\n'), 'go/reading_list.txt');
  assert.deepEqual(list.items.map((i) => i.kind), ['article', 'article']);
  // ("Standard Library" names code, not a shelf of books.)
  const std = read(['-- Standard Library', 'https://pkg.go.dev/fmt', ''].join('\n'), 'go/reading_list.txt');
  assert.deepEqual(std.items.map((i) => i.kind), ['article']);
});

test('the boxes under a box that is a task are its steps, tasks, where their own words name no kind', () => {
  const r = read(['- [ ] Write report', '  - [ ] intro to wav2vec (Omar)', '  - [ ] error analysis', '  - [ ] Study the rubric', '- [ ] Distributed systems', '  - [ ] Raft'].join('\n'));
  const kinds = Object.fromEntries(r.items.map((i) => [i.title, i.kind]));
  assert.equal(kinds['intro to wav2vec (Omar)'] ?? kinds['intro to wav2vec'], 'task');
  assert.equal(kinds['error analysis'], 'task');
  // (A step that says it is to learn stays a topic; under a topic, a box is what its words say.)
  assert.equal(kinds['Study the rubric'], 'topic');
  assert.equal(kinds['Raft'], 'topic');
});

test('a status word said not so is not that status: "(not finished)" is under way, "(not done)" says nothing', () => {
  const r = read(['## Reading', '- Count Change (not finished)', '- Macros (not done)', '- Pset (not completed)', '- Pset 2 (completed)'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.status), ['doing', 'todo', 'doing', 'done']);
});

test('where only what is unfinished is marked ("not yet", "not finished"), the bare entries are done, up to a heading of work ahead', () => {
  const text = ['## Week 3', '- Lab 3: Tree Recursion', '- Hog', '- Count Change (not finished)', '## Week 4', '- Lab 4: Lists', '- Autocorrect', '- Trees (not yet)', '## not yet', '## Week 10', '- Watch the lecture on regex'].join('\n');
  const status = Object.fromEntries(read(text).items.map((i) => [i.title.replace(/ \(.*\)$/, ''), i.status]));
  assert.deepEqual(status, { 'Lab 3: Tree Recursion': 'done', Hog: 'done', 'Count Change': 'doing', 'Lab 4: Lists': 'done', Autocorrect: 'done', Trees: 'todo', 'Watch the lecture on regex': 'todo' });
  // (Where some entry is marked done, bare means not done yet; and a box anywhere says so too.)
  const marked = read(['- Git course - Done!', '- Shell course - Started, incomplete', '- Git branching - Started, incomplete', '- SoloLearn Bash', '- The Missing Semester'].join('\n'));
  assert.equal(marked.items.find((i) => i.title === 'SoloLearn Bash')?.status, 'todo');
});

test('German tells what was done with its participle last ("… installiert", "… angelegt"), begun with "begonnen"; "Nächstes Mal:" is a task ahead', () => {
  const r = read(['## 09.03.2026', '- Codeberg-Konto angelegt, erster Push durch', '- Grundkurs Teil 1 begonnen, Video bis 38:20', '- Naechstes Mal: Video ab 38:20 weiter', '- Urlaub geplant', '- Terminal (npm = gereedschapskist)'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.kind, i.status]), [['task', 'done'], ['task', 'doing'], ['task', 'todo'], ['topic', 'todo'], ['topic', 'todo']]);
  assert.equal(r.items[2]!.title, 'Video ab 38:20 weiter');
});

test('a line that opens struck out and goes on is the struck words, the rest how it ended; a Python line of code is no entry', () => {
  const r = read(['## Questions', '- [x] ~~How many CONTROL samples are needed?~~ All of the run, for now.', '- [ ] ~~Read SICP~~ switched to HtDP', '', '### To read the records', 'records = SeqIO.parse("name-of-file", "fastq")', 'firstrec = next(records)'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['How many CONTROL samples are needed?', 'done'], ['Read SICP', 'skipped']]);
});

test('"(done with 3/6)" at the end of an entry is a count of its parts, as "(3/6)" is', () => {
  const it = read('## Week 5\n- Lab 5: Iterators (done with 3/6)\n').items[0]!;
  assert.deepEqual([it.title, it.status, it.progress], ['Lab 5: Iterators', 'doing', { done: 3, total: 6, unit: 'part' }]);
});

test('in a list that is mostly things to do, an entry whose words name no kind is one more ("- Documentation" among "- Fix …", "- Write …")', () => {
  const r = read(['## Sprint', '- Fix the login bug', '- Write tests for the parser', '- Refactor the CLI', '- Documentation', '', '## Ideas', '- Fix the login bug again', '- Category theory', '- Type systems', '- Compilers'].join('\n'));
  const kinds = Object.fromEntries(r.items.map((i) => [i.title, i.kind]));
  assert.equal(kinds['Documentation'], 'task');
  assert.equal(kinds['Category theory'], 'topic');
});

test('a run of titles with a long one among them reads as the runs beside it, under labels of the same form', () => {
  const parts = (first: string[]): string => [
    'Part 1: Foundations of Networking', '', ...first, '',
    'Part 2: Go Fundamentals', '', 'Toolchain setup & first program', 'Slices, maps, structs', 'Interfaces & embedding', '',
    'Part 3: Building Services in Go', '', 'net/http basics', 'Database access with pgx', 'Migrations done properly', '',
  ].join('\n');
  const long = ['How packets travel & what the OSI layers really mean', 'DNS resolution & how names become addresses', 'IP addressing & subnetting'];
  assert.deepEqual(read(parts(long), 'plan.txt').items.map((i) => i.source.line).sort((a, b) => a - b), [3, 4, 5, 9, 10, 11, 15, 16, 17]);
  // A sentence among them is no title: that run stays prose.
  const sentence = ['I spent the first week reading about how packets travel across the internet.', 'DNS resolution & how names become addresses', 'IP addressing & subnetting'];
  assert.deepEqual(read(parts(sentence), 'plan.txt').items.map((i) => i.source.line).sort((a, b) => a - b), [9, 10, 11, 15, 16, 17]);
  // Alone, with no runs of titles beside it, the run with the long line stays out.
  assert.deepEqual(read(['Part 1: Foundations of Networking', '', ...long, ''].join('\n'), 'plan.txt').items.length, 0);
});

test('an org headline at the top with nothing under it is a to-do when the other top headlines carry keywords', () => {
  const todos = ['* DONE Kata.Identity', '  CLOSED: [2021-03-06 Sat 10:42]', '* DONE Kata.Either', '* Kata.Mappable', '* Kata.Applicable', ''].join('\n');
  assert.deepEqual(read(todos, 'progress.org').items.map((i) => [i.source.line, i.status]), [[1, 'done'], [3, 'done'], [4, 'todo'], [5, 'todo']]);
  // One keyword among them does not make the file a to-do list: top headlines stay headings.
  const notes = ['* TODO Read the manual', '* Ideas', '* Links', ''].join('\n');
  assert.deepEqual(read(notes, 'notes.org').items.map((i) => i.source.line), [1]);
});

test('an org keyword spelled with an underscore, IN_PROGRESS, is begun, declared or not', () => {
  assert.deepEqual(read('* IN_PROGRESS Learn You a Haskell\n* DONE SICP\n', 'books.org').items.map((i) => i.status), ['doing', 'done']);
  assert.deepEqual(read('#+TODO: TODO IN_PROGRESS WAITING DONE\n* IN_PROGRESS Learn You a Haskell\n', 'books.org').items.map((i) => i.status), ['doing']);
});

test("a status badge on the note's title says where the page stands, not each entry in it", () => {
  assert.deepEqual(read('# Interview Prep (WIP)\n\nMy notes.\n\n* [ ] Binary Tree\n* [x] Segment Tree\n* Heaps\n').items.map((i) => i.status), ['todo', 'done', 'todo']);
  // The title's own words still say it, and a badge on a section below the title still counts.
  assert.deepEqual(read('# Currently reading\n\n* Dune\n').items.map((i) => i.status), ['doing']);
  assert.deepEqual(read('# Plan\n\n## Machine Learning (Ongoing)\n\n* Andrew Ng course\n').items.map((i) => i.status), ['doing']);
});

test('a form filled in once a unit, the same fields under each heading, is a record: the heading one entry, done when its result is written', () => {
  const unit = (n: number, name: string, filled: boolean): string[] => [`## TP0${n} — ${name}`, '', `- Hypothèse :${filled ? ' types de colonnes mal lus' : ''}`, `- Action :${filled ? ' CSV relu, types corrigés' : ''}`, `- Résultat :${filled ? ' le notebook est disponible sur http://127.0.0.1:8888/' : ''}`, ''];
  const r = read(['# Suivi', '', ...unit(0, 'Diagnostic', true), ...unit(1, 'Installer', true), ...unit(2, 'Pandas', false), ...unit(3, 'Graphiques', false)].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.source.line, i.status]), [[3, 'done'], [9, 'done'], [15, 'todo'], [21, 'todo']]);
  // Fields filled in under one heading only are that heading's notes, not a form: its lines stay as they read.
  const once = read(['# Suivi', '', ...unit(0, 'Diagnostic', true)].join('\n'));
  assert.ok(!once.items.some((i) => i.source.line === 3 && i.status === 'done'));
});

test('a front matter category over a page of many linked things files the page; it does not make the page one thing', () => {
  const page = ['---', 'title: "Book plans"', 'category:', ' - books', '---', '', '## To read', '',
    ...['Pro Git', 'SICP', 'Clean Code', 'Fluent Python', 'On Lisp'].map((b, k) => `* [${b}](https://example.org/book/${k})`), ''].join('\n');
  assert.deepEqual(read(page, 'site/to-read.md').items.map((i) => i.title), ['Pro Git', 'SICP', 'Clean Code', 'Fluent Python', 'On Lisp']);
});

test("a day's record of work done, \"**Today's Progress**\", makes what is under it or after it done", () => {
  const listed = read(['### Day 04: Mar 11th', '', "**Today's Progress**:", '', '1. Clear Anki', '2. Python OOP Exercises', ''].join('\n'));
  assert.deepEqual(listed.items.map((i) => [i.title, i.status]), [['Clear Anki', 'done'], ['Python OOP Exercises', 'done']]);
  const inline = read(['### Day 1: March 02, 2021', '', "**Today's Progress**: Patched the habit-tracker CLI in Go. Added a flag.", '', '**Thoughts:** Enjoyed it.', '', '**Link(s) to work**: [commit](https://github.com/x/y/commit/1)', ''].join('\n'));
  assert.deepEqual(inline.items.map((i) => [i.source.line, i.kind, i.status, i.links.length]), [[3, 'task', 'done', 1]]);
  // Another field of the day is no entry.
  assert.equal(read('### Day 1\n\n**Thoughts:** Enjoyed it, I should push myself.\n').items.length, 0);
});

test('a heading whose fields say where it stands ("- Estado: …"), the form repeated under its siblings, is one entry', () => {
  const unit = (n: number, name: string): string[] => [`### ${n}. ${name} 🟡`, '- Estado: Explicado, ejercicios con errores', `- Ejercicios: ${n}/7 correctos`, ''];
  const r = read(['## Temas', '', ...unit(1, 'Números reales'), ...unit(2, 'Funciones'), ...unit(3, 'Límites')].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.source.line, i.title, i.status]), [[3, 'Números reales', 'doing'], [7, 'Funciones', 'doing'], [11, 'Límites', 'doing']]);
  // Without a status field, two fields are a plan's parts, read as before.
  const plan = read(['### Week 1', '- Morning: arrays and hashing', '- Evening: ten easy problems', '', '### Week 2', '- Morning: trees', '- Evening: graph problems', ''].join('\n'));
  assert.ok(plan.items.length >= 4);
});

test("a week's review in Japanese or Korean is no work, and a heading joined with next week's goals still holds them", () => {
  const r = read(['## 良かったこと', '- 毎朝5時半に起きて1時間は机に向かえた', '## 悪かったこと', '- 水曜と木曜に残業が続いた', '## 感想・来週の目標', '- 来週はAWSの模擬試験を1回分解き切りたい', '- Reactのチュートリアルを最後まで終わらせる', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => i.source.line), [6, 7]);
  assert.equal(read('## 잘한 점\n- 매일 아침 공부했다\n- 알고리즘 문제를 풀었다\n').items.length, 0);
});

test('a formula in the notes ("VAR = SS / (n-1)") is no entry; a box with an equals sign still is', () => {
  const r = read(['Ways to measure spread:', '- VAR (Sample Variance):', '  - VAR = SS / (n-1)', '- SD (Standard Deviation):', '  - SD = √VAR', '- [ ] Prove x = y for the toy case', ''].join('\n'));
  assert.ok(!r.items.some((i) => i.source.line === 3 || i.source.line === 5));
  assert.ok(r.items.some((i) => i.source.line === 6));
});

test('a few words before a colon that name a kind in another language say what the entry is ("Vídeo extra no YouTube: …")', () => {
  const r = read('**Estudo:**\n- [ ] Vídeo extra no YouTube: “BigQuery in a Minute”\n- [ ] Livro: “Código Limpo”\n- [ ] Anotar exemplos e comparações\n');
  assert.deepEqual(r.items.slice(0, 2).map((i) => i.kind), ['video', 'book']);
});

test('what follows a question in a list of questions is its answer, and the question so answered is done', () => {
  const under = read(['# Lernziele', '', '- **Was ist eine Funktion und eine Halbordnung?**', '', '   1. Funktion: Eine Relation, die jedem Element genau ein Bild zuordnet.', '   2. Halbordnung: Reflexiv, antisymmetrisch und transitiv.', '',
    '- **Was sind injektive und surjektive Funktionen? Welche Folgerungen gelten hierfür?**', '', '   1. Injektiv: verschiedene Urbilder haben verschiedene Bilder.', '',
    '- **Welche Eigenschaften von Relationen gibt es?**', '', '   1. Reflexivität', '   2. Symmetrie', ''].join('\n'));
  assert.deepEqual(under.items.map((i) => [i.source.line, i.kind, i.status]), [[3, 'question', 'done'], [8, 'question', 'done'], [12, 'question', 'done']]);
  const after = read(['### Questions', '', '1. Why use a gateway at all?', '- every job needs its own open port on every client', '', '2. How does it work?', '- use a system job to run the traefik gateway, a proxy that reads the consul catalog', '- register a consul service for your tasks', ''].join('\n'));
  assert.deepEqual(after.items.map((i) => i.source.line), [3, 6]);
  // A metric's name over the question it checks is no question to study.
  const metrics = read(['Every sprint, I will track:', '', '- **Cloud Spend:** Am I really using AWS, not just reading about it?', '- **Go Lines of Code:** Am I writing Go, not just watching tutorials?', '- **Documentation:** Did I write up what I learned?', ''].join('\n'));
  assert.ok(!metrics.items.some((i) => i.kind === 'question' && i.source.line === 3));
});

test("a picture's attributes, '![](x.png){ height=\"20%\" }', are no progress", () => {
  assert.equal(read('- [ ] Mengengesetze\n\n  ![](mengen.png){ height="20%" }\n').items[0]!.progress, null);
});

test('a log table of problems solved, "| 时间 | 题名 | 解题要点 |", reads its rows as problems done on their days', () => {
  const r = read(['## 算法记录', '', '时间 | 题名 | 解题要点 ', '-- | -- | --', '2020.03.02 | two sum | 哈希表存差值，一次遍历即可 ', '2020.03.03 | 回文数 | 只反转一半数字即可。 ', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [['two sum', 'task', 'done'], ['回文数', 'task', 'done']]);
});

test('a list written a link at a time, "name: https://…" alone in each paragraph, reads each name as an entry with its link', () => {
  const r = read(['ALL:', 'ml fundamentals: https://example.org/guide#ml-fundamentals', '', 'ml system design guide: https://example.org/guide#ml-system-design', '', 'how to structure an ml design interview answer: https://example.org/guide#framework', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.source.line, i.links.length]), [[2, 1], [4, 1], [6, 1]]);
});

test('a book self-taught engineers name most is a book by its name alone; a review of it, or a subject of the same name, is not', () => {
  const r = read('* TODO Designing Data-Intensive Applications\n* TODO Hands-On Machine Learning\n* TODO SICP 2nd\n', 'todo.org');
  assert.deepEqual(r.items.map((i) => i.kind), ['book', 'book', 'book']);
  assert.notEqual(read('- Designing Data-Intensive Applications: A Review | Priya Rama\n').items[0]?.kind, 'book');
  assert.notEqual(read('## Roadmap\n\n- Design Patterns\n- Refactoring\n- Testing\n').items[0]?.kind, 'book');
});

test('an entry named only by its link, then a mark in brackets, is named after the page, the mark kept', () => {
  const r = read('- [x] [https://leetcode.com/problems/first-missing-positive/](https://leetcode.com/problems/first-missing-positive/) (H)\n');
  assert.equal(r.items[0]!.title, 'First missing positive (H)');
});

test('a mark that decorates the name of a plan is no status of it: "## ✅ Weekly Plan" over its weeks is a section, not an item', () => {
  const r = read(['# Study', '', '## ✅ Weekly Plan', '', '### Week 1: Basics', '', '- Read the docs', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Read the docs']);
});

test('a course with its certificate linked was finished; a certificate programme to take is not; a Roman numeral numbers an entry, it is no pronoun', () => {
  const r = read([
    '## Modules', '',
    '+ I - Découvrez le métier de développeur [[90% Certificat]](https://openclassrooms.com/course-certificates/4127730561)',
    '+ II - Apprenez les bases du langage Python',
    '+ 6.86x (Machine Learning with Python) \\[[Certificate](https://example.github.io/files/cert.pdf)\\]',
    '- [DeepLearning.AI TensorFlow Developer Certificate](https://www.coursera.org/professional-certificates/tensorflow-in-practice)',
    '',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'todo', 'done', 'todo']);
});

test('a plan\'s row named only by its day is that day\'s work, a task; a shelf\'s dated rows stay what the shelf holds', () => {
  const r = read(['### 21 Days Plan', 'Date | Plan | Complete', ':-: | :- | :-:', '4/10 | 1. Python Deep Dive 第1-2节<br>2. Codewars 3题 | ☑️', '4/12-13 | 1. Python Deep Dive 第4节 | ☑️', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [['4/10', 'task', 'done'], ['4/12-13', 'task', 'done']]);
});

test('under a heading that holds no work, numbered points with bold names are points of it, not entries, in other languages too', () => {
  const r = read(['# Progress', '', '## Topics', '', '- Limits', '- Derivatives', '', '## Common mistakes', '', '1. **Open vs closed**: A bracket includes the end. A parenthesis does not.', '2. **Domain vs range**: The domain is the allowed x.', '', '## Errores importantes 🐛', '', '1. **Regla de la cadena**: siempre multiplicar por la derivada interior.', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Limits', 'Derivatives']);
});

test('a past year\'s heading files its entries as done, with its words after the year in Chinese, Japanese or Korean too, unless they say it is a wish or a plan', () => {
  const r = read(['# 読書記録', '', '## 2018年に読みたい本', '', '- リーダブルコード', '', '## 2019', '', '- Clean Code', '', '## 2017년 독서 목록', '', '- 클린 코드', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['リーダブルコード', 'todo'], ['Clean Code', 'done'], ['클린 코드', 'done']]);
});

test('a sentence over a list that says its entries are finished makes them done, in other languages too', () => {
  const en = read(['## Courses', '', 'This section lists the courses I have completed on Coursera.', '', '- [Intro to JS](./js/README.md)', '- [Node basics](./node/README.md)', ''].join('\n'));
  assert.deepEqual(en.items.map((i) => [i.title, i.kind, i.status]), [['Intro to JS', 'course', 'done'], ['Node basics', 'course', 'done']]);
  const es = read(['## Cursos', '', 'En esta sección verás la introducción a cada uno de los cursos que he completado en EDteam.', '', '- [Curso de JavaScript desde cero](./js/README.md)', ''].join('\n'));
  assert.deepEqual(es.items.map((i) => i.status), ['done']);
  // (Not a sentence of things to do, nor one with no list under it.)
  const todo = read(['## Courses', '', 'These are the courses I want to take next.', '', '- [Intro to JS](./js/README.md)', ''].join('\n'));
  assert.deepEqual(todo.items.map((i) => i.status), ['todo']);
});

test('a label that says what the things it names hold lists their contents, not more of those things', () => {
  const r = read(['# Notes', '', '- Most courses include practice code.', '- Some of the more conceptual courses, such as Docker, include:', '    - Diagrams', '    - Important commands', '', 'También encontrarás en varios cursos:', '', '- Comandos útiles de nvm', '- Instalación de paquetes con npm', '', 'Courses:', '', '- Intro to Docker', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['Intro to Docker', 'course']]);
});

test('a field set in italics is that field, not an entry, alone or in a run', () => {
  const r = read(['# Week', '', '- [x] Build the service', '', '---', '_Worklog created by: Minh Khoa_  ', '_Next review: 24/11/2025_', '', '*Next review: 2025-12-01*', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Build the service']);
});

test('a table\'s "Active" column marks the rows under way with an x; a deliverable or a milestone is named so in other languages too', () => {
  const r = read(['| Topic | Active |', '| --- | --- |', '| Real Analysis | x |', '| Number Theory |  |', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Real Analysis', 'doing'], ['Number Theory', 'todo']]);
  const out = read(['### 第一阶段', '', '- [ ] 数组、字符串', '- [ ] 产出：**8~12 个控制台小程序**，全部提交', '- [ ] Meilenstein: erste App veröffentlicht', ''].join('\n'));
  assert.deepEqual(out.items.map((i) => i.kind), ['topic', 'deliverable', 'milestone']);
});

test('numbered headings under a heading that names the kind of work they are ("## Projects") are its entries, their fields under them; a mark beside "Key Achievements" is their status', () => {
  const p = read(['# Portfolio', '', '## Projects', '', '### 1. URL shortener', '- **Description**: A small service.', '', '### 2. Chat app', '- **Description**: Realtime chat.', ''].join('\n'));
  assert.deepEqual(p.items.map((i) => [i.title, i.kind]), [['URL shortener', 'project'], ['Chat app', 'project']]);
  const a = read(['# Tuần 4', '', '## ✅ Thành tựu nổi bật trong tuần (Key Achievements)', '', '### 1. **Xây dựng Notification Service Core**', '- **Mô tả**: Đã khởi tạo service.', '- **Ý nghĩa**: Tạo nền tảng.', ''].join('\n'));
  assert.deepEqual(a.items.map((i) => [i.title, i.status]), [['Xây dựng Notification Service Core', 'done']]);
});

test('a day, a session or a lesson heading over its boxes is a unit of work in more languages too', () => {
  const r = read(['# Plan', '', '### Gün 2: Operatörler', '- [ ] Operatörler', '', '### Урок 3', '- [x] Циклы', '', '### Lezione 4', '- [ ] Esercizi', ''].join('\n'));
  assert.deepEqual(r.items.filter((i) => i.parent === null).map((i) => i.title), ['Gün 2: Operatörler', 'Урок 3', 'Lezione 4']);
});

test('"last updated" lines in French, Spanish, Portuguese and German are no entries', () => {
  const r = read(['# Plan', '', '- [ ] Ex01: Variables', '', '**📅 Dernière mise à jour :** 13/03/2025', 'Última actualización: 3 de marzo de 2025', 'Letzte Aktualisierung: 13.03.2025', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Ex01: Variables']);
});

test('a table whose title column is named for exercises holds exercises; a legend\'s "needs review" is under way; under a legend, a label that names no work holds no entries', () => {
  const r = read(['# Labs', '', '| Exercise | Status |', '|---|---|', '| oefening1 | ✅ |', '| oefening2 | ⚠️ |', '| oefening3 | ☐ |', '', '### Legend', '- **Status:**', '    - ☐ = not done', '    - ✅ = done', '    - ⚠️ = needs review', '- **Difficulty:**', '    - ⭐ easy', '    - ⭐⭐ medium', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status]), [['oefening1', 'task', 'done'], ['oefening2', 'task', 'doing'], ['oefening3', 'task', 'todo']]);
});

test('a table\'s column named for sections or topics, a note in brackets after its name, names the rows over a description column', () => {
  const ko = read(['| ID | 섹션(대주제) | 설명 | 상태 |', '|---|---|---|---|', '| 01 | CS Basics | 네트워크, HTTP, 브라우저 동작 원리 등 | TODO |', ''].join('\n'));
  assert.deepEqual(ko.items.map((i) => i.title), ['CS Basics']);
  const en = read(['| ID | Section (main topic) | Description | Status |', '|---|---|---|---|', '| 01 | CS Basics | Networks, HTTP, how browsers work | TODO |', ''].join('\n'));
  assert.deepEqual(en.items.map((i) => i.title), ['CS Basics']);
  // (A section's number beside a title column is the number, not the name.)
  const num = read(['| Section | Title | Status |', '|---|---|---|', '| 1.2 | Arrays | done |', ''].join('\n'));
  assert.deepEqual(num.items.map((i) => i.title), ['Arrays']);
});

test('a progress report files what it reports as done, in other languages too', () => {
  for (const head of ['## 📌 Progress report', '## 📌 Báo cáo tiến độ', '## 学习周报']) {
    const r = read([head, '', '### Monday (09/09/2024) — Day 1', '', '- Practice:', '  - Code a personal page in HTML', '  - Push the exercises to GitLab', ''].join('\n'));
    assert.ok(r.items.length > 0 && r.items.every((i) => i.status === 'done'), head);
  }
});

test('a run of one-line paragraphs goes on past a paragraph of two such lines; a short line over a longer paragraph is its group', () => {
  const r = read(['ruby - core library', '', 'Sinatra - erb + framework', '', 'eventmachine - framework', 'puma - server', '', 'Sequel ORM', '', 'grape - API development', ''].join('\n'), 'to_learn.txt');
  // (The first line, over the rest, is read as their label, as before.)
  assert.deepEqual(r.items.map((i) => i.source.line), [3, 5, 6, 8, 10]);
  const grouped = read(['Months 1-2: Foundations', '', 'Relational Databases: Tables, keys, joins.', 'SQL Querying: Aggregations, window functions.', 'Linux and Shell: File system, pipes.', '', 'Months 3-4: Data Modeling', '', 'Data Modeling: Star schema.', 'File Formats: CSV, JSON, Parquet.', 'Data Warehouses: Columnar storage.', ''].join('\n'), 'study-plan.txt');
  assert.ok(!grouped.items.some((i) => i.title.startsWith('Months')));
});

test('a heading that names one numbered course or subject holds its parts, not more courses', () => {
  for (const head of ['### Course 2 review', '### 2과목 개념 보강', '### Subject 3', '## Course - 1 : Supervised Machine Learning']) {
    const r = read(['# Exam prep', '', head, '- [ ] Boundary value analysis', '- [x] Coverage kinds', ''].join('\n'));
    assert.deepEqual(r.items.map((i) => i.kind), ['topic', 'topic'], head);
  }
  // (A shelf of courses, in the plural, still gives its entries their kind.)
  assert.deepEqual(read(['### Courses 2024', '- [ ] Linear algebra', ''].join('\n')).items.map((i) => i.kind), ['course']);
});

test('a status word after a dash, then the day it was reached and a remark, is the status and no part of the title', () => {
  const r = read(['- [x] Coverage kinds — done (5/1), drew the inclusions myself', '- [x] 경계값 분석 / 동등 분할 정의 — 완료 (5/1), 두 기법 차이 스스로 질문·이해', '- Unit testing - done (May 3)', '- Git rebase - a tool done right, sort of', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Coverage kinds', 'done'], ['경계값 분석 / 동등 분할 정의', 'done'], ['Unit testing', 'done'], ['Git rebase - a tool done right, sort of', 'todo']]);
});

test('a Score column is a grade: a score given means finished, a status word in its place says where the course stands', () => {
  const r = read(['| Course | Score |', '| --- | --- |', '| **[Intro to Probability](https://coursera.org/x)** | **96.40%** |', '| → [Linear Algebra](https://coursera.org/y) | 98.10% |', '| **[Databases](https://edx.org/z)** | **Ongoing** |', '| [Compilers](https://edx.org/w) | |', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'done', 'doing', 'todo']);
});

test('what a session practised is done; what the person struggled with is no work, however many entries the lists beside it hold', () => {
  for (const [practised, struggled] of [['### Topics practiced', '### What I struggled with'], ['### Temas practicados', '### Lo que me costó trabajo']]) {
    const r = read(['## Session - 2026-06-02', '', practised, '- Nested loops', '- Accumulators and counters', '- Break and continue', '', struggled, '- Spotting infinite loops', '- Fixing the last bound', '', '### Pending exercises', '- Exercise 3 (primes)', '- Exercise 4 (cash machine)', ''].join('\n'));
    assert.deepEqual(r.items.map((i) => [i.source.line, i.status]), [[4, 'done'], [5, 'done'], [6, 'done'], [13, 'todo'], [14, 'todo']], practised);
  }
  // (A syllabus's "Topics covered" is what a course covers, not what was done.)
  assert.ok(read(['**Topics covered**:', '- computation', '- imperative programming', '- algorithms', ''].join('\n')).items.every((i) => i.status === 'todo'));
});

test('"tips" is a word of its own: a heading on data types in Turkish ("Veri Tipleri") holds work', () => {
  const r = read(['# Hafta 1', '', '## Gün 1: Python Kurulumu, Değişkenler, Veri Tipleri', '- Python ve VS Code kurulumu', '- Temel veri tipleri', '- Tip dönüşümleri', ''].join('\n'));
  assert.ok(r.items.length >= 3);
});

test('a paragraph of one field that names where the person is, or what comes next, is that work', () => {
  const r = read(['# Now', '', 'Currently reading: Dune', '', 'Up next: Snow Crash', '', '当前学习进度： 变量声明已完结', '', '下一个学习进度： 常量', '', '**Next Lesson:** [Validation & Error Types](lesson-plan.md)', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Dune', 'doing'], ['Snow Crash', 'todo'], ['变量声明', 'done'], ['常量', 'todo'], ['Validation & Error Types', 'todo']]);
  // (A state is no work, nor a day, nor a label over the list below it.)
  const none = read(['**Current Status:** 🌱 Beginner - Working through the foundations', '', 'Next review: 24/11/2025', '', '目前计划 :  准备找实习', '', '- 刷题', ''].join('\n'));
  assert.deepEqual(none.items.map((i) => i.title), ['刷题']);
});

test('a Chinese status that opens with 已 may be written against the title ("变量声明已完成")', () => {
  const r = read(['- 变量声明已完成', '- 第一章已读', '- 已读书目', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['变量声明', 'done'], ['第一章', 'done'], ['已读书目', 'todo']]);
});

test('a Skill column names its rows, skills; a length in a column\'s name is each row\'s ("Mini goal (≈10–15 h)")', () => {
  const r = read(['| Skill | Free resource | Mini goal (≈10–15 h) |', '|---|---|---|', '| **Excel** | ExcelJet, YouTube | Pivot tables |', '| **Tableau** | Tableau Public Training | One chart from a CSV |', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.estimate?.hours]), [['Excel', 'skill', 12.5], ['Tableau', 'skill', 12.5]]);
  // ("Skill Focus" is a column about each row, not its name.)
  const focus = read(['| # | Project | Skill Focus | Status |', '|---|---|---|---|', '| 1 | Hangman | Logic | Not Started |', ''].join('\n'));
  assert.deepEqual(focus.items.map((i) => i.title), ['Hangman']);
});

test('an org headline that counts its boxes is an item with no keyword; a lane\'s count ("* Later [33%]") is not', () => {
  const r = read(['* GitLab and VS Code [1/3]', '  - [X] Create a GitLab account', '  - [ ] Install VS Code', '  - [ ] Configure settings sync', '* Later [0%]', '** TODO Learn Haskell', ''].join('\n'), 'pre-work.org');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.progress && `${i.progress.done}/${i.progress.total} ${i.progress.unit}`]), [
    ['GitLab and VS Code', 'doing', '1/3 item'], ['Create a GitLab account', 'done', null], ['Install VS Code', 'todo', null], ['Configure settings sync', 'todo', null], ['Learn Haskell', 'todo', null],
  ]);
});

test('"Accomplishments:" files what it names as done; "it includes:" under an entry lists its parts, topics; a bullet saying the list is empty so far is no entry', () => {
  const r = read(['### Day 1', '- **Accomplishments:** Got through the inheritance videos', '    - [X] Pomodoro 1', ''].join('\n'));
  assert.equal(r.items.find((i) => i.title.includes('Got through'))?.status, 'done');
  const parts = read(['*** DONE basic motions', 'it includes:', '- [X] words and lines', '- [X] marks', ''].join('\n'), 'vim.org');
  assert.deepEqual(parts.items.filter((i) => i.parent !== null).map((i) => i.kind), ['topic', 'topic']);
  const empty = read(['## Notions à revoir', '', '- (rien pour l\'instant)', '', '## To revisit', '- None yet', '', '## Libros', '- Nada', ''].join('\n'));
  assert.deepEqual(empty.items.map((i) => i.title), ['Nada']);
});

test('a numbered topic\'s heading over its boxes is an item, its boxes topics of it; Turkish steps are written verb-last', () => {
  const r = read(['### Pending (week 1)', '', '#### Topic 2: Load functions', '- [ ] Universal load', '- [ ] Server load', '', '#### Konu 3: Navigasyon', '- [ ] goto fonksiyonu', '', '#### Konu 1 (Kalan):', '- [ ] hata sayfası', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['Topic 2: Load functions', 'topic'], ['Universal load', 'topic'], ['Server load', 'topic'], ['Konu 3: Navigasyon', 'topic'], ['goto fonksiyonu', 'topic'], ['hata sayfası', 'topic']]);
  const tr = read(['- [ ] Layout\'a Menü component ekle', '- [x] Ana sayfa (`+page.svelte`) oluşturuldu', ''].join('\n'));
  assert.deepEqual(tr.items.map((i) => i.kind), ['task', 'task']);
});

test('a reading log by month: "Title - Author" alone in its paragraph is a book, read that month when the month is past; "**Assignment Status**" over entries names their group', () => {
  const r = read(['---', 'date: 2024-01-30', 'title: 2024 Reading List', '---', '', '## January', 'Atomic Habits - James Clear', '', 'The World\'s Last Night - C.S. Lewis', '', '# On My List', 'The Midnight Library - Matt Haig', '', 'Dune - Frank Herbert', '', 'Project Hail Mary - Andy Weir', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title.replace(/ - .*/, ''), i.kind, i.status]), [
    ['Atomic Habits', 'book', 'done'], ['The World\'s Last Night', 'book', 'done'], ['The Midnight Library', 'book', 'todo'], ['Dune', 'book', 'todo'], ['Project Hail Mary', 'book', 'todo'],
  ]);
  // (A month by its name in another language, or its abbreviation: "## Marzo", "## Sept.".)
  const es = read(['---', 'date: 2024-01-30', 'title: Libros 2024', '---', '', '## Marzo', 'Rayuela - Julio Cortázar', '', '## Sept.', 'Dune - Frank Herbert', ''].join('\n'));
  assert.deepEqual(es.items.map((i) => i.status), ['done', 'done']);
  const g = read(['# Progress Tracker', '', '* **Assignment Status**', '  * Week 1 assignments completed.', '  * Week 2 assignments completed.', ''].join('\n'));
  assert.ok(!g.items.some((i) => i.title.includes('Assignment Status')));
  assert.deepEqual(g.items.map((i) => i.status), ['done', 'done']);
});

test('a tick written as HTML ("&check;") or as ✓ in a Completed column is done; "## ✅ Progression" is no item; a table\'s blank to fill in ("[주제 추가]") is no row', () => {
  const r = read(['## ✅ Progression', '', '| Section | Topics | Completed |', '| ---: | --- | :---: |', '| Section 01 | Getting Started | &check; |', '| Section 02 | Providers | ✓ |', '| Section 03 | Ansible |  |', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Getting Started', 'done'], ['Providers', 'done'], ['Ansible', 'todo']]);
  const blank = read(['|유형|상태|카테고리|주제|', '| --- | --- | --- | --- |', '| 필수 | ✅ | OT | [GitHub 협업 실습](ot/github) |', '| 선택 | ⬜ | [카테고리 추가] | [주제 추가] |', ''].join('\n'));
  assert.deepEqual(blank.items.map((i) => i.title), ['GitHub 협업 실습']);
});

test('a topic\'s name, then what was done to it told in the past ("Arrays y cadenas: vistas todas las lecciones"), is that topic, done', () => {
  const r = read(['## Intro', '- Arrays y cadenas: vistas todas las lecciones sobre strings y arrays.', '- Map y WeakMap: he repasado los métodos.', '- Functions: finished the intro to recursion.', '- Chapter 3: Linked lists', '- **Accomplishments:** Got through the inheritance videos', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Arrays y cadenas', 'done'], ['Map y WeakMap', 'done'], ['Functions', 'done'], ['Chapter 3: Linked lists', 'todo'], ['Accomplishments: Got through the inheritance videos', 'done']]);
});

test('a long checkpoint is named by its first sentence', () => {
  const r = read(['## Month 3', '', '**Checkpoint:** By end of Month 3, I should have a production-quality AWS environment driven entirely by Terraform. My ops background should feel fully carried over.', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['By end of Month 3, I should have a production-quality AWS environment driven entirely by Terraform', 'milestone']]);
});

test('a Status field under an entry in words the reader has no status for ("- Status: explained, 2 mistakes", "- Estado: Explicado") is the entry\'s field, no entry', () => {
  const r = read(['## Topics', '', '### 1. Real numbers 🟡', '- Status: explained, exercises with 2 mistakes', '', '### 2. Funciones 🟡', '- Estado: Explicado', '- Progress: some', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Real numbers', 'Funciones', 'Progress: some']);
});

test('a problems table that gives each solution\'s cost in time or space is a log of problems solved', () => {
  const r = read([
    '## Progress Tracker', '', '| Problem | Pattern | Time | Space | Note |', '|---|---|---|---|---|',
    '| [Jump Game](notes/jump-game.md) | Greedy | O(n) | O(1) | Track farthest |',
    '| [Happy Number](notes/happy.md) | Hashing | `O(log n)` | O(log n) | Set to catch loops |',
    '| [Word Break](notes/word-break.md) | DP | | | |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Jump Game', 'done'], ['Happy Number', 'done'], ['Word Break', 'todo']]);
});

test('a list of records in the front matter under a key that names no kind: named and dated or linked, they are items', () => {
  const r = read([
    '---', 'widget: accomplishments', "title: 'MOOCs & Certificates'", 'item:', '',
    '- certificate_url: ', '  date_end: ""', '  date_start: "2021-05-03"', '  organization: Coursera', '  organization_url: https://www.coursera.org',
    '  title: Databases and SQL for Data Science (Ongoing)', '  url: "https://www.coursera.org/learn/sql-data-science"', '',
    '- certificate_url: http://coursera.org/verify/KQ72WMTHX4LB', '  date_end: "2021-01-20"', '  organization: Coursera',
    '  title: Algorithms, Part II', '  url: "https://www.coursera.org/learn/algorithms-part2"', '',
    '- date_end: "2021-05-03"', '  title: Statistical Learning', '  url: https://www.edx.org/course/statistical-learning',
    'authors:', '- name: Ana Lee', '  url: https://example.com/ana', '  date: 2020-01-01', '---', '', 'Some text.',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.status, i.links.length]), [
    ['Databases and SQL for Data Science', 'course', 'doing', 2],
    ['Algorithms, Part II', 'course', 'done', 2],
    ['Statistical Learning', 'course', 'done', 1],
  ]);
});

test('a reading table in Czech: its title, rating and notes columns are read as in English', () => {
  const r = read([
    '| Název | Autor | Rok | Poznámky | Hodnocení |', '| --- | --- | --- | --- | --- |',
    '| Farma zvířat | George Orwell | 2020 | [Poznámky](https://example.com/farma.md) | 85% |', '| Rikša | Lao She | 2021 | | |',
    '', '## Rozečtené', '', '- Flow, M. Csikszentmihalyi',
  ].join('\n'));
  const farma = byTitle(r, 'Farma zvířat');
  assert.deepEqual([farma.kind, farma.status, farma.links.length], ['book', 'done', 1]);
  assert.equal(byTitle(r, 'Rikša').status, 'todo');
  assert.equal(r.items.find((i) => i.title.startsWith('Flow'))?.status, 'doing');
});

test('rules kept and insights, in other languages too, are no work; "What I built" and "Mit tudok mostantól" are done', () => {
  const r = read([
    '## Mit tudok mostantól', '- Linux terminál (bash) alapszintű használata', '',
    '## Szabályok, amiket mostantól betartok', '- Jelszó SOHA ne kerüljön scriptbe', '',
    '## A tanulás közbeni felismerések', '- A naplók beszédesek', '',
    '## What I built', '- A CLI to track habits', '',
    '## Reglas de derivación', '- Regla del cociente',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Linux terminál (bash) alapszintű használata', 'done'], ['A CLI to track habits', 'done'], ['Regla del cociente', 'todo'],
  ]);
});

test('a reading list\'s web pages titled "Page — Site documentation" or "… | site.org" are articles, not an author\'s book', () => {
  const r = read([
    '#+TITLE: Pages to read', '', '* Shell prompt',
    '   - [[https://liquidprompt.readthedocs.io/en/latest/overview.html][Overview — Liquid Prompt beta documentation]]',
    '   - [[http://www.terminator-gnome.org/][Terminator – A useful tool for arranging terminals in a grid | terminator-gnome.org]]',
    '   - [[https://example.com/emcke][Carolin Emcke - Gegen den Hass]]',
  ].join('\n'), 'to-read.org');
  assert.deepEqual(r.items.map((i) => i.kind), ['article', 'article', 'book']);
});

test('a bold term, then what it covers: the kind is the term\'s, not the description\'s verbs', () => {
  const r = read([
    '### 2. Application Design & Build (25%)', '',
    '- [ ] **Images:** Write Dockerfiles, build images, and tag and push them to a registry.',
    '- [ ] **Project You Are Working On:** Build a bar chart in D3',
    '- **Phase 5:** Deployment & Portfolio Projects',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => i.kind), ['topic', 'project', 'project']);
});

test('"Done when:" and "🎯 DONE khi:" over a list are its criteria (milestones, not done), never the status of the entry above', () => {
  const r = read([
    '## Day 1', '', '### Evening', '- Draw the tables by hand', '', '🎯 **DONE khi:**', '- Giải thích được vì sao cần FOREIGN KEY', '',
    '**Done when:**', '- Can explain why a key is needed', '- Can tell where from having',
  ].join('\n'));
  assert.deepEqual(r.items.filter((i) => i.kind !== 'task' || i.title.startsWith('Draw')).map((i) => [i.title, i.kind, i.status]), [
    ['Draw the tables by hand', 'task', 'todo'], ['Giải thích được vì sao cần FOREIGN KEY', 'milestone', 'todo'],
    ['Can explain why a key is needed', 'milestone', 'todo'], ['Can tell where from having', 'milestone', 'todo'],
  ]);
});

test('a table of platforms, sites or channels names its resources in that column', () => {
  const r = read([
    '### Practice Platforms', '| Platform | Purpose |', '|----------|---------|',
    '| [NeetCode](https://neetcode.io/practice) | Work through the Easy/Medium roadmap |',
    '| [Exercism](https://exercism.org/tracks/csharp) | C# track with mentoring |',
  ].join('\n'));
  assert.deepEqual(titles(r), ['NeetCode', 'Exercism']);
});

test('a link under an entry that already holds entries is one more of them, not notes on it, though their names share a word', () => {
  const r = read([
    '## 计划中', '', '- 副业与设计', '  - [了解联邦宇宙](../技术/Fediverse.md)', '  - [记账小程序设计](记账小程序设计.md)', '- 《西游记》', '  - [《西游》随手记](notes/xiyou.md)',
  ].join('\n'));
  assert.equal(byTitle(r, '记账小程序设计').kind, 'project', 'a mini-program, then its design: something to build');
  assert.ok(!titles(r).includes('《西游》随手记'), 'a link to notes on the entry stays its link');
});

test('status and progress columns named in more languages: Stav, Állapot, Κατάσταση, Стан, Postęp', () => {
  for (const col of ['Stav', 'Állapot', 'Κατάσταση', 'Стан', 'Postęp']) {
    const r = read([`| Kurz | ${col} |`, '|---|---|', '| Linux basics | ✅ |', '| SQL | |'].join('\n'));
    assert.deepEqual(r.items.map((i) => i.status), ['done', 'todo'], col);
  }
});

test('a count after the thing counted and what was done to it counts that thing: "Videos watched (7/30)", "Problems solved (5/12)"', () => {
  const r = read(['- Videos watched (7/30)', '- Problems solved (5/12)', '- Linear algebra (3/10)'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.progress?.unit), ['video', 'problem', 'part']);
});

test('a checkbox drawn in markup: an HTML input, in a list or an <li> or alone, and Hugo\'s checked shortcodes', () => {
  const r = read([
    '### Books Read',
    '{{% checked %}} Crafting Interpreters {{% /checked %}}',
    '{{< unchecked >}} Flash Boys {{< /unchecked >}}',
    '',
    '### Plan',
    '- <input type="checkbox" checked> Learn Rust',
    '- <input type="checkbox"> Learn Go',
    '<input type="checkbox" checked disabled> Write a parser<br>',
    '<li><input type="checkbox" checked=""> Finish the Go tour</li>',
    '<input type="text" value="x"> not a box',
    '<input type="checkbox" id="note-1" class="margin-toggle"/><span class="marginnote">a page\'s control, no box</span>',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Crafting Interpreters', 'done'], ['Flash Boys', 'todo'], ['Learn Rust', 'done'], ['Learn Go', 'todo'], ['Write a parser', 'done'], ['Finish the Go tour', 'done'],
  ]);
});

test('a line wrapped in one element of markup is what the element holds: a mark or a list entry, a list item, a heading; plain words and stars stay markup', () => {
  const r = read([
    '<h3>Open lectures</h3>',
    '<area>✔ TCP/IP (2022-06-11)</area>',
    '<area>✔ Python - is VS == VS id</area>  ',
    '<area>⌛ Kubernetes in depth</area> [go to the course](https://www.inflearn.com/course/k8s?tab=1)',
    '<li>Revisit Git and the shell</li>',
    '<span>- [ ] Learn Rust</span>',
    '<p>A paragraph about the year.</p>',
    '<rating>   * * *</rating></member>',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.links.length, i.path.join('/')]), [
    ['TCP/IP (2022-06-11)', 'done', 0, 'Open lectures'], ['Python - is VS == VS id', 'done', 0, 'Open lectures'], ['Kubernetes in depth go to the course', 'doing', 1, 'Open lectures'],
    ['Revisit Git and the shell', 'todo', 0, 'Open lectures'], ['Learn Rust', 'todo', 0, 'Open lectures'],
  ]);
  // (Korean joins nouns into one word: "오픈강의" is open lectures, courses; a school's name lists its courses.)
  assert.deepEqual(read(['## 오픈강의', '- 네트워크 기초', '## 패스트캠퍼스', '- 파이썬으로 CLI 도구 만들기'].join('\n')).items.map((i) => i.kind), ['course', 'course']);
});

test('a challenge of so many days logged a row a day: rows without a status were done; a table of all its days is its plan', () => {
  const log = read(['# 100 Days of Code', '', '**Fortschritt**', '', '| Tag | Thema | Link |', '|---|---|---|', '| 1 | HTML Grundlagen | [Day01](./Day01) |', '| 2 | CSS Basics | [Day02](./Day02) |', '| 3 | Flexbox | [Day03](./Day03/) |'].join('\n'));
  assert.deepEqual(log.items.map((i) => [i.title, i.status]), [['HTML Grundlagen', 'done'], ['CSS Basics', 'done'], ['Flexbox', 'done']]);
  const plan = read(['# 10 Days of Rust', '', '| Day | Topic |', '|---|---|', '| 1-4 | Ownership |', '| 5-8 | Traits |', '| 9-10 | Async |'].join('\n'));
  assert.deepEqual(plan.items.map((i) => i.status), ['todo', 'todo', 'todo']);
  const said = read(['# 30 Days of JavaScript', '', '| Day | Topic | Status |', '|---|---|---|', '| 1 | Variables | done |', '| 2 | Functions | in progress |'].join('\n'));
  assert.deepEqual(said.items.map((i) => i.status), ['done', 'doing']);
});

test('a TOML front matter between "+++" lines holds no items', () => {
  const r = read(['+++', 'title = "2023 reading review"', 'date = 2023-12-29', '', '[taxonomies]', 'categories = [ "review",]', 'tags = []', '', '[extra]', 'image = "books.webp"', '+++', '', '## Books', '- [x] Dune', '- [ ] Emma'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Dune', 'done'], ['Emma', 'todo']]);
});

test('a run of short names under an entry, one a line with no marker, is a list of its parts; its wrapped sentences stay its own', () => {
  const r = read([
    '手を動かす', '・データ構造をGoで書く', '　けんちょん本の実装例を見ながら書く。', '  配列 達成', '  トライ木', '  連想配列　達成', '　リングバッファ、  達成', '',
    '- Read SICP', '  slowly, one chapter a week, with the exercises.', '',
  ].join('\n'), 'todo.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.parent === null ? null : r.items.find((p) => p.id === i.parent)!.title]), [
    ['データ構造をGoで書く', 'doing', null], ['配列', 'done', 'データ構造をGoで書く'], ['トライ木', 'todo', 'データ構造をGoで書く'],
    ['連想配列', 'done', 'データ構造をGoで書く'], ['リングバッファ', 'done', 'データ構造をGoで書く'], ['Read SICP', 'todo', null],
  ]);
});

test('"Name: 6" lines in a run, their names naming things, are those things with a count; figures named for what they measure are not', () => {
  const r = read(['Remaining sections in Rust Book:', '', 'Ownership: 6', 'Structs: 14', 'Enums and Matching: 9', '  Trait Bounds: 2', '', 'Courses completed: 3', 'Total points: 2615', 'Current streak: 12'].join('\n'), 'plan.txt');
  assert.deepEqual(r.items.map((i) => i.title), ['Ownership', 'Structs', 'Enums and Matching', 'Trait Bounds']);
});

test('a bullet that says the list under it was done ("… Los contenidos que vi fueron:") is a label of finished things', () => {
  const r = read(['## Introducción a JavaScript', '- He avanzado con el curso de iniciación. Los contenidos que vi fueron:', '    - Presentación del curso', '    - Qué es la programación web', '- Repasar los arrays'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Presentación del curso', 'done'], ['Qué es la programación web', 'done'], ['Repasar los arrays', 'todo']]);
});

test('the same rows under two weeks of a plan are each week\'s sitting of them; a status written as a constant (IN_PROGRESS) is its words', () => {
  const table = (a: string, b: string): string[] => ['| Lab | Status |', '|---|---|', `| Lab 0: Setup | ${a} |`, `| Lab 1: IAM | ${b} |`, '| Lab 2: Deploy | ⬜ NOT_STARTED |'];
  const r = read(['## 📅 Week 1: Foundations', '', ...table('🔄 IN_PROGRESS', '✅ DONE'), '', '## 📅 Week 2: Infrastructure', '', ...table('⬜ NOT_STARTED', '⬜ NOT_STARTED')].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.source.line, i.status]), [[5, 'doing'], [6, 'done'], [7, 'todo'], [13, 'todo'], [14, 'todo'], [15, 'todo']]);
});

test('a table whose first column names the work it lists ("| Problem | Score |") is read under a section that holds none', () => {
  const r = read(['## Table of Contents', '* [Week 1](week_1/)', '', '| Problem | Score |', '| --- | :---: |', '| [Deep](week_1/deep.py) | 03/03 |', '| [Bank](week_1/bank.py) | 08/08 |'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Deep', 'Bank']);
});

test('a note whose headings all open with pictures decorates them: a ✅ among them is one more picture; one mark on a series of headings is their status', () => {
  const r = read(['# 📅 Wednesday', '## 👓 Topics', '- Event loop', '## 🧠 What I learned', '- The stack empties first.', '## 🚀 Practice', '- Trace three examples', '## ✅ Action steps for tomorrow', '- Review queues'].join('\n'));
  assert.ok(!r.items.some((i) => /Action steps/.test(i.title)), r.items.map((i) => i.title).join(', '));
  const weeks = read(['# 🧠 Plan', '## 📅 Schedule', '## 📂 Projects', '## 📚 Sources', '### ✅ Week 1', '- Git', '### ✅ Week 2', '- SQL'].join('\n'));
  assert.deepEqual(weeks.items.filter((i) => /^Week/.test(i.title)).map((i) => [i.title, i.status]), [['Week 1', 'done'], ['Week 2', 'done']]);
});

test('a problem whose comment tells the attempt in the past was made; a hint in the comment says nothing', () => {
  const r = read(['| Task | Comment |', '|---|---|', "| [152. Maximum Product Subarray](https://leetcode.com/problems/maximum-product-subarray) | Didn't spot the pattern |", '| [739. Daily Temperatures](https://leetcode.com/problems/daily-temperatures/) | Solved quickly |', '| [42. Trapping Rain Water](https://leetcode.com/problems/trapping-rain-water/) | two pointers from both ends |'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.status), ['done', 'done', 'todo']);
});

test('two headings that open with a list\'s marker ("### - O que é um Algoritmo"), nothing under them, are a list\'s entries', () => {
  const r = read(['## Módulo 0', '', '### - O que é um Algoritmo', '', '### - Como o Computador Executa um Programa', '', '## Módulo 1', '', '### Notas', '', '### Links', ''].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['O que é um Algoritmo', 'Como o Computador Executa um Programa']);
});

test('a lesson\'s heading over a list of what was learned in it is that lesson, done; over "In progress…" alone, under way', () => {
  const r = read([
    '# Intro to Deep Learning', '', '## Lesson 1 (Foundations)', '* Built a perceptron by hand', '  - First a single neuron', '',
    '## Lesson 2 (Vision)', '* Learned how convolutions work', '* Learned about pretrained backbones', '* Colab notebooks', '',
    '## Lesson 3 (Reinforcement Learning)', '* In progress...', '',
    '## Lesson 4 (Plan)', '* Watch the lecture', '* Do the lab',
  ].join('\n'));
  const lesson = (n: number) => r.items.find((i) => i.title.startsWith(`Lesson ${n}`));
  assert.equal(lesson(1)?.status, 'done');
  assert.equal(lesson(2)?.status, 'done');
  assert.equal(lesson(3)?.status, 'doing');
  assert.ok(!r.items.some((i) => /In progress/.test(i.title)), 'the status line is the lesson\'s, no entry');
  assert.equal(lesson(4), undefined, 'a lesson over a plan of steps is their section');
});

test('a course tracker\'s "Dates Started" and "Dates Ended" columns say where each section stands; a row numbered as a part of a part is a row, however empty', () => {
  const r = read([
    '| Section | Dates Started | Dates Ended | Hours Spent | What I Have Learned |',
    '|---|---|---|---|---|',
    '| **Section 1: Introduction** | 18/05/2024 | 18/05/2024 | 3hr | |',
    '| **Section 2: JavaScript Essentials** | 22/05/2024 | | | |',
    '| 2.1 Let, Const and Block Scope | | | | https://example.com/commit/3b1e9c0 |',
    '| 2.2 Default Parameters | | | | |',
    '| | Slide Decks | | | |',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Section 1: Introduction', 'done'], ['Section 2: JavaScript Essentials', 'doing'], ['Let, Const and Block Scope', 'todo'], ['Default Parameters', 'todo'],
  ]);
});

test('a list numbered with ordinals ("1° Python", "2º MySQL", "3ª fase") is a list', () => {
  const r = read(['Trilha de estudos:', '', '1° Python (Mundo 4): Módulos e Pacotes.', '2º MySQL (Fundamentos): Views e Procedures.', '3ª Podman'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['Python (Mundo 4): Módulos e Pacotes', 'MySQL (Fundamentos): Views e Procedures', 'Podman']);
});

test('labels nest without blank lines: "To read" over "Networking" over its books, then "Go" over its own; a Japanese status after a full stop ("…共有する。達成") is the status', () => {
  const r = read(['To read', 'Networking', '- TCP/IP Illustrated', '- Computer Networks', 'Go', '- The Go Programming Language'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind, i.path.at(-1)]), [
    ['TCP/IP Illustrated', 'book', 'Networking'], ['Computer Networks', 'book', 'Networking'], ['The Go Programming Language', 'book', 'Go'],
  ]);
  const ja = read(['開発環境', '・Docker上に実行環境を用意する。', '・macの作業フォルダを共有する。達成'].join('\n'));
  assert.deepEqual(ja.items.map((i) => [i.title, i.status]), [['Docker上に実行環境を用意する。', 'todo'], ['macの作業フォルダを共有する', 'done']]);
});

test('an HTML table\'s "Finish Reading" column with a month by its name ("June 2021") says finished; the row\'s links are in any of its cells', () => {
  const r = read([
    '<table>', '<thead><tr><th>#</th><th>Title</th><th>Author</th><th>Finish Reading</th><th>Links & Comments</th></tr></thead>',
    '<tbody>', '<tr>', '<th scope="row">1</th>', '<td>Effective Python</td>', '<td>Brett Slatkin</td>', '<td>June 2021</td>', '<td><a href="/effective-python-notes.html">Comment</a></td>', '</tr>',
    '<tr>', '<th scope="row">2</th>', '<td>Dune</td>', '<td>Frank Herbert</td>', '<td></td>', '<td>N/A</td>', '</tr>', '</tbody>', '</table>',
  ].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.links]), [['Effective Python', 'done', ['/effective-python-notes.html']], ['Dune', 'todo', []]]);
});

test('a diary that puts each day alone on its line ("3 Sep 2026") over the lines of what was done: each line that day\'s work, done; the day no entry; a day to come is a plan', () => {
  const r = read(['3 Sep 2026', 'Installed htop', 'Fixed the bash script and tested new users.', '', '4 Sep 2026', 'Reviewed the check questions.', '', '3 Dec 2026', 'Set up nginx'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Installed htop', 'done'], ['Fixed the bash script and tested new users', 'done'], ['Reviewed the check questions', 'done'], ['Set up nginx', 'todo'],
  ]);
  // (One day alone is a date over a paragraph, no diary.)
  assert.equal(read(['3 Sep 2026', 'We met and talked about the plan for the autumn and what to read next.'].join('\n')).items.length, 0);
});

test('in a note that says it is a log ("# Logboek", "journal.md"), an entry under a day\'s heading that has passed was done that day; a day to come, or a note that is no log, says nothing', () => {
  const log = ['# Logboek Web & Mobile', '', '## 2 oktober 2025', '- Node.js-cursus op YouTube bekeken', '', '## 3 December 2026', '- Netlify'].join('\n');
  assert.deepEqual(read(log).items.map((i) => [i.title, i.status]), [['Node.js-cursus op YouTube bekeken', 'done'], ['Netlify', 'todo']]);
  assert.deepEqual(read(['## 2 October 2025', '- Chapter 3 of SICP'].join('\n'), 'plan.md').items.map((i) => i.status), ['todo']);
  assert.deepEqual(read(['## 2 October 2025', '- Chapter 3 of SICP'].join('\n'), 'journal.md').items.map((i) => i.status), ['done']);
});

test('a week\'s timetable by the parts of each day, in another language ("| Nap | Reggel (☀️) | Este |"): each row that day\'s work', () => {
  const r = read(['| Nap | Reggel (☀️) | Este (🌙) |', '|---|---|---|', '| H | Penn modul 4 (Networking) | DevSecOps: SAST, DAST |', '| K | Google zárófeladat | Penn gyakorlás |'].join('\n'));
  assert.deepEqual(r.items.map((i) => i.title), ['H: Penn modul 4 (Networking) / DevSecOps: SAST, DAST', 'K: Google zárófeladat / Penn gyakorlás']);
});

test('a term of study ("### Semestr Zimowy 2017/2018", "Fall Semester 2019") lists its courses; "Project:" before a name says its kind', () => {
  const r = read(['### Semestr Zimowy 2017/2018:', '- Analiza Matematyczna I', '- Kurs: Programowanie w Pascalu', '', '- Project: Tetris in Pascal', '', '### Fall Semester 2019', '- Linear Algebra'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['Analiza Matematyczna I', 'course'], ['Kurs: Programowanie w Pascalu', 'course'], ['Tetris in Pascal', 'project'], ['Linear Algebra', 'course']]);
});

test('a line in bold over a blank line and a list is that list\'s label, as a heading would be; the same exercise under two lessons is two entries', () => {
  const r = read(['# Exam', '', '---', '', '**Μάθημα 3** (*Lect 3*) – 27.02.2021', '', '- [ ] [Άσκηση 1,2](lectures/lecture_03.md)', '', '---', '', '**Μάθημα 4** (*Lect 4*) – 28.02.2021', '', '- [ ] [Άσκηση 1,2](lectures/lecture_04.md)'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.source.line, i.title, i.path.at(-1)]), [
    [7, 'Άσκηση 1,2', 'Μάθημα 3 (Lect 3) – 27.02.2021'], [13, 'Άσκηση 1,2', 'Μάθημα 4 (Lect 4) – 28.02.2021'],
  ]);
});

test('"Topics covered" under a day\'s heading is what that day went over, done; under a course\'s heading it is a syllabus', () => {
  const day = read(['', '# 📅 Wednesday, June 18, 2025', '', '## 👓 Topic(s) Covered', '- 📌 [Event loop](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Event_loop)', '', '- 📌 Microtasks', '', '## Action steps for tomorrow', '- Continue reviewing queues and the call stack.'].join('\n'));
  assert.deepEqual(day.items.map((i) => i.status), ['done', 'done', 'todo']);
  const course = read(['# Operating Systems', '', '## Topics covered', '- Scheduling', '- Virtual memory'].join('\n'));
  assert.deepEqual(course.items.filter((i) => i.title !== 'Operating Systems').map((i) => i.status), ['todo', 'todo']);
});

test('a page of books that formed the person, said in Italian or Polish, is a shelf of books read', () => {
  const it = read(['I libri raccolti in questa pagina sono quelli che più mi hanno formato negli anni.', '', '## Filosofia', '', '[Pensieri](https://www.amazon.it/dp/8817123456/) - [Marco Aurelio](../tags/#marco-aurelio) - [Mie Riflessioni](../tags/#pensieri)', '', '[Manuale di Epitteto](https://www.amazon.it/dp/B08XK12345) - [Epitteto](../tags/#epitteto) - [Mie Riflessioni](../tags/#manuale)', '', '## Self-help', '', '[Abitudini Atomiche](https://www.amazon.it/dp/8804712345) - [James Clear](../tags/#clear) - [Mie Riflessioni](../tags/#abitudini)'].join('\n'), 'libri.md');
  assert.deepEqual(it.items.map((i) => [i.kind, i.status]), [['book', 'done'], ['book', 'done'], ['book', 'done']]);
  const pl = read(['Książki, które mnie ukształtowały:', '', '- Pragmatyczny programista', '- Czysty kod', '- Mityczny osobomiesiąc'].join('\n'), 'ksiazki.md');
  assert.deepEqual(pl.items.map((i) => i.status), ['done', 'done', 'done']);
});

test('a Swedish or Danish diary line that opens with what was done ("Installerat htop", "Läst kursboken") is done; "Set up …" in English is still to do', () => {
  const r = read(['## Vecka 2', '', 'Installerat htop', 'Läst kursboken och skrivit ner frågor', 'Svarat på 2 frågor om inoder', 'Fikset testene', '', '## Next', '- Set up the daily sales report project'].join('\n'), 'dagbok.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Installerat htop', 'done'], ['Läst kursboken och skrivit ner frågor', 'done'], ['Svarat på 2 frågor om inoder', 'done'], ['Fikset testene', 'done'], ['Set up the daily sales report project', 'todo']]);
});

test('a paragraph of links alone, one a line, is a link list: each line an entry however long its name, a file named without its folder or type', () => {
  const r = read(['* GMB study pack', '[[./pack/017 Rules For Shop Stewards.pdf]]', '[[./pack/Labor Power A Field Guide by Sarah Jaffe Winters EXTRACTS.pdf]]', '[[./pack/A Troublemakers Handbook building power on the job by Jane Slaughter EXTRACTS.pdf]]', '[[./pack/flint.pdf][The Flint Sit-Down Strike]]'].join('\n'), 'reading-list.org');
  assert.deepEqual(r.items.map((i) => i.title), ['017 Rules For Shop Stewards', 'Labor Power A Field Guide by Sarah Jaffe Winters EXTRACTS', 'A Troublemakers Handbook building power on the job by Jane Slaughter EXTRACTS', 'The Flint Sit-Down Strike']);
});

test('a day table pasted as text ("Day Topic Activities Time"): each day\'s row is its topic, with the row\'s time', () => {
  const r = read(['Week 1: SQL Fundamentals', '', 'Day Topic Activities Time', '', 'Mon Intro to SQL Learn selecting and filtering (SELECT, WHERE, ORDER BY). 1 hour', '', 'Tue Joins Practice INNER, LEFT, FULL joins. Write a query that combines three tables. 1.5 hours', '', 'Sun Review & Practice Revisit weak areas, redo all exercises. 1 hour'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.estimate?.hours ?? null]), [['Intro to SQL', 1], ['Joins', 1.5], ['Review & Practice', 1]]);
});

test('a week\'s record: "**What I Learned**: [Fetch API, promises]" names topics learned, done; a reflection in sentences, or the blank of the form, is none', () => {
  const r = read(['## Weekly Journal Template', '- **What I Learned**: [Sum up the main concepts or skills picked up this week]', '', '## Weekly Entries', '### Week 6: October 01 - 03, 2024 [Finished in 2 days]', '- **What I Learned**: [Fetch API, promises]', '- **Challenges Faced**: [ Struggled with the concepts]', '', '### Week 7: October 03 - 05, 2024', '- **What I learned**: I finally understood why the event loop runs microtasks first, which surprised me.', '- **Challenges Faced**: [ Struggled with the concepts]'].join('\n'));
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Fetch API, promises', 'done']]);
});

test('a grand total that names its unit ("**Total Problems**: 31 / 150") counts the topics\' bare counts in it; a heading\'s count stays over the same share said again', () => {
  const r = read(['## Overall Statistics', '- **Total Problems**: 31 / 150', '', '## Progress by Topic', '### Arrays & Hashing (9/12)', 'Progress: ███████░░░ 75%', '- [x] Two Sum', '', '### Stack (2/5)', 'Progress: ████░░░░░░ 40%', '- [x] Valid Parentheses'].join('\n'));
  const heads = r.items.filter((i) => i.title === 'Arrays & Hashing' || i.title === 'Stack');
  assert.deepEqual(heads.map((i) => i.progress), [{ done: 9, total: 12, unit: 'problem' }, { done: 2, total: 5, unit: 'problem' }]);
});

test('a task\'s page: the steps under its tasks heading ("# 作業内容") are its own; "完了条件" is what done means, no done section; empty sections left to fill are no list', () => {
  const r = read(['---', 'title: "Exam Guide の総点検"', 'status: Todo', '---', '', '# 学習目標', '- 出題される領域をもれなく洗い出す', '', '# 作業内容', '- Exam Guide の各セクションを読み直す', '- 受験形式のチェック', '', '# 完了条件', '- 試験の構成を人に説明できる', '', '# 成果物', '', '# 学習記録', '', '# アウトカム', ''].join('\n'), 'exam-guide-review.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Exam Guide の総点検', 'todo'], ['Exam Guide の各セクションを読み直す', 'todo'], ['受験形式のチェック', 'todo']]);
});

test('"About This Repository" and "Notice" say what the page is and a word to its readers: their bullets are no work', () => {
  const r = read(['## 🧩 About This Repository', '- 웹 개발 학습을 기록하는 저장소입니다.', '- Code-first study, no images', '', '## 📈 Learning Progress', '- [x] Java basics', '', '## 📌 Notice', '- No images are stored for copyright reasons'].join('\n'));
  assert.deepEqual(titles(r), ['Java basics']);
});

test('how a plan teaches ("Enfoque Pedagógico", "Teaching approach") is no work; what it teaches is', () => {
  const r = read(['## Enfoque Pedagógico', '- Práctica desde la primera sesión.', '- Materiales y lecturas sugeridas para cada nivel.', '', '## Teaching approach', '- Short lessons with quizzes', '', '## Módulos', '1. **Qué es una API y qué significa REST**', '2. **Enrutamiento, controladores y DTOs**'].join('\n'));
  assert.deepEqual(titles(r), ['Qué es una API y qué significa REST', 'Enrutamiento, controladores y DTOs']);
});

test('"you are here" after an arrow, in the languages notes are written in, says the entry is under way', () => {
  const r = read('# Progress\n\n- [x] Lesson 1\n- [ ] Lesson 2: if/else ← **BẠN Ở ĐÂY**\n- [ ] Lesson 3 ← estás aquí\n- [ ] Lesson 4 👈 今ここ\n- [ ] Lesson 5\n- [ ] Talk @ Heretics meetup\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [
    ['Lesson 1', 'done'], ['Lesson 2: if/else', 'doing'], ['Lesson 3', 'doing'], ['Lesson 4', 'doing'], ['Lesson 5', 'todo'], ['Talk @ Heretics meetup', 'todo'],
  ]);
});

test('a note titled for one course, the noun first ("Curso de Go"), holds that course\'s parts: topics, not courses', () => {
  const r = read('# Curso de Go — Martín\n\n## Progreso del curso\n\n- Básicos (variables, tipos, operadores)\n\n## Próximos bloques\n\n- **Bloque B** — Interfaces y diseño de paquetes\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.kind]), [['Básicos (variables, tipos, operadores)', 'topic'], ['Bloque B — Interfaces y diseño de paquetes', 'topic']]);
  // (A shelf of courses stays one: "Cursos de programación".)
  assert.deepEqual(read('# Cursos de programación\n\n- Desarrollo web con Django\n').items.map((i) => i.kind), ['course']);
});

test('a date span alone under an entry is when it was taken: open ("– present") under way, closed done', () => {
  const r = read('## Courses\n\n- [The Complete JavaScript Course](https://www.udemy.com/course/js/)\n    - 3/2/20 - present\n- [Responsive Web Design](https://www.udemy.com/course/rwd/)\n    - 6/29/20 - 9/18/20\n');
  assert.deepEqual(r.items.map((i) => [i.title, i.status, i.dates.start, i.dates.done]), [
    ['The Complete JavaScript Course', 'doing', '2020-03-02', undefined], ['Responsive Web Design', 'done', '2020-06-29', '2020-09-18'],
  ]);
  // (A span still to come is planned; one that ends ahead is under way.)
  const ahead = read('## Courses\n\n- Go course\n    - 2027/01/05 - 2027/03/01\n- Rust course\n    - 2026/11/01 - 2027/02/01\n');
  assert.deepEqual(ahead.items.map((i) => [i.status, i.dates.done]), [['todo', undefined], ['doing', undefined]]);
});

test('"Won\'t do" files what was put down: its open boxes are skipped, its ticked ones done', () => {
  const r = read("### Won't do\n\n##### Kotlin\n- [x] Introduction\n- [ ] Kotlin with Spring\n");
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Introduction', 'done'], ['Kotlin with Spring', 'skipped']]);
});

test('keycap emoji number entries as "1." does; one over a date alone stays a label', () => {
  const r = read('## Plan\n\n1️⃣ **Start with the basics**: Python or Java\n2️⃣ **Explore Go and Rust** → for speed\n');
  assert.deepEqual(titles(r), ['Start with the basics: Python or Java', 'Explore Go and Rust → for speed']);
  assert.deepEqual(titles(read('1️⃣ 3/5\n- [x] Chapter 03\n\n2️⃣ 3/12\n- [ ] Chapter 05\n')), ['Chapter 03', 'Chapter 05']);
});

test('a site template\'s tags alone on a line are markup, never entries', () => {
  const r = read('# Books\n\n{% for b in page.books %}\n{{ b.title }}\n{% endfor %}\n- Dune\n');
  assert.deepEqual(titles(r), ['Dune']);
});

test('front-matter records grouped under named records: the groups are sections (a past year read), the leaves items', () => {
  const r = read([
    '---', 'title: Книги', 'categories:', '  - name: 2019', '    list:', '      - name: Бесы', '        url: https://www.ozon.ru/context/detail/id/1/',
    '  - name: Лучшее из&nbsp;прочитанного', '    content:', '      - name: Программирование', '        list:', '            - name: Чистый код', '              url: https://www.ozon.ru/context/detail/id/2/', '---', '',
  ].join('\n'), 'books.md');
  assert.deepEqual(r.items.map((i) => [i.title, i.status]), [['Бесы', 'done'], ['Чистый код', 'done']]);
});

test('an Italian "Studiando" heading holds what is under way', () => {
  const r = read('## Studiando\n\nGli insegnamenti che sto frequentando:\n- [Statistical Learning](https://example.edu/411201)\n- [Data Visualization](https://example.edu/411202)\n');
  assert.deepEqual(r.items.map((i) => i.status), ['doing', 'doing']);
});

test('a length of time alone ("⏲️3 days?", "~2h") under an entry or a heading is how long it takes, no entry', () => {
  const r = read('### Done\n- [x] Create personal website\n\t- ⏲️3 days?\n\t- use netlify\n##### Review GCP\n⏲️0.5 day\n- [ ] Watch the module videos\n- [ ] 2h\n');
  assert.deepEqual(titles(r), ['Create personal website', 'Watch the module videos', '2h']);
});
