// The hub's numbered PostgreSQL migrations, the same on PGlite and on a server. Each runs
// once, in order, at start; an advisory lock lets several hub processes start at once.
import type { Db } from './db.js';

/** Migration N is MIGRATIONS[N - 1]. Append only: a migration that shipped never changes. */
export const MIGRATIONS: readonly string[] = [
  // 1: people, cohorts, roles, tokens, sessions, invites, what members push, the schedule, comments.
  `
  CREATE TABLE cohorts (
    id serial PRIMARY KEY,
    slug text NOT NULL UNIQUE,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE users (
    id serial PRIMARY KEY,
    handle text NOT NULL UNIQUE,
    name text NOT NULL,
    password_hash text,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE memberships (
    cohort_id int NOT NULL REFERENCES cohorts ON DELETE CASCADE,
    user_id int NOT NULL REFERENCES users ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('owner', 'mentor', 'member')),
    joined_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (cohort_id, user_id)
  );
  CREATE TABLE tokens (
    id serial PRIMARY KEY,
    user_id int NOT NULL REFERENCES users ON DELETE CASCADE,
    cohort_id int NOT NULL REFERENCES cohorts ON DELETE CASCADE,
    hash text NOT NULL UNIQUE,
    label text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at timestamptz
  );
  CREATE TABLE web_sessions (
    hash text PRIMARY KEY,
    user_id int NOT NULL REFERENCES users ON DELETE CASCADE,
    csrf text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  );
  CREATE TABLE invites (
    hash text PRIMARY KEY,
    cohort_id int NOT NULL REFERENCES cohorts ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('owner', 'mentor', 'member')),
    created_by int REFERENCES users ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    uses_left int NOT NULL
  );
  CREATE TABLE login_attempts (
    key text NOT NULL,
    at timestamptz NOT NULL
  );
  CREATE INDEX login_attempts_key ON login_attempts (key, at);
  CREATE TABLE snapshots (
    cohort_id int NOT NULL REFERENCES cohorts ON DELETE CASCADE,
    user_id int NOT NULL REFERENCES users ON DELETE CASCADE,
    digest text NOT NULL,
    summary jsonb NOT NULL,
    pushed_at timestamptz NOT NULL,
    PRIMARY KEY (cohort_id, user_id)
  );
  CREATE TABLE items (
    cohort_id int NOT NULL,
    user_id int NOT NULL,
    item_id text NOT NULL,
    data jsonb NOT NULL,
    PRIMARY KEY (cohort_id, user_id, item_id),
    FOREIGN KEY (cohort_id, user_id) REFERENCES snapshots ON DELETE CASCADE
  );
  CREATE TABLE events (
    cohort_id int NOT NULL,
    user_id int NOT NULL,
    key text NOT NULL,
    at text NOT NULL,
    data jsonb NOT NULL,
    PRIMARY KEY (cohort_id, user_id, key),
    FOREIGN KEY (cohort_id, user_id) REFERENCES snapshots ON DELETE CASCADE
  );
  CREATE TABLE reading_sessions (
    id serial PRIMARY KEY,
    cohort_id int NOT NULL REFERENCES cohorts ON DELETE CASCADE,
    day text NOT NULL,
    title text NOT NULL,
    link text,
    presenter text,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE comments (
    id serial PRIMARY KEY,
    cohort_id int NOT NULL REFERENCES cohorts ON DELETE CASCADE,
    owner_id int NOT NULL REFERENCES users ON DELETE CASCADE,
    item_id text NOT NULL,
    author_id int NOT NULL REFERENCES users ON DELETE CASCADE,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX comments_item ON comments (cohort_id, owner_id, item_id);
  CREATE TABLE comment_reads (
    cohort_id int NOT NULL REFERENCES cohorts ON DELETE CASCADE,
    user_id int NOT NULL REFERENCES users ON DELETE CASCADE,
    last_seen int NOT NULL,
    PRIMARY KEY (cohort_id, user_id)
  );
  `,
  // 2: the board pages and answers 304 by a version kept per cohort; a push rewrites only the
  // items that changed (so each keeps its place in a column); indexes for the board's page,
  // a member's last event (asked before each push) and their unseen comments (after each push).
  `
  ALTER TABLE cohorts ADD COLUMN board_version bigint NOT NULL DEFAULT 0;
  ALTER TABLE items ADD COLUMN pos int NOT NULL DEFAULT 0;
  CREATE INDEX users_by_name ON users (name, handle);
  CREATE INDEX events_last ON events (cohort_id, user_id, at);
  CREATE INDEX comments_by_owner ON comments (cohort_id, owner_id, id);
  `,
  // 3: who may see a cohort changes its access version (a token revoked, a role set, someone
  // joining): hub processes keep tokens they have checked until it moves (server/fresh.ts).
  `
  ALTER TABLE cohorts ADD COLUMN access_version bigint NOT NULL DEFAULT 0;
  `,
];

/** Applies the migrations not yet applied; returns the numbers it applied. */
export async function migrate(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    // One process migrates at a time; the others wait here, then find nothing left to do.
    // (Even CREATE TABLE IF NOT EXISTS races without the lock: two can both see no table.)
    await tx.query('SELECT pg_advisory_xact_lock(726185)');
    await tx.query('CREATE TABLE IF NOT EXISTS hub_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM hub_migrations')).map((r) => r.version));
    const applied: number[] = [];
    for (const [i, sql] of MIGRATIONS.entries()) {
      const version = i + 1;
      if (done.has(version)) continue;
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO hub_migrations (version) VALUES ($1)', [version]);
      applied.push(version);
    }
    return applied;
  });
}

/** A migration's statements (none holds a `;` inside a string or a body). */
function splitStatements(sql: string): string[] {
  return sql.split(';').map((s) => s.trim()).filter(Boolean);
}
