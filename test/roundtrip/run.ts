// `npm run roundtrip`: the full round trip of issue 21 over every item of every corpus note
// and example (done, start, progress, each undone), on two processes; prints the counts of
// the three read-back checks, refusals and undo, and exits non-zero on any failure.
// `--worker` is how each process is started; `--only NAME` runs the notes whose path has NAME.
import { fork } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { addCounts, emptyCounts, sweepNote, type SweepCounts } from './sweep.js';
import { roundTripNotes } from './notes.js';

async function worker(): Promise<void> {
  process.on('message', (m: { folder: string; rel: string } | 'end') => {
    if (m === 'end') { process.disconnect(); return; }
    void sweepNote(m.folder, m.rel, { label: m.rel }).then((c) => process.send!(c), (e: unknown) => {
      process.send!({ ...emptyCounts(), notes: 1, errors: 1, examples: [`${m.rel}: ${(e as Error).stack}`] });
    });
  });
  process.send!('ready');
}

async function main(argv: string[]): Promise<void> {
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1]! : '';
  // Largest first, so the two processes finish together.
  const queue = roundTripNotes().filter(([f, r]) => join(f, r).includes(only))
    .sort((a, b) => statSync(join(...b)).size - statSync(join(...a)).size);
  let total = emptyCounts();
  const started = Date.now();
  await Promise.all([0, 1].map(() => new Promise<void>((done, fail) => {
    const child = fork(new URL(import.meta.url).pathname, ['--worker'], { execArgv: ['--import', 'tsx'] });
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
    `round trip: ${total.notes} notes, ${total.items} items, ${total.edits} edits (done, start, progress; each undone) in ${Math.round((Date.now() - started) / 1000)} s`,
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

if (process.argv.includes('--worker')) await worker();
else await main(process.argv.slice(2));
