// The capacity model: minutes free on each day from the plan's start, how many distinct items
// each day already holds, and a skip list to the next day that can still take a block.
import { toDayNumber, weekdayIndex } from './dates.js';
import type { PlanSettings } from './settings.js';

export class DayGrid {
  readonly startDay: number;
  readonly length: number;
  readonly capacity: Int32Array;
  readonly free: Int32Array;
  readonly count: Int32Array;
  /** Distinct items each day may hold. */
  readonly maxItems: Int32Array;
  /** Union-find "next open day at or after": a closed day points past itself. */
  private readonly next: Int32Array;

  constructor(private readonly settings: PlanSettings) {
    this.startDay = toDayNumber(settings.start);
    this.length = settings.maxPlanDays;
    this.capacity = new Int32Array(this.length);
    const off = new Set(settings.daysOff.map(toDayNumber));
    for (let o = 0; o < this.length; o++) {
      const day = this.startDay + o;
      this.capacity[o] = off.has(day) ? 0 : (settings.weekMinutes[weekdayIndex(day)] ?? 0);
    }
    this.reserve(settings.reservedMinutesByWeek);
    this.free = Int32Array.from(this.capacity);
    this.count = new Int32Array(this.length);
    this.maxItems = Int32Array.from(this.capacity, (c) => settings.maxItemsPerDay > 0 ? settings.maxItemsPerDay : Math.max(3, Math.ceil(c / 60)));
    this.next = new Int32Array(this.length + 1);
    for (let o = 0; o <= this.length; o++) this.next[o] = o;
    for (let o = 0; o < this.length; o++) if (!this.isOpen(o)) this.next[o] = o + 1;
  }

  /** Holds back each week's reserved minutes, spread over its days in proportion to their hours. */
  private reserve(byWeek: readonly number[]): void {
    for (let w = 0; w < byWeek.length && w * 7 < this.length; w++) {
      const want = Math.max(0, Math.round(byWeek[w] ?? 0));
      if (want === 0) continue;
      const from = w * 7;
      const to = Math.min(this.length, from + 7);
      let total = 0;
      for (let o = from; o < to; o++) total += this.capacity[o]!;
      if (total === 0) continue;
      let left = Math.min(want, total);
      for (let o = from; o < to && left > 0; o++) {
        // Whole 5-minute steps keep the day's blocks readable.
        const share = Math.ceil((this.capacity[o]! * Math.min(want, total)) / total / 5) * 5;
        const cut = Math.min(this.capacity[o]!, left, share);
        this.capacity[o] = this.capacity[o]! - cut;
        left -= cut;
      }
    }
  }

  /** A day is open while it has room for a minimum block and for one more item. */
  private isOpen(o: number): boolean {
    return this.free[o]! >= this.settings.minBlockMinutes && this.count[o]! < this.maxItems[o]!;
  }

  /** The first open day at or after offset o, or `length` when there is none. */
  nextOpen(o: number): number {
    if (o >= this.length) return this.length;
    let r = Math.max(0, o);
    while (this.next[r] !== r) r = this.next[r]!;
    // Path compression keeps later look-ups near O(1).
    for (let x = Math.max(0, o); this.next[x] !== r; ) {
      const nx = this.next[x]!;
      this.next[x] = r;
      x = nx;
    }
    return r;
  }

  book(o: number, minutes: number): void {
    this.free[o] = this.free[o]! - minutes;
    this.count[o] = this.count[o]! + 1;
    if (!this.isOpen(o)) this.next[o] = o + 1;
  }

  /** Total capacity on offsets [from, to], inclusive. */
  capacityBetween(from: number, to: number): number {
    let sum = 0;
    for (let o = Math.max(0, from); o <= Math.min(to, this.length - 1); o++) sum += this.capacity[o]!;
    return sum;
  }
}
