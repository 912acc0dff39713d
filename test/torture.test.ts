// The short forms of the torture campaign (`npm run torture` runs the long ones): a few
// kills at each write step and at random moments, races, fuzz, every item of the examples,
// and the file-system cases. Each must come through with no failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusPart } from './torture/corpus.js';
import { fsPart } from './torture/fs.js';
import { fuzzPart } from './torture/fuzz.js';
import { canStageOthers, killPart } from './torture/kill.js';
import { racesPart } from './torture/races.js';

void test('kill: SIGKILL at each write step and at random moments leaves note and history agreeing', async () => {
  const r = await killPart({ runs: 2, othersRuns: 2, parallel: 1, seed: 1, maxDelayMs: 500 });
  assert.deepEqual(r.failures, []);
  // As root, someone else's note (written in place) too: 4 at its steps, 2 at random moments.
  assert.equal(r.runs, canStageOthers() ? 14 : 8);
});

void test('races: two waymark processes, and waymark beside an appending editor, lose no edit', async () => {
  const r = await racesPart({ runs: 6 });
  assert.deepEqual(r.failures, []);
});

void test('fuzz: generated and mutated notes read without crash or hang; write-back leaves other lines be', async () => {
  const r = await fuzzPart({ notes: 1500, workers: 2, seed: 1 });
  assert.deepEqual(r.failures, []);
});

void test('every item of every example: done, start, progress change only its lines, read back, undo to the same bytes', async () => {
  const r = await corpusPart({ examplesOnly: true });
  assert.deepEqual(r.failures, []);
  assert.ok(r.runs > 50, `${r.runs} actions ran`);
});

void test('file system: symlink loops, FIFOs, unreadable files, notes changing while read, a full disk', async (t) => {
  const r = await fsPart({ changingRounds: 3 });
  if (r.notes.startsWith('not run')) t.diagnostic(r.notes);
  assert.deepEqual(r.failures, []);
});
