// Inline syntax inside one line: links, Obsidian Tasks emoji fields, dataview
// `[field:: value]`, #tags, emphasis. `readInline` pulls the fields out and leaves a
// clean title behind.
import type { ItemDates } from '../model/types.js';
import { repairMojibake } from './mojibake.js';
import { StringMemo } from './string-memo.js';
import { codeAt } from './chars.js';

export interface InlineFields {
  title: string;
  links: string[];
  tags: string[];
  dates: ItemDates;
  /** 0 lowest … 5 highest, or null when not said. */
  priority: number | null;
  recurrence: string | null;
  /** Obsidian Tasks 🆔 / dataview id. */
  taskId: string | null;
  /** ⛔ / dependsOn ids as written. */
  blockedBy: string[];
  /** The whole line was struck through (`~~x~~`): done. */
  struck: boolean;
  optional: boolean;
  important: boolean;
  /** A progress-bar image's figure ("![progress](https://progress-bar.xyz/88/)"): percent done. */
  percent?: number;
  /** The words of a picture the line opens with ("![Done](https://img.shields.io/badge/…)"): a badge may say a status. */
  leadImage?: string;
  /** Dataview fields not otherwise understood, lower-cased names. */
  fields: Record<string, string>;
}

const URL_RE = /\bhttps?:\/\/[^\s<>()[\]"'`]+(?:\([^\s()]*\)[^\s<>()[\]"'`]*)*/g;
// Bounded, unambiguous quantifiers: a line of 200k "[" or "[x](" must not backtrack for minutes.
/** Services that draw a progress bar from a figure in the address. */
const PROGRESS_IMAGE_HOST = /progress-bar\.(?:xyz|dev)|progressbar|progressed\.io\/bar|geps\.dev\/progress|img\.shields\.io\/badge\/progress/i;
/** Kramdown attribute lists ("{: .normal }") and footnote references ("[^note]"): markup, not words. */
const MARKUP_RE = /\{:[^}]{0,80}\}|\[\^[^\]\s]{1,60}\]/g;
/** A reference-style link, "[**Accounting Made Simple**][ams]": its text. */
const REF_LINK_RE = /(?<![\][])\[((?:[^[\]]|\[[^[\]]{0,200}\]){1,300})\]\[[^\]\s]{0,60}\]/g;
const MD_LINK_RE = /!?\[((?:[^[\]]|\[[^[\]]{0,200}\]){0,500})\]\(\s?<?((?:[^()\s<>]|\([^()\s]{0,200}\)){1,2000})>?(?:\s+(?:"[^"]{0,300}"|'[^']{0,300}'))?\s?\)/g;
const WIKI_RE = /!?\[\[([^[\]|#^]{1,300})(?:[#^][^[\]|]{0,300})?(?:\|([^[\]]{1,300}))?\]\]/g;
/** A document's file type at the end of a name: ".pdf", ".epub", ".md". */
const DOCUMENT_TYPE_RE = /(?<=\S)\.(?:pdf|epub|mobi|djvu|docx?|pptx?|odt|md|org|txt)$/i;
const ORG_LINK_RE = /\[\[([^[\]]{1,1000})\](?:\[([^[\]]{1,1000})\])?\]/g;
const ANGLE_URL_RE = /<(https?:\/\/[^>\s]+)>/g;
const DATAVIEW_RE = /[[(]([A-Za-z][\w -]{0,30})::\s*([^\])]*)[\])]/g;
const PRIORITY_EMOJI: [string, number][] = [['🔺', 5], ['⏫', 4], ['🔼', 3], ['🔽', 1], ['⏬', 0]];
// Field emoji that end a free-text field such as 🔁's rule.
const FIELD_EMOJI = '📅📆🗓⏳🛫➕✅❌🔺⏫🔼🔽⏬🆔⛔🔁🏁';
const FIELD_EMOJI_RE = new RegExp(`[${FIELD_EMOJI}]`, 'u');

// Something for one of readInline's steps: a dataview field, a field emoji (BMP ones are in
// U+2300–U+27BF, the others are surrogate pairs), a link, a tag, a block id or a <br>.
const INLINE_SYNTAX_RE = /::|\]\(|\]\[|\[\[|\{:|http|[#^<\u2300-\u27bf\ud83c-\ud83e]/;
// Case-insensitive tests on the line itself: lower-casing a line first costs more than the test.
const OPTIONAL_RE = /\((?:optional|bonus|opt\.?|stretch(?: goal)?|nice to have|if time)\)|\boptional\b|\bbonus\b/i;
const IMPORTANT_RE = /\((?:imp|important|must|priority|!+)\)|\(\s*\*\s*\)|!!/i;

const DATAVIEW_DATES: Record<string, keyof ItemDates> = {
  due: 'due', deadline: 'due', scheduled: 'scheduled', start: 'start', created: 'created',
  completion: 'done', completed: 'done', done: 'done', cancelled: 'cancelled',
};
const DATAVIEW_PRIORITY: Record<string, number> = { highest: 5, high: 4, medium: 3, normal: 2, low: 1, lowest: 0 };

// A bare field's key: a word before two colons and a space ("status:: ", "rating:: ").
const BARE_FIELD_RE = /(^|\s)(\p{L}[\p{L}_-]*)::(?=\s|$)/gu;

/** The text before the first bare Dataview field outside backticks; the fields go into `fields`. */
function readBareFields(s: string, fields: Record<string, string>): string {
  const starts = [...s.matchAll(BARE_FIELD_RE)].filter((m) => (s.slice(0, m.index).split('`').length - 1) % 2 === 0);
  if (!starts.length) return s;
  for (let n = 0; n < starts.length; n++) {
    const m = starts[n]!;
    const next = starts[n + 1];
    const key = m[2]!.toLowerCase();
    if (!(key in fields)) fields[key] = s.slice(m.index + m[0].length, next ? next.index : s.length).trim();
  }
  return s.slice(0, starts[0]!.index);
}

/** Reads the fields out of a line's content (after its list marker and checkbox). */
/** A kind of work named in brackets before an entry's words: "[book]", "[Course]", "[video]". */
const KIND_IN_BRACKETS_RE = /^\[(book|course|video|paper|article|podcast|talk|tutorial|project|mooc)\]\s+(?=\S)/i;

export function readInline(raw: string): InlineFields {
  const out: InlineFields = {
    title: '', links: [], tags: [], dates: {}, priority: null, recurrence: null, taskId: null,
    blockedBy: [], struck: false, optional: false, important: false, fields: {},
  };
  let s = raw;
  // "[book] Designing Data-Intensive Applications", "[course] …": a kind in brackets in front, a tag.
  if (codeAt(s, 0) === 91 /* [ */) {
    const kind = KIND_IN_BRACKETS_RE.exec(s);
    if (kind) { out.tags.push(kind[1]!.toLowerCase()); s = s.slice(kind[0].length); }
  }
  // One scan for any inline syntax at all; a plain line skips every step below.
  if (INLINE_SYNTAX_RE.test(s)) {
    if (s.includes('::')) {
      s = s.replace(DATAVIEW_RE, (_m, k: string, v: string) => {
        const key = k.trim().toLowerCase();
        const val = v.trim();
        const dk = DATAVIEW_DATES[key];
        if (dk && /^\d{4}-\d{2}-\d{2}/.test(val)) out.dates[dk] = val.slice(0, 10);
        else if (key === 'priority') out.priority = DATAVIEW_PRIORITY[val.toLowerCase()] ?? null;
        else if (key === 'id') out.taskId = val;
        else if (key === 'dependson' || key === 'depends on' || key === 'blockedby') out.blockedBy.push(...val.split(/[,\s]+/).filter(Boolean));
        else if (key === 'repeat') out.recurrence = val;
        else out.fields[key] = val;
        return ' ';
      });
      // Bare fields at the end of an entry ("[[Clean Code]] status:: finished rating:: 4"): each
      // runs to the next one or the end (not inside code: "`std::vector`").
      if (s.includes(':: ') || s.endsWith('::')) s = readBareFields(s, out.fields);
    }
    if (hasFieldEmoji(s)) s = readEmojiFields(s, out);
    if (s.includes('{:') || s.includes('[^')) s = s.replace(MARKUP_RE, ' ');
    if (s.includes('][')) s = s.replace(REF_LINK_RE, '$1');
    // Links: markdown, wiki, org, angle, bare. Keep the text of named links in the title.
    if (s.includes('](')) {
      s = s.replace(MD_LINK_RE, (m, text: string, url: string, at: number) => {
        if (m.startsWith('!')) {
          if (out.leadImage === undefined && text && !/\S/.test(s.slice(0, at))) out.leadImage = text;
          // A progress-bar image says how far along: its alt text or its service, and a figure in its address.
          if (/progress/i.test(text) || PROGRESS_IMAGE_HOST.test(url)) {
            const path = url.replace(/^https?:\/\/[^/]+/, '');
            const n = /(\d{1,3})(?:%25|%)/.exec(path) ?? /(?:^|[/=])(\d{1,3})(?:\/|\?|$|&)/.exec(path);
            if (n && Number(n[1]) <= 100) out.percent = Number(n[1]);
          }
          return ' ';
        }
        pushLink(out.links, url);
        // "[📄](img/certificate.png)", "[🔗](…)": an icon standing for the link is no word of the title (nor a kind).
        return /^[\s\p{Extended_Pictographic}\uFE0F\u200D]+$/u.test(text) && text.trim() ? ' ' : text;
      });
    }
    if (s.includes('[[')) {
      s = s.replace(WIKI_RE, (_m, target: string, alias: string | undefined) => {
        if (/^(?:https?|id|file):/.test(target)) return _m;
        // ("[[./pack/Strike by Jeremy Brecher.pdf]]": a file's name, without its folder or its type, names the work.)
        return alias ?? (target.replace(/\/+$/, '').split('/').pop() ?? target).replace(DOCUMENT_TYPE_RE, '');
      });
      s = s.replace(ORG_LINK_RE, (_m, target: string, text: string | undefined) => {
        if (/^https?:/.test(target)) pushLink(out.links, target);
        return text ?? (/^(?:id|file):/.test(target) ? ' ' : target);
      });
    }
    // "{{< external-link href="https://…" text="freeCodeCamp" >}}": a site generator's shortcode
    // for a link, its text the title's words; another shortcode ("{{< figure … >}}") is markup.
    if (s.includes('{{<') || s.includes('{{%')) {
      s = outsideCode(s, (t) => t.replace(SHORTCODE_CALL_RE, (m: string) => {
        const href = /\b(?:href|url|link)\s*=\s*"([^"]*)"/i.exec(m)?.[1]?.trim();
        const text = /\b(?:text|title|label)\s*=\s*"([^"]*)"/i.exec(m)?.[1];
        if (href && /^https?:/.test(href)) pushLink(out.links, href);
        return text ?? ' ';
      }));
    }
    // "<a href="https://…" target="_blank">귤 고르기</a>": an HTML link, its words the title's.
    if (s.includes('<a') || s.includes('<A')) {
      s = outsideCode(s, (t) => t.replace(HTML_ANCHOR_RE, (_m, url: string, text: string) => {
        if (url && !url.startsWith('#') && !/^javascript:/i.test(url)) pushLink(out.links, url);
        return text;
      }));
    }
    if (s.includes('http')) {
      if (s.includes('<http')) s = s.replace(ANGLE_URL_RE, (_m, url: string) => { pushLink(out.links, url); return ' '; });
      s = s.replace(URL_RE, (url) => { pushLink(out.links, trimUrl(url)); return ' '; });
    }
    if (s.includes('#')) s = readTags(s, out.tags);
    // Obsidian block ids (^abc123) and trailing kanban counters (==2==) are not words of the title.
    if (s.includes('^')) s = s.replace(/\s\^[\w-]+\s*$/, ' ');
    // Inline HTML ("&ensp;<span class="muted">2/20</span>"): the tags go, their words stay.
    // A figure set apart by a tag ("<span class="muted">2/20</span>") is set apart as brackets would.
    if (s.includes('<')) s = outsideCode(s, (t) => t.replace(/<br\s*\/?>/gi, ' ').replace(TAGGED_FIGURE_RE, ' ($2)').replace(INLINE_TAG_RE, ' '));
  }
  if (s.includes('&')) s = outsideCode(s, decodeEntities);
  if (s.includes('~~')) {
    const whole = s.trim();
    if (/^~~.+~~\W*$/.test(whole) || /^\*?~~[^~]+~~\*?/.test(whole)) out.struck = true;
  } else if (codeAt(s, 0) === 126 /* ~ */ || codeAt(s.trimStart(), 0) === 126) {
    // "~语言基础~": struck with one tilde each side, as GitHub also reads it. (Not "~5 hours", an amount.)
    const one = SINGLE_STRUCK_RE.exec(s.trim());
    if (one) { out.struck = true; s = one[1]! + one[2]!; }
  }
  if (OPTIONAL_RE.test(s)) out.optional = true;
  if (IMPORTANT_RE.test(s)) out.important = true;
  out.title = cleanTitle(s);
  // "questions.md#graphs", "Graphs: notes/graphs.md": a path to one of the person's own notes,
  // alone or after a separator, is the entry's link (its words stay the title).
  if ((out.title.includes('.md') || out.title.includes('.org')) && out.links.length === 0) {
    const m = NOTE_PATH_RE.exec(out.title);
    if (m) pushLink(out.links, m[1]!);
  }
  return out;
}

/** An HTML link: its address (quoted either way) and the words it wraps. */
const HTML_ANCHOR_RE = /<a\s[^<>]*?href\s*=\s*["']([^"']*)["'][^<>]*>([\s\S]*?)<\/a\s*>/gi;
/** An inline HTML tag that wraps words ("<span class=…>", "</small>"); block tags are the lines' business. */
const INLINE_TAG_RE = /<\/?(?:span|small|big|sub|sup|b|i|em|strong|mark|u|s|del|ins|font|kbd|abbr|cite|q|time|var|tt)\b[^<>]*>/gi;
const TAGGED_FIGURE_RE = /<(span|small|sub|sup|b|i|em|strong|mark)\b[^<>]*>\s*([^<>\d]{0,12}\d[^<>]{0,12}?)\s*<\/\1>/gi;
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  middot: '·', rarr: '→', larr: '←', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', times: '×', copy: '©',
};
/** "&ensp;", "&amp;", "&#8212;": HTML entities as the characters they stand for; an unknown name stays. */
function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,6})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return ENTITIES[name.toLowerCase()] ?? m;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
/** `fn` applied to the parts of `s` outside backtick code spans (code is kept verbatim). */
function outsideCode(s: string, fn: (t: string) => string): string {
  if (!s.includes('`')) return fn(s);
  return s.split(/(`+[^`]*`+)/).map((part, i) => (i % 2 === 1 ? part : fn(part))).join('');
}

const NOTE_PATH_RE = /(?:^|[:：]\s+|\s[-–—]\s+)((?:\.{1,2}\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:md|markdown|org)(?:#[\w%-]+)?)$/;

function hasFieldEmoji(s: string): boolean {
  // Field emoji are in U+2300–U+27BF or astral (surrogate pairs): a plain class test first.
  return /[\u2300-\u27bf\ud83c\ud83d]/.test(s) && FIELD_EMOJI_RE.test(s);
}

const DATE_FIELDS: Record<string, keyof ItemDates> = {
  '📅': 'due', '📆': 'due', '🗓': 'due', '⏳': 'scheduled', '🛫': 'start', '➕': 'created', '✅': 'done', '❌': 'cancelled',
};
const PRIORITY_FIELDS: Record<string, number> = Object.fromEntries(PRIORITY_EMOJI);
const FIELD_CHARS = new Set([...Object.keys(DATE_FIELDS), ...Object.keys(PRIORITY_FIELDS), '🆔', '⛔', '🔁', '🏁']);

/**
 * Obsidian Tasks fields in one pass: each field emoji and its value are cut out of the
 * text (a regex per field re-scanned and re-built the line a dozen times).
 */
function readEmojiFields(input: string, out: InlineFields): string {
  const cuts: [number, number][] = [];
  const chars = input;
  let i = 0;
  while (i < chars.length) {
    const cp = chars.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = chars.slice(i, i + width);
    if (!FIELD_CHARS.has(ch)) { i += width; continue; }
    const start = i;
    let j = i + width;
    if (codeAt(chars, j) === 0xfe0f) j++;
    const valueStart = skipSpaces(chars, j);
    let end = j;
    const dateKey = DATE_FIELDS[ch];
    if (dateKey) {
      const m = /^\d{4}-\d{2}-\d{2}/.exec(chars.slice(valueStart, valueStart + 10));
      if (m) { out.dates[dateKey] = m[0]; end = valueStart + 10; }
      else if (ch === '✅' || ch === '❌') { i = j; continue; } // a check mark in words, not a field
    } else if (PRIORITY_FIELDS[ch] !== undefined) {
      out.priority = Math.max(out.priority ?? 0, PRIORITY_FIELDS[ch]);
    } else if (ch === '🆔' || ch === '🏁') {
      const m = /^[\w-]+/.exec(chars.slice(valueStart, valueStart + 64));
      if (m) { if (ch === '🆔') out.taskId = m[0]; end = valueStart + m[0].length; }
    } else {
      // ⛔ ids and 🔁 rules run to the next field (⛔ also stops at a #tag).
      let k = valueStart;
      while (k < chars.length) {
        const c2 = chars.codePointAt(k)!;
        const w2 = c2 > 0xffff ? 2 : 1;
        const s2 = chars.slice(k, k + w2);
        if (FIELD_CHARS.has(s2) || (ch === '⛔' && (s2 === '#' || !/[\w,\s-]/.test(s2)))) break;
        k += w2;
      }
      const value = chars.slice(valueStart, k).trim();
      if (ch === '⛔') out.blockedBy.push(...value.split(/[,\s]+/).filter(Boolean));
      else out.recurrence = value;
      end = k;
    }
    cuts.push([start, end]);
    i = Math.max(end, j);
  }
  if (cuts.length === 0) return input;
  let res = '';
  let from = 0;
  for (const [a, b] of cuts) {
    res += input.slice(from, a) + ' ';
    from = b;
  }
  return res + input.slice(from);
}

/** `#tags` (any script; not `#123` issue numbers or `#a1b2c3` colours), cut out of the text. */
function readTags(s: string, tags: string[]): string {
  let res = '';
  let from = 0;
  let i = s.indexOf('#');
  while (i >= 0) {
    const prev = i === 0 ? 32 : s.charCodeAt(i - 1);
    if (prev === 32 || prev === 9 || prev === 40 || prev === 44 || prev === 96 /* ` */) {
      let j = i + 1;
      while (j < s.length && isTagChar(s.charCodeAt(j), j === i + 1)) j++;
      const tag = s.slice(i + 1, j);
      if (tag && !/^\d+$/.test(tag) && !(/^[0-9a-f]{6}$/i.test(tag) && /\d/.test(tag))) {
        tags.push(tag);
        res += s.slice(from, i);
        from = j;
      }
      i = s.indexOf('#', j);
    } else {
      i = s.indexOf('#', i + 1);
    }
  }
  return from === 0 ? s : res + s.slice(from);
}

function isTagChar(c: number, first: boolean): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return true;
  if (!first && (c === 47 || c === 45)) return true;
  // Letters of other scripts; not spaces, punctuation blocks or emoji.
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xd800 && c <= 0xdfff) && !(c >= 0xfe00 && c <= 0xfe0f) && !(c >= 0xff00 && c <= 0xff0f);
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  return i;
}

function trimUrl(url: string): string {
  return url.replace(/[.,;:!?*_]+$/, '');
}

function pushLink(links: string[], url: string): void {
  const u = url.trim();
  if (!u || u.startsWith('#')) return;
  // ("[https://site/page](https://site/page/)": the same page, its address written with and without the closing slash.)
  const other = u.endsWith('/') ? u.slice(0, -1) : `${u}/`;
  if (!links.includes(u) && !links.includes(other)) links.push(u);
}

/**
 * Makes a title readable: no emphasis markers, no trailing colon or separators,
 * collapsed whitespace, repaired double-encoding.
 */
export function cleanTitle(s: string): string {
  // Most titles need none of the steps below: one scan says so (each step's own test
  // costs as much as this one, and a title runs through here several times).
  // (Two in five calls ask again for the title just cleaned: the last answer is kept.)
  if (s === lastCleaned.in) return lastCleaned.out;
  lastCleaned.in = s;
  lastCleaned.out = needsCleaning(s) ? CLEANED.get(s, cleanTitleUngated) : s;
  return lastCleaned.out;
}
const lastCleaned = { in: '', out: '' };
const CLEANED = new StringMemo<string>();

/** cleanTitle without its first test, every step applied. For tests: the test must never change an answer. */
export function cleanTitleUngated(s: string): string {
  let t = s;
  if (/[ÃÂâÅ]/.test(t)) t = repairMojibake(t);
  if (t.charCodeAt(0) === 35 /* # */ || /^\s+#/.test(t)) t = t.replace(/^\s*#{1,6}\s+/, '');
  if (/[*_~=]/.test(t)) {
    // (A highlight's "==" come in pairs around words: "is VS == VS id" keeps its operator.)
    t = t.replace(/\*\*|__|~~/g, '');
    if (t.includes('==')) t = t.replace(HIGHLIGHT_RE, '$1').replace(/^==(?=\S)|(?<=\S)==$/g, '');
    if (/[*_]/.test(t)) t = t.replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=$|[\s).,:;!?])/g, '$1$2');
  }
  if (t.includes('`')) t = t.replace(/`([^`]*)`/g, '$1');
  if (t.includes('\\')) t = t.replace(/\\([\\`*_{}[\]()#+\-.!|~])/g, '$1');
  if (/\s\s|[\t\n\r\u00a0\u3000]/.test(t)) t = t.replace(/\s+/g, ' ');
  // Separators left behind by a removed link or field ("Read X paper: <url>").
  t = trimSeparators(t);
  if (t.endsWith('.')) t = t.replace(/(?<![.\s]|\betc|\b[A-Z])\.$/, '');
  if (t.includes('(') && EMPTY_PARENS_RE.test(t)) t = t.replace(/\(\s*\)/g, '').replace(/\s+/g, ' ').trim();
  // Numbering inside a link's text ("[1. Mergesort](…)") is numbering too, as is an
  // outline's ("1.2 Start the exercises"; not "1.5 hours of …", not a course's "18.01" or "7.32").
  if (NUMBERING_RE.test(t)) t = t.replace(NUMBERING_RE, '');
  return t;
}

/**
 * Whether cleanTitle has anything to do: a character one of its steps acts on, a
 * separator, space or full stop at either end, or leading numbering. A superset of
 * every step's own test; the ends are looked at directly (an end-anchored alternative
 * in the regex would be tried at every position).
 */
function needsCleaning(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  if (isSeparatorCode(last, true) || isSeparatorCode(first, false) || isSpaceCode(first) || isSpaceCode(last)) return true;
  if (((first >= 48 && first <= 57) || (first >= 97 && first <= 122)) && NUMBERING_RE.test(s)) return true;
  if (first === 35 /* # */) return true;
  // Two spaces in a row are "  " or involve one of the other spaces, which the first test finds.
  // A lone "~", "=" or "(" is left as it is: only "~~", "==" and an empty "( )" are removed.
  return INNER_CLEANING_RE.test(s) || s.includes('  ') || OTHER_SPACE_RE.test(s) || (s.includes('(') && EMPTY_PARENS_RE.test(s));
}
// (Not the checkbox shortcodes, "{{% checked %}}", which scan.ts reads as a box before any title is.)
const SHORTCODE_CALL_RE = /\{\{[<%]\s*\/?[\w-]+(?:\s[^}]*)?[>%]\}\}/g;
const HIGHLIGHT_RE = /==(?=[^\s=])([^=]*?[^\s=])==/g;
const NUMBERING_RE = /^(?:(?:\d{1,3}|[a-z])[.)]\s+(?=\S)|\d{1,2}(?:\.[1-9]){1,3}\.?\s+(?!(?:hours?|hrs?|h|weeks?|wks?|days?|months?|years?|mins?|minutes?|x|times)\b)(?=\p{L}))/u;
/** A whole line struck with single tildes: "~JAVA WEB~", then what follows the closing one. */
const SINGLE_STRUCK_RE = /^~([^~\s\d](?:[^~]*[^~\s])?)~(\W*)$/;
const INNER_CLEANING_RE = /[ÃÂâÅ*_`\\\t\n\v\f\r]|~~|==/;
const EMPTY_PARENS_RE = /\(\s*\)/;
const OTHER_SPACE_RE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** trimSeparators' characters (at the end also "→", ">", "(" and cleanTitle's full stop). */
function isSeparatorCode(c: number, end: boolean): boolean {
  switch (c) {
    case 58: case 45: case 0x2013: case 0x2014: case 124: case 44: case 59: return true; // : - – — | , ;
    case 0x2192: case 62: case 40: case 46: return end; // → > ( .
    default: return false;
  }
}

/** What `\s` matches in a regex, as a character code test. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

const SEPARATORS = new Set([':', '-', '–', '—', '|', ',', ';', '→', '>', '(', ' ', '\t']);
const LEAD_SEPARATORS = new Set([':', '-', '–', '—', '|', ',', ';', ' ', '\t']);

/** A GitHub shortcode for an emoji or an icon: ":books:", ":pencil2:", ":fontawesome-solid-book:". */
export const SHORTCODE = ':[a-z0-9_+-]{2,40}:';
const SHORTCODE_HEAD_RE = new RegExp(`^${SHORTCODE}`);
const SHORTCODE_TAIL_RE = new RegExp(`${SHORTCODE}$`);

/** Drops separators at the ends in one linear pass (a regex here backtracks badly on long lines). */
function trimSeparators(t: string): string {
  let end = t.length;
  while (end > 0 && SEPARATORS.has(t[end - 1]!)) {
    // (A GitHub shortcode keeps its colons: "Read :books:", ":pencil2: Current" are no "Read :books", "pencil2: Current".)
    if (t.charCodeAt(end - 1) === 58 && SHORTCODE_TAIL_RE.test(t.slice(0, end))) break;
    end--;
  }
  let start = 0;
  while (start < end && LEAD_SEPARATORS.has(t[start]!)) {
    if (t.charCodeAt(start) === 58 && SHORTCODE_HEAD_RE.test(t.slice(start, end))) break;
    start++;
  }
  // Keep a leading "-" that is part of a word or number ("-1 trick"), and a lone "(" inside.
  return t.slice(start, end).trim();
}

/** Plain words of a line, for classification: no markup, links kept as their text. */
export function plainText(s: string): string {
  // The same text is often asked for again straight away (a line's tests each make it plain).
  if (s === lastPlain.in) return lastPlain.out;
  let t = s;
  if (t.includes('](')) t = t.replace(MD_LINK_RE, '$1');
  if (t.includes('://')) t = t.replace(URL_RE, ' ');
  if (t.includes('<')) t = outsideCode(t, (x) => x.replace(INLINE_TAG_RE, ' '));
  if (t.includes('&')) t = outsideCode(t, decodeEntities);
  lastPlain.in = s;
  lastPlain.out = cleanTitle(t);
  return lastPlain.out;
}
const lastPlain = { in: '', out: '' };

/** A link's site, lower case, without "www." or a port ("https://www.YouTube.com/x" → "youtube.com"); null for a relative link. */
export function linkHost(url: string): string | null {
  return LINK_HOST_RE.exec(url)?.[1]?.toLowerCase() ?? null;
}
const LINK_HOST_RE = /^[a-z][\w+.-]*:\/\/(?:www\.)?([^/?#:]+)/i;
