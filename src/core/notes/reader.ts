// The notes reader: walks one note's scanned lines with the context a person keeps in
// their head (the heading and label above, the list entry an indented line belongs to,
// the schedule block and its hours) and decides which lines are items.
import type { Kind, Warning } from '../model/types.js';
import {
  classifyKind, isDoingSection, isDoneSection, isDroppedSection, isNonWorkIntro, isOptionalSection, kindOfLinks, kindOfTags, isPhraseLike, isProse, isWorkIntro, sectionKind, startsWithActionVerb, wordCount,
} from './classify.js';
import { applyProgress, buildEntry, round2, statusOfCheck, type Draft } from './entry.js';
import { cleanTitle, plainText, readInline } from './inline.js';
import { findBareFraction, findEstimate, findProgress, findStatusWord, parseDurationHours, statusOfProgress, wholeFraction } from './phrases.js';
import { dateOfWords } from './dates.js';
import { closesFence, headingCheck, scan, type NoteFormat, type ScannedLine } from './scan.js';
import { isTodoTxt, priorityOf, readTodoTxtLine } from './todotxt.js';
import { readTable, type TableHeader } from './tables.js';
import { parseOrgHeadline, readListKeyword, readOrgMeta, readTodoDeclaration } from './org.js';
import { isItemBullet } from './bullets.js';
import {
  PLANNING_LINE_RE, DAY_ENTRY_RE, SLOT_ENTRY_RE, CLOCK_RANGE_RE, DAY_OFF_RE, clockHours, timeUnitWord, UNIT_OF_WORK_RE, DONE_TAIL_RE, SESSION_HOURS_RE, CLOCK_ALONE_RE, QUOTE_RE, isUrlLine, CALLOUT_RE, DATE_TITLE_RE, ENTRY_FIELD_RE, FIELD_FRACTION_RE, DATE_IN_FIELD_RE, DIARY_NAME_RE, DIARY_TAIL_RE, DIARY_SAYS_RE, DIARY_TIME_RE, BOX_ROW_RE, BOX_CONT_RE, BOX_CELL_RE, LEGEND_RE, GENERIC_LINK_ONLY_RE, META_FIELD_RE, PROVIDER_RE, LINK_DEFINITION_RE, TYPE_FIELD_RE, RESOURCE_KINDS, unquote, OUTPUT_FIELD_RE, FIELD_BULLET_RE, CHAIN_SPLIT_RE, STATUS_FIELD_RE, STATUS_PREFIX_RE,
} from './line-patterns.js';
export { NOT_TAKEN } from './line-patterns.js';
import { NOT_TAKEN } from './line-patterns.js';

import { statusAt } from './vocabulary.js';
import { PRIVATE, saysPrivate } from './privacy.js';
import {
  BRACKET_STATUS_LEAD_RE, CHAIN_ARROW_RE, statusOfLeadingWord, statusOfWord,
  GENERIC_LINK_TAIL, GENERIC_LINK_TEXT, KEY_VALUE_RE, LOG_LINE_RE, ORG_LOG_ENTRY_RE, RANKED_HEADING_RE, headingTitle, isCapsHeading, sameRefs, validDate, withoutProgress,
} from './line-rules.js';

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

interface Section {
  level: number;
  title: string;
  kind: Kind | null;
  block: number | null;
  work: boolean;
  nonWork: boolean;
  done: boolean;
  /** "In progress", "Currently reading": open entries under it are under way. */
  doing: boolean;
  /** "Shelved", "Abandoned", "Gave up": entries under it were put down. */
  dropped?: boolean;
  /** Tagged #private: entries under it are too (privacy.ts). */
  private?: boolean;
  /** "Stretch goals", "Someday / maybe": entries under it are optional. */
  optional?: boolean;
  /** An org headline that is itself an item. */
  item: number | null;
  /** A numbered sitting of work ("### Session 3: …"): an item, its checkboxes its steps. */
  unit?: boolean;
  /** A markdown heading: its line, and how many items there were when it opened. */
  heading?: { line: number; raw: string; itemsBefore: number };
}

interface Label {
  title: string;
  indent: number;
  kind: Kind | null;
  block: number | null;
  work: boolean;
  nonWork: boolean;
  done: boolean;
  doing: boolean;
  dropped?: boolean;
  private?: boolean;
  optional?: boolean;
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

interface ListEntry {
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
function statusSaidFirst(text: string): { status: Draft['status']; rest: string } | null {
  const said = STATUS_PREFIX_RE.exec(text);
  if (said) return { status: statusAt('prefix', said[1]!) ?? 'todo', rest: said[2]! };
  if (!text.includes('[')) return null;
  const bracket = BRACKET_STATUS_LEAD_RE.exec(text);
  const status = bracket ? statusOfWord(bracket[2]!) : null;
  return status ? { status, rest: text.slice(bracket![0].length) } : null;
}

/** `today` (YYYY-MM-DD) dates a due date written without its year ("by Dec 15"). */
export function readNote(path: string, text: string, today: string | null = null, opts: ReadOptions = {}): FileResult {
  const format: NoteFormat = /\.org$/i.test(path) ? 'org' : 'markdown';
  const lines = scan(text, format);
  if (format === 'markdown' && isTodoTxt(path, text)) {
    const res = readTodoTxt(path, lines, today);
    if (opts.trace) res.trace = res.drafts.map((d) => ({ line: d.source.line, what: 'item' as const, why: 'a todo.txt task: every line of a todo.txt file is one' }));
    return res;
  }
  const walker = new NoteWalker(path, format, lines, today);
  if (opts.trace) walker.trace = [];
  return walker.run();
}

/** A todo.txt list: every line a task, its project its section. */
function readTodoTxt(path: string, lines: ScannedLine[], today: string | null): FileResult {
  const drafts: Draft[] = [];
  const warnings: Warning[] = [];
  for (const ln of lines) {
    const t = readTodoTxtLine(ln.text);
    if (!t || !t.text) continue;
    const d = buildEntry({ raw: t.text, path, line: ln.no, check: null, org: false, hint: null, sectionPath: t.projects.slice(0, 1), status: t.status, today });
    for (const tag of [...t.projects, ...t.contexts]) if (!d.tags.includes(tag)) d.tags.push(tag);
    d.priority = priorityOf(t.priority);
    const f = t.fields;
    const dates: [keyof Draft['dates'], string | null | undefined][] = [['created', t.created], ['done', t.completed], ['due', f.due], ['start', f.t]];
    for (const [key, value] of dates) {
      if (!value) continue;
      if (validDate(value)) d.dates[key] = value;
      else warnings.push({ path, line: ln.no, code: 'invalid-date', message: `"${value}" is not a calendar date (${key} of "${d.title}"); ignored` });
    }
    const effort = f.est ?? f.estimate ?? f.effort ?? f.time;
    const hours = effort ? parseDurationHours(effort) : null;
    if (hours) d.estimate = { hours: round2(hours), basis: 'explicit' };
    if (f.rec) d.recurrence = f.rec;
    if (f.id) d.taskId = f.id;
    const deps = f.dep ?? f.after ?? f.blockedby;
    if (deps) d.blockedBy.push(...deps.split(',').filter(Boolean));
    drafts.push(d);
  }
  return { drafts, blocks: [], warnings, lines };
}

class NoteWalker {
  private drafts: Draft[] = [];
  private blocks: Block[] = [];
  private warnings: Warning[] = [];
  private sections: Section[] = [];
  private labels: Label[] = [];
  private list: ListEntry[] = [];
  private blankRun = 0;
  private fence: { layout: boolean; marker: string; line: number } | null = null;
  private table: TableHeader | null = null;
  /** The item a following indented or plain line may belong to. */
  private anchor: { item: number; indent: number; head: boolean } | null = null;
  private paragraphPhrase: boolean[] = [];
  /** The last row of progress boxes: a row of boxes alone under it continues it. */
  private lastBoxRow: number | null = null;
  /** Open `<details>` blocks: the section each summary opened. */
  private details: Section[] = [];
  /** The line that was only a time of day ("10:00AM"): the line after it is its activity. */
  private clockLine = -1;
  /** Title lines of title-and-URL pairs (a bookmark export): each is an item, its URL the next line. */
  private bookmark: boolean[] = [];
  private pathCache: { sections: Section[]; labels: Label[]; path: string[] } | null = null;
  /** Link sets of items with many links, so adding one stays O(1). */
  private linkSets = new Map<number, Set<string>>();
  /** Plain words of text lines, computed once. */
  private plainCache: string[] = [];
  private orgHasChildren: boolean[] = [];
  /** Keywords the org file declares with #+TODO:. */
  private orgKeywords: Record<string, Draft['status']> = {};
  /** The note marks its entries with checkboxes: plain bullets need a stronger case. */
  private checkboxNote = false;
  /** An Obsidian Kanban board: a card's lane ("Doing", "Done") is its status. */
  private kanban = false;
  /** The year dates without one belong to (from front matter), if known. */
  private year: number | null = null;
  /** Items that are headings (a ticked heading, a heading with a "Status:" line). */
  private readonly headingItems = new Set<number>();
  /** How long one session of the plan is, when the note says ("5 sessions/week, ~1.5 hours each"). */
  private sessionHours: number | null = null;
  /** A note about one resource (its front matter says its type or status): the item it is. */
  private noteItem: number | null = null;
  private readonly org: boolean;
  /** The decisions, when asked for, and the line being read. */
  trace: TraceEntry[] | null = null;
  private traceLine = 0;

  constructor(
    private readonly path: string,
    format: NoteFormat,
    private readonly lines: ScannedLine[],
    private readonly today: string | null = null,
  ) {
    this.org = format === 'org';
  }

  run(): FileResult {
    this.precompute();
    const lines = this.lines;
    this.diaryItem();
    let skipUntil = -1;
    for (let i = 0; i < lines.length; i++) {
      const ln = lines[i]!;
      if (i < skipUntil) continue;
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
          if (!this.kanban) this.frontMatterItem(lines.slice(1, end));
          if (this.noteItem === null) this.frontMatterKind(lines.slice(1, end));
          skipUntil = end + 1;
          continue;
        }
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
      this.line(ln, i);
    }
    if (this.fence) {
      this.warn(this.fence.line, 'unclosed-fence', 'a code fence opened here is never closed; the rest of the file was read as its content');
    }
    return { drafts: this.drafts, blocks: this.blocks, warnings: this.warnings, lines: this.lines, ...(this.trace ? { trace: this.trace } : {}) };
  }

  /** Records a decision (a no-op unless tracing). */
  private note(line: number, what: TraceEntry['what'], why: string, of?: number): void {
    this.trace?.push({ line, what, why, ...(of !== undefined ? { of } : {}) });
  }

  /** Where the item's line stands, in words: its section, its label, its block. */
  private context(): string {
    const bits: string[] = [];
    const l = this.labels[this.labels.length - 1];
    const s = this.sections[this.sections.length - 1];
    if (l) bits.push(`under the label "${l.title}"${l.kind ? ` (a list of ${l.kind}s)` : l.work ? ' (it announces work)' : ''}`);
    else if (s?.title) bits.push(`in the section "${s.title}"${s.kind ? ` (a list of ${s.kind}s)` : s.work ? ' (it announces work)' : ''}`);
    const b = this.currentBlock();
    if (b !== null) bits.push(`in a block of ${this.blocks[b]!.hours} h`);
    return bits.join(', ');
  }

  private precompute(): void {
    const lines = this.lines;
    // Paragraphs whose every line is a short phrase read as a list without markers.
    let i = 0;
    this.paragraphPhrase = new Array<boolean>(lines.length).fill(false);
    this.bookmark = new Array<boolean>(lines.length).fill(false);
    while (i < lines.length) {
      if (lines[i]!.shape.t !== 'text') { i++; continue; }
      let j = i;
      let all = true;
      // "Name: subtitle" lines are titles in a run of titles, metadata in a block of fields.
      let fields = 0;
      while (j < lines.length && lines[j]!.shape.t === 'text') {
        const s = lines[j]!.shape;
        if (s.t === 'text') {
          const plain = plainText(s.text);
          this.plainCache[j] = plain;
          const said = statusSaidFirst(plain);
          if (said) { if (all && !isPhraseLike(plainText(said.rest))) all = false; }
          // "NeetCode 150: 37/150": a name and how far along it is, not metadata.
          else if (s.text.includes('/') && findBareFraction(s.text)) { if (all && !isPhraseLike(withoutProgress(plain))) all = false; }
          else if (all && (!isPhraseLike(plain) || /[:：]\s*$/.test(s.text) || META_FIELD_RE.test(s.text))) all = false;
          else if (all && KEY_VALUE_RE.test(s.text) && !/ - /.test(s.text)) {
            const kv = KEY_VALUE_RE.exec(s.text)!;
            // "Deadline: 3 March", "Status: done": a field; "Algorithms: Design and Analysis": a title.
            if (/^[\d~≈]/.test(kv[2]!) || !/^\p{Lu}/u.test(kv[2]!) || statusOfWord(kv[2]!) || sectionKind(kv[1]!) === null && wordCount(kv[1]!) <= 1 || META_FIELD_RE.test(s.text)) all = false;
            else fields++;
          }
        }
        j++;
      }
      if (all && fields > 0 && fields * 2 >= j - i) all = false;
      if (all && j - i >= 2) for (let k = i; k < j; k++) this.paragraphPhrase[k] = true;
      else if (!all) this.markBookmarks(i, j);
      i = j;
    }
    for (let k = 0; k < Math.min(lines.length, 60); k++) {
      const t = lines[k]!.text;
      const m = t.length < 200 && /session/i.test(t) ? SESSION_HOURS_RE.exec(t) : null;
      if (!m) continue;
      const n = Number(m[1]);
      this.sessionHours = /^m/i.test(m[2]!) ? n / 60 : n;
      break;
    }
    let listLines = 0;
    let checkLines = 0;
    for (const l of lines) {
      if (l.shape.t !== 'list') continue;
      listLines++;
      if (l.shape.check !== null) checkLines++;
    }
    this.checkboxNote = checkLines >= 5 && checkLines >= listLines * 0.3;
    if (this.org) {
      for (const l of lines) {
        if (l.shape.t !== 'orgMeta') continue;
        const declared = readTodoDeclaration(l.text);
        if (declared) Object.assign(this.orgKeywords, declared);
      }
      this.orgHasChildren = new Array<boolean>(lines.length).fill(false);
      for (let k = 0; k < lines.length; k++) {
        const s = lines[k]!.shape;
        if (s.t !== 'orgHeadline') continue;
        for (let m = k + 1; m < lines.length; m++) {
          const n = lines[m]!.shape;
          if (n.t === 'orgHeadline') { this.orgHasChildren[k] = n.level > s.level; break; }
        }
      }
    }
  }

  /**
   * A bookmark export or a pasted link list: a title line, then its URL on a line of its
   * own, at least twice in a row ("Crafting a Compiler - YouTube" / "https://youtube.com/…").
   * Each title is a resource and the URL under it is its link.
   */
  private markBookmarks(from: number, to: number): void {
    if (to - from < 4) return;
    const lines = this.lines;
    let k = from;
    while (k < to) {
      let end = k;
      while (end + 1 < to && !isUrlLine(lines[end]!) && isUrlLine(lines[end + 1]!) && wordCount(this.plainCache[end] ?? '') <= 20) end += 2;
      if (end - k >= 4) for (let m = k; m < end; m += 2) this.bookmark[m] = true;
      k = end > k ? end : k + 1;
    }
  }

  private warn(line: number, code: string, message: string): void {
    this.warnings.push({ path: this.path, line, code, message });
  }

  // ---------------------------------------------------------------------------

  private line(ln: ScannedLine, i: number): void {
    this.traceLine = ln.no;
    const s = ln.shape;
    if (s.t === 'fence') return this.onFence(ln, s.lang, s.marker);
    if (this.fence && !this.fence.layout) return;
    if (s.t === 'blank') {
      this.blankRun++;
      this.table = null;
      if (this.blankRun >= 2) { this.endLabels(); if (!this.anchor?.head) this.anchor = null; }
      return;
    }
    const blankBefore = this.blankRun;
    this.blankRun = 0;
    // A callout's title labels what the callout holds, and no more.
    if (this.labels.length > 0 && this.labels[this.labels.length - 1]!.callout && !QUOTE_RE.test(ln.text)) {
      this.labels = this.labels.filter((l) => !l.callout);
    }
    switch (s.t) {
      case 'heading':
        if (this.fence) return;
        return this.onHeading(s.level, s.text, ln.no);
      case 'orgHeadline':
        return this.onOrgHeadline(s.level, s.text, ln.no, i);
      case 'orgMeta':
        return this.onOrgMeta(s.text, ln.no);
      case 'hr':
        this.endLabels();
        this.list = [];
        this.anchor = null;
        return;
      case 'html':
        if (this.fence) return;
        return this.onHtml(ln, i);
      case 'tableDelim':
        return;
      case 'table':
        if (this.fence) return;
        return this.onTable(s.cells, ln, i);
      case 'list':
      {
        this.onList(ln, s.marker, s.ordered, s.check, s.text, blankBefore);
        const top = this.list[this.list.length - 1];
        if (top && top.content === undefined) top.content = s.contentCol;
        if (top && top.marker === undefined) top.marker = s.marker;
        return;
      }
      case 'text':
        return this.onText(ln, s.text, i, blankBefore);
    }
  }

  /**
   * `<details><summary>Week 3: Higher-Order Functions</summary>` … `</details>`: a collapsible
   * block, as READMEs hold a course week or a project each. Its summary is a section; it is
   * an item too when it says a status ("✅ Build Pong"), names a unit of a plan ("Week 3"), or
   * holds checkboxes or rows of boxes, which are then its parts.
   */
  private onHtml(ln: ScannedLine, i: number): void {
    const t = ln.text;
    if (/<\/details>/i.test(t) && this.details.length) {
      const s = this.details.pop()!;
      const at = this.sections.indexOf(s);
      if (at >= 0) this.sections.length = at;
      this.labels = [];
      this.list = [];
      this.anchor = null;
      return;
    }
    const m = /<summary[^>]*>(.*?)<\/summary>/i.exec(t);
    if (!m) return;
    const raw = m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    if (!raw) return;
    const ticked = headingCheck(raw);
    const top = this.sections[this.sections.length - 1];
    // Half a level below the section it is in: headings inside the block stay inside it.
    const level = (top?.level ?? 0) + 0.5;
    this.pushSection(level, ticked ? ticked.rest : raw);
    const s = this.sections[this.sections.length - 1]!;
    s.heading = { line: ln.no, raw, itemsBefore: this.drafts.length };
    this.details.push(s);
    if (s.nonWork || this.sections.some((x) => x.nonWork)) return;
    let holdsWork = false;
    for (let j = i + 1; j < this.lines.length; j++) {
      const l = this.lines[j]!;
      if (/<\/details>/i.test(l.text)) break;
      if ((l.shape.t === 'list' && l.shape.check !== null) || BOX_ROW_RE.test(l.text)) { holdsWork = true; break; }
    }
    if (!ticked && !holdsWork && !RANKED_HEADING_RE.test(s.title) && !UNIT_OF_WORK_RE.test(s.title)) return;
    this.headingItem(s, this.entry(ticked ? ticked.rest : raw, ln.no, ticked ? ticked.check : null));
  }

  private onFence(ln: ScannedLine, lang: string, marker: string): void {
    if (this.fence) {
      if (closesFence(this.fence.marker, marker, lang)) {
        this.fence = null;
        this.labels = this.labels.filter((l) => !l.inFence);
        this.list = [];
      }
      return;
    }
    // A fence without a language (or a text one) is layout: schedules live in them.
    const layout = !lang || /^(?:text|txt|plain|plaintext|md|markdown|none)$/.test(lang);
    this.fence = { layout, marker, line: ln.no };
    this.list = [];
  }

  // --- structure ---------------------------------------------------------------

  private currentBlock(): number | null {
    for (let i = this.labels.length - 1; i >= 0; i--) if (this.labels[i]!.block !== null) return this.labels[i]!.block;
    for (let i = this.sections.length - 1; i >= 0; i--) if (this.sections[i]!.block !== null) return this.sections[i]!.block;
    return null;
  }

  private openBlock(hours: number | null): number | null {
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
  private sectionPath(): string[] {
    const c = this.pathCache;
    if (c && sameRefs(c.sections, this.sections) && sameRefs(c.labels, this.labels)) return c.path;
    const p: string[] = [];
    for (const s of this.sections) if (s.title) p.push(s.title);
    for (const l of this.labels) if (l.title) p.push(l.title);
    this.pathCache = { sections: [...this.sections], labels: [...this.labels], path: p };
    return p;
  }

  private kindHint(): Kind | null {
    for (let i = this.labels.length - 1; i >= 0; i--) if (this.labels[i]!.kind) return this.labels[i]!.kind;
    for (let i = this.sections.length - 1; i >= 0; i--) {
      const s = this.sections[i]!;
      // A session's steps are of their own kinds, not the plan's ("course").
      if (s.unit) return null;
      if (s.kind) return s.kind;
    }
    return null;
  }

  /** +1 when the context announces work, -3 when it announces something else, 0 otherwise. */
  private contextScore(): number {
    // A note about one resource: what is written under it is notes on it, not more work.
    if (this.noteItem !== null) return -3;
    const l = this.labels[this.labels.length - 1];
    if (l) return l.nonWork ? -3 : l.work || l.kind || l.block !== null ? 1 : 0;
    const s = this.sections[this.sections.length - 1];
    if (s) return s.nonWork ? -3 : s.work || s.kind || s.block !== null ? 1 : 0;
    return 0;
  }

  /** Ends labels (and lists) after two blank lines or a rule; labels inside an open fence stay. */
  private endLabels(): void {
    this.labels = this.labels.filter((l) => l.inFence && this.fence !== null);
    this.list = [];
  }

  private pushSection(level: number, rawTitle: string, item: number | null = null): void {
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
    const nonWork = isNonWorkIntro(title) || (parent?.nonWork === true && DATE_TITLE_RE.test(title));
    this.sections.push({
      level, title, kind: sectionKind(title), block, item,
      work: isWorkIntro(title), nonWork, done: isDoneSection(title), dropped: isDroppedSection(title), doing: isDoingSection(title), optional: isOptionalSection(title),
      private: saysPrivate(rawTitle),
    });
    this.list = [];
    this.anchor = null;
    this.table = null;
  }

  private onHeading(level: number, text: string, no: number): void {
    // "## [x] Week 1: Python basics", "### ✅ Chapter 3": a heading ticked off is an item, and
    // still the section of what is under it.
    const ticked = text.charCodeAt(0) === 91 /* [ */ || text.charCodeAt(0) > 0x2000 ? headingCheck(text) : null;
    this.pushSection(level, ticked ? ticked.rest : text);
    const s = this.sections[this.sections.length - 1]!;
    s.heading = { line: no, raw: text, itemsBefore: this.drafts.length };
    if (ticked && !this.fence) {
      const d = this.entry(ticked.rest, no, ticked.check);
      this.headingItem(s, d);
      return;
    }
    if (!this.fence && UNIT_OF_WORK_RE.test(s.title) && !this.sections.some((x) => x.nonWork)) this.unitHeading(s, level, text, no);
  }

  /**
   * "### Session 3: Structs and enums" over its checkboxes: a sitting of work is an item,
   * with the session's hours, and its checkboxes are its steps. "— completed 2026-04-21"
   * at its end says it is done. A day in a log ("### Day 4: January 7" over prose) is not
   * work: only a heading with checkboxes under it, or a done mark, is an item.
   */
  private unitHeading(s: Section, level: number, text: string, no: number): void {
    const tail = DONE_TAIL_RE.exec(text);
    let hasSteps = false;
    for (let j = no; j < this.lines.length; j++) { // lines[no] is the line after the heading
      const l = this.lines[j]!;
      if (l.shape.t === 'heading' && l.shape.level <= level) break;
      if (l.shape.t === 'list' && l.shape.check !== null) { hasSteps = true; break; }
    }
    if (!hasSteps && !tail) return;
    const d = this.entry(tail ? text.slice(0, tail.index) : text, no, null, tail ? 'done' : null);
    if (tail?.[1]) d.dates.done = tail[1];
    const hours = d.estimate?.hours ?? this.sessionHours;
    if (hours) {
      if (!d.estimate) d.estimate = { hours: round2(hours), basis: 'explicit' };
      if (s.block === null) s.block = this.openBlock(hours);
    }
    s.unit = true;
    this.headingItem(s, d);
  }

  /** Makes the section's heading the item `d`: the items under it are its children, not its path. */
  private headingItem(s: Section, d: Draft): void {
    s.title = '';
    this.pathCache = null;
    d.path = this.sectionPath();
    s.item = this.addItem(d, this.sections.slice(0, -1).reverse().find((x) => x.item !== null)?.item ?? null);
    this.headingItems.add(s.item);
    this.anchor = { item: s.item, indent: -1, head: true };
  }

  /**
   * "## 2. Probability" then "Status: In progress (60%)": a heading whose first lines say
   * its status names a thing being tracked, and becomes an item (as an org headline with a
   * keyword does). The status line is its progress line: that is where edits go.
   */
  private headingStatus(text: string, no: number): boolean {
    const m = STATUS_FIELD_RE.exec(text);
    const s = this.sections[this.sections.length - 1];
    if (!m || !s?.heading || s.item !== null || this.drafts.length !== s.heading.itemsBefore || this.fence) return false;
    const value = m[1]!;
    const progress = findProgress(value);
    // A word says the status; else the progress does.
    const status = statusOfLeadingWord(value)
      ?? (progress ? statusOfProgress(progress) : undefined);
    if (!status) return false;
    const d = this.entry(s.heading.raw, s.heading.line, null, status);
    if (progress) d.progress = { done: progress.done, total: progress.total, unit: progress.unit };
    d.progressLine = no;
    d.source.endLine = no;
    this.headingItem(s, d);
    return true;
  }

  private pushLabel(title: string, indent: number, fromList: boolean, rawText: string): void {
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
    if (this.trace) {
      const no = this.traceLine;
      if (no > 0) this.note(no, 'label', `a label ("${title}") over the lines after it${block !== null ? `, a block of ${est!.hours} h they share` : ''}${isNonWorkIntro(title) ? '; it announces something other than work' : ''}`);
    }
    this.labels.push({
      title, indent, kind: sectionKind(title), block, work: isWorkIntro(title), nonWork: isNonWorkIntro(title), done: isDoneSection(title), dropped: isDroppedSection(title), doing: isDoingSection(title), optional: isOptionalSection(title),
      itemsSeen: 0, hasSubLabels: false, fromList, inFence: this.fence !== null, private: saysPrivate(rawText),
    });
    this.anchor = null;
  }

  // --- items -------------------------------------------------------------------

  /**
   * A note about one book, course or paper, as Obsidian users keep them: its front matter
   * says its type or its status ("type: book", "status: reading", "progress: 212/590"),
   * and the note is that item. Tasks in its body are the item's own; its other lines are
   * notes on it. The status field's line is where its status is written back.
   */
  /**
   * A diary about one course or book ("MATH 2400 Linear algebra - Diary.md", a note of
   * dated entries under "# TIES581 Numerical linear algebra" that calls itself a learning
   * diary) is that one item, under way; its dated entries are its log (the hours in "##
   * 2022-01-28 (1h)" are time spent), and its checkboxes its steps.
   */
  private diaryItem(): void {
    const lines = this.lines;
    const name = (this.path.split(/[/\\]/).pop() ?? this.path).replace(/\.(?:md|markdown|txt|org)$/i, '');
    let title: ScannedLine | null = null;
    let firstDay = -1;
    let days = 0;
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.shape.t !== 'heading') continue;
      if (l.shape.level === 1 && title === null && firstDay < 0) title = l;
      else if (/\d/.test(l.shape.text) && DATE_TITLE_RE.test(headingTitle(l.shape.text).replace(/\s*\(.*\)\s*$/, ''))) { days++; if (firstDay < 0) firstDay = k; }
    }
    if (days < 2) return;
    let saysDiary = DIARY_NAME_RE.test(name);
    for (let k = 0; k < firstDay && !saysDiary; k++) saysDiary = lines[k]!.shape.t === 'text' && DIARY_SAYS_RE.test(lines[k]!.text);
    if (!saysDiary) return;
    const named = title ? headingTitle(title.shape.t === 'heading' ? title.shape.text : '') : '';
    const what = (named && !/^(?:diary|journal|log|learning (?:diary|log)|study (?:diary|log))$/i.test(named) ? named : name).replace(DIARY_TAIL_RE, '').trim();
    // A log of everything ("Study log", "notes.md") is about no one course.
    if (!what || /^(?:notes?|logs?|journal|diary|study|learning|index|readme|today|daily)$/i.test(what)) return;
    // Under way, unless its title says otherwise ("… — done" once the course is over).
    const d = this.entry(what, title?.no ?? 1, null);
    if (d.status === 'todo') d.status = 'doing';
    if (d.kind === 'topic' || d.kind === 'task' || d.kind === 'article') d.kind = 'course';
    // Links in the lines before the first day are the course's (its materials, its page).
    for (let k = title ? lines.indexOf(title) + 1 : 0; k < firstDay; k++) {
      const t = lines[k]!.text;
      if (t.includes('://')) for (const l of readInline(t).links) if (!d.links.includes(l)) d.links.push(l);
    }
    // Each day's hours, from its heading ("## 2022-01-28 (1h)") or a "Time: 1.5h" line in it.
    let day: string | null = null;
    let dayHours = false;
    for (let k = firstDay; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.shape.t === 'heading') {
        const m = DATE_TITLE_RE.test(headingTitle(l.shape.text).replace(/\s*\(.*\)\s*$/, '')) ? /\d{4}-\d{2}-\d{2}/.exec(l.shape.text) : null;
        day = m ? m[0] : null;
        const est = findEstimate(l.shape.text);
        dayHours = est !== null && est.rate === null;
        if (est && est.rate === null) d.logged.push({ date: day, hours: round2(est.hours), line: l.no });
        continue;
      }
      if (dayHours || !DIARY_TIME_RE.test(l.text)) continue;
      const est = findEstimate(l.text);
      if (est && est.rate === null) { d.logged.push({ date: day, hours: round2(est.hours), line: l.no }); dayHours = true; }
    }
    this.noteItem = this.addItem(d, null);
  }

  /**
   * A note whose front matter names a kind ("title: Books To Read", "tags: [books]") is a
   * list of that kind: a section over the whole note, with no title of its own.
   */
  private frontMatterKind(fm: ScannedLine[]): void {
    let kind: Kind | null = null;
    for (const l of fm) {
      const m = /^(title|tags|categories|category|type)\s*:\s*(.*)$/i.exec(l.text);
      if (!m) continue;
      const value = m[2]!.replace(/["'[\]]/g, ' ');
      const k = m[1]!.toLowerCase() === 'title' ? sectionKind(value) : kindOfTags(value.split(/[,\s]+/).filter(Boolean)) ?? sectionKind(value);
      if (k && RESOURCE_KINDS.has(k)) { kind = k; if (m[1]!.toLowerCase() === 'title') break; }
    }
    if (kind === null) return;
    this.sections.push({ level: 0, title: '', kind, block: null, item: null, work: true, nonWork: false, done: false, doing: false });
  }

  private frontMatterItem(fm: ScannedLine[]): void {
    const fields = new Map<string, { value: string; line: number }>();
    let listKey: string | null = null;
    for (const l of fm) {
      const kv = /^([A-Za-z][\w -]{0,30}?)\s*:\s*(.*)$/.exec(l.text);
      if (kv) {
        const key = kv[1]!.toLowerCase().replace(/[\s_-]+/g, ' ');
        const value = unquote(kv[2]!.trim());
        if (!fields.has(key)) fields.set(key, { value, line: l.no });
        listKey = value ? null : key;
        continue;
      }
      const entry = listKey ? /^\s*-\s+(.*)$/.exec(l.text) : null;
      const f = listKey ? fields.get(listKey) : undefined;
      if (entry && f) f.value = f.value ? `${f.value}, ${unquote(entry[1]!.trim())}` : unquote(entry[1]!.trim());
    }
    const get = (...keys: string[]) => keys.map((k) => fields.get(k)).find((f) => f !== undefined && f.value !== '');
    const type = get('type', 'category', 'kind', 'class', 'media', 'format');
    const typed = type ? sectionKind(type.value) : null;
    const kind = typed && RESOURCE_KINDS.has(typed) ? typed : null;
    const statusField = get('status', 'state', 'reading status', 'progress status');
    // Marks around the word go ("**done**"); its own letters stay, accented ones too ("terminé").
    const said = statusField ? statusOfWord(statusField.value.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')) : null;
    if (kind === null && said === null) return;
    const titleField = get('title', 'name');
    const title = titleField?.value || (this.path.split(/[/\\]/).pop() ?? this.path).replace(/\.(?:md|markdown|txt)$/i, '');
    const line = (statusField ?? titleField ?? type)!.line;
    const d = this.entry(title, line, null, said);
    if (kind) d.kind = kind;
    const tags = get('tags', 'tag');
    if (tags) for (const t of tags.value.replace(/[[\]]/g, '').split(/[,\s]+/)) { const tag = t.replace(/^#/, ''); if (tag && !d.tags.includes(tag)) d.tags.push(tag); }
    if (kind === null) d.kind = kindOfTags(d.tags) ?? d.kind;
    const dayOf = (f: { value: string } | undefined) => (f ? /^\d{4}-\d{2}-\d{2}/.exec(f.value)?.[0] : undefined);
    for (const [key, date] of [['start', ['started', 'start', 'start date', 'date started']], ['done', ['finished', 'completed', 'date finished', 'date read', 'done']], ['due', ['due', 'deadline', 'due date']]] as const) {
      const iso = dayOf(get(...date));
      if (iso) d.dates[key] = iso;
    }
    const url = get('url', 'link', 'source', 'website');
    if (url && /^https?:\/\//.test(url.value) && !d.links.includes(url.value)) d.links.push(url.value);
    const effort = get('estimate', 'effort', 'hours', 'time estimate');
    const hours = effort ? parseDurationHours(effort.value) ?? findEstimate(effort.value)?.hours ?? null : null;
    if (hours) d.estimate = { hours: round2(hours), basis: 'explicit' };
    // "progress: 212/590", "pages: 120/600", or "current page: 212" beside "pages: 590".
    const prog = get('progress', 'pages', 'chapters', 'lectures', 'episodes', 'videos', 'lessons', 'modules');
    const unit = prog ? [...fields].find(([, f]) => f === prog)![0] : '';
    const found = prog ? findProgress(prog.value) ?? findProgress(`${prog.value} ${unit === 'progress' ? '' : unit}`) ?? wholeFraction(prog.value) : null;
    // A book's few hundred parts are its pages.
    if (found && found.unit === 'part' && d.kind === 'book' && found.total !== null && found.total > 60) found.unit = 'page';
    if (found && prog) applyProgress(d, found, prog.line);
    else {
      const at = get('current page', 'page');
      const total = get('total pages', 'pages', 'page count');
      if (at && total && /^\d+$/.test(at.value) && /^\d+$/.test(total.value) && Number(at.value) <= Number(total.value)) {
        applyProgress(d, { done: Number(at.value), total: Number(total.value), unit: 'page' }, at.line);
      }
    }
    if (d.status === 'done' && !d.dates.done) {
      const iso = dayOf(get('read'));
      if (iso) d.dates.done = iso;
    }
    this.noteItem = this.addItem(d, null);
  }

  private addItem(d: Draft, parentIdx: number | null): number {
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
    const parent = parentIdx ?? this.noteItem ?? this.sectionItem();
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
    this.drafts.push(d);
    for (const l of this.labels) l.itemsSeen++;
    return idx;
  }

  private entry(text: string, line: number, check: string | null, status: Draft['status'] | null = null): Draft {
    let raw = text;
    let hint = this.kindHint();
    // "Deliverable: a URL shortener", "**Milestone**: first PR merged": an output, named after the field.
    const output = raw.includes(':') || raw.includes('：') ? OUTPUT_FIELD_RE.exec(raw.trim()) : null;
    if (output && wordCount(output[2]!) <= 20) {
      raw = output[2]!;
      hint = /^(?:milestone|checkpoint|outcome)/i.test(output[1]!) ? 'milestone' : 'deliverable';
    }
    const d = buildEntry({
      raw, path: this.path, line, check, org: this.org, hint, sectionPath: this.sectionPath(), status,
      today: this.today, year: this.year,
    });
    // Under "Done so far:" an entry with no mark of its own is finished; on a kanban board,
    // a card in the Done lane is, ticked or not.
    const doneHere = this.labels.some((l) => l.done) || this.sections.some((x) => x.done);
    // (A figure under "Done" is a grade or where it was left, not work still under way.)
    if ((d.status === 'todo' || (d.status === 'doing' && d.progress !== null)) && (!d.explicitStatus || this.kanban) && doneHere) d.status = 'done';
    // Under "Shelved" / "Abandoned" an entry not ticked off was put down.
    else if (d.status !== 'done' && (!d.explicitStatus || this.kanban) && (this.labels.some((l) => l.dropped) || this.sections.some((x) => x.dropped))) d.status = 'skipped';
    // Under "In progress" / "Currently reading", an open entry is under way.
    else if (d.status === 'todo' && (this.labels.some((l) => l.doing) || this.sections.some((x) => x.doing))) d.status = 'doing';
    if (!d.optional && (this.labels.some((l) => l.optional) || this.sections.some((x) => x.optional))) d.optional = true;
    // Under a heading or label tagged #private, the entry is private too.
    if ((this.labels.some((l) => l.private) || this.sections.some((x) => x.private)) && !d.tags.includes(PRIVATE)) d.tags.push(PRIVATE);
    return d;
  }

  /**
   * A field of an entry written under it ("**Progress:** 67% (2/3)", "**Status:** 🔄 In
   * Progress", "**Due:** Dec 22", "Completed: 2026-10-02"): it sets that field of the entry.
   * False when the line is no such field or says nothing that can be read.
   */
  private entryField(itemIdx: number, text: string, no: number): boolean {
    const m = ENTRY_FIELD_RE.exec(text.trim());
    if (!m) return false;
    const d = this.drafts[itemIdx]!;
    const name = m[1]!.toLowerCase();
    const value = plainText(m[2]!);
    if (name === 'progress' || name === 'status' || name === 'state') {
      // "67% (2/3)": the count says more than the percentage.
      const frac = value.includes('/') ? FIELD_FRACTION_RE.exec(value) : null;
      const count = frac && Number(frac[2]) > 0 && Number(frac[1]) <= Number(frac[2]) ? { done: Number(frac[1]), total: Number(frac[2]), unit: 'part' } : null;
      const progress = count ?? findProgress(value);
      const word = statusOfLeadingWord(value.replace(/^[^\p{L}\p{N}]+/u, ''));
      if (!progress && !word) return false;
      if (progress && !d.progress) applyProgress(d, progress, no);
      if (word && !d.explicitStatus) d.status = word;
    } else if (name.startsWith('due') || name === 'deadline' || name.startsWith('target')) {
      const m = DATE_IN_FIELD_RE.exec(value);
      const due = m ? dateOfWords(m, 1, { today: this.today, year: this.year }) : null;
      if (!due) return false;
      d.dates.due = due;
    } else {
      const iso = /\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
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

  /** A continuation line ("Lec 1 done out of 20", a link, "11/4, 10 mins") folded into an item. */
  private attach(itemIdx: number, text: string, no: number, words: string = plainText(text)): boolean {
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

  private attachLine(itemIdx: number, text: string, no: number, words: string = plainText(text)): boolean {
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
    const f = hasLink ? readInline(text) : null;
    const linkOnly = f !== null && f.links.length > 0 && (f.title.length === 0 || GENERIC_LINK_TEXT.test(f.title) || (GENERIC_LINK_TAIL.test(f.title) && wordCount(f.title) <= 4) || f.title === words && words.length < 3);
    if (f && linkOnly) {
      // A bare name over its address (a bookmark, a course page): the site says what it is.
      if (d.kind === 'topic' && d.links.length === 0 && this.kindHint() === null) d.kind = kindOfLinks(f.links) ?? d.kind;
      // A Set once the list is long: an item with thousands of links must stay linear.
      if (d.links.length + f.links.length > 32) {
        let seen = this.linkSets.get(itemIdx);
        if (!seen) this.linkSets.set(itemIdx, (seen = new Set(d.links)));
        for (const l of f.links) if (!seen.has(l)) { seen.add(l); d.links.push(l); }
      } else {
        for (const l of f.links) if (!d.links.includes(l)) d.links.push(l);
      }
      d.source.endLine = Math.max(d.source.endLine, no);
      return true;
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
      const st = findStatusWord(words);
      if (st) { d.status = st; d.source.endLine = Math.max(d.source.endLine, no); return true; }
    }
    return false;
  }

  private onList(ln: ScannedLine, marker: string, ordered: boolean, check: string | null, text: string, blankBefore: number): void {
    const label = this.labels[this.labels.length - 1];
    if (label) label.entriesSeen = (label.entriesSeen ?? 0) + 1;
    // "    [ ] [ ] [ ]" under a row of boxes: more of its boxes, not a checkbox.
    if (check !== null && BOX_CONT_RE.test(ln.text) && this.boxRow(ln, ln.text)) return;
    const indent = ln.indent;
    // "- [x] **Course**" then "* Access: [Alura](…)" at the same column: written as a
    // sub-bullet with another marker, a field or link line of the entry above.
    const sib = this.list[this.list.length - 1];
    if (sib && check === null && sib.indent === indent && sib.item !== null && sib.marker !== undefined && sib.marker !== marker
      && /^[-*+•]$/.test(marker) && /^[-*+•]$/.test(sib.marker) && this.fieldOrLinkOf(sib.item, text, ln.no)) return;
    // Pop list entries this one is a sibling of or outdented from.
    while (this.list.length) {
      const top = this.list[this.list.length - 1]!;
      if (top.indent < indent) break;
      // "2. level up on these:" followed by "- linux" at the same indent: children.
      if (top.indent === indent && top.introduces && top.ordered !== ordered && top.item !== null && !check === !this.drafts[top.item]!.explicitStatus) break;
      if (top.indent === indent && top.introduces && top.ordered && !ordered && top.item !== null) break;
      this.list.pop();
    }
    // Bullet labels end with their list.
    while (this.labels.length) {
      const top = this.labels[this.labels.length - 1]!;
      if (!top.fromList || top.indent < indent) break;
      this.labels.pop();
    }
    // "- ### Stack": a heading written as a list entry.
    const inner = /^(#{1,6})\s+(.*)$/.exec(text);
    if (inner && check === null) return this.pushSection(inner[1]!.length, inner[2]!);
    const parentEntry = this.list.length ? this.list[this.list.length - 1]! : null;
    let parent = parentEntry?.item ?? null;
    // Under a heading-like item ("**Lecture 1**", an org headline) list lines belong to it;
    // under a plain-line item only lines that follow it directly.
    if (parent === null && this.anchor && (this.anchor.head ? this.anchor.indent <= indent && blankBefore < 2 : this.anchor.indent < indent && blankBefore === 0)) parent = this.anchor.item;
    const introduces = /[:：]\s*(?:\*\*|__)?\s*$/.test(text);

    // "- LATER Read SICP", "- DONE [#A] Watch lecture 3": a task keyword says the status.
    const c0 = text.charCodeAt(0);
    const kw = check === null && c0 >= 65 && c0 <= 90 ? readListKeyword(text) : null;
    if (kw) {
      const d = this.entry(kw.rest, ln.no, null, kw.status);
      if (kw.priority !== null) d.priority = kw.priority;
      this.list.push({ indent, item: this.addItem(d, parent), label: false, ordered, introduces });
      return;
    }
    if (check !== null) {
      if (!text.trim()) {
        this.warn(ln.no, 'empty-checkbox', 'a checkbox with nothing after it; skipped');
        return;
      }
      const d = this.entry(text, ln.no, check);
      this.partKind(d, parent);
      const idx = this.addItem(d, parent);
      this.list.push({ indent, item: idx, label: false, ordered, introduces });
      return;
    }
    // Org's log entries ("- Note taken on [date] \\", "- State "DONE" from "TODO" [date]") and the
    // text under them belong to the item above.
    if (parent !== null && this.org && ORG_LOG_ENTRY_RE.test(text)) {
      const d = this.drafts[parent]!;
      d.source.endLine = Math.max(d.source.endLine, ln.no);
      this.list.push({ indent, item: parent, label: false, ordered, introduces: false });
      return;
    }
    // "  - **Progress:** 67% (2/3)" under an entry: the entry's field.
    if (parent !== null && this.entryField(parent, text, ln.no)) {
      this.note(ln.no, 'part', `a field ("${text.replace(/[*_]/g, '').split(/[:：]/)[0]!.trim()}") of the item on line ${this.drafts[parent]!.source.line} above`, this.drafts[parent]!.source.line);
      this.list.push({ indent, item: parent, label: false, ordered, introduces: false });
      return;
    }
    // "- **Start date**: 2025/11/04", "- **Hours per week**: 35", "- **Primary Goal:** …": a field of the plan, not an item.
    if (META_FIELD_RE.test(text.trim()) && !OUTPUT_FIELD_RE.test(text.trim())) {
      this.note(ln.no, 'skipped', 'a field of the plan ("Duration:", "Goal:", "Focus:"), not an entry');
      this.list.push({ indent, item: null, label: false, ordered, introduces: false });
      return;
    }
    if (FIELD_BULLET_RE.test(text) && !RANKED_HEADING_RE.test(text.replace(/^(?:\*\*|__)/, ''))) {
      this.list.push({ indent, item: null, label: false, ordered, introduces: false });
      return;
    }
    // "- 10 hours/week for 12 weeks", "- Weekdays: 2h/day": the time the person has, not an item.
    if (timeUnitWord(text) && findEstimate(text)?.rate) {
      this.list.push({ indent, item: null, label: false, ordered, introduces: false });
      return;
    }
    // "- HTML → CSS → JavaScript": a path of steps, each after the one before.
    if (text.includes('→') || text.includes('->') || text.includes('⇒') || text.includes('➡')) {
      const first = this.drafts.length;
      if (this.chain(text, ln.no, parent)) {
        this.list.push({ indent, item: first, label: false, ordered, introduces: false });
        return;
      }
    }
    const plain = plainText(text);
    // A plain line under an item may just carry its links, progress or time log.
    if (parent !== null && this.attach(parent, text, ln.no, plain)) return;
    // Under a checked-off entry, plain bullets are its notes; a question among them is an item.
    if (parent !== null && this.drafts[parent]!.explicitStatus && !this.org) {
      if (/\?\s*$/.test(text) && wordCount(text) <= 25) {
        const q = this.entry(text, ln.no, null);
        q.kind = 'question';
        this.list.push({ indent, item: this.addItem(q, parent), label: false, ordered, introduces });
      } else {
        this.list.push({ indent, item: null, label: false, ordered, introduces });
      }
      return;
    }

    // Bullet labels: "- Infra:" with entries under it, "- Week 1:" sections.
    if (introduces && !ordered && wordCount(plain) <= 10 && !/https?:/.test(text)) {
      this.pushLabel(cleanTitle(plain.replace(/[:：]\s*$/, '')), indent, true, text);
      this.list.push({ indent, item: null, label: true, ordered, introduces });
      return;
    }
    if (this.isItemBullet(text, plain, ordered, parent, parentEntry?.introduces === true || (parent !== null && this.anchor?.item === parent && this.anchor.head) || this.isAreaEntry(parent))) {
      const d = this.entry(text, ln.no, null);
      const idx = this.addItem(d, parent);
      this.list.push({ indent, item: idx, label: false, ordered, introduces });
      return;
    }
    this.notTaken(text, plain, ln.no, parent);
    this.list.push({ indent, item: null, label: false, ordered, introduces });
  }

  /**
   * Under "Courses", "- [ ] Algorithms" is a course and its "- [ ] Graph Algorithms" a part
   * of it: a topic, unless its own words or links say more. The section's kind is for the
   * entries it lists, not for their parts.
   */
  private partKind(d: Draft, parent: number | null): void {
    if (parent === null || !RESOURCE_KINDS.has(d.kind)) return;
    const hint = this.kindHint();
    const p = this.drafts[parent]!;
    if (d.kind !== hint || p.kind !== hint) return;
    // A school or a platform over its courses ("CMU", "Stanford", "Coursera") groups them: they stay courses.
    if (/^[A-Z]{2,6}$/.test(p.title.trim()) || PROVIDER_RE.test(p.title)) return;
    d.kind = classifyKind(d.title, d.links, null);
  }

  /** The innermost section that is an item, not counting the one just opened by the item itself. */
  private sectionItem(): number | null {
    for (let k = this.sections.length - 1; k >= 0; k--) {
      const it = this.sections[k]!.item;
      if (it !== null && it < this.drafts.length) return it;
    }
    return null;
  }

  /** A row of progress boxes (see onText); true when the line was one. */
  private boxRow(ln: ScannedLine, text: string): boolean {
    const cont = BOX_CONT_RE.exec(ln.text);
    const row = cont ? null : BOX_ROW_RE.exec(text);
    if (!cont && !row) return false;
    const cells = (cont ? cont[1]! : row![2]!).match(BOX_CELL_RE) ?? [];
    const done = cells.filter((c) => /[^\s[\]]/.test(c)).length;
    if (cont) {
      const d = this.lastBoxRow !== null ? this.drafts[this.lastBoxRow] : undefined;
      if (!d?.progress || d.progress.total === null || d.source.endLine < ln.no - 1) return false;
      applyProgress(d, { done: d.progress.done + done, total: d.progress.total + cells.length, unit: d.progress.unit }, d.source.line);
      d.status = statusOfProgress(d.progress);
      d.source.endLine = ln.no;
      this.note(ln.no, 'part', `more boxes of the row on line ${d.source.line}`, d.source.line);
      return true;
    }
    const d = this.entry(row![1]!, ln.no, null);
    applyProgress(d, { done, total: cells.length, unit: 'part' }, ln.no);
    d.progressLine = null;
    d.status = statusOfProgress(d.progress!);
    let parent: number | null = null;
    for (let k = this.sections.length - 1; k >= 0 && parent === null; k--) parent = this.sections[k]!.item;
    // Made of chapters with lessons in them: a course, whatever its title's verb says.
    if (parent !== null && this.drafts[parent]!.kind === 'topic') this.drafts[parent]!.kind = 'course';
    this.lastBoxRow = this.addItem(d, parent);
    return true;
  }

  /** "Access: [Alura](…) (paid)", "Notes: [here](…)": a labelled link line, the item's link. */
  private fieldOrLinkOf(itemIdx: number, text: string, no: number): boolean {
    if (this.attach(itemIdx, text, no)) return true;
    if (!text.includes('](') && !text.includes('://')) return false;
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
  private notTaken(text: string, plain: string, no: number, parent: number | null): void {
    if (parent !== null || !plain || this.contextScore() < 0) return;
    const hint = this.kindHint();
    // (Links only to other pages, in a section that announces nothing, are navigation.)
    const linked = text.includes('](') && !readInline(text).links.every((l) => l.startsWith('#'));
    const why = text.includes('://') || (linked && this.contextScore() > 0) ? 'it has a link'
      : /^(?:\*\*|__)[^*_]{2,80}(?:\*\*|__)/.test(text) ? 'it starts with a bold name'
        : hint !== null && RESOURCE_KINDS.has(hint) ? `it is in a list of ${hint}s` : null;
    if (why === null) return;
    const words = wordCount(plain);
    const reason = isProse(plain) ? 'it reads as a sentence' : words > 16 ? `it is long (${words} words)` : 'its words and place did not make the case';
    this.warn(no, NOT_TAKEN, `looks like an entry (${why}) but was not taken as an item: ${reason}`);
    this.note(no, 'not-taken', `it looks like an entry (${why}) but ${reason}`);
  }

  /**
   * "1. Math foundations" over "- Linear algebra", "- Calculus": an entry that only names an
   * area (a short topic, nothing to open or count) introduces the entries under it, as a
   * label would.
   */
  private isAreaEntry(parent: number | null): boolean {
    if (parent === null) return false;
    const p = this.drafts[parent]!;
    return p.kind === 'topic' && p.links.length === 0 && !p.progress && !p.estimate && wordCount(p.title) <= 4;
  }

  private isItemBullet(text: string, plain: string, ordered: boolean, parent: number | null, parentIntroduces: boolean): boolean {
    return isItemBullet({
      text, plain, ordered, hasParent: parent !== null, parentIntroduces,
      context: this.contextScore(), inSchedule: Boolean(this.fence?.layout) || this.currentBlock() !== null,
      hint: this.kindHint(), checkboxNote: this.checkboxNote,
    });
  }

  private onText(ln: ScannedLine, text: string, i: number, blankBefore: number): void {
    // "[ams]: https://…", "[^note]: by Daniel Kahneman": a link's or a footnote's definition.
    if (text.charCodeAt(0) === 91 /* [ */ && LINK_DEFINITION_RE.test(text)) {
      this.note(ln.no, 'skipped', 'the definition of a reference link or a footnote');
      return;
    }
    // "Setup      [✔️] [✔️] [ ]": a unit and a box per lesson; a row of boxes alone continues the one above.
    if (text.includes('[') && text.includes(']')) {
      if (this.boxRow(ln, text)) return;
    }
    if (LEGEND_RE.test(text)) {
      this.note(ln.no, 'skipped', 'a legend: what a mark means ("✅ = finished"), not an entry');
      return;
    }
    const plain = this.plainCache[i] ?? plainText(text);
    // Lines under an item (indented, or straight after it) are its continuation.
    if (this.anchor && (ln.indent > this.anchor.indent || (this.anchor.head && blankBefore === 0)) && this.attach(this.anchor.item, text, ln.no, plain)) return;
    const top = this.list[this.list.length - 1];
    // A line indented to an entry's words belongs to it, also after one blank line
    // ("4. MIT 6.824:" … blank … "   Lec 1 done out of 20").
    const inEntry = top !== undefined && (blankBefore === 0 ? ln.indent > top.indent : blankBefore === 1 && top.content !== undefined && top.content > top.indent && ln.indent >= top.content);
    if (top?.item != null && inEntry) {
      if (this.attach(top.item, text, ln.no, plain)) return;
      if (/\?\s*$/.test(plain) && isPhraseLike(plain.replace(/\?\s*$/, '')) === true) {
        const d = this.entry(text, ln.no, null);
        d.kind = 'question';
        this.addItem(d, top.item);
      }
      return; // a wrapped continuation of the entry
    }
    if (ln.indent < (top?.indent ?? 0) + 1 || blankBefore > 0) this.list = [];

    if (this.fence) {
      // In a layout fence only labels ("Morning (3 hours):") matter.
      if (/[:：]\s*(?:\*\*|__)?\s*$/.test(text) && wordCount(plain) <= 8) this.pushLabel(cleanTitle(plain), ln.indent, false, text);
      return;
    }

    // "> [!todo] This week", "> [!note] Currently reading": the callout's title labels its lines.
    const callout = text.charCodeAt(0) === 91 /* [ */ && QUOTE_RE.test(ln.text) ? CALLOUT_RE.exec(text) : null;
    if (callout) {
      const title = callout[2] || callout[1]!.charAt(0).toUpperCase() + callout[1]!.slice(1);
      this.pushLabel(cleanTitle(title), ln.indent, false, text);
      this.labels[this.labels.length - 1]!.callout = true;
      return;
    }
    // "10:00AM" over "Traversing the AST": a time of day and its activity, one entry.
    if (CLOCK_ALONE_RE.test(plain) && this.lines[i + 1]?.shape.t === 'text') {
      this.clockLine = i;
      return;
    }
    if (this.clockLine === i - 1 && this.clockLine >= 0 && isPhraseLike(plain) && !(this.labels[this.labels.length - 1]?.nonWork) && this.contextScore() >= 0) {
      const idx = this.addItem(this.entry(text, ln.no, null), null);
      this.anchor = { item: idx, indent: ln.indent, head: false };
      return;
    }
    if (this.bookmark[i]) {
      const idx = this.addItem(this.entry(text, ln.no, null), null);
      const next = this.lines[i + 1]!;
      this.attach(idx, next.text.trim(), next.no);
      this.anchor = { item: idx, indent: ln.indent, head: false };
      return;
    }
    if (i > 0 && this.bookmark[i - 1]) return; // the URL of the title above, already attached
    // "[Official webpage](…)", "[Course URL](…)" on its own: a reference, not an entry.
    if (text.includes('](') && GENERIC_LINK_ONLY_RE.test(text.trim())) {
      this.note(ln.no, 'skipped', 'a link to a reference page (its words only say what the link is)');
      return;
    }
    if (this.headingStatus(text, ln.no)) return;
    // A path stands on its own line, not at the end of a wrapped paragraph ("… just → intuition.").
    const prev = this.lines[i - 1];
    if ((blankBefore > 0 || prev?.shape.t !== 'text' || CHAIN_ARROW_RE.test(prev.text)) && this.chain(text, ln.no, null)) return;
    // "DONE: Git basics", "todo: set up a homelab": an entry with its status in front.
    const said = statusSaidFirst(text);
    if (said && !(this.labels[this.labels.length - 1]?.nonWork) && isPhraseLike(plainText(said.rest))) {
      const d = this.entry(said.rest, ln.no, null, said.status);
      const idx = this.addItem(d, null);
      this.anchor = { item: idx, indent: ln.indent, head: false };
      return;
    }
    const bold = /^(?:\*\*|__)(.+?)(?:\*\*|__)[:：]?\s*$/.exec(text.trim());
    const ranked = RANKED_HEADING_RE.exec(plain);
    const endsColon = /[:：]\s*(?:\*\*|__)?\s*$/.test(text);

    // A line in capitals ("STUDY PLAN 2026", "TODO" on its own) is a heading.
    if (isCapsHeading(plain, this.lines[i + 1]?.shape.t !== 'text')) {
      this.pushSection(7, plain.replace(/[:：]\s*$/, ''));
      return;
    }
    // "Thu 19:00-21:00 — system design mock", "Fri – 1.5h Go talk": a day's one activity, on its own line.
    if (ranked?.[3] && !bold && !endsColon && this.dayEntry(plain, ln, i)) return;
    // "Session A (2h): Airflow concepts": a slot's one activity, with nothing under it.
    if (ranked?.[4] && !bold && !endsColon && this.slotEntry(plain, ln, i)) return;
    // Heading-like lines: "Week 1: …", "Monday (7 hours): …" become sections.
    if (ranked && wordCount(plain) <= 12 && !isProse(plain) && (endsColon || bold || /\d/.test(ranked[0]) || /\(\s*\d/.test(plain))) {
      const rank = ranked[1] ? 1 : ranked[2] ? 2 : ranked[3] ? 3 : 4;
      if (rank === 4 || (endsColon && !/[:：]\s*\S/.test(plain.replace(/[:：]\s*$/, '')) && rank >= 3)) {
        this.pushLabel(cleanTitle(plain.replace(/[:：]\s*$/, '')), ln.indent, false, text);
      } else {
        this.pushSection(7 + rank, plain.replace(/[:：]\s*$/, ''));
      }
      return;
    }
    if (endsColon && wordCount(plain) <= 40 && !KEY_VALUE_RE.test(plain.replace(/[:：]\s*$/, '')) || endsColon && wordCount(plain) <= 6) {
      this.pushLabel(cleanTitle(plain.replace(/[:：]\s*$/, '')), ln.indent, false, text);
      return;
    }
    if (bold) {
      const inner = bold[1]!;
      if (/\b(?:lecture|lesson|chapter|module|part|episode|unit|session|talk)\s*#?\d+/i.test(inner) && wordCount(inner) <= 20) {
        const d = this.entry(inner, ln.no, null);
        const idx = this.addItem(d, null);
        this.anchor = { item: idx, indent: ln.indent, head: true };
        return;
      }
      if (wordCount(inner) <= 10 && !isProse(inner)) {
        this.pushSection(7, inner);
        return;
      }
      return;
    }
    // "**Deliverable:** a URL shortener", "Milestone: pass a mock interview": an output of the plan.
    const output = OUTPUT_FIELD_RE.exec(text.trim());
    if (output && wordCount(output[2]!) <= 20 && !(this.labels[this.labels.length - 1]?.nonWork)) {
      const idx = this.addItem(this.entry(text, ln.no, null), null);
      this.anchor = { item: idx, indent: ln.indent, head: false };
      return;
    }
    // "Key: value" lines ("**Time Investment**: 35 hours/week") are metadata.
    if (/^(?:\*\*|__)/.test(text.trim()) && KEY_VALUE_RE.test(text.trim())) return;

    // "Math" over indented lines that are entries ("  OSTEP - done"): an outline's heading.
    const heads = this.lines[i + 1]?.shape.t === 'text' ? this.headsOutline(i, plain) : null;
    if (heads === 'label') {
      this.pushLabel(cleanTitle(plain), ln.indent, false, text);
      return;
    }
    // "MIT 6.824" over "  Lec 1 done out of 20" and its link: an item with its own lines.
    if (heads === 'item' && this.contextScore() >= 0) {
      const idx = this.addItem(this.entry(text, ln.no, null), null);
      this.anchor = { item: idx, indent: ln.indent, head: false };
      return;
    }
    // "33 hours/week x 6 weeks = 198 total hours": the time the person has, not an entry.
    if (timeUnitWord(text) && findEstimate(text)?.rate) return;
    let label = this.labels[this.labels.length - 1];
    // A text label's list is one paragraph: a new paragraph after its entries ends it.
    if (label && !label.fromList && blankBefore > 0 && label.itemsSeen > 0 && !label.callout) {
      this.labels.pop();
      label = this.labels[this.labels.length - 1];
    }
    // Whether the line reads as an entry: asked only where it matters (it costs a progress search).
    let phraseMemo: boolean | null = null;
    const phrase = (): boolean => (phraseMemo ??= isPhraseLike(withoutProgress(plain)));
    // A category line ("Essential Books", "Courses I want to do") before a line list.
    const alone = this.lines[i - 1]?.shape.t !== 'text' && this.lines[i + 1]?.shape.t === 'blank' && (this.paragraphPhrase[i + 2] === true || this.bookmark[i + 2] === true);
    if (!label && (this.paragraphPhrase[i] || alone) && this.lines[i - 1]?.shape.t !== 'text' && sectionKind(plain) && wordCount(plain) <= 5) {
      this.pushLabel(cleanTitle(plain), ln.indent, false, text);
      return;
    }
    let isItem = false;
    if (label && !label.nonWork && (blankBefore === 0 || label.itemsSeen === 0) && phrase()) isItem = true;
    else if (this.paragraphPhrase[i] && !(label?.nonWork) && this.noteItem === null) isItem = true;
    else if (blankBefore > 0 || this.lines[i - 1]?.shape.t !== 'text') {
      // Alone in its paragraph, or followed only by a label ("Deliverables:") that starts a list.
      const next = this.lines[i + 1];
      const alone = next?.shape.t !== 'text' || (/[:：]\s*(?:\*\*|__)?\s*$/.test(next.shape.text) && wordCount(next.shape.text) <= 4);
      if (alone && startsWithActionVerb(plain) && wordCount(plain) <= 14 && this.contextScore() >= 0 && phrase()) isItem = true;
    }
    // "NeetCode 150: 37/150" on its own: a name and how far along it is.
    if (!isItem && plain.includes('/') && !(label?.nonWork) && this.contextScore() >= 0) {
      const f = findBareFraction(plain);
      if (f && isPhraseLike(plain.slice(0, f.index))) isItem = true;
    }
    if (!isItem) return;
    const d = this.entry(text, ln.no, null);
    const idx = this.addItem(d, null);
    this.anchor = { item: idx, indent: ln.indent, head: false };
  }

  /**
   * What a short line is to the deeper-indented plain lines after it. In a plain-text
   * outline ("Math" over "  Linear Algebra - finished lectures 1-14") it is their label:
   * two of them at the first depth read as entries. When the first of them belongs to an
   * item instead (its progress line, its link) it is that item; sub-questions keep it
   * whatever else it is. Null when it heads nothing.
   */
  private headsOutline(i: number, plain: string): 'label' | 'item' | null {
    const indent = this.lines[i]!.indent;
    const first = this.lines[i + 1]!.indent;
    if (first <= indent || wordCount(plain) > 8 || /[.!?]\s*$/.test(plain) || isProse(plain)) return null;
    const short = wordCount(plain) <= 6 && !findProgress(plain);
    let entries = 0;
    for (let j = i + 1; j < this.lines.length; j++) {
      const c = this.lines[j]!;
      if (c.shape.t !== 'text' || c.indent <= indent) break;
      if (c.indent !== first) continue;
      const words = this.plainCache[j] ??= plainText(c.shape.text);
      if (/\?\s*$/.test(words)) return null;
      const linkOnly = c.shape.text.includes('://') && wordCount(words) <= 3;
      const prog = linkOnly ? null : findProgress(words);
      const progressOnly = prog !== null && wordCount(words.slice(0, prog.index) + ' ' + words.slice(prog.index + prog.length)) <= 1;
      if (linkOnly || progressOnly) return entries === 0 && isPhraseLike(plain) ? 'item' : null;
      const rest = withoutProgress(words);
      if (rest && rest !== words.trim() ? wordCount(rest) > 0 : isPhraseLike(rest)) entries++;
      if (entries >= 2) return short ? 'label' : null;
    }
    return null;
  }

  /**
   * A day line that names its activity after the day and its time ("Thu 19:00-21:00 —
   * system design mock", "Fri – 1.5h Go talk") and has nothing under it is that activity,
   * its hours from the time range or the figure. A line whose day ends in ": " is a heading
   * ("Monday (7 hours): …"), as is one with lines under it; a day off is nothing.
   */
  private dayEntry(plain: string, ln: ScannedLine, i: number): boolean {
    const m = DAY_ENTRY_RE.exec(plain);
    if (!m || /^[^:：]*[:：]\s/.test(plain.replace(/\d{1,2}:\d{2}/g, ''))) return false;
    const next = this.lines[i + 1];
    if (next && next.shape.t !== 'blank' && (next.indent > ln.indent || next.shape.t === 'list')) return false;
    const what = m[2]!;
    if (DAY_OFF_RE.test(what) || !isPhraseLike(what)) return false;
    const when = m[1]!;
    // The day is a section of its own, as a day heading would be: the day before ends here.
    this.pushSection(7 + 3, when.replace(/[\s\-–—|,:(]+$/, ''));
    const d = this.entry(what, ln.no, null);
    const clock = CLOCK_RANGE_RE.exec(when);
    const hours = clock ? clockHours(clock) : findEstimate(when)?.hours ?? null;
    if (!d.estimate && hours !== null && hours > 0) d.estimate = { hours: round2(hours), basis: 'explicit' };
    this.addItem(d, null);
    return true;
  }

  /**
   * A slot line that names its one activity ("Session A (2h): Airflow concepts", "Evening
   * (1.5h) – flashcards") and has nothing under it is that activity, its hours the slot's.
   * The slot is a section of its own, as a day in dayEntry. A slot with lines under it
   * (even after a blank line) is a heading.
   */
  private slotEntry(plain: string, ln: ScannedLine, i: number): boolean {
    const m = SLOT_ENTRY_RE.exec(plain);
    if (!m) return false;
    let j = i + 1;
    while (j < this.lines.length && this.lines[j]!.shape.t === 'blank') j++;
    const next = this.lines[j];
    if (next && (next.shape.t === 'list' || next.shape.t === 'fence' || next.indent > ln.indent)) return false;
    const what = m[3]!;
    if (DAY_OFF_RE.test(what) || !isPhraseLike(what)) return false;
    this.pushSection(7 + 4, m[1]!.trim());
    const d = this.entry(what, ln.no, null);
    const hours = findEstimate(m[2]!)?.hours ?? null;
    if (!d.estimate && hours !== null && hours > 0) d.estimate = { hours: round2(hours), basis: 'explicit' };
    this.addItem(d, null);
    return true;
  }

  /**
   * "HTML → CSS → JavaScript → React": a path written on one line is its steps, each an item
   * that waits for the one before. Only when every part is a short name, and there are
   * three parts or two of a few words each ("Python -> Django"). A step ticked off in place
   * ("CSS ✓") is done.
   */
  private chain(text: string, no: number, parent: number | null): boolean {
    if (!CHAIN_ARROW_RE.test(text)) return false;
    const parts = text.split(CHAIN_SPLIT_RE).map((x) => x.trim());
    if (parts.length < 2 || parts.some((x) => !x)) return false;
    const words = parts.map((x) => wordCount(plainText(x)));
    if (words.some((w) => w === 0 || w > 6) || (parts.length === 2 && words.some((w) => w > 3))) return false;
    if (parts.some((x) => /[:：]\s*$/.test(x) || !isPhraseLike(plainText(x)))) return false;
    // "Mon/Wed/Fri → Precalculus", "05:00–07:30 → Math": a slot and what fills it, not a path;
    // "Build a pipeline: Postgres → dbt → Metabase." names one thing and draws it.
    const head = plainText(parts[0]!);
    if (RANKED_HEADING_RE.test(head) || /^\d{1,2}[:.]\d{2}/.test(head)) return false;
    if (/[:：]\s+\S/.test(parts[0]!) || /[^.]\.\s*$/.test(text)) return false;
    let before: string | null = null;
    for (const part of parts) {
      const d = this.entry(part, no, null);
      if (before !== null) d.prereqNames = [...d.prereqNames, before];
      before = d.title;
      this.addItem(d, parent);
    }
    return true;
  }

  // --- tables ------------------------------------------------------------------

  private onTable(cells: string[], ln: ScannedLine, i: number): void {
    const next = this.lines[i + 1];
    if (next?.shape.t === 'tableDelim') {
      this.table = readTable(cells, this.contextScore() < 0, this.year, this.today);
      return;
    }
    const t = this.table;
    if (!t || !t.work) return;
    const row = t.row(cells);
    if (!row) return;
    // "✔ [Loudness Basics](…)", "⏳ Room acoustics" in the title cell: a mark says the status.
    const tick = row.status === null && row.title.charCodeAt(0) > 0x2000 ? headingCheck(row.title.trim()) : null;
    const d = tick ? this.entry(tick.rest, ln.no, tick.check) : this.entry(row.title, ln.no, null, row.status);
    if (row.kind && (row.typed || d.kind === 'topic' || d.kind === 'article')) d.kind = row.kind;
    else if (row.authored && d.kind === 'topic') d.kind = 'book';
    if (row.hours !== null && !d.estimate) d.estimate = { hours: round2(row.hours), basis: 'explicit' };
    if (row.progress && !d.progress) d.progress = row.progress;
    if (row.due) d.dates.due = row.due;
    if (row.started) d.dates.start = row.started;
    if (row.completed) d.dates.done = row.completed;
    for (const l of row.links) if (!d.links.includes(l)) d.links.push(l);
    d.prereqNames = row.prereqs;
    if (row.title.trim()) this.addItem(d, null);
  }

  // --- org ---------------------------------------------------------------------

  private onOrgHeadline(level: number, text: string, no: number, i: number): void {
    const h = parseOrgHeadline(text, this.orgKeywords);
    while (this.sections.length && this.sections[this.sections.length - 1]!.level >= level) this.sections.pop();
    const hasChildren = this.orgHasChildren[i] ?? false;
    const isItem = h.keyword !== null || h.check !== null || (!hasChildren && level >= 2) || (h.priority !== null);
    let item: number | null = null;
    if (isItem && h.title) {
      let parent: number | null = null;
      for (let k = this.sections.length - 1; k >= 0; k--) {
        const it = this.sections[k]!.item;
        if (it !== null) { parent = it; break; }
      }
      const d = this.entry(h.title, no, h.check, h.status);
      // A keyword (CANCELLED, DONE) says more than a box next to it.
      if (h.check !== null && h.status === null) d.status = statusOfCheck(h.check, true);
      if (h.priority !== null) d.priority = h.priority;
      if (h.cookie && !d.progress) d.progress = { done: h.cookie.done, total: h.cookie.total, unit: h.cookie.unit };
      for (const t of h.tags) if (!d.tags.includes(t)) d.tags.push(t);
      d.kind = kindOfTags(h.tags) ?? d.kind;
      for (const p of h.planning) readOrgMeta(d, p, no);
      d.path = this.sectionPath().filter((_, k) => this.sections[k]?.item === null || this.sections[k]?.item === undefined);
      item = this.addItem(d, parent);
    }
    this.labels = [];
    this.list = [];
    this.sections.push({
      level, title: item === null ? headingTitle(h.title) : '', kind: sectionKind(h.title), block: null, item,
      work: isWorkIntro(h.title), nonWork: isNonWorkIntro(h.title), done: isDoneSection(h.title), dropped: isDroppedSection(h.title), doing: isDoingSection(h.title), optional: isOptionalSection(h.title),
    });
    this.anchor = item !== null ? { item, indent: -1, head: true } : null;
  }

  private onOrgMeta(text: string, no: number): void {
    const title = /^#\+title:\s*(.+)$/i.exec(text);
    if (title) return this.pushSection(0, title[1]!);
    const target = this.anchor?.item ?? null;
    if (target === null) return;
    readOrgMeta(this.drafts[target]!, text, no);
  }
}
