// "What would make it fit": for a late plan, tries the three levers a person has — drop the
// optional items, add hours per week, move the deadline — and proposes each one that works,
// checked by planning again rather than guessed from totals.
import type { Item } from '../model/types.js';
import type { Analysis } from './analyse.js';
import { hours } from './analyse.js';
import type { PlanSettings } from './settings.js';
import { weeklyHours } from './settings.js';
import { diffDays } from './dates.js';
import type { FitSuggestion, PlanTotals } from './types.js';

export type Replan = (items: Item[], settings: PlanSettings) => PlanTotals;

const MAX_EXTRA_HOURS_PER_WEEK = 80;

export function suggestFit(items: Item[], settings: PlanSettings, a: Analysis, replan: Replan): FitSuggestion[] {
  const out: FitSuggestion[] = [];
  const fits = (t: PlanTotals): boolean => t.lateItems === 0 && t.unscheduledMinutes === 0;

  const optional = a.items.filter((p) => p.optional && p.remainingMinutes > 0);
  if (optional.length > 0) {
    const ids = new Set(optional.map((p) => p.id));
    const without = items.filter((it) => !ids.has(it.id));
    if (fits(replan(without, settings))) {
      const h = hours(optional.reduce((s, p) => s + p.remainingMinutes, 0));
      out.push({ kind: 'drop-optional', value: Number(h), text: `drop the ${optional.length} optional item${optional.length === 1 ? '' : 's'}, ${h} h` });
    }
  }

  const base = weeklyHours(settings);
  // Hours past the deadline spread over the weeks before it: no smaller addition can fit.
  const weeks = settings.deadline ? Math.max(1, Math.ceil((diffDays(settings.start, settings.deadline) + 1) / 7)) : 1;
  const floor = Math.max(1, Math.ceil(a.totals.overMinutes / 60 / weeks));
  const extra = leastExtraHours(items, settings, replan, fits, floor);
  if (extra !== null) out.push({ kind: 'add-hours', value: extra, text: `add ${extra} h/week (${round1(base)} → ${round1(base + extra)} h/week)` });
  else if (optional.length > 0 && out.length === 0) {
    // Neither lever alone is enough: try both together.
    const ids = new Set(optional.map((p) => p.id));
    const both = leastExtraHours(items.filter((it) => !ids.has(it.id)), settings, replan, fits, 1);
    if (both !== null) {
      const h = hours(optional.reduce((s, p) => s + p.remainingMinutes, 0));
      out.push({ kind: 'add-hours', value: both, text: `drop the ${optional.length} optional item${optional.length === 1 ? '' : 's'} (${h} h) and add ${both} h/week (${round1(base)} → ${round1(base + both)} h/week)` });
    }
  }

  const lateDeadline = a.items.some((p) => p.late?.against === 'deadline');
  const lateDue = a.items.filter((p) => p.late?.against === 'due').length;
  if (settings.deadline && lateDeadline && a.totals.unscheduledMinutes === 0 && a.totals.finish) {
    const still = lateDue > 0 ? ` (${lateDue} item${lateDue === 1 ? '' : 's'} would still miss ${lateDue === 1 ? 'its' : 'their'} due date)` : '';
    out.push({ kind: 'move-deadline', value: a.totals.finish, text: `move the deadline to ${a.totals.finish}${still}` });
  }

  const latePinned = a.items.filter((p) => p.late && p.pinned && p.late.why.startsWith('pinned'));
  for (const p of latePinned) out.push({ kind: 'unpin', value: p.id, text: `unpin "${p.title}" (pinned to ${p.pinned}, due ${p.due ?? settings.deadline})` });
  return out;
}

/** The fewest whole hours a week to add for the plan to fit, or null when even 80 more do not. */
function leastExtraHours(items: Item[], settings: PlanSettings, replan: Replan, fits: (t: PlanTotals) => boolean, floor: number): number | null {
  const tryExtra = (x: number): boolean => fits(replan(items, withExtraHours(settings, x)));
  if (floor > MAX_EXTRA_HOURS_PER_WEEK) return null;
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
