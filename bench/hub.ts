// `npm run bench -- hub`: the hub under load on PostgreSQL. Seeds a cohort of 1,000 members
// with 200 items each, starts `waymark hub serve` as a process of its own, and runs 500
// concurrent clients for 30 s against its loopback address from another process
// (bench/hub-load.ts; bounded: each client waits for its answer and a think time before the
// next request), mixing board reads (90%: the first page, revalidated with its ETag) and
// pushes (10%). Reports errors, board p50/p99 and the hub process's memory. Then a second
// hub process on the same database: a push to one reaches a live board on the other.
// Needs a PostgreSQL server: DATABASE_URL, or Debian's binaries for a throwaway cluster.
// Sizes: WAYMARK_BENCH_HUB_MEMBERS, _ITEMS, _CLIENTS, _SECONDS, _THINK_MS.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../src/hub/store/db.js';
import { HubStore } from '../src/hub/store/store.js';
import { samplePush } from '../src/hub/store/store.contract.js';
import { spawnHub, type HubProcess } from '../test/hub/processes.js';
import { findPostgresBin, startPostgres, type TestPostgres } from '../test/postgres.js';
import type { LoadConfig, LoadResult } from './hub-load.js';

const env = (k: string, d: number): number => Number(process.env[`WAYMARK_BENCH_HUB_${k}`] ?? d);

/** The targets. */
export const HUB_TARGETS = { errors: 0, boardP99Ms: 50, crossProcessMs: 1000 } as const;

export interface HubBenchResult {
  summary: string;
  pass: boolean;
  members: number;
  itemsEach: number;
  clients: number;
  seconds: number;
  requests: number;
  errors: number;
  firstErrors: string[];
  boardReads: number;
  boardNotModified: number;
  boardP50Ms: number;
  boardP99Ms: number;
  /** The same reads as the hub timed them (Server-Timing): the rest of a client's wait is queues and scheduling. */
  boardServerP99Ms: number;
  pushes: number;
  pushP50Ms: number;
  pushP99Ms: number;
  /** The hub process's resident memory at the end, and its peak. */
  rssMb: number | null;
  peakRssMb: number | null;
  /** Requests answered a second, and the hub process's CPU use meanwhile (% of one core). */
  requestsPerSecond: number;
  hubCpuPercent: number | null;
  crossProcessMs: number | null;
}

const pct = (xs: number[], p: number): number => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const r1 = (n: number): number => Math.round(n * 10) / 10;

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
  const hubs: HubProcess[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'waymark-hub-bench-'));
  try {
    const store = await HubStore.open(await openDb({ kind: 'postgres', url }));
    const tokens: string[] = [];
    const t0 = Date.now();
    try {
      const cohort = await store.ensureCohort('load');
      for (let m = 0; m < MEMBERS; m++) {
        const u = await store.ensureUser(`m${m}`, `Member ${m}`);
        await store.setRole(cohort.id, u.id, 'member');
        tokens.push((await store.createToken(u.id, cohort.id)).token);
        await store.push(cohort.id, u.id, samplePush(ITEMS, `m${m}-`));
      }
      await store.db.query('ANALYZE');
    } finally {
      await store.close();
    }
    console.error(`hub bench: seeded ${MEMBERS} members × ${ITEMS} items in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const a = await spawnHub(url);
    hubs.push(a);
    const cfg: LoadConfig = { base: a.url, cohort: 'load', tokens, clients: CLIENTS, seconds: SECONDS, thinkMs: THINK, itemsEach: ITEMS };
    const cfgFile = join(tmp, 'load.json');
    writeFileSync(cfgFile, JSON.stringify(cfg));
    const cpuBefore = a.usage()?.cpuSeconds ?? null;
    // Other work on the machine skews every figure here: say how busy it was.
    const machineLoad = loadavg()[0]!;
    const started = performance.now();
    const load = await runLoadProcess(cfgFile);
    const wallSeconds = (performance.now() - started) / 1000;
    const mem = a.usage();
    const hubCpu = mem && cpuBefore !== null ? Math.round((100 * (mem.cpuSeconds - cpuBefore)) / wallSeconds) : null;

    // Two hub processes on one database: a push to A shows on a board open on B.
    const b = await spawnHub(url);
    hubs.push(b);
    const crossProcessMs = await crossProcess(a.url, b.url, tokens[0]!, ITEMS);
    const boardP99Ms = r1(pct(load.board, 99));
    const pass = load.errors === HUB_TARGETS.errors && boardP99Ms <= HUB_TARGETS.boardP99Ms && crossProcessMs !== null && crossProcessMs < HUB_TARGETS.crossProcessMs;
    const result: Omit<HubBenchResult, 'summary'> = {
      pass, members: MEMBERS, itemsEach: ITEMS, clients: CLIENTS, seconds: SECONDS, requests: load.requests, errors: load.errors, firstErrors: load.firstErrors,
      boardReads: load.board.length, boardNotModified: load.boardNotModified, boardP50Ms: r1(pct(load.board, 50)), boardP99Ms, boardServerP99Ms: r1(pct(load.boardServer, 99)),
      pushes: load.pushes.length, pushP50Ms: Math.round(pct(load.pushes, 50)), pushP99Ms: Math.round(pct(load.pushes, 99)),
      rssMb: mem?.rssMb ?? null, peakRssMb: mem?.peakMb ?? null, requestsPerSecond: Math.round(load.requests / SECONDS), hubCpuPercent: hubCpu, crossProcessMs,
    };
    return {
      summary: `${MEMBERS}×${ITEMS} items, ${CLIENTS} clients (think ${THINK} ms) for ${SECONDS} s: ${load.requests} requests (${result.requestsPerSecond}/s), ${load.errors} errors (target ${HUB_TARGETS.errors}), `
        + `board p50 ${result.boardP50Ms} ms p99 ${boardP99Ms} ms (target ≤ ${HUB_TARGETS.boardP99Ms}; inside the hub p99 ${result.boardServerP99Ms} ms; ${load.boardNotModified} of ${load.board.length} reads 304), `
        + `push p50 ${result.pushP50Ms} ms p99 ${result.pushP99Ms} ms, hub rss ${result.rssMb ?? '?'} MB (peak ${result.peakRssMb ?? '?'}), hub CPU ${hubCpu ?? '?'}% of a core, machine load ${machineLoad.toFixed(1)} on ${availableParallelism()} cores; `
        + `across processes ${crossProcessMs ?? 'never'} ms (target < ${HUB_TARGETS.crossProcessMs})`,
      ...result,
    };
  } finally {
    await Promise.all(hubs.map((h) => h.stop()));
    rmSync(tmp, { recursive: true, force: true });
    await server?.stop();
  }
}

/** Runs bench/hub-load.ts as a process of its own and reads its result. */
function runLoadProcess(cfgFile: string): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(import.meta.dirname, 'hub-load.ts'), cfgFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the load process exited with ${code}`));
      else resolve(JSON.parse(out) as LoadResult);
    });
  });
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

export function formatHubReport(r: HubBenchResult | { summary: string; skipped: true }): string {
  if ('skipped' in r) return `hub: ${r.summary}\n`;
  const row = (what: string, got: string, target: string, ok: boolean): string => `  ${what.padEnd(26)} ${got.padEnd(14)} target ${target.padEnd(10)} ${ok ? 'ok' : 'MISSED'}\n`;
  return `hub: ${r.summary}\n`
    + row('errors', String(r.errors), String(HUB_TARGETS.errors), r.errors === HUB_TARGETS.errors)
    + row('board p99', `${r.boardP99Ms} ms`, `≤ ${HUB_TARGETS.boardP99Ms} ms`, r.boardP99Ms <= HUB_TARGETS.boardP99Ms)
    + row('push seen on the other hub', r.crossProcessMs === null ? 'never' : `${r.crossProcessMs} ms`, `< ${HUB_TARGETS.crossProcessMs} ms`, r.crossProcessMs !== null && r.crossProcessMs < HUB_TARGETS.crossProcessMs)
    + (r.firstErrors.length ? `  first errors: ${r.firstErrors.join('; ')}\n` : '')
    + `  → ${r.pass ? 'PASS' : 'FAIL'}\n`;
}
