import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdit, parseProgressInput, type EditAction, type EditTarget } from './index.js';
import type { Progress, Status } from '../model/types.js';

const CLOCK = { today: '2026-11-22', time: '10:00' };

function target(line: number, over: Partial<EditTarget> = {}): EditTarget {
  return { path: 'notes.md', line, endLine: line, progressLine: null, status: 'todo', progress: null, ...over };
}
const done: EditAction = { kind: 'status', status: 'done' };
const to = (status: Status): EditAction => ({ kind: 'status', status });
const prog = (s: string): EditAction => ({ kind: 'progress', input: parseProgressInput(s)! });

function edit(text: string, line: number, action: EditAction, over: Partial<EditTarget> = {}): string {
  return applyEdit(text, target(line, over), action, CLOCK).text;
}

void test('checkbox spellings flip in place', () => {
  assert.equal(edit('- [ ] Read SICP\n', 1, done), '- [x] Read SICP\n');
  assert.equal(edit('1. [x] Read SICP\n', 1, to('todo'), { status: 'done' }), '1. [ ] Read SICP\n');
  assert.equal(edit('        a. - [ ] torch.nn\n', 1, done), '        a. - [x] torch.nn\n');
  assert.equal(edit('[ ]  Read SICP\n', 1, done), '[x]  Read SICP\n');
  assert.equal(edit('* [ ] star bullet\n', 1, done), '* [x] star bullet\n');
  // "-- [ ] x": a plain note's deeper entry, two or three dashes before its box.
  assert.equal(edit('-- [ ] fuzzing\n', 1, done), '-- [x] fuzzing\n');
  assert.equal(edit('--- [X] deeper\n', 1, to('todo'), { status: 'done' }), '--- [ ] deeper\n');
  assert.equal(edit('> - [ ] in a callout\n', 1, done), '> - [x] in a callout\n');
  // "[]", an open box typed without its space, takes the mark inside it.
  assert.equal(edit('    - [] Disc 04\n', 1, done), '    - [x] Disc 04\n');
  assert.equal(edit('- [] Disc 04\n', 1, to('doing')), '- [/] Disc 04\n');
  // The other spellings the reader takes: spaced marks, a "v", boxes in round brackets, no space before the words.
  assert.equal(edit('- [ x ] Tour of Go\n', 1, to('todo'), { status: 'done' }), '- [   ] Tour of Go\n');
  assert.equal(edit('- [   ] Tour of Go\n', 1, done), '- [x  ] Tour of Go\n');
  assert.equal(edit('- [v] Tour of Go\n', 1, to('todo'), { status: 'done' }), '- [ ] Tour of Go\n');
  assert.equal(edit('- ( ) Tour of Go\n', 1, done), '- (x) Tour of Go\n');
  assert.equal(edit('- (x) Tour of Go\n', 1, to('todo'), { status: 'done' }), '- ( ) Tour of Go\n');
  assert.equal(edit('- [ ]Tour of Go\n', 1, done), '- [x]Tour of Go\n');
  // A mark after the words that the new status contradicts goes; the box says the status.
  assert.equal(edit('- Svelte 🚧\n', 1, done, { status: 'doing' }), '- [x] Svelte\n');
  assert.equal(edit('- Svelte 🚧\n', 1, to('todo'), { status: 'doing' }), '- Svelte\n');
});

void test('Logseq task keywords on list entries switch in the workflow the entry uses', () => {
  assert.equal(edit('- TODO Read SICP\n', 1, done), '- DONE Read SICP\n');
  assert.equal(edit('\t- LATER [#A] Watch lecture 3\n', 1, to('doing')), '\t- NOW [#A] Watch lecture 3\n');
  assert.equal(edit('- NOW Watch lecture 3\n', 1, to('todo'), { status: 'doing' }), '- LATER Watch lecture 3\n');
  assert.equal(edit('- DOING Raft lab\n', 1, to('skipped'), { status: 'doing' }), '- CANCELED Raft lab\n');
  assert.equal(edit('- DONE Raft lab\n', 1, to('doing'), { status: 'done' }), '- DOING Raft lab\n');
  // A label ("TODO:") is not a keyword: the entry gets a box.
  assert.equal(edit('- TODO: buy milk\n', 1, done), '- [x] TODO: buy milk\n');
});

void test('check marks and status prefixes switch in place, in their own family and case', () => {
  assert.equal(edit('⬜ fast.ai Part 2\n', 1, done), '✅ fast.ai Part 2\n');
  assert.equal(edit('- ⚪ fast.ai Part 2\n', 1, done), '- 🟢 fast.ai Part 2\n');
  assert.equal(edit('- ✅ Read SICP\n', 1, to('todo'), { status: 'done' }), '- ⬜ Read SICP\n');
  // (A mark glued to a word in a script written without spaces: the mark changes, the word stays.)
  assert.equal(edit('- 🟢数学分析 卓里奇\n', 1, to('todo'), { status: 'done' }), '- 🔴数学分析 卓里奇\n');
  assert.equal(edit('1. ✔️ Clean Code\n', 1, to('skipped'), { status: 'done' }), '1. ✘ Clean Code\n');
  assert.equal(edit('☐ watch lecture 3\n', 1, to('doing')), '🔄 watch lecture 3\n');
  // A mark inside a checkbox: the mark changes, the brackets stay.
  assert.equal(edit('1. [🔄] [Groundwork](./01.md)\n', 1, done, { status: 'doing' }), '1. [✅] [Groundwork](./01.md)\n');
  assert.equal(edit('[✅] Lesson two\n', 1, to('todo'), { status: 'done' }), '[⬜] Lesson two\n');
  assert.equal(edit('x Harvard CS50\n', 1, to('todo'), { status: 'done' }), '☐ Harvard CS50\n');
  assert.equal(edit('DONE: Git basics\n', 1, to('todo'), { status: 'done' }), 'TODO: Git basics\n');
  assert.equal(edit('Todo: Kubernetes the hard way\n', 1, to('doing')), 'In progress: Kubernetes the hard way\n');
  assert.equal(edit('- Clean Code ✔️\n', 1, to('todo'), { status: 'done' }), '- Clean Code\n');
  assert.equal(edit('- Clean Code ✔️\n', 1, to('doing'), { status: 'done' }), '- [/] Clean Code\n');
  // An x that is a word, not a mark.
  assert.equal(edit('- x86 assembly\n', 1, done), '- [x] x86 assembly\n');
});

void test('a status in brackets is rewritten in its brackets, before or after the words', () => {
  assert.equal(edit('- [WIP] Build a compiler\n', 1, done, { status: 'doing' }), '- [DONE] Build a compiler\n');
  assert.equal(edit('[todo] Plain line\n', 1, to('doing')), '[in progress] Plain line\n');
  assert.equal(edit('- Go tour [Done]\n', 1, to('todo'), { status: 'done' }), '- Go tour [Todo]\n');
  // A checkbox still wins; a bracketed word that says no status is no status.
  assert.equal(edit('- [ ] [WIP] boxed\n', 1, done), '- [x] [WIP] boxed\n');
  assert.equal(edit('- [Draft] essay\n', 1, done), '- [x] [Draft] essay\n');
  // A reading log's word and dash: the word is rewritten, the dash kept.
  assert.equal(edit('* Reading - Dune\n', 1, done, { status: 'doing' }), '* Read - Dune\n');
  assert.equal(edit('DNF – Ulysses\n', 1, to('doing'), { status: 'skipped' }), 'READING – Ulysses\n');
});

void test('a heading item\'s "Status:" line takes its status edits, in the line\'s case', () => {
  const text = '## Probability\nStatus: In progress (60%)\n\n## Statistics\nPROGRESS: 3/10 chapters\n';
  const at = (line: number, progressLine: number) => ({ line, progressLine, status: 'doing' as Status });
  assert.equal(edit(text, 1, done, at(1, 2)).split('\n')[1], 'Status: Done (60%)');
  assert.equal(edit(text, 1, to('todo'), at(1, 2)).split('\n')[1], 'Status: Not started (60%)');
  assert.equal(edit(text, 4, done, at(4, 5)).split('\n')[4], 'PROGRESS: Done · 3/10 chapters');
  // The heading itself is left as it is.
  assert.equal(edit(text, 1, done, at(1, 2)).split('\n')[0], '## Probability');
});

void test('an entry of a table cell written as a list ("- A<br>- B") is marked in its own place, not the row\'s', () => {
  const text = '| 01-2024 | - [Dune](./dune.md)<br>- [Emma](./emma.md) | |\n';
  assert.equal(edit(text, 1, done, { title: 'Dune' }), '| 01-2024 | - [Dune](./dune.md) — done<br>- [Emma](./emma.md) | |\n');
  const both = '| 01-2024 | - [Dune](./dune.md) — done<br>- [Emma](./emma.md) — done | |\n';
  // Done already: nothing to write; another status replaces only that entry's mark.
  assert.equal(edit(both, 1, done, { title: 'Emma', status: 'done' }), both);
  assert.equal(edit(both, 1, to('doing'), { title: 'Emma', status: 'done' }), '| 01-2024 | - [Dune](./dune.md) — done<br>- [Emma](./emma.md) — in progress | |\n');
  assert.equal(edit(both, 1, to('todo'), { title: 'Dune', status: 'done' }), '| 01-2024 | - [Dune](./dune.md)<br>- [Emma](./emma.md) — done | |\n');
  // The row's Status cell is all its entries': it stays; the entry says its own.
  assert.equal(edit('| - Dune<br>- Dune Messiah | Reading |\n', 1, done, { title: 'Dune', status: 'doing' }), '| - Dune — done<br>- Dune Messiah | Reading |\n');
  assert.equal(edit('| - Dune Messiah<br>- Dune | Reading |\n', 1, prog('40%'), { title: 'Dune', status: 'doing' }), '| - Dune Messiah<br>- Dune (40%) | Reading |\n');
});

void test('a step of a path line ("HTML → CSS → JavaScript") is marked after its words', () => {
  const text = 'HTML → CSS ✓ → JavaScript → React\n';
  assert.equal(edit(text, 1, done, { title: 'JavaScript' }), 'HTML → CSS ✓ → JavaScript ✓ → React\n');
  assert.equal(edit(text, 1, to('todo'), { title: 'CSS', status: 'done' }), 'HTML → CSS → JavaScript → React\n');
  assert.equal(edit(text, 1, to('doing'), { title: 'React' }), 'HTML → CSS ✓ → JavaScript → React (in progress)\n');
  assert.equal(edit('- Python -> Django\n', 1, done, { title: 'Python' }), '- Python ✓ -> Django\n');
});

void test('a bare count after a name is rewritten in place', () => {
  assert.equal(edit('NeetCode 150: 37/150\n', 1, prog('40'), { progress: { done: 37, total: 150, unit: 'part' }, status: 'doing' }), 'NeetCode 150: 40/150\n');
});

void test('a ticked box follows the case the file uses', () => {
  const text = '- [X] one\n- [X] two\n- [ ] three\n';
  assert.equal(edit(text, 3, done), '- [X] one\n- [X] two\n- [X] three\n');
});

void test('an item without a box gets one after its list marker; a plain line at its indent', () => {
  assert.equal(edit('- Read EfficientNet paper: https://arxiv.org/abs/1905.11946\n', 1, done),
    '- [x] Read EfficientNet paper: https://arxiv.org/abs/1905.11946\n');
  assert.equal(edit('3. Git Tutorials\n', 1, done), '3. [x] Git Tutorials\n');
  assert.equal(edit('linux os\n', 1, done), '[x] linux os\n');
  assert.equal(edit('  hypervisor kvm\n', 1, to('doing')), '  [/] hypervisor kvm\n');
  assert.equal(edit('- [ ] x\n', 1, to('skipped')), '- [-] x\n');
});

void test('headings and table rows get a mark after their words', () => {
  assert.equal(edit('### Lecture 1: micrograd  \n', 1, done), '### Lecture 1: micrograd — done  \n');
  assert.equal(edit('| Python | 10 weeks |\n', 1, done), '| Python — done | 10 weeks |\n');
  assert.equal(edit('### Lecture 1 — done\n', 1, to('todo'), { status: 'done' }), '### Lecture 1\n');
  assert.equal(edit('| **Databases** | [CS186](https://x.y) | In progress |\n', 1, done), '| **Databases** | [CS186](https://x.y) | Done |\n');
  assert.equal(edit('| OS | | planned |\n', 1, to('doing')), '| OS | | in progress |\n');
  // The mark goes in the cell that holds the title.
  assert.equal(edit('| 🔴 Oct 21 | [[A\\|Class]] | Homework 5 | x |\n', 1, done, { title: 'Homework 5' }), '| 🔴 Oct 21 | [[A\\|Class]] | Homework 5 — done | x |\n');
  // A kanban card: right after the title segment, not after its tags.
  assert.equal(edit('- [ ] **(45 mins)**<br>Read Clean Code.<br>#reading\n', 1, prog('3/7'), { title: 'Read Clean Code' }),
    '- [ ] **(45 mins)**<br>Read Clean Code (3/7 parts).<br>#reading\n');
  assert.equal(edit('- [ ] Vim Tutorial | 1:14:29\n', 1, prog('3/7')), '- [ ] Vim Tutorial (3/7 parts) | 1:14:29\n');
  assert.equal(edit('- [ ] [Radix](https://c.org/algorithms-part3/7-way)\n', 1, prog('1/2')), '- [ ] [Radix](https://c.org/algorithms-part3/7-way) (1/2 parts)\n');
  assert.equal(edit('### Lecture 1 — done\n', 1, to('doing'), { status: 'done' }), '### Lecture 1 — in progress\n');
});

void test('Obsidian Tasks: done date appended when the file uses them, removed when undone', () => {
  const file = '- [x] #task old ✅ 2023-04-17\n- [ ] #task Has a due date 📅 2023-04-16\n';
  assert.equal(edit(file, 2, done).split('\n')[1], '- [x] #task Has a due date 📅 2023-04-16 ✅ 2026-11-22');
  assert.equal(edit(file, 1, to('todo'), { status: 'done' }).split('\n')[0], '- [ ] #task old');
  const cancel = '- [-] #task gone ❌ 2023-04-18\n- [ ] #task next ^abc123\n';
  assert.equal(edit(cancel, 2, to('skipped')).split('\n')[1], '- [-] #task next ❌ 2026-11-22 ^abc123');
});

void test('dataview completion field', () => {
  const file = '- [x] a [completion:: 2024-01-01]\n- [ ] b\n';
  assert.equal(edit(file, 2, done), '- [x] a [completion:: 2024-01-01]\n- [x] b [completion:: 2026-11-22]\n');
});

void test('a file written for Obsidian Tasks (⏳ 📅 🆔) gets its ✅ done date on check-off', () => {
  assert.equal(edit('- [ ] Replicated log 🆔 replog ⏳ 2026-11-28\n', 1, done), '- [x] Replicated log 🆔 replog ⏳ 2026-11-28 ✅ 2026-11-22\n');
  assert.equal(edit('- [ ] Paper 📅 2026-12-01\n', 1, done), '- [x] Paper 📅 2026-12-01 ✅ 2026-11-22\n');
});

void test('no done date unless the file or config asks for one', () => {
  assert.equal(edit('- [ ] b\n', 1, done), '- [x] b\n');
  assert.equal(applyEdit('- [ ] b\n', target(1), done, { ...CLOCK, doneDate: 'tasks' }).text, '- [x] b ✅ 2026-11-22\n');
});

void test('org: keyword, CLOSED on the planning line or a new line, checkbox headlines', () => {
  const org = [
    '** DONE [#B] Learn org', 'CLOSED: [2015-11-08 Sun 13:00]',
    '** TODO [#B] Read willpower book', '   SCHEDULED: <2016-02-17 Wed 19:30>',
    '** TODO [#B] Read https://hbr.org/x', '',
  ].join('\n');
  const a = edit(org, 3, done, { path: 'l.org' }).split('\n');
  assert.equal(a[2], '** DONE [#B] Read willpower book');
  assert.equal(a[3], '   CLOSED: [2026-11-22 Sun 10:00] SCHEDULED: <2016-02-17 Wed 19:30>');
  const b = edit(org, 5, done, { path: 'l.org' }).split('\n');
  assert.deepEqual(b.slice(4), ['** DONE [#B] Read https://hbr.org/x', 'CLOSED: [2026-11-22 Sun 10:00]', '']);
  const c = edit(org, 1, to('todo'), { path: 'l.org', status: 'done' }).split('\n');
  assert.deepEqual(c.slice(0, 2), ['** TODO [#B] Learn org', '** TODO [#B] Read willpower book']);
  assert.equal(edit('** [ ] How do JWTs work?\n', 1, done, { path: 's.org' }), '** [X] How do JWTs work?\n');
  assert.equal(edit('** [ ] How do JWTs work?\n', 1, to('doing'), { path: 's.org' }), '** [-] How do JWTs work?\n');
  assert.equal(edit('** Graphs\n', 1, done, { path: 's.org' }), '** [X] Graphs\n');
  assert.equal(edit('* TODO a\n** HOLD The Brain\n', 2, done, { path: 'b.org' }), '* TODO a\n** DONE The Brain\n');
  assert.equal(edit('* TODO a\n** b\n', 2, to('skipped'), { path: 'b.org' }), '* TODO a\n** CANCELLED b\n');
  assert.equal(edit('** DONE test CLOSED: [2015-10-17 Sat 01:04] :tag:\n', 1, prog('40%'), { path: 'b.org' }),
    '** DONE test (40%) CLOSED: [2015-10-17 Sat 01:04] :tag:\n');
});

void test('progress said as what is left ("20 to go") keeps what is left true', () => {
  assert.equal(edit('- Linear Algebra - finished lectures 1-14, 20 to go\n', 1, prog('16'), { status: 'doing', progress: { done: 14, total: 34, unit: 'lecture' } }),
    '- Linear Algebra - finished lectures 1-16, 18 to go\n');
  assert.equal(edit('- Rust book: chapter 3 done (17 left)\n', 1, prog('5/20'), { status: 'doing', progress: { done: 3, total: 20, unit: 'chapter' } }),
    '- Rust book: chapter 5 done (15 left)\n');
});

void test('todo.txt: done is "x" and the date, open again takes them away; no checkbox is ever added', () => {
  const text = '(A) Finish pset 3 +algorithms\nRead CLRS chapter 15 +algorithms\nWatch lectures (3/20 lectures) +math\n';
  const at = (line: number, over: Partial<EditTarget> = {}) => ({ path: 'todo.txt', ...over, line });
  const done1 = edit(text, 1, done, at(1));
  assert.equal(done1.split('\n')[0], 'x 2026-11-22 Finish pset 3 +algorithms pri:A');
  assert.equal(edit(done1, 1, to('todo'), at(1, { status: 'done' })), text);
  assert.equal(edit(text, 3, prog('4'), at(3, { progress: { done: 3, total: 20, unit: 'lecture' } })).split('\n')[2], 'Watch lectures (4/20 lectures) +math');
  assert.equal(edit(text, 2, prog('2/10'), at(2)).split('\n')[1], 'Read CLRS chapter 15 +algorithms (2/10 parts)');
  assert.throws(() => edit(text, 2, to('doing'), at(2)), /todo\.txt has no way to write "doing"/);
});

void test('a note\'s front matter: status and progress fields are rewritten in place, in their own words', () => {
  const text = '---\ntype: book\nstatus: reading\nprogress: 212/590\n---\n';
  const at = { path: 'b.md', line: 3, progressLine: 4, status: 'doing' as Status, progress: { done: 212, total: 590, unit: 'page' } };
  // A book's "reading" is "read" once done: the word keeps what it is about.
  assert.equal(edit(text, 3, done, at), '---\ntype: book\nstatus: read\nprogress: 212/590\n---\n');
  assert.equal(edit(text, 3, prog('250'), at), '---\ntype: book\nstatus: reading\nprogress: 250/590\n---\n');
  assert.equal(edit('---\nstatus: finished\n---\n', 2, done, { path: 'b.md', status: 'done' }), '---\nstatus: finished\n---\n');
  assert.equal(edit('---\nstatus: to-read\n---\n', 2, to('doing'), { path: 'b.md' }), '---\nstatus: reading\n---\n');
  assert.equal(edit('---\nstatus: not started\n---\n', 2, to('doing'), { path: 'b.md' }), '---\nstatus: in progress\n---\n');
  // The item stands on its "title:"; the edit finds the status field in the same front matter, quoted or not.
  const titled = '---\ntitle: "Database Internals"\nauthor: "Alex Petrov"\nstatus: "reading"\n---\n\n## Progress\n';
  assert.equal(edit(titled, 2, done, { path: 'b.md', status: 'doing' }), '---\ntitle: "Database Internals"\nauthor: "Alex Petrov"\nstatus: "read"\n---\n\n## Progress\n');
});

void test('a heading ticked off in its own line: its box or its mark is switched', () => {
  assert.equal(edit('## [ ] Week 3: Pandas\n', 1, done), '## [x] Week 3: Pandas\n');
  assert.equal(edit('### ✅ Chapter 3 — Arrays\n', 1, to('todo'), { status: 'done' }), '### ⬜ Chapter 3 — Arrays\n');
  assert.equal(edit('## Plain heading\n', 1, done), '## Plain heading — done\n');
});

void test('traffic lights and status marks switch within their family, on list entries and in table cells', () => {
  assert.equal(edit('- 🟡 Dynamic programming\n', 1, done, { status: 'doing' }), '- 🟢 Dynamic programming\n');
  assert.equal(edit('- 🔴 Greedy\n', 1, to('doing')), '- 🟡 Greedy\n');
  assert.equal(edit('- 🔴 Greedy\n', 1, to('skipped')), '- ❌ Greedy\n');
  const table = '| Topic | Status |\n|---|---|\n| Two Pointers | 🟡 |\n| Stack | ⏳ |\n';
  assert.equal(edit(table, 3, done, { status: 'doing' }).split('\n')[2], '| Two Pointers | 🟢 |');
  assert.equal(edit(table, 4, done, { status: 'doing' }).split('\n')[3], '| Stack | ✅ |');
  assert.equal(edit(table, 4, to('skipped'), { status: 'doing' }).split('\n')[3], '| Stack | Skipped |');
});

void test('org: an edit writes the keywords the file declares, meaning what the reader reads them as', () => {
  const org = '#+TODO: TODO READING NEXT | READ DROPPED\n* NEXT Database Internals\n* READ SICP\n';
  const line = (text: string, n: number) => text.split('\n')[n - 1];
  // NEXT is open, not under way: "under way" is the file's READING.
  assert.equal(line(edit(org, 2, to('doing'), { path: 'b.org' }), 2), '* READING Database Internals');
  assert.equal(line(edit(org, 2, done, { path: 'b.org' }), 2), '* READ Database Internals');
  assert.equal(line(edit(org, 2, to('skipped'), { path: 'b.org' }), 2), '* DROPPED Database Internals');
  assert.equal(line(edit(org, 3, to('todo'), { path: 'b.org', status: 'done' }), 3), '* TODO SICP');
});

void test('every byte outside the edited span survives: BOM, CRLF, no final newline, emoji, tabs', () => {
  const text = '\uFEFF- [ ] first 🚀\r\n\t- [ ] second\r\n- [ ] last';
  assert.equal(edit(text, 1, done), '\uFEFF- [x] first 🚀\r\n\t- [ ] second\r\n- [ ] last');
  assert.equal(edit(text, 2, done), '\uFEFF- [ ] first 🚀\r\n\t- [x] second\r\n- [ ] last');
  assert.equal(edit(text, 3, done), '\uFEFF- [ ] first 🚀\r\n\t- [ ] second\r\n- [x] last');
  const org = '* TODO a\r\n* DONE b\r\nCLOSED: [2015-11-08 Sun 13:00]\r\n';
  assert.equal(edit(org, 1, done, { path: 'x.org' }), '* DONE a\r\nCLOSED: [2026-11-22 Sun 10:00]\r\n* DONE b\r\nCLOSED: [2015-11-08 Sun 13:00]\r\n');
});

void test('progress phrases are rewritten in their own words', () => {
  const p = (done: number, total: number | null, unit: string): Progress => ({ done, total, unit });
  assert.equal(edit('- Karpathy lectures\n  Lec 1 done out of 20\n', 1, prog('2'),
    { endLine: 2, progressLine: 2, progress: p(1, 20, 'lecture') }), '- Karpathy lectures\n  Lec 2 done out of 20\n');
  assert.equal(edit('- SICP: done upto and including chapter 12\n', 1, prog('13'), { progress: p(12, null, 'chapter') }),
    '- SICP: done upto and including chapter 13\n');
  assert.equal(edit('- CS50 3/10 videos\n', 1, prog('4/12'), { progress: p(3, 10, 'video') }), '- CS50 4/12 videos\n');
  assert.equal(edit('- DDIA 40%\n', 1, prog('55%'), { progress: p(40, 100, 'percent') }), '- DDIA 55%\n');
  assert.equal(edit('- Book page 120 of 600\n', 1, prog('50%'), { progress: p(120, 600, 'page') }), '- Book page 300 of 600\n');
  assert.equal(edit('- Book, currently on chapter 5\n', 1, prog('6'), { progress: p(4, null, 'chapter') }), '- Book, currently on chapter 7\n');
});

void test('a short phrase is appended where the item has none, before Tasks fields', () => {
  assert.equal(edit('- [ ] Andrew Ng ML course\n', 1, prog('3/20')), '- [ ] Andrew Ng ML course (3/20 parts)\n');
  assert.equal(edit('- [ ] Course 📅 2024-01-01\n', 1, prog('40%')), '- [ ] Course (40%) 📅 2024-01-01\n');
  assert.throws(() => edit('- [ ] Course\n', 1, prog('3')), /N\/M/);
  // Without a box, a bullet with a progress phrase would read as the progress line of the item above.
  assert.equal(edit('- Course\n', 1, prog('3/20')), '- [/] Course (3/20 parts)\n');
  assert.equal(edit('| Course | 3 weeks |\n', 1, prog('40%')), '| Course (40%) | 3 weeks |\n');
});

void test('progress that reaches the total ticks the item too', () => {
  const r = applyEdit('- [ ] CS50 3/10 videos\n', target(1, { progress: { done: 3, total: 10, unit: 'video' } }), prog('10'), CLOCK);
  assert.equal(r.text, '- [x] CS50 10/10 videos\n');
  assert.equal(r.status, 'done');
});

void test('property: only the item line changes, whatever surrounds it', () => {
  const lineArb = fc.stringMatching(/^[ -~\t🚀é]{0,30}$/).filter((s) => !s.includes('\n') && !s.includes('\r'));
  fc.assert(fc.property(
    fc.array(lineArb, { maxLength: 6 }), fc.array(lineArb, { maxLength: 6 }),
    fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), fc.constantFrom<Status>('done', 'doing', 'skipped'),
    (before, after, eol, bom, finalEol, status) => {
      const item = '- [ ] the item';
      const all = [...before, item, ...after];
      const text = (bom ? '\uFEFF' : '') + all.join(eol) + (finalEol ? eol : '');
      const out = edit(text, before.length + 1, to(status));
      const expected = (bom ? '\uFEFF' : '') + [...before, out.split(eol)[before.length]!.replace(/^\uFEFF/, ''), ...after].join(eol) + (finalEol ? eol : '');
      assert.equal(out, expected);
      assert.notEqual(out, text);
    },
  ));
});

void test('a bullet glued to its words ("*Node.js 12") takes its box after the marker, and back', () => {
  const text = '* Flexbox Fundamentals\n*Node.js 12 Fundamentals\n';
  const ticked = edit(text, 2, done);
  assert.equal(ticked, '* Flexbox Fundamentals\n*[x] Node.js 12 Fundamentals\n');
  assert.equal(edit(ticked, 2, to('todo'), { status: 'done' }), '* Flexbox Fundamentals\n*[ ] Node.js 12 Fundamentals\n');
  // (Emphasis is no bullet: "*really* soon" keeps its words.)
  assert.equal(edit('*really* soon\n', 1, done), '[x] *really* soon\n');
});

test("a table row's one count is rewritten in its cell, not appended to the title", () => {
  assert.equal(edit('| Course | Progress |\n|---|---|\n| Rust book | 3/5 |\n', 3, prog('4/5')), '| Course | Progress |\n|---|---|\n| Rust book | 4/5 |\n');
  assert.equal(edit('| Course | Status |\n|---|---|\n| DL Specialization | 🚧 In Progress (3/5) |\n', 3, prog('4/5')), '| Course | Status |\n|---|---|\n| DL Specialization | 🚧 In Progress (4/5) |\n');
});

test('an item with a Status line and a Progress line under it: the status goes in the Status line', () => {
  const text = '# Plan\n\n## Probability\nStatus: In progress\nProgress: 3/10 chapters\n';
  assert.equal(edit(text, 3, { kind: 'status', status: 'done' }, { endLine: 5, progressLine: 5 }), '# Plan\n\n## Probability\nStatus: Done\nProgress: 3/10 chapters\n');
});

test('a count that is part of a lesson\'s name ("已学到P07 接口") is not rewritten alone: the edit is refused, nothing changed', () => {
  const text = '| 科目 | 进度 |\n|---|---|\n| Go语言入门 | 已学到P07 接口 |\n';
  assert.throws(() => edit(text, 3, prog('8')), /names the part reached/);
  // (A count by its unit alone is still rewritten: "读到第5章" → "读到第6章".)
  assert.equal(edit('- 《算法导论》 读到第5章\n', 1, prog('6')), '- 《算法导论》 读到第6章\n');
});

test('a "[.]" box, begun, is ticked in place', () => {
  assert.equal(edit('- [.] SICP\n', 1, done, { status: 'doing' }), '- [x] SICP\n');
});

void test('a status word with a remark that it is not finished ("- Started, incomplete") is rewritten whole', () => {
  assert.equal(edit('* [Learn Git](http://y.org/) - Started, incomplete\n', 1, done, { status: 'doing' }), '* [Learn Git](http://y.org/) - Finished\n');
  assert.equal(edit('- [ ] Learn Git - started, not finished yet\n', 1, done, { status: 'doing' }), '- [x] Learn Git - finished\n');
});

void test('a task keyword after a second marker on one line ("- - DONE [简介](…)") is rewritten in place', () => {
  assert.equal(edit('\t- - TODO [b](https://x.y/b)\n', 1, done), '\t- - DONE [b](https://x.y/b)\n');
  assert.equal(edit('\t- - DONE [a](https://x.y/a)\n', 1, to('todo'), { status: 'done' }), '\t- - TODO [a](https://x.y/a)\n');
});

void test('a to-do word emphasised before a line ("*TODO*: …", "**TODO:** …") is rewritten in place, its marks kept', () => {
  assert.equal(edit('*TODO*: turn this page into a web app\n', 1, done), '*DONE*: turn this page into a web app\n');
  assert.equal(edit('**TODO:** turn this page into a web app\n', 1, done), '**DONE:** turn this page into a web app\n');
});

void test('progress in brackets at the end of a line ("- Dune (3/10)", "- 课本（18/20）") is rewritten in place, not written again beside it', () => {
  assert.equal(edit('- Dune (3/10)\n', 1, prog('4'), { progressLine: 1, status: 'doing', progress: { done: 3, total: 10, unit: 'part' } }), '- Dune (4/10)\n');
  assert.equal(edit('- 课本（18/20） \n', 1, prog('19'), { progressLine: 1, status: 'doing', progress: { done: 18, total: 20, unit: 'part' } }), '- 课本（19/20） \n');
});

test("a row of a table kept as comma-separated values: its Date Read, shelf or Status cell says the status, every other byte kept; a table with none of them is not edited", async () => {
  const { parseNotes } = await import('../notes/index.js');
  const log = 'title,author,date_read,format\nTraction,Gino Wickman,,ebook\n"Good to Great: Why, and Others",Jim Collins,,ebook\n';
  const ticked = edit(log, 3, done);
  assert.equal(ticked, 'title,author,date_read,format\nTraction,Gino Wickman,,ebook\n"Good to Great: Why, and Others",Jim Collins,2026-11-22,ebook\n');
  const read = parseNotes([{ path: 'reading.txt', text: ticked, sha256: 'x' }], { now: new Date('2026-11-22T10:00:00Z') });
  assert.deepEqual(read.items.map((i) => [i.title, i.status]), [['Traction', 'todo'], ['Good to Great: Why, and Others', 'done']]);
  assert.equal(edit(ticked, 3, to('todo'), { status: 'done' }), log);
  const shelf = 'Book Id,Title,Author,Date Read,Exclusive Shelf\n3,Crafting Interpreters,Robert Nystrom,,to-read\n';
  assert.equal(edit(shelf, 2, done), 'Book Id,Title,Author,Date Read,Exclusive Shelf\n3,Crafting Interpreters,Robert Nystrom,2026-11-22,read\n');
  assert.equal(edit(shelf, 2, to('doing')), 'Book Id,Title,Author,Date Read,Exclusive Shelf\n3,Crafting Interpreters,Robert Nystrom,,currently-reading\n');
  assert.equal(edit('task,owner,status\nWrite the parser,me,todo\nTest it,me,todo\n', 2, done), 'task,owner,status\nWrite the parser,me,done\nTest it,me,todo\n');
  // (No column says a status: the row is left to the general edit, a box in front, after which
  // the line is no row of the table and the item no longer reads the same: `done` refuses it.)
  const plain = 'title,author,pages\nTraction,Gino Wickman,240\nHooked,Nir Eyal,256\n';
  const boxed = edit(plain, 2, done);
  assert.equal(boxed, 'title,author,pages\n[x] Traction,Gino Wickman,240\nHooked,Nir Eyal,256\n');
  assert.deepEqual(parseNotes([{ path: 'reading.txt', text: boxed, sha256: 'x' }], { now: new Date('2026-11-22T10:00:00Z') }).items.map((i) => [i.title, i.status]), [['[x] Traction', 'todo'], ['Hooked', 'todo']]);
});

void test('a checkbox drawn in markup (an HTML input, a Hugo shortcode) is ticked and cleared in place; under way is refused', () => {
  assert.equal(edit('- <input type="checkbox"> Learn Go\n', 1, done), '- <input type="checkbox" checked> Learn Go\n');
  assert.equal(edit('<li><input type="checkbox" checked disabled /> SICP</li>\n', 1, to('todo'), { status: 'done' }), '<li><input type="checkbox" disabled /> SICP</li>\n');
  assert.equal(edit('<input type="checkbox" checked=""> Dune<br>\n', 1, to('todo'), { status: 'done' }), '<input type="checkbox"> Dune<br>\n');
  assert.equal(edit('{{% unchecked %}} Flash Boys {{% /unchecked %}}\n', 1, done), '{{% checked %}} Flash Boys {{% /checked %}}\n');
  assert.equal(edit('{{< checked >}} Bad Blood {{< /checked >}}\n', 1, to('todo'), { status: 'done' }), '{{< unchecked >}} Bad Blood {{< /unchecked >}}\n');
  assert.throws(() => edit('{{% unchecked %}} Flash Boys {{% /unchecked %}}\n', 1, to('doing')), /has no way to write "doing"/);
});

void test('a line wrapped in an element of markup is edited inside it', () => {
  assert.equal(edit('<area>⌛ Kubernetes in depth</area>\n', 1, done), '<area>✓ Kubernetes in depth</area>\n');
  assert.equal(edit('<li>Revisit Git</li>\n', 1, done), '<li>[x] Revisit Git</li>\n');
});

void test('a list numbered with ordinals ("1° Python") takes its box after the number', () => {
  assert.equal(edit('1° Python (Mundo 4)\n', 1, done), '1° [x] Python (Mundo 4)\n');
});
