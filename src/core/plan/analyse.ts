// Turns a booking into the plan a person reads: blocks with times, each item's finish, and
// for every late item the reason, in words (pinned after its due date, waiting for another
// item, not enough hours, or more urgent work ahead of it).
import { formatClock, fromDayNumber, toDayNumber, weekdayIndex } from './dates.js';
import type { Work } from './estimates.js';
import type { WorkGraph } from './order.js';
import type { Booking } from './schedule.js';
import type { PlanSettings } from './settings.js';
import type { LateAgainst, PlanBlock, PlanDay, PlannedItem, PlanTotals, PlanWarning } from './types.js';

export const AT_RISK_DAYS = 2;

export interface Analysis {
  days: PlanDay[];
  items: PlannedItem[];
  totals: PlanTotals;
  warnings: PlanWarning[];
}

export function analyse(graph: WorkGraph, work: Work[], booking: Booking, settings: PlanSettings, tracks: readonly string[] = []): Analysis {
  const { grid, sittings, finish, first, ready, unscheduled } = booking;
  const n = graph.items.length;
  const dates: string[] = [];
  const date = (o: number): string => (dates[o] ??= fromDayNumber(grid.startDay + o));
  const sums = prefixSums(booking);
  const weekly = settings.weekMinutes.reduce((a, b) => a + b, 0);
  const deadlineOff = settings.deadline ? toDayNumber(settings.deadline) - grid.startDay : null;
  const warnings: PlanWarning[] = [...graph.warnings];

  // Blocks per day, in booking-rank order so a dependency's block comes first on a shared day.
  let last = -1;
  for (let i = 0; i < n; i++) if (finish[i]! > last && sittings[i]!.length) last = finish[i]!;
  const perDay: { i: number; minutes: number; seq: number }[][] = Array.from({ length: last + 1 }, () => []);
  for (let i = 0; i < n; i++) sittings[i]!.forEach((s, k) => perDay[s.day]!.push({ i, minutes: s.minutes, seq: k + 1 }));
  const days: PlanDay[] = [];
  for (let o = 0; o <= last; o++) {
    const list = perDay[o]!;
    if (list.length === 0 && grid.capacity[o] === 0) continue;
    list.sort((a, b) => graph.rank[a.i]! - graph.rank[b.i]!);
    // A late day start moves earlier rather than spill the day's blocks past midnight.
    const span = list.reduce((a, x) => a + x.minutes, 0) + settings.breakMinutes * Math.max(0, list.length - 1);
    let clock = Math.max(0, Math.min(settings.dayStart[weekdayIndex(grid.startDay + o)]!, 1440 - span));
    const blocks: PlanBlock[] = list.map(({ i, minutes, seq }) => {
      const b = { itemId: graph.items[i]!.id, date: date(o), start: formatClock(Math.min(clock, 1439)), minutes, seq };
      clock += minutes + settings.breakMinutes;
      return b;
    });
    days.push({ date: date(o), capacityMinutes: grid.capacity[o]!, blocks });
  }

  const items: PlannedItem[] = [];
  let lateItems = 0;
  let lateDays = 0;
  for (let i = 0; i < n; i++) {
    const it = graph.items[i]!;
    const w = work[i]!;
    const booked = sittings[i]!.reduce((a, s) => a + s.minutes, 0);
    const dueOff = graph.dueDay[i]! >= 0 ? graph.dueDay[i]! - grid.startDay : null;
    // A slot in the notes' schedule is where the item's work begins, not a promise of a date:
    // a full or hourless day moves it on without a warning.
    const slotted = graph.slotted[i] === 1;
    const pinOff = graph.pinDay[i]! >= 0 && !slotted ? graph.pinDay[i]! - grid.startDay : null;
    let limit: { off: number; against: LateAgainst } | null = null;
    if (dueOff !== null) limit = { off: dueOff, against: 'due' };
    if (deadlineOff !== null && (limit === null || deadlineOff < limit.off)) limit = { off: deadlineOff, against: 'deadline' };
    const f = finish[i]!;
    let late: PlannedItem['late'] = null;
    let atRisk = false;
    const notPlaced = unscheduled[i]! > 0
      ? weekly === 0
        ? `${hours(unscheduled[i]!)} h and no hours to plan into (0 h/week)`
        : `${hours(unscheduled[i]!)} h found no free day within ${Math.round(settings.maxPlanDays / 365)} years`
      : null;
    if (limit && (notPlaced || f > limit.off)) {
      const why = notPlaced ?? explain(i, limit, graph, booking, work, settings, sums);
      late = { against: limit.against, days: unscheduled[i]! > 0 ? 0 : f - limit.off, why };
      lateItems++;
      lateDays += late.days;
    } else if (limit && f >= 0 && limit.off - f <= AT_RISK_DAYS && w.remainingMinutes > 0 && !(slotted && f <= graph.pinDay[i]! - grid.startDay)) {
      // An item done on the day the notes' schedule gives it is on schedule, not at risk; an
      // item with no work of its own (a milestone, a block's output) is at risk only through its work.
      atRisk = true;
    }

    if (pinOff !== null && pinOff < 0 && w.remainingMinutes > 0) {
      warnings.push({ path: it.source.path, line: it.source.line, code: 'pin-in-past', message: `"${it.title}" is pinned to ${fromDayNumber(graph.pinDay[i]!)}, before the plan starts; booked from ${settings.start}` });
    } else if (pinOff !== null && first[i]! > pinOff) {
      const room = grid.capacity[pinOff] === 0 ? 'a day with no hours' : 'which has no room left';
      warnings.push({ path: it.source.path, line: it.source.line, code: 'pin-day-full', message: `"${it.title}" is pinned to ${fromDayNumber(graph.pinDay[i]!)}, ${room}; it starts ${date(first[i]!)}` });
    }
    if (pinOff !== null && first[i]! >= 0 && ready[i]! > first[i]!) {
      warnings.push({ path: it.source.path, line: it.source.line, code: 'pin-before-dependency', message: `"${it.title}" is pinned to ${date(first[i]!)}, before what it waits for is done (${date(ready[i]!)}); the pin is kept` });
    }
    items.push({
      id: it.id, title: it.title, kind: it.kind, optional: it.optional, priority: it.priority, basis: w.basis,
      totalMinutes: w.totalMinutes, remainingMinutes: w.remainingMinutes, bookedMinutes: booked,
      unscheduledMinutes: unscheduled[i]!, notPlaced, overrun: w.overrun, coveredBy: w.coveredBy ? (w.coveredBy.join(' › ') || it.source.path) : null,
      start: first[i]! >= 0 ? date(first[i]!) : null,
      finish: f >= 0 ? date(f) : null,
      pinned: graph.pinDay[i]! >= 0 && !slotted ? fromDayNumber(graph.pinDay[i]!) : null,
      slot: slotted ? fromDayNumber(graph.pinDay[i]!) : null,
      track: tracks[i] ?? it.source.path,
      due: graph.dueDay[i]! >= 0 ? fromDayNumber(graph.dueDay[i]!) : null,
      dependsOn: graph.deps[i]!.map((d) => graph.items[d]!.id),
      late, atRisk,
      source: { path: it.source.path, line: it.source.line },
    });
  }

  const planned = work.reduce((a, w) => a + w.remainingMinutes, 0);
  const unsched = unscheduled.reduce((a, b) => a + b, 0);
  let over = unsched;
  if (deadlineOff !== null) for (let o = Math.max(0, deadlineOff + 1); o <= last; o++) over += grid.capacity[o]! - grid.free[o]!;
  const totals: PlanTotals = {
    plannedMinutes: planned,
    bookedMinutes: planned - unsched,
    unscheduledMinutes: unsched,
    capacityMinutes: grid.capacityBetween(0, deadlineOff ?? last),
    overMinutes: over,
    finish: last >= 0 ? date(last) : null,
    lateItems,
    lateDays,
  };
  return { days, items, totals, warnings };
}

/** What a re-plan needs to know: is anything late or unplaced, and how much falls past the deadline. */
export interface Lateness {
  lateItems: number;
  unscheduledMinutes: number;
  overMinutes: number;
  finish: string | null;
}

/** The totals of a booking without the plan's days and explanations; `skip` marks dropped items. */
export function lateness(graph: WorkGraph, b: Booking, settings: PlanSettings, skip?: Uint8Array): Lateness {
  const deadlineOff = settings.deadline ? toDayNumber(settings.deadline) - b.grid.startDay : null;
  let lateItems = 0;
  let unscheduledMinutes = 0;
  let last = -1;
  for (let i = 0; i < graph.items.length; i++) {
    if (b.sittings[i]!.length && b.finish[i]! > last) last = b.finish[i]!;
    if (skip?.[i]) continue;
    unscheduledMinutes += b.unscheduled[i]!;
    let limit = graph.dueDay[i]! >= 0 ? graph.dueDay[i]! - b.grid.startDay : null;
    if (deadlineOff !== null && (limit === null || deadlineOff < limit)) limit = deadlineOff;
    // A date already past is missed whatever is changed: it does not decide what would fit.
    if (limit !== null && limit >= 0 && (b.unscheduled[i]! > 0 || b.finish[i]! > limit)) lateItems++;
  }
  let overMinutes = unscheduledMinutes;
  if (deadlineOff !== null) for (let o = Math.max(0, deadlineOff + 1); o <= last; o++) overMinutes += b.grid.capacity[o]! - b.grid.free[o]!;
  return { lateItems, unscheduledMinutes, overMinutes, finish: last >= 0 ? fromDayNumber(b.grid.startDay + last) : null };
}

interface Sums {
  /** capacity[o] summed over offsets < o, and booked minutes likewise. */
  capacity: Float64Array;
  booked: Float64Array;
}

function prefixSums(b: Booking): Sums {
  const n = b.grid.length;
  const capacity = new Float64Array(n + 1);
  const booked = new Float64Array(n + 1);
  for (let o = 0; o < n; o++) {
    capacity[o + 1] = capacity[o]! + b.grid.capacity[o]!;
    booked[o + 1] = booked[o]! + b.grid.capacity[o]! - b.grid.free[o]!;
  }
  return { capacity, booked };
}

function explain(i: number, limit: { off: number; against: LateAgainst }, graph: WorkGraph, b: Booking, work: Work[], s: PlanSettings, sums: Sums): string {
  const what = limit.against === 'due' ? 'its due date' : 'the deadline';
  const date = (o: number): string => fromDayNumber(b.grid.startDay + o);
  if (limit.off < 0) return `${what} (${date(limit.off)}) is already past`;
  const pin = graph.pinDay[i]!;
  if (pin >= 0 && pin - b.grid.startDay > limit.off) return graph.slotted[i] ? `its place in the notes' schedule (${fromDayNumber(pin)}) is after ${what}` : `pinned to ${fromDayNumber(pin)}, after ${what}`;
  if (b.ready[i]! >= limit.off) {
    const latest = (x: number): number => {
      let out = -1;
      for (const d of graph.deps[x]!) if (out < 0 || b.finish[d]! > b.finish[out]!) out = d;
      return out;
    };
    // A milestone or a box's shared item carries no work: name the work it waits for.
    let blocker = latest(i);
    for (let hop = 0; blocker >= 0 && work[blocker]!.remainingMinutes === 0 && hop < 1000; hop++) {
      const next = latest(blocker);
      if (next < 0) break;
      blocker = next;
    }
    if (blocker >= 0) return `waits for "${graph.items[blocker]!.title}", which finishes ${date(b.finish[blocker]!)}`;
  }
  const from = Math.max(0, b.ready[i]!);
  const need = work[i]!.remainingMinutes;
  const to = Math.min(limit.off, b.grid.length - 1) + 1;
  const capacity = to > from ? sums.capacity[to]! - sums.capacity[from]! : 0;
  if (need > capacity) return `needs ${hours(need)} h, but only ${hours(capacity)} h of capacity fall between ${date(from)} and ${what}`;
  const perDay = s.maxItemMinutesPerDay;
  if (perDay > 0 && Math.ceil(need / perDay) > limit.off - from + 1) return `needs ${Math.ceil(need / perDay)} days at ${hours(perDay)} h a day on one item`;
  let ahead = to > from ? sums.booked[to]! - sums.booked[from]! : 0;
  ahead -= b.sittings[i]!.filter((x) => x.day <= limit.off).reduce((a, x) => a + x.minutes, 0);
  return `${hours(ahead)} h of more urgent or earlier-listed work fill the days before ${what}`;
}

/** Minutes as hours with at most one decimal: 90 → "1.5". */
export function hours(minutes: number): string {
  return String(Math.round(minutes / 6) / 10);
}
