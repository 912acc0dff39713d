// Pages of a long answer: `/api/roadmap` and `/api/plan` send the first rows of a 10,000-item
// workspace (the rest a request away, or all of it with ?all=1), so no first load is megabytes.
import { addDays, type Plan } from '../../core/plan/index.js';

export const DEFAULT_PAGE = 200;
export const MAX_PAGE = 1000;
/** Days of the plan's calendar sent by default: four weeks from today. */
export const DEFAULT_DAYS = 28;
export const MAX_DAYS = 366;

export interface PageQuery {
  offset: number;
  limit: number;
}

export interface PageInfo extends PageQuery {
  total: number;
  /** The offset of the next page, or null on the last. */
  next: number | null;
}

const whole = (v: string | undefined): number | undefined => (v !== undefined && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

/** `?offset=&limit=` read leniently: a missing or bad number takes the default. */
export function pageQuery(q: Record<string, string | undefined>): PageQuery {
  return { offset: whole(q.offset) ?? 0, limit: Math.max(1, Math.min(MAX_PAGE, whole(q.limit) ?? DEFAULT_PAGE)) };
}

/** The page a first load asks for: the one worth keeping serialised per snapshot. */
export function isFirstPage(p: PageQuery): boolean {
  return p.offset === 0 && p.limit === DEFAULT_PAGE;
}

export function slicePage<T>(rows: readonly T[], p: PageQuery): { rows: T[]; page: PageInfo } {
  const end = p.offset + p.limit;
  return { rows: rows.slice(p.offset, end), page: { ...p, total: rows.length, next: end < rows.length ? end : null } };
}

export interface DaysQuery {
  from: string;
  days: number;
}

/** `?from=YYYY-MM-DD&days=N`: the plan's days shown; from today, four weeks, by default. */
export function daysQuery(q: Record<string, string | undefined>, today: string): DaysQuery {
  const from = q.from !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(q.from) ? q.from : today;
  return { from, days: Math.max(1, Math.min(MAX_DAYS, whole(q.days) ?? DEFAULT_DAYS)) };
}

export function isFirstWindow(d: DaysQuery, today: string): boolean {
  return d.from === today && d.days === DEFAULT_DAYS;
}

/**
 * A plan with one page of its planned items and backlog and a window of its days; the
 * settings, totals, fit and warnings whole. `page` says what was left out.
 */
export function planPage(plan: Plan, p: PageQuery, d: DaysQuery): Omit<Plan, 'items' | 'days' | 'backlog'> & {
  items: Plan['items']; backlog: Plan['backlog']; days: Plan['days'];
  page: { items: PageInfo; backlog: PageInfo; days: DaysQuery & { total: number; first: string | null; last: string | null } };
} {
  const items = slicePage(plan.items, p);
  const backlog = slicePage(plan.backlog, p);
  const to = addDays(d.from, d.days - 1);
  const days = plan.days.filter((x) => x.date >= d.from && x.date <= to);
  return {
    ...plan, items: items.rows, backlog: backlog.rows, days,
    page: { items: items.page, backlog: backlog.page, days: { ...d, total: plan.days.length, first: plan.days[0]?.date ?? null, last: plan.days.at(-1)?.date ?? null } },
  };
}
