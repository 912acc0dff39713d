// The plan: plain data the scheduler returns and every renderer (terminal, JSON, ICS, TJP) reads.
import type { EstimateBasis } from '../model/types.js';
import type { PlanSettings } from './settings.js';

export const PLAN_SCHEMA = 'waymark.plan/1';

export interface PlanWarning {
  path: string;
  line: number | null;
  code: string;
  message: string;
}

/** One sitting on one item: a day, a start time and a length. */
export interface PlanBlock {
  itemId: string;
  date: string;
  /** 'HH:MM' local time, from the configured day start. */
  start: string;
  minutes: number;
  /** 1-based ordinal of this block among the item's blocks; stable calendar UIDs use it. */
  seq: number;
}

export interface PlanDay {
  date: string;
  capacityMinutes: number;
  blocks: PlanBlock[];
}

export type LateAgainst = 'due' | 'deadline';

export interface PlannedItem {
  id: string;
  title: string;
  kind: string;
  optional: boolean;
  priority: number;
  basis: EstimateBasis;
  /** Whole estimate and what is left of it, in minutes. */
  totalMinutes: number;
  remainingMinutes: number;
  bookedMinutes: number;
  /** Minutes that found no day within the planner's reach. */
  unscheduledMinutes: number;
  /** Why some of the item's work found no day, or null. */
  notPlaced: string | null;
  overrun: boolean;
  /** The time-boxed section whose hours cover this unestimated item (e.g. a day's "Deliverables"), or null. */
  coveredBy: string | null;
  /** First and last day with a block (or, for an item with no work left, the day it is reached). */
  start: string | null;
  finish: string | null;
  pinned: string | null;
  /** The day the notes' own schedule puts the item on ("Week 2" › "Tuesday"), or null. */
  slot: string | null;
  /** The track the item belongs to: its note's schedule, or the note's section it is listed in. */
  track: string;
  due: string | null;
  dependsOn: string[];
  /** Set when the item finishes after its due date or the deadline. */
  late: { against: LateAgainst; days: number; why: string } | null;
  /** Finishes on time with two days or less to spare. */
  atRisk: boolean;
  source: { path: string; line: number };
}

export interface PlanTotals {
  plannedMinutes: number;
  bookedMinutes: number;
  unscheduledMinutes: number;
  /** Capacity from the start to the deadline (or to the last booked day when there is none). */
  capacityMinutes: number;
  /** Minutes booked after the deadline. */
  overMinutes: number;
  finish: string | null;
  lateItems: number;
  /** Sum over late items of days late (against the earlier of due date and deadline). */
  lateDays: number;
}

/** An open item with no estimate, no date and no place in a schedule: listed, not booked. */
export interface BacklogItem {
  id: string;
  title: string;
  kind: string;
  track: string;
  /** The kind's usual size, the hours it would take if planned. */
  guessMinutes: number;
  source: { path: string; line: number };
}

export interface FitSuggestion {
  kind: 'drop-optional' | 'add-hours' | 'defer-track' | 'move-deadline' | 'unpin';
  text: string;
  /** Hours dropped or added per week, or the new deadline. */
  value: number | string;
  /** For defer-track: the tracks deferred, with their hours. */
  tracks?: { track: string; hours: number }[];
}

export interface Plan {
  schema: typeof PLAN_SCHEMA;
  today: string;
  settings: PlanSettings;
  days: PlanDay[];
  items: PlannedItem[];
  /** Open items left unplanned until they get an estimate, a date or a place in a schedule. */
  backlog: BacklogItem[];
  totals: PlanTotals;
  fit: { fits: boolean; suggestions: FitSuggestion[] };
  warnings: PlanWarning[];
}
