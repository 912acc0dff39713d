// The past before Waymark watched: item states read from earlier versions of the notes
// (a git log) and completion dates written in them ("✅ 2026-10-02"), turned into the
// history's events and first-seen states, so a burndown and a pace exist on the first run.
// Pure: the versions come in as data, `today` is a parameter.
import type { Item, Status } from '../model/types.js';
import { blankEvent, type ItemState, type TrackEvent } from './history.js';

/** An item as one version of its note said it stood. */
export interface PastItem {
  status: Status;
  done: number | null;
  total: number | null;
  unit: string | null;
}

/**
 * One change to one note: the items it held before and after (null when the note did not
 * exist on that side), keyed by item id.
 */
export interface NoteVersion {
  /** ISO instant of the change (the commit's author date). */
  at: string;
  /** The person's calendar day of `at`. */
  day: string;
  /** What made the change, kept in each event's note (e.g. "git 1a2b3c4"). */
  ref: string;
  /** The note as the roadmap names it now. */
  file: string;
  before: ReadonlyMap<string, PastItem> | null;
  after: ReadonlyMap<string, PastItem> | null;
}

export interface PastInput {
  /** The roadmap as read now: only its items get a past. */
  items: readonly Item[];
  versions: readonly NoteVersion[];
  /** What the history already holds (Waymark's own record wins from the day it starts). */
  states: ReadonlyMap<string, ItemState>;
  today: string;
  /** Whether the versions are the note's whole past (a git log): then an item with no version is new. */
  complete: boolean;
}

export interface PastResult {
  events: TrackEvent[];
  /** Item states with their first-seen day, status and progress moved into the past. */
  states: ItemState[];
  /** The earliest day the past reaches, or null when it added nothing. */
  since: string | null;
}

interface Snap {
  at: string;
  day: string;
  ref: string;
  state: PastItem;
  /** Read from the version that added the note. */
  added?: boolean;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

function same(a: PastItem, b: PastItem): boolean {
  return a.status === b.status && a.done === b.done && a.total === b.total;
}

function sectionOf(item: Item): string {
  return item.path.join(' › ');
}

/** Each item's states over time, oldest first, from the versions of its note. */
function snapshotsByItem(versions: readonly NoteVersion[]): Map<string, Snap[]> {
  const byItem = new Map<string, Snap[]>();
  const sorted = [...versions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const v of sorted) {
    if (!v.after) continue;
    for (const [id, after] of v.after) {
      const before = v.before?.get(id);
      // Only what this version changed: a commit that did not touch an item says nothing of
      // it, so a branch that had not caught up yet does not undo another's change.
      if (before && same(before, after)) continue;
      const list = byItem.get(id);
      const snap = { at: v.at, day: v.day, ref: v.ref, state: after, added: v.before === null };
      if (list) list.push(snap);
      else byItem.set(id, [snap]);
    }
  }
  return byItem;
}

/** The day the notes say the item was finished, when they say it and it is done now. */
function doneDateOf(item: Item, today: string): string | null {
  const d = item.dates.done;
  return item.status === 'done' && d && DAY_RE.test(d) && d <= today ? d : null;
}

/**
 * A completion date written in the note counts as the day the item was done, unless the
 * versions show it done earlier: states after that day read done, and an item first seen
 * later is moved back to when it was created (or `base`), still to do.
 */
function withDoneDate(snaps: Snap[], item: Item, done: string, base: string): Snap[] {
  const firstDone = snaps.findIndex((s) => s.state.status === 'done');
  if (firstDone >= 0 && snaps[firstDone]!.day <= done) return snaps;
  const ref = 'completion date in the note';
  const atOf = (day: string): string => `${day}T00:00:00.000Z`;
  const out: Snap[] = [];
  const created = item.dates.created && DAY_RE.test(item.dates.created) && item.dates.created <= done ? item.dates.created : null;
  if (snaps.length === 0 || snaps[0]!.day > done) {
    const start = created ?? (base < done ? base : done);
    const first = snaps[0]?.state;
    out.push({ at: atOf(start), day: start, ref, state: { status: 'todo', done: null, total: first?.total ?? item.progress?.total ?? null, unit: first?.unit ?? item.progress?.unit ?? null } });
  }
  let marked = false;
  snaps.forEach((s, i) => {
    if (!marked && s.day > done) {
      const prev = out.at(-1)!.state;
      out.push({ at: atOf(done), day: done, ref, state: { ...prev, status: 'done' } });
      marked = true;
    }
    // Between the written day and the first version that shows it done, it was done.
    const pending = firstDone < 0 || i < firstDone;
    out.push(s.day >= done && pending ? { ...s, state: { ...s.state, status: 'done' } } : s);
  });
  if (!marked) {
    const prev = out.at(-1)!.state;
    out.push({ at: atOf(done), day: done, ref, state: { ...prev, status: 'done' } });
  }
  return out;
}

/** Events between consecutive states: a status change, a progress change, or both. */
function eventsOf(item: Item, snaps: readonly Snap[], from: number, to: number): TrackEvent[] {
  const events: TrackEvent[] = [];
  for (let i = from + 1; i < to; i++) {
    const a = snaps[i - 1]!.state;
    const b = snaps[i]!;
    events.push(...changeEvents(item, a, b.state, b.at, b.day, b.ref));
  }
  return events;
}

function changeEvents(item: Item, a: PastItem, b: PastItem, at: string, day: string, ref: string): TrackEvent[] {
  const base = { at, day, itemId: item.id, title: item.title, file: item.source.path, section: sectionOf(item), origin: 'import' as const };
  const out: TrackEvent[] = [];
  if (a.status !== b.status) out.push({ ...blankEvent({ ...base, kind: 'status' }), fromStatus: a.status, toStatus: b.status, note: ref });
  if (b.done !== null && (a.done !== b.done || a.total !== b.total)) {
    out.push({ ...blankEvent({ ...base, kind: 'progress' }), fromDone: a.done, toDone: b.done, total: b.total, unit: b.unit, note: ref });
  }
  return out;
}

/**
 * The history an import adds: for each item of the roadmap, its states from the versions
 * (and its written completion date) before the day Waymark first saw it, as events, with
 * its first-seen state moved back to where the past begins.
 * @example importedPast({ items, versions, states, today: '2026-11-22', complete: true })
 */
export function importedPast(input: PastInput): PastResult {
  const byItem = snapshotsByItem(input.versions);
  // Where the past begins: an item with a written date but no version of its own is taken
  // to have been on the list from then (without a log, every item is).
  let base = input.today;
  for (const list of byItem.values()) if (list[0]!.day < base) base = list[0]!.day;
  const firstDay = base;
  for (const item of input.items) {
    const d = doneDateOf(item, input.today);
    if (d && d < base) base = d;
  }
  const events: TrackEvent[] = [];
  const states: ItemState[] = [];
  let since: string | null = null;
  for (const item of input.items) {
    let snaps = byItem.get(item.id) ?? [];
    const done = doneDateOf(item, input.today);
    if (done) snaps = withDoneDate(snaps, item, done, base);
    else if (snaps[0]?.added && snaps[0].day === firstDay && base < firstDay) {
      // The notes were kept before git: what the first commit holds was on the list from the
      // earliest day they say something was finished.
      snaps = [{ ...snaps[0], at: `${base}T00:00:00.000Z`, day: base, ref: 'on the list before git' }, ...snaps];
    }
    if (snaps.length === 0 && !input.complete && base < input.today) {
      snaps = [{ at: `${base}T00:00:00.000Z`, day: base, ref: 'on the list', state: { status: item.status, done: item.progress?.done ?? null, total: item.progress?.total ?? null, unit: item.progress?.unit ?? null } }];
    }
    if (snaps.length === 0) continue;
    // Keep the past only up to the day Waymark began watching the item; its own record goes on from there.
    const prev = input.states.get(item.id);
    const watched = prev?.firstSeen ?? null;
    const kept = watched ? snaps.filter((s) => s.day < watched) : snaps;
    if (kept.length === 0) continue;
    const first = kept[0]!;
    events.push(...eventsOf(item, kept, 0, kept.length));
    const last = kept.at(-1)!;
    if (prev) {
      // Join the past to what Waymark first saw.
      const seen: PastItem = { status: prev.firstStatus, done: prev.firstDone, total: prev.total, unit: prev.unit };
      if (!same(last.state, seen)) {
        events.push(...changeEvents(item, last.state, seen, last.at, prev.firstSeen, 'seen by Waymark'));
      }
      states.push({ ...prev, firstSeen: first.day, firstStatus: first.state.status, firstDone: first.state.done });
    } else {
      states.push({
        itemId: item.id, file: item.source.path, title: item.title, section: sectionOf(item),
        status: last.state.status, done: last.state.done, total: last.state.total, unit: last.state.unit,
        firstSeen: first.day, firstStatus: first.state.status, firstDone: first.state.done,
        line: item.source.line, endLine: item.source.endLine, progressLine: item.progressLine, path: item.path,
      });
    }
    if (since === null || first.day < since) since = first.day;
  }
  return { events, states, since };
}
