// The items page's rows and the item page's lookups, built once per snapshot.
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
  line: number;
  progress: Snapshot['roadmap']['items'][number]['progress'];
  tags: string[];
  optional: boolean;
  remainingHours: number | null;
  start: string | null;
  finish: string | null;
  late: boolean;
}

export function itemRows(snap: Snapshot): { today: string; items: ItemRow[] } {
  const planned = new Map(snap.plan.items.map((p) => [p.id, p]));
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
        id: i.id, title: i.title, kind: i.kind, status: i.status, path: i.path, file: file(i.source.path), line: i.source.line,
        progress: i.progress, tags: i.tags, optional: i.optional,
        remainingHours: w && !w.container ? Math.round(w.remainingMinutes / 6) / 10 : null,
        start: p?.start ?? null, finish: p?.finish ?? null, late: p?.late !== null && p?.late !== undefined,
      };
    }),
  };
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
