// Reads a workspace from disk: finds the notes under the given paths, decodes them
// (BOM, CRLF, not UTF-8 → warning), and hands them to the pure reader. Never writes, except
// to let the journal put back a note a killed write in place left half written.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseNotes, type Correction, type NoteFile } from '../core/notes/index.js';
import type { Roadmap, Warning } from '../core/model/types.js';
import { UsageError } from '../core/errors.js';
import { correctionsForReader } from './corrections.js';
import { notesRoot, rootPath } from './root.js';
import { inPlaceMarkPath } from './safe-write.js';

export const NOTE_EXTENSIONS = /\.(?:md|markdown|txt|org)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.waymark', 'dist', 'web-dist']);
const MAX_NOTE_BYTES = 64 * 1024 * 1024;

export interface LoadOptions {
  cwd: string;
  now: Date;
  /** Called while reading files (done, total) — the CLI draws a progress bar from it. */
  onProgress?: (done: number, total: number) => void;
  /** Called once the notes are found, before any is read (the CLI warns about a huge folder). */
  onFound?: (found: FoundNotes) => void;
}

export interface FoundNotes {
  /** Absolute paths of the note files, sorted. */
  files: string[];
  warnings: Warning[];
  /** Files seen in the folders walked that are not notes (pictures, code, …). */
  others: number;
}

export interface LoadedWorkspace {
  roadmap: Roadmap;
  /** The notes root (see root.ts): ids, paths and the history are relative to it. */
  root: string;
  /** Absolute path of every note read, keyed by its roadmap path. */
  files: Map<string, string>;
}

/** Lists note files under the given paths (files and folders, recursive), sorted. */
export async function findNotes(paths: string[], cwd: string): Promise<FoundNotes> {
  const out: string[] = [];
  const warnings: Warning[] = [];
  let others = 0;
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      warnings.push({ path: dir, line: null, code: 'unreadable-folder', message: `cannot read folder: ${(e as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
      const p = resolve(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if ((e.isFile() || e.isSymbolicLink()) && NOTE_EXTENSIONS.test(e.name)) out.push(p);
      else others++;
    }
  }
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = await stat(abs);
    } catch {
      throw new UsageError(`no such file or folder: ${p}`, 'E_NO_PATH');
    }
    if (st.isDirectory()) await walk(abs);
    else out.push(abs);
  }
  return { files: [...new Set(out)], warnings, others };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a note, or says why it cannot be read as text. */
export function decodeNote(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length > MAX_NOTE_BYTES) return { error: `larger than ${MAX_NOTE_BYTES / 1024 / 1024} MB; skipped` };
  // NUL bytes in the first 8 KB: a binary file, not a note.
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: 'binary file (contains NUL bytes); skipped' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { error: 'not valid UTF-8; skipped (save it as UTF-8 to include it)' };
  }
}

export async function loadRoadmap(paths: string[], opts: LoadOptions): Promise<LoadedWorkspace> {
  const given = paths.length ? paths : ['.'];
  const found = await findNotes(given, opts.cwd);
  opts.onFound?.(found);
  const { files: abs, warnings } = found;
  const root = notesRoot(given, opts.cwd);
  // A stat, no database: the journal is opened only when a write in place may be open.
  if (existsSync(inPlaceMarkPath(root))) (await import('./journal.js')).settleInPlaceWrites(root, opts.now);
  const notes: NoteFile[] = [];
  const files = new Map<string, string>();
  for (const file of abs) {
    const path = rootPath(file, root);
    let bytes: Buffer;
    try {
      // A FIFO or device behind a note's name (a symlink to one) would block the read forever.
      if (!(await stat(file)).isFile()) {
        warnings.push({ path, line: null, code: 'unreadable-file', message: 'not a regular file (a folder, pipe or device); skipped' });
        continue;
      }
      bytes = await readFile(file);
    } catch (e) {
      warnings.push({ path, line: null, code: 'unreadable-file', message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const decoded = decodeNote(bytes);
    if ('error' in decoded) {
      warnings.push({ path, line: null, code: 'undecodable-file', message: decoded.error });
    } else {
      notes.push({ path, text: decoded.text, sha256: createHash('sha256').update(bytes).digest('hex') });
      files.set(path, file);
    }
  }
  // The person's corrections (their paths are the root's, as the reader's are); a read of the
  // whole root knows every note, so one for a note not there is reported as gone.
  let corrections: Correction[] = [];
  try {
    corrections = correctionsForReader(root, root);
  } catch (e) {
    // A broken waymark.json does not stop the notes from being read.
    warnings.push({ path: rootPath(resolve(root, 'waymark.json'), root), line: null, code: 'bad-config', message: `${(e as Error).message}; corrections not applied` });
  }
  const wholeRoot = given.length === 1 && resolve(opts.cwd, given[0]!) === root && await isFolder(root);
  const roadmap = parseNotes(notes, {
    now: opts.now, warnings, corrections, allFiles: wholeRoot, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  return { roadmap, root, files };
}

async function isFolder(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
