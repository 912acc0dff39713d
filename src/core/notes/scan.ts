// The line scanner: splits a note into lines with offsets and classifies each line's
// block shape (heading, list entry, fence, table row, …). It never looks at meaning;
// reader.ts does that. Built for speed: one pass, one regex test per shape at most.
import { statusAt, wordPattern } from './vocabulary.js';
import { codeAt, itemAt } from './chars.js';

export interface ScannedLine {
  /** 1-based line number. */
  no: number;
  /** Offset of the line's first character in the text (UTF-16 units). */
  start: number;
  /** The line without its end-of-line characters. */
  text: string;
  /** Indentation in columns (a tab counts as 4). */
  indent: number;
  shape: Shape;
}

export type Shape =
  | { t: 'blank' }
  | { t: 'heading'; level: number; text: string }
  | { t: 'fence'; lang: string; marker: string }
  | { t: 'list'; marker: string; ordered: boolean; check: string | null; text: string; contentCol: number }
  | { t: 'hr' }
  | { t: 'table'; cells: string[] }
  | { t: 'tableDelim' }
  | { t: 'html' }
  | { t: 'orgHeadline'; level: number; text: string }
  | { t: 'orgMeta'; text: string }
  | { t: 'text'; text: string };

/** Splits text into lines. Joining `text` + EOLs reproduces the input exactly. */
export function splitLines(text: string): { start: number; end: number; eol: number }[] {
  const out: { start: number; end: number; eol: number }[] = [];
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ start: pos, end, eol: nl < n ? nl + 1 - end : 0 });
    pos = nl + 1;
  }
  return out;
}

/** A line's indent in columns, a tab to the next stop of four. */
export function indentOf(s: string): number {
  let col = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else if (c === 0x3000) col += 2; // ideographic space
    else break;
  }
  return col;
}

// "- ", "* ", "+ ", "1. ", "1) ", "a. ", "iv. " (short roman numerals), then an optional second
// marker ("a. - [ ] x"), then an optional checkbox in any common spelling.
// Boxes: "[ ]", "[x]", "[]", "[ x ]", "[x ]", "[v]", "( )", "(x)"; text may follow with no space ("[ ]Read").
// Japanese notes bullet with "・" (and "･"), no space needed; "1.Read the paper" numbers a line with no space either.
// (A second marker before a task keyword, "- - DONE [简介](…)", as a Logseq export nests a block in one line, is one marker.)
/** "    o Fluent Python": an indented letter o as a bullet, before a capital or a digit. */
const O_BULLET_RE = /^[ \t]+o[ \t]+([\p{Lu}\d"“'‘\[].*)$/u;
const LIST_RE = /^[ \t\u3000]*((?:[・･][ \t\u3000]*|(?:[-*+•●▪◦‣→]|\d{1,3}[.)]|\d{1,3}[°ºª](?=[ \t])|[a-zA-Z][.)]|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])(?:[ \t]+|(?=\[[ xX\-/>~!?<*.]\])|(?<=\d\.)(?=[A-Z][a-z])))(?:(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\[|(?:TODO|DONE|DOING|NOW|LATER|WAITING|CANCELED|CANCELLED|IN-PROGRESS)[ \t]))?)(?:(?:\[[ \t]*([xX\-/>~!?<*.✓✔vV]?)[ \t]*\]|\(([ xX/~-])\))(?:[ \t]+|$|(?=[A-Za-z0-9\u00c0-\uffff])))?(.*)$/;
// A numbered line glued to bold text: "1.**Complete RxVision25**".
const GLUED_ORDERED_RE = /^[ \t]*(\d{1,3}\.)(?=\*\*|__)(.*)$/;
/** Check marks people write in place of a checkbox (the editor writes them back too). */
export const CHECK_MARKS = wordPattern('mark');
/**
 * A checkbox written in markup, where a page's generator draws it: an HTML input
 * (`<input type="checkbox" checked> Learn Rust`, in an `<li>` or not) or a Hugo shortcode
 * (`{{% checked %}} Crafting Interpreters {{% /checked %}}`). Group 1 is the input, group 3 the shortcode's word.
 */
export const MARKUP_BOX_RE = /^(?:<li>[ \t]*)?(?:(<input\b[^>]*\btype=["']?checkbox\b[^>]*>)|\{\{([%<])[ \t]*(checked|unchecked)[ \t]*[%>]\}\})[ \t]*/i;
/** What closes a line boxed in markup: the shortcode's end, `</li>`, `<br>`. */
const MARKUP_CLOSE_RE = /(?:[ \t]*(?:\{\{[%<][ \t]*\/(?:un)?checked[ \t]*[%>]\}\}|<\/li>|<\/label>|<br[ \t]*\/?>))+[ \t]*$/i;

/** The box and the words of a line boxed in markup, or null. */
export function markupBox(rest: string): { check: string; body: string } | null {
  const c = codeAt(rest, 0);
  if (c !== 60 /* < */ && c !== 123 /* { */) return null;
  const m = MARKUP_BOX_RE.exec(rest);
  if (!m) return null;
  const ticked = m[1] !== undefined ? /\schecked\b/i.test(m[1]) : m[3]!.toLowerCase() === 'checked';
  const body = rest.slice(m[0].length).replace(/^<label\b[^>]*>[ \t]*/i, '').replace(MARKUP_CLOSE_RE, '');
  // (A box with no words of its own after it is a page's control, as Tufte's margin toggles are:
  // `<input type="checkbox" id="note-1" class="margin-toggle"/><span …>`.)
  return /^[^<\s]/.test(body) && /\p{L}/u.test(body) ? { check: ticked ? 'x' : ' ', body } : null;
}

// A check mark for a checkbox at the start of a plain line: "x Harvard CS50", "✓ read SICP",
// "⬜ watch lecture 3", "🔄 Andrew Ng's course" (not "x = 5": an x before a line with "=" is a
// formula's; a mark may stand before one, "✔ is VS == VS id", a link's "?v=…").
const MARK_RE = new RegExp(`^[ \\t]*(x(?=[ \\t]+[^=]*$)|${CHECK_MARKS})\\uFE0F?[ \\t]+(?=[\\p{L}\\p{N}"'“\\[(])(.*)$`, 'u');
// The same marks (less "x") opening a list entry: "- ✅ Read SICP", "1. ❌ Coursera ML".
// ("- 🟢数学分析", "- 🟢Linux": glued to the word, as Chinese and Japanese write without spaces.)
const LIST_MARK_RE = new RegExp(`^(${CHECK_MARKS})\\uFE0F?(?:[ \\t]+(?=[\\p{L}\\p{N}"'“\\[(*_]|~~)|(?=\\p{L}))(?!\\d{4}-\\d{2}-\\d{2})`, 'u');

// A check mark inside a checkbox, as emoji READMEs write them: "1. [🔄] Groundwork", "[✅] Lesson 2".
const BOXED_MARK_RE = new RegExp(`^\\[(${CHECK_MARKS})\\uFE0F?\\][ \\t]+(?=\\S)`, 'u');

const CHECK_OF_STATUS = { todo: ' ', done: 'x', skipped: '~', doing: '/' } as const;

/** The checkbox character a check mark stands for: open, done, dropped (~) or under way (/). */
function checkOfMark(mark: string): string {
  return CHECK_OF_STATUS[statusAt('mark', mark) ?? 'done'];
}

/**
 * A heading that opens with a checkbox or a check mark ("## [x] Week 1", "### ✅ Chapter 3"):
 * the box's character (marks mapped as for list entries) and the heading's words.
 */
export function headingCheck(text: string): { check: string; rest: string } | null {
  const box = /^\[([ xX/\-~])\][ \t]+(?=\S)/.exec(text);
  if (box) return { check: box[1]!, rest: text.slice(box[0].length) };
  const mark = mayOpenWithMark(codeAt(text, 0)) ? LIST_MARK_RE.exec(text) : null;
  return mark ? { check: checkOfMark(mark[1]!), rest: text.slice(mark[0].length) } : null;
}

/** Whether a list entry's text may open with a check mark (LIST_MARK_RE's first characters). */
function mayOpenWithMark(c: number): boolean {
  return (c >= 0x2610 && c <= 0x2612) || (c >= 0x2713 && c <= 0x2718) || c === 0x2705 || c === 0x274c || c === 0x25a1
    || c === 0x25a2 || c === 0x25fb || c === 0x2b1c || c === 0x26aa || c === 0x23f3 || c === 0x231b || c === 0x26d4 || c === 0x23f8 || c === 0xd83d || c === 58 /* : an emoji shortcode */;
}
/** "-- [X] functions", "--- [ ] fuzzing": two or three dashes, then a box (one dash is a list's own marker). */
const DASHED_BOX_RE = /^[ \t]*(-{2,3})[ \t]+\[([ xX]?)\][ \t]+(.*)$/;
const BARE_CHECK_RE = /^[ \t]*\[([ xX\-/>~!?<*.✓✔])\][ \t]+(.*)$/;
const HEADING_RE = /^[ \t]{0,3}(#{1,6})(?:[ \t]+|(?=[*_[(`"'\p{Lu}\p{Lo}\d]))(.*?)(?:[ \t]+#+)?[ \t]*$/u;
const FENCE_RE = /^[ \t]*(`{3,}|~{3,})[ \t]*([^`\s]*)/;
const HR_RE = /^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_RE = /^[ \t]{0,3}(?:=+|-+)[ \t]*$/;
// (Org writes its rule with "+" where the columns meet: "|------+-----|".)
// (One hyphen a cell is enough after a leading pipe, "|:-:|---|", as GFM has it; without one, two, or one beside a colon: ":-: | :- | :-:".)
const GRID_RULE_RE = /^[ \t]*\+(?:[-=:]{2,}\+)+[ \t]*$/;
const TABLE_DELIM_RE = /^[ \t]*(?:\|[ \t]*:?-+:?|:-+:?|-+:|-{2,})[ \t]*(?:[|+][ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_RE = /^[ \t]*<(?:\/?[a-zA-Z][\w-]*(?:[\s>/]|$)|!--)/;
const ORG_HEADLINE_RE = /^(\*+)[ \t]+(.*)$/;
const ORG_META_RE = /^[ \t]*(?:#\+|:[A-Za-z_]+:|CLOCK:|SCHEDULED:|DEADLINE:|CLOSED:)/;

export type NoteFormat = 'markdown' | 'org';

/**
 * Whether a fence line (marker and info string) closes the fence `open` started: the same
 * character at least as many times and no info string (CommonMark), or org's `#+END_…`.
 */
export function closesFence(open: string, marker: string, lang: string): boolean {
  return marker.startsWith('#+END') || (marker[0] === open[0] && marker.length >= open.length && !lang);
}

export function formatOf(path: string): NoteFormat {
  return /\.org$/i.test(path) ? 'org' : 'markdown';
}

const LINK_TEXT_RE = /\[[^\]]*\]\([^)]*\)/g;

export function tableCells(s: string): string[] {
  let t = s.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  let inCode = false;
  let inWiki = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '\\' && t[i + 1] === '|') { cur += '|'; i++; continue; }
    if (c === '`') inCode = !inCode;
    if (c === '[' && t[i + 1] === '[') inWiki++;
    if (c === ']' && t[i + 1] === ']' && inWiki > 0) inWiki--;
    if (c === '|' && !inCode && inWiki === 0) { cells.push(cur.trim()); cur = ''; continue; }
    cur += c;
  }
  cells.push(cur.trim());
  return cells;
}

/**
 * Classifies one line's shape. `inFence` lines are classified too: the reader decides.
 * The first character after the indentation picks which patterns can apply, so a line
 * meets one or two regexes rather than all of them; the order of the tests is the
 * order of precedence.
 */
function shapeOf(text: string, format: NoteFormat): Shape {
  // p: first character that is not a space or tab; q: not a space, tab or ideographic space.
  const n = text.length;
  let p = 0;
  while (p < n && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  let q = p;
  while (q < n && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9 || text.charCodeAt(q) === 0x3000)) q++;
  const c = p < n ? text.charCodeAt(p) : -1;
  // A blockquote ("> - [ ] x") holds the same shapes; read what is inside the markers.
  if (c === 62 /* > */ && p <= 3 && format === 'markdown') {
    const inner = text.replace(/^(?:[ \t]{0,3}>[ \t]?)+/, '');
    if (/^[ \t]*$/.test(inner)) return { t: 'blank' };
    const s = shapeOf(inner, format);
    if (s.t === 'list') return { ...s, contentCol: s.contentCol + (text.length - inner.length) };
    return s;
  }
  if (q === n) return { t: 'blank' };
  const first = text.charCodeAt(0);
  if (format === 'org') {
    if (first === 42 /* * */) {
      const m = ORG_HEADLINE_RE.exec(text);
      if (m) return { t: 'orgHeadline', level: m[1]!.length, text: m[2]! };
    }
    if (ORG_META_RE.test(text)) return { t: 'orgMeta', text: text.trim() };
    if (/^[ \t]*#\+BEGIN_(?:SRC|EXAMPLE)/i.test(text)) return { t: 'fence', lang: 'src', marker: '#+BEGIN' };
    if (/^[ \t]*#\+END_(?:SRC|EXAMPLE)/i.test(text)) return { t: 'fence', lang: '', marker: '#+END' };
  }
  if (c === 96 /* ` */ || c === 126 /* ~ */) {
    const fence = FENCE_RE.exec(text);
    if (fence) return { t: 'fence', marker: fence[1]!, lang: fence[2]!.toLowerCase() };
  }
  if (first === 35 /* # */ && format === 'markdown') {
    const h = HEADING_RE.exec(text);
    // "#tag words" is a tag, not a heading: a heading needs a space or starts with ##.
    if (h && (h[1]!.length > 1 || /^#[ \t]/.test(text) || /^#[*_]/.test(text))) {
      return { t: 'heading', level: h[1]!.length, text: h[2]! };
    }
  }
  if (p <= 3 && (c === 45 /* - */ || c === 42 /* * */ || c === 95 /* _ */) && HR_RE.test(text)) return { t: 'hr' };
  // A grid table's rules (pandoc, table.el): "+====+====+" under its header is the delimiter
  // row; "+----+----+" between rows is a rule, no more.
  if (c === 43 /* + */ && GRID_RULE_RE.test(text)) return text.includes('=') ? { t: 'tableDelim' } : { t: 'hr' };
  const isDigit = c >= 48 && c <= 57;
  if (isDigit) {
    const glued = GLUED_ORDERED_RE.exec(text);
    if (glued) {
      return { t: 'list', marker: glued[1]!, ordered: true, check: null, text: glued[2]!.trim(), contentCol: indentOf(text) + glued[1]!.length };
    }
    // "1️⃣ **Start with the basics**": a keycap emoji numbers the entry, as "1." would.
    const keycap = codeAt(text, p + 1) === 0xfe0f || codeAt(text, p + 1) === 0x20e3 ? KEYCAP_ORDERED_RE.exec(text) : null;
    // (Not a date or a number alone, "1️⃣ 3/5" over the week's boxes: a label, as a plain line is.)
    if (keycap && /\p{L}/u.test(keycap[2]!)) return { t: 'list', marker: keycap[1]!, ordered: true, check: null, text: keycap[2]!.trim(), contentCol: text.length - keycap[2]!.length };
  }
  // "-- [X] table-driven tests" under "- testing": a plain note's deeper checkbox, one dash more a
  // level (its nesting is in ScannedLine.indent, see scan()).
  if (c === 45 /* - */ && codeAt(text, p + 1) === 45) {
    const deeper = DASHED_BOX_RE.exec(text);
    if (deeper) return { t: 'list', marker: '-', ordered: false, check: deeper[2] === '' ? ' ' : deeper[2]!, text: deeper[3]!.trim(), contentCol: text.length - deeper[3]!.length };
  }
  const list = mayBeListMarker(text, q) ? LIST_RE.exec(text) : null;
  if (list && !/^[ \t]*[*_]{2}/.test(text) && !(list[1]!.trim() === '*' && format === 'org' && first === 42)) {
    const marker = list[1]!.trim();
    const rest = list[4]!;
    // The box's character: "[ ]", "[]" and "[  ]" are open ones; "(x)" is a box in brackets of its own.
    const box = list[3] ?? (list[2] === undefined ? undefined : list[2] === '' ? ' ' : list[2]);
    // "A. Smith wrote …": a letter marker without a checkbox before long prose is a sentence.
    const letterMarker = /^[a-zA-Z]{1,4}[.)]$/.test(marker);
    if (!(letterMarker && box === undefined && rest.length > 100)) {
      const markup = box === undefined ? markupBox(rest) : null;
      if (markup) return { t: 'list', marker, ordered: !/^[-*+•●▪◦‣→・･]$/.test(marker), check: markup.check, text: markup.body.trim(), contentCol: text.length - rest.trimStart().length };
      const mark = box !== undefined ? null
        : mayOpenWithMark(codeAt(rest, 0)) ? LIST_MARK_RE.exec(rest)
        : codeAt(rest, 0) === 91 /* [ */ && mayOpenWithMark(codeAt(rest, 1)) ? BOXED_MARK_RE.exec(rest) : null;
      const body = mark ? rest.slice(mark[0].length) : rest;
      return {
        t: 'list', marker, ordered: !/^[-*+•●▪◦‣→・･]$/.test(marker),
        check: mark ? checkOfMark(mark[1]!) : box ?? null, text: body.trim(), contentCol: text.length - body.length,
      };
    }
  }
  // "    o Fluent Python ch 1-3": a word processor's hollow bullet, typed as the letter o, on an
  // indented line, before a word that starts with a capital or a digit (not Portuguese "o livro").
  if (c === 111 /* o */ && p > 0 && format !== 'org') {
    const o = O_BULLET_RE.exec(text);
    if (o) return { t: 'list', marker: 'o', ordered: false, check: null, text: o[1]!.trim(), contentCol: text.length - o[1]!.length };
  }
  // Check marks as checkboxes: "x Harvard CS50", "✓ read SICP", "☐ watch lecture 3".
  if (c === 120 /* x */ || mayOpenWithMark(c)) {
    const mark = MARK_RE.exec(text);
    if (mark) return { t: 'list', marker: '', ordered: false, check: checkOfMark(mark[1]!), text: mark[2]!.trim(), contentCol: text.length - mark[2]!.length };
  }
  if (c === 60 /* < */ || c === 123 /* { */) {
    const markup = markupBox(text.slice(p));
    if (markup) return { t: 'list', marker: '', ordered: false, check: markup.check, text: markup.body.trim(), contentCol: p };
    const wrapped = c === 60 ? unwrapped(text, p, format) : null;
    if (wrapped) return wrapped;
    // "{% for item in page.books %}", "{{ item.name }}", "{{< youtube id >}}": a site template's
    // tags alone on a line, markup as HTML is (not a title of anything).
    // (Not one that embeds a page by its address, "{% embed url="https://…" %}": that page is an entry.)
    if (c === 123 && !text.includes('://') && TEMPLATE_TAGS_RE.test(text)) return { t: 'html' };
  }
  if (c === 91 /* [ */) {
    const boxed = mayOpenWithMark(codeAt(text, q + 1)) ? BOXED_MARK_RE.exec(text.slice(q)) : null;
    if (boxed) {
      const body = text.slice(q + boxed[0].length);
      return { t: 'list', marker: '', ordered: false, check: checkOfMark(boxed[1]!), text: body.trim(), contentCol: text.length - body.length };
    }
    const bare = BARE_CHECK_RE.exec(text);
    if (bare) return { t: 'list', marker: '', ordered: false, check: bare[1]!, text: bare[2]!.trim(), contentCol: text.length - bare[2]!.length };
  }
  // (Pipes only inside a link's words, "[DDIA | Hacker News](…)", make no table.)
  if (text.includes('|') && !(text.includes('](') && !text.replace(LINK_TEXT_RE, '').includes('|'))) {
    if (text.includes('-') && TABLE_DELIM_RE.test(text)) return { t: 'tableDelim' };
    return { t: 'table', cells: tableCells(text) };
  }
  if (c === 60 /* < */ && HTML_RE.test(text)) return { t: 'html' };
  return { t: 'text', text: text.trim() };
}

/** An entry numbered by keycap emoji, "1️⃣ …", "1️⃣0️⃣ …": group 1 the number's keycaps, 2 the text. */
const KEYCAP_ORDERED_RE = /^[ \t]*((?:\d\uFE0F?\u20E3){1,2})[ \t]+(\S.*)$/;
/** A line of template tags only (Liquid, Jinja, Hugo, Handlebars): "{% endif %}", "{{ item.url }}", "{{< figure >}}". */
const TEMPLATE_TAGS_RE = /^\s*(?:(?:\{%-?[^%]*?-?%\}|\{\{[<%][^{}]*?[>%]\}\}|\{\{-?[^{}]*?-?\}\})\s*)+$/;

/**
 * Whether LIST_RE can match: its marker starts at `q` with a bullet, a digit, or a
 * letter (or short roman numeral) followed by "." or ")".
 */
function mayBeListMarker(text: string, q: number): boolean {
  const c = text.charCodeAt(q);
  if (c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57)) return true; // - * + digits
  if (c === 0x2022 || c === 0x25cf || c === 0x25aa || c === 0x25e6 || c === 0x2023 || c === 0x2192 || c === 0x30fb || c === 0xff65) return true; // • ● ▪ ◦ ‣ → ・ ･
  const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (!isLetter) return false;
  const d = codeAt(text, q + 1);
  if (d === 46 || d === 41) return true;
  return (c === 105 || c === 118 || c === 120) && /^[ivx]{2,4}[.)]/.test(text.slice(q, q + 5));
}

// "<area>✔ TCP/IP (2022-06-11)</area>", "<li>Revisit Git</li>", "<h3>This year's goals</h3>": a
// line wrapped in one element of markup, as notes published through a site's templates keep
// them. What the element holds is read as the line: a heading's element as a heading, a list
// item's as an entry, any other's when it opens with a check mark, a box or a list marker (a
// paragraph or a span of plain words stays markup). Elements other parts of the reader read
// whole (a <details>' summary, a table's cells, a link, code) are left to them.
const WRAP_OPEN_RE = /^<([a-zA-Z][\w-]*)\b[^<>]*>/;
const NOT_WRAPPERS = new Set([
  'details', 'summary', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'script', 'style', 'img', 'br', 'hr', 'input',
  'a', 'pre', 'code', 'kbd', 'samp', 'tt', 'sup', 'sub', 'ul', 'ol', 'iframe', 'video', 'audio', 'picture', 'source', 'svg', 'math',
  'object', 'embed', 'template', 'noscript', 'select', 'option', 'textarea', 'button', 'form', 'head', 'html', 'body', 'meta', 'link', 'title',
]);

/**
 * The opening tag of the element a line is wrapped in (see above): its tag's name and where the
 * element's content starts; null when the line opens with no such element, or it is not closed
 * on the line.
 */
export function wrapperAt(text: string, p: number): { tag: string; start: number; close: number; end: number } | null {
  const m = WRAP_OPEN_RE.exec(text.slice(p));
  if (!m) return null;
  const tag = m[1]!.toLowerCase();
  if (NOT_WRAPPERS.has(tag) || m[0].endsWith('/>')) return null;
  const start = p + m[0].length;
  let closeRe = CLOSE_TAGS.get(tag);
  if (!closeRe) {
    // (Custom tags are any word: the map is kept small.)
    if (CLOSE_TAGS.size >= 256) CLOSE_TAGS.clear();
    CLOSE_TAGS.set(tag, closeRe = new RegExp(`</${tag}\\s*>`, 'i'));
  }
  const c = closeRe.exec(text.slice(start));
  if (!c) return null;
  return { tag, start, close: start + c.index, end: start + c.index + c[0].length };
}

/** Each tag's closing pattern, made once (a note repeats its few tags on many lines). */
const CLOSE_TAGS = new Map<string, RegExp>();

function unwrapped(text: string, p: number, format: NoteFormat): Shape | null {
  const w = wrapperAt(text, p);
  if (!w) return null;
  const inner = text.slice(w.start, w.close);
  const after = text.slice(w.end);
  const h = /^h([1-6])$/.exec(w.tag);
  if (h) {
    const words = (inner + after).replace(/<[^<>]*>/g, '').trim();
    return words ? { t: 'heading', level: Number(h[1]), text: words } : null;
  }
  // (The content shaped as a line of its own: the columns before it kept as spaces.)
  // (Only words make an entry: "<rating>   * * *</rating>" is stars.)
  const s = shapeOf(' '.repeat(w.start) + inner + after, format);
  if (s.t === 'list' && /[\p{L}\p{N}]/u.test(s.text.replace(/<[^<>]*>/g, ''))) return s;
  if (w.tag === 'li' && s.t === 'text') return { t: 'list', marker: '', ordered: false, check: null, text: s.text, contentCol: text.length - text.slice(w.start).trimStart().length };
  return null;
}

/** Scans a whole note. A leading BOM is not part of line 1's text. */
/** A bullet glued to its words or its box: "*Node.js", "-Docker", "*[x] Node.js". */
const GLUED_MARKER_RE = /^[-*+](?:\p{L}|\[[ xX]\])/u;

/** A character past Latin-1: one makes a string two bytes a character. */
const WIDE_RE = /[^\x00-\xff]/;

/**
 * The same characters in a fresh string: of one byte a character when they are all Latin-1
 * (JSON's parser makes a string as narrow as its characters allow; a slice keeps its note's width).
 */
function narrow(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

export function scan(text: string, format: NoteFormat): ScannedLine[] {
  const out: ScannedLine[] = [];
  // A note with one character past Latin-1 ("—", an emoji) is held two bytes a character, and so
  // is each line sliced from it: a line without one is copied into a string of one byte a
  // character (the same characters), which every pattern and test after this reads several
  // times faster.
  const wide = WIDE_RE.test(text);
  // The same split as splitLines, without its span objects.
  let pos = 0;
  const len = text.length;
  while (pos < len) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = len;
    const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let s = text.slice(pos, end);
    if (wide && !WIDE_RE.test(s)) s = narrow(s);
    if (pos === 0 && codeAt(s, 0) === 0xfeff) s = s.slice(1);
    const shape = shapeOf(s, format);
    let indent = indentOf(s);
    // ("-- [ ] x" stands a level deeper than "- x" for each dash more.)
    if (shape.t === 'list' && shape.marker === '-') {
      let at = 0;
      while (codeAt(s, at) === 32 || codeAt(s, at) === 9) at++;
      if (codeAt(s, at + 1) === 45) indent += codeAt(s, at + 2) === 45 ? 4 : 2;
    }
    out.push({ no: out.length + 1, start: pos, text: s, indent, shape });
    pos = nl + 1;
  }
  // Setext headings: a text line underlined by === or ---. A row of a table that opens
  // with a mark ("⏳ [Room Acoustics](…) | Lena | 8 | 14"): a row of the table, not a checkbox.
  for (let i = 1; i < out.length; i++) {
    const cur = out[i]!;
    const prev = out[i - 1]!;
    if (cur.shape.t === 'list' && cur.shape.marker === '' && (prev.shape.t === 'table' || prev.shape.t === 'tableDelim') && cur.text.includes('|')) {
      cur.shape = { t: 'table', cells: tableCells(cur.text) };
      continue;
    }
    // "* Express Routing Basics" then "*Node.js 12 Fundamentals": an entry of the list above, its
    // marker glued to its words (not emphasis: no mark closes it).
    // (Read as it would be with the space: "*[x] Node.js", as a check-off writes it, is one too.)
    // ("*[x] Node.js" stands on its own: a box says it is an entry, wherever it is.)
    if (cur.shape.t === 'text' && GLUED_MARKER_RE.test(cur.shape.text)) {
      const marker = cur.shape.text.charAt(0);
      const boxed = codeAt(cur.shape.text, 1) === 91; /* [ */
      const listed = boxed || (prev.shape.t === 'list' && cur.indent === prev.indent && marker === prev.shape.marker);
      const spaced = listed && !cur.shape.text.includes(marker, 1) ? shapeOf(`${cur.text.slice(0, cur.indent + 1)} ${cur.text.slice(cur.indent + 1)}`, format) : null;
      if (spaced?.t === 'list') {
        cur.shape = { ...spaced, contentCol: spaced.contentCol - 1 };
        continue;
      }
    }
    // (An underline indented four columns or more, a tab's worth, "\t-", is no underline: an empty bullet, in Logseq.)
    if (prev.shape.t === 'text' && (cur.shape.t === 'hr' || cur.shape.t === 'text') && SETEXT_RE.test(cur.text) && prev.indent < 4 && cur.indent < 4) {
      const level = cur.text.trim().startsWith('=') ? 1 : 2;
      prev.shape = { t: 'heading', level, text: prev.shape.text };
      cur.shape = { t: 'hr' };
    }
  }
  // "<style>" … "</style>", "<script>" … "</script>": a page's styles and code, never notes.
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!.shape.t === 'html' ? /^\s*<(style|script)\b[^>]*>/i.exec(out[i]!.text) : null;
    const close = m ? new RegExp(`</${m[1]}\\s*>`, 'i') : null;
    if (!close || close.test(out[i]!.text)) continue;
    let j = i + 1;
    for (; j < out.length && !close.test(out[j]!.text); j++) out[j]!.shape = { t: 'html' };
    if (j < out.length) out[j]!.shape = { t: 'html' };
    i = j;
  }
  // "The Elephant Vanishes | Haruki Murakami" line after line, no delimiter row under the
  // first and no pipe opening a line, two lines or more: no table (a table needs its delimiter row), but lines
  // of text whose parts a pipe divides, as a plain-text list writes a title and its author.
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.shape.t !== 'table' || itemAt(out, i - 1)?.shape.t === 'table' || itemAt(out, i - 1)?.shape.t === 'tableDelim') continue;
    let j = i;
    let open = false;
    while (j < out.length && out[j]!.shape.t === 'table') { if (out[j]!.text.trimStart().startsWith('|')) open = true; j++; }
    if (open || j - i < 2 || itemAt(out, j)?.shape.t === 'tableDelim') { i = j; continue; }
    for (let k = i; k < j; k++) out[k]!.shape = { t: 'text', text: out[k]!.text.trim() };
    i = j;
  }
  return out;
}
