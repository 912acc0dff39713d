// The read cache: each note's reading (the reader's per-note result, `NoteRead`) kept in
// <root>/.waymark/read-cache.v8 (or, without a .waymark/ folder, in the person's cache folder:
// cache-home.ts), so a note that did not change is not read again; the steps
// across notes (duplicates, dependencies, the budget, block hours) always run again on the
// readings. See the README's design section ("The read cache").
//
// A reading is used again only for the same note path, day and corrections, and only when
// the note is proven unchanged: its size, mtime, ctime and inode as they were when its
// content was last hashed, and that hash older than RACY_MS before the file's times (else
// the file could have changed in the same clock tick: it is hashed again, as git does), or
// its content's sha256 the same. The cache's version is the reader's code itself (in the
// bundle, the hash of the sources it was built from; else the files of core/ as installed:
// names, sizes, times) with CACHE_FORMAT, so any new reader rebuilds it. Written whole to a temp file and renamed into place: two commands at once
// each leave a whole cache (the last one's). A damaged file is rebuilt with one warning;
// without a usable folder (a .waymark that is a file, no writable cache folder) the notes are
// read without a cache.
//
// The file is an index (each note's stamp, hash and context, and where its reading lies)
// followed by the readings and the roadmap as bytes: opening it reads the index only, and a
// reading or the roadmap is read from the same open file when it is asked for, so a command
// that finds no note changed does not load what it does not use.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync, writevSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Roadmap, Warning } from '../core/model/types.js';
import type { NoteRead, PatchBasis } from '../core/notes/index.js';
import { cacheFolder } from './cache-home.js';

/** The deflate level of what the cache keeps (its fastest: see squeeze). */
const SQUEEZE_LEVEL = 1;
/** Bump when the layout of the cache file changes. */
export const CACHE_FORMAT = 10;
export const CACHE_FILE = 'read-cache.v8';
/** A file changed this close to when it was hashed may have changed again unseen in the same clock tick. */
export const RACY_MS = 3000;

/** How a warning names `root`'s read cache: `.waymark/read-cache.v8` among the notes, else its full path. */
export function cacheName(root: string): string {
  const dir = cacheFolder(root);
  return dir === null || dir === join(resolve(root), '.waymark') ? join('.waymark', CACHE_FILE) : join(dir, CACHE_FILE);
}

/** What a file's stat says; the same stamp after the hash was taken means the same content. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export function stampOf(st: Stats): FileStamp {
  return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
}

/** Where bytes lie in the cache file, after its index. */
interface Span {
  off: number;
  len: number;
}

interface Entry extends FileStamp {
  sha256: string;
  /** When the content was last hashed (ms since the epoch). */
  checkedAt: number;
  /** What else the reading depends on: the day and the note's corrections. */
  context: string;
  /** The reading, v8-serialized (kept as bytes: an unchanged one is written back as it was), or where it lies in the file. */
  read: Uint8Array | Span;
}

/** The cache as its file holds it, every reading as bytes (tests doctor it with fileBytes / fileBody). */
export interface CacheBody {
  format: number;
  version: string;
  entries: Map<string, Omit<Entry, 'read'> & { read: Uint8Array }>;
  /** The last roadmap made from these readings, by a key of all it was made from. */
  roadmap: Kept<Uint8Array> | null;
}

/**
 * A roadmap kept: under the key of all it was made from, and, to patch it for a note changed,
 * under the key of all that but the notes' contents (`frame`) with what a patch needs (`basis`).
 */
interface Kept<B> {
  key: string;
  bytes: B;
  frame: string | null;
  basis: B | null;
}

/** A body as save() writes it: the roadmap's bytes may be pieces, written one after another. */
type BodyToWrite = Omit<CacheBody, 'roadmap'> & { roadmap: (Omit<Kept<Uint8Array>, 'bytes'> & { bytes: Uint8Array | Uint8Array[] }) | null };

/** The index at the head of the file: the body with spans where the bytes were. */
interface Index {
  format: number;
  version: string;
  entries: Map<string, Omit<Entry, 'read'> & { read: Span }>;
  roadmap: Kept<Span> | null;
}

const MAGIC = 0x4352_4d57; // "WMRC", little-endian
const HEAD = 8;

export interface CacheOptions {
  /** The reader's version; by default the fingerprint of the installed code (tests pass others). */
  version?: string;
  /** The clock, for the racy-hash window (tests move it). */
  now?: () => number;
  /** Said once when the cache file was damaged and is rebuilt. */
  onWarning?: (message: string) => void;
}

let codeFingerprint: string | null = null;

/**
 * The bundle's fingerprints of its own code, written in by `npm run build` (scripts/bundle.mjs):
 * a hash of the sources the reader is made of, and one of all the CLI's sources and locked
 * dependencies. Undefined when running the compiled files one by one or the sources, which
 * fingerprint the files they run from instead.
 */
declare const WAYMARK_BUILD_READER: string | undefined;
declare const WAYMARK_BUILD_CODE: string | undefined;
export const BUILT = typeof WAYMARK_BUILD_READER === 'undefined' || typeof WAYMARK_BUILD_CODE === 'undefined'
  ? null
  : { reader: WAYMARK_BUILD_READER, code: WAYMARK_BUILD_CODE };

/** Adds the names, sizes and modification times of the code files under `dir` (tests left out) to `h`. */
export function hashCodeTree(h: Hash, dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const n of names) {
    const p = join(dir, n);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) hashCodeTree(h, p);
    else if (/\.[cm]?[jt]sx?$/.test(n) && !/\.test\.tsx?$/.test(n)) h.update(`${p} ${st.size} ${st.mtimeMs}\n`);
  }
}

/**
 * The reader's version: in the bundle, the hash of the reader's sources it was built from;
 * otherwise the names, sizes and modification times of the files of core/ as installed.
 */
export function readerVersion(): string {
  if (codeFingerprint) return codeFingerprint;
  const h = createHash('sha256').update(`format ${CACHE_FORMAT}\n`);
  if (BUILT) h.update(`bundle ${BUILT.reader}\n`);
  else hashCodeTree(h, fileURLToPath(new URL('../core/', import.meta.url)));
  return (codeFingerprint = h.digest('hex').slice(0, 32));
}

/** The readings of one notes root's notes, loaded from and saved to its cache folder (cache-home.ts). */
export class ReadCache {
  private readonly entries: Map<string, Entry>;
  private readonly seen = new Set<string>();
  private dirty = false;
  /** (The roadmap's bytes made this run are its pieces, written one after another: roadmapPieces.) */
  private roadmap: (Omit<Kept<Uint8Array | Span>, 'bytes'> & { bytes: Uint8Array | Uint8Array[] | Span }) | null;
  /** The kept roadmap's items as read, one chunk of bytes a note (a patch writes the others back as they are). */
  private chunks: Uint8Array[] | null = null;
  /**
   * Deflating left to a thread of its own (put with `later`), which
   * saveWhenReady waits for: the main thread goes on with its command meanwhile.
   */
  private pending: Promise<void>[] = [];

  private constructor(
    /** The cache file, or null when there is no folder to keep it in (cache-home.ts). */
    private readonly file: string | null,
    private readonly version: string,
    entries: Map<string, Entry>,
    private readonly now: () => number,
    roadmap: ReadCache['roadmap'] = null,
    /** The cache file as opened (its spans are read from it), and where its body starts. */
    private fd: number | null = null,
    private readonly bodyAt = 0,
  ) {
    this.entries = entries;
    this.roadmap = roadmap;
  }

  /**
   * The cache of `root`'s notes, in the folder cache-home.ts gives (`.waymark/` when it is there,
   * else the person's cache folder); where there is none it starts empty and is not saved.
   * Only the index is read; close() (or save()) lets go of the file.
   */
  static open(root: string, opts: CacheOptions = {}): ReadCache {
    const now = opts.now ?? Date.now;
    const dir = cacheFolder(root);
    if (dir === null) return new ReadCache(null, '', new Map(), now);
    const version = opts.version ?? readerVersion();
    const file = join(dir, CACHE_FILE);
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      // None yet, or unreadable: start empty (saving will say nothing either).
      return new ReadCache(file, version, new Map(), now);
    }
    const index = readIndex(fd);
    if (typeof index === 'string') {
      closeSync(fd);
      opts.onWarning?.(`the read cache ${cacheName(root)} was damaged (${index}); the notes are read again and it is rebuilt`);
      return new ReadCache(file, version, new Map(), now).markDirty();
    }
    // Another reader's cache: every reading is stale.
    if (index.body.format !== CACHE_FORMAT || index.body.version !== version) {
      closeSync(fd);
      return new ReadCache(file, version, new Map(), now).markDirty();
    }
    return new ReadCache(file, version, index.body.entries, now, index.body.roadmap, fd, index.bodyAt);
  }

  private markDirty(): this {
    this.dirty = true;
    return this;
  }

  /** True when the cache is kept on disk (there is a folder to keep it in). */
  get kept(): boolean {
    return this.file !== null;
  }

  /** The bytes of a reading or the roadmap, read from the file when they are still there. */
  private bytes(b: Uint8Array | Uint8Array[] | Span): Uint8Array {
    if (b instanceof Uint8Array) return b;
    if (Array.isArray(b)) return Buffer.concat(b);
    if (this.fd === null) throw new DamagedReading('the cache file was closed');
    const out = Buffer.allocUnsafe(b.len);
    let got = 0;
    while (got < b.len) {
      const n = readSync(this.fd, out, got, b.len - got, this.bodyAt + b.off + got);
      if (n === 0) throw new DamagedReading('cut short');
      got += n;
    }
    return out;
  }

  /**
   * The bytes of readings and the roadmap for saving: those still in the file read from it in
   * one read (a save writes nearly all of them back; one read a reading was a thousand
   * system calls at 1,000 notes).
   */
  private keptBytes(): (b: Uint8Array | Span) => Uint8Array {
    let lo = Infinity;
    let hi = 0;
    const spans: Span[] = [];
    for (const e of this.entries.values()) if (!(e.read instanceof Uint8Array)) spans.push(e.read);
    const r = this.roadmap?.bytes;
    if (r && onlySpan(r)) spans.push(r);
    if (this.roadmap?.basis && !(this.roadmap.basis instanceof Uint8Array)) spans.push(this.roadmap.basis);
    for (const s of spans) {
      lo = Math.min(lo, s.off);
      hi = Math.max(hi, s.off + s.len);
    }
    if (spans.length === 0) return (b) => this.bytes(b);
    const all = this.bytes({ off: lo, len: hi - lo });
    return (b) => (b instanceof Uint8Array ? b : all.subarray(b.off - lo, b.off - lo + b.len));
  }

  /**
   * The reading of `path` when its stamp alone proves the note unchanged since it was
   * hashed (no need to read the file), with its content hash.
   */
  byStamp(path: string, stamp: FileStamp, context: string): { sha256: string; read: () => NoteRead } | null {
    const e = this.entries.get(path);
    if (!e || e.context !== context || !sameStamp(e, stamp)) return null;
    if (stamp.mtimeMs >= e.checkedAt - RACY_MS || stamp.ctimeMs >= e.checkedAt - RACY_MS) return null;
    this.seen.add(path);
    return { sha256: e.sha256, read: () => decodeRead(this.bytes(e.read)) };
  }

  /**
   * What the cache knows of `path` when its stamp alone proves the note unchanged since it was
   * hashed: its hash and the context it was read in (the reading is not looked at).
   */
  proven(path: string, stamp: FileStamp): { sha256: string; context: string } | null {
    const e = this.entries.get(path);
    if (!e || !sameStamp(e, stamp)) return null;
    if (stamp.mtimeMs >= e.checkedAt - RACY_MS || stamp.ctimeMs >= e.checkedAt - RACY_MS) return null;
    return { sha256: e.sha256, context: e.context };
  }

  /**
   * The reading kept for `path` whatever its stamp, with the hash and context it was read with:
   * a patch (workspace.ts) compares it with the note's new reading. Ask before put() replaces it.
   */
  previous(path: string): { sha256: string; context: string; read: () => NoteRead } | null {
    const e = this.entries.get(path);
    if (!e) return null;
    const bytes = e.read;
    return { sha256: e.sha256, context: e.context, read: () => decodeRead(this.bytes(bytes)) };
  }

  /**
   * What the cache knows of `path` when the note's content (`file` read and hashed now) is the
   * one it last read: its hash and the context it was read in. Null when not, or unreadable.
   */
  provenByContent(path: string, file: string): { sha256: string; context: string } | null {
    const e = this.entries.get(path);
    if (!e) return null;
    let sha256: string;
    try {
      sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
    } catch {
      return null;
    }
    return sha256 === e.sha256 ? { sha256, context: e.context } : null;
  }

  /** The reading of `path` when its content (by hash) is the one read before. */
  byHash(path: string, stamp: FileStamp, sha256: string, context: string): (() => NoteRead) | null {
    const e = this.entries.get(path);
    if (!e || e.context !== context || e.sha256 !== sha256) return null;
    this.seen.add(path);
    const checkedAt = this.now();
    if (!sameStamp(e, stamp) || e.checkedAt !== checkedAt) {
      this.entries.set(path, { ...stamp, sha256, checkedAt, context, read: e.read });
      this.dirty = true;
    }
    return () => decodeRead(this.bytes(e.read));
  }

  /**
   * Keeps a new reading of `path` (hashed just now), as it is or already serialized. `later`: a
   * reading is deflated on another thread, and kept once it is (save with saveWhenReady).
   */
  put(path: string, stamp: FileStamp, sha256: string, context: string, read: NoteRead | Uint8Array, later = false): void {
    this.seen.add(path);
    const entry = (bytes: Uint8Array): void => {
      this.entries.set(path, { ...stamp, sha256, checkedAt: this.now(), context, read: bytes });
      this.dirty = true;
    };
    if (read instanceof Uint8Array) entry(read);
    else if (!later) entry(encodeRead(read));
    else this.pending.push(squeezeLater(readBytes(read)).then(entry));
  }

  /** True when the roadmap kept is the one made from the readings `key` names (not yet read). */
  hasAssembled(key: string): boolean {
    return this.roadmap?.key === key;
  }

  /**
   * The roadmap last made from exactly these readings (`key` names all the roadmap is made
   * from: each note's path, content hash and context, in order, and what the steps across
   * notes take besides), or null. Throws DamagedReading when it cannot be read.
   */
  assembled(key: string): Roadmap | null {
    if (!this.roadmap || this.roadmap.key !== key) return null;
    return this.keptRoadmap();
  }

  private keptRoadmap(): Roadmap {
    let r: Roadmap;
    try {
      const kept = roadmapParts(this.bytes(this.roadmap!.bytes));
      const head = deserialize(kept.head) as Omit<Roadmap, 'items'>;
      const items: Roadmap['items'] = [];
      for (const c of kept.chunks) for (const it of unpack(deserialize(c) as Packed)) items.push(it as Roadmap['items'][number]);
      r = { ...head, items };
      this.chunks = kept.chunks;
    } catch (e) {
      this.roadmap = null;
      throw e instanceof DamagedReading ? e : new DamagedReading((e as Error).message);
    }
    if (!r || !Array.isArray(r.items) || !Array.isArray(r.sources) || !Array.isArray(r.warnings)) {
      this.roadmap = null;
      throw new DamagedReading('not a roadmap');
    }
    return r;
  }

  /**
   * The roadmap kept and what a patch needs to make another from it, when it was made from
   * notes of the same paths, in the same order, read in the same contexts, with the same
   * warnings before reading and the same corrections (`frame` names all that), whatever their
   * contents; or null. Each throws DamagedReading when it cannot be read.
   */
  patchable(frame: string): { roadmap: () => Roadmap; basis: () => PatchBasis } | null {
    const kept = this.roadmap;
    if (!kept || kept.frame !== frame || kept.basis === null) return null;
    const basis = kept.basis;
    return {
      roadmap: () => this.keptRoadmap(),
      basis: () => {
        let b: PatchBasis;
        try {
          b = decodeBasis(this.bytes(basis));
        } catch (e) {
          this.roadmap = null;
          throw new DamagedReading((e as Error).message);
        }
        if (!isBasis(b)) {
          this.roadmap = null;
          throw new DamagedReading('not a roadmap\'s basis');
        }
        return b;
      },
    };
  }

  /**
   * Keeps the roadmap made from the readings `key` names (serialized now: the caller may change
   * it), and with it what a patch needs, for notes `patch.frame` names. `patch.changed`: the
   * roadmap is the one read from the cache (patchable) patched for these notes (by their
   * places), whose items alone are packed again.
   */
  keepAssembled(key: string, roadmap: Roadmap, patch?: { frame: string; basis: PatchBasis; changed?: readonly number[] }): void {
    if (!this.file || this.roadmap?.key === key) return;
    const { items, ...head } = roadmap;
    // The items by note (they come note by note, as many as each source says), a chunk each;
    // a chunk of a note not changed (null here) is the one kept. Not deflated: inflating the
    // thousand chunks was a tenth of a second of every status after a note changed, and
    // deflating the basis again a few hundredths, for 7 MB more on disk at 1,000 notes.
    const fresh: (Uint8Array | null)[] = [];
    const counts = roadmap.sources.map((s) => s.items);
    let reuse: Uint8Array[] | null = null;
    if (counts.reduce((a, b) => a + b, 0) !== items.length) fresh.push(itemBytes(items));
    else {
      const changed = patch?.changed;
      reuse = changed && this.chunks?.length === counts.length ? this.chunks : null;
      for (let i = 0, at = 0; i < counts.length; at += counts[i]!, i++) fresh.push(reuse && !changed!.includes(i) ? null : itemBytes(items.slice(at, at + counts[i]!)));
    }
    const chunks = fresh.map((b, i) => b ?? reuse![i]!);
    this.roadmap = { key, bytes: roadmapPieces(serialize(head), chunks), frame: patch?.frame ?? null, basis: patch ? encodeBasis(patch.basis) : null };
    this.chunks = chunks;
    this.dirty = true;
  }

  /** save(), once every reading and roadmap given `later` is deflated. Never rejects. */
  async saveWhenReady(root: string): Promise<void> {
    // (A deflate that failed: what it was for is not kept; the rest is.)
    await Promise.allSettled(this.pending);
    this.pending = [];
    this.save(root);
  }

  /** Lets go of the cache file (nothing more can be read from it). */
  close(): void {
    if (this.fd === null) return;
    try {
      closeSync(this.fd);
    } catch {
      // Already gone.
    }
    this.fd = null;
  }

  /**
   * Writes the cache back when it changed, less the notes that are gone: a temp file renamed
   * into place. `root` resolves the notes' paths. Never throws: a cache that cannot be
   * written is only slower next time. Closes the file.
   */
  save(root: string): void {
    if (!this.file) return;
    // (Readings still being deflated would be missing: saved with saveWhenReady instead.)
    if (this.pending.length) throw new Error('the read cache has readings still being deflated: save it with saveWhenReady');
    try {
      for (const path of this.entries.keys()) {
        if (this.seen.has(path)) continue;
        if (statSync(join(root, path), { throwIfNoEntry: false })?.isFile()) continue;
        this.entries.delete(path);
        this.dirty = true;
      }
      if (!this.dirty) return;
      let body: BodyToWrite;
      try {
        const kept = this.keptBytes();
        const entries: CacheBody['entries'] = new Map();
        for (const [path, e] of this.entries) entries.set(path, { ...e, read: kept(e.read) });
        const r = this.roadmap;
        body = { format: CACHE_FORMAT, version: this.version, entries, roadmap: r ? { key: r.key, bytes: onlySpan(r.bytes) || r.bytes instanceof Uint8Array ? kept(r.bytes) : r.bytes, frame: r.frame, basis: r.basis ? kept(r.basis) : null } : null };
      } catch {
        // The old file could not give back a reading: written next time from fresh readings.
        return;
      }
      sweepCacheTemps(this.file, this.now());
      const tmp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
      try {
        writeChunks(tmp, fileChunks(body));
        renameSync(tmp, this.file);
        this.dirty = false;
      } catch {
        try {
          unlinkSync(tmp);
        } catch {
          // Not written at all.
        }
      }
    } finally {
      this.close();
    }
  }
}

function writeChunks(file: string, chunks: Uint8Array[]): void {
  const fd = openSync(file, 'w');
  try {
    // Many chunks a system call (a thousand readings are a thousand chunks).
    for (let i = 0; i < chunks.length; i += 1024) {
      const batch = chunks.slice(i, i + 1024);
      let n = writevSync(fd, batch);
      // A short write (rare): the rest one chunk at a time, from where it stopped.
      for (const c of batch) {
        if (n >= c.length) {
          n -= c.length;
          continue;
        }
        let at = n;
        n = 0;
        while (at < c.length) at += writeSync(fd, c, at, c.length - at);
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** The cache file's bytes, in order: the head, the index, then every reading and the roadmap. */
function fileChunks(body: BodyToWrite): Uint8Array[] {
  const blobs: Uint8Array[] = [];
  let off = 0;
  const span = (b: Uint8Array | Uint8Array[]): Span => {
    const at = off;
    for (const piece of Array.isArray(b) ? b : [b]) {
      blobs.push(piece);
      off += piece.length;
    }
    return { off: at, len: off - at };
  };
  const entries: Index['entries'] = new Map();
  for (const [path, e] of body.entries) entries.set(path, { ...e, read: span(e.read) });
  const r = body.roadmap;
  const index: Index = { format: body.format, version: body.version, entries, roadmap: r ? { key: r.key, bytes: span(r.bytes), frame: r.frame, basis: r.basis ? span(r.basis) : null } : null };
  const head = serialize(index);
  const lead = Buffer.alloc(HEAD);
  lead.writeUInt32LE(MAGIC, 0);
  lead.writeUInt32LE(head.length, 4);
  return [lead, head, ...blobs];
}

/** A whole cache file's bytes (for tests, which doctor one). */
export function fileBytes(body: CacheBody): Buffer {
  return Buffer.concat(fileChunks(body));
}

/** A cache file's bytes as a body, every reading as bytes (for tests), or what is wrong with them. */
export function fileBody(bytes: Buffer): CacheBody | string {
  if (bytes.length < HEAD || bytes.readUInt32LE(0) !== MAGIC) return 'not a read cache';
  const n = bytes.readUInt32LE(4);
  let index: Index | string;
  try {
    index = checkIndex(deserialize(bytes.subarray(HEAD, HEAD + n)), bytes.length - HEAD - n);
  } catch (e) {
    return `unreadable: ${(e as Error).message}`;
  }
  if (typeof index === 'string') return index;
  const at = HEAD + n;
  const slice = (s: Span) => bytes.subarray(at + s.off, at + s.off + s.len);
  const entries: CacheBody['entries'] = new Map();
  for (const [path, e] of index.entries) entries.set(path, { ...e, read: slice(e.read) });
  const r = index.roadmap;
  return { format: index.format, version: index.version, entries, roadmap: r ? { key: r.key, bytes: slice(r.bytes), frame: r.frame, basis: r.basis ? slice(r.basis) : null } : null };
}

/** The index of an open cache file and where its body starts, or what is wrong with it. */
function readIndex(fd: number): { body: Index; bodyAt: number } | string {
  try {
    const size = fstatSync(fd).size;
    const lead = Buffer.alloc(HEAD);
    if (size < HEAD || readSync(fd, lead, 0, HEAD, 0) !== HEAD || lead.readUInt32LE(0) !== MAGIC) return 'not a read cache';
    const n = lead.readUInt32LE(4);
    if (HEAD + n > size) return 'cut short';
    const head = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const k = readSync(fd, head, got, n - got, HEAD + got);
      if (k === 0) return 'cut short';
      got += k;
    }
    const body = checkIndex(deserialize(head), size - HEAD - n);
    return typeof body === 'string' ? body : { body, bodyAt: HEAD + n };
  } catch (e) {
    return `unreadable: ${(e as Error).message}`;
  }
}

/** Temp files of saves killed half-way (older than a minute: a save running now is younger). */
export function sweepCacheTemps(file: string, now: number): void {
  const dir = dirname(file);
  const prefix = `${basename(file)}.`;
  try {
    for (const n of readdirSync(dir)) {
      if (!n.startsWith(prefix) || !n.endsWith('.tmp')) continue;
      const st = statSync(join(dir, n), { throwIfNoEntry: false });
      if (st && now - st.mtimeMs > 60_000) unlinkSync(join(dir, n));
    }
  } catch {
    // Left for the next save.
  }
}

/**
 * Names a set of notes as read: the day, the warnings found before reading, whether the whole
 * notes root was read, and each note's path, content hash and reading context, in order. loadRoadmap gives it for the notes it read
 * (`notesKey`), provenByStamps (memo.ts) for the notes the cache proves unchanged.
 */
export function notesKey(today: string, found: readonly Warning[], notes: readonly { path: string; sha256: string; context: string }[], wholeRoot: boolean): string {
  const h = createHash('sha256').update(JSON.stringify([today, found, wholeRoot]));
  for (const n of notes) h.update(`\n${n.path}\u0000${n.sha256}\u0000${n.context}`);
  return h.digest('hex');
}

/** Where bytes lie in the file, not the bytes themselves. */
function onlySpan(b: Uint8Array | Uint8Array[] | Span): b is Span {
  return !(b instanceof Uint8Array) && !Array.isArray(b);
}

/** "WRMP", little-endian: the head of a roadmap kept. */
const ROADMAP_MAGIC = 0x504d_5257;

/**
 * A roadmap's bytes as the cache keeps them, in pieces written one after another: a table of
 * the lengths, the head and the chunks (a V8 serialization of the thousand chunks copied each
 * one in and out again: some 0.05 s of a status after a note changed at 1,000 notes).
 */
function roadmapPieces(head: Uint8Array, chunks: readonly Uint8Array[]): Uint8Array[] {
  const table = Buffer.alloc(12 + 4 * chunks.length);
  table.writeUInt32LE(ROADMAP_MAGIC, 0);
  table.writeUInt32LE(chunks.length, 4);
  table.writeUInt32LE(head.length, 8);
  for (let i = 0; i < chunks.length; i++) table.writeUInt32LE(chunks[i]!.length, 12 + 4 * i);
  return [table, head, ...chunks];
}

/** The head and chunks of roadmapPieces' bytes, as views of them; DamagedReading when they do not add up. */
function roadmapParts(bytes: Uint8Array): { head: Uint8Array; chunks: Uint8Array[] } {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 12 || b.readUInt32LE(0) !== ROADMAP_MAGIC) throw new DamagedReading('not a roadmap');
  const n = b.readUInt32LE(4);
  let at = 12 + 4 * n;
  if (at > b.length) throw new DamagedReading('not a roadmap');
  const take = (len: number): Uint8Array => {
    if (at + len > b.length) throw new DamagedReading('not a roadmap');
    const part = b.subarray(at, at + len);
    at += len;
    return part;
  };
  const head = take(b.readUInt32LE(8));
  const chunks = new Array<Uint8Array>(n);
  for (let i = 0; i < n; i++) chunks[i] = take(b.readUInt32LE(12 + 4 * i));
  if (at !== b.length) throw new DamagedReading('not a roadmap');
  return { head, chunks };
}

/**
 * A patch basis as the cache keeps it: its typed arrays serialized as they are, the rest as JSON
 * (V8's deserializer took 0.14 s over the basis's 24,000 budget lines at 1,000 notes, a line a
 * small array, JSON.parse 0.02 s). JSON gives back exactly what it was given only for finite
 * numbers other than -0: a basis holding another is serialized whole, as it was before.
 */
function encodeBasis(b: PatchBasis): Uint8Array {
  const { tokens: _t, counts: _c, ...rest } = b;
  if (!jsonExact(rest)) return serialize(b);
  // (The typed arrays' places kept in the JSON, so the basis read back has its keys in order.)
  return serialize({ json: JSON.stringify({ ...b, tokens: null, counts: null }), tokens: b.tokens, counts: b.counts });
}

/** True when JSON gives `v` back as it is: strings, finite numbers but -0, and plain arrays and records of them. */
function jsonExact(v: unknown): boolean {
  if (typeof v === 'string') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) return false;
    for (let i = 0; i < v.length; i++) if (!(i in v) || !jsonExact(v[i])) return false;
    return true;
  }
  return typeof v === 'object' && v !== null && isPlain(v) && Object.values(v).every(jsonExact);
}

/** A basis as encodeBasis kept it (unchecked: isBasis checks it). */
function decodeBasis(bytes: Uint8Array): PatchBasis {
  const kept = deserialize(bytes) as { json?: unknown; tokens?: unknown; counts?: unknown } | null;
  if (!kept || typeof kept.json !== 'string') return kept as PatchBasis;
  const b = JSON.parse(kept.json) as Record<string, unknown>;
  if (!b || typeof b !== 'object') throw new DamagedReading('not a roadmap\'s basis');
  b['tokens'] = kept.tokens;
  b['counts'] = kept.counts;
  return b as unknown as PatchBasis;
}

/** Whether a kept basis has every part a patch reads, of the right kind and length. */
function isBasis(b: unknown): b is PatchBasis {
  const x = b as PatchBasis | null;
  if (!x || typeof x !== 'object' || !Array.isArray(x.paths) || !Array.isArray(x.shas) || !Array.isArray(x.warns) || !Array.isArray(x.budgetLines)) return false;
  const n = x.paths.length;
  return x.shas.length === n && x.warns.length === n && x.budgetLines.length === n && Number.isInteger(x.lead) && x.budgetLines.every(Array.isArray)
    && x.tokens instanceof Uint32Array && x.counts instanceof Uint32Array && x.tokens.length === x.counts.length
    && Array.isArray(x.moved) && Array.isArray(x.names) && x.warns.every((w) => Number.isInteger(w) && w >= 0);
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

const isSpan = (s: unknown, bodySize: number): s is Span => {
  const x = s as Span | null;
  return !!x && typeof x === 'object' && Number.isInteger(x.off) && Number.isInteger(x.len) && x.off >= 0 && x.len >= 0 && x.off + x.len <= bodySize;
};

/** The index as read, or what is wrong with it (a span past the file's end: written half). */
function checkIndex(index: unknown, bodySize: number): Index | string {
  const b = index as Partial<Index> | null;
  if (!b || typeof b !== 'object' || typeof b.format !== 'number' || typeof b.version !== 'string' || !(b.entries instanceof Map)) return 'not a read cache';
  if (b.roadmap !== null && (typeof b.roadmap !== 'object' || typeof b.roadmap.key !== 'string' || !isSpan(b.roadmap.bytes, bodySize)
    || (b.roadmap.frame !== null && typeof b.roadmap.frame !== 'string') || (b.roadmap.basis !== null && !isSpan(b.roadmap.basis, bodySize)))) return 'its roadmap is incomplete';
  for (const [path, e] of b.entries) {
    if (typeof path !== 'string' || !e || typeof e.sha256 !== 'string' || typeof e.context !== 'string' || !isSpan(e.read, bodySize)
      || typeof e.size !== 'number' || typeof e.mtimeMs !== 'number' || typeof e.ctimeMs !== 'number' || typeof e.ino !== 'number' || typeof e.checkedAt !== 'number') {
      return 'an entry is incomplete';
    }
  }
  return b as Index;
}

/**
 * Records (an item, a draft) as rows of values, compactly (they are nearly all of the cache's
 * bytes: at 1,000 notes 49,000 drafts of 28 fields, and the roadmap's items again). A row is
 * [shape, ...values]: the shape names the record's keys, in order, and how each value is kept:
 *   v  the value itself (an id's     s  a string, by its place in the table (paths, kinds, units
 *      or a title's string too)        repeat on every item of a note)
 *   r  a record, as a row
 *   p  an array of strings, by its place in the table (an item's section path: the same for
 *      every item of a section), copied out again so no two records share one
 *   n u f t 0 a o   null, undefined, false, true, 0, [] and {} (most fields, most of the time;
 *      kept in the shape, so not at all in the row; [] and {} made anew for each record)
 * Known keys are written as one character each (KEYS); a shape is one string. Every reading has
 * its own shapes and table: a reading is written by a worker and used again on its own.
 */
interface Packed {
  shapes: string[];
  table: (string | string[])[];
  rows: unknown[][];
}

/** The fields of drafts, items and their parts, in no particular order; a key not here is written out. */
const KEYS = [
  'id', 'title', 'kind', 'status', 'progress', 'estimate', 'spentHours', 'links', 'path', 'parent', 'dependsOn', 'dates', 'tags',
  'optional', 'source', 'mentions', 'priority', 'recurrence', 'progressLine', 'logged', 'taskId', 'blockedBy', 'prereqNames',
  'explicitStatus', 'block', 'scheduled', 'children', 'doneChildren', 'line', 'endLine', 'done', 'total', 'unit', 'hours', 'basis',
  'date', 'due', 'start', 'notes', 'note', 'kindWhy', 'why', 'text', 'value', 'min', 'max', 'count', 'raw', 'minutes', 'at', 'from', 'to',
];
const KEY_CHAR = new Map(KEYS.map((k, i) => [k, String.fromCharCode(0x100 + i)]));
const CHAR_KEY = new Map(KEYS.map((k, i) => [String.fromCharCode(0x100 + i), k]));
/** Separates a shape's keys from its codes; a key not in KEYS is written as OTHER, its JSON, END (JSON escapes all three). */
const SEP = '\u0001';
const END = '\u0002';
const OTHER = '\u0003';

const isPlain = (v: object): boolean => Object.getPrototypeOf(v) === Object.prototype;

function stringArray(v: unknown[]): boolean {
  if (Object.getPrototypeOf(v) !== Array.prototype) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return Object.keys(v).length === v.length;
}

/** A record's keys (joined by NUL) as a shape writes them; the same few lists come back on every record. */
const NAMES = new Map<string, string>();
/**
 * The lists of keys met last, by their first key, with their names: records of one kind come
 * with the same keys in the same order, so a list is most often told the same as one met
 * before by comparing it key by key (property names are the same strings), without joining it.
 */
const RECENT = new Map<string, { keys: readonly string[]; names: string }[]>();

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function namesOf(keys: readonly string[]): string {
  const first = keys.length ? keys[0]! : '';
  let recent = RECENT.get(first);
  if (recent) for (let i = 0; i < recent.length; i++) if (sameKeys(recent[i]!.keys, keys)) return recent[i]!.names;
  const joined = keys.join('\u0000');
  let names = NAMES.get(joined);
  if (names === undefined) {
    names = keys.map((k) => KEY_CHAR.get(k) ?? `${OTHER}${JSON.stringify(k)}${END}`).join('');
    if (NAMES.size < 10_000) NAMES.set(joined, names);
  }
  if (!recent && RECENT.size < 1_000) RECENT.set(first, (recent = []));
  if (recent && recent.length < 8) recent.push({ keys, names });
  return names;
}

/**
 * The codes a shape may give a value, by number. A record's shape is found by walking a tree of
 * them from its keys' names, one step a key, rather than by a string of its codes built for
 * every record and looked up in a map (a string built, flattened and hashed per record).
 */
const CODES = 'nuft0svparo';
const C_NULL = 0, C_UNDEF = 1, C_FALSE = 2, C_TRUE = 3, C_ZERO = 4, C_STRING = 5, C_VALUE = 6, C_ARRAY = 7, C_EMPTY = 8, C_RECORD = 9, C_BLANK = 10;

/** A step of the shape tree: the codes so far, the shape they complete (-1: none yet) and the next steps by code. */
interface ShapeStep {
  codes: string;
  at: number;
  next: (ShapeStep | undefined)[];
}

/** A step of the tree of string arrays met: the array of the strings so far (its place in the table, -1: none) and the next by string. */
interface ArrayStep {
  at: number;
  next: Map<string, ArrayStep> | null;
}

function pack(records: readonly object[]): Packed {
  const shapes: string[] = [];
  /** The tree of codes, by the keys' names. */
  const shapeRoots = new Map<string, ShapeStep>();
  const table: (string | string[])[] = [];
  const stringAt = new Map<string, number>();
  /**
   * String arrays by their strings, one step a string: no key is made for an array, and no
   * identity kept (an item's section path is its own copy once read back from the cache).
   */
  const arrays: ArrayStep = { at: -1, next: null };
  const internString = (v: string): number => {
    let i = stringAt.get(v);
    if (i === undefined) {
      i = table.length;
      table.push(v);
      stringAt.set(v, i);
    }
    return i;
  };
  const internArray = (v: string[]): number => {
    let step = arrays;
    for (let i = 0; i < v.length; i++) {
      const next = (step.next ??= new Map<string, ArrayStep>());
      let s = next.get(v[i]!);
      if (s === undefined) next.set(v[i]!, (s = { at: -1, next: null }));
      step = s;
    }
    if (step.at < 0) {
      step.at = table.length;
      table.push(v);
    }
    return step.at;
  };
  const row = (r: Record<string, unknown>): unknown[] => {
    const keys = Object.keys(r);
    const values = Object.values(r);
    const out: unknown[] = [0];
    const names = namesOf(keys);
    let step: ShapeStep | undefined = shapeRoots.get(names);
    if (step === undefined) shapeRoots.set(names, (step = { codes: '', at: -1, next: [] }));
    for (let k = 0; k < keys.length; k++) {
      const v = values[k];
      let code: number;
      if (v === null) code = C_NULL;
      else if (v === undefined) code = C_UNDEF;
      else if (v === false) code = C_FALSE;
      else if (v === true) code = C_TRUE;
      else if (v === 0 && !Object.is(v, -0)) code = C_ZERO;
      else if (typeof v === 'string') {
        // (An id or a title is nearly always one record's own: kept as it is, not looked up in the table.)
        const key = keys[k];
        if (key === 'id' || key === 'title') {
          code = C_VALUE;
          out.push(v);
        } else {
          code = C_STRING;
          out.push(internString(v));
        }
      } else if (Array.isArray(v) && stringArray(v)) {
        if (v.length === 0) code = C_EMPTY;
        else {
          code = C_ARRAY;
          out.push(internArray(v as string[]));
        }
      } else if (typeof v === 'object' && isPlain(v)) {
        if (Object.keys(v).length === 0) code = C_BLANK;
        else {
          code = C_RECORD;
          out.push(row(v as Record<string, unknown>));
        }
      } else {
        code = C_VALUE;
        out.push(v);
      }
      let next: ShapeStep | undefined = step.next[code];
      if (next === undefined) step.next[code] = next = { codes: step.codes + CODES[code]!, at: -1, next: [] };
      step = next;
    }
    if (step.at < 0) {
      step.at = shapes.length;
      shapes.push(names + SEP + step.codes);
    }
    out[0] = step.at;
    return out;
  };
  const rows: unknown[][] = new Array(records.length);
  for (let i = 0; i < records.length; i++) rows[i] = row(records[i] as Record<string, unknown>);
  return { shapes, table, rows };
}

/**
 * A shape's keys and codes, and a record with its keys in order (each null) to copy for every
 * record of the shape. Adding 28 keys one by one to `{}` leaves V8 no fast layout for the
 * object (past a dozen keys added by a computed name it keeps a dictionary), so every later
 * read of a draft's or an item's field was a hash lookup; a copy of a record made by
 * JSON.parse has the fast layout, and setting its keys keeps it.
 */
function readShape(shape: string): Shape {
  let known = SHAPES.get(shape);
  if (known === undefined) {
    const { keys, codes } = shapeKeys(shape);
    const blank = JSON.parse(`{${keys.map((k) => `${JSON.stringify(k)}:null`).join(',')}}`) as Record<string, unknown>;
    known = { keys, codes, blank };
    if (SHAPES.size < 10_000) SHAPES.set(shape, known);
  }
  return known;
}
interface Shape {
  readonly keys: readonly string[];
  readonly codes: string;
  readonly blank: Readonly<Record<string, unknown>>;
}
/** Shapes read, by their text (the same shapes come back in every reading). */
const SHAPES = new Map<string, Shape>();

function shapeKeys(shape: string): { keys: string[]; codes: string } {
  const cut = shape.lastIndexOf(SEP);
  if (cut < 0) throw new DamagedReading('a shape is unreadable');
  const keys: string[] = [];
  for (let i = 0; i < cut;) {
    const known = CHAR_KEY.get(shape[i]!);
    if (known !== undefined) {
      keys.push(known);
      i++;
      continue;
    }
    const end = shape.indexOf(END, i);
    if (shape[i] !== OTHER || end < 0 || end > cut) throw new DamagedReading('a shape is unreadable');
    const key = JSON.parse(shape.slice(i + 1, end)) as unknown;
    if (typeof key !== 'string') throw new DamagedReading('a shape is unreadable');
    keys.push(key);
    i = end + 1;
  }
  const codes = shape.slice(cut + 1);
  if (codes.length !== keys.length) throw new DamagedReading('a shape is unreadable');
  return { keys, codes };
}

function unpack(p: Packed): object[] {
  if (!p || !Array.isArray(p.shapes) || !Array.isArray(p.table) || !Array.isArray(p.rows)) throw new DamagedReading('records unreadable');
  const shapes = p.shapes.map(readShape);
  const table = p.table;
  const fromTable = (i: unknown): string | string[] => {
    const v = table[i as number];
    if (v === undefined) throw new DamagedReading('a value is not in the table');
    return v;
  };
  const record = (row: unknown[]): Record<string, unknown> => {
    if (!Array.isArray(row)) throw new DamagedReading('a record is unreadable');
    const shape = shapes[row[0] as number];
    if (!shape) throw new DamagedReading('a record does not fit its keys');
    const { keys, codes } = shape;
    const o: Record<string, unknown> = { ...shape.blank };
    let j = 1;
    for (let k = 0; k < keys.length; k++) {
      let v: unknown;
      switch (codes.charCodeAt(k)) {
        case 0x76: v = row[j++]; break; // v
        case 0x73: v = fromTable(row[j++]); break; // s
        case 0x70: v = (fromTable(row[j++]) as string[]).slice(); break; // p
        case 0x72: v = record(row[j++] as unknown[]); break; // r
        case 0x6e: v = null; break; // n
        case 0x75: v = undefined; break; // u
        case 0x66: v = false; break; // f
        case 0x74: v = true; break; // t
        case 0x30: v = 0; break; // 0
        case 0x61: v = []; break; // a
        case 0x6f: v = {}; break; // o
        default: throw new DamagedReading('a shape is unreadable');
      }
      o[keys[k]!] = v;
    }
    if (j !== row.length) throw new DamagedReading('a record does not fit its keys');
    return o;
  };
  const out: object[] = new Array(p.rows.length);
  for (let i = 0; i < p.rows.length; i++) out[i] = record(p.rows[i]!);
  return out;
}

/**
 * Deflated at its fastest level: packed readings still repeat themselves (titles beside their
 * normalised forms, lines the budget may read): deflate keeps 3 parts in 10 of them (the
 * 1,000-note cache 29 → 8.8 MB) for about 10 ms a megabyte deflated and 5 inflated, measured on
 * the busy 2-core machine (the workers deflate the readings they make).
 */
function squeeze(bytes: Uint8Array): Uint8Array {
  return owned(deflateRawSync(bytes, { level: SQUEEZE_LEVEL }));
}

/**
 * The bytes in a buffer of their own. deflateRawSync gives a view into a 16 KB buffer (its
 * output chunk) for a reading of a few hundred bytes: kept, each reading held 16 KB until the
 * cache was written (160 MB at 10,000 notes), and posted between threads the whole 16 KB was
 * copied. A buffer of its own is moved (transferred) instead.
 */
function owned(b: Uint8Array): Buffer {
  if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && Buffer.isBuffer(b)) return b;
  const ab = new ArrayBuffer(b.byteLength);
  new Uint8Array(ab).set(b);
  return Buffer.from(ab);
}

/**
 * squeeze() on a thread of its own (the same bytes), so the main thread goes on meanwhile. The
 * buffers asked for in one turn of the event loop go to the thread in one message (zlib's own
 * asynchronous calls cost the main thread a stream each: for the roadmap's thousand chunks about
 * as much as deflating them there). The bytes are the thread's once asked for (moved to it, not
 * copied: `bytes` must be a buffer of its own, as serialize() gives). Should the thread fail,
 * those it had are lost (the promise rejects: what they were for is not kept) and the others
 * are squeezed here.
 */
function squeezeLater(bytes: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (deflating.queue.length === 0) setImmediate(sendToDeflater);
    deflating.queue.push({ bytes, resolve, reject });
  });
}

interface Deflation {
  bytes: Uint8Array;
  resolve: (b: Uint8Array) => void;
  reject: (e: Error) => void;
}

/** Deflated here, unless the bytes went to the thread (then they are gone). */
function squeezeHere(d: Deflation): void {
  if (d.bytes.byteLength === 0 && d.bytes.buffer.byteLength === 0) d.reject(new Error('the deflating thread stopped'));
  else d.resolve(squeeze(d.bytes));
}
/** Deflations asked for and not yet sent to the thread, and the thread (started when first asked). */
const deflating = { queue: [] as Deflation[], thread: null as { post: (batch: Deflation[]) => void } | null };

function sendToDeflater(): void {
  const batch = deflating.queue;
  deflating.queue = [];
  try {
    (deflating.thread ??= deflater()).post(batch);
  } catch {
    deflating.thread = null;
    batch.forEach(squeezeHere);
  }
}

/** A thread that deflates what it is sent (plain zlib, nothing of Waymark's to load). */
function deflater(): { post: (batch: Deflation[]) => void } {
  const w = new Worker(`const { parentPort } = require('node:worker_threads');
const { deflateRawSync } = require('node:zlib');
parentPort.on('message', ({ id, all }) => {
  // Each in a buffer of its own, moved back rather than copied (as owned() in read-cache.ts).
  const out = all.map((b) => new Uint8Array(deflateRawSync(b, { level: ${SQUEEZE_LEVEL} })));
  parentPort.postMessage({ id, out }, out.map((b) => b.buffer));
});`, { eval: true });
  const sent = new Map<number, Deflation[]>();
  let next = 0;
  // (It holds no command open while nothing waits for it.)
  w.unref();
  const failed = (): void => {
    if (deflating.thread === thread) deflating.thread = null;
    for (const list of sent.values()) list.forEach(squeezeHere);
    sent.clear();
  };
  w.on('message', (m: { id: number; out: Uint8Array[] }) => {
    // (Buffers, as deflateRawSync gives: the roadmap's bytes serialize them as such.)
    sent.get(m.id)?.forEach((d, i) => d.resolve(Buffer.from(m.out[i]!.buffer, m.out[i]!.byteOffset, m.out[i]!.byteLength)));
    sent.delete(m.id);
    if (sent.size === 0) w.unref();
  });
  w.on('error', failed);
  w.on('exit', failed);
  const thread = {
    post: (batch: Deflation[]): void => {
      const id = next++;
      sent.set(id, batch);
      w.ref();
      const all = batch.map((d) => d.bytes);
      // (Moved, not copied: 10 MB of the roadmap's chunks at 1,000 notes, 100 MB at 10,000.)
      const owned = all.filter((b) => b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer).map((b) => b.buffer as ArrayBuffer);
      w.postMessage({ id, all }, owned);
    },
  };
  return thread;
}

/** Items packed and serialized, to be squeezed. */
function itemBytes(items: readonly object[]): Uint8Array {
  return serialize(pack(items));
}

/** A reading packed and serialized, to be squeezed. */
function readBytes(read: NoteRead): Uint8Array {
  return serialize({ ...read, drafts: pack(read.drafts) });
}

/** A reading as the cache keeps it (and a worker thread hands it back). */
export function encodeRead(read: NoteRead): Uint8Array {
  return squeeze(readBytes(read));
}

/** A kept reading; a damaged one throws DamagedReading (the caller reads the note again). */
export function decodeRead(bytes: Uint8Array): NoteRead {
  let r: NoteRead;
  try {
    const packed = deserialize(inflateRawSync(bytes)) as Omit<NoteRead, 'drafts'> & { drafts: Packed };
    r = { ...packed, drafts: unpack(packed.drafts) as NoteRead['drafts'] };
  } catch (e) {
    if (e instanceof DamagedReading) throw e;
    throw new DamagedReading((e as Error).message);
  }
  if (!r || typeof r.path !== 'string' || !Array.isArray(r.drafts) || !Array.isArray(r.norms) || !Array.isArray(r.warnings) || !Array.isArray(r.budgetLines)) {
    throw new DamagedReading('not a reading');
  }
  return r;
}

export class DamagedReading extends Error {}
