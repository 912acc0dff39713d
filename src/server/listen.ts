// Starts the dashboard: picks a free port on the loopback address, serves the app, and
// watches the notes so open pages refresh when a note changes.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { WaymarkError } from '../core/errors.js';
import { notesRoot, rootPath } from '../edge/root.js';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import { LiveHub } from './live.js';
import { watchNotes } from './live.js';
import { loopbackHosts } from './security.js';
import { WorkspaceState } from './workspace-state.js';

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServeOptions {
  paths: string[];
  cwd: string;
  now?: () => Date;
  /** Wanted port; the next free one is taken when it is busy (0: any free port). */
  port?: number;
  /** The port was asked for: a busy one is an error rather than a reason to move on. */
  exactPort?: boolean;
  /** Only loopback addresses are accepted: the API writes into the person's notes. */
  host?: '127.0.0.1' | '::1';
  webRoot?: string;
  /** Watch the notes for live updates (default true). */
  watch?: boolean;
  /** The person agreed to keep the history in the temp or home folder (see `WorkspaceStateOptions`). */
  historyAllowed?: boolean;
  log?: (line: string) => void;
  /** The environment the hub's token is looked up in (default process.env). */
  env?: Record<string, string | undefined>;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  state: WorkspaceState;
  hub: LiveHub;
  close(): Promise<void>;
}

function tryListen(port: number, host: string): Promise<number | null> {
  return new Promise((ok) => {
    const probe = createServer();
    probe.once('error', () => ok(null));
    probe.listen(port, host, () => {
      const addr = probe.address();
      const got = typeof addr === 'object' && addr ? addr.port : port;
      probe.close(() => ok(got));
    });
  });
}

/** The first free port from `start` on (up to 100 tried). */
export async function findFreePort(start: number, host: string = DEFAULT_HOST): Promise<number> {
  if (start === 0) return (await tryListen(0, host))!;
  for (let p = start; p < start + 100 && p < 65536; p++) {
    const got = await tryListen(p, host);
    if (got !== null) return got;
  }
  throw new Error(`no free port between ${start} and ${start + 99}`);
}

/** The port asked for when free; with `exact`, a busy one is an error (0 is any free port). */
async function pickPort(port: number, host: string, exact: boolean): Promise<number> {
  if (!exact || port === 0) return findFreePort(port, host);
  const got = await tryListen(port, host);
  if (got === null) throw new WaymarkError(`port ${port} is already in use; choose another with --port N, or --port 0 for any free port`, 'E_PORT_IN_USE');
  return got;
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? DEFAULT_HOST;
  const now = opts.now ?? (() => new Date());
  const state = new WorkspaceState({
    paths: opts.paths.length ? opts.paths : ['.'], cwd: opts.cwd, now, readInWorker: true, ...(opts.historyAllowed ? { historyAllowed: true } : {}),
  });
  let port: number;
  try {
    // Read once before listening, so a bad path fails here and the first page is quick.
    await state.snapshot();
    port = await pickPort(opts.port ?? DEFAULT_PORT, host, opts.exactPort === true);
  } catch (e) {
    // The reader thread would keep the process alive after the error.
    await state.close();
    throw e;
  }
  const hub = new LiveHub();
  const token = randomBytes(24).toString('base64url');
  const app = createApp({
    state, token, hub, now, hosts: loopbackHosts(port),
    ...(opts.webRoot ? { webRoot: opts.webRoot } : {}), ...(opts.log ? { log: opts.log } : {}), ...(opts.env ? { env: opts.env } : {}),
  });
  const server: ServerType = await new Promise((ok, fail) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }, () => ok(s));
    s.once('error', fail);
  });
  const given = opts.paths.length ? opts.paths : ['.'];
  // Notices name notes as the roadmap does: relative to the notes root.
  const root = notesRoot(given, opts.cwd);
  const watcher = opts.watch === false ? null : await watchNotes({
    paths: given.map((p) => resolve(opts.cwd, p)),
    cwd: root,
    onChange: (paths) => {
      state.invalidate();
      // The echo of the page's own write was announced already, as an action.
      const foreign = state.foreignChanges(paths.map((p) => resolve(root, p))).map((p) => rootPath(p, root));
      // Pages hear of the change once it is read, and fetch the new snapshot straight away
      // (after the short hold that follows a write the page made and was shown at once).
      state.caughtUp().then(
        () => { if (foreign.length) hub.notify({ paths: foreign, reason: 'disk' }); },
        (e: Error) => (opts.log ?? ((s: string) => process.stderr.write(s)))(`waymark serve: cannot read the notes: ${e.message}\n`),
      );
    },
  });
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`, port, token, state, hub,
    close: async () => {
      await watcher?.close();
      // Open event streams would keep the server alive; drop them.
      if ('closeAllConnections' in server) server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await state.close();
    },
  };
}
