// A write from the page, shown before the notes are read again: at 10,000 items a re-read
// and re-plan take a second or more, while the status or progress written is known at once.
import type { Item } from '../../core/model/types.js';
import type { TrackEvent } from '../../core/metrics/history.js';
import type { Snapshot } from '../workspace-state.js';
import { ROWS_KEY, ROWS_FACETS_KEY, type ItemRow } from './items.js';

/** What a write set on each item it changed. */
export type Written = ReadonlyMap<string, Pick<Item, 'status' | 'progress'>>;

/** The changes an undone batch puts back: each item's status and count before it. */
export function undoneChanges(items: readonly Item[], events: readonly TrackEvent[]): Written {
  const byId = new Map(items.map((i) => [i.id, i]));
  const out = new Map<string, Pick<Item, 'status' | 'progress'>>();
  for (const e of [...events].reverse()) {
    const item = byId.get(e.itemId);
    if (!item) continue;
    const cur = out.get(e.itemId) ?? { status: item.status, progress: item.progress };
    if (e.kind === 'status' && e.fromStatus) out.set(e.itemId, { ...cur, status: e.fromStatus });
    if (e.kind === 'progress' && e.fromDone !== null && cur.progress) out.set(e.itemId, { ...cur, progress: { ...cur.progress, done: e.fromDone } });
  }
  return out;
}

/**
 * The snapshot with the written changes and the history as it now is. The items page's rows
 * are carried over with the same changes (rebuilding 10,000 rows would cost what showing the
 * write at once saves); every other answer is computed afresh from the amended snapshot.
 */
export function withWritten(snap: Snapshot, changes: Written, history: TrackEvent[], version: number): Snapshot {
  const apply = <T extends { id: string; status: Item['status']; progress: Item['progress'] }>(x: T): T => {
    const c = changes.get(x.id);
    return c ? { ...x, status: c.status, progress: c.progress } : x;
  };
  const memo = new Map<string, unknown>();
  const rows = snap.memo.get(ROWS_KEY) as { today: string; items: ItemRow[] } | undefined;
  if (rows) memo.set(ROWS_KEY, { ...rows, items: changes.size ? rows.items.map(apply) : rows.items });
  // The search text holds titles, sections and files, none of which a status changes.
  if (snap.memo.has(ROWS_FACETS_KEY)) memo.set(ROWS_FACETS_KEY, snap.memo.get(ROWS_FACETS_KEY));
  const items = changes.size ? snap.roadmap.items.map(apply) : snap.roadmap.items;
  return { ...snap, version, roadmap: { ...snap.roadmap, items }, history, memo };
}
