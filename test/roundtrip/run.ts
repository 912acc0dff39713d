// `npm run roundtrip`: the full round trip of issue 21 over every item of every corpus note
// and example (done, start, progress), on two processes; prints the counts of the three
// read-back checks and exits non-zero on any failure. By default in memory (`fast.ts`:
// many items per read); `--real` runs each edit through the real write, history and
// read-back check, then undo (`sweep.ts`: one read per edit, so slow on the largest notes).
// `--only NAME` runs the notes whose path has NAME, `--except NAME` leaves them out (both may
// repeat); `--worker` is how each process starts.
import { fork } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { sweepNoteFast } from './fast.js';
import { addCounts, emptyCounts, sweepNote, type SweepCounts } from './sweep.js';
import { roundTripNotes } from './notes.js';

function worker(): void {
  process.on('message', (m: { folder: string; rel: string } | 'end') => {
    if (m === 'end') { process.disconnect(); return; }
    const real = process.argv.includes('--real');
    const sweep = real ? sweepNote(m.folder, m.rel, { label: m.rel }) : Promise.resolve().then(() => sweepNoteFast(m.rel, readFileSync(join(m.folder, m.rel), 'utf8')));
    void sweep.then((c) => process.send!(c), (e: unknown) => {
      process.send!({ ...emptyCounts(), notes: 1, errors: 1, examples: [`${m.rel}: ${(e as Error).stack}`] });
    });
  });
  process.send!('ready');
}

async function main(argv: string[]): Promise<void> {
  const named = (flag: string): string[] => argv.flatMap((a, i) => (a === flag && argv[i + 1] ? [argv[i + 1]!] : []));
  const only = named('--only');
  const except = named('--except');
  // Largest first, so the two processes finish together.
  const queue = roundTripNotes()
    .filter(([f, r]) => (only.length === 0 || only.some((n) => join(f, r).includes(n))) && !except.some((n) => join(f, r).includes(n)))
    .sort((a, b) => statSync(join(...b)).size - statSync(join(...a)).size);
  let total = emptyCounts();
  const started = Date.now();
  await Promise.all([0, 1].map(() => new Promise<void>((done, fail) => {
    const child = fork(new URL(import.meta.url).pathname, ['--worker', ...(argv.includes('--real') ? ['--real'] : [])], { execArgv: ['--import', 'tsx'] });
    const next = () => {
      const n = queue.shift();
      child.send(n ? { folder: n[0], rel: n[1] } : 'end');
    };
    child.on('message', (m: SweepCounts | 'ready') => {
      if (m !== 'ready') {
        total = addCounts(total, m);
        process.stderr.write(`roundtrip: ${total.notes} notes, ${total.edits} edits…\n`);
      }
      next();
    });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`a round-trip process exited ${code}`))));
  })));
  const failures = total.state + total.others + total.id + total.bytes;
  process.stdout.write([
    `round trip${argv.includes('--real') ? ' (real writes, each undone)' : ' (in memory)'}: ${total.notes} notes, ${total.items} items, ${total.edits} edits (done, start, progress) in ${Math.round((Date.now() - started) / 1000)} s`,
    `  (a) state differs from the report   ${total.state}`,
    `  (b) other items changed             ${total.others}`,
    `  (c) item lost its id                ${total.id}`,
    `  refused by the read-back check      ${total.refused}`,
    `  undo or refusal not byte-exact      ${total.bytes}`,
    `  other errors (not failures)         ${total.errors}`,
    ...total.examples.slice(0, 80).map((e) => `    ${e}`),
    '',
  ].join('\n'));
  process.exitCode = failures ? 1 : 0;
}

if (process.argv.includes('--worker')) worker();
else await main(process.argv.slice(2));
