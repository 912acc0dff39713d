// `npm run torture`: the long campaign that tries hard to break Waymark's promises about
// the notes (kill, races, fuzz, every corpus item, file system) and prints a table of counts.
// A bench, not a unit test; `test/torture.test.ts` runs each part's short form in `npm test`.
// Counts: `npm run torture -- --kill 500 --races 200 --fuzz 1000000` (defaults below are
// scaled to finish in about a quarter of an hour on two busy cores).
import { availableParallelism } from 'node:os';
import type { PartResult } from './common.js';
import { corpusPart } from './corpus.js';
import { fsPart } from './fs.js';
import { fuzzPart } from './fuzz.js';
import { killPart } from './kill.js';
import { racesPart } from './races.js';

const DEFAULTS = { kill: 200, killOthers: 50, races: 200, fuzz: 100_000, fuzzFrom: 0, changing: 20, seed: 20261204 };

function options(argv: string[]): typeof DEFAULTS & { only: string[] } {
  const o = { ...DEFAULTS, only: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!.replace(/^--/, '').replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
    if (k === 'only') o.only.push(...argv[++i]!.split(','));
    else if (k in DEFAULTS) (o as Record<string, unknown>)[k] = Number(argv[++i]);
    else throw new Error(`unknown option ${argv[i]} (use --kill N --kill-others N --races N --fuzz N --fuzz-from N --changing N --seed N --only kill,races,fuzz,corpus,fs)`);
  }
  return o;
}

export function renderTable(rows: (PartResult & { seconds: number })[]): string {
  const head = ['part', 'runs', 'failures', 'time', 'what ran'];
  const body = rows.map((r) => [r.part, String(r.runs), String(r.failures.length), `${Math.round(r.seconds)} s`, r.notes]);
  const width = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 2 || i === 3 ? c.padStart(width[i]!) : c.padEnd(width[i]!))).join('  ').trimEnd();
  return [line(head), line(width.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

const o = options(process.argv.slice(2));
const cores = Math.max(1, Math.min(2, availableParallelism()));
const parts: [string, () => Promise<PartResult>][] = [
  ['kill', () => killPart({ runs: o.kill, othersRuns: o.killOthers, parallel: cores, seed: o.seed, maxDelayMs: 800 })],
  ['races', () => racesPart({ runs: o.races })],
  ['fuzz', () => fuzzPart({ notes: o.fuzz, from: o.fuzzFrom, workers: cores, seed: o.seed, report: (l) => process.stderr.write(`${l}\n`) })],
  ['corpus', () => corpusPart()],
  ['fs', () => fsPart({ changingRounds: o.changing })],
];
const rows: (PartResult & { seconds: number })[] = [];
for (const [name, run] of parts) {
  if (o.only.length && !o.only.includes(name)) continue;
  const t = Date.now();
  process.stderr.write(`torture: ${name}…\n`);
  rows.push({ ...(await run()), seconds: (Date.now() - t) / 1000 });
}
process.stdout.write(renderTable(rows) + '\n');
const failures = rows.flatMap((r) => r.failures.map((f) => `[${r.part}] ${f}`));
if (failures.length) process.stdout.write(`\n${failures.slice(0, 40).join('\n')}${failures.length > 40 ? `\n… ${failures.length - 40} more` : ''}\n`);
process.exitCode = failures.length ? 1 : 0;
