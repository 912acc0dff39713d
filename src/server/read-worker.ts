// Reads the notes on a worker thread, so a large vault's re-read (seconds for 10,000
// items) never stalls the dashboard's requests. The main thread keeps the history store.
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { WaymarkError } from '../core/errors.js';
import { loadRoadmap, type LoadedWorkspace } from '../edge/workspace.js';

interface ReadRequest {
  id: number;
  paths: string[];
  cwd: string;
  now: string;
}

type ReadReply =
  | { id: number; ok: true; ws: { roadmap: LoadedWorkspace['roadmap']; root: string; files: [string, string][] } }
  | { id: number; ok: false; message: string; code: string | null; exitCode: number };

/** A reader thread: `read()` is `loadRoadmap()` run off the main thread. */
export class WorkerReader {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { ok: (ws: LoadedWorkspace) => void; fail: (e: Error) => void }>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const self = import.meta.url;
    // Run from TypeScript sources (tests, `tsx`), the thread registers tsx before loading this file.
    const w = self.endsWith('.ts')
      ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(self)}); })`, { eval: true })
      : new Worker(new URL(self));
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

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (req: ReadRequest) => {
    loadRoadmap(req.paths, { cwd: req.cwd, now: new Date(req.now) }).then(
      (ws) => port.postMessage({ id: req.id, ok: true, ws: { roadmap: ws.roadmap, root: ws.root, files: [...ws.files] } } satisfies ReadReply),
      (e: Error) => port.postMessage({
        id: req.id, ok: false, message: e.message,
        code: e instanceof WaymarkError ? e.code : null, exitCode: e instanceof WaymarkError ? e.exitCode : 1,
      } satisfies ReadReply),
    );
  });
}
