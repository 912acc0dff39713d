// Status write-back on one item's title line: flip a checkbox, add one after the list
// marker, switch an org keyword, or append a short mark where no box fits (a heading, a
// table row); add or drop the done date in the file's own style.
import type { Status } from '../model/types.js';
import { type Box, type Keyword, type LineAnatomy, readLine } from './anatomy.js';
import { ARROW, bracketStatusTail, cellEntries, type CellEntry, CHAIN_ARROW_RE, FIELD_STATUS_WORDS, STATUS_FIELD_NAME, statusOfWord } from '../notes/line-rules.js';
import type { LineChange } from './lines.js';
import { findTrailingStatus } from '../notes/entry.js';
import { findStatusWord } from '../notes/phrases.js';
import { entryAt, inCaseOf, isMark, markClass, spell, statusAt, wordPattern, type Position } from '../notes/vocabulary.js';
import type { FileStyle } from './style.js';
import { UsageError } from '../errors.js';
import { csvHeaderOf, csvSpans, csvValue } from '../notes/csv.js';

/** When the edit happens, in the person's own calendar: `YYYY-MM-DD` and `HH:MM`. */
export interface EditClock {
  today: string;
  time: string;
}

const TASKS_SIGNIFIERS = /[➕⏳🛫📅📆🗓✅❌🔁🏁🆔⛔⏫🔺🔼🔽⏬]/u;
const DATAVIEW_FIELD = /[[(][\w -]+::/;
const ORG_TAGS = /[ \t]+:[\w@#%:]+:[ \t]*$/;
const ORG_PLANNING = /[ \t]+(?:CLOSED|SCHEDULED|DEADLINE):/;
const BLOCK_ID = /[ \t]+\^[\w-]+[ \t]*$/;
// "| 3:10:30" after a video title is its running time; the reader wants it last.
const TRAILING_CLOCK = /[ \t]*[|｜][ \t]*(?:\d{1,3}:)?[0-5]?\d:[0-5]\d[ \t]*$/;

const DONE_DATE = /[ \t]*✅[ \t]*\d{4}-\d{2}-\d{2}/u;
// Marks for lines that cannot hold a checkbox (headings, table rows); the reader reads them back.
const DONE_MARK = /[ \t]+— done\b/i;
const CANCELLED_DATE = /[ \t]*❌[ \t]*\d{4}-\d{2}-\d{2}/u;
const DATAVIEW_DONE = /[ \t]*[[(]completion::[^\])]*[\])]/;
const DOING_MARK = /[ \t]+— in progress\b/i;
// "Clean Code ✔️": a check mark after the words, which the reader takes for done.
const TRAILING_CHECK = new RegExp(`[ \\t]+[${markClass('trailing')}]\\uFE0F?(?=[ \\t]*$)`, 'u');
const SKIP_MARK = /[ \t]+— skipped\b/i;
/** The mark a line that cannot hold a box takes for each status (DONE_MARK, DOING_MARK, SKIP_MARK read them). */
const MARK_FOR: Record<Status, string> = { done: ' — done', doing: ' — in progress', skipped: ' — skipped', todo: '' };
const ORG_CLOSED = /CLOSED:[ \t]*\[[^\]]*\][ \t]*/;

/** Where the item's words end: before trailing spaces, a block id, Tasks or dataview fields, org tags. */
export function wordsEnd(line: string, a: LineAnatomy): number {
  let end = line.length;
  const cut = (re: RegExp) => {
    const m = re.exec(line.slice(a.bodyStart, end));
    if (m) end = a.bodyStart + m.index;
  };
  cut(BLOCK_ID);
  cut(TRAILING_CLOCK);
  // (Not GitHub's shortcode for a mark after a markdown entry's words, ":white_check_mark:": the reader reads it as the status.)
  const tags = ORG_TAGS.exec(line.slice(a.bodyStart, end));
  if (tags && (a.kind === 'org-headline' || statusAt('mark', tags[0].trim()) === null)) end = a.bodyStart + tags.index;
  if (a.kind === 'org-headline') cut(ORG_PLANNING);
  cut(TASKS_SIGNIFIERS);
  cut(DATAVIEW_FIELD);
  while (end > a.bodyStart && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end;
}

/**
 * Where a mark or a progress phrase goes: after the words of the cell that holds the title
 * in a table row; right after the title in a card split by `<br>` (kanban boards); else
 * after the item's words.
 */
export function annotationPoint(line: string, a: LineAnatomy, title?: string): number {
  const bold = a.kind === 'plain' ? boldEnd(line, a) : null;
  if (bold !== null) return bold;
  if (a.kind === 'table') {
    // Where each cell's text starts; a row without outer pipes starts with its first cell.
    const cells = [...line.matchAll(/\|([^|]*)/g)].map((m) => ({ at: m.index + 1, text: m[1]! }));
    if (!/^[ \t]*\|/.test(line)) cells.unshift({ at: a.bodyStart, text: line.slice(a.bodyStart, line.indexOf('|', a.bodyStart)) });
    const hit = title ? cells.find((c) => plainText(c.text).includes(title.toLowerCase())) : undefined;
    // ("- [Dune](…)<br>- [Emma](…)": in a cell written as a list, after the item's own entry.)
    const entry = hit && title ? cellEntryOf(hit.text, title) : null;
    if (hit && entry) return hit.at + entry.end;
    const from = hit ? hit.at : a.bodyStart;
    return cellEnd(line, from + (/^[ \t]*/.exec(line.slice(from))![0].length));
  }
  if (title && line.includes('<br>')) {
    const end0 = titleEnd(line, title, a.bodyStart);
    if (end0 >= 0) {
      let end = end0;
      for (let m = CLOSERS.exec(line.slice(end)); m && m[0]; m = CLOSERS.exec(line.slice(end))) end += m[0].length;
      return end;
    }
  }
  // "level up on these requirements:" over a list is its label: the mark goes before the
  // colon, so the line stays a label and the list under it stays its own.
  const end = wordsEnd(line, a);
  return end > a.bodyStart + 1 && (line[end - 1] === ':' || line[end - 1] === '：') ? end - 1 : end;
}

const BOLD_LINE = /^(\*\*|__)(?=\S)(.*\S)\1[ \t]*$/;

/** Where the words of a line that is all bold ("**Lecture 1: …**") end, inside the bold; null for other lines. */
function boldEnd(line: string, a: LineAnatomy): number | null {
  const m = BOLD_LINE.exec(line.slice(a.bodyStart));
  if (!m || m[2]!.includes(m[1]!)) return null;
  return a.bodyStart + m[1]!.length + m[2]!.length;
}

/** End of the title's words in the line (markup between them allowed), or -1. */
function titleEnd(line: string, title: string, from: number): number {
  const exact = line.indexOf(title, from);
  if (exact >= 0) return exact + title.length;
  const words = title.split(/\s+/).filter(Boolean);
  if (words.length === 0) return -1;
  let at = line.indexOf(words[0]!, from);
  if (at < 0) return -1;
  at += words[0]!.length;
  for (const w of words.slice(1)) {
    const next = line.indexOf(w, at);
    // Only markup and spaces may stand between two words of the title.
    if (next < 0 || /[^\s*_~[\]`]/.test(line.slice(at, next))) return -1;
    at = next + w.length;
  }
  return at;
}

const CLOSERS = /^(?:\*\*|__|\*|_|~~|\]\([^)\s]*\)|\]\])/;

function plainText(cell: string): string {
  return cell.replace(/\[\[[^\]|]*\\?\|([^\]]*)\]\]/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_~`]/g, '').toLowerCase();
}

/** End of the line's fields: before trailing spaces (a markdown hard break) and a block id. */
function fieldsEnd(line: string, a: LineAnatomy): number {
  let end = line.length;
  const id = BLOCK_ID.exec(line.slice(a.bodyStart));
  if (id) end = a.bodyStart + id.index;
  while (end > a.bodyStart && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end;
}

function insertAt(s: string, at: number, what: string): string {
  return s.slice(0, at) + what + s.slice(at);
}

function setChar(s: string, at: number, c: string): string {
  return s.slice(0, at) + c + s.slice(at + 1);
}

/** The line with its checkbox saying `c`: the box's one character replaced, or written into an empty "[]". */
function setBox(s: string, box: Box, c: string): string {
  return box.char === '' ? s.slice(0, box.index) + c + s.slice(box.index) : setChar(s, box.index, c);
}

function strip(s: string, re: RegExp): string {
  return s.replace(re, '');
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `2024-01-01` → `2024-01-01 Mon 10:00`, the body of an org timestamp. */
export function orgStamp(clock: EditClock): string {
  const [y, m, d] = clock.today.split('-').map(Number) as [number, number, number];
  const wd = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  return `${clock.today} ${wd} ${clock.time}`;
}

/**
 * The line changes that give the item at `lineNo` the status `to`. `lines` is the file's
 * lines without endings. Returns [] when the line already says `to`.
 */
export function statusChanges(
  lines: readonly string[], lineNo: number, to: Status, style: FileStyle, clock: EditClock, title?: string, markAfter = false,
): LineChange[] {
  const original = lines[lineNo - 1];
  if (original === undefined) throw new RangeError(`no line ${lineNo}`);
  // A row of a table kept as comma-separated values: its cells say it, not a box or a mark.
  if (original.includes(',')) {
    const row = csvRowStatus(lines, lineNo - 1, to, clock.today);
    if (row !== null) return row === original ? [] : [{ line: lineNo, content: row }];
  }
  const changes: LineChange[] = [];
  let line = original;

  // Drop marks of the old status that would contradict the new one.
  if (to !== 'done') {
    line = strip(strip(strip(strip(line, DONE_DATE), DATAVIEW_DONE), DONE_MARK), TRAILING_CHECK);
    if (style.dialect === 'org') changes.push(...dropOrgClosed(lines, lineNo, (l) => { line = l; }, line));
  }
  if (to !== 'doing') line = strip(line, DOING_MARK);
  if (to !== 'skipped') line = strip(strip(line, SKIP_MARK), CANCELLED_DATE);

  const field = STATUS_FIELD.exec(line);
  let tail: Keyword | null;
  const b = readLine(line, style.dialect, style.orgKeywords);
  const step = title && !b.box && CHAIN_ARROW_RE.test(line) ? chainStepStatus(line, title, to)
    : title && b.kind === 'table' ? cellEntryStatus(original, title, to) : null;
  if (step !== null) line = step;
  else if (field) line = fieldStatus(line, field, to);
  else if (b.kind === 'org-headline') line = orgStatus(line, b, to, style);
  else if (b.keyword) line = keywordStatus(line, b.keyword, to);
  else if (!b.box && (tail = bracketTail(line)) !== null) line = keywordStatus(line, tail, to);
  else if (!b.box && b.kind !== 'table' && (tail = trailingWord(line, b)) !== null) line = keywordStatus(line, tail, to, 'trailing');
  else if (b.box) line = setBox(line, b.box, boxChar(to, style, b));
  // `markAfter`: the mark after the words instead of a new box, where a box would change how
  // the note reads (a line of plain text among others, "KPI - …", would become a task among
  // lines that are not, and its neighbours read differently).
  else if (markAfter && (b.kind === 'list' || b.kind === 'plain') && style.dialect === 'markdown') line = appendMark(line, b, to, title);
  // Open needs a box only where the words say otherwise ("- SICP, currently reading").
  else if ((b.kind === 'list' || b.kind === 'plain') && (to !== 'todo' || findStatusWord(line.slice(b.bodyStart)) !== null)) line = insertAt(line, b.boxAt, `[${boxChar(to, style, b)}] `);
  else if (b.kind === 'table') line = setStatusCell(line, to) ?? appendMark(line, b, to, title);
  else if (b.kind === 'heading') line = appendMark(line, b, to, title);

  // "- [x] Clean Code - not started": a status word after the words that the new status
  // contradicts is said again in its own language and form, or dropped.
  if (step === null && !field && b.kind !== 'table') line = restateTrailing(line, readLine(line, style.dialect, style.orgKeywords), to);

  // A skipped item in a file without a cancelled box ("- [-]" is Tasks' cancelled) keeps its box and says so.
  const c = readLine(line, style.dialect, style.orgKeywords);
  if (to === 'skipped' && c.kind !== 'org-headline' && c.kind !== 'heading' && c.kind !== 'table' && !c.keyword && style.dialect === 'org') {
    line = appendMark(line, c, 'skipped', title);
  }

  // (A date at the end of a row whose cell lists several items would be all of theirs.)
  if (to === 'done' && !(step !== null && b.kind === 'table')) line = addDoneDate(line, c, style, clock, lines, lineNo, changes);
  if (to === 'skipped' && style.cancelledDate && !CANCELLED_DATE.test(line)) {
    line = insertAt(line, fieldsEnd(line, c), ` ❌ ${clock.today}`);
  }

  const same = line === original && changes.length === 0;
  if (same) return [];
  const own = changes.find((ch) => ch.line === lineNo);
  if (own) own.content = line;
  else changes.push({ line: lineNo, content: line });
  return changes;
}

/** A CSV table's columns that say where a row stands, by their names. */
const CSV_DONE_DATE_COL = /^(?:date[ _](?:read|finished|completed|done)|(?:read|finished|completed|done)[ _](?:on|date))$/i;
const CSV_SHELF_COL = /^(?:exclusive[ _])?shelf$/i;
const CSV_STATUS_COL = /^(?:status|state)$/i;
const SHELF_FOR: Partial<Record<Status, string>> = { done: 'read', doing: 'currently-reading', todo: 'to-read' };
const CSV_STATUS_WORD: Record<Status, string> = { done: 'done', doing: 'in progress', todo: 'todo', skipped: 'skipped' };

/**
 * The row at `index` (0-based) of a CSV table with its cells saying `to`: a Status column gets
 * the status's word, a Goodreads shelf "read", "currently-reading" or "to-read", a "date_read" or
 * "Date Finished" column today's date when done (and is emptied when no longer done). Only the
 * cells that change are rewritten, every other byte of the row kept. Null when the line is no
 * such row or its table has no column that says a status (the edit is then refused, as any
 * that would not read back).
 */
function csvRowStatus(lines: readonly string[], index: number, to: Status, today: string): string | null {
  const header = csvHeaderOf(lines, index);
  const spans = header ? csvSpans(lines[index]!) : null;
  if (!header || !spans || spans.length !== header.length) return null;
  const col = (re: RegExp): number => header.findIndex((h) => re.test(h.trim()));
  const sets: [number, string][] = [];
  const status = col(CSV_STATUS_COL);
  const shelf = col(CSV_SHELF_COL);
  const date = col(CSV_DONE_DATE_COL);
  if (status >= 0) sets.push([status, CSV_STATUS_WORD[to]]);
  const shelved = SHELF_FOR[to];
  if (shelf >= 0 && shelved) sets.push([shelf, shelved]);
  if (date >= 0) {
    const has = spans[date]!.value !== '';
    if (to === 'done' && !has) sets.push([date, today]);
    else if (to !== 'done' && has) sets.push([date, '']);
  }
  // (A date alone says done or not: not under way, nor dropped.)
  if (status < 0 && (shelf < 0 || !shelved) && (date < 0 || (to !== 'done' && to !== 'todo'))) return null;
  let line = lines[index]!;
  // (From the last cell back, so each cell's place holds while the ones after it change.)
  for (const [c, v] of sets.sort((a, b) => b[0] - a[0])) {
    if (spans[c]!.value === v) continue;
    line = line.slice(0, spans[c]!.start) + csvValue(v) + line.slice(spans[c]!.end);
  }
  return line;
}

/** The box character that says `to` in the file's dialect. */
export function boxChar(to: Status, style: FileStyle, a: LineAnatomy): string {
  if (to === 'done') return style.doneChar;
  if (to === 'todo') return ' ';
  // Org's "[-]" is a partly done box; in markdown it is Obsidian Tasks' cancelled and "[/]" is in progress.
  if (style.dialect === 'org') return to === 'doing' ? '-' : (a.box?.char ?? ' ');
  return to === 'doing' ? '/' : '-';
}

// "HTML → CSS → JavaScript": one line holding a path of steps, each an item.
const CHAIN_ARROWS = new RegExp(`\\s+${ARROW}\\s+`, 'g');
const STEP_MARK = new RegExp(`[ \\t]*(?:[${markClass('trailing')}]\\uFE0F?|\\((?:in progress|skipped)\\))$`, 'u');
const STEP_WORD: Record<Status, string> = { done: ' ✓', doing: ' (in progress)', skipped: ' (skipped)', todo: '' };

/** The step `title` of a path line with its mark for `to` ("CSS ✓"), or null when the line has no such step. */
function chainStepStatus(line: string, title: string, to: Status): string | null {
  // An item whose own title holds the arrow ("virtualization => aware on …") is no step.
  const at = CHAIN_ARROW_RE.test(title) ? -1 : line.indexOf(title);
  if (at < 0) return null;
  // The step runs from the title to the next arrow or the end of the line.
  CHAIN_ARROWS.lastIndex = at;
  const next = CHAIN_ARROWS.exec(line);
  let end = next ? next.index : line.length;
  while (end > at && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  const step = line.slice(at, end).replace(STEP_MARK, '');
  return line.slice(0, at) + step + STEP_WORD[to] + line.slice(end);
}

/** Any of the marks MARK_FOR writes, wherever it stands. */
const CELL_ENTRY_MARK = new RegExp(`${DONE_MARK.source}|${DOING_MARK.source}|${SKIP_MARK.source}`, 'gi');

/** The entry of a table cell written as a list ("- A<br>- B") that is the item `title`: the one whose words, plain and without a mark, are the title; else the first they start with. */
function cellEntryOf(cell: string, title: string): CellEntry | null {
  const want = title.toLowerCase();
  const entries = cellEntries(cell) ?? [];
  const plain = entries.map((e) => plainText(e.words.replace(CELL_ENTRY_MARK, '')).trim());
  const at = plain.indexOf(want);
  return entries[at >= 0 ? at : plain.findIndex((p) => p.startsWith(want))] ?? null;
}

/**
 * The row with the item `title` marked for `to` in its own entry of a cell written as a list
 * ("- [Dune](./dune.md) — done<br>- [Emma](./emma.md)"), not in the row's Status cell, which
 * all the entries share; the line as it is when it says `to` already; null when the line has
 * no such cell.
 */
function cellEntryStatus(line: string, title: string, to: Status): string | null {
  if (!line.includes('<')) return null;
  for (const m of line.matchAll(/\|([^|]*)/g)) {
    const entry = cellEntryOf(m[1]!, title);
    if (!entry) continue;
    const at = m.index + 1;
    const words = m[1]!.slice(entry.start, entry.end).replace(CELL_ENTRY_MARK, '');
    return line.slice(0, at + entry.start) + words + MARK_FOR[to] + line.slice(at + entry.end);
  }
  return null;
}

// "Status: In progress (60%)" under a heading that is an item: the value's leading word.
// (A front matter's value may be quoted: `status: "reading"`.)
const STATUS_FIELD = new RegExp(`^([ \\t]*${STATUS_FIELD_NAME}[ \\t]*[:：][ \\t]*(?:\\*\\*|__)?[ \\t]*["']?)(?:(${FIELD_STATUS_WORDS})(?![\\w-]))?`, 'i');

/** "Status: In progress" → "Status: Done", in the case the line writes; a word put first when it has none ("Progress: Done · 3/10"). */
function fieldStatus(line: string, m: RegExpExecArray, to: Status): string {
  const old = m[2];
  // "status: finished" already says done: leave the person's word.
  if (old && statusOfWord(old) === to) return line;
  // In the language, sense and case of the old word ("Estado: En curso" → "Terminado"); capitalised when there is none.
  const word = old ? wordFor(old, to, 'field') : inCaseOf('A', wordFor('', to, 'field'));
  const at = m[1]!.length;
  return old ? line.slice(0, at) + word + line.slice(at + old.length) : `${line.slice(0, at)}${word} · ${line.slice(at)}`;
}

/** "Clean Code - finished", "SICP — reading": a status word after the words (not a mark), as a keyword to rewrite. */
function trailingWord(line: string, a: LineAnatomy): Keyword | null {
  const t = findTrailingStatus(line.slice(a.bodyStart));
  if (!t || t.index === 0 || isMark(t.word)) return null;
  return { index: a.bodyStart + t.wordIndex, text: t.word, form: 'prefix', after: t.unfinished.length };
}

/** "Go tour [done]": the status word in brackets after the words, as a keyword to rewrite. */
function bracketTail(line: string): Keyword | null {
  const tail = bracketStatusTail(line);
  return tail ? { index: tail.index + 1, text: tail.word, form: tail.word.length === 1 ? 'box' : 'prefix' } : null;
}

/** Replaces a status word or mark outside org headlines with the one for `to`, in its own style. */
function keywordStatus(line: string, kw: Keyword, to: Status, position: Position = 'prefix'): string {
  if (kw.form === 'markup') return markupStatus(line, kw, to);
  // ("SQLBolt    [ ]" at the end of a line: the box's character, as a checkbox's.)
  const word = kw.form === 'box' ? (to === 'done' ? (kw.text === ' ' ? 'x' : kw.text) : to === 'doing' ? '/' : to === 'skipped' ? '-' : ' ')
    : kw.form === 'mark' ? markFor(kw.text, to) : kw.form === 'prefix' ? wordFor(kw.text, to, position) : listKeywordFor(kw.text, to);
  return line.slice(0, kw.index) + word + line.slice(kw.index + kw.text.length + (kw.after ?? 0));
}

/**
 * A box drawn in markup, ticked or not: the HTML input's `checked` attribute put or taken away,
 * or Hugo's `{{% checked %}}` ↔ `{{% unchecked %}}` with its closing shortcode. Markup has no box
 * for under way or dropped, so those are refused, as todo.txt's are.
 */
function markupStatus(line: string, kw: Keyword, to: Status): string {
  if (to === 'doing' || to === 'skipped') throw new UsageError(`a checkbox drawn in markup (${kw.text}) has no way to write "${to}": only done and open; nothing was changed`);
  const tick = to === 'done';
  let tag = kw.text;
  let rest = line.slice(kw.index + kw.text.length);
  if (/^<input\b/i.test(tag)) {
    const ticked = /\schecked\b/i.test(tag);
    if (tick && !ticked) tag = tag.replace(/(\s*\/?>)$/, ' checked$1');
    if (!tick && ticked) tag = tag.replace(/\s+checked(?:=(?:"[^"]*"|'[^']*'|[^\s>]*))?(?=[\s/>])/i, '');
  } else {
    tag = tag.replace(/(checked|unchecked)/i, (w) => (tick ? (w === w.toUpperCase() ? 'CHECKED' : 'checked') : (w === w.toUpperCase() ? 'UNCHECKED' : 'unchecked')));
    rest = rest.replace(/(\{\{[%<][ \t]*\/)(?:un)?checked(?=[ \t]*[%>]\}\})/i, `$1${tick ? 'checked' : 'unchecked'}`);
  }
  return line.slice(0, kw.index) + tag + rest;
}

/**
 * "✅ Read SICP" ↔ "⬜ Read SICP": a mark of the same family (emoji, or plain check marks);
 * under way is 🔄 in both.
 */
function markFor(mark: string, to: Status): string {
  // A shortcode stays one: ":white_check_mark:" ↔ ":white_large_square:".
  if (mark.charCodeAt(0) === 58) {
    if (to === 'done') return /^:(?:heavy_check_mark|ballot_box_with_check):$/.test(mark) ? mark : ':white_check_mark:';
    return to === 'doing' ? ':arrows_counterclockwise:' : to === 'skipped' ? ':x:' : ':white_large_square:';
  }
  // A traffic light stays one: green, yellow, red (dropped is a cross, which the reader takes back).
  if (/[🟢🟡🟠🔴⚪]/u.test(mark)) return to === 'done' ? '🟢' : to === 'doing' ? '🟡' : to === 'skipped' ? '❌' : '🔴';
  if (to === 'doing') return '🔄';
  if (/[✅⬜❌🔄🚧🔲🗹]/u.test(mark)) return to === 'done' ? '✅' : to === 'skipped' ? '❌' : '⬜';
  const heavy = /[✔✘]/.test(mark);
  if (to === 'done') return mark === 'x' ? 'x' : heavy ? '✔' : '✓';
  return to === 'skipped' ? (heavy ? '✘' : '✗') : '☐';
}

/**
 * The word for `to` in place of `old`, in its language, sense and case ("DONE: …" ↔ "TODO: …",
 * "- Rayuela - por leer" → "leído"); a bracket's word ("[en curso]") is a field's. English
 * where the old word's language has none.
 */
function wordFor(old: string, to: Status, position: Position): string {
  const at: Position = position === 'prefix' && !entryAt('prefix', old) ? 'field' : position;
  const entry = entryAt(at, old);
  return spell(to, at, { word: old, entry }) ?? spell(to, at, { word: old, entry: null })!;
}

/**
 * A status word after an item's words that `to` contradicts ("- [x] Clean Code - not
 * started" once ticked): rewritten in its own language and form, or dropped with its
 * separator where that language has no word for `to` in that place.
 */
function restateTrailing(line: string, a: LineAnatomy, to: Status): string {
  const end = wordsEnd(line, a);
  const t = findTrailingStatus(line.slice(a.bodyStart, end));
  if (!t || t.index === 0 || t.status === to) return line;
  // "Svelte 🚧" now done: a mark after the words that says otherwise goes (the box says it);
  // a heading keeps its mark, which is all that makes it an item.
  if (isMark(t.word)) return a.kind === 'list' || a.kind === 'plain' ? line.slice(0, a.bodyStart + t.index) + line.slice(end) : line;
  const at = a.bodyStart + t.wordIndex;
  const word = spell(to, 'trailing', { word: t.word, entry: entryAt('trailing', t.word) });
  if (word) return line.slice(0, at) + word + line.slice(at + t.word.length + t.unfinished.length);
  return line.slice(0, a.bodyStart + t.index) + line.slice(end);
}

/**
 * "- LATER Read SICP" → "- DONE Read SICP": the keyword of the workflow the entry uses
 * (Logseq's LATER/NOW or TODO/DOING).
 */
function listKeywordFor(kw: string, to: Status): string {
  const laterNow = kw === 'LATER' || kw === 'NOW';
  if (to === 'done') return 'DONE';
  if (to === 'doing') return laterNow ? 'NOW' : kw === 'STARTED' || kw === 'IN-PROGRESS' ? kw : 'DOING';
  if (to === 'skipped') return kw === 'CANCELLED' ? 'CANCELLED' : 'CANCELED';
  return laterNow ? 'LATER' : kw === 'WAITING' || kw === 'WAIT' || kw === 'NEXT' ? kw : 'TODO';
}

function orgStatus(line: string, a: LineAnatomy, to: Status, style: FileStyle): string {
  const word = to === 'done' ? style.orgDone : to === 'doing' ? style.orgDoing : to === 'skipped' ? style.orgCancelled : style.orgTodo;
  if (a.keyword) {
    return line.slice(0, a.keyword.index) + word + line.slice(a.keyword.index + a.keyword.text.length);
  }
  if (a.box && to !== 'skipped') return setBox(line, a.box, boxChar(to, style, a));
  if (!style.orgUsesKeywords && to !== 'skipped') {
    if (to === 'todo') return line;
    return insertAt(line, a.boxAt, `[${boxChar(to, style, a)}] `);
  }
  if (to === 'todo' && !style.orgUsesKeywords) return line;
  // Insert the keyword right after the stars.
  const starsEnd = /^\*+[ \t]+/.exec(line)![0].length;
  return insertAt(line, starsEnd, `${word} `);
}

const STATUS_CELL_MARK = new RegExp(`^(?:${wordPattern('cell-mark')})\\uFE0F?$`, 'u');

/** The mark a status cell gets: a traffic light stays one; else ✅ done, ⏳ under way, ⬜ open (dropped in words, which the reader takes back). */
function cellMark(mark: string, to: Status): string {
  if (/[🟢🟡🟠🔴⚪]/u.test(mark)) return to === 'skipped' ? 'Skipped' : markFor(mark, to);
  return to === 'done' ? '✅' : to === 'doing' ? '⏳' : to === 'skipped' ? 'Skipped' : '⬜';
}

/** A table with a Status column ("In progress", "Planned"): rewrite that cell in its own case. */
function setStatusCell(line: string, to: Status): string | null {
  const re = /\|([^|]*)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const cell = m[1]!;
    const words = cell.trim();
    // "✅", "🟡": a mark for a status, replaced by its family's mark for the new one.
    if (STATUS_CELL_MARK.test(words)) {
      const start = m.index + 1 + cell.indexOf(words);
      return line.slice(0, start) + cellMark(words, to) + line.slice(start + words.length);
    }
    if (statusOfWord(words) === null) continue;
    const word = wordFor(words, to, 'field');
    const start = m.index + 1 + cell.indexOf(words);
    return line.slice(0, start) + word + line.slice(start + words.length);
  }
  return null;
}

function appendMark(line: string, a: LineAnatomy, to: Status, title?: string): string {
  const mark = MARK_FOR[to];
  if (!mark) return line;
  if (to === 'done' && (DONE_MARK.test(line) || DONE_DATE.test(line))) return line;
  return insertAt(line, annotationPoint(line, a, title), mark);
}

/** End of the words of a table row's first cell. */
function cellEnd(line: string, from: number): number {
  let end = line.indexOf('|', from);
  if (end < 0) end = line.length;
  while (end > from && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end;
}

function addDoneDate(
  line: string, a: LineAnatomy, style: FileStyle, clock: EditClock,
  lines: readonly string[], lineNo: number, changes: LineChange[],
): string {
  switch (style.doneDate) {
    case 'tasks': {
      if (DONE_DATE.test(line)) return line;
      return insertAt(line, fieldsEnd(line, a), ` ✅ ${clock.today}`);
    }
    case 'dataview':
      if (DATAVIEW_DONE.test(line)) return line;
      return insertAt(line, fieldsEnd(line, a), ` [completion:: ${clock.today}]`);
    case 'org': {
      if (a.kind !== 'org-headline' || ORG_CLOSED.test(line)) return line;
      const next = lines[lineNo];
      if (next !== undefined && ORG_CLOSED.test(next)) return line;
      const stamp = `CLOSED: [${orgStamp(clock)}]`;
      const planning = next === undefined ? null : /^([ \t]*)(?=(?:SCHEDULED|DEADLINE):)/.exec(next);
      if (planning && next !== undefined) {
        changes.push({ line: lineNo + 1, content: insertAt(next, planning[1]!.length, `${stamp} `) });
      } else {
        changes.push({ line: lineNo, content: line, insertAfter: [style.orgClosedIndent + stamp] });
      }
      return line;
    }
    case 'none':
      return line;
  }
}

function dropOrgClosed(lines: readonly string[], lineNo: number, _set: (l: string) => void, line: string): LineChange[] {
  const out: LineChange[] = [];
  if (ORG_CLOSED.test(line)) _set(line.replace(/[ \t]*CLOSED:[ \t]*\[[^\]]*\]/, ''));
  const next = lines[lineNo];
  if (next !== undefined && /^[ \t]*CLOSED:/.test(next)) {
    const rest = next.replace(ORG_CLOSED, '');
    if (rest.trim() === '') out.push({ line: lineNo + 1, content: '', remove: true });
    else out.push({ line: lineNo + 1, content: rest });
  }
  return out;
}
