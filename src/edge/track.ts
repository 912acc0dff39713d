// Tracking at the edge: loads the notes and the history, finds hand edits since the last
// read, writes a status or progress change into a note safely, logs time, and undoes the
// last command byte for byte.
import { decodeNote } from './decode-note.js';
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { rebaseTarget, type DoneDateOption, type EditAction, type EditResult, type EditTarget } from '../core/edit/index.js';
import { HistoryError, UnsafeWriteError } from '../core/errors.js';
import { blankEvent, type ItemState, type TrackEvent } from '../core/metrics/history.js';
import type { Item, Roadmap } from '../core/model/types.js';
import { parseNotes } from '../core/notes/index.js';
import { historyError, makeSnapshot, restoreSnapshot, type Batch, type FileIndexEntry, type TrackStore } from '../store/index.js';
import { clearInPlaceMark, journalHook, openHistory, reconcileJournal, withWriteLock } from './journal.js';
import { notesRoot } from './root.js';
import type { ReadBackExpectation } from '../core/edit/read-back.js';
import { chooseEdit, correctionsFor, ReadBackError, readBackProblem, readNoteItems, type ReadBackContext } from './read-back.js';
import { resolveInside, safeWrite, type WriteStep } from './safe-write.js';
import type { LoadedWorkspace } from './workspace.js';

export interface TrackSession extends LoadedWorkspace {
  store: TrackStore;
  /** The folder item paths are relative to: the notes root. */
  cwd: string;
  /** Changes made in the notes by hand since the last read, now recorded as events. */
  handEdits: TrackEvent[];
}

/** One formatter per zone: making one costs far more than using it (an import of the past asks thousands of times). */
const CLOCKS = new Map<string, Intl.DateTimeFormat>();

function clockParts(now: Date, timeZone?: string): { day: string; time: string } {
  if (!timeZone) {
    // The machine's local time, by hand: date-fns's format would load 37 modules into every check-off.
    const two = (n: number): string => String(n).padStart(2, '0');
    return { day: `${String(now.getFullYear()).padStart(4, '0')}-${two(now.getMonth() + 1)}-${two(now.getDate())}`, time: `${two(now.getHours())}:${two(now.getMinutes())}` };
  }
  let clock = CLOCKS.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    CLOCKS.set(timeZone, clock);
  }
  const parts = clock.formatToParts(now);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '00';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** The person's calendar day for `now`, in `timeZone` (waymark.json's) or the machine's. */
export function localDay(now: Date, timeZone?: string): string {
  return clockParts(now, timeZone).day;
}
function localTime(now: Date, timeZone?: string): string {
  return clockParts(now, timeZone).time;
}

function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

function sectionOf(item: Item): string {
  return item.path.join(' › ');
}

function stateOf(item: Item, day: string, prev: ItemState | undefined): ItemState {
  return {
    itemId: item.id, file: item.source.path, title: item.title, section: sectionOf(item), status: item.status,
    done: item.progress?.done ?? null, total: item.progress?.total ?? null, unit: item.progress?.unit ?? null,
    firstSeen: prev?.firstSeen ?? day, firstStatus: prev?.firstStatus ?? item.status, firstDone: prev?.firstDone ?? item.progress?.done ?? null,
    line: item.source.line, endLine: item.source.endLine, progressLine: item.progressLine, path: item.path,
  };
}

/** Where a note file lives, for the item index: its absolute path and the folder paths are relative to. */
export interface IndexPlace {
  files: ReadonlyMap<string, string>;
  cwd: string;
}

/** Loads the notes and opens the workspace's history, recording hand edits found since the last read. */
export async function openTracking(paths: string[], opts: { cwd: string; now: Date; workspace?: LoadedWorkspace; store?: TrackStore }): Promise<TrackSession> {
  // (The workspace's reading loads only when it is needed: undo and a quick check-off do without.)
  const ws = opts.workspace ?? await (await import('./workspace.js')).loadRoadmap(paths, { cwd: opts.cwd, now: opts.now });
  const store = opts.store ?? openHistory(ws.root, opts.now);
  try {
    const sync = () => syncHandEdits(ws.roadmap, store, opts.now, { files: ws.files, cwd: ws.root });
    // A store the caller gives (in memory, for a read-only folder) has no file for the lock to guard.
    const handEdits = opts.store ? await sync() : await withWriteLock(ws.root, sync);
    return { ...ws, store, handEdits, cwd: ws.root };
  } catch (err) {
    if (!opts.store) await store.close();
    throw err;
  }
}

/**
 * Compares the notes as read now with the item states saved at the last read: a box
 * ticked in an editor becomes a `done` event (origin `hand`), a progress phrase changed by
 * hand a `progress` event. Only files in this roadmap are compared, so reading a part of
 * the workspace never forgets the rest.
 */
export async function syncHandEdits(roadmap: Roadmap, store: TrackStore, now: Date, place?: IndexPlace): Promise<TrackEvent[]> {
  const day = localDay(now);
  const at = now.toISOString();
  const files = new Set(roadmap.sources.map((s) => s.path));
  // Only the states this can touch: these files' and these items' ids (not every item's).
  const states = await store.itemStatesOf(roadmap.items.map((i) => i.id), [...files]);
  const unmatched = new Map<string, ItemState>();
  for (const s of states.values()) if (files.has(s.file)) unmatched.set(s.itemId, s);
  // A fallback for ids that moved: same file and title.
  const byTitle = new Map<string, ItemState>();
  for (const s of unmatched.values()) byTitle.set(`${s.file}\u0000${s.title}`, s);
  const events: TrackEvent[] = [];
  const upsert: ItemState[] = [];
  const moved: string[] = [];
  for (const item of roadmap.items) {
    let prev = states.get(item.id);
    if (!prev) {
      const t = byTitle.get(`${item.source.path}\u0000${item.title}`);
      if (t && unmatched.has(t.itemId)) prev = t;
    }
    if (prev) unmatched.delete(prev.itemId);
    if (prev && prev.itemId !== item.id) moved.push(prev.itemId);
    const base = { at, day, itemId: item.id, title: item.title, file: item.source.path, section: sectionOf(item), origin: 'hand' as const };
    if (prev && prev.status !== item.status) {
      // Ticked with its date ("✅ 2026-11-16", "CLOSED: [2026-11-16]"): done that day, not on this read.
      const on = item.status === 'done' && item.dates.done && item.dates.done <= day && item.dates.done >= prev.firstSeen ? item.dates.done : day;
      events.push({ ...blankEvent({ ...base, day: on, kind: 'status' }), fromStatus: prev.status, toStatus: item.status });
    }
    const doneNow = item.progress?.done ?? null;
    if (prev && doneNow !== null && prev.done !== doneNow) {
      events.push({
        ...blankEvent({ ...base, kind: 'progress' }), fromDone: prev.done, toDone: doneNow,
        total: item.progress?.total ?? null, unit: item.progress?.unit ?? null,
      });
    }
    const same = prev && prev.itemId === item.id && prev.status === item.status && prev.done === doneNow &&
      prev.total === (item.progress?.total ?? null) && prev.title === item.title && prev.section === sectionOf(item) &&
      prev.line === item.source.line && prev.endLine === item.source.endLine && prev.progressLine === item.progressLine && prev.path !== null && prev.path !== undefined;
    if (!same) upsert.push(stateOf(item, day, prev));
  }
  // A file whose changes were read before another command wrote it is not compared now:
  // the history is newer than what was read (the next read compares it).
  const stale = place ? staleFiles(roadmap, place, new Set(events.map((e) => e.file))) : new Set<string>();
  const fresh = <T extends { file: string }>(xs: T[]) => (stale.size ? xs.filter((x) => !stale.has(x.file)) : xs);
  // States of items gone from their file, and old ids of items matched by title, are dropped.
  const remove = [...unmatched.keys(), ...moved].filter((id) => !stale.has(states.get(id)?.file ?? ''));
  const recorded = fresh(events);
  if (recorded.length) await store.recordEvents(recorded);
  const saved = fresh(upsert);
  if (saved.length || remove.length) await store.saveItemStates(saved, remove);
  if (place) {
    const entries = roadmap.sources.flatMap((src) => {
      const abs = place.files.get(src.path);
      return abs ? [{ file: src.path, abs, cwd: place.cwd, sha256: stale.has(src.path) ? null : src.sha256 }] : [];
    });
    await store.saveFileIndex(entries);
  }
  return recorded;
}

/** Files among `changed` whose bytes are no longer those the roadmap was read from. */
function staleFiles(roadmap: Roadmap, place: IndexPlace, changed: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const src of roadmap.sources) {
    if (!changed.has(src.path)) continue;
    const abs = place.files.get(src.path);
    let now: string | null = null;
    try { now = abs ? sha256(readFileSync(abs)) : null; } catch { /* gone */ }
    if (now !== src.sha256) out.add(src.path);
  }
  return out;
}

export interface ChangeOptions {
  now: Date;
  /** The command as typed, kept with the undo snapshot. */
  command: string;
  doneDate?: DoneDateOption;
  /** IANA zone for the done date and the event's day; the machine's when absent. */
  timeZone?: string;
  /** Test hook: runs at each step of the note's write (the kill tests stop there). */
  onStep?: (step: WriteStep) => void;
}

export interface ChangeResult {
  item: Item;
  edit: EditResult;
  /** The title line (or progress line) before and after, for showing what changed. */
  before: string[];
  after: string[];
  batchId: number | null;
  merged: boolean;
}

function countLines(b: Buffer): number {
  let n = 0;
  for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) n++;
  return n;
}

function linesOf(text: string, nos: number[]): string[] {
  const all = text.split(/\r?\n/);
  return nos.map((n) => all[n - 1] ?? '');
}

/**
 * Writes a status or progress change for `item` into its note and records it, holding the
 * workspace's write lock: the intent is journalled first, the note written atomically, and
 * the history recorded in the transaction that completes the journal entry.
 */
export async function changeItem(session: TrackSession, item: Item, action: EditAction, opts: ChangeOptions): Promise<ChangeResult> {
  return withWriteLock(session.root, () => changeLocked(session, item, action, opts));
}

/**
 * The item as it stands in the note now, when the note changed since the roadmap was read
 * (another command, an editor): found again by id (or title), and only if its own reading
 * is unchanged — otherwise the edit is refused rather than laid over someone else's.
 */
function itemNow(item: Item, text: string, now: Date): Item {
  const items = parseNotes([{ path: item.source.path, text, sha256: '' }], { now }).items;
  const same = (i: Item) => i.title === item.title && i.status === item.status &&
    (i.progress?.done ?? null) === (item.progress?.done ?? null) && (i.progress?.total ?? null) === (item.progress?.total ?? null);
  const byId = items.find((i) => i.id === item.id);
  const found = byId && same(byId) ? byId : items.filter(same).sort((x, y) => Math.abs(x.source.line - item.source.line) - Math.abs(y.source.line - item.source.line))[0];
  if (!found) {
    throw new UnsafeWriteError(
      `${item.source.path} changed since Waymark read it and "${item.title}" is not as it was (edited by hand or by another command); nothing was written. Run the command again.`,
      'E_CHANGED',
    );
  }
  return found;
}

/** Completes a journal entry once its note is written; when the history cannot take it, says the note is ahead. */
function completeEntry(root: string, store: TrackStore, id: number, at: string, shown: string): number | null {
  try {
    const batchId = store.journal.complete(id, at);
    clearInPlaceMark(root);
    return batchId;
  } catch (err) {
    const e = historyError(err, root);
    throw new HistoryError(`${shown} was written, but the history could not record it yet: ${e.message.replace(/; your notes were not changed$/, '')}. The next command records it.`, e.code);
  }
}

/** The ids of the items `id` belongs to in the note's reading of `text` (its parent, its parent's parent…). */
function ancestorsOf(ctx: ReadBackContext, text: string, id: string, line: number): string[] {
  const items = readNoteItems(ctx.path, text, ctx.now, correctionsFor(ctx.root, ctx.path));
  const byId = new Map(items.map((i) => [i.id, i]));
  const out: string[] = [];
  for (let p = (byId.get(id) ?? items.find((i) => i.source.line === line))?.parent ?? null; p !== null && !out.includes(p); p = byId.get(p)?.parent ?? null) out.push(p);
  return out;
}

/**
 * What a write does to the items the changed one belongs to: a parent rolls its status and
 * progress up from its children, so ticking the lexer puts "Build a compiler" under way.
 * Those changes are the command's too — recorded in its batch (so its undo expects them put
 * back) and saved as the items' states (so the next check-off, which trusts the saved
 * states while the note's bytes are the ones written, starts from what the note says).
 */
function rolledUp(
  ctx: ReadBackContext, w: { before: Buffer; after: Buffer }, ancestors: readonly string[],
  base: Omit<Parameters<typeof blankEvent>[0], 'kind'>, day: string, prevStates: ReadonlyMap<string, ItemState>,
): { events: TrackEvent[]; states: ItemState[] } {
  const out = { events: [] as TrackEvent[], states: [] as ItemState[] };
  if (!ancestors.length) return out;
  const corrections = correctionsFor(ctx.root, ctx.path);
  const before = new Map(readNoteItems(ctx.path, w.before.toString('utf8'), ctx.now, corrections).map((i) => [i.id, i]));
  const after = new Map(readNoteItems(ctx.path, w.after.toString('utf8'), ctx.now, corrections).map((i) => [i.id, i]));
  for (const id of ancestors) {
    const b = before.get(id);
    const a = after.get(id);
    if (!a || !b) continue;
    const doneBefore = b.progress?.done ?? null;
    const doneAfter = a.progress?.done ?? null;
    if (a.status === b.status && doneBefore === doneAfter) continue;
    const about = { ...base, itemId: a.id, title: a.title, section: sectionOf(a) };
    if (a.status !== b.status) out.events.push({ ...blankEvent({ ...about, kind: 'status' }), fromStatus: b.status, toStatus: a.status });
    if (doneAfter !== null && doneBefore !== doneAfter) {
      out.events.push({ ...blankEvent({ ...about, kind: 'progress' }), fromDone: doneBefore, toDone: doneAfter, total: a.progress?.total ?? null, unit: a.progress?.unit ?? null });
    }
    out.states.push(stateOf(a, day, prevStates.get(id)));
  }
  return out;
}

async function changeLocked(session: TrackSession, original: Item, action: EditAction, opts: ChangeOptions): Promise<ChangeResult> {
  const abs = session.files.get(original.source.path);
  if (!abs) throw new UnsafeWriteError(`no file loaded for ${original.source.path}`);
  if (session.store.journal.open().length) reconcileJournal(session.store, opts.now, session.root);
  const file = resolveInside(session.root, abs);
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) {
    const decoded = decodeNote(bytes);
    const as = 'text' in decoded && decoded.encoding ? ` (it reads as ${decoded.encoding.toUpperCase()})` : '';
    throw new UnsafeWriteError(`${original.source.path} is not UTF-8${as}; Waymark reads it but will not rewrite it: save it as UTF-8 to change it from Waymark`, 'E_NOT_UTF8');
  }
  const loaded = session.roadmap.sources.find((s) => s.path === original.source.path);
  const item = loaded && loaded.sha256 !== sha256(bytes) ? { ...itemNow(original, text, opts.now), id: original.id } : original;
  const target: EditTarget = {
    path: item.source.path, line: item.source.line, endLine: item.source.endLine,
    progressLine: item.progressLine, status: item.status, progress: item.progress, title: item.title,
  };
  const editOpts = { today: localDay(opts.now, opts.timeZone), time: localTime(opts.now, opts.timeZone), ...(opts.doneDate ? { doneDate: opts.doneDate } : {}) };
  const readBack: ReadBackContext = { root: session.root, path: item.source.path, now: opts.now, verb: opts.command.split(' ')[0] || (action.kind === 'status' ? action.status : 'progress') };
  const expect = (e: EditResult) => [{ id: item.id, line: item.source.line, status: e.status, progress: e.progress }];
  const chosen = chooseEdit(readBack, text, target, action, editOpts, expect);
  const edit = chosen.edit;
  if (edit.text === text) {
    return { item, edit, before: [], after: [], batchId: null, merged: false };
  }
  const day = localDay(opts.now, opts.timeZone);
  const at = opts.now.toISOString();
  const base = { at, day, itemId: item.id, title: item.title, file: item.source.path, section: sectionOf(item), origin: 'cli' as const };
  const events: TrackEvent[] = [];
  if (edit.status !== item.status) events.push({ ...blankEvent({ ...base, kind: 'status' }), fromStatus: item.status, toStatus: edit.status });
  if (action.kind === 'progress' && edit.progress) {
    events.push({
      ...blankEvent({ ...base, kind: 'progress' }), fromDone: item.progress?.done ?? null, toDone: edit.progress.done,
      total: edit.progress.total, unit: edit.progress.unit,
    });
  }
  const verb = action.kind === 'status' ? action.status : `progress ${edit.progress?.done}${edit.progress?.total ? `/${edit.progress.total}` : ''}`;
  // The read-back: the note as the next command will read it must say what this one reports.
  if (chosen.problem) throw new ReadBackError(readBack, chosen.problem, false);
  const expected = expect(edit);
  const ancestors = ancestorsOf(readBack, text, item.id, item.source.line);
  const prevStates = await session.store.itemStates([item.id, ...ancestors]);
  const prev = prevStates.get(item.id);
  const updated: Item = { ...item, status: edit.status, progress: edit.progress };
  const hook = journalHook(session.root, session.store, 'change', at, (w) => {
    // The item index stays valid when no line moved; otherwise the file is read again next time.
    const sameLines = countLines(w.before) === countLines(w.after) && !w.merged;
    const index: FileIndexEntry = { file: item.source.path, abs, cwd: session.cwd, sha256: sameLines ? sha256(w.after) : null };
    const rolled = rolledUp(readBack, w, ancestors, base, day, prevStates);
    return {
      batch: {
        at, command: opts.command, description: `${verb}: ${item.title} (${item.source.path}:${item.source.line})`, events: [...events, ...rolled.events],
        files: [makeSnapshot(relative(session.root, w.file), w.before, w.after)],
      },
      states: [stateOf(updated, day, prev), ...rolled.states],
      fileIndex: [index],
    };
  });
  const written = safeWrite({
    root: session.root, path: file, expected: bytes, next: edit.text, journal: hook,
    ...(opts.onStep ? { onStep: opts.onStep } : {}),
    reapply: (current) => {
      const moved = rebaseTarget(text, current, target);
      if (!moved) return null;
      const again = chooseEdit(readBack, current, moved, action, editOpts, expect);
      return again.problem || again.edit.status !== edit.status ? null : again.edit.text;
    },
  });
  const batchId = completeEntry(session.root, session.store, hook.id()!, at, item.source.path);
  const after = written.after.toString('utf8');
  if (written.merged) {
    // Re-applied to bytes someone else saved meanwhile: read those back too, and put the
    // note back through the journal (an undo of this very batch) when they say otherwise.
    const again = readBackProblem(readBack, written.before.toString('utf8'), after, expected);
    if (again) {
      await undoLast(session.root, session.store, opts.now, { restoring: true });
      throw new ReadBackError(readBack, again, true);
    }
  }
  return {
    item: updated, edit, batchId, merged: written.merged || item !== original,
    before: linesOf(text, edit.lines), after: linesOf(after, edit.lines.map((n) => n)),
  };
}

/** Records time spent on an item (the notes are not touched). */
export async function logTime(
  session: TrackSession, item: Item, hours: number, opts: { now: Date; day?: string; note?: string; command: string; timeZone?: string },
): Promise<number> {
  const day = opts.day ?? localDay(opts.now, opts.timeZone);
  const ev: TrackEvent = {
    ...blankEvent({ at: opts.now.toISOString(), day, itemId: item.id, title: item.title, file: item.source.path, section: sectionOf(item), kind: 'log', origin: 'cli' }),
    hours, note: opts.note ?? null,
  };
  return session.store.recordBatch({
    at: ev.at, command: opts.command, description: `log ${formatHours(hours)} on ${item.title}${day !== localDay(opts.now, opts.timeZone) ? ` for ${day}` : ''}`,
    events: [ev], files: [],
  });
}

export function formatHours(h: number): string {
  const m = Math.round(h * 60);
  return m < 60 ? `${m}m` : m % 60 === 0 ? `${m / 60}h` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export interface UndoHooks {
  onStep?: (step: WriteStep) => void;
  /**
   * Puts the bytes back without reading them back first: for taking back a write whose own
   * read-back failed (its note then reads as it did, byte for byte).
   */
  restoring?: boolean;
}

/**
 * What undoing `events` must read back as, for each item they changed: the status before
 * the first status event, the amount done before the first progress event (the total it
 * had is not recorded), and otherwise as the item reads now.
 */
function undoExpectations(events: readonly TrackEvent[], current: readonly Item[]): ReadBackExpectation[] {
  const byId = new Map(current.map((i) => [i.id, i]));
  const out = new Map<string, ReadBackExpectation>();
  for (const e of events) {
    const now = byId.get(e.itemId);
    let x = out.get(e.itemId);
    if (!x) {
      x = { id: e.itemId, line: now?.source.line ?? -1, status: now?.status ?? 'todo', progress: now?.progress ?? null };
      out.set(e.itemId, x);
      if (e.kind === 'status' && e.fromStatus) x.status = e.fromStatus;
      else if (e.kind === 'status') continue;
    }
    if (e.kind === 'progress' && !x.doneOnly) {
      x.progress = e.fromDone === null ? null : { done: e.fromDone, total: null, unit: e.unit ?? 'part' };
      x.doneOnly = true;
    }
  }
  return [...out.values()];
}

export interface UndoResult {
  batch: Batch;
  files: string[];
}

/**
 * Undoes the last command not undone yet: puts back each file's previous bytes exactly,
 * unless the file changed since (then it refuses and names the file), and drops the
 * command's events from the history. Journalled and locked like a change.
 */
export async function undoLast(root: string, store: TrackStore, now: Date, hooks: UndoHooks = {}): Promise<UndoResult | null> {
  return withWriteLock(root, async () => {
    if (store.journal.open().length) reconcileJournal(store, now, root);
    const batch = await store.lastBatch();
    if (!batch) return null;
    // Check every file first so an undo is all or nothing.
    const plans = batch.files.map((f) => {
      const path = resolveInside(root, f.file);
      const current = readFileSync(path);
      const before = restoreSnapshot(f, current);
      if (!before) {
        throw new UnsafeWriteError(
          `cannot undo "${batch.description}": ${f.file} changed since (edited by hand or by another command); undoing would lose that edit. Nothing was changed.`,
          'E_CHANGED',
        );
      }
      if (!hooks.restoring) {
        const events = batch.files.length === 1 ? batch.events : batch.events.filter((e) => e.file === f.file);
        const readBack: ReadBackContext = { root, path: f.file, now, verb: 'undo' };
        const text = current.toString('utf8');
        const problem = readBackProblem(readBack, text, before.toString('utf8'), undoExpectations(events, readNoteItems(f.file, text, now, correctionsFor(root, f.file))));
        if (problem) throw new ReadBackError(readBack, problem, false);
      }
      return { f, path, current, before };
    });
    const at = now.toISOString();
    // Files undone are read again by the next check-off rather than trusted from the index.
    const index = await store.fileIndex();
    const touched = new Set(plans.map((p) => p.path));
    const real = realPaths();
    const stale = index.filter((e) => touched.has(real(e.abs))).map((e) => ({ ...e, sha256: null }));
    // Put the item states back so the next read does not mistake the undo for a hand edit.
    const states = await store.itemStates([...new Set(batch.events.map((e) => e.itemId))]);
    const back: ItemState[] = [];
    for (const e of [...batch.events].reverse()) {
      const s = states.get(e.itemId);
      if (!s) continue;
      if (e.kind === 'status' && e.fromStatus) s.status = e.fromStatus;
      if (e.kind === 'progress') s.done = e.fromDone;
      back.push(s);
    }
    const record = { undo: { batchId: batch.id, at }, states: back, fileIndex: stale };
    const restored: string[] = [];
    // The history's part rides on the last file's entry; a batch without files is undone at once.
    for (const [i, p] of plans.entries()) {
      const hook = journalHook(root, store, 'undo', at, () => (i === plans.length - 1 ? record : {}));
      safeWrite({ root, path: p.path, expected: p.current, next: p.before, journal: hook, ...(hooks.onStep ? { onStep: hooks.onStep } : {}) });
      completeEntry(root, store, hook.id()!, at, p.f.file);
      restored.push(p.f.file);
    }
    if (plans.length === 0) {
      await store.markUndone(batch.id, at);
      if (back.length) await store.saveItemStates(back);
    }
    return { batch, files: restored };
  });
}

/**
 * realpath for many notes at once: a note that is no symlink itself lies in its folder's real
 * place, so each folder is resolved once (a vault's thousand notes sit in a few folders).
 * A path that cannot be resolved stands for itself.
 */
export function realPaths(): (p: string) => string {
  const folders = new Map<string, string>();
  return (p) => {
    try {
      if (lstatSync(p).isSymbolicLink()) return realpathSync(p);
      const dir = dirname(p);
      let real = folders.get(dir);
      if (real === undefined) folders.set(dir, (real = realpathSync(dir)));
      return join(real, basename(p));
    } catch {
      return p;
    }
  };
}

/** Adds the hours logged with `waymark log` to each item's `spentHours` (for the planner). */
export async function addLoggedHours(roadmap: Roadmap, store: TrackStore): Promise<Roadmap> {
  const logged = await store.loggedHours();
  if (logged.size === 0) return roadmap;
  for (const item of roadmap.items) {
    const h = logged.get(item.id);
    if (h) item.spentHours = Math.round((item.spentHours + h) * 100) / 100;
  }
  return roadmap;
}


/** The notes root for the given note paths (see root.ts): the history lives there. */
export function workspaceRootOf(paths: string[], cwd: string): string {
  return notesRoot(paths, cwd);
}
