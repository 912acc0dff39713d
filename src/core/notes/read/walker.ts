// The reader's walk state and the helpers every kind of line shares (see ../reader.ts).
import type { Kind, Status, Warning } from '../../model/types.js';
import { isPlainReadingList, readingListKind, isTemplateSection, isDoingSection, isDoneSection, isDroppedSection, isNonWorkIntro, isOptionalSection, kindOfLinks, isProse, isWorkIntro, sectionKind, wordCount, hasCourseCue, classifyKind, saysPastShelf, TOPIC_VERB_RE, BARE_CHAPTER_RE } from '../classify.js';
import { applyProgress, buildEntry, round2, withoutSiteName, type Draft } from '../entry.js';
import { plainText, readInline, SHORTCODE } from '../inline.js';
import { narratedStatus } from '../languages.js';
import { findEstimate, findProgress, findStatusWord, perEntryHours, positionAtEnd, unitOfWord, workloadHours } from '../phrases.js';
import { dateOfWords, dayAtStart, monthOfWord, numericDay } from '../dates.js';
import { indentOf, tableCells, type NoteFormat, type ScannedLine } from '../scan.js';
import { type TableHeader, type TableRow } from '../tables.js';
import { readOrgMeta } from '../org.js';
import { MONTH_DAY_WEEKDAY_RE, UNIT_OF_WORK_RE, NOT_TAKEN, PLANNING_LINE_RE, QUOTE_RE, DATE_TITLE_RE, ENTRY_FIELD_RE, FIELD_FRACTION_RE, DATE_IN_FIELD_RE, TYPE_FIELD_RE, RESOURCE_KINDS, OUTPUT_FIELD_RE, STATUS_PREFIX_RE, CERTIFICATE_LINK_RE, GENERIC_LINK_NAME_RE, DATE_SPAN_RE } from '../line-patterns.js';
import { statusAt } from '../vocabulary.js';
import { PRIVATE, saysPrivate } from '../privacy.js';
import { BRACKET_STATUS_LEAD_RE, DASH_STATUS_LEAD_RE, statusOfLeadingWord, statusOfWord, GENERIC_LINK_TAIL, GENERIC_LINK_TEXT, KEY_VALUE_RE, LOG_LINE_RE, headingTitle, sameRefs, validDate, withoutProgress } from '../line-rules.js';
import { proseStatus, sequenceStatus, unmarkedDone } from './prose.js';
import { onHeading, diaryItem, titleOverParts, folderItem, frontMatterKind, frontMatterItem, onHtml, onFence, yamlRecord, yamlItems, notePlaceholders } from './headings.js';
import { inLogDay, onList, siblingEntries } from './lists.js';
import { onText } from './text.js';
import { challengeDays, crossedTails, csvTable, htmlTable, onTable } from './table-rows.js';
import { applyLegend, namesLegend, readLegend } from './legend.js';
import { onOrgHeadline, onOrgMeta } from './org-lines.js';
import { precompute } from './precompute.js';
import { referenceLinks } from './ref-links.js';
import { StringMemo } from '../string-memo.js';
import { codeAt, lastOf } from '../chars.js';

/** A schedule block ("Monday (7 hours)", "Morning (3 hours):") whose hours its activities share. */
export interface Block {
  hours: number;
  parent: number | null;
  hasSubBlocks: boolean;
  items: number[];
}

export interface FileResult {
  drafts: Draft[];
  blocks: Block[];
  warnings: Warning[];
  lines: ScannedLine[];
  /** What the reader decided about each line, in order (only when asked: `waymark why`). */
  trace?: TraceEntry[];
}

/** One decision of the reader about one line, in words a person follows. */
export interface TraceEntry {
  line: number;
  /** item, part (a link, progress or field of the item above), label, section, not-taken, skipped. */
  what: 'item' | 'part' | 'label' | 'section' | 'not-taken' | 'skipped';
  why: string;
  /** For a part: the line of the item it belongs to. */
  of?: number;
}

export interface ReadOptions {
  /** Record why each line was read as it was (costs time; for `waymark why`). */
  trace?: boolean;
}

/** What a heading or a label says about the lines under it, from its words (`scopeOf`). */
export interface Scope {
  title: string;
  kind: Kind | null;
  work: boolean;
  nonWork: boolean;
  done: boolean;
  /** "In progress", "Currently reading": open entries under it are under way. */
  doing: boolean;
  /** "Shelved", "Abandoned", "Gave up": entries under it were put down. */
  dropped?: boolean;
  /** "… `PLANNED`", "Not started": entries under it are still to do (a status section above says no more). */
  planned?: boolean;
  /** "Stretch goals", "Someday / maybe": entries under it are optional. */
  optional?: boolean;
  /** "Template", "Example entry": what is under it is a blank form, not work. */
  template?: boolean;
  /** Tagged #private: entries under it are too (privacy.ts). */
  private?: boolean;
}

/**
 * A label that says what things hold: "Some courses, such as Docker, include:", "Algunos cursos
 * incluyen:", "You will also find in several courses:", "También encontrarás en varios cursos:".
 */
const CONTENTS_LABEL_RE = /(?:\b(?:include|includes|contain|contains)|(?<!\p{L})(?:incluyen|incluye|contienen|contiene|incluem|inclui|contêm|contém|enthalten|enthält|comprennent|contiennent|включают|содержат))[^\p{L}\p{N}]*$|(?:\byou(?:['’]ll| will) (?:also )?find|(?<!\p{L})encontrar[áa]s?|(?<!\p{L})trouverez|(?<!\p{L})findest du)\s+(?:\p{L}+\s+){0,3}?(?:in|en|em|dans|im)\s/iu;
/** A Logseq block reference alone: "((6406ea7c-64a8-4dd0-9895-3e71bf75c337))". */
const BLOCK_REF_RE = /^\s*\(\([0-9a-f-]{8,}\)\)\s*$/i;

/** The words of a heading or label, read once for everything they say about what is under them. */
export function scopeOf(title: string): Omit<Scope, 'private'> {
  // (A copy: the caller may mark it done.)
  const s = SCOPES.get(title, scopeOfWords);
  return { title: s.title, kind: s.kind, work: s.work, nonWork: s.nonWork, done: s.done, dropped: s.dropped, planned: s.planned, doing: s.doing, optional: s.optional, template: s.template };
}
const SCOPES = new StringMemo<Omit<Scope, 'private'>>();
/** How many square brackets stand open after `text`, from `depth` open before it (a "]" with none open is text). */
function bracketDepth(text: string, depth: number): number {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 91) depth++;
    else if (c === 93 && depth > 0) depth--;
  }
  return depth;
}

/** A heading of two parts joined, "感想・来週の目標", "Reflections & next goals": each part may say something else of what is under it. */
const JOINED_TITLE_RE = /[・&＆、+／/]|\s(?:and|und|et|y|e|и)\s/u;

/** Icons and shortcodes before a title's words: "✏️ ", ":pencil2: ", "📚📚 ". */
const LEADING_ICONS_RE = new RegExp(`^(?:${SHORTCODE}|[^\\p{L}\\p{N}\\s]|\\s)+`, 'u');
const ENTRY_HOURS = new StringMemo<number | null>();

function scopeOfWords(title: string): Omit<Scope, 'private'> {
  // ("✏️ Current", ":pencil2: Current -", "✅ Done": the words after an icon or a shortcode say where its entries stand.)
  const words = title.charCodeAt(0) < 0x80 && title.charCodeAt(0) !== 58 ? title : title.replace(LEADING_ICONS_RE, '');
  let done = isDoneSection(words);
  let dropped = isDroppedSection(words);
  let doing = isDoingSection(words);
  let planned = false;
  // "Web Design Specialization `ON HOLD`", "Machine Learning (Ongoing)", "Rust – planned": a
  // status said after the section's name, as a badge, in brackets or after a separator.
  // ("TO READ" in capitals is a shelf's name, not "TO" with a badge "READ".)
  if (!done && !dropped && !doing && !PLANNED_LABEL_RE.test(title)) {
    const badge = STATUS_BADGE_RE.exec(title);
    // (The last one or two words of a run of capitals: "ML PLANNED" is "planned", "ON HOLD" is "on hold".)
    const words = badge ? (badge[1] ?? badge[2]!).toLowerCase().trim().split(/\s+/) : [];
    const said = words.length ? statusOfWord(words.slice(-2).join(' ')) ?? statusOfWord(words[words.length - 1]!) : null;
    if (said === 'done') done = true;
    else if (said === 'skipped') dropped = true;
    else if (said === 'doing') doing = true;
    else if (said === 'todo') planned = true;
  }
  // "Shelf:", "To read", "Up next", "Backlog": not begun, whatever a heading around it says ("CURRENT").
  if (!done && !dropped && !doing && PLANNED_LABEL_RE.test(title)) planned = true;
  return {
    title, kind: namesOneThing(title) ? partKind(title) : sectionKind(title), work: isWorkIntro(title), nonWork: isNonWorkIntro(title) && !(JOINED_TITLE_RE.test(title) && isWorkIntro(title)), done,
    dropped, planned, doing, optional: isOptionalSection(title), template: isTemplateSection(title),
  };
}
/**
 * Whether a heading's status is only a badge after its name ("Interview Prep (WIP)", "Machine
 * Learning (Ongoing)"), not the heading's own words ("In progress", "Currently reading").
 */
export function statusInBadgeOnly(title: string): boolean {
  const words = title.charCodeAt(0) < 0x80 && title.charCodeAt(0) !== 58 ? title : title.replace(LEADING_ICONS_RE, '');
  return !isDoneSection(words) && !isDroppedSection(words) && !isDoingSection(words) && !PLANNED_LABEL_RE.test(title) && STATUS_BADGE_RE.test(title);
}
export const PLANNED_LABEL_RE = /^\W*(?:(?:on\s+)?(?:the\s+|my\s+)?(?:book)?shelf|to[- ](?:read|learn|watch|study)|tbr|up\s+next|next\s+up|on\s+deck|queued?|backlog|wish\s?list|want\s+to\s+read|someday(?:\s*\/\s*maybe)?|想(?:上|学|學|看|读|讀|听|聽)的?|待(?:学|學|读|讀|看)|计划中|計劃中)\W*$/i;
// A badge in capitals at the end ("… ON HOLD", "… COMPLETED"), or words in brackets or after a separator.
const STATUS_BADGE_RE = /\S\s+([A-Z][A-Z -]{2,19})$|\S\s*(?:[([]\s*|\s[-–—|:]\s+)([\p{L}][\p{L} -]{1,19}?)\s*[)\]]?$/u;

/**
 * A list kept in the front matter as records ("books:" then "- title: On Anxiety", "  read:
 * now"): each record is an item of the kind the list's key names, on its first line.
 */
function frontMatterRecords(w: Walker, fm: readonly ScannedLine[]): void {
  for (let k = 0; k < fm.length; k++) {
    const key = /^([A-Za-z][\w -]{0,30}):\s*$/.exec(fm[k]!.text);
    if (!key) continue;
    // (Blank lines may stand between the key and its first record.)
    let first = k + 1;
    while (first < fm.length && fm[first]!.text.trim() === '') first++;
    if (!RECORD_LIST_START_RE.test(fm[first]?.text ?? '')) continue;
    const kind = sectionKind(key[1]!.replace(/[_-]+/g, ' '));
    // "item:" over "- certificate_url: …" / "  title: Algorithms, Part I" / "  date_end: …" (a
    // site's list of courses taken): a list its key does not name is still one of things to learn
    // when its records are named and say where they are or when they ran (not a page's authors,
    // menus or links).
    // ("categories:" over "- name: 2019" / "list:" / "- name: Atomic Habits" / "url: …": a page's
    // list of named, addressed records grouped under names, whatever its key.)
    if (kind === null && ((NOT_WORK_RECORDS_RE.test(key[1]!) && !groupedRecords(fm, first)) || !namedDatedRecords(fm, first))) continue;
    let j = first;
    for (; j < fm.length && (fm[j]!.text === '' || /^\s/.test(fm[j]!.text) || fm[j]!.text.startsWith('- ')); j++) yamlRecord(w, fm[j]!);
    yamlItems(w, kind);
    k = j - 1;
  }
}
/** Front-matter lists that are a page's own parts, not things to learn. */
const NOT_WORK_RECORDS_RE = /^(?:authors?|contributors?|people|team|members|social|links?|menus?|nav(?:igation)?|tags|categories|aliases|redirects|images?|photos?|gallery|sections|blocks|widgets|buttons|contacts?|profiles?|sponsors?|partners?|params|outputs?|cascade|resources)$/i;
/** Whether the records from line `from` on are groups whose own lists hold records: "- name: 2019" / "  list:" / "    - name: …". */
function groupedRecords(fm: readonly ScannedLine[], from: number): boolean {
  for (let j = from; j < fm.length && j < from + 4; j++) {
    const t = fm[j]!.text;
    if (t !== '' && !/^\s/.test(t) && !t.startsWith('- ')) break;
    if (/^\s+[A-Za-z][\w-]{0,20}:\s*$/.test(t) && RECORD_LIST_START_RE.test(fm[j + 1]?.text ?? '') && indentOf(fm[j + 1]!.text) > indentOf(t)) return true;
  }
  return false;
}
/** Whether the records from line `from` on have a name field and, in one of the first few, an address or a date. */
function namedDatedRecords(fm: readonly ScannedLine[], from: number): boolean {
  let named = false;
  let placed = false;
  for (let j = from; j < fm.length && j < from + 40; j++) {
    const t = fm[j]!.text;
    if (t !== '' && !/^\s/.test(t) && !t.startsWith('- ')) break;
    const f = /^\s*(?:-\s+)?([A-Za-z][\w -]{0,30}?)\s*:\s*(.*)$/.exec(t);
    if (!f) continue;
    const k = f[1]!.toLowerCase();
    if ((k === 'title' || k === 'name') && f[2]!.trim()) named = true;
    if ((/(?:^|_)(?:url|link)$/.test(k) && /https?:\/\//.test(f[2]!)) || (/(?:^|_)(?:date|start|end|finished|completed)(?:_|$)/.test(k) && /\d{4}/.test(f[2]!))) placed = true;
  }
  return named && placed;
}
const RECORD_LIST_START_RE = /^\s*-\s+[A-Za-z][\w -]{0,30}?\s*:/;

const TOML_FIELD_RE = /^([A-Za-z_][\w-]*)\s*=\s*(.*?)\s*$/;

/** Whether a note is a "now" page: its file is `now.md`, or its title (front matter or first heading) says "Now". */
function isNowPage(path: string, lines: readonly ScannedLine[]): boolean {
  if (/(?:^|[/\\])now\.(?:md|markdown|txt|org)$/i.test(path)) return true;
  for (let k = 0; k < lines.length && k < 30; k++) {
    const t = lines[k]!.text;
    const m = /^(?:title\s*:\s*|#{1,2}\s+|#\+title:\s*)['"]?(.*?)['"]?\s*$/i.exec(t);
    if (m) return NOW_TITLE_RE.test(m[1]!);
  }
  return false;
}
/**
 * The day a note says it was last brought up to date, near its top ("**업데이트 날짜**: 2026년
 * 03월 12일", "Last updated: 2026-03-12", "更新日：2026/03/12"): what it dates after that day is
 * still to come, as it was when written.
 */
function noteAsOf(lines: readonly ScannedLine[]): string | null {
  for (let k = 0; k < lines.length && k < 20; k++) {
    const t = lines[k]!.text;
    if (!/\d{4}/.test(t)) continue;
    const m = AS_OF_RE.exec(t);
    if (!m) continue;
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    if (validDate(iso)) return iso;
  }
  return null;
}
const AS_OF_RE = /(?<![A-Za-z])(?:last\s+updated|updated(?:\s+on)?|as\s+of|업데이트(?:\s*날짜)?|최종\s*(?:수정|업데이트)|更新日(?:期|時)?|最后更新|最終更新|stand|actualizado|atualizado|mis à jour|aktualisiert)\s*(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*(\d{4})\s*(?:[-/.年]|년)\s*(\d{1,2})\s*(?:[-/.月]|월)\s*(\d{1,2})/i;

/**
 * A note that opens by saying its list is of what the person has read, watched or taken, and
 * what it did to them ("Each of these books changed something in me", "Books that shaped my
 * thinking", "My favourite reads"): a shelf of finished things. Only a line before the first
 * entry says so (a title, a heading or the opening paragraph).
 */
function isPastShelf(lines: readonly ScannedLine[]): boolean {
  for (let k = 0; k < lines.length && k < 15; k++) {
    const sh = lines[k]!.shape;
    if (sh.t === 'list' || sh.t === 'table' || sh.t === 'orgHeadline') return false;
    const t = sh.t === 'text' ? sh.text : sh.t === 'heading' ? sh.text : null;
    if (t !== null && t.length <= 200 && saysPastShelf(t)) return true;
  }
  return false;
}

const NOW_TITLE_RE = /^(?:\/?now|now page|what i'?m (?:doing|working on|up to|learning)(?: now| right now| these days)?|currently|right now)\W*$/i;

export interface Section extends Scope {
  level: number;
  block: number | null;
  /** An org headline that is itself an item. */
  item: number | null;
  /** A numbered sitting of work ("### Session 3: …"): an item, its checkboxes its steps. */
  unit?: boolean;
  /** Named as a day's, a session's or a lesson's work ("#### Day 1: …"), boxes under it or not. */
  sitting: boolean;
  /** A heading that is one of a shelf's things ("### [Clean Code](…)" among books): the words under it are about it, not entries. */
  about: boolean;
  /** A markdown heading: its line, and how many items there were when it opened. */
  heading?: { line: number; raw: string; itemsBefore: number };
}

/**
 * A section in the one shape all sections have: its keys written out in one order. (Objects
 * spread from a scope came in many shapes, and code that reads objects of many shapes is slow.
 * `heading`, set later on a heading's section, is written too, undefined until then: adding a
 * key to an object gives it a new shape, and optimised code that met the old one is thrown away.)
 */
export function newSection(scope: Omit<Scope, 'private'>, at: { level: number; block: number | null; item: number | null; title?: string; private?: boolean; nonWork?: boolean; template?: boolean }): Section {
  return {
    title: at.title ?? scope.title, kind: scope.kind, work: scope.work, nonWork: at.nonWork ?? scope.nonWork, done: scope.done, dropped: scope.dropped,
    planned: scope.planned, doing: scope.doing, optional: scope.optional, template: at.template ?? scope.template, private: at.private, level: at.level, block: at.block, item: at.item,
    sitting: UNIT_OF_WORK_RE.test(at.title ?? scope.title), about: false, heading: undefined,
  };
}

export interface Label extends Scope {
  indent: number;
  block: number | null;
  itemsSeen: number;
  /** List entries under it, items or not: a label over a list has ended its group. */
  entriesSeen?: number;
  hasSubLabels: boolean;
  /** A bullet acting as a label ends with its list; a text label with a blank run or a heading. */
  fromList: boolean;
  inFence: boolean;
  /** The title of a callout ("> [!note] Currently reading"): it ends with the callout. */
  callout?: boolean;
}

export interface ListEntry {
  indent: number;
  /** "-", "*", "+" or the number's form: a sub-bullet written at the same column with another marker is the entry's own. */
  marker?: string;
  /** The column the entry's words start at: lines indented to it belong to the entry, even after a blank line. */
  content?: number;
  item: number | null;
  label: boolean;
  ordered: boolean;
  introduces: boolean;
}



/**
 * A status said before a plain line's words, and the words: "DONE: Git basics",
 * "[WIP] Build a compiler". The entry's own words (after the status) are `rest`.
 */
/** A day (and a time of it), then a verb that says the thing was finished: "4月7日，上午11:09，完成…", "2024-04-07: finished …", "Apr 7, completed …". */
const DATED_COMPLETION_RE = new RegExp('^(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{4})?)'
  + '(?:[,，\\s]*(?:上午|下午|晚上|早上|中午)?\\s*\\d{1,2}[:：]\\d{2}\\s*(?:am|pm)?)?[,，:：\\s]+(?:i\\s+)?'
  + '(?:finished|completed|passed|done with|完成了?|读完了?|讀完了?|看完了?|学完了?|學完了?|刷完了?|修了|読了|terminé|terminei|concluí|abgeschlossen)\\s*(?:the\\s+)?(\\S.*)$', 'iu');

/** An emphasised word and its colon at a line's start: "*TODO*:", "**TODO:**", "__Done__:". */
const EMPHASISED_LEAD_RE = /^([*_]{1,2})(?:([\p{L}-]+)\1(\s*[:：])|([\p{L}-]+\s*[:：])\1)/u;

export function statusSaidFirst(text: string): { status: Draft['status']; rest: string } | null {
  // ("*TODO*: turn this page into …", "**DONE:** Git basics": the word emphasised, the same.)
  const c0 = codeAt(text, 0);
  const plainLead = c0 === 42 /* * */ || c0 === 95 /* _ */ ? text.replace(EMPHASISED_LEAD_RE, '$2$3$4') : text;
  const said = STATUS_PREFIX_RE.exec(plainLead);
  if (said) return { status: statusAt('prefix', said[1]!) ?? 'todo', rest: said[2]! };
  const bracket = text.includes('[') || text.includes('(') ? BRACKET_STATUS_LEAD_RE.exec(text) : null;
  const status = bracket ? statusOfWord(bracket[2]!) : null;
  if (status) return { status, rest: text.slice(bracket![0].length) };
  // "Read - Dune": a status word and a dash.
  const dash = text.includes(' - ') || text.includes(' – ') || text.includes(' — ') ? DASH_STATUS_LEAD_RE.exec(text) : null;
  const dashed = dash ? statusOfWord(dash[2]!) : null;
  return dashed ? { status: dashed, rest: text.slice(dash![0].length) } : null;
}


// "Started on …", "Iniciado em …", "Concluído em …", "Terminé le …": a start (group 1) or an end (group 2), then the day.
const STATUS_ON_RE = /^(?:(started|begun|began|iniciad[oa]|começad[oa]|empezad[oa]|comenzad[oa]|commencé|débuté|begonnen)|(completed|finished|done|concluíd[oa]|concluid[oa]|terminad[oa]|finalizad[oa]|acabad[oa]|terminé|fini|abgeschlossen|beendet))(?:\s+(?:on|em|el|le|am|in|at))?(?:\s+the)?\s*[:：]?\s+(.+)$/i;

/**
 * What a note's file name says its entries are: "books.md", "reading-list.md", "todo.md",
 * "Papers.org"; words split at - _ . and case. (A folder's name is not used: a folder holds
 * notes of many kinds.)
 */
/** The words of a note's file name: "readingList-2022.md" → "reading List 2022". */
function fileWords(path: string): string {
  return (path.split(/[\\/]/).pop() ?? '').replace(/\.[a-z]+$/i, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_.]+/g, ' ');
}

/**
 * "read-2022.txt", "watched.md", "books-read.md": a note named as a log of what was read or
 * watched (a year aside), whose entries are done as they would be under such a heading. The
 * kind it names: books read, videos watched.
 */
function pastShelfName(path: string): Kind | null {
  const words = fileWords(path).replace(/\b(?:19|20)\d{2}\b/g, ' ').trim();
  if (!PAST_SHELF_RE.test(words)) return null;
  return /watched|seen/i.test(words) ? 'video' : 'book';
}

/**
 * A log of work done, named in the languages of the notes: "log", "logbook", "journal", "diary",
 * "logboek", "dagbok", "Lerntagebuch", "bitácora", "diário", "dziennik", "päiväkirja", "дневник",
 * "nhật ký", "日志", "일지".
 */
const LOG_NOTE_RE = /(?<![\p{L}])(?:(?:learning|study|dev|coding|work)\s*)?(?:logs?|logbook|journal|diary|logboek|dagboek|dagbok|dagbog|tagebuch|lerntagebuch|lernjournal|bit[áa]cora|diario|di[áa]rio|journal de bord|carnet de bord|dziennik|den[íi]k|napl[óo]|p[äa]iv[äa]kirja|jurnal|ημερολόγιο|дневник|щоденник|g[üu]nl[üu]k|nh[ậa]t k[ýy])(?![\p{L}])|学习日志|学习记录|學習紀錄|日志|日誌|日記|学習ログ|일지|일기/iu;

function fileKind(path: string): Kind | null {
  const words = fileWords(path);
  const kind = sectionKind(words) ?? pastShelfName(path);
  // A file names the things it lists (books, papers, courses); "roadmap.md", "todo.md" or
  // "questions.md" say no more than each line's own words do ("todo" holds topics to study too).
  if (!(kind === 'book' || kind === 'paper' || kind === 'course' || kind === 'video' || kind === 'article' || kind === 'project')) return null;
  // "rust-crash-course.md", "clean-code-book.md": a name for one course or book, whose
  // entries are its parts (topics, chapters), not more courses. "course.md" alone is the
  // shelf of them, as "courses.md" is.
  return namesOneThing(words) ? partKind(words) : kind;
}

/**
 * A note named for a shelf of things ("Books to read.md", "courses.md") in which the reader
 * found nothing: written with no list markers, each thing leads a paragraph of its own ("The
 * Manager's Path (Camille Fournier). I liked the chapters on …") or stands as a heading with
 * nothing under it. Each is one of the shelf's things; a paragraph that opens with a sentence
 * or says no more than a link is not.
 */
function bareShelf(w: Walker): void {
  const kind = w.fileKind;
  if (kind !== 'book' && kind !== 'course' && kind !== 'paper' && kind !== 'video' && kind !== 'article') return;
  const lines = w.lines;
  let start = 0;
  if (lines[0]?.text === '---') {
    const end = lines.findIndex((l, j) => j > 0 && j < 200 && (l.text === '---' || l.text === '...'));
    start = end > 0 ? end + 1 : 0;
  }
  const found: { text: string; line: number }[] = [];
  for (let i = start; i < lines.length; i++) {
    const ln = lines[i]!;
    const prev = i > start ? lines[i - 1]!.shape.t : 'blank';
    // (Not the note's own title: an H1 on its first lines.)
    if (ln.shape.t === 'heading' && (ln.shape.level > 1 || i > start + 2)) {
      // A heading with nothing under it before the next heading or the end.
      let j = i + 1;
      while (j < lines.length && lines[j]!.shape.t === 'blank') j++;
      if (j >= lines.length || lines[j]!.shape.t === 'heading') found.push({ text: ln.shape.text, line: i });
    } else if (ln.shape.t === 'text' && prev === 'blank') {
      const text = ln.shape.text.trim();
      const lead = SHELF_LEAD_RE.exec(text) ?? SHELF_LINKED_LEAD_RE.exec(text);
      if (lead && /\p{L}/u.test(lead[1]!) && wordCount(lead[1]!) <= 14 && !FIRST_PERSON_RE.test(lead[1]!)) found.push({ text: lead[1]!, line: i });
    }
  }
  // (One is no shelf: a lone heading or paragraph is more likely a note's own words.)
  if (found.length < 2) return;
  for (const f of found) {
    const d = w.entry(f.text, lines[f.line]!.no, null);
    d.kind = kind;
    // (The paragraph's links are the thing's: its page, its author's.)
    for (const l of readInline(lines[f.line]!.text).links) if (!d.links.includes(l)) d.links.push(l);
    // ("… I especially liked the early chapters on mentoring.": a review of it, in the person's words.)
    const told = narratedStatus(lines[f.line]!.text);
    if (told && d.status === 'todo') d.status = told.status;
    w.addItem(d, null);
  }
}
/** A paragraph that opens with a title and then its author in brackets: "Deep Work (Cal Newport).", "Four thousand weeks [Oliver Burkeman](…)". */
const SHELF_LEAD_RE = /^((?:[^\s([.!?]|\s(?!\(|\[))+?)\s*(?:\(\s*\[?\p{Lu}|\[\p{Lu}[^\]]*\]\(https?:)/u;
/** … or with the title linked: "[Four thousand weeks](…)[Oliver Burkeman](…)". */
const SHELF_LINKED_LEAD_RE = /^\[([^\]]{2,120})\]\([^)\s]+\)\s*(?:\(\s*\[?\p{Lu}|\[\p{Lu}[^\]]*\]\(https?:)/u;
/** A line that is only a web address. */
const BARE_URL_LINE_RE = /^\s*<?https?:\/\/\S+>?\s*$/;
const FIRST_PERSON_RE = /^(?:i|we|my|our|this|that|these|it|there)\b/i;

/** "<li>Concrete Mathematics</li>": one HTML list element on one line, with what it holds. */
const HTML_ITEM_RE = /^\s*<li(?:\s[^>]*)?>(.*?)<\/li>\s*$/i;

/** A judge or problem site by name: "LeetCode", "NeetCode 150", "HackerRank", "Project Euler". */
const JUDGE_NAME_RE = /\b(?:leet[ _-]?code|neet[ _-]?code|lintcode|hacker[ _-]?rank|codewars|codeforces|atcoder|kattis|project[ _-]?euler|cses|spoj|blind[ _-]?75)\b|\bLC[ _-]?(?:75|150)\b/i;

/** Whether a heading's or label's words name a judge (asked of each entry under them: kept per title). */
function namesJudge(title: string | undefined): boolean {
  return title ? JUDGE_TITLES.get(title, (t) => JUDGE_NAME_RE.test(t)) : false;
}
const JUDGE_TITLES = new StringMemo<boolean>(2000);

/**
 * Whether a note is about a judge's problems: its file name, its front matter's title or its
 * first heading (the note's title) names the judge. (Only the lines before the first heading.)
 */
function judgeNote(path: string, lines: readonly ScannedLine[]): boolean {
  // (The note's name or its folder's: "leetcode-practice/dashboard.md".)
  const parts = path.split(/[\\/]/);
  if (JUDGE_NAME_RE.test(parts.pop() ?? '') || JUDGE_NAME_RE.test(parts.pop() ?? '')) return true;
  for (let i = 0; i < lines.length && i < 40; i++) {
    const l = lines[i]!;
    if (l.shape.t === 'heading') return JUDGE_NAME_RE.test(l.shape.text);
    if (i > 0 && /^title\s*:/i.test(l.text) && JUDGE_NAME_RE.test(l.text)) return true;
  }
  return false;
}

/** A heading that is a year alone: "2018", "(2019)". */
const PAST_YEAR_RE = /^\W*(?:19|20)\d{2}\W*$/;
/** "Status" in other languages, as a field under an entry: "Estado:", "Statut :", "Zustand:". */
const STATE_NAME_RE = /^(?:estado|situa[çc][ãa]o|statut|[ée]tat|zustand|stato|durum)$/i;
/** A word alone as a heading, perhaps a month: "January", "Sept.", "## 📅 März". */
const MONTH_ALONE_RE = /^[^\p{L}\p{N}]*(\p{L}{3,10})\.?[^\p{L}\p{N}]*$/u;
/**
 * A year heading in Chinese, Japanese or Korean with its words after the year ("2011년 독서 목록",
 * "2023年书单"): that year's list, as the year alone is; not where the words say it is a goal, a
 * plan or a wish ("2020年 目標", "2018年に読みたい本", "2024年计划").
 * (The pattern above lets such words pass: JavaScript's \W is every letter outside ASCII.)
 */
const YEAR_WISH_RE = /目標|目标|計画|计划|計劃|予定|たい|想读|想看|要读|목표|계획|예정|하고\s*싶|싶은/u;

/**
 * An entry told in the past tense, as a journal says what was done: a verb rarely the first
 * word of a topic's name ("Distributed systems", "Advanced algorithms" are names), then what it
 * was done to.
 */
export const DONE_TOLD_RE = /^(?:installed|fixed|made|wrote|built|exported|practi[sc]ed|finished|completed|created|added|configured|deployed|watched|solved|did|tried|implemented|published|submitted|passed|refactored|ran|took|got|reviewed|tested|migrated|upgraded|rewrote|shipped|launched|cleared|earned|learned|learnt|studied)\s+(?:a|an|the|my|our|his|her|their|and|some|all|both|five|four|three|two|one|six|seven|eight|nine|ten|first|\d+|`|\p{Ll})/iu;

/**
 * A title that is only a day or a span of days: "4/10", "4/12-13", "2024-05-01", "Mar 3". (Not
 * line-patterns' DATE_TITLE_RE: it takes a month alone and lets letters outside ASCII through, and
 * in its place this rule turned three more labelled notes' entries into tasks, one dev note down.)
 */
const DATE_ONLY_TITLE_RE = /^[^\p{L}\p{N}]*(?:\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?(?:\s*[-~–]\s*\d{1,2}(?:[./-]\d{1,2})?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)[^\p{L}\p{N}]*$/iu;

/**
 * Swedish, Norwegian and Danish telling what was done, the participle first: "Installerat htop",
 * "Gjort kontrollfrågorna i kapitel 3", "Läst kursboken", "Fikset testene", "Lavet opgave 2".
 * (The common verbs by name, and the borrowed ones by their Swedish and Danish ending, "-erat",
 * "-eret", which no English word that opens a title has; Norwegian's "-ert" English has: "Convert".)
 */
const NORDIC_TOLD_RE = /^(?:\p{Lu}\p{Ll}{2,}(?:erat|eret)|Installert|Konfigurert|Implementert|Dokumentert|Gjort|Gjorde|L[äæ]st|Lest|L[äæ]ste|Leste|L[äæ]rt|L[äæ]rde|Skrivit|Skrevet|Skrev|Fixat|Fikset|Svarat|Besvarat|Kört|Kjørt|Tittat|Sett|Gått|Övat|Øvd|Testat|Testet|Skapat|Skapade|Byggt|Bygget|Byggde|Startat|Lagt|Laget|Lavet|Pluggat|Jobbat|Hittat|Löst|Løst|Løste|Klarat|Avslutat|Avsluttet|Afsluttet|Färdigställt|Fullført|Gennemført|Genomfört)\s+(?:\p{Ll}|\d)/u;

/** A name, a colon, then words: "Arrays y cadenas: vistas todas las lecciones". */
const NAME_THEN_TOLD_RE = /^([^:：]{2,60}?)\s*[:：]\s+(\S.*)$/u;
/** Spanish telling what was done to it: "vistas todas las lecciones", "he repasado los métodos", "terminado el tema". */
const SPANISH_TOLD_RE = /^(?:(?:vist|terminad|completad|realizad|repasad|estudiad|practicad|le[ií]d)[oa]s?|he\s+(?:visto|repasado|terminado|completado|hecho|le[ií]do|realizado|estudiado|practicado))\s+(?:\p{Ll}|\d)/iu;

/** "Started learning SQL", "Began working through the exercises": told as begun, it is under way. */
const BEGUN_TOLD_RE = /^(?:started|began)\s+(?:to\s+\p{Ll}|(?:learning|reading|studying|watching|working|taking|doing|going|practi[sc]ing|on|with)\b)/iu;

/**
 * A German clause that tells what was done, its participle last ("… installiert", "… angelegt",
 * "… eingerichtet", "… gelesen"): done, or under way when the participle is of beginning
 * ("… begonnen", "… angefangen"). Null for any other line. (Lower case, as German writes no noun:
 * not "geplant", which is still ahead.)
 */
function germanToldDone(title: string): Status | null {
  let told: Status | null = null;
  // (Not a word in brackets, "(npm = gereedschapskist)", nor a long compound.)
  for (const clause of title.replace(/\([^)]*\)/g, '').split(/[,;]/)) {
    const last = /\s(\p{Ll}+)[\s.!]*$/u.exec(clause.trimEnd())?.[1];
    if (!last || last.length > 14 || !GERMAN_PARTICIPLE_RE.test(last) || last === 'geplant') continue;
    if (/^(?:begonnen|angefangen)$/.test(last)) return 'doing';
    told = 'done';
  }
  return told;
}
const GERMAN_PARTICIPLE_RE = /^(?:(?:an|auf|aus|ein|ab|zu|vor|nach|mit|durch|fertig|weiter|um|zurück|hoch|her|hin|los|fest)?ge\p{Ll}{2,}(?:t|en)|\p{Ll}{3,}iert|begonnen)$/u;

/** A title led by a weekday and a colon: "Monday: …", "Mi: …", "月曜日：…", "周一：…", "월요일: …". */
const WEEKDAY_LABEL_RE = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda(?:-feira)?|ter[çc]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|[月火水木金土日]曜日?|周[一二三四五六日]|星期[一二三四五六日天]|[월화수목금토일]요일)\s*[:：]/iu;

/**
 * Told as achieved, by the person: a Spanish or Portuguese first person in the past ("Completé",
 * "Repetí", "Obtuve", "Terminei", before a word in lower case: not a name, "José Valim", "Andrei
 * Karpathy"), or a result reached ("Passed", "Scored", "Achieved", "Reached").
 */
const ACHIEVED_RE = /^(?:\p{Lu}\p{Ll}{2,}(?:é|í|ei)(?=\s+[\p{Ll}\d])|(?:Obtuve|Hice|Tuve|Pude|Consegu[ií]|Passed|Scored|Achieved|Reached|Earned)\b)/u;

/** A kind named as the field an entry fills: "Book: …", "**Course:** …", "Video: …". */
/** A slot's label, then a second bullet on the same line: "**Sáng (9:00 - 10:50):** * ". */
const SLOT_THEN_BULLET_RE = /^(?:\*\*|__)?[^:：*]{1,40}[:：](?:\*\*|__)?\s*[*-]\s+/;
/** A field that names a task: "Task:", "To do:", "Nhiệm vụ:", "Tarea:", "Tâche :", "Aufgabe:", "任务："; and what is for next time, "Next time:", "Nächstes Mal:". */
const TASK_FIELD_RE = /^(?:\*\*|__)?(?:task|to-?do|nhiệm vụ|tarea|tarefa|t[âa]che|aufgabe|compito|任务|任務|タスク|할 일|next time|n(?:ä|ae)chstes mal|la prochaine fois|la pr[óo]xima vez|da pr[óo]xima vez|la prossima volta)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(\S.*)$/iu;
const KIND_LABEL_RE = /^(?:\*\*|__)?["“]?(books?|textbooks?|courses?|moocs?|videos?|talks?|papers?|articles?|projects?|projekt|proyecto|projeto|projet|progetto)["”]?(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(\S.*)$/i;

/** A bold term ending in a colon, then words: "**Images:** Write Dockerfiles …", "__Jobs__: …". */
const BOLD_TERM_RE = /^(?:\*\*|__)([^*_]{1,40}?)\s*(?:[:：]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:：])\s+\S/;

/** A Logseq property line: "status:: reading". */
const PAGE_PROPERTY_RE = /^[A-Za-z][\w-]*::[ \t]/;

const KIND_NOUN_RE = /course|book|paper|video|article|project|tutorial|class/i;
/** A name's head noun, said of one thing: "… course", "… book" (the last word, in the singular). */
const ONE_THING_RE = /(?:^|\s)(course|book|textbook|paper|video|article|project|tutorial|class)$/i;
/** Words that make a name a shelf of things whatever its noun: "book list", "my course". */
const SHELF_WORD_RE = /\b(?:lists?|logs?|trackers?|queue|backlog|shelf|library|notes|index|to[- ]?read|to[- ]?do|wishlist|my|all|main|next|current|other|\d{4})\b/i;

/** What the entries of one named thing are: a course's are the topics it teaches; a book's or a project's, their own words. */
function partKind(name: string): Kind | null {
  const n = name.trim();
  return /(?:course|tutorial|class)\W*$/i.test(n.replace(/\]\([^)]*\)\W*$/, '')) || /^(?:course|class|tutorial)\s*[:：]/i.test(n) || COURSE_NAMED_AFTER_RE.test(n) ? 'topic' : null;
}

/**
 * One course named after its noun, as languages that put the noun first say it: "Curso de Go",
 * "Cours de Rust", "Corso di Python", "Kurs Pythona", "Курс по Go" (not "Cursos de …", a shelf).
 */
const COURSE_NAMED_AFTER_RE = /^[^\p{L}]*(?:curso|cours|corso|kurs|курс)\s+(?:(?:de|del|di|du|da|do|d'|zu|по|на)\s+)?(?!(?:de|del|di|du|da|do|zu|по|на)\b)\p{L}/iu;

/**
 * True when a name is one thing of its kind ("Rust crash course", "HTML [Course](…)"), not
 * the kind alone ("Course") or a shelf ("Courses", "Project ideas", "My book list"): the
 * kind noun is the name's last word, in the singular, after words of its own.
 */
export function namesOneThing(name: string): boolean {
  if (COURSE_NAMED_AFTER_RE.test(name)) return !SHELF_WORD_RE.test(name);
  if (!KIND_NOUN_RE.test(name)) return false;
  const words = name.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\([^)]*\)/g, ' ').replace(/[^\p{L}\p{N}\s'-]+/gu, ' ').replace(/\s+/g, ' ').trim();
  // "Course: Mathematics for Computer Science | MIT 6.042J": the kind as a label before a name.
  if (/^(?:course|book|textbook|class|tutorial)\s*[:：]\s*\p{L}/iu.test(name.trim())) return true;
  const m = ONE_THING_RE.exec(words);
  if (!m || SHELF_WORD_RE.test(words)) return false;
  // ("intersting_book.md", "favourite-books.md", "my-books.md": a judgement or an owner before the kind is a shelf's name, not a title.)
  const rest = words.slice(0, m.index).replace(/\b(?:the|a|an|of|for|on|in|and|to|online|free|new|video|crash|my|our|all|other|more|some|top|inter?e?sting|favou?rites?|good|great|best|cool|awesome|useful|recommended|must[- ]?reads?)\b/gi, ' ');
  return /\p{L}{2,}/u.test(rest);
}

/** A heading or label over exercises: "Solutions", "Exercises", "Problem sets". */
const PROBLEMS_SCOPE_RE = /^\W*(?:my\s+)?(?:solutions?|exercises?|problems?|problem sets?|psets?|katas?|drills?)\b/i;

/** "Read", "Watched", "Books read", "Read (no writeup)": a shelf's name in the past tense, a remark in brackets after it or not. */
const PAST_SHELF_RE = /^(?:read|watched|books? read|read books?|seen)\s*(?:\([^()]*\)\s*)?\W*$/i;
/** "Week 2: …", "📅 Week 1 —", "Semana 3": a week's heading in a plan. */
const WEEK_HEADING_RE = /^[^\p{L}\p{N}]*(?:week|wk|semana|woche|semaine|settimana|tuần|неделя)\s*#?\d{1,2}(?!\d)/iu;
/** "1 | 2 | 3 | 4", "1, 2, 3", "1 |": numbers one after another, a tally (two or more, or one closed by a separator). */
const TALLY_RE = /^\d{1,3}(?:\s*[|,、]\s*\d{1,3})+\s*[|,、]?\s*$|^\d{1,3}\s*[|,、]\s*$/;
/** A few words and a colon before a title (a link or a capital): "Just finished: [Leviathan Falls](…)", "On deck: Mistborn". */
// (Not a title of its own before a subtitle: "Steve McConnell - Code Complete: A Practical Handbook".)
const STATUS_LABEL_LEAD_RE = /^(?:\*\*|__)?(?![^:：]*\s[-–—]\s)([^:：*_[\]()]{3,40}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?=\[|\p{Lu}|\p{Lo})/u;
/** "Topics covered", "Topic(s) Covered", "Covered today", "Material covered": what a sitting went over. */
const COVERED_RE = /^[^\p{L}\p{N}]*(?:(?:topics?|topic\(s\)|concepts?|subjects?|material|things)\s+)?covered(?:\s+today)?[^\p{L}\p{N}]*$/iu;
const PRESENT_SHELF_RE = /^\W*(?:reading|watching|listening)\W*$/i;
/** The other shelves of a reading or watching log: "Currently Reading", "To Read", "Want to Read". */
const SHELF_HEADING_RE = /\b(?:currently (?:reading|watching)|reading now|now reading|to[- ]read|want to read|to[- ]watch|want to watch)\b/i;

/** A heading or label over what lies outside a kind ("Outside the curriculum", "Beyond the books"). */
const OUTSIDE_RE = /^\W*(?:outside(?: of)?|beyond|besides|apart from|other than|not (?:in|part of))\s/i;

/**
 * "Chapter 5", "Lecture 3", "Week 2" alone: one numbered unit of something. (An org day after it,
 * "<2024-02-16 Fri>", is no more of its name: the title keeps it without its ">" today.)
 */
const NUMBERED_PART_RE = /^(?:chapters?|ch\.?|lectures?|lec\.?|lessons?|modules?|weeks?|units?|parts?|sections?|episodes?|kapitel|cap[íi]tulo|chapitre|глава|章)\s*#?\d+(?:\.\d+)?\s*[:.]?\s*(?:<[^>]*>?\s*)?$/iu;

/**
 * What siblings have in common: among entries of one list (one parent, or one section), when
 * most are one kind of resource (books on amazon and booth), an entry that names no kind of
 * its own is one more of them: a linked topic, a bare name ("Eloquent Ruby"), a name after a
 * verb of starting or learning ("Start Computability Since Aristotle", "Learn C the Hard Way").
 * A log kept under one heading per date or year ("#### 2023/08/11" over one or two entries)
 * is one list: entries of a section too small to say (under three) are counted with those of
 * the sections beside it, unless their own heading names a kind.
 */
function siblingKinds(drafts: Draft[], lines: readonly ScannedLine[]): void {
  // (Most notes have no entry this could change, or no two resources to agree: then there is nothing to group.)
  let resources = 0;
  let open = false;
  for (const d of drafts) {
    if (d.kind === 'book' || d.kind === 'course' || d.kind === 'video' || d.kind === 'paper') resources++;
    else if (!open && mayTakeSiblingKind(d)) open = true;
  }
  if (resources < 2 || !open) return;
  const groups = new Map<string, Draft[]>();
  const add = (key: string, d: Draft): void => {
    const g = groups.get(key);
    if (g) g.push(d);
    else groups.set(key, [d]);
  };
  // (Entries of one section share their path's array: its key is joined once.)
  const keys = new Map<readonly string[], string>();
  const keyOf = (path: readonly string[]): string => {
    let k = keys.get(path);
    if (k === undefined) keys.set(path, (k = `s:${path.join('\u0000')}`));
    return k;
  };
  for (const d of drafts) add(d.parent ?? keyOf(d.path), d);
  // Sections of under three entries, each beside others under one heading: one wider list.
  for (const [key, g] of [...groups]) {
    const d0 = g[0]!;
    if (g.length >= 3 || !key.startsWith('s:') || d0.path.length === 0 || sectionKind(d0.path[d0.path.length - 1]!) !== null) continue;
    const wide = `w:${d0.path.slice(0, -1).join('\u0000')}`;
    for (const d of g) add(wide, d);
  }
  for (const g of groups.values()) {
    if (g.length < 3) continue;
    const best = mostKind(g) ?? curriculumKind(g, lines);
    if (best === null) continue;
    for (const d of g) {
      if (mayTakeSiblingKind(d) && (d.links.length > 0 || ((best === 'book' || best === 'course') && namesAThing(d)))) d.kind = best;
    }
  }
}

/**
 * "**Total Problems**: 31 / 150" over "### Arrays & Hashing (9/12)", "### Stack (2/5)": a note that
 * names the unit of its grand total counts its parts' figures in it too, where they name none
 * and fit within the total.
 */
function totalsUnit(drafts: Draft[], lines: readonly ScannedLine[]): void {
  if (!drafts.some((d) => d.progress?.unit === 'part')) return;
  let unit: string | null = null;
  let total = 0;
  for (const l of lines) {
    if (l.shape.t !== 'text' && l.shape.t !== 'list') continue;
    const m = TOTAL_COUNT_RE.exec(l.shape.text);
    if (!m) continue;
    const u = unitOfWord(m[1]!);
    // (Two grand totals in different units say no one unit; a total of hours, days or pages measures, it counts no parts.)
    if (u === null || !COUNTED_WORK_UNITS.has(u) || (unit !== null && u !== unit)) return;
    unit = u;
    total = Math.max(total, Number(m[3]));
  }
  if (unit === null) return;
  for (const d of drafts) if (d.progress?.unit === 'part' && d.progress.total !== null && d.progress.total <= total) d.progress = { ...d.progress, unit };
}
/** The units a grand total of parts may count in. */
const COUNTED_WORK_UNITS: ReadonlySet<string> = new Set(['problem', 'exercise', 'lesson', 'lecture', 'video', 'module', 'course', 'book', 'kata', 'challenge', 'question', 'task', 'topic', 'quiz', 'assignment', 'lab', 'project', 'episode', 'article', 'paper']);
/** "**Total Problems**: 31 / 150", "Total lessons: 12/40", "Overall videos - 3 of 20". */
const TOTAL_COUNT_RE = /^\W*(?:total|overall|all)\s+(\p{L}+)\W*?[:：\-–—]\s*(?:\*\*|__)?\s*(\d+)\s*(?:\/|of)\s*(\d+)\b/iu;

/**
 * An entry whose part is under way is under way too ("Solutions to Exercises" over "Section 2C"
 * with "Done: 1-6 … To do: 7(d)"); a done part counts at the end of reading (rollUpChildren),
 * a part begun only here, once every field under it has been read. Deepest parts first.
 */
function begunParts(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.parent === null || d.status !== 'doing') continue;
    const p = drafts[Number(d.parent)];
    if (p && p.status === 'todo' && !p.explicitStatus) p.status = 'doing';
  }
}

/**
 * "14 (수)" over "리스트", "20 (화)" over "리스트" again: a schedule's sessions, one a day. An
 * entry right under a day's line is that day's session, never merged with the same topic on
 * another day.
 */
function datedSessions(w: Walker): void {
  for (const d of w.drafts) {
    let k = d.source.line - 2;
    while (k >= 0 && w.lines[k]!.shape.t === 'blank') k--;
    if (k >= 0 && MONTH_DAY_WEEKDAY_RE.test(w.lines[k]!.text)) d.scheduled = true;
  }
}

/**
 * A note that writes its entries in one shape across its sections ("- ![Progress](…/bar/76)
 * [The Web Developer Bootcamp](…)" under "Web Development", "Databases", "Photography"): a
 * shelf of one kind of thing, sorted by subject. Where most of the entries of that shape, over
 * the whole note, are one resource kind, the kindless names among them are too, as siblings
 * in one section are (siblingKinds).
 */
function shapeKinds(drafts: Draft[], lines: readonly ScannedLine[]): void {
  if (drafts.length < 6) return;
  // (Most notes have no kindless name among several resources: nothing to group.)
  let resources = 0;
  let kindless = 0;
  for (const d of drafts) {
    if (d.kind === 'book' || d.kind === 'course' || d.kind === 'video' || d.kind === 'paper') resources++;
    else if (d.kind === 'topic' && d.children === 0) kindless++;
  }
  if (resources < 4 || kindless === 0) return;
  const groups = new Map<number, Draft[]>();
  for (const d of drafts) {
    if (d.parent !== null) continue;
    const l = lines[d.source.line - 1];
    if (!l || l.shape.t !== 'list') continue;
    const key = (l.shape.ordered ? 1 : l.shape.marker.length === 0 ? NaN : l.shape.marker.charCodeAt(0)) * 64 + (l.shape.check === null ? 0 : 32) + openingShape(l.shape.text);
    const g = groups.get(key);
    if (g) g.push(d);
    else groups.set(key, [d]);
  }
  for (const g of groups.values()) {
    if (g.length < 6) continue;
    // (Within one section siblingKinds has decided already: this is for a shelf across sections.)
    // (Entries of one section share their path's array.)
    const paths = new Set<readonly string[]>();
    for (const d of g) if (paths.add(d.path).size >= 3) break;
    if (paths.size < 3) continue;
    const best = mostKind(g);
    if (best !== 'course' && best !== 'book' && best !== 'video' && best !== 'paper') continue;
    // (A title may be longer than siblingKinds allows: the shape, over many sections, says more.)
    for (const d of g) {
      const kindless = d.kind === 'topic' && d.children === 0 && (d.progress === null || d.progress.unit === 'percent') && wordCount(d.title) <= 12;
      if ((kindless || mayTakeSiblingKind(d)) && (d.links.length > 0 || namesAThing(d))) d.kind = best;
    }
  }
}

/** What a list entry's words open with, as a shape: a picture (then what follows it), a link, emphasis, a capital, a small letter, a digit, something else. */
function openingShape(text: string): number {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  let pic = 0;
  // "![Progress](…) [Title](…)": a picture first, then what follows it.
  if (text.charCodeAt(i) === 33 /* ! */ && text.charCodeAt(i + 1) === 91 /* [ */) {
    const close = text.indexOf(')', i);
    if (close > 0) {
      pic = 8;
      i = close + 1;
      while (i < text.length && text.charCodeAt(i) === 32) i++;
    }
  }
  const c = text.charCodeAt(i);
  const kind = c === 91 /* [ */ ? (text.charCodeAt(i + 1) === 91 ? 1 : 2) : c === 42 || c === 95 ? 3 : c >= 48 && c <= 57 ? 4 : c >= 65 && c <= 90 ? 5 : c >= 97 && c <= 122 ? 6 : 7;
  return pic + kind;
}

/**
 * The resource kind (book, course, video, paper) of at least 60% of a list and at least two of
 * it, if one is. ("Start …", "Learn …" say that a thing is taken up, not what it is: they do not count.)
 */
function mostKind(g: readonly Draft[]): Kind | null {
  const counts = new Map<Kind, number>();
  let size = 0;
  for (const d of g) {
    if (d.kind === 'book' || d.kind === 'course' || d.kind === 'video' || d.kind === 'paper') counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
    else if ((d.kind === 'task' || d.kind === 'topic') && TAKE_UP_RE.test(d.title)) continue;
    size++;
  }
  let best: Kind | null = null;
  let n = 0;
  for (const [k, c] of counts) if (c > n) { best = k; n = c; }
  return best === null || n < 2 || n < 0.6 * size ? null : best;
}

/**
 * A numbered list where the entries that name a kind mostly name one resource, three or more
 * ("1. [Introduction to Python](…/course/…)", "2. Intermediate Python", …): a curriculum, in
 * the order it is taken, whose linked or marked entries show what the rest are, however few.
 * (One of another kind in three, a project among courses, stays what it is.)
 */
function curriculumKind(g: readonly Draft[], lines: readonly ScannedLine[]): Kind | null {
  const counts = new Map<Kind, number>();
  let others = 0;
  for (const d of g) {
    const l = lines[d.source.line - 1];
    if (!l || l.shape.t !== 'list' || !l.shape.ordered) return null;
    if (d.kind === 'topic') continue;
    if (d.kind === 'book' || d.kind === 'course' || d.kind === 'video' || d.kind === 'paper') counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
    else others++;
  }
  if (counts.size !== 1) return null;
  const [kind, n] = [...counts][0]!;
  return n >= 3 && others * 3 <= n ? kind : null;
}

/** "Start …", "Finish - …", "Begin …": a verb of taking up or ending something, before its name. */
const TAKE_UP_RE = /^(?:start(?:ed)?|begin|began|finish(?:ed)?|complete[d]?|continue[d]?|resume[d]?|learn|read)\b\s*[-–—:]?\s*/i;

/**
 * "- [ ] Write report" over "- [ ] intro to wav2vec (Omar)", "- [ ] error analysis": the boxes
 * under a box that is a task are its steps, tasks too, where their own words name no kind; so
 * are the bullets under a task that introduces them with a colon.
 */
function stepKinds(drafts: Draft[], lines: readonly ScannedLine[]): void {
  for (const d of drafts) {
    if (d.parent === null || d.kind !== 'topic' || d.links.length) continue;
    const shape = lines[d.source.line - 1]?.shape;
    if (shape?.t !== 'list') continue;
    const p = drafts[Number(d.parent)];
    const ps = p ? lines[p.source.line - 1]?.shape : undefined;
    if (p?.kind !== 'task' || ps?.t !== 'list' || TOPIC_VERB_RE.test(d.title)) continue;
    // (Bullets too, under a task that introduces them with a colon: "Do every exercise in the
    // following chapters of *Computer Networking*:" over "* Chapter 2: Application Layer".)
    if (ps.check !== null && shape.check !== null) d.kind = 'task';
    else if (shape.check === null && /[:：]\s*$/.test(ps.text)) d.kind = 'task';
  }
}
/**
 * "- Fix the login bug", "- Write tests", "- Documentation": in a list that is mostly things to do,
 * an entry whose own words name no kind is one more of them. (Four entries at least, two in
 * three of them tasks.)
 */
function taskListKinds(drafts: Draft[], lines: readonly ScannedLine[]): void {
  // (Most notes have fewer than three tasks, or nothing a list's tasks could change.)
  let tasks = 0;
  let topics = 0;
  for (const d of drafts) if (d.kind === 'task') tasks++; else if (d.kind === 'topic') topics++;
  if (tasks < 3 || topics === 0) return;
  const groups = new Map<string, Draft[]>();
  // (Entries of one section share their path's array: its key is joined once.)
  const keys = new Map<readonly string[], string>();
  for (const d of drafts) {
    const l = lines[d.source.line - 1];
    if (l?.shape.t !== 'list') continue;
    let pathKey = keys.get(d.path);
    if (pathKey === undefined) keys.set(d.path, (pathKey = d.path.join('\u0000')));
    const key = `${d.parent ?? ''}|${pathKey}|${l.indent}`;
    const g = groups.get(key);
    if (g) g.push(d);
    else groups.set(key, [d]);
  }
  for (const g of groups.values()) {
    if (g.length < 4) continue;
    let inGroup = 0;
    for (const d of g) if (d.kind === 'task') inGroup++;
    if (inGroup * 3 < g.length * 2) continue;
    for (const d of g) if (d.kind === 'topic' && d.links.length === 0 && !TOPIC_VERB_RE.test(d.title)) d.kind = 'task';
  }
}

/**
 * An entry whose kind nothing of its own decided: a topic (the default), or a task only by a
 * verb of taking something up ("Start …"); a list's kind may then say what it is. (A sentence
 * about doing something is what it says, not one more book: six words at most after the verb.)
 */
function mayTakeSiblingKind(d: Draft): boolean {
  // (A share done, "40%", says how far, not what it is; a count of parts says it has parts.)
  if (d.children !== 0 || (d.progress !== null && d.progress.unit !== 'percent')) return false;
  if (d.kind === 'topic') return wordCount(d.title) <= (d.links.length ? 6 : 8);
  return d.kind === 'task' && d.links.length === 0 && TAKE_UP_RE.test(d.title) && wordCount(d.title) <= 9;
}

/**
 * A title written as a name: after a verb of taking it up, words capitalised as a title's are
 * ("Eloquent Ruby", "Learn C the Hard Way"), not a phrase ("tidy the desk", "Study for the exam").
 */
function namesAThing(d: Draft): boolean {
  const name = d.title.replace(TAKE_UP_RE, '');
  if (!/^\p{Lu}/u.test(name) || /\?\s*$/.test(name)) return false;
  const words = name.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length === 0 || words.filter((w) => /^\p{Lu}/u.test(w)).length >= (2 * words.length) / 3;
}

/** A series of courses by its name: "Python for Everybody Specialization", "Google Data Analytics Professional Certificate". */
const COURSE_SERIES_RE = /\b(?:speciali[sz]ation|professional certificate|nanodegree|micromasters|xseries|professional track|skill track|career track)\b/i;

/**
 * "- Python for Everybody Specialization" over "- [x] Getting Started with Python": the parts
 * of a series of courses are courses, not topics, when nothing else names them.
 */
function seriesParts(drafts: Draft[]): void {
  // (A draft's parent is its index, as a string, until ids are given.)
  let series: Set<string> | null = null;
  for (let i = 0; i < drafts.length; i++) if (COURSE_SERIES_RE.test(drafts[i]!.title)) (series ??= new Set()).add(String(i));
  if (!series) return;
  for (const d of drafts) if (d.parent !== null && d.kind === 'topic' && series.has(d.parent)) d.kind = 'course';
}

/** "some …", "several …", "a few …" (and as the languages read write it: "beberapa", "algunos", "einige" …), then what there are some of. */
const SOME_OF_RE = /(?:^|[\s(])(?:some|several|a few|a couple of|beberapa|algunos|algunas|alguns|algumas|varios|varias|vários|várias|quelques|plusieurs|einige|mehrere|alcuni|alcune|enkele|några|birkaç|một số|vài)\s+(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)/iu;

/**
 * "2. Practice" (an entry that only names an area) over "- Deploy to Kubernetes": an area
 * that names a kind ("Exercises", "실습", "Projects") says it of the entries under it that
 * nothing else named, as a section's label would. (After the walk: while reading, the
 * entries under an area are taken by its being a bare topic.)
 */
function areaKinds(drafts: Draft[]): void {
  const kinds = new Map<string, Kind | null>();
  for (const d of drafts) {
    if (d.kind !== 'topic' || d.parent === null) continue;
    let k = kinds.get(d.parent);
    if (k === undefined) {
      const p = drafts[Number(d.parent)]!;
      // (A bare label: an entry with a box or a status of its own is a thing to learn, "[ ] Classes and Objects".)
      k = p.kind === 'topic' && !p.explicitStatus && p.links.length === 0 && !p.progress && !p.estimate && wordCount(p.title) <= 4 ? sectionKind(p.title) : null;
      // "Picked several courses for the term:", "Memilih beberapa Mata Kuliah …": an entry that
      // says it holds some of a kind names what its entries are, whatever else it says.
      if (k === null) {
        const some = SOME_OF_RE.exec(p.title);
        if (some) k = sectionKind(some[1]!);
      }
      kinds.set(d.parent, k);
    }
    if (k !== null && k !== 'topic') d.kind = classifyKind(d.title, d.links, k);
  }
}

/**
 * "[Currying](…/disc02/#currying)", "[Lambdas](…/disc02/#lambdas)": siblings that link to
 * sections of one page are the parts of it they name, topics, not one article each.
 */
function pageSections(drafts: Draft[]): void {
  if (!drafts.some((d) => d.kind === 'article' && d.links.length === 1 && d.links[0]!.includes('#'))) return;
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.kind !== 'article' || d.links.length !== 1) continue;
    const hash = d.links[0]!.indexOf('#');
    if (hash < 0 || hash === d.links[0]!.length - 1) continue;
    const key = `${d.parent ?? `s:${d.path.join('\u0000')}`}\u0001${d.links[0]!.slice(0, hash)}`;
    const g = groups.get(key);
    if (g) g.push(d);
    else groups.set(key, [d]);
  }
  for (const g of groups.values()) if (g.length >= 2) for (const d of g) d.kind = 'topic';
}

/**
 * "- [x] Setup" over its lessons under "### To-Do:": an entry with steps of its own, that took
 * its kind only from the to-do list around it (its words name no task), is a part of the
 * curriculum, a topic; "Set up the laptop" over its steps says itself what it is.
 */
function groupKinds(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.kind !== 'task' || d.children < 2 || d.progress) continue;
    if (classifyKind(d.title, d.links, null, null) === 'topic') d.kind = 'topic';
  }
}

/**
 * An entry that is one numbered unit of the entry above ("Chapter 5" under "Mathematics for
 * Machine Learning"): a step through it, a task, whatever its section's kind; and the entry it
 * belongs to is a book when its parts are chapters, a course when they are lectures.
 */
function numberedParts(drafts: Draft[]): void {
  for (const d of drafts) {
    // ("1", "2", … alone under a course: its lectures by number.)
    // ("Unit 1 (212 slides)": what follows in brackets says how long the part is.)
    const t = d.title.endsWith(')') ? d.title.replace(/\s*\([^()]*\)$/, '') : d.title;
    if (d.parent === null || !(NUMBERED_PART_RE.test(t) || /^\d{1,3}\.?$/.test(t))) continue;
    const p = drafts[Number(d.parent)];
    if (!p) continue;
    if (d.kind !== 'deliverable' && d.kind !== 'milestone' && d.kind !== 'video') d.kind = 'task';
    if (p.kind === 'project' || p.kind === 'topic' || p.kind === 'task') {
      if (/^(?:chapters?|ch\b|ch\.|kapitel|cap|chapitre|глава|章)/iu.test(d.title)) p.kind = 'book';
      else if (/^(?:lec|units?\b|modules?\b)/i.test(d.title)) p.kind = 'course';
    }
  }
}

/** The reader's state as it walks one note: where each line stands (section, label, list entry,
 * block, table, fence) and what it has read so far; the helpers every kind of line uses. */
/** A day record's look at how it went: "Progress", "Today's progress". */
const DAY_PROGRESS_RE = /^\W*(?:today['’]?s |daily |my )?progress\W*$/i;

/** The words with a misspelt first "currently" ("Currecly doing") spelt right, or as they are. */
function withCurrently(words: string): string {
  return words.replace(/\p{L}+/u, (w) => (nearCurrently(w.toLowerCase()) ? 'currently' : w));
}

/** Whether a word is "currently" with a letter or two wrong ("currecly", "curently", "currenlty"). */
function nearCurrently(word: string): boolean {
  const target = 'currently';
  if (word === target || Math.abs(word.length - target.length) > 2) return false;
  // Edit distance, at most 2, on two rows.
  let prev = Array.from({ length: target.length + 1 }, (_, j) => j);
  for (let i = 1; i <= word.length; i++) {
    const row = [i];
    for (let j = 1; j <= target.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (word[i - 1] === target[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[target.length]! <= 2;
}

export class Walker {
  drafts: Draft[] = [];
  blocks: Block[] = [];
  warnings: Warning[] = [];
  sections: Section[] = [];
  labels: Label[] = [];
  list: ListEntry[] = [];
  blankRun = 0;
  fence: { layout: boolean; marker: string; line: number; records?: boolean } | null = null;
  table: TableHeader | null = null;
  /** The table's delimiter row is a grid table's rule ("+====+"): its rows may go on over more lines. */
  gridTable = false;
  /** A grid of numbered exercises being read (table-rows.ts): its item, its last line's index, the marks counted. */
  grid: { item: number; line: number; done: number; total: number } | null = null;
  /** A table of marks under stages (`markGrid` in table-rows.ts): its last row's line, the stage columns, their unit, the rows' kind. */
  markGrid: { line: number; cols: number[]; unit: string; kind: Kind | null } | null = null;
  /** A table whose every cell names a thing by its link, its columns groups of them (`linkGrid` in table-rows.ts): its last row's line and the columns' names. */
  linkGrid: { line: number; groups: string[] } | null = null;
  /** The item a following indented or plain line may belong to. */
  anchor: { item: number; indent: number; head: boolean } | null = null;
  paragraphPhrase: boolean[] = [];
  /** Lines of a dated log ("3月11日：leet7999"): true where the day is past (its work done), false where it is still to come (`datedLog` in precompute.ts). */
  datedLog: (boolean | undefined)[] = [];
  /** Lines that are a diary's day alone ("3 sep 2027" over that day's lines, `diaryDays` in precompute.ts): no entries. */
  dayAlone = new Set<number>();
  /** Lines of a report kept by period that name a subject met in an earlier period too: the subject's first line, its name, and how far it got (`periodLog` in precompute.ts). */
  periodSubject: ({ first: number; name: string; progress: { done: number; unit: string } | null } | undefined)[] = [];
  /** Lines that are the one field of the name above them: in a list written a name and a field at a time, or under a bookmark's link (`markNamedFields`, `markBookmark` in precompute.ts). */
  namedField: boolean[] = [];
  /** Lines of a paragraph of records and what divides their parts ("Title | Author | URL", "Title; Author; 2016/9/1 - 2016/9/28"; `recordSeparator` in precompute.ts). */
  recordSep: (string | undefined)[] = [];
  /** The last row of progress boxes: a row of boxes alone under it continues it. */
  lastBoxRow: number | null = null;
  /** The thing a day's record says was worked on ("📘 Book: Deep Work"), and that day's section. */
  logDayWork: { day: unknown; item: number } | null = null;
  /** Open `<details>` blocks: the section each summary opened. */
  details: Section[] = [];
  /** The line that was only a time of day ("10:00AM"): the line after it is its activity. */
  clockLine = -1;
  /** The note's file name, less its extension, lower-cased (lists.ts: pageTitleBlock), once asked. */
  pageName: string | null = null;
  /** Lines (1-based) of the one entry under a time slot ("- 7:30 - 8:30"), and the slot's hours. */
  slotHours = new Map<number, number>();
  /** Title lines of title-and-URL pairs (a bookmark export): each is an item, its URL the next line. */
  bookmark: boolean[] = [];
  /** "Name: what it covers" lines among two or more titled topics of their paragraph (precompute.ts). */
  siblingTopic: boolean[] = [];
  pathCache: { sections: Section[]; labels: Label[]; path: string[] } | null = null;
  /** Link sets of items with many links, so adding one stays O(1). */
  linkSets = new Map<number, Set<string>>();
  /** Plain words of text lines, computed once. */
  plainCache: string[] = [];
  /** Per list line: whether it is one of a run of short sibling bullets (see shortRun), computed once per run. */
  shortRuns: boolean[] = [];
  orgHasChildren: boolean[] = [];
  /** How many top-level org headlines carry a keyword (TODO, DONE …); counted when first asked. */
  orgTopKeywords: number | null = null;
  /** Keywords the org file declares with #+TODO:. */
  orgKeywords: Record<string, Draft['status']> = {};
  /** The note marks its entries with checkboxes: plain bullets need a stronger case. */
  checkboxNote = false;
  /** Per line: the part of the note under its nearest heading (or before the first) holds no box nor task keyword (precompute). */
  unboxedPart: boolean[] = [];
  /** Paragraphs of sentences and no box: lecture notes or a knowledge page (precompute). */
  contentNote = false;
  /** A legend was skipped in the note ("✅ = finished", "| status | meaning |"): its marks are read once the note is. */
  legendSeen = false;
  /** The last question taken from a list ("2. How does it work?"): the bullets after it, of the other marker, are its answer. */
  lastQuestion: { item: number; indent: number; ordered: boolean } | null = null;
  /** A line that was only a day and its weekday ("14 (수)") was seen: the entries under such lines are a schedule's. */
  dayDates = false;
  /** Each table's rows that became items, in order, and whether the row's cell was only a cross ("❌"). */
  tableRows: { item: number; crossed: boolean }[][] = [];
  /** Whether the note's headings open with pictures for decoration (headings.ts decoratedHeadings), once asked. */
  headingPictures: { decorated: boolean; marks: Map<string, number> } | null = null;
  /** The title of the section each of tableRows' tables stands in. */
  tableScopes: string[] = [];
  /** The table being read repeats this earlier one's rows (table-rows.ts: repeatedTable), or null. */
  tableAgain: number | null = null;
  /** A later table's rows, read once ahead by line index (table-rows.ts: rowsFrom), or null. */
  rowsAhead: Map<number, TableRow | null> | null = null;
  /** Bullets not taken on their own, kept until the note is read: entries if their siblings are (siblingEntries). */
  candidates: { draft: Draft; indent: number; parent: number | null }[] = [];
  /**
   * A "now" page (`now.md`, or titled "Now" / "What I'm doing now"): what it lists is what the
   * person is doing now, unless a section says otherwise.
   */
  nowPage = false;
  /** The note says it is a log of work done (its file's name or its title: "logboek.md", "# Lerntagebuch", "Study log"). */
  logNote = false;
  /** The note says its list is of things the person finished (isPastShelf). */
  pastShelf = false;
  /** The day the note says it was last updated, when before today (else today): its dated rows are past or to come against it. */
  asOf: string | null = null;
  /** An Obsidian Kanban board: a card's lane ("Doing", "Done") is its status. */
  kanban = false;
  /** The year dates without one belong to (from front matter), if known. */
  year: number | null = null;
  /** Items that are headings (a ticked heading, a heading with a "Status:" line). */
  readonly headingItems = new Set<number>();
  /** Lines up to this index were read already (an HTML table, read whole). */
  skipTo = -1;
  /** The records of the YAML fence being read, and the one open now. */
  yamlRecords: { line: number; indent: number; fields: Map<string, string> }[] = [];
  yamlOpen: { line: number; indent: number; fields: Map<string, string> } | null = null;
  /** An org headline with a TODO keyword has been read (the note marks its entries' states that way). */
  keywordSeen = false;
  /** How long one session of the plan is, when the note says ("5 sessions/week, ~1.5 hours each"). */
  sessionHours: number | null = null;
  /** A note about one resource (its front matter says its type or status): the item it is. */
  noteItem: number | null = null;
  /** Whether the note's folder was asked if it files one resource per note (folderItem). */
  folderAsked = false;
  /** The note is a web page saved by a clipper (its front matter says so): see clippedPage. */
  clipped = false;
  readonly org: boolean;
  /** What the note's name and folder say its entries are ("books.md", "papers/…", "todo.md"), if anything. */
  readonly fileKind: Kind | null;
  /** The note is about a judge's problems: its title or file name names one ("# NeetCode 150", "leetcode.md"). */
  readonly judge: boolean;
  /** The decisions, when asked for, and the line being read. */
  trace: TraceEntry[] | null = null;
  traceLine = 0;
  /** The line (1-based) the last label was read from. */
  labelLine = 0;

  constructor(
    readonly path: string,
    format: NoteFormat,
    readonly lines: ScannedLine[],
    readonly today: string | null = null,
  ) {
    this.org = format === 'org';
    this.fileKind = fileKind(path);
    this.judge = judgeNote(path, lines);
    this.nowPage = isNowPage(path, lines);
    this.pastShelf = !this.nowPage && (isPastShelf(lines) || pastShelfName(path) !== null);
    this.logNote = LOG_NOTE_RE.test(fileWords(path)) || (lines.slice(0, 5).some((l) => l.shape.t === 'heading' && l.shape.level === 1 && LOG_NOTE_RE.test(l.shape.text)));
    const asOf = noteAsOf(lines);
    this.asOf = asOf !== null && today !== null && asOf < today ? asOf : today;
  }


  run(): FileResult {
    precompute(this);
    const lines = this.lines;
    diaryItem(this);
    titleOverParts(this);
    let skipUntil = -1;
    for (let i = 0; i < lines.length; i++) {
      const ln = lines[i]!;
      if (i < skipUntil || i <= this.skipTo) continue;
      // Front matter, HTML comments and Obsidian %% comments hold no items.
      if (i === 0 && ln.text === '---') {
        const end = lines.findIndex((l, j) => j > 0 && j < 200 && (l.text === '---' || l.text === '...'));
        if (end > 0) {
          for (let j = 1; j < end; j++) {
            const t = lines[j]!.text;
            if (/^kanban-plugin\s*:/.test(t)) this.kanban = true;
            const y = this.year === null ? /^(?:lastmod|date|created|updated|modified)\s*:\s*['"]?(\d{4})-/i.exec(t) : null;
            if (y) this.year = Number(y[1]);
          }
          if (!this.kanban) frontMatterItem(this, lines.slice(1, end));
          if (this.noteItem === null) frontMatterKind(this, lines.slice(1, end));
          if (this.noteItem === null) frontMatterRecords(this, lines.slice(1, end));
          skipUntil = end + 1;
          continue;
        }
      }
      // A TOML front matter between "+++" lines (Hugo, Zola): the same fields written "title =
      // \"…\"" (its tables, "[extra]", hold the generator's settings).
      if (i === 0 && ln.text.trimEnd() === '+++') {
        const end = lines.findIndex((l, j) => j > 0 && j < 200 && l.text.trimEnd() === '+++');
        if (end > 0) {
          const fields: ScannedLine[] = [];
          for (let j = 1; j < end && !/^\s*\[/.test(lines[j]!.text); j++) {
            const f = TOML_FIELD_RE.exec(lines[j]!.text);
            if (f) fields.push({ ...lines[j]!, text: `${f[1]}: ${f[2]!.replace(/^"(.*)"$/, '$1')}` });
          }
          const y = fields.map((f) => /^(?:lastmod|date|created|updated|modified)\s*:\s*['"]?(\d{4})-/i.exec(f.text)).find((m) => m);
          if (y && this.year === null) this.year = Number(y[1]);
          frontMatterItem(this, fields);
          if (this.noteItem === null) frontMatterKind(this, fields);
          skipUntil = end + 1;
          continue;
        }
      }
      // Logseq's page properties ("type:: [[book]]", "status:: reading" as the page's first
      // lines): the page's own fields, as front matter is.
      if (i === 0 && PAGE_PROPERTY_RE.test(ln.text)) {
        let end = 1;
        while (end < lines.length && end < 200 && PAGE_PROPERTY_RE.test(lines[end]!.text)) end++;
        const fields = lines.slice(0, end).map((l) => ({ ...l, text: l.text.replace('::', ':') }));
        if (!this.kanban) frontMatterItem(this, fields);
        if (this.noteItem === null) frontMatterKind(this, fields);
        skipUntil = end;
        continue;
      }
      if (ln.text.includes('<!--') && !ln.text.includes('-->')) {
        const end = lines.findIndex((l, j) => j > i && l.text.includes('-->'));
        skipUntil = end > 0 ? end + 1 : lines.length;
        continue;
      }
      if (ln.text.includes('%%') && /^\s*%%/.test(ln.text) && !/%%.*%%/.test(ln.text)) {
        const end = lines.findIndex((l, j) => j > i && l.text.includes('%%'));
        skipUntil = end > 0 ? end + 1 : lines.length;
        continue;
      }
      // (Once the front matter, which may name the note's item itself, is read.)
      if (!this.folderAsked) { this.folderAsked = true; if (this.noteItem === null) folderItem(this); }
      this.line(ln, i);
    }
    // ("Day 01 | 4/4" in "# Leet Code Questions": in a note about a judge's problems, a count of parts it does not name counts problems.)
    if (this.judge) for (const d of this.drafts) if (d.progress?.unit === 'part') d.progress.unit = 'problem';
    if (this.slotHours.size) for (const d of this.drafts) { const h = this.slotHours.get(d.source.line); if (h !== undefined && !d.estimate) d.estimate = { hours: h, basis: 'explicit' }; }
    if (this.drafts.every((d) => BARE_URL_LINE_RE.test(this.lines[d.source.line - 1]?.text ?? ''))) bareShelf(this);
    if (this.dayDates) datedSessions(this);
    siblingEntries(this);
    crossedTails(this);
    challengeDays(this);
    referenceLinks(this);
    // (A mark the note's own legend defines says what it says there.)
    if (this.legendSeen || namesLegend(this.lines)) applyLegend(this.drafts, this.lines, readLegend(this.lines));
    numberedParts(this.drafts);
    siblingKinds(this.drafts, this.lines);
    stepKinds(this.drafts, this.lines);
    taskListKinds(this.drafts, this.lines);
    shapeKinds(this.drafts, this.lines);
    seriesParts(this.drafts);
    pageSections(this.drafts);
    areaKinds(this.drafts);
    groupKinds(this.drafts);
    proseStatus(this);
    sequenceStatus(this);
    unmarkedDone(this);
    totalsUnit(this.drafts, this.lines);
    begunParts(this.drafts);
    // A page of queries (dataview, Tasks, Obsidian's "query" blocks) under headings and fields: a
    // view of other notes, whose entries those notes hold; its own name and headings are no work.
    if (this.drafts.length && queryPage(this.lines)) {
      for (const d of this.drafts) this.note(d.source.line, 'not-taken', 'a page of queries: it shows other notes\' entries and holds none of its own');
      this.drafts.length = 0;
      for (const b of this.blocks) b.items.length = 0;
    }
    if (this.fence) {
      this.warn(this.fence.line, 'unclosed-fence', 'a code fence opened here is never closed; the rest of the file was read as its content');
    }
    return { drafts: this.drafts, blocks: this.blocks, warnings: this.warnings, lines: this.lines, ...(this.trace ? { trace: this.trace } : {}) };
  }

  /** Records a decision (a no-op unless tracing). */
  note(line: number, what: TraceEntry['what'], why: string, of?: number): void {
    this.trace?.push({ line, what, why, ...(of !== undefined ? { of } : {}) });
  }

  /** Where the item's line stands, in words: its section, its label, its block. */
  context(): string {
    const bits: string[] = [];
    const l = this.labels[this.labels.length - 1];
    const s = this.sections[this.sections.length - 1];
    if (l) bits.push(`under the label "${l.title}"${l.kind ? ` (a list of ${l.kind}s)` : l.work ? ' (it announces work)' : ''}`);
    else if (s?.title) bits.push(`in the section "${s.title}"${s.kind ? ` (a list of ${s.kind}s)` : s.work ? ' (it announces work)' : ''}`);
    const b = this.currentBlock();
    if (b !== null) bits.push(`in a block of ${this.blocks[b]!.hours} h`);
    return bits.join(', ');
  }

  warn(line: number, code: string, message: string): void {
    this.warnings.push({ path: this.path, line, code, message });
  }

  line(ln: ScannedLine, i: number): void {
    this.traceLine = ln.no;
    const s = ln.shape;
    // A web page saved into the notes: its words are the page's, not work; a box the person
    // ticks in it is theirs (an item under the page).
    if (this.clipped && !(s.t === 'list' && s.check !== null)) return;
    if (s.t === 'fence') return onFence(this, ln, s.lang, s.marker);
    if (this.fence && !this.fence.layout) {
      if (this.fence.records) yamlRecord(this, ln);
      return;
    }
    if (s.t === 'blank') {
      this.blankRun++;
      this.table = null;
      if (this.blankRun >= 2) { this.endLabels(); if (!this.anchor?.head) this.anchor = null; }
      return;
    }
    const blankBefore = this.blankRun;
    this.blankRun = 0;
    // A table written in HTML: read whole, its rows as a markdown table's.
    if (s.t === 'html' && ln.text.includes('<table')) {
      this.skipTo = htmlTable(this, i);
      return;
    }
    // A table kept as comma-separated values: read whole, its rows as a markdown table's.
    // (Its header starts a block: the note's first line, or one after a blank line or a heading.)
    if (s.t === 'text' && ln.text.includes(',') && (i === 0 || blankBefore > 0 || this.lines[i - 1]!.shape.t === 'heading')) {
      const end = csvTable(this, i);
      if (end >= 0) {
        this.skipTo = end;
        return;
      }
    }
    // A callout's title labels what the callout holds, and no more.
    if (this.labels.length > 0 && this.labels[this.labels.length - 1]!.callout && !QUOTE_RE.test(ln.text)) {
      this.labels = this.labels.filter((l) => !l.callout);
    }
    // Under "Template" or "Example entry" the lines are a form to copy: only a heading ends it.
    if (s.t !== 'heading' && s.t !== 'orgHeadline' && s.t !== 'hr' && (this.sections[this.sections.length - 1]?.template || this.labels.some((l) => l.template))) {
      this.note(ln.no, 'skipped', 'part of a template (a form to copy), not work');
      return;
    }
    switch (s.t) {
      case 'heading':
        if (this.fence) return;
        return onHeading(this, s.level, s.text, ln.no);
      case 'orgHeadline':
        return onOrgHeadline(this, s.level, s.text, ln.no, i);
      case 'orgMeta':
        return onOrgMeta(this, s.text, ln.no);
      case 'hr':
        this.endLabels();
        this.list = [];
        this.anchor = null;
        return;
      case 'html': {
        if (this.fence) return;
        // "<li>Concrete Mathematics</li>": a list written in HTML, one element a line, is a list.
        // (Its other tags go; a link, "<li><a href="…">SICP</a></li>", stays the entry's link.)
        const li = ln.text.includes('<li') ? HTML_ITEM_RE.exec(ln.text) : null;
        const inner = li ? li[1]!.replace(/<(?!\/?a[\s>])[^>]*>/gi, ' ').replace(/\s+/g, ' ').trim() : '';
        if (inner) return onList(this, ln, '-', false, null, inner, blankBefore);
        return onHtml(this, ln, i);
      }
      case 'tableDelim':
        return;
      case 'table':
        if (this.fence) return;
        return onTable(this, s.cells, ln, i);
      case 'list':
      {
        // "- [Valid Parentheses](easy/0020.md) | 2025-03-09 | ~35 minutes | Easy" right under a
        // table's header: a row of it, written (by a script) with a list marker.
        if (this.table?.work && s.check === null && s.text.includes(' | ') && blankBefore === 0) {
          const cells = tableCells(s.text);
          if (cells.length === this.table.width) return onTable(this, cells, ln, i);
        }
        // "- [ ] Read [Database Internals for" over "  Pythonistas](…/index.md)": a link's text
        // wrapped onto the lines under the entry is one entry's words.
        const last = s.text.includes('[') ? this.wrappedLink(s.text, i) : i;
        if (last === i) onList(this, ln, s.marker, s.ordered, s.check, s.text, blankBefore);
        else {
          const before = this.drafts.length;
          let text = s.text;
          for (let k = i + 1; k <= last; k++) text += ` ${this.lines[k]!.text.trim()}`;
          onList(this, ln, s.marker, s.ordered, s.check, text, blankBefore);
          for (let d = before; d < this.drafts.length; d++) if (this.drafts[d]!.source.line === ln.no) this.drafts[d]!.source.endLine = Math.max(this.drafts[d]!.source.endLine, last + 1);
          this.skipTo = Math.max(this.skipTo, last);
        }
        const top = lastOf(this.list);
        if (top && top.content === undefined) top.content = s.contentCol;
        if (top && top.marker === undefined) top.marker = s.marker;
        return;
      }
      case 'text':
        return onText(this, ln, s.text, i, blankBefore);
    }
  }

  /**
   * The index of the last line of a link's text that the list entry on line `i` opens and a
   * line under it closes ("Read [Database Internals for" / "Pythonistas](…)"): lines of text
   * indented under the entry, four at most; `i` itself when there is none.
   */
  wrappedLink(text: string, i: number): number {
    let depth = bracketDepth(text, 0);
    if (depth <= 0) return i;
    const indent = this.lines[i]!.indent;
    for (let k = i + 1; k < this.lines.length && k <= i + 4; k++) {
      const l = this.lines[k]!;
      if (l.shape.t !== 'text' || l.indent <= indent) return i;
      depth = bracketDepth(l.text, depth);
      if (depth <= 0) return l.text.includes('](') ? k : i;
    }
    return i;
  }

  currentBlock(): number | null {
    for (let i = this.labels.length - 1; i >= 0; i--) if (this.labels[i]!.block !== null) return this.labels[i]!.block;
    for (let i = this.sections.length - 1; i >= 0; i--) if (this.sections[i]!.block !== null) return this.sections[i]!.block;
    return null;
  }

  openBlock(hours: number | null): number | null {
    if (hours === null || hours <= 0) return null;
    const parent = this.currentBlock();
    if (parent !== null) this.blocks[parent]!.hasSubBlocks = true;
    this.blocks.push({ hours, parent, hasSubBlocks: false, items: [] });
    return this.blocks.length - 1;
  }

  /**
   * The titles above the current line. Items in the same section share one array (never
   * mutated afterwards): a vault of 400k items would otherwise allocate 400k paths.
   */
  sectionPath(): string[] {
    const c = this.pathCache;
    if (c && sameRefs(c.sections, this.sections) && sameRefs(c.labels, this.labels)) return c.path;
    const p: string[] = [];
    for (const s of this.sections) if (s.title) p.push(s.title);
    for (const l of this.labels) if (l.title) p.push(l.title);
    this.pathCache = { sections: [...this.sections], labels: [...this.labels], path: p };
    return p;
  }

  kindHint(): Kind | null {
    return this.hintScope()?.kind ?? null;
  }

  /**
   * What the file's name says its entries are, unless the section they stand in is one of
   * them: under "# cs61b" in courses.md the entries are that course's parts, not courses.
   */
  fileHintHere(): Kind | null {
    if (this.fileKind === null) return null;
    // (A day's or a session's steps are of their own kinds, not the shelf's the file is named
    // for: "curriculum.md" over "#### Day 1" and its steps. A file named for one course says
    // its parts are topics, there too.)
    if (this.fileKind !== 'topic' && this.sections.some((s) => s.unit || s.sitting)) return null;
    // (Nor are the parts of one of the file's books: "Principe general" under a book's chapter in technical-books.org.)
    if (this.partOfOne(-1, this.fileKind)) return null;
    if (this.fileKind !== 'course') return this.fileKind;
    const s = this.sections[this.sections.length - 1];
    return s?.title && hasCourseCue(s.title) && wordCount(s.title) <= 6 ? null : this.fileKind;
  }

  /**
   * Whether the entries here are parts of an item of `kind` that stands in a section inside
   * section `i` (-1: anywhere), with no section between that says what its entries are ("<summary>To-read
   * list</summary>" after a book's heading is a list of its own; "Partie [15/18]" says nothing).
   */
  private partOfOne(i: number, kind: Kind): boolean {
    for (let j = this.sections.length - 1; j > i; j--) {
      const x = this.sections[j]!;
      if (x.item !== null && x.item < this.drafts.length && this.drafts[x.item]!.kind === kind) return true;
      if (x.title && (x.kind || x.work || x.done || x.doing || x.dropped || x.planned)) return false;
    }
    return false;
  }

  /** The heading or label whose kind the entries here take ("Books", "Reading list"), or null. */
  hintScope(): Scope | null {
    for (let i = this.labels.length - 1; i >= 0; i--) {
      const l = this.labels[i]!;
      if (l.kind) return l;
      // "Outside the curriculum:" under a note about courses: not of the kind around it.
      if (OUTSIDE_RE.test(l.title)) return null;
    }
    for (let i = this.sections.length - 1; i >= 0; i--) {
      const s = this.sections[i]!;
      if (s.title && OUTSIDE_RE.test(s.title)) return null;
      // A session's steps are of their own kinds, not the plan's ("course"): a day's or a
      // lesson's heading ("#### Day 1: Airflow Fundamentals") with no boxes under it too.
      if (s.unit || s.sitting) return null;
      // ("#+TITLE: Technical books" over "*** DONE GWT … - Olivier Gerardin" over its parts: the
      // file's title names its shelf, and the parts of one book on it are not books.)
      if (s.level === 0 && s.kind && this.partOfOne(i, s.kind)) return null;
      // "# TODO" over "## Java Programming": the to-do list holds all sorts; the nearer,
      // named section says what its entries are about, not that they are chores.
      if (s.kind === 'task' && i < this.sections.length - 1 && this.sections[this.sections.length - 1]!.title && /^\W*(?:my\s+)?to-?\s?dos?(?:\s+list)?\W*$/i.test(s.title)) continue;
      // "## TODO" in intersting_book.md: in a note named for a shelf, the to-do lane holds the
      // shelf's things still to read or take, as "## DONE" holds those finished.
      if (s.kind === 'task' && (this.fileKind === 'book' || this.fileKind === 'course' || this.fileKind === 'paper' || this.fileKind === 'video' || this.fileKind === 'article') && /^\W*to-?\s?dos?\W*$/i.test(s.title)) continue;
      // "## Coursework Milestones" over "### Readings": the nearer heading names what its
      // entries are (readings), so they are not the outer heading's milestones.
      if ((s.kind === 'milestone' || s.kind === 'deliverable') && i < this.sections.length - 1 && this.sections.slice(i + 1).some((x) => x.title && !x.unit && x.item === null && !/\d/.test(x.title))) return null;
      if (s.kind) return s;
    }
    return null;
  }

  /** +1 when the context announces work, -3 when it announces something else, 0 otherwise. */
  contextScore(): number {
    // A note about one resource: what is written under it is notes on it, not more work; under
    // a heading that names its tasks ("## Tasks", "# 作業内容"), its steps.
    if (this.noteItem !== null) return this.labels.length === 0 && lastOf(this.sections)?.kind === 'task' ? 1 : -3;
    const l = lastOf(this.labels);
    if (l) return l.nonWork ? -3 : l.work || l.kind || l.block !== null ? 1 : 0;
    const s = lastOf(this.sections);
    if (s) return s.nonWork ? -3 : s.work || s.kind || s.block !== null ? 1 : 0;
    return 0;
  }

  /**
   * Whether the plain bullet at index `i` is one of a run of three or more sibling bullets
   * (one column, one marker, no blank line between; lines indented deeper under them allowed),
   * every one a few words, a name and no sentence: a list of names, "Kotlin, TypeScript", "React,
   * Next.js", "Nginx, Caddy", not remarks. Each run is measured once.
   */
  shortRun(i: number): boolean {
    const known = this.shortRuns[i];
    if (known !== undefined) return known;
    const at = this.lines[i]!;
    const shape = at.shape;
    if (shape.t !== 'list') return false;
    let first = i;
    for (let k = i - 1; k >= 0; k--) {
      const l = this.lines[k]!;
      if (l.shape.t === 'blank' || l.indent < at.indent) break;
      if (l.indent > at.indent) continue;
      if (l.shape.t !== 'list' || l.shape.marker !== shape.marker) break;
      first = k;
    }
    const members: number[] = [];
    let short = true;
    for (let k = first; k < this.lines.length; k++) {
      const l = this.lines[k]!;
      if (l.shape.t === 'blank' || l.indent < at.indent) break;
      if (l.indent > at.indent) continue;
      if (l.shape.t !== 'list' || l.shape.marker !== shape.marker) break;
      // (An empty bullet, or one that only embeds another block, "((6406ea7c-…))" in Logseq, has no name to weigh.)
      if (!l.shape.text.trim() || BLOCK_REF_RE.test(l.shape.text)) continue;
      members.push(k);
      // (Its progress, as a check-off may write it, "(3/4)", is no words of its name.)
      const words = withoutProgress(plainText(l.shape.text));
      // (A name starts with a capital, a figure or a letter of a script without case; "the
      // slides are dense, take notes" is a remark.)
      // (A member ticked off is still one of them: checking one off leaves the run a run.)
      if (short && (wordCount(words) > 6 || /^\P{L}*\p{Ll}/u.test(words) || /[.!?:：]\s*$/.test(words) || isProse(words))) short = false;
    }
    const run = short && members.length >= 3;
    for (const k of members) this.shortRuns[k] = run;
    return run;
  }

  /**
   * "# Study Schedule Template" as the note's first heading, over a form with no placeholders
   * left in it ("{{date}}", "<topic>", "YYYY", "____"): the person's copy of a template, filled
   * in, not a form to copy. (A template section inside a note is still one.)
   */
  filledForm(level: number): boolean {
    if (level !== 1 || this.lines.findIndex((l) => l.shape.t === 'heading') !== this.traceLine - 1) return false;
    return !notePlaceholders(this);
  }

  /** Ends labels (and lists) after two blank lines or a rule; labels inside an open fence stay. */
  endLabels(): void {
    this.labels = this.labels.filter((l) => l.inFence && this.fence !== null);
    this.list = [];
  }

  pushSection(level: number, rawTitle: string, item: number | null = null): void {
    this.lastQuestion = null;
    while (this.sections.length && this.sections[this.sections.length - 1]!.level >= level) this.sections.pop();
    // The labels under the old section end here: a block this heading opens is not inside theirs.
    this.labels = [];
    const title = headingTitle(rawTitle);
    const est = findEstimate(rawTitle);
    const block = est && est.rate === null ? this.openBlock(est.hours) : null;
    if (this.trace && this.traceLine > 0 && item === null) {
      this.note(this.traceLine, 'section', `a heading: the section "${title}"${sectionKind(title) ? ` (a list of ${sectionKind(title)}s)` : ''}${block !== null ? `, a block of ${est!.hours} h` : ''}${isNonWorkIntro(title) ? '; it holds no work' : ''}`);
    }
    // A day's heading in a log ("## 2026-11-18" under "# Study log") is the log's too.
    const parent = this.sections[this.sections.length - 1];
    const scope = scopeOf(title);
    // "# Read" beside "# Currently Reading" or "# To Read": a shelf's past tense, what is done.
    if (!scope.done && PAST_SHELF_RE.test(title) && this.hasShelves()) scope.done = true;
    // "## Reading" beside "## To Read" and "## Read": the shelf of what is being read now.
    else if (!scope.doing && !scope.done && PRESENT_SHELF_RE.test(title) && this.hasShelves()) scope.doing = true;
    // "## 👓 Topic(s) Covered" under "# 📅 Wednesday, June 18, 2025": what that day went over, done.
    // (Under a course's or a week's heading, "Topics covered" is a syllabus: what it will cover.)
    else if (!scope.done && COVERED_RE.test(title) && inLogDay(this)) scope.done = true;
    this.sections.push(newSection(scope, {
      level, block, item, private: saysPrivate(rawTitle),
      nonWork: scope.nonWork || (parent?.nonWork === true && DATE_TITLE_RE.test(title)),
      template: (scope.template && !this.filledForm(level)) || parent?.template === true,
    }));
    this.list = [];
    this.anchor = null;
    this.table = null;
  }

  private shelves: boolean | null = null;

  /** Whether the note keeps shelves as a reading log does: a heading "Currently reading", "To read", "Want to watch", "Queue". */
  hasShelves(): boolean {
    if (this.shelves === null) {
      // (Or a queue of them: "### Queue", "## Backlog", "TBR".)
      this.shelves = this.lines.some((l) => l.shape.t === 'heading' && (SHELF_HEADING_RE.test(l.text) || PLANNED_LABEL_RE.test(l.shape.text)));
    }
    return this.shelves;
  }

  /**
   * A sentence that says the list after it was done ("…the courses I have completed:", "… Los
   * contenidos que vi fueron:"): a label of finished things, however long. Its verbs tell what
   * was done ("quiero terminarlo"): they make its entries no tasks.
   */
  pushDoneLabel(title: string, indent: number, fromList: boolean, rawText: string): void {
    this.pushLabel(title, indent, fromList, rawText);
    const label = this.labels[this.labels.length - 1]!;
    label.done = true;
    label.nonWork = false;
    label.work = false;
    if (label.kind === 'task') label.kind = null;
  }

  pushLabel(title: string, indent: number, fromList: boolean, rawText: string): void {
    // A label right after another label that has no entries yet nests under it.
    while (this.labels.length) {
      const top = this.labels[this.labels.length - 1]!;
      if (top.inFence !== (this.fence !== null)) break;
      if (top.itemsSeen === 0 && !top.entriesSeen && !top.fromList && !fromList && top.indent <= indent && this.labels.length < 3) { top.hasSubLabels = true; break; }
      // A group label ("Research areas:" over "Infra level:") keeps its later sub-labels too.
      if (top.hasSubLabels && !top.fromList && !fromList && top.indent <= indent) break;
      if (top.indent < indent && (top.fromList || fromList)) break;
      this.labels.pop();
    }
    const est = findEstimate(rawText);
    const block = est && est.rate === null ? this.openBlock(est.hours) : null;
    const scope = scopeOf(title);
    // "Here is a sample of options" then "(many more are available …):": the label's paragraph
    // says what it introduces, its first lines too.
    if (!fromList && !scope.optional) {
      for (let k = this.traceLine - 2, n = 0; k >= 0 && n < 3 && this.lines[k]!.shape.t === 'text'; k--, n++) {
        if (isOptionalSection(this.lines[k]!.text)) { scope.optional = true; break; }
      }
    }
    // "**Progress:**" in a day's record: how the day went ("Understanding: 6/10", "Did 2 sessions"), not work.
    if (!scope.nonWork && DAY_PROGRESS_RE.test(title) && inLogDay(this)) scope.nonWork = true;
    // "Some of the more conceptual courses include:", "You'll also find in several courses:": what
    // the things it names hold, not more of those things.
    if (scope.kind !== null && CONTENTS_LABEL_RE.test(title)) { scope.kind = null; scope.nonWork = true; }
    // "it includes:", "This chapter covers:" under an entry: the parts of that entry, topics of it.
    else if (scope.kind === null && !scope.nonWork && /^\W*(?:it|this|that|which|the (?:course|chapter|book|module|lesson|unit|section))\s+(?:includes?|contains?|covers?)\W*$/i.test(title)) scope.kind = 'topic';
    if (this.trace) {
      const no = this.traceLine;
      if (no > 0) this.note(no, 'label', `a label ("${title}") over the lines after it${block !== null ? `, a block of ${est!.hours} h they share` : ''}${scope.nonWork ? '; it announces something other than work' : ''}`);
    }
    this.labelLine = this.traceLine;
    // (Written out, not spread: every label then has one shape; see newSection. The keys set later,
    // entriesSeen and callout, are written too, undefined until then: adding a key makes a new shape.)
    this.labels.push({
      title: scope.title, kind: scope.kind, work: scope.work, nonWork: scope.nonWork, done: scope.done, dropped: scope.dropped, planned: scope.planned, doing: scope.doing,
      optional: scope.optional, template: scope.template, private: saysPrivate(rawText),
      indent, block, itemsSeen: 0, hasSubLabels: false, fromList, inFence: this.fence !== null, entriesSeen: undefined, callout: undefined,
    });
    this.anchor = null;
  }

  /** `apart`: not a part of the heading item it is under (the thing a day's record worked on is not a part of that day). */
  addItem(d: Draft, parentIdx: number | null, apart = false): number {
    const idx = this.drafts.length;
    if (this.trace) {
      const line = this.lines[d.source.line - 1];
      const shape = line?.shape;
      const form = shape?.t === 'list' ? (shape.check !== null ? `a checkbox ("[${shape.check}]")` : shape.ordered ? 'a numbered entry' : 'a list entry')
        : shape?.t === 'heading' ? 'a heading' : shape?.t === 'table' ? 'a table row' : shape?.t === 'orgHeadline' ? 'an org headline' : 'a line';
      const ctx = this.context();
      const parent = parentIdx ?? this.noteItem;
      this.note(d.source.line, 'item', `${form}${ctx ? ', ' + ctx : ''}${parent !== null ? `, part of the item on line ${this.drafts[parent]!.source.line}` : ''}`);
    }
    // In a note about one resource, the tasks in it are that resource's; under a heading that
    // is an item ("✅ Week 3", a summary), what its sub-sections hold is its own.
    const parent = parentIdx ?? this.noteItem ?? (apart ? null : this.sectionItem());
    for (const [k, v] of Object.entries(d.dates) as [keyof Draft['dates'], string][]) {
      if (!validDate(v)) {
        this.warn(d.source.line, 'invalid-date', `"${v}" is not a calendar date (${k} of "${d.title}"); ignored`);
        delete d.dates[k];
      }
    }
    d.block = this.currentBlock();
    if (d.block !== null) {
      this.blocks[d.block]!.items.push(idx);
      d.scheduled = true;
    }
    if (parent !== null) {
      const p = this.drafts[parent]!;
      d.parent = String(parent);
      p.children++;
      if (d.status === 'done') p.doneChildren++;
      // Under the parent's title; a heading that is an item is not in the path its section gives.
      if (d.path.length === p.path.length || (this.headingItems.has(parent) && d.path.length < p.path.length)) d.path = [...p.path, p.title];
    }
    // "One Week Side Project Ideas", "## Weekend projects": a length said of each entry of the list.
    if (!d.estimate && parent === null && d.block === null && d.kind !== 'milestone') {
      const hours = this.entryHours();
      if (hours !== null) d.estimate = { hours: round2(hours), basis: 'explicit' };
    }
    this.drafts.push(d);
    for (const l of this.labels) l.itemsSeen++;
    return idx;
  }

  /** The length each entry takes that the labels, sections or file name around it say ("2-day builds"), or null. */
  private entryHours(): number | null {
    for (let i = this.labels.length - 1; i >= 0; i--) {
      const h = ENTRY_HOURS.get(this.labels[i]!.title, perEntryHours);
      if (h !== null) return h;
    }
    for (let i = this.sections.length - 1; i >= 0; i--) {
      const h = ENTRY_HOURS.get(this.sections[i]!.title, perEntryHours);
      if (h !== null) return h;
    }
    if (this.fileEntryHours === undefined) this.fileEntryHours = perEntryHours((this.path.split('/').pop() ?? '').replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' '));
    return this.fileEntryHours;
  }
  private fileEntryHours: number | null | undefined;

  entry(text: string, line: number, check: string | null, status: Draft['status'] | null = null): Draft {
    let raw = text;
    let hint = this.kindHint();
    // "Deliverable: a URL shortener", "**Milestone**: first PR merged": an output, named after the field.
    const output = raw.includes(':') || raw.includes('：') ? OUTPUT_FIELD_RE.exec(raw.trim()) : null;
    if (output && wordCount(output[2]!) <= 20) {
      raw = output[2]!;
      hint = /^(?:milestone|checkpoint|outcome|里程碑|マイルストーン|마일스톤|hito|jalon|meilenstein)/i.test(output[1]!) ? 'milestone' : 'deliverable';
    }
    // "Book: *Grokking Algorithms*", "**Course:** CS50x": the field names the kind; the title is what follows.
    const kindField = !output && (raw.includes(':') || raw.includes('：')) ? KIND_LABEL_RE.exec(raw.trim()) : null;
    if (kindField && wordCount(kindField[2]!) <= 20) {
      raw = kindField[2]!;
      hint = sectionKind(kindField[1]!) ?? hint;
    }
    // "**Task:** Homework for class (2 periods)", "**Nhiệm vụ:** Bài tập trên lớp": a task, named after the field.
    // ("**Sáng (9:00 - 10:50):** * **Nhiệm vụ:** Luyện gõ code": the field after a slot's label on one line.)
    const taskField = !output && !kindField && (raw.includes(':') || raw.includes('：')) ? TASK_FIELD_RE.exec(raw.trim().replace(SLOT_THEN_BULLET_RE, '')) : null;
    if (taskField && wordCount(taskField[1]!) <= 20) raw = taskField[1]!;
    // "4月7日，上午11:09，完成视频课HTML5+CSS3（44小时）", "2024-04-07: finished CS50": a day, then that
    // the thing was finished: done, named by what follows the verb.
    const finished = status === null && check === null && /\d/.test(raw) ? DATED_COMPLETION_RE.exec(raw.trim()) : null;
    if (finished) raw = finished[1]!;
    const d = buildEntry({
      // (A card on a board, and a box under a session or a day's unit, is a step: a task, when nothing says more.)
      raw, path: this.path, line, check, org: this.org, hint, fileHint: this.fileHintHere(), fallbackKind: this.kanban || (check !== null && this.sections.some((s) => s.unit || s.sitting)) ? 'task' : 'topic', sectionPath: this.sectionPath(), status,
      today: this.today, year: this.year, judge: this.judge,
    });
    if (taskField && d.kind !== 'project') d.kind = 'task';
    // "**Images:** Write Dockerfiles, build images, …", "**Jobs:** you'll need to write a CronJob": a
    // term in bold, then what it covers. Its kind is the term's, not the description's verbs: a
    // project only when the term says so ("**Project You Are Working On:** …").
    if (d.kind === 'project' && !output && !kindField && !taskField) {
      const term = BOLD_TERM_RE.exec(raw.trim());
      // (Not a stage's label over what it builds: "**Phase 5:** Deployment & Portfolio Projects".)
      if (term && !/\bprojects?\b/i.test(raw) && !/^(?:phase|stage|step|week|day|month|sprint|part|module|level)\s*\d/i.test(term[1]!)) d.kind = classifyKind(term[1]!, d.links, hint, this.fileHintHere(), 'topic');
    }
    // "4/10 | 1. Python Deep Dive 第1-2节<br>2. … | ☑️": an entry named only by its day is that day's
    // work, a task, not a subject (a shelf's dated rows keep the kind their shelf gives: a book).
    if (d.kind === 'topic' && DATE_ONLY_TITLE_RE.test(d.title)) d.kind = 'task';
    if (finished && !d.explicitStatus) {
      d.status = 'done';
      // (What was finished is what its words name, "视频课…" a course, more than the milestone it marks.)
      if (d.kind === 'milestone') d.kind = classifyKind(d.title, d.links, null, null, 'milestone');
    }
    // ("Textbook: Ch. 2.1, 2.2": the field's kind over the numbered parts after it, a book read by its chapters.)
    if (kindField && hint !== null && (d.kind === 'task' || d.kind === 'topic')) d.kind = hint;
    // "## Week 2" over "- [ ] Implement webhook endpoint …": a box under a week's, a day's or a
    // session's work is a step of it, a task, though its verb builds something; one that names
    // a project of its own ("- [ ] Capstone project: …") stays one.
    if (d.kind === 'project' && check !== null && d.links.length === 0 && !/\bprojects?\b/i.test(d.title) && this.sections.some((s) => s.unit || s.sitting || WEEK_HEADING_RE.test(s.title ?? ''))) d.kind = 'task';
    // "**Monday**: New chapter reading (1-2 hours)": a day's sitting in a weekly routine, a task,
    // whatever it works on (its words name no resource: no link, no title).
    if (d.links.length === 0 && d.kind !== 'task' && d.kind !== 'project' && d.kind !== 'milestone' && d.kind !== 'deliverable' && WEEKDAY_LABEL_RE.test(d.title)) d.kind = 'task';
    // "## What to do on LeetCode" over "1. **Two Sum** — value-to-index map": a judge's problems,
    // to solve, where the heading or label over them names the judge and nothing names them otherwise.
    // ("AtCoder rounds", "CSES problems", "LeetCode daily": an entry naming the judge is solving there.)
    if (d.kind === 'topic' && d.links.length === 0 && (this.underJudge() || JUDGE_NAME_RE.test(d.title)) && wordCount(d.title) <= 10) d.kind = 'task';
    // "- [ ] Obtuve 80%+ en Form Completion", "- [ ] Passed the AWS exam": an open box told as
    // already achieved is a criterion to meet, a milestone.
    if ((d.kind === 'topic' || d.kind === 'task') && check !== null && d.status === 'todo' && ACHIEVED_RE.test(d.title)) d.kind = 'milestone';
    // "Installed Python 3.9 and checked pip.", "Built Task 1.2: …": told in the past, it was done.
    // (Not a goal's wording: "Deliverable: Published deep-dive", a success criterion.)
    // (Nor a checklist's question, "Watched lecture?", nor a remark in lower case, "implemented in Go".)
    // ("Started learning SQL.": begun, so under way.)
    const toldStatus = d.status === 'todo' && !d.explicitStatus && d.kind !== 'deliverable' && d.kind !== 'milestone' && /^\p{Lu}/u.test(d.title) && !d.title.trimEnd().endsWith('?')
      ? (DONE_TOLD_RE.test(d.title) || NORDIC_TOLD_RE.test(d.title) ? 'done' : BEGUN_TOLD_RE.test(d.title) ? 'doing' : null) : null;
    if (toldStatus !== null) d.status = toldStatus;
    // "Node und Git installiert und eingerichtet", "Codeberg-Konto angelegt, erster Push durch":
    // German tells what was done with the participle last in its clause; "… begonnen" is begun.
    else if (d.status === 'todo' && !d.explicitStatus && d.links.length === 0 && (d.kind === 'topic' || d.kind === 'task') && (d.title.includes('ge') || d.title.includes('iert') || d.title.includes('begonnen'))) {
      const told = germanToldDone(d.title);
      if (told !== null) {
        d.status = told;
        d.kind = 'task';
      }
    }
    // "Arrays y cadenas: vistas todas las lecciones …", "Functions: finished the intro to recursion":
    // a topic's name, then what was done to it told in the past: that topic, done.
    if (d.status === 'todo' && !d.explicitStatus && check === null && (d.kind === 'topic' || d.kind === 'task') && (d.title.includes(':') || d.title.includes('：'))) {
      const told = NAME_THEN_TOLD_RE.exec(d.title);
      if (told && wordCount(told[1]!) <= 6 && (DONE_TOLD_RE.test(told[2]!) || SPANISH_TOLD_RE.test(told[2]!))) {
        d.status = 'done';
        // (Under a name that is a done label, "**Accomplishments:** Got through …", the words after it are the work.)
        if (!scopeOf(told[1]!.replace(/[*_]/g, '').trim()).done) d.title = told[1]!.trim();
      }
    }
    // "## Solutions" over "- Chapter 1: 17/52": a bare count under exercises counts problems.
    // (What is counted is problems solved: "Chapter 1" there is its exercises, a task, not the chapter to read.)
    if (d.progress?.unit === 'part' && [...this.labels, ...this.sections].some((x) => x.title && PROBLEMS_SCOPE_RE.test(x.title))) {
      d.progress = { ...d.progress, unit: 'problem' };
      if (d.kind === 'topic' && BARE_CHAPTER_RE.test(d.title)) d.kind = 'task';
    }
    // On a plain reading list, a linked web page is an article and a PDF a paper, not a book.
    // (The list's name is its heading's, or the file's where no section names a kind: reading_list.txt.)
    const listName = hint === 'book' ? this.hintScope()?.title ?? '' : hint === null && this.fileKind === 'book' ? this.path.slice(this.path.lastIndexOf('/') + 1) : '';
    if (d.kind === 'book' && d.links.length && listName && isPlainReadingList(listName)) {
      d.kind = readingListKind(d.title, d.links) ?? d.kind;
    }
    // Under "Done so far:" an entry with no mark of its own is finished; on a kanban board,
    // a card in the Done lane is, ticked or not.
    // Under a heading that is a past year alone ("## 2018", "### 2019" over "### May"), in a note
    // that marks no entry with a box, an entry was done that year: a record, not a plan.
    // The nearest label or section that says a status decides: "## Currently reading" under
    // "# Books I've read" holds books under way.
    const said = this.scopeStatus();
    // (A figure under "Done" is a grade or where it was left, not work still under way. Where
    // only a year says done, "# 2023年书单" over "Go 语言设计与实现 20%", the figure is nearer: a year's
    // running list, a book a fifth read.)
    const saidByName = said === 'done' && (this.labels.some((l) => l.done) || this.sections.some((x) => x.done));
    if ((d.status === 'todo' || (d.status === 'doing' && d.progress !== null && saidByName)) && (!d.explicitStatus || this.kanban) && said === 'done') d.status = 'done';
    // Under "Shelved" / "Paused" / "Abandoned" an entry not ticked off was put down, its open box too.
    else if (d.status !== 'done' && (!d.explicitStatus || d.status === 'todo' || this.kanban) && said === 'skipped') d.status = 'skipped';
    // Under "In progress" / "Currently reading", an open entry is under way.
    // (Where an org note marks what is under way with a keyword, an entry without one is not.)
    // (Not one whose own count says none of it is done: "- [ ] ES6 (0/31)".)
    else if (d.status === 'todo' && !(this.org && this.keywordSeen) && said === 'doing' && d.progress?.done !== 0) d.status = 'doing';
    // "Computer Architecture (CMU) - 004 лек." under "Текущие курсы": where a course under way has got to.
    if (d.status === 'doing' && d.progress === null && (d.title.includes('-') || d.title.includes('–') || d.title.includes('—'))) {
      const at = positionAtEnd(d.title);
      if (at) {
        d.progress = { done: at.done, total: null, unit: at.unit };
        d.title = d.title.slice(0, at.at).trimEnd();
      }
    }
    // "Just finished: Leviathan Falls", "On deck: Mistborn", "Recently threw on the DNF pile: …": a
    // label before the title that says its status, as a heading over it would, and nearer.
    if (!d.explicitStatus && (raw.includes(':') || raw.includes('：'))) {
      const lead = STATUS_LABEL_LEAD_RE.exec(raw.trim());
      const sc = lead ? scopeOf(lead[1]!.replace(/[*_]/g, '').trim()) : null;
      const st = sc ? sc.done ? 'done' : sc.dropped ? 'skipped' : sc.doing ? 'doing' : sc.planned ? 'todo' : null : null;
      if (st) d.status = st;
    }
    if (!d.optional && (this.labels.some((l) => l.optional) || this.sections.some((x) => x.optional))) d.optional = true;
    // Under a heading or label tagged #private, the entry is private too.
    if ((this.labels.some((l) => l.private) || this.sections.some((x) => x.private)) && !d.tags.includes(PRIVATE)) d.tags.push(PRIVATE);
    return d;
  }

  /** Whether a heading or label over the entries names a judge or problem site ("LeetCode", "NeetCode 150"). */
  underJudge(): boolean {
    for (const l of this.labels) if (namesJudge(l.title)) return true;
    for (const x of this.sections) if (namesJudge(x.title)) return true;
    return false;
  }

  /**
   * The status the nearest label or section around the entries says, if any: the labels
   * (nearer) first, then the sections from the innermost out. A past year alone as a heading
   * ("## 2018"), in a note with no boxes, says done.
   */
  /** Whether `title` is a month alone ("January", "Sept.", "Marzo") that is over by `today`, in the year the note is dated. */
  pastMonth(title: string, year: string): boolean {
    const word = MONTH_ALONE_RE.exec(title)?.[1]?.toLowerCase();
    if (word === undefined || this.year === null) return false;
    // (A month's full name in any language dates.ts knows, or its English abbreviation.)
    const month = monthOfWord(word);
    if (month === 0) return false;
    return this.year < Number(year) || (this.year === Number(year) && month < Number(this.today!.slice(5, 7)));
  }

  scopeStatus(): 'done' | 'skipped' | 'doing' | null {
    for (let k = this.labels.length - 1; k >= 0; k--) {
      const l = this.labels[k]!;
      if (l.done) return 'done';
      if (l.dropped) return 'skipped';
      if (l.doing) return 'doing';
      if (l.planned) return null;
    }
    // (Nor in an org file that marks its entries with keywords: a headline with none is not done for its year.)
    const year = this.today !== null && !this.checkboxNote && !(this.org && this.keywordSeen) ? this.today.slice(0, 4) : null;
    for (let k = this.sections.length - 1; k >= 0; k--) {
      const x = this.sections[k]!;
      if (x.done || (year !== null && x.title !== undefined && PAST_YEAR_RE.test(x.title) && /\d{4}/.exec(x.title)![0] < year && !YEAR_WISH_RE.test(x.title))) return 'done';
      // ("## January" over "Atomic Habits - James Clear", in a reading log dated 2024: read that month.)
      if (year !== null && this.year !== null && x.title !== undefined && this.pastMonth(x.title, year) && this.kindHint() === 'book') return 'done';
      if (x.dropped) return 'skipped';
      if (x.doing) return 'doing';
      if (x.planned) return null;
    }
    // ("# Logboek Web & Mobile" over "## 2 oktober 2025" over "- Node.js-cursus op YouTube bekeken":
    // in a note that says it is a log, a day's heading that has passed holds what was done that day.)
    if (this.logNote && this.today !== null) {
      for (let k = this.sections.length - 1; k >= 0; k--) {
        const t = this.sections[k]!.heading?.raw.replace(/^[^\p{L}\p{N}]+/u, '').trim();
        const day = t ? dayAtStart(t) : null;
        if (day !== null) return day <= this.today ? 'done' : null;
      }
    }
    return this.nowPage ? 'doing' : this.pastShelf && !this.checkboxNote ? 'done' : null;
  }

  /**
   * A field of an entry written under it ("**Progress:** 67% (2/3)", "**Status:** 🔄 In
   * Progress", "**Due:** Dec 22", "Completed: 2026-10-02"): it sets that field of the entry.
   * False when the line is no such field or says nothing that can be read.
   */
  entryField(itemIdx: number, text: string, no: number): boolean {
    const m = ENTRY_FIELD_RE.exec(text.trim());
    if (!m) return false;
    const d = this.drafts[itemIdx]!;
    // ("完成进度：", "進捗：": progress, in Chinese and Japanese.)
    const name = /^[\p{Script=Han}]/u.test(m[1]!) ? 'progress' : STATE_NAME_RE.test(m[1]!) ? 'status' : m[1]!.toLowerCase();
    const value = plainText(m[2]!);
    // "完成进度： 1 | 2 | 3 | 4": a tally of the parts done, one number each.
    const tally = name === 'progress' && !d.progress && TALLY_RE.test(m[2]!) ? m[2]!.match(/\d+/g)!.length : 0;
    if (tally > 0) {
      applyProgress(d, { done: tally, total: null, unit: 'part' }, no);
      if (d.status === 'todo' && !d.explicitStatus) d.status = 'doing';
    } else if (name === 'progress' || name === 'status' || name === 'state') {
      // "67% (2/3)": the count says more than the percentage.
      const frac = value.includes('/') ? FIELD_FRACTION_RE.exec(value) : null;
      // ("7/12 chapters": the word after the count names its unit.)
      const unitAfter = frac ? unitOfWord(/^\s*(\p{L}+)/u.exec(value.slice(frac.index + frac[0].length))?.[1] ?? '') : null;
      const count = frac && Number(frac[2]) > 0 && Number(frac[1]) <= Number(frac[2]) ? { done: Number(frac[1]), total: Number(frac[2]), unit: unitAfter ?? 'part' } : null;
      // ("progress: Lec. 05", "progress: 011": where the person has got to, a unit and its number, or the number alone.)
      const at = count === null && name === 'progress' ? positionAtEnd(` - ${value.trim()}`) : null;
      const bare = count === null && at === null && name === 'progress' ? /^\s*(\d{1,4})\s*$/.exec(value) : null;
      const progress = count ?? findProgress(value) ?? (at ? { done: at.done, total: null, unit: at.unit } : bare && Number(bare[1]) > 0 ? { done: Number(bare[1]), total: null, unit: 'part' } : null);
      const word = statusOfLeadingWord(value.replace(/^[^\p{L}\p{N}]+/u, ''));
      // ("- Status: explained, exercises with 2 mistakes" under its topic: how it stands in words
      // the reader has no status for, still the entry's field and no entry of its own.)
      if (!progress && !word) return name !== 'progress' && /\p{L}{2}/u.test(value);
      if (progress && !d.progress) applyProgress(d, progress, no);
      if (word && !d.explicitStatus) d.status = word;
    } else if (name === 'done' || name === 'remaining' || name === 'left' || name.startsWith('to')) {
      // "Done: 1-6, 7(a)-7(c)", "To do: 7(d)" under an entry: what of it is done and what is
      // left, so it is under way ("Done: all" or "Done: yes": finished).
      if (d.explicitStatus) {
        // (A box ticked or a status word on the entry says more.)
      } else if (name === 'done') d.status = /^(?:all|yes|y|everything|✓|✔|✅)\W*$/iu.test(value) ? 'done' : 'doing';
      else if (d.status === 'done') d.status = 'doing';
    } else if (name.startsWith('due') || name === 'deadline' || name.startsWith('target')) {
      const m = DATE_IN_FIELD_RE.exec(value);
      const due = m ? dateOfWords(m, 1, { today: this.today, year: this.year }) : null;
      if (!due) return false;
      d.dates.due = due;
    } else {
      // "2025-08-04", "04 Aug 25", "March 3rd, 2023"; a blank to fill in ("___") is the field, empty.
      const words = DATE_IN_FIELD_RE.exec(value);
      const iso = /\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? (words ? dateOfWords(words, 1, { today: this.today, year: this.year, past: true }) : null);
      if (!iso && /^[\s_.\-–—]*$/.test(value.replace(/[[\]()]/g, ''))) {
        d.source.endLine = Math.max(d.source.endLine, no);
        return true;
      }
      if (!iso || !validDate(iso)) return false;
      if (name.startsWith('start')) {
        d.dates.start = iso;
        if (d.status === 'todo' && !d.explicitStatus) d.status = 'doing';
      } else {
        d.dates.done = iso;
        if (!d.explicitStatus) d.status = 'done';
      }
    }
    d.source.endLine = Math.max(d.source.endLine, no);
    return true;
  }

  /**
   * A line under an entry that says where it stands and since when: "✅ Concluído em 14 de Março
   * de 2023", "Started on 2024-03-04", "⏸️ Pausado", "❌ Cancelado". The entry's dates and
   * status (the latest word about it, over a mark on its heading); true when the line was one.
   */
  statusLine(itemIdx: number, text: string, no: number): boolean {
    // (Asked of every entry under another: the length first, before any words are read.)
    if (text.length > 120) return false;
    const t = plainText(text).replace(/^[^\p{L}\p{N}]+/u, '').trim();
    if (!t || t.length > 80) return false;
    const d = this.drafts[itemIdx]!;
    // "3/2/20 - present", "6/29/20 - 9/18/20" under a course: when it was taken, begun and not
    // ended (under way) or ended (done); a span still to come is planned. A checkbox says its own status.
    const span = /^\d/.test(t) ? DATE_SPAN_RE.exec(t) : null;
    if (span && span.index === 0) {
      const [from] = t.split(/\s*[-–—~]\s*(?=\S+\s*$)/);
      const start = numericDay(from ?? '') ?? dayAtStart(from ?? '');
      if (start) d.dates.start = start;
      const end = span[1] ? numericDay(span[1]) ?? dayAtStart(span[1]) : null;
      const ahead = (day: string | null): boolean => day !== null && this.today !== null && day > this.today;
      if (end && !ahead(end)) d.dates.done = end;
      const said = ahead(start) ? 'todo' : span[1] && !ahead(end) ? 'done' : 'doing';
      if (!(d.explicitStatus && this.lines[d.source.line - 1]?.shape.t === 'list')) d.status = said;
      d.source.endLine = Math.max(d.source.endLine, no);
      this.note(no, 'part', `when the item on line ${d.source.line} was worked on ("${t}")`, d.source.line);
      return true;
    }
    const on = STATUS_ON_RE.exec(t);
    const day = on ? dayAtStart(on[3]!) : null;
    if (on && day) {
      if (on[1]) {
        d.dates.start = day;
        if (d.status === 'todo') d.status = 'doing';
      } else {
        d.dates.done = day;
        d.status = 'done';
      }
    } else {
      const word = wordCount(t) <= 3 ? statusOfWord(t.toLowerCase()) : null;
      if (!word) return false;
      // A checkbox says its own status; a heading's decorating mark gives way to the latest word.
      if (d.explicitStatus && this.lines[d.source.line - 1]?.shape.t === 'list') return false;
      d.status = word;
    }
    d.source.endLine = Math.max(d.source.endLine, no);
    this.note(no, 'part', `where the item on line ${d.source.line} stands ("${t}")`, d.source.line);
    return true;
  }

  /**
   * The paragraph after a list entry, past one blank line, that opens by saying where the entry
   * stands: "Finished on 28th of February 2022, really proud …", "In progress (as of 7th of
   * March), much harder …". The entry's status and date; the paragraph is the person's note.
   */
  statusAfter(itemIdx: number, text: string, no: number): boolean {
    const t = plainText(text).replace(/^[^\p{L}\p{N}]+/u, '').trim();
    // ("🎯 **DONE khi:**", "Done when:", "Done:" over a list: a label of what follows, not where the entry above stands.)
    if (/[:：]\s*(?:\*\*|__|\*|_)?\s*$/.test(text)) return false;
    const d = this.drafts[itemIdx]!;
    const on = STATUS_ON_RE.exec(t);
    const day = on ? dayAtStart(on[3]!.replace(/^(?:the\s+)/i, '')) : null;
    let status: Draft['status'] | null = null;
    if (on && day) {
      status = on[1] ? 'doing' : 'done';
      if (on[1]) d.dates.start = day;
      else d.dates.done = day;
    } else {
      status = statusOfLeadingWord(t);
      // "Done.", "Dropped it after chapter 3", "In progress (as of …)": the status is the paragraph's first words.
      if (!status || !/^(?:done|finished|completed|in progress|started|dropped|abandoned|gave up|paused|on hold|not started)\b/i.test(t)) return false;
    }
    if (!d.explicitStatus || d.status === 'todo') d.status = status;
    this.note(no, 'part', `where the entry on line ${d.source.line} stands, said in the paragraph after it`, d.source.line);
    return true;
  }

  /** A continuation line ("Lec 1 done out of 20", a link, "11/4, 10 mins") folded into an item. */
  attach(itemIdx: number, text: string, no: number, words: string = plainText(text)): boolean {
    if (!this.trace) return this.attachLine(itemIdx, text, no, words);
    const d = this.drafts[itemIdx]!;
    const before = { links: d.links.length, progress: d.progress, logged: d.logged.length, status: d.status, kind: d.kind, dates: JSON.stringify(d.dates) };
    if (!this.attachLine(itemIdx, text, no, words)) return false;
    const what = d.progress !== before.progress ? `its progress (${d.progress?.done}${d.progress?.total !== null ? ` of ${d.progress?.total}` : ''} ${d.progress?.unit})`
      : d.links.length > before.links ? 'its link' : d.logged.length > before.logged ? 'time spent on it'
        : d.status !== before.status ? `its status (${d.status})` : d.kind !== before.kind ? `its kind (${d.kind})`
          : JSON.stringify(d.dates) !== before.dates ? 'its dates' : 'a line of it';
    this.note(no, 'part', `${what}, of the item on line ${d.source.line} above`, d.source.line);
    return true;
  }

  attachLine(itemIdx: number, text: string, no: number, words: string = plainText(text)): boolean {
    const d = this.drafts[itemIdx]!;
    // Planning and logbook lines under an entry, as Logseq writes them in markdown too.
    if (PLANNING_LINE_RE.test(text)) {
      readOrgMeta(d, text, no);
      return true;
    }
    if (text.includes(':') || text.includes('：')) {
      if (this.entryField(itemIdx, text, no)) return true;
    }
    const hasLink = text.includes('://') || text.includes('](');
    // "*Google* — [View Certificate](…)" under a course: it was finished.
    if (hasLink && !d.explicitStatus && d.status === 'todo' && CERTIFICATE_LINK_RE.test(text)) d.status = 'done';
    const f = hasLink ? readInline(text) : null;
    const linkOnly = f !== null && f.links.length > 0 && (f.title.length === 0 || GENERIC_LINK_TEXT.test(f.title) || (GENERIC_LINK_TAIL.test(f.title) && wordCount(f.title) <= 4) || f.title === words && words.length < 3);
    if (f && linkOnly) {
      // A bare name over its address (a bookmark, a course page): the site says what it is; a
      // bookmarked page on a site of no known kind is something to read.
      if (d.kind === 'topic' && d.links.length === 0 && this.kindHint() === null) d.kind = kindOfLinks(f.links) ?? (this.bookmark[d.source.line - 1] === true && f.links.some((l) => /^https?:/i.test(l)) ? 'article' : d.kind);
      // A Set once the list is long: an item with thousands of links must stay linear.
      if (d.links.length + f.links.length > 32) {
        let seen = this.linkSets.get(itemIdx);
        if (!seen) this.linkSets.set(itemIdx, (seen = new Set(d.links)));
        for (const l of f.links) if (!seen.has(l)) { seen.add(l); d.links.push(l); }
      } else {
        // A bookmark's title over its address ("Crafting a Compiler - YouTube"): the site's name goes once its link is known.
        if (d.links.length === 0 && d.kind !== 'course' && this.bookmark[d.source.line - 1] === true) d.title = withoutSiteName(d.title, f.links);
        for (const l of f.links) if (!d.links.includes(l)) d.links.push(l);
      }
      d.source.endLine = Math.max(d.source.endLine, no);
      return true;
    }
    // "6 weeks of study, 5-7 hours/week" under a course: what it takes, its weeks times its hours a week.
    if (d.estimate === null && /\d/.test(words)) {
      const hours = workloadHours(words);
      if (hours !== null) {
        d.estimate = { hours: round2(hours), basis: 'explicit' };
        d.source.endLine = Math.max(d.source.endLine, no);
        return true;
      }
    }
    const log = LOG_LINE_RE.exec(words);
    if (log && log[0].length > 2 && (log[1] || /\d+\s*(?:mins?|minutes?|h|hrs?|hours?)\b/i.test(words))) {
      const est = findEstimate(words);
      if (est && est.rate === null) d.logged.push({ date: null, hours: round2(est.hours), line: no });
      d.source.endLine = Math.max(d.source.endLine, no);
      return true;
    }
    const prog = findProgress(words);
    // A progress line is mostly its phrase ("Lec 1 done out of 20"); an entry that names
    // something else ("Read SICP chapter 3 of 10") is an entry of its own.
    if (prog && !d.progress && wordCount(words.slice(0, prog.index) + ' ' + words.slice(prog.index + prog.length)) <= 3) {
      applyProgress(d, prog, no);
      return true;
    }
    // "Type: Book", "Category: course" under an entry (a Notion page's properties): its kind.
    const typed = TYPE_FIELD_RE.exec(words);
    if (typed) {
      const kind = sectionKind(typed[1]!);
      if (kind && RESOURCE_KINDS.has(kind)) {
        d.kind = kind;
        d.source.endLine = Math.max(d.source.endLine, no);
        return true;
      }
    }
    if (!d.explicitStatus && wordCount(words) <= 4) {
      // ("Currecly doing", "Curently reading": the word typed fastest, misspelt.)
      const st = findStatusWord(words) ?? (/^\W*cur/i.test(words) ? findStatusWord(withCurrently(words)) : null);
      if (st) { d.status = st; d.source.endLine = Math.max(d.source.endLine, no); return true; }
    }
    return false;
  }

  /** The innermost section that is an item, not counting the one just opened by the item itself. */
  sectionItem(): number | null {
    for (let k = this.sections.length - 1; k >= 0; k--) {
      const it = this.sections[k]!.item;
      if (it !== null && it < this.drafts.length) return it;
    }
    return null;
  }

  /** "Access: [Alura](…) (paid)", "Notes: [here](…)": a labelled link line, the item's link. */
  fieldOrLinkOf(itemIdx: number, text: string, no: number): boolean {
    if (this.attach(itemIdx, text, no)) return true;
    if (!text.includes('](') && !text.includes('://')) return false;
    // "[Course Website](…)", "[YouTube Lecture Series](…)", "[My lecture notes](…)": a link
    // named for what kind of page it is, not for a work of its own.
    const alone = /^\[([^\]]{2,60})\]\((\S+?)\)\s*$/.exec(text.trim());
    if (alone && GENERIC_LINK_NAME_RE.test(alone[1]!.trim())) {
      const d = this.drafts[itemIdx]!;
      if (!d.links.includes(alone[2]!)) d.links.push(alone[2]!);
      d.source.endLine = Math.max(d.source.endLine, no);
      this.note(no, 'part', `a link ("${alone[1]}") of the item on line ${d.source.line} above`, d.source.line);
      return true;
    }
    const kv = KEY_VALUE_RE.exec(text.trim());
    if (!kv || wordCount(plainText(kv[1]!)) > 5) return false;
    const f = readInline(kv[2]!);
    // (An empty link, "[Notes]()", is a placeholder for one: still the item's line.)
    if (!f.links.length && !/\]\(\s*\)/.test(kv[2]!)) return false;
    const d = this.drafts[itemIdx]!;
    for (const l of f.links) if (!d.links.includes(l)) d.links.push(l);
    d.source.endLine = Math.max(d.source.endLine, no);
    this.note(no, 'part', `a labelled link ("${plainText(kv[1]!)}") of the item on line ${d.source.line} above`, d.source.line);
    return true;
  }

  /**
   * Nothing is dropped silently: a bullet that looked like an entry (a link, a bold name, a
   * list of books) but was not taken is reported, so `--warnings` can list it and a person
   * can `waymark track` it.
   */
  notTaken(text: string, plain: string, no: number, parent: number | null): void {
    if (parent !== null || !plain || this.contextScore() < 0) return;
    const hint = this.kindHint();
    // (Links only to other pages, in a section that announces nothing, are navigation.)
    const linked = text.includes('](') && !readInline(text).links.every((l) => l.startsWith('#'));
    const why = text.includes('://') || (linked && this.contextScore() > 0) ? 'it has a link'
      : /^(?:\*\*|__)[^*_]{2,200}(?:\*\*|__)/.test(text) ? 'it starts with a bold name'
        : hint !== null && RESOURCE_KINDS.has(hint) ? `it is in a list of ${hint}s` : null;
    if (why === null) return;
    const words = wordCount(plain);
    const reason = isProse(plain) ? 'it reads as a sentence' : words > 16 ? `it is long (${words} words)` : 'its words and place did not make the case';
    this.warn(no, NOT_TAKEN, `looks like an entry (${why}) but was not taken as an item: ${reason}`);
    this.note(no, 'not-taken', `it looks like an entry (${why}) but ${reason}`);
  }
}

/** Query blocks: they list other notes' entries (Dataview, Obsidian Tasks, Obsidian's search). */
const QUERY_LANGS: ReadonlySet<string> = new Set(['dataview', 'dataviewjs', 'tasks', 'query', 'base']);
/** A field of the page ("**status:** ==wip==", "status:: reading") or a comment ("%%cssClass: cards%%"). */
const PAGE_FIELD_RE = /^\s*(?:%%.*%%\s*$|[*_]*\p{L}[\p{L}\p{N} _-]{0,30}[*_]*\s*::?\s*[*_]*(?:\s|$))/u;

/**
 * A page made of query blocks and nothing more but headings, its front matter and its fields:
 * at least one block, and no other line.
 */
function queryPage(lines: readonly ScannedLine[]): boolean {
  let k = 0;
  if (lines[0]?.text === '---') {
    const end = lines.findIndex((l, j) => j > 0 && j < 200 && (l.text === '---' || l.text === '...'));
    if (end < 0) return false;
    k = end + 1;
  }
  let queries = 0;
  let inQuery = false;
  for (; k < lines.length; k++) {
    const l = lines[k]!;
    const t = l.shape.t;
    if (inQuery) {
      if (t === 'fence') inQuery = false;
      continue;
    }
    if (t === 'fence') {
      if (!QUERY_LANGS.has(l.shape.lang)) return false;
      queries++;
      inQuery = true;
      continue;
    }
    if (t === 'blank' || t === 'heading' || t === 'hr') continue;
    if (t === 'text' && PAGE_FIELD_RE.test(l.text)) continue;
    return false;
  }
  return queries > 0;
}
