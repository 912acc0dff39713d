// How a hub process answers most requests without asking the database, and stays right when
// another process changes something. The database keeps, per cohort, a board version (moved by
// every push, role or member change) and an access version (moved when a token is revoked, a
// role set, someone joins). A process reads both for every cohort in one small query a few
// times a second, whatever the number of requests (`CohortVersions`), and keeps:
//   - the tokens it has checked, while their cohort's access version has not moved;
//   - board pages, while their board version is still the cohort's, or for a moment after.
// Nothing rests on LISTEN/NOTIFY arriving: a process that misses one is as right, as soon.
// Each bound below is what keeps a stale answer under the 1 s.
import type { HubStore } from '../store/store.js';
import type { Principal } from '../store/types.js';

/** Versions newer than this (since their query was sent) are fresh: no poll is started. */
export const POLL_EVERY_MS = 150;
/** Versions older than this are not trusted: a request waits for a new poll. */
export const POLL_TRUST_MS = 500;
/** A checked token is checked again after this, whatever the versions say (its "last used" too). */
export const TOKEN_KEEP_MS = 60_000;
/** How many checked tokens a process keeps (each is a few hundred bytes). */
const TOKENS_KEPT = 100_000;

export interface Versions {
  board: bigint;
  access: bigint;
}

/** Every cohort's versions as of a recent poll; one poll at a time, started by requests. */
export class CohortVersions {
  private seen = new Map<number, Versions>();
  /** When the newest answered poll's query was sent (performance.now()); -Infinity before one. */
  private sentAt = -Infinity;
  private inFlight: Promise<void> | null = null;

  constructor(private readonly store: HubStore, private readonly now: () => number = () => performance.now()) {}

  /** The cohort's versions, no older than POLL_TRUST_MS; null for a cohort that does not exist. */
  async get(cohortId: number): Promise<Versions | null> {
    const age = this.now() - this.sentAt;
    if (age >= POLL_EVERY_MS) {
      const poll = this.poll();
      if (age >= POLL_TRUST_MS) await poll;
    }
    return this.seen.get(cohortId) ?? null;
  }

  private poll(): Promise<void> {
    this.inFlight ??= (async () => {
      const sent = this.now();
      try {
        this.seen = await this.store.cohortVersions();
        this.sentAt = sent;
      } finally {
        this.inFlight = null;
      }
    })();
    return this.inFlight;
  }
}

/**
 * Tokens this process has checked against the database, by their text. An entry holds while its
 * cohort's access version is the one read with the token (or older), and for TOKEN_KEEP_MS at
 * most; unknown and revoked tokens are never kept, so each of those asks the database. Tokens
 * asked for while a lookup is out go in one statement together when it is back: when a process
 * starts and 500 members arrive at once, that is a few statements, not 500 queued on the pool.
 */
export class TokenCache {
  private readonly kept = new Map<string, { p: Principal; access: bigint; at: number }>();
  private waiting = new Map<string, { resolve: (p: Principal | null) => void; reject: (e: unknown) => void }[]>();
  private looking = false;

  constructor(private readonly store: Pick<HubStore, 'tokenPrincipals'>, private readonly versions: CohortVersions, private readonly now: () => number = () => performance.now()) {}

  async principal(token: string): Promise<Principal | null> {
    const hit = this.kept.get(token);
    if (hit) {
      const v = await this.versions.get(hit.p.cohortId!);
      if (v && v.access <= hit.access && this.now() - hit.at < TOKEN_KEEP_MS) return hit.p;
      this.kept.delete(token);
    }
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(token) ?? [];
      list.push({ resolve, reject });
      this.waiting.set(token, list);
      if (!this.looking) void this.lookUp();
    });
  }

  /** Looks up every token waiting, then the ones that came meanwhile, until none wait. */
  private async lookUp(): Promise<void> {
    this.looking = true;
    while (this.waiting.size) {
      const batch = this.waiting;
      this.waiting = new Map();
      const at = this.now();
      try {
        const found = await this.store.tokenPrincipals([...batch.keys()]);
        for (const [token, ps] of batch) {
          const p = found.get(token) ?? null;
          if (p?.tokenCohort && p.cohortId !== null) {
            if (this.kept.size >= TOKENS_KEPT) this.kept.clear();
            this.kept.set(token, { p, access: BigInt(p.tokenCohort.accessVersion), at });
          }
          for (const w of ps) w.resolve(p);
        }
      } catch (err) {
        for (const ps of batch.values()) for (const w of ps) w.reject(err);
      }
    }
    this.looking = false;
  }

  /** Forgets every kept token at once (one was revoked through this process). */
  forgetAll(): void {
    this.kept.clear();
  }
}
