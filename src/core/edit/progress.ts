// Progress write-back: rewrite the number in the note's own phrase ("Lec 1 done out of
// 20" → "Lec 2 done out of 20"), or append a short phrase the reader understands
// (" (3/20 lectures)", " (40%)") when the item has none.
import { UsageError } from '../errors.js';
import { findBareFraction, findBracketFraction, findProgress } from '../notes/phrases.js';
import type { Progress, Status } from '../model/types.js';
import { readLine } from './anatomy.js';
import type { LineChange } from './lines.js';
import type { FileStyle } from './style.js';
import { annotationPoint, boxChar } from './status.js';

/** What the person typed: `13`, `13/20` or `40%`. */
export interface ProgressInput {
  done: number;
  total: number | null;
  percent: boolean;
}

/** Parses `13`, `13/20`, `40%`, `2.5/10`; null when it is none of these. */
export function parseProgressInput(text: string): ProgressInput | null {
  const t = text.trim();
  let m = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (m) {
    const n = Number(m[1]);
    return n <= 100 ? { done: n, total: 100, percent: true } : null;
  }
  m = /^(\d+(?:\.\d+)?)\s*(?:\/|of)\s*(\d+(?:\.\d+)?)$/.exec(t);
  if (m) {
    const done = Number(m[1]);
    const total = Number(m[2]);
    return total > 0 && done <= total ? { done, total, percent: false } : null;
  }
  m = /^(\d+(?:\.\d+)?)$/.exec(t);
  return m ? { done: Number(m[1]), total: null, percent: false } : null;
}

/** The progress an input means for an item that currently has `current`. */
export function resolveProgress(input: ProgressInput, current: Progress | null): Progress {
  if (input.percent) {
    if (current && current.unit !== 'percent' && current.total) {
      return { done: Math.round((input.done / 100) * current.total), total: current.total, unit: current.unit };
    }
    return { done: input.done, total: 100, unit: 'percent' };
  }
  if (current?.unit === 'percent') {
    // "13/20" on an item counted in percent: convert; a bare "13" is read as 13%.
    const pct = input.total ? Math.round((input.done / input.total) * 100) : input.done;
    if (pct > 100) throw new UsageError(`progress ${pct}% is over 100%`);
    return { done: pct, total: 100, unit: 'percent' };
  }
  const total = input.total ?? current?.total ?? null;
  if (total !== null && input.done > total) {
    throw new UsageError(`progress ${input.done} is more than the total of ${total}${current ? ` ${plural(current.unit)}` : ''}; give N/M to change the total`);
  }
  return { done: input.done, total, unit: current?.unit ?? 'part' };
}

const IRREGULAR: Record<string, string> = { quiz: 'quizzes', class: 'classes', 'problem set': 'problem sets', percent: 'percent' };

/** "lecture" → "lectures". */
export function plural(unit: string): string {
  return IRREGULAR[unit] ?? (/(?:s|x|ch|sh)$/.test(unit) ? `${unit}es` : `${unit}s`);
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** The short phrase appended when an item has none. */
export function progressPhrase(p: Progress): string {
  if (p.unit === 'percent') return `(${fmt(p.done)}%)`;
  if (p.total === null) throw new UsageError('the note has no progress phrase to count from: give N/M (e.g. 3/20) or a percentage');
  return `(${fmt(p.done)}/${fmt(p.total)} ${plural(p.unit)})`;
}

/**
 * Line changes that set the item's progress to `next`: the phrase on `progressLine` (or on
 * the title line, or the lines under it up to `endLine`) is rewritten in place; without
 * one, a short phrase is appended to the title line (and, with `box`, a checkbox put in
 * front of a line without one, so it stays an item).
 */
export function progressChanges(
  lines: readonly string[], item: { line: number; endLine: number; progressLine: number | null; title?: string },
  next: Progress, style: FileStyle, box = true, status: Status = next.done > 0 && (next.total === null || next.done < next.total) ? 'doing' : 'todo',
): LineChange[] {
  const candidates = item.progressLine ? [item.progressLine] : [];
  for (let n = item.line; n <= Math.max(item.line, item.endLine); n++) if (!candidates.includes(n)) candidates.push(n);
  for (const n of candidates) {
    const text = lines[n - 1];
    if (text === undefined) continue;
    const masked = maskLinks(text);
    // (Or the count in brackets that ends the line, "- Dune (3/10)", "- 课本（18/20）", as the reader reads it.)
    const found = findProgress(masked) ?? findBareFraction(masked) ?? findBracketFraction(masked);
    if (!found) continue;
    // "已学完“P12. 数组练习讲解”": the number is part of a lesson's name; a new number beside the old name would misname it.
    if (found.named) throw new UsageError(`line ${n} names the part reached ("${text.slice(found.index, found.index + found.length).trim()}…"); write the new part's name there yourself: nothing was changed`);
    const rewritten = rewritePhrase(text, found, next);
    if (rewritten === null) continue;
    return rewritten === text ? [] : [{ line: n, content: rewritten }];
  }
  const title = lines[item.line - 1];
  if (title === undefined) throw new RangeError(`no line ${item.line}`);
  // "| Rust book | 3/5 |", "| DL Specialization | 🚧 In Progress (3/5) |", "| SQL | 40% |": a
  // table row's one count, rewritten in its cell.
  const cell = tableCount(title, next);
  if (cell !== null) return cell === title ? [] : [{ line: item.line, content: cell }];
  const a = readLine(title, style.dialect, style.orgKeywords);
  const at = annotationPoint(title, a, item.title);
  let out = `${title.slice(0, at)} ${progressPhrase(next)}${title.slice(at)}`;
  // A bullet or plain line with a progress phrase and no box reads as the progress line of
  // the item above it; a box keeps it an item of its own, saying the status the edit
  // reports ("[/]" while under way, "[x]" on a finished item whose count is set lower).
  if (box && (a.kind === 'list' || a.kind === 'plain') && !a.box) {
    out = `${out.slice(0, a.boxAt)}[${boxChar(status, style, a)}] ${out.slice(a.boxAt)}`;
  }
  return [{ line: item.line, content: out }];
}



/**
 * A table row's line with its one count ("3/5", "40%") set to `next`, or null when the line is
 * no table row or holds no such count, or more than one (which is meant is not known).
 */
function tableCount(line: string, next: Progress): string | null {
  if (!/^\s*\|.*\|\s*$/.test(line)) return null;
  const masked = maskLinks(line);
  const re = next.unit === 'percent' ? /(?<![\w.])(\d{1,3}(?:\.\d+)?)\s?%/g : /(?<![\d/.])(\d{1,5})\s*\/\s*(\d{1,5})(?![\d/])/g;
  const all = [...masked.matchAll(re)];
  if (all.length !== 1) return null;
  const m = all[0]!;
  if (next.unit === 'percent') return line.slice(0, m.index) + fmt(next.done) + line.slice(m.index + m[1]!.length);
  const total = next.total === null ? m[2]! : fmt(next.total);
  return line.slice(0, m.index) + m[0].replace(/^\d+/, fmt(next.done)).replace(/\d+$/, total) + line.slice(m.index + m[0].length);
}

/** Blanks out link targets (same length, so offsets hold): "part3/7" in a URL is no progress. */
function maskLinks(s: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return s
    .replace(/\]\([^)\s]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/<https?:[^>\s]*>/g, blank)
    .replace(/https?:\/\/\S+/g, blank);
}

type Found = NonNullable<ReturnType<typeof findProgress>>;

/** Rewrites the numbers of one phrase; null when the phrase counts something else. */
function rewritePhrase(text: string, found: Found, next: Progress): string | null {
  const samePercent = (found.unit === 'percent') === (next.unit === 'percent');
  if (!samePercent) return null;
  // "currently on chapter 5" says 4 are done: keep that offset between the number and the count.
  const offset = Number(text.slice(found.doneIndex, found.doneIndex + found.doneLength)) - found.done;
  const written = fmt(next.done + (Number.isFinite(offset) ? offset : 0));
  let out = text.slice(0, found.doneIndex) + written + text.slice(found.doneIndex + found.doneLength);
  if (found.remainingIndex !== undefined && found.remainingLength !== undefined) {
    // "…, 20 to go": the note says what is left, so that is the number to keep true.
    if (next.total === null) return out;
    const at = found.remainingIndex + written.length - found.doneLength;
    return out.slice(0, at) + fmt(next.total - next.done) + out.slice(at + found.remainingLength);
  }
  if (next.total !== null && found.total !== null && next.total !== found.total && next.unit !== 'percent') {
    // The total stands after the done number inside the phrase.
    const shift = written.length - found.doneLength;
    const from = found.doneIndex + written.length;
    const phraseEnd = found.index + found.length + shift;
    const re = new RegExp(`(?<![\\d.])${String(found.total).replace('.', '\\.')}(?![\\d])`, 'g');
    re.lastIndex = from;
    const m = re.exec(out);
    if (m && m.index < phraseEnd) out = out.slice(0, m.index) + fmt(next.total) + out.slice(m.index + m[0].length);
  }
  return out;
}
