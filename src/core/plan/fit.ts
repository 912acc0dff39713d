// "What would make it fit": for a late plan, tries the three levers a person has — drop the
// optional items, add hours per week, move the deadline — and proposes each one that works,
// checked by planning again rather than guessed from totals.
import type { Analysis, Lateness } from './analyse.js';
import { hours } from './analyse.js';
import type { Prepared } from './plan.js';
import type { PlanSettings } from './settings.js';
import { weeklyHours } from './settings.js';
import { diffDays } from './dates.js';
import type { FitSuggestion } from './types.js';

/** Books the same graph again with other work left (0 for what is dropped) or other settings. */
export type Replan = (remaining: Int32Array, settings: PlanSettings, skip?: Uint8Array) => Lateness;

const MAX_EXTRA_HOURS_PER_WEEK = 80;
/** Tracks tried one by one, and at most this many deferred together. */
const MAX_TRACKS = 4;

interface Drop {
  remaining: Int32Array;
  skip: Uint8Array;
  minutes: number;
}

export function suggestFit(p: Prepared, settings: PlanSettings, a: Analysis, replan: Replan): FitSuggestion[] {
  const out: FitSuggestion[] = [];
  const fits = (t: Lateness): boolean => t.lateItems === 0 && t.unscheduledMinutes === 0;
  const n = p.graph.items.length;
  const planned = a.totals.plannedMinutes;
  // With a deadline, a plan whose work exceeds the capacity before it cannot fit: no need to
  // book it again to know.
  const within = (minutes: number, extraPerWeek = 0): boolean => {
    if (!settings.deadline) return true;
    const weeks = Math.max(1, Math.ceil((diffDays(settings.start, settings.deadline) + 1) / 7));
    return minutes <= a.totals.capacityMinutes + extraPerWeek * 60 * weeks;
  };
  const drop = (pick: (i: number) => boolean): Drop => {
    const remaining = Int32Array.from(p.remaining);
    const skip = new Uint8Array(n);
    let minutes = 0;
    for (let i = 0; i < n; i++) {
      if (!pick(i)) continue;
      minutes += remaining[i]!;
      remaining[i] = 0;
      skip[i] = 1;
    }
    return { remaining, skip, minutes };
  };
  const fitsWithout = (d: Drop, s = settings): boolean => within(planned - d.minutes) && fits(replan(d.remaining, s, d.skip));

  const all = drop(() => false);
  // Late only against dates already past: no lever helps, each item's reason says so.
  if (fits(replan(all.remaining, settings, all.skip))) return out;

  const optional = drop((i) => p.graph.items[i]!.optional && p.remaining[i]! > 0);
  const optionalCount = optional.skip.reduce((x, y) => x + y, 0);
  if (optionalCount > 0 && fitsWithout(optional)) {
    const h = hours(optional.minutes);
    out.push({ kind: 'drop-optional', value: Number(h), text: `drop the ${optionalCount} optional item${optionalCount === 1 ? '' : 's'}, ${h} h` });
  }

  const base = weeklyHours(settings);
  // Hours past the deadline spread over the weeks before it: no smaller addition can fit.
  const weeks = settings.deadline ? Math.max(1, Math.ceil((diffDays(settings.start, settings.deadline) + 1) / 7)) : 1;
  const floor = Math.max(1, Math.ceil(a.totals.overMinutes / 60 / weeks));
  const extra = leastExtraHours(all, settings, replan, fits, floor, (x) => within(planned, x));
  if (extra !== null) out.push({ kind: 'add-hours', value: extra, text: `add ${extra} h/week (${round1(base)} → ${round1(base + extra)} h/week)` });
  else if (optionalCount > 0 && out.length === 0) {
    // Neither lever alone is enough: try both together.
    const both = leastExtraHours(optional, settings, replan, fits, 1, (x) => within(planned - optional.minutes, x));
    if (both !== null) {
      const h = hours(optional.minutes);
      out.push({ kind: 'add-hours', value: both, text: `drop the ${optionalCount} optional item${optionalCount === 1 ? '' : 's'} (${h} h) and add ${both} h/week (${round1(base)} → ${round1(base + both)} h/week)` });
    }
  }

  out.push(...deferTracks(p, a, fitsWithout, drop));

  const lateDeadline = a.items.some((x) => x.late?.against === 'deadline');
  const lateDue = a.items.filter((x) => x.late?.against === 'due').length;
  if (settings.deadline && lateDeadline && a.totals.unscheduledMinutes === 0 && a.totals.finish) {
    const still = lateDue > 0 ? ` (${lateDue} item${lateDue === 1 ? '' : 's'} would still miss ${lateDue === 1 ? 'its' : 'their'} due date)` : '';
    out.push({ kind: 'move-deadline', value: a.totals.finish, text: `move the deadline to ${a.totals.finish}${still}` });
  }

  const latePinned = a.items.filter((x) => x.late && x.pinned && x.late.why.startsWith('pinned'));
  for (const x of latePinned) out.push({ kind: 'unpin', value: x.id, text: `unpin "${x.title}" (pinned to ${x.pinned}, due ${x.due ?? settings.deadline})` });
  return out;
}

/**
 * Which tracks to drop or defer: each track that alone makes the plan fit, and when none
 * does, the fewest of those the plan books last that together do. Every answer is checked by
 * booking again; a plan of one track gets no such advice.
 */
function deferTracks(p: Prepared, a: Analysis, fitsWithout: (d: Drop) => boolean, drop: (pick: (i: number) => boolean) => Drop): FitSuggestion[] {
  const byTrack = new Map<string, { minutes: number; last: string }>();
  for (const x of a.items) {
    if (x.remainingMinutes <= 0) continue;
    const t = byTrack.get(x.track) ?? { minutes: 0, last: '' };
    t.minutes += x.remainingMinutes;
    if (x.finish && x.finish > t.last) t.last = x.finish;
    byTrack.set(x.track, t);
  }
  if (byTrack.size < 2) return [];
  const suggestion = (tracks: string[]): FitSuggestion => {
    const list = tracks.map((track) => ({ track, hours: Number(hours(byTrack.get(track)!.minutes)) }));
    const total = Number(hours(tracks.reduce((s, t) => s + byTrack.get(t)!.minutes, 0)));
    const names = list.map((t) => `"${t.track}" (${t.hours} h)`);
    const text = `defer ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`}`;
    return { kind: 'defer-track', value: total, text, tracks: list };
  };
  const without = (tracks: ReadonlySet<string>): boolean => fitsWithout(drop((i) => tracks.has(p.tracks[i]!)));

  // Alone: the smallest tracks (the least given up) and those the plan finishes last.
  const bySize = [...byTrack.keys()].sort((x, y) => byTrack.get(x)!.minutes - byTrack.get(y)!.minutes || (x < y ? -1 : 1));
  const byLast = [...byTrack.keys()].sort((x, y) => (byTrack.get(y)!.last < byTrack.get(x)!.last ? -1 : byTrack.get(y)!.last > byTrack.get(x)!.last ? 1 : 0));
  const tried = [...new Set([...bySize.slice(0, MAX_TRACKS / 2), ...byLast.slice(0, MAX_TRACKS / 2)])];
  const alone = tried.filter((t) => without(new Set([t]))).sort((x, y) => byTrack.get(x)!.minutes - byTrack.get(y)!.minutes);
  if (alone.length) return alone.slice(0, 2).map((t) => suggestion([t]));
  // Together: the tracks the plan finishes last, one more at a time.
  const chosen = new Set<string>();
  for (const t of byLast.slice(0, Math.min(MAX_TRACKS, byLast.length - 1))) {
    chosen.add(t);
    if (chosen.size > 1 && without(chosen)) return [suggestion([...chosen])];
  }
  return [];
}

/** The fewest whole hours a week to add for the plan to fit, or null when even 80 more do not. */
function leastExtraHours(d: Drop, settings: PlanSettings, replan: Replan, fits: (t: Lateness) => boolean, floor: number, possible: (x: number) => boolean): number | null {
  const tryExtra = (x: number): boolean => possible(x) && fits(replan(d.remaining, withExtraHours(settings, x), d.skip));
  if (floor > MAX_EXTRA_HOURS_PER_WEEK || !possible(MAX_EXTRA_HOURS_PER_WEEK)) return null;
  let hi = floor;
  while (hi <= MAX_EXTRA_HOURS_PER_WEEK && !tryExtra(hi)) hi *= 2;
  if (hi > MAX_EXTRA_HOURS_PER_WEEK) {
    if (!tryExtra(MAX_EXTRA_HOURS_PER_WEEK)) return null;
    hi = MAX_EXTRA_HOURS_PER_WEEK;
  }
  let lo = Math.max(floor - 1, Math.floor(hi / 2)); // does not fit (or is 0)
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (tryExtra(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Adds x hours a week, spread over the days that already have hours (Monday to Friday if none). */
export function withExtraHours(s: PlanSettings, x: number): PlanSettings {
  const days = s.weekMinutes.map((m, d) => (m > 0 ? d : -1)).filter((d) => d >= 0);
  const target = days.length ? days : [0, 1, 2, 3, 4];
  const add = Math.round(x * 60);
  const each = Math.floor(add / target.length);
  let rest = add - each * target.length;
  const weekMinutes = s.weekMinutes.map((m, d) => {
    if (!target.includes(d)) return m;
    const extra = rest > 0 ? 1 : 0;
    rest -= extra;
    return m + each + extra;
  });
  return { ...s, weekMinutes };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
