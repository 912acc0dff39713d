// Reads one note the way the next command will (with the person's corrections), for the
// read-back check after a write. The last few readings are kept by the note's bytes: a
// check-off reads the note before and after, and its undo reads the same two again.
import { createHash } from 'node:crypto';
import { alternativeEdits, applyEdit, type EditAction, type EditOptions, type EditResult, type EditTarget } from '../core/edit/index.js';
import { checkReadBack, type ReadBackExpectation, type ReadBackProblem } from '../core/edit/read-back.js';
import { UnsafeWriteError } from '../core/errors.js';
import type { Item } from '../core/model/types.js';
import { parseNotes, type Correction } from '../core/notes/index.js';
import { correctionsForReader } from './corrections.js';

const KEEP = 4;
const readings = new Map<string, Item[]>();

/** The corrections that apply to `path` (relative to the notes root), or none when waymark.json is broken. */
export function correctionsFor(root: string, path: string): Correction[] {
  try {
    return correctionsForReader(root, root).filter((c) => c.path === path);
  } catch {
    // A broken waymark.json reads the notes without corrections everywhere, so here too.
    return [];
  }
}

/** The items of one note as the reader reads `text` on `now`'s day. */
export function readNoteItems(path: string, text: string, now: Date, corrections: readonly Correction[] = []): Item[] {
  const day = now.toISOString().slice(0, 10);
  const key = createHash('sha256').update(`${path}\u0000${day}\u0000${JSON.stringify(corrections)}\u0000`).update(text).digest('hex');
  const hit = readings.get(key);
  if (hit) {
    readings.delete(key);
    readings.set(key, hit);
    return hit;
  }
  const items = parseNotes([{ path, text, sha256: '' }], { now, corrections }).items;
  readings.set(key, items);
  if (readings.size > KEEP) readings.delete(readings.keys().next().value!);
  return items;
}

/** What was asked, for the refusal: "done", "progress 3/7", "undo". */
export interface ReadBackContext {
  root: string;
  path: string;
  now: Date;
  /** The command's verb, as the person would say it. */
  verb: string;
}

/** The read-back of `after` against `before` (both the note's whole text); null when it holds. */
export function readBackProblem(ctx: ReadBackContext, before: string, after: string, expected: readonly ReadBackExpectation[]): ReadBackProblem | null {
  const corrections = correctionsFor(ctx.root, ctx.path);
  return checkReadBack(readNoteItems(ctx.path, before, ctx.now, corrections), readNoteItems(ctx.path, after, ctx.now, corrections), expected);
}

/**
 * The edit to write: the editor's first way, or the first of its other ways that reads back
 * as the command reports (see `alternativeEdits`); with the first way's problem when none does.
 */
export function chooseEdit(
  readBack: ReadBackContext, text: string, target: EditTarget, action: EditAction, opts: EditOptions,
  expect: (e: EditResult) => ReadBackExpectation[],
): { edit: EditResult; problem: ReadBackProblem | null } {
  const first = applyEdit(text, target, action, opts);
  if (first.text === text) return { edit: first, problem: null };
  const problem = readBackProblem(readBack, text, first.text, expect(first));
  if (!problem) return { edit: first, problem };
  const before = readNoteItems(readBack.path, text, readBack.now, correctionsFor(readBack.root, readBack.path));
  const me = before.find((i) => i.source.line === target.line);
  const mentions = me ? me.mentions.filter((m) => m.path === readBack.path).map((m) => m.line) : [];
  for (const alt of alternativeEdits(text, target, action, opts, first, mentions)) {
    if (!readBackProblem(readBack, text, alt.text, expect(alt))) return { edit: alt, problem: null };
  }
  return { edit: first, problem };
}

/** The refusal for a write whose read-back failed: one line, with the check's name as its code. */
export class ReadBackError extends UnsafeWriteError {
  override name = 'ReadBackError';
  constructor(ctx: ReadBackContext, readonly problem: ReadBackProblem, restored: boolean) {
    super(
      `${ctx.verb} refused: in ${ctx.path}, ${problem.message}; ${restored ? 'the note was put back as it was' : 'nothing was written'}.`,
      `E_READ_BACK_${problem.check.toUpperCase()}`,
    );
  }
}
