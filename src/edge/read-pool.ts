// Reads notes on every core: the main thread and worker threads take batches of notes from
// one queue until it is empty, so a slow note does not hold a whole half back. Used only
// when there is enough text to pay for starting the threads (each loads the reader
// anew); below that, or on one core, the notes are read here. A worker hands each reading
// back encoded as the read cache keeps it (the cache keeps those bytes as they are).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readOne, type FileCorrections, type NoteFile, type NoteRead } from '../core/notes/index.js';
import { decodeRead } from './read-cache.js';
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
 * notes read here, which the worker's share of the reading must outweigh. On the shared 2-core
 * machine a cold `status` of the 1,000-note 5 MB bench folder took 4.8 s on one thread against
 * 5.2 s with a worker (medians of 5 interleaved runs, load 2.5–3.5; 1.2 s less CPU), so the pool
 * starts above about 8 MB, where each thread's half is well past that cost.
 */
export const POOL_MIN_BYTES = 8_000_000;
/** A batch handed to a thread at a time. */
const BATCH_BYTES = 128 * 1024;

interface Batch {
  id: number;
  jobs: ReadJob[];
}

export type FromWorker = { kind: 'ready' } | { kind: 'done'; id: number; reads: Uint8Array[] } | { kind: 'failed'; id: number; message: string };

/** The readings of `jobs`, in their order. `threads`: how many threads may read (default: the cores). */
export async function readAll(jobs: readonly ReadJob[], today: string, opts: { threads?: number; minBytes?: number; onRead?: (n: number) => void } = {}): Promise<ReadDone[]> {
  let bytes = 0;
  for (const j of jobs) bytes += j.file.text.length;
  const threads = Math.min(opts.threads ?? availableParallelism(), 8, Math.ceil(bytes / BATCH_BYTES));
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
  let next = 0;
  const workers: Worker[] = [];
  try {
    const done = new Promise<void>((resolve, reject) => {
      let pending = batches.length;
      const finished = (): void => {
        if (--pending === 0) resolve();
      };
      const give = (w: Worker): void => {
        const b = batches[next++];
        if (b) w.postMessage({ id: b.id, jobs: b.jobs, today });
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
          give(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (next < batches.length || pending > 0) reject(new Error(`a notes reader thread stopped (exit ${code})`));
        });
      }
      // This thread reads too, a batch at a time, letting the workers' messages in between.
      const own = async (): Promise<void> => {
        while (next < batches.length) {
          const b = batches[next++]!;
          const at = starts[b.id]!;
          b.jobs.forEach((j, k) => (out[at + k] = { read: readOne(j.file, today, j.corrections) }));
          opts.onRead?.(b.jobs.length);
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
