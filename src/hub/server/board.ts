// The cohort board as the API serves it: a page of members at a time (a line each, trimmed to
// what the board shows; one member in full on demand), an ETag from the cohort's board version
// so an unchanged board is a 304, and each page's JSON kept while it holds (see BoardCache and
// fresh.ts for how long, and why no process serves a page older than that).
import type { HubStore } from '../store/store.js';
import type { BoardMember, Cohort } from '../store/types.js';
import type { CohortVersions } from './fresh.js';
import { HttpError } from '../../server/errors.js';
import { HANDLE } from './schemas.js';

/** Members on a board page unless `?limit=` says otherwise, and the most one page holds. */
export const BOARD_PAGE = 50;
export const BOARD_PAGE_MAX = 200;
/** Members on a page of the board in the browser. */
export const BOARD_PAGE_HTML = 100;
/** Tracks a board line lists; the member's own line (`/members/:m`) has them all. */
export const BOARD_TRACKS = 6;

export interface BoardQuery {
  after: string | null;
  limit: number;
}

/** `?after=HANDLE&limit=N`, checked. */
export function boardQuery(q: Record<string, string | undefined>, defaultLimit = BOARD_PAGE): BoardQuery {
  const after = q.after || null;
  if (after !== null && !HANDLE.test(after)) throw new HttpError(400, 'E_INVALID', `after: expected a member's handle, not ${JSON.stringify(after.slice(0, 60))}`);
  const raw = q.limit;
  const limit = raw === undefined ? defaultLimit : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > BOARD_PAGE_MAX) throw new HttpError(400, 'E_INVALID', `limit: expected a whole number from 1 to ${BOARD_PAGE_MAX}, not ${JSON.stringify(raw)}`);
  return { after, limit };
}

/** A member's board line: their summary with the first few tracks (and how many there are). */
export function boardLine(m: BoardMember): BoardMember & { tracksTotal?: number } {
  if (!m.summary || m.summary.tracks.length <= BOARD_TRACKS) return m;
  return { ...m, summary: { ...m.summary, tracks: m.summary.tracks.slice(0, BOARD_TRACKS) }, tracksTotal: m.summary.tracks.length };
}

/** The ETag of a board page: the cohort's board version (the page's query is in its URL). */
export const boardEtag = (version: string): string => `W/"board-${version}"`;

/** Whether an If-None-Match header names this ETag. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => t.trim() === '*' || t.trim() === etag || `W/${t.trim()}` === etag);
}

/** How many board pages a process keeps, over all cohorts (the first few are what people open). */
const PAGES_KEPT = 256;
/** A page is served for this long after its query was sent, even if the board moved since. */
export const BOARD_FRESH_MS = 200;
/** While a newer page is being read, the one before may still be served up to this age. */
export const BOARD_STALE_MS = 600;

/** A board page as served: its JSON's bytes, read at `version`, its query sent at `at`. */
export interface BoardPageBytes {
  body: Uint8Array<ArrayBuffer>;
  version: bigint;
  etag: string;
  at: number;
}

/**
 * Board pages' JSON, built once and served to every member who asks while it holds: while its
 * version is still the cohort's (CohortVersions: no older than POLL_TRUST_MS), else for
 * BOARD_FRESH_MS after its query was sent, or BOARD_STALE_MS while its successor is being
 * read. A busy board (a push every few milliseconds) is read from the database a few times a
 * second per page, not once per request, and a push made through any process is on every
 * process's pages within BOARD_STALE_MS (or POLL_TRUST_MS) plus one read.
 */
export class BoardCache {
  private readonly kept = new Map<string, { page: BoardPageBytes | null; next: Promise<BoardPageBytes> | null }>();

  constructor(private readonly store: HubStore, private readonly versions: CohortVersions, private readonly now: () => number = () => performance.now()) {}

  async page(cohort: Cohort, q: BoardQuery): Promise<BoardPageBytes> {
    const key = `${cohort.id}|${q.after ?? ''}|${q.limit}`;
    let slot = this.kept.get(key);
    if (!slot) {
      if (this.kept.size >= PAGES_KEPT) this.kept.clear();
      slot = { page: null, next: null };
      this.kept.set(key, slot);
    }
    const kept = slot.page;
    if (kept) {
      const age = this.now() - kept.at;
      if (age < BOARD_FRESH_MS) return kept;
      const v = await this.versions.get(cohort.id);
      if (v && v.board <= kept.version) return kept;
      // The board moved: read it anew, and meanwhile answer with the page before while it is
      // young enough, so no reader waits on the database (only one read is ever in flight).
      const next = this.read(slot, cohort, q);
      if (age < BOARD_STALE_MS) {
        next.catch(() => undefined);
        return kept;
      }
      return next;
    }
    return this.read(slot, cohort, q);
  }

  private read(slot: { page: BoardPageBytes | null; next: Promise<BoardPageBytes> | null }, cohort: Cohort, q: BoardQuery): Promise<BoardPageBytes> {
    slot.next ??= (async () => {
      const at = this.now();
      try {
        const page = await this.store.board(cohort.id, q);
        const json = JSON.stringify({ cohort: { slug: cohort.slug, name: cohort.name }, ...page, members: page.members.map(boardLine) });
        const made: BoardPageBytes = { body: new TextEncoder().encode(json), version: BigInt(page.version), etag: boardEtag(page.version), at };
        // A slower read that finishes after a newer one does not replace it.
        if (!slot.page || slot.page.at < at) slot.page = made;
        return made;
      } finally {
        slot.next = null;
      }
    })();
    return slot.next;
  }
}
