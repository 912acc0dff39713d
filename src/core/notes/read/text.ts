// Plain text lines: titles in runs, bookmark pairs, labels, day and time-slot schedules, progress
// and fields of the item above, chains ("A → B → C"), and prose that is no item.
import { introducesDoneList, classifyKind, isPhraseLike, isDoingSection, isDoneSection, isProse, isStatement, isWorkIntro, kindOfLinks, sectionKind, startsWithActionVerb, wordCount } from '../classify.js';
import { NOTE_USAGE_RE, isTemplateBlank } from '../bullets.js';
import { round2 } from '../entry.js';
import { cleanTitle, plainText, readInline } from '../inline.js';
import { findBareFraction, findEstimate, findProgress } from '../phrases.js';
import { type ScannedLine } from '../scan.js';
import type { Kind } from '../../model/types.js';
import { DATE_TITLE_RE, ENTRY_FIELD_RE, PLANNING_LINE_RE, META_FIELD_RE, DAY_ENTRY_RE, SLOT_ENTRY_RE, CLOCK_RANGE_RE, DAY_OFF_RE, clockHours, timeUnitWord, CLOCK_ALONE_RE, QUOTE_RE, CALLOUT_RE, LEGEND_RE, GENERIC_LINK_ONLY_RE, GENERIC_LINK_NAME_RE, IN_PAGE_LINKS_RE, LINK_DEFINITION_RE, OUTPUT_FIELD_RE, CHAIN_SPLIT_RE, isUrlLine, SHORTCODE_END_RE, PICTURES_ONLY_RE, CODE_LINE_RE, mayBeCode, isTimeBudgetLine, MONTH_DAY_WEEKDAY_RE, UPDATED_STAMP_RE, DATE_SPAN_RE, DURATION_ALONE_RE } from '../line-patterns.js';
import { CHAIN_ARROW_RE, KEY_VALUE_RE, RANKED_HEADING_RE, isCapsHeading, marksStatusWithDash, unItalicField, withoutProgress } from '../line-rules.js';
import { Walker, statusSaidFirst } from './walker.js';
import { COLLECTION_NAME_RE, headingItem, headingRated, headingStatus, isStatusName } from './headings.js';
import { boxRow } from './lists.js';
import { labelsLink, titledTopic } from './precompute.js';
import { codeAt } from '../chars.js';

/**
 * Whether the line at `i` is one of a run of three or more short names right under an entry
 * (indented past its marker, no blank line between, no marker of their own): names, not the
 * entry's wrapped words, which run on as sentences ("…を見ながら書く。") or fields.
 */
function namesUnder(w: Walker, i: number, indent: number): boolean {
  const known = RUNS.get(w)?.get(i);
  if (known !== undefined) return known;
  if (!isName(w, i)) return false;
  const under = (k: number): boolean => w.lines[k]?.shape.t === 'text' && w.lines[k].indent > indent;
  let from = i;
  while (from > 0 && under(from - 1)) from--;
  let to = i;
  while (under(to + 1)) to++;
  const names: number[] = [];
  for (let k = from; k <= to; k++) if (isName(w, k)) names.push(k);
  // (Most of the run: a remark among them, "わからん　螺旋本読む", is one line; a paragraph is not a list.)
  const list = names.length >= 3 && names.length * 3 >= (to - from + 1) * 2;
  // (The answer holds for every name of the run: each is asked once, not the run again for each.)
  let run = RUNS.get(w);
  if (!run) RUNS.set(w, run = new Map<number, boolean>());
  for (const k of names) run.set(k, list);
  return list;
}
const RUNS = new WeakMap<Walker, Map<number, boolean>>();

function isName(w: Walker, k: number): boolean {
  const ln = w.lines[k]!;
  if (ln.shape.t !== 'text') return false;
  const t = (w.plainCache[k] ?? plainText(ln.shape.text)).trim();
  return t.length <= 40 && !/[:：.。!?！？]\s*$/.test(t) && !t.includes('://') && isPhraseLike(t) && !isStatement(t) && wordCount(t) <= 5;
}

/** A line led by the word to-do itself, emphasised or not: "TODO:", "*TODO*:", "To do:". */
const TODO_LEAD_RE = /^[*_]{0,2}to-?\s?do[*_]{0,2}\s*[:：]/i;

/** A link alone on its line after an icon: "🔗 [Bei Amazon ansehen](https://…)". */
const ICON_LINK_ALONE_RE = /^[^\p{L}\p{N}[]+\[[^\]]+\]\(https?:\/\/[^)\s]+\)\s*$/u;

export function onText(w: Walker, ln: ScannedLine, text: string, i: number, blankBefore: number): void {
  // "_Next review: 24/11/2025_", "*Created by: …*": a field set in italics is that field.
  text = unItalicField(text);
  // ":LOGBOOK:", "CLOCK: [2022-05-14 Sat 09:12:37]", ":END:" as Logseq writes them in markdown: the
  // drawer of the entry above (its clocked time), never a label or an entry of its own.
  if ((codeAt(text, 0) === 58 || codeAt(text, 0) === 67 || codeAt(text, 0) === 83 || codeAt(text, 0) === 68) && PLANNING_LINE_RE.test(text)) {
    const entry = w.list.findLast((l) => l.item !== null && l.indent < ln.indent);
    const owner = entry?.item ?? w.anchor?.item ?? null;
    if (owner !== null && owner !== undefined && w.attachLine(owner, text, ln.no)) return;
    w.note(ln.no, 'skipped', 'a line of a logbook or a planning line, not an entry');
    return;
  }
  // "----------CURRENT----------", "===== 2024 =====": a plain-text note's heading, between rules.
  if ((codeAt(text, 0) === 45 || codeAt(text, 0) === 61 || codeAt(text, 0) === 42) && BANNER_RE.test(text)) {
    const title = BANNER_RE.exec(text)![2]!;
    w.pushSection(1, title);
    w.note(ln.no, 'section', `a heading between rules: the section "${title}"`);
    return;
  }
  // "-- Book", "--Course" over the lines they name, as plain-text notes set a heading: the section.
  if (codeAt(text, 0) === 45 && codeAt(text, 1) === 45 && DASHED_LABEL_RE.test(text) && w.lines[i + 1]?.shape.t === 'text') {
    const title = DASHED_LABEL_RE.exec(text)![1]!;
    w.pushSection(1, title);
    w.note(ln.no, 'section', `a label after two dashes: the section "${title}"`);
    return;
  }
  // "[記錄遇到的問題及解決方法]", "[Write what you learned here]": a template's blank, in brackets, to fill in.
  if (codeAt(text, 0) === 91 /* [ */ && BRACKETED_BLANK_RE.test(text)) {
    w.note(ln.no, 'skipped', "a template's blank in brackets, to fill in");
    return;
  }
  // "Use this planner to pick goals and log how it went": how to use the note itself, not work.
  if (NOTE_USAGE_RE.test(text)) {
    w.note(ln.no, 'skipped', 'an instruction about the note itself, not an entry');
    return;
  }
  // "<2019-04-13 六 20:40> done lecture 9" under an org headline: a dated note in its log, not an entry.
  if (w.org && (codeAt(text, 0) === 60 || codeAt(text, 0) === 91) && w.anchor?.head && ORG_STAMP_LEAD_RE.test(text)) {
    const d = w.drafts[w.anchor.item]!;
    d.source.endLine = Math.max(d.source.endLine, ln.no);
    w.note(ln.no, 'part', `a dated note in the log of the item on line ${d.source.line}`, d.source.line);
    return;
  }
  // "[ams]: https://…", "[^note]: by Daniel Kahneman": a link's or a footnote's definition.
  if (codeAt(text, 0) === 91 /* [ */ && LINK_DEFINITION_RE.test(text)) {
    w.note(ln.no, 'skipped', 'the definition of a reference link or a footnote');
    return;
  }
  // "![[Pasted image 2022.png]]", "![diagram](img.png)" on their own: a picture in the notes.
  if ((codeAt(text, 0) === 33 || codeAt(text, 0) === 60) && PICTURES_ONLY_RE.test(text)) {
    w.note(ln.no, 'skipped', 'an image alone: a picture in the notes, not an entry');
    return;
  }
  // "14 (수)" over "자료형": a schedule's date for the line under it, not an entry.
  if ((text.includes('(') || text.includes('（')) && MONTH_DAY_WEEKDAY_RE.test(text)) {
    w.note(ln.no, 'skipped', 'a day and its weekday: a date, not an entry');
    w.dayDates = true;
    return;
  }
  // "logic [7:0] mem[1024];   // 1024-entry memory": a line of code in the notes.
  if (mayBeCode(text) && CODE_LINE_RE.test(text)) {
    w.note(ln.no, 'skipped', 'a line of code, not an entry');
    return;
  }
  // "Setup      [✔️] [✔️] [ ]": a unit and a box per lesson; a row of boxes alone continues the one above.
  if (text.includes('[') && text.includes(']')) {
    if (boxRow(w, ln, text)) return;
  }
  // "|-- 01 Introduction", "`-- Exercise Files", "└── src": a folder tree as `tree` prints it.
  if ((codeAt(text, 0) === 96 || codeAt(text, 0) === 124 || codeAt(text, 0) === 0x2514 || codeAt(text, 0) === 0x251c) && /^[`|└├│]\s?(?:--|──)\s/.test(text)) {
    w.note(ln.no, 'skipped', 'a line of a folder tree');
    return;
  }
  if (LEGEND_RE.test(text) || marksStatusWithDash(text)) {
    w.note(ln.no, 'skipped', 'a legend: what a mark means ("✅ = finished"), not an entry');
    w.legendSeen = true;
    return;
  }
  // ":::message", ":::tip", "::: details …", ":::": a container's fence (Zenn, VuePress,
  // Docusaurus), markup; what it holds is a remark to the reader, not work.
  if (codeAt(text, 0) === 58 && /^:{3,}\s*[\w-]*/.test(text)) {
    const open = /^:{3,}\s*\S/.test(text);
    w.note(ln.no, 'skipped', 'a container\'s fence (":::note")');
    if (open) { w.pushLabel(text.replace(/^:+\s*/, ''), ln.indent, false, text); w.labels[w.labels.length - 1]!.nonWork = true; }
    else w.endLabels();
    return;
  }
  // "collapsed:: true", "id:: 64a1…" under an outliner's block: the block's property, markup.
  if (text.includes(':: ') && /^[\w-]+::\s+\S*$/.test(text.trim()) && i > 0 && w.lines[i - 1]!.shape.t !== 'blank') {
    // ("status:: reading", "progress:: 3/12" under a "- TODO Read …" block: the block's own
    // word on where it stands, later than its keyword.)
    const top = w.list[w.list.length - 1];
    if (top?.item != null && ln.indent > top.indent && /^\s*(?:status|state|progress)::/i.test(text)) {
      const d = w.drafts[top.item]!;
      const was = d.status;
      const explicit = d.explicitStatus;
      // (Over the block's TODO, which Logseq writes on every task: not over a DONE.)
      if (explicit && was === 'todo') d.explicitStatus = false;
      const taken = w.attach(top.item, text.trim().replace('::', ':'), ln.no);
      d.explicitStatus = explicit;
      if (taken) return;
      d.status = was;
    }
    w.note(ln.no, 'skipped', 'a block property ("collapsed:: true")');
    return;
  }
  // "**🎯 FOCO PRINCIPAL**: [Objetivo principal da semana]": a template's line left to fill.
  if ((text.includes('[') || text.includes(':') || text.includes('：')) && isTemplateBlank(text)) {
    w.note(ln.no, 'skipped', 'a template\'s blank ("Goal: [your goal]"), nothing named');
    return;
  }
  // "※気が向いたら更新します": a line opened by the reference mark is a remark.
  if (codeAt(text, 0) === 0x203b) {
    w.note(ln.no, 'skipped', 'a remark ("※ …")');
    return;
  }
  const plain = w.plainCache[i] ?? plainText(text);
  // A new paragraph at the column of a plain-line item, or left of it, is no more of that item:
  // what is indented under it belongs to it ("Plan" … blank … "Python" over its bullets).
  if (w.anchor && !w.anchor.head && blankBefore > 0 && ln.indent <= w.anchor.indent) w.anchor = null;
  // Lines under an item (indented, or straight after it) are its continuation.
  if (w.anchor && (ln.indent > w.anchor.indent || (w.anchor.head && blankBefore === 0)) && w.attach(w.anchor.item, text, ln.no, plain)) return;
  // "🔗 [Bei Amazon ansehen](https://…)" a paragraph or two under a heading that is an item: a link
  // alone after an icon is that item's, as it would be without the icon.
  const own = w.sections[w.sections.length - 1];
  if (own?.item != null && codeAt(text, 0) > 0x2000 && ICON_LINK_ALONE_RE.test(text) && w.attach(own.item, text.replace(/^[^\p{L}\p{N}[]+/u, ''), ln.no)) return;
  const top = w.list[w.list.length - 1];
  // A line indented to an entry's words belongs to it, also after one blank line
  // ("4. MIT 6.824:" … blank … "   Lec 1 done out of 20").
  const inEntry = top !== undefined && (blankBefore === 0 ? ln.indent > top.indent : blankBefore === 1 && top.content !== undefined && top.content > top.indent && ln.indent >= top.content);
  if (top?.item != null && inEntry) {
    // "・Write the data structures in Go" over "  Arrays  done", "  Trie", "  Ring buffer  done": a
    // run of short names under an entry, a name a line with no marker, is a list of its parts.
    if (blankBefore === 0 && namesUnder(w, i, top.indent)) {
      w.addItem(w.entry(text, ln.no, null), top.item);
      return;
    }
    if (w.attach(top.item, text, ln.no, plain)) return;
    if (/\?\s*$/.test(plain) && isPhraseLike(plain.replace(/\?\s*$/, '')) === true) {
      const d = w.entry(text, ln.no, null);
      d.kind = 'question';
      w.addItem(d, top.item);
    }
    return; // a wrapped continuation of the entry
  }
  // "- [Build a Modern Computer Part I](…)", a blank line, "Finished on 28th of February 2022, …":
  // the paragraph after the entry says where it stands.
  if (top?.item != null && blankBefore === 1 && ln.indent <= top.indent && w.lines[i - 2]?.shape.t === 'list' && w.statusAfter(top.item, text, ln.no)) {
    w.list = [];
    return;
  }
  if (ln.indent < (top?.indent ?? 0) + 1 || blankBefore > 0) w.list = [];

  if (w.fence) {
    // In a layout fence only labels ("Morning (3 hours):") matter, and a progress bar drawn
    // there for its heading ("### Go" over "🟦🟨🟨 1/14 días (7%)").
    if (/[:：]\s*(?:\*\*|__)?\s*$/.test(text) && wordCount(plain) <= 8) w.pushLabel(cleanTitle(plain), ln.indent, false, text);
    else if (/\d/.test(text)) headingStatus(w, text, ln.no);
    return;
  }
  // Under "### [Clean Code](…)" among the note's books: words about it (its publisher, a line
  // on what it is), its links its own; not entries of their own.
  const about = w.sections[w.sections.length - 1];
  if (about?.about && about.item !== null && w.drafts.length === about.item + 1) {
    if (w.attach(about.item, text, ln.no)) return;
    // ("技術評論社（2022年4月30日発売） / [Amazon](…)": where to get it is its link too.)
    const d = w.drafts[about.item]!;
    if (text.includes('](') || text.includes('://')) for (const l of readInline(text).links) if (!d.links.includes(l)) d.links.push(l);
    w.note(ln.no, 'part', `words about the item on line ${d.source.line} above`, d.source.line);
    return;
  }

  // "> [!todo] This week", "> [!note] Currently reading": the callout's title labels its lines.
  const callout = codeAt(text, 0) === 91 /* [ */ && QUOTE_RE.test(ln.text) ? CALLOUT_RE.exec(text) : null;
  if (callout) {
    const title = callout[2] || callout[1]!.charAt(0).toUpperCase() + callout[1]!.slice(1);
    w.pushLabel(cleanTitle(title), ln.indent, false, text);
    w.labels[w.labels.length - 1]!.callout = true;
    return;
  }
  // "10:00AM" over "Traversing the AST": a time of day and its activity, one entry.
  if (CLOCK_ALONE_RE.test(plain) && w.lines[i + 1]?.shape.t === 'text') {
    w.clockLine = i;
    return;
  }
  if (w.clockLine === i - 1 && w.clockLine >= 0 && isPhraseLike(plain) && !(w.labels[w.labels.length - 1]?.nonWork) && w.contextScore() >= 0) {
    const idx = w.addItem(w.entry(text, ln.no, null), null);
    w.anchor = { item: idx, indent: ln.indent, head: false };
    return;
  }
  if (w.bookmark[i]) {
    const idx = w.addItem(w.entry(text, ln.no, null), null);
    const next = w.lines[i + 1]!;
    w.attach(idx, next.text.trim(), next.no);
    w.anchor = { item: idx, indent: ln.indent, head: false };
    return;
  }
  if (i > 0 && w.bookmark[i - 1]) return; // the URL of the title above, already attached
  // "即将开课的班次：10月 10 — 11月 21。" under "Research Methods for UX", "progress: Lec. 05" under a
  // name and its links: the name's field, not an entry.
  if (w.namedField[i] && w.anchor !== null) {
    if (!w.entryField(w.anchor.item, text, ln.no)) w.note(ln.no, 'part', `a field of the item on line ${w.lines[i - 1]!.no} above`, w.lines[i - 1]!.no);
    return;
  }
  // "https://www.udemy.com/course/…/learn/" alone on its line, under a label ("Paid", "Book:") or
  // among links like it: a link dump's entry, when the link is to a course, a video, a book.
  if (text.includes('://') && headingOwnsLink(w, ln, i)) return;
  if (text.includes('://') && linkDumpEntry(w, ln, i)) {
    const idx = w.addItem(w.entry(text, ln.no, null), null);
    w.anchor = { item: idx, indent: ln.indent, head: false };
    return;
  }
  // "@[card](https://…)", "{% embed url="https://…" %}": a page embedded as a card, alone on
  // its line — a resource of the note (a reading log's book, a video), named by its address.
  if ((codeAt(text, 0) === 64 || codeAt(text, 0) === 123) && EMBED_RE.test(text.trim()) && blankBefore > 0
    && !w.sections.some((s) => s.nonWork) && !w.labels.some((l) => l.nonWork)) {
    const m = EMBED_RE.exec(text.trim())!;
    const url = (m[1] ?? m[2])!;
    const d = w.entry(url, ln.no, null);
    w.note(ln.no, 'item', 'an embedded page ("@[card](…)"), alone on its line');
    const idx = w.addItem(d, null);
    w.anchor = { item: idx, indent: ln.indent, head: false };
    return;
  }
  // "[Designing Data-Intensive Applications | Hacker News](…)" alone on its line, among lines
  // like it: a pasted link list's entry, titled by its link's words.
  if (codeAt(text, 0) === 91 /* [ */ && linkLineEntry(w, ln, i)) {
    const d = w.entry(text, ln.no, null);
    // (Its kind is its own — its site's, its words' — not a label's above the pasted run.)
    if (w.kindHint() !== null) d.kind = classifyKind(d.title, d.links, null, null, 'article');
    const idx = w.addItem(d, null);
    w.anchor = { item: idx, indent: ln.indent, head: false };
    return;
  }
  // "[Official webpage](…)", "[Course URL](…)" on its own: a reference, not an entry.
  if (text.includes('](') && GENERIC_LINK_ONLY_RE.test(text.trim())) {
    w.note(ln.no, 'skipped', 'a link to a reference page (its words only say what the link is)');
    return;
  }
  if (text.includes('](#') && IN_PAGE_LINKS_RE.test(text)) {
    w.note(ln.no, 'skipped', 'links to places in this page, a table of contents');
    return;
  }
  if (headingStatus(w, text, ln.no) || headingRated(w, text, ln.no)) return;
  // A path stands on its own line, not at the end of a wrapped paragraph ("… just → intuition.").
  const prev = w.lines[i - 1];
  if ((blankBefore > 0 || prev?.shape.t !== 'text' || CHAIN_ARROW_RE.test(prev.text)) && chain(w, text, ln.no, null)) return;
  // "DONE: Git basics", "todo: set up a homelab": an entry with its status in front.
  const said = statusSaidFirst(text);
  // "In this section you'll find the courses I have completed:" just over a list (a blank line
  // between or none): a label of finished things, however long the sentence.
  if (!said && listFollows(w, i) && introducesDoneList(plain)) {
    w.pushDoneLabel(cleanTitle(plain.replace(/[:：.]\s*$/, '')), ln.indent, false, text);
    return;
  }
  // (After a to-do word, a long line is still the thing to do: "*TODO*: turn this page into a small web app like … that can: …".)
  if (said && !(w.labels[w.labels.length - 1]?.nonWork) && (isPhraseLike(plainText(said.rest)) || (said.status === 'todo' && TODO_LEAD_RE.test(text) && wordCount(plainText(said.rest)) <= 40))) {
    const d = w.entry(said.rest, ln.no, null, said.status);
    const idx = w.addItem(d, null);
    w.anchor = { item: idx, indent: ln.indent, head: false };
    return;
  }
  const bold = /^(?:\*\*|__)(.+?)(?:\*\*|__)[:：]?\s*$/.exec(text.trim());
  // (Not a day's number a word is written against: "Day 9부터 매일 모의 1세트 추가", from day 9 on, a remark.)
  const ranked = gluedNumber(plain, RANKED_HEADING_RE.exec(plain));
  const endsColon = /[:：]\s*(?:\*\*|__)?\s*$/.test(text) && !SHORTCODE_END_RE.test(text);

  // A line in capitals ("STUDY PLAN 2026", "TODO" on its own) is a heading.
  // (Not a record among records: "GRID VOL 02 | GRID | https://…" under "Pipe Dreams Issue 14 | …".)
  if (w.recordSep[i] === undefined && isCapsHeading(plain, w.lines[i + 1]?.shape.t !== 'text')) {
    w.pushSection(7, plain.replace(/[:：]\s*$/, ''));
    return;
  }
  // "Thu 19:00-21:00 — system design mock", "Fri – 1.5h Go talk": a day's one activity, on its own line.
  if (ranked?.[3] && !bold && !endsColon && (dayEntry(w, plain, ln, i) || numberedDayEntry(w, plain, ln, i))) return;
  // "Session A (2h): Airflow concepts": a slot's one activity, with nothing under it.
  if (ranked?.[4] && !bold && !endsColon && slotEntry(w, plain, ln, i)) return;
  // "Week 1: Linear regression ✔" among lines like it, nothing under any: a syllabus, each line a unit of work.
  if ((ranked?.[1] || ranked?.[2]) && !bold && !endsColon && unitEntry(w, plain, ln, i, ranked[1] ? 1 : 2)) return;
  // Heading-like lines: "Week 1: …", "Monday (7 hours): …" become sections.
  if (ranked && wordCount(plain) <= 12 && !isProse(plain) && (endsColon || bold || /\d/.test(ranked[0]) || /\(\s*\d/.test(plain))) {
    const rank = ranked[1] ? 1 : ranked[2] ? 2 : ranked[3] ? 3 : 4;
    if (rank === 4 || (endsColon && !/[:：]\s*\S/.test(plain.replace(/[:：]\s*$/, '')) && rank >= 3)) {
      w.pushLabel(cleanTitle(plain.replace(/[:：]\s*$/, '')), ln.indent, false, text);
    } else {
      w.pushSection(7 + rank, plain.replace(/[:：]\s*$/, ''));
    }
    return;
  }
  if (endsColon && wordCount(plain) <= 40 && !KEY_VALUE_RE.test(plain.replace(/[:：]\s*$/, '')) || endsColon && wordCount(plain) <= 6) {
    const said = plain.replace(/[:：]\s*$/, '');
    w.pushLabel(cleanTitle(said), ln.indent, false, text);
    // "Books I would like to reread/read" over "All-time favorites:": the line above in its
    // paragraph names what the label's entries are, when the label does not.
    const above = w.lines[i - 1];
    if (w.labels[w.labels.length - 1]!.kind === null && above?.shape.t === 'text' && wordCount(w.plainCache[i - 1] ?? '') <= 8 && !/[.!?:：]\s*$/.test(above.shape.text)) {
      const kind = sectionKind(w.plainCache[i - 1] ?? plainText(above.shape.text));
      if (kind === 'book' || kind === 'course' || kind === 'video' || kind === 'paper' || kind === 'article' || kind === 'project') w.labels[w.labels.length - 1]!.kind = kind;
    }
    // "AWS is the wager for a few reasons:", "I have ops experience. That carries over. The
    // models match:": a statement, or sentences, over the points that bear it out, not work
    // (unless it says it announces work: "This week I will build:").
    // (Said of the person, "this is what I'm working on:", or with a status or kind, it lists work.)
    const label = w.labels[w.labels.length - 1]!;
    // (Under a heading that holds no work, "## Tecnologias Utilizadas", a sentence over a list,
    // "O projeto usa ferramentas atuais…", is about it too, whatever kind a word of it names.)
    const aboutNonWork = w.sections[w.sections.length - 1]?.nonWork === true && wordCount(said) >= 5;
    if ((aboutNonWork || ((isStatement(said) || /[.!?]\s+\p{Lu}/u.test(said)) && !FIRST_PERSON_WORD_RE.test(said) && !label.kind)) && !isWorkIntro(said)
      && !label.done && !label.doing && !label.dropped && !label.planned && !isDoingSection(said)) label.nonWork = true;
    return;
  }
  if (bold) {
    const inner = bold[1]!;
    if (/\b(?:lecture|lesson|chapter|module|part|episode|unit|session|talk)\s*#?\d+/i.test(inner) && wordCount(inner) <= 20) {
      const d = w.entry(inner, ln.no, null);
      const idx = w.addItem(d, null);
      w.anchor = { item: idx, indent: ln.indent, head: true };
      return;
    }
    if (wordCount(inner) <= 10 && !isProse(inner)) {
      w.pushSection(7, inner);
      return;
    }
    return;
  }
  // "**Deliverable:** a URL shortener", "Milestone: pass a mock interview": an output of the plan.
  const output = OUTPUT_FIELD_RE.exec(text.trim());
  // ("**Checkpoint:** By end of Month 3, I should have … Terraform. My ops background should …":
  // a longer one is named by its first sentence.)
  const first = output && wordCount(output[2]!) > 20 ? output[2]!.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]! : null;
  if (output && (first === null || wordCount(first) <= 25) && !(w.labels[w.labels.length - 1]?.nonWork)) {
    const idx = w.addItem(w.entry(first === null ? text : text.slice(0, text.indexOf(output[2]!)) + first, ln.no, null), null);
    w.anchor = { item: idx, indent: ln.indent, head: false };
    return;
  }
  // "**Link(s) to work**: [commit](…)" a few lines under a day's record of work done: where that work is.
  const linksField = text.includes('](') || text.includes('://') ? LINKS_FIELD_RE.exec(text.trim()) : null;
  if (linksField && attachLinksField(w, linksField[1]!, i, ln.no)) return;
  // "Currently reading: Dune", "Up next: Snow Crash", "当前学习进度： 变量声明已完结", "下一个学习进度： 常量":
  // a paragraph of one field that says where the person is and names the work there.
  // "**Book:** [How to Design Programs](…)", "**Video Lecture:** [CS 61A](…)": a paragraph of one
  // field whose name is a kind of thing to learn from and whose value names one.
  if ((text.includes(':') || text.includes('：')) && (blankBefore > 0 || i === 0 || w.lines[i - 1]!.shape.t !== 'text') && w.lines[i + 1]?.shape.t !== 'text') {
    const below = w.lines[i + 1]?.shape.t === 'blank' ? w.lines[i + 2] : w.lines[i + 1];
    if (placeField(w, text, ln, below) || resourceField(w, text, ln, below)) return;
  }
  // "Key: value" lines ("**Time Investment**: 35 hours/week") are metadata, as are a plan's
  // own fields in plain words ("Start Date: March 02, 2021", "Duration: 2 weeks").
  if (/^(?:\*\*|__)/.test(text.trim()) && KEY_VALUE_RE.test(text.trim())) {
    // "**Today's Progress**: Patched the CLI in Go …": a day's record of what was done, its value the work done.
    const kv = KEY_VALUE_RE.exec(text.trim())!;
    if (isDoneSection(kv[1]!) && !(w.labels[w.labels.length - 1]?.nonWork) && /\p{L}{2}/u.test(kv[2]!) && wordCount(plainText(kv[2]!)) >= 2) {
      // (Its first sentence names it; the rest tells how it went. A day's work is a task, whatever course it was for.)
      const first = kv[2]!.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!;
      const d = w.entry(first, ln.no, null, 'done');
      d.kind = 'task';
      const idx = w.addItem(d, null);
      w.anchor = { item: idx, indent: ln.indent, head: false };
    }
    return;
  }
  if ((META_FIELD_RE.test(text.trim()) || ENTRY_FIELD_RE.test(text.trim())) && !OUTPUT_FIELD_RE.test(text.trim()) && KEY_VALUE_RE.test(plain)) {
    w.note(ln.no, 'skipped', 'a field of the plan ("Start date:", "Duration:", "Goal:"), not an entry');
    return;
  }

  // "Updated November 2026.", "As of 2026-11-30": when the note was written, not work.
  if (UPDATED_STAMP_RE.test(plain)) {
    w.note(ln.no, 'skipped', 'when the note was last updated ("Updated November 2026"), not an entry');
    return;
  }
  // "Ownership: 6", "Structs: 14", "Enums and Matching: 9" under "Remaining sections in Rust Book:":
  // a run of names, each with a count of its own, is a list of those things (a count says how
  // much of each, not a figure about the plan, whose names say what they measure).
  if (METRIC_LINE_RE.test(plain) && countedNames(w, i)) {
    const d = w.entry(text.replace(COUNT_END_RE, ''), ln.no, null);
    w.addItem(d, null);
    return;
  }
  // "Courses Completed: 0", "Total Points earned: 2,615", "Week progress: 15%": a figure about the plan.
  if (METRIC_LINE_RE.test(plain)) {
    w.note(ln.no, 'skipped', 'a figure about the plan ("Total points: 2,615"), not an entry');
    return;
  }
  // "⏱️ Weekly Time Commitment" alone over a list at its own column, after a blank line or a
  // rule: the list's title, as a heading would be (an entry's own steps are indented under it).
  const below = w.lines[i + 1];
  // (Not a wrapped line of the entry above it: after a blank line, a heading or a rule.)
  const above = i > 0 ? w.lines[i - 1]!.shape.t : 'blank';
  // (Or right under a label with nothing under it yet, "To read" over "Networking" over its books: a label within it.)
  // (Or right after the list of a label like it, at its column: "Go" after the books under "Networking".)
  const topLabel = w.labels[w.labels.length - 1];
  const underLabel = (above === 'text' && w.labelLine === ln.no - 1 && topLabel?.itemsSeen === 0)
    || (above === 'list' && topLabel !== undefined && !topLabel.fromList && topLabel.itemsSeen > 0 && topLabel.indent === ln.indent && w.labelLine > 0 && w.lines[w.labelLine - 1]?.shape.t === 'text');
  // ("**Lesson 3** (*Lect 3*) – 27.02.2021", a blank line, then its list: a line in bold written as a heading is.)
  let over = below;
  if (below?.shape.t === 'blank' && (text.startsWith('**') || text.startsWith('__')) && (blankBefore > 0 || above === 'blank' || above === 'heading' || above === 'hr')) {
    let k = i + 1;
    while (w.lines[k]?.shape.t === 'blank') k++;
    if (w.lines[k]?.shape.t === 'list') over = w.lines[k];
  }
  if (over?.shape.t === 'list' && over.indent <= ln.indent && (blankBefore > 0 || above === 'blank' || above === 'heading' || above === 'hr' || above === 'orgHeadline' || underLabel)
    && wordCount(plain) <= 8 && !/[.!?,;]\s*$/.test(plain) && !isProse(plain) && w.contextScore() >= 0 && !findProgress(plain) && !(plain.includes('/') && findBareFraction(plain))) {
    w.pushLabel(cleanTitle(plain), ln.indent, false, text);
    return;
  }
  // "Math" over indented lines that are entries ("  OSTEP - done"): an outline's heading.
  const heads = w.lines[i + 1]?.shape.t === 'text' ? headsOutline(w, i, plain) : null;
  if (heads === 'label') {
    w.pushLabel(cleanTitle(plain), ln.indent, false, text);
    return;
  }
  // "MIT 6.824" over "  Lec 1 done out of 20" and its link: an item with its own lines.
  if (heads === 'item' && w.contextScore() >= 0) {
    const idx = w.addItem(w.entry(text, ln.no, null), null);
    w.anchor = { item: idx, indent: ln.indent, head: false };
    return;
  }
  // "33 hours/week x 6 weeks = 198 total hours": the time the person has, not an entry.
  const unitWord = timeUnitWord(text);
  if ((unitWord && findEstimate(text)?.rate) || isTimeBudgetLine(text, unitWord)) return;
  // "⏲️0.5 day" under "##### Review GCP": how long the part takes, no entry.
  if (DURATION_ALONE_RE.test(text)) return;
  let label = w.labels[w.labels.length - 1];
  // A text label's list is one paragraph: a new paragraph after its entries ends it.
  if (label && !label.fromList && blankBefore > 0 && label.itemsSeen > 0 && !label.callout) {
    w.labels.pop();
    label = w.labels[w.labels.length - 1];
  }
  // Whether the line reads as an entry: asked only where it matters (it costs a progress search).
  let phraseMemo: boolean | null = null;
  // ("The format is (Exercise-Chapter-Question)": a statement explains the list, it is no entry.)
  const phrase = (): boolean => (phraseMemo ??= (isPhraseLike(withoutProgress(plain)) || titledTopic(plain) || citedWork(plain)) && !isStatement(plain));
  // A category line ("Essential Books", "Courses I want to do") before a line list.
  const alone = w.lines[i - 1]?.shape.t !== 'text' && w.lines[i + 1]?.shape.t === 'blank' && (w.paragraphPhrase[i + 2] === true || w.bookmark[i + 2] === true);
  // (Not a work and its author, "The Midnight Library - Matt Haig", whatever word of a kind its title holds.)
  if (!label && (w.paragraphPhrase[i] || alone) && w.datedLog[i] === undefined && w.lines[i - 1]?.shape.t !== 'text' && sectionKind(plain) && wordCount(plain) <= 5 && !TITLE_BY_AUTHOR_RE.test(plain)) {
    w.pushLabel(cleanTitle(plain), ln.indent, false, text);
    return;
  }
  // "(Mostly conference keynotes :))" under "Talks to rewatch:": a line wholly in brackets is an aside on the list.
  if (codeAt(plain, 0) === 40 /* ( */ && /^\([^()]*(?:\([^()]*\)[^()]*)*\)\W*$/.test(plain.trim())) return;
  // "3 sep 2027" over the lines of that day's work: the day, no entry.
  if (w.dayAlone.has(i)) {
    w.note(ln.no, 'skipped', 'a day alone on its line, over the lines of what was done that day');
    return;
  }
  // Under "#### 2022/3/6", a diary's day: its paragraphs tell how the day went, the day's log,
  // not entries (its boxes and lists still are; a report's period, "Week 1 (2024.7.7-…)", is read above).
  if (w.periodSubject[i] === undefined && w.datedLog[i] === undefined && diaryDay(w)) {
    w.note(ln.no, 'skipped', 'a paragraph under a day\'s heading: the diary of that day, not an entry');
    return;
  }
  let isItem = false;
  // Under "Course Information", "Notes", "About": the plain lines are facts, not work.
  if (w.sections.length && w.sections[w.sections.length - 1]!.nonWork && w.sections[w.sections.length - 1]!.item === null) return;
  // (In a note about one resource, or in lecture notes, a label's lines are notes on it, unless the label says they are work.)
  if (label && !label.nonWork && ((w.noteItem === null && !w.contentNote) || label.work || label.kind !== null) && (blankBefore === 0 || label.itemsSeen === 0) && phrase()) isItem = true;
  else if (w.paragraphPhrase[i] && !(label?.nonWork) && w.noteItem === null) isItem = true;
  // "Atomic Habits - James Clear" alone in its paragraph, in a reading log (its section, or a file named "books"): a book and its author.
  else if ((blankBefore > 0 || w.lines[i - 1]?.shape.t !== 'text') && w.lines[i + 1]?.shape.t !== 'text' && !(label?.nonWork) && w.noteItem === null
    && TITLE_BY_AUTHOR_RE.test(plain) && wordCount(plain) <= 16 && (w.kindHint() ?? w.fileHintHere()) === 'book') isItem = true;
  else if (w.siblingTopic[i] && !(label?.nonWork) && w.noteItem === null && w.contextScore() >= 0) isItem = true;
  else if (blankBefore > 0 || w.lines[i - 1]?.shape.t !== 'text') {
    // Alone in its paragraph, or followed only by a label ("Deliverables:") that starts a list.
    const next = w.lines[i + 1];
    const alone = next?.shape.t !== 'text' || (/[:：]\s*(?:\*\*|__)?\s*$/.test(next.shape.text) && wordCount(next.shape.text) <= 4);
    if (alone && startsWithActionVerb(plain) && wordCount(plain) <= 14 && w.contextScore() >= 0 && phrase()) isItem = true;
  }
  // "NeetCode 150: 37/150" on its own: a name and how far along it is.
  if (!isItem && plain.includes('/') && !(label?.nonWork) && w.contextScore() >= 0) {
    const f = findBareFraction(plain);
    if (f && isPhraseLike(plain.slice(0, f.index))) isItem = true;
  }
  if (!isItem) {
    listIntro(w, plain);
    return;
  }
  // A subject a report kept by period names again: its first line is the item, under way; the later ones are its log.
  const subject = w.periodSubject[i];
  if (subject !== undefined) {
    if (subject.first !== i) {
      w.note(ln.no, 'part', `a later period's work on "${subject.name}", the item on line ${w.lines[subject.first]!.no}`, w.lines[subject.first]!.no);
      return;
    }
    const d = w.entry(subject.name, ln.no, null, 'doing');
    if (subject.progress && !d.progress) d.progress = { done: subject.progress.done, total: null, unit: subject.progress.unit };
    const idx = w.addItem(d, null);
    w.anchor = { item: idx, indent: ln.indent, head: false };
    return;
  }
  // ("Pipe Dreams Issue 12 | Pipe Club | https://…/Issue.12.pdf": a record's first part names it,
  // the parts that link are its links; "…; 2016/9/1 - 2016/9/28", "…; 2015/7 - TBD": a part that
  // is when it was begun and ended says it was finished, or is under way.)
  const sep = w.recordSep[i];
  const cells = sep !== undefined ? text.split(sep) : null;
  const span = cells ? spanStatus(cells) : null;
  const d = w.entry(cells ? cells.filter((c, k) => k === 0 || c.includes('://')).join(' ') : text, ln.no, null, w.datedLog[i] ? 'done' : span);
  // (A dated log's line is the day's work: a task, whatever its words.)
  if (w.datedLog[i] !== undefined && d.kind === 'topic') d.kind = 'task';
  const idx = w.addItem(d, null);
  w.anchor = { item: idx, indent: ln.indent, head: false };
}

/**
 * What a short line is to the deeper-indented plain lines after it. In a plain-text
 * outline ("Math" over "  Linear Algebra - finished lectures 1-14") it is their label:
 * two of them at the first depth read as entries. When the first of them belongs to an
 * item instead (its progress line, its link) it is that item; sub-questions keep it
 * whatever else it is. Null when it heads nothing.
 */
export function headsOutline(w: Walker, i: number, plain: string): 'label' | 'item' | null {
  const indent = w.lines[i]!.indent;
  const first = w.lines[i + 1]!.indent;
  if (first <= indent || wordCount(plain) > 8 || /[.!?]\s*$/.test(plain) || isProse(plain)) return null;
  const short = wordCount(plain) <= 6 && !findProgress(plain);
  let entries = 0;
  for (let j = i + 1; j < w.lines.length; j++) {
    const c = w.lines[j]!;
    if (c.shape.t !== 'text' || c.indent <= indent) break;
    if (c.indent !== first) continue;
    const words = w.plainCache[j] ??= plainText(c.shape.text);
    if (/\?\s*$/.test(words)) return null;
    const linkOnly = c.shape.text.includes('://') && wordCount(words) <= 3;
    const prog = linkOnly ? null : findProgress(words);
    const progressOnly = prog !== null && wordCount(words.slice(0, prog.index) + ' ' + words.slice(prog.index + prog.length)) <= 1;
    if (linkOnly || progressOnly) return entries === 0 && isPhraseLike(plain) ? 'item' : null;
    const rest = withoutProgress(words);
    if (rest && rest !== words.trim() ? wordCount(rest) > 0 : isPhraseLike(rest)) entries++;
    if (entries >= 2) return short ? 'label' : null;
  }
  // One entry under it, where the line before at its depth was such a heading ("Today" over two
  // lines, then "Tomorrow" over one): a heading as its sibling was.
  const prev = w.labels[w.labels.length - 1];
  return entries === 1 && short && prev !== undefined && !prev.fromList && prev.indent === indent ? 'label' : null;
}

/**
 * A day line that names its activity after the day and its time ("Thu 19:00-21:00 —
 * system design mock", "Fri – 1.5h Go talk") and has nothing under it is that activity,
 * its hours from the time range or the figure. A line whose day ends in ": " is a heading
 * ("Monday (7 hours): …"), as is one with lines under it; a day off is nothing.
 */
export function dayEntry(w: Walker, plain: string, ln: ScannedLine, i: number): boolean {
  const m = DAY_ENTRY_RE.exec(plain);
  if (!m || /^[^:：]*[:：]\s/.test(plain.replace(/\d{1,2}:\d{2}/g, ''))) return false;
  const next = w.lines[i + 1];
  if (next && next.shape.t !== 'blank' && (next.indent > ln.indent || next.shape.t === 'list')) return false;
  let what = m[2]!;
  // "Mon Intro to SQL Learn selecting and filtering (…). 1 hour": a row of a day table pasted as
  // text ("Day Topic Activities Time"): its topic, what to do in it, then its time.
  let rowHours: number | null = null;
  if (!isPhraseLike(what)) {
    const row = pastedDayRow(what);
    if (!row) return false;
    what = row.topic;
    rowHours = row.hours;
  }
  if (DAY_OFF_RE.test(what)) return false;
  const when = m[1]!;
  // The day is a section of its own, as a day heading would be: the day before ends here.
  w.pushSection(7 + 3, when.replace(/[\s\-–—|,:(]+$/, ''));
  const d = w.entry(what, ln.no, null);
  const clock = CLOCK_RANGE_RE.exec(when);
  const hours = clock ? clockHours(clock) : findEstimate(when)?.hours ?? rowHours;
  if (!d.estimate && hours !== null && hours > 0) d.estimate = { hours: round2(hours), basis: 'explicit' };
  w.addItem(d, null);
  return true;
}

/** A time at the end of a row: "… 1 hour", "… 1.5 hours", "… 45 min". */
const ROW_TIME_END_RE = /\s~?\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?)\.?\s*$/i;

/**
 * The parts of a day's row pasted from a table without its cells: "Intro to SQL Learn selecting
 * and filtering (SELECT, WHERE). 1 hour" is the topic "Intro to SQL" (the words before the first
 * capital verb that opens what to do, not joined to them by "&" or "and"), with its hour. Null
 * unless the row ends in its time and a short topic opens it.
 */
function pastedDayRow(what: string): { topic: string; hours: number } | null {
  const time = ROW_TIME_END_RE.exec(what);
  if (!time) return null;
  const hours = findEstimate(time[0])?.hours ?? null;
  if (hours === null) return null;
  const words = what.slice(0, time.index).split(/\s+/);
  for (let k = 1; k < words.length && k <= 8; k++) {
    const word = words[k]!;
    if (!/^\p{Lu}\p{Ll}/u.test(word) || /^(?:&|and|or|with|to|of|for|in|on)$/i.test(words[k - 1]!)) continue;
    const rest = words.slice(k).join(' ');
    if (!startsWithActionVerb(rest)) continue;
    const topic = words.slice(0, k).join(' ');
    return isPhraseLike(topic) && wordCount(rest) >= 3 ? { topic, hours } : null;
  }
  return null;
}

/** A name and a bare figure: "Courses Completed: 0", "Total Points earned: 2,615", "Week progress: 15%". */
const METRIC_LINE_RE = /^[\p{L}][\p{L} ]{1,40}[:：]\s*\d[\d.,]*\s*(?:%|points?|pts|xp)?\s*$/iu;
const COUNT_END_RE = /[:：]\s*\d[\d.,]*\s*$/;
// (The words of a figure's name: what it measures.)
const MEASURE_WORD_RE = /\b(?:total|sum|completed?|done|finished|solved|read|watched|remaining|left|progress|points?|pts|xp|score|streak|days?|weeks?|hours?|minutes?|count|number|level|rank|rate|percent|goal|target|spent|current|average|best|max|min)\b/i;

/** Whether the line at `i` is one of three or more "Name: 6" lines in a row whose names name things, not measures. */
function countedNames(w: Walker, i: number): boolean {
  const counted = (k: number): boolean => {
    const l = w.lines[k];
    return l !== undefined && l.shape.t === 'text' && METRIC_LINE_RE.test(l.shape.text) && COUNT_END_RE.test(l.shape.text);
  };
  const known = COUNTED.get(w)?.get(i);
  if (known !== undefined) return known;
  if (!counted(i)) return false;
  let from = i;
  while (from > 0 && counted(from - 1)) from--;
  let to = i;
  while (counted(to + 1)) to++;
  let names = to - from >= 2;
  for (let k = from; k <= to && names; k++) if (MEASURE_WORD_RE.test(w.lines[k]!.text.replace(COUNT_END_RE, ''))) names = false;
  // (The answer holds for the whole run, asked once.)
  let run = COUNTED.get(w);
  if (!run) COUNTED.set(w, run = new Map<number, boolean>());
  for (let k = from; k <= to; k++) run.set(k, names);
  return names;
}
const COUNTED = new WeakMap<Walker, Map<number, boolean>>();

/**
 * A week's or a phase's line that names its subject after a colon ("Week 1: Linear regression ✔",
 * "Phase 2: Systems"), in a run of such lines with nothing under them (a syllabus pasted as
 * lines): the unit of work itself, and a section of its own as dayEntry's day is. One with
 * lines under it is a heading.
 */
function unitEntry(w: Walker, plain: string, ln: ScannedLine, i: number, rank: number): boolean {
  if (!/^[^:：]*\d[^:：]*[:：]\s*\S/.test(plain) || wordCount(plain) > 14) return false;
  const sameRank = (k: number): boolean => {
    const l = w.lines[k];
    if (l?.shape.t !== 'text' || l.indent !== ln.indent) return false;
    const r = RANKED_HEADING_RE.exec(plainText(l.shape.text));
    return r !== null && (rank === 1 ? r[1] : r[2]) !== undefined && /[:：]\s*\S/.test(l.shape.text);
  };
  let j = i + 1;
  while (j < w.lines.length && w.lines[j]!.shape.t === 'blank') j++;
  const next = w.lines[j];
  const nextIsUnit = next !== undefined && sameRank(j);
  if (next && !nextIsUnit && (next.shape.t === 'list' || next.shape.t === 'fence' || next.shape.t === 'text' || next.indent > ln.indent)) return false;
  let p = i - 1;
  while (p >= 0 && w.lines[p]!.shape.t === 'blank') p--;
  if (!nextIsUnit && !(p >= 0 && sameRank(p))) return false;
  const what = plain.slice(plain.search(/[:：]/) + 1).trim();
  if (DAY_OFF_RE.test(what) || !isPhraseLike(what.replace(/[\s\u2700-\u27bf\ufe0f]+$/u, ''))) return false;
  w.pushSection(7 + rank, plain.slice(0, plain.search(/[:：]/)).trim());
  w.addItem(w.entry(plain, ln.no, null), null);
  return true;
}

/**
 * "Day 3 (Streaming): Study Kafka Streams and Flink basics (1 hour).": a numbered day, its area
 * in brackets, and its one activity, written as a sentence or not, with nothing under it. The
 * day is a section; the activity an item, its time the sum of the times in its last brackets
 * ("(30 mins reading, 30 mins practice)" is an hour). A day of rest is no item.
 */
function numberedDayEntry(w: Walker, plain: string, ln: ScannedLine, i: number): boolean {
  const m = NUMBERED_DAY_RE.exec(plain);
  if (!m) return false;
  const what = m[2]!.trim();
  if (wordCount(what) > 40 || /\?\s*$/.test(what) || DAY_OFF_RE.test(what) || REST_DAY_RE.test(m[1]!)) return false;
  let j = i + 1;
  while (j < w.lines.length && w.lines[j]!.shape.t === 'blank') j++;
  const next = w.lines[j];
  if (next && (next.shape.t === 'list' || next.shape.t === 'fence' || next.indent > ln.indent)) return false;
  w.pushSection(7 + 3, m[1]!.trim());
  const d = w.entry(what.replace(/\.\s*$/, ''), ln.no, null);
  const times = /\(([^()]*)\)\.?\s*$/.exec(what)?.[1];
  if (times && /[,+&]|\band\b/.test(times)) {
    let sum = 0;
    for (const t of times.matchAll(DURATION_PART_RE)) sum += Number(t[1]) / (/^m/i.test(t[2]!) ? 60 : 1);
    if (sum > 0) {
      d.estimate = { hours: round2(sum), basis: 'explicit' };
      d.title = d.title.replace(/\s*\([^()]*\)\s*$/, '');
    }
  }
  // (What stands under it, after a blank line, is its: "폰켓몬 (Lv1)" and the problem's link.)
  w.anchor = { item: w.addItem(d, null), indent: ln.indent, head: true };
  return true;
}
/** "Day 3 (Streaming):", "Tag 2 –", "Día 4:": a numbered day, perhaps its area, then what is done in it. */
const NUMBERED_DAY_RE = /^((?:day|tag|d[ií]a|jour|giorno|dia)\s*#?\d{1,3}(?:\s*\([^)]{1,40}\))?)\s*[:：\-–—]\s*(\p{L}.*)$/iu;
/** "Day 7 (Rest Day)": the area says it is a day off. */
const REST_DAY_RE = /\((?:rest|off|free|break)\b/i;
/** "30 mins", "1.5 hours", "2h": one duration among several. */
const DURATION_PART_RE = /(\d+(?:\.\d+)?)\s*(h|hrs?|hours?|m|mins?|minutes?)\b/gi;

/**
 * A slot line that names its one activity ("Session A (2h): Airflow concepts", "Evening
 * (1.5h) – flashcards") and has nothing under it is that activity, its hours the slot's.
 * The slot is a section of its own, as a day in dayEntry. A slot with lines under it
 * (even after a blank line) is a heading.
 */
export function slotEntry(w: Walker, plain: string, ln: ScannedLine, i: number): boolean {
  const m = SLOT_ENTRY_RE.exec(plain);
  if (!m) return false;
  let j = i + 1;
  while (j < w.lines.length && w.lines[j]!.shape.t === 'blank') j++;
  const next = w.lines[j];
  if (next && (next.shape.t === 'list' || next.shape.t === 'fence' || next.indent > ln.indent)) return false;
  const what = m[3]!;
  if (DAY_OFF_RE.test(what) || !isPhraseLike(what)) return false;
  w.pushSection(7 + 4, m[1]!.trim());
  const d = w.entry(what, ln.no, null);
  const hours = findEstimate(m[2]!)?.hours ?? null;
  if (!d.estimate && hours !== null && hours > 0) d.estimate = { hours: round2(hours), basis: 'explicit' };
  w.addItem(d, null);
  return true;
}

/**
 * "HTML → CSS → JavaScript → React": a path written on one line is its steps, each an item
 * that waits for the one before. Only when every part is a short name, and there are
 * three parts or two of a few words each ("Python -> Django"), a dozen at most. A step ticked off in place
 * ("CSS ✓") is done.
 */
export function chain(w: Walker, text: string, no: number, parent: number | null): boolean {
  if (!CHAIN_ARROW_RE.test(text)) return false;
  const parts = text.split(CHAIN_SPLIT_RE).map((x) => x.trim());
  // (A dozen steps at most: a line of many arrows is data pasted in, "[ID] => 49271 [id] => …".)
  if (parts.length < 2 || parts.length > 12 || parts.some((x) => !x)) return false;
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
    const d = w.entry(part, no, null);
    if (before !== null) d.prereqNames = [...d.prereqNames, before];
    before = d.title;
    w.addItem(d, parent);
  }
  return true;
}

/**
 * Whether the bare link on line `i` is an entry of a link dump: the line is only a link to a
 * course, video, book or paper (its host says so), and the line above is blank, another bare
 * link, or a label over it ("Paid", "Book:"), not prose it is a reference of.
 */
/** A page embedded as a card: Zenn's "@[card](url)", "@[youtube](url)"; Liquid's "{% embed url="…" %}", "{% link url %}". */
const EMBED_RE = /^(?:@\[(?:card|embed|youtube|speakerdeck|slideshare|docswell|gist|github)\]\((https?:\/\/[^)\s]+)\)|\{%\s*(?:embed|link|linkpreview|link_preview)\s+(?:url=)?["']?(https?:\/\/[^"'\s%]+)["']?\s*%\})$/;

/** A line that is one markdown link and nothing else ("[Title](https://…)"). */
const LINK_LINE_RE = /^\[[^\]]{3,200}\]\((?:https?:\/\/|www\.)[^)\s]+\)$/;

/**
 * A link list pasted into a note: a line that is one link to the web (not a name for a kind of
 * page, "[Slides](…)"), with the nearest written line before or after it (blank lines between
 * allowed) one too, outside sections about something other than work.
 */
function linkLineEntry(w: Walker, ln: ScannedLine, i: number): boolean {
  const t = ln.text.trim();
  if (!LINK_LINE_RE.test(t) || GENERIC_LINK_ONLY_RE.test(t) || GENERIC_LINK_NAME_RE.test(t.slice(1, t.indexOf(']')).trim())) return false;
  if (w.sections.some((s) => s.nonWork) || w.labels.some((l) => l.nonWork)) return false;
  const near = (step: number): ScannedLine | undefined => {
    for (let k = i + step; k >= 0 && k < w.lines.length && Math.abs(k - i) <= 3; k += step) if (w.lines[k]!.shape.t !== 'blank') return w.lines[k];
    return undefined;
  };
  const linkish = (l: ScannedLine | undefined) => l !== undefined && l.shape.t === 'text' && (LINK_LINE_RE.test(l.text.trim()) || isUrlLine(l));
  return linkish(near(-1)) || linkish(near(1));
}

/**
 * "# 清华 计算机组成原理" then "https://www.coursera.org/learn/jisuanji-zucheng" (a school's name
 * or a price between them at most): the heading names the course, the book, the video, and the
 * link under it is its address. The heading is the item, the link its own. True when so taken.
 */
function headingOwnsLink(w: Walker, ln: ScannedLine, i: number): boolean {
  const s = w.sections[w.sections.length - 1];
  if (!s?.heading || s.item !== null || s.nonWork || s.template || s.heading.itemsBefore !== w.drafts.length || !isUrlLine(ln)) return false;
  let texts = 0;
  let k = i - 1;
  for (; k >= 0 && w.lines[k]!.shape.t !== 'heading'; k--) {
    const t = w.lines[k]!.shape;
    if (t.t === 'blank') continue;
    if (t.t !== 'text' || t.text.includes('://') || t.text.length > 60 || ++texts > 2) return false;
  }
  if (k < 0 || w.lines[k]!.no !== s.heading.line) return false;
  const url = ln.text.trim();
  const kind = kindOfLinks([url]);
  if (kind === null || kind === 'project' || kind === 'article') return false;
  // (A shelf's name, "Courses", heads a list; a named collection, "Scala 专项课程（6门）", is a resource too.)
  if (w.sections.some((x) => x.nonWork) || sectionKind(s.title) !== null && !COLLECTION_NAME_RE.test(s.title) || !isPhraseLike(plainText(s.title)) || isStatusName(s) || s.planned) return false;
  const d = w.entry(s.heading.raw, s.heading.line, null);
  if (d.kind === 'topic') d.kind = kind;
  headingItem(w, s, d);
  w.attach(s.item!, url, ln.no);
  w.note(ln.no, 'part', `the link of the heading on line ${s.heading.line} above it, which names what it links to`, s.heading.line);
  return true;
}

function linkDumpEntry(w: Walker, ln: ScannedLine, i: number): boolean {
  if (!isUrlLine(ln)) return false;
  const url = ln.text.trim();
  const kind = kindOfLinks([url]);
  // (Any page, where the label or the file over it says what its links are: "-- Book" over
  // "https://gobyexample.com/", a reading_list.txt of bare addresses.)
  if ((kind === null || kind === 'project' || kind === 'article') && w.kindHint() === null && w.fileHintHere() === null) return false;
  if (w.sections.some((s) => s.nonWork) || w.labels.some((l) => l.nonWork)) return false;
  const prev = w.lines[i - 1];
  if (!prev || prev.shape.t === 'blank' || prev.shape.t === 'heading' || isUrlLine(prev) || (prev.shape.t === 'text' && DASHED_LABEL_RE.test(prev.text))) return true;
  return prev.shape.t === 'text' && labelsLink(w.plainCache[i - 1] ?? plainText(prev.shape.text), url);
}

/**
 * "Adam Freeman - Pro ASP.NET Core with Entity Framework, Identity, and Blazor", "Diez, et al. -
 * OpenIntro Statistics": a work cited by its author's name, then its title, which may be long
 * (a title is no sentence: no full stop ends it).
 */
function citedWork(plain: string): boolean {
  const m = CITED_WORK_RE.exec(plain);
  return m !== null && wordCount(m[1]!) <= 14 && !/[.!?]\s*$/.test(m[1]!.replace(/\b(?:St|Vol|Jr|Dr)\.$/, '')) && !isProse(m[1]!);
}
/** A title, a dash, then a person's name: "The Midnight Library - Matt Haig", "Dune — Frank Herbert". */
const TITLE_BY_AUTHOR_RE = /\S\s+[-–—]\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*$/u;
const CITED_WORK_RE = /^\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:et al\.?|\p{Lu}[\p{L}.'’-]*)){0,3}\s+[-–—]\s+(\p{Lu}.+)$/u;

/** An org timestamp at the start of a line, then words: "<2019-04-13 六 20:40> done lecture 9", "[2024-03-02 Sat] read ch. 3". */
const ORG_STAMP_LEAD_RE = /^[<[]\d{4}-\d{2}-\d{2}(?:\s+[^\s>\]]+)?(?:\s+\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)?[>\]]\s*\S/u;

/** A label after two dashes, a few words of no sentence: "-- Book", "--Course", "-- articles & analytics". */
const DASHED_LABEL_RE = /^--\s*(\p{L}[\p{L}\p{N} &/+'’-]{0,38}?)\s*:?\s*$/u;
/** A heading set between runs of dashes, equals signs or stars: "----------CURRENT----------", "=== Week 3 ===". */
const BANNER_RE = /^([-=*]{3,})\s*([^-=*\s][^-=*]{0,58}?)\s*\1\s*$/;

/** A word of the person's own ("I", "I'm", "my", "we"): what they say of themselves may announce their work. */
const FIRST_PERSON_WORD_RE = /\b(?:I|I['’]m|I['’]ll|I['’]ve|me|my|we|we['’]re|our)\b/;

/** A whole line in square brackets, no link after it: "[記錄需要調整的地方]", "[Your notes here]". */
const BRACKETED_BLANK_RE = /^\[[^\[\]]{2,120}\]\s*$/;

/**
 * The match of a span's name and number, unless a word of a script without spaces between
 * words is written right against the number ("Day 9부터", from day 9 on): a sentence, not a
 * heading. (A unit after the number, "Tue (2h)", "1.5h", is the span's own.)
 */
function gluedNumber(plain: string, m: RegExpExecArray | null): RegExpExecArray | null {
  return m && /\d$/.test(m[0]) && /^[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Thai}]/u.test(plain.slice(m[0].length)) ? null : m;
}

/** "This is a list of project ideas that are meant for practicing in Go.", "A collection of papers I want to read": what the entries below are. */
/** The kinds of thing a sentence can say a list holds: "projects", "project ideas", "books", "blog posts". */
const LISTED_KINDS = String.raw`projects?(?:\s+ideas)?|project\s+ideas|books|courses|papers|videos|talks|articles|blog posts|podcasts`;
const LIST_OF_RE = new RegExp(String.raw`\b(?:list|collection|compilation|selection)\s+of\s+(?:(?:my|the|some|all|[\w'-]+)\s+){0,3}?(${LISTED_KINDS})\b`, 'i');

/** "Most of the books below have been on my to-read list", "the following courses": what the entries below are, named as they are pointed to. */
const THINGS_BELOW_RE = new RegExp(String.raw`\b(?:the|these)\s+(?:[\w'-]+\s+){0,2}?(${LISTED_KINDS})\s+(?:below|listed below|that follow)\b|\bthe following\s+(?:[\w'-]+\s+){0,2}?(${LISTED_KINDS})\b`, 'i');

/**
 * A sentence at the top of a section that says what the list below it holds ("This is a list
 * of project ideas…", "Most of the books below…") gives the section that kind, as a heading naming it would ("## Project
 * ideas"). Only before the section's first entry, and only where nothing named its kind.
 */
function listIntro(w: Walker, plain: string): void {
  const s = w.sections[w.sections.length - 1];
  if (!s || s.kind !== null || s.nonWork || !s.heading || w.drafts.length !== s.heading.itemsBefore || !(plain.includes(' of ') || plain.includes('below') || plain.includes('following'))) return;
  const m = LIST_OF_RE.exec(plain) ?? THINGS_BELOW_RE.exec(plain);
  if (!m) return;
  const kind = sectionKind((m[1] ?? m[2])!);
  if (kind === 'book' || kind === 'course' || kind === 'video' || kind === 'paper' || kind === 'article' || kind === 'project') {
    s.kind = kind;
    w.pathCache = null;
  }
}

/** Whether the line stands in a section whose heading is a day alone (a diary's day), with no heading under it. */
function diaryDay(w: Walker): boolean {
  const s = w.sections[w.sections.length - 1];
  // (A day, not a month alone: "## January" over "Atomic Habits - James Clear" files what was read that month.)
  const title = s?.heading?.raw.replace(/^[^\p{L}\p{N}]+/u, '') ?? '';
  return s?.heading !== undefined && s.item === null && /\d/.test(title) && DATE_TITLE_RE.test(title);
}


/** What a record's date span says: ended, done; begun and not ended, under way; else null. */
function spanStatus(cells: readonly string[]): 'done' | 'doing' | null {
  for (let k = 1; k < cells.length; k++) {
    const m = DATE_SPAN_RE.exec(cells[k]!);
    if (m) return m[1] ? 'done' : 'doing';
  }
  return null;
}

/** A field's name that says where the person is: now (under way) or next (to do), in several languages. */
const NOW_FIELD_RE = /^(?:my\s+)?(?:current(?:ly)?|now|right now|at the moment)\b|^(?:当前|目前|现在|現在|目下|현재|지금|actualmente|actual|atualmente|atual|actuellement|en ce moment|aktuell|derzeit|gerade|сейчас|текущ)/iu;
/** A state the person is in, not work: "Current status", "Current level", "当前状态". */
const PLACE_STATE_RE = /\b(?:status|state|level|rank|streak|role|job|position|location|mood|score|total|weight|time|date|version)\b|状态|狀態|水平|等级|等級|レベル|状態|상태|레벨|estado|niveau|stand\b/iu;
const NEXT_FIELD_RE = /^(?:up next|next(?:\s+up)?|coming up|on deck)\b|^(?:下一个?|下个|接下来|次に?|다음|siguiente|pr[óo]xim[oa]|prochain(?:e)?|suivant(?:e)?|n[äa]chste[snr]?|als n[äa]chstes|дальше|следующ)/iu;

/**
 * A paragraph of one field naming the work the person is at or comes to next: "Currently
 * reading: Dune", "Up next: Snow Crash", "当前学习进度： 变量声明已完结". The field's name says the
 * status (a status word in the value, "已完结", says more); the value, a short name, is the entry.
 */
function placeField(w: Walker, text: string, ln: ScannedLine, below: ScannedLine | undefined): boolean {
  const kv = KEY_VALUE_RE.exec(text.trim());
  if (!kv || w.contextScore() < 0) return false;
  const name = kv[1]!.trim();
  const value = kv[2]!.replace(/(?:\*\*|__)\s*$/, '').trim();
  const now = NOW_FIELD_RE.test(name);
  const next = !now && NEXT_FIELD_RE.test(name);
  // (Not "Current status: Beginner", "Current streak: 12 days": a state, not work named; nor a
  // label over the list after it, "目前计划 : 准备找实习，要做的事".)
  if ((!now && !next) || PLACE_STATE_RE.test(name) || below?.shape.t === 'list') return false;
  // (A short name, not a sentence, a figure or a link alone: "Current: 37/150", "Next review: 24/11" are not work named.)
  if (wordCount(name) > 4 || wordCount(value) > 8 || isProse(value) || !/\p{L}{2}/u.test(value.replace(/https?:\/\/\S+/g, '')) || /\breview\b|复习|復習|복습/i.test(name)) return false;
  const d = w.entry(value, ln.no, null);
  // (Unless the value says it: "变量声明已完结". Next is next, whatever a "Now" heading around it says.)
  if (!d.explicitStatus && (next ? d.status === 'doing' : d.status === 'todo')) d.status = next ? 'todo' : 'doing';
  const idx = w.addItem(d, null);
  w.anchor = { item: idx, indent: ln.indent, head: false };
  w.note(ln.no, 'item', `a field that names the work the person is ${next ? 'coming to next' : 'at now'}`);
  return true;
}

/** The kinds a field's name may give the thing it names ("Book:", "Video Lecture:", "Paper:"). */
const RESOURCE_FIELD_KINDS: ReadonlySet<Kind> = new Set(['book', 'video', 'course', 'paper', 'article']);

function resourceField(w: Walker, text: string, ln: ScannedLine, below: ScannedLine | undefined): boolean {
  const kv = KEY_VALUE_RE.exec(text.trim());
  if (!kv || below?.shape.t === 'list' || w.contextScore() < 0) return false;
  const name = kv[1]!.trim();
  const kind = wordCount(name) <= 3 ? sectionKind(name) : null;
  if (kind === null || !RESOURCE_FIELD_KINDS.has(kind)) return false;
  // (A title, linked or not, not a sentence about one: "Book: none yet", "Reading: I liked it a lot.")
  const value = kv[2]!.replace(/(?:\*\*|__)\s*$/, '').trim();
  const title = readInline(value).title.trim();
  if (wordCount(title) === 0 || wordCount(title) > 12 || isProse(title) || !/\p{L}{2}/u.test(title)) return false;
  const d = w.entry(value, ln.no, kind);
  if (!d.title) return false;
  d.kind = kindOfLinks(d.links) === 'video' && kind === 'course' ? 'video' : kind;
  const idx = w.addItem(d, null);
  w.anchor = { item: idx, indent: ln.indent, head: false };
  w.note(ln.no, 'item', `a field whose name says what it names: a ${kind}`);
  return true;
}

/** "**Link(s) to work**: [commit](…)", "Links: …": a field of links. */
const LINKS_FIELD_RE = /^(?:\*\*|__)?links?(?:\(s\))?(?:\s+to\s+[\p{L} ]{1,20})?(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(\S.*)$/iu;

/** Attaches a field of links to the entry a bold label made a few lines above, in the same day (no heading or list between). */
function attachLinksField(w: Walker, value: string, i: number, no: number): boolean {
  const last = w.drafts[w.drafts.length - 1];
  if (!last) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 8 && w.lines[k]!.no > last.source.line && w.lines[k]!.shape.t !== 'heading' && w.lines[k]!.shape.t !== 'list') k--;
  if (k < 0 || w.lines[k]!.no !== last.source.line || !/^(?:\*\*|__)/.test(w.lines[k]!.text.trim())) return false;
  for (const l of readInline(value).links) if (!last.links.includes(l)) last.links.push(l);
  last.source.endLine = Math.max(last.source.endLine, no);
  w.note(no, 'part', `the links of the item on line ${last.source.line} above`, last.source.line);
  return true;
}

/** The next line that is not blank, at most one blank line down, opens a list. */
function listFollows(w: Walker, i: number): boolean {
  for (let k = i + 1; k < w.lines.length && k <= i + 2; k++) {
    const t = w.lines[k]!.shape.t;
    if (t === 'list') return true;
    if (t !== 'blank') return false;
  }
  return false;
}

