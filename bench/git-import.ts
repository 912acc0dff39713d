// Git import benchmark: the first `waymark stats` on a notes folder kept in git, which
// imports the past from the git log, on 1,000 commits over 200 notes, against a 10 s
// target. The repository is generated with `git fast-import` in the system temp folder:
// boxes ticked and lectures counted a few notes a commit, some notes renamed, some deleted.
// Standalone: `node --import tsx bench/git-import.ts`. Skipped without git on the PATH.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import type { CliContext } from '../src/cli/context.js';
import type { Stats } from '../src/core/metrics/index.js';

export const TARGET_MS = 10_000;
const COMMITS = 1000;
const NOTES = 200;
const ITEMS = 30;
const NOW = new Date('2026-11-22T10:00:00Z');
/** A commit every 14 hours, the last a few hours before NOW: the recent weeks have a pace. */
const EVERY = 50_000;
const START = NOW.getTime() / 1000 - COMMITS * EVERY - 3600;
const TOPICS = ['graphs', 'heaps', 'tries', 'sorting', 'hashing', 'paging', 'scheduling', 'consensus', 'caching', 'parsing'];

export interface GitImportBenchResult {
  name: 'git-import';
  /** Commits in the repository, and those that touched a note still there. */
  commits: number;
  noteCommits: number;
  notes: number;
  /** Events the import recorded. */
  events: number;
  /** The whole first `waymark stats --json`: reading the notes, importing the past, the stats. */
  firstStatsMs: number;
  /** The second run, with nothing left to import. */
  secondStatsMs: number;
  targetMs: number;
  pass: boolean;
  load: { avg1: number; cores: number };
  summary: string;
}

interface Note {
  path: string;
  done: boolean[];
  lectures: number;
}

function text(n: Note, k: number): string {
  const lines = [`# ${TOPICS[k % TOPICS.length]} notes ${k}`, '', `Course: lecture ${n.lectures} of 24`, '', '## Tasks', ''];
  n.done.forEach((d, i) => lines.push(`- [${d ? 'x' : ' '}] Practise ${TOPICS[(k + i) % TOPICS.length]} drill ${k}-${i} ~${1 + (i % 3)}h`));
  return lines.join('\n') + '\n';
}

/** A `git fast-import` stream: 1,000 commits, each changing one to three notes. */
function history(): string {
  let seed = 42;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  // A few more notes than are left at the end: ten are deleted along the way.
  const notes: (Note | null)[] = Array.from({ length: NOTES + 10 }, (_, k) => ({
    path: `area-${k % 10}/notes-${k}.md`, done: Array.from({ length: ITEMS }, () => false), lectures: 0,
  }));
  const out: string[] = [];
  const data = (s: string): string => `data ${Buffer.byteLength(s)}\n${s}`;
  for (let c = 1; c <= COMMITS; c++) {
    const when = START + c * EVERY;
    out.push('commit refs/heads/main', `mark :${c}`, `author A <a@example.org> ${when} +0000`, `committer A <a@example.org> ${when} +0000`, data(`commit ${c}`));
    if (c > 1) out.push(`from :${c - 1}`);
    if (c === 1) {
      notes.forEach((n, k) => out.push(`M 100644 inline ${n!.path}`, data(text(n!, k))));
      continue;
    }
    if (c % 50 === 0) {
      // A note renamed (its past must follow it) or, every 100th commit, deleted.
      const k = rand(notes.length);
      const n = notes[k];
      if (n && c % 100 === 0) {
        out.push(`D ${n.path}`);
        notes[k] = null;
      } else if (n) {
        const to = n.path.replace(/\.md$/, `-r${c}.md`);
        out.push(`R ${n.path} ${to}`);
        n.path = to;
      }
    }
    for (let t = 1 + rand(3); t > 0; t--) {
      const k = rand(notes.length);
      const n = notes[k];
      if (!n) continue;
      const open = n.done.findIndex((d) => !d);
      if (open >= 0) n.done[open] = true;
      if (rand(2) === 0 && n.lectures < 24) n.lectures++;
      out.push(`M 100644 inline ${n.path}`, data(text(n, k)));
    }
  }
  return out.join('\n') + '\n';
}

function git(args: string[], cwd: string, input?: string): void {
  const r = spawnSync('git', args, { cwd, input, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
  if (r.status !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr}`);
}

function context(cwd: string, out: { text: string; err: string }): CliContext {
  // The progress bar shows on a terminal, as it would for a person.
  return {
    stdout: { write: (s: string) => (out.text += s) },
    stderr: { write: (s: string) => { out.err += s; return process.stderr.write(s); }, isTTY: Boolean(process.stderr.isTTY) },
    cwd, env: { TZ: 'UTC' }, now: () => new Date(NOW), color: false,
  };
}

export async function runGitImportBench(): Promise<GitImportBenchResult | { name: 'git-import'; summary: string }> {
  if (spawnSync('git', ['--version']).status !== 0) return { name: 'git-import', summary: 'skipped: needs the git command-line tool (apt-get install git)' };
  const root = mkdtempSync(join(tmpdir(), 'waymark-git-bench-'));
  try {
    git(['init', '-q', '-b', 'main'], root);
    git(['fast-import', '--quiet'], root, history());
    git(['checkout', '-q', '-f', 'main'], root);
    // The first run as a person types it; it says on stderr what it imported.
    const out = { text: '', err: '' };
    const t0 = performance.now();
    const code = await main(['stats', '.'], context(root, out));
    const firstStatsMs = performance.now() - t0;
    if (code !== 0) throw new Error(`waymark stats exited ${code}`);
    const said = /imported the past from git: (\d+) commits? that touched the notes, (\d+) changes?/.exec(out.err);
    if (!said) throw new Error(`nothing was imported: ${out.err}`);
    out.text = '';
    const t1 = performance.now();
    await main(['stats', '--json', '.'], context(root, out));
    const secondStatsMs = performance.now() - t1;
    const stats = JSON.parse(out.text) as Stats;
    const firstDay = new Date((START + EVERY) * 1000).toISOString().slice(0, 10);
    if (stats.start > firstDay || !stats.forecast.finish) {
      throw new Error(`the past is not on the chart (start ${stats.start}, finish ${stats.forecast.finish})`);
    }
    const record = { commits: Number(said[1]), events: Number(said[2]) };
    const pass = firstStatsMs <= TARGET_MS;
    const notes = readdirSync(root, { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
    return {
      name: 'git-import', commits: COMMITS, noteCommits: record.commits, notes, events: record.events,
      firstStatsMs: Math.round(firstStatsMs), secondStatsMs: Math.round(secondStatsMs), targetMs: TARGET_MS, pass,
      load: { avg1: Math.round(loadavg()[0]! * 100) / 100, cores: cpus().length },
      summary: `first stats ${(firstStatsMs / 1000).toFixed(1)} s importing ${COMMITS} commits over ${notes} notes (${record.events} events; target ≤ ${TARGET_MS / 1000} s), second ${(secondStatsMs / 1000).toFixed(1)} s`,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function formatGitImportReport(r: Awaited<ReturnType<typeof runGitImportBench>>): string {
  if (!('pass' in r)) return `${r.summary}\n`;
  return [
    `${r.commits} commits over ${r.notes} notes (${r.noteCommits} touched a note still there): ${r.events} events imported`,
    `first waymark stats (read + import + stats): ${r.firstStatsMs} ms (target ≤ ${r.targetMs} ms) ${r.pass ? 'PASS' : 'FAIL'}`,
    `second waymark stats (nothing to import):   ${r.secondStatsMs} ms`,
    `load average ${r.load.avg1} on ${r.load.cores} cores`,
  ].join('\n') + '\n';
}

const isMain = process.argv[1] !== undefined && import.meta.filename === process.argv[1];
if (isMain) {
  const r = await runGitImportBench();
  process.stdout.write(formatGitImportReport(r));
  process.exitCode = 'pass' in r && !r.pass ? 1 : 0;
}
