// Writes into a person's notes without ever losing their own edit: temp file in the same
// folder, fsync, rename; refuses (or re-applies once) when the file changed since it was
// read; refuses any path outside the workspace root and a note the person made read-only.
// The note keeps its owner, group and mode.
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
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
  /** Test hook: runs after the temp file is written, before the last check and the rename. */
  beforeRename?: () => void;
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
  for (;;) {
    const current = readFileSync(file);
    if (!current.equals(expected)) {
      // One re-apply at most: a file that keeps changing under us is left alone.
      const again = !merged && opts.reapply ? opts.reapply(current.toString('utf8')) : null;
      if (again === null) throw changedError(shown);
      expected = current;
      next = Buffer.from(again, 'utf8');
      merged = true;
      continue;
    }
    const temp = join(dirname(file), `.${basename(file)}.waymark-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    const st = statSync(file);
    try {
      if (!writeDurably(temp, next, st)) {
        // The temp file cannot take the note's owner and group (someone else's note we may
        // write): write in place instead, which keeps them, after the same last look.
        unlinkQuietly(temp);
        if (!readFileSync(file).equals(expected)) {
          if (merged || !opts.reapply) throw changedError(shown);
          continue;
        }
        writeInPlace(file, next);
        return { path: file, before: expected, after: next, merged };
      }
      opts.beforeRename?.();
      // Last look right before the rename: an editor may have saved while we wrote.
      const last = readFileSync(file);
      if (!last.equals(expected)) {
        unlinkQuietly(temp);
        if (merged || !opts.reapply) throw changedError(shown);
        continue;
      }
      renameSync(temp, file);
    } catch (err) {
      unlinkQuietly(temp);
      throw err;
    }
    fsyncDir(dirname(file));
    return { path: file, before: expected, after: next, merged };
  }
}

function changedError(shown: string): UnsafeWriteError {
  return new UnsafeWriteError(
    `${shown} changed on disk since Waymark read it (saved in an editor?) and the edit no longer applies cleanly; nothing was written. Run the command again.`,
    'E_CHANGED',
  );
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

/** Overwrites the file's bytes through its own inode (owner, group and mode untouched). */
function writeInPlace(path: string, bytes: Buffer): void {
  const fd = openSync(path, 'r+');
  try {
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off, off);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
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
