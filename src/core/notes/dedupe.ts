// Duplicates: the same resource (book, course, paper, article, video, project) named
// in several places becomes one item with `mentions`. Scheduled work, tasks,
// deliverables and milestones are never merged.
import { distance } from 'fastest-levenshtein';
import type { Kind } from '../model/types.js';
import type { Draft } from './entry.js';
import { normalizeForId } from './ids.js';
import { linkHost } from './inline.js';
import { codeAt } from './chars.js';

const MERGEABLE: ReadonlySet<Kind> = new Set<Kind>(['book', 'course', 'paper', 'article', 'video', 'project', 'topic']);

const EXT_RE = /\.(?:pdf|epub|mobi|djvu|html?|md)\b/gi;
const VERB_RE = /^(?:read|re-?read|watch|study|finish|complete|take|do|work through|go through|start|continue|revisit|skim)\s*[:-]?\s+/i;
const PAREN_RE = /\((?:video|book|course|paper|pdf|article|optional|\d{4}|[^)]*edition)\)/gi;
// "Designing Data-Intensive Applications (DDIA)": the short name a note may use elsewhere.
const ABBREVIATION_RE = /\(([A-Z]{2,7})\)/g;
const SMALL_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'a', 'an', 'for', 'to', 'in', 'on', 'with']);

/**
 * Whether `abbr` spells the initials of the words before it ("DDIA": Designing
 * Data-Intensive Applications; "SICP": Structure and Interpretation of Computer Programs),
 * with or without the small words. A course code or a language in brackets does not.
 */
function isInitialism(abbr: string, words: string): boolean {
  const all = words.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const initials = (ws: string[]): string => ws.map((w) => w[0]!.toUpperCase()).join('');
  return initials(all) === abbr || initials(all.filter((w) => !SMALL_WORDS.has(w.toLowerCase()))) === abbr;
}
/** The short names a title gives itself ("Designing Data-Intensive Applications (DDIA)" → "ddia"), lower-cased. */
export function aliasesOf(title: string): string[] {
  if (!title.includes('(')) return [];
  const out: string[] = [];
  for (const m of title.matchAll(ABBREVIATION_RE)) if (isInitialism(m[1]!, title.slice(0, m.index))) out.push(m[1]!.toLowerCase());
  return out;
}
// "Title - Author" / "Title by Author": the title names the resource.
// Not a school: "- TUM", "- IIT Bombay", "by MIT", "- Stanford University" name where a course is
// given, and the same course name at two schools is two courses.
const AUTHOR_RE = /\s+(?:-|–|—|by)\s+(?![A-Z]{2,}\b)[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$/;
const SCHOOL_RE = /\b(?:University|College|Institute|School|Academy)\b/;
const AUTHOR_HINT_RE = /\s(?:-|–|—|by)\s/;
/** An author named first as a catalogue does, surname and initials, then a dash: "Asimov, I. - ", "Le Guin, U. K. – ". */
const AUTHOR_FIRST_RE = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s*(?:\p{Lu}\.\s*){1,3}\s*(?:-|–|—)\s+/u;
const QUOTE_RE = /[“”"'’`]/g;
const QUOTE_HINT_RE = /[“”"'’`]/;
/** First letters of the verbs VERB_RE strips, in lower case. */
const VERB_INITIALS = new Set(['r', 'w', 's', 'f', 'c', 't', 'd', 'g'].map((c) => c.charCodeAt(0)));

/**
 * The resource's name, comparable across spellings ("Designing_Data_lntensive_Applications.pdf").
 * `norm`, when the caller has it, is normalizeForId(title): most titles have nothing
 * to rewrite, or only a leading verb, and their key follows from that.
 */
export function resourceKey(title: string, norm?: string): string {
  const quick = norm === undefined ? null : keyFromNorm(title, norm);
  if (quick !== null) return quick;
  // Each rewrite runs only when the text has what it looks for. ASCII is already NFKC.
  let t = isAscii(title) ? title : title.normalize('NFKC');
  if (t.includes('.')) t = t.replace(EXT_RE, ' ');
  if (t.includes('_')) t = t.replace(/[_]+/g, ' ');
  if (VERB_INITIALS.has(t.charCodeAt(0) | 0x20)) t = t.replace(VERB_RE, '');
  if (t.includes('(')) t = t.replace(PAREN_RE, ' ');
  if (AUTHOR_HINT_RE.test(t)) {
    // ("Asimov, I. - Second Foundation": the author first, as a catalogue writes it, then the title.)
    const lead = AUTHOR_FIRST_RE.exec(t);
    const author = lead ? null : authorAfter(t);
    if (lead) t = t.slice(lead[0].length);
    else if (author) t = t.slice(0, author.index);
  }
  if (QUOTE_HINT_RE.test(t)) t = t.replace(QUOTE_RE, '');
  return normalizeForId(t);
}

/**
 * The author a title names after its own ("Clean Code – Robert Martin" → "robert martin"), as
 * resourceKey takes it off, or null.
 */
function namedAuthor(title: string): string | null {
  if (!AUTHOR_HINT_RE.test(title) || AUTHOR_FIRST_RE.test(title)) return null;
  const author = authorAfter(title);
  return author ? normalizeForId(author[0].replace(/^\s*(?:-|–|—|by)\s+/, '')) : null;
}

/** " - Robert Martin", " by Jane Doe" at the end of a title: its author (not a school, "– Stanford University"). */
function authorAfter(title: string): RegExpExecArray | null {
  const author = AUTHOR_RE.exec(title);
  return author && !SCHOOL_RE.test(author[0]) ? author : null;
}

/**
 * Two titles whose keys are the same once an author is taken off, each naming another:
 * "Aufgabe – Pivot-Tabellen" and "Aufgabe – Datenbereinigung" (German capitalises its nouns, so
 * what follows the dash looks like a name), or one title by two authors: not the same thing.
 */
function otherAuthors(a: string, b: string): boolean {
  const x = namedAuthor(a);
  if (x === null) return false;
  const y = namedAuthor(b);
  return y !== null && x !== y;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * The key of a title whose only rewrite is a leading verb, or none, from its normalised
 * form; null for any other title. Such a title is ASCII with no dot, underscore, bracket
 * or quote, and no " - " / " by " before an author. Its key is the normalised title,
 * less the verb: "Read: Raft paper" → "read raft paper" → "raft paper".
 */
function keyFromNorm(t: string, norm: string): string | null {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 0x7f || c === 0x2e || c === 0x5f || c === 0x28 || c === 0x22 || c === 0x27 || c === 0x60) return null;
    if (c === 0x2d && isSpace(codeAt(t, i - 1)) && isSpace(codeAt(t, i + 1))) return null;
    if (c === 0x62 && codeAt(t, i + 1) === 0x79 && isSpace(codeAt(t, i - 1)) && isSpace(codeAt(t, i + 2))) return null;
  }
  const verb = VERB_INITIALS.has(t.charCodeAt(0) | 0x20) ? VERB_RE.exec(t) : null;
  if (!verb) return norm;
  // The verb is followed by spaces or punctuation, so it is the first word or two of `norm`
  // ("work through", "re-read" are two there).
  let at = 0;
  for (let words = verb[0].trim().split(/[\s:-]+/).filter(Boolean).length; words > 0; words--) {
    const space = norm.indexOf(' ', at);
    if (space < 0) return '';
    at = space + 1;
  }
  return norm.slice(at);
}

/** ASCII whitespace as \s sees it (NaN, off either end, is not). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * The comparison keys of a list of drafts, by index: the normalised title (worked out
 * with the ids) and the resource key, on first use.
 */
export class DraftKeys {
  private readonly rkeys: (string | null)[];
  private readonly rewritten = new Map<string, string>();

  /**
   * `rkeys`, when given, are the keys already worked out (null: not yet); `asRead`, the keys of
   * the drafts' titles as read (null: unknown), the key of a draft not retitled since.
   */
  constructor(private readonly drafts: readonly Draft[], private readonly norms: readonly string[], rkeys?: (string | null)[], private readonly asRead: (string | null)[] | null = null) {
    // Filled, not `new Array(n)`: a large holey array would fall back to slow elements.
    this.rkeys = rkeys ?? [];
    while (this.rkeys.length < drafts.length) this.rkeys.push(null);
  }

  norm(i: number): string {
    return this.norms[i]!;
  }

  rkey(i: number): string {
    let k = this.rkeys[i];
    if (k != null) return k;
    // Once asked for, a key stays as it was worked out (a draft retitled later keeps it).
    k = this.asRead?.[i] ?? null;
    if (k === null) {
      const title = this.drafts[i]!.title;
      k = keyFromNorm(title, this.norms[i]!);
      // Titles that need the rewrites recur (the same book in many notes): once each.
      if (k === null) {
        k = this.rewritten.get(title);
        if (k === undefined) this.rewritten.set(title, (k = resourceKey(title)));
      }
    }
    this.rkeys[i] = k;
    return k;
  }

  /** Draft `i` took another title: a key not asked for yet is worked out from the new one. */
  retitled(i: number): void {
    if (this.asRead) this.asRead[i] = null;
  }

  /** The keys of `kept`, the drafts left (in order) once those in `removed` are gone. */
  without(removed: ReadonlyMap<number, number>, kept: readonly Draft[]): DraftKeys {
    const norms: string[] = [];
    const rkeys: (string | null)[] = [];
    const asRead: (string | null)[] | null = this.asRead ? [] : null;
    for (let i = 0; i < this.drafts.length; i++) {
      if (removed.has(i)) continue;
      norms.push(this.norms[i]!);
      rkeys.push(this.rkeys[i] ?? null);
      asRead?.push(this.asRead![i] ?? null);
    }
    return new DraftKeys(kept, norms, rkeys, asRead);
  }
}

/**
 * How many edits keys of lengths `la` and `lb` may differ by and still be near spellings
 * of each other (~6%), or -1 when their lengths alone rule it out.
 */
function allowedEdits(la: number, lb: number): number {
  const len = Math.max(la, lb);
  if (len < 12 || Math.abs(la - lb) > len * 0.1 + 1) return -1;
  return Math.max(1, Math.floor(len * 0.06));
}

/** Whether two keys' bigram masks differ in few enough bits for `most` edits (four each). */
function bigramsAllow(alo: number, ahi: number, blo: number, bhi: number, most: number): boolean {
  return popcount(alo ^ blo) + popcount(ahi ^ bhi) <= 4 * most;
}

/**
 * Whether keys `at` and `bt` are within `most` edits of each other, once their bigram masks
 * have passed. An edit changes the character counts by at most two: keys whose counts
 * differ by more than twice the allowed edits cannot be that close. The key's text is
 * touched only when that test passes too.
 */
function withinEdits(keys: readonly (string | null)[], letters: Letters, at: number, bt: number, most: number): boolean {
  const counts = letters.counts;
  let diff = 0;
  for (let c = 0, ia = at * COUNTED, ib = bt * COUNTED; c < COUNTED; c++) {
    diff += Math.abs(counts[ia + c]! - counts[ib + c]!);
    if (diff > 2 * most) return false;
  }
  return distance(keys[at]!, keys[bt]!) <= most;
}

/**
 * Whether two keys are near spellings by the same screens mergeDuplicates uses (lengths,
 * bigram masks, character counts, then the distance). For tests: the screens must never
 * change the answer the distance alone gives.
 */
export function nearSpelling(a: string, b: string): boolean {
  const most = allowedEdits(a.length, b.length);
  if (most < 0) return false;
  const letters = new Letters([a, b]);
  letters.fill(0);
  letters.fill(1);
  const p = letters.pairs;
  return bigramsAllow(p[0]!, p[1]!, p[2]!, p[3]!, most) && withinEdits([a, b], letters, 0, 1, most);
}

/** Character classes counted for the filter above: a–z, 0–9, and everything else. */
const COUNTED = 37;

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * How often each character class occurs in each key (saturating at 255), and which
 * occur, by key index, for the keys that take part in near-spelling comparisons. One
 * flat table rather than an array per key: the comparisons touch keys all over a large
 * vault, and a row of one table is cheaper to reach than a typed array of its own.
 */
class Letters {
  readonly counts: Uint8Array;
  /** Two 32-bit words per key: which of 64 bigram hashes occur. */
  readonly pairs: Int32Array;

  constructor(private readonly keys: readonly (string | null)[]) {
    this.counts = new Uint8Array(keys.length * COUNTED);
    this.pairs = new Int32Array(keys.length * 2);
  }

  /** Counts key `j`; before it is compared with anything. */
  fill(j: number): void {
    const k = this.keys[j]!;
    const out = this.counts;
    const row = j * COUNTED;
    let lo = 0;
    let hi = 0;
    let prev = 0;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      const slot = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + c - 48 : 36;
      if (out[row + slot]! < 255) out[row + slot]!++;
      if (i > 0) {
        const bit = Math.imul(prev * 65599 + c, 0x9e3779b1) >>> 26;
        if (bit < 32) lo |= 1 << bit;
        else hi |= 1 << (bit - 32);
      }
      prev = c;
    }
    this.pairs[2 * j] = lo;
    this.pairs[2 * j + 1] = hi;
  }
}

/**
 * Near spellings share their first and last words and a similar length: only those
 * are compared, so a vault of thousands of "Hands-on: …" lines stays linear. Keys are
 * grouped by first|last word, then by length / 8.
 */
export function fuzzyGroup(k: string): string {
  const space = k.indexOf(' ');
  const first = k.slice(0, space > 0 ? Math.min(space, 6) : 6);
  const last = k.slice(k.lastIndexOf(' ') + 1);
  return `${first}|${last}`;
}

/**
 * Whether mergeDuplicates looks `d` up by its resource key. A topic merges only when it names
 * the same thing exactly (a short word like "linux" under two lists); resources merge across
 * spellings; scheduled work never merges.
 */
export function keyedForMerge(d: Draft): boolean {
  return MERGEABLE.has(d.kind) && !d.scheduled;
}

/**
 * The resource keys of one note's drafts as read (before any step across notes changes a
 * draft): kept with the note's reading, so a note read from the cache does not work them out
 * again. By index: 0 when the key is the normalised title (most are).
 */
export function resourceKeysOf(drafts: readonly Draft[], norms: readonly string[]): (string | 0)[] {
  const keys = new DraftKeys(drafts, norms);
  const out: (string | 0)[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const k = keys.rkey(i);
    out.push(k === norms[i] ? 0 : k);
  }
  return out;
}

/**
 * Merges duplicates in place: the first occurrence keeps its place and gains the
 * others as mentions (with their links). Returns merged-away index → kept index.
 */
export function mergeDuplicates(drafts: Draft[], keys = new DraftKeys(drafts, drafts.map((d) => normalizeForId(d.title)))): Map<number, number> {
  const removed = new Map<number, number>();
  const byKey = new Map<string, number>();
  const rkeys: (string | null)[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const k = keyedForMerge(drafts[i]!) ? keys.rkey(i) : '';
    rkeys.push(k.length >= 3 ? k : null);
  }
  // "… (DDIA)": the short name, lower-cased, → the first item that gives it.
  const aliases = new Map<string, number>();
  for (let i = 0; i < drafts.length; i++) {
    if (rkeys[i] === null) continue;
    for (const a of aliasesOf(drafts[i]!.title)) if (!aliases.has(a)) aliases.set(a, i);
  }
  // Keys by first|last word, then by exact length (the comparisons group lengths by eighths).
  const buckets = new Map<string, Map<number, number[]>>();
  // Character counts of the keys that take part in near-spelling comparisons.
  const letters = new Letters(rkeys);
  for (let i = 0; i < drafts.length; i++) {
    const k = rkeys[i];
    if (!k) continue;
    const d = drafts[i]!;
    let target = byKey.get(k);
    const group = k.length >= 12 ? fuzzyGroup(k) : null;
    const len = Math.floor(k.length / 8);
    if (group !== null) letters.fill(i);
    if (target === undefined && group !== null) {
      // The key's own length bucket first, then its neighbours.
      const byLen = buckets.get(group);
      if (byLen) {
        const near: Near = { keys: rkeys, letters, drafts, k, own: i, d, byLen };
        target = findSimilar(near, len) ?? findSimilar(near, len - 1) ?? findSimilar(near, len + 1);
      }
    }
    // "DDIA" after "Designing Data-Intensive Applications (DDIA)" names the same book,
    // whatever kind the short name alone was taken for.
    let alias = false;
    if (target === undefined && aliases.size > 0) {
      const a = aliases.get(k);
      if (a !== undefined && a < i && !removed.has(a)) { target = a; alias = true; }
    }
    if (target !== undefined && (alias || compatible(drafts[target]!, d)) && !(drafts[target]!.children > 0 && d.children > 0) && (alias || !otherAuthors(drafts[target]!.title, d.title))) {
      absorb(drafts[target]!, d);
      removed.set(i, target);
      continue;
    }
    byKey.set(k, i);
    if (group !== null) {
      let byLen = buckets.get(group);
      if (!byLen) buckets.set(group, (byLen = new Map<number, number[]>()));
      const lo = letters.pairs[2 * i]!;
      const hi = letters.pairs[2 * i + 1]!;
      const b = byLen.get(k.length);
      if (b) b.push(i, lo, hi); else byLen.set(k.length, [i, lo, hi]);
    }
  }
  if (drafts.length > 1) mergeByLink(drafts, keys, removed);
  return removed;
}

/** Kinds a step can name a resource in: "Work through [SLP](…)", "Finish the [Learn Git Branching](…) tutorial". */
const NAMING_KINDS: ReadonlySet<Kind> = new Set<Kind>(['task', 'topic', 'book', 'course', 'paper', 'article', 'video']);
const RESOURCE: ReadonlySet<Kind> = new Set<Kind>(['book', 'course', 'paper', 'article', 'video']);

/**
 * "4. Work through [Speech and Language Processing](https://…/slp3/)" under Goals and "1. [Speech
 * and Language Processing](https://…/slp3/)" under Resources: the same page linked, and one's
 * name held in the other's words, is the same resource named twice, though one is a step on
 * it. It becomes the resource, with both mentions. (A chapter of it, "Read chapter 3 of
 * [SICP](…)", holds a number the book's entry does not: a part, not the whole.)
 */
function mergeByLink(drafts: Draft[], keys: DraftKeys, removed: Map<number, number>): void {
  const byUrl = new Map<string, number>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (removed.has(i) || d.links.length !== 1 || d.scheduled || !NAMING_KINDS.has(d.kind)) continue;
    const url = d.links[0]!;
    // (A site's front page is linked by many things on it: only a page's own address names one.)
    if (!/^https?:\/\/[^/]+\/[^?#]*[\p{L}\p{N}]/u.test(url)) continue;
    const j = byUrl.get(url);
    if (j === undefined) { byUrl.set(url, i); continue; }
    const a = drafts[j]!;
    // The resource is the one of a resource's kind, else the one that is only a name ("Tidy Tuesday").
    const aIsRes = RESOURCE.has(a.kind) !== RESOURCE.has(d.kind) ? RESOURCE.has(a.kind) : keys.norm(j).length <= keys.norm(i).length;
    const [step, res, ri, si] = aIsRes ? [d, a, j, i] : [a, d, i, j];
    const rk = keys.rkey(ri);
    const other = keys.norm(si);
    // (Two steps on one page, "Learn something new about git in https://…" done on two days, are two.)
    if (!(RESOURCE.has(res.kind) || (keys.norm(ri) === rk && other !== rk)) || rk.length < 6 || !` ${other} `.includes(` ${rk} `) || !compatible(a, d) || (a.children > 0 && d.children > 0)) continue;
    // The one kept is the first named; it is the resource, under the resource's name.
    if (step === a && !RESOURCE.has(a.kind) && RESOURCE.has(d.kind)) {
      a.kind = d.kind;
      a.title = d.title;
      keys.retitled(j);
    }
    absorb(a, d);
    removed.set(i, j);
  }
}

interface Near {
  keys: (string | null)[];
  letters: Letters;
  drafts: Draft[];
  k: string;
  /** The key's index. */
  own: number;
  d: Draft;
  /** Keys of the group by length: each as three numbers, its index and its two bigram mask words. */
  byLen: Map<number, number[]>;
}

/**
 * The first item (in reading order) whose key's length is in the eighth `eighth` and is
 * spelled like `k`, that `d` may merge with. Only lengths a near spelling can have are
 * looked at: at most ~6% edits are allowed, and each edit changes the length by one.
 *
 * An edit removes at most two of a key's bigrams (adjacent character pairs) and adds at most
 * two, so it flips at most four bits of the 64-bit bigram masks: keys whose masks differ in
 * more bits than four per allowed edit cannot be that close, and most pairs stop there. The
 * masks sit in the bucket beside the indices, so that test reads memory in order.
 */
function findSimilar(n: Near, eighth: number): number | undefined {
  const kl = n.k.length;
  const reach = Math.max(1, Math.floor(kl * 0.07) + 1);
  const lo = n.letters.pairs[2 * n.own]!;
  const hi = n.letters.pairs[2 * n.own + 1]!;
  let best: number | undefined;
  for (let len = Math.max(eighth * 8, kl - reach); len <= Math.min(eighth * 8 + 7, kl + reach); len++) {
    const list = n.byLen.get(len);
    if (!list) continue;
    const most = allowedEdits(len, kl);
    if (most < 0) continue;
    for (let x = 0; x < list.length; x += 3) {
      const j = list[x]!;
      if (best !== undefined && j > best) break;
      if (!bigramsAllow(list[x + 1]!, list[x + 2]!, lo, hi, most)) continue;
      if (withinEdits(n.keys, n.letters, j, n.own, most) && compatible(n.drafts[j]!, n.d)) { best = j; break; }
    }
  }
  return best;
}

/** The numbers a title holds, in order: "chapter 7 of Book 2" → "7,2". */
function numbersOf(title: string): string {
  return title.match(/\d+/g)?.join(',') ?? '';
}

/**
 * A title's lone capital letters and Roman numerals, in order: "Appendix B" → "B", "Physics II:
 * Waves" → "II". A letter that a word follows is a word ("A Tour of C++", "What I learned").
 */
function lettersOf(title: string): string {
  return title.match(LONE_LETTER_RE)?.join(',') ?? '';
}
const LONE_LETTER_RE = /(?<![\p{L}\p{N}.'’&+#-])(?:[A-Z]|X{0,2}(?:IX|IV|V?I{1,3})|X{1,2}V?|X{0,2}V)(?![\p{L}\p{N}'’&+#-])(?!\.\p{L})(?!\s+\p{L})/gu;

// (In other languages too: "Tuần 2", "Semana 3", "Woche 4", "Semaine 1", "Día 5", "Tag 2", "Jour 3".)
const UNIT_NUMBER_RE = /(?<![\p{L}])(?:week|day|session|module|part|lesson|chapter|unit|sprint|phase|lecture|semester|term|month|tuần|ngày|buổi|semana|d[ií]a|woche|tag|semaine|jour|settimana|giorno|hafta|gün|tydzień|неделя|день|lecci[oó]n|aula|li[çc][ãa]o|le[çc]on|lektion|lezione|ders|lekcja|lekce|lecke|oppitunti|lec[țt]ia|урок|занятие|μάθημα|εβδομάδα|ημέρα|bài|pelajaran|sesi)\s*#?\s*(\d+)/giu;

// (And the languages that put the number first: "3주차", "2일차", "3週目", "第3周", "第2天", "5日目".)
const NUMBER_UNIT_RE = /(?:第\s*)?(\d+)\s*(주차|일차|週目|日目|周目|[周週天日])(?![\p{L}])|第\s*(\d+)\s*([周週天日])/gu;

// (And the days of a week, by name: "**Monday**:" and "**Tuesday**:" over the same half hour of reading are two sittings.)
const WEEKDAY_RE = /(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)(?![\p{L}])|[月火水木金土日]曜日?|(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]|[월화수목금토일]요일/giu;

/** The numbered units a section path names ("Week 5 › Day 2" → "week5,day2"), and its days of the week; empty when none. */
function unitsOf(path: readonly string[]): string {
  let out = '';
  for (const p of path) {
    for (const m of p.matchAll(WEEKDAY_RE)) out += `wd:${m[0].toLowerCase()},`;
    for (const m of p.matchAll(UNIT_NUMBER_RE)) out += `${m[0].replace(/[^a-z]/gi, '').toLowerCase()}${m[1]},`;
    if (/[\u2e80-\ud7ff]/.test(p)) for (const m of p.matchAll(NUMBER_UNIT_RE)) out += `${m[2] ?? m[4]}${m[1] ?? m[3]},`;
  }
  return out;
}

/** Both link somewhere on one site, never to the same page: two things of that site. */
function otherPagesOfOneSite(a: Draft, b: Draft): boolean {
  if (!a.links.length || !b.links.length || a.links.some((l) => b.links.includes(l))) return false;
  const hosts = new Set(a.links.map(linkHost));
  return b.links.some((l) => { const h = linkHost(l); return h !== null && hosts.has(h); });
}

/** Whether every link of the item is to a discussion site (Hacker News, Reddit, Lobsters): a thread about something. */
function discussionOf(d: Draft): boolean {
  return d.links.length > 0 && d.links.every((l) => DISCUSSION_HOST_RE.test(linkHost(l) ?? ''));
}
const DISCUSSION_HOST_RE = /^(?:news\.ycombinator\.com|(?:old\.|new\.)?reddit\.com|lobste\.rs|tildes\.net|lemmy\.\w+)$/;

/** A title that only names a kind of activity: "Reading", "Drills", "Practice problems", "Lecture notes". */
const ACTIVITY_NAME_RE = /^\W*(?:(?:the|my)\s+)?(?:readings?|drills?|practi[cs]e(?:\s+problems?)?|exercises?|problems?|notes|lecture notes|review|revision|homework|lectures?|labs?|videos?|slides|lecture slides|handouts?|worksheets?|recordings?|quiz(?:zes)?|assignments?|flashcards|anki|theory|examples|summary|summaries|projects?|coding|tests?)\W*$/i;

/** A part named by its number alone: "Ch. 2.5", "Chapter 3", "Lecture 4", "Units 2-3". */
const BARE_PART_RE = /^\W*(?:ch(?:apters?)?\.?|lectures?|lec\.?|lessons?|units?|modules?|parts?|sections?|episodes?)\s*#?\d[\d.,\s–-]*$/i;

/** A title that opens with a numbered part of a book or course: "Chapter 1: Introduction", "Lecture 3 – Joins", "Lesson 2". */
const NUMBERED_PART_LEAD_RE = /^\W*(?:chapters?|ch\.?|lectures?|lec\.?|lessons?|units?|modules?|parts?|sections?|episodes?|kapitel|cap[íi]tulos?|chapitres?|глава|rozdział)\s*#?\d/iu;

function compatible(a: Draft, b: Draft): boolean {
  // Numbered units never merge: "Read chapter 7 of Book 2" is not "Read chapter 8 of Book 2".
  if (numbersOf(a.title) !== numbersOf(b.title)) return false;
  // …nor do lettered and Roman-numbered ones: "Appendix B" and "Appendix D", "Calculus I" and "Calculus II".
  // (Only between titles written with capitals: "a tour of c++" is "A Tour of C++".)
  if (a.title !== a.title.toLowerCase() && b.title !== b.title.toLowerCase() && lettersOf(a.title) !== lettersOf(b.title)) return false;
  // "Instructions" of lab 3 and of homework 2: the same words for two pages of a course site.
  if (otherPagesOfOneSite(a, b)) return false;
  // "DDIA | Hacker News" and "DDIA" (its own site): a discussion of a thing is a page apart from it.
  if (discussionOf(a) !== discussionOf(b)) return false;
  // "- [x] Lecture" under "### Week5" and under "### Week6": each week's own, as numbered units are.
  // (Unless both link the same page: "[Heat Map](…)" worked on on Day 3 and on Day 4 is one project.)
  if (a.source.path === b.source.path && a.path.length && b.path.length && !a.links.some((l) => b.links.includes(l))) {
    const na = unitsOf(a.path);
    const nb = unitsOf(b.path);
    if (na && nb && na !== nb) return false;
  }
  // "Reading: 1hr" under "Arch:" and under "OOD:": a kind of activity, named for the area it is
  // done in, one in each.
  // (So is a part named by its number alone, "Ch. 2.5" read for the lecture on lists and again for the one on trees.)
  if (a.source.path === b.source.path && (ACTIVITY_NAME_RE.test(a.title) || BARE_PART_RE.test(a.title)) && (ACTIVITY_NAME_RE.test(b.title) || BARE_PART_RE.test(b.title)) && a.path.join('\u0000') !== b.path.join('\u0000')) return false;
  // "Chapter 1: Introduction" of two books (two sections, or two notes): a numbered part is its
  // book's or course's own, whatever it is named.
  if (NUMBERED_PART_LEAD_RE.test(a.title) && NUMBERED_PART_LEAD_RE.test(b.title) && (a.source.path !== b.source.path || a.path.join('\u0000') !== b.path.join('\u0000'))) return false;
  // "Pattern matching (1/3)" and "(2/3)" in one list: the parts of a series, not one thing read twice.
  // (A page reached, with no whole, "Deep Work" at p. 105 then p. 125, is one book read on.)
  if (a.progress && b.progress && a.source.path === b.source.path && a.progress.total !== null && a.progress.total === b.progress.total && a.progress.done !== b.progress.done && a.path.join('\u0000') === b.path.join('\u0000')) return false;
  // The same lecture scheduled on two days (org's weekly slots, "Tue" and "Thu"): two sittings.
  if (a.dates.scheduled && b.dates.scheduled && a.dates.scheduled !== b.dates.scheduled) return false;
  // The same book started on two days ("| 01/01/2024 | … | Percy Jackson | … | Ishaan |", then by
  // Ravi on 22/01): two readings, each with its own finish.
  if (a.dates.start && b.dates.start && a.dates.start !== b.dates.start) return false;
  // "Introduction to Robotics" under CMU and under Stanford: two courses.
  if (a.parent !== null && b.parent !== null && a.parent !== b.parent) return false;
  // A topic only merges with a topic of the same name; resources across kinds merge
  // when one of them is a generic topic mention.
  if (a.kind === 'topic' || b.kind === 'topic') return a.kind === b.kind && a.source.path === b.source.path;
  return a.kind === b.kind || a.kind === 'article' || b.kind === 'article';
}

const RANK = { todo: 0, doing: 1, done: 2, skipped: -1 } as const;

function absorb(keep: Draft, dup: Draft): void {
  keep.mentions.push({ path: dup.source.path, line: dup.source.line }, ...dup.mentions);
  for (const l of dup.links) if (!keep.links.includes(l)) keep.links.push(l);
  for (const t of dup.tags) if (!keep.tags.includes(t)) keep.tags.push(t);
  if (RANK[dup.status] > RANK[keep.status]) keep.status = dup.status;
  // The same course logged at 35%, then 71%, then 100%: the furthest mention says how far along it is.
  // (A page reached, then the last page of the book finished, "171 of 171": the whole found at last.)
  if (dup.progress && (!keep.progress || (dup.progress.unit === keep.progress.unit && (dup.progress.total === keep.progress.total || keep.progress.total === null) && dup.progress.done > keep.progress.done))) {
    keep.progress = dup.progress;
    // (Where progress is written back: that mention's line, in the kept item's own file only.)
    keep.progressLine = dup.source.path === keep.source.path ? dup.progressLine ?? dup.source.line : null;
  }
  if (!keep.estimate && dup.estimate) keep.estimate = dup.estimate;
  keep.optional = keep.optional && dup.optional;
  keep.children += dup.children;
  keep.doneChildren += dup.doneChildren;
}
