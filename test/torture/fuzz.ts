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
/** How often a long run says how far it got (on stderr): enough to finish it later with --fuzz-from. */
const REPORT_MS = 60_000;

interface Done { done: true; parsed: number; failures: string[]; failed: number; slowest: number }

interface Seen { seen: number; failed: number }

function runWorker(from: number, to: number, seed: number, corpus: string[], seen: Seen): Promise<Done> {
  return new Promise((resolve) => {
    const w = new Worker(BOOT, { eval: true, workerData: { from, to, seed, corpus } });
    let timer = setTimeout(hang, WATCHDOG_MS);
    function hang() {
      void w.terminate();
      resolve({ done: true, parsed: seen.seen, failures: [`notes #${from + seen.seen}..#${from + seen.seen + 250} (seed ${seed}): no progress for ${WATCHDOG_MS / 1000} s — a hang`], failed: 1, slowest: Infinity });
    }
    w.on('message', (m: { progress?: number; failed?: number } | Done) => {
      clearTimeout(timer);
      if ('done' in m) { seen.seen = to - from; resolve(m); void w.terminate(); return; }
      seen.seen = m.progress ?? seen.seen;
      seen.failed = m.failed ?? seen.failed;
      timer = setTimeout(hang, WATCHDOG_MS);
    });
    w.on('error', (err) => { clearTimeout(timer); resolve({ done: true, parsed: seen.seen, failures: [`worker crashed: ${err.message}`], failed: 1, slowest: 0 }); });
  });
}

/**
 * Notes [from, notes) of the seed, split over the workers. A long run reports every minute on
 * stderr how far each worker got (the notes below each position are done).
 */
export async function fuzzPart(opts: { notes: number; workers: number; seed: number; from?: number; report?: (line: string) => void }): Promise<PartResult> {
  const corpus = corpusNotes();
  const from = opts.from ?? 0;
  const per = Math.ceil((opts.notes - from) / opts.workers);
  const ranges = Array.from({ length: opts.workers }, (_, k) => ({ from: from + k * per, to: Math.min(opts.notes, from + (k + 1) * per), seen: { seen: 0, failed: 0 } }));
  const started = Date.now();
  const report = opts.report && setInterval(() => {
    const done = ranges.reduce((a, r) => a + r.seen.seen, 0);
    const rate = done / ((Date.now() - started) / 1000);
    opts.report!(`fuzz: ${done} of ${opts.notes - from} notes in ${Math.round((Date.now() - started) / 1000)} s (${Math.round(rate)}/s), ${ranges.reduce((a, r) => a + r.seen.failed, 0)} failing so far; done below ${ranges.map((r) => `#${r.from + r.seen.seen} of [${r.from}, ${r.to})`).join(', ')}`);
  }, REPORT_MS);
  const results = await Promise.all(ranges.map((r) => runWorker(r.from, r.to, opts.seed, corpus, r.seen)));
  if (report) clearInterval(report);
  const failures = results.flatMap((r) => r.failures);
  const failed = results.reduce((a, r) => a + r.failed, 0);
  if (failed > failures.length) failures.push(`… ${failed - failures.length} more`);
  const slowest = Math.max(...results.map((r) => r.slowest));
  return { part: 'fuzz', runs: opts.notes - from, failures, notes: `${from ? `notes #${from}.. of ` : ''}${opts.workers} workers, seed ${opts.seed}, slowest ${Math.round(slowest)} ms per 200 KB` };
}
