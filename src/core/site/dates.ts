// Dates as the site shows them, from YYYY-MM-DD strings (UTC arithmetic, no time zone drift).
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function parts(day: string): { y: number; m: number; d: number; wd: number } {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return { y, m, d, wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

/** '2026-11-10' → '10 Nov 2026'. */
export function longDay(day: string): string {
  const p = parts(day);
  return `${p.d} ${MONTHS[p.m - 1]!.slice(0, 3)} ${p.y}`;
}

/** '2026-11-10' → '10 Nov'. */
export function shortDay(day: string): string {
  const p = parts(day);
  return `${p.d} ${MONTHS[p.m - 1]!.slice(0, 3)}`;
}

/** '2026-11-23' → 'Mon 23 Nov'. */
export function weekdayDay(day: string): string {
  const p = parts(day);
  return `${DAYS[p.wd]} ${p.d} ${MONTHS[p.m - 1]!.slice(0, 3)}`;
}

/** '2026-11-10' → 'November 2026'. */
export function monthName(day: string): string {
  const p = parts(day);
  return `${MONTHS[p.m - 1]} ${p.y}`;
}

export function addDays(day: string, n: number): string {
  const p = parts(day);
  return new Date(Date.UTC(p.y, p.m - 1, p.d + n)).toISOString().slice(0, 10);
}

/** The Monday on or before the day. */
export function mondayOf(day: string): string {
  return addDays(day, -((parts(day).wd + 6) % 7));
}
