// Numbered schema migrations, applied in order inside a transaction and recorded in
// `schema_migrations`. Never edit a shipped migration: add the next number.
// The SQL sticks to types and syntax PostgreSQL shares (BLOB → BYTEA is the one rename).

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'history: batches, events, file snapshots, item states',
    sql: `
      CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        command TEXT NOT NULL,
        description TEXT NOT NULL,
        undone_at TEXT
      );
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER REFERENCES batches(id),
        at TEXT NOT NULL,
        day TEXT NOT NULL,
        item_id TEXT NOT NULL,
        title TEXT NOT NULL,
        file TEXT NOT NULL,
        section TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('status', 'progress', 'log')),
        from_status TEXT,
        to_status TEXT,
        from_done REAL,
        to_done REAL,
        total REAL,
        unit TEXT,
        hours REAL,
        note TEXT,
        origin TEXT NOT NULL CHECK (origin IN ('cli', 'hand'))
      );
      CREATE INDEX events_day ON events (day);
      CREATE INDEX events_item ON events (item_id);
      CREATE INDEX events_batch ON events (batch_id);
      CREATE TABLE file_snapshots (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES batches(id),
        file TEXT NOT NULL,
        before BLOB NOT NULL,
        before_sha TEXT NOT NULL,
        after_sha TEXT NOT NULL
      );
      CREATE INDEX file_snapshots_batch ON file_snapshots (batch_id);
      CREATE TABLE item_states (
        item_id TEXT PRIMARY KEY,
        file TEXT NOT NULL,
        title TEXT NOT NULL,
        section TEXT NOT NULL,
        status TEXT NOT NULL,
        done REAL,
        total REAL,
        unit TEXT,
        first_seen TEXT NOT NULL,
        first_status TEXT NOT NULL,
        first_done REAL
      );
    `,
  },
  {
    version: 3,
    name: 'review: FSRS card states and answers',
    sql: `
      CREATE TABLE review_cards (
        card_key TEXT PRIMARY KEY,
        item_id TEXT NOT NULL,
        title TEXT NOT NULL,
        file TEXT NOT NULL,
        due TEXT NOT NULL,
        stability REAL NOT NULL,
        difficulty REAL NOT NULL,
        scheduled_days INTEGER NOT NULL,
        learning_steps INTEGER NOT NULL,
        reps INTEGER NOT NULL,
        lapses INTEGER NOT NULL,
        phase TEXT NOT NULL CHECK (phase IN ('new', 'learning', 'review', 'relearning')),
        last_review TEXT,
        first_review TEXT
      );
      CREATE INDEX review_cards_due ON review_cards (due);
      CREATE TABLE review_logs (
        id INTEGER PRIMARY KEY,
        card_key TEXT NOT NULL,
        item_id TEXT NOT NULL,
        at TEXT NOT NULL,
        rating TEXT NOT NULL CHECK (rating IN ('again', 'hard', 'good', 'easy')),
        phase TEXT NOT NULL,
        previous_due TEXT NOT NULL,
        scheduled_days INTEGER NOT NULL,
        stability REAL NOT NULL,
        difficulty REAL NOT NULL
      );
      CREATE INDEX review_logs_card ON review_logs (card_key);
    `,
  },
  {
    version: 2,
    name: 'undo snapshots keep only the changed span',
    sql: `
      ALTER TABLE file_snapshots ADD COLUMN prefix_len INTEGER;
      ALTER TABLE file_snapshots ADD COLUMN suffix_len INTEGER;
    `,
  },
  {
    version: 4,
    name: 'item index: where each item stands, and the file hashes it was read from',
    sql: `
      ALTER TABLE item_states ADD COLUMN line INTEGER;
      ALTER TABLE item_states ADD COLUMN end_line INTEGER;
      ALTER TABLE item_states ADD COLUMN progress_line INTEGER;
      ALTER TABLE item_states ADD COLUMN path_json TEXT;
      ALTER TABLE item_states ADD COLUMN search TEXT;
      CREATE TABLE file_index (
        file TEXT PRIMARY KEY,
        abs TEXT NOT NULL,
        cwd TEXT NOT NULL,
        sha256 TEXT
      );
    `,
  },
  {
    version: 6,
    name: 'the imported past: events of origin import, and which imports ran',
    // SQLite cannot change a CHECK constraint in place: the events table is rebuilt as
    // migration 1 made it, with the origin `import` allowed, and its rows copied over.
    sql: `
      CREATE TABLE events_v6 (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER REFERENCES batches(id),
        at TEXT NOT NULL,
        day TEXT NOT NULL,
        item_id TEXT NOT NULL,
        title TEXT NOT NULL,
        file TEXT NOT NULL,
        section TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('status', 'progress', 'log')),
        from_status TEXT,
        to_status TEXT,
        from_done REAL,
        to_done REAL,
        total REAL,
        unit TEXT,
        hours REAL,
        note TEXT,
        origin TEXT NOT NULL CHECK (origin IN ('cli', 'hand', 'import'))
      );
      INSERT INTO events_v6 (id, batch_id, at, day, item_id, title, file, section, kind, from_status, to_status,
          from_done, to_done, total, unit, hours, note, origin)
        SELECT id, batch_id, at, day, item_id, title, file, section, kind, from_status, to_status,
          from_done, to_done, total, unit, hours, note, origin FROM events;
      DROP TABLE events;
      ALTER TABLE events_v6 RENAME TO events;
      CREATE INDEX events_day ON events (day);
      CREATE INDEX events_item ON events (item_id);
      CREATE INDEX events_batch ON events (batch_id);
      CREATE TABLE past_imports (
        file TEXT PRIMARY KEY,
        source TEXT NOT NULL CHECK (source IN ('git', 'notes')),
        at TEXT NOT NULL,
        head TEXT
      );
    `,
  },
  {
    version: 5,
    name: 'write journal: each write into a note, recorded before the note is touched',
    sql: `
      CREATE TABLE write_journal (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('change', 'undo')),
        file TEXT NOT NULL,
        temp TEXT NOT NULL,
        before_sha TEXT NOT NULL,
        after_sha TEXT NOT NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('open', 'done', 'dropped', 'abandoned')),
        closed_at TEXT
      );
      CREATE INDEX write_journal_state ON write_journal (state);
    `,
  },
  {
    version: 7,
    name: 'item states by file: a check-off after a hand edit asks for one file\'s states',
    // Without it, `item_id IN (…) OR file IN (…)` (itemStatesOf) scanned every state: 17 ms of
    // a check-off at 46,000 states.
    sql: `
      CREATE INDEX item_states_file ON item_states (file);
    `,
  },
  {
    version: 8,
    name: 'the words of each file\'s items: a check-off by words looks only in the files that have them all',
    // Without it, findItemStates ran instr() over every state's words: 22-34 ms of a 0.2 s
    // check-off at 46,000 states; over one row a file, 3 ms. A file's words are rewritten
    // (each word once) when its states change; here they start as its states' words joined.
    // Any writer of a state (an older Waymark too) marks its file's words unknown (NULL) first,
    // and a file whose words are unknown is always looked in: never a state missed. (Not
    // INSERT OR REPLACE: an upsert firing the trigger would impose its own conflict policy.)
    sql: `
      CREATE TABLE file_words (
        file TEXT PRIMARY KEY,
        words TEXT
      );
      INSERT INTO file_words (file, words)
        SELECT file, ' ' || group_concat(search, ' ') || ' ' FROM item_states WHERE search IS NOT NULL GROUP BY file;
      CREATE TRIGGER item_states_words_insert AFTER INSERT ON item_states BEGIN
        UPDATE file_words SET words = NULL WHERE file = new.file;
        INSERT INTO file_words (file, words) SELECT new.file, NULL WHERE NOT EXISTS (SELECT 1 FROM file_words WHERE file = new.file);
      END;
      CREATE TRIGGER item_states_words_update AFTER UPDATE OF file, search ON item_states BEGIN
        UPDATE file_words SET words = NULL WHERE file = new.file;
        INSERT INTO file_words (file, words) SELECT new.file, NULL WHERE NOT EXISTS (SELECT 1 FROM file_words WHERE file = new.file);
      END;
    `,
  },
];
