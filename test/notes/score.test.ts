// The labelled set as a guard: the `dev` half's pooled scores may not fall below what they
// were when this file was last set (npm run score prints them). The `test` half is measured,
// never tuned on, and not held to a floor here: its figures go in each stop's notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNotes } from '../../src/core/notes/index.js';
import { notePath, halfOf, pooled, scoreNote, type Gold } from './scoring.js';

const DIR = import.meta.dirname;
// Set on 2026-12-04 from `npm run score` (dev: 0.985 0.974 0.955 0.998 0.974), less a little room.
const FLOOR = { recall: 0.98, precision: 0.97, kind: 0.95, status: 0.99, progress: 0.97 };

test('the dev half of the labelled notes reads at least as well as it did', () => {
  const scores = readdirSync(join(DIR, 'gold')).filter((f) => f.endsWith('.gold.json')).map((f) => JSON.parse(readFileSync(join(DIR, 'gold', f), 'utf8')) as Gold)
    .filter((g) => halfOf(g.file) === 'dev')
    .map((g) => {
      const text = readFileSync(join(DIR, g.file), 'utf8');
      const roadmap = parseNotes([{ path: notePath(g.file), text, sha256: createHash('sha256').update(text).digest('hex') }], { now: new Date('2026-12-01T12:00:00Z') });
      return scoreNote(g, roadmap);
    });
  assert.ok(scores.length >= 20, `dev half has ${scores.length} notes`);
  const p = pooled(scores);
  for (const [k, floor] of Object.entries(FLOOR)) {
    const got = p[k as keyof typeof FLOOR];
    assert.ok(got >= floor, `dev ${k} ${got.toFixed(3)} fell below ${floor} (npm run score -- --verbose shows each miss)`);
  }
});
