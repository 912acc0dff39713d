// The items page's rows and the item page's lookups, built once per snapshot.
import { trackNamer } from '../../core/metrics/index.js';
import type { Item } from '../../core/model/types.js';
import { memo, notePath, type Snapshot } from '../workspace-state.js';

export interface ItemRow {
  id: string;
  title: string;
  kind: Item['kind'];
  status: Item['status'];
  path: string[];
  /** The note, relative to the notes root. */
  file: string;
  /** The track the item counts in (as `status` and the overview name it). */
  track: string;
  line: number;
  progress: Snapshot['roadmap']['items'][number]['progress'];
  tags: string[];
  optional: boolean;
  remainingHours: number | null;
  start: string | null;
  finish: string | null;
  late: boolean;
}

/** Where the rows and their search facets are kept in a snapshot's memo. */
export const ROWS_KEY = 'rows';
export const ROWS_FACETS_KEY = 'rows:facets';

export function itemRows(snap: Snapshot): { today: string; items: ItemRow[] } {
  return memo(snap, ROWS_KEY, () => buildRows(snap));
}

function buildRows(snap: Snapshot): { today: string; items: ItemRow[] } {
  const planned = new Map(snap.plan.items.map((p) => [p.id, p]));
  const trackOf = trackNamer(snap.roadmap.items);
  const shown = new Map<string, string>();
  const file = (path: string): string => {
    let f = shown.get(path);
    if (f === undefined) shown.set(path, (f = notePath(snap, path)));
    return f;
  };
  return {
    today: snap.today,
    items: snap.roadmap.items.map((i) => {
      const p = planned.get(i.id);
      const w = snap.work.get(i.id);
      return {
        id: i.id, title: i.title, kind: i.kind, status: i.status, path: i.path, file: file(i.source.path), track: trackOf(i), line: i.source.line,
        progress: i.progress, tags: i.tags, optional: i.optional,
        remainingHours: w && !w.container ? Math.round(w.remainingMinutes / 6) / 10 : null,
        start: p?.start ?? null, finish: p?.finish ?? null, late: p?.late !== null && p?.late !== undefined,
      };
    }),
  };
}

export type SortKey = 'source' | 'title' | 'status' | 'kind' | 'left' | 'start';
export const SORT_KEYS: readonly SortKey[] = ['source', 'start', 'left', 'title', 'status', 'kind'];
const STATUS_ORDER: Record<string, number> = { doing: 0, todo: 1, done: 2, skipped: 3 };

export interface ItemQuery {
  q?: string;
  kind?: string;
  status?: string;
  /** A track, a section heading or a file. */
  section?: string;
  sort?: SortKey;
  offset?: number;
  limit?: number;
}

/** One page of the items page: the rows matched, how many in all, and the filters' choices. */
export interface ItemPage {
  today: string;
  total: number;
  matched: number;
  kinds: string[];
  tracks: string[];
  items: ItemRow[];
}

function words(s: string): string[] {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/\s+/).filter(Boolean);
}

/**
 * Searches, filters and sorts on the server, and sends one page of rows: at 10,000 items the
 * whole list is megabytes, a page of 200 a few dozen kilobytes.
 */
export function queryItems(snap: Snapshot, query: ItemQuery): ItemPage {
  const { today, items } = itemRows(snap);
  const facets = memo(snap, ROWS_FACETS_KEY, () => ({
    kinds: [...new Set(items.map((i) => i.kind))].sort(),
    tracks: [...new Set(items.map((i) => i.track))],
    // Each row's search text, normalised once per snapshot rather than per request.
    hay: items.map((i) => words([i.title, ...i.path, ...i.tags, i.file, i.track].join(' ')).join(' ')),
  }));
  const qw = words(query.q ?? '');
  const out: ItemRow[] = [];
  items.forEach((i, n) => {
    if (query.kind && i.kind !== query.kind) return;
    if (query.status && i.status !== query.status) return;
    if (query.section && i.track !== query.section && !i.path.includes(query.section) && i.file !== query.section) return;
    if (qw.length && !qw.every((w) => facets.hay[n]!.includes(w))) return;
    out.push(i);
  });
  const by: Record<SortKey, (a: ItemRow, b: ItemRow) => number> = {
    source: () => 0,
    title: (a, b) => a.title.localeCompare(b.title),
    status: (a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9),
    kind: (a, b) => a.kind.localeCompare(b.kind),
    left: (a, b) => (b.remainingHours ?? -1) - (a.remainingHours ?? -1),
    start: (a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999'),
  };
  const sorted = !query.sort || query.sort === 'source' ? out : out.sort(by[query.sort]);
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.max(1, Math.min(1000, query.limit ?? 200));
  return { today, total: items.length, matched: sorted.length, kinds: facets.kinds, tracks: facets.tracks, items: sorted.slice(offset, offset + limit) };
}

/** Lookups the item page needs, built once per snapshot. */
export interface ItemIndex {
  byId: Map<string, Item>;
  planned: Map<string, Snapshot['plan']['items'][number]>;
  blocks: Map<string, Snapshot['plan']['days'][number]['blocks']>;
  children: Map<string, Item[]>;
  history: Map<string, Snapshot['history']>;
}

export function itemIndex(snap: Snapshot): ItemIndex {
  return memo(snap, 'index', () => {
    const push = <T>(m: Map<string, T[]>, k: string, v: T): void => {
      const xs = m.get(k);
      if (xs) xs.push(v); else m.set(k, [v]);
    };
    const idx: ItemIndex = {
      byId: new Map(snap.roadmap.items.map((i) => [i.id, i])),
      planned: new Map(snap.plan.items.map((p) => [p.id, p])),
      blocks: new Map(), children: new Map(), history: new Map(),
    };
    for (const d of snap.plan.days) for (const b of d.blocks) push(idx.blocks, b.itemId, b);
    for (const i of snap.roadmap.items) if (i.parent) push(idx.children, i.parent, i);
    for (const e of snap.history) push(idx.history, e.itemId, e);
    return idx;
  });
}
