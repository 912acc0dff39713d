// Table rows: a row of a dashboard or a list of resources is an item; its cells give status,
// progress, dates and estimates (tables.ts reads the header).
import { applyProgress, findTrailingStatus, round2 } from '../entry.js';
import { isExerciseLink, isKnownBook, isWorkLog, kindOfLinks, sectionKind, wordCount } from '../classify.js';
import { plainText, readInline } from '../inline.js';
import { statusAt } from '../vocabulary.js';
import type { Status } from '../../model/types.js';
import { statusOfProgress } from '../phrases.js';
import { headingItem } from './headings.js';
import { headingCheck, type ScannedLine } from '../scan.js';
import { DAY_COL_RE, PROBLEMS_COL_RE, markOf, readTable, type TableHeader, type TableRow } from '../tables.js';
import { Walker } from './walker.js';
import { LEGEND_COLUMN_RE } from './legend.js';
import { cellEntries } from '../line-rules.js';
import { PLAN_SPAN_RE } from '../line-patterns.js';
import { csvFields, isCsvHeader } from '../csv.js';

export function onTable(w: Walker, cells: string[], ln: ScannedLine, i: number): void {
  const next = w.lines[i + 1];
  // A grid of numbered exercises under a heading ("| 1 | 2 | … | 10" over rows of marks).
  if (next?.shape.t === 'tableDelim' && numberGrid(cells) && gridHeading(w, i)) return;
  if (w.grid !== null && w.grid.line === i - 1) {
    gridRow(w, cells);
    w.grid.line = i;
    return;
  }
  if (w.linkGrid !== null && w.linkGrid.line === i - 1) {
    linkGridRow(w, cells, ln.no);
    w.linkGrid.line = i;
    return;
  }
  if (w.markGrid !== null && w.markGrid.line === i - 1) {
    markGridRow(w, cells, ln.no);
    w.markGrid.line = i;
    return;
  }
  if (next?.shape.t === 'tableDelim') {
    // (A "Problem Log" or "Reading log" is no work to do, but a table in it records work done: its rows are that work, done.)
    // ("| Problem | Score |" under "## Table of Contents": a table whose first column names the work it
    // lists speaks for its rows, nearer than the section around it.)
    const nonWork = w.contextScore() < 0 && !inWorkLog(w) && !namesWorkColumn((cells[0] ?? '').trim());
    const ahead = rowCells(w, i + 2);
    w.table = readTable(cells, nonWork, w.year, w.asOf, markColumns(ahead, cells.length), numberColumns(ahead, cells.length));
    w.gridTable = /^\s*\+/.test(next.text);
    // (A later table's rows are read once, here, in order: whether it repeats an earlier one is
    // told from them, and they are the rows read below. A row's reading can hang on the rows
    // before it, "O" then "X" in a flag column, so no row is read twice nor out of turn.)
    w.rowsAhead = w.table.work && !w.gridTable && w.tableRows.length ? rowsFrom(w, w.table, i + 2) : null;
    const scope = w.sections[w.sections.length - 1]?.title ?? '';
    w.tableAgain = w.rowsAhead ? repeatedTable(w, w.rowsAhead, scope) : null;
    w.tableRows.push([]);
    w.tableScopes.push(scope);
    w.markGrid = null;
    w.linkGrid = null;
    if (cells.some((c) => LEGEND_COLUMN_RE.test(c))) w.legendSeen = true;
    // (Also under a first column that names its rows skills, "| Skill | 1 Introduction | 2 Occasional use |".)
    else if (!nonWork && (!w.table.work || sectionKind(readInline(cells[0] ?? '').title.trim()) === 'skill')) markGrid(w, cells, i);
    if (w.markGrid === null && !nonWork && linkGrid(w, cells, i)) w.table = null;
    return;
  }
  const t = w.table;
  if (!t || !t.work) return;
  // (A grid table's row goes on over lines whose first cell is empty.)
  if (w.gridTable && (cells[0] ?? '').trim() === '' && w.lines[i - 1]?.shape.t === 'table') {
    gridContinuation(w, cells, i);
    return;
  }
  const row = w.rowsAhead?.has(i) ? w.rowsAhead.get(i)! : t.row(cells);
  if (!row) return;
  if (w.tableAgain !== null && rowAgain(w, w.tableAgain, row, ln.no)) return;
  // "| 02-2024 | - [Hinh canh](./a.md)<br>- [Song don gian](./b.md) |": a cell holding a list
  // (a table cannot hold one but through `<br>`) is that many rows, on the one line.
  const entries = cellEntries(row.title)?.map((e) => e.words) ?? [null];
  for (const part of entries) {
    const before = w.drafts.length;
    addRow(w, part === null ? row : entryRow(row, part), ln.no, []);
    if (w.drafts.length === before) continue;
    w.tableRows[w.tableRows.length - 1]?.push({ item: before, crossed: cells.some((c) => CROSS_CELL_RE.test(c)) });
    // "| 1768 | Merge Strings Alternately |" in a note about a judge: a numbered problem, a task.
    const d = w.drafts[before]!;
    if (w.judge && /^\s*#?\d{1,4}\.?\s*$/.test(cells[0] ?? '') && (d.kind === 'topic' || d.kind === 'article')) d.kind = 'task';
  }
}

/** The row as one entry of its title cell's list names it: that entry's words and links, and the links of the row's other cells. */
function entryRow(row: TableRow, part: string): TableRow {
  const own = readInline(part).links;
  const others = row.links.slice(row.titleLinks);
  // (An entry that says its own status, "- [Dune](./dune.md) — done", says it over the row's Status cell, which all the entries share.)
  const status = findTrailingStatus(part) ? null : row.status;
  return { ...row, title: part, status, links: [...own, ...others.filter((l) => !own.includes(l))], titleLinks: own.length };
}

/** A cell that is a status mark, alone or as a link's text ("✅", "[✅](./Step/Stats.pdf)", "⬜"): its status, or null. */
function cellMark(cell: string): Status | null {
  // (As tables.ts reads a Status cell: "&check;" as HTML writes the tick is the tick.)
  const t = markOf(cell.trim().replace(/^\[([^\]]{1,8})\]\(.*\)$/, '$1'));
  return t && t.length <= 3 && !/[\p{L}\p{N}]/u.test(t) ? statusAt('cell-mark', t) : null;
}

/** The cells of a table's rows from line index `from` (the first 400). */
function rowCells(w: Walker, from: number): string[][] {
  const rows: string[][] = [];
  for (let k = from; k < w.lines.length && rows.length < 400; k++) {
    const s = w.lines[k]!.shape;
    if (s.t !== 'table') break;
    rows.push(s.cells);
  }
  return rows;
}

/**
 * The columns of a table's rows that hold a status mark in every row
 * that fills them, two rows at least; one of them when all agree row by row (a "Status" and a
 * "Result" column both ticked).
 */
function markColumns(rows: readonly string[][], width: number): number[] {
  const marks: number[] = [];
  for (let c = 0; c < width; c++) {
    let filled = 0;
    let all = true;
    for (const r of rows) {
      const cell = (r[c] ?? '').trim();
      if (!cell) continue;
      filled++;
      if (cellMark(cell) === null) { all = false; break; }
    }
    if (all && filled >= 2) marks.push(c);
  }
  const first = marks[0];
  return first !== undefined && rows.every((r) => marks.every((c) => cellMark(r[c] ?? '') === cellMark(r[first] ?? ''))) ? [first] : marks;
}

/** A cell that is a number and no more: "1", "2.1", "**3**", "4.", "#5". */
const NUMBER_CELL_RE = /^[*_#]*\d{1,3}(?:\.\d{1,3})*\.?[*_]*$/;

/**
 * The columns of a table's rows whose filled cells are bare numbers, in two rows at least and
 * two in three of the rows that fill them (the rows' numbers, "1.1", "2.2", between rows that
 * head a part: "**TEIL 1 – GRUNDLAGEN**").
 */
function numberColumns(rows: readonly string[][], width: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < width; c++) {
    let filled = 0;
    let numbers = 0;
    for (const r of rows) {
      const cell = (r[c] ?? '').trim();
      if (!cell) continue;
      filled++;
      if (NUMBER_CELL_RE.test(cell)) numbers++;
    }
    if (numbers >= 2 && numbers * 3 >= filled * 2) out.push(c);
  }
  return out;
}

/** A cell that marks a stage reached: a tick, a yes, or a picture standing for one ("![done][done]"). */
const MARK_CELL_RE = /^(?:✅|✔️?|✓|☑️?|🗸|●|★|⭐|[xX]|y|yes|done|:white_check_mark:|:heavy_check_mark:|:ballot_box_with_check:|!\[[^\]]*\](?:\[[^\]]*\]|\([^)\s]*\)))$/u;
/** A cell that marks a stage not reached: a cross, a no. */
const NO_CELL_RE = /^(?:❌|✗|✘|❎|☐|○|-|no|n|:x:)$/u;

/**
 * "| Skill | 1<br>Introduction | 2<br>Occasional use | 3<br>Regular use |" over rows of a name
 * and ticks: a table whose every column but the first holds only marks (a tick or a picture
 * of one, a cross, or nothing), at least two such columns and a tick somewhere. Each row is
 * an item named by its first cell, as far along as the stages it has ticked: all of them
 * done, some under way. The stages' unit is "level" when the columns are numbered, else
 * "step"; the first column's name says what the rows are ("Skill").
 */
function markGrid(w: Walker, header: string[], i: number): void {
  if (header.length < 3) return;
  const cols: number[] = [];
  for (let c = 1; c < header.length; c++) cols.push(c);
  let rows = 0;
  let ticks = 0;
  for (let k = i + 2; k < w.lines.length; k++) {
    const s = w.lines[k]!.shape;
    if (s.t !== 'table') break;
    const name = readInline(s.cells[0] ?? '').title.trim();
    if (!/\p{L}/u.test(name) || wordCount(name) > 8) return;
    for (const c of cols) {
      const t = (s.cells[c] ?? '').trim();
      if (!t) continue;
      if (MARK_CELL_RE.test(t)) ticks++;
      else if (!NO_CELL_RE.test(t)) return;
    }
    rows++;
  }
  if (rows === 0 || ticks === 0) return;
  const stages = header.slice(1).map((h) => readInline(h.replace(/<br\s*\/?>/gi, ' ')).title.trim());
  const unit = stages.every((h) => /^(?:\d+\b|level\b|lv\.?\s*\d)/i.test(h)) ? 'level' : 'step';
  w.markGrid = { line: i + 1, cols, unit, kind: sectionKind(readInline(header[0] ?? '').title.trim()) };
}

/** A cell that names one thing by its link, struck out or not: "[Pro Git (574)](https://git-scm.com/book/en/v2)", "~~[…](…)~~". */
const LINK_CELL_RE = /^(?:~~)?\s*\[[^\]]+\]\([^)\s]+\)\s*(?:~~)?$/;
/** A cell left empty: "-", "—", nothing. */
const EMPTY_CELL_RE = /^[-–—\s]*$/;

/**
 * "| Clojure/FP | Programming General | Python |" over rows of "[Pro Git (574)](…)" cells: a
 * shelf laid out in columns, each column a group (its header a subject, not a field), each cell
 * one thing named by its link. Every filled cell of three rows or more is such a link (four at
 * least), in two columns or more: each cell is an entry, read in its column's group.
 */
function linkGrid(w: Walker, header: string[], i: number): boolean {
  if (header.length < 2 || header.some((h) => EMPTY_CELL_RE.test(h))) return false;
  let rows = 0;
  let links = 0;
  const used = new Set<number>();
  for (let k = i + 2; k < w.lines.length; k++) {
    const s = w.lines[k]!.shape;
    if (s.t !== 'table') break;
    for (let c = 0; c < s.cells.length; c++) {
      const t = (s.cells[c] ?? '').trim();
      if (EMPTY_CELL_RE.test(t)) continue;
      if (!LINK_CELL_RE.test(t)) return false;
      links++;
      used.add(c);
    }
    rows++;
  }
  if (rows < 3 || links < 4 || used.size < 2) return false;
  w.linkGrid = { line: i + 1, groups: header.map((h) => readInline(h).title.trim()) };
  return true;
}

function linkGridRow(w: Walker, cells: string[], line: number): void {
  const g = w.linkGrid!;
  for (let c = 0; c < cells.length; c++) {
    const t = (cells[c] ?? '').trim();
    if (EMPTY_CELL_RE.test(t)) continue;
    const d = w.entry(t, line, null);
    if (!d.title.trim()) continue;
    // (In its column's group, a subject under the section: "Python".)
    const group = g.groups[c];
    if (group) d.path = [...d.path, group];
    const kind = sectionKind(group ?? '');
    if (kind !== null && (d.kind === 'topic' || d.kind === 'task')) d.kind = kind;
    w.addItem(d, null);
  }
}

function markGridRow(w: Walker, cells: string[], line: number): void {
  const g = w.markGrid!;
  let done = 0;
  for (const c of g.cols) if (MARK_CELL_RE.test((cells[c] ?? '').trim())) done++;
  const total = g.cols.length;
  const d = w.entry(cells[0] ?? '', line, null, done === total ? 'done' : done > 0 ? 'doing' : 'todo');
  if (g.kind) d.kind = g.kind;
  d.progress = { done, total, unit: g.unit };
  if (d.title.trim()) w.addItem(d, null);
}

/** "(//www.bilibili.com/video/BV1Xq4y1M7Pa)", "(https://…)": a link's address alone in a cell, in brackets as a split markdown link leaves it. */
const ADDRESS_CELL_RE = /^\(?\s*((?:https?:)?\/\/[^\s()]+)\s*\)?$/;

/**
 * "|    | (//www.bilibili.com/video/…) |    |": a grid table's row goes on over more lines, its
 * first cell empty; what they hold belongs to the row above (its link, the rest of a link
 * split over two lines: "[Title]" above, "(//host/path)" here).
 */
function gridContinuation(w: Walker, cells: string[], i: number): void {
  const rows = w.tableRows[w.tableRows.length - 1];
  const last = rows?.[rows.length - 1];
  if (last === undefined) return;
  const d = w.drafts[last.item]!;
  // (Only right under the row's own lines, no rule between.)
  for (let k = i - 1; k >= d.source.line - 1; k--) if (w.lines[k]!.shape.t !== 'table') return;
  let linked = false;
  for (const c of cells) {
    const m = ADDRESS_CELL_RE.exec(c.trim());
    const url = m ? (m[1]!.startsWith('//') ? `https:${m[1]}` : m[1]!) : null;
    for (const l of url ? [url] : readInline(c).links) if (!d.links.includes(l)) { d.links.push(l); linked = true; }
  }
  if (linked && /^\[[^\]]+\]$/.test(d.title.trim())) d.title = d.title.trim().slice(1, -1);
  d.source.endLine = Math.max(d.source.endLine, i + 1);
}

/** Whether the section the line is in is a log of work ("Problem Log", "Learning log"). */
function inWorkLog(w: Walker): boolean {
  const s = w.sections[w.sections.length - 1];
  return s !== undefined && isWorkLog(s.title);
}

/** A cell that is only a cross: "❌", ":x:", "✗". */
const CROSS_CELL_RE = /^\s*(?:❌|:x:|✗|✘|❎)\s*$/u;

/**
 * A tracker's rows in order, ticked, then one under way, then crossed ("✅ ✅ 🚧 ❌ ❌"): the
 * crosses after the last row begun say "not yet", not "dropped". Crosses among ticks keep
 * their sense.
 */
export function crossedTails(w: Walker): void {
  for (const rows of w.tableRows) {
    let lastBegun = -1;
    for (let k = 0; k < rows.length; k++) if (!rows[k]!.crossed && w.drafts[rows[k]!.item]!.status !== 'todo') lastBegun = k;
    if (lastBegun < 0 || lastBegun === rows.length - 1) continue;
    const tail = rows.slice(lastBegun + 1);
    if (!tail.every((r) => r.crossed || w.drafts[r.item]!.status === 'todo')) continue;
    if (rows.slice(0, lastBegun + 1).some((r) => r.crossed)) continue;
    for (const r of tail) if (w.drafts[r.item]!.status === 'skipped') w.drafts[r.item]!.status = 'todo';
  }
}

// "# 100 Days of Code", "66 Days of Data", "#100DaysOfRust": a challenge of so many days.
// ("Of" run into the next word only before a capital: "DaysOfRust", not "days often".)
const CHALLENGE_RE = /(?<![\p{L}\p{N}])#?(\d{2,3})[\s_-]*[Dd](?:ays?|AYS?)[\s_-]*(?:[Oo][Ff](?![\p{L}])|Of(?=\p{Lu}))/u;

/**
 * "# 100 Days of Code" over "| Tag | Thema | Link |" and days 1 to 29: the log of a challenge of
 * so many days, a row for each day as it is done. Its rows without a status of their own were
 * done; a table of all the days, as many as the challenge has, is its plan, and stays as read.
 */
export function challengeDays(w: Walker): void {
  if (!w.tableRows.length) return;
  const h1 = w.lines.slice(0, 8).find((l) => l.shape.t === 'heading' && l.shape.level === 1);
  const m = CHALLENGE_RE.exec(h1?.shape.t === 'heading' ? h1.shape.text : '');
  if (!m) return;
  const days = Number(m[1]);
  for (const rows of w.tableRows) {
    if (!rows.length) continue;
    // (The header: the line above the delimiter above the first row.)
    let at = w.drafts[rows[0]!.item]!.source.line - 2;
    while (at > 0 && w.lines[at]?.shape.t === 'table') at--;
    const head = w.lines[at - 1];
    if (w.lines[at]?.shape.t !== 'tableDelim' || head?.shape.t !== 'table' || !DAY_COL_RE.test(head.shape.cells[0]!.trim())) continue;
    // (The last day a row names: "9-10" names day 10.)
    let most = 0;
    for (const r of rows) {
      const shape = w.lines[w.drafts[r.item]!.source.line - 1]!.shape;
      for (const n of shape.t === 'table' ? (shape.cells[0] ?? '').match(/\d+/g) ?? [] : []) most = Math.max(most, Number(n));
    }
    if (most === 0 || most >= days) continue;
    for (const r of rows) {
      const d = w.drafts[r.item]!;
      if (d.status === 'todo' && !d.explicitStatus) d.status = 'done';
    }
  }
}

/** A first column named for units of work to do: "Problem", "Exercises" (PROBLEMS_COL_RE's languages), "Lab", "Assignment". */
function namesWorkColumn(cell: string): boolean {
  return PROBLEMS_COL_RE.test(cell) || /^(?:labs?|assignments?|psets?|problem sets?|katas?)$/i.test(cell);
}

function isPlanSpan(title: string): boolean {
  return PLAN_SPAN_RE.test(title.replace(/^[^\p{L}\p{N}]+/u, ''));
}

/** The rows of a table from line index `from`, each read once, by line index. */
function rowsFrom(w: Walker, t: TableHeader, from: number): Map<number, TableRow | null> {
  const rows = new Map<number, TableRow | null>();
  for (let k = from; k < w.lines.length; k++) {
    const s = w.lines[k]!.shape;
    if (s.t !== 'table') break;
    rows.set(k, t.row(s.cells));
  }
  return rows;
}

/**
 * A table whose rows (rowsFrom), three or more, name an earlier table's entries, all of them in
 * the same order ("Chapter 1" … "Chapter 7" again, counted in percents): another view of the
 * same list. The index of that earlier table in w.tableRows, or null.
 */
function repeatedTable(w: Walker, ahead: ReadonlyMap<number, TableRow | null>, scope: string): number | null {
  const keys: string[] = [];
  for (const row of ahead.values()) if (row) keys.push(plainText(row.title).trim().toLowerCase());
  if (keys.length < 3) return null;
  for (let t = w.tableRows.length - 1; t >= 0; t--) {
    const rows = w.tableRows[t]!;
    // ("## Week 1" and "## Week 2" over the same labs: each week's sitting of them, not the same rows again.)
    const before = w.tableScopes[t] ?? '';
    if (before !== scope && isPlanSpan(before) && isPlanSpan(scope)) continue;
    if (rows.length === keys.length && rows.every((r, j) => w.drafts[r.item]?.title.trim().toLowerCase() === keys[j])) return t;
  }
  return null;
}

/**
 * A row of a table that repeats table `again` (repeatedTable): the entry already read, not one
 * more. What the later row says of its progress or status is the later word.
 */
function rowAgain(w: Walker, again: number, row: TableRow, line: number): boolean {
  const key = plainText(row.title).trim().toLowerCase();
  const r = w.tableRows[again]!.find((x) => w.drafts[x.item]?.title.trim().toLowerCase() === key);
  const d = r ? w.drafts[r.item] : undefined;
  if (!d) return false;
  if (row.progress) d.progress = row.progress;
  if (row.status !== null) d.status = row.status;
  else if (row.progress) d.status = statusOfProgress(row.progress);
  w.note(line, 'part', `a row of an earlier table again ("${d.title}", line ${d.source.line}): the same entry`, d.source.line);
  return true;
}

/** A row read by a table's header, as an item on `line` (with more links the row's markup held). */
function addRow(w: Walker, row: TableRow, line: number, links: string[]): void {
  // "✔ [Loudness Basics](…)", "⏳ Room acoustics" in the title cell: a mark says the status.
  const tick = row.status === null && (row.title.charCodeAt(0) > 0x2000 || row.title.charCodeAt(0) === 58 /* :shortcode: */) ? headingCheck(row.title.trim()) : null;
  const d = tick ? w.entry(tick.rest, line, tick.check) : w.entry(row.title, line, null, row.status);
  for (const l of links) if (!d.links.includes(l)) d.links.push(l);
  // The title column's name ("| Topic | Status |") says what the rows are, nearer than the
  // section's: it decides over the kind a row took only from the section around it.
  // (So does a column named for a resource, "| 클립명 |", "| Video |", over a task read from a
  // number in its title, "CH02-04. 리스트 자료형": one numbered clip of the course.)
  if (row.kind && (row.typed || d.kind === 'topic' || d.kind === 'article' || d.kind === w.kindHint()
    || (d.kind === 'task' && (row.kind === 'video' || row.kind === 'course') && d.links.length === 0)
    // ("| Book Name | Author |": "The Boy at the Back of the Class" is a book, whatever its words.)
    || (row.kind === 'book' && row.authored && d.kind === 'course')
    // ("| Courses |" over "Computer Networking: a Top-Down Approach": the course of that book's name.)
    || ((row.kind === 'course' || row.kind === 'video') && d.kind === 'book' && isKnownBook(d.title)))) d.kind = row.kind;
  else if (row.taught && (d.kind === 'topic' || d.kind === 'book' || d.kind === 'article')) d.kind = 'course';
  // (A word of the title does not make a written work something else: "Project Hail Mary".)
  else if (row.authored && (d.kind === 'topic' || d.kind === 'project' || d.kind === 'task')) d.kind = 'book';
  // "| Course\Books |": a row is one of the kinds its column names; "Read: Spring in Action" says which.
  if (row.kinds && !row.typed && !row.kinds.includes(d.kind)) d.kind = row.kinds.includes('book') && /^\W*read\b/i.test(row.title) ? 'book' : row.kinds[0]!;
  if (row.hours !== null && !d.estimate) d.estimate = { hours: round2(row.hours), basis: 'explicit' };
  if (row.progress && !d.progress) d.progress = row.progress;
  if (row.due) d.dates.due = row.due;
  if (row.started) d.dates.start = row.started;
  if (row.completed) d.dates.done = row.completed;
  if (row.scheduled && !d.dates.scheduled) d.dates.scheduled = row.scheduled;
  for (const l of row.links) if (!d.links.includes(l)) d.links.push(l);
  // "| [Programming](…/#programming) | [MIT 6.0001 - Fall 2016](https://ocw.mit.edu/courses/…) |":
  // a row named by its subject, whose other cell links the course, book or paper it is
  // learned from, is worked through as that resource (a kind no column or word gave it).
  // ("Implement Trie (Prefix Tree)" linked to its problem is that problem, whatever its words make it.)
  const problem = !row.typed && row.links.length > row.titleLinks && (d.kind === 'topic' || d.kind === 'project') && isExerciseLink(row.links.slice(row.titleLinks));
  if ((d.kind === 'topic' || problem) && !row.typed && row.links.length > row.titleLinks) {
    // (Only a web page's address: "./book/1_start/main.rs" is the person's own work.)
    const site = kindOfLinks(row.links.slice(row.titleLinks).filter((l) => /^https?:\/\//i.test(l)));
    // ("| 2 | Add Two Numbers | Yes | https://leetcode.com/problems/add-two-numbers/ |": a judge's problem, an exercise.)
    if (site === 'course' || site === 'book' || site === 'paper' || (site === 'task' && problem)) d.kind = site;
  }
  d.prereqNames = row.prereqs;
  // A dashboard's rows under "Shelved" or "Paused" were put down, however far along their
  // cells say they got ("10%"), as an open box there was; one a cell says is under way still is.
  if ((d.status === 'todo' || (d.status === 'doing' && row.progress !== null)) && (w.labels.some((l) => l.dropped) || w.sections.some((x) => x.dropped))) d.status = 'skipped';
  if (row.title.trim()) w.addItem(d, null);
}

interface HtmlCell {
  text: string;
  /** The line its first words stand on. */
  line: number | null;
  links: string[];
  header: boolean;
}

const TAG_RE = /<!--[\s\S]*?-->|<(\/?)([a-z]+)\b([^>]*)>|([^<]+)/gi;

/**
 * `<table>` … `</table>` as GitHub READMEs write book lists: a row per book, cells over many
 * lines. The rows are read by their header as a markdown table's are; an item stands on the
 * line of its title cell's words. Returns the index of the table's last line.
 */
export function htmlTable(w: Walker, start: number): number {
  let end = start;
  while (end < w.lines.length - 1 && !/<\/table>/i.test(w.lines[end]!.text)) end++;
  const rows: HtmlCell[][] = [];
  let row: HtmlCell[] | null = null;
  let cell: HtmlCell | null = null;
  for (let j = start; j <= end; j++) {
    const ln = w.lines[j]!;
    for (const m of ln.text.matchAll(TAG_RE)) {
      if (m[0].startsWith('<!--')) continue;
      const tag = m[2]?.toLowerCase();
      if (m[4] !== undefined) {
        const words = m[4].replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').trim();
        if (cell && words) {
          if (cell.line === null) cell.line = ln.no;
          cell.text += (cell.text ? ' ' : '') + words;
        }
      } else if (tag === 'tr') {
        if (m[1]) row = null;
        else rows.push((row = []));
        cell = null;
      } else if (tag === 'td' || tag === 'th') {
        if (m[1]) cell = null;
        else if (row) row.push((cell = { text: '', line: null, links: [], header: tag === 'th' }));
      } else if (tag === 'a' && !m[1] && cell) {
        const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[3] ?? '')?.[1];
        if (href && !cell.links.includes(href)) cell.links.push(href);
      } else if (tag === 'br' && cell) {
        cell.text += ' ';
      }
    }
  }
  const head = rows.findIndex((r) => r.length > 0 && r.every((c) => c.header));
  if (head < 0) return end;
  const table = readTable(rows[head]!.map((c) => c.text), w.contextScore() < 0, w.year, w.asOf);
  if (!table.work) return end;
  const titleCol = rows[head]!.findIndex((c) => c.text === table.titleHeader);
  for (const r of rows.slice(head + 1)) {
    const read = table.row(r.map((c) => c.text.trim()));
    if (!read) continue;
    const own = r[titleCol] ?? r.find((c) => c.text.trim() === read.title.trim());
    // (The row's links are its title's and those of its other cells: "Links & Comments" holds an <a href>.)
    const links = [...(own?.links ?? [])];
    for (const c of r) if (!c.header) for (const l of c.links) if (!links.includes(l)) links.push(l);
    addRow(w, read, own?.line ?? r.find((c) => c.line !== null)?.line ?? w.lines[start]!.no, links);
  }
  return end;
}
/**
 * A table kept as comma-separated values in the note ("title,author,date_read,format" over one
 * line a book, a reading log exported from a spreadsheet or Goodreads): its header names three
 * or more columns, each a short name, and two lines at least under it split into as many
 * fields. Read as a markdown table's rows, each on its own line. Returns the index of the
 * block's last line, or -1 when the line starts no such table (then it is read as any line).
 */
export function csvTable(w: Walker, start: number): number {
  const header = csvFields(w.lines[start]!.text);
  if (!isCsvHeader(header)) return -1;
  const rows: [string[], number][] = [];
  for (let j = start + 1; j < w.lines.length; j++) {
    const ln = w.lines[j]!;
    // (A row is any line that splits so: "C. S. Lewis: A Life,…" is no list item here.)
    if (ln.shape.t === 'blank') break;
    const cells = csvFields(ln.text);
    if (!cells || cells.length !== header.length) break;
    rows.push([cells, j]);
  }
  if (rows.length < 2) return -1;
  const table = readTable(header.map((c) => c.replace(/_/g, ' ')), w.contextScore() < 0, w.year, w.asOf);
  // (Only a header that names its rows' titles: a row of numbers under "x,y,z" is data, no work.)
  if (!table.work || !TITLE_CSV_RE.test(table.titleHeader)) return -1;
  for (const [cells, j] of rows) {
    const read = table.row(cells);
    if (read) addRow(w, read, w.lines[j]!.no, []);
  }
  return rows[rows.length - 1]![1];
}

/** The title columns a CSV table may name its rows by. */
const TITLE_CSV_RE = /^(?:titles?|names?|books?|courses?|topics?|tasks?|items?|subjects?|lessons?|papers?|videos?|resources?)$/i;

/** "| 1 | 2 | 3 | … |": a header of consecutive numbers, three or more. */
function numberGrid(cells: string[]): boolean {
  if (cells.length < 3) return false;
  let prev = -1;
  for (const c of cells) {
    const t = c.trim();
    if (!/^\d{1,3}$/.test(t)) return false;
    const n = Number(t);
    if (prev >= 0 && n !== prev + 1) return false;
    prev = n;
  }
  return true;
}

/**
 * "### C. Subsets" over "| 1 | 2 | … | 10" and rows of marks ("+", "+R", "\\-", "@"): a
 * section of a book whose exercises are tracked one mark each, as the note's legend reads
 * them ("+ = solved", "- = attempted", "@ = filler"). The heading is the item; its progress
 * is the exercises whose mark means solved, of those that are exercises at all.
 */
function gridHeading(w: Walker, i: number): boolean {
  const s = w.sections[w.sections.length - 1];
  if (!s?.heading || s.nonWork || s.template || w.fence) return false;
  if (s.item === null) headingItem(w, s, w.entry(s.heading.raw, s.heading.line, null));
  const d = w.drafts[s.item!]!;
  // (A second grid under the same heading adds to the first; progress the heading says itself wins.)
  const before = w.grid?.item === s.item ? w.grid : null;
  if (d.progress && !before) return true;
  w.grid = { item: s.item!, line: i + 1, done: before?.done ?? 0, total: before?.total ?? 0 };
  w.table = null;
  return true;
}

function gridRow(w: Walker, cells: string[]): void {
  const g = w.grid!;
  const legend = gridLegend(w);
  for (const c of cells) {
    const mark = c.trim().replace(/^\\/, '');
    if (!mark) continue;
    const means = legend.get(mark) ?? legend.get(mark.charAt(0)) ?? null;
    if (means === 'none') continue;
    g.total++;
    if (means === 'done') g.done++;
  }
  const d = w.drafts[g.item]!;
  if (g.total === 0) return;
  applyProgress(d, { done: g.done, total: g.total, unit: 'problem' }, d.source.line);
  d.progressLine = null;
  if (!d.explicitStatus) d.status = statusOfProgress(d.progress!);
}

const GRID_LEGENDS = new WeakMap<Walker, Map<string, 'done' | 'open' | 'none'>>();

/** The note's legend of marks ("* + = solved, routine;", "* @ = filler."), read once: what each mark says of an exercise. */
function gridLegend(w: Walker): Map<string, 'done' | 'open' | 'none'> {
  let m = GRID_LEGENDS.get(w);
  if (m) return m;
  m = new Map();
  for (const l of w.lines) {
    const e = /^\s*(?:[-*+]\s+)?\\?([^\s=\p{L}\p{N}][^\s=]{0,2}|\p{L})\s*=\s*(\S.*)$/u.exec(l.text);
    if (!e) continue;
    const says = e[2]!.toLowerCase();
    m.set(e[1]!, /\b(?:not (?:yet )?(?:solved|done)|unsolved)\b/.test(says) ? 'open'
      : /\b(?:solved|done|finished|completed?|correct|passed)\b/.test(says) ? 'done'
        : /\b(?:filler|n\/a|none|skip(?:ped)?|not an? (?:exercise|problem)|not (?:assigned|set|given))\b/.test(says) ? 'none' : 'open');
  }
  GRID_LEGENDS.set(w, m);
  return m;
}
