// When a note changed between our read and our write (an editor saved it), the edit may
// still apply cleanly: the item's lines are unchanged, perhaps moved. This finds them.

import { lineSpans } from './lines.js';

export interface LinePlace {
  line: number;
  endLine: number;
  progressLine: number | null;
}

function linesOf(text: string): string[] {
  return lineSpans(text).map((s) => text.slice(s.start, s.end));
}

/**
 * Where the item that stood at `place` in `before` stands in `after`, or null when its
 * lines were changed or are no longer found exactly once (the edit would be a guess).
 */
export function rebaseTarget<T extends LinePlace>(before: string, after: string, place: T): T | null {
  const old = linesOf(before);
  const now = linesOf(after);
  const first = Math.min(place.line, place.progressLine ?? place.line);
  const last = Math.max(place.endLine, place.line, place.progressLine ?? place.line);
  const block = old.slice(first - 1, last);
  if (block.length !== last - first + 1) return null;
  const matchesAt = (start: number) => block.every((l, i) => now[start + i] === l);
  let delta: number | null = null;
  if (matchesAt(first - 1)) delta = 0;
  else {
    for (let s = 0; s + block.length <= now.length; s++) {
      if (!matchesAt(s)) continue;
      if (delta !== null) return null;
      delta = s - (first - 1);
    }
  }
  if (delta === null) return null;
  return {
    ...place,
    line: place.line + delta,
    endLine: place.endLine + delta,
    progressLine: place.progressLine === null ? null : place.progressLine + delta,
  };
}
