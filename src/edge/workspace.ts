// Reads a workspace from disk: finds the notes under the given paths, decodes them
// (BOM, CRLF, not UTF-8 → warning), and hands them to the pure reader. Never writes, except
// to let the journal put back a note a killed write in place left half written.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, type CpuInfo } from 'node:os';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { assembleKeeping, correctionsByPath, patchAssembled, readOne, type Correction, type FileCorrections, type NoteRead } from '../core/notes/index.js';
import type { Roadmap, Warning } from '../core/model/types.js';
import { correctionsForReader } from './corrections.js';
import { findNotes, type FoundNotes } from './find-notes.js';
import { cacheName, DamagedReading, notesKey, ReadCache, stampOf, type CacheOptions, type FileStamp } from './read-cache.js';
import type { ReadJob } from './read-pool.js';
import { decodeNote } from './decode-note.js';
import { notesRoot, rootPath } from './root.js';
import { inPlaceMarkPath } from './safe-write.js';

export { findNotes, NOTE_EXTENSIONS, type FoundNotes } from './find-notes.js';
export { decodeNote } from './decode-note.js';

export interface LoadOptions {
  cwd: string;
  now: Date;
  /** Called while reading files (done, total) — the CLI draws a progress bar from it. */
  onProgress?: (done: number, total: number) => void;
  /** Called once the notes are found, before any is read (the CLI warns about a huge folder). */
  onFound?: (found: FoundNotes) => void;
  /** Use and keep the read cache in `.waymark/` (default: yes; options for tests). */
  cache?: boolean | CacheOptions;
  /** Said once when something about the read cache needs saying (a damaged one rebuilt). */
  onWarning?: (message: string) => void;
  /** How many threads may read the notes not in the cache (default: every core). */
  threads?: number;
  /**
   * Return before the read cache is written: what it keeps is deflated on another thread while
   * the caller goes on, and written when that is done (`saved`). The caller awaits `saved`
   * before anything that reads the cache (default: the cache is written before this returns).
   */
  saveLater?: boolean;
}

export interface LoadedWorkspace {
  roadmap: Roadmap;
  /** The notes root (see root.ts): ids, paths and the history are relative to it. */
  root: string;
  /** Absolute path of every note read, keyed by its roadmap path. */
  files: Map<string, string>;
  /** How many notes' readings came from the read cache, and how many were read. */
  reads?: { cached: number; read: number };
  /**
   * How the steps across notes were done: the roadmap kept for these very readings, the one
   * kept for the notes as they were patched for the one that changed, or anew.
   */
  assembled?: 'kept' | 'patched' | 'anew';
  /**
   * Names the notes the roadmap was read from (each one's path, content hash and reading
   * context, and the warnings found before reading): what provenByStamps gives while none
   * changed, so a command can keep what it made from this roadmap under it (see memo.ts).
   */
  notesKey?: string;
  /** With `saveLater`, settles once the read cache is written (or could not be: never rejects). */
  saved?: Promise<void>;
}

/** What reading a workspace starts from: the notes found, their stamps, and the cache's word on each. */
interface Gathered {
  root: string;
  today: string;
  warnings: Warning[];
  /** The warnings found with the notes, before any was read. */
  foundWarnings: Warning[];
  corrections: Correction[];
  byPath: Map<string, FileCorrections>;
  cache: ReadCache | null;
  files: Map<string, string>;
  notes: Note[];
  wholeRoot: boolean;
  onWarning: (m: string) => void;
  /** What the cores had done when the notes began to be gathered (the pool asks how busy the machine was since). */
  cpusBefore: CpuInfo[];
}

/** Finds the notes and asks the cache about each. */
async function gather(paths: string[], opts: LoadOptions): Promise<Gathered> {
  const cpusBefore = cpus();
  const given = paths.length ? paths : ['.'];
  const found = await findNotes(given, opts.cwd);
  opts.onFound?.(found);
  const { files: abs, warnings } = found;
  const foundWarnings = [...warnings];
  const root = notesRoot(given, opts.cwd);
  // A stat, no database: the journal is opened only when a write in place may be open.
  if (existsSync(inPlaceMarkPath(root))) (await import('./journal.js')).settleInPlaceWrites(root, opts.now);
  // The person's corrections (their paths are the root's, as the reader's are); a read of the
  // whole root knows every note, so one for a note not there is reported as gone.
  let corrections: Correction[] = [];
  try {
    corrections = correctionsForReader(root, root);
  } catch (e) {
    // A broken waymark.json does not stop the notes from being read.
    warnings.push({ path: rootPath(resolve(root, 'waymark.json'), root), line: null, code: 'bad-config', message: `${(e as Error).message}; corrections not applied` });
  }
  const today = opts.now.toISOString().slice(0, 10);
  const byPath = correctionsByPath(corrections);
  let warned = false;
  const onWarning = (m: string): void => {
    if (!warned) opts.onWarning?.(m);
    warned = true;
  };
  const cache = opts.cache === false ? null : ReadCache.open(root, { ...(typeof opts.cache === 'object' ? opts.cache : {}), onWarning });
  const files = new Map<string, string>();
  const notes: Note[] = [];
  try {
    for (const file of abs) {
      const path = rootPath(file, root);
      let stamp: FileStamp;
      let bytes: Buffer;
      try {
        const st = statSync(file);
        // A FIFO or device behind a note's name (a symlink to one) would block the read forever.
        if (!st.isFile()) {
          warnings.push({ path, line: null, code: 'unreadable-file', message: 'not a regular file (a folder, pipe or device); skipped' });
          continue;
        }
        stamp = stampOf(st);
        const fc = byPath.get(path);
        const context = fc ? `${today}\n${JSON.stringify(fc)}` : today;
        // Unchanged since it was last read (the stamp proves it): not even opened.
        const kept = cache?.byStamp(path, stamp, context);
        if (kept) {
          notes.push({ path, abs: file, stamp, sha256: kept.sha256, context, get: kept.read });
          files.set(path, file);
          continue;
        }
        bytes = readFileSync(file);
        const decoded = decodeNote(bytes);
        if ('error' in decoded) {
          warnings.push({ path, line: null, code: 'undecodable-file', message: decoded.error });
          continue;
        }
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        const same = cache?.byHash(path, stamp, sha256, context);
        // (A note changed: its reading as kept, which a patch of the roadmap compares with the new one.)
        const prev = same ? null : cache?.previous(path) ?? null;
        notes.push({
          path, abs: file, stamp, sha256, context,
          ...(same ? { get: same } : { job: { file: { path, text: decoded.text, sha256 }, ...(fc ? { corrections: fc } : {}) }, ...(prev ? { prev } : {}) }),
        });
        files.set(path, file);
      } catch (e) {
        warnings.push({ path, line: null, code: 'unreadable-file', message: `cannot read: ${(e as Error).message}` });
        continue;
      }
    }
  } catch (e) {
    cache?.close();
    throw e;
  }
  const wholeRoot = given.length === 1 && resolve(opts.cwd, given[0]!) === root && await isFolder(root);
  return { root, today, warnings, foundWarnings, corrections, byPath, cache, files, notes, wholeRoot, onWarning, cpusBefore };
}

export async function loadRoadmap(paths: string[], opts: LoadOptions): Promise<LoadedWorkspace> {
  const g = await gather(paths, opts);
  let ws: LoadedWorkspace | null = null;
  try {
    return (ws = await assembleGathered(g, opts));
  } finally {
    // (A save left for later lets go of the file itself.)
    if (!ws?.saved) g.cache?.close();
  }
}

async function assembleGathered(g: Gathered, opts: LoadOptions): Promise<LoadedWorkspace> {
  const { root, today, warnings, foundWarnings, corrections, byPath, cache, files, notes, wholeRoot, onWarning, cpusBefore } = g;
  const named = notesKey(today, foundWarnings, notes, wholeRoot);
  const jobs = notes.filter((n) => n.job).map((n) => n.job!);
  // No note changed: the roadmap made from these very readings last time, if it is kept.
  const key = cache?.kept ? assembledKey(notes, today, warnings, corrections, wholeRoot) : null;
  if (cache && key !== null && jobs.length === 0) {
    let kept: Roadmap | null = null;
    try {
      kept = cache.assembled(key);
    } catch (e) {
      if (!(e instanceof DamagedReading)) throw e;
      onWarning(`the read cache ${cacheName(root)} was damaged (${e.message}); the notes are read again and it is rebuilt`);
    }
    if (kept) {
      kept.generatedAt = opts.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
      opts.onProgress?.(notes.length, notes.length);
      cache.save(root);
      return { roadmap: kept, root, files, reads: { cached: notes.length, read: 0 }, notesKey: named, assembled: 'kept' };
    }
  }
  // The notes not in the cache, on every core when there are enough of them.
  let done = 0;
  const total = notes.length;
  const progress = (n: number): void => {
    done += n;
    opts.onProgress?.(done, total);
  };
  // (The pool's module, and the worker threads', load only when there are notes to read.)
  const { readAll } = await import('./read-pool.js');
  // (A reading thread only on a core the machine left idle while the notes were gathered.)
  const fresh = await readAll(jobs, today, { ...(opts.threads !== undefined ? { threads: opts.threads } : {}), onRead: progress, encode: cache?.kept === true, idleSince: cpusBefore });
  // A few notes changed: the roadmap kept, patched for each in turn when its change is proven
  // local (patchAssembled); the other notes' readings are not even looked at.
  if (cache && key !== null && jobs.length > 0 && jobs.length <= PATCH_MOST) {
    const changed: number[] = [];
    for (let i = 0; i < notes.length; i++) if (notes[i]!.job) changed.push(i);
    const frame = frameKey(notes, today, warnings, corrections, wholeRoot);
    const kept = changed.every((i) => notes[i]!.prev?.context === notes[i]!.context) ? cache.patchable(frame) : null;
    changed.forEach((i, j) => {
      const n = notes[i]!;
      cache.put(n.path, n.stamp, n.job!.file.sha256, n.context, fresh[j]!.bytes ?? fresh[j]!.read);
      n.put = true;
    });
    let patched: ReturnType<typeof patchAssembled> = null;
    try {
      const basis = kept?.basis();
      if (kept && basis && notes.every((m, i) => m.job || basis.shas[i] === m.sha256)) {
        patched = { roadmap: kept.roadmap(), basis };
        // (A patch uses up the reading it is given: each but the last is given a copy, so that
        // one refused leaves every reading as read for assembling anew.)
        for (let j = 0; j < changed.length && patched; j++) {
          const n = notes[changed[j]!]!;
          const after = j < changed.length - 1 ? structuredClone(fresh[j]!.read) : fresh[j]!.read;
          patched = patchAssembled(patched.roadmap, patched.basis, changed[j]!, n.prev!.read(), after, opts.now);
        }
        if (patched) cache.keepAssembled(key, patched.roadmap, { frame, basis: patched.basis, changed });
      }
    } catch (e) {
      if (!(e instanceof DamagedReading)) throw e;
      onWarning(`the read cache ${cacheName(root)} was damaged (${e.message}); the notes are read again and it is rebuilt`);
    }
    if (patched) {
      opts.onProgress?.(notes.length, notes.length);
      cache.save(root);
      return { roadmap: patched.roadmap, root, files, reads: { cached: notes.length - jobs.length, read: jobs.length }, notesKey: named, assembled: 'patched' };
    }
  }
  const reads: NoteRead[] = [];
  let again = 0;
  const later = opts.saveLater === true;
  for (let i = 0, k = 0; i < notes.length; i++) {
    const n = notes[i]!;
    if (n.job) {
      const r = fresh[k++]!;
      if (!n.put) cache?.put(n.path, n.stamp, n.job.file.sha256, n.context, r.bytes ?? r.read, later);
      reads.push(r.read);
      continue;
    }
    try {
      reads.push(n.get!());
    } catch (e) {
      if (!(e instanceof DamagedReading)) throw e;
      onWarning(`the read cache ${cacheName(root)} was damaged (${e.message}); the notes are read again and it is rebuilt`);
      reads.push(readAgain(n, today, byPath.get(n.path), cache, warnings));
      again++;
    }
    progress(1);
  }
  const { roadmap, basis } = assembleKeeping(reads, { now: opts.now, warnings, corrections, allFiles: wholeRoot });
  // A note read again because its kept reading was damaged may read otherwise now: no key then.
  if (cache && key !== null && again === 0) cache.keepAssembled(key, roadmap, { frame: frameKey(notes, today, warnings, corrections, wholeRoot), basis });
  const result: LoadedWorkspace = { roadmap, root, files, reads: { cached: notes.length - jobs.length - again, read: jobs.length + again }, notesKey: named, assembled: 'anew' };
  if (cache && later) return { ...result, saved: cache.saveWhenReady(root) };
  cache?.save(root);
  return result;
}

/**
 * Names all a roadmap is made from: each note's path, content hash and context (the day, its
 * corrections), in order, the warnings found before reading, the corrections and whether the
 * whole root was read. (The day stands for `now`: the steps across notes read only its date.)
 */
function assembledKey(notes: readonly Note[], today: string, warnings: readonly Warning[], corrections: readonly Correction[], wholeRoot: boolean): string {
  const h = createHash('sha256').update(JSON.stringify([today, wholeRoot, warnings, corrections]));
  for (const n of notes) h.update(`\n${n.path}\u0000${n.sha256}\u0000${n.context}`);
  return h.digest('hex');
}

/** At most this many notes changed, the roadmap kept is patched for each (a patch takes a few ms, assembling anew about a second at 1,000 notes). */
const PATCH_MOST = 8;

/**
 * Names all a roadmap is made from but the notes' contents: each note's path and context, in
 * order, the warnings found before reading, the corrections and whether the whole root was
 * read. A roadmap kept under the same frame can be patched for the notes whose content changed.
 */
function frameKey(notes: readonly Note[], today: string, warnings: readonly Warning[], corrections: readonly Correction[], wholeRoot: boolean): string {
  const h = createHash('sha256').update(JSON.stringify(['frame', today, wholeRoot, warnings, corrections]));
  for (const n of notes) h.update(`\n${n.path}\u0000${n.context}`);
  return h.digest('hex');
}

/** A note found, with its reading from the cache (`get`) or to be made (`job`). */
interface Note {
  path: string;
  abs: string;
  stamp: FileStamp;
  sha256: string;
  context: string;
  get?: () => NoteRead;
  job?: ReadJob;
  /** A note changed: its reading kept before, with the hash and context it was made with. */
  prev?: { sha256: string; context: string; read: () => NoteRead };
  /** Its new reading is in the cache already. */
  put?: boolean;
}

/** A note whose kept reading was damaged, read again (as it is now). */
function readAgain(n: Note, today: string, fc: FileCorrections | undefined, cache: ReadCache | null, warnings: Warning[]): NoteRead {
  const bytes = readFileSync(n.abs);
  const decoded = decodeNote(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if ('error' in decoded) {
    warnings.push({ path: n.path, line: null, code: 'undecodable-file', message: decoded.error });
    return { path: n.path, sha256, drafts: [], norms: [], warnings: [], budgetLines: [] };
  }
  const read = readOne({ path: n.path, text: decoded.text, sha256 }, today, fc);
  cache?.put(n.path, n.stamp, sha256, n.context, read);
  return read;
}

async function isFolder(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
