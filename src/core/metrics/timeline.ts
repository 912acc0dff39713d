// Replays the history to tell, for any day, how much of each item was finished: its
// status and progress as they stood then. Burndown, velocity and KPIs all read from here.
import type { Item, Status } from '../model/types.js';
import type { ItemStart, TrackEvent } from './history.js';

interface Step {
  day: string;
  status: Status | null;
  done: number | null;
  total: number | null;
}

export interface ItemTimeline {
  item: Item;
  /** The day the item entered the roadmap (scope added later appears later in a burndown). */
  since: string;
  /** Hours of work the item stands for. */
  hours: number;
  /** Status and progress when first seen, then each change in day order. */
  steps: Step[];
}

function fractionOf(status: Status, done: number | null, total: number | null, unit: string | null): number {
  if (status === 'done') return 1;
  if (done === null) return 0;
  const t = unit === 'percent' ? 100 : total;
  return t && t > 0 ? Math.max(0, Math.min(1, done / t)) : 0;
}

/** Builds each item's timeline from its first-seen state and its events. */
export function buildTimelines(
  items: readonly Item[], hours: (item: Item) => number, events: readonly TrackEvent[],
  states: ReadonlyMap<string, ItemStart>, today: string,
): ItemTimeline[] {
  const byItem = new Map<string, TrackEvent[]>();
  for (const e of events) {
    if (e.kind === 'log') continue;
    const list = byItem.get(e.itemId);
    if (list) list.push(e);
    else byItem.set(e.itemId, [e]);
  }
  return items.map((item) => {
    const st = states.get(item.id);
    const evs = (byItem.get(item.id) ?? []).slice().sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.at < b.at ? -1 : 1));
    const total = item.progress?.total ?? null;
    // Without a saved first state, the item stands as it is now from today (or its first event).
    const first: Step = st
      ? { day: st.firstSeen, status: st.firstStatus, done: st.firstDone, total: st.total ?? total }
      : evs.length
        ? { day: evs[0]!.day, status: evs[0]!.fromStatus ?? 'todo', done: evs[0]!.fromDone, total }
        : { day: today, status: item.status, done: item.progress?.done ?? null, total };
    const steps: Step[] = [first];
    for (const e of evs) {
      steps.push(e.kind === 'status'
        ? { day: e.day, status: e.toStatus, done: null, total: null }
        : { day: e.day, status: null, done: e.toDone, total: e.total });
    }
    const since = first.day < (evs[0]?.day ?? first.day) ? first.day : (evs[0]?.day ?? first.day);
    return { item, since, hours: Math.max(0, hours(item)), steps };
  });
}

/** The item's finished fraction and status at the end of `day`; null before it existed. */
export function stateOn(t: ItemTimeline, day: string): { status: Status; fraction: number } | null {
  if (day < t.since) return null;
  let status: Status = 'todo';
  let done: number | null = null;
  let total: number | null = t.item.progress?.total ?? null;
  for (const s of t.steps) {
    if (s.day > day) break;
    if (s.status) status = s.status;
    if (s.done !== null) done = s.done;
    if (s.total !== null) total = s.total;
  }
  return { status, fraction: fractionOf(status, done, total, t.item.progress?.unit ?? null) };
}

/** How finished the item was when it was first seen. */
function initialFraction(t: ItemTimeline): number {
  const s = t.steps[0]!;
  return fractionOf(s.status ?? 'todo', s.done, s.total ?? t.item.progress?.total ?? null, t.item.progress?.unit ?? null);
}

/** Hours of work still to do on `day` (skipped work drops out of scope). */
export function remainingOn(timelines: readonly ItemTimeline[], day: string): number {
  let sum = 0;
  for (const t of timelines) {
    const s = stateOn(t, day);
    if (!s || s.status === 'skipped') continue;
    sum += t.hours * (1 - s.fraction);
  }
  return sum;
}

/** Hours of work finished on `day` itself (done items and progress made that day). */
export function burnedOn(timelines: readonly ItemTimeline[], day: string, previous: string): number {
  let sum = 0;
  for (const t of timelines) {
    const now = stateOn(t, day);
    if (!now || now.status === 'skipped') continue;
    // An item first seen within the window starts from the state it was first seen in.
    const before = stateOn(t, previous)?.fraction ?? initialFraction(t);
    sum += t.hours * Math.max(0, now.fraction - before);
  }
  return sum;
}
