// What is due now: cards whose date has come, then new cards up to the day's allowance,
// most recently finished first (fresh work is what is being forgotten fastest).
import type { Item } from '../model/types.js';
import { cardKeysOf } from './cards.js';
import type { CardSpec, ReviewState } from './types.js';

export interface DueCard {
  spec: CardSpec;
  /** null for a card never reviewed. */
  state: ReviewState | null;
  /** ISO instant it became due (for a new card: `now`). */
  due: string;
  isNew: boolean;
}

export interface DueOptions {
  /** New cards allowed per day. */
  newPerDay: number;
  /** Start of the person's day: new cards first reviewed since then use up the allowance. */
  dayStart: Date;
  /**
   * Cards due before this instant count as due (default `now`). Pass the start of tomorrow so
   * that a card due "tomorrow" is due all that day, not from the minute of yesterday's answer.
   */
  dueBy?: Date;
}

export interface DueQueue {
  due: DueCard[];
  /** Cards that are due but wait for the new-card allowance of later days. */
  newWaiting: number;
  /** Earliest due instant among cards not due yet, or null. */
  nextDue: string | null;
}

/**
 * Orders the due cards: overdue reviews first (oldest due first), then new cards.
 * @example dueQueue(cardsFromRoadmap(roadmap), states, now, { newPerDay: 20, dayStart })
 */
export function dueQueue(specs: CardSpec[], states: ReadonlyMap<string, ReviewState>, now: Date, opts: DueOptions): DueQueue {
  const at = now.getTime();
  const by = opts.dueBy?.getTime() ?? at;
  const since = opts.dayStart.getTime();
  const reviews: DueCard[] = [];
  const fresh: DueCard[] = [];
  let nextDue: number | null = null;
  let newToday = 0;
  for (const s of states.values()) if (s.firstReview && Date.parse(s.firstReview) >= since) newToday++;
  // (One string for every new card's due instant: made once, not once a card.)
  const nowIso = now.toISOString();
  for (const spec of specs) {
    const state = states.get(spec.key) ?? null;
    if (!state) {
      fresh.push({ spec, state, due: nowIso, isNew: true });
      continue;
    }
    const due = Date.parse(state.due);
    if (due <= at || due < by) reviews.push({ spec, state, due: state.due, isNew: false });
    else if (nextDue === null || due < nextDue) nextDue = due;
  }
  reviews.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  // Most recently finished first, undated work after dated; within that, the first unit of
  // every item before the second of any, so one book's twelve chapters do not come in a row.
  const allowance = Math.max(0, opts.newPerDay - newToday);
  const admitted = firstInOrder(fresh.map((c, i) => ({ c, i })), allowance, (a, b) => {
    const fa = a.c.spec.finished ?? '';
    const fb = b.c.spec.finished ?? '';
    if (fa !== fb) return fa < fb ? 1 : -1;
    const ua = a.c.spec.unit?.index ?? 1;
    const ub = b.c.spec.unit?.index ?? 1;
    return ua !== ub ? ua - ub : a.i - b.i;
  }).map((x) => x.c);
  return {
    due: [...reviews, ...admitted],
    newWaiting: fresh.length - admitted.length,
    nextDue: nextDue === null ? null : new Date(nextDue).toISOString(),
  };
}

/** What `waymark status` says of the due queue: dueQueue's numbers, without the cards. */
export interface DueCounts {
  /** dueQueue's `due.length`. */
  due: number;
  /** How many of those are new. */
  fresh: number;
  newWaiting: number;
  nextDue: string | null;
}

/**
 * dueQueue(cardsFromRoadmap({ items }), states, now, opts) counted: the same numbers, from the
 * cards' keys alone (none made when there are no states: every card is new then).
 */
export function dueCounts(items: readonly Item[], states: ReadonlyMap<string, ReviewState>, now: Date, opts: DueOptions): DueCounts {
  const at = now.getTime();
  const by = opts.dueBy?.getTime() ?? at;
  const since = opts.dayStart.getTime();
  let reviews = 0;
  let fresh = 0;
  let nextDue: number | null = null;
  let newToday = 0;
  for (const s of states.values()) if (s.firstReview && Date.parse(s.firstReview) >= since) newToday++;
  const keys: string[] | null = states.size ? [] : null;
  for (const item of items) {
    const n = cardKeysOf(item, keys);
    if (!keys) {
      fresh += n;
      continue;
    }
    for (const key of keys) {
      const state = states.get(key);
      if (!state) {
        fresh++;
        continue;
      }
      const due = Date.parse(state.due);
      if (due <= at || due < by) reviews++;
      else if (nextDue === null || due < nextDue) nextDue = due;
    }
    keys.length = 0;
  }
  const allowance = Math.max(0, opts.newPerDay - newToday);
  // (As firstInOrder admits them: all when they fit, else the allowance cut to a whole number.)
  const admitted = allowance >= fresh ? fresh : Math.trunc(allowance) > 0 ? Math.trunc(allowance) : 0;
  return { due: reviews + admitted, fresh: admitted, newWaiting: fresh - admitted, nextDue: nextDue === null ? null : new Date(nextDue).toISOString() };
}

/**
 * The first `k` of `xs` as sorting them by `cmp` would put them, for an order that ties nothing
 * (the new cards' order ends on their place): the day's twenty or so new cards out of
 * thousands are kept aside as they come, rather than all of them sorted.
 */
export function firstInOrder<T>(xs: readonly T[], k: number, cmp: (a: T, b: T) => number): T[] {
  if (k >= xs.length) return [...xs].sort(cmp);
  // (As slice would take it: a fraction cut off, NaN none.)
  const n = Math.trunc(k);
  const best: T[] = [];
  if (!(n > 0)) return best;
  for (const x of xs) {
    if (best.length === n && cmp(x, best[n - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(best[mid]!, x) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, x);
    if (best.length > n) best.pop();
  }
  return best;
}
