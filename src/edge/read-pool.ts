// Reads notes on every core: the main thread and worker threads take batches of notes from
// one queue until it is empty, so a slow note does not hold a whole half back. Each thread
// claims the next batch from a counter they share (Atomics), not from this thread's hand.
// Used only when there is enough text to pay for starting the threads (each loads the reader
// anew) and a core the machine leaves idle for each; otherwise the notes are read here. A worker hands each reading
// back encoded as the read cache keeps it (the cache keeps those bytes as they are).
import { availableParallelism, cpus, type CpuInfo } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readOne, type FileCorrections, type NoteFile, type NoteRead } from '../core/notes/index.js';
import { decodeRead, encodeRead } from './read-cache.js';
import { startWorkerFile } from './worker-file.js';

export interface ReadJob {
  file: NoteFile;
  corrections?: FileCorrections;
}

export interface ReadDone {
  read: NoteRead;
  /** encodeRead(read), when a worker made it (saves the cache encoding it again). */
  bytes?: Uint8Array;
}

/**
 * Below this much text the notes are read on this thread. A worker loads the reader anew and
 * runs it unoptimised until V8 has compiled its hot code: about 1.2 s of CPU more than the same
 * notes read here, which the worker's share of the reading must outweigh. When this thread
 * handed each batch out, a worker waited for it to finish its own batch first (about 1.4 s
 * idle in a 5.5 s read), and a worker did not pay below 8 MB; with the batches claimed from a
 * shared counter, a cold `status` on the shared 2-core machine (medians of 5 interleaved runs,
 * 2026-12-07, load 1.6–2.3) took 3.32 → 3.17 s at 1.7 MB, 4.98 → 4.45 s at 2.8 MB and
 * 7.94 → 7.37 s at 5.2 MB (the 1,000-note bench folder), for 1–2 s more CPU.
 */
export const POOL_MIN_BYTES = 2_000_000;
/**
 * How many cores the machine left idle since `since` (os.cpus() then; this thread was busy on
 * one of them meanwhile), or null when too little time passed to tell (under about three
 * clock ticks a core).
 */
export function idleCores(since: readonly CpuInfo[], now: readonly CpuInfo[] = cpus()): number | null {
  let idle = 0;
  for (let i = 0; i < Math.min(since.length, now.length); i++) {
    const a = since[i]!.times;
    const b = now[i]!.times;
    const total = b.user + b.nice + b.sys + b.idle + b.irq - (a.user + a.nice + a.sys + a.idle + a.irq);
    if (total < 30) return null;
    idle += (b.idle - a.idle) / total;
  }
  return since.length && now.length ? idle : null;
}

/**
 * The least of a core the machine must have left idle for a thread of the pool. A worker pays
 * for its start-up and its unoptimised first notes only on a core of its own: on the shared
 * 2-core machine with other work on both cores (load 3.5-4.5), a cold `status` of the
 * 1,000-note bench folder took 12.8 s with a worker against 10.6 s on one thread (medians of 8
 * interleaved runs, 2026-12-07), with the other core free 7.4 s against 7.9 s.
 */
export const IDLE_FOR_A_THREAD = 0.7;
/** A batch handed to a thread at a time. */
const BATCH_BYTES = 128 * 1024;

interface Batch {
  id: number;
  jobs: ReadJob[];
}

/** Every batch, and the counter each thread claims the next one's number from (Atomics.add). */
export type ToWorker = { kind: 'read'; batches: ReadJob[][]; today: string; claim: Int32Array };
export type FromWorker = { kind: 'ready' } | { kind: 'done'; id: number; reads: Uint8Array[] } | { kind: 'failed'; id: number; message: string };

/**
 * The readings of `jobs`, in their order. `threads`: how many threads may read (default: the
 * cores, and with `idleSince`, os.cpus() a moment before, only as many more than this one as
 * the machine left cores idle since). `encode`: every reading made on several threads comes
 * with its bytes for the cache.
 */
export async function readAll(
  jobs: readonly ReadJob[], today: string,
  opts: { threads?: number; minBytes?: number; onRead?: (n: number) => void; encode?: boolean; idleSince?: readonly CpuInfo[] } = {},
): Promise<ReadDone[]> {
  let bytes = 0;
  for (const j of jobs) bytes += j.file.text.length;
  let most = opts.threads ?? availableParallelism();
  if (opts.threads === undefined && opts.idleSince && bytes >= (opts.minBytes ?? POOL_MIN_BYTES)) {
    const idle = idleCores(opts.idleSince);
    if (idle !== null) most = Math.min(most, 1 + Math.floor(idle / IDLE_FOR_A_THREAD));
  }
  const threads = Math.min(most, 8, Math.ceil(bytes / BATCH_BYTES));
  if (threads < 2 || bytes < (opts.minBytes ?? POOL_MIN_BYTES)) {
    return jobs.map((j) => {
      const read = readOne(j.file, today, j.corrections);
      opts.onRead?.(1);
      return { read };
    });
  }
  const out = new Array<ReadDone | undefined>(jobs.length);
  const batches: Batch[] = [];
  const starts: number[] = [];
  for (let i = 0; i < jobs.length;) {
    const start = i;
    let size = 0;
    while (i < jobs.length && (i === start || size < BATCH_BYTES)) size += jobs[i++]!.file.text.length;
    starts.push(start);
    batches.push({ id: batches.length, jobs: jobs.slice(start, i) });
  }
  // The batches are claimed from one counter all threads share, so a worker never waits for
  // this thread to hand it the next (this thread lets messages in only between its own batches).
  const claim = new Int32Array(new SharedArrayBuffer(4));
  const workers: Worker[] = [];
  try {
    const done = new Promise<void>((resolve, reject) => {
      let pending = batches.length;
      const finished = (): void => {
        if (--pending === 0) resolve();
      };
      for (let t = 1; t < threads; t++) {
        const w = startWorker();
        workers.push(w);
        w.on('message', (m: FromWorker) => {
          if (m.kind === 'failed') return reject(new Error(`a notes reader thread failed: ${m.message}`));
          if (m.kind === 'done') {
            const at = starts[m.id]!;
            m.reads.forEach((b, k) => (out[at + k] = { read: decodeRead(b), bytes: b }));
            opts.onRead?.(m.reads.length);
            finished();
          }
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (pending > 0) reject(new Error(`a notes reader thread stopped (exit ${code})`));
        });
        w.postMessage({ kind: 'read', batches: batches.map((b) => b.jobs), today, claim } satisfies ToWorker);
      }
      // This thread reads too, a batch at a time, letting the workers' messages in between.
      const own = async (): Promise<void> => {
        for (let b = Atomics.add(claim, 0, 1); b < batches.length; b = Atomics.add(claim, 0, 1)) {
          const at = starts[b]!;
          batches[b]!.jobs.forEach((j, k) => {
            const read = readOne(j.file, today, j.corrections);
            // Encoded here as the workers encode theirs: the batches left go to whichever thread
            // is free, so the encoding is shared between the cores, not left to this one after.
            out[at + k] = opts.encode ? { read, bytes: encodeRead(read) } : { read };
          });
          opts.onRead?.(batches[b]!.jobs.length);
          finished();
          await new Promise((r) => setImmediate(r));
        }
      };
      own().catch(reject);
    });
    await done;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out as ReadDone[];
}

/** A reading thread: read-pool-worker.ts as built beside this file. */
function startWorker(): Worker {
  return startWorkerFile('read-pool-worker', import.meta.url);
}
