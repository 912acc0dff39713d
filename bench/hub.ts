// `npm run bench -- hub`: the hub under load on PostgreSQL. Seeds a cohort of 1,000 members
// with 200 items each, starts `waymark hub serve` as a process of its own, and runs 500
// concurrent clients for 30 s against its loopback address from another process
// (bench/hub-load.ts; bounded: each client waits for its answer and a think time before the
// next request), mixing board reads (90%: the first page, revalidated with its ETag) and
// pushes (10%). Reports errors, board p50/p99 and the hub process's memory, CPU and event-loop
// delay and its statements' times (bench/hub-probe.ts), beside the same figures for a floor:
// a bare node:http server answering the same page's bytes under the same load right after
// (bench/hub-floor.ts), so what the machine allows is printed beside what the hub did. Then
// two hub processes on the same database: a push to one reaches a live board on the other.
// Needs a PostgreSQL server: DATABASE_URL, or Debian's binaries for a throwaway cluster.
// Sizes: WAYMARK_BENCH_HUB_MEMBERS, _ITEMS, _CLIENTS, _SECONDS, _THINK_MS.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../src/hub/store/db.js';
import { HubStore } from '../src/hub/store/store.js';
import { samplePush } from '../src/hub/store/store.contract.js';
import { spawnHub, spawnServer, type HubProcess } from '../test/hub/processes.js';
import { findPostgresBin, startPostgres, type TestPostgres } from '../test/postgres.js';
import { STEADY_AFTER_MS, type LoadConfig, type LoadResult } from './hub-load.js';
import type { ProbeStats } from './hub-probe.js';

const env = (k: string, d: number): number => Number(process.env[`WAYMARK_BENCH_HUB_${k}`] ?? d);

/** The issue's targets. */
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
  boardServerP50Ms: number;
  /** The hub and the floor (a bare node:http server answering the same bytes) side by side. */
  hub: ServerFigures;
  floor: ServerFigures;
  /** Where the hub's time went: its event loop's delay, pool waits, each statement's time. */
  hubProbe: ProbeStats | null;
  memFreeMb: number;
  memTotalMb: number;
}

/** One server's figures under the load. */
export interface ServerFigures {
  requests: number;
  requestsPerSecond: number;
  errors: number;
  boardP50Ms: number;
  boardP99Ms: number;
  /** Board p99 over the reads sent after the first STEADY_AFTER_MS. */
  boardSteadyP99Ms: number;
  pushP50Ms: number;
  pushP99Ms: number;
  rssMb: number | null;
  peakRssMb: number | null;
  cpuPercent: number | null;
  /** The 1-minute load average as the load started. */
  machineLoad: number;
  loopP99Ms: number | null;
  loopMaxMs: number | null;
}

interface Measured {
  load: LoadResult;
  rssMb: number | null;
  peakRssMb: number | null;
  cpuPercent: number | null;
  machineLoad: number;
}

const PROBE = join(import.meta.dirname, 'hub-probe.ts');

/** Runs the load against one server process and reads its memory and CPU meanwhile. */
async function measure(server: HubProcess, cfg: LoadConfig, tmp: string): Promise<Measured> {
  const cfgFile = join(tmp, 'load.json');
  writeFileSync(cfgFile, JSON.stringify(cfg));
  const cpuBefore = server.usage()?.cpuSeconds ?? null;
  // Other work on the machine skews every figure here: say how busy it was.
  const machineLoad = loadavg()[0]!;
  const started = performance.now();
  const load = await runLoadProcess(cfgFile);
  const wallSeconds = (performance.now() - started) / 1000;
  const u = server.usage();
  return {
    load, rssMb: u?.rssMb ?? null, peakRssMb: u?.peakMb ?? null, machineLoad,
    cpuPercent: u && cpuBefore !== null ? Math.round((100 * (u.cpuSeconds - cpuBefore)) / wallSeconds) : null,
  };
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

    const probe = (name: string) => ({ nodeArgs: ['--import', PROBE], env: { WAYMARK_HUB_PROBE_OUT: join(tmp, `${name}.probe.json`) } });
    const a = await spawnHub(url, probe('hub'));
    hubs.push(a);
    const cfg: LoadConfig = { base: a.url, cohort: 'load', tokens, clients: CLIENTS, seconds: SECONDS, thinkMs: THINK, itemsEach: ITEMS };
    const hub = await measure(a, cfg, tmp);
    // The floor: a bare node:http server answering a board page's bytes as the hub served them,
    // under the same load, right after, on the same machine.
    const pageFile = join(tmp, 'page.json');
    writeFileSync(pageFile, Buffer.from(await (await fetch(`${a.url}/api/cohorts/load/members`, { headers: { authorization: `Bearer ${tokens[0]!}` } })).arrayBuffer()));
    const f = await spawnServer([...probe('floor').nodeArgs, join(import.meta.dirname, 'hub-floor.ts'), pageFile], /hub floor: (http:\/\/\S+)/, probe('floor').env);
    hubs.push(f);
    const floor = await measure(f, { ...cfg, base: f.url }, tmp);
    await f.stop();
    await a.stop();
    const readProbe = (name: string): ProbeStats | null => {
      try {
        return JSON.parse(readFileSync(join(tmp, `${name}.probe.json`), 'utf8')) as ProbeStats;
      } catch {
        return null;
      }
    };
    const hubProbe = readProbe('hub');
    const floorProbe = readProbe('floor');

    // Two hub processes on one database: a push to A shows on a board open on B.
    const a2 = await spawnHub(url);
    const b = await spawnHub(url);
    hubs.push(a2, b);
    const crossProcessMs = await crossProcess(a2.url, b.url, tokens[0]!, ITEMS);
    const boardP99Ms = r1(pct(hub.load.board, 99));
    const load = hub.load;
    const pass = load.errors === HUB_TARGETS.errors && boardP99Ms <= HUB_TARGETS.boardP99Ms && crossProcessMs !== null && crossProcessMs < HUB_TARGETS.crossProcessMs;
    const side = (m: Measured, p: ProbeStats | null): ServerFigures => ({
      requests: m.load.requests, requestsPerSecond: Math.round(m.load.requests / SECONDS), errors: m.load.errors,
      boardP50Ms: r1(pct(m.load.board, 50)), boardP99Ms: r1(pct(m.load.board, 99)), boardSteadyP99Ms: r1(pct(m.load.boardSteady, 99)), pushP50Ms: Math.round(pct(m.load.pushes, 50)), pushP99Ms: Math.round(pct(m.load.pushes, 99)),
      rssMb: m.rssMb, peakRssMb: m.peakRssMb, cpuPercent: m.cpuPercent, machineLoad: m.machineLoad, loopP99Ms: p?.loop.p99 ?? null, loopMaxMs: p?.loop.max ?? null,
    });
    const result: Omit<HubBenchResult, 'summary'> = {
      pass, members: MEMBERS, itemsEach: ITEMS, clients: CLIENTS, seconds: SECONDS, requests: load.requests, errors: load.errors, firstErrors: load.firstErrors,
      boardReads: load.board.length, boardNotModified: load.boardNotModified, boardP50Ms: r1(pct(load.board, 50)), boardP99Ms, boardServerP50Ms: r1(pct(load.boardServer, 50)), boardServerP99Ms: r1(pct(load.boardServer, 99)),
      pushes: load.pushes.length, pushP50Ms: Math.round(pct(load.pushes, 50)), pushP99Ms: Math.round(pct(load.pushes, 99)),
      rssMb: hub.rssMb, peakRssMb: hub.peakRssMb, requestsPerSecond: Math.round(load.requests / SECONDS), hubCpuPercent: hub.cpuPercent, crossProcessMs,
      hub: side(hub, hubProbe), floor: side(floor, floorProbe), hubProbe, memFreeMb: Math.round(freemem() / 1048576), memTotalMb: Math.round(totalmem() / 1048576),
    };
    return {
      summary: `${MEMBERS}×${ITEMS} items, ${CLIENTS} clients (think ${THINK} ms) for ${SECONDS} s: ${load.requests} requests (${result.requestsPerSecond}/s), ${load.errors} errors (target ${HUB_TARGETS.errors}), `
        + `board p50 ${result.boardP50Ms} ms p99 ${boardP99Ms} ms (target ≤ ${HUB_TARGETS.boardP99Ms}; inside the hub p50 ${result.boardServerP50Ms} ms p99 ${result.boardServerP99Ms} ms; ${load.boardNotModified} of ${load.board.length} reads 304), `
        + `push p50 ${result.pushP50Ms} ms p99 ${result.pushP99Ms} ms, hub rss ${result.rssMb ?? '?'} MB (peak ${result.peakRssMb ?? '?'}), hub CPU ${hub.cpuPercent ?? '?'}% of a core, machine load ${hub.machineLoad.toFixed(1)} on ${availableParallelism()} cores; `
        + `floor (bare node:http, same load, right after) board p50 ${result.floor.boardP50Ms} ms p99 ${result.floor.boardP99Ms} ms at load ${floor.machineLoad.toFixed(1)}; `
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
  const ms = (n: number | null): string => (n === null ? '?' : `${n} ms`);
  const vs = (what: string, f: (x: ServerFigures) => string): string => `  ${what.padEnd(26)} ${f(r.hub).padEnd(22)} ${f(r.floor)}\n`;
  const sql = Object.entries(r.hubProbe?.sql ?? {}).filter(([k]) => !k.startsWith('BEGIN; SELECT pg_advisory')).slice(0, 8);
  return `hub: ${r.summary}\n`
    + row('errors', String(r.errors), String(HUB_TARGETS.errors), r.errors === HUB_TARGETS.errors)
    + row('board p99', `${r.boardP99Ms} ms`, `≤ ${HUB_TARGETS.boardP99Ms} ms`, r.boardP99Ms <= HUB_TARGETS.boardP99Ms)
    + row('push seen on the other hub', r.crossProcessMs === null ? 'never' : `${r.crossProcessMs} ms`, `< ${HUB_TARGETS.crossProcessMs} ms`, r.crossProcessMs !== null && r.crossProcessMs < HUB_TARGETS.crossProcessMs)
    + (r.firstErrors.length ? `  first errors: ${r.firstErrors.join('; ')}\n` : '')
    + `  the hub beside its floor (a bare node:http server answering the same page's bytes, same load, right after):\n`
    + `  ${''.padEnd(26)} ${'hub'.padEnd(22)} floor\n`
    + vs('board p50 / p99', (x) => `${x.boardP50Ms} / ${x.boardP99Ms} ms`)
    + vs(`board p99 after ${STEADY_AFTER_MS / 1000} s`, (x) => `${x.boardSteadyP99Ms} ms`)
    + vs('push p50 / p99', (x) => `${x.pushP50Ms} / ${x.pushP99Ms} ms`)
    + vs('requests', (x) => `${x.requestsPerSecond}/s, ${x.errors} errors`)
    + vs('CPU (one core = 100%)', (x) => `${x.cpuPercent ?? '?'}%`)
    + vs('rss (peak)', (x) => `${x.rssMb ?? '?'} MB (${x.peakRssMb ?? '?'} MB)`)
    + vs('event-loop delay p99 / max', (x) => `${ms(x.loopP99Ms)} / ${ms(x.loopMaxMs)}`)
    + vs('machine load at start', (x) => x.machineLoad.toFixed(1))
    + `  machine memory: ${r.memFreeMb} MB free of ${r.memTotalMb} MB\n`
    + (r.hubProbe ? `  hub's database: waits for a pooled connection p50 ${r.hubProbe.poolWait.p50} ms p99 ${r.hubProbe.poolWait.p99} ms (${r.hubProbe.poolWait.n}); statements (n, p50/p99 ms):\n`
      + sql.map(([k, v]) => `    ${String(v.n).padStart(6)}  ${`${v.p50}/${v.p99}`.padEnd(12)} ${k}\n`).join('') : '')
    + `  → ${r.pass ? 'PASS' : 'FAIL'}\n`;
}
