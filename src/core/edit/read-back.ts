// The read-back of a write: the note as it will be read next time, compared with what the
// command says it did. Three checks: the item reads back with exactly the status and
// progress reported, keeps its id, and every other item of the note reads as before with
// the same id (the items it belongs to may change status and progress, which they roll up
// from their children). The edge runs it before a write is reported, refusing when it fails.
import type { Item, Progress, Status } from '../model/types.js';

/** What the write says the item now is. */
export interface ReadBackExpectation {
  /** The item's id in the reading of the note before the write. */
  id: string;
  /** Its title line before the write: finds it when the caller's id is another reading's. */
  line: number;
  status: Status;
  progress: Progress | null;
  /** Only the amount done is known (an undo knows what it was, not the total): compare that. */
  doneOnly?: boolean;
}

/** Which of the three checks failed: the item's state, another item, the item's id. */
export type ReadBackCheck = 'state' | 'others' | 'id';

export interface ReadBackProblem {
  check: ReadBackCheck;
  /** One line, for a person: what the note would read as. */
  message: string;
}

const STATUS_WORDS: Record<Status, string> = { todo: 'to do', doing: 'in progress', done: 'done', skipped: 'skipped' };

function progressText(p: Progress | null): string {
  if (!p) return 'no progress';
  return `${p.done}${p.total !== null ? `/${p.total}` : ''}${p.unit === 'percent' ? '%' : ` ${p.unit}`}`;
}

function sameProgress(a: Progress | null, b: Progress | null): boolean {
  if (a === null || b === null) return a === b;
  return a.done === b.done && a.total === b.total && a.unit === b.unit;
}

/** What another item must keep for the note to read as before. */
function sameReading(a: Item, b: Item): boolean {
  return a.title === b.title && a.status === b.status && a.kind === b.kind && a.parent === b.parent && sameProgress(a.progress, b.progress);
}

/** What a parent must keep when a child's edit may change its rolled-up status and progress. */
function sameFrame(a: Item, b: Item): boolean {
  return a.title === b.title && a.kind === b.kind && a.parent === b.parent;
}

function quoted(title: string): string {
  return `"${title.length > 60 ? `${title.slice(0, 57)}…` : title}"`;
}

/**
 * Checks the reading of a note after a write against the reading before and what the write
 * reports for each item it changed; null when all three checks hold.
 * @example checkReadBack(before, after, [{ id, line: 4, status: 'done', progress: null }]) // null, or { check: 'state', message: '"Walk Through" reads back as to do, not done' }
 */
export function checkReadBack(before: readonly Item[], after: readonly Item[], expected: readonly ReadBackExpectation[]): ReadBackProblem | null {
  const beforeById = new Map(before.map((i) => [i.id, i]));
  const afterById = new Map(after.map((i) => [i.id, i]));
  const targets = new Set<string>();
  for (const e of expected) {
    const was = beforeById.get(e.id) ?? before.find((i) => i.source.line === e.line);
    if (!was) return { check: 'id', message: `the item on line ${e.line} was not an item of the note before the write` };
    targets.add(was.id);
    const now = afterById.get(was.id);
    if (!now) {
      const there = after.find((i) => i.source.line === was.source.line);
      return {
        check: 'id',
        message: `${quoted(was.title)} would no longer read as the same item${there ? ` (line ${was.source.line} would read as ${quoted(there.title)})` : ' (it would not read as an item at all)'}`,
      };
    }
    // (A count written with no unit of its own, "(3/7)", reads back in the unit its line names:
    // a book's chapters, "… Projects (1/5)" projects. The count is what was reported.)
    const progressOk = e.doneOnly ? (now.progress?.done ?? null) === (e.progress?.done ?? null)
      : sameProgress(now.progress, e.progress) || (e.progress?.unit === 'part' && now.progress !== null && now.progress.done === e.progress.done && now.progress.total === e.progress.total);
    if (now.status !== e.status || !progressOk) {
      const got = now.status !== e.status ? STATUS_WORDS[now.status] : progressText(now.progress);
      const want = now.status !== e.status ? STATUS_WORDS[e.status] : progressText(e.progress);
      return { check: 'state', message: `${quoted(was.title)} would read back as ${got}, not ${want}` };
    }
  }
  // The items the edited ones belong to: their status and progress are rolled up from
  // their children's, so a child ticked may put its parent under way.
  const rolledUp = new Set<string>();
  for (const id of targets) {
    for (let p = beforeById.get(id)?.parent ?? null; p !== null && !rolledUp.has(p); p = beforeById.get(p)?.parent ?? null) rolledUp.add(p);
  }
  const gone: Item[] = [];
  const changed: Item[] = [];
  for (const b of before) {
    if (targets.has(b.id)) continue;
    const a = afterById.get(b.id);
    if (!a) gone.push(b);
    else if (rolledUp.has(b.id) ? !sameFrame(a, b) : !sameReading(a, b)) changed.push(b);
  }
  const added = after.filter((a) => !beforeById.has(a.id));
  if (gone.length || changed.length || added.length) {
    const parts = [
      gone.length ? `${gone.length} gone (${quoted(gone[0]!.title)}${gone.length > 1 ? ', …' : ''})` : '',
      changed.length ? `${changed.length} read differently (${quoted(changed[0]!.title)}${changed.length > 1 ? ', …' : ''})` : '',
      added.length ? `${added.length} new (${quoted(added[0]!.title)}${added.length > 1 ? ', …' : ''})` : '',
    ].filter(Boolean);
    return { check: 'others', message: `the write would change other items of the note: ${parts.join('; ')}` };
  }
  return null;
}
