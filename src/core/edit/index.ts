// Write-back into a note: given a file's text, an item's place and an action, return the
// new text with only the edited span changed, in the note's own dialect.
import type { Progress, Status } from '../model/types.js';
import { STATUS_FIELD_NAME } from '../notes/line-rules.js';
import { isTodoTxt, todoTxtStatusLine } from '../notes/todotxt.js';
import { UsageError } from '../errors.js';
import { dialectOf } from './anatomy.js';
import { type LineChange, lineSpans, replaceLines } from './lines.js';
import { type ProgressInput, progressChanges, resolveProgress } from './progress.js';
import { type EditClock, statusChanges } from './status.js';
import { type DoneDateOption, detectStyle } from './style.js';

export type { Dialect, LineAnatomy } from './anatomy.js';
export { readLine, dialectOf } from './anatomy.js';
export type { EditClock } from './status.js';
export type { FileStyle, DoneDateOption, DoneDateStyle } from './style.js';
export { detectStyle } from './style.js';
export type { ProgressInput } from './progress.js';
export { parseProgressInput, resolveProgress, plural, progressPhrase } from './progress.js';
export { lineSpans, replaceLines, dominantEol } from './lines.js';
export type { LineChange, LineSpan } from './lines.js';
export { rebaseTarget } from './rebase.js';
export { resolveItem, searchWords, type ItemMatch } from './resolve-item.js';

/** Where the item stands in its file and what it says now. */
export interface EditTarget {
  path: string;
  line: number;
  endLine: number;
  progressLine: number | null;
  status: Status;
  progress: Progress | null;
  /** The item's title as read: places a mark in the right table cell or kanban card segment. */
  title?: string;
}

export type EditAction =
  | { kind: 'status'; status: Status }
  | { kind: 'progress'; input: ProgressInput };

export interface EditOptions extends EditClock {
  /** How to write a done date: follow the file ('auto', the default), a fixed style, or 'none'. */
  doneDate?: DoneDateOption;
  /**
   * A bullet without a box gets its status as a mark after its words ("- SICP — done") and
   * its progress without a box: for where a box would change how the note reads.
   */
  markAfter?: boolean;
}

export interface EditResult {
  text: string;
  /** 1-based lines (of the old text) that changed. */
  lines: number[];
  /** The item's status and progress once the edit is read back. */
  status: Status;
  progress: Progress | null;
}

/**
 * The line that holds the item's status: its title line, or a "Status: …" line it reads
 * its status from (a heading that is an item, with the status on a line under it).
 */
function statusLine(lines: readonly string[], target: EditTarget): number {
  const p = target.progressLine;
  // The item's own line may be the status field already (a "Status: …" line).
  if (STATUS_FIELD_LINE.test(lines[target.line - 1] ?? '')) return target.line;
  // A note about one book or course stands on its front matter's "title:"; its status is
  // the front matter's "status:" field.
  const fm = frontMatterStatus(lines, target.line);
  if (fm !== null) return fm;
  // "Status: In progress" over "Progress: 3/10 chapters" under the item: the status goes in the
  // Status line, the count stays the Progress line's.
  const to = Math.min(Math.max(target.endLine, p ?? 0), lines.length, target.line + 12);
  for (let k = target.line + 1; k <= to; k++) if (/^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:status|state)(?:\*\*|__)?[ \t]*[:：]/i.test(lines[k - 1] ?? '')) return k;
  return p !== null && p !== target.line && STATUS_FIELD_LINE.test(lines[p - 1] ?? '') ? p : target.line;
}
const STATUS_FIELD_LINE = new RegExp(`^[ \\t]*${STATUS_FIELD_NAME}[ \\t]*[:：]`, 'i');

/** The line of the status field in the front matter that holds line `at`, or null (not in front matter, or none). */
function frontMatterStatus(lines: readonly string[], at: number): number | null {
  if (at < 2 || lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return null;
  for (let k = 1; k < lines.length && k < 200; k++) {
    if (/^(?:---|\.\.\.)\s*$/.test(lines[k]!)) {
      if (at - 1 >= k) return null;
      // ("status:" before "progress:", wherever each stands.)
      for (let j = 1; j < k; j++) if (/^[ \t]*(?:status|state)[ \t]*:/i.test(lines[j]!)) return j + 1;
      for (let j = 1; j < k; j++) if (STATUS_FIELD_LINE.test(lines[j]!)) return j + 1;
      return null;
    }
  }
  return null;
}

/**
 * Applies `action` to the item `target` inside `text`.
 * @example applyEdit('- [ ] Read SICP\n', { path: 'a.md', line: 1, endLine: 1, progressLine: null, status: 'todo', progress: null },
 *   { kind: 'status', status: 'done' }, { today: '2026-11-22', time: '10:00' }).text === '- [x] Read SICP\n'
 */
export function applyEdit(text: string, target: EditTarget, action: EditAction, opts: EditOptions): EditResult {
  const style = detectStyle(text, dialectOf(target.path), opts.doneDate ?? 'auto');
  const spans = lineSpans(text);
  const lines = spans.map((s) => text.slice(s.start, s.end));
  let changes: LineChange[] = [];
  let status = target.status;
  let progress = target.progress;
  // A todo.txt list writes status its own way ("x 2026-11-22 …") and has no checkboxes.
  const todoTxt = style.dialect === 'markdown' && isTodoTxt(target.path, text);
  const setStatus = (ls: readonly string[], to: Status): LineChange[] =>
    todoTxt ? todoTxtChanges(ls, target.line, to, opts.today) : statusChanges(ls, statusLine(ls, target), to, style, opts, target.title, opts.markAfter);
  if (action.kind === 'status') {
    changes = setStatus(lines, action.status);
    status = action.status;
  } else {
    progress = resolveProgress(action.input, target.progress);
    const complete = progress.total !== null && progress.done >= progress.total;
    // The status the edit reports: finished at the total, under way once begun, else as it was.
    const reported = complete ? 'done' : progress.done > 0 && target.status === 'todo' ? 'doing' : target.status;
    changes = progressChanges(lines, target, progress, style, !todoTxt && !opts.markAfter, reported);
    if (complete && target.status !== 'done') {
      // Reaching the total finishes the item: tick it too, on the (possibly rewritten) title line.
      const merged = lines.slice();
      for (const c of changes) merged[c.line - 1] = c.content;
      const more = setStatus(merged, 'done');
      changes = mergeChanges(changes, more);
      status = 'done';
    } else if (!complete && progress.done > 0 && target.status === 'todo') {
      status = 'doing';
    }
  }
  return { text: changes.length ? replaceLines(text, changes) : text, lines: changes.map((c) => c.line).sort((a, b) => a - b), status, progress };
}

/** A todo.txt task set to `to`; todo.txt has no mark for under way or dropped, so those are refused. */
function todoTxtChanges(lines: readonly string[], lineNo: number, to: Status, today: string): LineChange[] {
  const line = lines[lineNo - 1];
  if (line === undefined) throw new RangeError(`no line ${lineNo}`);
  const next = todoTxtStatusLine(line, to, today);
  if (next === null) throw new UsageError(`todo.txt has no way to write "${to}": only done ("x …") and open; nothing was changed`);
  return next === line ? [] : [{ line: lineNo, content: next }];
}

/** Later changes to the same line win; inserted lines are kept. */
function mergeChanges(first: LineChange[], later: LineChange[]): LineChange[] {
  const byLine = new Map<number, LineChange>();
  for (const c of [...first, ...later]) {
    const prev = byLine.get(c.line);
    byLine.set(c.line, prev ? { ...c, insertAfter: c.insertAfter ?? prev.insertAfter } : c);
  }
  return [...byLine.values()];
}

/**
 * Other ways to write `action` when `first` (what `applyEdit` gave) does not read back as it
 * should, best first: the status said on the item's box or keyword too when a progress
 * edit puts it under way or finishes it; the same status on the item's other mentions in
 * the note (a merged item reads as the furthest of them); a mark after the words instead
 * of a new box. The caller reads each back and keeps the first that holds.
 */
export function alternativeEdits(text: string, target: EditTarget, action: EditAction, opts: EditOptions, first: EditResult, mentions: readonly number[] = []): EditResult[] {
  const lineCount = (t: string) => lineSpans(t).length;
  const shifted = (r: EditResult, line: number) => (line > target.line ? line + lineCount(r.text) - lineCount(text) : line);
  // The item's status written on top of an edit (its lines where the edit left them).
  const sayStatus = (r: EditResult, line: number, title?: string): EditResult => {
    const at = shifted(r, line);
    const t: EditTarget = { ...target, line: at, endLine: at, progressLine: null, status: target.status, ...(title === undefined ? {} : { title }) };
    const s = applyEdit(r.text, t, { kind: 'status', status: r.status }, opts);
    return { ...r, text: s.text, lines: [...new Set([...r.lines, ...s.lines.map((n) => n)])].sort((a, b) => a - b) };
  };
  const bases = [first];
  if (!opts.markAfter) {
    const alt = applyEdit(text, target, action, { ...opts, markAfter: true });
    if (alt.text !== first.text) bases.push(alt);
  }
  const out: EditResult[] = [];
  const seen = new Set([first.text]);
  const add = (r: EditResult) => { if (!seen.has(r.text)) { seen.add(r.text); out.push(r); } };
  for (const base of bases) {
    add(base);
    let r = base;
    if (action.kind === 'progress' && r.status !== target.status) add(r = sayStatus(r, target.line));
    if (mentions.length) {
      for (const m of mentions) if (m !== target.line) r = sayStatus(r, m);
      add(r);
    }
  }
  return out;
}
