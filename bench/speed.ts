// Speed bench (issue 14): each target as a ratio to a floor measured in the same run, all as
// a person runs Waymark — a fresh `node bin/waymark.js …` process each time (the bundled CLI
// in dist/bundle/, built here first), wall-clock time, the median of a few runs.
//   floors:     `node -e 0`; bench/toy-reader.mjs (reads every file, splits lines, 3 regexes
//               a line, keys in a Map) on the same 1,000-note 5 MB and 10,000-note 50 MB folders
//   start-up:   --version, --help                 ≤ 2 × node -e 0
//   warm:       status, no note changed            ≤ 1.2 × toy (1,000 notes)
//   one changed: status after one note changed     reads exactly that note again
//   cold:       status with no read cache          ≤ 4 × toy (1,000 notes)
//   write-back: done, progress, undo               ≤ 1.5 × toy (1,000 notes)
//   10,000 notes: warm ≤ 1 s, cold ≤ 8 s
// Targets are judged on wall time; beside each, the same ratio by CPU time (user + system, all
// threads; through GNU time when installed), which load from other programs inflates far less.
// The vaults are bench/read.ts's generator's (bench/.vault-1k, bench/.vault), copied to a temp
// folder so the history and the cache never touch them. Standalone: `node --import tsx bench/speed.ts`
// (BENCH_SPEED_10K=0 leaves the 10,000-note runs out).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatProfile, profilesIn, summarizeProfiles, type ProfileSummary } from './profile.js';
import { defaultParams, ensureVault, vaultDir } from './read.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const BIN = join(ROOT, 'bin', 'waymark.js');
const TOY = join(HERE, 'toy-reader.mjs');
const IO_FLOOR = join(HERE, 'io-floor.mjs');
const NOW = '2026-11-22T10:00:00Z';

export interface Target {
  what: string;
  /** Median wall time, seconds. */
  seconds: number;
  /** The floor it is measured against (seconds), or null for an absolute target. */
  floor: number | null;
  floorName: string;
  /** seconds / floor, or seconds for an absolute target. */
  ratio: number;
  limit: number;
  pass: boolean;
  /** The same ratio by CPU time (user + system, all threads), when GNU time could measure it. */
  cpuRatio?: number | null;
  note?: string;
}

export interface SpeedBenchResult {
  name: 'speed';
  load: { start: number; end: number; cores: number };
  floors: Record<string, number>;
  /** CPU seconds of each floor, when measured. */
  floorsCpu: Record<string, number | null>;
  targets: Target[];
  pass: boolean;
  /** Where a cold `status` on the 1,000 notes spends its CPU (one run under --cpu-prof, not timed). */
  coldProfile: ProfileSummary | null;
  /** The 1,000-note folder's size in bytes (the reader's MB/s in the profile is over it). */
  bytes1k: number;
  /** The read cache's size after the 10,000-note runs, and the notes' (bytes), when they ran. */
  cache10k: { cache: number; notes: number } | null;
  summary: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** GNU time, when installed: the CPU time (user + system) of each run, which other load on the machine inflates far less than the wall time. */
const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p)) ?? null;
/** CPU seconds of the runs timed, in order (read by runs()). */
let cpuLog: number[] = [];

/** Wall time of one process run, in seconds; throws when it fails. */
function time(args: string[], cwd: string, env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const [cmd, argv] = GNU_TIME ? [GNU_TIME, ['-f', '@cpu %U %S', process.execPath, ...args]] : [process.execPath, args];
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', env: { ...process.env, WAYMARK_NOW: NOW, NO_COLOR: '1', ...env }, maxBuffer: 1 << 28 });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const m = /@cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (m) cpuLog.push(Number(m[1]) + Number(m[2]));
  return s;
}

/** The median wall time of n runs; the median CPU time of the same runs goes to lastCpu. */
let lastCpu: number | null = null;
function runs(n: number, f: () => number): number {
  const xs: number[] = [];
  cpuLog = [];
  for (let i = 0; i < n; i++) xs.push(f());
  lastCpu = cpuLog.length ? median(cpuLog) : null;
  return median(xs);
}

const waymark = (cwd: string, ...args: string[]) => time([BIN, ...args], cwd);

/** Builds the CLI (dist/, and the bundle bin/waymark.js runs) as `npm install` does, less the dashboard. */
function build(): void {
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
  const idx = spawnSync(process.execPath, [join(ROOT, 'scripts', 'help-index.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (idx.status !== 0) throw new Error(`help index failed: ${idx.stderr}`);
  const bundle = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (bundle.status !== 0) throw new Error(`bundle failed: ${bundle.stderr}`);
}

function copyVault(from: string): string {
  const to = mkdtempSync(join(tmpdir(), 'waymark-speed-'));
  cpSync(from, to, { recursive: true, filter: (p) => !/[\\/]\.(?:waymark|params\.json)/.test(p) });
  return to;
}

function folderBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    n += e.isDirectory() ? folderBytes(p) : statSync(p).size;
  }
  return n;
}

function oneNote(dir: string): string {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) return oneNote(p);
    if (/\.md$/.test(e.name)) return p;
  }
  throw new Error(`no note in ${dir}`);
}

/** How many notes the CLI's own code (the bundle) reads again after one changed: the read cache's count. */
async function rereadAfterOneChange(dir: string): Promise<{ cached: number; read: number; assembled: string } | null> {
  const ws = (await import(pathToFileURL(join(ROOT, 'dist', 'bundle', 'workspace.js')).href)) as typeof import('../src/edge/workspace.js');
  const r = await ws.loadRoadmap([dir], { cwd: dir, now: new Date(NOW) });
  return r.reads ? { ...r.reads, assembled: r.assembled ?? '?' } : null;
}

const cacheFile = (dir: string) => join(dir, '.waymark', 'read-cache.v8');

export async function runSpeedBench(): Promise<SpeedBenchResult> {
  const log = (s: string) => process.stderr.write(`speed bench: ${s}\n`);
  const loadStart = loadavg()[0]!;
  log('building the CLI (dist/)…');
  build();
  const small = join(HERE, '.vault-1k');
  const params = defaultParams();
  ensureVault({ seed: params.seed, notes: 1000, bytes: 5 * 1024 * 1024 }, small);
  const big = vaultDir();
  const withBig = process.env.BENCH_SPEED_10K !== '0';
  if (withBig) ensureVault(params, big);

  const floors: Record<string, number> = {};
  const floorsCpu: Record<string, number | null> = {};
  const floor = (name: string, seconds: number): void => {
    floors[name] = seconds;
    floorsCpu[name] = lastCpu;
  };
  const targets: Target[] = [];
  const ratio = (what: string, seconds: number, floorName: string, limit: number, note?: string): void => {
    const f = floors[floorName]!;
    const r = seconds / f;
    const fc = floorsCpu[floorName];
    const cpuRatio = lastCpu !== null && fc ? lastCpu / fc : null;
    targets.push({ what, seconds, floor: f, floorName, ratio: r, limit, pass: r <= limit, cpuRatio, ...(note ? { note } : {}) });
  };
  const absolute = (what: string, seconds: number, limit: number, note?: string): void => {
    targets.push({ what, seconds, floor: null, floorName: '', ratio: seconds, limit, pass: seconds <= limit, ...(note ? { note } : {}) });
  };

  log('floors: node -e 0, the toy reader…');
  floor('node -e 0', runs(7, () => time(['-e', '0'], ROOT)));
  floor('toy 1k', runs(5, () => time([TOY, small], ROOT)));
  if (withBig) floor('toy 10k', runs(3, () => time([TOY, big], ROOT)));

  log('start-up…');
  ratio('start-up: --version', runs(7, () => waymark(ROOT, '--version')), 'node -e 0', 2);
  ratio('start-up: --help', runs(7, () => waymark(ROOT, '--help')), 'node -e 0', 2);

  let coldProfile: ProfileSummary | null = null;
  const bytes1k = folderBytes(small);
  const dir = copyVault(small);
  try {
    // A notes folder in use: a history (from a first check-off) and the read cache in .waymark/.
    writeFileSync(join(dir, 'bench-writeback.md'), '# Bench\n\n- [ ] Bench warm-up gamma\n- [ ] Bench check-off target alpha\n- [ ] Bench progress target beta (lecture 2 of 10)\n');
    log('1,000 notes: a first check-off (history and cache made; not measured)…');
    waymark(dir, 'done', 'Bench warm-up gamma', '.');
    log('1,000 notes: cold status…');
    const cold = runs(3, () => {
      rmSync(cacheFile(dir), { force: true });
      return waymark(dir, 'status', '.');
    });
    const coldCpu = lastCpu;
    const cacheBytes = existsSync(cacheFile(dir)) ? statSync(cacheFile(dir)).size : 0;
    floor('I/O floor 1k', runs(3, () => time([IO_FLOOR, dir, String(cacheBytes)], ROOT)));
    lastCpu = coldCpu;
    ratio('1k cold status (no cache)', cold, 'toy 1k', 4, `${(cold / floors['I/O floor 1k']!).toFixed(1)} × the I/O floor (read every note, write the ${(cacheBytes / 1e6).toFixed(0)} MB cache)`);
    log('1,000 notes: where a cold status spends its CPU (one run under --cpu-prof)…');
    const profDir = mkdtempSync(join(tmpdir(), 'waymark-speed-prof-'));
    try {
      rmSync(cacheFile(dir), { force: true });
      time(['--cpu-prof', `--cpu-prof-dir=${profDir}`, BIN, 'status', '.'], dir);
      coldProfile = summarizeProfiles(profilesIn(profDir));
    } finally {
      rmSync(profDir, { recursive: true, force: true });
    }
    log('1,000 notes: warm status…');
    waymark(dir, 'status', '.');
    ratio('1k warm status', runs(5, () => waymark(dir, 'status', '.')), 'toy 1k', 1.2);
    log('1,000 notes: one note changed…');
    const note = oneNote(dir);
    const changed = runs(3, () => {
      appendFileSync(note, `- [ ] Bench change ${Math.random().toString(36).slice(2)}\n`);
      return waymark(dir, 'status', '.');
    });
    appendFileSync(note, '- [ ] Bench change, counted\n');
    const reads = await rereadAfterOneChange(dir);
    const onlyOne = reads?.read === 1;
    const toy1k = floors['toy 1k'] ?? Number.NaN;
    targets.push({
      what: '1k one note changed: notes read again', seconds: changed, floor: toy1k, floorName: 'toy 1k', ratio: reads?.read ?? Number.NaN, limit: 1, pass: onlyOne,
      note: `${reads ? `${reads.read} read, ${reads.cached} from the cache, the roadmap ${reads.assembled}` : 'no count'}; status took ${(changed / toy1k).toFixed(2)} × toy`,
    });
    log('1,000 notes: write-back…');
    const wb = { done: [] as number[], progress: [] as number[], undo: [] as number[] };
    const cpu = { done: [] as number[], progress: [] as number[], undo: [] as number[] };
    const one = (k: keyof typeof wb, ...args: string[]): void => {
      cpuLog = [];
      wb[k].push(waymark(dir, ...args));
      cpu[k].push(...cpuLog);
    };
    for (let i = 0; i < 3; i++) {
      one('done', 'done', 'Bench check-off target alpha', '.');
      one('undo', 'undo', '.');
      one('progress', 'progress', 'Bench progress target beta', `${3 + i}/10`, '.');
    }
    for (const k of ['done', 'progress', 'undo'] as const) {
      lastCpu = cpu[k].length ? median(cpu[k]) : null;
      ratio(`1k write-back: ${k}`, median(wb[k]), 'toy 1k', 1.5);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  let cache10k: SpeedBenchResult['cache10k'] = null;
  if (withBig) {
    const bigDir = copyVault(big);
    try {
      mkdirSync(join(bigDir, '.waymark'));
      log('10,000 notes: cold status…');
      const cold = runs(1, () => waymark(bigDir, 'status', '.'));
      absolute('10k cold status (s)', cold, 8, `${(cold / floors['toy 10k']!).toFixed(2)} × toy 10k${lastCpu !== null ? `, ${lastCpu.toFixed(1)} s CPU` : ''}`);
      log('10,000 notes: warm status…');
      const warm = runs(3, () => waymark(bigDir, 'status', '.'));
      absolute('10k warm status (s)', warm, 1, `${(warm / floors['toy 10k']!).toFixed(2)} × toy 10k${lastCpu !== null ? `, ${lastCpu.toFixed(1)} s CPU` : ''}`);
      if (existsSync(cacheFile(bigDir))) {
        cache10k = { cache: statSync(cacheFile(bigDir)).size, notes: folderBytes(big) };
        log(`10,000 notes: the read cache is ${(cache10k.cache / 1024 / 1024).toFixed(0)} MB`);
      }
    } finally {
      rmSync(bigDir, { recursive: true, force: true });
    }
  }
  const loadEnd = loadavg()[0]!;
  const met = targets.filter((t) => t.pass).length;
  return {
    name: 'speed',
    load: { start: round(loadStart), end: round(loadEnd), cores: availableParallelism() },
    floors,
    floorsCpu,
    targets,
    pass: met === targets.length,
    coldProfile,
    bytes1k,
    cache10k,
    summary: `${met} of ${targets.length} targets met (load ${round(loadStart)} → ${round(loadEnd)} on ${availableParallelism()} cores)`,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

export function formatSpeedReport(r: SpeedBenchResult): string {
  const lines = ['Speed (issue 14): wall time of a fresh process, median of a few runs'];
  for (const [name, s] of Object.entries(r.floors)) lines.push(`  floor   ${name.padEnd(34)} ${s.toFixed(3)} s${r.floorsCpu[name] != null ? ` (${r.floorsCpu[name].toFixed(2)} s CPU)` : ''}`);
  for (const t of r.targets) {
    const measured = t.floor === null
      ? `${t.seconds.toFixed(3)} s`.padEnd(30) + `target ≤ ${t.limit} s`
      : t.what.includes('read again')
        ? `${String(t.ratio)} note(s)`.padEnd(30) + 'target: only the changed note'
        : `${t.seconds.toFixed(3)} s = ${t.ratio.toFixed(2)} × ${t.floorName}`.padEnd(30) + `target ≤ ${t.limit} ×`;
    const byCpu = t.cpuRatio != null ? `; by CPU time ${t.cpuRatio.toFixed(2)} ×` : '';
    lines.push(`  ${t.pass ? 'PASS' : 'FAIL'}    ${t.what.padEnd(34)} ${measured}${t.note || byCpu ? `  (${[t.note, byCpu.slice(2)].filter(Boolean).join('; ')})` : ''}`);
  }
  if (r.coldProfile) {
    const reader = r.coldProfile.steps.find(([k]) => k === 'reader (per note)')?.[1];
    lines.push(`  where a cold 1k status spends its CPU (one run under --cpu-prof): ${formatProfile(r.coldProfile)}`);
    if (reader) lines.push(`    the reader alone: ${(r.bytes1k / 1e6 / reader).toFixed(1)} MB/s of CPU over the ${(r.bytes1k / 1e6).toFixed(1)} MB folder`);
  }
  if (r.cache10k) lines.push(`  the read cache at 10,000 notes: ${(r.cache10k.cache / 1e6).toFixed(0)} MB for ${(r.cache10k.notes / 1e6).toFixed(0)} MB of notes`);
  lines.push(`  machine load average ${r.load.start} at the start, ${r.load.end} at the end, ${r.load.cores} cores${Math.max(r.load.start, r.load.end) > 1 ? ' (busy: wall-clock figures are pessimistic)' : ''}`);
  return lines.join('\n') + '\n';
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const r = await runSpeedBench();
  process.stdout.write(formatSpeedReport(r));
  process.exitCode = r.pass ? 0 : 1;
}
