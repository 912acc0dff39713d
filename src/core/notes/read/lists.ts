// List entries: which bullets are items, which are labels over a group, which are parts (links,
// fields, progress) of the entry above, and rows of progress boxes.
import { classifyKind, iconKind, introducesDoneList, isDoingSection, isDoneSection, isDroppedSection, isNonWorkIntro, isPhraseLike, isPlatformName, isProse, sectionKind, startsWithActionVerb, wordCount } from '../classify.js';
import { ACTIVITY_WORD_RE, applyProgress, round2, shortcodeMark, type Draft } from '../entry.js';
import { cleanTitle, plainText, readInline } from '../inline.js';
import { findEstimate, findProgress, statusOfProgress } from '../phrases.js';
import { type ScannedLine } from '../scan.js';
import { readListKeyword } from '../org.js';
import { isItemBullet, NONE_FIELD_RE, TOC_ENTRY_RE } from '../bullets.js';
import { DURATION_ALONE_RE, PLANNING_LINE_RE, CLOCK_RANGE_RE, SLOT_LEAD_RE, clockHours, timeUnitWord, LEGEND_RE, CLOCK_ALONE_RE, BOX_ROW_RE, BOX_CONT_RE, BOX_CELL_RE, META_FIELD_RE, PROVIDER_RE, RESOURCE_KINDS, OUTPUT_FIELD_RE, FIELD_BULLET_RE, DATE_TITLE_RE, SHORTCODE_END_RE, PICTURES_ONLY_RE, CODE_LINE_RE, mayBeCode, isTimeBudgetLine, UPDATED_STAMP_RE, PLAN_SPAN_RE } from '../line-patterns.js';
import { ORG_LOG_ENTRY_RE, RANKED_HEADING_RE, marksStatusWithDash } from '../line-rules.js';
import { DATE_GROUPS, DATE_WORDS, dateOfWords, isoDay, monthOfName } from '../dates.js';
import { PLANNED_LABEL_RE, Walker, scopeOf, statusSaidFirst } from './walker.js';
import { narratedStatus } from '../languages.js';
import { chain } from './text.js';
import { codeAt, itemAt } from '../chars.js';

/** What a legend says after its mark: "= finished", ": reading", "表示学习完毕" (stands for…), "代表…". */
const MARK_MEANS_RE = /^(?:==?|[:：]|表示|代表|を表す)\s*\S/u;

/** A line of nothing but images: `![alt](path)`, `<img …>`, one or more. */

export function onList(w: Walker, ln: ScannedLine, marker: string, ordered: boolean, check: string | null, text: string, blankBefore: number): void {
  const label = w.labels[w.labels.length - 1];
  if (label) label.entriesSeen = (label.entriesSeen ?? 0) + 1;
  // "    [ ] [ ] [ ]" under a row of boxes: more of its boxes, not a checkbox.
  if (check !== null && BOX_CONT_RE.test(ln.text) && boxRow(w, ln, ln.text)) return;
  // "✅ 表示学习完毕", "❌ = dropped": a mark that opens a line, then what it stands for, is a legend, no ticked entry.
  if (check !== null && marker === '' && (MARK_MEANS_RE.test(text) || marksStatusWithDash(text, true))) {
    w.note(ln.no, 'skipped', 'a legend: what a mark means ("✅ = finished"), not an entry');
    w.legendSeen = true;
    return;
  }
  const indent = ln.indent;
  // "- [x] **Course**" then "* Access: [Alura](…)" at the same column: written as a
  // sub-bullet with another marker, a field or link line of the entry above.
  const sib = w.list[w.list.length - 1];
  if (sib && check === null && sib.indent === indent && sib.item !== null && sib.marker !== undefined && sib.marker !== marker
    && /^[-*+•]$/.test(marker) && /^[-*+•]$/.test(sib.marker) && w.fieldOrLinkOf(sib.item, text, ln.no)) return;
  // "1. **18.06 Linear Algebra**" then "- [Course site](…)", "- Status: done" at the same
  // column, then "2. **CS50 SQL**": links and fields between two numbered entries are the first one's.
  if (sib && check === null && sib.indent === indent && sib.item !== null && sib.ordered && !ordered && sib.marker !== undefined
    && detailsOfNumbered(w, ln.no, indent, sib.marker, sib.item) && (w.fieldOrLinkOf(sib.item, text, ln.no) || w.entryField(sib.item, text, ln.no))) return;
  // Pop list entries w one is a sibling of or outdented from.
  while (w.list.length) {
    const top = w.list[w.list.length - 1]!;
    if (top.indent < indent) break;
    // "2. level up on these:" followed by "- linux" at the same indent: children.
    if (top.indent === indent && top.introduces && top.ordered !== ordered && top.item !== null && !check === !w.drafts[top.item]!.explicitStatus) break;
    if (top.indent === indent && top.introduces && top.ordered && !ordered && top.item !== null) break;
    w.list.pop();
  }
  // Bullet labels end with their list.
  while (w.labels.length) {
    const top = w.labels[w.labels.length - 1]!;
    if (!top.fromList || top.indent < indent) break;
    w.labels.pop();
  }
  // "- ### Stack": a heading written as a list entry.
  const inner = /^(#{1,6})\s+(.*)$/.exec(text);
  // (Not one over nothing, among more of them: "- ### <a href=…>귤 고르기</a> ❗️ - Level 2" over
  // "- ### …": a list's entries written large, each an entry.)
  if (inner && check === null && !headedEntry(w, ln.no, indent)) return w.pushSection(inner[1]!.length, inner[2]!);
  if (inner && check === null) text = inner[2]!;
  const parentEntry = w.list.length ? w.list[w.list.length - 1]! : null;
  let parent = parentEntry?.item ?? null;
  // Under a heading-like item ("**Lecture 1**", an org headline) list lines belong to it;
  // under a plain-line item only lines that follow it directly.
  if (parent === null && w.anchor && (w.anchor.head ? w.anchor.indent <= indent && blankBefore < 2 : w.anchor.indent < indent && blankBefore === 0)) parent = w.anchor.item;
  // (An emoji's short code at the end, "… 5:tomato:", is no colon that introduces.)
  const introduces = /[:：]\s*(?:\*\*|__)?\s*$/.test(text) && !SHORTCODE_END_RE.test(text);

  // "- LATER Read SICP", "- DONE [#A] Watch lecture 3": a task keyword says the status.
  const c0 = codeAt(text, 0);
  const kw = check === null && c0 >= 65 && c0 <= 90 ? readListKeyword(text) : null;
  if (kw) {
    const d = w.entry(kw.rest, ln.no, null, kw.status);
    if (kw.priority !== null) d.priority = kw.priority;
    w.list.push({ indent, item: w.addItem(d, parent), label: false, ordered, introduces });
    return;
  }
  // "- ✅ Concluído em 14 de Março de 2023", "- ⏸️ Pausado" under an entry: where it stands.
  // (Not a box whose words are an activity, "- [x] Read" among a session's steps: a step done.)
  if (parent !== null && !(check !== null && ACTIVITY_WORD_RE.test(plainText(text).trim())) && w.statusLine(parent, text, ln.no)) {
    w.list.push({ indent, item: parent, label: false, ordered, introduces: false });
    return;
  }
  // "- ⏲️3 days?", "- ~2h" under an entry: how long it takes, nothing named (no box: a box says a step).
  if (check === null && parent !== null && DURATION_ALONE_RE.test(text)) {
    const d = w.drafts[parent]!;
    d.source.endLine = Math.max(d.source.endLine, ln.no);
    w.note(ln.no, 'part', `how long the item on line ${d.source.line} takes ("${text.trim()}")`, d.source.line);
    w.list.push({ indent, item: parent, label: false, ordered, introduces: false });
    return;
  }
  if (check !== null) {
    if (!text.trim()) {
      w.warn(ln.no, 'empty-checkbox', 'a checkbox with nothing after it; skipped');
      return;
    }
    // "- [ ] N/A", "- [ ] `N/A - project work`", "- [ ] None": a plan's slot with nothing in it.
    if (PLACEHOLDER_RE.test(text)) {
      w.note(ln.no, 'skipped', 'a placeholder ("N/A", "none"): nothing to do in this slot');
      w.list.push({ indent, item: null, label: false, ordered, introduces });
      return;
    }
    // "- [ ] **Projects:**" over boxes nested under it: a box that only names the kind of the
    // entries under it is their label, as "- Projects:" would be.
    // (Written as a label, in bold: "- [ ] Videos:" over the videos is a box to tick when they are watched.)
    if (introduces && /^(?:\*\*|__)[^*_]+(?:\*\*|__)\s*[:：]?\s*$/.test(text.trim())) {
      const name = cleanTitle(plainText(text).replace(/[:：]\s*$/, ''));
      const next = w.lines[ln.no];
      if (wordCount(name) <= 3 && sectionKind(name) !== null && next?.shape.t === 'list' && next.indent > indent) {
        w.pushLabel(name, indent, true, text);
        w.list.push({ indent, item: null, label: true, ordered, introduces });
        return;
      }
    }
    // "- ✅已学清单" over its bullets: a mark beside a shelf's name is the shelf's status; its bullets are the entries.
    if (!ordered && !/^\s*(?:[-*+]|\d+[.)])\s*[[(]/.test(ln.text) && bulletsBelow(w, ln.no, indent, true) && shelfName(plainText(text))) {
      w.pushLabel(cleanTitle(plainText(text)), indent, true, text);
      w.list.push({ indent, item: null, label: true, ordered, introduces: true });
      return;
    }
    // ("읽을 책 목록(체크는 구매 여부)", "To read (checked = bought)": the heading says the box means owned, not read: no status.)
    const d = w.entry(text, ln.no, boxMeansOwned(w) ? null : check);
    partKind(w, d, parent);
    exercisePart(w, d, parent);
    const idx = w.addItem(d, parent);
    w.list.push({ indent, item: idx, label: false, ordered, introduces });
    return;
  }
  // "- Updated November 2026", "- As of 2026-11-30": when the note was written, not work.
  if (check === null && text.length <= 60 && UPDATED_STAMP_RE.test(plainText(text))) {
    w.note(ln.no, 'skipped', 'when the note was last updated ("Updated November 2026"), not an entry');
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- 10:00AM" over "  Traversing the AST" (or over sub-bullets): a time of day labels the
  // activity under it, which is the entry, as a time alone on a plain line does (text.ts).
  if (text.length <= 24 && CLOCK_ALONE_RE.test(plainText(text).trim())) {
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    w.clockLine = ln.no - 1;
    slotChild(w, ln, text, indent);
    return;
  }
  // "## Day 3 - 3/4/22" over "* **Progress today:** Built the scatterplot": a day's record,
  // its fields facts of that day; the thing worked on ("**Project you are working on:**
  // [Heat Map](…)") is the item, by the name its link gives it.
  if ((parent === null || parent === headingOwner(w)) && inLogDay(w)) {
    // (Or a plain field naming what was worked on: "📘 Book: Deep Work (Cal Newport)".)
    let field = LOG_FIELD_RE.exec(text);
    const plainField = field ? null : PLAIN_LOG_FIELD_RE.exec(text);
    if (plainField && WORKED_ON_RE.test(plainField[1]!)) field = plainField;
    // The day's other lines say how far the thing worked on got: "📄 Pages Read: 5 (Page 101 to
    // 105)" reached page 105; "Note: … Book Finished." finished it.
    const day = w.sections[w.sections.length - 1];
    const worked = w.logDayWork !== null && w.logDayWork.day === day ? w.drafts[w.logDayWork.item]! : null;
    if (worked && !(field && WORKED_ON_RE.test(field[1]!))) {
      const words = plainText(text);
      const pages = PAGE_RANGE_RE.exec(words);
      if (pages && (!worked.progress || (worked.progress.unit === 'page' && worked.progress.total === null))) {
        applyProgress(worked, { done: Number(pages[2]), total: null, unit: 'page' }, ln.no);
        worked.progressLine = null;
      }
      if (FINISHED_SAID_RE.test(words) && !worked.explicitStatus) {
        worked.status = 'done';
        // (Finished at the page it reached: that page was its last.)
        if (worked.progress?.unit === 'page' && worked.progress.total === null) worked.progress = { ...worked.progress, total: worked.progress.done };
      }
    }
    if (field) {
      if (WORKED_ON_RE.test(field[1]!)) {
        const names = [...field[2]!.matchAll(/\[([^\]]+)\]\([^)]*\)/g)].map((m) => m[0]);
        for (const name of names.length ? names : [field[2]!]) {
          const d = w.entry(name, ln.no, null);
          if (/project/i.test(field[1]!) && (d.kind === 'topic' || d.kind === 'article')) d.kind = 'project';
          // ("Book: Deep Work", "Course: CS50": the field names what it is; worked on that day, so under way.)
          const named = sectionKind(field[1]!);
          if (named && RESOURCE_KINDS.has(named) && (d.kind === 'topic' || d.kind === 'article')) d.kind = named;
          if (d.status === 'todo' && !d.explicitStatus) d.status = 'doing';
          w.logDayWork = { day, item: w.addItem(d, null, true) };
        }
      } else {
        w.pushLabel(field[1]!, indent, true, text);
        w.labels[w.labels.length - 1]!.nonWork = true;
      }
      w.list.push({ indent, item: null, label: true, ordered, introduces: true });
      return;
    }
  }
  // Org's log entries ("- Note taken on [date] \\", "- State "DONE" from "TODO" [date]") and the
  // text under them belong to the item above.
  if (parent !== null && w.org && ORG_LOG_ENTRY_RE.test(text)) {
    const d = w.drafts[parent]!;
    d.source.endLine = Math.max(d.source.endLine, ln.no);
    w.list.push({ indent, item: parent, label: false, ordered, introduces: false });
    return;
  }
  // "  - **Progress:** 67% (2/3)" under an entry: the entry's field.
  if (parent !== null && w.entryField(parent, text, ln.no)) {
    w.note(ln.no, 'part', `a field ("${text.replace(/[*_]/g, '').split(/[:：]/)[0]!.trim()}") of the item on line ${w.drafts[parent]!.source.line} above`, w.drafts[parent]!.source.line);
    w.list.push({ indent, item: parent, label: false, ordered, introduces: false });
    return;
  }
  // "- **Start date**: 2025/11/04", "- **Hours per week**: 35", "- **Primary Goal:** …": a field of the plan, not an item.
  if (META_FIELD_RE.test(text.trim()) && !OUTPUT_FIELD_RE.test(text.trim())) {
    w.note(ln.no, 'skipped', 'a field of the plan ("Duration:", "Goal:", "Focus:"), not an entry');
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- int zeros[8] = '{default: 0};": a line of code as a bullet, nothing to do (not a box: "- [ ] fix x;" is a task).
  if (ln.shape.t === 'list' && ln.shape.check === null && mayBeCode(text) && CODE_LINE_RE.test(text)) {
    w.note(ln.no, 'skipped', 'a line of code, not an entry');
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- VAR = SS / (n-1)", "- SD = √VAR", "- Schnitt = 17.1 / 9 = 1.9": a formula or a sum in the notes, nothing to do (not a box).
  if (ln.shape.t === 'list' && ln.shape.check === null && text.includes('=') && FORMULA_RE.test(text)) {
    w.note(ln.no, 'skipped', 'a formula ("VAR = SS / (n-1)"), not an entry');
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- ![diagram](../assets/image_0.png)", "- <img src=…>": a picture pasted into the notes, nothing to do.
  if ((codeAt(text, 0) === 33 || codeAt(text, 0) === 60 || codeAt(text, 0) === 91) && PICTURES_ONLY_RE.test(text)) {
    w.note(ln.no, 'skipped', 'an image alone: a picture in the notes, not an entry');
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  if (FIELD_BULLET_RE.test(text) && !RANKED_HEADING_RE.test(text.replace(/^(?:\*\*|__)/, ''))) {
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- 10 hours/week for 12 weeks", "- Weekdays: 2h/day": the time the person has, not an item.
  // ("- Weekend: 2-4 hours", "- **Total: 16-23 hours**": a sum of the time, not a thing to do.)
  // (A link names a thing: "[CS50](…) - 12 weeks, about 10h/week" is a course at its pace.)
  // ("- 1.5 hours on weekday mornings (5 days) = 7.5 hours": the time worked out, a sum too.)
  // ("- 每周 18~24h 的学习时间, 每天 3h 左右", "- 18~24h of study time per week": the same, in other words.)
  const unitWord = timeUnitWord(text);
  if (((unitWord && findEstimate(text)?.rate) || (check === null && isTimeBudgetLine(text, unitWord)) || TIME_SUM_RE.test(text) || (text.includes('=') && TIME_RESULT_RE.test(text))) && !text.includes('](') && !text.includes('://')) {
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- {{cards [[Bayesian Regression]]}}", "- {{embed …}}": an outliner's macro, markup.
  if (text.startsWith('{{') && /^\{\{[^}]*\}\}\s*$/.test(text.replace(/\[\[[^\]]*\]\]/g, ''))) {
    w.note(ln.no, 'skipped', 'a macro ("{{cards …}}"), markup');
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- ✅ = finished", "- 🩵🩵🤍🤍🤍: learned something": a legend's line, what a mark means.
  if (check === null && (LEGEND_RE.test(text) || marksStatusWithDash(text))) {
    w.note(ln.no, 'skipped', 'a legend: what a mark means ("✅ = finished"), not an entry');
    w.legendSeen = true;
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- HTML → CSS → JavaScript": a path of steps, each after the one before.
  if (text.includes('→') || text.includes('->') || text.includes('⇒') || text.includes('➡')) {
    const first = w.drafts.length;
    if (chain(w, text, ln.no, parent)) {
      w.list.push({ indent, item: first, label: false, ordered, introduces: false });
      return;
    }
  }
  // (Its words less a mark's shortcode after them, as buildEntry reads it: "[Intro to Pandas](intro.md) :heavy_check_mark:".)
  const plain = plainText(shortcodeMark(text)?.rest ?? text);
  // A plain line under an item may just carry its links, progress or time log.
  if (parent !== null && w.attach(parent, text, ln.no, plain)) return;
  // "- (rien pour l'instant)", "- None yet", "- 暂无": a list that holds nothing so far.
  if (parent === null && EMPTY_LIST_RE.test(plain)) {
    w.note(ln.no, 'skipped', 'a placeholder ("none yet"): the list holds nothing so far');
    w.list.push({ indent, item: null, label: false, ordered, introduces });
    return;
  }
  // "[Sun 04 Feb 2024] Lec 10: Subtype Polymorphism" under "- [x] Lecture": a dated entry of a
  // course log, a unit done that day, where a checkbox would be.
  if (parent !== null && codeAt(text, 0) === 91 /* [ */ && datedUnit(w, text, ln.no, parent, indent, ordered, introduces)) return;
  // Under a checked-off entry, plain bullets are its notes; a question among them is an item.
  // (Under an entry whose status is a word, "[Queued] … the following chapters:", bullets it
  // introduces with its colon, and steps to take, "Implement the allocators in …", are items.)
  // (Not under a span of the plan ticked off as a heading, "### ✅ Week 1 (3–9 June)": its bullets are that week's work; a day's record, "## ✅ Day 1 – February 03, 2025", keeps its fields.)
  if (parent !== null && w.drafts[parent]!.explicitStatus && !w.org && !(planSpanHeading(w, parent) && !inLogDay(w)) && (isBoxed(w, parent) || (!parentEntry?.introduces && !(startsWithActionVerb(plain) && wordCount(plain) <= 14)))) {
    // (A question after a sentence of its own, "… 넣자. 썸네일이 … 고칠 수 있을까?", is the person thinking aloud: a note.)
    if (/\?\s*$/.test(text) && wordCount(text) <= 25 && !/[.!]\s+\p{L}|[。！]\s*\p{L}/u.test(plainText(text))) {
      const q = w.entry(text, ln.no, null);
      q.kind = 'question';
      w.list.push({ indent, item: w.addItem(q, parent), label: false, ordered, introduces });
    } else {
      w.list.push({ indent, item: null, label: false, ordered, introduces });
    }
    return;
  }

  // "2. How does it work?" over "- use a system job to run the gateway…", "- **Was ist eine Relation?**" over
  // "   1. Relation: eine Teilmenge …": what follows a question, under it or in the other marker up to the
  // next question, is its answer, not more work; the question so answered is done.
  if (check === null && !ASKS_RE.test(text)) {
    const asked = answeredQuestion(w, parent, indent, ordered);
    if (asked !== null) {
      const q = w.drafts[asked]!;
      if (!q.explicitStatus && q.status === 'todo') q.status = 'done';
      q.source.endLine = Math.max(q.source.endLine, ln.no);
      w.note(ln.no, 'part', `the answer to the question on line ${q.source.line}`, q.source.line);
      w.list.push({ indent, item: null, label: false, ordered, introduces: false });
      return;
    }
  }
  // "1. Machine Learning" over its own numbered goals ("1. Ship a project with PyTorch", "2. Work
  // through …"): a numbered subject area that only names what its entries are about, a label.
  // (Not one of a run of numbered entries most of which have no list of their own: "2. 序列化框架的三种选择"
  // over "1. Protobuf", "2. Hessian" among "1. 乐观锁和悲观锁", "4. 限流、熔断、降级": an entry, its parts under it.)
  if (ordered && check === null && parent === null && !text.includes('](') && !text.includes('://') && wordCount(plain) <= 4 && numberedUnder(w, ln.no, indent)
    && mostSiblingsHaveLists(w, ln.no, indent)
    && classifyKind(plain, [], null, null, 'topic') === 'topic' && !/\d/.test(plain) && scopeOf(plain).kind === null && !isDoneSection(plain) && !isDoingSection(plain) && !isDroppedSection(plain)) {
    w.pushLabel(cleanTitle(plain), indent, true, text);
    w.list.push({ indent, item: null, label: true, ordered, introduces: true });
    return;
  }
  // "1. Rust - Week 1~2" over plain lines that follow it at once ("吃透智能指针…", "练习 generics…"):
  // a period of the plan named in a list, over its entries written as lines.
  if (check === null && !text.includes('](') && wordCount(plain) <= 6 && w.lines[ln.no]?.shape.t === 'text' && w.lines[ln.no]!.indent <= indent && PERIOD_NAME_RE.test(plain)) {
    w.pushLabel(cleanTitle(plain), indent, false, text);
    w.list.push({ indent, item: null, label: true, ordered, introduces: true });
    return;
  }
  // "- 1주차: 22.03.07 ~ 22.03.10", "- Week 2 (Mar 11 – Mar 17)" over a list of its own, blank lines
  // between: a period of the plan and its dates, nothing to do in its words; its entries are below.
  if (check === null && !ordered && PERIOD_SPAN_RE.test(plain) && listBelow(w, ln.no, indent)) {
    w.pushLabel(cleanTitle(plain), indent, true, text);
    w.list.push({ indent, item: null, label: true, ordered, introduces: true });
    return;
  }
  // "- Chapter 2:" over "- Done: 2.1, 2.3" and "- To do: 2.2": not a label but an entry, and
  // its lines say which of its parts are done: under way while some are left.
  if (introduces && check === null && partsRecordUnder(w, ln.no, indent)) {
    const d = w.entry(text.replace(/[:：]\s*(?:\*\*|__)?\s*$/, ''), ln.no, null);
    practicePart(w, d, parent);
    const idx = w.addItem(d, parent);
    w.list.push({ indent, item: idx, label: false, ordered, introduces: false });
    return;
  }
  // "- I moved on with the beginners' course … The contents I saw were:" over its own list: a
  // sentence that says the list under it was done, a label of finished things however long.
  if (introduces && check === null && introducesDoneList(plain) && listBelow(w, ln.no, indent)) {
    w.pushDoneLabel(cleanTitle(plain.replace(/[:：]\s*$/, '')), indent, true, text);
    w.list.push({ indent, item: null, label: true, ordered, introduces });
    return;
  }
  // Bullet labels: "- Infra:" with entries under it, "- Week 1:" sections; a numbered one
  // only where its words name a kind of list ("3. Books have been read:", "2. My Notes:").
  if (introduces && wordCount(plain) <= 10 && !/https?:/.test(text) && (!ordered || namesAList(plain.replace(/[:：]\s*$/, '')))) {
    w.pushLabel(cleanTitle(plain.replace(/[:：]\s*$/, '')), indent, true, text);
    w.list.push({ indent, item: null, label: true, ordered, introduces });
    return;
  }
  // "Done: 1-6, 7(a)-7(c)", "Read: p. 1-58", "To do: 7(d)" under an entry: what of it is done, a
  // field of the entry, not another one.
  // (Also under a heading that is the item: "”Harmony for Guitarists”" over "- Read: p. 1-23".)
  const owner = parent ?? headingOwner(w);
  if ((owner !== null || (indent > 0 && w.labels[w.labels.length - 1]?.fromList)) && check === null && DONE_PART_FIELD_RE.test(plain)) {
    if (owner !== null) partStatus(w, owner, plain, ln.no);
    w.note(ln.no, 'part', 'a field of the entry above: which parts of it are done or left', owner !== null ? w.drafts[owner]!.source.line : undefined);
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- Read:" over "- p. 1-97", "- p. 245-270": the parts done, by their numbers, under a field's name.
  const field = w.labels[w.labels.length - 1];
  if (field?.fromList && field.indent < indent && check === null && DONE_PART_NAME_RE.test(field.title) && PART_RANGE_RE.test(plain)) {
    w.note(ln.no, 'part', `a part named under "${field.title}": which parts are done or left`);
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- 学习计划" in 学习计划.md over the rest of the page: an outliner page's title as its first block.
  if (parent === null && indent === 0 && check === null && pageTitleBlock(w, ln.no, plain)) {
    w.note(ln.no, 'skipped', 'the page\'s own name as its first block, over the rest of it: its title');
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- Resources" over "  - [Tour of Go](…)": a word for what the bullets under it are, a label without its colon.
  // (So is an outliner's "- Lectures" or "- Course Bibliography" over its own bullets, past the
  // block's properties: "collapsed:: true".)
  // (Or a shelf's name, "📖 Reading list", "📚︎待学清单", "Plan", over its bullets, empty ones too.)
  // ("**Video Lecture Status**", "**Assignment Status**", "Study progress" over the entries whose standing it gives: their group's name.)
  // "- 简介" over "  - 重点是把…", "- Background" over its own bullets: a bullet that names the page's
  // introduction, over bullets of its own: the label of that part, which holds no work, not an entry.
  if (check === null && !ordered && parent === null && wordCount(plain) <= 3 && !text.includes('](') && !text.includes('://') && INTRO_NAME_RE.test(plain) && bulletsBelow(w, ln.no, indent, false) && isNonWorkIntro(plain)) {
    w.pushLabel(cleanTitle(plain), indent, true, text);
    w.list.push({ indent, item: null, label: true, ordered, introduces: true });
    return;
  }
  // "- Coursera" over its courses, "- 2020" over what was finished that year: a platform's name or a
  // year alone over bullets of its own groups them (a past year's are done).
  const year = check === null && !ordered && parent === null && !text.includes('](') ? YEAR_ALONE_RE.exec(plain) : null;
  if ((year !== null || (check === null && !ordered && parent === null && !text.includes('](') && isPlatformName(plain))) && bulletsBelow(w, ln.no, indent, false)) {
    if (year && w.today !== null && Number(year[1]) < Number(w.today.slice(0, 4))) w.pushDoneLabel(cleanTitle(plain), indent, true, text);
    else w.pushLabel(cleanTitle(plain), indent, true, text);
    w.list.push({ indent, item: null, label: true, ordered, introduces: true });
    return;
  }
  const groupName = !LIST_NAME_RE.test(plain) && check === null && !ordered && (GROUP_NAME_RE.test(plain) || (STANDING_GROUP_NEEDS_RE.test(plain) && STANDING_GROUP_RE.test(plain)));
  if ((LIST_NAME_RE.test(plain) || groupName) && bulletsBelow(w, ln.no, indent, false)) {
    w.pushLabel(cleanTitle(plain), indent, true, text);
    w.list.push({ indent, item: null, label: true, ordered, introduces: true });
    return;
  }
  // (The bullets under it looked at first: most bullets have none, and a shelf's name takes longer to tell.)
  if (!ordered && check === null && bulletsBelow(w, ln.no, indent, true) && shelfName(plain)) {
    w.pushLabel(cleanTitle(plain), indent, true, text);
    w.list.push({ indent, item: null, label: true, ordered, introduces: true });
    return;
  }
  // Under "**Common Pitfalls**:", "Key Learnings:", "Wins:": what is listed is not work, even
  // inside a unit of work whose steps the other bullets are.
  const lastLabel = w.labels[w.labels.length - 1];
  if (lastLabel?.nonWork && lastLabel.indent <= indent && w.noteItem === null) {
    w.note(ln.no, 'skipped', `under "${lastLabel.title}", which lists no work`);
    w.list.push({ indent, item: null, label: false, ordered, introduces });
    return;
  }
  // "- Algorithms Specialization (Stanford)" over "  - [ ] Divide and Conquer …": in a checklist,
  // a plain entry over boxed steps that names a course or a book is the resource they belong to.
  if (w.checkboxNote && firstChildBoxed(w, ln.no, indent) && RESOURCE_OVER_STEPS.has(classifyKind(plain, [], null))) {
    const idx = w.addItem(w.entry(text, ln.no, null), parent);
    w.list.push({ indent, item: idx, label: false, ordered, introduces });
    return;
  }
  // "***** DONE 14. 《斯多葛生活哲学》" over "1) 分清能控制的和不能控制的；", "**** DONE 标准动作要点" over
  // "+ 双手略宽于肩": in org the work is the headlines; a plain list under one with a keyword
  // holds its points, not more work (its checkboxes, and bullets that say to do something,
  // "- Read the Paxos paper too", are its steps).
  const orgOwner = w.org && check === null ? orgTaskOwner(w) : null;
  if (orgOwner !== null && (parent === null || parent === orgOwner) && !text.includes('](') && !text.includes('[[') && !text.includes('://') && !startsWithActionVerb(plain)) {
    w.note(ln.no, 'part', 'a point under an org headline with a keyword: its notes, not work', w.drafts[orgOwner]!.source.line);
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- 《西游记》" over "  - [《西游》随手记](…)", "  - ([二刷](…))": a link alone under an entry, to the
  // person's notes on it or a rereading of it, is the entry's link.
  if (parent !== null && check === null && ownLinkUnder(w.drafts[parent]!, text)) {
    const d = w.drafts[parent]!;
    for (const l of readInline(text).links) if (!d.links.includes(l)) d.links.push(l);
    w.note(ln.no, 'part', `a link to notes on the item on line ${d.source.line}, or to a reading of it`, d.source.line);
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- Go 语言设计与实现 20%" over "  - 面向信仰编程 博主写的，必须支持一波": in a list whose entries each say how
  // far along they are, a bullet under one that says nothing of the sort, with no box, is a remark on it.
  if (parent !== null && check === null && !ordered && remarkUnderFigure(w, parent, ln, plain)) {
    // (A link in it is the entry's: "[面向信仰编程](https://draveness.me/) 博主写的".)
    if (text.includes('://') || text.includes('](')) {
      const d = w.drafts[parent]!;
      for (const l of readInline(text).links) if (!d.links.includes(l)) d.links.push(l);
    }
    w.note(ln.no, 'part', `a remark on the item on line ${w.drafts[parent]!.source.line}, whose figure the entries around it share`, w.drafts[parent]!.source.line);
    w.list.push({ indent, item: null, label: false, ordered, introduces: false });
    return;
  }
  // "- **What I Learned**: [Fetch API, promises]" in a week's record: a field that names what was
  // learned, its value short words (not a reflection in sentences): those topics, done. (Written
  // in the brackets of the form's blank, "[Sum up what you learned]", they are still its value.)
  if (parent === null && check === null && (text.startsWith('**') || text.startsWith('__'))) {
    const learned = LEARNED_FIELD_RE.exec(text.trim());
    const value = learned ? learned[1]!.replace(/^\[\s*/, '').replace(/[\s,]*\]?\s*$/, '') : '';
    if (value && !value.includes('](') && wordCount(value) <= 12 && isPhraseLike(value) && !isProse(value) && w.contextScore() > -3) {
      const idx = w.addItem(w.entry(value, ln.no, null, 'done'), parent);
      w.list.push({ indent, item: idx, label: false, ordered, introduces: false });
      return;
    }
  }
  w.lastQuestion = null;
  if (bulletIsItem(w, text, describedHead(plain) ?? (ordered && check === null ? titledHead(plain) : null) ?? (/[:：]\s*$/.test(text) ? null : remarkedHead(plain)) ?? plain, ordered, parent, parentEntry?.introduces === true || (parent !== null && w.anchor?.item === parent && w.anchor.head) || isAreaEntry(w, parent), ln.no)) {
    const d = w.entry(text, ln.no, null);
    practicePart(w, d, parent);
    statusOfPlace(w, d, text, parent);
    const idx = w.addItem(d, parent);
    w.list.push({ indent, item: idx, label: false, ordered, introduces });
    if (check === null && ASKS_RE.test(text) && isQuestionList(w, d)) w.lastQuestion = { item: idx, indent, ordered };
    return;
  }
  // "- **Was versteht man unter einer Relation …? Wie können diese … überprüft werden?**" among bullets that are
  // questions: a question however long, and in two sentences, when most of its siblings are questions too
  // (where the section holds work; one read as an entry above keeps its own kind).
  if (check === null && parent === null && ASKS_RE.test(text) && wordCount(plain) >= 3 && wordCount(plain) <= 45 && !LABELLED_LEAD_RE.test(text) && w.contextScore() >= 0 && siblingsAsk(w, ln.no, indent)) {
    const d = w.entry(text, ln.no, null);
    d.kind = 'question';
    const idx = w.addItem(d, parent);
    w.list.push({ indent, item: idx, label: false, ordered, introduces });
    w.lastQuestion = { item: idx, indent, ordered };
    return;
  }
  if (parent !== null && plain.length >= 12) {
    // (The remark's words may wrap onto lines indented under it.)
    let words = plain;
    for (let k = ln.no; k < w.lines.length && k < ln.no + 4; k++) {
      const next = w.lines[k]!;
      if (next.shape.t !== 'text' || next.indent <= indent) break;
      words += ' ' + next.text.trim();
    }
    remarkStatus(w, parent, words, ln.no);
  }
  // A short bullet that is no sentence may still be an entry when the bullets around it are:
  // decided once the note is read (siblingEntries). Not under a heading or label that says its
  // part holds no work ("### What I struggled with"), whatever the lists beside it hold.
  if (parent === null && check === null && !introduces && w.contextScore() > -3 && plain.length >= 3 && wordCount(plain) <= 16 && !isProse(plain) && !/[.!?]\s*$/.test(plain) && !NONE_FIELD_RE.test(plain)) {
    // (Its status as an entry here would have it, should its siblings take it.)
    const d = w.entry(text, ln.no, null);
    statusOfPlace(w, d, text, parent);
    w.candidates.push({ draft: d, indent, parent });
  } else w.notTaken(text, plain, ln.no, parent);
  w.list.push({ indent, item: null, label: false, ordered, introduces });
}

/**
 * "Personal budget tracker ( I genuinely need one )", "Neuromancer (maybe not the whole Sprawl
 * series, but at least the first)": a name, then in brackets at its end what the person thinks
 * of it. The bullet is judged by its name; the remark's sentence says nothing of whether it is an
 * entry. Null when no bracketed remark of a few words ends the line.
 */
function remarkedHead(plain: string): string | null {
  if (!plain.endsWith(')')) return null;
  const m = /^(.{3,80}?)\s*\(([^()]{8,200})\)$/.exec(plain.trim());
  if (!m || wordCount(m[2]!) < 3 || wordCount(m[1]!) > 10 || isProse(m[1]!) || /[.!?]\s*$/.test(m[1]!)) return null;
  return m[1]!;
}

/** A link's name that says it is notes on a work or a reading of it: "随手记", "读书笔记", "二刷", "Review", "My notes", "Reread". */
const OWN_LINK_NAME_RE = /随手记|笔记|筆記|读后感|讀後感|书评|書評|[一二三四五六七八九十\d]刷|^\W*(?:my\s+)?(?:notes?|review|summary|reread|re-read|(?:first|second|third|2nd|3rd) read(?:ing)?)\W*$/i;

/**
 * Whether `text`, a bullet under `d`, is a link alone (in brackets perhaps) to notes on `d` or a
 * reading of it: named so (OWN_LINK_NAME_RE), or named with `d`'s own title's words.
 */
function ownLinkUnder(d: Draft, text: string): boolean {
  const m = /^\(?\s*\[([^\]]{1,80})\]\(([^)\s]*)\)\s*\)?$/.exec(text.trim());
  if (!m || !/[\p{L}]/u.test(m[1]!)) return false;
  if (OWN_LINK_NAME_RE.test(m[1]!)) return true;
  // (Named with the entry's title: "《西游》随手记" under "《西游记》" shares 西游.)
  const core = d.title.replace(/[《》「」『』"“”]/g, '');
  const name = m[1]!.replace(/[《》「」『』"“”]/g, '');
  // (Not under an entry that already holds entries of its own: there a link is one more of them, "副业与设计" over "[记账小程序设计](…)".)
  if (/\p{Script=Han}/u.test(core) && d.children === 0) {
    for (let k = 0; k + 2 <= core.length; k++) if (/\p{Script=Han}{2}/u.test(core.slice(k, k + 2)) && name.includes(core.slice(k, k + 2))) return name.length <= core.length + 6;
    return false;
  }
  return false;
}

/**
 * Whether the bullet on `ln` under the entry `parent` is a remark on it: the parent says on its
 * own line how far along it is, so does a sibling of it (the list keeps a figure per entry), and
 * the bullet has none, names no numbered part, and is no link alone.
 */
function remarkUnderFigure(w: Walker, parent: number, ln: ScannedLine, plain: string): boolean {
  const p = w.drafts[parent]!;
  if (!p.progress || p.progress.unit !== 'percent' && p.progress.total === null || (p.progressLine !== null && p.progressLine !== p.source.line)) return false;
  if (findProgress(plain) || /^(?:chapter|ch\.?|lecture|lesson|part|module|unit|week|day|section|episode)\s*\d/i.test(plain) || statusSaidFirst(plain)) return false;
  const at = p.source.line - 1;
  const col = w.lines[at]!.indent;
  const sibling = (step: number): boolean => {
    for (let k = at + step; k >= 0 && k < w.lines.length && Math.abs(k - at) < 40; k += step) {
      const l = w.lines[k]!;
      if (l.shape.t === 'blank' || l.indent > col) continue;
      if (l.shape.t !== 'list' || l.indent < col) return false;
      return findProgress(w.plainCache[k] ??= plainText(l.shape.text)) !== null;
    }
    return false;
  };
  return sibling(-1) || sibling(1);
}

/**
 * "Почему мы спим. Мэттью Уокер - сон важнее любой диеты.", "Deep Work, Cal Newport – focus is
 * a skill.", "좋은 코드, 나쁜 코드 : 부담.": a name, then after a dash (or a spaced colon) a sentence
 * of what the person took from it. The bullet is judged by its name; the sentence says nothing of
 * whether it is an entry. Null when the line is not so made (the part before the dash is not a
 * short name, or nothing follows it).
 */
function describedHead(plain: string): string | null {
  // (Each form only where its separator is: most bullets have neither.)
  const m = (plain.includes(' -') || plain.includes(' –') || plain.includes(' —') ? DESCRIBED_HEAD_RE.exec(plain) : null)
    ?? (plain.includes(' : ') ? DESCRIBED_COLON_RE.exec(plain) : null);
  if (!m || wordCount(m[1]!) > 10 || wordCount(m[2]!) < 3 || isProse(m[1]!)) return null;
  return m[1]!;
}

/**
 * "1. Router query engine: dato un documento, creiamo due indici …": a numbered entry named, then
 * after its colon what it covers, sentences long. The entry is judged by its name. (Only in a
 * numbered list: elsewhere "Name: value" is as often a field.)
 */
function titledHead(plain: string): string | null {
  const m = plain.includes(':') || plain.includes('：') ? TITLED_HEAD_RE.exec(plain) : null;
  if (!m || wordCount(m[1]!) > 8 || wordCount(m[2]!) < 6 || isProse(m[1]!) || FIELD_NAME_HEAD_RE.test(m[1]!)) return null;
  return m[1]!;
}
const TITLED_HEAD_RE = /^([\p{Lu}\p{Lo}][^:：.!?]{2,60}?)\s*[:：]\s+(\p{L}.*)$/u;
/** A field's name, not a title: "Note", "Goal", "Status", "Deadline", "Why", "Tip". */
const FIELD_NAME_HEAD_RE = /^(?:notes?|goals?|status|deadline|due|why|how|what|tips?|idea|result|remarks?|comment|summary|nota|objetivo|meta|ziel|but|objectif)$/i;
// ("좋은 코드, 나쁜 코드 : 당장 업무도서를 …": a colon set apart by spaces does the same, in a script with no capitals too.)
const DESCRIBED_HEAD_RE = /^(\p{Lu}[^–—]{2,80}?)\s+[-–—]\s+(\p{L}.*)$/u;
const DESCRIBED_COLON_RE = /^([\p{Lu}\p{Lo}][^:：–—]{2,80}?)\s+:\s+(\p{L}.*)$/u;

/** The status an entry's place gives it, where its own words give none. */
function statusOfPlace(w: Walker, d: Draft, text: string, parent: number | null): void {
  if (d.status !== 'todo' || d.explicitStatus) return;
  // "### Day 2 (2026-11-02)" over "- Read HOML chapter 3": a day's record, past, tells what was done.
  if (parent === null && pastLogDay(w)) d.status = 'done';
  // A book with a page of notes on it has been read, at least in part.
  else if (inNotesIndex(w, text)) d.status = 'doing';
}

/**
 * Bullets left out one by one, among siblings that are entries: a list is mostly of one kind of
 * line, so a short bullet (no sentence) whose siblings at its column, in its run, are at least
 * three-quarters entries (three of them at least) is one too ("- Unit Testing Principles, Practices,
 * and Patterns, Vladimir Khorikov, Manning (2020)" among shorter book lines). The rest are
 * reported as not taken.
 */
export function siblingEntries(w: Walker): void {
  if (!w.candidates.length) return;
  const itemLines = new Set<number>();
  for (const d of w.drafts) itemLines.add(d.source.line);
  const candidateLines = new Set<number>();
  for (const c of w.candidates) candidateLines.add(c.draft.source.line);
  const textOf = (at: number): string => {
    const own = w.lines[at]!;
    return own.shape.t === 'list' ? own.shape.text : own.text;
  };
  const like = (s: Siblings, ownText: string): boolean => s.taken >= 3 && s.taken >= 3 * s.others && opensAsMost(openingOf(ownText), s.opens) && wordCount(ownText) <= 3 * (s.words / s.taken) + 3;
  // First each bullet among the others of its own run, as the note was read.
  const left: typeof w.candidates = [];
  const takenHere: number[] = [];
  for (const c of w.candidates) {
    const at = c.draft.source.line - 1;
    const ownText = textOf(at);
    // (A bullet over bullets of its own that was not taken groups them: "- General questions".)
    const next = w.lines[at + 1];
    const groups = next !== undefined && next.shape.t === 'list' && next.indent > c.indent;
    const s = groups ? null : siblingsOf(w, at, c.indent, itemLines, candidateLines);
    if (s !== null && like(s, ownText)) {
      w.addItem(c.draft, c.parent);
      w.note(c.draft.source.line, 'item', `a list entry like the ${s.taken} entries around it`);
      takenHere.push(c.draft.source.line);
    } else if (s !== null && s.rejected === 0 && c.parent === null && !(ownText.includes('](#') && TOC_ENTRY_RE.test(ownText))) left.push(c);
    else w.notTaken(ownText, plainText(ownText), c.draft.source.line, c.parent);
  }
  // "### Romans" under "## Ma liste", its books as "_Les Furtifs_, d'Alain Damasio, dans l'édition
  // de poche …" like the books of "### BDs" beside it: then with the lists of the sections beside
  // its own, at its column, as one list cut by headings (those runs as just decided). Only where
  // nothing in its own run was turned down outright, a sentence or a field ("- LU decomposition"
  // among "- null space is always a subspace" is one more fact), and not a table of contents,
  // "- [DDD関連](#DDD関連)": its entries point at the sections, not at work.
  for (const l of takenHere) itemLines.add(l);
  // (Candidates in one stretch of sections share its count: each stretch is counted once.)
  const stretches = new Map<string, { from: number; to: number; count: Siblings }>();
  const levels = left.length ? sectionLevels(w) : [];
  for (const c of left) {
    const at = c.draft.source.line - 1;
    const ownText = textOf(at);
    const level = levels[at] ?? null;
    let f: Siblings | null = null;
    if (level !== null) {
      const key = `${level}:${c.indent}`;
      let st = stretches.get(key);
      if (st === undefined || at < st.from || at > st.to) {
        const [from, to] = stretchOf(w, at, c.indent, level);
        st = { from, to, count: countStretch(w, from, to, c.indent, itemLines, candidateLines) };
        stretches.set(key, st);
      }
      // (Its own line, a candidate not taken, is not one of the others around it.)
      f = { ...st.count, others: st.count.others - 1 };
    }
    if (f !== null && f.crossed && like(f, ownText)) {
      w.addItem(c.draft, c.parent);
      w.note(c.draft.source.line, 'item', `a list entry like the ${f.taken} entries around it, in the sections beside its own`);
    } else w.notTaken(ownText, plainText(ownText), c.draft.source.line, c.parent);
  }
}

interface Siblings {
  /** Lines at the column that are entries, and that are not. */
  taken: number;
  others: number;
  /** Lines at the column that are not entries and were never in doubt (a sentence, a field …). */
  rejected: number;
  /** How many of the entries open each way (a link, bold, a capital …), and their words in all. */
  opens: Map<string, number>;
  words: number;
  /** Whether the count went past a heading into a section beside the line's own. */
  crossed: boolean;
}

/** The lines at column `indent` around line index `at`, in its run: up to a line that is not of the list. */
function siblingsOf(w: Walker, at: number, indent: number, itemLines: ReadonlySet<number>, candidateLines: ReadonlySet<number>): Siblings {
  let taken = 0;
  let others = 0;
  let rejected = 0;
  let words = 0;
  // (And it looks like them: it opens as most of them do — a link, bold, a capital, a digit —
  // and is not more than three times as long as they are.)
  const opens = new Map<string, number>();
  for (const step of [-1, 1]) {
    for (let k = at + step; k >= 0 && k < w.lines.length; k += step) {
      const l = w.lines[k]!;
      if (l.shape.t === 'blank') continue;
      if (l.shape.t !== 'list' || l.indent < indent) break;
      if (l.indent > indent) continue;
      if (!itemLines.has(l.no)) { others++; if (!candidateLines.has(l.no)) rejected++; continue; }
      taken++;
      const o = openingOf(l.shape.text);
      opens.set(o, (opens.get(o) ?? 0) + 1);
      words += wordCount(l.shape.text);
    }
  }
  return { taken, others, rejected, opens, words, crossed: false };
}

/**
 * The stretch of lines around index `at` that its list runs through the sections beside its own:
 * past blank lines, text, deeper bullets and headings of `level` or deeper, up to a heading above
 * that level, a bullet less indented, or another sort of block (a table, a fence). Inclusive.
 */
function stretchOf(w: Walker, at: number, indent: number, level: number): [number, number] {
  const stops = (k: number): boolean => {
    const s = w.lines[k]!.shape;
    if (s.t === 'blank' || s.t === 'text') return false;
    if (s.t === 'heading') return s.level < level;
    return s.t !== 'list' || w.lines[k]!.indent < indent;
  };
  let from = at;
  while (from - 1 >= 0 && !stops(from - 1)) from--;
  let to = at;
  while (to + 1 < w.lines.length && !stops(to + 1)) to++;
  return [from, to];
}

/** The bullets at column `indent` in the stretch [from, to], boxes aside (a list of boxes is another list), as siblingsOf counts them. */
function countStretch(w: Walker, from: number, to: number, indent: number, itemLines: ReadonlySet<number>, candidateLines: ReadonlySet<number>): Siblings {
  let taken = 0;
  let others = 0;
  let rejected = 0;
  let words = 0;
  let crossed = false;
  const opens = new Map<string, number>();
  for (let k = from; k <= to; k++) {
    const l = w.lines[k]!;
    if (l.shape.t === 'heading') { crossed = true; continue; }
    if (l.shape.t !== 'list' || l.indent !== indent || l.shape.check !== null) continue;
    if (!itemLines.has(l.no)) { others++; if (!candidateLines.has(l.no)) rejected++; continue; }
    taken++;
    const o = openingOf(l.shape.text);
    opens.set(o, (opens.get(o) ?? 0) + 1);
    words += wordCount(l.shape.text);
  }
  return { taken, others, rejected, opens, words, crossed };
}

/** For each line index, the level of the heading whose section holds it (null above the first heading). */
function sectionLevels(w: Walker): (number | null)[] {
  const out = new Array<number | null>(w.lines.length);
  let level: number | null = null;
  for (let k = 0; k < w.lines.length; k++) {
    out[k] = level;
    const s = w.lines[k]!.shape;
    if (s.t === 'heading') level = s.level;
  }
  return out;
}

/** How a line opens: a link, emphasis, a capital letter, a digit, a lower-case letter, or something else. */
function openingOf(text: string): string {
  const c = text.charAt(0);
  if (c === '[') return 'link';
  if (c === '*' || c === '_') return 'bold';
  if (/\p{Lu}/u.test(c)) return 'capital';
  if (/\d/.test(c)) return 'digit';
  if (/\p{Ll}/u.test(c)) return 'lower';
  // A script without case: "データベース", "자료구조".
  if (/\p{Lo}/u.test(c)) return 'caseless';
  return 'other';
}

/** Whether `own` is alike an opening that most of the entries have (one of them, where two are as common). */
function opensAsMost(own: string, opens: ReadonlyMap<string, number>): boolean {
  let most = 0;
  for (const n of opens.values()) if (n > most) most = n;
  for (const [o, n] of opens) if (n === most && sameOpening(own, o)) return true;
  return false;
}

/** Whether two openings are alike: a word of a script without case is like any word. */
function sameOpening(a: string, b: string | undefined): boolean {
  if (a === b) return true;
  const word = (x: string | undefined): boolean => x === 'capital' || x === 'lower';
  return (a === 'caseless' && word(b)) || (b === 'caseless' && word(a));
}

/** A sum of time by a span's name: "Weekdays: 14-19 hours", "**Total: 16-23 horas**", "Fin de semana: 2-4 horas". */
const TIME_SUM_RE = /^(?:\*\*|__)?\s*(?:(?:grand |sub)?total|weekdays?|week[- ]?days|weekends?|week[- ]ends?|d[ií]as de semana|entre semana|fin(?:es)? de semana|fim de semana|wochentags|wochenende|en semaine|le week-end|semaine|totale?)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*[~≈]?\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(?:h|hrs?|hours?|horas?|heures?|stunden|std|ore)\b/i;

/** "… = 7.5 hours", "… = 4h": a line that works out an amount of time. */
const TIME_RESULT_RE = /=\s*[~≈]?\d[\d.,]*\s*(?:h|hrs?|hours?|horas?|heures?|stunden|std|ore)\b\W*$/i;

/** A slot's placeholder: "N/A", "`N/A - project work`", "none", "TBD", "—". */
const PLACEHOLDER_RE = /^[\s`*_]*(?:n\/a|n\.a\.|none|nothing|tbd|tba|[-–—]+)[\s`*_.]*(?:$|[-–—]\s)/i;
/**
 * A bullet saying its list is empty so far: "(rien pour l'instant)", "None yet", "暂无". (Not a
 * bare "Nada" or "Nothing", which may be a title: Carmen Laforet's novel is one.)
 */
const EMPTY_LIST_RE = /^[\s`*_]*(?:[(（]\s*(?:n\/a|none|nothing|tbd|rien|nada|nichts|vide|empty|vazio|vac[íi]o)[^()（）]{0,25}[)）]|(?:none|nothing) (?:yet|so far|for now)|rien pour (?:l['’]instant|le moment)|nada (?:por ahora|todav[ií]a|ainda|por enquanto)|noch nichts|nichts bisher|暂无|暫無|아직 없음)[\s`*_.]*$/iu;

// "I got 250 pages in": how far the person got, in pages.
const PAGES_IN_RE = /\b(\d{1,4})\s+pages?\s+in\b/i;

/**
 * Whether the bullets from line `no` on, at the column of the numbered entry `marker` above,
 * are that entry's details: the numbered list goes on after them with the next number, or,
 * after its last entry, the entry is a name alone (in bold, or a link) and no heading comes
 * between.
 */
function detailsOfNumbered(w: Walker, no: number, indent: number, marker: string, item: number): boolean {
  const n = parseInt(marker, 10);
  if (!Number.isFinite(n)) return false;
  for (let k = no; k < w.lines.length && k < no + 200; k++) {
    const l = w.lines[k]!;
    if (l.shape.t === 'heading' || l.shape.t === 'orgHeadline' || l.shape.t === 'fence') break;
    if (l.shape.t === 'list' && l.indent === indent && l.shape.ordered) return parseInt(l.shape.marker, 10) === n + 1;
    if (l.shape.t === 'list' && l.indent < indent) return false;
  }
  const own = w.lines[w.drafts[item]!.source.line - 1];
  return n >= 2 && own?.shape.t === 'list' && NAME_ALONE_RE.test(own.shape.text.trim());
}
const NAME_ALONE_RE = /^(?:\*\*[^*]+\*\*|__[^_]+__|\[[^\]]+\]\([^)]+\))[:：]?$/;

/**
 * A remark under an entry in which the person says what became of it ("so I gave up on it",
 * "I put it down about 100 pages in", "I finished it in a weekend"): the entry's status, over
 * the one its section gave it (a box or a status word of its own still wins).
 */
function remarkStatus(w: Walker, parent: number, plain: string, line: number): void {
  const d = w.drafts[parent]!;
  if (d.explicitStatus) return;
  // "This course covered recursion, …", "The book walked through …": told of in the past, it
  // was taken (a remark in the present or the future says nothing of it).
  if (d.status === 'todo' && RESOURCE_KINDS.has(d.kind) && TOLD_IN_PAST_RE.test(plain)) {
    d.status = 'done';
    w.note(line, 'part', `the item on line ${d.source.line} told of in the past in a remark under it: taken`, d.source.line);
    return;
  }
  const s = narratedStatus(plain);
  // (About the entry: "it" or "this" is what the wording is about, or is inside it.)
  if (!s || !(/\bit\b/i.test(plain.slice(s.index, s.end)) || /^\s*(?:on |with |reading |watching |doing )?(?:it|this)\b/i.test(plain.slice(s.end)))) return;
  const pages = s.status !== 'done' && !d.progress ? PAGES_IN_RE.exec(plain) : null;
  if (pages) applyProgress(d, { done: Number(pages[1]), total: null, unit: 'page' }, line);
  d.status = s.status;
  w.note(line, 'part', `where the item on line ${d.source.line} stands, told in a remark under it`, d.source.line);
}

/** "This course covered …", "The book walked through …", "This class revisited …": a resource told of in the past. */
const TOLD_IN_PAST_RE = /^\W*(?:this|the) (?:course|class|book|textbook|specialization|lecture series|series|mooc|module|program)\s+(?:\w+ ){0,2}?(?:covered|explained|revisited|taught|introduced|walked (?:me )?through|went (?:through|over)|showed (?:me|us))\b/i;

/**
 * Under "Courses", "- [ ] Algorithms" is a course and its "- [ ] Graph Algorithms" a part
 * of it: a topic, unless its own words or links say more. The section's kind is for the
 * entries it lists, not for their parts.
 */
/**
 * "Sections 1A-2B" under "[Solutions to Exercises](…)" under a book: a part of the practice,
 * not another book (its own words may still name a resource).
 */
function practicePart(w: Walker, d: Draft, parent: number | null): void {
  if (parent === null || w.drafts[parent]!.kind !== 'task' || !RESOURCE_KINDS.has(d.kind) || d.kind !== w.kindHint()) return;
  const own = classifyKind(d.title, d.links, null);
  d.kind = own === 'topic' ? 'task' : own;
}

/** A heading's word on what its boxes mean, when they mean bought or owned: "(체크는 구매 여부)", "(checked = bought)", "(✓ = owned)". */
const OWNED_BOX_RE = /(?:check(?:ed|mark|box(?:es)?)?|tick(?:ed)?|✓|✔|☑|\[x\]|체크|勾选?|打勾|チェック)\s*(?:는|은|=|:|：|means?|meaning|is|→|->)?\s*(?:whether\s+)?(?:구매|구입|소장|购买|購買|已购|購入|買った|bought|purchased|owned|own it|have it|in (?:my )?library)/iu;

function boxMeansOwned(w: Walker): boolean {
  const s = w.sections[w.sections.length - 1];
  const raw = s?.heading?.raw ?? s?.title ?? '';
  return raw.length > 0 && OWNED_BOX_RE.test(raw);
}

/** A name that ends by calling its things exercises: "Python Data Analysis Exercises", "SQL Katas", "Practice Problems". */
const EXERCISE_SET_RE = /\b(?:exercises|problems|problem sets|psets|katas|drills|challenges|练习题?|習題|习题|練習問題|연습\s?문제)\W*$/iu;

/** "Mean-Variance-Standard Deviation Calculator" under "Python Data Analysis Exercises": one of the exercises, a task. */
function exercisePart(w: Walker, d: Draft, parent: number | null): void {
  // (Its verb does not make it a project: "Build a Summary Report" is one of the set.)
  if (parent === null || (d.kind !== 'topic' && d.kind !== 'project')) return;
  if (EXERCISE_SET_RE.test(w.drafts[parent]!.title)) d.kind = 'task';
}

export function partKind(w: Walker, d: Draft, parent: number | null): void {
  if (parent === null || !RESOURCE_KINDS.has(d.kind)) return;
  const hint = w.kindHint();
  const p = w.drafts[parent]!;
  // (Or under a part of one: "Image classification" under "Neural Networks" under "CS231n", among courses.)
  if (d.kind !== hint || (p.kind !== hint && !(p.parent !== undefined && w.drafts[Number(p.parent)]?.kind === hint))) return;
  // A playlist's or a course's videos are videos ("Videos [10/16]" under a YouTube series).
  if (hint === 'video') return;
  // A school or a platform over its courses ("CMU", "Stanford", "Coursera") groups them: they stay courses.
  if (/^[A-Z]{2,6}$/.test(p.title.trim()) || PROVIDER_RE.test(p.title)) return;
  d.kind = classifyKind(d.title, d.links, null);
}

/** A row of progress boxes (see onText); true when the line was one. */
export function boxRow(w: Walker, ln: ScannedLine, text: string): boolean {
  const cont = BOX_CONT_RE.exec(ln.text);
  const row = cont ? null : BOX_ROW_RE.exec(text);
  if (!cont && !row) return false;
  const cells = (cont ? cont[1]! : row![2]!).match(BOX_CELL_RE) ?? [];
  const done = cells.filter((c) => /[^\s[\]]/.test(c)).length;
  if (cont) {
    const d = w.lastBoxRow !== null ? w.drafts[w.lastBoxRow] : undefined;
    if (!d?.progress || d.progress.total === null || d.source.endLine < ln.no - 1) return false;
    applyProgress(d, { done: d.progress.done + done, total: d.progress.total + cells.length, unit: d.progress.unit }, d.source.line);
    d.status = statusOfProgress(d.progress);
    d.source.endLine = ln.no;
    w.note(ln.no, 'part', `more boxes of the row on line ${d.source.line}`, d.source.line);
    return true;
  }
  const d = w.entry(row![1]!, ln.no, null);
  applyProgress(d, { done, total: cells.length, unit: 'part' }, ln.no);
  d.progressLine = null;
  d.status = statusOfProgress(d.progress!);
  let parent: number | null = null;
  for (let k = w.sections.length - 1; k >= 0 && parent === null; k--) parent = w.sections[k]!.item;
  // Made of chapters with lessons in them: a course, whatever its title's verb says.
  if (parent !== null && w.drafts[parent]!.kind === 'topic') w.drafts[parent]!.kind = 'course';
  w.lastBoxRow = w.addItem(d, parent);
  return true;
}

/**
 * "1. Math foundations" over "- Linear algebra", "- Calculus": an entry that only names an
 * area (a short topic, nothing to open or count) introduces the entries under it, as a
 * label would.
 */
export function isAreaEntry(w: Walker, parent: number | null): boolean {
  if (parent === null) return false;
  const p = w.drafts[parent]!;
  if (p.links.length > 0 || p.progress || p.estimate) return false;
  if (p.kind === 'topic' && wordCount(p.title) <= 4) return true;
  // "- **英文法を総復習する**" over "- 『Evergreen』の各章を読み…": a bullet all in bold, a piece of work
  // named as a label is, over the steps that make it up.
  return (p.kind === 'task' || p.kind === 'topic') && wordCount(p.title) <= 8 && BOLD_BULLET_RE.test(w.lines[p.source.line - 1]?.text ?? '');
}

/** A bullet whose words are all in bold: "- **Grammar review**", "1. __Speaking__". */
const BOLD_BULLET_RE = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(\*\*|__)[^*_]+\1\s*$/;

/**
 * Under a heading that says nothing of work, a note of paragraphs holds points of its text
 * ("Routing", "Traffic engineering"), unless a bullet links to what it names or says to do something.
 */
function contentContext(w: Walker, context: number, text: string, plain: string): number {
  return context === 0 && w.contentNote && !text.includes('](') && !text.includes('://') && !text.includes('[[') && !startsWithActionVerb(plain) ? -1 : context;
}

/**
 * In a note of boxes, a part with no box under a heading that names what its list holds ("## Technical
 * Skills to Develop", "## Books") or announces work ("## Next Goals", "## Prochains objectifs"): its
 * plain bullets, at the list's top, are that list, not remarks.
 * (Not a table of contents' links to places in the page, "[System Design](#system-design) (if …)".)
 */
function boxlessList(w: Walker, text: string, parent: number | null, line: number): boolean {
  if (parent !== null || line <= 0 || !w.unboxedPart[line - 1] || w.labels.length || text.includes('](#')) return false;
  const s = w.sections[w.sections.length - 1];
  // (Under a heading that only announces work, a bullet that is a phrase: "C: Very low level. Allows you to …" is a remark.)
  return s !== undefined && s.item === null && ((s.kind !== null && s.kind !== 'task') || (s.work && isPhraseLike(plainText(text)))) && !s.nonWork && w.lines[line - 1]!.indent === 0;
}

export function bulletIsItem(w: Walker, text: string, plain: string, ordered: boolean, parent: number | null, parentIntroduces: boolean, line = 0): boolean {
  // "## Liens" over "- [README](README.md)", "- [TP00](tp/00-diagnostic.md)": links to the
  // note's neighbours in a section named for links, the way around the folder, not work.
  if (parent === null && text.includes('](') && OWN_LINK_BULLET_RE.test(text.trim()) && LINKS_SECTION_RE.test(w.sections[w.sections.length - 1]?.title ?? '')) return false;
  // "## Common mistakes", "## Errores importantes 🐛" over "1. **Open vs closed**: a bracket includes
  // the end …": under a heading that says its part holds no work, and no label, a bullet with nothing
  // of its own that makes it work (a link, a tag, an icon of a kind, a schedule's block) is a point
  // of that part, however its name is set out; so is one under a label that names no work there
  // ("### Legend" over "- **Difficulty:**" over "- ⭐⭐ medium"). (A label that names work, a kind or a
  // status, an org drawer's part, and a heading that is itself an item are weighed as before.)
  const part = w.sections[w.sections.length - 1];
  if (w.labels.every(quietLabel) && part?.nonWork && !part.work && part.item === null && w.currentBlock() === null && !w.fence?.layout
    && !text.includes('](') && !text.includes('://') && !text.includes('[[') && !text.includes('#') && !(codeAt(text, 0) > 0x2000 && iconKind(text) !== null)) return false;
  const index = inNotesIndex(w, text);
  return isItemBullet({
    text, plain, ordered, hasParent: parent !== null, parentIntroduces,
    context: index ? 1 : contentContext(w, w.contextScore(), text, plain),
    // ("- 09:00 - 10:00: Container Images": a slot of the day's timetable names what is done in it, as a schedule's block does.)
    inSchedule: Boolean(w.fence?.layout) || w.currentBlock() !== null || (codeAt(plain, 0) >= 48 && codeAt(plain, 0) <= 57 && SLOT_LEAD_RE.test(plain)),
    hint: w.kindHint() ?? w.fileHintHere(), checkboxNote: w.checkboxNote && !boxlessList(w, text, parent, line),
    shortRun: () => line > 0 && w.shortRun(line - 1),
  });
}

/** A label that says nothing of work: no kind, no status, not one that announces work. */
function quietLabel(l: { work: boolean; kind: unknown; done: boolean; doing: boolean; planned?: boolean; dropped?: boolean }): boolean {
  return !l.work && l.kind === null && !l.done && !l.doing && !l.planned && !l.dropped;
}

/** A bullet that is one link to a file beside the note ("[TP05](tp/05-bilan.md)"), no web address, no place in the page. */
const OWN_LINK_BULLET_RE = /^\[[^\]]+\]\((?!https?:|\/\/|#|mailto:)[^)\s]+\)$/i;
/** A section named for links: "Links", "Liens", "Enlaces", "See also", "Navigation", "链接", "リンク", "링크". */
const LINKS_SECTION_RE = /^\W*(?:(?:useful|other|related|more|quick|internal)\s+)?(?:links?|liens?(?:\s+utiles)?|enlaces?|ligações|links úteis|verweise|see also|voir aussi|siehe auch|ver también|navigation|nav|related|链接|相关链接|連結|リンク|링크)\W*$/iu;

const DATED_LEAD_RE = new RegExp(`^\\[(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?${DATE_WORDS}\\]\\s+(\\S.*)$`, 'i');

/**
 * A dated line under a group entry ("- [x] Lecture", "- [x] Reading"): one unit, done on that day.
 * The group's title is a kind of work in a word or two; its lines are its units.
 */
function datedUnit(w: Walker, text: string, no: number, parent: number, indent: number, ordered: boolean, introduces: boolean): boolean {
  const m = DATED_LEAD_RE.exec(text);
  if (!m) return false;
  const p = w.drafts[parent]!;
  if (wordCount(plainText(p.title)) > 2) return false;
  const rest = m[1 + DATE_GROUPS]!;
  const day = dateOfWords(m, 1, { today: w.today, year: w.year });
  const d = w.entry(rest, no, null);
  // A unit of "Lecture" or "Reading" is of its group's kind, unless its words say more.
  if (d.kind === 'topic' && RESOURCE_KINDS.has(p.kind)) d.kind = p.kind;
  if (!d.explicitStatus) d.status = 'done';
  if (day && d.status === 'done') d.dates.done = day;
  w.list.push({ indent, item: w.addItem(d, parent), label: false, ordered, introduces });
  return true;
}

/** Words that name a kind of list: what it holds ("Books …"), where it stands ("… have been read"), or that it is no work ("My Notes"). */
/** "**Progress today:** …", "**Challenges you faced**: …": a bold field at the start of a bullet. */
const LOG_FIELD_RE = /^(?:\*\*|__)([^*_:：]{2,40}?)\s*(?:[:：]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:：])\s*(.*)$/;
/** Pages read that day, by the first and the last: "Page 101 to 105", "pp. 9-29", "p. 155–171". */
const PAGE_RANGE_RE = /\b(?:pages?|pp?\.)\s*(\d+)\s*(?:to|-|–|—|through)\s*(\d+)\b/i;
/** A day's record saying the thing was finished: "Book Finished.", "finished the course". */
const FINISHED_SAID_RE = /\b(?:(?:book|course|it)\s+(?:is\s+)?(?:finished|completed|done)|finished\s+(?:the\s+|this\s+)?(?:book|course))\b/i;
/** An unbolded field of a day's record, after an icon perhaps: "📘 Book: Deep Work", "Course: CS50". */
const PLAIN_LOG_FIELD_RE = /^(?:[^\p{L}\p{N}\s*_[]+\s*)?(\p{L}[\p{L}'’]*(?:\s\p{L}[\p{L}'’]*){0,2})\s*[:：]\s+(\S.*)$/u;
/** The field of a day's record that names what was worked on. */
const WORKED_ON_RE = /\b(?:project|working on|worked on|book|course|reading|watching)\b/i;

/** Whether item `i` is a heading that names a span of the plan: "Week 1 (3–9 June)", "HAFTA 1", "Phase 2: …", "Day 3". */
function planSpanHeading(w: Walker, i: number): boolean {
  return w.headingItems.has(i) && PLAN_SPAN_RE.test(w.drafts[i]!.title.replace(/^[^\p{L}\p{N}]+/u, ''));
}

/** The innermost section's title; a day ticked off ("## ✅ Day 1 – February 03, 2025") is an item, and its title is the day's. */
function dayTitle(w: Walker): string {
  const s = w.sections[w.sections.length - 1];
  return s?.title || (s?.item != null ? w.drafts[s.item]?.title ?? '' : '');
}

/** Whether the entries here are a day's record ("### Day 2 (2026-11-02)", "## 2026-11-18") of a day before the note's day. */
function pastLogDay(w: Walker): boolean {
  if (w.asOf === null) return false;
  const title = dayTitle(w);
  // ("Dia 2: Agosto 11, Quinta-feira, 2022": a day's number, then its date in words, a day of the diary too.)
  const day = inLogDay(w) ? /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(title)?.[0] ?? null
    : DIARY_DAY_RE.test(title) && onlyDate(title.replace(DIARY_DAY_RE, '')) ? monthNameDay(title) : null;
  return day !== null && day < w.asOf;
}

/** A month's name and the day's number, either way round: "Agosto 11", "3 de março", "8. August". */
const MONTH_NAME_DAY_RE = /(?<!\p{L})(\p{L}{3,10})\.?\s+(\d{1,2})(?!\d)|(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,10})(?!\p{L})/gu;

/** A diary day's number before its date: "Dia 2:", "Day 14 -", "Jour 3 —". */
const DIARY_DAY_RE = /^(?:day|d[ií]a|jour|tag|giorno)\s*#?\d+\s*[:：.\-–—|]?\s*/i;
/** Weekdays and the little words of a written date, in the languages whose month names dates.ts knows. */
const DIARY_DATE_WORDS = new Set('de del of the th st nd rd er feira monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles jueves viernes sábado domingo segunda terça quarta quinta sexta lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag lunedì martedì mercoledì giovedì venerdì sabato domenica'.split(' '));

/** Whether `rest` holds a date and nothing more: month names, numbers, weekdays ("Agosto 11, Quinta-feira, 2022"), not a topic ("What is Generative AI (July 8th, 2024)"). */
function onlyDate(rest: string): boolean {
  const words = rest.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.every((x) => monthOfName(x) > 0 || DIARY_DATE_WORDS.has(x));
}

/** The day a heading names with a month's name and a year, in any of those languages ("Dia 2: Agosto 11, Quinta-feira, 2022", "3 de março de 2023"), as YYYY-MM-DD. */
function monthNameDay(title: string): string | null {
  const year = /(?<!\d)(20\d{2}|19\d{2})(?!\d)/.exec(title);
  if (!year) return null;
  for (const m of title.toLowerCase().matchAll(MONTH_NAME_DAY_RE)) {
    const day = isoDay(Number(year[1]), monthOfName((m[1] ?? m[4])!), Number(m[2] ?? m[3]));
    if (day) return day;
  }
  return null;
}

/** Whether the entries here are a day's record: under a heading that names a day ("Day 3 - 3/4/22", "2026-11-18", "Saturday, Mar 8 - Day 1"). */
export function inLogDay(w: Walker): boolean {
  const title = dayTitle(w);
  if (!title) return false;
  // (Also a date beside the day's number or a word: "Saturday, Mar 8 - Day 1 🎉", "Day 4 | 2026-03-11".)
  return DATE_TITLE_RE.test(title) || /^(?:day|d[ií]a|jour|tag)\s*#?\d+\b.*?\d{1,2}[/.-]\d{1,2}/i.test(title)
    // ("Day 29– March 03, 2025": a dash written against the word before it.)
    || (/\s[-–—|]\s|[–—]\s/.test(title) && title.split(/\s[-–—|]\s|\s?[–—]\s/).some((part) => DATE_TITLE_RE.test(part.trim())));
}

/** "**What I Learned**: …", "**Topics studied this week:** …": a field naming what was learned, then its value. */
const LEARNED_FIELD_RE = /^(?:\*\*|__)(?:what\s+(?:i|we)\s+(?:learned|learnt|studied|covered)|(?:topics?|concepts?)\s+(?:learned|learnt|studied|covered)|learned|learnt)(?:\s+(?:this\s+week|today|this\s+month))?\s*[:：]?\s*(?:\*\*|__)\s*[:：]?\s*(\S.*)$/i;

/** What a plain entry over boxed steps may name and be. */
const RESOURCE_OVER_STEPS: ReadonlySet<string> = new Set(['course', 'book']);

/** Whether the first line under line `no` (1-based) is a checkbox indented deeper than `indent`. */
function firstChildBoxed(w: Walker, no: number, indent: number): boolean {
  const next = w.lines[no];
  return next !== undefined && next.indent > indent && next.shape.t === 'list' && next.shape.check !== null;
}

/** The item the current section's heading is, if it is one. */
/** The item of the org headline the lines are under, when its keyword made it one ("** TODO …", "** DONE …"). */
function orgTaskOwner(w: Walker): number | null {
  const s = w.sections[w.sections.length - 1];
  if (s?.item == null) return null;
  const d = w.drafts[s.item];
  return d && d.explicitStatus && w.lines[d.source.line - 1]?.shape.t === 'orgHeadline' ? s.item : null;
}

function headingOwner(w: Walker): number | null {
  const s = w.sections[w.sections.length - 1];
  return s?.item ?? null;
}

/**
 * Whether the entry on line `no` (1-based) at `indent` has lines under it and every one
 * says which of its parts are done or left ("Done: 1-6, 7(a)", "To do: 7(d)").
 */
function partsRecordUnder(w: Walker, no: number, indent: number): boolean {
  let seen = 0;
  for (let k = no; k < w.lines.length; k++) {
    const l = w.lines[k]!;
    if (l.shape.t === 'blank') break;
    if (l.indent <= indent) break;
    if (l.shape.t !== 'list' || l.shape.check !== null || !DONE_PART_FIELD_RE.test(plainText(l.shape.text))) return false;
    seen++;
  }
  return seen > 0;
}

/**
 * An entry some of whose parts are said done ("Done: 1-6", "Read: p. 1-58") is begun; read
 * from its first page ("Read: p. 1-58"), it is read that far.
 */
function partStatus(w: Walker, item: number, plain: string, line: number): void {
  const d = w.drafts[item]!;
  if (d.explicitStatus || !/^(?:done|read|finished|completed)\b/i.test(plain)) return;
  const pages = READ_FROM_FIRST_RE.exec(plain);
  if (pages && !d.progress) applyProgress(d, { done: Number(pages[1]), total: null, unit: 'page' }, line);
  if (d.status === 'todo') d.status = 'doing';
}

/** "Read: p. 1-58", "Read: pages 1–212": read from the first page to this one. */
const READ_FROM_FIRST_RE = /^read\s*:\s*(?:p(?:p|ages?)?\.?\s*)1\s*[-–]\s*(\d{1,4})\s*$/i;

/** A field's name that says parts are done or left: "Read", "Done", "To do". */
const DONE_PART_NAME_RE = /^(?:done|read|finished|completed|to ?do|left|remaining|skipped)$/i;
/** "p. 1-97", "245-270", "ch. 3", "2.1-2.4": a part by its numbers. */
const PART_RANGE_RE = /^(?:(?:p(?:p|ages?)?\.?|ch(?:apters?)?\.?|sections?|exercises?|problems?|lectures?)\s*)?\d[\d.]*(?:\s*[-–]\s*\d[\d.]*)?\b[\w().,\s-]{0,40}$/i;

/** "Done: 1-6, 7(a)", "Read: p. 1-58", "To do: 7(d)", "Left: ch. 9-12": parts done or left, by their numbers. */
const DONE_PART_FIELD_RE = /^(?:done|read|finished|completed|to ?do|left|remaining|skipped)\s*:\s*(?:(?:p(?:p|ages?)?\.?|ch(?:apters?)?\.?|sections?|exercises?|problems?|lectures?)\s*)?\d[\w().,\s-]*/i;

/** Whether numbered entries, two at least, stand under the entry on line `no` (at a deeper column, before anything at its own). */
function numberedUnder(w: Walker, no: number, indent: number): boolean {
  let n = 0;
  for (let k = no; k < w.lines.length && k < no + 60; k++) {
    const l = w.lines[k]!;
    if (l.shape.t === 'blank') continue;
    if (l.indent <= indent || l.shape.t !== 'list') break;
    if (l.shape.ordered && ++n >= 2) return true;
  }
  return false;
}

/**
 * Whether at least half of the numbered entries at `indent` in the list around line `no` have
 * a list of their own under them (areas over their goals), rather than most being leaves.
 */
function mostSiblingsHaveLists(w: Walker, no: number, indent: number): boolean {
  let total = 0;
  let withList = 0;
  const at = no - 1;
  const count = (k: number): void => {
    total++;
    let j = k + 1;
    while (j < w.lines.length && w.lines[j]!.shape.t === 'blank') j++;
    const next = w.lines[j];
    if (next !== undefined && next.shape.t === 'list' && next.indent > indent) withList++;
  };
  for (const step of [-1, 1]) {
    for (let k = at + step; k >= 0 && k < w.lines.length && k > at - 400 && k < at + 400; k += step) {
      const l = w.lines[k]!;
      if (l.shape.t === 'blank' || l.indent > indent) continue;
      if (l.shape.t !== 'list' || l.indent < indent || !l.shape.ordered) break;
      count(k);
    }
  }
  count(at);
  return withList * 2 >= total;
}

/** The words for a period of a plan, before its number: week, day, month, in the languages PERIOD_NAME_RE and PERIOD_SPAN_RE read. */
const PERIOD_WORDS = 'weeks?|wk|days?|months?|semaines?|semanas?|wochen?|tage?|mes|mois|monat';
/** A period of a plan: "Week 1~2", "Day 3", "Month 2", "第 2 周", "Semana 3". */
const PERIOD_NAME_RE = new RegExp(String.raw`(?:^|[\s\-–—:])(?:${PERIOD_WORDS})\s*\d{1,3}(?:\s*[-~–]\s*\d{1,3})?(?![\d\p{L}])|第\s*\d{1,3}\s*(?:[-~–]\s*\d{1,3}\s*)?[周週天日月]`, 'iu');

/** A day of a date: "22.03.07", "2022-03-11", "3/11", "Mar 11", "11 March". */
const DAY_DATE = String.raw`(?:\d{2,4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)`;
/**
 * A period of a plan and the dates it spans, and nothing more: "1주차: 22.03.07 ~ 22.03.10",
 * "Week 2 (Mar 11 – Mar 17)", "Semana 3: 2024-02-05 - 2024-02-11", "第2周 3/11~3/17".
 */
const PERIOD_SPAN_RE = new RegExp(String.raw`^(?:(?:${PERIOD_WORDS})\s*\d{1,3}|\d{1,3}\s*(?:주차|일차|週目|日目|周目|ヶ月目)|第\s*\d{1,3}\s*[周週天日月])\s*[:：\-–—]?\s*[(（]?\s*${DAY_DATE}\s*(?:~|〜|-|–|—|to|bis|au|al|a|à)\s*(?:${DAY_DATE}|\d{1,2})\s*[)）]?$`, 'iu');

/** A list below the entry on line `no`, blank lines between: the first line that is not blank is a bullet deeper than it. */
function listBelow(w: Walker, no: number, indent: number): boolean {
  for (let k = no; k < w.lines.length && k < no + 4; k++) {
    const l = w.lines[k]!;
    if (l.shape.t === 'blank') continue;
    return l.shape.t === 'list' && l.indent > indent;
  }
  return false;
}

/** A group named for where its entries stand: "Video Lecture Status", "Assignment Status", "Study progress". */
const STANDING_GROUP_RE = /^\W*(?:[\p{L}-]+\s+){1,3}(?:status|progress|tracker)\W*$/iu;
/** A word STANDING_GROUP_RE cannot match without, in any case ('ſ' and the Kelvin sign: letters its 'iu' flags fold to 's' and 'k'). */
const STANDING_GROUP_NEEDS_RE = /[\u017f\u212a]|status|progress|tracker/i;
/** A year alone: "2020", "(2019)". */
const YEAR_ALONE_RE = /^\W*((?:19|20)\d{2})\W*$/;
/** An introduction's name: "简介", "Background", "Overview", "Introducción", "はじめに", "소개". */
const INTRO_NAME_RE = /^[^\p{L}\p{N}]*(?:简介|簡介|介绍|介紹|概要|概述|はじめに|소개|background|overview|introduction|intro|about|introducci[oó]n|introdu[cç][aã]o|einleitung|einf[üu]hrung|введение)[^\p{L}\p{N}]*$/iu;
/** A group's name that is only a kind of work: "Lectures", "Course Bibliography", "Lab", "Exams" (not "GraphQL API project"). */
const GROUP_NAME_RE = /^\W*(?:(?:my|the|other|course|class|useful|recommended|main|extra|weekly)\s+)*(?:lectures?|lecture notes|bibliography|books?|readings?|videos?|courses?|papers?|articles?|projects?|exercises|labs?|assignments?|exams?|homeworks?|problem sets?|slides|tutorials?|talks|podcasts?)\W*$/i;

/**
 * "- 7:30 - 8:30" over one bullet ("- 拉勾教育 - Go 语言课程"): the slot's hours are that bullet's
 * time (w.slotHours, set once its entry is read). Over two or more, the slot is shared: no one's.
 */
function slotChild(w: Walker, ln: ScannedLine, text: string, indent: number): void {
  const range = CLOCK_RANGE_RE.exec(plainText(text).replace(/:\s+/g, ':'));
  const hours = range ? clockHours(range) : null;
  if (hours === null) return;
  let child = -1;
  let col = -1;
  for (let k = ln.no; k < w.lines.length; k++) {
    const l = w.lines[k]!;
    if (l.shape.t === 'blank') continue;
    if (l.indent <= indent) break;
    if (col < 0) col = l.indent;
    if (l.indent !== col) continue;
    if (l.shape.t !== 'list' || child >= 0) return;
    child = k;
  }
  if (child >= 0) w.slotHours.set(child + 1, round2(hours));
}

/** The first line of the note with words, naming the note's file, with every later line with words indented under it. */
function pageTitleBlock(w: Walker, no: number, plain: string): boolean {
  w.pageName ??= (w.path.split(/[/\\]/).pop() ?? w.path).replace(/\.(?:md|markdown|txt|org)$/i, '').trim().toLowerCase();
  const name = w.pageName;
  if (!name || plain.length < name.length || plain.trim().toLowerCase() !== name) return false;
  for (let k = 0; k < w.lines.length; k++) {
    const l = w.lines[k]!;
    if (k === no - 1 || l.shape.t === 'blank') continue;
    if (k < no - 1 || l.indent === 0) return false;
  }
  return true;
}

/**
 * Whether the list line numbered `no`, a heading written in a bullet ("- ### …"), has nothing
 * under it: the next line with words is another such bullet at its column, a heading, or none.
 */
function headedEntry(w: Walker, no: number, indent: number): boolean {
  for (let k = no; k < w.lines.length; k++) {
    const l = w.lines[k]!;
    if (l.shape.t === 'blank') continue;
    if (l.shape.t === 'heading' || l.shape.t === 'hr') return true;
    return l.shape.t === 'list' && l.indent === indent && /^#{1,6}\s/.test(l.shape.text);
  }
  return true;
}

/**
 * Whether bullets indented deeper follow the list line numbered `no` (past an outliner block's
 * properties and logbook, "collapsed:: true", ":LOGBOOK:"); `empty`: an empty bullet, "-", counts.
 */
function bulletsBelow(w: Walker, no: number, indent: number, empty: boolean): boolean {
  let below = itemAt(w.lines, no);
  for (let k = no; below !== undefined && (PROPERTY_LINE_RE.test(below.text) || PLANNING_LINE_RE.test(below.text.trim())) && k < no + 8; k++) below = itemAt(w.lines, k + 1);
  return below !== undefined && below.indent > indent && (below.shape.t === 'list' || (empty && below.shape.t === 'text' && /^[-*+]$/.test(below.shape.text.trim())));
}

/** A list's own name: "Reading list", "待学清单", "Lista de leitura", "Plan", "计划". */
const LIST_OF_RE = /^(?:(?:\p{L}+\s+){0,2}(?:list|lists)|(?:lista|liste)(?:\s+\p{L}+){0,2}|plans?|planning|计划|計劃|計画|[\p{Script=Han}]{0,4}(?:清单|清單|列表)|[\p{Script=Han}\p{Script=Katakana}]{0,4}リスト|[\p{Script=Hangul}\s]{0,6}목록)$/iu;

/**
 * A shelf's name over the bullets it holds: a list's name ("Reading list", "待学清单"), or a
 * status's in a few words ("Learned", "To read", "Currently reading").
 */
function shelfName(plain: string): boolean {
  const t = plain.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[:：\s]+$/, '');
  if (!t || wordCount(t) > 3) return false;
  return LIST_OF_RE.test(t) || isDoneSection(t) || isDoingSection(t) || isDroppedSection(t) || PLANNED_LABEL_RE.test(t);
}

/** An outliner block's property line: "collapsed:: true", "id:: 64a…". */
const PROPERTY_LINE_RE = /^\s*[\w-]+::\s/;

/** What a list of resources is called, and no more: "Resources", "Links", "Useful links", "Materials". */
const LIST_NAME_RE = /^\W*(?:(?:useful|other|more|extra|additional|further)\s+)?(?:resources?|links?|materials?|references?|sources?|readings?|reading material|tools?|tags?|aliases|related(?: notes| pages)?|see also|backlinks)\W*$/i;

function namesAList(s: string): boolean {
  const scope = scopeOf(s);
  // (A status said after the entry's words, "… — done:", is the entry's own, not a list's name.)
  const says = (scope.done || scope.doing || scope.dropped) && (isDoneSection(s) || isDoingSection(s) || isDroppedSection(s));
  return scope.kind !== null || says || (scope.nonWork && wordCount(s) <= 2);
}

/** The item's own line is a checkbox ("- [x] …"). */
function isBoxed(w: Walker, item: number): boolean {
  const shape = w.lines[w.drafts[item]!.source.line - 1]?.shape;
  return shape !== undefined && shape.t === 'list' && shape.check !== null;
}

/**
 * "## Book notes" over "- [[Sönke Ahrens - How to Take Smart Notes]]": an index of the pages of
 * notes kept on each book (a section of notes that names a resource kind, wiki links alone).
 */
function inNotesIndex(w: Walker, text: string): boolean {
  const s = w.sections[w.sections.length - 1];
  return w.labels.length === 0 && s !== undefined && s.nonWork && s.kind !== null && RESOURCE_KINDS.has(s.kind) && /^\s*\[\[[^\]]+\]\]\s*$/.test(text);
}

/** A line that ends in a question mark, in bold or not: "How does it work?", "**Was ist eine Relation?**". */
const ASKS_RE = /\?\s*(?:\*\*|__)?\s*$/;

/** A formula: a symbol or a short name, an equals sign, then what it stands for ("SS = Σ(x - x̄)²", "crate = 一次编译的单元"). */
const FORMULA_RE = /^[$\\]?[\p{L}\p{N}_'()^<>/]{1,12}\s*=\s*[^=\s]/u;

/** Whether `d`, a line ending in a question mark, is a question of a list of them: its kind, or its section's. */
function isQuestionList(w: Walker, d: Draft): boolean {
  return d.kind === 'question' || w.kindHint() === 'question';
}

/**
 * The question a bullet answers: the entry it is indented under, a question of a list of them; or the
 * question just before it at its column written with the other marker ("2. How does it work?" then "- use …").
 */
function answeredQuestion(w: Walker, parent: number | null, indent: number, ordered: boolean): number | null {
  if (parent !== null) {
    const p = w.drafts[parent]!;
    const line = w.lines[p.source.line - 1]?.text ?? '';
    return ASKS_RE.test(line) && isQuestionList(w, p) ? parent : null;
  }
  const q = w.lastQuestion;
  return q !== null && q.indent === indent && q.ordered !== ordered ? q.item : null;
}

/** Whether most bullets at the column of the bullet on line `no`, in its heading's part, end with a question mark (three at least). */
function siblingsAsk(w: Walker, no: number, indent: number): boolean {
  let bullets = 0;
  let asked = 0;
  const count = (k: number): boolean => {
    const l = w.lines[k]!;
    if (l.shape.t === 'heading' || l.shape.t === 'hr') return false;
    if (l.shape.t === 'list' && l.indent === indent) {
      bullets++;
      if (ASKS_RE.test(l.shape.text)) asked++;
    }
    return true;
  };
  for (let k = no - 1; k < w.lines.length && k < no + 400 && count(k); k++);
  for (let k = no - 2; k >= 0 && k > no - 400 && count(k); k--);
  return bullets >= 3 && asked * 3 >= bullets * 2;
}

/** "**Cloud Spend:** Am I really using AWS?": a bold label before the words, a metric's name over the question it checks. */
const LABELLED_LEAD_RE = /^(?:\*\*|__)[^*_]{1,40}?[:：]?(?:\*\*|__)\s*[:：]?\s+\S/;
