// The history Waymark keeps beside the notes: what changed, when, and by whom (a command
// or a hand edit found on the next read). Plain data; the store persists it.
import type { Status } from '../model/types.js';

export type EventKind = 'status' | 'progress' | 'log';
/**
 * `cli`: a Waymark command; `hand`: a change found in the notes on the next read;
 * `import`: the past read once from the notes' git log and completion dates (`note` says which).
 */
export type EventOrigin = 'cli' | 'hand' | 'import';

export interface TrackEvent {
  id?: number;
  /** ISO instant the event was recorded. */
  at: string;
  /** The calendar day it counts for (`YYYY-MM-DD`, the person's own; `log --date` can set it). */
  day: string;
  itemId: string;
  title: string;
  /** The note file the item lives in. */
  file: string;
  /** Titles of the enclosing sections, joined by " › ". */
  section: string;
  kind: EventKind;
  fromStatus: Status | null;
  toStatus: Status | null;
  fromDone: number | null;
  toDone: number | null;
  total: number | null;
  unit: string | null;
  hours: number | null;
  note: string | null;
  origin: EventOrigin;
  /** The command batch it belongs to (undo works per batch), or null for hand edits. */
  batchId?: number | null;
}

/** The last status and progress Waymark saw for an item; the next read is compared with it. */
export interface ItemState {
  itemId: string;
  file: string;
  title: string;
  section: string;
  status: Status;
  done: number | null;
  total: number | null;
  unit: string | null;
  /** Day the item was first seen, and the status it had then. */
  firstSeen: string;
  firstStatus: Status;
  firstDone: number | null;
  /** Where the item stood at that read (1-based), and its section path: the item index. */
  line?: number | null;
  endLine?: number | null;
  progressLine?: number | null;
  path?: string[] | null;
}

/** What the history's stats take of an item's saved state: when it was first seen, and how it stood then. */
export type ItemStart = Pick<ItemState, 'itemId' | 'firstSeen' | 'firstStatus' | 'firstDone' | 'total'>;

/** An event with every optional field empty: spread it and set what the event says. */
export function blankEvent(base: Pick<TrackEvent, 'at' | 'day' | 'itemId' | 'title' | 'file' | 'section' | 'kind' | 'origin'>): TrackEvent {
  return {
    ...base, fromStatus: null, toStatus: null, fromDone: null, toDone: null, total: null, unit: null, hours: null, note: null,
  };
}

/**
 * The day each item was last marked done, as the history recorded it (a `waymark done`,
 * a check-off in the dashboard, a box ticked by hand); items put back to open drop out.
 */
export function doneDates(events: readonly TrackEvent[]): Map<string, string> {
  const out = new Map<string, string>();
  const sorted = [...events].filter((e) => e.kind === 'status').sort((a, b) => (a.day === b.day ? (a.at < b.at ? -1 : 1) : a.day < b.day ? -1 : 1));
  for (const e of sorted) {
    if (e.toStatus === 'done') out.set(e.itemId, e.day);
    else out.delete(e.itemId);
  }
  return out;
}
