// Calendar days as plain 'YYYY-MM-DD' strings and integer day numbers (days since 1970-01-01).
// The planner counts whole days only, so UTC arithmetic is exact and free of time-zone drift.

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** '2026-11-23' → 20415. Throws on a malformed day (callers validate first). */
export function toDayNumber(day: string): number {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: "${day}"`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

/** 20415 → '2026-11-23'. Pure arithmetic (Hinnant's civil_from_days): plans format many days. */
export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addDays(day: string, n: number): string {
  return fromDayNumber(toDayNumber(day) + n);
}

/** Whole days from a to b (b − a). */
export function diffDays(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(dayNumber: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function weekdayName(dayNumber: number): Weekday {
  return WEEKDAYS[weekdayIndex(dayNumber)]!;
}

/** The Monday on or before the day. */
export function mondayOf(dayNumber: number): number {
  return dayNumber - weekdayIndex(dayNumber);
}

/** "Mon 23 Nov" — short, for day lines. */
export function shortDay(dayNumber: number): string {
  const d = new Date(dayNumber * MS_PER_DAY);
  const wd = WEEKDAYS[weekdayIndex(dayNumber)]!;
  const month = MONTHS[d.getUTCMonth()]!;
  return `${wd[0]!.toUpperCase()}${wd.slice(1)} ${String(d.getUTCDate()).padStart(2, ' ')} ${month}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Minutes since midnight from 'HH:MM'; null when malformed. */
export function parseClock(s: string): number | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(s);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** 570 → '09:30'. Minutes past 24:00 wrap is the caller's concern. */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
