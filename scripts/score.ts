// `npm run score [-- --verbose] [-- --half dev|test] [-- --max-round N] [-- NAME…]`: the reader measured like a
// model. Reads every note in test/notes that has a gold in test/notes/gold, scores it, and
// prints each note's measures and each half's (dev, test), pooled over gold entries and
// averaged over notes. Without ../shared or a browser; golds are written before the reader
// ever runs on a note (test/notes/README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roundOf, halfOf, macro, noteMeasures, pooled, scoreNote, type Gold, type NoteScore, type Summary } from '../test/notes/scoring.js';
import { LABELLED_DIR as DIR, readLabelled } from './read-labelled.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const json = args.includes('--json');
const halfArg = args.indexOf('--half');
const onlyHalf = halfArg >= 0 ? args[halfArg + 1] : null;
// (`--max-round 10`: only the notes of rounds up to 10, to compare a stop's start and end on the same notes.)
const roundArg = args.indexOf('--max-round');
const maxRound = roundArg >= 0 ? Number(args[roundArg + 1]) : Infinity;
const names = args.filter((a, i) => !a.startsWith('-') && !(halfArg >= 0 && i === halfArg + 1) && !(roundArg >= 0 && i === roundArg + 1));

const golds = readdirSync(join(DIR, 'gold')).filter((f) => f.endsWith('.gold.json')).sort();
const scores: { half: 'dev' | 'test'; score: NoteScore }[] = [];
for (const g of golds) {
  const gold = JSON.parse(readFileSync(join(DIR, 'gold', g), 'utf8')) as Gold;
  const half = halfOf(gold.file);
  if (onlyHalf && half !== onlyHalf) continue;
  if (names.length && !names.some((n) => gold.file.includes(n))) continue;
  if (roundOf(gold.file) > maxRound) continue;
  const path = join(DIR, gold.file);
  if (!existsSync(path)) {
    console.error(`${g}: its note ${gold.file} is missing`);
    process.exitCode = 1;
    continue;
  }
  scores.push({ half, score: scoreNote(gold, readLabelled(gold.file).roadmap) });
}

const f = (n: number): string => n.toFixed(3);
const row = (label: string, m: Omit<Summary, 'notes'>, extra = ''): string =>
  `${label.padEnd(58)} ${f(m.recall)} ${f(m.precision)} ${f(m.kind)} ${f(m.status)} ${f(m.progress)} ${f(m.estimate)} ${f(m.links)} ${f(m.title)}${extra}`;
const header = `${'note'.padEnd(58)} recall prec.  kind  status progr. estim. links title`;

if (json) {
  const out = {
    notes: scores.map(({ half, score }) => ({ half, file: score.file, gold: score.gold, matched: score.matched, extra: score.extra, budget: score.budget, ...noteMeasures(score) })),
    halves: Object.fromEntries(['dev', 'test'].map((h) => {
      const s = scores.filter((x) => x.half === h).map((x) => x.score);
      return [h, { pooled: pooled(s), macro: macro(s) }];
    })),
  };
  console.log(JSON.stringify(out, null, 2));
} else {
  for (const half of ['dev', 'test'] as const) {
    const s = scores.filter((x) => x.half === half);
    if (!s.length) continue;
    console.log(`\n${half} (${s.length} notes)\n${header}`);
    for (const { score } of s) {
      const name = score.file.length > 56 ? score.file.slice(0, 55) + '…' : score.file;
      console.log(row(name, noteMeasures(score), `  ${score.matched}/${score.gold} +${score.extra}${score.budget ? ` budget ${score.budget}` : ''}`));
      if (verbose && half === 'dev') for (const d of score.details) console.log(`    ${d}`);
    }
    const list = s.map((x) => x.score);
    console.log(row(`${half}: pooled over gold entries`, pooled(list)));
    console.log(row(`${half}: mean over notes`, macro(list)));
    // Each collection round on its own: a round's notes were new to the reader when they came.
    const rounds = [...new Set(s.map((x) => roundOf(x.score.file)))].sort();
    if (rounds.length > 1) {
      for (const r of rounds) {
        const part = s.filter((x) => roundOf(x.score.file) === r).map((x) => x.score);
        console.log(row(`${half}: round ${r} (${part.length} notes), pooled`, pooled(part)));
      }
    }
  }
  if (verbose && scores.some((x) => x.half === 'test')) console.log('\n(details are shown for dev notes only: rules change only for dev errors)');
}
