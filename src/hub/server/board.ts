// The cohort board as the API serves it: a page of members at a time (a line each, trimmed to
// what the board shows; one member in full on demand), an ETag from the cohort's board version
// so an unchanged board is a 304, and each page's JSON kept per version. The version lives in
// the database and is read with the caller's role on every request, so a cache here is never
// older than the database, whichever hub process made the change.
import type { HubStore } from '../store/store.js';
import type { BoardMember, Cohort } from '../store/types.js';
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

/** How many pages of one cohort a process keeps (the first few are what people open). */
const PAGES_KEPT = 32;

/** Board pages' JSON, per cohort, for the newest board version this process has seen. */
export class BoardCache {
  private readonly kept = new Map<number, { version: bigint; pages: Map<string, Promise<string>> }>();

  constructor(private readonly store: HubStore) {}

  json(cohort: Cohort, version: string, q: BoardQuery): Promise<string> {
    const v = BigInt(version);
    let entry = this.kept.get(cohort.id);
    if (!entry || entry.version < v) {
      entry = { version: v, pages: new Map() };
      this.kept.set(cohort.id, entry);
    }
    const make = (): Promise<string> => this.store.board(cohort.id, q).then((page) => JSON.stringify({
      cohort: { slug: cohort.slug, name: cohort.name }, version, ...page, members: page.members.map(boardLine),
    }));
    // A request that read an older version than one seen since is answered, not kept.
    if (entry.version > v) return make();
    const key = `${q.after ?? ''}|${q.limit}`;
    const hit = entry.pages.get(key);
    if (hit) return hit;
    const p = make();
    if (entry.pages.size < PAGES_KEPT) {
      entry.pages.set(key, p);
      p.catch(() => entry.pages.delete(key));
    }
    return p;
  }
}
