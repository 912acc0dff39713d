// Reads one note the way the next command will (with the person's corrections), for the
// read-back check after a write. The last few readings are kept by the note's bytes: a
// check-off reads the note before and after, and its undo reads the same two again.
import { createHash } from 'node:crypto';
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
