// Where the person stands, in the numbers every view shows: the counts and hours per track,
// the time logged, the horizon and the verdict. One function, so `status`, the dashboard,
// the site and `export` cannot disagree. Pure: the history and today are passed in.
import type { Item } from '../model/types.js';
import { effectiveSettings, resolveWork, type PlanSettings, type Work } from '../plan/index.js';
import { addDays, diffDays } from '../plan/dates.js';
import type { ItemStart, TrackEvent } from './history.js';
import type { BurndownPoint, WeekVelocity } from './stats.js';
import { tally, type Tally } from './tracks.js';
import { verdict, type PaceInput, type Verdict } from './verdict.js';

export interface LoggedTime {
  /** Hours the notes record (org CLOCK lines, "spent 2h", a log table). */
  notesHours: number;
  /** Hours logged with `waymark log` or the dashboard. */
  historyHours: number;
  totalHours: number;
}

export interface Standing extends Tally {
  today: string;
  /** The horizon's last day (the planner's deadline), or null. */
  horizon: string | null;
  logged: LoggedTime;
  verdict: Verdict;
}

export interface StandingInput {
  items: readonly Item[];
  settings: PlanSettings;
  /** The history's events for these notes (none when there is no history yet). */
  events: readonly TrackEvent[];
  /** What the history says of the pace; see `paceFromStats`. */
  pace: PaceInput;
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

/** Time logged in the notes and in the history, added the same way in every view. */
export function loggedTime(items: readonly Item[], events: readonly TrackEvent[]): LoggedTime {
  const notes = items.reduce((s, i) => s + i.spentHours, 0);
  const history = events.reduce((s, e) => s + (e.kind === 'log' ? (e.hours ?? 0) : 0), 0);
  return { notesHours: r1(notes), historyHours: r1(history), totalHours: r1(notes + history) };
}

/**
 * The items with the hours logged in the history added to what the notes say was spent:
 * what the planner and every count of hours left work from. Copies; the notes' items stay.
 */
export function withLoggedHours(items: readonly Item[], events: readonly TrackEvent[]): Item[] {
  const logged = new Map<string, number>();
  for (const e of events) if (e.kind === 'log' && e.hours) logged.set(e.itemId, (logged.get(e.itemId) ?? 0) + e.hours);
  if (logged.size === 0) return [...items];
  return items.map((i) => {
    const add = logged.get(i.id);
    return add ? { ...i, spentHours: Math.round((i.spentHours + add) * 100) / 100 } : i;
  });
}

/** Each item's work as the planner resolves it (with the schedule slots it plans by). */
export function plannedWork(items: readonly Item[], settings: PlanSettings): Map<string, Work> {
  return resolveWork([...items], settings, effectiveSettings(items, settings).slots);
}

/** The first day the history knows of: its oldest event, or the day Waymark first saw an item. */
export function historyStart(events: readonly TrackEvent[], states: ReadonlyMap<string, ItemStart>): string | null {
  let first: string | null = null;
  for (const e of events) if (first === null || e.day < first) first = e.day;
  for (const s of states.values()) if (first === null || s.firstSeen < first) first = s.firstSeen;
  return first;
}

/**
 * The pace the history shows: estimated hours finished per week over the weeks of
 * `velocity` the history covers (at least one week), and how many days it covers.
 */
export function paceFromHistory(velocity: readonly WeekVelocity[], first: string | null, today: string): PaceInput {
  if (first === null || first > today || velocity.length === 0) return { historyDays: 0, hoursPerWeek: null };
  const windowStart = velocity[0]!.week > first ? velocity[0]!.week : first;
  const days = Math.max(7, diffDays(windowStart, today) + 1);
  const burned = velocity.reduce((s, w) => s + w.hoursBurned, 0);
  return { historyDays: diffDays(first, today) + 1, hoursPerWeek: r1((burned / days) * 7) };
}

/**
 * Every shared number at once. `work` may be given when the caller already resolved it
 * for the same items with logged hours added (the dashboard's snapshot has).
 * @example standing({ items, settings, events, pace: { historyDays: 0, hoursPerWeek: null } }).verdict.sentence
 */
export function standing(input: StandingInput, work?: ReadonlyMap<string, Work>): Standing {
  const w = work ?? plannedWork(withLoggedHours(input.items, input.events), input.settings);
  const t = tally(input.items, w);
  const today = input.settings.today;
  return {
    ...t,
    today,
    horizon: input.settings.deadline,
    logged: loggedTime(input.items, input.events),
    verdict: verdict({ today, settings: input.settings, remainingHours: t.work.remainingHours, pace: input.pace, backlogItems: t.work.backlogItems }),
  };
}

/**
 * A burndown whose forecast line is the verdict's: from the hours left today down to zero
 * on the forecast finish, so the chart ends where every view says the work ends. A finish
 * past the last day drawn (the horizon, when behind) extends the series to it, a point per
 * the series' own step, so the line is seen to reach zero rather than stop at the horizon.
 */
export function verdictBurndown(points: readonly BurndownPoint[], v: Verdict, today: string): BurndownPoint[] {
  const span = v.finish ? Math.max(1, diffDays(today, v.finish)) : null;
  const forecastOn = (day: string): number | null => (day < today || span === null ? null : r1(Math.max(0, v.remainingHours * (1 - diffDays(today, day) / span))));
  const out = points.map((p) => ({ ...p, forecast: forecastOn(p.day) }));
  const last = points.at(-1)?.day;
  if (!v.finish || !last || v.finish <= last) return out;
  const step = points.length > 1 ? Math.max(1, diffDays(points[0]!.day, points[1]!.day)) : 1;
  for (let day = addDays(last, step); day < v.finish; day = addDays(day, step)) out.push({ day, remaining: null, planned: null, forecast: forecastOn(day) });
  out.push({ day: v.finish, remaining: null, planned: null, forecast: 0 });
  return out;
}

/** The `summary` that `export --format json` and `/api/roadmap` add to the roadmap document. */
export type RoadmapSummary = Pick<Standing, 'today' | 'horizon' | 'counts' | 'work' | 'tracks' | 'logged' | 'verdict'>;

export function roadmapSummary(st: Standing): RoadmapSummary {
  const { today, horizon, counts, work, tracks, logged, verdict } = st;
  return { today, horizon, counts, work, tracks, logged, verdict };
}
