// Writes into a person's notes without ever losing their own edit: the intent goes to the
// journal first, then a temp file in the same folder, fsync, rename, fsync of the folder;
// refuses (or re-applies) when the file changed since it was read; refuses any path outside
// the workspace root and a note the person made read-only; a full disk leaves the note whole
// and no temp file behind. The note keeps its owner, group and mode: a note owned by someone
// else (which a temp file cannot take over) is written in place, after the journal holds its
// whole old bytes, so a write torn by a kill is put back by the next command.
import {
  accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, openSync, readdirSync, readFileSync, readSync,
  realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UnsafeWriteError } from '../core/errors.js';

export interface SafeWriteOptions {
  /** Absolute workspace root; nothing outside it is written. */
  root: string;
  /** The file, absolute or relative to `root`. */
  path: string;
  /** The bytes the edit was computed from. */
  expected: Buffer;
  /** The bytes to write. */
  next: Buffer | string;
  /**
   * Re-applies the edit to the file's current text when it changed since `expected` was
   * read; returns null when the edit no longer applies cleanly. Without it a change refuses.
   */
  reapply?: (current: string) => string | null;
  /** Records the write before the note is touched (see `WriteJournalHook`). */
  journal?: WriteJournalHook;
  /** Test hook: runs after the temp file is written, before the last check and the rename. */
  beforeRename?: () => void;
  /** Test hook: runs at each step of the write (the kill tests stop the process there). */
  onStep?: (step: WriteStep) => void;
  /** Test hooks for a write in place: after its last look and before its first byte; after its last byte, before it reads them back. */
  beforeInPlace?: () => void;
  afterInPlace?: () => void;
}

/**
 * The moments of a write, in order: the intent is recorded, the temp file is durable, the
 * rename is durable; or, for a note written in place, half of its new bytes are written.
 */
export type WriteStep = 'intent' | 'temp' | 'renamed' | 'in-place';

/** The write about to happen: the note, the temp file beside it, the bytes before and after. */
export interface WriteIntent {
  file: string;
  temp: string;
  before: Buffer;
  after: Buffer;
  merged: boolean;
  /**
   * The note is written in place (not atomic): the journal must keep `before` and `after`
   * whole, so a kill mid-write can be told from a hand edit and the old bytes put back.
   */
  inPlace: boolean;
}

/**
 * The write-ahead journal as the writer sees it: `record` runs before the temp file exists
 * (again, re-pointing the same entry, when the edit is re-applied to newer bytes); `abort`
 * when the note was left as it was.
 */
export interface WriteJournalHook {
  record(w: WriteIntent): void;
  abort(): void;
}

export interface SafeWriteResult {
  /** Absolute path written (symlinks resolved). */
  path: string;
  /** The file's bytes just before our write (what `undo` restores). */
  before: Buffer;
  after: Buffer;
  /** The file had changed and the edit was re-applied to the new bytes. */
  merged: boolean;
}

/** Resolves `path` inside `root`, following symlinks; throws when it leads outside. */
export function resolveInside(root: string, path: string): string {
  const realRoot = realpathSync(root);
  const abs = isAbsolute(path) ? path : resolve(root, path);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    real = join(realpathSync(dirname(abs)), basename(abs));
  }
  const rel = relative(realRoot, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new UnsafeWriteError(`refusing to write ${JSON.stringify(path)}: it is outside the workspace ${realRoot}`, 'E_OUTSIDE_WORKSPACE');
  }
  return real;
}

/**
 * A file in `.waymark/` that exists while a write in place may be open in the journal: the
 * reading commands look for it (a stat, no database) and let the journal put back a torn note
 * before they read it.
 */
export function inPlaceMarkPath(root: string): string {
  return join(root, '.waymark', 'in-place-write');
}

/** Temp files Waymark writes beside a note: hidden (the reader skips dot files) and not a note extension. */
const TEMP_NAME = /^\..+\.waymark-(\d+)-[0-9a-f]{8}\.tmp$/;

/** The temp file name for a write into `file` by this process. */
export function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.waymark-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** True for a name `tempPathFor` makes. */
export function isWaymarkTemp(name: string): boolean {
  return TEMP_NAME.test(name);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp files left in `dir` by a Waymark process that is gone (killed mid-write); returns how many. */
export function sweepTemps(dir: string): number {
  let names: string[];
  try { names = readdirSync(dir); } catch { return 0; }
  let n = 0;
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    try { unlinkSync(join(dir, name)); n++; } catch { /* gone, or not ours to remove */ }
  }
  return n;
}

/** True when the person made the file read-only (no write bit), or we may not write it. */
export function isReadOnly(path: string, st: Stats = statSync(path)): boolean {
  if ((st.mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** Writes `next` over the file, atomically and only if nobody changed it meanwhile. */
export function safeWrite(opts: SafeWriteOptions): SafeWriteResult {
  const file = resolveInside(opts.root, opts.path);
  const shown = relative(opts.root, file) || file;
  if (isReadOnly(file)) {
    throw new UnsafeWriteError(`${shown} is read-only, so Waymark leaves it as it is; make it writable (chmod u+w) to let Waymark change it`, 'E_READONLY_NOTE');
  }
  let expected = opts.expected;
  let next = typeof opts.next === 'string' ? Buffer.from(opts.next, 'utf8') : opts.next;
  let merged = false;
  let tries = 0;
  // What the file holds once our rename has happened (null before): a late writer's bytes are re-applied onto it.
  let onDisk: Buffer | null = null;
  let giveUp = false;
  const retry = (current: Buffer): void => {
    // Ten re-applies at most: a file that keeps changing under us is left alone.
    const again = opts.reapply && tries++ < 10 ? opts.reapply(current.toString('utf8')) : null;
    if (again === null) throw changedError(shown);
    expected = current;
    next = Buffer.from(again, 'utf8');
    merged = true;
  };
  sweepTemps(dirname(file));
  for (;;) {
    const current = onDisk ?? readFileSync(file);
    if (onDisk === null && !current.equals(expected)) {
      retry(current);
      continue;
    }
    const temp = tempPathFor(file);
    const st = statSync(file);
    let renamed = false;
    try {
      opts.journal?.record({ file, temp, before: expected, after: next, merged, inPlace: false });
      opts.onStep?.('intent');
      if (!writeDurably(temp, next, st)) {
        // The temp file cannot take the note's owner and group (someone else's note we may
        // write): write in place instead, which keeps them. Not atomic, so only with the
        // journal holding the whole old and new bytes (the next command puts back a torn
        // write), and after the same last look.
        unlinkQuietly(temp);
        if (!opts.journal) throw notAtomicError(shown, st);
        opts.journal.record({ file, temp, before: expected, after: next, merged, inPlace: true });
        let r: ReturnType<typeof writeInPlaceChecked>;
        try {
          r = writeInPlaceChecked(file, expected, next, opts);
        } catch (err) {
          if ((err as { tornInPlace?: boolean }).tornInPlace) renamed = true;
          throw err;
        }
        if (r.wrote) renamed = true;
        if (r.theirs === null) return { path: file, before: expected, after: next, merged };
        // Another program saved the note: before our first byte (its save is re-applied), or
        // while or after we wrote (its bytes, never ours, are the note now: our edit goes
        // onto them, or the note is left as they saved it).
        if (!r.wrote) { retry(r.theirs); continue; }
        const again = opts.reapply && tries++ < 10 ? opts.reapply(r.theirs.toString('utf8')) : null;
        if (again === null) {
          opts.journal.abort();
          throw changedError(shown);
        }
        expected = r.theirs;
        next = Buffer.from(again, 'utf8');
        merged = true;
        continue;
      }
      opts.onStep?.('temp');
      opts.beforeRename?.();
      const fd = openSync(file, 'r');
      try {
        // Last look right before the rename: an editor may have saved while we wrote.
        const last = readAll(fd);
        if (!last.equals(onDisk ?? expected)) {
          unlinkQuietly(temp);
          if (onDisk === null) { retry(last); continue; }
          throw changedError(shown);
        }
        renameSync(temp, file);
        renamed = true;
        fsyncDir(dirname(file));
        opts.onStep?.('renamed');
        // An editor that saves in place may have written into the old file between the
        // last look and the rename: its bytes are still readable through our descriptor.
        const late = readAll(fd);
        if (!late.equals(onDisk ?? expected)) {
          onDisk = next;
          const again = opts.reapply && tries++ < 10 ? opts.reapply(late.toString('utf8')) : null;
          // Their bytes with our edit; or, when it no longer applies, their bytes as they saved them.
          expected = late;
          next = again === null ? late : Buffer.from(again, 'utf8');
          merged = true;
          giveUp = again === null;
          continue;
        }
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      unlinkQuietly(temp);
      if (!renamed && onDisk === null) opts.journal?.abort();
      throw writeError(err, shown);
    }
    if (giveUp) {
      opts.journal?.abort();
      throw changedError(shown);
    }
    return { path: file, before: expected, after: next, merged };
  }
}

function notAtomicError(shown: string, st: Stats): UnsafeWriteError {
  return new UnsafeWriteError(
    `${shown} belongs to another user (uid ${st.uid}), so Waymark could only overwrite it in place, and a write cut short there could not be put back; nothing was written. Make it yours (chown) to let Waymark change it`,
    'E_NOT_ATOMIC',
  );
}

function changedError(shown: string): UnsafeWriteError {
  return new UnsafeWriteError(
    `${shown} changed on disk since Waymark read it (saved in an editor?) and the edit no longer applies cleanly; nothing was written. Run the command again.`,
    'E_CHANGED',
  );
}

/** A full disk or quota says so plainly; the note is whole and the temp file is gone by then. */
function writeError(err: unknown, shown: string): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new UnsafeWriteError(
      `no space left on the disk holding ${shown}${code === 'EDQUOT' ? ' (quota exceeded)' : ''}: the note is unchanged and no temp file was left. Free some space and run the command again.`,
      'E_DISK_FULL',
    );
  }
  return err;
}

function readAll(fd: number): Buffer {
  const size = fstatSync(fd).size;
  const chunks: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const buf = Buffer.alloc(Math.max(size - pos, 0) + 4096);
    const n = readSync(fd, buf, 0, buf.length, pos);
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    pos += n;
  }
  return Buffer.concat(chunks);
}

/** Writes the temp file with the note's mode, owner and group; false when those cannot be given. */
function writeDurably(path: string, bytes: Buffer, like: Stats): boolean {
  const fd = openSync(path, 'wx', like.mode & 0o7777);
  try {
    const got = fstatSync(fd);
    if (got.uid !== like.uid || got.gid !== like.gid) {
      try {
        fchownSync(fd, like.uid, like.gid);
      } catch {
        return false;
      }
    }
    // The umask may have narrowed the mode; chown may have cleared setuid bits.
    if ((fstatSync(fd).mode & 0o7777) !== (like.mode & 0o7777)) fchmod(fd, like.mode & 0o7777);
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    return true;
  } finally {
    closeSync(fd);
  }
}

function fchmod(fd: number, mode: number): void {
  try { fchmodSync(fd, mode); } catch { /* the file system keeps its own modes */ }
}

/**
 * A write in place with a look before and after, through one descriptor: `theirs` is null
 * when the file held `expected` up to our write and holds our bytes after it; otherwise it
 * is what another program saved — found before our first byte (`wrote` false: nothing of
 * ours was written) or after (`wrote`: the path now holds another file, an editor's atomic
 * save, or bytes not ours were written into this one). The one moment it cannot see is
 * between its last look and the write itself, a single system call apart.
 */
function writeInPlaceChecked(
  file: string, expected: Buffer, next: Buffer, opts: Pick<SafeWriteOptions, 'onStep' | 'beforeInPlace' | 'afterInPlace'>,
): { wrote: boolean; theirs: Buffer | null } {
  const fd = openSync(file, 'r+');
  try {
    // The last look, through the descriptor the write goes through: a save by rename before
    // it is seen here; one after it leaves this inode to us and the path to them.
    const last = readAll(fd);
    if (!last.equals(expected)) return { wrote: false, theirs: last };
    const seen = fstatSync(fd);
    opts.beforeInPlace?.();
    const now = fstatSync(fd);
    if (now.size !== seen.size || now.mtimeMs !== seen.mtimeMs || now.ctimeMs !== seen.ctimeMs || !isFileAt(file, now)) {
      return { wrote: false, theirs: readFileSync(file) };
    }
    try {
      writeAt(fd, next, opts.onStep ? () => opts.onStep?.('in-place') : undefined);
    } catch (err) {
      // A full disk mid-write (the note was growing): the old bytes fit where they were.
      // When even they cannot be put back, the journal entry stays open for the next command.
      try { writeAt(fd, expected); } catch { throw Object.assign(err as Error, { tornInPlace: true }); }
      throw err;
    }
    opts.afterInPlace?.();
    if (!isFileAt(file, fstatSync(fd))) return { wrote: true, theirs: readFileSync(file) };
    const back = readAll(fd);
    return { wrote: true, theirs: back.equals(next) ? null : back };
  } finally {
    closeSync(fd);
  }
}

/** True when `path` is still the file `st` was taken of (not replaced by a rename). */
function isFileAt(path: string, st: Stats): boolean {
  try {
    const at = statSync(path);
    return at.ino === st.ino && at.dev === st.dev;
  } catch {
    return false;
  }
}

/** Writes `bytes` over the descriptor's file from its start, then truncates and fsyncs; `half` runs halfway (the kill tests). */
function writeAt(fd: number, bytes: Buffer, half?: () => void): void {
  const mid = half ? bytes.length >> 1 : bytes.length;
  let off = 0;
  while (off < mid) off += writeSync(fd, bytes, off, mid - off, off);
  half?.();
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off, off);
  ftruncateSync(fd, bytes.length);
  fsyncSync(fd);
}

/**
 * Overwrites the file's bytes through its own inode (owner, group and mode untouched); `half`
 * runs once half of them are written (the kill tests tear the write there).
 */
export function writeInPlace(path: string, bytes: Buffer, half?: () => void): void {
  const fd = openSync(path, 'r+');
  try {
    writeAt(fd, bytes, half);
  } finally {
    closeSync(fd);
  }
}

/**
 * True when `current` is what a write in place from `before` to `after` cut short can leave:
 * each byte the old one or the new one at its place (or zero past the old end, where a power
 * cut can leave a grown file's new blocks unwritten), its length between the two. A note
 * edited by hand since is not.
 */
export function isTornWrite(current: Buffer, before: Buffer, after: Buffer): boolean {
  const lo = Math.min(before.length, after.length);
  const hi = Math.max(before.length, after.length);
  if (current.length < lo || current.length > hi) return false;
  for (let i = 0; i < current.length; i++) {
    const c = current[i];
    if (i < before.length && c === before[i]) continue;
    if (i < after.length && c === after[i]) continue;
    if (i >= before.length && c === 0) continue;
    return false;
  }
  return true;
}

function fsyncDir(dir: string): void {
  // Makes the rename itself durable; some file systems refuse to fsync a folder.
  try {
    const fd = openSync(dir, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch { /* best effort */ }
}

function unlinkQuietly(path: string): void {
  try { unlinkSync(path); } catch { /* already gone */ }
}
