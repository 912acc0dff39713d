// Starts a hub: opens its database (PGlite in a folder, or the PostgreSQL server in
// DATABASE_URL), applies the migrations, listens for changes from other hub processes, and
// serves the app.
import { serve, type ServerType } from '@hono/node-server';
import { openDb, type DbTarget } from './store/db.js';
import { HubStore } from './store/store.js';
import { createHubApp } from './server/app.js';
import { LiveChanges } from './server/live.js';

export const DEFAULT_HUB_PORT = 4180;
export const DEFAULT_HUB_DATA = 'waymark-hub';

/** Where the data lives: DATABASE_URL when set (a postgres:// URL), else PGlite in `dataDir`. */
export function hubTarget(env: Record<string, string | undefined>, dataDir: string | null): DbTarget {
  const url = env.DATABASE_URL;
  if (url && /^postgres(?:ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  return { kind: 'pglite', dir: dataDir };
}

/** The store alone, for the admin commands (`hub token`, `hub invite`). */
export async function openHubStore(target: DbTarget): Promise<HubStore> {
  return HubStore.open(await openDb(target));
}

export interface HubServeOptions {
  target: DbTarget;
  host: string;
  port: number;
  publicUrl?: string | null;
  trustProxy?: boolean;
}

export interface RunningHub {
  url: string;
  port: number;
  store: HubStore;
  close(): Promise<void>;
}

export async function startHub(opts: HubServeOptions): Promise<RunningHub> {
  const store = await openHubStore(opts.target);
  const live = await LiveChanges.start(store);
  const app = createHubApp({ store, live, publicUrl: opts.publicUrl ?? null, trustProxy: opts.trustProxy ?? false });
  const server = await new Promise<{ server: ServerType; port: number }>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => resolve({ server: s, port: info.port }));
    s.once('error', reject);
  });
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${host}:${server.port}`,
    port: server.port,
    store,
    close: async () => {
      // Open live pages hold their connections; close them so the port is freed at once.
      const s = server.server as ServerType & { closeAllConnections?: () => void };
      s.closeAllConnections?.();
      await new Promise<void>((resolve) => s.close(() => resolve()));
      await live.close();
      await store.close();
    },
  };
}
