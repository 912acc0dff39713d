// What a command made from a roadmap and the history, kept in <root>/.waymark/<name>.memo.v8
// (or the person's cache folder for the root when there is no .waymark/: cache-home.ts) under
// a key naming everything it was made from, so the next run with the same inputs can answer
// without reading the notes or opening the history. `waymark status` keeps its
// summary here (see the README's design section, "The read cache").
//
// The key is the caller's; this module gives the parts every key needs: the code that made
// the value (codeVersion) and the history's stamp (historyStamp). A memo is only ever used
// for the same key, and only kept where the read cache is (cache-home.ts). Written to a temp
// file and renamed into place; a damaged one is a miss (it is written again).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { cacheFolder } from './cache-home.js';
import { findNotes } from './find-notes.js';
import { BUILT, hashCodeTree, notesKey, RACY_MS, ReadCache, readerVersion, stampOf, sweepCacheTemps } from './read-cache.js';
import { notesRoot, rootPath } from './root.js';
import { inPlaceMarkPath } from './safe-write.js';

const FORMAT = 1;

let fingerprint: string | null = null;

/**
 * The version of the code that makes a memo: the reader's (core/) and, in the bundle, the hash
 * of every source and locked dependency it was built from; otherwise the names, sizes and
 * times of the installed files of cli/, edge/ and store/. A new release drops every memo.
 */
export function codeVersion(): string {
  if (fingerprint) return fingerprint;
  const h = createHash('sha256').update(`memo ${FORMAT} ${readerVersion()}\n`);
  if (BUILT) h.update(`bundle ${BUILT.code}\n`);
  else for (const d of ['cli', 'edge', 'store']) hashCodeTree(h, fileURLToPath(new URL(`../${d}/`, import.meta.url)));
  return (fingerprint = h.digest('hex').slice(0, 32));
}

/**
 * The history's files as they stand (the database and its write-ahead log: size, times,
 * inode), or null when one changed less than RACY_MS ago (a change in the same clock tick
 * could hide: nothing may be kept against it) or cannot be looked at.
 */
export function historyStamp(root: string, now: number = Date.now()): string | null {
  const parts: string[] = [];
  for (const f of ['waymark.db', 'waymark.db-wal']) {
    let st;
    try {
      st = statSync(join(root, '.waymark', f), { throwIfNoEntry: false });
    } catch {
      // .waymark/ is a file, or unreadable: nothing is kept against it.
      return null;
    }
    if (!st) {
      parts.push(`${f} -`);
      continue;
    }
    if (st.mtimeMs >= now - RACY_MS || st.ctimeMs >= now - RACY_MS) return null;
    parts.push(`${f} ${st.size} ${st.mtimeMs} ${st.ctimeMs} ${st.ino}`);
  }
  return parts.join('\n');
}

/** At most this many notes are hashed to prove them (their stamps cannot), else nothing is proven. */
const HASH_MOST = 8;

/**
 * The notesKey of the notes under `paths` when the read cache proves every one unchanged by
 * its stamp alone (opening no note, reading only the cache's index), or, for a few whose stamp
 * cannot (changed a moment ago, so racy, or touched), by their content's hash, with the notes
 * root; null when it cannot (no cache, a note new, changed or unreadable, a write in place
 * open). While it is the notesKey a loadRoadmap gave, the notes are the ones that roadmap was
 * read from. (So the status kept after a note was edited is used by the next run at once,
 * not only once the edit is 3 s old.)
 */
export async function provenByStamps(paths: string[], cwd: string, now: Date, clock: () => number = Date.now): Promise<{ root: string; key: string } | null> {
  const given = paths.length ? paths : ['.'];
  let found;
  try {
    found = await findNotes(given, cwd);
  } catch {
    return null;
  }
  const root = notesRoot(given, cwd);
  if (existsSync(inPlaceMarkPath(root))) return null;
  const cache = ReadCache.open(root, { now: clock });
  if (!cache.kept) return null;
  try {
    const notes: { path: string; sha256: string; context: string }[] = [];
    let hashed = 0;
    for (const file of found.files) {
      let st;
      try {
        st = statSync(file, { throwIfNoEntry: false });
      } catch {
        // (A symlink loop, a folder not to be looked in: the full read says what it is.)
        return null;
      }
      if (!st?.isFile()) return null;
      const path = rootPath(file, root);
      const known = cache.proven(path, stampOf(st)) ?? (hashed++ < HASH_MOST ? cache.provenByContent(path, file) : null);
      if (!known) return null;
      notes.push({ path, ...known });
    }
    // Read whole, the notes root says which corrections point at no note: part of what was read.
    const wholeRoot = given.length === 1 && resolve(cwd, given[0]!) === root && statSync(root, { throwIfNoEntry: false })?.isDirectory() === true;
    return { root, key: notesKey(now.toISOString().slice(0, 10), found.warnings, notes, wholeRoot) };
  } finally {
    cache.close();
  }
}

/** The calendar day of `now` in `zone` (YYYY-MM-DD); throws on an unknown zone. */
export function dayIn(now: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The memo's file, or null where no cache is kept. */
const fileOf = (root: string, name: string): string | null => {
  const dir = cacheFolder(root);
  return dir === null ? null : join(dir, `${name}.memo.v8`);
};

/** The value kept under `key`, or undefined (none, another key, damaged). */
export function readMemo(root: string, name: string, key: string): unknown {
  const file = fileOf(root, name);
  if (file === null) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    const m = deserialize(bytes) as { format?: unknown; key?: unknown; value?: unknown } | null;
    return m && m.format === FORMAT && m.key === key ? m.value : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `value` under `key` where a cache is kept; never throws (not kept is only slower). */
export function keepMemo(root: string, name: string, key: string, value: unknown): void {
  const file = fileOf(root, name);
  if (file === null) return;
  sweepCacheTemps(file, Date.now());
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    writeFileSync(tmp, serialize({ format: FORMAT, key, value }));
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // Not written at all.
    }
  }
}
