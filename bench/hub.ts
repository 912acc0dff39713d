// `npm run bench -- hub`: the hub under load on PostgreSQL. Seeds a cohort of 1,000 members
// with 200 items each, runs 500 concurrent clients for 30 s against the loopback address
// (bounded: each client waits for its answer and a think time before the next request),
// mixing board reads (90%) and pushes (10%), and reports errors, board p50/p99 and memory.
// Then two hub processes on one database: a push to one reaches a live board on the other.
// Needs a PostgreSQL server: DATABASE_URL, or Debian's binaries for a throwaway cluster.
// Sizes: WAYMARK_BENCH_HUB_MEMBERS, _ITEMS, _CLIENTS, _SECONDS, _THINK_MS.
import { samplePush } from '../src/hub/store/store.contract.js';
import { startHub, type RunningHub } from '../src/hub/run.js';
import { findPostgresBin, startPostgres, type TestPostgres } from '../test/postgres.js';

const env = (k: string, d: number): number => Number(process.env[`WAYMARK_BENCH_HUB_${k}`] ?? d);

export interface HubBenchResult {
  summary: string;
  pass: boolean;
  members: number;
  itemsEach: number;
  clients: number;
  seconds: number;
  requests: number;
  errors: number;
  boardP50Ms: number;
  boardP99Ms: number;
  pushP99Ms: number;
  rssMb: number;
  crossProcessMs: number | null;
}

const pct = (xs: number[], p: number): number => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

export async function runHubBench(): Promise<HubBenchResult | { summary: string; skipped: true }> {
  let server: TestPostgres | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    if (!findPostgresBin()) return { summary: 'skipped: needs a PostgreSQL server (apt-get install postgresql, or DATABASE_URL)', skipped: true };
    server = await startPostgres();
    url = await server.createDatabase();
  }
  const MEMBERS = env('MEMBERS', 1000);
  const ITEMS = env('ITEMS', 200);
  const CLIENTS = env('CLIENTS', 500);
  const SECONDS = env('SECONDS', 30);
  const THINK = env('THINK_MS', 500);
  let a: RunningHub | null = null;
  let b: RunningHub | null = null;
  try {
    a = await startHub({ target: { kind: 'postgres', url }, host: '127.0.0.1', port: 0 });
    const store = a.store;
    const cohort = await store.ensureCohort('load');
    const tokens: string[] = [];
    const t0 = Date.now();
    for (let m = 0; m < MEMBERS; m++) {
      const u = await store.ensureUser(`m${m}`, `Member ${m}`);
      await store.setRole(cohort.id, u.id, 'member');
      tokens.push((await store.createToken(u.id, cohort.id)).token);
      await store.push(cohort.id, u.id, samplePush(ITEMS, `m${m}-`));
    }
    console.error(`hub bench: seeded ${MEMBERS} members × ${ITEMS} items in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const board: number[] = [];
    const pushes: number[] = [];
    let errors = 0;
    let requests = 0;
    const end = Date.now() + SECONDS * 1000;
    const base = a.url;
    const client = async (i: number): Promise<void> => {
      const token = tokens[i % tokens.length]!;
      let n = 0;
      while (Date.now() < end) {
        const isPush = (i + n++) % 10 === 0;
        const started = performance.now();
        try {
          const res = isPush
            ? await fetch(`${base}/api/push`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(pushFor(i, n, ITEMS)) })
            : await fetch(`${base}/api/cohorts/load/members`, { headers: { authorization: `Bearer ${token}` } });
          await res.arrayBuffer();
          if (!res.ok) errors++;
        } catch {
          errors++;
        }
        requests++;
        (isPush ? pushes : board).push(performance.now() - started);
        await new Promise((r) => setTimeout(r, THINK));
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
    const rssMb = Math.round(process.memoryUsage().rss / 1e6);

    // Two hub processes on one database: a push to A shows on a board open on B.
    b = await startHub({ target: { kind: 'postgres', url }, host: '127.0.0.1', port: 0 });
    const crossProcessMs = await crossProcess(a.url, b.url, tokens[0]!, ITEMS);
    const boardP99Ms = Math.round(pct(board, 99) * 10) / 10;
    const pass = errors === 0 && boardP99Ms <= 50 && crossProcessMs !== null && crossProcessMs < 1000;
    return {
      summary: `${MEMBERS}×${ITEMS} items, ${CLIENTS} clients (think ${THINK} ms) for ${SECONDS} s: ${requests} requests, ${errors} errors, board p50 ${pct(board, 50).toFixed(1)} ms p99 ${boardP99Ms} ms, push p99 ${pct(pushes, 99).toFixed(0)} ms, rss ${rssMb} MB; across processes ${crossProcessMs ?? 'never'} ms`,
      pass, members: MEMBERS, itemsEach: ITEMS, clients: CLIENTS, seconds: SECONDS, requests, errors,
      boardP50Ms: Math.round(pct(board, 50) * 10) / 10, boardP99Ms, pushP99Ms: Math.round(pct(pushes, 99)), rssMb, crossProcessMs,
    };
  } finally {
    await b?.close();
    await a?.close();
    await server?.stop();
  }
}

function pushFor(client: number, n: number, items: number) {
  const p = samplePush(items, `m${client}-`);
  // Each push changes one item's status, so it is a real change, not a no-op.
  p.items[n % items]!.status = 'done';
  p.summary.work.done = 1;
  return p;
}

async function crossProcess(aUrl: string, bUrl: string, token: string, items: number): Promise<number | null> {
  const ctl = new AbortController();
  const res = await fetch(`${bUrl}/api/cohorts/load/live`, { headers: { authorization: `Bearer ${token}` }, signal: ctl.signal });
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  let seen = '';
  while (!seen.includes('event: ready')) seen += dec.decode((await reader.read()).value);
  const sent = performance.now();
  const got = (async () => {
    while (!seen.includes('event: change')) {
      const { value, done } = await reader.read();
      if (done) return null;
      seen += dec.decode(value);
    }
    return Math.round(performance.now() - sent);
  })();
  const p = samplePush(items, 'cross-');
  await fetch(`${aUrl}/api/push`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(p) });
  const ms = await Promise.race([got, new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
  ctl.abort();
  return ms;
}

export function formatHubReport(r: HubBenchResult): string {
  return `hub: ${r.summary}\n  target: zero errors, board p99 ≤ 50 ms, a push seen on another process within 1 s → ${r.pass ? 'PASS' : 'FAIL'}\n`;
}
