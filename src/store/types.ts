// The history store's interface: one embedded SQLite implementation now; a PostgreSQL
// one (a team server) can implement the same and run the same contract test suite.
import type { ItemState, TrackEvent } from '../core/metrics/history.js';

/**
 * The bytes a file had before a command wrote it, so `undo` can put them back exactly:
 * the whole file (`prefix`/`suffix` null) or only the span that changed.
 */
export interface FileSnapshot {
  /** Path relative to the workspace root. */
  file: string;
  before: Buffer;
  /** Bytes shared with the written file at its start and end, or null when `before` is whole. */
  prefix: number | null;
  suffix: number | null;
  beforeSha: string;
  afterSha: string;
}

/** A note file as last read: its hash, or null when its item lines must be read again. */
export interface FileIndexEntry {
  /** The path as items name it (relative to `cwd`). */
  file: string;
  abs: string;
  cwd: string;
  sha256: string | null;
}

export interface BatchInput {
  at: string;
  /** The command as typed, e.g. `done "EfficientNet paper"`. */
  command: string;
  /** One line for `undo` to say what it undoes. */
  description: string;
  events: TrackEvent[];
  files: FileSnapshot[];
}

export interface Batch {
  id: number;
  at: string;
  command: string;
  description: string;
  events: TrackEvent[];
  files: FileSnapshot[];
}

/** A one-time import of the past (see core/metrics/past.ts), as recorded. */
export interface PastImport {
  /** `git`: the notes' git log; `notes`: completion dates written in the notes. */
  source: 'git' | 'notes';
  at: string;
  /** The commit the git log was read up to. */
  head: string | null;
  commits: number;
  events: number;
  /** The earliest day the import reached, or null when it found nothing. */
  since: string | null;
}

export interface EventQuery {
  /** Only events on or after this day. */
  sinceDay?: string;
  itemId?: string;
}

/**
 * Async so that a networked implementation fits the same shape; the SQLite one answers
 * synchronously underneath.
 */
export interface TrackStore {
  /** Saves a command's events and file snapshots in one transaction; returns the batch id. */
  recordBatch(batch: BatchInput): Promise<number>;
  /** Saves events found outside any command (hand edits). */
  recordEvents(events: TrackEvent[]): Promise<void>;
  /** Events not undone, oldest first. */
  events(query?: EventQuery): Promise<TrackEvent[]>;
  /** The newest batch not undone yet, or null. */
  lastBatch(): Promise<Batch | null>;
  markUndone(batchId: number, at: string): Promise<void>;
  /** The last status seen per item id (all items, or only `ids`). */
  itemStates(ids?: string[]): Promise<Map<string, ItemState>>;
  /**
   * Item states whose id is `query`, starts with it, or whose title and section words
   * contain every one of `words` (normalised as `searchWords` does): the candidates a
   * check-off resolves among, without loading every item.
   */
  findItemStates(query: string, words: string[]): Promise<ItemState[]>;
  /** Upserts states and deletes the ids in `remove`, in one transaction. */
  saveItemStates(upsert: ItemState[], remove?: string[]): Promise<void>;
  /** The note files as last read (for check-offs that skip re-reading the whole workspace). */
  fileIndex(): Promise<FileIndexEntry[]>;
  /** Upserts entries and deletes the files in `remove`. */
  saveFileIndex(upsert: FileIndexEntry[], remove?: string[]): Promise<void>;
  /** The imports of the past made so far. */
  pastImports(): Promise<PastImport[]>;
  /**
   * Records an import of the past in one transaction: its events, the item states it moved
   * back (first-seen day, status and progress included), and the mark that it ran. Returns
   * false, writing nothing, when an import from that source is already recorded.
   */
  savePastImport(record: PastImport, events: TrackEvent[], states: ItemState[]): Promise<boolean>;
  /** Hours logged per item id (undone logs excluded). */
  loggedHours(): Promise<Map<string, number>>;
  close(): Promise<void>;
}
