// The plan as an iCalendar file: one VEVENT per booked block at the configured local times.
// UIDs are the item id and the block's ordinal, so re-importing after a re-plan updates
// the same events instead of adding copies. Times are written in UTC, computed from the
// person's time zone (DST-correct), which every calendar reads the same way.
import { TZDate } from '@date-fns/tz';
import ical from 'ical-generator';
import type { Item } from '../model/types.js';
import type { Plan } from '../plan/index.js';

export interface IcsOptions {
  /** IANA zone the block times are local to, e.g. "Europe/Berlin". */
  timeZone: string;
  /** DTSTAMP of every event: when the export was made (passed in). */
  now: Date;
  /** The roadmap's items, for links and source places in event descriptions. */
  items?: Item[];
  name?: string;
}

/** A block's UID: stable while the item keeps its id and the block its position. */
export function blockUid(itemId: string, seq: number): string {
  return `${itemId}-b${seq}@waymark`;
}

export function renderIcs(plan: Plan, options: IcsOptions): string {
  const cal = ical({ name: options.name ?? 'Waymark plan', prodId: { company: 'waymark', product: 'plan', language: 'EN' } });
  cal.x('X-WR-TIMEZONE', options.timeZone);
  const planned = new Map(plan.items.map((p) => [p.id, p]));
  const items = new Map((options.items ?? []).map((it) => [it.id, it]));
  const blockCount = new Map<string, number>();
  for (const d of plan.days) for (const b of d.blocks) blockCount.set(b.itemId, (blockCount.get(b.itemId) ?? 0) + 1);
  for (const day of plan.days) {
    for (const b of day.blocks) {
      const p = planned.get(b.itemId)!;
      const it = items.get(b.itemId);
      const start = localInstant(b.date, b.start, options.timeZone);
      const end = new Date(start.getTime() + b.minutes * 60_000);
      const count = blockCount.get(b.itemId)!;
      const lines = [
        count > 1 ? `Block ${b.seq} of ${count}.` : '',
        `${round1(p.remainingMinutes / 60)} h left on this item (${BASIS[p.basis]}).`,
        p.due ? `Due ${p.due}.` : '',
        p.late ? `Late: ${p.late.why}.` : '',
        `${p.source.path}:${p.source.line}`,
        ...(it?.links ?? []),
      ].filter(Boolean);
      cal.createEvent({
        id: blockUid(b.itemId, b.seq),
        start,
        end,
        stamp: options.now,
        summary: p.title,
        description: lines.join('\n'),
        categories: [{ name: p.kind }],
        url: it?.links[0] ?? null,
      });
    }
  }
  return cal.toString();
}

/** 'YYYY-MM-DD' + 'HH:MM' in a zone → the instant. */
export function localInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(TZDate.tz(timeZone, y, m - 1, d, hh, mm).getTime());
}

const BASIS = { explicit: 'as your notes say', derived: 'derived from your notes', default: 'a guess from its kind' } as const;

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
