// The hub bench's load generator, run as a process of its own so the figures measure the hub,
// not this loop: `node --import tsx bench/hub-load.ts CONFIG.json` prints one JSON result.
// Each client waits for its answer and a think time before its next request (bounded), and
// reads the board's first page as a browser does (revalidating with the ETag it last got) or,
// every tenth request, pushes a roadmap with one item changed and that change's event, as
// `waymark push` sends only the history since the hub's last event.
import { readFileSync } from 'node:fs';
import { samplePush } from '../src/hub/store/store.contract.js';

export interface LoadConfig {
  base: string;
  cohort: string;
  tokens: string[];
  clients: number;
  seconds: number;
  thinkMs: number;
  itemsEach: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  firstErrors: string[];
  board: number[];
  /** The board reads sent after the first STEADY_AFTER_MS (each client has made several by then). */
  boardSteady: number[];
  /** The hub's own time over each board read (its Server-Timing header). */
  boardServer: number[];
  boardNotModified: number;
  pushes: number[];
}

/** Reads sent this long after the start count as steady: a server's first answer to each client (a token to check) is behind. */
export const STEADY_AFTER_MS = 5000;

export async function runLoad(cfg: LoadConfig): Promise<LoadResult> {
  const out: LoadResult = { requests: 0, errors: 0, firstErrors: [], board: [], boardSteady: [], boardServer: [], boardNotModified: 0, pushes: [] };
  const end = Date.now() + cfg.seconds * 1000;
  const steadyFrom = performance.now() + STEADY_AFTER_MS;
  const fail = (what: string): void => {
    out.errors++;
    if (out.firstErrors.length < 5) out.firstErrors.push(what);
  };
  const client = async (i: number): Promise<void> => {
    const token = cfg.tokens[i % cfg.tokens.length]!;
    const headers = { authorization: `Bearer ${token}` };
    let etag: string | null = null;
    // Clients start spread over one think time, as people do, not all in the same millisecond.
    await sleep(Math.random() * cfg.thinkMs);
    for (let n = 0; Date.now() < end; n++) {
      const isPush = (i + n) % 10 === 0;
      const started = performance.now();
      try {
        const res: Response = isPush
          ? await fetch(`${cfg.base}/api/push`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(pushFor(i, n, cfg.itemsEach)) })
          : await fetch(`${cfg.base}/api/cohorts/${cfg.cohort}/members`, { headers: etag ? { ...headers, 'if-none-match': etag } : headers });
        await res.arrayBuffer();
        const server = /app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1];
        if (!isPush && server !== undefined) out.boardServer.push(Number(server));
        if (res.status === 304) out.boardNotModified++;
        else if (!res.ok) fail(`${isPush ? 'push' : 'board'}: ${res.status}`);
        else if (!isPush) etag = res.headers.get('etag');
      } catch (err) {
        fail(`${isPush ? 'push' : 'board'}: ${(err as Error).message}`);
      }
      out.requests++;
      (isPush ? out.pushes : out.board).push(performance.now() - started);
      if (!isPush && started >= steadyFrom) out.boardSteady.push(performance.now() - started);
      await sleep(cfg.thinkMs);
    }
  };
  await Promise.all(Array.from({ length: cfg.clients }, (_, i) => client(i)));
  return out;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Member `client`'s roadmap with item `n` done since the last push, and that one event. */
function pushFor(client: number, n: number, items: number) {
  const p = samplePush(items, `m${client}-`);
  const item = p.items[n % items]!;
  item.status = 'done';
  p.summary.work.done = 1;
  const at = new Date(Date.UTC(2026, 11, 4, 12) + n * 1000).toISOString();
  p.events = [{ key: `${at}|${item.id}|status|done|||`, at, day: '2026-12-04', itemId: item.id, kind: 'status', toStatus: 'done', toDone: null, total: null, hours: null }];
  return p;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cfg = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadConfig;
  process.stdout.write(JSON.stringify(await runLoad(cfg)) + '\n');
}
