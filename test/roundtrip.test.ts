// The round trip of issue 21 in `npm test`: every item of every example through done,
// start, progress and undo with the real write, history and read-back; every item of the
// corpus notes up to 20 KB in memory (`npm run roundtrip` runs the whole corpus, the two
// large curricula too). Each must show 0 on the three checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusNeed, skipUnless } from './needs.js';
import { sweepNoteFast } from './roundtrip/fast.js';
import { EXAMPLES, roundTripNotes } from './roundtrip/notes.js';
import { addCounts, emptyCounts, sweepNote } from './roundtrip/sweep.js';

const failures = (c: ReturnType<typeof emptyCounts>) => ({ state: c.state, others: c.others, id: c.id, bytes: c.bytes });
const ZERO = { state: 0, others: 0, id: 0, bytes: 0 };

void test('every item of every example: done, start, progress read back as reported, touch no other item, keep their ids, undo byte for byte', async () => {
  let total = emptyCounts();
  for (const [folder, rel] of roundTripNotes().filter(([f]) => f === EXAMPLES)) total = addCounts(total, await sweepNote(folder, rel));
  assert.deepEqual(failures(total), ZERO, total.examples.join('\n'));
  assert.equal(total.refused, 0, total.examples.join('\n'));
  assert.ok(total.edits > 60, `${total.edits} edits`);
});

void test('every item of the corpus notes up to 20 KB, in memory: 0 on the three checks', { skip: skipUnless(corpusNeed()) }, () => {
  let total = emptyCounts();
  for (const [folder, rel] of roundTripNotes().filter(([f]) => f !== EXAMPLES)) {
    const path = join(folder, rel);
    if (statSync(path).size <= 20_000) total = addCounts(total, sweepNoteFast(rel, readFileSync(path, 'utf8')));
  }
  assert.deepEqual(failures(total), ZERO, total.examples.join('\n'));
  assert.ok(total.edits > 1500, `${total.edits} edits`);
});
