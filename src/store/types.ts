// The history store's interface: one embedded SQLite implementation now; a PostgreSQL
// one (a team server) can implement the same and run the same contract test suite.
import type { ItemStart, ItemState, TrackEvent } from '../core/metrics/history.js';

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

/** Where a note's past was imported from: its git log, or only the completion dates written in it. */
export type PastSource = 'git' | 'notes';

/** An import of the past (see core/metrics/past.ts): the notes it covered, and what it found. */
export interface PastImport {
  source: PastSource;
  at: string;
  /** The commit the git log was read up to. */
  head: string | null;
  /** The notes imported, as the roadmap names them: each is imported once. */
  files: string[];
  /** Commits that touched those notes. */
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
   * Every item's start (first seen, and how it stood then): what the stats take of the states,
   * far cheaper than every whole state at tens of thousands of items.
   */
  itemStarts(): Promise<Map<string, ItemStart>>;
  /** The states whose id is among `ids` or whose file is among `files` (a check-off's few, not every item's). */
  itemStatesOf(ids: string[], files: string[]): Promise<Map<string, ItemState>>;
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
  /** How each note's past was imported so far, by note path. */
  pastImports(): Promise<Map<string, PastSource>>;
  /**
   * Records an import of the past in one transaction: its events, the item states it moved
   * back (first-seen day, status and progress included), and its notes as imported. Returns
   * false, writing nothing, when one of those notes was imported already from the same
   * source or from git (another run got there first).
   */
  savePastImport(record: PastImport, events: TrackEvent[], states: ItemState[]): Promise<boolean>;
  /** Hours logged per item id (undone logs excluded). */
  loggedHours(): Promise<Map<string, number>>;
  /** The write-ahead journal of writes into the notes. */
  journal: WriteJournal;
  close(): Promise<void>;
}

/** What the history records once a note holds the bytes a journal entry promised. */
export interface JournalPayload {
  batch?: BatchInput;
  states?: ItemState[];
  fileIndex?: FileIndexEntry[];
  /** An undo: this batch is marked undone. */
  undo?: { batchId: number; at: string };
  /**
   * A write in place (a note owned by someone else): the note's whole bytes before and
   * after, so a write a kill cut short is told from a hand edit and put back. Dropped from
   * the entry once it is closed.
   */
  inPlace?: { before: Buffer; after: Buffer };
}

/** A write into a note, as recorded before the note is touched. */
export interface JournalIntent {
  at: string;
  kind: 'change' | 'undo';
  /** Absolute path of the note. */
  file: string;
  /** The temp file the new bytes are written to, beside the note. */
  temp: string;
  beforeSha: string;
  afterSha: string;
  payload: JournalPayload;
}

export interface JournalEntry extends JournalIntent {
  id: number;
}

/**
 * Synchronous even behind the async store: an entry is recorded inside the atomic write,
 * after the new bytes are known and before the temp file exists, and must be on disk first.
 */
export interface WriteJournal {
  /** Records an intent; returns its id. */
  begin(intent: JournalIntent): number;
  /** Re-points an open entry at other bytes (the edit was re-applied to a newer note). */
  update(id: number, intent: JournalIntent): void;
  /** The note has the new bytes: records the payload and closes the entry, in one transaction; returns the batch id. */
  complete(id: number, at: string): number | null;
  /** The write did not happen ('dropped') or the note is neither old nor new ('abandoned'). */
  close(id: number, state: 'dropped' | 'abandoned', at: string): void;
  /** Entries neither completed nor closed, oldest first. */
  open(): JournalEntry[];
}
