// Starts a worker thread on a module beside the caller, wherever the caller runs from: the
// compiled files (dist/edge/), the bundle (dist/bundle/, where each worker is an entry of its
// own beside the chunks), or the TypeScript sources under tsx (the thread registers tsx first).
import { Worker } from 'node:worker_threads';

/** A thread running `./<name>.js` (or `.ts`) beside `self`, the caller's import.meta.url. */
export function startWorkerFile(name: string, self: string, workerData?: unknown): Worker {
  const opts = workerData === undefined ? {} : { workerData };
  if (!self.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, self), opts);
  const file = new URL(`./${name}.ts`, self).href;
  return new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(file)}); })`, { eval: true, ...opts });
}
