// `node --import tsx scripts/agreement.ts [DIR]`: how far two people agree on a note's gold.
// DIR (default test/notes/agreement) holds a second gold for some labelled notes, written blind
// by another person with their best kind and status first. Each is scored as the reader is
// (test/notes/scoring.ts), the first gold as the truth and the second's first choices as the
// answer, and beside it the reader on the same notes: what a person reaches is the ceiling the
// reader's scores should be read against.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item, Kind, Roadmap, Status } from '../src/core/model/types.js';
import { halfOf, notePath, pooled, scoreNote, type Gold, type NoteScore, type Summary } from '../test/notes/scoring.js';
import { LABELLED_DIR as NOTES, readLabelled } from './read-labelled.js';

const dir = process.argv[2] ?? join(NOTES, 'agreement');

/**
 * A gold read as an answer: each entry an item on its lines, of its first kind and status. (An
 * "exercise" is a task, as the roadmap's contract has no such kind and the reader cannot say it.)
 */
function goldAsRoadmap(g: Gold): Roadmap {
  const path = notePath(g.file);
  const items = g.items.map((e, i) => ({
    id: `g${i}`, title: e.title, kind: (e.kinds?.[0] === 'exercise' ? 'task' : e.kinds?.[0] ?? 'topic') as Kind, status: (e.status?.[0] ?? 'todo') as Status,
    progress: e.progress ? { done: e.progress.done, total: e.progress.total ?? null, unit: e.progress.unit ?? 'part' } : null,
    links: Array.from({ length: e.links ?? 0 }, (_, k) => `https://example.org/${k}`),
    estimate: e.estimateHours !== undefined ? { hours: e.estimateHours, basis: 'explicit' } : null,
    source: { path, line: e.lines[0]! },
    mentions: e.lines.slice(1).map((line) => ({ path, line })),
  })) as unknown as Item[];
  return { items } as unknown as Roadmap;
}

function readerScore(gold: Gold): NoteScore {
  return scoreNote(gold, readLabelled(gold.file).roadmap);
}

const people: NoteScore[] = [];
const reader: NoteScore[] = [];
const rows: string[] = [];
const f = (n: number): string => n.toFixed(3);
const line = (label: string, m: Omit<Summary, 'notes'>): string =>
  `${label.padEnd(58)} ${f(m.recall)} ${f(m.precision)} ${f(m.kind)} ${f(m.status)} ${f(m.progress)} ${f(m.estimate)} ${f(m.links)} ${f(m.title)}`;
for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort() : []) {
  const second = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Gold;
  const firstPath = join(NOTES, 'gold', name);
  if (!existsSync(firstPath)) {
    console.error(`${name}: no first gold in test/notes/gold`);
    process.exitCode = 1;
    continue;
  }
  const first = JSON.parse(readFileSync(firstPath, 'utf8')) as Gold;
  const p = scoreNote(first, goldAsRoadmap(second));
  const r = readerScore(first);
  people.push(p);
  reader.push(r);
  rows.push(line(`${first.file.length > 50 ? `${first.file.slice(0, 49)}…` : first.file} (${halfOf(first.file)})`, pooled([p])));
}
if (!people.length) {
  console.log(`no second golds in ${dir}`);
} else {
  console.log(`${'note: a second person against the first gold'.padEnd(58)} recall prec.  kind  status progr. estim. links title`);
  for (const r of rows) console.log(r);
  console.log(line(`a second person, pooled (${people.length} notes)`, pooled(people)));
  console.log(line(`the reader on the same notes, pooled`, pooled(reader)));
}
