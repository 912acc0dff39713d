// Approved reader output: for each corpus note and each example, one line per item (title,
// kind, status, progress, estimate, parent), so that any change to a reading rule shows as a
// diff to accept or refuse. Re-approve after reviewing the diff: `npm run approve:reader`.
import { test } from 'node:test';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseNotes } from '../../src/core/notes/index.js';
import { decodeNote } from '../../src/edge/workspace.js';
import type { Item, Roadmap } from '../../src/core/model/types.js';
import { CORPUS, corpusFiles } from '../corpus-files.js';
import { corpusNeed, skipUnless } from '../needs.js';
import { approve } from './approve.js';

const NOW = new Date('2026-11-22T10:00:00Z');
const HERE = dirname(fileURLToPath(import.meta.url));
const EXAMPLES = join(HERE, '..', '..', 'examples');

/** A figure without trailing zeros: 1.5, 0.33, 12. */
const num = (n: number) => String(Math.round(n * 100) / 100);

/** One readable line per item: line, kind, status, progress, estimate, title, parent. */
function renderReading(r: Roadmap): string {
  const byId = new Map(r.items.map((i) => [i.id, i]));
  const line = (i: Item) => {
    const progress = i.progress ? `${num(i.progress.done)}/${i.progress.total === null ? '?' : num(i.progress.total)} ${i.progress.unit}` : '-';
    const estimate = i.estimate ? `${num(i.estimate.hours)}h ${i.estimate.basis}` : '-';
    const parent = i.parent ? byId.get(i.parent)?.title ?? i.parent : null;
    return [`L${i.source.line}`, i.kind, i.status, progress, estimate, JSON.stringify(i.title)].join(' | ') + (parent === null ? '' : ` < ${JSON.stringify(parent)}`);
  };
  return `${r.items.length} items\n${r.items.map(line).join('\n')}\n`;
}

function check(name: string, path: string, file: string): void {
  const d = decodeNote(readFileSync(file));
  if (!('text' in d)) throw new Error(`${file} does not decode`);
  const out = renderReading(parseNotes([{ path, text: d.text, sha256: '' }], { now: NOW }));
  mkdirSync(join(HERE, dirname(name)), { recursive: true });
  approve(name, out);
}

if (existsSync(CORPUS)) {
  for (const file of corpusFiles()) {
    const rel = relative(CORPUS, file);
    void test(`approved reading: corpus ${rel}`, () => check(`reader/corpus/${rel}`, rel, file));
  }
} else {
  void test('approved reading: corpus', { skip: skipUnless(corpusNeed()) }, () => {});
}

for (const name of readdirSync(EXAMPLES).sort().filter((n) => /\.(?:md|markdown|txt|org)$/i.test(n))) {
  void test(`approved reading: examples/${name}`, () => check(`reader/examples/${name}`, name, join(EXAMPLES, name)));
}
