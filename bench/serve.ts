// `waymark serve` under load: API p99 on a 10,000-item workspace with a second process
// keeping requests in flight (the page's own mix: overview, items list, item pages, timeline,
// progress; and the first pages of /api/roadmap and /api/plan that scripts read), and the
// page's initial JS size gzipped. Targets: p99 ≤ 20 ms, JS ≤ 150 KB.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Roadmap } from '../src/core/model/types.js';
import { startServer } from '../src/server/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const P99_TARGET_MS = 20;
const JS_TARGET_KB = 150;
const NOW = new Date('2026-11-23T10:00:00Z');

export interface ServeBenchResult {
  pass: boolean;
  summary: string;
  items: number;
  concurrency: number;
  requests: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  byPath: { path: string; n: number; p50Ms: number; p99Ms: number; kb: number }[];
  initialJsGzipKb: number;
  initialCssGzipKb: number;
  firstReadMs: number;
  /** The server process's CPU time per request: what one request costs when nothing waits. */
  serverCpuMsPerRequest: number;
  /** 1-minute load average over the machine's cores when the run ended (above 1: others competed). */
  loadPerCore: number;
}

/** A deterministic workspace of `n` items: 20 files, weekly sections, mixed progress. */
export function writeWorkspace(dir: string, n = 10_000): void {
  const files = 20;
  const per = Math.ceil(n / files);
  const kinds = ['Read about', 'Watch the talk on', 'Practise', 'Build a demo of', 'Write notes on'];
  const words = ('raft paxos gossip quorum lease fencing epoch vector clock merkle bloom filter btree lsm wal snapshot ' +
    'shard replica leader follower learner ballot commit abort saga outbox kafka pulsar etcd zookeeper spanner ' +
    'truetime hlc crdt lamport chandy lynch fischer consensus gossip2 heartbeat timeout backoff jitter hedging ' +
    'tail latency queue rate limiter token bucket circuit breaker bulkhead retry idempotency dedupe').split(' ');
  const pick = (x: number): string => words[x % words.length]!;
  let made = 0;
  for (let f = 0; f < files && made < n; f++) {
    const lines = [`# Track ${f + 1}: topic ${f + 1}`, '', '10 hours/week x 40 weeks = 400 total hours', ''];
    for (let i = 0; i < per && made < n; i++, made++) {
      if (i % 25 === 0) lines.push('', `## Week ${i / 25 + 1}: part ${i / 25 + 1}`, '');
      const k = kinds[(i + f) % kinds.length]!;
      const box = (i * 7 + f) % 5 === 0 ? 'x' : ' ';
      const est = i % 3 === 0 ? ` (~${1 + (i % 4)}h)` : '';
      const prog = i % 11 === 0 && box === ' ' ? ` (${i % 10}/10 sections)` : '';
      const m = made * 2654435761;
      lines.push(`- [${box}] ${k} ${pick(m >>> 3)} ${pick(m >>> 9)} ${pick(m >>> 15)} ${pick(m >>> 21)} #${made}${est}${prog}`);
    }
    writeFileSync(join(dir, `track-${String(f + 1).padStart(2, '0')}.md`), lines.join('\n') + '\n');
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

/** Gzipped size of the JS (and CSS) index.html loads before the first page shows. */
export function initialAssetSizes(webDist = join(ROOT, 'web-dist')): { jsKb: number; cssKb: number } {
  const html = readFileSync(join(webDist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\/?([^"]+\.(js|css))"/g)];
  let js = 0;
  let css = 0;
  for (const m of refs) {
    const size = gzipSync(readFileSync(join(webDist, m[1]!)), { level: 9 }).length;
    if (m[2] === 'js') js += size; else css += size;
  }
  return { jsKb: r1(js / 1024), cssKb: r1(css / 1024) };
}

export async function runServeBench(opts: { items?: number; concurrency?: number; durationMs?: number } = {}): Promise<ServeBenchResult> {
  if (!existsSync(join(ROOT, 'web-dist', 'index.html'))) {
    const b = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'src/web/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('vite build failed');
  }
  const sizes = initialAssetSizes();
  const dir = mkdtempSync(join(tmpdir(), 'waymark-serve-bench-'));
  mkdirSync(dir, { recursive: true });
  const items = opts.items ?? 10_000;
  const concurrency = opts.concurrency ?? 8;
  writeWorkspace(dir, items);
  const t0 = performance.now();
  const server = await startServer({ paths: ['.'], cwd: dir, port: 0, now: () => new Date(NOW), watch: false, log: () => undefined });
  const firstReadMs = performance.now() - t0;
  try {
    const roadmap = (await (await fetch(`${server.url}api/roadmap?all=1`)).json()) as Roadmap;
    if (roadmap.items.length < items * 0.95) throw new Error(`workspace read ${roadmap.items.length} items, expected about ${items}`);
    // What pages ask for: overview and item pages most, the lists and charts on their pages.
    const ids = roadmap.items.filter((_, i) => i % 997 === 0).map((i) => i.id);
    const paths = ['/api/overview', ...ids.slice(0, 6).map((id) => `/api/items/${id}`), '/api/items', '/api/progress', '/api/overview', '/api/health', ...ids.slice(6).map((id) => `/api/items/${id}`), '/api/timeline', '/api/roadmap', '/api/plan'];
    const cpu0 = process.cpuUsage();
    const load = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'serve-load.ts'),
      JSON.stringify({ url: server.url, paths, concurrency, durationMs: opts.durationMs ?? 5000, warmupMs: 1000 })], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    load.stdout.on('data', (c: Buffer) => { out += c.toString('utf8'); });
    const code = await new Promise<number | null>((ok) => load.on('close', ok));
    if (code !== 0) throw new Error(`load process exited with ${code}`);
    const cpu = process.cpuUsage(cpu0);
    const { samples, bytes, errors } = JSON.parse(out) as { samples: Record<string, number[]>; bytes: Record<string, number>; errors: number };
    const all = Object.values(samples).flat().sort((a, b) => a - b);
    const group = (p: string): string => (p.startsWith('/api/items/') ? '/api/items/:id' : p);
    const grouped = new Map<string, { xs: number[]; kb: number }>();
    for (const [p, xs] of Object.entries(samples)) {
      const g = grouped.get(group(p)) ?? { xs: [], kb: 0 };
      g.xs.push(...xs);
      g.kb = Math.max(g.kb, (bytes[p] ?? 0) / 1024);
      grouped.set(group(p), g);
    }
    const byPath = [...grouped.entries()].map(([path, g]) => {
      const xs = g.xs.sort((a, b) => a - b);
      return { path, n: xs.length, p50Ms: r1(percentile(xs, 50)), p99Ms: r1(percentile(xs, 99)), kb: r1(g.kb) };
    });
    const p99 = r1(percentile(all, 99));
    const p50 = r1(percentile(all, 50));
    const pass = p99 <= P99_TARGET_MS && sizes.jsKb <= JS_TARGET_KB && errors === 0;
    return {
      pass,
      summary: `${roadmap.items.length} items, ${concurrency} concurrent: p50 ${p50} ms, p99 ${p99} ms (≤ ${P99_TARGET_MS}) over ${all.length} requests; initial JS ${sizes.jsKb} KB gzip (≤ ${JS_TARGET_KB})`,
      items: roadmap.items.length, concurrency, requests: all.length, errors, p50Ms: p50, p99Ms: p99, byPath,
      initialJsGzipKb: sizes.jsKb, initialCssGzipKb: sizes.cssKb, firstReadMs: Math.round(firstReadMs),
      serverCpuMsPerRequest: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, all.length)) * 100) / 100,
      loadPerCore: Math.round((loadavg()[0]! / cpus().length) * 10) / 10,
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatServeReport(r: ServeBenchResult): string {
  const rows = r.byPath.map((p) => `  ${p.path.padEnd(16)} n=${String(p.n).padStart(6)}  p50 ${String(p.p50Ms).padStart(6)} ms  p99 ${String(p.p99Ms).padStart(6)} ms  ${p.kb} KB`);
  return [
    `serve: ${r.summary}`,
    `  server CPU ${r.serverCpuMsPerRequest} ms per request (includes the warm-up); machine load ${r.loadPerCore} per core${r.loadPerCore > 1 ? ' — other work competed, latencies are inflated' : ''}`,
    `  first read + plan of the workspace: ${r.firstReadMs} ms; initial CSS ${r.initialCssGzipKb} KB gzip`,
    ...rows,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runServeBench();
  console.log(formatServeReport(r));
  process.exitCode = r.pass ? 0 : 1;
}
