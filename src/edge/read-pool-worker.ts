// A reading thread of the pool (read-pool.ts starts it): reads each batch of notes it is given
// and hands each reading back encoded as the read cache keeps it.
import { parentPort } from 'node:worker_threads';
import { readOne } from '../core/notes/index.js';
import { encodeRead } from './read-cache.js';
import type { FromWorker, ReadJob } from './read-pool.js';

const port = parentPort;
if (port) {
  port.on('message', (m: { id: number; jobs: ReadJob[]; today: string }) => {
    try {
      const reads = m.jobs.map((j) => encodeRead(readOne(j.file, m.today, j.corrections)));
      port.postMessage({ kind: 'done', id: m.id, reads } satisfies FromWorker);
    } catch (e) {
      port.postMessage({ kind: 'failed', id: m.id, message: (e as Error).message } satisfies FromWorker);
    }
  });
  port.postMessage({ kind: 'ready' } satisfies FromWorker);
}
