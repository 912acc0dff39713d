// The phrases people write about their work: progress ("Lec 1 done out of 20"),
// estimates ("~6h", "a week full time") and durations. Each finder returns where
// the phrase stands in the text so the writer can rewrite it in its own words.
import { isSpaceCode } from './inline.js';
import { markClass, wordPattern } from './vocabulary.js';
import { findStatusPhrase, mayHoldInlineStatus, statusWords } from './languages.js';
import { codeAt } from './chars.js';

/** Hours in a full-time week and in a month of weeks, as the spec fixes them. */
export const FULL_TIME_WEEK_HOURS = 40;
export const FULL_TIME_DAY_HOURS = 8;
export const WEEKS_PER_MONTH = 52 / 12;

/** Units in Spanish, Portuguese, French and German, which the English patterns read too. */
const WESTERN_UNITS: Record<string, string> = {
  'capítulo': 'chapter', capitulo: 'chapter', chapitre: 'chapter', 'página': 'page', pagina: 'page', seite: 'page', seiten: 'page',
  clase: 'lecture', aula: 'lecture', vorlesung: 'lecture', vorlesungen: 'lecture', 'lección': 'lesson', leccion: 'lesson', 'lição': 'lesson', 'lições': 'lesson', 'leçon': 'lesson', lektion: 'lesson', lektionen: 'lesson',
  'módulo': 'module', modulo: 'module', semana: 'week', semaine: 'week', woche: 'week', wochen: 'week', 'día': 'day', dia: 'day', jour: 'day',
  ejercicio: 'exercise', 'exercício': 'exercise', exercice: 'exercise', aufgabe: 'exercise', aufgaben: 'exercise', problema: 'problem', 'vídeo': 'video',
};

const UNIT_ALIASES: Record<string, string> = {
  lec: 'lecture', lect: 'lecture', lecture: 'lecture', class: 'lecture',
  ch: 'chapter', chap: 'chapter', chapter: 'chapter', cap: 'chapter', kapitel: 'chapter',
  wk: 'week', week: 'week', day: 'day', month: 'month',
  pg: 'page', p: 'page', pp: 'page', page: 'page',
  module: 'module', mod: 'module', video: 'video', vid: 'video', problem: 'problem',
  lesson: 'lesson', unit: 'unit', section: 'section', sec: 'section', episode: 'episode', ep: 'episode',
  exercise: 'exercise', ex: 'exercise', part: 'part', assignment: 'assignment', quiz: 'quiz',
  task: 'task', article: 'article', book: 'book', course: 'course', step: 'step', level: 'level',
  session: 'session', homework: 'homework', hw: 'homework', topic: 'topic', pset: 'problem set',
  project: 'project', lab: 'lab', talk: 'talk', paper: 'paper', item: 'item', kata: 'kata',
  ...WESTERN_UNITS,
};

// Longest first so "lecture" wins over "lec".
const UNIT_WORDS = Object.keys(UNIT_ALIASES)
  .flatMap((u) => (u === 'quiz' ? ['quizzes', 'quiz'] : [`${u}es`, `${u}s`, u]))
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/\./g, '\\.'))
  .join('|');
const UNIT = `(${UNIT_WORDS})\\.?`;

/** Singular, lower-case unit name ("Lectures" → "lecture", "ch" → "chapter"). */
export function normalizeUnit(raw: string): string {
  let u = raw.toLowerCase().replace(/\.$/, '');
  { const a = UNIT_ALIASES[u]; if (a) return a; }
  if (u === 'quizzes') return 'quiz';
  for (const suffix of ['es', 's']) {
    if (u.endsWith(suffix) && UNIT_ALIASES[u.slice(0, -suffix.length)]) {
      u = u.slice(0, -suffix.length);
      return UNIT_ALIASES[u] ?? u;
    }
  }
  return u;
}

export interface ProgressMatch {
  done: number;
  total: number | null;
  unit: string;
  /** Offset of the phrase in the searched text. */
  index: number;
  length: number;
  /** Offset and length of the `done` number inside the text (for rewriting). */
  doneIndex: number;
  doneLength: number;
  /** The number stands in a part's name ("已学完“P12. 数组练习讲解”"): rewriting it alone would misname the part. */
  named?: boolean;
  /** "…, 20 to go": the total is said as what is left; where that number stands. */
  remainingIndex?: number;
  remainingLength?: number;
}

const NUM = '(\\d+(?:\\.\\d+)?)';

interface ProgressPattern {
  re: RegExp;
  /** Words the pattern cannot match without (G_* bits): any of them, or all with `all`. */
  needs: number;
  all?: boolean;
  /** Maps a match to done/total/unit and the capture group holding `done`. */
  read: (m: RegExpExecArray) => { done: number; total: number | null; unit: string; doneGroup: number } | null;
}

const num = (s: string | undefined): number => Number(s);

// Words the progress patterns need, found once per text (see progressGates).
const G_OF = 1;
const G_SLASH = 2;
const G_DONE_WORD = 4;
const G_UP_TO = 8;
const G_ON_AT = 16;
const G_PERCENT = 32;

/** Which of the words the patterns need occur in the text: a few cheap tests instead of ten patterns. */
function progressGates(text: string): number {
  let g = 0;
  if (/of|outta|\b(?:de|sur|von)\b/i.test(text)) g |= G_OF;
  if (text.includes('/')) g |= G_SLASH;
  if (/done|finished|completed|read|watched|covered|solved/i.test(text)) g |= G_DONE_WORD;
  if (/up\s*to|upto|till|until|through|thru/i.test(text)) g |= G_UP_TO;
  if (/\b(?:on|at)\s|voy por|estoy en|estou n|je suis|ich bin bei/i.test(text)) g |= G_ON_AT;
  if (text.includes('%')) g |= G_PERCENT;
  return g;
}

// Ordered from most to least specific; the first that matches wins.
const PROGRESS_PATTERNS: ProgressPattern[] = [
  // "Lec 1 done out of 20", "chapter 3 done of 12", "lecture 4 of 20 done"
  {
    re: new RegExp(`\\b${UNIT}\\s*#?${NUM}\\s+(?:(?:done|finished|completed|watched|read)\\s+)?(?:(?:out\\s+)?of|outta|de|sur|von)\\s+${NUM}(?:\\s+(?:done|finished|completed))?`, 'i'),
    needs: G_OF,
    read: (m) => ({ done: num(m[2]), total: num(m[3]), unit: normalizeUnit(m[1]!), doneGroup: 2 }),
  },
  // "done upto and including chapter 12", "finished up to lecture 5", "completed through week 3"
  {
    re: new RegExp(`\\b(?:done|finished|completed|read|watched|covered)\\s+(?:up\\s*to|upto|till|until|through|thru)(?:\\s+and\\s+including)?\\s+${UNIT}\\s*#?${NUM}(?:\\s+of\\s+${NUM})?`, 'i'),
    needs: G_DONE_WORD | G_UP_TO, all: true,
    read: (m) => ({ done: num(m[2]), total: m[3] ? num(m[3]) : null, unit: normalizeUnit(m[1]!), doneGroup: 2 }),
  },
  // "Upto and including week 2 done", "up to chapter 4 finished"
  {
    re: new RegExp(`\\b(?:up\\s*to|upto|till|until|through)(?:\\s+and\\s+including)?\\s+${UNIT}\\s*#?${NUM}(?:\\s+of\\s+${NUM})?\\s+(?:is\\s+|are\\s+)?(?:done|finished|completed|read|watched)`, 'i'),
    needs: G_UP_TO | G_DONE_WORD, all: true,
    read: (m) => ({ done: num(m[2]), total: m[3] ? num(m[3]) : null, unit: normalizeUnit(m[1]!), doneGroup: 2 }),
  },
  // "120 problems solved out of 300", "12 lectures watched of 20"
  {
    re: new RegExp(`(?<![\\d/:.])${NUM}\\s+${UNIT}\\s+(?:solved|done|completed|finished|watched|read|covered)\\s+(?:out\\s+of|of)\\s+${NUM}\\b`, 'i'),
    needs: G_OF,
    read: (m) => ({ done: num(m[1]), total: num(m[3]), unit: normalizeUnit(m[2]!), doneGroup: 1 }),
  },
  // "3/10 videos", "3 / 10 lectures", "12 of 20 lectures", "3 out of 10 modules"
  {
    re: new RegExp(`(?<![\\d/:.])${NUM}\\s*(?:/|out\\s+of|of|de|sur|von)\\s*${NUM}\\s+${UNIT}(?![\\w])`, 'i'),
    needs: G_SLASH | G_OF,
    read: (m) => ({ done: num(m[1]), total: num(m[2]), unit: normalizeUnit(m[3]!), doneGroup: 1 }),
  },
  // "142 pages / 584 pages", "142page / 584page", "3 lectures of 20 lectures": the unit after both numbers
  {
    re: new RegExp(`(?<![\\d/:.])${NUM}\\s*${UNIT}\\s*(?:/|out\\s+of|of)\\s*${NUM}\\s*${UNIT}(?![\\w])`, 'i'),
    needs: G_SLASH | G_OF,
    read: (m) => (normalizeUnit(m[2]!) === normalizeUnit(m[4]!) ? { done: num(m[1]), total: num(m[3]), unit: normalizeUnit(m[2]!), doneGroup: 1 } : null),
  },
  // "page 120 of 600", "chapter 3/12", "week 2 of 6", "lesson 7 (of 20)"
  {
    re: new RegExp(`\\b${UNIT}\\s*#?${NUM}\\s*(?:/|of|de|sur|von|\\(\\s*of)\\s*${NUM}\\b\\)?`, 'i'),
    needs: G_SLASH | G_OF,
    read: (m) => ({ done: num(m[2]), total: num(m[3]), unit: normalizeUnit(m[1]!), doneGroup: 2 }),
  },
  // "chapters 1-5 done", "lectures 1–10 watched": a range from the first is that many done
  {
    // ("ch1-ch8 done": the unit said again after the dash.)
    re: new RegExp(`\\b${UNIT}\\s*#?1\\s*(?:-|–|—|to|through|thru)\\s*(?:(?:${UNIT_WORDS})\\.?\\s*)?${NUM}\\s+(?:are\\s+|is\\s+)?(?:done|finished|completed|watched|read|covered)\\b`, 'i'),
    needs: G_DONE_WORD,
    read: (m) => ({ done: num(m[2]), total: null, unit: normalizeUnit(m[1]!), doneGroup: 2 }),
  },
  // "finished lectures 1-14", "watched videos 1–10": a range from the first is that many done
  // ("Read chapters 1-4" is a task: "read" may be an order)
  {
    re: new RegExp(`\\b(?:finished|completed|done\\s+with|done|watched|covered)\\s+(?:the\\s+)?${UNIT}\\s*#?1\\s*(?:-|–|—|to)\\s*${NUM}\\b`, 'i'),
    needs: G_DONE_WORD,
    read: (m) => ({ done: num(m[2]), total: null, unit: normalizeUnit(m[1]!), doneGroup: 2 }),
  },
  // "finished chapter 8", "Just finished Chapter 1", "done with lecture 3", "completed week 2"
  {
    re: new RegExp(`\\b(?:finished|completed|done\\s+with|done|read|watched|covered)\\s+(?:the\\s+)?${UNIT}\\s*#?${NUM}\\b(?!\\s*(?:-|–|to)\\s*\\d)`, 'i'),
    needs: G_DONE_WORD,
    read: (m) => ({ done: num(m[2]), total: null, unit: normalizeUnit(m[1]!), doneGroup: 2 }),
  },
  // "chapter 12 done", "lecture 3 finished"
  {
    re: new RegExp(`\\b${UNIT}\\s*#?${NUM}\\s+(?:is\\s+)?(?:done|finished|completed)\\b`, 'i'),
    needs: G_DONE_WORD,
    read: (m) => ({ done: num(m[2]), total: null, unit: normalizeUnit(m[1]!), doneGroup: 2 }),
  },
  // "finished 3 chapters", "completed 12 lectures", "read 120 pages"
  {
    re: new RegExp(`\\b(?:finished|completed|done|read|watched|solved)\\s+${NUM}\\s+${UNIT}(?![\\w])`, 'i'),
    needs: G_DONE_WORD,
    read: (m) => ({ done: num(m[1]), total: null, unit: normalizeUnit(m[2]!), doneGroup: 1 }),
  },
  // "currently on chapter 5", "at lecture 7" → the ones before it are done
  {
    // (And "voy por el capítulo 4", "estou no capítulo 4", "je suis au chapitre 4", "ich bin bei Kapitel 4".)
    re: new RegExp(`(?:\\b(?:currently\\s+)?(?:on|at)|\\bvoy por(?:\\s+(?:el|la))?|\\bestoy en(?:\\s+(?:el|la))?|\\bestou\\s+n[ao]|\\bje suis (?:au|à la)|\\bich bin bei)\\s+${UNIT}\\s*#?${NUM}\\b(?!\\s*(?:-|–|to|of|de|sur|von|/)\\s*\\d)`, 'i'),
    needs: G_ON_AT,
    read: (m) => {
      const n = num(m[2]);
      return n >= 1 ? { done: n - 1, total: null, unit: normalizeUnit(m[1]!), doneGroup: 2 } : null;
    },
  },
  // "40%", "40 % done", "progress: 40%" (not a rank: "top 10%"; not a word's measure inside
  // a sentence: "very few 100% English-speaking", "解決 80% 的題目"; not a bar to clear:
  // "80%+", "≥ 90%", "> 75%")
  {
    re: /(?<![\w.])(?<!\b(?:top|bottom|first|last)\s*)(?<![>≥]\s*)(\d{1,3}(?:\.\d+)?)\s?%(?!\+)(?:\s+(?:done|complete|completed|finished))?(?!\s*(?!(?:of|through|thru|read|in|done|complete|completed|finished|progress|watched)\b)\p{L})/iu,
    needs: G_PERCENT,
    read: (m) => {
      const n = num(m[1]);
      return n <= 100 ? { done: n, total: 100, unit: 'percent', doneGroup: 1 } : null;
    },
  },
];

/**
 * "Blind 75: 20/75", "NeetCode 150 - 37/150": a count of parts done after a name, without a
 * unit (so, in parts). Only a fraction that cannot be a date is one: a total over 31, or the
 * total named in the title itself. Null for anything else.
 */
export function findBareFraction(text: string): ProgressMatch | null {
  const m = BARE_FRACTION_RE.exec(text);
  if (!m) return null;
  const done = Number(m[1]);
  const total = Number(m[2]);
  if (total === 0 || done > total) return null;
  const named = new RegExp(`(?<!\\d)${total}(?!\\d)`).test(text.slice(0, m.index));
  // ("Chapter 4: 11/29": a chapter's count, not the 29th of November.)
  if (total <= 31 && !named && !PART_NAME_RE.test(text.slice(0, m.index))) return null;
  const doneIndex = m.index + m[0].indexOf(m[1]!);
  return { done, total, unit: 'part', index: m.index, length: m[0].length, doneIndex, doneLength: m[1]!.length };
}
/**
 * "(3/10)", "[288/288]", "（18/20）" at the end of a name: a count of its parts (full-width brackets
 * as Chinese and Japanese write them); "(done with 3/6)" says the same.
 */
export const BRACKET_FRACTION_RE = /\s*[[(（【［]\s*(?:(?:done with|finished|completed|did)\s+)?(\d{1,5})\s*[/／]\s*(\d{1,5})\s*[\])）】］]$/i;

/** The count in brackets that ends a line ("- Dune (3/10)", "- 课本（18/20） "), where the reader reads an entry's parts: null when there is none. */
export function findBracketFraction(text: string): ProgressMatch | null {
  const end = text.trimEnd();
  const m = BRACKET_FRACTION_RE.exec(end);
  if (!m) return null;
  const done = Number(m[1]);
  const total = Number(m[2]);
  if (total === 0 || done > total) return null;
  const doneIndex = m.index + m[0].indexOf(m[1]!);
  return { done, total, unit: 'part', index: m.index, length: m[0].length, doneIndex, doneLength: m[1]!.length };
}
const PART_NAME_RE = /^\W*(?:chapters?|ch\.?|lessons?|modules?|units?|parts?|sections?|kapitel|cap[íi]tulos?|chapitres?)\s*#?\d+(?:\.\d+)*\s*$/iu;
const BARE_FRACTION_RE = /\s*(?:[:：]|\s[-–—])\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/;

/** The status a count says: all of it done, some of it (under way), or none. */
export function statusOfProgress(p: { done: number; total: number | null }): 'done' | 'doing' | 'todo' {
  return p.total !== null && p.done >= p.total ? 'done' : p.done > 0 ? 'doing' : 'todo';
}

/** "3/10" as a cell's or a field's whole value: parts done of a whole (no unit, so no date-like doubt). */
export function wholeFraction(value: string): { done: number; total: number; unit: string } | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!m || Number(m[2]) === 0 || Number(m[1]) > Number(m[2])) return null;
  return { done: Number(m[1]), total: Number(m[2]), unit: 'part' };
}

/** Every unit word and its plurals, lower case. */
const UNIT_SET: ReadonlySet<string> = new Set(UNIT_WORDS.split('|'));

/** The unit a word alone names ("Chapters", "pg", "Vorlesungen"), or null when it names none. */
export function unitOfWord(raw: string): string | null {
  const w = raw.trim().toLowerCase().replace(/\.$/, '');
  return w.length > 0 && UNIT_SET.has(w) ? normalizeUnit(w) : null;
}

/**
 * Every progress pattern but "40%" has a unit word right before a number ("Lec 1",
 * "chapter #3", "p. 12") or right after one ("3/10 videos"): a cheap look at the words
 * beside each number before trying the ten patterns.
 */
function unitNextToNumber(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) { i++; continue; }
    const start = i;
    while (i < n && isDigitCode(text.charCodeAt(i))) i++;
    // Before: unit, ".", spaces, "#", number.
    let j = start - 1;
    if (j >= 0 && text.charCodeAt(j) === 35 /* # */) j--;
    while (j >= 0 && isSpaceCode(text.charCodeAt(j))) j--;
    if (j >= 0 && text.charCodeAt(j) === 46 /* . */) j--;
    const wordEnd = j + 1;
    while (j >= 0 && isUnitLetter(text.charCodeAt(j))) j--;
    if (wordEnd > j + 1 && UNIT_SET.has(text.slice(j + 1, wordEnd).toLowerCase())) return true;
    // After: number, spaces, unit. (Or a unit of four letters or more glued to it: "142page".)
    let k = i;
    while (k < n && isSpaceCode(text.charCodeAt(k))) k++;
    const wordStart = k;
    while (k < n && isUnitLetter(text.charCodeAt(k))) k++;
    if (k > wordStart && (wordStart > i || k - wordStart >= 4) && UNIT_SET.has(text.slice(wordStart, k).toLowerCase())) return true;
  }
  return false;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter of a unit word: ASCII, or an accented Latin one ("capítulo", "página"). */
function isUnitLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Finds the first progress phrase in `text`, or null. */

export function findProgress(text: string): ProgressMatch | null {
  // The same text is often searched again straight away (a line's tests, then its entry's):
  // the last answer is kept, and each caller gets a copy of its own.
  if (text !== lastProgress.text) {
    lastProgress.text = text;
    lastProgress.found = searchProgress(text, true);
  }
  return lastProgress.found === null ? null : { ...lastProgress.found };
}
const lastProgress: { text: string | null; found: ProgressMatch | null } = { text: null, found: null };

/**
 * The same search trying every pattern, without the cheap tests that skip them. For tests
 * only: the gates must never change an answer.
 */
export function findProgressUngated(text: string): ProgressMatch | null {
  return searchProgress(text, false);
}

function searchProgress(text: string, gated: boolean): ProgressMatch | null {
  if (gated && !text.includes('%') && !unitNextToNumber(text)) return findCjkUnit(text) ?? findOtherLanguageUnit(text) ?? findForeignCount(text) ?? findHalf(text) ?? findPageMark(text);
  const gates = gated ? progressGates(text) : -1;
  for (const p of PROGRESS_PATTERNS) {
    if (p.all ? (gates & p.needs) !== p.needs : (gates & p.needs) === 0) continue;
    const m = p.re.exec(text);
    if (!m) continue;
    const r = p.read(m);
    if (!r || !Number.isFinite(r.done)) continue;
    // (Every unit here counts whole things: "lecture 5 of 6.824" names the course, not a total.)
    if (r.total !== null && (r.total <= 0 || r.done > r.total || !Number.isInteger(r.total))) continue;
    const doneText = m[r.doneGroup]!;
    // Position of the done number: search within the match after its unit words.
    const rel = locateGroup(m, r.doneGroup);
    const found: ProgressMatch = {
      done: r.done, total: r.total, unit: r.unit, index: m.index, length: m[0].length,
      doneIndex: m.index + rel, doneLength: doneText.length,
    };
    if (r.total === null && Number(doneText) === r.done) addRemaining(text, found);
    return found;
  }
  return findCjkUnit(text) ?? findOtherLanguageUnit(text) ?? findForeignCount(text) ?? findHalf(text) ?? findPageMark(text);
}

// "Infinite Jest (p. 200)", "Anathem [page 312]", "大话设计模式 p54", "Deep Work p. 120": a page
// reached, at the end, as a bookmark (in brackets, or a page's abbreviation and its number).
const PAGE_MARK_RE = /(?:[([]\s*(?:p\.?|pg\.?|page)\s*(\d{1,5})\s*[)\]]|\s(?:p\.|pg\.|page)\s?(\d{1,5})|\sp(\d{1,5}))\s*$/i;

/** The page a book's entry says it has reached, at its end. */
function findPageMark(text: string): ProgressMatch | null {
  const last = codeAt(text, text.length - 1);
  if (last !== 41 && last !== 93 && (last < 48 || last > 57)) return null;
  const m = PAGE_MARK_RE.exec(text);
  if (!m) return null;
  const n = (m[1] ?? m[2] ?? m[3])!;
  const doneIndex = m.index + m[0].lastIndexOf(n);
  return { done: Number(n), total: null, unit: 'page', index: m.index, length: m[0].length, doneIndex, doneLength: n.length };
}

// "读到第5章" (read up to chapter 5), "看到第12集", "学到第4课", "第3章まで": up to that unit.
const CJK_UNIT_RE = /(?:(?:[读讀看学學做刷]到|进行到|進行到|到了)\s*第\s*(\d+)\s*([章节節课課讲講集页頁周週回話条條])|第\s*(\d+)\s*([章節課講回話週])\s*まで)/u;
const CJK_UNITS: Record<string, string> = {
  章: 'chapter', 节: 'section', 節: 'section', 课: 'lesson', 課: 'lesson', 讲: 'lecture', 講: 'lecture', 集: 'episode', 話: 'episode', 回: 'lecture', 页: 'page', 頁: 'page', 周: 'week', 週: 'week', 条: 'article', 條: 'article',
};
// "已学完“P12. 数组练习讲解”", "已学到P03第一个程序", "已学到“条款12”", "已学完“05 文件权限管理”": the
// part reached, by its number: a video's part (P12, as video sites number them), a book's item,
// a lesson's number in front of its name. The name after the number is that part's, not a count.
const CJK_REACH_RE = /(?:[读讀看学學做刷][完到]|进行到|進行到)\s*[“"「『]?\s*(?:P\s*(\d{1,4})(?![\d.]\d)|条款\s*(\d{1,4})|(\d{1,3})(?=[\s、．_]\S|\.\s*\D))/u;
const CJK_REACH_VERB_RE = /[读讀看学學做刷进進]/u;
// "已学完“人教版必修一 P9”": a book's page, last in the position reached.
const CJK_REACH_PAGE_RE = /(?:[读讀看学學做刷][完到]|进行到|進行到)\s*[“"「『]?[^“”"「」『』]{1,40}?\s[Pp]\.?\s*(\d{1,4})\s*[”"」』]?\s*$/u;

// "3장까지 읽음", "12강까지": up to that unit, in Korean.
const KO_UNTIL_RE = /(\d+)\s*(장|강|과|주차|회)\s*까지/u;
const KO_UNITS: Record<string, string> = { 장: 'chapter', 강: 'lecture', 과: 'lesson', 주차: 'week', 회: 'lecture' };

/** How far along, said in Chinese, Japanese or Korean by the unit reached. */
function findCjkUnit(text: string): ProgressMatch | null {
  if (text.includes('까지')) {
    const k = KO_UNTIL_RE.exec(text);
    if (k) return { done: Number(k[1]), total: null, unit: KO_UNITS[k[2]!]!, index: k.index, length: k[0].length, doneIndex: k.index, doneLength: k[1]!.length };
  }
  if (!text.includes('第')) return findCjkReach(text);
  const m = CJK_UNIT_RE.exec(text);
  if (!m) return findCjkReach(text);
  const n = m[1] ?? m[3]!;
  const at = m.index + m[0].indexOf(n);
  return { done: Number(n), total: null, unit: CJK_UNITS[(m[2] ?? m[4])!]!, index: m.index, length: m[0].length, doneIndex: at, doneLength: n.length };
}

/** "第 7 讲", "第3章": a numbered unit as a position, without a verb (in a "current chapter" column). */
export function cjkPosition(text: string): { done: number; unit: string } | null {
  const m = /第\s*(\d{1,4})\s*([章节節课課讲講集页頁周週回話条條])/u.exec(text);
  return m ? { done: Number(m[1]), unit: CJK_UNITS[m[2]!]! } : null;
}

function findCjkReach(text: string): ProgressMatch | null {
  // (Most texts hold none of the verbs: one scan for them first.)
  if (!CJK_REACH_VERB_RE.test(text)) return null;
  let m = CJK_REACH_RE.exec(text);
  const unit = m ? (m[1] !== undefined ? 'video' : m[2] !== undefined ? 'item' : 'lesson') : 'page';
  if (!m && !(m = CJK_REACH_PAGE_RE.exec(text))) return null;
  const n = (m[1] ?? m[2] ?? m[3])!;
  // (The part is named: a new count would leave the old part's name beside it.)
  return { done: Number(n), total: null, unit, index: m.index, length: m[0].length, doneIndex: m.index + m[0].lastIndexOf(n), doneLength: n.length, named: true };
}

/** More of other languages' units (the table below them wins where both list a word): the forms a count is written with. */
const MORE_UNITS: readonly (readonly [string, string])[] = [
  // Russian, Ukrainian (more forms and units)
  ['chapter', 'розділи розділів'], ['lecture', 'лек лек. лекцию лекцій лекції'], ['lesson', 'уроки уроків'],
  ['week', 'тиждень тижні тижнів'], ['page', 'сторінка сторінки сторінок'], ['video', 'видео відео'],
  ['course', 'курс курса курсов курсів'], ['book', 'книга книги книг книжок'], ['exercise', 'упражнение упражнения упражнений вправа вправи вправ'],
  ['problem', 'задачі'], ['day', 'день дня дней дні днів'], ['section', 'раздел раздела разделов'],
  ['topic', 'тема темы тем теми'], ['part', 'часть части частей частина частини'], ['episode', 'серия серии серий эпизод эпизода эпизодов'],
  ['module', 'модулів'],
  // Polish
  ['exercise', 'ćwiczenie ćwiczenia ćwiczeń'], ['problem', 'zadanie zadania zadań'], ['video', 'wideo filmy filmów'],
  ['course', 'kurs kursy kursów'], ['book', 'książka książki książek'], ['day', 'dzień dni'],
  ['week', 'tygodni tygodnie'], ['page', 'strony'], ['episode', 'odcinek odcinki odcinków'],
  ['topic', 'temat tematy tematów'], ['section', 'sekcja sekcje sekcji'], ['part', 'część części'],
  ['lesson', 'lekcje'],
  // Czech, Slovak
  ['chapter', 'kapitol kapitolu'], ['lecture', 'přednášek prednáška prednášky prednášok'], ['lesson', 'lekce lekcí lekcia lekcie lekcií'],
  ['week', 'týden týdny týdnů týždeň týždne týždňov'], ['page', 'strana strany stran stránek strán'], ['problem', 'úloha úlohy úloh'],
  ['exercise', 'cvičení cvičenie cvičenia'], ['video', 'videí videá'], ['course', 'kurz kurzy kurzů kurzov'],
  ['book', 'kniha knihy knih kníh'], ['day', 'dnů dní deň'], ['module', 'modul moduly modulů modulov'],
  ['episode', 'díl díly dílů diel diely dielov'], ['topic', 'téma témata témat témy tém'], ['part', 'část části časť častí'],
  // Hungarian
  ['chapter', 'fejezet fejezetet fejezetből'], ['lecture', 'előadás előadást'], ['lesson', 'lecke leckét leckék'],
  ['week', 'hét hetet'], ['page', 'oldal oldalt'], ['problem', 'feladat feladatot'],
  ['exercise', 'gyakorlat gyakorlatot'], ['video', 'videó videót'], ['course', 'kurzus kurzust tanfolyam'],
  ['book', 'könyv könyvet'], ['day', 'nap napot'], ['module', 'modult'],
  ['part', 'rész részt'], ['episode', 'epizód epizódot'], ['topic', 'téma témát'],
  // Finnish
  ['chapter', 'luku lukua luvusta luvut'], ['lecture', 'luento luentoa luennot luennosta'], ['lesson', 'oppitunti oppituntia'],
  ['week', 'viikko viikkoa'], ['page', 'sivu sivua sivut'], ['problem', 'tehtävä tehtävää tehtävät tehtävästä'],
  ['exercise', 'harjoitus harjoitusta harjoitukset'], ['video', 'videota videot'], ['course', 'kurssi kurssia kurssit'],
  ['book', 'kirja kirjaa kirjat'], ['day', 'päivä päivää'], ['module', 'moduuli moduulia'],
  ['part', 'osa osaa osat'], ['episode', 'jakso jaksoa'],
  // Romanian ("curs", a university's lecture)
  ['chapter', 'capitol capitolul capitole capitolele'], ['lecture', 'curs cursul cursuri'], ['lesson', 'lecție lecția lecții lectie lectia lectii'],
  ['week', 'săptămâna săptămână săptămâni saptamana'], ['page', 'pagină pagini'], ['problem', 'problemă probleme'],
  ['exercise', 'exercițiu exerciții exercitiu exercitii'], ['video', 'videoclip videoclipuri'], ['book', 'carte cărți'],
  ['day', 'zi zile ziua'], ['module', 'modulul'], ['part', 'parte partea părți'],
  ['episode', 'episod episodul episoade'], ['section', 'secțiune secțiunea secțiuni'],
  // Greek
  ['chapter', 'κεφάλαιο κεφάλαια κεφαλαίου κεφαλαίων'], ['lecture', 'διάλεξη διαλέξεις διαλέξεων'], ['lesson', 'μάθημα μαθήματα μαθήματος μαθημάτων'],
  ['week', 'εβδομάδα εβδομάδες εβδομάδων'], ['page', 'σελίδα σελίδες σελίδων'], ['exercise', 'άσκηση ασκήσεις ασκήσεων'],
  ['problem', 'πρόβλημα προβλήματα'], ['video', 'βίντεο'], ['book', 'βιβλίο βιβλία βιβλίων'],
  ['day', 'ημέρα ημέρες μέρα μέρες'], ['unit', 'ενότητα ενότητες ενοτήτων'], ['episode', 'επεισόδιο επεισόδια'],
  // Danish, Norwegian, Swedish
  ['chapter', 'kapitel kapitler kapitlet kapittel kapitlar'], ['lecture', 'forelæsning forelæsninger forelesning forelesninger föreläsning föreläsningar'], ['lesson', 'lektion lektioner leksjon leksjoner'],
  ['week', 'uge uger uke uker vecka veckor'], ['page', 'sider sida sidor'], ['problem', 'opgave opgaver oppgave oppgaver uppgift uppgifter'],
  ['exercise', 'øvelse øvelser övning övningar'], ['video', 'videoer videor'], ['course', 'kursus kurser'],
  ['book', 'bog bøger bok bøker böcker'], ['day', 'dage dager dagar'], ['module', 'moduler'],
  ['part', 'dele deler delar'], ['episode', 'episoder afsnit'],
  // Italian
  ['exercise', 'esercizio esercizi'], ['problem', 'problemi'], ['course', 'corso corsi'],
  ['book', 'libro libri'], ['day', 'giorno giorni'], ['part', 'parte parti'],
  ['episode', 'episodio episodi'], ['section', 'sezione sezioni'], ['unit', 'unità'],
  ['topic', 'argomento argomenti'], ['module', 'moduli'],
  // Dutch
  ['lecture', 'college colleges hoorcollege hoorcolleges'], ['week', 'weken'], ['page', "pagina's"],
  ['exercise', 'opdracht opdrachten oefening oefeningen'], ['problem', 'opgaven'], ['video', "video's"],
  ['course', 'cursus cursussen'], ['book', 'boek boeken'], ['day', 'dag dagen'],
  ['part', 'deel delen'], ['episode', 'aflevering afleveringen'],
  // Indonesian, Malay
  ['exercise', 'latihan'], ['problem', 'soal'], ['module', 'modul'],
  ['course', 'kursus'], ['book', 'buku'], ['day', 'hari'],
  ['part', 'bagian'], ['lecture', 'pertemuan'], ['topic', 'materi'],
  // Vietnamese
  ['exercise', 'bài_tập'], ['course', 'khóa_học'], ['book', 'cuốn sách'],
  ['day', 'ngày'], ['part', 'phần'], ['episode', 'tập'],
  ['session', 'buổi'],
  // Turkish
  ['course', 'kurs kursu'], ['book', 'kitap'], ['day', 'gün'],
  ['problem', 'soru'], ['exercise', 'alıştırma'], ['topic', 'konu'],
  ['part', 'kısım'],
  // Spanish, Portuguese, French, German: the units UNIT_ALIASES leaves out
  ['unit', 'unidad unidades unidade unidades unité unités einheit einheiten'], ['topic', 'tema temas thema themen'], ['episode', 'episodio episodios episódio episódios épisode épisodes folge folgen'],
  ['course', 'curso cursos kurs kurse'], ['book', 'libro libros livro livros livre livres buch bücher'], ['section', 'sección secciones seção seções secção abschnitt abschnitte'],
  ['part', 'parte partes partie parties teil teile'], ['video', 'vídeos vidéo vidéos'], ['exercise', 'übung übungen'],
  ['day', 'tag tage'], ['session', 'séance séances sesión sesiones sessão sessões'],
  // Words English shares, with another language's "of" ("video 3 di 10", "module 2 van 6")
  ['video', 'video videos'], ['module', 'module modules'], ['project', 'project projects projecten'],
  // Arabic, Persian, Hebrew
  ['chapter', 'فصل פרק פרקים'], ['lesson', 'درس دروس שיעור שיעורים'], ['lecture', 'محاضرة محاضرات جلسه הרצאה הרצאות'],
  ['week', 'أسبوع هفته שבוע שבועות'], ['page', 'صفحة صفحات صفحه עמוד עמודים'], ['video', 'فيديو ویدیو ویدئو סרטון סרטונים'],
  ['exercise', 'تمرين تمارين تمرین תרגיל תרגילים'], ['book', 'كتاب كتب کتاب ספר ספרים'], ['day', 'يوم أيام روز יום ימים'],
  ['course', 'دورة دوره קורס'], ['unit', 'وحدة יחידה'], ['part', 'جزء بخش قسمت חלק'],
];

/**
 * Units as other languages name them, where the English patterns' word boundaries do not
 * reach (Cyrillic, Vietnamese, Polish letters) or no word stands apart (章, 강).
 */
const OTHER_UNITS: Record<string, string> = {
  ...unitWords(MORE_UNITS),
  // Russian, Ukrainian
  глава: 'chapter', главы: 'chapter', глав: 'chapter', 'гл.': 'chapter', розділ: 'chapter', лекция: 'lecture', лекции: 'lecture', лекций: 'lecture', лекція: 'lecture',
  урок: 'lesson', урока: 'lesson', уроков: 'lesson', занятие: 'lesson', занятия: 'lesson', занятий: 'lesson', модуль: 'module', модуля: 'module', модулей: 'module',
  неделя: 'week', недели: 'week', недель: 'week', страница: 'page', страницы: 'page', страниц: 'page', 'стр.': 'page', задача: 'problem', задачи: 'problem', задач: 'problem',
  // Polish, Czech
  rozdział: 'chapter', rozdziału: 'chapter', rozdziałów: 'chapter', rozdziały: 'chapter', wykład: 'lecture', wykładu: 'lecture', wykładów: 'lecture',
  lekcja: 'lesson', lekcji: 'lesson', moduł: 'module', modułu: 'module', modułów: 'module', tydzień: 'week', tygodnia: 'week', strona: 'page', stron: 'page',
  kapitola: 'chapter', kapitoly: 'chapter', přednáška: 'lecture', přednášky: 'lecture',
  // Turkish
  bölüm: 'chapter', ünite: 'unit', ders: 'lesson', hafta: 'week', sayfa: 'page', modül: 'module',
  // Vietnamese
  chương: 'chapter', bài: 'lesson', tuần: 'week', trang: 'page', 'bài giảng': 'lecture',
  // Italian, Dutch, Indonesian
  capitolo: 'chapter', capitoli: 'chapter', lezione: 'lecture', lezioni: 'lecture', settimana: 'week', settimane: 'week', pagine: 'page',
  hoofdstuk: 'chapter', hoofdstukken: 'chapter', les: 'lesson', lessen: 'lesson', bab: 'chapter', pelajaran: 'lesson', minggu: 'week', halaman: 'page',
};
/** Units by word, from lists of space-separated words by unit (`_` a space inside a word); where two languages share a word, the first listed wins. */
function unitWords(table: readonly (readonly [string, string])[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [unit, words] of table) {
    for (const w of words.trim().split(/\s+/)) out[w.replace(/_/g, ' ').toLowerCase()] ??= unit;
  }
  return out;
}
const OTHER_UNIT_WORDS = Object.keys(OTHER_UNITS).sort((a, b) => b.length - a.length).map((u) => u.replace(/\./g, '\\.')).join('|');
/** "of" between two numbers, in those languages: "из", "z", "di", "van", "dari", "trên", "de", "von", "sur", "av", "af", "din", "από", "من", "از", "מתוך", "/". */
const OTHER_OF_WORDS = 'из|із|z|ze|di|van|dari|trên|od|de|von|sur|av|af|din|από|من|از|מתוך';
const OTHER_OF = `(?:/|${OTHER_OF_WORDS})`;
const OTHER_OF_WORD_RE = new RegExp(`\\d\\s*(?:${OTHER_OF_WORDS})\\s*\\d`, 'i');
/** "глава 3 из 12", "rozdział 3 z 12", "chương 3/12", "bölüm 3/12": the unit, then how many of how many. */
const OTHER_UNIT_OF_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${OTHER_UNIT_WORDS})\\s*#?(\\d+)\\s*${OTHER_OF}\\s*(\\d+)(?![\\p{N}])`, 'iu');
/** "3 из 12 глав", "3/12 bölüm": how many of how many, then the unit. */
const OTHER_OF_UNIT_RE = new RegExp(`(?<![\\p{L}\\p{N}/.:])(\\d+)\\s*${OTHER_OF}\\s*(\\d+)\\s+(${OTHER_UNIT_WORDS})(?![\\p{L}])`, 'iu');
/** Units written right after their number in Chinese, Japanese and Korean (강 a lecture, 장 a chapter, 주 a week, 과 a lesson). */
const CJK_COUNT_UNITS: Record<string, string> = { 강: 'lecture', 장: 'chapter', 주: 'week', 과: 'lesson', 쪽: 'page' };
/** "3/12 章", "3/10章まで", "3강/20강", "第2讲/共10讲": how many of how many, with the unit after either number. */
const CJK_FRACTION_RE = /(?<![\p{N}/.:])第?\s*(\d+)\s*([章节節课課讲講集页頁周週回話강장주과쪽])?\s*[/／]\s*共?\s*(\d+)\s*([章节節课課讲講集页頁周週回話강장주과쪽])/u;

/** How far along, said in a language whose units the English patterns miss. */
function findOtherLanguageUnit(text: string): ProgressMatch | null {
  if (!/\d/.test(text)) return null;
  // (Each wording has a word for "of" between its numbers, or a slash: right between them when
  // the text is ASCII alone, "3/10 opdrachten"; beside a unit glued to them otherwise, "3강/20강".)
  if (!OTHER_OF_WORD_RE.test(text) && !(/[^\x00-\x7f]/.test(text) ? text.includes('/') || text.includes('／') : /\d\s*\/\s*\d/.test(text))) return null;
  let m = CJK_FRACTION_RE.exec(text);
  if (m && (m[2] === undefined || m[2] === m[4])) {
    const done = Number(m[1]);
    const total = Number(m[3]);
    const u = m[4]!;
    if (total > 0 && done <= total) {
      return { done, total, unit: CJK_UNITS[u] ?? CJK_COUNT_UNITS[u]!, index: m.index, length: m[0].length, doneIndex: m.index + m[0].indexOf(m[1]!), doneLength: m[1]!.length };
    }
  }
  m = OTHER_UNIT_OF_RE.exec(text);
  if (m) {
    const done = Number(m[2]);
    const total = Number(m[3]);
    if (total > 0 && done <= total) {
      const at = m.index + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!);
      return { done, total, unit: OTHER_UNITS[m[1]!.toLowerCase()]!, index: m.index, length: m[0].length, doneIndex: at, doneLength: m[2]!.length };
    }
  }
  m = OTHER_OF_UNIT_RE.exec(text);
  if (m) {
    const done = Number(m[1]);
    const total = Number(m[2]);
    if (total > 0 && done <= total) return { done, total, unit: OTHER_UNITS[m[3]!.toLowerCase()]!, index: m.index, length: m[0].length, doneIndex: m.index, doneLength: m[1]!.length };
  }
  return null;
}

/** A unit named in a language other than English, by its word (plural forms of the western ones too): for the wordings below. */
const FOREIGN_UNITS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const [w, u] of Object.entries({ ...WESTERN_UNITS, kapitel: 'chapter' })) for (const f of /[aeiouéó]$/.test(w) ? [w, `${w}s`, `${w}n`] : [w, `${w}es`, `${w}en`]) if (!out.has(f)) out.set(f, u);
  for (const [w, u] of Object.entries(OTHER_UNITS)) if (!out.has(w) && !(w in UNIT_ALIASES)) out.set(w, u);
  return out;
})();
const FOREIGN_UNIT_WORDS = [...FOREIGN_UNITS.keys()].sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/\./g, '\\.')).join('|');
/** Done, said in any language here, and a few past tenses of reading and watching a status list would not hold. */
const FOREIGN_DONE_WORDS = [
  ...statusWords().filter((w) => w.status === 'done' && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(w.form)).map((w) => w.form),
  'done', 'finished', 'completed', 'vistos', 'vistas', 'прочитана', 'пройдена', 'просмотрена', 'завершена', 'прочитал', 'прочитала', 'посмотрел', 'посмотрела', 'прошёл', 'прошел', 'прошла', 'przeczytałem', 'przeczytałam', 'obejrzałem',
  'leí', 'vi', 'terminé', 'li', 'assisti', 'terminei', 'ho letto', 'ho visto', 'j\'ai lu', 'ich habe gelesen', 'přečetl', 'přečetla', 'luettu', 'katsottu',
  'elolvastam', 'citit', 'am citit', 'διάβασα', 'đã đọc', 'đã học', 'đã xem', 'sudah baca', 'sudah dibaca', 'selesai', 'läst', 'læst', 'lest', 'gelezen', 'gezien',
]
  // (Not a word of two letters, "vi", "lu", nor "lista", also a list.)
  .filter((w) => w.length > 2 && !/^list[ao]s?$/.test(w))
  .sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/** Where a done word after a count ends: the text's end, or a mark that closes a clause ("Kapitel 3 fertig lesen" is a task). */
const DONE_END = '(?=\\s*(?:$|[.,;!)\\]|]|\\s[-–—(]))';
/** "Up to", before a unit, in those languages. */
const FOREIGN_UP_TO = "hasta(?:\\s+(?:el|la))?|até(?:\\s+(?:o|a|ao|à))?|jusqu['’](?:au|à\\s+la|à)|bis(?:\\s+(?:zum|zur|einschlie(?:ß|ss)lich))?|fino\\s+(?:al|alla|a)|t/m|tot\\s+en\\s+met|tot|до|aż\\s+do|do|till\\s+och\\s+med|till|t\\.o\\.m\\.|til\\s+og\\s+med|til|đến(?:\\s+hết)?|tới|sampai(?:\\s+dengan)?|hingga|până\\s+la|μέχρι(?:\\s+(?:το|την|τη))?";
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
// "capítulo 5 terminado", "Lektion 7 abgeschlossen", "aula 7 concluída": the unit, its number, done.
const FOREIGN_UNIT_DONE_RE = new RegExp(`${B}(${FOREIGN_UNIT_WORDS})\\s*#?(\\d{1,4})${E}\\s*[:,–—-]?\\s*(?:${FOREIGN_DONE_WORDS})${DONE_END}`, 'iu');
// "7 Lektionen erledigt", "7 clases vistas", "12 глав прочитано": how many units, done.
const FOREIGN_COUNT_DONE_RE = new RegExp(`(?<![\\p{L}\\p{N}/.:])(\\d{1,4})\\s+(${FOREIGN_UNIT_WORDS})\\s*[:,–—-]?\\s*(?:${FOREIGN_DONE_WORDS})${DONE_END}`, 'iu');
// "leído hasta el capítulo 5", "gelesen bis Kapitel 5", "прочитал до главы 5": done, up to a unit.
const FOREIGN_DONE_UP_TO_RE = new RegExp(`${B}(?:${FOREIGN_DONE_WORDS})\\s+(?:${FOREIGN_UP_TO})\\s+(${FOREIGN_UNIT_WORDS})\\s*#?(\\d{1,4})${E}`, 'iu');
// "45% concluído", "45 % fertig": a share, done.
const FOREIGN_PERCENT_DONE_RE = new RegExp(`(?<![\\w.])(\\d{1,3}(?:\\.\\d+)?)\\s?%\\s*(?:${FOREIGN_DONE_WORDS})${E}`, 'iu');

/**
 * A done word anywhere, with the same flags and followed as each of the three word patterns
 * above needs it (by a space, a mark of DONE_END's or the end): each holds one, so where this
 * finds none, none of them can match. It is one search with no look-behind at every place, a
 * fraction of their cost, and most lines with a number say no such word.
 */
const FOREIGN_DONE_ANY_RE = new RegExp(`(?:${FOREIGN_DONE_WORDS})(?=[\\s.,;!)\\]|]|$)`, 'iu');

/** A count said done in a language other than English, with that language's words for the unit, for done and for "up to". */
function findForeignCount(text: string): ProgressMatch | null {
  if (!/\d/.test(text)) return null;
  // (The share's pattern needs its "%": no case folds to it.)
  let m = text.includes('%') ? FOREIGN_PERCENT_DONE_RE.exec(text) : null;
  if (m) {
    const done = Number(m[1]);
    if (done <= 100) return { done, total: 100, unit: 'percent', index: m.index, length: m[0].length, doneIndex: m.index, doneLength: m[1]!.length };
  }
  if (!FOREIGN_DONE_ANY_RE.test(text)) return null;
  m = FOREIGN_UNIT_DONE_RE.exec(text) ?? FOREIGN_DONE_UP_TO_RE.exec(text);
  if (m) {
    // (The number stands after the unit's word.)
    const doneIndex = m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
    return { done: Number(m[2]), total: null, unit: FOREIGN_UNITS.get(m[1]!.toLowerCase())!, index: m.index, length: m[0].length, doneIndex, doneLength: m[2]!.length };
  }
  m = FOREIGN_COUNT_DONE_RE.exec(text);
  if (m) return { done: Number(m[1]), total: null, unit: FOREIGN_UNITS.get(m[2]!.toLowerCase())!, index: m.index, length: m[0].length, doneIndex: m.index, doneLength: m[1]!.length };
  return null;
}

// "看了一半" (read half of it), "読んだのは半分", "la mitad", "a metade", "la moitié", "die
// Hälfte": half of it done. (Not "half an hour", "半年", "half of the team"; "halfway through"
// says under way, without a figure.)
const HALF_RE = /(?:[看读讀学學做刷]了|到了?)一半|一半了|半分(?:まで|読んだ|終わった)|\b(?:(?:hasta\s+)?la\s+mitad|(?:at[ée]\s+)?a\s+metade|(?:à\s+)?la\s+moiti[ée]|die\s+h[äa]lfte)(?![\p{L}])/iu;

const HALF_CUE_RE = /半|itad|etade|oiti|lfte/;

/** Half of a thing said done in words: 50 percent. */
function findHalf(text: string): ProgressMatch | null {
  // (Every wording holds one of these: most texts are looked at no further.)
  if (!HALF_CUE_RE.test(text)) return null;
  const m = HALF_RE.exec(text);
  if (!m) return null;
  return { done: 50, total: 100, unit: 'percent', index: m.index, length: m[0].length, doneIndex: m.index, doneLength: m[0].length };
}

// "…, 20 to go", "(3 left)", "and 5 more lectures remaining" right after a phrase without a total.
const REMAINING_RE = new RegExp(`^\\s*(?:[,;(–—-]\\s*)?(?:and\\s+|with\\s+|only\\s+)?(\\d+)\\s+(?:more\\s+)?(?:${UNIT}\\s+)?(?:to\\s+go|left|remaining)\\b\\)?`, 'i');

/** Reads what is left after a phrase as its total: "finished lectures 1-14, 20 to go" is 14 of 34. */
function addRemaining(text: string, found: ProgressMatch): void {
  const end = found.index + found.length;
  const m = REMAINING_RE.exec(text.slice(end));
  if (!m) return;
  found.total = found.done + Number(m[1]);
  found.remainingIndex = end + m[0].indexOf(m[1]!);
  found.remainingLength = m[1]!.length;
  found.length += m[0].length;
}

/** Offset of capture group `g` inside match `m` (without the `d` flag's cost on every exec). */
function locateGroup(m: RegExpExecArray, g: number): number {
  const whole = m[0];
  const target = m[g]!;
  // Walk groups in order so an earlier identical number is skipped.
  let from = 0;
  for (let i = 1; i < g; i++) {
    const s = m[i];
    if (s === undefined) continue;
    const at = whole.indexOf(s, from);
    if (at >= 0) from = at + s.length;
  }
  const at = whole.indexOf(target, from);
  return at >= 0 ? at : whole.indexOf(target);
}

// Words that say an item is finished, under way or dropped anywhere in its words, without
// numbers: vocabulary.ts's `phrase` words.
const DONE_WORDS = new RegExp(`(?:^|[\\s([\\-–—:|,])(?:${wordPattern('phrase', 'done')})(?:[\\s)\\].!,;]|$)`, 'i');
const DOING_WORDS = new RegExp(`\\b(?:${wordPattern('phrase', 'doing')})\\b`, 'i');
const SKIP_WORDS = new RegExp(`\\b(?:${wordPattern('phrase', 'skipped')})\\b`, 'i');

/** Any word the three tests above look for (each starts at a word boundary there): one scan. */
const ANY_STATUS_WORD = new RegExp(`\\b(?:${wordPattern('phrase', undefined, { marks: false })})|[${markClass('phrase')}]`, 'i');

export type StatusWord = 'done' | 'doing' | 'skipped';

/** A negation right before a status word: "not ", "not yet ", "never ", "isn't ", "(not ". */
const NEGATED_RE = /(?:\bnot|\bnever|n['’]t)(?:\s+(?:yet|quite|fully))?[\s(]*$/i;

/** A status said in words ("finished", "in progress", "dropped"), or null. */
/**
 * Where findStatusWord's word stands: its status and the index of the match (for a long
 * entry, where a word in the middle of a sentence, "whether a library is abandoned", is
 * about something else).
 */
export function findStatusWordAt(text: string): { status: StatusWord; index: number; end: number } | null {
  if (!ANY_STATUS_WORD.test(text)) return otherLanguage(text);
  for (const [re, status] of [[SKIP_WORDS, 'skipped'], [DOING_WORDS, 'doing'], [DONE_WORDS, 'done']] as const) {
    const m = re.exec(text);
    if (!m) continue;
    // "Count Change (not finished)", "Macros (not done yet)": the word said not so. Not finished is
    // begun and under way; not done says nothing a plain entry does not already.
    if (status === 'done' && NEGATED_RE.test(text.slice(Math.max(0, m.index - 16), m.index + 1))) {
      return /\b(?:finished|completed?)\b/i.test(m[0]) ? { status: 'doing', index: m.index, end: m.index + m[0].length } : null;
    }
    return { status, index: m.index, end: m.index + m[0].length };
  }
  return otherLanguage(text);
}

/**
 * The same said in another language ("Java核心技术 (看了一半了)", "Rust — estoy leyendo",
 * "SICP (devam ediyor)"): languages.ts's wordings that cannot be a title's own word. A
 * wording that says "not started" says nothing the entry does not already.
 */
function otherLanguage(text: string): { status: StatusWord; index: number; end: number } | null {
  if (!mayHoldInlineStatus(text)) return null;
  const f = findStatusPhrase(text);
  return f && f.status !== 'todo' ? { status: f.status, index: f.index, end: f.end } : null;
}

export function findStatusWord(text: string): StatusWord | null {
  return findStatusWordAt(text)?.status ?? null;
}

// ---------------------------------------------------------------------------
// Durations and estimates

export interface EstimateMatch {
  hours: number;
  index: number;
  length: number;
  /** The phrase is a rate ("6-10 hours/week", "2 hours a day"), not a total. */
  rate: 'week' | 'day' | null;
}

// Also in Spanish, Portuguese, French, German: "10 horas", "3 heures", "5 Stunden".
const HOUR_UNIT = '(?:hours?|hrs?|h|horas?|heures?|stunden?)';
const MIN_UNIT = '(?:minutes?|mins?|m)';
const RANGE = `(\\d+(?:\\.\\d+)?)(?:\\s*(?:-|–|—|to)\\s*(\\d+(?:\\.\\d+)?))?`;

/**
 * The middle of a range "a-b". A range runs upward: in "Leetcode 75 — 1 hour" the dash
 * separates a name from the figure, which is the second number alone.
 */
function mid(a: string | undefined, b: string | undefined): number {
  const x = Number(a);
  if (b === undefined) return x;
  const y = Number(b);
  return y < x ? y : (x + y) / 2;
}

/** Where a match of RANGE (groups 1 and 2) really starts: at its second number when that is no range. */
function rangeOffset(m: RegExpExecArray): number {
  if (m[1] === undefined || m[2] === undefined || Number(m[2]) >= Number(m[1])) return 0;
  const first = m[0].indexOf(m[1]);
  return m[0].indexOf(m[2], first + m[1].length);
}

interface EstimatePattern {
  re: RegExp;
  hours: (m: RegExpExecArray) => number;
  rate?: (m: RegExpExecArray) => 'week' | 'day' | null;
  /** Groups 1 and 2 are a RANGE: the phrase starts later when they are no range. */
  ranged?: boolean;
  /** Runs only on a text this matches (a cheap test for the words it cannot match without). */
  needs?: RegExp;
}

const FULL_TIME_RE = /(?:full|part)[- ]?time/i;
// Estimates said without an hour or minute unit after a number.
const WORDY_ESTIMATE_RE = /(?:full|part)[- ]?time|full[- ](?:days?|weeks?)|half\s+a\s+(?:day|week)|pomodoros?|weekends?\b|\d\s*UE\b|Unterrichtseinheit|\d\s*(?:个|個)?\s*(?:小时|小時|時間|시간)|[一二两兩三四五六七八九十半]\s*(?:个|個)?\s*半?\s*(?:小时|小時|钟头|鐘頭)|分钟|分鐘/i;

const RATE = '(?:\\s*(?:/|per|a|an|each|every)\\s*(week|wk|day|d)\\b)?';

const ESTIMATE_PATTERNS: EstimatePattern[] = [
  // "Matin (7h-9h)", "Soir (20h–22h)", "9h30-11h": a span of the day written with "h" for the
  // hour, as French and others write it (from six in the morning), so many hours; "2h-3h": a
  // range of lengths, its middle, as "2-3h" is.
  {
    re: /(?<![\d.:,])(\d{1,2})h(\d{2})?\s*[-–—]\s*(\d{1,2})h(\d{2})?(?![\p{L}\d])/u,
    hours: (m) => {
      const from = Number(m[1]) + Number(m[2] ?? 0) / 60;
      const to = Number(m[3]) + Number(m[4] ?? 0) / 60;
      if (to <= from || to > 24) return Number.NaN;
      return from >= 6 ? to - from : (from + to) / 2;
    },
    needs: /\dh\d{0,2}\s*[-–—]\s*\d/,
  },
  // "3 - 6 weeks full time", "a week full time", "4+ weeks full time", "2 days full-time",
  // "~2 weeks part-time" (half the hours)
  {
    re: new RegExp(`(?:(?:at\\s+least|less\\s+than|about|around|~)\\s*)?(?:${RANGE}\\+?|an?|one)\\s*(weeks?|days?|months?)\\s+(?:of\\s+)?(full|part)[- ]?time`, 'i'),
    hours: (m) => {
      const n = m[1] === undefined ? 1 : mid(m[1], m[2]);
      const unit = m[3]!.toLowerCase();
      const per = unit.startsWith('day') ? FULL_TIME_DAY_HOURS
        : unit.startsWith('month') ? FULL_TIME_WEEK_HOURS * WEEKS_PER_MONTH : FULL_TIME_WEEK_HOURS;
      return n * per * (m[4]!.toLowerCase() === 'part' ? 0.5 : 1);
    },
    ranged: true,
    needs: FULL_TIME_RE,
  },
  // "2 full days", "a full week", "half a day": full-time days and weeks said another way
  {
    re: new RegExp(`(?:(?:about|around|~)\\s*)?(?:(?:${RANGE}|an?|one)\\s*full[- ](days?|weeks?)|(half)\\s+an?\\s+(day|week))\\b`, 'i'),
    hours: (m) => {
      const unit = (m[3] ?? m[5]!).toLowerCase();
      const per = unit.startsWith('day') ? FULL_TIME_DAY_HOURS : FULL_TIME_WEEK_HOURS;
      return m[4] ? per / 2 : (m[1] === undefined ? 1 : mid(m[1], m[2])) * per;
    },
    ranged: true,
    needs: /full[- ](?:days?|weeks?)|half\s+a/i,
  },
  // "(2 weekends)", "a weekend": two full days each ("on weekends", "every weekend" are when, not how long)
  {
    re: new RegExp(`(?<!\\b(?:on|every|per|each|this|next|the|over|most|some|on\\s+the)\\s)(?:(?:about|around|~)\\s*)?(?:${RANGE}|an?|one)\\s*weekends?\\b(?!\\s*(?:/|per|a|each|every)\\b)`, 'i'),
    hours: (m) => (m[1] === undefined ? 1 : mid(m[1], m[2])) * 2 * FULL_TIME_DAY_HOURS,
    ranged: true,
    needs: /weekend/i,
  },
  // "3 pomodoros": 25 minutes each
  {
    re: /(?<![\w.])(\d+)\s*pomodoros?\b/i,
    hours: (m) => Number(m[1]) * 25 / 60,
    needs: /pomodoro/i,
  },
  // "(16UE)", "12 Unterrichtseinheiten": German teaching units, 45 minutes each
  {
    re: /(?<![\w.])(\d+(?:[.,]5)?)\s*(?:UE|Unterrichtseinheit(?:en)?)(?![\p{L}\d])/u,
    hours: (m) => Number(m[1]!.replace(',', '.')) * 0.75,
    needs: /UE|Unterrichtseinheit/,
  },
  // "11 lectures × 1h", "5 x 2 hours", "8 × 45 min": so many sittings of so long
  {
    re: new RegExp(`(?<![\\w.])(\\d+)\\s*(?:[a-z]+\\s*)?[x×*]\\s*(\\d+(?:\\.\\d+)?)\\s*(hours?|hrs?|h|minutes?|mins?|m)(?![a-z])(?!\\s*(?:/|per|a|an|each|every)\\s*(?:week|wk|day)\\b)`, 'i'),
    hours: (m) => Number(m[1]) * Number(m[2]) / (/^m/i.test(m[3]!) ? 60 : 1),
  },
  // "2h20", "17h30": hours and minutes run together, as French and course sites write them
  {
    re: /(?<![\w.:])(\d{1,3})h([0-5]\d)(?![\w.:])/i,
    hours: (m) => Number(m[1]) + Number(m[2]) / 60,
  },
  // "2h30m", "1h 30m", "2 hours 20 minutes"
  {
    re: new RegExp(`(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*${HOUR_UNIT}\\.?\\s*(?:and\\s+)?(\\d+)\\s*${MIN_UNIT}\\b`, 'i'),
    hours: (m) => Number(m[1]) + Number(m[2]) / 60,
  },
  // "(7 hours)", "~6h", "1.5 hrs", "3-4 hours", "6-10 hours/week", "2 hours a day"
  {
    re: new RegExp(`(?:(?:at\\s+least|less\\s+than|about|around|approx\\.?|~|≈)\\s*)?(?<![\\w.:])${RANGE}\\+?\\s*${HOUR_UNIT}(?![a-z])\\.?${RATE}`, 'i'),
    hours: (m) => mid(m[1], m[2]),
    rate: (m) => rateOf(m[3]),
    ranged: true,
  },
  // "45 mins", "10-30 minutes"
  {
    re: new RegExp(`(?:(?:at\\s+least|less\\s+than|about|around|~)\\s*)?(?<![\\w.:])${RANGE}\\+?\\s*(?:minutes?|mins?)\\b${RATE}`, 'i'),
    hours: (m) => mid(m[1], m[2]) / 60,
    rate: (m) => rateOf(m[3]),
    ranged: true,
  },
  // "(40m)", "[45m]": minutes alone in brackets, as a talk's or a video's length is written
  // ("40m" outside brackets may be metres or millions).
  {
    re: /[([]\s*~?(\d{1,3})\s*m\s*[)\]]/,
    hours: (m) => Number(m[1]) / 60,
  },
  // "（44小时）", "3-4 小時", "2時間", "3시간"; "每天2小时", "每周10小时", "10小时/周": a rate.
  {
    re: /(每天|每日|毎日|하루|每周|每週|毎週|매주)?\s*(?<![\d.])(\d+(?:\.\d+)?)(?:\s*[-–~～到至]\s*(\d+(?:\.\d+)?))?\s*(?:个|個)?\s*(?:小时|小時|時間|시간)(?:\s*\/\s*(周|週|天|日))?/u,
    hours: (m) => mid(m[2], m[3]),
    rate: (m) => {
      const r = m[1] ?? m[4];
      return r === undefined ? null : /[天日루]/u.test(r) ? 'day' : 'week';
    },
    ranged: true,
    needs: /小时|小時|時間|시간/,
  },
  // "两个小时", "一个半小时", "半个小时", "每天三小时": hours in Chinese numerals.
  {
    re: /(每天|每日|每周|每週)?\s*(?<![一二两兩三四五六七八九十])(?:([一二两兩三四五六七八九十]{1,3})\s*(?:个|個)?\s*(半)?|(半))\s*(?:个|個)?\s*(?:小时|小時|钟头|鐘頭)(?!\s*(?:内|內|以内|以內))/u,
    hours: (m) => (m[4] ? 0.5 : chineseNumber(m[2]!) + (m[3] ? 0.5 : 0)),
    rate: (m) => (m[1] === undefined ? null : /[天日]/u.test(m[1]) ? 'day' : 'week'),
    needs: /小时|小時|钟头|鐘頭/,
  },
  // "30分钟", "二十分钟": minutes. ("30 分鐘內", within half an hour: a limit, not the time it takes.)
  {
    re: /(?<![\d.一二两兩三四五六七八九十])(\d{1,3}|[一二两兩三四五六七八九十]{1,3})\s*(?:分钟|分鐘)(?!\s*(?:内|內|以内|以內))/u,
    hours: (m) => (/\d/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!)) / 60,
    needs: /分钟|分鐘/,
  },
  // "PT2H30M"
  {
    re: /\bPT(?:(\d+(?:\.\d+)?)H)?(?:(\d+)M)?\b/,
    hours: (m) => Number(m[1] ?? 0) + Number(m[2] ?? 0) / 60,
  },
];

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "两" 2, "十二" 12, "二十" 20, "二十五" 25: a number up to 99 in Chinese numerals (NaN otherwise). */
function chineseNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CN_DIGITS[s] ?? Number.NaN : Number.NaN;
  const tens = ten === 0 ? 1 : CN_DIGITS[s.slice(0, ten)] ?? Number.NaN;
  const ones = ten === s.length - 1 ? 0 : CN_DIGITS[s.slice(ten + 1)] ?? Number.NaN;
  return tens * 10 + ones;
}

function rateOf(s: string | undefined): 'week' | 'day' | null {
  if (!s) return null;
  return s.toLowerCase().startsWith('d') ? 'day' : 'week';
}

/** Finds the first estimate phrase in `text`. */
export function findEstimate(text: string): EstimateMatch | null {
  return searchEstimate(text, true);
}

/** findEstimate without its cheap first test. For tests only. */
export function findEstimateUngated(text: string): EstimateMatch | null {
  return searchEstimate(text, false);
}

function searchEstimate(text: string, gated: boolean): EstimateMatch | null {
  let best: EstimateMatch | null = null;
  // Most texts have no time unit after a number: that test first, "full time" only then.
  if (gated && !text.includes('PT') && !timeUnitAfterNumber(text) && !WORDY_ESTIMATE_RE.test(text)) return null;
  for (const p of ESTIMATE_PATTERNS) {
    if (p.needs && !p.needs.test(text)) continue;
    const m = p.re.exec(text);
    if (!m) continue;
    const hours = p.hours(m);
    if (!Number.isFinite(hours) || hours <= 0) continue;
    const skip = p.ranged ? rangeOffset(m) : 0;
    const found: EstimateMatch = { hours, index: m.index + skip, length: m[0].length - skip, rate: p.rate ? p.rate(m) : null };
    if (!best || found.index < best.index) best = found;
  }
  return best;
}

/**
 * Every pattern but "full time" and "PT2H" has a number followed (after "+" and spaces)
 * by an hour or minute unit: "3h", "1.5 hrs", "45 mins", "3-4 hours".
 */
function timeUnitAfterNumber(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) { i++; continue; }
    while (i < n && isDigitCode(text.charCodeAt(i))) i++;
    let k = i;
    while (k < n && (text.charCodeAt(k) === 43 /* + */ || isSpaceCode(text.charCodeAt(k)))) k++;
    const u = codeAt(text, k) | 0x20;
    if (u === 104 /* h */ || u === 109 /* m */) return true;
    if (u === 115 /* s */ && /^stund/i.test(text.slice(k, k + 5))) return true;
  }
  return false;
}

/** Clock durations: `h:mm:ss` ("| 3:10:30") or `h:mm` (org's "=>  0:52"), in hours. */
export function parseClockDuration(text: string): number | null {
  const t = text.trim();
  const three = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/.exec(t);
  if (three) return Number(three[1]) + Number(three[2]) / 60 + Number(three[3]) / 3600;
  const two = /^(\d{1,3}):([0-5]\d)$/.exec(t);
  if (two) return Number(two[1]) + Number(two[2]) / 60;
  return null;
}

/**
 * Parses a duration a person types on the command line or in a log line:
 * "1h30m", "90m", "1.5h", "1 hour 20 minutes", "PT2H30M", "0:52". Returns hours or null.
 */
/**
 * "One Week Side Project Ideas", "Weekend projects", "2-day builds", "30-minute exercises": a
 * length said of each thing a list holds (an adjective before its plural noun), in full-time
 * hours; null when the words say no such length.
 */
export function perEntryHours(title: string): number | null {
  const m = PER_ENTRY_RE.exec(title);
  // (A number or "one" says it is a length: "week tasks", "day projects" are when.)
  if (!m || (m[1] === undefined && !/^weekend/i.test(m[2]!))) return null;
  const n = m[1] === undefined || /^(?:a|an|one)$/i.test(m[1]) ? 1 : Number(m[1]);
  const unit = m[2]!.toLowerCase();
  const hours = unit.startsWith('weekend') ? 2 * FULL_TIME_DAY_HOURS : unit.startsWith('week') ? FULL_TIME_WEEK_HOURS
    : unit.startsWith('day') ? FULL_TIME_DAY_HOURS : unit.startsWith('h') ? 1 : 1 / 60;
  return n > 0 && Number.isFinite(n) ? n * hours : null;
}
const PER_ENTRY_RE = /(?<![\p{L}\p{N}])(?:(\d{1,3}|an?|one)[- ])?(weekends?|weeks?|days?|hours?|minutes?|min)[- ](?:long\s+)?(?:side[- ])?(?:projects|project ideas|ideas|builds|hacks|exercises|challenges|katas|tasks)(?![\p{L}])/iu;

export function parseDurationHours(text: string): number | null {
  const t = text.trim();
  const clock = parseClockDuration(t);
  if (clock !== null) return clock;
  const iso = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?$/i.exec(t);
  if (iso && (iso[1] || iso[2])) return Number(iso[1] ?? 0) + Number(iso[2] ?? 0) / 60;
  const re = /(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m)(?![a-z])/gi;
  let total = 0;
  let matched = '';
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const n = Number(m[1]);
    total += /^h/i.test(m[2]!) ? n : n / 60;
    matched += m[0];
  }
  if (matched.replace(/\s+/g, '').length !== t.replace(/\s+|and/g, '').length) return null;
  return total > 0 ? total : null;
}

/** A span length in words: "14 weeks", "3 months", "10 days". (Made once: not global, so it keeps no state between calls.) */
const SPAN_RE = new RegExp(`${RANGE}\\+?\\s*(weeks?|wks?|months?|days?)\\b`, 'i');

/** A span length in words: "14 weeks", "3 months", "10 days" → weeks. */
export function parseSpanWeeks(text: string): number | null {
  const m = SPAN_RE.exec(text);
  if (!m) return null;
  const n = mid(m[1], m[2]);
  const u = m[3]!.toLowerCase();
  if (u.startsWith('month')) return n * WEEKS_PER_MONTH;
  if (u.startsWith('day')) return n / 7;
  return n;
}


/** "6 weeks of study, 5-7 hours/week", "Approx. 4 weeks at 5 hours a week": a course page's workload, its weeks and its hours a week. */
const WORKLOAD_EN_RE = /^(?:approx(?:imately)?\.?|about|~)?\s*(\d{1,2})\s*weeks?\b[^\d\n]{0,25}?(\d{1,2}(?:\.\d)?)(?:\s*[-–~]\s*(\d{1,2}(?:\.\d)?))?\s*(?:hours?|hrs?|h)\s*(?:\/\s*|per\s+|a\s+|each\s+)week\b/i;
/** "4周的学习时间，每周需花费4-6小时", "5 周课程, 2-4 小时/周": the same, in Chinese. */
const WORKLOAD_ZH_RE = /^(\d{1,2})\s*[周週][^\d\n]{0,14}?(\d{1,2}(?:\.\d)?)(?:\s*[-–~～]\s*(\d{1,2}(?:\.\d)?))?\s*(?:个|個)?(?:小时|小時)/u;

/**
 * The hours a course's workload line adds up to: its weeks times the middle of its hours a
 * week ("6 weeks of study, 5-7 hours/week" → 36). Null when the line is no such workload.
 */
export function workloadHours(words: string): number | null {
  const m = WORKLOAD_EN_RE.exec(words.trim()) ?? WORKLOAD_ZH_RE.exec(words.trim());
  if (!m) return null;
  const weeks = Number(m[1]);
  const low = Number(m[2]);
  const high = m[3] !== undefined ? Number(m[3]) : low;
  if (weeks === 0 || low === 0 || high < low) return null;
  return weeks * (low + high) / 2;
}

/** Units a position is given in, short or long, in English and Russian: "lecture 5", "ch. 7", "011 лек.", "с. 47". */
const POSITION_UNITS: Record<string, string> = {
  lecture: 'lecture', lec: 'lecture', chapter: 'chapter', ch: 'chapter', lesson: 'lesson', module: 'module', unit: 'unit', part: 'part',
  episode: 'episode', ep: 'episode', video: 'video', week: 'week', day: 'day', page: 'page', p: 'page', pp: 'page', section: 'section',
  лек: 'lecture', лекция: 'lecture', глава: 'chapter', гл: 'chapter', урок: 'lesson', модуль: 'module', с: 'page', стр: 'page', неделя: 'week', серия: 'episode', занятие: 'lesson',
};
const POSITION_UNIT = '(lectures?|lec|chapters?|ch|lessons?|modules?|units?|parts?|episodes?|ep|videos?|weeks?|days?|pages?|pp|p|sections?|лекция|лек|глава|гл|урок|модуль|стр|с|неделя|серия|занятие)';
/** "CS61A - lecture 5", "Линал - 011 лек. - собственные векторы", "Теория вероятностей - с. 47": a name, then after a dash where the person is in it (and what that part is about). */
const POSITION_TAIL_RE = new RegExp(`\\s[-–—]\\s+(?:${POSITION_UNIT}\\.?\\s*(\\d{1,4})|(\\d{1,4})\\s*${POSITION_UNIT}\\.?)(?=\\s*$|\\s+[-–—]\\s)`, 'iu');

/**
 * Where an entry under way has got to, said after a dash at its end ("… - lecture 5", "… - 011
 * лек.", "… - с. 47"): that unit, reached. Null when the title ends in no such place. `at` is
 * where the dash is, so the title can end before it.
 */
export function positionAtEnd(title: string): { done: number; unit: string; at: number } | null {
  const m = POSITION_TAIL_RE.exec(title);
  if (!m) return null;
  const word = (m[1] ?? m[4])!.toLowerCase().replace(/s$/, '');
  const unit = POSITION_UNITS[word] ?? POSITION_UNITS[(m[1] ?? m[4])!.toLowerCase()];
  const done = Number(m[2] ?? m[3]);
  if (!unit || done === 0) return null;
  return { done, unit, at: m.index };
}
