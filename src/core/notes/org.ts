// Org-mode: headlines (TODO/DONE, [#A], [ ], cookies, :tags:) and the planning and
// logbook lines under them (SCHEDULED, DEADLINE, CLOSED, CLOCK, :Effort:).
import type { Status } from '../model/types.js';
import type { Draft } from './entry.js';
import { applyProgress, round2 } from './entry.js';
import { findProgress, parseClockDuration, parseDurationHours } from './phrases.js';
import { entriesAt, formsAt, wordPattern } from './vocabulary.js';
import { statusOfWord } from './line-rules.js';

/** What the usual org keywords mean; a file's `#+TODO:` line may add or redefine some. */
export const KEYWORDS: Readonly<Record<string, Status>> = Object.fromEntries(entriesAt('keyword').map((e) => [e.form, e.status]));

/**
 * A task keyword opening a list entry, as Logseq writes them ("- LATER Read SICP",
 * "- DONE [#A] Watch lecture 3"), with an optional priority after it: the keyword, its
 * status, the priority and the rest of the entry. Upper case and followed by words only:
 * "TODO: buy milk" is a label, "NOW I see" is rare enough to accept.
 */
export function readListKeyword(text: string): { keyword: string; status: Status; priority: number | null; rest: string } | null {
  const m = LIST_KEYWORD_RE.exec(text);
  if (!m) return null;
  return { keyword: m[1]!, status: KEYWORDS[m[1]!]!, priority: m[2] ? PRIORITY[m[2]] ?? 2 : null, rest: text.slice(m[0].length) };
}

/** The keywords a list entry may open with (Logseq's set, and the usual org ones). */
export const LIST_KEYWORDS: readonly string[] = formsAt('list-keyword');
const LIST_KEYWORD_RE = new RegExp(`^(${wordPattern('list-keyword')})[ \\t]+(?:\\[#([A-C])\\][ \\t]*)?(?=[^\\s:])`);

export interface OrgHeadline {
  keyword: string | null;
  status: Status | null;
  priority: number | null;
  check: string | null;
  /** A statistics cookie: "[3/12]" counts items, "[40%]" is a percentage. */
  cookie: { done: number; total: number; unit: 'item' | 'percent' } | null;
  title: string;
  tags: string[];
  /** Planning written on the headline itself ("DONE test CLOSED: […]"). */
  planning: string[];
}

const PRIORITY: Record<string, number> = { A: 4, B: 3, C: 1 };

/**
 * Keywords a file declares: `#+TODO: TODO READING | READ DROPPED` (also SEQ_TODO/TYP_TODO).
 * Known words keep their meaning; other words before "|" are open, after it finished.
 */
export function readTodoDeclaration(line: string): Record<string, Status> | null {
  const m = /^#\+(?:SEQ_|TYP_)?TODO:\s*(.*)$/i.exec(line.trim());
  if (!m) return null;
  const [open = '', closed = ''] = m[1]!.split('|');
  const out: Record<string, Status> = {};
  const words = (s: string) => s.split(/\s+/).map((w) => w.replace(/\(.*\)$/, '')).filter((w) => /^[A-Z][A-Z0-9_-]*$/i.test(w));
  for (const w of words(open)) out[w] = KEYWORDS[w] ?? 'todo';
  for (const w of words(closed)) out[w] = KEYWORDS[w] ?? 'done';
  return out;
}

export function parseOrgHeadline(text: string, declared: Record<string, Status> = {}): OrgHeadline {
  let s = text.trim();
  const out: OrgHeadline = { keyword: null, status: null, priority: null, check: null, cookie: null, title: '', tags: [], planning: [] };
  const kw = /^([A-Z][A-Z0-9_-]{1,15})\s+/.exec(s);
  const status = kw ? declared[kw[1]!] ?? KEYWORDS[kw[1]!] : undefined;
  if (kw && status !== undefined) {
    out.keyword = kw[1]!;
    out.status = status;
    s = s.slice(kw[0].length);
  }
  const pr = /^\[#([A-Z0-9])\]\s*/.exec(s);
  if (pr) {
    out.priority = PRIORITY[pr[1]!] ?? 2;
    s = s.slice(pr[0].length);
  }
  const tags = /\s+(:[\w@#%:]+:)\s*$/.exec(s);
  if (tags) {
    out.tags = tags[1]!.split(':').filter(Boolean);
    s = s.slice(0, tags.index);
  }
  // Cookies, checkboxes and a priority may come in any order: "[0/2] Title", "[-] [#C] Title".
  for (let k = 0; k < 3; k++) {
    const ck = /^\[([ xX-])\]\s*/.exec(s);
    if (ck) { out.check = ck[1]!; s = s.slice(ck[0].length); }
    const pr2 = out.priority === null ? /^\[#([A-Z0-9])\]\s*/.exec(s) : null;
    if (pr2) { out.priority = PRIORITY[pr2[1]!] ?? 2; s = s.slice(pr2[0].length); }
    const cookie = /^\[(\d*)\/(\d*)\]\s*|^\[(\d*)%\]\s*/.exec(s);
    if (cookie) {
      const empty = cookie[3] === '' || (cookie[1] === '' && cookie[2] === '');
      if (!empty) out.cookie = cookie[3] !== undefined ? { done: Number(cookie[3]), total: 100, unit: 'percent' } : { done: Number(cookie[1]), total: Number(cookie[2]), unit: 'item' };
      s = s.slice(cookie[0].length);
    }
  }
  // A cookie after the title ("Calculus [3/12]") counts as well as one before it.
  s = s.replace(/\s*\[(?:(\d+)\/(\d+)|(\d+)%)\]\s*$/, (_m, d?: string, t?: string, pct?: string) => {
    out.cookie ??= pct !== undefined ? { done: Number(pct), total: 100, unit: 'percent' } : { done: Number(d), total: Number(t), unit: 'item' };
    return '';
  });
  // Inline CLOSED/SCHEDULED after the title ("DONE test CLOSED: […]") are planning, not title.
  s = s.replace(/\s+(?:CLOSED|SCHEDULED|DEADLINE):\s*[[<][^\]>]*[\]>]/g, (m) => { out.planning.push(m.trim()); return ''; });
  out.title = s.trim();
  return out;
}

const ORG_DATE = /[[<](\d{4}-\d{2}-\d{2})[^\]>]*[\]>]/;
/** "*** [2026-04-07 Tue]", "** <2026-04-08>": a headline that is a day alone, a diary's entry for that day. */
export const ORG_DAY_HEADLINE_RE = /^\s*[[<]\d{4}-\d{2}-\d{2}(?: [^\]>]*)?[\]>]\s*$/;

/** Planning keywords, the date each sets, and their patterns (built once). */
const PLANNING: readonly (readonly [string, 'scheduled' | 'due' | 'done', RegExp])[] = [
  ['SCHEDULED', 'scheduled', new RegExp(`SCHEDULED:\\s*${ORG_DATE.source}`)],
  ['DEADLINE', 'due', new RegExp(`DEADLINE:\\s*${ORG_DATE.source}`)],
  ['CLOSED', 'done', new RegExp(`CLOSED:\\s*${ORG_DATE.source}`)],
];

/** Folds an org planning, property or logbook line into the item above it. */
export function readOrgMeta(d: Draft, text: string, no: number): void {
  const t = text.trim();
  for (const [key, field, re] of PLANNING) {
    if (!t.includes(key)) continue;
    const m = re.exec(t);
    if (m) d.dates[field] = m[1]!;
  }
  const clock = /^CLOCK:\s*\[(\d{4}-\d{2}-\d{2})[^\]]*\](?:--\[[^\]]*\])?\s*(?:=>\s*(\d+:\d{2}))?/.exec(t);
  if (clock) {
    const hours = clock[2] ? parseClockDuration(clock[2]) : null;
    if (hours) {
      d.logged.push({ date: clock[1]!, hours: round2(hours), line: no });
      d.spentHours = round2(d.spentHours + hours);
      // Time clocked on it, and no keyword or box says otherwise: it is under way.
      if (d.status === 'todo' && !d.explicitStatus) d.status = 'doing';
    }
  }
  const effort = /^:Effort:\s*(.+)$/i.exec(t);
  if (effort) {
    // (A bare number is minutes, as org-mode reads an effort: ":Effort: 30" is half an hour.)
    const value = effort[1]!.trim();
    const hours = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) / 60 : parseDurationHours(value);
    if (hours) d.estimate = { hours: round2(hours), basis: 'explicit' };
  }
  // ":PAGES: 180/600", ":PROGRESS: 3/10 chapters": how far along, in a property.
  const prop = t.charCodeAt(0) === 58 /* : */ && !d.progress ? PROGRESS_PROPERTY_RE.exec(t) : null;
  if (prop) {
    const value = prop[2]!.trim();
    const p = findProgress(value) ?? findProgress(`${value} ${prop[1]!}`);
    if (p) applyProgress(d, p, no);
  }
  // ":STATUS: reading", ":STATE: done": where it stands, in a property, when no keyword said it.
  const state = t.charCodeAt(0) === 58 /* : */ && !d.explicitStatus ? /^:(?:status|state):\s*(\S.*)$/i.exec(t) : null;
  const said = state ? statusOfWord(state[1]!.trim().toLowerCase()) : null;
  if (said) {
    d.status = said;
    d.explicitStatus = true;
  }
  // ":URL: https://raft.github.io/raft.pdf", ":LINK: [[https://…][paper]]": the headline's link.
  const url = t.charCodeAt(0) === 58 /* : */ ? /^:(?:url|link|source|href|website):\s*(?:\[\[)?(https?:\/\/[^\s\]]+)/i.exec(t) : null;
  if (url && !d.links.includes(url[1]!)) d.links.push(url[1]!);
  d.source.endLine = Math.max(d.source.endLine, no);
}
const PROGRESS_PROPERTY_RE = /^:(progress|pages?|chapters?|lectures?|videos?|episodes?|lessons?|modules?|problems?|exercises?|units?|weeks?):\s*(\S.*)$/i;
