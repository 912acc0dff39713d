// The hub's store: cohorts, people and roles, tokens and sessions, what members push, the
// reading schedule and comments, on PostgreSQL (embedded PGlite or a server; see db.ts). No
// state lives in a process's memory: several hub processes can share one database, and each
// change is announced on the `waymark_hub` channel so their live pages update.
import { createHash } from 'node:crypto';
import type { PushPayload } from '../../core/hub/push.js';
import type { Db, Queryable } from './db.js';
import { migrate } from './migrations.js';
import { newSecret, secretHash } from './secrets.js';
import type { Attendance, BoardMember, BoardPage, Comment, Cohort, HubItem, Principal, PushResult, ReadingSession, Role, TokenInfo, User } from './types.js';

/** The NOTIFY channel; the payload is `{"cohort": id, "what": …}`. */
export const CHANNEL = 'waymark_hub';

export interface HubStoreOptions {
  /** The current time; tests pin it. */
  now?: () => Date;
}

export interface Change {
  cohort: number;
  what: 'push' | 'schedule' | 'comment' | 'members';
  user?: string;
}

const iso = (d: Date | string | null | undefined): string | null => (d === null || d === undefined ? null : new Date(d).toISOString());

export class HubStore {
  private readonly now: () => Date;

  private constructor(readonly db: Db, opts: HubStoreOptions) {
    this.now = opts.now ?? (() => new Date());
  }

  /** Opens the store on a database, applying the migrations it lacks. */
  static async open(db: Db, opts: HubStoreOptions = {}): Promise<HubStore> {
    await migrate(db);
    return new HubStore(db, opts);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  // ── cohorts, people, roles ────────────────────────────────────────────

  async ensureCohort(slug: string, name = slug): Promise<Cohort> {
    const rows = await this.db.query<Cohort>(
      `INSERT INTO cohorts (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id, slug, name`, [slug, name]);
    return rows[0]!;
  }

  async cohort(slug: string): Promise<Cohort | null> {
    return (await this.db.query<Cohort>('SELECT id, slug, name FROM cohorts WHERE slug = $1', [slug]))[0] ?? null;
  }

  async ensureUser(handle: string, name = handle): Promise<User> {
    const rows = await this.db.query<User>(
      `INSERT INTO users (handle, name) VALUES ($1, $2) ON CONFLICT (handle) DO UPDATE SET handle = EXCLUDED.handle RETURNING id, handle, name`, [handle, name]);
    return rows[0]!;
  }

  async user(handle: string): Promise<(User & { passwordHash: string | null }) | null> {
    const r = (await this.db.query<User & { password_hash: string | null }>('SELECT id, handle, name, password_hash FROM users WHERE handle = $1', [handle]))[0];
    return r ? { id: r.id, handle: r.handle, name: r.name, passwordHash: r.password_hash } : null;
  }

  async setPasswordHash(userId: number, hash: string): Promise<void> {
    await this.db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, hash]);
  }

  /** Gives the user the role in the cohort (a member already keeps their place, with the new role). */
  async setRole(cohortId: number, userId: number, role: Role): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO memberships (cohort_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (cohort_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
        [cohortId, userId, role]);
      await this.boardChanged(tx, cohortId, undefined, true);
    });
    await this.notify({ cohort: cohortId, what: 'members' });
  }

  /** The cohort by its slug and the user's role in it (null when not a member), in one query. */
  async cohortAndRole(slug: string, userId: number): Promise<{ cohort: Cohort; role: Role | null; boardVersion: string } | null> {
    const r = (await this.db.query<Cohort & { role: Role | null; board_version: string }>(
      `SELECT c.id, c.slug, c.name, m.role, c.board_version::text AS board_version FROM cohorts c
       LEFT JOIN memberships m ON m.cohort_id = c.id AND m.user_id = $2 WHERE c.slug = $1`, [slug, userId]))[0];
    return r ? { cohort: { id: r.id, slug: r.slug, name: r.name }, role: r.role, boardVersion: r.board_version } : null;
  }

  /**
   * Marks the cohort's board changed: its version is what the board's ETag and every hub
   * process's cache of it go by, so a change made through one process is seen by all. With
   * `access`, who may see the cohort changed too (a role, a member): its access version moves.
   */
  private async boardChanged(q: Queryable, cohortId: number, announce?: Change, access = false): Promise<void> {
    const set = `board_version = board_version + 1${access ? ', access_version = access_version + 1' : ''}`;
    await (announce
      ? q.query(`UPDATE cohorts SET ${set} WHERE id = $1 RETURNING pg_notify($2, $3)`, [cohortId, CHANNEL, JSON.stringify(announce)])
      : q.query(`UPDATE cohorts SET ${set} WHERE id = $1`, [cohortId]));
  }

  /**
   * Every cohort's board and access versions, as they stand now: hub processes ask a few times
   * a second (one small query, however many requests) to know which of their caches still hold.
   */
  async cohortVersions(): Promise<Map<number, { board: bigint; access: bigint }>> {
    const rows = await this.db.query<{ id: number; board: string; access: string }>('SELECT id, board_version::text AS board, access_version::text AS access FROM cohorts');
    return new Map(rows.map((r) => [r.id, { board: BigInt(r.board), access: BigInt(r.access) }]));
  }

  async role(cohortId: number, userId: number): Promise<Role | null> {
    return (await this.db.query<{ role: Role }>('SELECT role FROM memberships WHERE cohort_id = $1 AND user_id = $2', [cohortId, userId]))[0]?.role ?? null;
  }

  /** The cohorts a user belongs to, with their role in each. */
  async cohortsOf(userId: number): Promise<(Cohort & { role: Role })[]> {
    return this.db.query<Cohort & { role: Role }>(
      `SELECT c.id, c.slug, c.name, m.role FROM memberships m JOIN cohorts c ON c.id = m.cohort_id WHERE m.user_id = $1 ORDER BY c.slug`, [userId]);
  }

  // ── API tokens (stored as hashes) ─────────────────────────────────────

  async createToken(userId: number, cohortId: number, label = ''): Promise<{ id: number; token: string }> {
    const token = newSecret('wmh_');
    const rows = await this.db.query<{ id: number }>(
      'INSERT INTO tokens (user_id, cohort_id, hash, label, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id', [userId, cohortId, secretHash(token), label, this.now()]);
    return { id: rows[0]!.id, token };
  }

  async tokens(userId: number): Promise<TokenInfo[]> {
    const rows = await this.db.query<{ id: number; slug: string; label: string; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }>(
      `SELECT t.id, c.slug, t.label, t.created_at, t.last_used_at, t.revoked_at FROM tokens t JOIN cohorts c ON c.id = t.cohort_id WHERE t.user_id = $1 ORDER BY t.id`, [userId]);
    return rows.map((r) => ({ id: r.id, cohort: r.slug, label: r.label, createdAt: iso(r.created_at)!, lastUsedAt: iso(r.last_used_at), revokedAt: iso(r.revoked_at) }));
  }

  /** Revokes one of the user's tokens; false when they have none by that id. */
  async revokeToken(userId: number, tokenId: number): Promise<boolean> {
    // The token's cohort's access version moves in the same statement, so no hub process keeps
    // the token once it has seen the new version.
    const rows = await this.db.query(
      `WITH t AS (UPDATE tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING cohort_id)
       UPDATE cohorts SET access_version = access_version + 1 FROM t WHERE cohorts.id = t.cohort_id RETURNING cohorts.id`, [tokenId, userId, this.now()]);
    return rows.length > 0;
  }

  /** Who a token speaks for, or null for an unknown or revoked one. */
  async tokenPrincipal(token: string): Promise<Principal | null> {
    return (await this.tokenPrincipals([token])).get(token) ?? null;
  }

  /** Who each token speaks for, in one statement (unknown and revoked tokens are left out). */
  async tokenPrincipals(tokens: readonly string[]): Promise<Map<string, Principal>> {
    const byHash = new Map(tokens.map((t) => [secretHash(t), t]));
    // The token's cohort, the role in it and its versions come along: a request with a token
    // then needs no second query to know what it may see. "Last used" is kept to the minute, in
    // the same statement: a busy token does not write on every lookup, nor wait for a second trip.
    const now = this.now();
    const rows = await this.db.query<{ hash: string; tid: number; cohort_id: number; id: number; handle: string; name: string; slug: string; cname: string; board_version: string; access_version: string; role: Role | null }>(
      `WITH hit AS (
         SELECT t.hash, t.id AS tid, t.cohort_id, u.id, u.handle, u.name, t.last_used_at, c.slug, c.name AS cname, c.board_version::text AS board_version, c.access_version::text AS access_version, m.role
         FROM tokens t JOIN users u ON u.id = t.user_id JOIN cohorts c ON c.id = t.cohort_id
         LEFT JOIN memberships m ON m.cohort_id = t.cohort_id AND m.user_id = t.user_id
         WHERE t.hash = ANY($1::text[]) AND t.revoked_at IS NULL
       ), touch AS (
         UPDATE tokens SET last_used_at = $2 FROM hit WHERE tokens.id = hit.tid AND (hit.last_used_at IS NULL OR hit.last_used_at <= $3)
       ) SELECT * FROM hit`, [[...byHash.keys()], now, new Date(now.getTime() - 60_000)]);
    const out = new Map<string, Principal>();
    for (const r of rows) {
      out.set(byHash.get(r.hash)!, {
        user: { id: r.id, handle: r.handle, name: r.name }, cohortId: r.cohort_id, tokenId: r.tid, csrf: null,
        tokenCohort: { cohort: { id: r.cohort_id, slug: r.slug, name: r.cname }, role: r.role, boardVersion: r.board_version, accessVersion: r.access_version },
      });
    }
    return out;
  }

  // ── browser sessions and sign-in attempts ─────────────────────────────

  async createSession(userId: number, days = 14): Promise<{ cookie: string; csrf: string }> {
    const cookie = newSecret('');
    const csrf = newSecret('');
    const expires = new Date(this.now().getTime() + days * 86_400_000);
    await this.db.query('INSERT INTO web_sessions (hash, user_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [secretHash(cookie), userId, csrf, this.now(), expires]);
    return { cookie, csrf };
  }

  async sessionPrincipal(cookie: string): Promise<Principal | null> {
    const r = (await this.db.query<{ id: number; handle: string; name: string; csrf: string }>(
      `SELECT u.id, u.handle, u.name, s.csrf FROM web_sessions s JOIN users u ON u.id = s.user_id WHERE s.hash = $1 AND s.expires_at > $2`,
      [secretHash(cookie), this.now()]))[0];
    return r ? { user: { id: r.id, handle: r.handle, name: r.name }, cohortId: null, tokenId: null, csrf: r.csrf } : null;
  }

  async endSession(cookie: string): Promise<void> {
    await this.db.query('DELETE FROM web_sessions WHERE hash = $1', [secretHash(cookie)]);
  }

  /** Records a failed sign-in under `key` and returns how many there were in the last `windowMs`. */
  async failedLogin(key: string, windowMs: number): Promise<number> {
    const now = this.now();
    await this.db.query('DELETE FROM login_attempts WHERE at < $1', [new Date(now.getTime() - windowMs)]);
    await this.db.query('INSERT INTO login_attempts (key, at) VALUES ($1, $2)', [key, now]);
    return this.failedLogins(key, windowMs);
  }

  async failedLogins(key: string, windowMs: number): Promise<number> {
    const since = new Date(this.now().getTime() - windowMs);
    return (await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM login_attempts WHERE key = $1 AND at >= $2', [key, since]))[0]!.n;
  }

  // ── invites ───────────────────────────────────────────────────────────

  async createInvite(cohortId: number, role: Role, createdBy: number | null, opts: { days?: number; uses?: number } = {}): Promise<string> {
    const code = newSecret('wmi_');
    const expires = new Date(this.now().getTime() + (opts.days ?? 7) * 86_400_000);
    await this.db.query('INSERT INTO invites (hash, cohort_id, role, created_by, created_at, expires_at, uses_left) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [secretHash(code), cohortId, role, createdBy, this.now(), expires, opts.uses ?? 1]);
    return code;
  }

  /** The cohort and role an invite code is good for, or null when it is unknown, used up or expired. */
  async invite(code: string): Promise<{ cohort: Cohort; role: Role } | null> {
    const r = (await this.db.query<{ id: number; slug: string; name: string; role: Role }>(
      `SELECT c.id, c.slug, c.name, i.role FROM invites i JOIN cohorts c ON c.id = i.cohort_id WHERE i.hash = $1 AND i.uses_left > 0 AND i.expires_at > $2`,
      [secretHash(code), this.now()]))[0];
    return r ? { cohort: { id: r.id, slug: r.slug, name: r.name }, role: r.role } : null;
  }

  /**
   * Joins with an invite: a new person (handle, name, password hash) or one already signed in
   * (`existing`). One use of the code; null when the code is no good or the handle is taken.
   */
  async acceptInvite(code: string, who: { existing: User } | { handle: string; name: string; passwordHash: string }): Promise<{ user: User; cohort: Cohort; role: Role } | null> {
    const out = await this.db.transaction(async (tx) => {
      const inv = (await tx.query<{ cohort_id: number; role: Role }>(
        `UPDATE invites SET uses_left = uses_left - 1 WHERE hash = $1 AND uses_left > 0 AND expires_at > $2 RETURNING cohort_id, role`,
        [secretHash(code), this.now()]))[0];
      if (!inv) return null;
      let user: User;
      if ('existing' in who) user = who.existing;
      else {
        const created = (await tx.query<User>(
          'INSERT INTO users (handle, name, password_hash) VALUES ($1, $2, $3) ON CONFLICT (handle) DO NOTHING RETURNING id, handle, name', [who.handle, who.name, who.passwordHash]))[0];
        if (!created) throw new HandleTakenError(who.handle);
        user = created;
      }
      // Joining never lowers a role someone already has in the cohort.
      await tx.query(`INSERT INTO memberships (cohort_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (cohort_id, user_id) DO NOTHING`, [inv.cohort_id, user.id, inv.role]);
      await this.boardChanged(tx, inv.cohort_id, undefined, true);
      const cohort = (await tx.query<Cohort>('SELECT id, slug, name FROM cohorts WHERE id = $1', [inv.cohort_id]))[0]!;
      const role = (await tx.query<{ role: Role }>('SELECT role FROM memberships WHERE cohort_id = $1 AND user_id = $2', [inv.cohort_id, user.id]))[0]!.role;
      return { user, cohort, role };
    }).catch((err: unknown) => {
      if (err instanceof HandleTakenError) return null;
      throw err;
    });
    if (out) await this.notify({ cohort: out.cohort.id, what: 'members' });
    return out;
  }

  // ── what members push ─────────────────────────────────────────────────

  /** Stores a member's push. The same push twice changes nothing; events are kept by key. */
  async push(cohortId: number, userId: number, payload: PushPayload): Promise<PushResult> {
    const digest = pushDigest(payload);
    // One push per member at a time (the advisory lock): a second waits, then finds the first's
    // digest and changes nothing. Everything else is one statement: a push is three round trips.
    const result = await this.db.transaction(async (tx): Promise<PushResult> => {
      const prev = (await tx.query<{ digest: string }>('SELECT digest FROM snapshots WHERE cohort_id = $1 AND user_id = $2', [cohortId, userId]))[0];
      if (prev?.digest === digest) return { changed: false, items: payload.items.length, eventsAdded: 0 };
      // Only what changed is written: a push after ticking one box rewrites one item, not 200.
      // An id given twice keeps its first item, as it always has. (Items refer to the snapshot;
      // the check runs at the end of the statement, when both are in.)
      const added = await tx.query<{ n: number }>(
        `WITH snap AS (
           INSERT INTO snapshots (cohort_id, user_id, digest, summary, pushed_at) VALUES ($1, $2, $3, $4::jsonb, $5)
           ON CONFLICT (cohort_id, user_id) DO UPDATE SET digest = EXCLUDED.digest, summary = EXCLUDED.summary, pushed_at = EXCLUDED.pushed_at
         ), gone AS (
           DELETE FROM items WHERE cohort_id = $1 AND user_id = $2 AND item_id <> ALL($6::text[])
         ), kept AS (
           INSERT INTO items (cohort_id, user_id, item_id, data, pos)
           SELECT DISTINCT ON (e->>'id') $1::int, $2::int, e->>'id', e, n::int FROM jsonb_array_elements($7::jsonb) WITH ORDINALITY AS t(e, n) ORDER BY e->>'id', n
           ON CONFLICT (cohort_id, user_id, item_id) DO UPDATE SET data = EXCLUDED.data, pos = EXCLUDED.pos
           WHERE items.data IS DISTINCT FROM EXCLUDED.data OR items.pos <> EXCLUDED.pos
         ), ev AS (
           INSERT INTO events (cohort_id, user_id, key, at, data) SELECT $1, $2, e->>'key', e->>'at', e FROM jsonb_array_elements($8::jsonb) e
           ON CONFLICT DO NOTHING RETURNING 1
         ) SELECT count(*)::int AS n FROM ev`,
        [cohortId, userId, digest, JSON.stringify(payload.summary), this.now(), payload.items.map((i) => i.id), JSON.stringify(payload.items), JSON.stringify(payload.events)]);
      return { changed: true, items: payload.items.length, eventsAdded: added[0]!.n };
    }, [cohortId, userId]);
    // After the commit, in a statement of its own: inside the transaction the cohort's row would
    // stay locked until the commit came back, and every member's push would queue on it. A board
    // read between the two is newer than its version says, never older.
    if (result.changed) await this.boardChanged({ query: (sql, params) => this.db.write(sql, params) }, cohortId, { cohort: cohortId, what: 'push', user: String(userId) });
    return result;
  }

  /** The latest event the hub has from a member: a push sends only what came after. */
  async lastEventAt(cohortId: number, userId: number): Promise<string | null> {
    return (await this.db.query<{ at: string | null }>('SELECT max(at) AS at FROM events WHERE cohort_id = $1 AND user_id = $2', [cohortId, userId]))[0]?.at ?? null;
  }

  /**
   * A page of the cohort board: members by name with their latest summary, `limit` of them
   * after the member `after` (a handle; the page's `next` is the one to ask with next).
   */
  async board(cohortId: number, opts: { after?: string | null; limit?: number } = {}): Promise<BoardPage> {
    const limit = opts.limit ?? 1_000_000;
    const after = opts.after ?? null;
    // One statement, so the page, the total and the board version are of one moment: a cache
    // keeping the page by its version is never older than the version says.
    const rows = await this.db.query<Partial<BoardRow> & { version: string; total: number }>(
      `SELECT c.board_version::text AS version, (SELECT count(*)::int FROM memberships WHERE cohort_id = $1) AS total, p.*
       FROM cohorts c LEFT JOIN LATERAL (
         SELECT u.handle, u.name, m.role, s.summary, s.pushed_at
         FROM memberships m JOIN users u ON u.id = m.user_id
         LEFT JOIN snapshots s ON s.cohort_id = m.cohort_id AND s.user_id = m.user_id
         WHERE m.cohort_id = $1 AND ($2::text IS NULL OR (u.name, u.handle) > (SELECT name, handle FROM users WHERE handle = $2))
         ORDER BY u.name, u.handle LIMIT $3) p ON true
       WHERE c.id = $1 ORDER BY p.name, p.handle`, [cohortId, after, limit + 1]);
    const found = rows.filter((r): r is BoardRow & { version: string; total: number } => r.handle !== null && r.handle !== undefined);
    const members = found.slice(0, limit).map(boardMember);
    return { members, next: found.length > limit ? members.at(-1)!.handle : null, total: rows[0]?.total ?? 0, version: rows[0]?.version ?? '0' };
  }

  /** One member's line on the board, in full; null when they are not in the cohort. */
  async boardMember(cohortId: number, userId: number): Promise<BoardMember | null> {
    const r = (await this.db.query<BoardRow>(
      `SELECT u.handle, u.name, m.role, s.summary, s.pushed_at FROM memberships m JOIN users u ON u.id = m.user_id
       LEFT JOIN snapshots s ON s.cohort_id = m.cohort_id AND s.user_id = m.user_id WHERE m.cohort_id = $1 AND m.user_id = $2`, [cohortId, userId]))[0];
    return r ? boardMember(r) : null;
  }

  /** A member's pushed items, in the order pushed. */
  async items(cohortId: number, userId: number): Promise<HubItem[]> {
    const rows = await this.db.query<{ data: HubItem }>('SELECT data FROM items WHERE cohort_id = $1 AND user_id = $2 ORDER BY pos, item_id', [cohortId, userId]);
    return rows.map((r) => r.data);
  }

  async eventCount(cohortId: number, userId: number): Promise<number> {
    return (await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE cohort_id = $1 AND user_id = $2', [cohortId, userId]))[0]!.n;
  }

  // ── the reading schedule ──────────────────────────────────────────────

  async addSession(cohortId: number, s: Omit<ReadingSession, 'id'>): Promise<ReadingSession> {
    const r = (await this.db.query<ReadingSession>(
      'INSERT INTO reading_sessions (cohort_id, day, title, link, presenter) VALUES ($1, $2, $3, $4, $5) RETURNING id, day, title, link, presenter',
      [cohortId, s.day, s.title, s.link, s.presenter]))[0]!;
    await this.notify({ cohort: cohortId, what: 'schedule' });
    return r;
  }

  async sessions(cohortId: number): Promise<ReadingSession[]> {
    return this.db.query<ReadingSession>('SELECT id, day, title, link, presenter FROM reading_sessions WHERE cohort_id = $1 ORDER BY day, id', [cohortId]);
  }

  /**
   * Attendance and done-ness as members' pushes report them: a pushed item whose title is the
   * session's title (as `waymark pull` writes it, "… (presented by …)" after it) counts.
   */
  async attendance(cohortId: number): Promise<Map<number, Attendance[]>> {
    const rows = await this.db.query<{ id: number; handle: string; status: Attendance['status'] }>(
      `SELECT s.id, u.handle, i.data->>'status' AS status FROM reading_sessions s
       JOIN items i ON i.cohort_id = s.cohort_id AND lower(left(i.data->>'title', length(s.title))) = lower(s.title)
       JOIN users u ON u.id = i.user_id
       WHERE s.cohort_id = $1 ORDER BY s.id, u.handle`, [cohortId]);
    const out = new Map<number, Attendance[]>();
    for (const r of rows) {
      const list = out.get(r.id) ?? [];
      if (!list.some((a) => a.handle === r.handle)) list.push({ handle: r.handle, status: r.status });
      out.set(r.id, list);
    }
    return out;
  }

  async removeSession(cohortId: number, id: number): Promise<boolean> {
    const gone = await this.db.query('DELETE FROM reading_sessions WHERE cohort_id = $1 AND id = $2 RETURNING id', [cohortId, id]);
    if (gone.length) await this.notify({ cohort: cohortId, what: 'schedule' });
    return gone.length > 0;
  }

  // ── comments ──────────────────────────────────────────────────────────

  async addComment(cohortId: number, ownerId: number, itemId: string, authorId: number, body: string): Promise<Comment> {
    const id = (await this.db.query<{ id: number }>(
      'INSERT INTO comments (cohort_id, owner_id, item_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [cohortId, ownerId, itemId, authorId, body, this.now()]))[0]!.id;
    await this.notify({ cohort: cohortId, what: 'comment' });
    return (await this.commentsWhere(cohortId, 'c.id = $2', [id]))[0]!;
  }

  /** Comments on one item of a member's roadmap, oldest first. */
  async comments(cohortId: number, ownerId: number, itemId?: string): Promise<Comment[]> {
    return itemId === undefined
      ? this.commentsWhere(cohortId, 'c.owner_id = $2', [ownerId])
      : this.commentsWhere(cohortId, 'c.owner_id = $2 AND c.item_id = $3', [ownerId, itemId]);
  }

  /** Comments by others on the user's items that they have not seen yet. */
  async unseenComments(cohortId: number, userId: number): Promise<Comment[]> {
    return this.commentsWhere(cohortId,
      'c.owner_id = $2 AND c.author_id <> $2 AND c.id > coalesce((SELECT last_seen FROM comment_reads r WHERE r.cohort_id = c.cohort_id AND r.user_id = $2), 0)', [userId]);
  }

  /** Marks the user's comments seen up to `lastId`. */
  async markCommentsSeen(cohortId: number, userId: number, lastId: number): Promise<void> {
    await this.db.query(
      `INSERT INTO comment_reads (cohort_id, user_id, last_seen) VALUES ($1, $2, $3)
       ON CONFLICT (cohort_id, user_id) DO UPDATE SET last_seen = greatest(comment_reads.last_seen, EXCLUDED.last_seen)`, [cohortId, userId, lastId]);
  }

  private async commentsWhere(cohortId: number, where: string, params: unknown[]): Promise<Comment[]> {
    const rows = await this.db.query<{ id: number; owner: string; item_id: string; title: string | null; author: string; body: string; created_at: Date }>(
      `SELECT c.id, o.handle AS owner, c.item_id, i.data->>'title' AS title, a.handle AS author, c.body, c.created_at
       FROM comments c JOIN users o ON o.id = c.owner_id JOIN users a ON a.id = c.author_id
       LEFT JOIN items i ON i.cohort_id = c.cohort_id AND i.user_id = c.owner_id AND i.item_id = c.item_id
       WHERE c.cohort_id = $1 AND ${where} ORDER BY c.id`, [cohortId, ...params]);
    return rows.map((r) => ({ id: r.id, owner: r.owner, itemId: r.item_id, itemTitle: r.title, author: r.author, body: r.body, createdAt: iso(r.created_at)! }));
  }

  // ── live updates across processes ─────────────────────────────────────

  async notify(change: Change, q: Queryable = this.db): Promise<void> {
    await q.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(change)]);
  }

  /** Calls `fn` with every change any hub process on this database makes. */
  async onChange(fn: (c: Change) => void): Promise<() => Promise<void>> {
    return this.db.listen(CHANNEL, (payload) => {
      try {
        fn(JSON.parse(payload) as Change);
      } catch {
        // A payload this version cannot read is not for it.
      }
    });
  }
}

class HandleTakenError extends Error {
  override name = 'HandleTakenError';
  constructor(handle: string) {
    super(`the name "${handle}" is taken`);
  }
}

interface BoardRow {
  handle: string;
  name: string;
  role: Role;
  summary: BoardMember['summary'];
  pushed_at: Date | null;
}

const boardMember = (r: BoardRow): BoardMember => ({ handle: r.handle, name: r.name, role: r.role, summary: r.summary ?? null, pushedAt: iso(r.pushed_at) });

/** The same payload always has the same digest (its JSON, keys in the order built). */
export function pushDigest(payload: PushPayload): string {
  return createHash('sha256').update(JSON.stringify(payload)).digest('hex');
}
