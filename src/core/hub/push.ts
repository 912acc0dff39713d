// What `waymark push` sends a hub: the public items (as `publicItems` decided), the numbers
// the cohort board shows, and the history's events for those items. Pure: built from a
// roadmap, its standing and stats, with the day passed in.
import type { TrackEvent } from '../metrics/history.js';
import type { Standing } from '../metrics/standing.js';
import type { Stats } from '../metrics/stats.js';
import { trackNamer } from '../metrics/tracks.js';
import type { Item, Kind, Status } from '../model/types.js';
import { mondayOf } from '../site/dates.js';

export const PUSH_SCHEMA = 'waymark.hub.push/1';

/** One item as the hub keeps it: no file paths, no line numbers, nothing private. */
export interface HubItem {
  id: string;
  title: string;
  kind: Kind;
  status: Status;
  progress: { done: number; total: number | null; unit: string } | null;
  estimateHours: number | null;
  track: string;
  parent: string | null;
  due: string | null;
  links: string[];
}

/** One history event as the hub keeps it; `key` makes a second push of it a no-op. */
export interface HubEvent {
  key: string;
  at: string;
  day: string;
  itemId: string;
  kind: string;
  toStatus: Status | null;
  toDone: number | null;
  total: number | null;
  hours: number | null;
}

/** A member's line on the cohort board. */
export interface BoardSummary {
  today: string;
  tracks: { name: string; items: number; done: number }[];
  work: { items: number; done: number; totalHours: number; doneHours: number };
  /** This week's hours (logged and burned) against the hours a week the plan runs at. */
  week: { start: string; hours: number; budget: number | null };
  streak: { current: number; longest: number };
  /** The forecast finish, or null when none is planned. */
  finish: string | null;
  verdict: string;
  /** What they are doing now: titles of items under way, the first few. */
  doing: string[];
}

export interface PushPayload {
  schema: typeof PUSH_SCHEMA;
  summary: BoardSummary;
  items: HubItem[];
  events: HubEvent[];
}

/** How many items under way the board lists for a member. */
export const DOING_SHOWN = 5;

export interface PushInput {
  /** The public items only (`publicItems`). */
  items: readonly Item[];
  standing: Standing;
  /** Stats from the history, or null without one. */
  stats: Stats | null;
  /** The history's events; those of items not in `items` are left out here. */
  events: readonly TrackEvent[];
  today: string;
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

/** The payload for a hub. Events of items that are not public never leave. */
export function buildPush(input: PushInput): PushPayload {
  const track = trackNamer(input.items);
  const ids = new Set(input.items.map((i) => i.id));
  const items: HubItem[] = input.items.map((i) => ({
    id: i.id,
    title: i.title,
    kind: i.kind,
    status: i.status,
    progress: i.progress ? { done: i.progress.done, total: i.progress.total, unit: i.progress.unit } : null,
    estimateHours: i.estimate ? r1(i.estimate.hours) : null,
    track: track(i),
    parent: i.parent !== null && ids.has(i.parent) ? i.parent : null,
    due: i.dates.due ?? null,
    links: i.links,
  }));
  const events: HubEvent[] = input.events.filter((e) => ids.has(e.itemId)).map((e) => ({
    key: eventKey(e),
    at: e.at,
    day: e.day,
    itemId: e.itemId,
    kind: e.kind,
    toStatus: e.toStatus,
    toDone: e.toDone,
    total: e.total,
    hours: e.hours,
  }));
  return { schema: PUSH_SCHEMA, summary: boardSummary(input), items, events };
}

/** A stable key for an event: the same event pushed twice has the same key. */
export function eventKey(e: Pick<TrackEvent, 'at' | 'itemId' | 'kind' | 'toStatus' | 'toDone' | 'hours'>): string {
  return [e.at, e.itemId, e.kind, e.toStatus ?? '', e.toDone ?? '', e.hours ?? ''].join('|');
}

function boardSummary(input: PushInput): BoardSummary {
  const { standing: st, stats, today } = input;
  const week = mondayOf(today);
  const thisWeek = stats?.velocity.find((v) => v.week === week);
  return {
    today,
    tracks: st.tracks.map((t) => ({ name: t.name, items: t.items, done: t.done })),
    work: { items: st.work.items, done: st.work.done, totalHours: r1(st.work.totalHours), doneHours: r1(st.work.doneHours) },
    week: {
      start: week,
      hours: r1(thisWeek ? Math.max(thisWeek.hoursLogged, thisWeek.hoursBurned) : 0),
      budget: st.verdict.hoursPerWeek > 0 ? r1(st.verdict.hoursPerWeek) : null,
    },
    streak: { current: stats?.streak.current ?? 0, longest: stats?.streak.longest ?? 0 },
    finish: st.verdict.finish,
    verdict: st.verdict.sentence,
    doing: input.items.filter((i) => i.status === 'doing').slice(0, DOING_SHOWN).map((i) => i.title),
  };
}
