// The embedded history store: better-sqlite3 in `<workspace>/.waymark/waymark.db`, WAL,
// created on first use and migrated forward. Plain SQL rather than kysely: ten short
// statements do not need a query builder, synchronous calls keep a check-off within its
// 30 ms budget, and the TrackStore interface plus its contract test is what a PostgreSQL
// implementation will need to meet.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ItemStart, ItemState, TrackEvent } from '../core/metrics/history.js';
import type { Status } from '../core/model/types.js';
import { searchWords } from '../core/edit/resolve-item.js';
import { sqliteJournal } from './journal.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import type { Batch, BatchInput, EventQuery, FileIndexEntry, FileSnapshot, PastImport, PastSource, TrackStore } from './types.js';

/** Where a workspace keeps its history. */
export function storePath(root: string): string {
  return join(root, '.waymark', 'waymark.db');
}

interface EventRow {
  id: number; batch_id: number | null; at: string; day: string; item_id: string; title: string; file: string;
  section: string; kind: TrackEvent['kind']; from_status: Status | null; to_status: Status | null;
  from_done: number | null; to_done: number | null; total: number | null; unit: string | null;
  hours: number | null; note: string | null; origin: TrackEvent['origin'];
}

interface StateRow {
  item_id: string; file: string; title: string; section: string; status: Status; done: number | null;
  total: number | null; unit: string | null; first_seen: string; first_status: Status; first_done: number | null;
  line: number | null; end_line: number | null; progress_line: number | null; path_json: string | null;
}

function stateFromRow(r: StateRow): ItemState {
  return {
    itemId: r.item_id, file: r.file, title: r.title, section: r.section, status: r.status, done: r.done,
    total: r.total, unit: r.unit, firstSeen: r.first_seen, firstStatus: r.first_status, firstDone: r.first_done,
    line: r.line, endLine: r.end_line, progressLine: r.progress_line, path: r.path_json ? JSON.parse(r.path_json) as string[] : null,
  };
}

const EVENT_COLUMNS = 'batch_id, at, day, item_id, title, file, section, kind, from_status, to_status, from_done, to_done, total, unit, hours, note, origin';

function toRow(e: TrackEvent, batchId: number | null): unknown[] {
  return [batchId, e.at, e.day, e.itemId, e.title, e.file, e.section, e.kind, e.fromStatus, e.toStatus,
    e.fromDone, e.toDone, e.total, e.unit, e.hours, e.note, e.origin];
}

function fromRow(r: EventRow): TrackEvent {
  return {
    id: r.id, batchId: r.batch_id, at: r.at, day: r.day, itemId: r.item_id, title: r.title, file: r.file,
    section: r.section, kind: r.kind, fromStatus: r.from_status, toStatus: r.to_status, fromDone: r.from_done,
    toDone: r.to_done, total: r.total, unit: r.unit, hours: r.hours, note: r.note, origin: r.origin,
  };
}

/**
 * Applies every migration newer than the database's version; returns the versions applied.
 * One IMMEDIATE transaction: two commands creating the database at once take turns (before,
 * both saw version 0 and the second failed on "table already exists").
 */
export function migrate(db: Database.Database, migrations: Migration[] = MIGRATIONS): number[] {
  if (upToDate(db, migrations)) return [];
  const run = db.transaction((): number[] => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const have = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (have.has(m.version)) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      applied.push(m.version);
    }
    return applied;
  });
  return run.immediate();
}

function upToDate(db: Database.Database, migrations: Migration[]): boolean {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (!table) return false;
  const have = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  return migrations.every((m) => have.has(m.version));
}

/** Runs `fn`, again while SQLite answers "busy" without having waited (up to 5 s). */
export function whileBusy<T>(fn: () => T): T {
  const until = Date.now() + 5000;
  for (;;) {
    try {
      return fn();
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY') || Date.now() > until) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/** Opens (creating on first use) the history store at `file`; `:memory:` for tests. */
export function openSqliteStore(file: string): TrackStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  let applied: number[];
  try {
    // Two commands creating the database at once: switching to WAL may be refused without waiting.
    whileBusy(() => db.pragma('journal_mode = WAL'));
    // FULL: a journal entry must be on disk before the note it announces is touched.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    applied = migrate(db);
  } catch (err) {
    // A database that cannot be opened is not left open (a full disk, a damaged file).
    db.close();
    throw err;
  }

  const insertEvent = db.prepare(`INSERT INTO events (${EVENT_COLUMNS}) VALUES (${EVENT_COLUMNS.split(',').map(() => '?').join(', ')})`);
  const insertBatch = db.prepare('INSERT INTO batches (at, command, description) VALUES (?, ?, ?)');
  const insertSnapshot = db.prepare('INSERT INTO file_snapshots (batch_id, file, before, before_sha, after_sha, prefix_len, suffix_len) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const upsertState = db.prepare(`INSERT INTO item_states (item_id, file, title, section, status, done, total, unit, first_seen, first_status, first_done,
      line, end_line, progress_line, path_json, search)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (item_id) DO UPDATE SET file = excluded.file, title = excluded.title, section = excluded.section,
      status = excluded.status, done = excluded.done, total = excluded.total, unit = excluded.unit,
      line = COALESCE(excluded.line, item_states.line), end_line = COALESCE(excluded.end_line, item_states.end_line),
      progress_line = CASE WHEN excluded.line IS NULL THEN item_states.progress_line ELSE excluded.progress_line END,
      path_json = COALESCE(excluded.path_json, item_states.path_json), search = excluded.search`);
  // An import moves an item's first sighting back in time, which an ordinary save keeps.
  const setFirstSeen = db.prepare('UPDATE item_states SET first_seen = ?, first_status = ?, first_done = ? WHERE item_id = ?');
  const getImport = db.prepare('SELECT source FROM past_imports WHERE file = ?');
  const putImport = db.prepare(`INSERT INTO past_imports (file, source, at, head) VALUES (?, ?, ?, ?)
    ON CONFLICT (file) DO UPDATE SET source = excluded.source, at = excluded.at, head = excluded.head`);
  const upsertFile = db.prepare(`INSERT INTO file_index (file, abs, cwd, sha256) VALUES (?, ?, ?, ?)
    ON CONFLICT (file) DO UPDATE SET abs = excluded.abs, cwd = excluded.cwd, sha256 = excluded.sha256`);
  const deleteFile = db.prepare('DELETE FROM file_index WHERE file = ?');
  const getState = db.prepare('SELECT * FROM item_states WHERE item_id = ?');
  const deleteState = db.prepare('DELETE FROM item_states WHERE item_id = ?');
  const fileOfState = db.prepare('SELECT file FROM item_states WHERE item_id = ?').pluck();
  const searchesOfFile = db.prepare('SELECT search FROM item_states WHERE file = ? AND search IS NOT NULL').pluck();
  const putFileWords = db.prepare(`INSERT INTO file_words (file, words) VALUES (?, ?)
    ON CONFLICT (file) DO UPDATE SET words = excluded.words`);
  const deleteFileWords = db.prepare('DELETE FROM file_words WHERE file = ?');
  const stateById = db.prepare('SELECT rowid AS row_id, * FROM item_states WHERE item_id = ?');
  // An id prefix of 4+ characters: the ids from it up to it followed by the last code point.
  const statesByIdPrefix = db.prepare(`SELECT rowid AS row_id, * FROM item_states
    WHERE length(@q) >= 4 AND item_id >= @q AND item_id < @q || char(1114111) AND substr(item_id, 1, length(@q)) = @q`);
  const live = 'batch_id IS NULL OR batch_id IN (SELECT id FROM batches WHERE undone_at IS NULL)';

  const recordBatch = db.transaction((b: BatchInput): number => {
    const id = Number(insertBatch.run(b.at, b.command, b.description).lastInsertRowid);
    for (const e of b.events) insertEvent.run(...toRow(e, id));
    for (const f of b.files) insertSnapshot.run(id, f.file, f.before, f.beforeSha, f.afterSha, f.prefix, f.suffix);
    return id;
  });
  const recordEvents = db.transaction((events: TrackEvent[]) => {
    for (const e of events) insertEvent.run(...toRow(e, null));
  });
  const saveFiles = db.transaction((upsert: FileIndexEntry[], remove: string[]) => {
    for (const f of upsert) upsertFile.run(f.file, f.abs, f.cwd, f.sha256);
    for (const f of remove) deleteFile.run(f);
  });
  /** Rewrites the words of these files' items (each word once), which findItemStates looks in first. */
  const refreshFileWords = (files: Iterable<string>): void => {
    for (const file of files) {
      const words = new Set<string>();
      for (const search of searchesOfFile.all(file) as string[]) for (const w of search.split(' ')) if (w) words.add(w);
      if (words.size) putFileWords.run(file, ` ${[...words].join(' ')} `);
      else deleteFileWords.run(file);
    }
  };
  // Migration 8 joined each file's states' words; each word once makes the rows a sixth as long.
  if (applied.includes(8)) db.transaction(() => refreshFileWords(db.prepare('SELECT file FROM file_words').pluck().all() as string[]))();
  const saveStates = db.transaction((upsert: ItemState[], remove: string[]) => {
    const touched = new Set<string>();
    for (const s of upsert) {
      upsertState.run(s.itemId, s.file, s.title, s.section, s.status, s.done, s.total, s.unit, s.firstSeen, s.firstStatus, s.firstDone,
        s.line ?? null, s.endLine ?? null, s.progressLine ?? null, s.path ? JSON.stringify(s.path) : null,
        ` ${searchWords([s.title, s.section].join(' ')).join(' ')} `);
      touched.add(s.file);
    }
    for (const id of remove) {
      const file = fileOfState.get(id) as string | undefined;
      if (file !== undefined) touched.add(file);
      deleteState.run(id);
    }
    refreshFileWords(touched);
  });
  const markUndone = (id: number, at: string) => { db.prepare('UPDATE batches SET undone_at = ? WHERE id = ?').run(at, id); };
  const journal = sqliteJournal(db, {
    recordBatch, saveStates: (states) => saveStates(states, []), saveFiles: (files) => saveFiles(files, []), markUndone,
  });

  const savePast = db.transaction((r: PastImport, events: TrackEvent[], states: ItemState[]): boolean => {
    for (const f of r.files) {
      const had = (getImport.get(f) as { source: PastSource } | undefined)?.source;
      if (had === r.source || had === 'git') return false;
    }
    for (const e of events) insertEvent.run(...toRow(e, null));
    saveStates(states, []);
    for (const s of states) setFirstSeen.run(s.firstSeen, s.firstStatus, s.firstDone, s.itemId);
    for (const f of r.files) putImport.run(f, r.source, r.at, r.head);
    return true;
  });

  return {
    recordBatch: (b) => Promise.resolve(recordBatch.immediate(b)),
    recordEvents: (events) => Promise.resolve(recordEvents.immediate(events)),
    events: (q: EventQuery = {}) => {
      const where = [`(${live})`];
      const args: unknown[] = [];
      if (q.sinceDay) { where.push('day >= ?'); args.push(q.sinceDay); }
      if (q.itemId) { where.push('item_id = ?'); args.push(q.itemId); }
      const rows = db.prepare(`SELECT * FROM events WHERE ${where.join(' AND ')} ORDER BY day, at, id`).all(...args) as EventRow[];
      return Promise.resolve(rows.map(fromRow));
    },
    lastBatch: () => {
      const b = db.prepare('SELECT * FROM batches WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1').get() as
        { id: number; at: string; command: string; description: string } | undefined;
      if (!b) return Promise.resolve(null);
      const events = (db.prepare('SELECT * FROM events WHERE batch_id = ? ORDER BY id').all(b.id) as EventRow[]).map(fromRow);
      const files = (db.prepare('SELECT * FROM file_snapshots WHERE batch_id = ? ORDER BY id').all(b.id) as
        { file: string; before: Buffer; before_sha: string; after_sha: string; prefix_len: number | null; suffix_len: number | null }[])
        .map((f): FileSnapshot => ({
          file: f.file, before: f.before, prefix: f.prefix_len, suffix: f.suffix_len, beforeSha: f.before_sha, afterSha: f.after_sha,
        }));
      const batch: Batch = { id: b.id, at: b.at, command: b.command, description: b.description, events, files };
      return Promise.resolve(batch);
    },
    markUndone: (id, at) => Promise.resolve(markUndone(id, at)),
    itemStates: (ids?: string[]) => {
      const rows = (ids
        ? ids.map((id) => getState.get(id)).filter((r) => r !== undefined)
        : db.prepare('SELECT * FROM item_states').all()) as StateRow[];
      return Promise.resolve(new Map(rows.map((r) => [r.item_id, stateFromRow(r)])));
    },
    itemStarts: () => {
      const rows = db.prepare('SELECT item_id, first_seen, first_status, first_done, total FROM item_states').raw().all() as [string, string, Status, number | null, number | null][];
      const out = new Map<string, ItemStart>();
      for (const [itemId, firstSeen, firstStatus, firstDone, total] of rows) out.set(itemId, { itemId, firstSeen, firstStatus, firstDone, total });
      return Promise.resolve(out);
    },
    itemStatesOf: (ids, files) => {
      const rows = db.prepare('SELECT * FROM item_states WHERE item_id IN (SELECT value FROM json_each(?)) OR file IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(ids), JSON.stringify(files)) as StateRow[];
      return Promise.resolve(new Map(rows.map((r) => [r.item_id, stateFromRow(r)])));
    },
    // The id, an id prefix (both by the primary key), or every word at the start of a word of the
    // item's title or section: looked for only in the files whose items have all the words
    // (file_words, one row a file; or whose words are unknown), not in every state. In the
    // states' order, each once.
    findItemStates: (query, words) => {
      const found = new Map<number, StateRow & { row_id: number }>();
      const add = (rows: unknown[]) => {
        for (const r of rows as (StateRow & { row_id: number })[]) found.set(r.row_id, r);
      };
      add(stateById.all(query));
      add(statesByIdPrefix.all({ q: query }));
      if (words.length) {
        const has = (col: string) => words.map(() => `instr(${col}, ?) > 0`).join(' AND ');
        const at = words.map((w) => ` ${w}`);
        add(db.prepare(`SELECT rowid AS row_id, * FROM item_states WHERE file IN (SELECT file FROM file_words WHERE words IS NULL OR (${has('words')}))
          AND search IS NOT NULL AND ${has('search')}`).all(...at, ...at));
      }
      return Promise.resolve([...found.values()].sort((a, b) => a.row_id - b.row_id).map(stateFromRow));
    },
    fileIndex: () => {
      const rows = db.prepare('SELECT file, abs, cwd, sha256 FROM file_index').all() as FileIndexEntry[];
      return Promise.resolve(rows.map((r) => ({ file: r.file, abs: r.abs, cwd: r.cwd, sha256: r.sha256 })));
    },
    saveFileIndex: (upsert, remove = []) => Promise.resolve(saveFiles.immediate(upsert, remove)),
    saveItemStates: (upsert, remove = []) => Promise.resolve(saveStates.immediate(upsert, remove)),
    pastImports: () => {
      const rows = db.prepare('SELECT file, source FROM past_imports').all() as { file: string; source: PastSource }[];
      return Promise.resolve(new Map(rows.map((r) => [r.file, r.source])));
    },
    // IMMEDIATE: two first runs at once (the CLI and the dashboard) take turns, and the second finds the mark.
    savePastImport: (r, events, states) => Promise.resolve(savePast.immediate(r, events, states)),
    loggedHours: () => {
      const rows = db.prepare(`SELECT item_id, SUM(hours) AS h FROM events WHERE kind = 'log' AND (${live}) GROUP BY item_id`).all() as
        { item_id: string; h: number }[];
      return Promise.resolve(new Map(rows.map((r) => [r.item_id, r.h])));
    },
    journal,
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}
