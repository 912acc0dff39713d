// The round trip in memory, for every item of a large note: the edits of many items are
// laid into one copy of the note and read back once; a copy that fails the checks is split
// in halves until each failure is one item's own. Items edited together stand far apart in
// the note (every k-th item), so one item's edit does not hide another's effect on its
// neighbour. The same three checks as the real round trip (`sweep.ts`).
import type { EditAction, EditResult, EditTarget } from '../../src/core/edit/index.js';
import type { Item } from '../../src/core/model/types.js';
import { chooseEdit, readNoteItems } from '../../src/edge/read-back.js';
import { ACTIONS, ancestors, emptyCounts, NOW, sameProgress, show, type SweepCounts } from './sweep.js';

const CLOCK = { today: '2026-11-22', time: '10:00' };
/** Items edited together in one copy. */
const GROUP = 16;

function targetOf(i: Item): EditTarget {
  return { path: i.source.path, line: i.source.line, endLine: i.source.endLine, progressLine: i.progressLine, status: i.status, progress: i.progress, title: i.title };
}

interface Edit { item: Item; action: EditAction; result: EditResult }

/**
 * Lays the edit that turned `original` into `edited` onto `into` (a copy holding the edits
 * of items further down): the changed span, found by the common head and tail.
 */
function layEdit(into: string, original: string, edited: string): string {
  let head = 0;
  while (head < original.length && head < edited.length && original[head] === edited[head]) head++;
  let tail = 0;
  while (tail < original.length - head && tail < edited.length - head && original[original.length - 1 - tail] === edited[edited.length - 1 - tail]) tail++;
  // Edits below `head` were laid first and changed only what follows: the head is the same in `into`.
  const keepTail = into.length - (original.length - head - tail) - head;
  return into.slice(0, head) + edited.slice(head, edited.length - tail) + into.slice(into.length - keepTail);
}

/** The failures of one copy holding `edits`: per item (state, id) and whether other items changed. */
function check(rel: string, text: string, before: Item[], edits: Edit[]): { state: Edit[]; id: Edit[]; others: string | null } {
  let out = text;
  // Bottom up, so lines inserted by one edit move nothing above it.
  for (const e of [...edits].sort((a, b) => b.item.source.line - a.item.source.line)) out = layEdit(out, text, e.result.text);
  const after = readNoteItems(rel, out, NOW);
  const afterById = new Map(after.map((i) => [i.id, i]));
  const edited = new Set(edits.map((e) => e.item.id));
  const rolledUp = ancestors(before, [...edited]);
  const state: Edit[] = [];
  const id: Edit[] = [];
  for (const e of edits) {
    const now = afterById.get(e.item.id);
    if (!now) id.push(e);
    const got = now ?? after.find((i) => i.source.line === e.item.source.line);
    if (!got || got.status !== e.result.status || !sameProgress(got.progress, e.result.progress)) state.push(e);
  }
  const lost = before.filter((b) => !edited.has(b.id) && !afterById.has(b.id));
  const differ = before.filter((b) => {
    const a = edited.has(b.id) ? undefined : afterById.get(b.id);
    return a && (a.title !== b.title || a.kind !== b.kind || a.parent !== b.parent || (!rolledUp.has(b.id) && (a.status !== b.status || !sameProgress(a.progress, b.progress))));
  });
  const ids = new Set(before.map((b) => b.id));
  const added = after.filter((a) => !ids.has(a.id));
  const others = lost.length || differ.length || added.length > id.length
    ? `${lost.length} gone ${lost.slice(0, 2).map(show).join(', ')}; ${differ.length} changed ${differ.slice(0, 2).map((b) => `${show(b)} → ${show(afterById.get(b.id))}`).join(', ')}; ${added.length - id.length} new`
    : null;
  return { state, id, others };
}

/** Every item of one note through done, start and progress, in memory; counts as `sweepNote` does (no undo: nothing is written). */
export function sweepNoteFast(rel: string, text: string, label = rel): SweepCounts {
  const out = emptyCounts();
  out.notes = 1;
  const before = readNoteItems(rel, text, NOW);
  out.items = before.length;
  const note = (s: string) => { if (out.examples.length < 60) out.examples.push(`${label} ${s}`); };
  for (const [name, actionOf] of ACTIONS) {
    const edits: Edit[] = [];
    for (const item of before) {
      const action = actionOf(item);
      try {
        // The edit Waymark would write: the editor's first way, or another that reads back right.
        const ctx = { root: '/nonexistent', path: rel, now: NOW, verb: name };
        const chosen = chooseEdit(ctx, text, targetOf(item), action, CLOCK, (e) => [{ id: item.id, line: item.source.line, status: e.status, progress: e.progress }]);
        if (chosen.problem) {
          out.refused++;
          note(`:${item.source.line} ${name} "${item.title.slice(0, 40)}": refused: ${chosen.problem.message}`);
        } else if (chosen.edit.text !== text) edits.push({ item, result: chosen.edit, action });
      } catch (e) {
        out.errors++;
        note(`:${item.source.line} ${name} "${item.title.slice(0, 40)}": error: ${(e as Error).message}`);
      }
    }
    out.edits += edits.length;
    const stride = Math.max(1, Math.ceil(edits.length / GROUP));
    const run = (group: Edit[]): void => {
      if (group.length === 0) return;
      const r = check(rel, text, before, group);
      if (!r.others && r.state.length === 0 && r.id.length === 0) return;
      if (group.length > 1) {
        const half = Math.ceil(group.length / 2);
        run(group.slice(0, half));
        run(group.slice(half));
        return;
      }
      const e = group[0]!;
      const where = `:${e.item.source.line} ${name} "${e.item.title.slice(0, 40)}"`;
      if (r.id.length) { out.id++; note(`${where}: id lost`); }
      if (r.state.length) { out.state++; note(`${where}: reported ${e.result.status} ${JSON.stringify(e.result.progress)}`); }
      if (r.others) { out.others++; note(`${where}: others: ${r.others}`); }
    };
    for (let k = 0; k < stride; k++) run(edits.filter((_, n) => n % stride === k));
  }
  return out;
}
