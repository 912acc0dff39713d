// Fuzz: generated and mutated notes through the reader, split over worker threads (one per
// core), with no crash, no hang (over 2 s per 200 KB), and write-back leaving other lines be.
import { Worker } from 'node:worker_threads';
import { corpusNotes } from './corpus-dir.js';
import type { PartResult } from './common.js';

const WORKER = new URL('./fuzz-worker.ts', import.meta.url).href;
// Workers do not inherit tsx's loader: they start by importing the worker through its API.
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => m.tsImport(${JSON.stringify(WORKER)}, ${JSON.stringify(WORKER)}))`;
/** A worker silent this long is taken to hang. */
const WATCHDOG_MS = 60_000;

interface Done { done: true; parsed: number; failures: string[]; failed: number; slowest: number }

function runWorker(from: number, to: number, seed: number, corpus: string[]): Promise<Done> {
  return new Promise((resolve) => {
    const w = new Worker(BOOT, { eval: true, workerData: { from, to, seed, corpus } });
    let seen = 0;
    let timer = setTimeout(hang, WATCHDOG_MS);
    function hang() {
      void w.terminate();
      resolve({ done: true, parsed: seen, failures: [`notes #${from + seen}..#${from + seen + 250} (seed ${seed}): no progress for ${WATCHDOG_MS / 1000} s — a hang`], failed: 1, slowest: Infinity });
    }
    w.on('message', (m: { progress?: number } | Done) => {
      clearTimeout(timer);
      if ('done' in m) { resolve(m); void w.terminate(); return; }
      seen = m.progress ?? seen;
      timer = setTimeout(hang, WATCHDOG_MS);
    });
    w.on('error', (err) => { clearTimeout(timer); resolve({ done: true, parsed: seen, failures: [`worker crashed: ${err.message}`], failed: 1, slowest: 0 }); });
  });
}

export async function fuzzPart(opts: { notes: number; workers: number; seed: number }): Promise<PartResult> {
  const corpus = corpusNotes();
  const per = Math.ceil(opts.notes / opts.workers);
  const results = await Promise.all(Array.from({ length: opts.workers }, (_, k) =>
    runWorker(k * per, Math.min(opts.notes, (k + 1) * per), opts.seed, corpus)));
  const failures = results.flatMap((r) => r.failures);
  const failed = results.reduce((a, r) => a + r.failed, 0);
  if (failed > failures.length) failures.push(`… ${failed - failures.length} more`);
  const slowest = Math.max(...results.map((r) => r.slowest));
  return { part: 'fuzz', runs: opts.notes, failures, notes: `${opts.workers} workers, seed ${opts.seed}, slowest ${Math.round(slowest)} ms per 200 KB` };
}
