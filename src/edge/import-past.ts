// The past imported once into a workspace's history: each version of each note in the
// notes' git log, read by the same reader as today's notes (so item ids match), plus the
// completion dates written in the notes. Runs on the first `waymark stats` and the
// dashboard's first Progress page; recorded in the history so it never runs twice.
import { dirname, relative, sep } from 'node:path';
import { importedPast, type NoteVersion, type PastItem } from '../core/metrics/past.js';
import { parseNotes, type Correction } from '../core/notes/index.js';
import type { PastImport, TrackStore } from '../store/index.js';
import { readCorrections } from './corrections.js';
import { gitHead, gitNoteLog, readBlobs, type GitCommit } from './git-log.js';
import { localDay } from './track.js';
import { decodeNote, type LoadedWorkspace } from './workspace.js';

export interface ImportPastOptions {
  now: Date;
  /** IANA zone the days are counted in; the machine's when absent. */
  timeZone?: string;
  /** Called while versions are read (done, total): the CLI draws a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Read the git log (default true); off, only completion dates in the notes count. */
  git?: boolean;
}

/** A version of a note to read: the blob, and the path the roadmap knows the note by now. */
interface Side {
  blob: string;
  file: string;
}

interface PlannedVersion {
  commit: GitCommit;
  file: string;
  before: Side | null;
  after: Side | null;
}

/**
 * The folder holding every note to import (git is asked about it alone, not about the whole
 * repository it may sit in), and each note's path in it as git names it, mapped to the
 * roadmap's path.
 */
function notesInGit(ws: LoadedWorkspace, only: ReadonlySet<string>): { dir: string; notes: Map<string, string> } {
  const abs = [...ws.files].filter(([path]) => only.has(path));
  let dir = abs.length ? dirname(abs[0]![1]) : ws.root;
  for (const [, a] of abs) while (dir !== dirname(dir) && relative(dir, dirname(a)).startsWith('..')) dir = dirname(dir);
  return { dir, notes: new Map(abs.map(([path, a]) => [relative(dir, a).split(sep).join('/'), path])) };
}

/**
 * Which version of which current note each change is. Walking from the newest commit back,
 * each path is followed to the name it has now: a renamed note's old versions are read
 * under its present name (so its items keep their ids), a deleted note's versions not at all.
 */
export function planVersions(commits: readonly GitCommit[], current: ReadonlyMap<string, string>): PlannedVersion[] {
  const future = new Map<string, string | null>(current);
  const now = (p: string): string | null => future.get(p) ?? null;
  const out: PlannedVersion[] = [];
  for (const commit of commits) {
    for (const ch of commit.changes) {
      const after = ch.to !== null ? now(ch.to) : null;
      // Before this commit, the path it created did not exist (an older file by that name is another note).
      if (ch.kind === 'A' || ch.kind === 'C' || ch.kind === 'R') future.set(ch.to!, null);
      if (ch.kind === 'R') future.set(ch.from!, after);
      if (ch.kind === 'D') future.set(ch.from!, null);
      const before = ch.kind === 'M' || ch.kind === 'T' || ch.kind === 'R' ? now(ch.from!) : null;
      const file = after ?? before;
      if (file === null) continue;
      out.push({
        commit, file,
        before: before !== null && ch.before ? { blob: ch.before, file: before } : null,
        after: after !== null && ch.after ? { blob: ch.after, file: after } : null,
      });
    }
  }
  return out;
}

function pastItems(file: string, text: string, now: Date, corrections: readonly Correction[]): Map<string, PastItem> {
  const roadmap = parseNotes([{ path: file, text, sha256: '' }], { now, ...(corrections.length ? { corrections } : {}) });
  const out = new Map<string, PastItem>();
  for (const i of roadmap.items) {
    out.set(i.id, { status: i.status, done: i.progress?.done ?? null, total: i.progress?.total ?? null, unit: i.progress?.unit ?? null });
  }
  return out;
}

/** The person's corrections (waymark.json) for the notes to import, by path, so old versions are read as today's are. */
function correctionsByFile(root: string, paths: ReadonlySet<string>): Map<string, Correction[]> {
  const out = new Map<string, Correction[]>();
  let stored;
  try {
    stored = readCorrections(root);
  } catch {
    return out;
  }
  for (const c of stored) if (paths.has(c.path)) out.set(c.path, [...(out.get(c.path) ?? []), c]);
  return out;
}

/** Reads every version the plan needs, each (blob, name) once. */
async function readVersions(
  root: string, planned: readonly PlannedVersion[], opts: ImportPastOptions, corrections: ReadonlyMap<string, Correction[]>,
): Promise<NoteVersion[] | null> {
  const wanted = new Map<string, Set<string>>();
  for (const v of planned) {
    for (const side of [v.before, v.after]) {
      if (!side) continue;
      const names = wanted.get(side.blob) ?? new Set<string>();
      names.add(side.file);
      wanted.set(side.blob, names);
    }
  }
  const total = [...wanted.values()].reduce((n, s) => n + s.size, 0);
  const parsed = new Map<string, Map<string, PastItem>>();
  let done = 0;
  const ok = await readBlobs(root, [...wanted.keys()], (blob, bytes) => {
    const decoded = decodeNote(bytes);
    for (const file of wanted.get(blob) ?? []) {
      // A version that is not text has no items: its items reappear with the next one.
      parsed.set(`${blob}\0${file}`, 'text' in decoded ? pastItems(file, decoded.text, opts.now, corrections.get(file) ?? []) : new Map<string, PastItem>());
      opts.onProgress?.(++done, total);
    }
  });
  if (!ok) return null;
  const side = (s: Side | null) => (s ? parsed.get(`${s.blob}\0${s.file}`) ?? null : null);
  return planned.map((v) => {
    const when = new Date(v.commit.authorTime * 1000);
    return {
      at: when.toISOString(), day: localDay(when, opts.timeZone), ref: `git ${v.commit.hash.slice(0, 7)}`, file: v.file,
      before: side(v.before), after: side(v.after),
    };
  });
}

/**
 * Imports the past of each note not imported yet: from the git log when the notes are in a
 * repository and git is on the PATH, else only from the completion dates written in them
 * (a note imported that way is imported again from git once git can read it). Returns what
 * was recorded now, or null when there was nothing to do.
 * @example const past = await importPast(ws, store, { now: new Date() }); if (past) say(`${past.commits} commits`)
 */
export async function importPast(ws: LoadedWorkspace, store: TrackStore, opts: ImportPastOptions): Promise<PastImport | null> {
  const done = await store.pastImports();
  const files = ws.roadmap.sources.map((s) => s.path).filter((f) => done.get(f) !== 'git');
  if (files.length === 0) return null;
  const head = opts.git === false ? null : await gitHead(ws.root);
  // Without a repository the notes' own dates are all the past there is, read once.
  const todo = new Set(head ? files : files.filter((f) => !done.has(f)));
  if (todo.size === 0) return null;
  let versions: NoteVersion[] = [];
  let commits = 0;
  if (head) {
    const { dir, notes } = notesInGit(ws, todo);
    const planned = planVersions(await gitNoteLog(dir, head), notes);
    commits = new Set(planned.map((v) => v.commit.hash)).size;
    const read = await readVersions(dir, planned, opts, correctionsByFile(ws.root, todo));
    // git failed half-way: try again next time rather than record half a past.
    if (!read) return null;
    versions = read;
  }
  const today = localDay(opts.now, opts.timeZone);
  const items = ws.roadmap.items.filter((i) => todo.has(i.source.path));
  const past = importedPast({ items, versions, states: await store.itemStates(), today, complete: head !== null });
  const record: PastImport = {
    source: head ? 'git' : 'notes', at: opts.now.toISOString(), head, files: [...todo], commits, events: past.events.length, since: past.since,
  };
  return (await store.savePastImport(record, past.events, past.states)) ? record : null;
}
