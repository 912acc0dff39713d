// A reading thread of the pool (read-pool.ts starts it): claims batches of notes from the
// counter the threads share until none is left, and hands each reading back encoded as the
// read cache keeps it.
import { parentPort } from 'node:worker_threads';
import { readOne } from '../core/notes/index.js';
import { encodeRead } from './read-cache.js';
import type { FromWorker, ToWorker } from './read-pool.js';

const port = parentPort;
if (port) {
  port.on('message', (m: ToWorker) => {
    let id = -1;
    try {
      for (id = Atomics.add(m.claim, 0, 1); id < m.batches.length; id = Atomics.add(m.claim, 0, 1)) {
        const reads = m.batches[id]!.map((j) => encodeRead(readOne(j.file, m.today, j.corrections)));
        // (Moved, not copied: each reading's bytes are a buffer of their own, see owned().)
        port.postMessage({ kind: 'done', id, reads } satisfies FromWorker, reads.map((b) => b.buffer as ArrayBuffer));
      }
    } catch (e) {
      port.postMessage({ kind: 'failed', id, message: (e as Error).message } satisfies FromWorker);
    }
  });
  port.postMessage({ kind: 'ready' } satisfies FromWorker);
}
