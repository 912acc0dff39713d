// The journal at the edge: opens a workspace's history (one clear line when `.waymark/` is
// damaged), holds the workspace's write lock while a note is written and recorded, and
// reconciles entries a killed command left open — rolled forward when the note has the new
// bytes, dropped when it has the old, the old bytes put back when a write in place was cut
// short — sweeping their temp files.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WaymarkError } from '../core/errors.js';
import { errorCode, historyError, openStore, type JournalIntent, type JournalPayload, type TrackStore } from '../store/index.js';
import { inPlaceMarkPath, isTornWrite, sweepTemps, writeInPlace, type WriteIntent, type WriteJournalHook } from './safe-write.js';

/** How long a command waits for another Waymark writing to the same notes. */
const LOCK_WAIT_MS = 15_000;

function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/** Opens the history at `root`, reconciling what a killed command left; a damaged one throws a HistoryError. */
export function openHistory(root: string, now: Date = new Date()): TrackStore {
  let store: TrackStore;
  try {
    store = openStore(root);
  } catch (err) {
    throw historyError(err, root);
  }
  try {
    if (store.journal.open().length || existsSync(inPlaceMarkPath(root))) withWriteLockSync(root, () => reconcileJournal(store, now, root));
  } catch (err) {
    void store.close();
    throw err instanceof WaymarkError ? err : historyError(err, root);
  }
  return store;
}

const held = new Map<string, { db: Database.Database; depth: number }>();

function lockPath(root: string): string {
  return join(root, '.waymark', 'write.lock');
}

function acquire(root: string): void {
  const h = held.get(root);
  if (h) { h.depth++; return; }
  const path = lockPath(root);
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (err) {
    throw historyError(err, root);
  }
  // An SQLite file as the lock: its exclusive lock waits politely for the holder and is
  // released by the system when a holder is killed, so a kill never leaves it stale.
  const open = () => {
    const db = new Database(path, { timeout: LOCK_WAIT_MS });
    try {
      db.exec('BEGIN EXCLUSIVE');
      return db;
    } catch (err) {
      db.close();
      throw err;
    }
  };
  let db: Database.Database;
  try {
    db = open();
  } catch (err) {
    const code = errorCode(err);
    if (code.startsWith('SQLITE_BUSY')) {
      throw new WaymarkError(`another Waymark is writing to these notes and did not finish within ${LOCK_WAIT_MS / 1000} s; nothing was changed. Run the command again.`, 'E_LOCKED');
    }
    if (code !== 'SQLITE_NOTADB' && !code.startsWith('SQLITE_CORRUPT')) throw historyError(err, root);
    // The lock file holds nothing: a damaged one is replaced.
    try { unlinkSync(path); } catch { /* gone meanwhile */ }
    try { db = open(); } catch (again) { throw historyError(again, root); }
  }
  held.set(root, { db, depth: 1 });
}

function release(root: string): void {
  const h = held.get(root);
  if (!h) return;
  if (--h.depth > 0) return;
  held.delete(root);
  try { h.db.exec('ROLLBACK'); } finally { h.db.close(); }
}

/** Runs `fn` holding the workspace's write lock (re-entrant within this process). */
export async function withWriteLock<T>(root: string, fn: () => Promise<T> | T): Promise<T> {
  acquire(root);
  try {
    return await fn();
  } finally {
    release(root);
  }
}

/** The same, for synchronous work. */
export function withWriteLockSync<T>(root: string, fn: () => T): T {
  acquire(root);
  try {
    return fn();
  } finally {
    release(root);
  }
}

/**
 * Before a reading command reads the notes: when a write in place may have been cut short
 * (its mark is there), opening the history settles it, putting the note's old bytes back.
 * A damaged history is left for the command to report.
 */
export function settleInPlaceWrites(root: string, now: Date = new Date()): void {
  if (!existsSync(inPlaceMarkPath(root))) return;
  try {
    void openHistory(root, now).close();
  } catch { /* the command goes on without history and says why */ }
}

/** Marks that a write in place is about to start (durably: a power cut must not lose it). */
function setInPlaceMark(root: string): void {
  const path = inPlaceMarkPath(root);
  const fd = openSync(path, 'w');
  try { fsyncSync(fd); } finally { closeSync(fd); }
  const dir = openSync(dirname(path), 'r');
  try { fsyncSync(dir); } catch { /* some file systems refuse */ } finally { closeSync(dir); }
}

/** No write in place is open any more (call with the write lock held, or with no entry open). */
export function clearInPlaceMark(root: string): void {
  try { unlinkSync(inPlaceMarkPath(root)); } catch { /* not there */ }
}

export interface Reconciled {
  forward: number;
  dropped: number;
  abandoned: number;
  /** Writes in place cut short: the note's old bytes were put back. */
  restored: number;
}

/**
 * Settles every open journal entry; call with the write lock held (a live writer holds it
 * for the whole of its write, so an open entry seen under the lock is a dead one's).
 */
export function reconcileJournal(store: TrackStore, now: Date, root: string): Reconciled {
  const out = { forward: 0, dropped: 0, abandoned: 0, restored: 0 };
  const at = now.toISOString();
  for (const e of store.journal.open()) {
    try { unlinkSync(e.temp); } catch { /* never written, or renamed into place */ }
    sweepTemps(dirname(e.file));
    let bytes: Buffer | null = null;
    try { bytes = readFileSync(e.file); } catch { /* the note is gone */ }
    const sha = bytes && sha256(bytes);
    const inPlace = e.payload.inPlace;
    if (sha === e.afterSha) {
      store.journal.complete(e.id, at);
      out.forward++;
    } else if (sha === e.beforeSha) {
      store.journal.close(e.id, 'dropped', at);
      out.dropped++;
    } else if (bytes && inPlace && isTornWrite(bytes, inPlace.before, inPlace.after)) {
      // A write in place cut short: the old bytes go back (in place again; a kill during
      // this leaves the entry open, and the next command does it again).
      writeInPlace(e.file, inPlace.before);
      store.journal.close(e.id, 'dropped', at);
      out.restored++;
    } else {
      // Changed again since (by hand): the next read records it as a hand edit.
      store.journal.close(e.id, 'abandoned', at);
      out.abandoned++;
    }
  }
  clearInPlaceMark(root);
  return out;
}

/**
 * The hook `safeWrite` records its intent through. `payload` builds what the history will
 * record from the final bytes; `id()` is the entry to complete once the write is done.
 */
export function journalHook(
  root: string, store: TrackStore, kind: JournalIntent['kind'], at: string, payload: (w: WriteIntent) => JournalPayload,
): WriteJournalHook & { id(): number | null } {
  let id: number | null = null;
  return {
    record: (w) => {
      const p = payload(w);
      if (w.inPlace) p.inPlace = { before: w.before, after: w.after };
      const intent: JournalIntent = { at, kind, file: w.file, temp: w.temp, beforeSha: sha256(w.before), afterSha: sha256(w.after), payload: p };
      try {
        if (id === null) id = store.journal.begin(intent);
        else store.journal.update(id, intent);
        if (w.inPlace) setInPlaceMark(root);
      } catch (err) {
        // Nothing is written into a note whose write could not be journalled.
        throw historyError(err, root);
      }
    },
    abort: () => {
      // Best effort: when the journal itself failed, its error is the one to report.
      try {
        if (id !== null) store.journal.close(id, 'dropped', at);
        clearInPlaceMark(root);
      } catch { /* reconciled next time */ }
      id = null;
    },
    id: () => id,
  };
}
