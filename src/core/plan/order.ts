// The order work is booked in: a topological order of the open items (nothing before what
// it depends on) in which, among ready items, the more urgent comes first: required before
// optional, higher priority, earlier due date (a dated item before an undated one), started
// before new, then the notes' own order.
// Priority, due dates and pins flow back to what an item waits for, so a dependency is
// never starved behind its urgent dependant.
import type { Item } from '../model/types.js';
import { isIsoDay, toDayNumber } from './dates.js';
import { Heap } from './heap.js';
import type { PlanWarning } from './types.js';

export interface WorkGraph {
  /** Open items (todo, doing) in source order; every index below points here. */
  items: Item[];
  deps: number[][];
  /** Booking order. */
  order: number[];
  /** Position of each item in `order`. */
  rank: Int32Array;
  /** Day number the item is pinned to (its scheduled or start date, else its slot in the notes' schedule), or -1. */
  pinDay: Int32Array;
  /** 1 when pinDay is the item's slot in the notes' own schedule rather than a date it carries. */
  slotted: Uint8Array;
  /** Own due date as a day number, or -1. */
  dueDay: Int32Array;
  warnings: PlanWarning[];
}

const NONE = -1;
const FAR = 2 ** 31 - 1;

/**
 * @param coveredBy items whose work a time-boxed section carries, with that section's path:
 *   such an item is reached when the box's work is done.
 */
export function buildGraph(all: Item[], coveredBy: ReadonlyMap<string, string[]> = new Map(), slots: ReadonlyMap<string, number> = new Map()): WorkGraph {
  const items = all.filter((i) => i.status === 'todo' || i.status === 'doing');
  const n = items.length;
  const index = new Map(items.map((it, i) => [it.id, i]));
  const known = new Set(all.map((i) => i.id));
  const warnings: PlanWarning[] = [];
  const children: number[][] = items.map(() => []);
  const parentOf = new Int32Array(n).fill(NONE);
  items.forEach((it, i) => {
    const p = it.parent === null ? undefined : index.get(it.parent);
    if (p !== undefined && p !== i) {
      parentOf[i] = p;
      children[p]!.push(i);
    }
  });

  const pinDay = new Int32Array(n).fill(NONE);
  const dueDay = new Int32Array(n).fill(NONE);
  const slotted = new Uint8Array(n);
  items.forEach((it, i) => {
    const pin = it.dates.scheduled ?? it.dates.start;
    const slot = slots.get(it.id);
    if (pin && isIsoDay(pin)) pinDay[i] = toDayNumber(pin);
    else if (slot !== undefined) [pinDay[i], slotted[i]] = [slot, 1];
    if (it.dates.due && isIsoDay(it.dates.due)) dueDay[i] = toDayNumber(it.dates.due);
  });

  // Boxes and sections are looked up in an index, not by a scan of every item per item; the
  // items a box or section shares wait for its work through the first of them (a chain), so
  // a day with many deliverables adds edges in proportion to its items, not their product.
  const sections = new Sections(items);
  const firstInBox = new Map<string, number>();
  const lastMilestone = new Map<string, number>();
  const deps = items.map((it, i) => {
    // The common case, a leaf item with a few plain dependencies, needs no set.
    if (parentOf[i] === NONE && children[i]!.length === 0 && !coveredBy.has(it.id) && it.kind !== 'milestone') {
      const out: number[] = [];
      let simple = true;
      for (const id of it.dependsOn) {
        const d = index.get(id);
        if (d === undefined || children[d]!.length > 0) {
          simple = false;
          break;
        }
        if (d !== i && !out.includes(d)) out.push(d);
      }
      if (simple) return out.length < 2 ? out : out.sort((a, b) => a - b);
    }
    const set = new Set<number>();
    // An item waits for what its enclosing items wait for, and waiting for a container
    // means waiting for everything inside it.
    for (let a: number = i; a !== NONE; a = parentOf[a]!) {
      for (const id of items[a]!.dependsOn) {
        const d = index.get(id);
        if (d === undefined) {
          if (!known.has(id) && a === i) warnings.push(warn(it, 'unknown-dependency', `"${it.title}" depends on "${id}", which is not an item`));
          continue;
        }
        if (children[d]!.length === 0) set.add(d);
        else for (const x of withDescendants(d, children)) set.add(x);
      }
    }
    const box = coveredBy.get(it.id);
    if (box) {
      const key = sections.key(it.source.path, box);
      const first = firstInBox.get(key);
      if (first !== undefined) set.add(first);
      else {
        firstInBox.set(key, i);
        for (const j of sections.under(key)) if (!coveredBy.has(items[j]!.id) && items[j]!.kind !== 'milestone') set.add(j);
      }
    } else if (it.kind === 'milestone' && it.path.length > 0) {
      // A milestone is reached when the work before it in its section is done.
      const key = sections.key(it.source.path, it.path.slice(0, Math.max(1, it.path.length - 1)));
      const previous = lastMilestone.get(key) ?? -1;
      if (previous >= 0) set.add(previous);
      const list = sections.under(key);
      for (let k = upperBound(list, previous); k < list.length && list[k]! < i; k++) if (items[list[k]!]!.kind !== 'milestone') set.add(list[k]!);
      lastMilestone.set(key, i);
    }
    for (let a: number = i; a !== NONE; a = parentOf[a]!) set.delete(a);
    return set.size < 2 ? [...set] : [...set].sort((a, b) => a - b);
  });

  const { effOptional, effPriority, effDue } = propagate(items, deps, pinDay, dueDay);
  // One number per item orders the ready queue: required before optional, higher priority,
  // earlier (effective) due date — a dated item before an undated one — then started before
  // new, then the notes' order. 1+3+18+1+21 bits
  // stay within a double's 53-bit exact range.
  let minDue = FAR;
  for (let i = 0; i < n; i++) if (effDue[i]! < minDue) minDue = effDue[i]!;
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const due = effDue[i] === FAR ? 2 ** 18 - 1 : Math.min(2 ** 18 - 2, effDue[i]! - minDue);
    const doing = items[i]!.status === 'doing' ? 0 : 1;
    key[i] = (((effOptional[i]! * 8 + (7 - Math.max(0, Math.min(7, effPriority[i]!)))) * 2 ** 18 + due) * 2 + doing) * 2 ** 21 + i;
  }
  const less = (a: number, b: number): boolean => key[a]! < key[b]!;

  const order = kahn(n, deps, less, (cycle) => {
    const it = items[cycle]!;
    warnings.push(warn(it, 'dependency-cycle', `"${it.title}" is part of a dependency cycle; planned as if it waited for nothing still open in the cycle`));
  });
  const rank = new Int32Array(n);
  order.forEach((x, r) => (rank[x] = r));
  // Dependencies that a cycle broke are dropped, so later stages can trust deps ⊂ earlier ranks.
  const trusted = deps.map((ds, i) => ds.filter((d) => rank[d]! < rank[i]!));
  return { items, deps: trusted, order, rank, pinDay, slotted, dueDay, warnings };
}

function withDescendants(d: number, children: number[][]): number[] {
  const out = [d];
  for (let k = 0; k < out.length; k++) out.push(...children[out[k]!]!);
  return out;
}

/** Open items by file and heading path: every prefix of an item's path lists it, in order. */
class Sections {
  private readonly lists = new Map<string, number[]>();

  constructor(items: Item[]) {
    items.forEach((it, i) => {
      let key = it.source.path;
      const whole = this.lists.get(key);
      if (whole) whole.push(i);
      else this.lists.set(key, [i]);
      for (const p of it.path) {
        key += `\u0000${p}`;
        const list = this.lists.get(key);
        if (list) list.push(i);
        else this.lists.set(key, [i]);
      }
    });
  }

  key(file: string, path: readonly string[]): string {
    return path.length === 0 ? file : `${file}\u0000${path.join('\u0000')}`;
  }

  /** Indices, ascending, of the items whose path starts with the key's path. */
  under(key: string): readonly number[] {
    return this.lists.get(key) ?? [];
  }
}

/** The first position in an ascending list holding a value above x. */
function upperBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function propagate(items: Item[], deps: number[][], pinDay: Int32Array, dueDay: Int32Array) {
  const n = items.length;
  const effOptional = Int8Array.from(items, (it) => (it.optional ? 1 : 0));
  const effPriority = Int8Array.from(items, (it) => it.priority);
  const effDue = Int32Array.from(dueDay, (d) => (d === NONE ? FAR : d));
  for (let i = 0; i < n; i++) if (pinDay[i]! !== NONE) effDue[i] = Math.min(effDue[i]!, pinDay[i]!);
  const topo = kahn(n, deps, null, () => {});
  for (let k = n - 1; k >= 0; k--) {
    const i = topo[k]!;
    for (const d of deps[i]!) {
      if (effOptional[i] === 0) effOptional[d] = 0;
      if (effPriority[i]! > effPriority[d]!) effPriority[d] = effPriority[i]!;
      if (effDue[i]! < effDue[d]!) effDue[d] = effDue[i]!;
    }
  }
  return { effOptional, effPriority, effDue };
}

/**
 * Kahn's algorithm; with `less`, a priority queue picks among ready items (without, any
 * topological order will do and a FIFO is faster). A cycle is broken at its most urgent item.
 */
function kahn(n: number, deps: number[][], lessOrNull: ((a: number, b: number) => boolean) | null, onCycle: (i: number) => void): number[] {
  const less = lessOrNull ?? ((a: number, b: number) => a < b);
  // Dependants in compressed rows: start[d] … start[d + 1] in `flat`.
  const indeg = new Int32Array(n);
  const start = new Int32Array(n + 1);
  for (const ds of deps) for (const d of ds) start[d + 1]!++;
  for (let d = 0; d < n; d++) start[d + 1]! += start[d]!;
  const fill = start.slice(0, n);
  const flat = new Int32Array(start[n]!);
  deps.forEach((ds, i) => {
    indeg[i] = ds.length;
    for (const d of ds) flat[fill[d]!++] = i;
  });
  const ready = lessOrNull ? new Heap(less) : new Fifo();
  for (let i = 0; i < n; i++) if (indeg[i] === 0) ready.push(i);
  const order: number[] = [];
  const placed = new Uint8Array(n);
  while (order.length < n) {
    let x = ready.pop();
    if (x === undefined) {
      // Only cycles remain: take the most urgent unplaced item as if it waited for nothing.
      for (let i = 0; i < n; i++) if (!placed[i] && (x === undefined || less(i, x))) x = i;
      onCycle(x!);
    }
    const i = x!;
    if (placed[i]) continue;
    placed[i] = 1;
    order.push(i);
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const j = flat[k]!;
      if (--indeg[j]! === 0 && !placed[j]) ready.push(j);
    }
  }
  return order;
}

class Fifo {
  private readonly items: number[] = [];
  private head = 0;
  push(x: number): void {
    this.items.push(x);
  }
  pop(): number | undefined {
    return this.head < this.items.length ? this.items[this.head++] : undefined;
  }
}

function warn(it: Item, code: string, message: string): PlanWarning {
  return { path: it.source.path, line: it.source.line, code, message };
}
