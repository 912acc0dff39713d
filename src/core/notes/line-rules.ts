// The line-level rules the reader applies: which lines are heading-like, which link texts
// are generic ("YouTube video lecture"), time logs, key-value metadata, and small helpers.
import type { Status } from '../model/types.js';
import { cleanTitle, readInline } from './inline.js';
import { findProgress } from './phrases.js';
import { StringMemo } from './string-memo.js';
import { statusAt, wordPattern } from './vocabulary.js';
import { codeAt } from './chars.js';

// "Week 1: …", "Day 3", "Monday (7 hours): …", "Morning (3 hours):" — and how deep each sits.
export const RANKED_HEADING_RE = /^(?:(month|phase|stage|semester|term|quarter|sprint|milestone|q[1-4])|(week|wk)|(day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|weekend|weekday)s?|(morning|afternoon|evening|night|session|block|slot))\b[\s\d.:()\-–—/,&+]*/i;
export const GENERIC_LINK_TAIL = /\b(?:repo|repository|notebooks?|files|slides|code|video lecture|lecture notes|colab|playlist|homepage|website|transcript|pdf)$/i;
export const GENERIC_LINK_TEXT = /^(?:(?:(?:course|class) (?:url|website|site|page|link|textbook|homepage)|official (?:web)?(?:page|site)|webpage|url|youtube|jupyter|github|video|lecture|notes?|slides?|repo(?:sitory)?|notebook|code|homepage|home page|website|site|link|here|pdf|playlist|files?|solutions?|transcript|source|docs?|documentation|recording|audio|exercises?|homework|assignments?|reading|problem set|lecture notes|course page|syllabus)\b[\w\s.()-]{0,30}|\S+\.(?:pdf|ipynb|py)|(?:view|see|buy|get|read|order)(?: it)? (?:on|at|from) \p{L}[\p{L}.]{1,20}|(?:bei|auf) \p{L}[\p{L}.]{1,20} (?:ansehen|kaufen|bestellen)|(?:ver|comprar) en \p{L}[\p{L}.]{1,20}|(?:voir|acheter) sur \p{L}[\p{L}.]{1,20}|(?:ver|comprar) n[ao] \p{L}[\p{L}.]{1,20})$/iu;
export const LOG_LINE_RE = /^(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{4}-\d{2}-\d{2})\s*[,:-]?\s*(?:(\d+(?:\.\d+)?)\s*(?:mins?|minutes?|h|hrs?|hours?)\b)?/i;
/** An org log entry: a note (C-c C-z) or a state change, with its timestamp. */
export const ORG_LOG_ENTRY_RE = /^(?:Note taken on|State\s+"[^"]*"(?:\s+from\s+"[^"]*")?|Rescheduled from|Not scheduled, was|New deadline from|Removed deadline, was|Refiled on)\s*\S*\s*\[\d{4}-\d{2}-\d{2}[^\]]*\]/;
export const KEY_VALUE_RE = /^(?:\*\*|__)?([\p{L}\p{N}][\p{L}\p{N} '’&/-]{0,30}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(\S.*)$/u;

/** A whole line in italics (one "_" or "*" each side, not bold) that is a "Key: value" field. */
const ITALIC_FIELD_RE = /^([_*])(?![_*\s])[\p{L}\p{N}][\p{L}\p{N} '’&/-]{0,30}?[:：]\s*\S[^_*]*(?<![_*\s])\1\s*$/u;

/** "_Next review: 24/11/2025_", "*Created by: …*": a field set in italics, as the field it is; any other line as it is. */
export function unItalicField(text: string): string {
  const c = codeAt(text, 0);
  return (c === 95 || c === 42) && ITALIC_FIELD_RE.test(text) ? text.trim().slice(1, -1) : text;
}

// Patterns the reader reads by and the editor (core/edit) writes back by, kept in one place.

/** An arrow between the steps of a path on one line ("HTML → CSS → JavaScript"). */
export const ARROW = '(?:→|->|⇒|=>|➡️?|⟶)';
export const CHAIN_ARROW_RE = new RegExp(`\\s${ARROW}\\s`);
/** A list item's marker at the start of a part of a table cell: "- ", "* ", "• ", "1. ". */
const CELL_MARKER_RE = /^(?:[-*+•·]|\d{1,3}[.)])\s+/u;
/** A part of a cell that is one link and nothing else: "[Title](./a.md)", "[[Title]]". */
const CELL_LINK_RE = /^(?:\[[^\]]+\]\([^)\s]*\)|\[\[[^\]]+\]\])$/;

/** One entry of a table cell written as a list: its words (the marker taken off), and where they stand in the cell (`end` before trailing spaces). */
export interface CellEntry {
  words: string;
  start: number;
  end: number;
}

/**
 * The entries of a table cell written as a list, as a table can hold one only through `<br>`
 * ("- [Dune](./dune.md)<br>- [Emma](./emma.md)"): two parts or more, each led by a list marker
 * or each one link alone. Null for any other cell (a card's title over its details,
 * "**Graphs**<br>due Friday", is one entry). The reader reads each as a row of its own; the
 * editor marks one of them in its place.
 */
export function cellEntries(cell: string): CellEntry[] | null {
  if (!cell.includes('<')) return null;
  const out: CellEntry[] = [];
  const re = /<br\s*\/?>/gi;
  let from = 0;
  for (let m = re.exec(cell); ; m = re.exec(cell)) {
    const to = m ? m.index : cell.length;
    let start = from;
    let end = to;
    while (start < end && /\s/.test(cell[start]!)) start++;
    while (end > start && /\s/.test(cell[end - 1]!)) end--;
    if (end > start) out.push({ words: cell.slice(start, end), start, end });
    if (!m) break;
    from = m.index + m[0].length;
  }
  if (out.length < 2) return null;
  if (out.every((e) => CELL_MARKER_RE.test(e.words))) {
    return out.map((e) => {
      const cut = CELL_MARKER_RE.exec(e.words)![0].length;
      return { words: e.words.slice(cut), start: e.start + cut, end: e.end };
    });
  }
  return out.every((e) => CELL_LINK_RE.test(e.words)) ? out : null;
}

/** Words said as a status before an entry: "DONE: Git basics", "In progress: Docker". */
export const STATUS_PREFIX_WORDS = wordPattern('prefix');
/** The name of a line that says its heading's status: "Status:", "**Progress**:". */
export const STATUS_FIELD_NAME = '(?:\\*\\*|__)?(?:status|state|progress)(?:\\*\\*|__)?';
/** Every word a status field's value may be, in any language (vocabulary.ts). */
export const FIELD_STATUS_WORDS = wordPattern('field');

/** A status in brackets before an entry's words: "[WIP] Build a compiler", "- [DONE] Go tour", "(DONE) write the README". */
export const BRACKET_STATUS_LEAD_RE = new RegExp(`^([ \\t]*[[(])(${FIELD_STATUS_WORDS})[\\])][ \\t]+(?=\\S)`, 'i');
/** A status word and a dash before an entry's words, as reading logs write them: "Read - Dune", "DNF – Ulysses", "In progress — SICP". */
export const DASH_STATUS_LEAD_RE = new RegExp(`^([ \\t]*)(${FIELD_STATUS_WORDS})[ \\t]+[-–—][ \\t]+(?=\\S)`, 'i');
/** Roam Research's task markers: "{{[[TODO]]}} Read the paper", "{{[[DONE]]}} …", "{{TODO}} …". */
export const ROAM_STATUS_RE = new RegExp(`^([ \\t]*\\{\\{(?:\\[\\[)?)(${wordPattern('roam')})(?:\\]\\])?\\}\\}[ \\t]+(?=\\S)`, 'i');
const BRACKET_STATUS_TAIL_RE = new RegExp(`^\\[(${FIELD_STATUS_WORDS})\\][ \\t]*$`, 'i');

/**
 * A status in brackets after an entry's words ("Go tour [done]"): where the bracket
 * starts (after a space), the word and what it says; null when the line ends otherwise.
 * Looked for from the last "[" (a pattern run from every space would be quadratic).
 */
export function bracketStatusTail(text: string): { index: number; word: string; status: Status } | null {
  const at = text.lastIndexOf('[');
  if (at < 1 || (text[at - 1] !== ' ' && text[at - 1] !== '\t')) return null;
  const tail = text.slice(at);
  // "CMU 15-445 lectures 1-5    [ ]", "SQLBolt    [x]": a box at the end of a plain line.
  const box = /^\[([ xX✓✔/-])\][ \t]*$/.exec(tail);
  if (box) return { index: at, word: box[1]!, status: box[1] === ' ' ? 'todo' : box[1] === '/' ? 'doing' : box[1] === '-' ? 'skipped' : 'done' };
  const m = BRACKET_STATUS_TAIL_RE.exec(tail);
  const status = m ? statusOfWord(m[1]!) : null;
  return status ? { index: at, word: m![1]!, status } : null;
}

/** The status a field word says ("WIP" → doing), or null. */
export function statusOfWord(word: string): Status | null {
  return statusAt('field', word);
}

/** A symbol or two, a dash, then a few words: "✅ - Done", "⬅️ – Doing", "⚫ — Paused". */
const MARK_DASH_WORDS_RE = /^\s*((?:[^\p{L}\p{N}\s]{1,4}\s*){1,3})[-–—]\s+(\p{L}[\p{L} ]{0,24}?)\s*$/u;

/**
 * "✅ - Done", "⬅️ - Doing", "⚫ - Paused": a legend's line written with a dash, a mark and the
 * status it stands for (only a status: "🔥 - Build a compiler" is an entry with its mark). With
 * `afterMark`, the line's mark was already taken off ("- Done").
 */
export function marksStatusWithDash(text: string, afterMark = false): boolean {
  if (afterMark) {
    const m = /^\s*[-–—]\s+(\p{L}[\p{L} ]{0,24}?)\s*$/u.exec(text);
    return m !== null && statusOfWord(m[1]!) !== null;
  }
  const m = MARK_DASH_WORDS_RE.exec(text);
  return m !== null && /[\p{So}\p{Extended_Pictographic}]/u.test(m[1]!) && statusOfWord(m[2]!) !== null;
}

// Tried by status in the table's order (todo, done, doing, skipped): "read" is done, "reading" under way.
const FIELD_STATUS_LEAD_RES = (['todo', 'done', 'doing', 'skipped'] as const)
  .map((st) => [st, new RegExp(`^(?:${wordPattern('field-lead', st)})(?![a-z])`, 'i')] as const);

/** The status a field's value opens with ("In progress (60%)" → doing, "✅ 3/10" → done), or null. */
export function statusOfLeadingWord(value: string): Status | null {
  for (const [st, re] of FIELD_STATUS_LEAD_RES) if (re.test(value)) return st;
  return null;
}

export function sameRefs<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function validDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The words of an entry without its progress phrase ("… - Upto and including week 2 done"). */
export function withoutProgress(s: string): string {
  const p = findProgress(s);
  if (!p) return s.replace(/\s*[-–—:,(]*\s*(?:finished|done|completed|in progress)\W*$/i, '');
  return (s.slice(0, p.index) + s.slice(p.index + p.length)).replace(/\s*[-–—:,(]+\s*$/, '').trim();
}

/** A heading's text as a path element: no emphasis, numbering kept, hours dropped. */
export function headingTitle(raw: string): string {
  return HEADING_TITLES.get(raw, headingTitleOf);
}
const HEADING_TITLES = new StringMemo<string>();

function headingTitleOf(raw: string): string {
  const f = readInline(raw);
  return cleanTitle(f.title.replace(/\(\s*\d+(?:\.\d+)?\s*(?:hours?|hrs?|h)\s*\)/i, '').replace(/\s+([:：])/g, '$1'));
}

/**
 * Capitals as a heading: two or more capitalised words ("STUDY PLAN 2026 (10 hrs/week)"),
 * or one long word standing alone ("TODO"); "SICP" in a list of books is not.
 */
export function isCapsHeading(plain: string, standsAlone: boolean): boolean {
  // A lower-case letter before any "(" sits in a word that is not in capitals.
  const paren = plain.indexOf('(');
  if (/[a-z]/.test(paren >= 0 ? plain.slice(0, paren) : plain)) return false;
  const head = plain.replace(/\(.*$/, '').replace(/[:：]\s*$/, '').trim();
  const words = head.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 8) return false;
  if (!words.every((w) => w === w.toUpperCase())) return false;
  // ("SICP：阅读并准备完成习题。": capitals run into letters that have no case, a name in a sentence.)
  if (words.some((w) => /\p{Lu}/u.test(w) && /\p{Lo}/u.test(w))) return false;
  // Words in capitals ("STUDY PLAN"); short codes among them ("Q1", "C++") do not count either way.
  const strong = words.filter((w) => /\p{Lu}{2,}/u.test(w));
  if (strong.length < words.length - 1 || strong.length === 0) return false;
  return strong.length >= 2 || (standsAlone && words.length === 1 && words[0]!.length >= 4);
}
