// Small formatting helpers for the page: hours, dates, statuses.
import type { Item } from './api.js';

export function hours(h: number | null | undefined): string {
  if (h === null || h === undefined || !Number.isFinite(h)) return '—';
  const r = Math.round(h * 10) / 10;
  return `${r} h`;
}

export function minutes(m: number): string {
  const h = Math.floor(m / 60);
  const r = m % 60;
  return h && r ? `${h} h ${r} min` : h ? `${h} h` : `${r} min`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `2026-11-23` → `Mon 23 Nov` (with the year when it is not `thisYear`). */
export function day(iso: string | null | undefined, thisYear?: string): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  const wd = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const year = thisYear && thisYear.slice(0, 4) === String(y) ? '' : ` ${y}`;
  return `${wd} ${d} ${MONTHS[m - 1]}${year}`;
}

export const STATUS_LABEL: Record<Item['status'], string> = { todo: 'to do', doing: 'in progress', done: 'done', skipped: 'skipped' };

export function progressText(p: Item['progress']): string | null {
  if (!p) return null;
  if (p.unit === 'percent') return `${p.done}%`;
  return p.total !== null ? `${p.done} of ${p.total} ${p.unit}${p.total === 1 ? '' : 's'}` : `${p.unit} ${p.done}`;
}

export function sectionName(path: string[], file: string): string {
  return path.length ? path.join(' › ') : file;
}

/** Only web links become anchors; anything else (javascript:, data:) stays text. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * For the one library that draws labels with innerHTML (frappe-gantt): the text becomes
 * entities, so the browser shows it as text and never parses it as markup.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
