// A damaged `.waymark/`: what went wrong in one plain line, and `waymark repair`, which
// moves a damaged database aside (kept, never deleted) and starts a new one.
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, renameSync, statfsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { HistoryError } from '../core/errors.js';
import { storePath } from './sqlite.js';

/** `2026-12-04T07:05:09.123Z` → `20261204T070509Z`, for file names. */
export function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** An error's `code` (Node's or SQLite's), or ''. */
export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

const REPAIR = 'run `waymark repair` to move it aside (it is kept) and start a new history';

/** One line for a failure of the history at `root`, naming the cause and what to do. */
export function historyError(err: unknown, root: string): HistoryError {
  if (err instanceof HistoryError) return err;
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const db = storePath(root);
  const dir = dirname(db);
  const kind = (p: string): 'file' | 'folder' | 'other' | null => {
    try {
      const st = statSync(p);
      return st.isDirectory() ? 'folder' : st.isFile() ? 'file' : 'other';
    } catch { return null; }
  };
  const say = (msg: string, c: string) => new HistoryError(`${msg}; your notes were not changed`, c);
  if (kind(dir) === 'file' || kind(dir) === 'other') return say(`${dir} is a file, not the folder Waymark keeps its history in; ${REPAIR}`, 'E_HISTORY_NOT_FOLDER');
  if (kind(db) === 'folder') return say(`${db} is a folder, not a database; ${REPAIR}`, 'E_HISTORY_NOT_FILE');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return say(`the history database ${db} is damaged (${String(e?.message)}); ${REPAIR}`, 'E_HISTORY_CORRUPT');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return say(`the history database ${db} is locked by another program; try again when it has finished`, 'E_HISTORY_LOCKED');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || (code.startsWith('SQLITE_IOERR') && diskFull(existsSync(dir) ? dir : root))) {
    return say(`the disk holding ${dir} is full, so the history cannot be written; free some space and run the command again`, 'E_HISTORY_DISK_FULL');
  }
  // A recursive mkdir on a read-only file system can say ENOENT.
  const readOnly = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') ||
    (code === 'ENOENT' && existsSync(root) && !writable(root));
  if (readOnly) {
    return say(`cannot write the history in ${dir} (${code === 'EROFS' ? 'read-only file system' : 'permission denied or read-only folder'}); reading commands still work, writing ones need it writable`, 'E_HISTORY_READONLY');
  }
  return say(`the history in ${dir} cannot be used (${code || 'error'}: ${String(e?.message ?? err)})`, 'E_HISTORY');
}

/** Whether the disk holding `path` has (next to) no room left: SQLite reports a full disk as an I/O error at times. */
function diskFull(path: string): boolean {
  try {
    const st = statfsSync(path);
    return st.bavail * st.bsize < 64 * 1024;
  } catch {
    return false;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The history's failure when it cannot be there at all — `.waymark` a file, its database a
 * folder — found by a stat, for commands that read the history only when it exists.
 */
export function historyUnreachable(root: string): HistoryError | null {
  const db = storePath(root);
  const isDir = (p: string): boolean | null => {
    try { return statSync(p).isDirectory(); } catch { return null; }
  };
  return isDir(dirname(db)) === false || isDir(db) === true ? historyError(null, root) : null;
}

/** True for an error of the history database or its folder (rather than of a note). */
export function isHistoryFailure(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof HistoryError || (typeof code === 'string' && code.startsWith('SQLITE_'));
}

export interface RepairResult {
  /** What was found, in words. */
  found: string;
  /** Where the damaged file or folder was moved, if it was. */
  movedTo: string | null;
}

/**
 * Checks the history at `root` and, when it is damaged (a corrupt database, a folder where
 * the database should be, a file where `.waymark/` should be), moves the damaged part aside
 * as `<name>.corrupt-<time>` so a new history starts. A sound history is left as it is.
 */
export function repairStore(root: string, now: Date): RepairResult {
  const db = storePath(root);
  const dir = dirname(db);
  const aside = (p: string) => {
    const to = `${p}.corrupt-${stamp(now)}`;
    renameSync(p, to);
    return to;
  };
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    return { found: `${dir} was a file, not a folder`, movedTo: aside(dir) };
  }
  if (!existsSync(db)) return { found: 'no history yet', movedTo: null };
  if (statSync(db).isDirectory()) return { found: `${db} was a folder, not a database`, movedTo: aside(db) };
  const problem = check(db);
  if (problem === null) return { found: 'the history is sound (integrity check ok)', movedTo: null };
  if (problem.locked) throw historyError(problem.err, root);
  const movedTo = aside(db);
  // The write-ahead log and its index belong to the damaged file: they go with it.
  for (const side of ['-wal', '-shm']) if (existsSync(db + side)) renameSync(db + side, movedTo + side);
  return { found: `the database was damaged (${problem.reason})`, movedTo };
}

function check(file: string): { reason: string; locked: boolean; err: unknown } | null {
  let d: Database.Database | null = null;
  try {
    d = new Database(file, { fileMustExist: true, timeout: 2000 });
    const rows = d.pragma('integrity_check') as { integrity_check: string }[];
    const bad = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    return bad.length ? { reason: bad.slice(0, 3).join('; '), locked: false, err: null } : null;
  } catch (err) {
    const code = errorCode(err);
    return { reason: (err as Error).message, locked: code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'), err };
  } finally {
    d?.close();
  }
}
