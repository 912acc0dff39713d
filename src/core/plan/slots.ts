// A roadmap's own schedule: items under "Week 2", "Tuesday (7 hours)", "Day 12", "Month 3" or a
// dated heading ("## 2026-12-07") belong to that slot of the roadmap, counted from the plan's
// start. The planner books them from that day on, ahead of other work, so a six-week plan the
// person wrote runs in its own weeks rather than behind lists from other notes.
import type { Item } from '../model/types.js';
import { isIsoDay, mondayOf, toDayNumber, weekdayIndex } from './dates.js';
import { sharedPathLength } from './estimates.js';

const WEEK_RE = /^\W*(?:week|wk|semana|semaine|woche)\s*#?(\d{1,3})\b/i;
const DAY_RE = /^\W*(?:day|d[ií]a|jour|tag)\s*#?(\d{1,3})\b/i;
const MONTH_RE = /^\W*(?:month|mes|mois|monat)\s*#?(\d{1,2})\b/i;
const DATE_RE = /^\W*(\d{4}-\d{2}-\d{2})\b/;
const WEEKDAY_RE = /^\W*(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|\.)?\b/i;
const WEEKDAY_INDEX: Record<string, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

/** What one item's heading path says of its place in the schedule. */
interface Place {
  week: number | null;
  day: number | null;
  month: number | null;
  weekday: number | null;
  date: string | null;
}

/** What one heading says: which of a place's fields it sets, and to what. */
type HeadingPlace = { field: 'week' | 'day' | 'month' | 'weekday'; value: number } | { field: 'date'; value: string } | null;

function headingPlace(h: string): HeadingPlace {
  let m: RegExpExecArray | null;
  if ((m = WEEK_RE.exec(h))) return { field: 'week', value: Number(m[1]) };
  if ((m = DAY_RE.exec(h))) return { field: 'day', value: Number(m[1]) };
  if ((m = MONTH_RE.exec(h))) return { field: 'month', value: Number(m[1]) };
  if ((m = DATE_RE.exec(h)) && isIsoDay(m[1]!)) return { field: 'date', value: m[1]! };
  if ((m = WEEKDAY_RE.exec(h))) return { field: 'weekday', value: WEEKDAY_INDEX[m[1]!.toLowerCase()]! };
  return null;
}

/**
 * The place an item's headings give it. `seen` keeps what each heading said: the items of a
 * section share its headings, so each is read by the patterns once, not once per item.
 */
function placeOf(path: readonly string[], seen: Map<string, HeadingPlace>): Place | null {
  let p: Place | null = null;
  for (const h of path) {
    let hp = seen.get(h);
    if (hp === undefined) seen.set(h, (hp = headingPlace(h)));
    if (hp === null) continue;
    p ??= { week: null, day: null, month: null, weekday: null, date: null };
    if (hp.field === 'date') p.date = hp.value;
    else p[hp.field] = hp.value;
  }
  return p;
}

/**
 * The day number each open item's slot begins on, for the items whose headings place them in
 * the notes' own schedule. Week 1 is the plan's first week: when the schedule names weekdays,
 * the calendar week whose named days have not passed yet; otherwise the seven days from `start`.
 * Dated headings keep their date unless it has passed (a log of past days is no schedule).
 */
export function scheduleSlots(items: readonly Item[], start: string): { slots: Map<string, number>; begins: number | null } {
  const startDay = toDayNumber(start);
  const byFile = new Map<string, { item: Item; place: Place }[]>();
  const seen = new Map<string, HeadingPlace>();
  for (const item of items) {
    if (item.status !== 'todo' && item.status !== 'doing') continue;
    const place = placeOf(item.path, seen);
    if (!place) continue;
    const list = byFile.get(item.source.path);
    if (list) list.push({ item, place });
    else byFile.set(item.source.path, [{ item, place }]);
  }
  const out = new Map<string, number>();
  let begins: number | null = null;
  for (const list of byFile.values()) {
    // Does the first week's first named weekday still lie ahead in this calendar week?
    let firstWeek = Infinity;
    for (const x of list) firstWeek = Math.min(firstWeek, x.place.week ?? 1);
    let firstWeekday = Infinity;
    for (const x of list) if (x.place.weekday !== null && (x.place.week ?? 1) === firstWeek) firstWeekday = Math.min(firstWeekday, x.place.weekday);
    const weekdays = firstWeekday !== Infinity;
    const monday = mondayOf(startDay);
    const week1 = weekdays ? (firstWeekday >= weekdayIndex(startDay) ? monday : monday + 7) : startDay;
    if (list.some((x) => x.place.week !== null)) begins = begins === null ? Math.max(startDay, week1) : Math.min(begins, Math.max(startDay, week1));
    for (const { item, place } of list) {
      let day: number;
      if (place.date) {
        day = toDayNumber(place.date);
        if (day < startDay) continue;
      } else if (place.month !== null && place.week === null && place.day === null) {
        day = addMonths(startDay, place.month - 1);
      } else {
        const weekStart = week1 + 7 * ((place.week ?? 1) - 1);
        if (place.day !== null) day = place.week !== null && place.day <= 7 ? weekStart + place.day - 1 : startDay + place.day - 1;
        else if (place.weekday !== null) day = (weekdays ? weekStart : mondayOf(weekStart)) + place.weekday;
        else day = weekStart;
        if (place.month !== null && place.week === null) day = addMonths(startDay, place.month - 1) + (day - startDay);
      }
      day = Math.max(startDay, day);
      // A due date before the slot wins: the item is planned by its date, not its week.
      if (item.dates.due && isIsoDay(item.dates.due) && toDayNumber(item.dates.due) < day) continue;
      out.set(item.id, day);
    }
  }
  return { slots: out, begins };
}

function addMonths(dayNumber: number, months: number): number {
  const d = new Date(dayNumber * 86_400_000);
  const target = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months + 1, 0)).getUTCDate();
  return Math.round(target / 86_400_000) + Math.min(d.getUTCDate(), last) - 1;
}

/**
 * Each item's track, the unit a person drops or defers: a note with its own schedule is one
 * track (its weeks go together); elsewhere a note's top section ("Courses", "Project ideas"),
 * below the title every item of the note shares. Labels read "file › section".
 */
export function tracksOf(items: readonly Item[], slots: ReadonlyMap<string, number>): Map<string, string> {
  const common = sharedPathLength(items);
  const scheduled = new Set<string>();
  for (const it of items) if (slots.has(it.id)) scheduled.add(it.source.path);
  const out = new Map<string, string>();
  for (const it of items) {
    const file = it.source.path;
    const section = scheduled.has(file) ? undefined : it.path[common.get(file)!];
    out.set(it.id, section ? `${file} › ${section}` : file);
  }
  return out;
}
