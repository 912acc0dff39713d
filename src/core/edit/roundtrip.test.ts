// Every status form the reader takes, written back by the editor, reads back as the status
// it was set to: the two sides cannot drift apart without this test failing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotes } from '../notes/index.js';
import { applyEdit, type EditTarget } from './index.js';
import type { Status } from '../model/types.js';
import { findTrailingStatus } from '../notes/entry.js';
import { isMark, VOCABULARY, type Position } from '../notes/vocabulary.js';

const NOW = new Date('2026-11-22T10:00:00Z');
const CLOCK = { today: '2026-11-22', time: '10:00' };
const STATUSES: Status[] = ['done', 'doing', 'todo', 'skipped'];

const FORMS: [string, string][] = [
  ['notes.md', '- [ ] Read SICP\n'],
  ['notes.md', '- [WIP] Build a compiler\n'],
  ['notes.md', '* Read - The Left Hand of Darkness\n'],
  ['notes.md', 'DNF – Gravity\'s Rainbow\n'],
  ['notes.md', '[todo] Plain line entry\n'],
  ['notes.md', '- Go tour [done]\n'],
  ['plan.txt', 'Databases\n    o CMU 15-445 lectures 1-5          [ ]\n'],
  ['notes.md', '- SQLBolt exercises    [x]\n'],
  ['notes.md', '- 🟡 Dynamic programming\n'],
  ['notes.md', '⬜ fast.ai Part 2\n'],
  ['notes.md', '- ☐ watch lecture 3\n'],
  ['notes.md', 'DONE: Git basics\n'],
  ['notes.md', '- LATER Watch lecture 3\n'],
  ['notes.md', '# Plan\n## [ ] Week 3: Pandas\n'],
  ['notes.md', '# Plan\n### ✅ Chapter 3 — Arrays\n'],
  ['notes.md', '| Topic | Status |\n|---|---|\n| Two Pointers | 🟡 |\n'],
  ['notes.md', '| Course | Status |\n|---|---|\n| MIT 6.006 | In progress |\n'],
  ['Books/DDIA.md', '---\ntype: book\nstatus: reading\n---\n'],
  ['Books/Database Internals.md', '---\ntitle: "Database Internals"\nauthor: Alex Petrov\nstatus: "to read"\n---\n\nWhy I want it.\n'],
  ['notes.md', '- Clean Code - finished\n'],
  ['notes.md', '- CS50 — en progreso\n'],
  ['notes.md', '## Probability\nStatus: In progress (60%)\n'],
  ['notes.md', 'HTML → CSS → JavaScript\n'],
  ['notes.md', '| Curso | Estado |\n|---|---|\n| MIT 6.006 | En curso |\n'],
  ['notes.md', '- Linear algebra ✓\n'],
  ['notes.md', '- {{[[TODO]]}} Read the Raft paper\n'],
  ['plan.org', '* TODO Read SICP\n'],
  ['plan.org', '#+TODO: TODO READING NEXT | READ DROPPED\n* NEXT Database Internals\n'],
];

test('every status form, set to every status, reads back as that status', () => {
  for (const [path, text] of FORMS) {
    const before = parseNotes([{ path, text, sha256: '' }], { now: NOW }).items.at(-1);
    assert.ok(before, `no item in ${JSON.stringify(text)}`);
    for (const to of STATUSES) {
      const target: EditTarget = { path, line: before.source.line, endLine: before.source.endLine, progressLine: before.progressLine, status: before.status, progress: before.progress, title: before.title };
      const out = applyEdit(text, target, { kind: 'status', status: to }, CLOCK).text;
      const after = parseNotes([{ path, text: out, sha256: '' }], { now: NOW }).items.at(-1);
      assert.equal(after?.status, to, `${JSON.stringify(text)} set to ${to} gave ${JSON.stringify(out)}`);
      assert.equal(after?.title, before.title, `${JSON.stringify(text)} set to ${to} changed the title: ${JSON.stringify(out)}`);
    }
  }
});

test('todo.txt: done and open round-trip; under way and dropped are refused, the file untouched', () => {
  const text = '(A) Finish pset 3 +algorithms due:2026-12-01\nRead CLRS +algorithms\nx 2026-11-18 Watch the series +math\n';
  const items = parseNotes([{ path: 'todo.txt', text, sha256: '' }], { now: NOW }).items;
  for (const it of items) {
    for (const to of ['done', 'todo'] as Status[]) {
      const target: EditTarget = { path: 'todo.txt', line: it.source.line, endLine: it.source.endLine, progressLine: null, status: it.status, progress: it.progress, title: it.title };
      const out = applyEdit(text, target, { kind: 'status', status: to }, CLOCK).text;
      const after = parseNotes([{ path: 'todo.txt', text: out, sha256: '' }], { now: NOW }).items.find((x) => x.source.line === it.source.line);
      assert.deepEqual([after?.status, after?.title], [to, it.title], `line ${it.source.line} set to ${to}: ${JSON.stringify(out)}`);
    }
  }
});

const PROGRESS_FORMS: [string, string, number][] = [
  ['notes.md', '- MIT 6.824 Lec 1 done out of 20\n', 4],
  ['notes.md', '- MIT 6.824\n    Lec 1 done out of 20\n', 4],
  ['notes.md', 'NeetCode 150: 37/150\n', 40],
  ['notes.md', '- Linear Algebra - finished lectures 1-14, 20 to go\n', 16],
  ['notes.md', '- Rust book: chapter 3 done (17 left)\n', 5],
  ['notes.md', '- CS231n - Lec 3 done outta 20\n', 4],
  ['notes.md', '- DDIA (capítulo 5 de 12)\n', 6],
  ['notes.md', '| Course | Status | Progress |\n|---|---|---|\n| ML Specialization | In progress | 2/3 courses |\n', 1],
  ['Books/DDIA.md', '---\ntype: book\nstatus: reading\nprogress: 212/590\n---\n', 250],
  ['plan.org', '* READING DDIA\n  :PROPERTIES:\n  :PAGES: 180/600\n  :END:\n', 200],
];

test('every progress form, set to a new count, reads back as that count', () => {
  for (const [path, text, n] of PROGRESS_FORMS) {
    const before = parseNotes([{ path, text, sha256: '' }], { now: NOW }).items[0];
    assert.ok(before?.progress, `no progress in ${JSON.stringify(text)}`);
    const target: EditTarget = { path, line: before.source.line, endLine: before.source.endLine, progressLine: before.progressLine, status: before.status, progress: before.progress, title: before.title };
    const out = applyEdit(text, target, { kind: 'progress', input: { done: n, total: null, percent: false } }, CLOCK).text;
    const after = parseNotes([{ path, text: out, sha256: '' }], { now: NOW }).items[0];
    assert.deepEqual([after?.progress?.done, after?.progress?.total, after?.title], [n, before.progress.total, before.title], `${JSON.stringify(text)} set to ${n} gave ${JSON.stringify(out)}`);
  }
});

// Every word and mark of the vocabulary, in every position it is read in, set to every status.
const WORDS_BY_POSITION: Record<Position, (form: string) => [string, string][]> = {
  prefix: (f) => [['notes.md', `${f}: Git basics\n`]],
  field: (f) => [
    ['notes.md', `## Probability\nStatus: ${f}\n`],
    ['Books/DDIA.md', `---\ntype: book\nstatus: ${f}\n---\n`],
    ['notes.md', `- [${f}] Build a compiler\n`],
    ['notes.md', `- Go tour [${f}]\n`],
    ['notes.md', `| Course | Status |\n|---|---|\n| MIT 6.006 | ${f} |\n`],
  ],
  'field-lead': (f) => [['notes.md', `## Probability\nStatus: ${f} 3/10\n`]],
  trailing: (f) => isMark(f)
    ? [['notes.md', `- Linear algebra ${f}\n`]]
    : [['notes.md', `- Clean Code - ${f}\n`], ['notes.md', `- [ ] Clean Code - ${f}\n`], ['notes.md', `- [x] Clean Code (${f})\n`]],
  phrase: (f) => [['notes.md', `- The Pragmatic Programmer, ${f}\n`]],
  keyword: (f) => [['plan.org', `* ${f} Read SICP\n`]],
  'list-keyword': (f) => [['notes.md', `- ${f} Watch lecture 3\n`]],
  roam: (f) => [['notes.md', `- {{[[${f}]]}} Read the Raft paper\n`]],
  mark: (f) => [['notes.md', `- ${f} Dynamic programming\n`], ['notes.md', `${f} fast.ai Part 2\n`]],
  'cell-mark': (f) => [['notes.md', `| Topic | Status |\n|---|---|\n| Two Pointers | ${f} |\n`]],
};

test('every vocabulary entry, in every position, set to done, started, skipped and undone, reads back as that status', () => {
  const failures: string[] = [];
  let tried = 0;
  for (const entry of VOCABULARY) {
    for (const position of entry.positions) {
      for (const [path, text] of WORDS_BY_POSITION[position](entry.form)) {
        const before = parseNotes([{ path, text, sha256: '' }], { now: NOW }).items.at(-1);
        if (!before) { failures.push(`${JSON.stringify(text)}: no item`); continue; }
        if (position !== 'phrase' && before.status !== entry.status && !text.includes('[ ]') && !text.includes('[x]')) {
          failures.push(`${JSON.stringify(text)} reads ${before.status}, not ${entry.status}`);
        }
        for (const to of STATUSES) {
          tried++;
          const target: EditTarget = { path, line: before.source.line, endLine: before.source.endLine, progressLine: before.progressLine, status: before.status, progress: before.progress, title: before.title };
          const out = applyEdit(text, target, { kind: 'status', status: to }, CLOCK).text;
          const after = parseNotes([{ path, text: out, sha256: '' }], { now: NOW }).items.at(-1);
          if (after?.status !== to || after.title !== before.title) {
            failures.push(`${JSON.stringify(text)} set to ${to} gave ${JSON.stringify(out)}: ${after?.status} ${JSON.stringify(after?.title)}`);
          }
          // No word after the title contradicts the new status.
          const tail = position === 'trailing' || position === 'mark' ? findTrailingStatus(out.split('\n').at(-2)!) : null;
          if (tail && tail.index > 0 && tail.status !== to) failures.push(`${JSON.stringify(text)} set to ${to} kept a contradicting word: ${JSON.stringify(out)}`);
        }
      }
    }
  }
  assert.ok(tried > 1000, `only ${tried} edits tried`);
  assert.deepEqual(failures, []);
});

test('a check-off rewrites a contradicting status word in the note\'s own language and form, or drops it', () => {
  const cases: [string, Status, string][] = [
    ['- [ ] Clean Code - not started\n', 'done', '- [x] Clean Code - finished\n'],
    ['- [ ] Rayuela - por leer\n', 'done', '- [x] Rayuela - leído\n'],
    ['- [x] Rayuela - leída\n', 'todo', '- [ ] Rayuela - por leer\n'],
    ['- [x] Rayuela - leída\n', 'skipped', '- [-] Rayuela - abandonada\n'],
    ['- [ ] SICP (to do)\n', 'doing', '- [/] SICP (in progress)\n'],
    ['- [ ] Le Petit Prince - à lire\n', 'done', '- [x] Le Petit Prince - terminé\n'],
    ['- [ ] Faust — offen\n', 'doing', '- [/] Faust — in Arbeit\n'],
    ['- [ ] DDIA - READING\n', 'done', '- [x] DDIA - READ\n'],
    // Portuguese has no word for dropped: the word goes.
    ['- [ ] Dom Casmurro - pendente\n', 'skipped', '- [-] Dom Casmurro\n'],
    ['* TODO Clean Code - not started\n', 'done', '* DONE Clean Code - finished\n'],
  ];
  for (const [text, to, want] of cases) {
    const path = text.startsWith('*') ? 'plan.org' : 'notes.md';
    const before = parseNotes([{ path, text, sha256: '' }], { now: NOW }).items[0]!;
    const target: EditTarget = { path, line: 1, endLine: 1, progressLine: null, status: before.status, progress: before.progress, title: before.title };
    const out = applyEdit(text, target, { kind: 'status', status: to }, CLOCK).text;
    assert.equal(out.split('\n')[0] + '\n', want);
  }
});
