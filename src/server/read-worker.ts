// Reads the notes on a worker thread, so a large vault's re-read (seconds for 10,000
// items) never stalls the dashboard's requests. The main thread keeps the history store.
import type { Worker } from 'node:worker_threads';
import { startWorkerFile } from '../edge/worker-file.js';
import { WaymarkError } from '../core/errors.js';
import type { LoadedWorkspace } from '../edge/workspace.js';

export interface ReadRequest {
  id: number;
  paths: string[];
  cwd: string;
  now: string;
}

export type ReadReply =
  | { id: number; ok: true; ws: { roadmap: LoadedWorkspace['roadmap']; root: string; files: [string, string][] } }
  | { id: number; ok: false; message: string; code: string | null; exitCode: number };

/** A reader thread: `read()` is `loadRoadmap()` run off the main thread. */
export class WorkerReader {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { ok: (ws: LoadedWorkspace) => void; fail: (e: Error) => void }>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = startWorkerFile('read-worker-thread', import.meta.url);
    w.unref();
    w.on('message', (reply: ReadReply) => {
      const p = this.waiting.get(reply.id);
      if (!p) return;
      this.waiting.delete(reply.id);
      if (reply.ok) p.ok({ roadmap: reply.ws.roadmap, root: reply.ws.root, files: new Map(reply.ws.files) });
      else p.fail(reply.code ? new WaymarkError(reply.message, reply.code, reply.exitCode) : new Error(reply.message));
    });
    const failAll = (e: Error): void => {
      this.worker = null;
      for (const p of this.waiting.values()) p.fail(e);
      this.waiting.clear();
    };
    w.on('error', failAll);
    w.on('exit', (code) => failAll(new Error(`the notes reader thread stopped (exit ${code})`)));
    this.worker = w;
    return w;
  }

  read(paths: string[], opts: { cwd: string; now: Date }): Promise<LoadedWorkspace> {
    const id = ++this.next;
    return new Promise((ok, fail) => {
      this.waiting.set(id, { ok, fail });
      const msg: ReadRequest = { id, paths, cwd: opts.cwd, now: opts.now.toISOString() };
      this.start().postMessage(msg);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
