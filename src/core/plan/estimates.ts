// How much work is left on each item, in whole minutes: explicit estimate > derived > the
// kind's default, less what progress or logged time says is done. Integer minutes keep
// "total booked = total planned" exact.
import type { EstimateBasis, Item } from '../model/types.js';
import { DEFAULT_HOURS, type PlanSettings } from './settings.js';

export interface Work {
  /** The item's whole estimate, in minutes. */
  totalMinutes: number;
  /** What is left to plan, in minutes (0 for done, skipped and container items). */
  remainingMinutes: number;
  basis: EstimateBasis;
  /** True when logged time or progress already exceeds the estimate but the item is not done. */
  overrun: boolean;
  /** True when the item's work is carried by its child items. */
  container: boolean;
  /**
   * The time-boxed section that covers this unestimated item ("Monday (7 hours)" covers its
   * "Deliverables"), or null. Its work happens within the hours the notes gave the section.
   */
  coveredBy: string[] | null;
  /**
   * True for an item not started, with no estimate, no date, no place in the notes' schedule
   * and nothing waiting for it: a "some day" entry, listed as backlog rather than booked.
   */
  backlog: boolean;
}

const OPEN = new Set(['todo', 'doing']);

/** Fraction done from a progress object, or null when it cannot be told ("page 120", no total). */
export function progressFraction(item: Item): number | null {
  const p = item.progress;
  if (!p) return null;
  if (p.unit === 'percent') return clamp01(p.done / (p.total ?? 100));
  if (p.total && p.total > 0) return clamp01(p.done / p.total);
  return null;
}

/**
 * Resolves every item's remaining work. The estimate is read as the item's whole size
 * (the spec's `estimate.hours`); progress and logged hours then say how much of it is left.
 */
export function resolveWork(items: Item[], settings: PlanSettings, slots: ReadonlyMap<string, number> = new Map()): Map<string, Work> {
  // Each item's whole estimate, by its place; `at` finds an id's item (the last of that id, as
  // a map by id would keep). Ids are nearly always unique: then an item's place is its own.
  const n = items.length;
  const minutesAt = new Array<number>(n);
  const basisAt = new Array<EstimateBasis>(n);
  const at = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const t = totalOf(item, settings);
    minutesAt[i] = t.minutes;
    basisAt[i] = t.basis;
    at.set(item.id, i);
  }
  const unique = at.size === n;
  const placeOf = (i: number): number => (unique ? i : at.get(items[i]!.id)!);
  const childMinutes = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const parent = items[i]!.parent;
    if (parent && at.has(parent)) childMinutes.set(parent, (childMinutes.get(parent) ?? 0) + minutesAt[placeOf(i)]!);
  }
  const boxes = timeBoxes(items);
  const scheduledFiles = new Set<string>();
  if (slots.size) for (const item of items) if (slots.has(item.id)) scheduledFiles.add(item.source.path);
  const awaited = new Set<string>();
  for (const item of items) for (const d of item.dependsOn) awaited.add(d);
  const out = new Map<string, Work>();
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const p = placeOf(i);
    const minutes = minutesAt[p]!;
    const basis = basisAt[p]!;
    // A deliverable or success criterion of a note with its own schedule, outside any one
    // block ("Final Deliverables"), is what the whole schedule produces.
    const output = (item.kind === 'deliverable' || item.kind === 'milestone') && scheduledFiles.has(item.source.path);
    const coveredBy = basis === 'default' && !childMinutes.has(item.id) ? (boxes(item) ?? (output ? boxes.whole(item) : null)) : null;
    if (coveredBy) {
      out.set(item.id, { totalMinutes: 0, remainingMinutes: 0, basis, overrun: false, container: false, coveredBy, backlog: false });
      continue;
    }
    const children = childMinutes.get(item.id);
    const container = children !== undefined;
    if (basis === 'default' && !container && minutes > 0 && isSomeDay(item, settings, slots, awaited)) {
      // Its guessed size is still work left to anyone counting hours; the planner lists it
      // apart rather than booking it.
      out.set(item.id, { totalMinutes: minutes, remainingMinutes: minutes, basis, overrun: false, container, coveredBy: null, backlog: true });
      continue;
    }
    // A parent's own work is what its explicit estimate leaves after its children; a
    // guessed (default or derived) estimate on a parent would count the children twice.
    const own = !container ? minutes : basis === 'explicit' ? Math.max(0, minutes - children) : 0;
    let remaining = own;
    let overrun = false;
    if (!OPEN.has(item.status) || item.kind === 'skill') remaining = 0;
    else if (own > 0) {
      const fraction = progressFraction(item);
      const spent = Math.round(item.spentHours * 60);
      if (fraction !== null) remaining = Math.round(own * (1 - fraction));
      else if (spent > 0) remaining = own - spent;
      if (remaining <= 0 && (fraction === null || fraction < 1)) {
        // Not done, yet past its estimate: keep one block so it stays visible in the plan.
        overrun = true;
        remaining = settings.minBlockMinutes;
      }
    }
    out.set(item.id, { totalMinutes: minutes, remainingMinutes: Math.max(0, remaining), basis, overrun, container, coveredBy: null, backlog: false });
  }
  return out;
}

/**
 * Sections whose work the notes time-boxed: those holding an item whose estimate was derived
 * from a block's hours. The sections every item of a file shares (the document title) never
 * count, or one box would swallow the whole file. Returns, for an item, its innermost box.
 */
/** Per file, how many leading headings all its items share (the note's title, usually). */
export function sharedPathLength(items: readonly Item[]): Map<string, number> {
  const common = new Map<string, number>();
  const first = new Map<string, readonly string[]>();
  for (const it of items) {
    const f = first.get(it.source.path);
    if (!f) {
      first.set(it.source.path, it.path);
      common.set(it.source.path, it.path.length);
      continue;
    }
    let k = 0;
    const limit = common.get(it.source.path)!;
    while (k < limit && k < it.path.length && it.path[k] === f[k]) k++;
    common.set(it.source.path, k);
  }
  return common;
}

function timeBoxes(items: Item[]): ((item: Item) => string[] | null) & { whole: (item: Item) => string[] } {
  const common = sharedPathLength(items);
  const key = (file: string, path: string[]): string => `${file}\u0001${path.join('\u0000')}`;
  const boxed = new Set<string>();
  // Most notes time-box nothing: their items' paths need no keys made to be looked up. (A key
  // of one file is never another's while no file name holds the key's separator.)
  const boxedFiles = new Set<string>();
  let plainNames = true;
  for (const it of items) {
    if (it.estimate?.basis !== 'derived') continue;
    for (let l = common.get(it.source.path)! + 1; l <= it.path.length; l++) {
      boxed.add(key(it.source.path, it.path.slice(0, l)));
      boxedFiles.add(it.source.path);
      if (it.source.path.includes('\u0001')) plainNames = false;
    }
  }
  const innermost = (it: Item): string[] | null => {
    if (plainNames && !boxedFiles.has(it.source.path) && !it.source.path.includes('\u0001')) return null;
    for (let l = it.path.length; l > common.get(it.source.path)!; l--) {
      if (boxed.has(key(it.source.path, it.path.slice(0, l)))) return it.path.slice(0, l);
    }
    return null;
  };
  // The whole note's box: the path every item of the note shares (its title), maybe none.
  return Object.assign(innermost, { whole: (it: Item) => it.path.slice(0, common.get(it.source.path)) });
}

/** Not started, nothing said of its size or date, and waymark.json gives its kind no size either. */
function isSomeDay(item: Item, settings: PlanSettings, slots: ReadonlyMap<string, number>, awaited: ReadonlySet<string>): boolean {
  if (item.status !== 'todo' || item.progress || item.spentHours > 0 || item.recurrence) return false;
  const d = item.dates;
  if (d.due || d.scheduled || d.start || slots.has(item.id) || awaited.has(item.id)) return false;
  return settings.defaultHours[item.kind] === DEFAULT_HOURS[item.kind];
}

function totalOf(item: Item, settings: PlanSettings): { minutes: number; basis: EstimateBasis } {
  const e = item.estimate;
  if (e && e.basis !== 'default' && Number.isFinite(e.hours) && e.hours >= 0) {
    return { minutes: Math.round(e.hours * 60), basis: e.basis };
  }
  // The config's per-kind default wins over whatever default the reader filled in.
  return { minutes: Math.round((settings.defaultHours[item.kind] ?? 0) * 60), basis: 'default' };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
