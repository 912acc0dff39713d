// The one forecast every view shows: when the work left ends at the planned hours, against
// the horizon, and the sentence that says how far behind (or ahead) that is and what would
// make it fit. `status`, `stats`, the dashboard and the site all print `verdict().sentence`.
import type { PlanSettings } from '../plan/settings.js';
import { diffDays, fromDayNumber, toDayNumber, weekdayIndex } from '../plan/dates.js';

/** Fewer days of history than this give no pace of one's own: a first good day promises the moon. */
export const MIN_HISTORY_DAYS = 14;

export type VerdictState = 'finished' | 'on-track' | 'behind' | 'no-horizon' | 'no-hours';

/** What the history says of the person's own pace. */
export interface PaceInput {
  /** Days from the first day in the history to today, counting both; 0 with no history. */
  historyDays: number;
  /** Estimated hours finished per week over the last four weeks, or null with no history. */
  hoursPerWeek: number | null;
}

export interface Pace {
  historyDays: number;
  /** The pace, or null while the history is shorter than MIN_HISTORY_DAYS. */
  hoursPerWeek: number | null;
  /** "your pace over the last 4 weeks: 6.2 h/week …" or "not enough history yet: 2 days". */
  note: string;
}

export interface Verdict {
  state: VerdictState;
  remainingHours: number;
  /** The planned hours a week the forecast runs at. */
  hoursPerWeek: number;
  /** The day the work left ends at those hours; null when none is planned or it takes over 10 years. */
  finish: string | null;
  /** The horizon's last day, or null when nothing sets one. */
  horizon: string | null;
  /** Weeks the finish lies after the horizon (negative: to spare); null without both. */
  weeksLate: number | null;
  /** Hours to drop or defer, and hours a week to add, for the work to end by the horizon. */
  dropHours: number | null;
  addHoursPerWeek: number | null;
  /** The one sentence every view shows. */
  sentence: string;
  pace: Pace;
  /** "3 items wait in the backlog …": work the planner does not book, outside this forecast; null with none. */
  backlog: string | null;
}

export interface VerdictInput {
  today: string;
  settings: Pick<PlanSettings, 'start' | 'deadline' | 'weekMinutes' | 'daysOff' | 'maxPlanDays'>;
  remainingHours: number;
  pace: PaceInput;
  /** Open items the planner leaves in the backlog (no estimate, date or place); 0 by default. */
  backlogItems?: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2027-10-01' → '1 Oct 2027': how every view names a forecast or horizon day. */
export function verdictDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

const r1 = (n: number): number => Math.round(n * 10) / 10;
/** Hours as people say them: 7.5 h, 410 h, 22,803 h. */
const h = (n: number): string => `${n >= 100 ? Math.round(n).toLocaleString('en-US') : r1(n)} h`;
const weeks = (n: number): string => `${r1(n)} week${r1(n) === 1 ? '' : 's'}`;

/** Minutes of capacity on each day from `from` (inclusive), days off excluded. */
function capacity(settings: VerdictInput['settings']): (day: number) => number {
  const off = new Set(settings.daysOff.map(toDayNumber));
  return (day) => (off.has(day) ? 0 : settings.weekMinutes[weekdayIndex(day)] ?? 0);
}

/** The first day work can be planned: today, or the plan's later start. */
function firstDay(input: VerdictInput): number {
  return Math.max(toDayNumber(input.today), toDayNumber(input.settings.start));
}

/**
 * The day the work left ends when each day gets its planned hours (days off get none);
 * null when no hours are planned or it would take longer than the planner looks ahead.
 * @example forecastFinish({ today: '2026-12-04', settings, remainingHours: 70, pace }) // 10 h/week → '2027-02-12'
 */
export function forecastFinish(input: VerdictInput): string | null {
  let left = Math.round(input.remainingHours * 60);
  const start = firstDay(input);
  if (left <= 0) return input.today;
  const cap = capacity(input.settings);
  for (let d = start; d < start + input.settings.maxPlanDays; d++) {
    left -= cap(d);
    if (left <= 0) return fromDayNumber(d);
  }
  return null;
}

/** Planned hours from the first day to the horizon, inclusive. */
function hoursUntil(input: VerdictInput, horizon: string): number {
  const cap = capacity(input.settings);
  let m = 0;
  for (let d = firstDay(input), end = toDayNumber(horizon); d <= end; d++) m += cap(d);
  return m / 60;
}

/** The pace the history shows, or why there is none yet. */
export function paceOf(p: PaceInput, plannedPerWeek: number): Pace {
  if (p.historyDays === 0 || p.hoursPerWeek === null) return { historyDays: 0, hoursPerWeek: null, note: 'no history yet: check items off and your own pace appears' };
  if (p.historyDays < MIN_HISTORY_DAYS) {
    return { historyDays: p.historyDays, hoursPerWeek: null, note: `not enough history yet: ${p.historyDays} day${p.historyDays === 1 ? '' : 's'} (a pace needs ${MIN_HISTORY_DAYS})` };
  }
  const own = r1(p.hoursPerWeek);
  const span = p.historyDays >= 28 ? 'the last 4 weeks' : `the last ${p.historyDays} days`;
  const vs = own < plannedPerWeek * 0.8 ? `, below the ${r1(plannedPerWeek)} h/week planned` : own > plannedPerWeek * 1.2 ? `, above the ${r1(plannedPerWeek)} h/week planned` : '';
  return { historyDays: p.historyDays, hoursPerWeek: own, note: `your pace over ${span}: ${own} h/week of estimated work finished${vs}` };
}

/**
 * Where the work left leads at the planned hours, against the horizon, in one sentence.
 * @example verdict({ today, settings, remainingHours: 1500, pace }).sentence
 * // "Behind by 33 weeks: at 35 h/week the work left ends on 1 Oct 2027, after your horizon of 14 Jan 2027. Drop or defer 410 h, or add 12 h/week."
 */
export function verdict(input: VerdictInput): Verdict {
  const perWeek = r1(input.settings.weekMinutes.reduce((a, b) => a + b, 0) / 60);
  const remaining = r1(Math.max(0, input.remainingHours));
  const horizon = input.settings.deadline;
  const pace = paceOf(input.pace, perWeek);
  const n = input.backlogItems ?? 0;
  const backlog = n > 0 ? `${n} item${n === 1 ? ' waits' : 's wait'} in the backlog (no estimate, date or place in a schedule), outside this forecast` : null;
  const base = { remainingHours: remaining, hoursPerWeek: perWeek, horizon, pace, backlog };
  const by = horizon ? `your horizon of ${verdictDay(horizon)}` : '';
  if (remaining <= 0.05) {
    return { ...base, state: 'finished', finish: input.today, weeksLate: null, dropHours: null, addHoursPerWeek: null, sentence: `All planned work is done${horizon ? `, before ${by}` : ''}.` };
  }
  const finish = perWeek > 0 ? forecastFinish(input) : null;
  const ends = finish ? `at ${perWeek} h/week the work left ends on ${verdictDay(finish)}` : perWeek > 0 ? `at ${perWeek} h/week the ${h(remaining)} left take more than 10 years` : '';
  if (perWeek <= 0) {
    return { ...base, state: 'no-hours', finish: null, weeksLate: null, dropHours: null, addHoursPerWeek: null, sentence: `No hours planned: set hoursPerWeek in waymark.json and a finish date appears. ${h(remaining)} left.` };
  }
  if (!horizon) {
    return { ...base, state: 'no-horizon', finish, weeksLate: null, dropHours: null, addHoursPerWeek: null, sentence: `No horizon set: ${ends}${finish ? ` (${h(remaining)})` : ''}.` };
  }
  const available = horizon >= input.today ? hoursUntil(input, horizon) : 0;
  const weeksLate = finish ? r1(diffDays(horizon, finish) / 7) : null;
  if (remaining <= available + 0.05) {
    const spare = -(weeksLate ?? 0);
    const lead = spare >= 0.1 ? `On track with ${weeks(spare)} to spare` : 'On track, with no time to spare';
    return { ...base, state: 'on-track', finish, weeksLate, dropHours: 0, addHoursPerWeek: 0, sentence: `${lead}: ${ends}, before ${by}.` };
  }
  const drop = Math.ceil(remaining - available);
  const weeksLeft = (toDayNumber(horizon) - firstDay(input) + 1) / 7;
  if (weeksLeft <= 0) {
    const ago = r1(diffDays(horizon, input.today) / 7);
    return {
      ...base, state: 'behind', finish, weeksLate, dropHours: drop, addHoursPerWeek: null,
      sentence: `Behind: ${by} passed ${ago >= 1 ? `${weeks(ago)} ago` : 'days ago'} with ${h(remaining)} left; ${ends}. Set a new horizon, or drop or defer ${h(drop)}.`,
    };
  }
  const add = Math.ceil(drop / weeksLeft);
  const lead = weeksLate !== null ? `Behind by ${weeks(weeksLate)}` : 'Behind';
  return {
    ...base, state: 'behind', finish, weeksLate, dropHours: drop, addHoursPerWeek: add,
    sentence: `${lead}: ${ends}, ${finish ? 'after' : 'far past'} ${by}. Drop or defer ${h(drop)}, or add ${add} h/week.`,
  };
}
