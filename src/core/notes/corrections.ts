// A person's corrections to the reading: "this line is an item" (track, with the fields they
// name) and "this line is not" (ignore). Each is anchored to the line's words and its
// neighbours, not to its number, so it survives lines added or removed elsewhere and
// Waymark's own edits (a ticked box, a new count). Applied per file, before duplicates are
// merged, so ids, dependencies and every view see the corrected reading. Pure.
import type { Kind, Warning } from '../model/types.js';
import { buildEntry, round2, type Draft } from './entry.js';
import type { Block } from './reader.js';
import type { ScannedLine } from './scan.js';

export interface Correction {
  action: 'track' | 'ignore';
  /** The note's path, as the workspace names it (relative to the notes root). */
  path: string;
  /** The line's text when the correction was made. */
  text: string;
  /** The nearest non-blank lines above and below then: they tell apart lines with the same words. */
  before?: string;
  after?: string;
  /** track: the fields the person set. */
  kind?: Kind;
  estimateHours?: number;
  title?: string;
}

export interface Anchor {
  text: string;
  before?: string;
  after?: string;
}

/**
 * A line's words without what Waymark's edits change: the list marker and checkbox, status
 * keywords and marks in front, a done date after, and the figures of a count ("Lec 1 done
 * out of 20" and "Lec 2 done out of 20" are the same line).
 */
export function anchorKey(text: string): string {
  return text
    .replace(/^\s*(?:[-*+•]|\d+[.)])?\s*(?:\[[^\]]?\]\s*)?/, '')
    .replace(/^(?:TODO|DONE|DOING|NOW|LATER|NEXT|WAITING|CANCEL(?:L?ED)?)\s+/, '')
    .replace(/^[✅☑✔✓⬜☐❌🔄⏳🟢🟡🟠🔴]\uFE0F?\s*/u, '')
    .replace(/\s*(?:✅|✔️?)\s*\d{4}-\d{2}-\d{2}\s*$/u, '')
    .replace(/\d+(?:\.\d+)?/g, '#')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The anchor of line `index` (0-based) of a note: its text and its non-blank neighbours. */
export function anchorAt(lines: readonly string[], index: number): Anchor {
  let b = index - 1;
  while (b >= 0 && !lines[b]!.trim()) b--;
  let a = index + 1;
  while (a < lines.length && !lines[a]!.trim()) a++;
  return {
    text: lines[index]!,
    ...(b >= 0 ? { before: lines[b]! } : {}),
    ...(a < lines.length ? { after: lines[a]! } : {}),
  };
}

/**
 * Where an anchored line is now (0-based index), or null when it is gone. The line with
 * the same words (less what edits change) wins; among several, the one whose own text and
 * neighbours match best; a tie is no answer, never a guess.
 */
export function locate(anchor: Anchor, lines: readonly string[]): number | null {
  const key = anchorKey(anchor.text);
  if (!key) return null;
  let best = -1;
  let bestScore = -1;
  let tie = false;
  const near = (k: number, step: number): string | undefined => {
    let j = k + step;
    while (j >= 0 && j < lines.length && !lines[j]!.trim()) j += step;
    return j >= 0 && j < lines.length ? lines[j] : undefined;
  };
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k]!;
    if (!t.trim() || anchorKey(t) !== key) continue;
    let score = t === anchor.text ? 1 : 0;
    const b = near(k, -1);
    const a = near(k, 1);
    if (anchor.before !== undefined && b !== undefined && anchorKey(b) === anchorKey(anchor.before)) score += 2;
    if (anchor.after !== undefined && a !== undefined && anchorKey(a) === anchorKey(anchor.after)) score += 2;
    if (score > bestScore) { best = k; bestScore = score; tie = false; } else if (score === bestScore) tie = true;
  }
  return best >= 0 && !tie ? best : null;
}

export interface FileReading {
  drafts: Draft[];
  blocks: Block[];
  lines: ScannedLine[];
}

export interface ApplyOptions {
  path: string;
  org: boolean;
  today: string | null;
  /** Index of each correction in the whole list, for messages ("correction 3"). */
  numbers: number[];
}

/**
 * Applies the corrections of one note to its reading, in place. Drafts' parents are still
 * indices into the file's drafts here, and blocks list item indices: both are renumbered.
 * A correction whose line is gone is reported and never applied to another line.
 */
export function applyCorrections(file: FileReading, corrections: readonly Correction[], opts: ApplyOptions, warnings: Warning[]): void {
  if (corrections.length === 0) return;
  const texts = file.lines.map((l) => l.text);
  const drop = new Set<number>();
  const added: Draft[] = [];
  corrections.forEach((c, n) => {
    const at = locate(c, texts);
    const number = opts.numbers[n] ?? n + 1;
    if (at === null) {
      warnings.push({ path: opts.path, line: null, code: 'correction-orphaned', message: `correction ${number} (${c.action} "${c.text.trim().slice(0, 60)}") no longer finds its line; it is not applied (\`waymark corrections --drop ${number}\` removes it)` });
      return;
    }
    const lineNo = at + 1;
    const own = file.drafts.findIndex((d) => d.source.line === lineNo);
    if (c.action === 'ignore') {
      if (own >= 0) drop.add(own);
      return;
    }
    const d = own >= 0 ? file.drafts[own]! : entryOfLine(file.lines[at]!, file.drafts, opts);
    if (!d) return;
    if (c.title) d.title = c.title;
    if (c.kind) d.kind = c.kind;
    if (c.estimateHours !== undefined) d.estimate = { hours: round2(c.estimateHours), basis: 'explicit' };
    if (own < 0) added.push(d);
  });
  if (drop.size === 0 && added.length === 0) return;
  // Renumber: the kept drafts and the new ones, in line order.
  const old = file.drafts;
  const order: { d: Draft; from: number }[] = [];
  old.forEach((d, i) => { if (!drop.has(i)) order.push({ d, from: i }); });
  for (const d of added) order.push({ d, from: -1 });
  order.sort((a, b) => a.d.source.line - b.d.source.line);
  const to = new Map<number, number>();
  order.forEach((x, i) => { if (x.from >= 0) to.set(x.from, i); });
  // A dropped item's children belong to its parent.
  const parentOf = (i: number): number | null => {
    let p: number | null = old[i]!.parent === null ? null : Number(old[i]!.parent);
    while (p !== null && drop.has(p)) p = old[p]!.parent === null ? null : Number(old[p]!.parent);
    return p;
  };
  for (const i of drop) {
    const p = parentOf(i);
    if (p === null) continue;
    old[p]!.children--;
    if (old[i]!.status === 'done') old[p]!.doneChildren--;
  }
  for (const x of order) {
    if (x.from < 0) continue;
    const p = parentOf(x.from);
    x.d.parent = p === null ? null : String(to.get(p)!);
  }
  for (const b of file.blocks) b.items = b.items.filter((i) => !drop.has(i)).map((i) => to.get(i)!);
  file.drafts.length = 0;
  for (const x of order) file.drafts.push(x.d);
}

/** An item made of a line the reader did not take: its words, its checkbox, the section of the item above. */
function entryOfLine(ln: ScannedLine, drafts: readonly Draft[], opts: ApplyOptions): Draft | null {
  const s = ln.shape;
  const raw = s.t === 'list' ? s.text : s.t === 'heading' || s.t === 'orgHeadline' || s.t === 'text' ? s.text : ln.text.trim();
  if (!raw.trim()) return null;
  let above: Draft | undefined;
  for (const d of drafts) if (d.source.line < ln.no) above = d;
  return buildEntry({
    raw, path: opts.path, line: ln.no, check: s.t === 'list' ? s.check : null, org: opts.org, hint: null,
    sectionPath: above?.path ?? [], status: null, today: opts.today,
  });
}
