// One labelled note read as `npm run score` reads it: decoded as Waymark decodes a note (UTF-8, or
// a legacy encoding it can tell; a note it skips reads as empty), under its own file name, on the
// day the golds were written for. Shared by score, agreement and mine.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Roadmap } from '../src/core/model/types.js';
import { parseNotes } from '../src/core/notes/index.js';
import { decodeNote } from '../src/edge/decode-note.js';
import { notePath } from '../test/notes/scoring.js';

export const LABELLED_DIR = join(import.meta.dirname, '..', 'test', 'notes');
const NOW = new Date('2026-12-01T12:00:00Z');

export function readLabelled(file: string): { text: string; roadmap: Roadmap } {
  const decoded = decodeNote(readFileSync(join(LABELLED_DIR, file)));
  const text = 'text' in decoded ? decoded.text : '';
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { text, roadmap: parseNotes([{ path: notePath(file), text, sha256 }], { now: NOW }) };
}
