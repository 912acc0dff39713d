// Live updates: each hub process listens once on the database's NOTIFY channel and passes
// every change to the pages of that cohort it serves, so a push to one process shows on a
// board open on another.
import type { Change, HubStore } from '../store/store.js';

export class LiveChanges {
  private readonly subs = new Map<number, Set<(c: Change) => void>>();
  private readonly all = new Set<(c: Change) => void>();
  private stop: (() => Promise<void>) | null = null;

  private constructor() {}

  static async start(store: HubStore): Promise<LiveChanges> {
    const live = new LiveChanges();
    live.stop = await store.onChange((c) => {
      for (const fn of live.all) fn(c);
      for (const fn of live.subs.get(c.cohort) ?? []) fn(c);
    });
    return live;
  }

  /** Calls `fn` with the cohort's changes until the returned function is called. */
  subscribe(cohort: number, fn: (c: Change) => void): () => void {
    const set = this.subs.get(cohort) ?? new Set();
    set.add(fn);
    this.subs.set(cohort, set);
    return () => {
      set.delete(fn);
      if (set.size === 0) this.subs.delete(cohort);
    };
  }

  /** Calls `fn` with every cohort's changes (caches that must forget). */
  subscribeAll(fn: (c: Change) => void): () => void {
    this.all.add(fn);
    return () => this.all.delete(fn);
  }

  async close(): Promise<void> {
    this.all.clear();
    this.subs.clear();
    await this.stop?.();
  }
}
