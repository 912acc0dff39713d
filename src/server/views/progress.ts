// The progress page's data: burndown (remaining hours, planned vs actual) and velocity
// (hours finished and hours logged per week). Pure: the history's events come in.
// The tracking work's metrics module will own burndown and velocity; until it exports
// them, this derives both from the plan and the recorded events.
import type { TrackEvent } from '../../core/metrics/history.js';
import type { Roadmap } from '../../core/model/types.js';
import { addDays, fromDayNumber, mondayOf, toDayNumber, type Plan, type Work } from '../../core/plan/index.js';

/** Hours of work left at the end of `date` (today: now). */
export interface BurndownPoint {
  date: string;
  planned: number | null;
  actual: number | null;
}

export interface VelocityWeek {
  /** The week's Monday. */
  week: string;
  finishedHours: number;
  loggedHours: number;
}

export interface ProgressView {
  today: string;
  deadline: string | null;
  burndown: BurndownPoint[];
  velocity: VelocityWeek[];
  events: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function fractionOf(status: string | null, done: number | null, total: number | null): number {
  if (status === 'done' || status === 'skipped') return 1;
  if (done !== null && total) return Math.min(1, Math.max(0, done / total));
  return 0;
}

/** Hours of estimate an event finished (negative when it re-opened work). */
export function finishedHours(e: TrackEvent, work: Map<string, Work>): number {
  const w = work.get(e.itemId);
  if (!w || w.container) return 0;
  const hours = w.totalMinutes / 60;
  if (e.kind === 'status') {
    return hours * (fractionOf(e.toStatus, e.toDone, e.total) - fractionOf(e.fromStatus, e.fromDone, e.total));
  }
  if (e.kind === 'progress' && e.total) return hours * (((e.toDone ?? 0) - (e.fromDone ?? 0)) / e.total);
  return 0;
}

/**
 * @param history events not undone, oldest first
 * @param lookbackDays how far back the actual line starts when the history is short
 */
export function buildProgress(roadmap: Roadmap, plan: Plan, work: Map<string, Work>, history: TrackEvent[], today: string, lookbackDays = 28): ProgressView {
  void roadmap;
  let remainingMin = 0;
  for (const w of work.values()) if (!w.container) remainingMin += w.remainingMinutes;
  const remainingNow = remainingMin / 60;

  // Actual: walk back from today, adding back what each later day's events finished.
  const firstEventDay = history.length ? history.reduce((a, e) => (e.day < a ? e.day : a), today) : today;
  const start = [firstEventDay, addDays(today, -lookbackDays)].sort()[0]!;
  const finishedByDay = new Map<string, number>();
  for (const e of history) finishedByDay.set(e.day, (finishedByDay.get(e.day) ?? 0) + finishedHours(e, work));
  const actual = new Map<string, number>();
  let running = remainingNow;
  for (let d = today; d >= start; d = addDays(d, -1)) {
    actual.set(d, running);
    running += finishedByDay.get(d) ?? 0;
  }

  // Planned (end of each day): anchored where the actual line ends yesterday, then down by
  // each day's booked blocks, today's included.
  const planned = new Map<string, number>();
  const yesterday = addDays(today, -1);
  planned.set(yesterday, actual.get(yesterday) ?? remainingNow);
  let left = remainingNow;
  for (const day of plan.days) {
    if (day.date < today) continue;
    left -= day.blocks.reduce((a, b) => a + b.minutes, 0) / 60;
    planned.set(day.date, Math.max(0, left));
  }
  const lastPlanned = plan.days.length ? plan.days[plan.days.length - 1]!.date : today;
  const end = [lastPlanned, plan.settings.deadline ?? lastPlanned].sort().reverse()[0]!;

  const burndown: BurndownPoint[] = [];
  let lastPlan: number | null = null;
  for (let d = start; d <= end; d = addDays(d, 1)) {
    const p = planned.get(d);
    if (p !== undefined) lastPlan = p;
    const a = actual.get(d);
    burndown.push({ date: d, planned: d >= yesterday ? round1(lastPlan ?? remainingNow) : null, actual: a === undefined ? null : round1(a) });
  }

  const weeks = new Map<string, VelocityWeek>();
  const thisMonday = mondayOf(toDayNumber(today));
  for (let k = 7; k >= 0; k--) {
    const week = fromDayNumber(thisMonday - 7 * k);
    weeks.set(week, { week, finishedHours: 0, loggedHours: 0 });
  }
  for (const e of history) {
    const w = weeks.get(fromDayNumber(mondayOf(toDayNumber(e.day))));
    if (!w) continue;
    w.finishedHours += finishedHours(e, work);
    if (e.kind === 'log' && e.hours) w.loggedHours += e.hours;
  }
  const velocity = [...weeks.values()].map((w) => ({ ...w, finishedHours: round1(w.finishedHours), loggedHours: round1(w.loggedHours) }));

  return { today, deadline: plan.settings.deadline, burndown, velocity, events: history.length };
}
