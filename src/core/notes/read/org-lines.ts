// Org-mode headlines (TODO keywords, tags, priorities) and their meta lines (#+TITLE, CLOCK, properties).
import { classifyKind, kindOfTags } from '../classify.js';
import { applyProgress, statusOfCheck } from '../entry.js';
import { ORG_DAY_HEADLINE_RE, parseOrgHeadline, readOrgMeta } from '../org.js';
import { headingTitle } from '../line-rules.js';
import { Walker, newSection, scopeOf } from './walker.js';
import { namesOneWork, workNotes } from './headings.js';

/** A headline that only counts a course's units: "Lectures", "Videos", "Progress". */
const GROUPING_RE = /^(lectures?|lecture videos|videos?|lessons?|chapters?|episodes?|exercises?|problems?|modules?|units?|parts?|progress)$/i;

/** A course's code in front of its name: "EK1450 …", "SF1690 …", "MATH 2400 …" (not "RFC 2616"). */
const COURSE_CODE_RE = /^(?!(?:RFC|ISO|IEEE|PEP|CVE|USB|HTTP|IPV|AWS)\b)[A-Z]{2,4}\s?\d{3,4}[A-Z]?\b\s+\p{L}/u;

export function onOrgHeadline(w: Walker, level: number, text: string, no: number, i: number): void {
  const h = parseOrgHeadline(text, w.orgKeywords);
  if (h.keyword !== null) w.keywordSeen = true;
  while (w.sections.length && w.sections[w.sections.length - 1]!.level >= level) w.sections.pop();
  const hasChildren = w.orgHasChildren[i] ?? false;
  let parent: number | null = null;
  for (let k = w.sections.length - 1; k >= 0; k--) {
    const it = w.sections[k]!.item;
    if (it !== null) { parent = it; break; }
  }
  // "*** TODO Lectures [3/23]", "**** Videos [10/16]" under a course: how far the course is,
  // counted in its units; the boxes under it are the course's own.
  const unit = h.cookie && parent !== null ? GROUPING_RE.exec(h.title.trim()) : null;
  if (unit && parent !== null) {
    const p = w.drafts[parent]!;
    if (!p.progress) {
      const word = unit[1]!.toLowerCase();
      const u = word === 'progress' || h.cookie!.unit === 'percent' ? h.cookie!.unit : word.startsWith('lecture') ? 'lecture' : word.replace(/s$/, '');
      applyProgress(p, { done: h.cookie!.done, total: h.cookie!.total, unit: u }, no);
      if (p.status === 'todo' && h.cookie!.done > 0) p.status = h.cookie!.done >= h.cookie!.total ? 'done' : 'doing';
    }
    w.note(no, 'part', `the progress of the item on line ${p.source.line} (a count of its ${unit[1]!.toLowerCase()})`, p.source.line);
    w.labels = [];
    w.list = [];
    // Lectures and videos are watched: the boxes under them are videos.
    const scope = scopeOf(/^(?:lecture|video)/i.test(unit[1]!) ? 'Videos' : h.title);
    w.sections.push(newSection(scope, { level, title: '', block: null, item: parent }));
    w.anchor = { item: parent, indent: -1, head: true };
    return;
  }
  // "*** [2026-04-07 Tue]" under a course: that day's entry in its diary, not work of its own.
  if (parent !== null && h.keyword === null && h.check === null && ORG_DAY_HEADLINE_RE.test(h.title)) {
    w.note(no, 'skipped', `a day's entry in the log of the item on line ${w.drafts[parent]!.source.line}, not an item`);
    w.labels = [];
    w.list = [];
    w.sections.push(newSection(scopeOf('Log'), { level, title: '', block: null, item: null }));
    w.anchor = null;
    return;
  }
  const scope = scopeOf(h.title);
  // Under a headline that holds no work ("*** Tips相关的命令:" over "***** git command:"), the
  // headlines below hold none either, unless a keyword or their own words make them work.
  const outer = w.sections[w.sections.length - 1];
  if (outer?.nonWork && outer.item === null && h.keyword === null && h.check === null && !scope.work) scope.nonWork = true;
  // "*** Course Information", "*** Information": facts about the item above, not work.
  // "* EK1450 Konstruktion av inbyggda system": a course named by its code, over its parts.
  const courseCode = level === 1 && COURSE_CODE_RE.test(h.title.trim());
  // ("***** BOOKS:", "**** 课程:": a headline that ends in a colon introduces what follows it, as a label does.)
  const introduces = /[:：]\s*$/.test(h.title);
  // "** 《思考，快与慢》 --丹尼尔.卡尼曼" over the ideas taken from it: the work, its notes not work (workNotes).
  if (h.keyword === null && h.check === null && h.priority === null && !scope.nonWork && !outer?.nonWork && namesOneWork(h.title)) {
    w.labels = [];
    w.list = [];
    w.sections.push(newSection(scope, { level, title: headingTitle(h.title), block: null, item: null }));
    if (workNotes(w, w.sections[w.sections.length - 1]!, level, h.title, no, h.tags)) return;
    w.sections.pop();
  }
  // ("* GitLab and VS Code [1/9]", "*** Commit every query block [2/3]": a headline that counts the
  // boxes right under it tracks them, an item with no keyword as with one; not a lane or a shelf,
  // "* Later [33%]", "* Books [3/10]", nor a headline whose count is of the headlines under it.)
  const tracks = h.cookie !== null && !scope.nonWork && !scope.done && !scope.doing && !scope.planned && !scope.dropped && scope.kind === null && boxesUnder(w, i);
  const isItem = h.keyword !== null || h.check !== null || tracks || (!hasChildren && (level >= 2 || topLeafAmongTodos(w, h.title)) && !scope.nonWork && !introduces) || (h.priority !== null) || courseCode;
  let item: number | null = null;
  if (isItem && h.title) {
    const d = w.entry(h.title, no, h.check, h.status);
    // A keyword (CANCELLED, DONE) says more than a box next to it.
    if (h.check !== null && h.status === null) d.status = statusOfCheck(h.check, true);
    if (h.priority !== null) d.priority = h.priority;
    if (h.cookie && !d.progress) {
      d.progress = { done: h.cookie.done, total: h.cookie.total, unit: h.cookie.unit };
      // "** TODO Full Stack Open [2/13]": begun, as "- [ ] Full Stack Open (2/13)" is (the
      // keyword says it is not finished; the count, that it was started).
      if (d.status === 'todo' && h.cookie.done > 0) d.status = 'doing';
    }
    for (const t of h.tags) if (!d.tags.includes(t)) d.tags.push(t);
    // "**** TODO L2A-112" over "DEADLINE: <2024-11-20>": a to-do with a day set for it and
    // nothing that says what it is, is a thing to do (a task), not a topic to learn.
    const next = w.lines[no]?.text ?? '';
    const planned = h.planning.some((p) => /\b(?:SCHEDULED|DEADLINE):/.test(p)) || (/^\s*(?:CLOSED|SCHEDULED|DEADLINE):/.test(next) && /\b(?:SCHEDULED|DEADLINE):/.test(next));
    if (h.keyword !== null && planned && d.kind === 'topic' && classifyKind(d.title, d.links, w.kindHint(), w.fileHintHere(), 'task') === 'task') d.kind = 'task';
    if (courseCode && (d.kind === 'topic' || d.kind === 'task')) d.kind = 'course';
    // "*** CANCELLED GWT" over "***** DONE GWT … - Olivier Gerardin - Editions Dunod": a headline
    // over books that name themselves as books (by a publisher or an author) is their subject.
    if (hasChildren && d.kind === 'book' && !titleSaysBook(h.title) && booksBelow(w, i, level)) d.kind = 'topic';
    d.kind = kindOfTags(h.tags) ?? d.kind;
    for (const p of h.planning) readOrgMeta(d, p, no);
    d.path = w.sectionPath().filter((_, k) => w.sections[k]?.item === null || w.sections[k]?.item === undefined);
    item = w.addItem(d, parent);
  }
  w.labels = [];
  w.list = [];
  w.sections.push(newSection(scope, { level, title: item === null ? headingTitle(h.title) : '', block: null, item }));
  w.anchor = item !== null ? { item, indent: -1, head: true } : null;
}

export function onOrgMeta(w: Walker, text: string, no: number): void {
  const title = /^#\+title:\s*(.+)$/i.exec(text);
  if (title) return w.pushSection(0, title[1]!);
  const target = w.anchor?.item ?? null;
  if (target === null) return;
  readOrgMeta(w.drafts[target]!, text, no);
}

/** A title that names itself a book, by its own words alone (no section's or file's say). */
/**
 * "* Kata.Mappable" with nothing under it, beside "* DONE Kata.Identity", "* DONE Kata.Either": a
 * top-level headline is a heading of the file, unless it holds nothing and the file's other
 * top-level headlines are its to-dos (two at least carry a keyword). Then it is one more, not begun.
 */
function topLeafAmongTodos(w: Walker, title: string): boolean {
  if (!title) return false;
  if (w.orgTopKeywords === null) {
    let n = 0;
    for (const l of w.lines) if (l.shape.t === 'orgHeadline' && l.shape.level === 1 && parseOrgHeadline(l.shape.text, w.orgKeywords).keyword !== null) n++;
    w.orgTopKeywords = n;
  }
  return w.orgTopKeywords >= 2;
}

/** Whether a box stands in the body of the headline at index `i`, before the next headline. */
function boxesUnder(w: Walker, i: number): boolean {
  for (let k = i + 1; k < w.lines.length; k++) {
    const s = w.lines[k]!.shape;
    if (s.t === 'orgHeadline') return false;
    if (s.t === 'list' && s.check !== null) return true;
  }
  return false;
}

function titleSaysBook(title: string): boolean {
  return classifyKind(title, [], null, null, 'topic') === 'book';
}

/** Whether a headline at `i` (of `level`) has, among its next headlines one level or more below, one that names itself a book. */
function booksBelow(w: Walker, i: number, level: number): boolean {
  for (let j = i + 1, seen = 0; j < w.lines.length && seen < 12; j++) {
    const l = w.lines[j]!.shape;
    if (l.t !== 'orgHeadline') continue;
    if (l.level <= level) return false;
    seen++;
    if (titleSaysBook(parseOrgHeadline(l.text, w.orgKeywords).title)) return true;
  }
  return false;
}
