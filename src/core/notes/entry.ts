// Turns one entry's text (a list line, a table row, an org headline) into a draft item:
// title, fields, status, progress and explicit estimate. Structure (path, parent,
// block hours) is the reader's business.
import type { Item, Kind, Status } from '../model/types.js';
import { citesItalicWork, classifyKind, hasCourseCue, isExerciseLink, isKnownBook, kindOfLinks, kindOfTags, kindOfUnit, wordCount } from './classify.js';
import { readInline, cleanTitle, isSpaceCode, linkHost } from './inline.js';
import { BRACKET_STATUS_LEAD_RE, DASH_STATUS_LEAD_RE, bracketStatusTail, ROAM_STATUS_RE, statusOfWord } from './line-rules.js';
import { endsWithWordAt, formsAt, isMark, lastCharacters, markClass, statusAt, wordPattern } from './vocabulary.js';
import { DATE_WORDS, dateOfWords } from './dates.js';
import { BRACKET_FRACTION_RE, findBareFraction, unitOfWord, findEstimate, findProgress, findStatusWordAt, parseClockDuration, parseDurationHours, statusOfProgress, wholeFraction } from './phrases.js';
import { CERTIFICATE_LINK_RE, CERTIFICATE_TEXT_RE, CERTIFICATE_URL_RE, SHORTCODE_END_RE, CLOCK_RANGE_RE, SLOT_LEAD_RE, clockHours } from './line-patterns.js';
import { narratedStatus } from './languages.js';
import { codeAt } from './chars.js';

/** An item while the reader is still working on it. */
export interface Draft extends Item {
  /** Obsidian 🆔 / dataview id written in the note. */
  taskId: string | null;
  /** ⛔ ids and prerequisite names, resolved to item ids at the end. */
  blockedBy: string[];
  prereqNames: string[];
  /** The item's status was written explicitly (checkbox, keyword, struck). */
  explicitStatus: boolean;
  /** The hours-block (schedule slot) the item sits in, if any. */
  block: number | null;
  /** Part of a schedule (derived or explicit hours in a plan) — never merged as a duplicate. */
  scheduled: boolean;
  children: number;
  doneChildren: number;
}

/** Checkbox characters → status. Org's `[-]` means "partly done"; Obsidian's means cancelled. */
export function statusOfCheck(ch: string, org: boolean): Status {
  switch (ch) {
    case 'x': case 'X': case '✓': case '✔': case 'v': case 'V': return 'done';
    case '-': return org ? 'doing' : 'skipped';
    case '~': return 'skipped';
    // ("[.]": begun, a dot where the tick will go.)
    case '/': case '*': case '.': return 'doing';
    default: return 'todo';
  }
}

export interface EntryInput {
  raw: string;
  path: string;
  line: number;
  check: string | null;
  org: boolean;
  /** Kind the enclosing section announces. */
  hint: Kind | null;
  /** Kind the note's file name announces ("books.md"): weaker than the section's and the links' sites. */
  fileHint?: Kind | null;
  /** The kind of an entry nothing else names: a topic, or on a kanban board a card to do (a task). */
  fallbackKind?: Kind;
  sectionPath: string[];
  status?: Status | null;
  /** YYYY-MM-DD: a due date without a year ("by Dec 15") is the next such day from here. */
  today?: string | null;
  /** The year the note's dates belong to (its front matter), when it says. */
  year?: number | null;
  /** The note is about a judge's problems ("# NeetCode 150", "leetcode.md"): a numbered entry is one of them. */
  judge?: boolean;
}

const ESTIMATE_LABEL_RE = /\s*([([])?\s*(?:estimated?|est\.?|time|effort|duration|eta|⏱️?|⌛️?|🕒)\s*[:=]?\s*$/i;
// "Lec 1 | 1:15:09 | 11:02 27:45", "Elixir - intro<TAB>2:04 |": a running time in a cell after
// the title (a pipe or a tab before it), then at most more cells of times (where one stopped).
const TRAILING_CLOCK_RE = /\s*(?:[|｜]|\t)\s*((?:\d{1,3}:)?[0-5]?\d:[0-5]\d)\s*(?:[|｜][\s\d:|｜]*)?$/;
// A day in figures after the word or mark, in brackets or not ("✔️[1/8/23]", "✓ (17.1.2023)", "done 2023/01/08"):
// the order of day and month is not known, so it dates nothing.
const NUMERIC_DAY = '(?:\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2})|\\d{4}[/.]\\d{1,2}[/.]\\d{1,2})';
// "Clean Code - finished", "Refactoring (not started)", "SICP — reading": a status after a
// separator; "Linear algebra ✓": a check mark after the title. The words are vocabulary.ts's.
// ("Learn Git Branching - Started, incomplete": the word, and a remark that it is not finished yet.)
// Marks of more than one UTF-16 unit ("🔄", "🚧"), which a character class cannot hold.
const WIDE_TRAILING_MARKS = formsAt('trailing').filter((f) => isMark(f) && f.length > 1 && !f.endsWith('\uFE0F')).join('|');
// (A word in Chinese or Japanese needs no separator but a space, or brackets of their own: "《SICP》 已读完", "リーダブルコード（読了）".)
// ("Python Basics✔️[1/8/23]": a check mark may follow the last letter with no space; no title ends in one.)
// ("变量声明已完结", "第一章已读": a Chinese status opening with 已, "already", may be written against the words before it;
// not after an adverb, "確認所有 checkbox 都已完成", where it is the sentence's verb.)
// (No 'u' flag: it makes this long alternation slower on every entry; the letter before a glued mark is any of Latin, Greek to CJK, Hangul.)
const TRAILING_STATUS_RE = new RegExp(`\\s*(?:[-–—:|,(（：、。]\\s*|(?<=[0-9A-Za-z\\u00c0-\\u1fff\\u3040-\\u9fff\\uac00-\\ud7af)])(?=[✓✔✅☑✗✘❌])|(?<=[\\u3400-\\u9fff])(?<![都也均皆全还還尚仍是])(?=已)|\\s(?=[${markClass('trailing')}]|${WIDE_TRAILING_MARKS}|[\\u3040-\\u30ff\\u3400-\\u9fff]))(${wordPattern('trailing', undefined, { marks: false })}|[${markClass('trailing')}]\\uFE0F?|${WIDE_TRAILING_MARKS})(?<unfinished>\\s*,\\s*(?:incomplete|unfinished|not (?:yet )?(?:finished|completed?|done)(?: yet)?))?(?:\\s+(?:on\\s+|in\\s+)?(?:(?<date>\\d{4}-\\d{2}(?:-\\d{2})?)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?(?:\\s+\\d{4})?)|\\s*(?:[[(]\\s*)?${NUMERIC_DAY}(?:\\s*[\\])])?)?[\\s,.;:()）]*$`, 'i');
/** A line that opens struck out and goes on unstruck: the struck words, then the rest. */
const STRUCK_THEN_WORDS_RE = /^\*?~~([^~]+)~~\*?[\s.,;:]*([^\s(（[].*)$/;
const DECORATION_RE = /[([](?:optional|bonus|opt\.?|stretch(?: goal)?|nice to have|if time|IMP|important|must)[)\]]|\(\s*\*\s*\)|!!+$/gi;

/**
 * A running time as video sites print it: "1:15:09" is h:mm:ss, "9:12" is m:ss (an hour
 * and more always shows its hours).
 */
function runningTime(clock: string): number | null {
  const parts = clock.split(':').map(Number);
  if (parts.length === 2) return round2((parts[0]! * 60 + parts[1]!) / 3600) || null;
  return parseClockDuration(clock);
}

// (In any language the notes are written in: "← BẠN Ở ĐÂY", "← estás aquí", "👈 ich bin hier", "← 今ここ".)
const HERE_WORDS = String.raw`here|currently|current|aquí|aqui|acá|ici|hier|qui|đây|здесь|тут|tutaj|tady|burada|di ?sini`;
const HERE_MARK_RE = new RegExp(String.raw`\s*(?:@|<-+|<=+|←|⬅\uFE0F?|👈)\s*(?:(?:[\p{L}'’]{1,6}\s+){0,3}(?:right\s+)?(?:${HERE_WORDS})(?![\p{L}])|(?:[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{0,4}\s*)?(?:今?ここ|这里|這裡|여기))[^\n]*$`, 'iu');
const HERE_WORD_RE = new RegExp(`${HERE_WORDS}|ここ|这里|這裡|여기`, 'iu');

/** The last letters and marks of the trailing words: a cheap test before TRAILING_STATUS_RE. */
const TRAILING_LAST = lastCharacters('trailing');

/**
 * Cheap test before TRAILING_STATUS_RE: the line ends (less closing marks) with the last
 * letter of a trailing word, or with a date after one (a digit or a month's name).
 */
function mayEndWithStatusWord(t: string): boolean {
  let e = t.length - 1;
  // (A GitHub shortcode after the title: "Intermediate Python :heavy_check_mark:".)
  if (codeAt(t, e) === 58 /* : */ && SHORTCODE_END_RE.test(t)) return true;
  while (e >= 0) {
    const c = t.charCodeAt(e);
    if (c === 40 /* ( */ || c === 41 /* ) */ || c === 93 /* ] */ || c === 0xff09 /* ） */ || c === 44 /* , */ || c === 46 /* . */ || c === 58 /* : */ || c === 59 /* ; */ || isSpaceCode(c)) e--;
    else break;
  }
  if (e < 0) return false;
  const c = t.charCodeAt(e);
  // A date after the word ("finished Nov 2026", "done 2026-11-02"), or a mark's variation selector.
  if ((c >= 48 && c <= 57) || c === 0xfe0f) return true;
  // (The second half of a wide mark: "🚧".)
  if (c >= 0xdc00 && c <= 0xdfff) return true;
  if (TRAILING_LAST.has(t[e]!.toLowerCase()) && endsWithWordAt('trailing', t.slice(0, e + 1))) return true;
  // A month's name ends the words only inside their last run of ASCII letters: the pattern is
  // tried on that run alone, and only when it is three letters or more.
  let r = e;
  while (r >= 0 && isAsciiLetter(t.charCodeAt(r))) r--;
  return e - r >= 3 && MONTH_END_RE.test(t.slice(r + 1, e + 1));
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** A remark after the status word that the thing is not finished yet (see TRAILING_STATUS_RE). */
const UNFINISHED_END_RE = /,\s*(?:incomplete|unfinished|not (?:yet )?(?:finished|completed?|done)(?: yet)?)[\s.;:()）]*$/i;
const MONTH_END_RE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

/**
 * A status mark written as GitHub's shortcode after a line's words ("[Intro to Pandas](…)
 * :heavy_check_mark:"): its status and the words before it, or null.
 */
export function shortcodeMark(text: string): { status: Status; rest: string } | null {
  if (codeAt(text, text.length - 1) !== 58 /* : */ || !SHORTCODE_END_RE.test(text)) return null;
  const t = findTrailingStatus(text);
  return t && t.index > 0 && codeAt(t.word, 0) === 58 ? { status: t.status, rest: text.slice(0, t.index) } : null;
}

// "구명보트 ✅ - Level 2", "Two Sum ❗️ — TLE again": a mark after the title, then a short remark after a dash.
const MARK_THEN_REMARK_RE = new RegExp(`\\s(${WIDE_TRAILING_MARKS}|[${markClass('trailing')}]\\uFE0F?)\\uFE0F?\\s+[-–—|·]\\s+[^\\n]{1,60}$`, 'u');

/** A character a mark may be made of: symbols, arrows, emoji (surrogates), or a shortcode's colon. */
const MARK_CHAR_RE = /[\u2190-\u2bff\ud83c-\ud83e]|:[a-z_]+:/;

/** A mark after an entry's words followed by a short remark after a dash, as findTrailingStatus reports one (the remark stays where it is). */
function markThenRemark(text: string): ReturnType<typeof findTrailingStatus> {
  // (A dash with spaces and a mark's character first: most lines have neither.)
  const dashed = (text.includes(' - ') || text.includes(' — ') || text.includes(' – ') || text.includes(' | ') || text.includes(' · ')) && MARK_CHAR_RE.test(text);
  const c = dashed ? MARK_THEN_REMARK_RE.exec(text) : null;
  if (!c || c.index === 0) return null;
  const word = c[1]!;
  const status = statusAt('trailing', word.replace(/\uFE0F$/, ''));
  if (status === null) return null;
  return { index: c.index, wordIndex: c.index + c[0].indexOf(word), word, unfinished: '', status, date: null };
}

/** A status word after a dash, then a day or a remark, as findTrailingStatus reports one (the remark stays where it is). */
function wordThenRemark(text: string): ReturnType<typeof findTrailingStatus> {
  // (A spaced dash followed by a day in brackets or a comma: most lines have neither.)
  if (!(text.includes(' - ') || text.includes(' — ') || text.includes(' – ')) || !(text.includes(',') || text.includes('(') || text.includes('（'))) return null;
  const c = WORD_THEN_REMARK_RE.exec(text);
  if (!c || c.index === 0) return null;
  const word = c[1]!;
  const status = statusAt('trailing', word);
  if (status === null) return null;
  return { index: c.index, wordIndex: c.index + c[0].indexOf(word), word, unfinished: '', status, date: null };
}

/**
 * A status said after an entry's words ("Clean Code - finished", "SICP — reading",
 * "Linear algebra ✓"): where its phrase starts, where the word itself stands, and the status.
 * `unfinished`: the remark after the word that it is not finished yet (", incomplete"), which
 * goes with the word when the editor rewrites it.
 */
export function findTrailingStatus(text: string): { index: number; wordIndex: number; word: string; unfinished: string; status: Status; date: string | null } | null {
  const tail = mayEndWithStatusWord(text) || (text.includes(',') && UNFINISHED_END_RE.test(text)) ? TRAILING_STATUS_RE.exec(text) : null;
  if (!tail) return markThenRemark(text) ?? wordThenRemark(text);
  const word = tail[1]!;
  const status = statusAt('trailing', word.replace(/\uFE0F$/, '')) ?? 'todo';
  // "— completed 2026-04-21": the day, when it is a whole one.
  const date = tail.groups?.date?.length === 10 ? tail.groups.date : null;
  return { index: tail.index, wordIndex: tail.index + tail[0].indexOf(word), word, unfinished: tail.groups?.unfinished ?? '', status, date };
}

/** What stands before a unit's number when the entry is a step about that unit: "Read ", "- [ ] Watch ". */
/** A month by name, in English, Portuguese, Spanish, French or German ("Jan", "Junho", "Abr", "März"); "Mar", "May", "Set", "Out" only in a range, where they cannot be words. */
const MONTH_WORD = '(?:jan(?:eiro|uary|vier|uar)?|fe[bv](?:ereiro|rero|ruary|rier|ruar)?|f[ée]vr(?:ier)?|mar[çc]o|marzo|march|mars|m[äa]rz|a[bp]r(?:il)?|avr(?:il)?|maio|mayo|jun(?:ho|io|e|i)?|juin|jul(?:ho|io|y|i)?|juil(?:let)?|ago(?:sto)?|aug(?:ust)?|ao[ûu]t|sept?(?:embro|iembre|ember|embre)?|setembro|outubro|o[ck]t(?:ubre|ober|obre)?|nov(?:embro|iembre|ember|embre)?|de[zc](?:embro|ember|embre)?|dic(?:iembre)?|d[ée]c(?:embre)?)\\.?';
// "Coverage kinds — done (5/1), drew the inclusions myself", "정규형 — 완료 (5/1)": a status word
// right after a spaced dash, then perhaps the day it was reached and a remark after a comma.
const WORD_THEN_REMARK_RE = new RegExp(`\\s[-–—]\\s+(${wordPattern('trailing', undefined, { marks: false })})(?![\\p{L}\\p{N}])(?:\\s*[(（]\\s*(?:\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{1,4})?|(?:${MONTH_WORD}|may)\\s*\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s*(?:${MONTH_WORD}|may))\\s*[)）])?(?:\\s*[,;]\\s*[^\\n]{1,100})?\\s*$`, 'iu');
const RANGE_MONTH = '(?:mar|may|mai|set|out)';
/** A span of a plan: a month or months ("Jan–Mar", "Set–Out", "Junho"), or a numbered month or quarter ("Mês 2", "Month 3", "Q1"). */
const PLAN_PERIOD = `(?:(?:${MONTH_WORD}|${RANGE_MONTH})\\s*[–—-]\\s*(?:${MONTH_WORD}|${RANGE_MONTH})|${MONTH_WORD}|(?:m[êe]s|month|monat|mois)\\s*\\d{1,2}|q[1-4])`;
/** "Jan–Mar: Estudo base", "Mês 2: MVP funcional", "Ideação + validação — Abr": a step of a plan set in its span of months, a milestone. */
const PERIOD_LEAD_RE = new RegExp(`^\\W*${PLAN_PERIOD}\\s*[:：]\\s*\\p{L}`, 'iu');
const PERIOD_TAIL_RE = new RegExp(`^\\s*${PLAN_PERIOD}\\s*$`, 'iu');
function periodStep(title: string): boolean {
  if (PERIOD_LEAD_RE.test(title)) return true;
  // (The span after the last long dash, with words before it: "Testes — Ago".)
  const dash = Math.max(title.lastIndexOf(' – '), title.lastIndexOf(' — '), title.lastIndexOf(' —'), title.lastIndexOf(' –'));
  return dash > 0 && /\p{L}/u.test(title.slice(0, dash)) && PERIOD_TAIL_RE.test(title.slice(dash + 2));
}
const UNIT_STEP_RE = /^\W*(?:re-?read|read|watch|re-?watch|do|finish|complete|study|review|skim|solve|attempt|work through|go through|practice|revise|redo)\s+(?:the\s+)?(?:chapters?|ch\.?|lectures?|lec\.?|lessons?|modules?|units?|parts?|sections?|episodes?|videos?|weeks?|pages?|exercises?)\s*#?\d/i;
const NAMED_UNIT_STEP_RE = /^\W*(?:re-?read|read|watch|rewatch|do|finish|complete|study|review|skim|solve|attempt|work through|go through|summari[sz]e|take notes on|notes on|practice|revise|redo)\s+(?:the\s+)?$/i;

/** Whether offset `i` of `raw` is inside a Markdown link's text ("[… here …](url)"). */
function inLinkText(raw: string, i: number): boolean {
  const open = raw.lastIndexOf('[', i);
  if (open < 0 || raw.lastIndexOf(']', i - 1) > open) return false;
  const close = raw.indexOf('](', i);
  return close >= 0 && raw.indexOf(']', i) === close;
}

/** A remark in brackets ending an entry: "(今は使わないので省略した)". */
const BRACKET_TAIL_RE = /[(（]([^()（）]{2,120})[)）]\s*$/u;


/** A code span (`…`) stands for itself: nothing inside it is a tag, an estimate, a status or emphasis. */
const CODE_SPAN_RE = /`([^`\n]+)`/g;
/** Private-use characters stand in for code spans while the rest of the entry is read. */
const CODE_MASK_BASE = 0xe000;
const CODE_MASK_RE = /[\ue000-\uf8ff]/g;

/** The entry with each code span replaced by one private-use character, and the spans' text. */
function maskCode(raw: string): { text: string; spans: string[] } {
  const spans: string[] = [];
  const text = raw.replace(CODE_SPAN_RE, (m, inner: string) => {
    // An address in backticks is still the entry's link, and a lone tag ("`#tech`") its tag.
    if (spans.length >= 0x1800 || /^<?https?:\/\/\S+>?$/.test(inner) || /^#[\p{L}\p{N}_/-]+$/u.test(inner) || /^[[(]?\s*\d+\s*\/\s*\d+\s*[\])]?$|^\d{1,3}\s*%$/.test(inner)) return m;
    spans.push(inner);
    return String.fromCharCode(CODE_MASK_BASE + spans.length - 1);
  });
  return { text, spans };
}

/** A label before a colon, in words only ("Currently reading:", "On temporary pause:"; no link, figure, code or emphasis). */
const STATUS_LABEL_LEAD_RE = /^[ \t]*([\p{L}][\p{L} '’-]{1,46}?)[ \t]*[:：][ \t]+(?=\S)/u;
/** Lengths of time in words ("1hr", "2 hours", "30 min"): what is left after them says whether a label has a name after it. */
const LENGTH_WORDS_RE = /~?\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|w|wks?|weeks?)\b/gi;
/** A person's initial: "J. ", "F." before a space. */
const INITIAL_RE = /(?:^|\s)\p{Lu}\.(?=\s)/u;
/** One or more people named as a citation's authors, then a dash: "Jane B. Reece, Lisa A. Urry - ", "J. R. R. Tolkien — ". */
const PERSON = String.raw`(?:(?:\p{Lu}\.\s*){1,3}|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)*\s+(?:(?:van|von|de|der|du|da|di|le|la)\s+)?)\p{Lu}[\p{Ll}'’-]+`;
const AUTHORS_LEAD_RE = new RegExp(String.raw`^\s*${PERSON}(?:(?:,\s*|\s+(?:and|&)\s+)${PERSON}){0,5}\s+[-–—]\s+(?=\S)`, 'u');
/** A word for an activity that a status field also uses ("Reading", "Watched"): alone, before a colon or as a box's words ("- [x] Read"), it names the activity, not a status. */
export const ACTIVITY_WORD_RE = /^(?:re-?)?(?:read(?:ing)?|watch(?:ed|ing)?|listen(?:ed|ing)?|stud(?:y|ying|ied)|learn(?:ed|ing|t)?|practi[cs](?:e|ed|ing)|review(?:ed|ing)?)$/i;
/** A status label about reading ("Currently reading", "Just finished reading", "DNF pile"): its entry is a book, unless it says otherwise. */
const READ_LABEL_RE = /\b(?:read|reading|re-?read|dnf)\b/i;
// "3Sum (LeetCode 15)", "LC #206 Reverse Linked List", "Project Euler 12": a judge's problem, to solve.
/** A status word that says reading: "Read", "Reading", "DNF". */
const READING_WORD_RE = /^(?:read|re-?read|reading|dnf|did not finish|to[- ]read|want to read|currently reading|finished reading)$/i;
/** "1. Two Sum", "#206 Reverse Linked List", "0015 3Sum": a problem's number, then its name. */
const PROBLEM_NUMBER_LEAD_RE = /^#?\d{1,4}[.:)]?\s+[\p{L}\d]/u;
/** Marks and boxes before an entry's first word or number ("✅ ", "[ ] "). */
const NOT_WORD_LEAD_RE = /^(?:[^\p{L}\p{N}#[]|\[.?\]\s)+/u;
/** "E-7-4", "Ex 3.12", "P-2-10/11", "Q4.1": an exercise's, problem's or question's code by chapter and number. */
const EXERCISE_CODE_RE = /^(?:e|ex|exe|exercise|p|prob|problem|q)[-. ]?\d{1,3}(?:[-.]\d{1,3})+(?:\/\d{1,3})*(?![\d.-]*\p{L})/iu;
const JUDGE_NUMBER_RE = /\b(?:leetcode|neetcode|lc|hackerrank|codewars|project euler|euler|codeforces|atcoder|kattis|cses)\s*(?:#|no\.?\s*|problem\s*)?\d+\b/i;

/**
 * "**Permutation City** by Greg Egan: Hard science fiction about uploaded minds.": a bold name
 * (and its author), then a sentence describing it. Returns the name's part of the line, or
 * null when the line is not so (a unit's or a field's label, a date, words with figures or
 * links after the name: those say more than a description does).
 */
export function describedName(raw: string): string | null {
  if (!(raw.includes(': ') || raw.includes(' - ') || raw.includes(' – ') || raw.includes(' — '))) return null;
  // "**Weekly**: Practice interviews. Book some sessions with …", "**Daily (1 hour): Whiteboard
  // algorithms**. Make a list …": how often, then the work and its first sentence, then more
  // sentences on how to do it. How often is no name ("Weekly"): the work is.
  if (FREQUENCY_LEAD_RE.test(raw)) {
    const m = FREQUENCY_LABEL_NAME_RE.exec(raw) ?? FREQUENCY_BOLD_NAME_RE.exec(raw);
    return m && wordCount(raw.slice(m[1]!.length)) >= 3 ? m[1]! : null;
  }
  // "[Redux](https://redux.js.org) - Predictable state container for JS apps.": a link and what it is, as resource lists write them.
  if (raw.includes('](')) {
    const l = DESCRIBED_LINK_RE.exec(raw);
    const rest = (l?.[2] ?? '').replace(FIGURES_END_RE, '');
    return l && wordCount(rest) >= 3 && !/\d|\]\(|:\/\//.test(rest) && findTrailingStatus(rest) === null && narratedStatus(rest) === null && !PHRASE_STATUS_RE.test(rest) ? l[1]! : null;
  }
  if (!(raw.includes('**') || raw.includes('__'))) return null;
  const m = DESCRIBED_NAME_RE.exec(raw);
  const rest = (m?.[2] ?? '').replace(FIGURES_END_RE, '');
  return m && /[.!]\s*$/.test(rest) && wordCount(rest) >= 4 && !/\d|\]\(|:\/\//.test(rest) && /\p{L}{2}/u.test(m[1]!) && !NUMBERED_NAME_RE.test(m[1]!) && !LABEL_NAME_RE.test(m[1]!) ? m[1]! : null;
}

/**
 * "(Progress ", "[progreso: ", " — progress: ": a word for how far along before its figure, in a
 * bracket or after a separator.
 */
const PROGRESS_LABEL_RE = /(?:[([]|\s[-–—|]|,)\s*(?:progress|progres|progreso|progresso|progrès|fortschritt|kemajuan|прогресс|postęp|tiến độ)\s*[:=]?\s*$/i;

/** Figures in brackets at the end ("(3/7 parts)", "(2h)"): how far along or how long, not part of a description. */
const FIGURES_END_RE = /\s*[([][^()[\]]*\d[^()[\]]*[)\]]\s*$/;

/** A hedge left at the end when its estimate went: ", maybe", "- probably", "roughly". */
const HEDGE_END_RE = /[\s,;:–—-]+(?:maybe|perhaps|probably|roughly|approximately|approx\.?|est\.?|estimated)$/i;

/** Words that make a time after them a limit: "in under", "within", "less than", "<". */
const LIMIT_BEFORE_RE = /(?:\b(?:in under|under|within|in less than|less than|below|faster than|at most|no more than|max(?:imum)?)|[<≤])\s*$/i;

/** A markdown link first (bold or not), then a separator and what follows it. */
const DESCRIBED_LINK_RE = /^([ \t]*(?:\*\*|__)?\[[^\]]{1,200}\]\([^)\s]+\)(?:\*\*|__)?)[ \t]*(?::|[ \t][-–—])[ \t]+(\S.*)$/;
/** Words in a description that say where the thing stands: "reading it slowly", "finished last year". */
/**
 * A grade after the title: "- Grade: A", "(grade: 96%)", "| Final score: 18/20". (It starts where
 * no space is before it, and no two runs of spaces stand side by side: a long run of spaces is
 * crossed once, not once for each of its spaces.)
 */
const GRADE_TAIL_RE = /(?<!\s)\s*(?:[-–—|,(]\s*)?(?:final\s+)?(?:grade|score|mark|note|nota)\s*[:=]\s*(?:[A-F][+-]?|\d{1,3}(?:[.,]\d+)?(?:\s*(?:%|\/\s*\d{1,3}))?|pass(?:ed)?|distinction|merit)\s*(?:\)\s*)?$/i;
/** A word GRADE_TAIL_RE cannot match without: one cheap scan first. */
const GRADE_WORD_RE = /grade|score|mark|note|nota/i;
const PHRASE_STATUS_RE = /\b(?:reading|watching|started|finished|completed|done|dropped|abandoned|gave up|in progress|halfway|currently|paused|skipped|todo|to do|later|someday)\b/i;
/** A bold name (and its author), then a separator and what follows it. */
const DESCRIBED_NAME_RE = /^([ \t]*(?:\*\*|__)[^*_]{1,120}?(?:\*\*|__)(?:[ \t]+by[ \t]+[^:*_–—]{2,60}?)?)[ \t]*(?::|[ \t][-–—])[ \t]+(\S.*)$/;
/** "**Goal**", "**Tip**", "**Why**": a label, with what it says after it. */
const LABEL_NAME_RE = /^\s*(?:\*\*|__)\s*(?:notes?|tips?|goals?|why|how|what|ideas?|focus|summary|description|status|results?|outcomes?|reasons?|todo|warning|important|update|edit|ps|nb|key|takeaways?|verdict|review|thoughts?|opinion|pros?|cons?)\s*[:.]?\s*(?:\*\*|__)/i;
/** A short label at the end of a line: in a code span, "`done`", or an inline element, "<font color="Red">実施中</font>" (a line break after it too). */
const END_LABEL_RE = /(?:`([^`]{1,30})`|<(font|span|mark|b|strong|em|i|code|sup|small)\b[^>]{0,80}>([^<>]{1,30})<\/\2>\s*(?:<br\s*\/?>)?)\s*$/i;

/** The status a label at the end of `raw` says, and where the label starts; null when there is none or it says no status. */
function endLabelStatus(raw: string): { index: number; status: Status } | null {
  const end = raw.trimEnd();
  if (!(end.endsWith('`') || end.endsWith('>')) || /[\ue000-\uf8ff]/.test(raw)) return null;
  const m = END_LABEL_RE.exec(raw);
  if (!m || m.index === 0) return null;
  const words = (m[1] ?? m[3]!).replace(/[\p{Extended_Pictographic}\uFE0F]/gu, ' ').replace(/\s+/g, ' ').trim();
  const status = words ? statusOfWord(words) : null;
  return status ? { index: m.index, status } : null;
}

/** How often, as a plan's bold label says it: "Daily", "Weekly", "Every day", "Daily (1 hour)". */
const FREQUENCY = String.raw`(?:daily|weekly|monthly|nightly|every\s+(?:day|week|month|morning|evening|night|weekday)|each\s+(?:day|week|month)|weekdays|weekends|twice\s+a\s+(?:day|week))(?:\s*\([^()]{1,30}\))?`;
const FREQUENCY_LEAD_RE = new RegExp(String.raw`^[ \t]*(?:\*\*|__)\s*${FREQUENCY}\s*[:：*_]`, 'i');
/** "**Weekly**: Practice interviews." then more: the label, the colon, the first sentence. */
const FREQUENCY_LABEL_NAME_RE = new RegExp(String.raw`^([ \t]*(?:\*\*|__)\s*${FREQUENCY}\s*[:：]?\s*(?:\*\*|__)\s*[:：]\s*[^.!?*_]{3,120}?[.!?])\s+\S`, 'i');
/** "**Daily (1 hour): Whiteboard algorithms**." then more: the label and the work, in bold. */
const FREQUENCY_BOLD_NAME_RE = new RegExp(String.raw`^([ \t]*(?:\*\*|__)\s*${FREQUENCY}\s*[:：][^*_]{3,120}?(?:\*\*|__)\s*[.!?]?)\s+\S`, 'i');

/** "**Week 1**", "**Lecture 3**", "**Day 2**": a unit's label, with its subject after it. */
const NUMBERED_NAME_RE = /^\s*(?:\*\*|__)\s*(?:week|day|lecture|lesson|chapter|module|session|part|unit|step|phase|month|sprint)\b/i;

export function buildEntry(input: EntryInput): Draft {
  // "… `🗓 2021-02-01 ~ 2021-04-30`", "… 📅 2023-01-09 ~ ?": when it was taken up and when finished, at
  // the end (not a day it is due, as one date after a calendar would be): read before the rest,
  // a code span around it too.
  const end0 = input.raw.charCodeAt(input.raw.trimEnd().length - 1);
  const span = (end0 >= 48 && end0 <= 57) || end0 === 96 /* ` */ || end0 === 126 /* ~ */ || end0 === 63 /* ? */ || (end0 | 32) === 116 || (end0 | 32) === 119 || (end0 | 32) === 103 ? SPAN_TAIL_RE.exec(input.raw) : null;
  if (span && span.index > 0 && /[\p{L}\p{N}]/u.test(input.raw.slice(0, span.index))) {
    const d = buildEntry({ ...input, raw: input.raw.slice(0, span.index) });
    const day = (t: string): string => t.replace(/[/.]/g, '-').replace(/-(\d)(?=-|$)/g, '-0$1');
    const start = day(span[1]!);
    const end = span[2] && /^\d/.test(span[2]) ? day(span[2]) : null;
    const ahead = (t: string): boolean => input.today != null && t > input.today;
    d.dates.start ??= start;
    if (end && !ahead(end)) d.dates.done ??= end;
    if (!d.explicitStatus) d.status = ahead(start) ? 'todo' : end && !ahead(end) ? 'done' : 'doing';
    return d;
  }
  // "Soạn đề cương chi tiết. `Hoàn thành ✅`", "Chapter 3 `done`", "DB設計 <font color="Red">実施中</font><br>":
  // a status set at the end as a label, in a code span or a styled element, and nothing else in it,
  // is the entry's status, on an open box too (a box's tick says more).
  if (input.status == null && (input.check === null || input.check.trim() === '')) {
    const said = endLabelStatus(input.raw);
    if (said) return buildEntry({ ...input, raw: input.raw.slice(0, said.index).trimEnd(), status: said.status });
  }
  // (A note that already holds private-use characters, as Nerd Font icons are, keeps the old way.)
  if (input.raw.includes('`') && !/[\ue000-\uf8ff]/.test(input.raw)) {
    const masked = maskCode(input.raw);
    if (masked.spans.length) {
      const d = buildEntry({ ...input, raw: masked.text });
      d.title = d.title.replace(CODE_MASK_RE, (ch) => masked.spans[ch.charCodeAt(0) - CODE_MASK_BASE] ?? ch);
      return d;
    }
  }
  let raw = input.raw.includes('==') ? input.raw.replace(/==\d+==/g, ' ') : input.raw;
  // "[Front-End Web Development with React](…) <small>Thorough, but the React version is dated</small>": a
  // remark set small after the name is no part of it (unless it says where the entry stands).
  if (raw.includes('<small')) {
    const small = SMALL_REMARK_RE.exec(raw);
    if (small && small.index > 0 && /[\p{L}\p{N}]/u.test(raw.slice(0, small.index)) && findStatusWordAt(small[1]!) === null) raw = raw.slice(0, small.index);
  }
  // Kanban cards put several lines in one with <br>: the first line with words is the title.
  if (raw.includes('<') && /<br\s*\/?>/i.test(raw)) {
    const parts = raw.split(/<br\s*\/?>/i).map((x) => x.trim()).filter(Boolean);
    const est = parts.filter((x) => /^[*_(\[\s]*[~\d.]+\s*(?:h|hrs?|hours?|m|mins?|minutes?)[)\]*_\s]*$/i.test(x));
    const words = parts.filter((x) => !est.includes(x) && /[\p{L}]/u.test(x) && !/^#[\w/-]+(?:\s+#[\w/-]+)*$/.test(x));
    const tags = parts.filter((x) => /^#[\w/-]+(?:\s+#[\w/-]+)*$/.test(x));
    if (words.length) raw = [words[0], ...est, ...tags].join(' ');
  }
  // "[WIP] Build a compiler", "Go tour [DONE]", Roam's "{{[[TODO]]}} …": a status in brackets, as good as a checkbox.
  let bracketStatus: Status | null = null;
  const roam = raw.includes('{{') ? ROAM_STATUS_RE.exec(raw) : null;
  if (roam) {
    bracketStatus = statusAt('roam', roam[2]!) ?? 'todo';
    raw = ' ' + raw.slice(roam[0].length);
  } else if (raw.includes('[') || raw.includes('(')) {
    const lead = BRACKET_STATUS_LEAD_RE.exec(raw);
    const said = lead ? statusOfWord(lead[2]!) : null;
    const tail = said ? null : bracketStatusTail(raw);
    if (lead && said) {
      bracketStatus = said;
      raw = ' ' + raw.slice(lead[0].length);
    } else if (tail) {
      bracketStatus = tail.status;
      raw = raw.slice(0, tail.index);
    }
  }
  // "Read - Dune", "DNF - Ulysses": a reading log's line, about a thing read.
  let readLead = false;
  if (bracketStatus === null && (raw.includes(' - ') || raw.includes(' – ') || raw.includes(' — '))) {
    const lead = DASH_STATUS_LEAD_RE.exec(raw);
    const said = lead ? statusOfWord(lead[2]!) : null;
    if (said) {
      bracketStatus = said;
      readLead = READING_WORD_RE.test(lead![2]!);
      raw = ' ' + raw.slice(lead![0].length);
    }
  }
  // "読んだ [リーダブルコード](…)", "作った [polybar-theme](…)", "参加(ROM専) [第52回Emacs勉強会](…)": a log's
  // line that opens with what was done, in Japanese, in the past: done.
  if (bracketStatus === null && raw.charCodeAt(raw.search(/\S/)) > 0x3000) {
    const lead = JA_DONE_LEAD_RE.exec(raw);
    if (lead && /\S/.test(raw.slice(lead[0].length))) {
      bracketStatus = 'done';
      readLead = /^読/.test(lead[1]!);
      raw = ' ' + raw.slice(lead[0].length);
    }
  }
  // "Currently reading: Dune", "Just finished: Leviathan Falls", "Recently threw on the DNF pile:
  // Ulysses", "On deck: Mistborn": a short label saying where the entry stands, then its name.
  // The label is the status's, not the name's (a word for done or todo that only a field says,
  // "Finished:", "Backlog:", counts here too).
  let labelStatus: Status | null = null;
  if (bracketStatus === null && (raw.includes(':') || raw.includes('：'))) {
    const lead = STATUS_LABEL_LEAD_RE.exec(raw);
    const label = lead ? lead[1]!.trim() : '';
    // (Not a name with a dash, "Steve McConnell - Code Complete: A Practical Handbook", and not
    // when nothing but a length follows: "Reading: 1hr" under "Arch:" is an activity and its time.)
    const rest = lead ? raw.slice(lead[0].length) : '';
    // Nor a word that names an activity as much as a status ("read: https://…", "Reading: ch. 3"
    // in a plan's day).
    if (lead && wordCount(label) <= 6 && !/\s[-–—]\s/.test(label) && !ACTIVITY_WORD_RE.test(label) && /\p{L}{2}/u.test(rest.replace(LENGTH_WORDS_RE, ' '))) {
      labelStatus = statusOfWord(label.toLowerCase()) ?? findStatusWordAt(label)?.status ?? (/\bdnf\b/i.test(label) ? 'skipped' : null);
      if (labelStatus) {
        readLead = READ_LABEL_RE.test(label);
        raw = ' ' + raw.slice(lead[0].length);
      }
    }
  }
  let explicitHours: number | null = null;
  // "| 3:10:30" (or a tab and 3:10:30) after a video title is its running time.
  const mayHaveClock = raw.includes(':') && (raw.includes('|') || raw.includes('｜') || raw.includes('\t'));
  const clock = mayHaveClock ? TRAILING_CLOCK_RE.exec(raw) : null;
  if (clock) {
    explicitHours = runningTime(clock[1]!);
    raw = raw.slice(0, clock.index);
  }
  // "09:00 - 10:00: Container Images", "14:30–16:00 — Labs": a slot of the day's timetable, then
  // what is done in it. The slot's hours are the entry's time; its clock times are no part of its name.
  // (A length the entry says itself, "(1h)", is its time over the slot's.)
  let slotHours: number | null = null;
  const c0 = raw.trimStart().charCodeAt(0);
  const slot = c0 >= 48 && c0 <= 57 ? SLOT_LEAD_RE.exec(raw) : null;
  if (slot) {
    const range = CLOCK_RANGE_RE.exec(slot[1]!);
    slotHours = range ? clockHours(range) : null;
    if (slotHours !== null) raw = ' ' + raw.slice(slot[0].length);
  }
  // "**Permutation City** by Greg Egan: Hard science fiction about uploaded minds.": a bold
  // name, then a sentence describing it. The name is the title; the sentence stays in the note
  // (its words still say what kind of thing it is: it leaves the title once the kind is known).
  // "5:tomato:", "3🍅": so many pomodoros, as the estimate patterns read them.
  if (raw.includes(':tomato:') || raw.includes('🍅')) raw = raw.replace(/(\d+)\s*(?::tomato:|🍅)/g, '$1 pomodoros').replace(/(?::tomato:|🍅)\s*[x×]?\s*(\d+)/g, '$1 pomodoros');
  // "[Intermediate Python](…) :heavy_check_mark:": GitHub's shortcode for a mark after the entry,
  // read before readInline, which takes a final ':' for a label's.
  const code = shortcodeMark(raw);
  const shortcode: Status | null = code?.status ?? null;
  if (code) raw = code.rest;
  const describedAs = describedName(raw);
  const description = describedAs !== null ? raw.slice(describedAs.length) : null;
  const f = readInline(raw);
  let title = f.title;
  // Dataview's fields ("status:: finished", "[progress:: 120/448]"): a status field says the
  // status as a checkbox would, a progress field how far along it is.
  let fieldProgress: { done: number; total: number | null; unit: string } | null = null;
  for (const key in f.fields) {
    const value = f.fields[key]!;
    if (bracketStatus === null && (STATUS_FIELD_KEYS as readonly string[]).includes(key)) bracketStatus = statusOfWord(value.toLowerCase()) ?? statusAt('cell-mark', value.replace(/\uFE0F$/, ''));
    else if (key === 'progress' && fieldProgress === null) {
      const p = findProgress(value) ?? wholeFraction(value);
      if (p) fieldProgress = { done: p.done, total: p.total, unit: p.unit };
    }
  }
  // …or inside the link text: "[📽️ Course | 3:10:30](https://…)".
  const innerClock = explicitHours === null && mayHaveClock ? TRAILING_CLOCK_RE.exec(title) : null;
  if (innerClock) {
    explicitHours = runningTime(innerClock[1]!);
    title = title.slice(0, innerClock.index);
  }
  // A progress bar drawn in text ("▓▓▓▓▓▓░░░░ 60%", "[#####-----]", "[=====>    ]"): the figure
  // says it; the bar is no name. It goes before the figure is read, so a label before the bar
  // ("progress: ▓▓▓░░ 40%") goes with the figure.
  if (/[▓░█▒▰▱■□]{3}|\[[#=|]/.test(title)) title = title.replace(/[▓░█▒▰▱■□]{3,}|\[[#=|][#=|\-. >]{2,}\]/g, ' ').replace(/\s{2,}/g, ' ').trim();
  let progress = findProgress(title) ?? (title.includes('/') ? findBareFraction(title) : null)
    ?? (fieldProgress ? { ...fieldProgress, index: title.length, length: 0, doneIndex: title.length, doneLength: 0 } : null);
  // A success criterion or a deliverable says a target inside its words ("100% of SQLBolt
  // done"); how far along it is stands after them ("Blog post (3/7 parts)").
  if (progress && (input.hint === 'milestone' || input.hint === 'deliverable')) {
    const after = title.slice(progress.index + progress.length);
    if (!/^[\s)\].,;:!-]*$/.test(after) || progress.index === 0) progress = null;
  }
  // "Read chapter 4", "Watch lecture 3", "Finish module 2": a step that names one unit
  // of a resource, not how far along the resource is. Numbered units stay apart.
  // (An entry that opens with the phrase, "Read chapter 4 of the book", is such a step too.)
  if (progress && progress.total === null && (progress.index === 0 || NAMED_UNIT_STEP_RE.test(title.slice(0, progress.index)))) progress = null;
  if (progress) {
    // A trailing or parenthesised phrase is not part of the title.
    // ("(Progress 35%)", "(progreso: 3/10)": the bracket's label goes with its figure.)
    const label = codeAt(title, progress.index - 1) === 32 || codeAt(title, progress.index - 1) === 58 ? PROGRESS_LABEL_RE.exec(title.slice(0, progress.index)) : null;
    const before = label ? title.slice(0, label.index + 1) : title.slice(0, progress.index);
    const after = title.slice(progress.index + progress.length);
    // "3 of 8 modules complete", "30% through": a status word after the phrase goes with
    // it, and "at" or "on" before it ("Blitzstein book, at chapter 5 of 13").
    // ("3/10章まで読了", "3강/20강 완료": the same, as Japanese and Korean say it.)
    if (/^[\s)\].,;:!-]*(?:(?:done|complete|completed|finished|watched|read|through|in)\b[\s)\].,;:!-]*|(?:まで)?(?:読了|完了|終了|済み?|読んだ|見た)?[\s。、)]*|(?:완료|수강\s*완료|들음)[\s.)]*)?$/i.test(after) && before.trim().length > 0) {
      // (A lead-in stands right before a bare phrase; before a bracket the words are the
      // title's own: "Walk Through](…) (3/7 parts)", "re-read on (3/7)".)
      title = /[([]\s*$/.test(before) ? before.replace(/\s*[([]\s*$/, '') : before.replace(LEAD_IN_RE, '');
    } else if (DASHED_PROGRESS_RE.test(before)) {
      // "Linear Algebra Done Right — finished 6 of 10 chapters, exercises up to 5.C": after the
      // dash, how far along it is and more about that; the name is what stands before the dash.
      title = DASHED_PROGRESS_RE.exec(before)![1]!;
    } else if (/[([]\s*$/.test(before)) {
      // "SICP (ch 1-2 done, 3 in progress)": the bracket is about progress; it goes whole.
      const close = after.search(/[)\]]/);
      title = before.replace(/[([]\s*$/, '') + (close >= 0 ? after.slice(close + 1) : after);
    }
  }
  // A progress-bar image in the line ("![progress](…/88/)"): how far along, in percent.
  if (!progress && f.percent !== undefined) progress = { done: f.percent, total: 100, unit: 'percent', index: title.length, length: 0, doneIndex: title.length, doneLength: 0 };
  // "Грокаем алгоритмы [288/288]", "(3/10)" at the end: a count of parts; a book's hundreds are pages.
  const last = codeAt(title, title.length - 1);
  if (!progress && (last === 93 /* ] */ || last === 41 /* ) */ || last === 0xff09 /* ） */ || last === 0x3011 /* 】 */ || last === 0xff3d /* ］ */)) {
    const m = BRACKET_FRACTION_RE.exec(title);
    if (m && Number(m[2]) > 0 && Number(m[1]) <= Number(m[2])) {
      progress = { done: Number(m[1]), total: Number(m[2]), unit: 'part', index: m.index, length: m[0].length, doneIndex: m.index, doneLength: m[1]!.length };
      title = title.slice(0, m.index).trimEnd();
    }
  }
  // "(spent 3h)", "2h so far", "1.5h logged", "took 45 min": time already put in, not an estimate.
  let spentHours = 0;
  if (/\d/.test(title) && SPENT_HINT_RE.test(title)) {
    const spent = SPENT_RE.exec(title);
    const hours = spent ? parseDurationHours((spent[1] ?? spent[2])!) : null;
    if (spent && hours) {
      spentHours = hours;
      // What the cut leaves: "(est 6h, )" → "(est 6h)", "( )" → "", a dangling separator at the end.
      title = (title.slice(0, spent.index) + title.slice(spent.index + spent[0].length))
        .replace(/\(\s*[,;]?\s*\)/g, '').replace(/\(\s*[,;]\s*/g, '(').replace(/\s*[,;]\s*\)/g, ')').replace(/\s*[-–—,;]\s*$/, '');
    }
  }
  // findEstimate finds nothing without a digit, "full", "half" or "weekend".
  if (explicitHours === null && /\d|full|half|weekend/i.test(title)) {
    let est = findEstimate(title);
    // "Solve 50 mediums in under 30 min" as a success criterion: a limit to meet, not time to spend.
    if (est && (input.hint === 'milestone' || input.hint === 'deliverable') && LIMIT_BEFORE_RE.test(title.slice(0, est.index))) est = null;
    // "Read [Learn Lua in a Weekend](…)", "[Quick sort in 4 minutes](…)": a span the title of a
    // linked work names is its length, and stays in its name.
    let named = false;
    if (est && raw.includes('](') && /\bin\s+~?$/i.test(title.slice(0, est.index))) {
      const at = raw.indexOf(title.slice(est.index, est.index + est.length));
      named = at >= 0 && inLinkText(raw, at);
    }
    if (est && est.rate === null) {
      explicitHours = est.hours;
      // "(estimate: 6 hours)", "(est. 30h)", "[time: 10h]", "⏱ 8h": the label goes with the figure.
      const ahead = title.slice(0, est.index);
      const label = ESTIMATE_LABEL_RE.exec(ahead);
      const before = label ? ahead.slice(0, label.index) + (label[1] ?? '') : ahead;
      // "(~40 hrs total)": the word goes with the figure.
      const after = title.slice(est.index + est.length).replace(/^\s*(?:total|in total|overall)\b/i, '');
      // "(1.5 hours)", "[1 hour]", "- ~6h" at the end or start: strip; inside a sentence: keep.
      // "Raft paper (2h) — after …": in brackets of its own, anywhere.
      if (!named && (/^[\s)\]*.,;:-]*$/.test(after) || /^[\s([*]*$/.test(before) || (/[([]\s*$/.test(before) && /^\s*[)\]]/.test(after)))) {
        // "1.5 hours of Rust": the estimate and its "of" go.
        const rest = before.trim() ? after : after.replace(/^\s*[)\]]?\s*(?:of|on|for)\s+/i, '');
        // "(16 videos, ~4h)": the bracket held more than the figure; it keeps the rest.
        const open = before.lastIndexOf('(') > before.lastIndexOf(')') && !/\(\s*$/.test(before) && /^\s*\)/.test(rest);
        title = open
          ? (before.replace(/[\s,;:–—-]+$/, '') + rest.trimStart()).trim()
          : joinAround(before.replace(/[([]\s*$/, ''), rest.replace(/^\s*[)\]]/, ''));
        // "A chess engine, maybe 40 hours": the hedge went with the figure.
        if (!rest.trim() && HEDGE_END_RE.test(title)) title = title.replace(HEDGE_END_RE, '');
      }
    } else if (est && est.rate === 'week') {
      // "CS50P — 10 weeks, ~6h/week", "5h/week for 4 weeks": so many weeks at so many hours a week.
      const span = WEEKS_BEFORE_RATE_RE.exec(title.slice(0, est.index));
      const later = span ? null : WEEKS_AFTER_RATE_RE.exec(title.slice(est.index + est.length));
      if (span) {
        explicitHours = Number(span[1]) * est.hours;
        const after = title.slice(est.index + est.length);
        if (/^[\s)\]*.,;:-]*$/.test(after)) title = title.slice(0, span.index).replace(/[\s([]+$/, '');
      } else if (later) {
        explicitHours = Number(later[1]) * est.hours;
        const after = title.slice(est.index + est.length + later[0].length);
        if (/^[\s)\]*.,;:-]*$/.test(after)) title = title.slice(0, est.index).replace(/[\s([–—-]+$/, '');
      }
    }
  }
  // "Optional: Read the Raft paper", "Bonus - implement snapshots": the mark, not the name.
  let optionalLead = false;
  if (OPTIONAL_LEAD_RE.test(title)) {
    const rest = title.replace(OPTIONAL_LEAD_RE, '');
    if (rest.trim()) { title = rest; optionalLead = true; }
  }
  // A rating ("⭐⭐⭐⭐", "★★★☆☆") says what the person thought of it, not what it is called.
  if (/[⭐★☆]/.test(title)) title = title.replace(/[⭐★☆✩✰]{2,}\uFE0F?/gu, ' ');
  // Dot leaders that led to a figure ("Discrete math ........ 60h"); an ellipsis stays.
  if (title.includes('....')) title = title.replace(/\s*\.{4,}\s*$/, '');
  // "(0:21:00) Introduction": a chapter's start offset in a video, not its name.
  if (title.includes('(') || title.includes('[') || title.includes('!!')) title = title.replace(DECORATION_RE, ' ');
  // The word's status counts when nothing else says one; "not started", "planned" say todo.
  let trailing: Status | null = shortcode ?? labelStatus;
  let trailingDate: string | null = null;
  // "function pointers   @ here right now!", "Graphs <- I'm here": where the person is now.
  const here = (title.includes('@') || title.includes('<') || title.includes('←') || title.includes('⬅') || title.includes('👈')) && HERE_WORD_RE.test(title) ? HERE_MARK_RE.exec(title) : null;
  if (here && here.index > 0) {
    trailing = 'doing';
    title = title.slice(0, here.index);
  }
  const tail = trailing ? null : findTrailingStatus(title);
  if (tail && tail.index > 0) {
    trailing = tail.status;
    trailingDate = tail.status === 'done' ? tail.date : null;
    title = title.slice(0, tail.index);
  }
  title = cleanTitle(title.replace(/^\s*[([]\d{1,2}:\d{2}(?::\d{2})?[)\]]\s*/, ''));
  // A bare link, or a verb and a link ("Read https://hbr.org/…/how-to-build-your-network/"):
  // name it after the page.
  let named = false;
  if (f.links.length > 0 && (title.length === 0 || /^(?:read|watch|see|check|study|try|look at)$/i.test(title))) {
    const name = titleFromUrl(f.links[0]!);
    title = title ? `${title}: ${name}` : name;
    named = true;
  } else if (f.links.length > 0 && BARE_MARK_RE.test(title)) {
    // "[https://leetcode.com/problems/valid-mountain-array](…) (E)": the page's name, then its mark.
    title = `${titleFromUrl(f.links[0]!)} ${title}`;
    named = true;
  }
  if (!title) title = cleanTitle(f.title) || cleanTitle(raw) || '(untitled)';
  // "~~How many samples are needed?~~ All of the run.", "~~Read SICP~~ switched to HtDP": what was
  // struck out is the entry; the words after it say how it ended. (Not a struck day, "~~06/20~~ –
  // Revisit the lecture": its words are the entry.)
  if (f.struck && raw.includes('~~')) {
    const m = STRUCK_THEN_WORDS_RE.exec(raw.trim());
    if (m && wordCount(m[2]!) >= 2 && /\p{L}{2}/u.test(m[1]!)) {
      const struck = cleanTitle(readInline(m[1]!).title);
      if (struck) title = struck;
    }
  }

  let status: Status = 'todo';
  let explicitStatus = false;
  if (input.status) { status = input.status; explicitStatus = true; }
  else if (input.check !== null) { status = statusOfCheck(input.check, input.org); explicitStatus = true; }
  else if (bracketStatus !== null) { status = bracketStatus; explicitStatus = true; }
  // A struck-out entry is done, or dropped when its words say so ("~~Code Complete~~ (gave up)").
  // (Struck out beside a box left open, "- [ ] ~~UNIX 网络编程卷一~~": put down; had it been finished, the box would be ticked.)
  if (f.struck && status === 'todo') { status = trailing === 'skipped' || findStatusWordAt(raw)?.status === 'skipped' || (input.check !== null && !input.status && statusOfCheck(input.check, input.org) === 'todo') ? 'skipped' : 'done'; explicitStatus = true; }
  if (f.dates.done && status === 'todo') status = 'done';
  // "[Rust Specialization](…) [Certificate](…)": finished, with a certificate to show for it
  // (the link's words are not the title's).
  // (Or a link to the certificate's own page, "…/course-certificates/…", "coursera.org/verify/…";
  // not a certificate programme to take, "[… Certificate](…/professional-certificates/…)".)
  if (raw.includes('](') && CERTIFICATE_LINK_RE.test(raw)) {
    if (status === 'todo' && !explicitStatus) status = 'done';
    const m = CERTIFICATE_TEXT_RE.exec(title);
    if (m && m.index > 0) title = cleanTitle(title.slice(0, m.index).replace(/[\s\-–—|,]+$/, ''));
  } else if (status === 'todo' && !explicitStatus && f.links.some((l) => CERTIFICATE_URL_RE.test(l))) status = 'done';
  // "Number Theory (XM310) - Grade: A", "… | Final grade: 96%": a grade is given for work finished.
  if (status === 'todo' && !explicitStatus && trailing === null && (raw.includes(':') || raw.includes('=')) && GRADE_WORD_RE.test(raw) && GRADE_TAIL_RE.test(raw)) {
    status = 'done';
    const g = GRADE_TAIL_RE.exec(title);
    if (g && g.index > 0) title = cleanTitle(title.slice(0, g.index));
  }
  if (f.dates.cancelled && status === 'todo') status = 'skipped';
  // "- [ ] 19 章 (今は使わないので省略した)", "- [ ] Ch 9 (I gave up on the proofs)": a remark in
  // brackets at the end telling that it was left out.
  if (status === 'todo' && trailing === null && raw.trimEnd().endsWith(')')) {
    const r = BRACKET_TAIL_RE.exec(raw);
    if (r && narratedStatus(r[1]!)?.status === 'skipped') trailing = 'skipped';
  }
  // "![Done](https://img.shields.io/badge/…) _Cap Theorem_", "![In Progress](…) …": a badge the entry
  // opens with, its words a status.
  if (!explicitStatus && input.check === null && f.leadImage !== undefined) {
    const badge = statusOfWord(f.leadImage.replace(/[_-]+/g, ' ').trim());
    if (badge) { status = badge; explicitStatus = true; }
  }
  const openBoxWords = trailing ?? bracketStatus;
  if (!explicitStatus && !progress && trailing !== null) status = trailing;
  // "- [ ] GitLab CI (in progress)", "- [ ] (in progress) Learn Go", "- [ ] Fortran (dropped)": an open
  // box says only that it is not done; the words say how far it is. (A tick says done, whatever words follow.)
  else if (explicitStatus && status === 'todo' && input.check !== null && !input.status && (openBoxWords === 'doing' || openBoxWords === 'skipped')) status = openBoxWords;
  else if (!explicitStatus && input.hint !== 'milestone') {
    let at = findStatusWordAt(raw);
    // ("[What I learned rereading DDIA | Hacker News](…)": a link's words are the page's title, not the person's.)
    if (at && raw.includes('](') && inLinkText(raw, at.index)) at = null;
    // In a long entry (a sentence or two), only a word near its start or end, or in brackets,
    // says where the entry stands; one mid-sentence is about something else.
    const word = at && (wordCount(raw) <= 12 || wordCount(raw.slice(0, at.index)) <= 3 || wordCount(raw.slice(at.end)) <= 3 || /[([][^)\]]*$/.test(raw.slice(0, at.index))) ? at.status : null;
    // (With a figure, only a word that it was put down counts: "Peopleware (dropped at ch 3)";
    // the figure says the rest.)
    if (word === 'skipped' || (word === 'doing' && !progress)) status = word;
    else if (word === 'done' && !progress && /(?:^|[\s(\-–—:|,])(?:done|finished|completed)\W*$/i.test(raw.trim())) status = 'done';
  }
  // "- [ ] Completé todos los ejercicios (3/3)", "- [ ] Part (2/2)": an open box with its count
  // full is a goal and its target, or a part's number; had it been done, the box would be ticked.
  const fullUnderOpenBox = progress !== null && input.check !== null && !input.status && status === 'todo' && progress.total !== null && progress.done >= progress.total;
  if (progress && !fullUnderOpenBox && (status === 'todo' || (status === 'doing' && !explicitStatus))) {
    status = statusOfProgress(progress);
  }

  // "by Dec 15", "due 2026-12-15", "(deadline: Jan 10)": a due date in words.
  if (!f.dates.due && DUE_HINT_RE.test(title)) {
    const due = findDueDate(title, input.today ?? null, input.year ?? null);
    if (due) {
      f.dates.due = due.iso;
      title = cleanTitle(title.slice(0, due.index) + title.slice(due.index + due.length));
    }
  }
  // "Jane B. Reece, Lisa A. Urry - Campbell Biology", "Anthony J. F. Griffiths - Introduction to
  // Genetic Analysis", "J. R. R. Tolkien — The Hobbit": the authors first, as a citation names
  // them (an initial among them says they are people: "Machine Learning - Andrew Ng" could be
  // either way round), then the work, which is the name.
  let authorsFirst = false;
  if ((title.includes(' - ') || title.includes(' – ') || title.includes(' — ')) && INITIAL_RE.test(title)) {
    const m = AUTHORS_LEAD_RE.exec(title);
    if (m && INITIAL_RE.test(m[0]) && /\p{L}{2}/u.test(title.slice(m[0].length))) {
      title = title.slice(m[0].length);
      authorsFirst = true;
    }
  }
  const prereqNames = /\b(?:after|requires?|needs|depends on|prereq)/i.test(raw) ? findPrerequisites(raw) : [];
  if (prereqNames.length) title = cleanTitle(title.replace(PREREQ_RE, ' '));
  // A title made from the address says less than the site does.
  let kind = kindOfTags(f.tags) ?? (named || isExerciseLink(f.links) ? kindOfLinks(f.links) : null) ?? (JUDGE_NUMBER_RE.test(title) || EXERCISE_CODE_RE.test(title) ? 'task' : null)
    // "1. Two Sum", "232. Implement Queue using Stacks" in a note about a judge: the judge's problem number.
    ?? (input.judge && PROBLEM_NUMBER_LEAD_RE.test(raw.replace(NOT_WORD_LEAD_RE, '')) ? 'task' : null)
    // "2.7 Exterior derivative": numbered as a section or exercise of something larger (the number leaves the title).
    ?? (OUTLINE_NUMBER_RE.test(raw) && !hasCourseCue(title) && kindOfLinks(f.links) !== 'course' ? 'task' : null)
    // "*Automate the Boring Stuff with Python* — Al Sweigart": a title in italics and its author.
    ?? (f.links.length === 0 && citesItalicWork(raw) ? 'book' : null) ?? classifyKind(title, f.links, input.hint, input.fileHint ?? null, input.fallbackKind ?? 'topic');
  // "Read - Hollow Pines", "DNF - Salt Roads": what a reading log says was read (or put down)
  // is a book, unless its words or its link said what else it is.
  if ((readLead || authorsFirst) && (kind === 'topic' || kind === 'task' || kind === 'project')) kind = 'book';
  // "**Deep Work** *Cal Newport*", "*Dune* by Frank Herbert": a title set in bold or italics,
  // then a person's name set apart: a work and its author.
  if ((kind === 'topic' || kind === 'task' || kind === 'project') && (raw.includes('**') || raw.includes('*') || raw.includes('_')) && EMPHASISED_AUTHOR_RE.test(raw)) kind = 'book';
  // "Work through _Pattern Recognition and Machine Learning_", "Finish *The Rust Programming
  // Language*": a title set in italics, as a book's is in writing, after a verb of working through it.
  if ((kind === 'topic' || kind === 'task' || kind === 'article') && (raw.includes('_') || raw.includes('*')) && ITALIC_TITLE_AFTER_VERB_RE.test(raw) && !hasCourseCue(title)) kind = 'book';
  // "Designing Data-Intensive Applications", "SICP 2nd", "CLRS (3rd ed.)": a book that self-taught
  // engineers read so often that its name alone says what it is (classify.ts's KNOWN_BOOK_RE).
  if ((kind === 'topic' || kind === 'task' || kind === 'project' || kind === 'article') && !OUTLINE_NUMBER_RE.test(raw) && input.hint !== 'course' && input.hint !== 'video' && isKnownBook(title)) kind = 'book';
  // "[[research/Tanenbaum-Modern_operating_systems|Modern operating systems]]": a literature
  // note named "Author-Title" (a year in front, as Zotero names them) is on a book.
  if (kind === 'topic' && raw.includes('[[') && WIKI_AUTHOR_TITLE_RE.test(raw)) kind = 'book';
  // "Read chapter 7 of Book 2", "Watch lecture 3": a step through one numbered unit of a
  // resource, a task, not the book or the course.
  if (kind !== 'task' && kind !== 'deliverable' && kind !== 'milestone' && UNIT_STEP_RE.test(title)) kind = 'task';
  if (kind === 'topic' && periodStep(title)) kind = 'milestone';
  // "Linear Algebra (Strang) - 14/34 lectures": what is counted says what it is.
  if (progress && (kind === 'topic' || kind === 'task' || kind === 'project')) kind = unitKind(kind, progress.unit);
  // A count that names no unit counts what the title names last, when that is a thing one
  // counts ("Responsive Web Design Projects (1/5)", "Leetcode problems [20/150]"). A book's
  // few hundred parts are its pages, and a few dozen its chapters ("Types and Programming
  // Languages [7/32]"); a handful may be its volumes ("The Chronicles [3/3]"), and stay parts.
  // (Not where the line says parts: "(3/7 parts)".)
  if (progress && progress.unit === 'part' && !/\bparts?\b/i.test(raw)) {
    const named = countedByTitle(title);
    if (named !== null) progress = { ...progress, unit: named };
    else if (kind === 'book' && progress.total !== null && progress.total > 5) progress = { ...progress, unit: progress.total > 60 ? 'page' : 'chapter' };
  }
  if (description !== null) {
    const words = cleanTitle(readInline(description.replace(FIGURES_END_RE, '')).title);
    // (The name's own full stop goes with the sentences after it: "Weekly: Practice interviews.")
    if (words && title.endsWith(words) && title.length > words.length) title = title.slice(0, title.length - words.length).replace(/[\s:：–—-]+$/, '').replace(/(?<=[\p{L}\p{N})])\.$/u, '');
  }
  // "Crafting a Compiler - YouTube", "Ownership | by Ana | Medium", "The Book - The Book": a
  // page's title as a browser keeps it, the site's name after it; the site is in the link.
  // (A course keeps its provider: "Algorithms - Aduni" on aduni.org is that school's course.)
  if (f.links.length && kind !== 'course' && (title.includes(' - ') || title.includes(' | ') || title.includes(' — ') || title.includes(' · ') || title.includes(' – '))) title = withoutSiteName(title, f.links);
  // ":rocket:", ":fire:" left at the end: an emoji's short code, decoration.
  if (title.endsWith(':') && SHORTCODE_END_RE.test(title)) title = title.replace(SHORTCODE_END_RE, '');
  // "Systems Performance [Book]", "Raft (paper)": a kind word in brackets at the end is a tag, not the title's.
  if (title.endsWith(')') || title.endsWith(']')) {
    const tag = KIND_TAG_END_RE.exec(title);
    if (tag && KIND_TAG_WORDS[tag[1]!.toLowerCase()] === kind && tag.index > 0) title = title.slice(0, tag.index).trimEnd();
  }
  let priority = f.priority ?? 2;
  if (f.important && f.priority === null) priority = 4;
  // "Learn Rust — completed 2026-04-21": the day it was done, when it is done.
  if (trailingDate && status === 'done' && !f.dates.done) f.dates.done = trailingDate;
  const hours = explicitHours ?? slotHours;
  return {
    id: '', title, kind, status,
    progress: progress ? { done: progress.done, total: progress.total, unit: progress.unit } : null,
    estimate: hours !== null && hours > 0 ? { hours: round2(hours), basis: 'explicit' } : null,
    spentHours: round2(spentHours), links: f.links, path: input.sectionPath, parent: null, dependsOn: [],
    dates: f.dates, tags: f.tags, optional: f.optional || optionalLead,
    source: { path: input.path, line: input.line, endLine: input.line }, mentions: [],
    priority, recurrence: f.recurrence, progressLine: null, logged: [],
    taskId: f.taskId, blockedBy: f.blockedBy, prereqNames, explicitStatus, block: null,
    scheduled: false, children: 0, doneChildren: 0,
  };
}

/**
 * A page title less the site's name after its last separator, when that name is the link's
 * site ("… - YouTube" on youtube.com, "… | Medium" on medium.com) or repeats the title
 * ("The Rust Programming Language - The Rust Programming Language"); else the title as it is.
 */
export function withoutSiteName(title: string, links: readonly string[]): string {
  const m = SITE_SUFFIX_RE.exec(title);
  if (!m || m.index === 0) return title;
  const head = title.slice(0, m.index).trim();
  const site = m[1]!.trim();
  // (Inside brackets, "(Lectures - YouTube)", the separator is the bracket's own.)
  if (!head || !/\p{L}/u.test(head) || /[()[\]]/.test(site)) return title;
  if (site.toLowerCase() === head.toLowerCase()) return head;
  const name = site.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (name.length < 3) return title;
  for (const l of links) {
    const host = linkHost(l);
    if (!host) continue;
    // (A school's site names who teaches it: "CS50 - Harvard" keeps its school.)
    if (/\.edu$|\.ac\.[a-z]{2}$/.test(host)) continue;
    if (host.replace(/[^a-z0-9]/g, '').includes(name)) {
      // "Ownership | by Ana | Medium": a byline before the site goes with it.
      return head.replace(/\s+[|·]\s+by\s+[^|·]{1,60}$/i, '').trim();
    }
  }
  return title;
}
const SITE_SUFFIX_RE = /\s+[-|—–·]\s+([^-|—–·]{2,60})$/;

// A name: capitalised words or initials ("Robert C. Martin", "Nicole Forsgren, Jez Humble, Gene Kim", "K&R").
const PERSON_NAME = String.raw`\p{Lu}[\p{L}'’.&-]*(?:\s+(?:van|von|de|da|del|le|di)?\s*\p{Lu}[\p{L}'’.&-]*){0,3}`;
/** "**Title** *Author*", "*Title* by Author", "**Title** — *A. Author, B. Author*" at the end of an entry. */
const EMPHASISED_AUTHOR_RE = new RegExp(String.raw`(?:\*\*|__|[*_])[^*_]{2,}(?:\*\*|__|[*_])\s*(?:[-–—,:]\s*)?(?:(?:by|di|de|von|par|por)\s+(?:[*_]\s*)?${PERSON_NAME}(?:\s*(?:,|&|and|e|y|und|et)\s*${PERSON_NAME})*\s*[*_]?|[*_]${PERSON_NAME}(?:\s*(?:,|&|and|e|y|und|et)\s*${PERSON_NAME})*[*_])\s*\.?\s*$`, 'u');
/** A verb of working through, then a title (capitalised, three words or more) wholly in single emphasis: "Work through _Speech and Language Processing_". */
const ITALIC_TITLE_AFTER_VERB_RE = /^\W*(?:[Ww]ork through|[Gg]o through|[Gg]et through|[Ff]inish|[Cc]omplete|[Ss]tart|[Bb]egin|[Cc]ontinue|[Rr]e-?read|[Rr]ead)\s+(?:the\s+)?(?:\*(?!\*)\p{Lu}[^*]*?\s[^*]*?\s[^*]*?\*|_(?!_)\p{Lu}[^_]*?\s[^_]*?\s[^_]*?_)(?:\s*(?:\(.*\)|,.*|[-–—:].*))?\s*$/u;
const KIND_TAG_END_RE = /\s*[([]\s*(book|e-?book|audiobook|video|videos|course|mooc|paper|article|blog post)\s*[)\]]$/i;
const KIND_TAG_WORDS: Record<string, Kind> = {
  book: 'book', ebook: 'book', 'e-book': 'book', audiobook: 'book', video: 'video', videos: 'video', course: 'course', mooc: 'course', paper: 'paper', article: 'article', 'blog post': 'article',
};

const STATUS_FIELD_KEYS = ['status', 'state', 'estado', 'statut', 'stand'] as const;

const WIKI_AUTHOR_TITLE_RE = /\[\[(?:[^\]|]*\/)?(?:\d{4}-)?\p{Lu}[\p{L}'’]+(?:_\p{Lu}[\p{L}'’]+)?-\p{L}[\p{L}\p{N}'’]*(?:_[\p{L}\p{N}'’]+)+(?:\|[^\]]*)?\]\]/u;

/** "2.7 …", "[x] 3.1.2 …" at the start of an entry's text: two or more levels of an outline's number. */
const OUTLINE_NUMBER_RE = /^\s*(?:\[.\]\s*)?\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\s+\p{L}/u;

// What leads in to a progress phrase at the end: "at", "currently on", "read up to", "watched till".
// ("Rust book, I am on chapter 9", "Curso de SQL — voy por la lección 5", "je suis au chapitre 3":
// the person saying where they are goes with the phrase too.)
/** A name, a dash, then only a lead-in to a progress phrase: "Linear Algebra Done Right — finished ". */
const DASHED_PROGRESS_RE = /^(\S.*?\S)\s+[-–—]\s+(?:(?:finished|done|read|completed|watched|covered|at|on)\s+)?$/i;
const LEAD_IN_RE = /(?:^|\s)(?:(?:i['’]?m|i am|we['’]?re|we are|am)\s+)?(?:(?:currently|now)\s+)?(?:at|on|(?:(?:read|watched|done|finished|completed|covered)\s+)?(?:up\s*to|upto|till|until|through|thru)|voy por(?:\s+(?:la|el))?|estoy en(?:\s+(?:la|el))?|(?:terminado|terminada|hecho|completado|le[ií]do)\s+hasta(?:\s+(?:la|el))?|(?:feito|terminado|conclu[ií]do|lido)\s+at[ée](?:\s+[ao])?|(?:estou|vou)\s+n[ao]|je suis (?:au|à la)|ich bin bei|bin bei|jestem na|(?:i['’]?m|i am|we['’]?re|we are)(?:\s+(?:currently|now))?)\s*$/iu;
// "10 weeks, ~" right before a weekly rate.
const WEEKS_BEFORE_RATE_RE = /\s*[-–—,(]?\s*(\d+(?:\.\d+)?)\s*(?:weeks?|wks?)\s*(?:[,x×*@]|at)?\s*(?:~|≈|about\s+)?$/i;
const DURATION = '(~?\\d+(?:\\.\\d+)?\\s*(?:hours?|hrs?|h|minutes?|mins?|m)(?:\\s*\\d+\\s*(?:minutes?|mins?|m))?)(?![a-z])';
const SPENT_HINT_RE = /spent|logged|so far|took|worked/i;
// "spent 3h", "took 45 min", "2h so far", "1.5h logged" (and its separator before it).
const SPENT_RE = new RegExp(`\\s*[-–—,;]?\\s*(?:(?:spent|logged|took|worked)\\s+${DURATION}(?:\\s+so\\s+far)?|${DURATION}\\s+(?:spent|logged|so\\s+far|worked))`, 'i');
// "for 4 weeks", "x 6 weeks" right after a weekly rate.
const WEEKS_AFTER_RATE_RE = /^\s*(?:[,x×*]|for|over)\s*(\d+(?:\.\d+)?)\s*(?:weeks?|wks?)\b/i;
/** A remark in <small> at the end of a line. */
const SMALL_REMARK_RE = /\s*<small\b[^>]*>([^<]*)<\/small>\s*$/i;
/** A Japanese verb in the past that opens a log's line, then a space: "読んだ ", "作った ", "参加(ROM専) ", "写経した ". */
const JA_DONE_LEAD_RE = /^\s*(読んだ|読了|読みました|作った|作りました|写経した|参加した|参加|見た|観た|視聴した|解いた|受講した|修了した|やった)(?:\s*[(（][^)）]{0,12}[)）])?\s+/;
/** A span of days at the end, after a calendar or not, in a code span or not: "🗓 2021-02-01 ~ 2021-04-30", "2023-01-09 ~ ?", "2024-03-01 – present". */
const SPAN_TAIL_RE = /\s*`?\s*(?:[🗓📅📆]\uFE0F?\s*)?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*[~–—-]\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\?+|present|now|ongoing)?\s*`?\s*$/iu;
const OPTIONAL_LEAD_RE = /^\s*(?:optional|bonus|stretch(?: goal)?|extra)\s*[:：\-–—]\s*/i;
const DUE_HINT_RE = /\b(?:due|by|deadline|until|before)\b/i;
// "by Dec 15", "due 15 December 2026", "(deadline: 2027-01-10)", "- due Jan 3rd", "by June" at the end of a title.
const DUE_RE = new RegExp(
  `\\s*[(\\[]?\\s*(?:[-–—,]\\s*)?(?:due(?:\\s+(?:by|on))?|by|deadline|until|before)\\s*[:：]?\\s*${DATE_WORDS}\\s*[)\\]]?\\s*$`, 'i');

/**
 * A due date said in words at the end of a title, as YYYY-MM-DD. A day without a year is
 * in the note's year when it says one, else the next such day from `today`.
 */
export function findDueDate(title: string, today: string | null, year: number | null): { iso: string; index: number; length: number } | null {
  const m = DUE_RE.exec(title);
  if (!m || m.index === 0) return null;
  const iso = dateOfWords(m, 1, { today, year });
  return iso ? { iso, index: m.index, length: m[0].length } : null;
}

/** What is left of a line whose only name was its link: a mark in brackets, "(E)", "[H]", "(easy)". */
const BARE_MARK_RE = /^[([]\s*[\p{L}\p{N}★☆*+-]{1,6}\s*[)\]]$/u;

/**
 * A name for a page from its address: "https://site/news/the-linux-commands-handbook/" →
 * "The linux commands handbook"; a few sites by their own scheme ("arXiv 1706.03762",
 * "YouTube video aircAruvnKk", "donnemartin/system-design-primer").
 */
export function titleFromUrl(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^www\./, '');
    const segs = u.pathname.split('/').filter(Boolean);
    if (host === 'arxiv.org' && segs.length >= 2) return `arXiv ${segs[1]!.replace(/\.pdf$/i, '').replace(/v\d+$/, '')}`;
    if (host === 'youtube.com' || host === 'm.youtube.com' || host === 'youtu.be') {
      const id = host === 'youtu.be' ? segs[0] : u.searchParams.get('v');
      if (id) return `YouTube video ${id}`;
      if (u.searchParams.get('list')) return 'YouTube playlist';
      const channel = segs.find((x) => x.startsWith('@')) ?? (segs[0] === 'c' || segs[0] === 'channel' || segs[0] === 'user' ? segs[1] : undefined);
      if (channel) return `${channel.replace(/^@/, '')} (YouTube)`;
    }
    if ((host === 'github.com' || host === 'gitlab.com') && segs.length >= 2) return `${segs[0]}/${segs[1]}`;
    const seg = segs.pop();
    const parts = seg ? decodeURIComponent(seg).replace(/\.(?:html?|php|aspx?|pdf)$/i, '').split(/[-_+\s]+/).filter(Boolean) : [];
    // Ids around the words of a slug: "6654000-best-practices-…", "…-ai-c3412c5aa0ac".
    if (parts.length > 1 && /^\d{3,}$/.test(parts[0]!)) parts.shift();
    if (parts.length > 1 && /^(?=.*\d)[0-9a-f]{8,}$/i.test(parts[parts.length - 1]!)) parts.pop();
    const words = parts.join(' ');
    if (!words || /^\d+$/.test(words)) return host;
    const name = words.charAt(0).toUpperCase() + words.slice(1);
    // One word says little without the site: "Techniques (promptingguide.ai)".
    return parts.length === 1 ? `${name} (${host})` : name;
  } catch {
    return url;
  }
}

// "(after Raft)", "- requires: Linear Algebra, Calculus", "prerequisite: CS50", "depends on SICP".
// Only where it is clear: in brackets, after a separator, or as "prerequisite:"/"depends on".
const PREREQ_RE = /(?:[([]\s*|[-–—,;]\s+)(?:after(?: finishing| completing)?|requires?|needs|depends on|prerequisites?|prereqs?)\s*:?\s+([^)\]]+?)\s*(?:[)\]]|$)|\b(?:prerequisites?|prereqs?|depends on|requires)\s*:\s*([^)\]]+?)\s*$/i;

/** Names of the things an entry says must come first. */
export function findPrerequisites(raw: string): string[] {
  const m = PREREQ_RE.exec(raw);
  if (!m) return [];
  return (m[1] ?? m[2]!).split(/\s*(?:,|;|\band\b|&)\s*/).map((x) => cleanTitle(x)).filter((x) => x.length > 1 && !/^(?:none|n\/a|nothing)$/i.test(x));
}

/**
 * A progress line found under an item ("Lec 1 done out of 20", ":PAGES: 180/600"): the
 * item's progress, and its status when no checkbox or keyword said one.
 */
/**
 * Whether `share`, a percentage, is the count `had` said again ("(9/12)" then "75%"): the count
 * says more (what of how many), so it stays.
 */
export function saidAsCount(had: { done: number; total: number | null; unit: string } | null, share: { done: number; unit: string }): boolean {
  return had !== null && share.unit === 'percent' && had.unit !== 'percent' && had.total !== null && had.total > 0 && Math.abs((100 * had.done) / had.total - share.done) < 1.5;
}

export function applyProgress(d: Draft, prog: { done: number; total: number | null; unit: string }, line: number): void {
  // "### Arrays & Hashing (9/12)" over "Progress: ███████░░░ 75%": the same figure said again.
  if (saidAsCount(d.progress, prog)) {
    d.source.endLine = Math.max(d.source.endLine, line);
    return;
  }
  d.progress = { done: prog.done, total: prog.total, unit: prog.unit };
  d.progressLine = line;
  d.kind = unitKind(d.kind, prog.unit);
  if (d.status === 'todo' || (d.status === 'doing' && !d.explicitStatus)) {
    d.status = statusOfProgress(prog);
  }
  d.source.endLine = Math.max(d.source.endLine, line);
}

/**
 * The kind of an item counted in `unit` whose words named no resource: a topic in lectures
 * is a course; a project or task counted in chapters or pages is a book ("CS:APP - read
 * through ch. 6"), one in lectures stays what it is ("Finish the lectures").
 */
function unitKind(kind: Kind, unit: string): Kind {
  const counted = kindOfUnit(unit);
  if (counted === null) return kind;
  if (kind === 'topic' || (counted === 'book' && (kind === 'project' || kind === 'task'))) return counted;
  return kind;
}

/** The title's words either side of a figure taken out: "Daily (1 hour): Whiteboard" → "Daily: Whiteboard", not "Daily : …". */
function joinAround(before: string, after: string): string {
  const b = before.trimEnd();
  const a = after.trimStart();
  return (/^[:：,;.]/.test(a) ? b + a : `${b} ${a}`).trim();
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Strips a Draft down to the exported Item. */
export function toItem(d: Draft): Item {
  return {
    id: d.id, title: d.title, kind: d.kind, status: d.status, progress: d.progress, estimate: d.estimate,
    spentHours: d.spentHours, links: d.links, path: d.path, parent: d.parent, dependsOn: d.dependsOn,
    dates: d.dates, tags: d.tags, optional: d.optional, source: d.source, mentions: d.mentions,
    priority: d.priority, recurrence: d.recurrence, progressLine: d.progressLine, logged: d.logged,
  };
}

export { cleanTitle };

/** The unit a title's last word names in the plural ("… Projects", "Extra credits"), or null. */
function countedByTitle(title: string): string | null {
  // ("Pages read", "Videos watched", "Problems solved": the thing counted, then what was done to it.)
  const last = /(\p{L}+)(?:\s+(?:read|watched|done|completed|solved|finished|reviewed|practi[cs]ed|attended|seen|listened|learned|learnt|written|built|taken|passed|submitted))?[\s:：]*$/iu.exec(title);
  if (!last || !/s$/i.test(last[1]!)) return null;
  const unit = unitOfWord(last[1]!);
  return unit === 'part' ? null : unit;
}
