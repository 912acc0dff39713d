// Booking: pinned items first on their own dates, then every other item in the graph's order
// (an item the notes' own schedule puts in a week or on a day, "Week 2" › "Tuesday", from that day),
// each into the earliest open days after what it waits for (a serial schedule). Because an
// item's blocks depend only on items booked before it, less work on one item never moves
// anything booked ahead of it: the plan changes only as much as it must.
import { DayGrid } from './capacity.js';
import type { WorkGraph } from './order.js';
import type { PlanSettings } from './settings.js';

export interface Sitting {
  /** Offset from the plan's start. */
  day: number;
  minutes: number;
}

export interface Booking {
  grid: DayGrid;
  sittings: Sitting[][];
  /** Offset of the last sitting (or when a no-work item is reached); -1 when none. */
  finish: Int32Array;
  /** Offset of the first sitting; -1 when none. */
  first: Int32Array;
  /** Offset where the item could start once what it waits for was done; -1 when nothing held it. */
  ready: Int32Array;
  unscheduled: Int32Array;
}

export function book(graph: WorkGraph, remaining: Int32Array, settings: PlanSettings): Booking {
  const n = graph.items.length;
  const grid = new DayGrid(settings);
  const sittings: Sitting[][] = Array.from({ length: n }, () => []);
  const finish = new Int32Array(n).fill(-1);
  const first = new Int32Array(n).fill(-1);
  const ready = new Int32Array(n).fill(-1);
  const unscheduled = new Int32Array(n);
  const perDayCap = settings.maxItemMinutesPerDay > 0 ? Math.max(settings.maxItemMinutesPerDay, settings.minBlockMinutes) : Infinity;
  const minBlock = settings.minBlockMinutes;

  const place = (i: number, earliest: number): void => {
    let left = remaining[i]!;
    if (left <= 0) {
      finish[i] = earliest >= 0 ? earliest : -1;
      return;
    }
    let o = grid.nextOpen(Math.max(0, earliest));
    while (left > 0 && o < grid.length) {
      const free = grid.free[o]!;
      let take = Math.min(free, left, perDayCap);
      // Never leave a tail shorter than a minimum block: shorten this sitting instead.
      if (left - take > 0 && left - take < minBlock) take = left - minBlock;
      if (take < minBlock && take !== left) {
        // The rules cannot all hold: finish the item here if the day can hold it (the
        // per-item cap is a preference), or accept a short tail on an untouched day, so
        // that no item skips every day for ever.
        if (free >= left) take = left;
        else if (free === grid.capacity[o]) take = Math.min(free, left);
      }
      if (take >= minBlock || take === left) {
        grid.book(o, take);
        sittings[i]!.push({ day: o, minutes: take });
        if (first[i] === -1) first[i] = o;
        finish[i] = o;
        left -= take;
      }
      o = grid.nextOpen(o + 1);
    }
    unscheduled[i] = left;
  };

  const pinned = graph.order.filter((i) => graph.pinDay[i]! >= 0 && !graph.slotted[i]);
  pinned.sort((a, b) => graph.pinDay[a]! - graph.pinDay[b]! || graph.rank[a]! - graph.rank[b]!);
  // A pin in the past starts today; the report says so.
  for (const i of pinned) place(i, Math.max(0, graph.pinDay[i]! - grid.startDay));

  for (const i of graph.order) {
    let earliest = -1;
    for (const d of graph.deps[i]!) if (finish[d]! > earliest) earliest = finish[d]!;
    ready[i] = earliest;
    if (graph.pinDay[i]! < 0) place(i, earliest);
    // A slot in the notes' own schedule is not booked before its day; its day also ranks it
    // among dated work, so a due date that falls inside the schedule still gets its hours.
    else if (graph.slotted[i]) place(i, Math.max(earliest, graph.pinDay[i]! - grid.startDay));
  }
  return { grid, sittings, finish, first, ready, unscheduled };
}
