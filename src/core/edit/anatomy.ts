// Reads one line of a note into its parts (indent, list markers, checkbox, org keyword,
// the words) with offsets, so an edit can change one part and keep the rest byte for byte.

import { BRACKET_STATUS_LEAD_RE, DASH_STATUS_LEAD_RE, ROAM_STATUS_RE, STATUS_PREFIX_WORDS, statusOfWord } from '../notes/line-rules.js';
import { LIST_KEYWORDS } from '../notes/org.js';
import { CHECK_MARKS, MARKUP_BOX_RE, wrapperAt } from '../notes/scan.js';
import { formsAt } from '../notes/vocabulary.js';

export type Dialect = 'markdown' | 'org';

export interface Box {
  /** Offset of the character between the brackets (of the "]" in an empty "[]", whose char is ''). */
  index: number;
  char: string;
  /** Offset just after the closing bracket. */
  end: number;
}

export interface Keyword {
  index: number;
  text: string;
  /**
   * Which kind of status word: an org headline's keyword (the default), a task keyword
   * opening a list entry ("- LATER …"), a status before the words ("DONE: …", "[WIP] …") or a
   * check mark standing for a checkbox ("✅ …", "☐ …"), a box at the end of a plain line ("SQLBolt   [ ]"),
   * or a box drawn in markup (`<input type="checkbox" checked>`, Hugo's `{{% checked %}}`: the text is that tag).
   */
  form?: 'list' | 'prefix' | 'mark' | 'box' | 'markup';
  /** Characters after the word that go with it when it is rewritten (", incomplete" after "Started"). */
  after?: number;
}

export type LineKind = 'list' | 'plain' | 'heading' | 'org-headline' | 'table';

export interface LineAnatomy {
  kind: LineKind;
  /** Where a new checkbox would go: after the list markers, or after the indent of a plain line. */
  boxAt: number;
  box: Box | null;
  /** Org TODO keyword on a headline, or another status word or mark the line opens with (see `Keyword.form`). */
  keyword: Keyword | null;
  /** Where the item's own words begin. */
  bodyStart: number;
}

/** TODO-style keywords org files use, the reader's (vocabulary.ts); a file may declare more with `#+TODO:`. */
export const ORG_KEYWORDS: readonly string[] = formsAt('keyword');

// Boxes as the reader takes them (scan.ts): "[ ]", "[x]", "[ x ]", "[x ]", "[v]", "( )", "(x)",
// and "[]", an open box with nothing inside (its char is '': a status is written into it).
const BOX = /^(?:\[([ \t]*)([xX/\-~><!?*.✓✔vV]?)[ \t]*\]|\(([ xX/~-])\))(?=[ \t]|$|[A-Za-z0-9\u00c0-\uffff])/;
const MD_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*/;
// ("-- [ ] x": two or three dashes before a box mark a deeper entry in a plain note, as the reader's scanner takes them;
// "1° Python", "2º MySQL": a number written as an ordinal numbers a list too.)
const BULLET = /^(?:[-*+]|-{2,3}(?=[ \t]+\[[ xX]?\])|\d{1,9}[.)]|\d{1,3}[°ºª](?=[ \t]))(?:[ \t]+|$)/;
// "a. - [ ] x": a letter counts as a marker only before another marker or a checkbox.
const LETTER = /^[A-Za-z][.)][ \t]+(?=[-*+][ \t]|\d{1,9}[.)][ \t]|\[[ xX/\-]\])/;
const LIST_KEYWORD = new RegExp(`^(${LIST_KEYWORDS.join('|')})(?=[ \\t]+[^\\s:])`);
// The check marks the reader takes for checkboxes (scan.ts), and the statuses it takes before a plain line (reader.ts).
// (A mark glued to its word, "🟢数学分析", "🟢Linux", as the reader takes it; not "x".)
const MARK = new RegExp(`^(x|${CHECK_MARKS})\\uFE0F?(?=[ \\t]+\\S)|^(${CHECK_MARKS})\\uFE0F?(?=\\p{L})`, 'u');
// A mark inside a checkbox: "1. [🔄] Groundwork" (the mark is rewritten, the brackets kept).
const BOXED_MARK = new RegExp(`^\\[((?:${CHECK_MARKS})\\uFE0F?)\\](?=[ \\t]+\\S)`, 'u');
// ("*TODO*: …", "**TODO:** …": the word emphasised; the word alone is rewritten, its marks stay.)
const STATUS_PREFIX = new RegExp(`^([*_]{0,2})(${STATUS_PREFIX_WORDS})(?:\\1[ \\t]*[:：]|[ \\t]*[:：]\\1)[ \\t]+(?=\\S)`, 'i');
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+/;
const TIGHT_NUMBER = /^\d{1,3}[.)](?=[*_\p{L}])/u;
const TIGHT_BULLET = /^([-*+])(?=\p{L}|\[[ xX]\])(?!.*\1)/u;
const TABLE = /^[ \t]*\|/;

/** The parts of one line (without its ending) in the given dialect. */
export function readLine(line: string, dialect: Dialect, keywords: readonly string[] = ORG_KEYWORDS): LineAnatomy {
  if (dialect === 'org' && line.startsWith('*')) {
    const stars = /^\*+[ \t]+/.exec(line);
    if (stars) return readOrgHeadline(line, stars[0].length, keywords);
  }
  if (dialect === 'markdown') {
    const h = HEADING.exec(line);
    if (h) {
      const at = h[0].length;
      const box = readBox(line, at);
      // "### ✅ Chapter 3": a mark in place of a box, as on a list entry.
      const mark = box ? null : MARK.exec(line.slice(at));
      if (mark && mark[1] !== 'x') return { kind: 'heading', boxAt: at, box: null, keyword: { index: at, text: mark[0], form: 'mark' }, bodyStart: skipSpace(line, at + mark[0].length) };
      return { kind: 'heading', boxAt: at, box, keyword: null, bodyStart: box ? skipSpace(line, box.end) : at };
    }
  }
  if (TABLE.test(line)) {
    const first = line.indexOf('|') + 1;
    const lead = /^[ \t]*/.exec(line.slice(first))![0].length;
    return { kind: 'table', boxAt: first + lead, box: readBox(line, first + lead), keyword: null, bodyStart: first + lead };
  }
  let at = MD_PREFIX.exec(line)![0].length;
  // "<area>✔ TCP/IP</area>", "<li>Revisit Git</li>": a line wrapped in an element of markup, as
  // the reader takes it (scan.ts): its parts are inside the element.
  const wrap = line.charCodeAt(at) === 60 ? wrapperAt(line, at) : null;
  if (wrap && !/^h[1-6]$/.test(wrap.tag)) at = skipSpace(line, wrap.start);
  let markers = 0;
  for (;;) {
    const rest = line.slice(at);
    const m = BULLET.exec(rest) ?? LETTER.exec(rest);
    if (!m) break;
    // "* " at column 0 of an org file is a headline, handled above; "-1" is not a bullet.
    at += m[0].length;
    markers++;
  }
  // "3.**Demo**": a number with no space after it still numbers the line (the reader's
  // scanner takes "3.[x] **Demo**" as an entry); a box goes after it, not before.
  // ("*Node.js 12 Fundamentals" under "* Flexbox": a bullet glued to its words, no emphasis.)
  const tight = markers === 0 ? TIGHT_NUMBER.exec(line.slice(at)) ?? TIGHT_BULLET.exec(line.slice(at)) : null;
  if (tight) {
    at += tight[0].length;
    markers++;
  }
  const box = readBox(line, at);
  const kind = markers > 0 ? 'list' : 'plain';
  if (!box) {
    const rest = line.slice(at);
    // "<input type="checkbox" checked> Learn Rust", "{{% checked %}} Dune {{% /checked %}}": a box in markup.
    const markup = rest.startsWith('<') || rest.startsWith('{') ? MARKUP_BOX_RE.exec(rest) : null;
    if (markup) {
      const tag = markup[1] ?? markup[0].trimEnd();
      return { kind, boxAt: at, box: null, keyword: { index: at + rest.indexOf(tag), text: tag, form: 'markup' }, bodyStart: at + markup[0].length };
    }
    const boxed = BOXED_MARK.exec(rest);
    if (boxed) return { kind, boxAt: at, box: null, keyword: { index: at + 1, text: boxed[1]!, form: 'mark' }, bodyStart: skipSpace(line, at + boxed[0].length) };
    // "✅ Read SICP", "- ⬜ Watch lecture 5", "x Harvard CS50": a mark in place of a box.
    const mark = MARK.exec(rest);
    if (mark && (markers === 0 || mark[1] !== 'x')) {
      return { kind, boxAt: at, box: null, keyword: { index: at, text: mark[0], form: 'mark' }, bodyStart: skipSpace(line, at + mark[0].length) };
    }
    // "- LATER Read SICP": a list entry whose status is a keyword, as Logseq writes them.
    const word = markers > 0 ? LIST_KEYWORD.exec(rest) : null;
    if (word) {
      const body = skipSpace(line, at + word[1]!.length);
      const prio = /^\[#[A-C]\][ \t]*/.exec(line.slice(body));
      return { kind, boxAt: at, box: null, keyword: { index: at, text: word[1]!, form: 'list' }, bodyStart: body + (prio ? prio[0].length : 0) };
    }
    // "DONE: Git basics": the status written before a plain line.
    const said = markers === 0 ? STATUS_PREFIX.exec(rest) : null;
    if (said) return { kind, boxAt: at, box: null, keyword: { index: at + said[1]!.length, text: said[2]!, form: 'prefix' }, bodyStart: at + said[0].length };
    // Roam's "{{[[TODO]]}} Read the paper": the keyword inside its braces.
    const roam = ROAM_STATUS_RE.exec(rest);
    if (roam) return { kind, boxAt: at, box: null, keyword: { index: at + roam[1]!.length, text: roam[2]!, form: 'list' }, bodyStart: at + roam[0].length };
    // "[WIP] Build a compiler", "- [DONE] Go tour": the status in brackets before the words.
    const bracket = BRACKET_STATUS_LEAD_RE.exec(rest);
    if (bracket && statusOfWord(bracket[2]!)) {
      return { kind, boxAt: at, box: null, keyword: { index: at + bracket[1]!.length, text: bracket[2]!, form: 'prefix' }, bodyStart: at + bracket[0].length };
    }
    // "Read - Dune", "DNF – Ulysses": a status word and a dash before the words, as reading logs write them.
    const dash = DASH_STATUS_LEAD_RE.exec(rest);
    if (dash && statusOfWord(dash[2]!)) {
      return { kind, boxAt: at, box: null, keyword: { index: at + dash[1]!.length, text: dash[2]!, form: 'prefix' }, bodyStart: at + dash[0].length };
    }
  }
  const bodyStart = box ? skipSpace(line, box.end) : at;
  // "Course | 13 weeks | 5 hours/week": a table row written without its outer pipes (the
  // scanner takes any other line with a "|" for a table row too).
  if (kind === 'plain' && !box && line.includes('|')) return { kind: 'table', boxAt: at, box: null, keyword: null, bodyStart };
  return { kind, boxAt: at, box, keyword: null, bodyStart };
}


function readOrgHeadline(line: string, afterStars: number, keywords: readonly string[]): LineAnatomy {
  let at = afterStars;
  let keyword: Keyword | null = null;
  const word = /^([A-Z][A-Z0-9_-]*)(?=[ \t]|$)/.exec(line.slice(at));
  if (word && keywords.includes(word[1]!)) {
    keyword = { index: at, text: word[1]! };
    at = skipSpace(line, at + word[1]!.length);
  }
  const prio = /^\[#[A-Z0-9]\][ \t]*/.exec(line.slice(at));
  if (prio) at += prio[0].length;
  const boxAt = at;
  const box = readBox(line, at);
  let bodyStart = box ? skipSpace(line, box.end) : at;
  const cookie = /^\[\d*(?:\/\d*|%)\][ \t]*/.exec(line.slice(bodyStart));
  if (cookie) bodyStart += cookie[0].length;
  return { kind: 'org-headline', boxAt, box, keyword, bodyStart };
}

function readBox(line: string, at: number): Box | null {
  const m = BOX.exec(line.slice(at));
  if (!m) return null;
  const end = at + m[0].length;
  if (m[3] !== undefined) return { index: at + 1, char: m[3], end };
  if (m[2]) return { index: at + 1 + m[1]!.length, char: m[2], end };
  return { index: at + 1, char: m[1] ? ' ' : '', end };
}

function skipSpace(line: string, at: number): number {
  while (at < line.length && (line[at] === ' ' || line[at] === '\t')) at++;
  return at;
}

/** Org keywords a file declares (`#+TODO: TODO NEXT | DONE CANCELLED`) plus the usual ones. */
export function orgKeywords(text: string): string[] {
  const out = new Set(ORG_KEYWORDS);
  const re = /^#\+(?:TODO|SEQ_TODO|TYP_TODO):[ \t]*(.*)$/gim;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const w of m[1]!.split(/[ \t|]+/)) {
      const k = w.replace(/\(.*\)$/, '');
      if (k) out.add(k);
    }
  }
  return [...out];
}

/** True when `path` names an org-mode file. */
export function dialectOf(path: string): Dialect {
  return /\.org$/i.test(path) ? 'org' : 'markdown';
}
