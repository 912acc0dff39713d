// The dashboard's reading thread (read-worker.ts starts it): runs loadRoadmap() for each
// request off the main thread and posts the workspace back.
import { parentPort } from 'node:worker_threads';
import { WaymarkError } from '../core/errors.js';
import { loadRoadmap } from '../edge/workspace.js';
import type { ReadReply, ReadRequest } from './read-worker.js';

const port = parentPort;
if (port) {
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
