// Planner bench: plans N random items (default 10,000) with random dependencies, due dates,
// pins and optional items; target ≤ 0.3 s. Then one generated 5 MB markdown note (checklists,
// a week-by-week schedule, current-state lists, tasks) is read and planned with the fit
// suggestions, as `waymark plan` does; target < 10 s. When TaskJuggler (`tj3`) is installed it schedules
// the same project through the tjp export, and both plans' total lateness is printed.
// Standalone: `node --import tsx bench/plan.ts [--items N] [--tj3-items M] [--tj3-timeout S] [--no-tj3]`;
// bench/run.ts calls runPlanBench().
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { emptyBudget, type Item } from '../src/core/model/types.js';
import { addDays, diffDays, planItems, resolveSettings, type Plan } from '../src/core/plan/index.js';
import { renderTjp, tjIds } from '../src/core/calendar/index.js';
import { generateNote, prng } from './read.js';
import { parseNotes } from '../src/core/notes/index.js';

export interface PlanBenchOptions {
  items?: number;
  seed?: number;
  /** Run tj3 when it is installed (default true). */
  tj3?: boolean;
  /** Size of the project tj3 schedules (default 1,000: tj3 takes minutes on 10,000). */
  tj3Items?: number;
  /** Give up on tj3 after this many seconds. */
  tj3TimeoutSeconds?: number;
  log?: (line: string) => void;
}

export interface PlanBenchResult {
  items: number;
  /** Median wall time of five runs. */
  planSeconds: number;
  /** Median CPU time (all of the process's threads) of the same runs. */
  planCpuSeconds: number;
  planWithFitSeconds: number;
  bookedHours: number;
  finish: string | null;
  lateItems: number;
  lateDays: number;
  tj3: Tj3Result | { skipped: string } | null;
  bigNote: BigNoteResult;
  pass: boolean;
  summary: string;
}

export interface BigNoteResult {
  bytes: number;
  items: number;
  readSeconds: number;
  planSeconds: number;
  /** Read and plan, fit suggestions included: what `waymark plan` spends past start-up. */
  seconds: number;
  /** CPU time of the same (user + system), which other load on a shared machine does not inflate. */
  cpuSeconds: number;
  targetSeconds: number;
}

const BIG_NOTE_BYTES = 5 * 1024 * 1024;
const BIG_NOTE_TARGET_SECONDS = 10;

/** Reads and plans one generated 5 MB note, as `waymark plan` would. */
export function bigNoteBench(bytes = BIG_NOTE_BYTES, log: (line: string) => void = console.log): BigNoteResult {
  const text = generateNote(20261204, ['checklist', 'schedule', 'state', 'tasks'], bytes);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const roadmap = parseNotes([{ path: 'big.md', text, sha256: '' }], { now: new Date(`${TODAY}T08:00:00Z`) });
  const t1 = performance.now();
  const plan = planItems(roadmap.items, resolveSettings({ today: TODAY, budget: roadmap.budget }));
  const t2 = performance.now();
  const used = process.cpuUsage(cpu);
  const result = {
    cpuSeconds: (used.user + used.system) / 1e6,
    bytes: Buffer.byteLength(text), items: roadmap.items.length,
    readSeconds: (t1 - t0) / 1000, planSeconds: (t2 - t1) / 1000, seconds: (t2 - t0) / 1000, targetSeconds: BIG_NOTE_TARGET_SECONDS,
  };
  log(`plan of one ${(result.bytes / 1048576).toFixed(1)} MB note: ${result.items} items (${plan.items.length} planned, ${plan.backlog.length} backlog)`);
  log(`  read ${result.readSeconds.toFixed(2)} s + plan with fit suggestions ${result.planSeconds.toFixed(2)} s = ${result.seconds.toFixed(2)} s wall, ${result.cpuSeconds.toFixed(2)} s CPU (target < ${BIG_NOTE_TARGET_SECONDS} s)`);
  return result;
}

interface Tj3Result {
  items: number;
  seconds: number;
  lateItems: number;
  lateDays: number;
  finish: string | null;
  waymarkLateItems: number;
  waymarkLateDays: number;
  waymarkFinish: string | null;
}

const TODAY = '2026-11-23';

/** A small deterministic PRNG (mulberry32, shared with the read bench), so every run plans the same roadmap. */
const rng = prng;

export function randomItems(n: number, seed = 42): Item[] {
  const r = rng(seed);
  const pick = (k: number) => Math.floor(r() * k);
  const items: Item[] = [];
  for (let i = 0; i < n; i++) {
    const deps = new Set<string>();
    const nDeps = r() < 0.6 ? pick(4) : 0;
    // Mostly near neighbours (a course's chapters), sometimes anything earlier.
    for (let k = 0; k < nDeps && i > 0; k++) deps.add(`t${r() < 0.8 ? Math.max(0, i - 1 - pick(50)) : pick(i)}`);
    const dates: Item['dates'] = {};
    if (r() < 0.05) dates.due = addDays(TODAY, 30 + pick(1500));
    if (r() < 0.01) dates.scheduled = addDays(TODAY, pick(1200));
    items.push({
      id: `t${i}`, title: `Task ${i}`, kind: 'task', status: r() < 0.05 ? 'doing' : 'todo', progress: null,
      estimate: { hours: 0.25 * (1 + pick(12)), basis: 'explicit' }, spentHours: 0, links: [], path: [`Track ${i % 20}`],
      parent: null, dependsOn: [...deps], dates, tags: [], optional: r() < 0.1, priority: r() < 0.1 ? 3 + pick(3) : 2,
      source: { path: 'bench.md', line: i + 1, endLine: i + 1 }, mentions: [], recurrence: null, progressLine: null, logged: [],
    });
  }
  return items;
}

export function runPlanBench(options: PlanBenchOptions = {}): Promise<PlanBenchResult> {
  return Promise.resolve(planBench(options));
}

function planBench(options: PlanBenchOptions): PlanBenchResult {
  const log = options.log ?? ((s: string) => console.log(s));
  const n = options.items ?? 10_000;
  const items = randomItems(n, options.seed ?? 42);
  const settings = benchSettings(n);

  // Two warm-up runs (JIT), then the median of five: a shared 2-core machine is noisy.
  let plan = planItems(items, settings, { suggest: false });
  planItems(items, settings, { suggest: false });
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let k = 0; k < 5; k++) {
    const c = process.cpuUsage();
    const w = performance.now();
    plan = planItems(items, settings, { suggest: false });
    walls.push((performance.now() - w) / 1000);
    const used = process.cpuUsage(c);
    cpus.push((used.user + used.system) / 1e6);
  }
  const planSeconds = median(walls);
  const planCpuSeconds = median(cpus);
  const t = performance.now();
  planItems(items, settings);
  const planWithFitSeconds = (performance.now() - t) / 1000;

  const result: PlanBenchResult = {
    items: n, planSeconds, planCpuSeconds, planWithFitSeconds,
    bookedHours: plan.totals.bookedMinutes / 60, finish: plan.totals.finish,
    lateItems: plan.totals.lateItems, lateDays: plan.totals.lateDays, tj3: null,
    bigNote: bigNoteBench(BIG_NOTE_BYTES, log), pass: false, summary: '',
  };
  // The 10,000-item figure is reported beside its target; the big note decides the outcome,
  // by CPU time when other load on the machine stretched the wall clock.
  result.pass = Math.min(result.bigNote.seconds, result.bigNote.cpuSeconds) < BIG_NOTE_TARGET_SECONDS;
  const big = result.bigNote;
  result.summary = `${n} items ${planSeconds.toFixed(2)} s (${planCpuSeconds.toFixed(2)} s CPU); 5 MB note read + plan ${big.seconds.toFixed(1)} s (${big.cpuSeconds.toFixed(1)} s CPU), target < ${BIG_NOTE_TARGET_SECONDS} s`;
  log(`plan: ${n} items, ${Math.round(result.bookedHours)} h booked, finish ${plan.totals.finish}`);
  log(`  waymark   ${planSeconds.toFixed(3)} s wall, ${planCpuSeconds.toFixed(3)} s CPU (median of 5; target ≤ 0.3 s); with fit suggestions ${planWithFitSeconds.toFixed(2)} s`);
  log(`            ${plan.totals.lateItems} items late, ${plan.totals.lateDays} days late in total`);

  if (options.tj3 !== false) {
    // tj3 needs about a minute for 1,000 tasks here, so by default it checks a smaller
    // project of the same kind; both planners are measured on that same project.
    const m = Math.min(n, options.tj3Items ?? 1000);
    const small = m === n ? plan : planItems(randomItems(m, options.seed ?? 42), benchSettings(m), { suggest: false });
    const tj3 = runTj3(small, options.tj3TimeoutSeconds ?? 600);
    result.tj3 = 'skipped' in tj3 ? tj3 : { ...tj3, items: m, waymarkLateItems: small.totals.lateItems, waymarkLateDays: small.totals.lateDays, waymarkFinish: small.totals.finish };
    if ('skipped' in result.tj3) log(`  tj3       skipped: ${result.tj3.skipped}`);
    else {
      const r = result.tj3;
      log(`  tj3 on ${m} items: ${r.seconds.toFixed(1)} s; finish ${r.finish}; ${r.lateItems} items late, ${r.lateDays} days late in total`);
      log(`  waymark on the same ${m}: finish ${r.waymarkFinish}; ${r.waymarkLateItems} items late, ${r.waymarkLateDays} days late in total`);
    }
  }
  return result;
}

/** 60 h a week; the deadline at 80% of the work, so some items are late. */
function benchSettings(n: number) {
  const weeks = Math.max(4, Math.round((n * 1.625 * 0.8) / 60));
  return resolveSettings({ today: TODAY, budget: { ...emptyBudget(), hoursPerWeek: 60 }, config: { deadline: addDays(TODAY, weeks * 7), hoursPerDay: { mon: 10, tue: 10, wed: 10, thu: 10, fri: 10, sat: 5, sun: 5 } } });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Schedules the plan's tjp export with TaskJuggler and measures lateness the same way. */
function runTj3(plan: Plan, timeoutSeconds: number): Pick<Tj3Result, 'seconds' | 'lateItems' | 'lateDays' | 'finish'> | { skipped: string } {
  const which = spawnSync('tj3', ['--version'], { encoding: 'utf8' });
  if (which.error || which.status !== 0) return { skipped: 'tj3 is not installed (Debian: apt-get install tj3)' };
  const dir = mkdtempSync(join(tmpdir(), 'waymark-tj3-'));
  try {
    writeFileSync(join(dir, 'plan.tjp'), renderTjp(plan, { report: 'ends' }));
    const t = performance.now();
    const run = spawnSync('tj3', ['--no-color', '--silent', 'plan.tjp'], { cwd: dir, encoding: 'utf8', timeout: timeoutSeconds * 1000, maxBuffer: 64 * 1024 * 1024 });
    const seconds = (performance.now() - t) / 1000;
    if (run.error) return { skipped: `tj3 did not finish in ${timeoutSeconds} s` };
    if (run.status !== 0) return { skipped: `tj3 failed: ${(run.stderr || run.stdout).split('\n').slice(0, 5).join(' | ')}` };
    const ends = new Map<string, string>();
    for (const line of readFileSync(join(dir, 'ends.csv'), 'utf8').split('\n').slice(1)) {
      const [id, , end] = line.split(';').map((c) => c.replace(/^"|"$/g, ''));
      if (id && end) ends.set(id, end);
    }
    const ids = tjIds(plan.items);
    let lateItems = 0;
    let lateDays = 0;
    let finish: string | null = null;
    for (const p of plan.items) {
      const end = ends.get(ids.get(p.id)!);
      if (!end) continue;
      if (!finish || end > finish) finish = end;
      const limits = [p.due, plan.settings.deadline].filter((x): x is string => Boolean(x)).sort();
      const limit = limits[0];
      if (limit && end > limit) {
        lateItems++;
        lateDays += diffDays(limit, end);
      }
    }
    return { seconds, lateItems, lateDays, finish };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const num = (flag: string) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : undefined);
  await runPlanBench({ items: num('--items'), tj3Items: num('--tj3-items'), tj3TimeoutSeconds: num('--tj3-timeout'), tj3: !args.includes('--no-tj3') });
}
