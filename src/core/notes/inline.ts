// Inline syntax inside one line: links, Obsidian Tasks emoji fields, dataview
// `[field:: value]`, #tags, emphasis. `readInline` pulls the fields out and leaves a
// clean title behind.
import type { ItemDates } from '../model/types.js';
import { repairMojibake } from './mojibake.js';

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
  /** Dataview fields not otherwise understood, lower-cased names. */
  fields: Record<string, string>;
}

const URL_RE = /\bhttps?:\/\/[^\s<>()[\]"'`]+(?:\([^\s()]*\)[^\s<>()[\]"'`]*)*/g;
// Bounded, unambiguous quantifiers: a line of 200k "[" or "[x](" must not backtrack for minutes.
const MD_LINK_RE = /!?\[((?:[^[\]]|\[[^[\]]{0,200}\]){0,500})\]\(\s?<?((?:[^()\s<>]|\([^()\s]{0,200}\)){1,2000})>?(?: "[^"]{0,300}")?\s?\)/g;
const WIKI_RE = /!?\[\[([^[\]|#^]{1,300})(?:[#^][^[\]|]{0,300})?(?:\|([^[\]]{1,300}))?\]\]/g;
const ORG_LINK_RE = /\[\[([^[\]]{1,1000})\](?:\[([^[\]]{1,1000})\])?\]/g;
const ANGLE_URL_RE = /<(https?:\/\/[^>\s]+)>/g;
const DATAVIEW_RE = /[[(]([A-Za-z][\w -]{0,30})::\s*([^\])]*)[\])]/g;
const TAG_RE = /(^|[\s(,])#([\p{L}\p{N}_][\p{L}\p{N}_/-]*)/gu;
const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const EMOJI_DATE: [RegExp, keyof ItemDates][] = [
  [new RegExp(`📅\\uFE0F?\\s*${DATE}`, 'u'), 'due'],
  [new RegExp(`(?:📆|🗓)\\uFE0F?\\s*${DATE}`, 'u'), 'due'],
  [new RegExp(`⏳\\uFE0F?\\s*${DATE}`, 'u'), 'scheduled'],
  [new RegExp(`🛫\\uFE0F?\\s*${DATE}`, 'u'), 'start'],
  [new RegExp(`➕\\uFE0F?\\s*${DATE}`, 'u'), 'created'],
  [new RegExp(`✅\\uFE0F?\\s*${DATE}`, 'u'), 'done'],
  [new RegExp(`❌\\uFE0F?\\s*${DATE}`, 'u'), 'cancelled'],
];
const PRIORITY_EMOJI: [string, number][] = [['🔺', 5], ['⏫', 4], ['🔼', 3], ['🔽', 1], ['⏬', 0]];
// Field emoji that end a free-text field such as 🔁's rule.
const FIELD_EMOJI = '📅📆🗓⏳🛫➕✅❌🔺⏫🔼🔽⏬🆔⛔🔁🏁';
const FIELD_EMOJI_RE = new RegExp(`[${FIELD_EMOJI}]`, 'u');

const DATAVIEW_DATES: Record<string, keyof ItemDates> = {
  due: 'due', deadline: 'due', scheduled: 'scheduled', start: 'start', created: 'created',
  completion: 'done', completed: 'done', done: 'done', cancelled: 'cancelled',
};
const DATAVIEW_PRIORITY: Record<string, number> = { highest: 5, high: 4, medium: 3, normal: 2, low: 1, lowest: 0 };

/** Reads the fields out of a line's content (after its list marker and checkbox). */
export function readInline(raw: string): InlineFields {
  const out: InlineFields = {
    title: '', links: [], tags: [], dates: {}, priority: null, recurrence: null, taskId: null,
    blockedBy: [], struck: false, optional: false, important: false, fields: {},
  };
  let s = raw;
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
  }
  if (hasFieldEmoji(s)) s = readEmojiFields(s, out);
  // Links: markdown, wiki, org, angle, bare. Keep the text of named links in the title.
  if (s.includes('](')) {
    s = s.replace(MD_LINK_RE, (m, text: string, url: string) => {
      if (m.startsWith('!')) return ' ';
      pushLink(out.links, url);
      return text;
    });
  }
  if (s.includes('[[')) {
    s = s.replace(WIKI_RE, (_m, target: string, alias: string | undefined) => {
      if (/^(?:https?|id|file):/.test(target)) return _m;
      return alias ?? target.split('/').pop() ?? target;
    });
    s = s.replace(ORG_LINK_RE, (_m, target: string, text: string | undefined) => {
      if (/^https?:/.test(target)) pushLink(out.links, target);
      return text ?? (/^(?:id|file):/.test(target) ? ' ' : target);
    });
  }
  if (s.includes('http')) {
    s = s.replace(ANGLE_URL_RE, (_m, url: string) => { pushLink(out.links, url); return ' '; });
    s = s.replace(URL_RE, (url) => { pushLink(out.links, trimUrl(url)); return ' '; });
  }
  if (s.includes('#')) {
    s = s.replace(TAG_RE, (m, lead: string, tag: string) => {
      if (/^\d+$/.test(tag) || /^[0-9a-f]{6}$/i.test(tag) && /\d/.test(tag)) return m;
      out.tags.push(tag);
      return lead;
    });
  }
  // Obsidian block ids (^abc123) and trailing kanban counters (==2==) are not words of the title.
  if (s.includes('^')) s = s.replace(/\s\^[\w-]+\s*$/, ' ');
  if (s.includes('<')) s = s.replace(/<br\s*\/?>/gi, ' ');
  const whole = s.trim();
  if (/^~~.+~~\W*$/.test(whole) || /^\*?~~[^~]+~~\*?/.test(whole)) out.struck = true;
  const lower = whole.toLowerCase();
  if ((lower.includes('opt') || lower.includes('bonus')) && /\((?:optional|bonus|opt\.?)\)|\boptional\b|\bbonus\b/.test(lower)) out.optional = true;
  if ((whole.includes('(') || whole.includes('!!')) && /\((?:imp|important|must|priority|!+)\)|\(\s*\*\s*\)|!!/.test(lower)) out.important = true;
  out.title = cleanTitle(s);
  return out;
}

function hasFieldEmoji(s: string): boolean {
  return FIELD_EMOJI_RE.test(s);
}

function readEmojiFields(input: string, out: InlineFields): string {
  let s = input;
  for (const [re, key] of EMOJI_DATE) {
    s = s.replace(re, (_m, d: string) => { out.dates[key] = d; return ' '; });
  }
  for (const [emoji, p] of PRIORITY_EMOJI) {
    if (s.includes(emoji)) { out.priority = Math.max(out.priority ?? 0, p); s = s.split(emoji).join(' '); }
  }
  s = s.replace(/🆔\uFE0F?\s*([\w-]+)/u, (_m, id: string) => { out.taskId = id; return ' '; });
  s = s.replace(/⛔\uFE0F?\s*([\w,\s-]+?)(?=\s*(?:[📅📆🗓⏳🛫➕✅❌🔺⏫🔼🔽⏬🆔🔁🏁#]|$))/u, (_m, ids: string) => {
    out.blockedBy.push(...ids.split(/[,\s]+/).filter(Boolean));
    return ' ';
  });
  s = s.replace(/🔁\uFE0F?\s*([^📅📆🗓⏳🛫➕✅❌🔺⏫🔼🔽⏬🆔⛔🏁]+)/u, (_m, rule: string) => { out.recurrence = rule.trim(); return ' '; });
  s = s.replace(/🏁\uFE0F?\s*\w+/u, ' ');
  return s;
}

function trimUrl(url: string): string {
  return url.replace(/[.,;:!?*_]+$/, '');
}

function pushLink(links: string[], url: string): void {
  const u = url.trim();
  if (!u || u.startsWith('#')) return;
  if (!links.includes(u)) links.push(u);
}

/**
 * Makes a title readable: no emphasis markers, no trailing colon or separators,
 * collapsed whitespace, repaired double-encoding.
 */
export function cleanTitle(s: string): string {
  let t = s;
  if (/[ÃÂâÅ]/.test(t)) t = repairMojibake(t);
  if (t.charCodeAt(0) === 35 /* # */ || /^\s+#/.test(t)) t = t.replace(/^\s*#{1,6}\s+/, '');
  if (/[*_~=]/.test(t)) {
    t = t.replace(/\*\*|__|~~|==/g, '');
    if (/[*_]/.test(t)) t = t.replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=$|[\s).,:;!?])/g, '$1$2');
  }
  if (t.includes('`')) t = t.replace(/`([^`]*)`/g, '$1');
  if (t.includes('\\')) t = t.replace(/\\([\\`*_{}[\]()#+\-.!|~])/g, '$1');
  if (/\s\s|[\t\n\r\u00a0\u3000]/.test(t)) t = t.replace(/\s+/g, ' ');
  // Separators left behind by a removed link or field ("Read X paper: <url>").
  t = trimSeparators(t);
  if (t.endsWith('.')) t = t.replace(/(?<![.\s]|\betc|\b[A-Z])\.$/, '');
  if (t.includes('()')) t = t.replace(/\(\s*\)/g, '').replace(/\s+/g, ' ').trim();
  // Numbering inside a link's text ("[1. Mergesort](…)") is numbering too.
  if (/^(?:\d{1,3}|[a-z])[.)]\s/.test(t)) t = t.replace(/^(?:\d{1,3}|[a-z])[.)]\s+(?=\S)/, '');
  return t;
}

const SEPARATORS = new Set([':', '-', '–', '—', '|', ',', ';', '→', '>', '(', ' ', '\t']);
const LEAD_SEPARATORS = new Set([':', '-', '–', '—', '|', ',', ';', ' ', '\t']);

/** Drops separators at the ends in one linear pass (a regex here backtracks badly on long lines). */
function trimSeparators(t: string): string {
  let end = t.length;
  while (end > 0 && SEPARATORS.has(t[end - 1]!)) end--;
  let start = 0;
  while (start < end && LEAD_SEPARATORS.has(t[start]!)) start++;
  // Keep a leading "-" that is part of a word or number ("-1 trick"), and a lone "(" inside.
  return t.slice(start, end).trim();
}

/** Plain words of a line, for classification: no markup, links kept as their text. */
export function plainText(s: string): string {
  let t = s;
  if (t.includes('](')) t = t.replace(MD_LINK_RE, '$1');
  if (t.includes('://')) t = t.replace(URL_RE, ' ');
  return cleanTitle(t);
}
