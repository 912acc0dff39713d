// Track benchmark: a check-off (`waymark done WORDS`) in a 10,000-item vault, end to end
// inside the process — argument parsing, finding the item, reading and editing its note,
// the safe write (temp file, fsync, rename) and the history — against a 30 ms target.
// The vault (100 notes × 100 items) is generated in the system temp folder; one full read
// first builds the item index that later check-offs use. Standalone: `node --import tsx bench/track.ts`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import type { CliContext } from '../src/cli/context.js';
import { openTracking } from '../src/edge/track.js';

export const TARGET_MS = 30;
const NOW = new Date('2026-11-22T10:00:00Z');
const TOPICS = ['graphs', 'heaps', 'tries', 'sorting', 'hashing', 'paging', 'scheduling', 'consensus', 'caching', 'parsing'];

export interface TrackBenchResult {
  name: 'track';
  items: number;
  files: number;
  /** The first full read, which records every item and builds the index. */
  firstReadMs: number;
  /** Each measured check-off, in ms. */
  runsMs: number[];
  medianMs: number;
  p95Ms: number;
  minMs: number;
  targetMs: number;
  pass: boolean;
  load: { avg1: number; cores: number };
  summary: string;
}

function vault(root: string): void {
  let n = 0;
  for (let f = 0; f < 100; f++) {
    const lines = [`# Area ${f}: ${TOPICS[f % TOPICS.length]}`, ''];
    for (let s = 0; s < 5; s++) {
      lines.push(`## Part ${s + 1}`, '');
      for (let i = 0; i < 20; i++, n++) lines.push(`- [ ] Practise ${TOPICS[(f + i) % TOPICS.length]} drill ${n} ~${1 + (i % 3)}h`);
      lines.push('');
    }
    const dir = join(root, `area-${f % 10}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `notes-${f}.md`), lines.join('\n'));
  }
}

function quietContext(cwd: string): CliContext {
  const sink = { write: () => true };
  return { stdout: sink, stderr: sink, cwd, env: {}, now: () => new Date(NOW), color: false };
}

export async function runTrackBench(): Promise<TrackBenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'waymark-track-bench-'));
  try {
    vault(root);
    const t0 = performance.now();
    const session = await openTracking([], { cwd: root, now: NOW });
    const firstReadMs = performance.now() - t0;
    const items = session.roadmap.items.length;
    await session.store.close();
    const ctx = quietContext(root);
    const runs: number[] = [];
    for (let k = 0; k < 25; k++) {
      const n = (k * 397) % 10_000;
      const t = performance.now();
      const code = await main(['done', 'drill', String(n)], ctx);
      const ms = performance.now() - t;
      if (code !== 0) throw new Error(`waymark done drill ${n} exited ${code}`);
      if (k >= 5) runs.push(ms); // the first few warm the JIT and the page cache
    }
    // Every check-off must have landed: read the whole vault back.
    const check = await openTracking([], { cwd: root, now: NOW });
    const done = check.roadmap.items.filter((i) => i.status === 'done').length;
    await check.store.close();
    if (done !== 25) throw new Error(`expected 25 items done after the bench, found ${done}`);
    const sorted = [...runs].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
    const r = (x: number) => Math.round(x * 10) / 10;
    return {
      name: 'track', items, files: check.roadmap.sources.length, firstReadMs: r(firstReadMs), runsMs: runs.map(r),
      medianMs: r(median), p95Ms: r(p95), minMs: r(sorted[0]!), targetMs: TARGET_MS, pass: median <= TARGET_MS,
      load: { avg1: r(loadavg()[0]!), cores: cpus().length },
      summary: `check-off in a ${items}-item vault: median ${r(median)} ms, p95 ${r(p95)} ms (target ≤ ${TARGET_MS} ms)`,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function formatTrackReport(r: TrackBenchResult): string {
  return [
    `vault: ${r.items} items in ${r.files} notes; first full read (builds the index) ${r.firstReadMs} ms`,
    `check-off end to end: median ${r.medianMs} ms, p95 ${r.p95Ms} ms, best ${r.minMs} ms over ${r.runsMs.length} runs`,
    `target ≤ ${r.targetMs} ms: ${r.pass ? 'PASS' : 'FAIL'}  (load ${r.load.avg1} on ${r.load.cores} cores)`,
    '',
  ].join('\n');
}

const isMain = process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`;
if (isMain) process.stdout.write(formatTrackReport(await runTrackBench()));
