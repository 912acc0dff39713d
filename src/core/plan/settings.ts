// Planning settings: what the person wrote in waymark.json (PlanConfig), merged with the
// budget found in the notes and the command-line flags into one resolved PlanSettings.
// Precedence: flags > config > notes > defaults; each resolved value remembers its origin.
import type { Budget, Kind } from '../model/types.js';
import { WEEKDAYS, addDays, isIsoDay, parseClock, toDayNumber, fromDayNumber, type Weekday } from './dates.js';

/** The `plan` section of waymark.json, as the person writes it. Every field optional. */
export interface PlanConfig {
  /** Weekly hours, spread evenly over `workdays`. */
  hoursPerWeek?: number;
  /** Hours per weekday; wins over hoursPerWeek. Days left out get 0. */
  hoursPerDay?: Partial<Record<Weekday, number>>;
  /** The days hoursPerWeek is spread over (default Monday to Friday). */
  workdays?: Weekday[];
  /** Days with no planned work: 'YYYY-MM-DD' or a range 'YYYY-MM-DD..YYYY-MM-DD'. */
  daysOff?: string[];
  start?: string;
  deadline?: string;
  /** When a day's first block begins ('09:00'), for all days or per weekday. */
  dayStart?: string | Partial<Record<Weekday, string>>;
  /** Pause between two blocks of a day, in the calendar. */
  breakMinutes?: number;
  minBlockMinutes?: number;
  /** Distinct items a day may hold; default: one per hour of the day's capacity, at least 3. */
  maxItemsPerDay?: number;
  /** Hold back time each week for the spaced reviews expected then (default true; the CLI edge computes it). */
  reserveReviews?: boolean;
  maxHoursPerItemPerDay?: number;
  /** Hours for an item whose notes give no estimate, by kind. */
  defaultHours?: Partial<Record<Kind, number>>;
}

/** Overrides from the command line. */
export interface PlanFlags {
  hoursPerWeek?: number;
  start?: string;
  deadline?: string;
}

export type SettingOrigin = 'flag' | 'config' | 'notes' | 'default' | 'today';

export interface PlanSettings {
  today: string;
  start: string;
  /** Last day of the horizon (inclusive), or null when nothing sets one. */
  deadline: string | null;
  /** Capacity in minutes per weekday, Monday first. */
  weekMinutes: number[];
  /** Expanded, sorted days off. */
  daysOff: string[];
  /** First block's start, minutes after midnight, per weekday (Monday first). */
  dayStart: number[];
  breakMinutes: number;
  minBlockMinutes: number;
  /** 0 means automatic: one item per started hour of the day's capacity, at least 3. */
  maxItemsPerDay: number;
  /** 0 means no cap. */
  maxItemMinutesPerDay: number;
  defaultHours: Record<Kind, number>;
  /** How far past the start the planner looks before calling work unschedulable. */
  maxPlanDays: number;
  /**
   * Minutes held back in each week from the start (index 0 = the first 7 days) for other
   * work the plan must leave room for, such as the spaced reviews expected that week.
   */
  reservedMinutesByWeek: number[];
  origins: { capacity: SettingOrigin; start: SettingOrigin; deadline: SettingOrigin };
  /**
   * The notes' "N weeks" the deadline was counted from the start with, or null. When the
   * notes' own schedule begins later (its Week 1 is next week), the planner counts from there.
   */
  horizonWeeks: number | null;
}

/** Hours for an item the notes give no estimate for; milestones and skills are checks, not work. */
export const DEFAULT_HOURS: Record<Kind, number> = {
  course: 20, book: 15, paper: 3, article: 1, video: 1, project: 10, topic: 4,
  task: 2, deliverable: 2, milestone: 0, question: 1, skill: 0,
};

export const DEFAULT_HOURS_PER_WEEK = 10;
const DEFAULT_WORKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export interface ResolveOptions {
  today: string;
  config?: PlanConfig;
  budget?: Budget;
  flags?: PlanFlags;
}

/** Merges flags, config, the notes' budget and defaults into settings the scheduler uses. */
export function resolveSettings({ today, config = {}, budget, flags = {} }: ResolveOptions): PlanSettings {
  const workdays = config.workdays?.length ? config.workdays : DEFAULT_WORKDAYS;
  let weekMinutes: number[];
  let capacity: SettingOrigin;
  const budgetWeekly = budget?.hoursPerWeek ?? (budget?.totalHours && budget.weeks ? budget.totalHours / budget.weeks : null);
  if (flags.hoursPerWeek !== undefined) [weekMinutes, capacity] = [spread(flags.hoursPerWeek, workdays), 'flag'];
  else if (config.hoursPerDay) [weekMinutes, capacity] = [WEEKDAYS.map((d) => Math.round((config.hoursPerDay?.[d] ?? 0) * 60)), 'config'];
  else if (config.hoursPerWeek !== undefined) [weekMinutes, capacity] = [spread(config.hoursPerWeek, workdays), 'config'];
  else if (budgetWeekly) [weekMinutes, capacity] = [spread(budgetWeekly, workdays), 'notes'];
  else [weekMinutes, capacity] = [spread(DEFAULT_HOURS_PER_WEEK, workdays), 'default'];

  let start = today;
  let startOrigin: SettingOrigin = 'today';
  const pickedStart = flags.start ?? config.start ?? budget?.start ?? null;
  if (pickedStart && pickedStart > today) {
    start = pickedStart;
    startOrigin = flags.start ? 'flag' : config.start ? 'config' : 'notes';
  }

  let deadline: string | null = null;
  let deadlineOrigin: SettingOrigin = 'default';
  let horizonWeeks: number | null = null;
  if (flags.deadline) [deadline, deadlineOrigin] = [flags.deadline, 'flag'];
  else if (config.deadline) [deadline, deadlineOrigin] = [config.deadline, 'config'];
  else if (budget?.deadline) [deadline, deadlineOrigin] = [budget.deadline, 'notes'];
  else if (budget?.weeks) {
    // "6 weeks" counts from when the notes say the plan began, else from the plan's start.
    const from = budget.start && budget.start <= start ? budget.start : start;
    [deadline, deadlineOrigin] = [addDays(from, Math.round(budget.weeks * 7) - 1), 'notes'];
    if (from === start) horizonWeeks = budget.weeks;
  }

  const dayStart = WEEKDAYS.map((d) => {
    const raw = typeof config.dayStart === 'string' ? config.dayStart : (config.dayStart?.[d] ?? '09:00');
    return parseClock(raw) ?? 9 * 60;
  });

  return {
    today,
    start,
    deadline,
    weekMinutes,
    daysOff: expandDaysOff(config.daysOff ?? []),
    dayStart,
    breakMinutes: config.breakMinutes ?? 15,
    minBlockMinutes: config.minBlockMinutes ?? 30,
    maxItemsPerDay: config.maxItemsPerDay ?? 0,
    maxItemMinutesPerDay: Math.round((config.maxHoursPerItemPerDay ?? 4) * 60),
    defaultHours: { ...DEFAULT_HOURS, ...config.defaultHours },
    maxPlanDays: 3653,
    reservedMinutesByWeek: [],
    origins: { capacity, start: startOrigin, deadline: deadlineOrigin },
    horizonWeeks,
  };
}

/** Whole minutes per weekday; the remainder goes to the first workdays so the week sums exactly. */
function spread(hoursPerWeek: number, workdays: Weekday[]): number[] {
  const total = Math.max(0, Math.round(hoursPerWeek * 60));
  const days = WEEKDAYS.filter((d) => workdays.includes(d));
  const each = Math.floor(total / days.length);
  let rest = total - each * days.length;
  return WEEKDAYS.map((d) => {
    if (!days.includes(d)) return 0;
    const extra = rest > 0 ? 1 : 0;
    rest -= extra;
    return each + extra;
  });
}

/** 'YYYY-MM-DD' and 'YYYY-MM-DD..YYYY-MM-DD' entries to sorted single days (bad entries skipped; config validates them). */
export function expandDaysOff(entries: string[]): string[] {
  const out = new Set<string>();
  for (const e of entries) {
    const [a = '', b = a] = e.split('..').map((s) => s.trim());
    if (!isIsoDay(a) || !isIsoDay(b)) continue;
    const to = toDayNumber(b);
    for (let d = toDayNumber(a); d <= to && d - toDayNumber(a) <= 366; d++) out.add(fromDayNumber(d));
  }
  return [...out].sort();
}

/** Weekly capacity in hours, for headers. */
export function weeklyHours(s: PlanSettings): number {
  return s.weekMinutes.reduce((a, b) => a + b, 0) / 60;
}
