// The numbers people ask for, from the notes and the history: burndown against the plan,
// velocity over the last four weeks, a forecast finish against the horizon, the streak,
// time per section and a KPI line per goal section. Pure: `today` is passed in.
import type { Budget, Item } from '../model/types.js';
import { addDays, diffDays, fromDayNumber, mondayOf, toDayNumber } from '../plan/dates.js';
import type { ItemStart, TrackEvent } from './history.js';
import { loggedTime } from './standing.js';
import { burnedOn, buildTimelines, remainingOn, stateOn, type ItemTimeline } from './timeline.js';

export interface StatsInput {
  items: readonly Item[];
  /** Hours of work each item stands for (the planner's estimate; 0 for containers). */
  hours: (item: Item) => number;
  events: readonly TrackEvent[];
  states: ReadonlyMap<string, ItemStart>;
  budget: Budget;
  today: string;
  /** The horizon every view shows (the planner's deadline); without it, the budget's. */
  horizon?: string | null;
}

export interface BurndownPoint {
  day: string;
  /** Hours left at the end of the day (actual), null after today. */
  remaining: number | null;
  /** Hours the plan says should be left (a straight line to zero at the deadline), or null. */
  planned: number | null;
  /** The forecast at the current pace, from today on. */
  forecast: number | null;
}

export interface WeekVelocity {
  /** Monday of the week. */
  week: string;
  hoursLogged: number;
  itemsDone: number;
  /** Estimated hours of work finished (done items and progress). */
  hoursBurned: number;
}

export interface Forecast {
  /** Estimated hours finished per week, averaged over the weeks with history (up to 4). */
  hoursPerWeek: number;
  /**
   * The first day the pace is measured from: within the last four weeks, or the start of
   * the history when nothing was finished in them but something was before (a pause).
   */
  paceSince: string;
  remainingHours: number;
  /** Day the work runs out at this pace, or null with no pace yet. */
  finish: string | null;
  deadline: string | null;
  /** Days late (positive) or early (negative) against the deadline; null when either is unknown. */
  slackDays: number | null;
  verdict: 'on-track' | 'late' | 'no-pace' | 'no-deadline' | 'finished';
}

export interface SectionStats {
  section: string;
  items: number;
  done: number;
  hoursTotal: number;
  hoursDone: number;
  hoursLogged: number;
  /** Share of the section's hours that should be done today on a straight-line plan, or null. */
  expected: number | null;
}

export interface Streak {
  current: number;
  longest: number;
  /** The last day with any activity, or null. */
  lastActive: string | null;
}

export interface Stats {
  today: string;
  start: string;
  deadline: string | null;
  totalHours: number;
  remainingHours: number;
  burndown: BurndownPoint[];
  velocity: WeekVelocity[];
  forecast: Forecast;
  streak: Streak;
  sections: SectionStats[];
  /** Hours logged in all: the notes' (CLOCK lines, "spent 2h") and `waymark log`'s, as `loggedTime` adds them. */
  hoursLogged: number;
  events: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The day the plan started: the budget's start, else the first day anything was seen. */
function startOf(input: StatsInput, timelines: ItemTimeline[]): string {
  if (input.budget.start) return input.budget.start;
  let start = input.today;
  for (const t of timelines) if (t.since < start) start = t.since;
  for (const e of input.events) if (e.day < start) start = e.day;
  return start;
}

function deadlineOf(budget: Budget, start: string): string | null {
  if (budget.deadline) return budget.deadline;
  if (budget.weeks) return addDays(start, Math.round(budget.weeks * 7));
  return null;
}

/**
 * Computes every number `waymark stats` shows.
 * @example computeStats({ items, hours: (i) => i.estimate?.hours ?? 0, events, states, budget, today: '2026-11-22' })
 */
export function computeStats(input: StatsInput): Stats {
  const { today } = input;
  const timelines = buildTimelines(input.items, input.hours, input.events, input.states, today);
  const start = startOf(input, timelines);
  const deadline = input.horizon !== undefined ? input.horizon : deadlineOf(input.budget, start);
  const total = timelines.reduce((s, t) => s + (t.item.status === 'skipped' ? 0 : t.hours), 0);
  const remaining = remainingOn(timelines, today);

  const velocity = weeklyVelocity(input, timelines, today, start);
  const forecast = forecastOf(velocity, remaining, today, start, deadline, timelines);
  const burndown = burndownSeries(timelines, start, today, deadline, forecast);
  return {
    today, start, deadline, totalHours: r1(total), remainingHours: r1(remaining), burndown, velocity, forecast,
    streak: streakOf(input.events, today), sections: sectionStats(input, timelines, start, deadline),
    hoursLogged: loggedTime(input.items, input.events).totalHours,
    events: input.events.length,
  };
}

function weeklyVelocity(input: StatsInput, timelines: ItemTimeline[], today: string, start: string): WeekVelocity[] {
  const thisMonday = mondayOf(toDayNumber(today));
  const weeks: WeekVelocity[] = [];
  for (let w = 3; w >= 0; w--) {
    const monday = fromDayNumber(thisMonday - 7 * w);
    const sunday = addDays(monday, 6);
    const last = sunday < today ? sunday : today;
    if (last < start) { weeks.push({ week: monday, hoursLogged: 0, itemsDone: 0, hoursBurned: 0 }); continue; }
    let logged = 0;
    const doneIds = new Set<string>();
    for (const e of input.events) {
      if (e.day < monday || e.day > sunday) continue;
      if (e.kind === 'log') logged += e.hours ?? 0;
      if (e.kind === 'status' && e.toStatus === 'done') doneIds.add(e.itemId);
      if (e.kind === 'status' && e.fromStatus === 'done') doneIds.delete(e.itemId);
    }
    // The notes' own dated time (org CLOCK lines, a day's "spent 2h") counts in its week too.
    for (const i of input.items) for (const t of i.logged) if (t.date && t.date >= monday && t.date <= sunday) logged += t.hours;
    const from = addDays(monday, -1);
    weeks.push({ week: monday, hoursLogged: r1(logged), itemsDone: doneIds.size, hoursBurned: r1(burnedOn(timelines, last, from < start ? addDays(start, -1) : from)) });
  }
  return weeks;
}

function forecastOf(
  velocity: WeekVelocity[], remaining: number, today: string, start: string, deadline: string | null, timelines: ItemTimeline[],
): Forecast {
  // Average over the days the history covers in these four weeks (at least one week, so a
  // first good day does not promise the moon).
  let windowStart = velocity[0]!.week > start ? velocity[0]!.week : start;
  let burned = velocity.reduce((s, w) => s + w.hoursBurned, 0);
  if (burned <= 0 && windowStart > start) {
    // A pause after work done before (an imported past, say): the pace over the whole history.
    windowStart = start;
    burned = burnedOn(timelines, today, addDays(start, -1));
  }
  const days = Math.max(7, diffDays(windowStart, today) + 1);
  const perWeek = (burned / days) * 7;
  const base = { hoursPerWeek: r1(perWeek), paceSince: windowStart, remainingHours: r1(remaining), deadline };
  if (remaining <= 0.05) return { ...base, finish: today, slackDays: deadline ? diffDays(deadline, today) : null, verdict: 'finished' };
  if (perWeek <= 0) return { ...base, finish: null, slackDays: null, verdict: 'no-pace' };
  const finish = addDays(today, Math.ceil((remaining / perWeek) * 7));
  if (!deadline) return { ...base, finish, slackDays: null, verdict: 'no-deadline' };
  const slack = diffDays(deadline, finish);
  return { ...base, finish, slackDays: slack, verdict: slack <= 0 ? 'on-track' : 'late' };
}

function burndownSeries(timelines: ItemTimeline[], start: string, today: string, deadline: string | null, f: Forecast): BurndownPoint[] {
  const startRemaining = remainingOn(timelines, start);
  // Drawn up to the horizon (or four weeks ahead without one); the views carry it on to the
  // verdict's finish when that lies past it (verdictBurndown).
  const horizon = deadline ?? addDays(today, 28);
  const end = [today, horizon, f.finish && f.finish < horizon ? f.finish : null].filter((d): d is string => d !== null).sort().at(-1)!;
  // A long horizon is drawn a point per several days so the series stays readable.
  const span = diffDays(start, end);
  const step = Math.max(1, Math.ceil(span / 180));
  const planDays = deadline ? Math.max(1, diffDays(start, deadline)) : null;
  const todayRemaining = remainingOn(timelines, today);
  const points: BurndownPoint[] = [];
  for (let i = 0; ; i += step) {
    const day = i >= span ? end : addDays(start, i);
    const planned = planDays === null ? null : r1(Math.max(0, startRemaining * (1 - diffDays(start, day) / planDays)));
    let forecast: number | null = null;
    if (day >= today && f.finish && f.hoursPerWeek > 0) {
      forecast = r1(Math.max(0, todayRemaining - (f.hoursPerWeek / 7) * diffDays(today, day)));
    }
    points.push({ day, remaining: day <= today ? r1(remainingOn(timelines, day)) : null, planned, forecast });
    if (day === end) break;
    // Make sure today itself is a point.
    if (day < today && addDays(day, step) > today) points.push({ day: today, remaining: r1(todayRemaining), planned: planDays === null ? null : r1(Math.max(0, startRemaining * (1 - diffDays(start, today) / planDays))), forecast: f.finish ? r1(todayRemaining) : null });
  }
  return points.filter((p, i, a) => i === 0 || p.day !== a[i - 1]!.day).sort((a, b) => (a.day < b.day ? -1 : 1));
}

function streakOf(events: readonly TrackEvent[], today: string): Streak {
  const days = new Set(events.map((e) => e.day).filter((d) => d <= today));
  if (days.size === 0) return { current: 0, longest: 0, lastActive: null };
  const sorted = [...days].sort();
  let longest = 1;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = diffDays(sorted[i - 1]!, sorted[i]!) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  // A streak is alive through today even before today's first entry.
  let current = 0;
  let d = days.has(today) ? today : addDays(today, -1);
  while (days.has(d)) { current++; d = addDays(d, -1); }
  return { current, longest, lastActive: sorted.at(-1)! };
}

/**
 * The level of the section path that splits the roadmap into its goals: the shallowest
 * level with at least two distinct sections ("Week 1", "Week 2" under one document title).
 */
export function goalLevel(items: readonly Item[]): number {
  const maxDepth = items.reduce((m, i) => Math.max(m, i.path.length), 0);
  for (let k = 1; k <= maxDepth; k++) {
    const keys = new Set(items.filter((i) => i.path.length >= k).map((i) => i.path.slice(0, k).join('\u0000')));
    if (keys.size >= 2) return k;
  }
  return Math.max(1, maxDepth);
}

function sectionStats(input: StatsInput, timelines: ItemTimeline[], start: string, deadline: string | null): SectionStats[] {
  const level = goalLevel(input.items);
  const nameOf = (path: readonly string[]) => (path.length ? path.slice(0, level).at(-1)! : '(no section)');
  const bySection = new Map<string, SectionStats>();
  const get = (name: string) => {
    let s = bySection.get(name);
    if (!s) { s = { section: name, items: 0, done: 0, hoursTotal: 0, hoursDone: 0, hoursLogged: 0, expected: null }; bySection.set(name, s); }
    return s;
  };
  for (const t of timelines) {
    if (t.item.status === 'skipped' || t.item.kind === 'skill') continue;
    const s = get(nameOf(t.item.path));
    const now = stateOn(t, input.today);
    s.items++;
    if (t.item.status === 'done') s.done++;
    s.hoursTotal += t.hours;
    s.hoursDone += t.hours * (now?.fraction ?? (t.item.status === 'done' ? 1 : 0));
  }
  // Time logged: the notes' own (spentHours) and the history's, as every view adds them.
  for (const i of input.items) if (i.spentHours > 0) get(nameOf(i.path)).hoursLogged += i.spentHours;
  const pathOf = new Map(input.items.map((i) => [i.id, i.path]));
  for (const e of input.events) {
    if (e.kind !== 'log' || !e.hours) continue;
    const path = pathOf.get(e.itemId) ?? e.section.split(' › ');
    get(nameOf(path)).hoursLogged += e.hours;
  }
  const expected = deadline ? Math.max(0, Math.min(1, diffDays(start, input.today) / Math.max(1, diffDays(start, deadline)))) : null;
  return [...bySection.values()].map((s) => ({
    ...s, hoursTotal: r1(s.hoursTotal), hoursDone: r1(s.hoursDone), hoursLogged: r1(s.hoursLogged), expected,
  }));
}
