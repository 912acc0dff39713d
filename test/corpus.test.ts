// The reader over every real note in ../shared/corpus: never throws, reads back
// byte-identical, and gives the counts a person can check by hand. Each test skips with one
// line when the corpus is absent (a fresh clone).
import { test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseNotes } from '../src/core/notes/index.js';
import { scan, splitLines } from '../src/core/notes/scan.js';
import { decodeNote } from '../src/edge/workspace.js';
import type { Item, Roadmap } from '../src/core/model/types.js';
import { CORPUS, corpusFiles } from './corpus-files.js';
import { corpusNeed, skipUnless } from './needs.js';

const test = (name: string, fn: () => void | Promise<void>): void => void nodeTest(name, { skip: skipUnless(corpusNeed()) }, fn);

const NOW = new Date('2026-11-22T10:00:00Z');


function readCorpus(file: string): Roadmap {
  const bytes = readFileSync(file);
  const d = decodeNote(bytes);
  assert.ok('text' in d, `${file} should decode`);
  return parseNotes([{ path: relative(CORPUS, file), text: d.text, sha256: '' }], { now: NOW });
}

const files = corpusFiles();

test('the corpus is there', () => {
  assert.ok(files.length >= 20, `expected the shared corpus at ${CORPUS}`);
});

for (const file of files) {
  const name = relative(CORPUS, file);
  test(`reads ${name}: no throw, byte-identical round trip, sane lines`, () => {
    const bytes = readFileSync(file);
    const d = decodeNote(bytes);
    assert.ok('text' in d);
    const text = d.text;
    // The scanner's lines, with their line ends, are the file again, byte for byte.
    const rebuilt = splitLines(text).map((l) => text.slice(l.start, l.end + l.eol)).join('');
    assert.ok(Buffer.from(rebuilt, 'utf8').equals(bytes), 'round trip differs');
    const lines = scan(text, name.endsWith('.org') ? 'org' : 'markdown');
    const r = readCorpus(file);
    for (const it of r.items) {
      assert.ok(it.source.line >= 1 && it.source.line <= lines.length, `${it.title}: line ${it.source.line}`);
      assert.ok(it.source.endLine >= it.source.line);
      assert.ok(it.title.length > 0);
      assert.ok(!/^\s*(?:[-*+]|\d+\.)\s/.test(it.title), `title keeps its list marker: ${it.title}`);
      assert.ok(!/\[[ xX]\]/.test(it.title.slice(0, 4)), `title keeps its checkbox: ${it.title}`);
    }
    assert.equal(new Set(r.items.map((i) => i.id)).size, r.items.length, 'ids are unique');
  });
}

test('coding-interview-university: one item per checkbox line', () => {
  const file = join(CORPUS, 'coding-interview-university', 'README.md');
  const text = readFileSync(file, 'utf8');
  const checkboxLines = text.split('\n').map((l, i) => (/^\s*(?:[-*+]|\d+\.)\s+\[[ xX]\]/.test(l) ? i + 1 : 0)).filter(Boolean);
  assert.equal(checkboxLines.length, 463);
  const r = readCorpus(file);
  const claimed = new Map<number, number>();
  for (const it of r.items) {
    for (const line of [it.source.line, ...it.mentions.map((m) => m.line)]) claimed.set(line, (claimed.get(line) ?? 0) + 1);
  }
  for (const line of checkboxLines) assert.equal(claimed.get(line), 1, `checkbox line ${line} yields ${claimed.get(line) ?? 0} items`);
});

function item(r: Roadmap, title: string): Item {
  const it = r.items.find((i) => i.title === title);
  assert.ok(it, `no "${title}" among ${r.items.map((i) => i.title).join(' | ')}`);
  return it;
}

test('org files: states, dates, efforts and clocks come through', () => {
  const learning = readCorpus(join(CORPUS, 'org-masnes', 'learning.org'));
  const read = item(learning, 'Read more about becoming a sales engineer');
  assert.equal(read.status, 'done');
  assert.equal(read.dates.done, '2015-10-27');
  assert.equal(read.priority, 3);
  assert.equal(item(learning, 'Attend some toastmasters chapter meetings at different locations').dates.scheduled, '2016-02-19');
  const test1 = item(learning, 'test');
  assert.equal(test1.dates.done, '2015-10-17');
  assert.equal(item(learning, 'Read willpower book').dates.scheduled, '2016-02-17');
  assert.equal(learning.items.filter((i) => i.status === 'done').length, 4);

  const study = readCorpus(join(CORPUS, 'org-tstand90', 'study.org'));
  assert.equal(item(study, 'Graphs').spentHours, 0.87);
  assert.equal(item(study, 'F# In Action').spentHours, 0.85);
  assert.equal(item(study, 'F# In Action').status, 'doing');
  assert.equal(item(study, 'React Quickly, Second Edition').status, 'done');
  assert.equal(item(study, 'How do cookies on the web actually work?').kind, 'question');
  assert.equal(item(study, 'How is session info stored in a cookie?').parent, item(study, 'How do cookies on the web actually work?').id);

  const books = readCorpus(join(CORPUS, 'org-tstand90', 'book_list.org'));
  assert.equal(item(books, "The Programmer's Brain").status, 'todo');
  assert.deepEqual(item(books, 'ASP.NET Core In Action').progress, { done: 8, total: null, unit: 'chapter' });
  assert.equal(item(books, 'Essential Typescript 5').status, 'done');
});

test('Obsidian Tasks demo: every field comes through', () => {
  const r = readCorpus(join(CORPUS, 'obsidian-tasks-demo', 'Tasks Format.md'));
  assert.equal(item(r, 'Has a created date').dates.created, '2023-04-13');
  assert.equal(item(r, 'Has a scheduled date').dates.scheduled, '2023-04-14');
  assert.equal(item(r, 'Has a start date').dates.start, '2023-04-15');
  assert.equal(item(r, 'Has a due date').dates.due, '2023-04-16');
  const done = item(r, 'Has a done date');
  assert.equal(done.status, 'done');
  assert.equal(done.dates.done, '2023-04-17');
  const cancelled = item(r, 'Has a cancelled date');
  assert.equal(cancelled.status, 'skipped');
  assert.equal(cancelled.dates.cancelled, '2023-04-18');
  assert.deepEqual(['Lowest priority', 'Low priority', 'Normal priority', 'Medium priority', 'High priority', 'Highest priority'].map((t) => item(r, t).priority), [0, 1, 2, 3, 4, 5]);
  assert.equal(item(r, 'Is a recurring task').recurrence, 'every day when done');
  const after = item(r, 'do this after first and some other task');
  assert.deepEqual(after.dependsOn, [item(r, 'do this first').id]);
  assert.ok(r.warnings.some((w) => w.code === 'unknown-dependency' && w.line === after.source.line), 'unknown id 0h17ye is a warning');
  assert.ok(r.items.every((i) => i.tags.includes('task')));
  assert.equal(r.items.length, 19, 'the ```tasks query block is not items');
});

test('freeCodeCamp: totals are recomputed from the items, not taken from the summary lines', () => {
  const r = readCorpus(join(CORPUS, 'freecodecamp-progress', 'README.md'));
  const courses = r.items.filter((i) => i.parent === null && i.title.startsWith('📽'));
  // The header claims "6/14 | 14:12:51 / 51:08:53"; the checkboxes say 15 courses, 53:55:15.
  assert.equal(courses.length, 15);
  assert.equal(courses.filter((c) => c.status === 'done').length, 6);
  const total = courses.reduce((s, c) => s + (c.estimate?.hours ?? 0), 0);
  assert.ok(Math.abs(total - (53 + 55 / 60 + 15 / 3600)) < 0.05, `total ${total}`);
  // Each course's detailed section merged into the course, its chapters are children.
  const python = item(r, '📽️ Python Automation Tutorial – How to Automate Tasks for Beginners [Full Course]');
  assert.ok(python.mentions.length >= 1);
  assert.ok(r.items.filter((i) => i.parent === python.id).length >= 5);
});

const GOLD = join(CORPUS, 'gold');
const SCORER = join(CORPUS, '..', 'tools', 'score-extraction.py');
for (const [note, min] of [['001_a81e5c967b35825a', 0.95], ['003_8f44cf3c673bbae7', 0.95], ['004_138734d9aac3b756', 0.95]] as const) {
  test(`gold ${note}: scored by the shared scorer`, () => {
    const r = readCorpus(join(CORPUS, 'primary', `${note}.txt`));
    const out = join(mkdtempSync(join(tmpdir(), 'waymark-score-')), 'export.json');
    writeFileSync(out, JSON.stringify(r));
    const res = spawnSync('python3', [SCORER, join(GOLD, `${note}.gold.json`), out], { encoding: 'utf8' });
    assert.equal(res.status, 0, res.stderr);
    const line = res.stdout.trim().split('\n').pop()!;
    const score = Object.fromEntries([...line.matchAll(/(\w+)=([\d.]+|ok|wrong)/g)].map((m) => [m[1], m[2]]));
    assert.ok(Number(score.recall) >= min, line);
    assert.ok(Number(score.precision) >= 0.9, line);
    assert.ok(Number(score.kind) >= 0.85, line);
    assert.ok(Number(score.status) >= 0.95, line);
    assert.ok(Number(score.progress) >= 0.95, line);
    if (score.budget) assert.equal(score.budget, 'ok', line);
  });
}
