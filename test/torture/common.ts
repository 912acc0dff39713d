// What the torture campaign's parts share: a note to torture, the CLI run in-process, and
// the checks made after every run (note whole, no temp file, database sound, note and
// history agreeing — proven by undoing every command back to the original bytes).
import Database from 'better-sqlite3';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { isWaymarkTemp } from '../../src/edge/safe-write.js';
import { findNotes } from '../../src/edge/workspace.js';
import { prng } from '../../bench/read.js';
import { storePath } from '../../src/store/index.js';

export const NOW = new Date('2026-11-22T10:00:00Z');

/** A note with several forms: boxes, a progress phrase, a status word, a nested task. */
export const NOTE = [
  '# Systems study',
  '',
  '## Books',
  '- [ ] Read SICP',
  '- [ ] OSTEP (chapter 4 of 50)',
  '- Designing Data-Intensive Applications - in progress',
  '',
  '## Projects',
  '- [ ] Build a compiler',
  '  - [ ] Write the lexer',
  '- [ ] Learn Rust (3/10 chapters)',
  '- [x] Set up the dev box',
  '',
].join('\n');

/** Words that name one item each, and whether it has a progress phrase. */
export const ITEMS: { words: string; progress: boolean }[] = [
  { words: 'sicp', progress: false },
  { words: 'ostep', progress: true },
  { words: 'designing data', progress: false },
  { words: 'compiler', progress: false },
  { words: 'lexer', progress: false },
  { words: 'rust', progress: true },
];

/**
 * Scratch space: fast (tmpfs) when there is one, since the campaign fsyncs many thousands
 * of times; on the real disk for the kills, where fsync takes long enough to be hit.
 */
export function scratch(prefix: string, disk = false): string {
  return mkdtempSync(join(!disk && existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), `waymark-${prefix}-`));
}

/** A workspace holding NOTE as n.md. */
export function workspace(prefix: string, text = NOTE, disk = false): { dir: string; file: string; original: Buffer } {
  const dir = scratch(prefix, disk);
  const file = join(dir, 'n.md');
  writeFileSync(file, text);
  return { dir, file, original: readFileSync(file) };
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in this process, in `cwd`. */
export async function cli(args: string[], cwd: string): Promise<CliRun> {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    stdout: { write: (s: string) => { out += s; } }, stderr: { write: (s: string) => { err += s; } },
    cwd, env: {}, now: () => new Date(NOW), color: false,
  };
  const code = await main(args, ctx);
  return { code, out, err };
}

/** A command picked at random: done/start/progress on one of ITEMS, undo, or log. */
export function randomCommand(rand: () => number): string[] {
  const item = ITEMS[Math.floor(rand() * ITEMS.length)]!;
  const r = rand();
  const words = item.words.split(' ');
  if (r < 0.25) return ['done', ...words];
  if (r < 0.4) return ['start', ...words];
  if (r < 0.6 && item.progress) return ['progress', ...words, String(1 + Math.floor(rand() * 9))];
  if (r < 0.8) return ['undo'];
  return ['log', ...words, `${5 + Math.floor(rand() * 50)}m`];
}

/** A small seeded generator (the bench's mulberry32), so a failing run can be replayed. */
export const seeded = prng;

/** Temp files of Waymark's left in `dir`. */
export function tempsIn(dir: string): string[] {
  return readdirSync(dir).filter(isWaymarkTemp);
}

/** `PRAGMA integrity_check` of the workspace's database ('ok', or what it found; 'none' before the first command). */
export function integrity(dir: string): string {
  if (!existsSync(storePath(dir))) return 'none';
  const db = new Database(storePath(dir), { timeout: 5000 });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

/** Journal entries still open in the workspace's database. */
export function openEntries(dir: string): number {
  if (!existsSync(storePath(dir))) return 0;
  const db = new Database(storePath(dir), { timeout: 5000 });
  try {
    // A kill while the database was being created leaves it without tables.
    if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'write_journal'`).get()) return 0;
    return (db.prepare(`SELECT COUNT(*) AS n FROM write_journal WHERE state = 'open'`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/**
 * The checks after a run that may have been killed: the reader sees no temp file; the
 * database is sound; the next command (a read) settles the journal and sweeps temps; then
 * undoing every command gives the original bytes back — which holds only when every write
 * into the note has its entry in the history and every entry its write. Returns what failed.
 */
export async function checkAfterRun(ws: { dir: string; file: string; original: Buffer }, label: string): Promise<string[]> {
  const bad: string[] = [];
  const { files } = await findNotes(['.'], ws.dir);
  if (files.some((f) => isWaymarkTemp(f.split('/').at(-1)!))) bad.push(`${label}: the reader lists a temp file`);
  const ok = integrity(ws.dir);
  if (ok !== 'ok' && ok !== 'none') bad.push(`${label}: integrity_check: ${ok}`);
  const next = await cli(['status'], ws.dir);
  if (next.code !== 0) bad.push(`${label}: the next command failed: ${next.err.trim()}`);
  if (openEntries(ws.dir)) bad.push(`${label}: journal entries still open after the next command`);
  const temps = tempsIn(ws.dir);
  if (temps.length) bad.push(`${label}: temp files left after the next command: ${temps.join(', ')}`);
  bad.push(...(await undoAll(ws, label)));
  return bad;
}

/** Undoes until there is nothing to undo; the note must then be the original, byte for byte. */
export async function undoAll(ws: { dir: string; file: string; original: Buffer }, label: string): Promise<string[]> {
  for (let i = 0; i < 1000; i++) {
    const u = await cli(['undo', '--json'], ws.dir);
    if (u.code !== 0) return [`${label}: undo refused: ${(u.err + u.out).trim()}`];
    if ((JSON.parse(u.out) as { undone: string | null }).undone === null) break;
  }
  return readFileSync(ws.file).equals(ws.original) ? [] : [`${label}: after undoing everything the note is not the original:\n${readFileSync(ws.file, 'utf8')}`];
}

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A TypeScript fixture as a child process with an IPC channel; `as` runs it as that user. */
export function forkTs(name: string, args: string[], as?: { uid: number; gid: number }): ChildProcess {
  return fork(join(FIXTURES, name), args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'], ...(as ?? {}) });
}

/** Resolves with the child's first message. */
export function firstMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as T));
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before it was ready`)));
  });
}

/** One row of the campaign's table. */
export interface PartResult {
  part: string;
  runs: number;
  failures: string[];
  /** Extra counts worth a column (e.g. kills that landed mid-write). */
  notes: string;
}
