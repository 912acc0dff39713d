// Headings and what stands for one: markdown headings (sections, numbered units of work, ticked or
// status-bearing headings that are items), a diary about one course, front matter that makes the
// note one resource, `<details>` blocks, and code fences (a schedule inside a fence is a schedule).
import type { Kind, Status } from '../../model/types.js';
import { achievementsIn, hasCourseCue, isCitedWork, isWorkIntro, kindOfTags, kindOfUnit, sectionKind, withoutAccents, wordCount } from '../classify.js';
import { applyProgress, findTrailingStatus, round2, saidAsCount, statusOfCheck, type Draft } from '../entry.js';
import { isMark } from '../vocabulary.js';
import { plainText, readInline } from '../inline.js';
import { findEstimate, findProgress, findStatusWord, parseDurationHours, statusOfProgress, wholeFraction, type ProgressMatch } from '../phrases.js';
import { closesFence, headingCheck, type ScannedLine } from '../scan.js';
import { LINK_ALONE, UNIT_OF_WORK_RE, PART_OF_WORK_RE, DONE_TAIL_RE, DATE_TITLE_RE, DIARY_NAME_RE, DIARY_TAIL_RE, DIARY_SAYS_RE, DIARY_TIME_RE, BOX_ROW_RE, RESOURCE_KINDS, unquote, STATUS_FIELD_RE, LATER_STATUS_FIELD_RE, PLAN_SPAN_RE } from '../line-patterns.js';
import { statusOfLeadingWord, statusOfWord, RANKED_HEADING_RE, headingTitle } from '../line-rules.js';
import { DONE_TOLD_RE, Walker, newSection, scopeOf, statusInBadgeOnly, type Scope, type Section } from './walker.js';
import { kindNamedIn, proseSaysDone, statusAlone } from '../languages.js';

/**
 * `<details><summary>Week 3: Higher-Order Functions</summary>` … `</details>`: a collapsible
 * block, as READMEs hold a course week or a project each. Its summary is a section; it is
 * an item too when it says a status ("✅ Build Pong"), names a unit of a plan ("Week 3"), or
 * opens with a mark ("➖ Learn Podman") and holds checkboxes or rows of boxes, which are then
 * its parts.
 */
export function onHtml(w: Walker, ln: ScannedLine, i: number): void {
  const t = ln.text;
  // "<font size="2">Status: Currently reading.</font>" under a heading: its status line, in a tag.
  const s0 = w.sections[w.sections.length - 1];
  if (s0?.heading && s0.item === null && t.includes('>') && !/<\/?(?:details|summary)\b/i.test(t)) {
    const inner = t.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    if (inner && headingStatus(w, inner, ln.no)) return;
  }
  // "<book>" over "The Dispossessed" and its author's line, then "</book>": an element named for a kind of work holds one.
  if (t.includes('<') && kindElement(w, i)) return;
  // "<a href="…">" over "Read it free online" and "</a>": a link written over lines, the item's link.
  if (w.anchor?.head && t.includes('href') && !t.includes('</a>')) {
    const a = linkOverLines(w, i);
    if (a) {
      // (Its words only say what the link is: "Book website", "Read it free online".)
      w.attach(w.anchor.item, a.href, a.line);
      w.skipTo = a.end;
      return;
    }
  }
  if (/<\/details>/i.test(t) && w.details.length) {
    const s = w.details.pop()!;
    const at = w.sections.indexOf(s);
    if (at >= 0) w.sections.length = at;
    w.labels = [];
    w.list = [];
    w.anchor = null;
    return;
  }
  const m = /<summary[^>]*>(.*?)<\/summary>/i.exec(t);
  const over = m ? null : summaryOverLines(w, i);
  if (!m && !over) return;
  const raw = m ? m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() : over!.title;
  if (!raw) return;
  const at = over ? over.line : ln.no;
  if (over) w.skipTo = over.end;
  const ticked = headingCheck(raw);
  const top = w.sections[w.sections.length - 1];
  // Half a level below the section it is in: headings inside the block stay inside it.
  const level = (top?.level ?? 0) + 0.5;
  w.pushSection(level, ticked ? ticked.rest : raw);
  const s = w.sections[w.sections.length - 1]!;
  s.heading = { line: at, raw, itemsBefore: w.drafts.length };
  w.details.push(s);
  if (s.nonWork || w.sections.some((x) => x.nonWork)) return;
  let holdsWork = false;
  for (let j = i + 1; j < w.lines.length; j++) {
    const l = w.lines[j]!;
    if (/<\/details>/i.test(l.text)) break;
    if ((l.shape.t === 'list' && l.shape.check !== null) || BOX_ROW_RE.test(l.text)) { holdsWork = true; break; }
  }
  // ("By Robert Nystrom" under the title: a work by its author, a book unless its words say more.)
  const authored = over !== null && over.byline !== null && BYLINE_RE.test(over.byline);
  // (Checkboxes under a summary that names a category, "1. Arrays & Hashing", are its problems,
  // the summary their section, as under a heading; under one marked as a status is, "➖ Learn
  // Podman", they are the steps of that work.)
  const marked = holdsWork && /^[^\p{L}\p{N}\s]/u.test(raw) && /\p{Extended_Pictographic}|[➖➕✔✓✗✘☐☑]/u.test(raw.slice(0, 3));
  if (!ticked && !marked && !authored && !RANKED_HEADING_RE.test(s.title) && !UNIT_OF_WORK_RE.test(s.title)) return;
  if (ticked && isStatusName(s)) return;
  const d = w.entry(ticked ? ticked.rest : raw, at, ticked ? ticked.check : null);
  if (authored && d.kind === 'topic') d.kind = 'book';
  headingItem(w, s, d);
}

/** "<a href="URL" …>" alone, its words on the next line or two, then "</a>": the link, its words' line, the index of its end. */
function linkOverLines(w: Walker, i: number): { href: string; text: string; line: number; end: number } | null {
  const open = /^\s*<a\s[^>]*href\s*=\s*["']([^"']+)["'][^>]*>\s*$/i.exec(w.lines[i]!.text);
  if (!open) return null;
  const words: string[] = [];
  for (let j = i + 1; j < w.lines.length && j <= i + 3; j++) {
    const lt = w.lines[j]!.text;
    if (/^\s*<\/a>\s*$/i.test(lt)) return words.length ? { href: open[1]!, text: words.join(' '), line: i + 2, end: j } : null;
    if (lt.includes('<')) return null;
    words.push(lt.trim());
  }
  return null;
}

/** An element named for a kind of work: "<book>", "<course class="…">", "<paper>". */
const KIND_ELEMENT_RE = /^\s*<(book|course|paper|article|video|talk)(?:\s[^>]*)?>(.*)$/i;

/**
 * "<book>" then "The Dispossessed<label …>", "<series>--- Ursula K. Le Guin</series>", notes,
 * "</book>", and "<rating>(reading)</rating>" after it: a page written in elements of its own,
 * each element named for a kind of work one item of that kind, titled by its first words (on
 * the tag's line or the next), its other lines notes on it. A status word alone in the element
 * just after it ("(reading)", "finished") is its status. True when line `i` opened one.
 */
function kindElement(w: Walker, i: number): boolean {
  const m = KIND_ELEMENT_RE.exec(w.lines[i]!.text);
  if (!m) return false;
  const tag = m[1]!.toLowerCase();
  const words = (s: string): string => s.replace(/<[^>]*>.*$/, '').trim();
  let at = i;
  let title = words(m[2]!);
  if (!title) {
    const next = w.lines[i + 1];
    if (!next || next.text.trimStart().startsWith('<')) return false;
    at = i + 1;
    title = words(next.text);
  }
  if (!title) return false;
  const close = new RegExp(`</${tag}\\s*>`, 'i');
  let end = at;
  for (let k = at; k < w.lines.length && k < at + 60; k++) {
    if (close.test(w.lines[k]!.text)) { end = k; break; }
  }
  const d = w.entry(title, at + 1, null);
  d.kind = tag === 'talk' ? 'video' : tag as Kind;
  // (The status may follow on the closing line, "</book><rating>(reading)</rating>", or the next.)
  const after = (w.lines[end]!.text.replace(close, '\n').split('\n')[1] ?? '').trim() || (w.lines[end + 1]?.text ?? '');
  const said = after.trim().startsWith('<') ? /^\W*\(?\s*(\p{L}[\p{L} -]{1,20}?)\s*\)?\W*$/u.exec(after.replace(/<[^>]*>/g, ' ').trim()) : null;
  const status = said && !d.explicitStatus ? statusOfWord(said[1]!) : null;
  if (status) d.status = status;
  d.source.endLine = end + 1;
  w.addItem(d, null);
  w.skipTo = end;
  return true;
}

/** "By Robert Nystrom", "by A. Author and B. Author": who wrote it. */
const BYLINE_RE = /^by\s+\p{Lu}/iu;

/**
 * "<summary>" over "<p><b>Crafting Interpreters</b></p>", "<p>By Robert Nystrom</p>" and
 * "</summary>": a summary written over lines. Its first line with words is its title, the
 * next its byline; `end` is the index of the line that closes it.
 */
function summaryOverLines(w: Walker, i: number): { title: string; line: number; byline: string | null; end: number } | null {
  if (!/<summary\b/i.test(w.lines[i]!.text)) return null;
  const texts: [string, number][] = [];
  for (let j = i; j < w.lines.length && j < i + 12; j++) {
    const lt = w.lines[j]!.text;
    const words = lt.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    if (words) texts.push([words, j + 1]);
    if (/<\/summary>/i.test(lt)) return texts.length ? { title: texts[0]![0], line: texts[0]![1], byline: texts[1]?.[0] ?? null, end: j } : null;
  }
  return null;
}

export function onFence(w: Walker, ln: ScannedLine, lang: string, marker: string): void {
  if (w.fence) {
    if (closesFence(w.fence.marker, marker, lang)) {
      if (w.fence.records) yamlItems(w);
      w.fence = null;
      w.labels = w.labels.filter((l) => !l.inFence);
      w.list = [];
    }
    return;
  }
  // A fence without a language (or a text one) is layout: schedules live in them; one that
  // holds placeholders ("<topic>", "{{date}}", "YYYY-MM-DD", "Day N") is a template.
  const layout = (!lang || /^(?:text|txt|plain|plaintext|md|markdown|none)$/.test(lang)) && !holdsPlaceholders(w, ln.no);
  // A YAML fence may hold records, one per thing tracked ("- id: 1047 / url: … / status: …").
  const records = /^(?:ya?ml)$/i.test(lang) && !holdsPlaceholders(w, ln.no) && !w.labels.some((l) => l.template) && !w.sections.some((x) => x.template);
  w.fence = { layout, marker, line: ln.no, ...(records ? { records } : {}) };
  w.list = [];
}

/** Keys whose value names a YAML record's thing, in the order they are preferred. */
const NAME_KEYS = ['title', 'name', 'book', 'course', 'paper', 'problem', 'topic', 'task'];
const RECORD_START_RE = /^(\s*)-\s+([A-Za-z][\w -]{0,30}?)\s*:\s*(.*)$/;
const RECORD_FIELD_RE = /^(\s*)([A-Za-z][\w -]{0,30}?)\s*:\s*(.*)$/;

/**
 * A line inside a YAML fence of records: "- id: 1047" opens a record (an item, on that
 * line), and the "key: value" lines under it are its fields — its name, its link, its
 * status. A record whose fields are all empty is a template, not an item.
 */
export function yamlRecord(w: Walker, ln: ScannedLine): void {
  const text = ln.text;
  const start = RECORD_START_RE.exec(text);
  if (start) {
    w.yamlOpen = { line: ln.no, indent: start[1]!.length, fields: new Map([[start[2]!.toLowerCase(), unquote(start[3]!.trim())]]) };
    w.yamlRecords.push(w.yamlOpen);
    return;
  }
  const open = w.yamlOpen;
  const field = open ? RECORD_FIELD_RE.exec(text) : null;
  if (open && field && field[1]!.length > open.indent) {
    const key = field[2]!.toLowerCase();
    if (!open.fields.has(key)) open.fields.set(key, unquote(field[3]!.trim()));
    return;
  }
  if (text.trim()) w.yamlOpen = null;
}

/**
 * "read: now", "read: '2021'", "finished: 2024-03-02", "read: true": a reading list's record
 * says whether and when it was read. Null when it says nothing of it.
 */
function readFieldStatus(fields: ReadonlyMap<string, string>, today: string | null): Status | null {
  const v = (fields.get('read') ?? fields.get('finished') ?? fields.get('done') ?? fields.get('completed') ?? fields.get('watched') ?? '').trim().toLowerCase();
  if (!v || v === 'false' || v === 'no') return endFieldStatus(fields, today);
  if (/^(?:now|currently|reading|in progress|started)$/.test(v)) return 'doing';
  if (/^(?:true|yes|\d{4}(?:-\d{2}(?:-\d{2})?)?)$/.test(v)) return 'done';
  return statusOfWord(v);
}

/**
 * "date_end: 2021-01-20", "certificate_url: http://coursera.org/verify/…": a record that says
 * when it ended (a day not after today) or links its certificate was finished. Null otherwise.
 */
function endFieldStatus(fields: ReadonlyMap<string, string>, today: string | null): Status | null {
  for (const [k, v] of fields) {
    if (/^(?:certificate|certificate_url|certificate_link|credential|credential_url)$/.test(k) && /^https?:\/\/\S/.test(v.trim())) return 'done';
    const day = /^(?:date_end|end_date|end|ended|completion_date|completed_on|finished_on|date_completed|date_finished)$/.test(k) ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(v.trim()) : null;
    if (day && (today === null || `${day[1]}-${day[2]}-${day[3] ?? '01'}` <= today)) return 'done';
  }
  return null;
}

/** The records a YAML fence held, as items (when the fence closes). */
export function yamlItems(w: Walker, listKind: Kind | null = null): void {
  const groups: { indent: number; status: Status | null }[] = [];
  for (let n = 0; n < w.yamlRecords.length; n++) {
    const r = w.yamlRecords[n]!;
    const values = [...r.fields.values()];
    if (!values.some((v) => v)) continue;
    while (groups.length > 0 && groups[groups.length - 1]!.indent >= r.indent) groups.pop();
    // ("- name: 2019" / "list:" over records further in: a group's name, not a thing of its own;
    // it says where they stand as a heading would: "2019", a year gone, and "Best of what I read", read.)
    const next = w.yamlRecords[n + 1];
    if (next && next.indent > r.indent && values.includes('') && next.line > r.line) {
      const name = (NAME_KEYS.map((k) => r.fields.get(k)).find((v) => v) ?? '').replace(/&nbsp;/g, ' ').trim();
      const scope = scopeOf(name);
      const year = /^(?:19|20)\d\d$/.test(name) ? Number(name) : null;
      const past = year !== null && w.today !== null && year < Number(w.today.slice(0, 4));
      groups.push({ indent: r.indent, status: scope.done || past ? 'done' : scope.dropped ? 'skipped' : scope.doing ? 'doing' : null });
      continue;
    }
    const grouped = groups.findLast((g) => g.status !== null)?.status ?? null;
    const url = r.fields.get('url') ?? r.fields.get('link') ?? [...r.fields.values()].find((v) => /^https?:\/\//.test(v)) ?? '';
    const named = NAME_KEYS.map((k) => r.fields.get(k)).find((v) => v);
    // A record named only by a number and its address: the address's last words ("two-sum").
    const slug = url ? (url.replace(/[?#].*$/, '').replace(/\/(?:description|problem|index\.html?)?\/?$/i, '').split('/').pop() ?? '') : '';
    const id = r.fields.get('id');
    const title = named ?? (id && slug ? `${id} (${slug})` : slug || id || '');
    if (!title) continue;
    const status = r.fields.get('status') ?? r.fields.get('state') ?? '';
    // (Every address the record gives is its link: the course's page, its platform's, its certificate.)
    const more = [...r.fields.values()].filter((v) => v !== url && /^https?:\/\/\S+$/.test(v));
    const d = w.entry(url ? `${title} ${[url, ...more].join(' ')}` : title, r.line, null, status ? statusOfWord(status.toLowerCase()) ?? null : readFieldStatus(r.fields, w.today) ?? grouped);
    // "type: book": the record says what it is; else the list it is in ("books:").
    const typed = sectionKind(r.fields.get('type') ?? r.fields.get('kind') ?? '') ?? listKind;
    if (typed) d.kind = typed;
    w.addItem(d, w.sections.slice().reverse().find((x) => x.item !== null)?.item ?? null);
  }
  w.yamlRecords = [];
  w.yamlOpen = null;
}

/**
 * Three or more headings of one level on consecutive lines, with nothing under any of them
 * ("# arrays", "# strings", "# 2d array" in a .txt roadmap): a list written with #s, its
 * lines entries, not sections. `no` is the heading's 1-based line.
 */
function inHeadingRun(w: Walker, level: number, no: number): boolean {
  const same = (k: number): boolean => {
    const s = w.lines[k - 1]?.shape;
    return s !== undefined && s.t === 'heading' && s.level === level;
  };
  let first = no;
  while (first > 1 && same(first - 1)) first--;
  let last = no;
  while (same(last + 1)) last++;
  if (last - first >= 2) {
    // The run ends the note or a blank line follows it, and nothing but another heading comes next.
    const after = w.lines[last]?.shape;
    return after === undefined || after.t === 'blank' || after.t === 'heading' || after.t === 'hr';
  }
  return inSpacedHeadingRun(w, level, no);
}

/**
 * "### - Tipos de Dados", a blank line, "### - Leitura e Escrita", …: three or more headings of
 * one level with only blank lines between them and nothing under any (the next line that is not
 * blank after the last is a heading no deeper, a rule, or the note's end): a list written as
 * headings, each line an entry.
 */
function inSpacedHeadingRun(w: Walker, level: number, no: number): boolean {
  /** The line number of the next (step 1) or previous (step -1) line that is not blank. */
  const nonBlank = (from: number, step: number): number => {
    let k = from + step;
    while (k >= 1 && k <= w.lines.length && w.lines[k - 1]!.shape.t === 'blank') k += step;
    return k;
  };
  const same = (k: number): boolean => {
    const s = w.lines[k - 1]?.shape;
    return s !== undefined && s.t === 'heading' && s.level === level;
  };
  let count = 1;
  let first = no;
  for (let k = nonBlank(no, -1); same(k) && count < 3; k = nonBlank(k, -1)) { count++; first = k; }
  let last = no;
  for (let k = nonBlank(no, 1); same(k); k = nonBlank(k, 1)) {
    last = k;
    count++;
  }
  const s = w.lines[no - 1]!.shape;
  // (Two are enough where a heading's words open with a list's marker, "### - O que é um Algoritmo":
  // it says it is a list's entry.)
  if (count < 3 && !(count === 2 && s.t === 'heading' && /^[-*+]\s/.test(s.text))) return false;
  // (Not a plan's days or weeks left empty, "#### [Thursday](…)", "## Week 3": spans to fill, not entries.)
  if (s.t === 'heading' && PLAN_SPAN_RE.test(plainText(s.text).trim())) return false;
  const after = w.lines[nonBlank(last, 1) - 1]?.shape;
  if (!(after === undefined || after.t === 'hr' || (after.t === 'heading' && after.level < level))) return false;
  // (Not the empty sections that end a form whose other sections of that level hold its lists:
  // "# 成果物", "# 学習記録", "# アウトカム" after "# 作業内容" over its steps, left to fill in.)
  return !filledSectionBefore(w, level, first);
}

/** Whether two headings of `level` or more before line `no` have a list under them (before the next heading): a form's sections. */
function filledSectionBefore(w: Walker, level: number, no: number): boolean {
  let open = false;
  let filled = 0;
  for (let k = 0; k < no - 1 && k < w.lines.length; k++) {
    const sh = w.lines[k]!.shape;
    if (sh.t === 'heading') open = sh.level === level;
    else if (open && sh.t === 'list') { open = false; if (++filled >= 2) return true; }
  }
  return false;
}

/** Whether the heading on line `no` is the note's first. */
function isNoteTitle(w: Walker, no: number): boolean {
  for (let k = 0; k < no - 1 && k < w.lines.length; k++) if (w.lines[k]!.shape.t === 'heading') return false;
  return true;
}

/**
 * "## 📅 …", "## 👓 Topic(s) Covered", "## 🧠 What I Learned", "## ✅ Action Steps": a note whose
 * headings open with pictures, three or more of them no status mark, decorates every heading so;
 * a ✅ or 🔄 among them is one more picture, not a status.
 */
function decoratedHeadings(w: Walker, level: number, text: string): boolean {
  if (w.headingPictures === null) {
    let pictures = 0;
    const marks = new Map<string, number>();
    for (const l of w.lines) {
      if (l.shape.t !== 'heading' || !PICTURE_LEAD_RE.test(l.shape.text)) continue;
      if (headingCheck(l.shape.text) === null) pictures++;
      else marks.set(markKey(l.shape.level, l.shape.text), (marks.get(markKey(l.shape.level, l.shape.text)) ?? 0) + 1);
    }
    w.headingPictures = { decorated: pictures >= 3, marks };
  }
  // ("### ✅ HAFTA 1", "### ✅ HAFTA 2": one mark on two headings of a level or more marks each of them, a series' status.)
  return w.headingPictures.decorated && (w.headingPictures.marks.get(markKey(level, text)) ?? 0) < 2;
}
/** A heading's level and the mark it opens with. */
function markKey(level: number, text: string): string {
  return `${level} ${String.fromCodePoint(text.trimStart().codePointAt(0) ?? 0)}`;
}
const PICTURE_LEAD_RE = /^\s*\p{Extended_Pictographic}/u;

export function onHeading(w: Walker, level: number, text: string, no: number): void {
  if (!w.fence && inHeadingRun(w, level, no)) {
    const d = w.entry(text, no, null);
    // (Under a course's title, "### - Tipos de Dados" is a part of it, a topic, unless its own words say course.)
    if (d.kind === 'course' && !hasCourseCue(d.title) && !d.links.length) d.kind = 'topic';
    w.addItem(d, w.sections.slice().reverse().find((x) => x.item !== null)?.item ?? null);
    w.note(no, 'item', 'a line of a list written as headings (three or more on consecutive lines, nothing under them)');
    return;
  }
  // "## [x] Week 1: Python basics", "### ✅ Chapter 3": a heading ticked off is an item, and
  // still the section of what is under it.
  const ticked = text.charCodeAt(0) === 91 /* [ */ || text.charCodeAt(0) > 0x2000 ? headingCheck(text) : null;
  w.pushSection(level, ticked ? ticked.rest : text);
  const s = w.sections[w.sections.length - 1]!;
  s.heading = { line: no, raw: text, itemsBefore: w.drafts.length };
  // "# Interview Prep (WIP)": a badge on the note's title says where the page stands, not where
  // each entry in it does ("# Currently reading", the title's own words, still does).
  if (level === 1 && (s.doing || s.done || s.dropped || s.planned) && isNoteTitle(w, no) && statusInBadgeOnly(s.title)) {
    s.doing = false; s.done = false; s.dropped = false; s.planned = false;
  }
  // "## ✅ Study Rules", "## ✅ Notes": a mark that decorates a heading over no work is no status;
  // "## ✅ Done", "## 🚧 In progress": a mark beside a status's name is the status of what is under it.
  // ("## ✔️ Progress Checklist", "## ✅ Roadmap": a mark that decorates the name of a list is no status of it.)
  // ("## ✅ Key Achievements", "## ✅ Logros": a mark beside the name of a list of things achieved,
  // in sectionKind's words for it, is their status.)
  if (ticked && s.kind === 'milestone' && achievementsIn(withoutAccents(s.title.toLowerCase()), s.title.toLowerCase())) {
    if (statusOfCheck(ticked.check, false) === 'done') s.done = true;
  } else if (ticked && !w.fence && !s.nonWork && !s.template && !isStatusName(s) && !LIST_NAME_RE.test(s.title) && !decoratedHeadings(w, level, text)) {
    const d = w.entry(ticked.rest, no, ticked.check);
    headingItem(w, s, d);
    return;
  }
  // "## Building Agentic RAG with LlamaIndex ✅", "## Multi AI Agent Systems with crewAI✅": a
  // heading that names a thing and ends with a mark is that thing, its status the mark's, and
  // what is under it (its lessons) shares it, as under "## Done".
  const end = text.charCodeAt(text.length - 1);
  const marked = !ticked && !w.fence && (end > 0x2000 || end === 58 /* : */) ? findTrailingStatus(text) : null;
  // (Not a span of the plan, "## Week 1 ✅", "### Day 3 ✅", nor a group that counts its entries,
  // "## 🦀 Rust 1/1 ✔️": their entries are the work, read as before.)
  if (marked && marked.index > 0 && isMark(marked.word) && !s.nonWork && !s.template && !isStatusName(s)
    && !PLAN_SPAN_RE.test(s.title.replace(/^[^\p{L}\p{N}]+/u, '')) && !/\d\s*\/\s*\d/.test(s.title)) {
    if (marked.status === 'done') s.done = true;
    else if (marked.status === 'doing') s.doing = true;
    else if (marked.status === 'skipped') s.dropped = true;
    // ("### 1. Números reales 🟡" over "- Estado: …", "- Ejercicios: 5/7": the fields of the thing, not its parts.)
    if (!w.fence && !w.sections.some((x) => x.nonWork) && recordHeading(w, s, text, no)) return;
    headingItem(w, s, w.entry(text, no, null));
    w.note(no, 'item', `a heading that ends with a mark ("${marked.word}"): the thing it names, ${marked.status}`);
    return;
  }
  // "# Learning Log" over "## 2. Routes and Views" over "1. Made a folder …", "1. Wrote a function …":
  // in a log of what was learned (a log, though logs hold no plans), a numbered part whose steps
  // are told done was worked through.
  // (A part named "3. Templates" is about templates, not one to fill: its steps are told done.)
  if (!w.fence && NUMBERED_HEADING_RE.test(text) && loggedPart(w, no)) {
    s.nonWork = false;
    s.template = false;
    headingItem(w, s, w.entry(text, no, null, 'done'));
    w.note(no, 'item', 'a numbered part of a learning log, its steps told in the past: worked through');
    return;
  }
  if (!w.fence && !w.sections.some((x) => x.nonWork)) {
    if (recordHeading(w, s, text, no)) return;
    if (level >= 2 && authoredHeading(w, s, text, no)) return;
    if (workNotes(w, s, level, text, no)) return;
    if (spanWork(w, s, level, text, no)) return;
    // "# GraphQL" over "..." among "# MySQL", "# Linux" over their steps: a subject planned, its steps not written yet.
    if (placeholderTopic(w, s, level, no)) {
      headingItem(w, s, w.entry(text, no, null));
      w.note(no, 'item', 'a heading over a placeholder ("...") among headings over their steps: a subject still to plan');
      return;
    }
    if (NUMBERED_HEADING_RE.test(text) && numberedRunItem(w, s, level, no)) return;
    // "## 已学习内容（已完成）" over "### 1. TypeScript 基础", "## Done" over "### A. Closures": a
    // numbered heading right under a heading that says the status of what it holds is one of
    // its entries (what is written under it, its notes).
    // ("## Projects" over "### 1. URL shortener", "## Key Achievements" over "### 1. **Notification
    // service**", their fields under them: so is one under a heading that names what kind of work it holds.)
    if (LISTED_HEADING_RE.test(text) && (statusParent(w) || workKindParent(w))) {
      // (Its letter is its place in the list, not its name: "A. Async IO".)
      const d = w.entry(text.replace(/^([*_]*)[A-Z][.)、．]\s*/, '$1'), no, null);
      headingItem(w, s, d);
      w.note(no, 'item', 'a numbered heading under a heading that says the status of its entries');
      return;
    }
    // "”Linear Algebra Done Right”" over the work done on it: a heading that is a title in
    // quotes names a work, and is the item its entries are parts of.
    // (A word in scare quotes, '"Klassiker"', or a shelf's name, '"Books"', is a category.)
    if (QUOTED_TITLE_RE.test(text) && wordCount(text) >= 2 && sectionKind(text.trim().slice(1, -1)) === null && listUnder(w, level, no)) {
      const d = w.entry(text.trim().slice(1, -1), no, null);
      if (d.kind === 'topic') d.kind = 'book';
      headingItem(w, s, d);
      return;
    }
    // "### [良いコード/悪いコードで学ぶ設計入門](https://gihyo.jp/book/…)" over a line or two about
    // it, among headings like it, where the note or a section says its things are books or
    // courses: each names one of them, written about.
    if (LINK_TITLE_RE.test(text.trim()) && linkedRun(w, level, no) && proseUnder(w, no)) {
      // (What the sections above or the file say, not the words of this title: "ピープルウエア - ヤル気こそプロジェクト成功の鍵" is no project.)
      const hint = w.sections.findLast((x) => x !== s && x.kind !== null)?.kind ?? w.fileHintHere();
      if (hint === 'book' || hint === 'course' || hint === 'paper' || hint === 'video' || hint === 'article') {
        const d = w.entry(text, no, null);
        if (d.kind === 'topic' || d.kind === 'article' || d.kind === 'task' || d.kind === 'project') d.kind = hint;
        headingItem(w, s, d);
        s.about = true;
        w.note(no, 'item', 'a heading that is one link, among headings like it, over words about it: one of the books or courses the note holds');
        return;
      }
    }
    // "## Books" over "### Clean Code - Robert Martin" over a review of it: one of the shelf's
    // things, written about (a heading over a list, "### Fiction", is a category of them).
    // (Under a named collection, "Java 专项课程（7个课程）", a heading is one of its parts whatever its words: "综合项目实践".)
    const shelf = shelfAbove(w);
    if (shelf && (sectionKind(s.title) === null || shelf === 'collection') && !isStatusName(s) && wordCount(s.title) <= 12 && proseUnder(w, no)) {
      const d = w.entry(text, no, null);
      // (A collection's part is of its kind: a specialization's capstone project is one of its courses.)
      const of = w.sections[w.sections.length - 2]!.kind;
      if (shelf === 'collection' && of !== null && (d.kind === 'topic' || d.kind === 'task' || d.kind === 'project')) d.kind = of;
      headingItem(w, s, d);
      w.note(no, 'item', 'a heading under a shelf ("Books", "Courses") with words about it under it: one of its things');
      return;
    }
    if (UNIT_OF_WORK_RE.test(s.title)) unitHeading(w, s, level, text, no, true);
    // "#### Projet : Convertisseur de températures", "### Project: URL shortener" over its boxes: a
    // project named by its label, its boxes its steps (no session's hours).
    else if (PROJECT_LABEL_RE.test(s.title)) unitHeading(w, s, level, text, no, false);
    // A chapter's heading is an item when it says how far it is ("Chapter 2 Manifolds (7/18)");
    // otherwise it is the section its steps stand in.
    else if (PART_OF_WORK_RE.test(s.title) && /[([]\s*\d+\s*\/\s*\d+\s*[)\]]\s*$/.test(text.trim())) unitHeading(w, s, level, text, no, false);
    // "#### Topic 2: Load functions", "#### Konu 2: …" over its boxes: a numbered topic of study, an
    // item; its boxes are the points of it, topics themselves (not the steps of a sitting).
    // (Not one ending in a colon, "#### Konu 1 (Kalan):", a label over what is left of it.)
    else if (NUMBERED_TOPIC_RE.test(s.title) && !/[:：]\s*$/.test(text) && boxesRightUnder(w, no)) {
      unitHeading(w, s, level, text, no, false);
      s.unit = false;
    }
    // "## Learn a new chess opening each month (50%)" over paragraphs on how it went: a goal and
    // how far it got, written about (a heading over a list of steps is their section).
    else if (HEADING_SHARE_RE.test(text.trim()) && !s.nonWork && proseOnlyUnder(w, level, no)) {
      headingItem(w, s, w.entry(text, no, null));
      w.note(no, 'item', 'a heading that says how far it got ("(50%)") over paragraphs about it: a goal, written about');
    }
  }
}

/** A heading that names one project by its label: "Project: …", "Projet : …", "Proyecto: …", "Mini-project — …", "项目：…". */
const PROJECT_LABEL_RE = /^[^\p{L}\p{N}]*(?:(?:mini|side|final|capstone|weekend|personal|class|course)[- ]?)?(?:project|projet|proyecto|projeto|projekt|progetto|проект|项目|專案|プロジェクト|프로젝트)(?:\s*#?\d+)?\s*[:：—–-]\s*\S/iu;

/** A share or a count in brackets ending a heading: "(50%)", "(100 %)", "[3/5]". */
const HEADING_SHARE_RE = /[([（]\s*\d{1,3}(?:\.\d+)?\s*%\s*[)\]）]$|[([（]\s*\d+\s*\/\s*\d+\s*[)\]）]$/;

/** Whether the lines under the heading on line `no`, to the next heading of its level or above, are paragraphs only (no list, no table). */
function proseOnlyUnder(w: Walker, level: number, no: number): boolean {
  let text = 0;
  for (let k = no; k < w.lines.length; k++) {
    const t = w.lines[k]!.shape;
    if (t.t === 'heading') { if (t.level <= level) break; return false; }
    if (t.t === 'list' || t.t === 'table' || t.t === 'tableDelim') return false;
    if (t.t === 'text') text++;
  }
  return text > 0;
}

/** A note that calls itself a log of learning: "Learning Log", "study log", "学习日志", "学习记录". */
const LEARNING_LOG_RE = /\b(?:learning|study|studying|course)[\s_-]*(?:log|journal|diary)\b|学习日志|学习记录|學習紀錄|学習ログ|학습\s?일지/i;

/** Whether the heading on line `no` is a part of a learning log: the note says it is one, and two of the first four steps under the heading are told done. */
function loggedPart(w: Walker, no: number): boolean {
  let log = LEARNING_LOG_RE.test(w.path);
  for (let k = 0; k < no - 1 && k < 20 && !log; k++) { const l = w.lines[k]!; if (l.shape.t === 'heading') log = LEARNING_LOG_RE.test(l.shape.text); }
  if (!log) return false;
  // (Two of its first four steps: "In Flask, one app can be split into blueprints." explains one.)
  let told = 0;
  let steps = 0;
  for (let k = no; k < w.lines.length && steps < 4; k++) {
    const l = w.lines[k]!.shape;
    if (l.t === 'heading') break;
    if (l.t !== 'list') continue;
    steps++;
    // ("`flask --app notes run`: Ran the dev server.": the command, then what was done with it.)
    if (DONE_TOLD_RE.test(plainText(l.text.replace(/^`[^`]*`\s*[:：]\s*/, ''))) && ++told >= 2) return true;
  }
  return false;
}

/**
 * Whether the section over the heading just opened is a shelf of resources by its name ("## Books",
 * "## Courses", "## Tutorials"), or a named collection of them ("# Scala Specialization"), or neither (null).
 */
function shelfAbove(w: Walker): 'shelf' | 'collection' | null {
  const p = w.sections[w.sections.length - 2];
  if (!p) return null;
  // (A named collection, an item itself once its link is read, still holds its parts.)
  const collection = p.heading != null && COLLECTION_NAME_RE.test(p.heading.raw);
  if (!collection && (!p.title || p.item !== null) || p.nonWork || p.template || p.unit || p.sitting) return null;
  if (p.kind !== 'book' && p.kind !== 'course' && p.kind !== 'paper' && p.kind !== 'video' && p.kind !== 'article') return null;
  return collection ? 'collection' : SHELF_NAME_RE.test(p.title) ? 'shelf' : null;
}
/** A named collection of resources, its parts under it: "Scala Specialization", "函数式编程 专项课程（6门）", "Deep Learning Series", "(5 courses)". */
export const COLLECTION_NAME_RE = /speciali[sz]ation|专项课程|專項課程|nanodegree|\bseries\b|系列|[(（]\s*\d{1,2}\s*(?:门|門|个课程|個課程|courses|books|talks|lectures)\s*[)）]/iu;
/** A plural name of resources, alone (with an icon or a number at most): "Books", "📚 Courses", "2. Tutorials". */
const SHELF_NAME_RE = /^[^\p{L}]*(?:books|courses|tutorials|papers|videos|talks|lectures|articles|moocs|readings|livros|libros|cursos|kurse|cours)[^\p{L}]*$/iu;

/** A heading's words that are one link and nothing more: "[Clean Code](https://…)". */
const LINK_TITLE_RE = /^\[(?:[^[\]]|\[[^[\]]*\])+\]\((?:https?:\/\/|www\.)[^)\s]+\)$/;

/** Whether another heading of `level` in the note is one link too (a run of them, not one linked heading). */
function linkedRun(w: Walker, level: number, no: number): boolean {
  // (The note's headings that are one link, counted by level once: asked of each of them.)
  let byLevel = LINKED_HEADINGS.get(w);
  if (!byLevel) {
    byLevel = [0, 0, 0, 0, 0, 0, 0];
    for (const l of w.lines) if (l.shape.t === 'heading' && l.shape.level <= 6 && LINK_TITLE_RE.test(l.shape.text.trim())) byLevel[l.shape.level]!++;
    LINKED_HEADINGS.set(w, byLevel);
  }
  const self = w.lines[no - 1]?.shape;
  return (byLevel[level] ?? 0) - (self?.t === 'heading' && self.level === level ? 1 : 0) > 0;
}
const LINKED_HEADINGS = new WeakMap<Walker, number[]>();

/** Whether only words stand under the heading on line `no` before the next heading (of any level): a paragraph, no list, no table. */
function proseUnder(w: Walker, no: number): boolean {
  let text = 0;
  for (let k = no; k < w.lines.length; k++) {
    const l = w.lines[k]!.shape;
    if (l.t === 'heading') break;
    if (l.t === 'list' || l.t === 'table' || l.t === 'tableDelim') return false;
    if (l.t === 'text') text++;
  }
  return text > 0;
}

/** A heading that is all one quoted title: "“Harmony for Guitarists”", "\"SICP\"", "«Le Petit Prince»", "『坂の上の雲』". */
const QUOTED_TITLE_RE = /^\s*(?:["“”„][^"“”„]{2,120}["“”]|«[^»]{2,120}»|『[^』]{1,60}』|「[^」]{1,60}」)\s*$/;

/** Whether list entries stand under the heading on line `no` before the next heading of its level or above. */
function listUnder(w: Walker, level: number, no: number): boolean {
  for (let k = no; k < w.lines.length && k < no + 40; k++) {
    const l = w.lines[k]!.shape;
    if (l.t === 'heading' && l.level <= level) return false;
    if (l.t === 'list') return true;
  }
  return false;
}

/** "### 1. TypeScript 基础", "### A. TypeScript 工程化": a heading numbered or lettered as a list's entry. */
const LISTED_HEADING_RE = /^[*_]*(?:\d{1,2}|[A-Z])[.)、．][*_]*\s*\S/;

/** Whether the section above the heading just opened says the status of its entries: "## Done", "## 当前进行中（进行中）". */
function statusParent(w: Walker): boolean {
  const p = w.sections[w.sections.length - 2];
  if (!p || !p.title || p.item !== null || p.unit || p.sitting || p.nonWork) return false;
  return p.done || p.doing || p.dropped || p.planned || findStatusWord(p.title) !== null || statusOfLeadingWord(p.title) !== null;
}

/** The heading above names the kind of work its parts are: projects, milestones, deliverables ("## Projects", "## Key Achievements"). */
function workKindParent(w: Walker): boolean {
  const p = w.sections[w.sections.length - 2];
  if (!p || !p.title || p.item !== null || p.unit || p.sitting || p.nonWork || p.template) return false;
  return (p.kind === 'project' || p.kind === 'milestone' || p.kind === 'deliverable') && wordCount(p.title) <= 4;
}

/** "#### 01. **Programming Foundations**", "## 3) Linear algebra": a heading numbered in a list. */
const NUMBERED_HEADING_RE = /^[*_]*\d{1,3}[.)][*_]*\s+\S/;

/** The first line with words under the heading on line `no` (1-based), and the ones of its paragraph, before the next heading. */
function paragraphUnder(w: Walker, no: number): { first: number; text: string } | null {
  let k = no; // lines[no] is the line after the heading
  while (k < w.lines.length && w.lines[k]!.shape.t === 'blank') k++;
  const start = k;
  const parts: string[] = [];
  for (; k < w.lines.length && w.lines[k]!.shape.t === 'text'; k++) parts.push(w.lines[k]!.text);
  return parts.length ? { first: start, text: parts.join(' ') } : null;
}

/**
 * A run of numbered headings of one level, each over a paragraph, where some paragraph is a
 * status alone ("#### 14. **Databases Level 1**" over "--Devam ediyor--"): a list of the
 * things followed, written as headings. Each is an item; one whose paragraph tells it in
 * the past ("… öğrenildi.", "J'ai terminé …") is done. (The one whose paragraph is a status
 * alone is made an item by headingStatus when that line is read.)
 */
function numberedRunItem(w: Walker, s: Section, level: number, no: number): boolean {
  const run = statusRuns(w).get(no);
  if (!run) return false;
  const own = paragraphUnder(w, no);
  if (own && (statusAlone(own.text) || fieldStatus(own.text) !== null)) return false;
  // Told in the past, it is done; "Currently on the JavaScript section.", it is under way.
  const said = own ? (proseSaysDone(own.text) ? 'done' : /^(?:currently|now|still)\b/i.test(own.text.trim()) ? 'doing' : null) : null;
  const d = w.entry(s.heading!.raw, no, null, said);
  if (run.kind && (d.kind === 'topic' || d.kind === 'task')) d.kind = run.kind;
  headingItem(w, s, d);
  w.note(no, 'item', 'one of a run of numbered headings, a sibling of which says its status in the line under it');
  return true;
}

/** "Status: done", "Status: In progress (60%)": the status a status field says (a word, else its progress), and its progress. */
function fieldStatus(text: string): { status: Status; progress: ProgressMatch | null } | null {
  const m = STATUS_FIELD_RE.exec(text);
  if (!m) return null;
  const progress = findProgress(m[1]!);
  // ("🟡 In Progress", "🔴 Not Started": a coloured mark before the words that say it.)
  const status = statusOfLeadingWord(m[1]!) ?? statusOfLeadingWord(m[1]!.replace(/^[^\p{L}\p{N}]+/u, '')) ?? (progress ? statusOfProgress(progress) : null);
  return status ? { status, progress } : null;
}

const STATUS_RUNS = new WeakMap<Walker, Map<number, StatusRun>>();

/** A run of numbered headings that are items: the kind their paragraphs name ("Kurs sonunda …": courses), if one. */
interface StatusRun { kind: Kind | null }

/**
 * The lines of the numbered headings that stand in a run of two or more of one level (a
 * heading of a higher level ends it) where one says its status alone in the line under it,
 * each with its run. Found once per note.
 */
function statusRuns(w: Walker): Map<number, StatusRun> {
  let found = STATUS_RUNS.get(w);
  if (found) return found;
  const all = new Map<number, StatusRun>();
  const open = new Map<number, { lines: number[]; says: boolean; kinds: Map<Kind, number> }>();
  const close = (lv: number): void => {
    const run = open.get(lv);
    if (run && run.says && run.lines.length >= 2) {
      // The kind most of its paragraphs name.
      let kind: Kind | null = null;
      for (const [k, n] of run.kinds) if (kind === null || n > run.kinds.get(kind)!) kind = k;
      const r: StatusRun = { kind };
      for (const n of run.lines) all.set(n, r);
    }
    open.delete(lv);
  };
  for (let k = 0; k < w.lines.length; k++) {
    const l = w.lines[k]!.shape;
    if (l.t !== 'heading') continue;
    for (const lv of [...open.keys()]) if (lv > l.level || (lv === l.level && !NUMBERED_HEADING_RE.test(l.text))) close(lv);
    if (!NUMBERED_HEADING_RE.test(l.text)) continue;
    const run = open.get(l.level) ?? { lines: [], says: false, kinds: new Map<Kind, number>() };
    run.lines.push(k + 1);
    const p = paragraphUnder(w, k + 1);
    if (p && (statusAlone(p.text) || fieldStatus(p.text) !== null)) run.says = true;
    const named = p ? kindNamedIn(p.text) : null;
    if (named) run.kinds.set(named, (run.kinds.get(named) ?? 0) + 1);
    open.set(l.level, run);
  }
  for (const lv of [...open.keys()]) close(lv);
  found = all;
  STATUS_RUNS.set(w, found);
  return found;
}

/** "**Duration**: 6-8 hours", "- Time: 2h", "Estimated time: 90 min" right under a unit's heading. */
const UNIT_DURATION_RE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:duration|time|estimated time|time needed|time estimate|effort|hours|length)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*[~≈]?\d/i;

/** "Topic 2: …", "Konu 2", "Tema 3", "Thema 1", "Тема 4", "主题 2", "주제 1": a numbered topic of study. */
const NUMBERED_TOPIC_RE = /^(?:topic|konu|tema|thema|th[èe]me|тема|主题|主題|주제)\s*#?\d+(?!\d*[-/.]\d)(?![\p{L}\p{N}_])/iu;

/** Whether the first line after heading line `no` (1-based), past blank lines, is a box. */
function boxesRightUnder(w: Walker, no: number): boolean {
  for (let k = no; k < w.lines.length; k++) {
    const s = w.lines[k]!.shape;
    if (s.t === 'blank') continue;
    return s.t === 'list' && s.check !== null;
  }
  return false;
}

/**
 * "### Session 3: Structs and enums" over its checkboxes: a sitting of work is an item,
 * with the session's hours, and its checkboxes are its steps. "— completed 2026-04-21"
 * at its end says it is done. A day in a log ("### Day 4: January 7" over prose) is not
 * work: only a heading with checkboxes under it, or a done mark, is an item.
 */
export function unitHeading(w: Walker, s: Section, level: number, text: string, no: number, sitting: boolean): void {
  const tail = DONE_TAIL_RE.exec(text);
  let hasSteps = false;
  // A plan's day says how long it takes ("**Duration**: 6-8 hours"); a log's day does not.
  let planned: number | null = null;
  for (let j = no; j < w.lines.length; j++) { // lines[no] is the line after the heading
    const l = w.lines[j]!;
    if (l.shape.t === 'heading' && l.shape.level <= level) break;
    if (l.shape.t === 'list' && l.shape.check !== null) { hasSteps = true; break; }
    if (planned === null && j < no + 4 && UNIT_DURATION_RE.test(l.text)) {
      const est = findEstimate(l.text.replace(/\([^)]*\)/g, ''));
      if (est && est.rate === null) planned = est.hours;
    }
  }
  // ("## Day1：3章 ファイルシステム" over "### 目的" and "### 学習内容" and their lists: a day of the plan
  // with its parts under it is the unit of work, as one with steps is.)
  // ("## Lesson 3 (Computer Vision)" over "* Learned how convolutions work", "* Built a …": a
  // lesson of a course, told done by what was learned in it; over "* In progress…", under way.)
  const told = !hasSteps && !tail && planned === null && sitting ? toldUnder(w, level, no) : null;
  if (!hasSteps && !tail && planned === null && !told && !(sitting && subsectionsUnder(w, level, no))) return;
  const d = w.entry(tail ? text.slice(0, tail.index) : text, no, null, tail ? 'done' : told?.status ?? null);
  if (told?.line != null) w.skipTo = Math.max(w.skipTo, told.line);
  if (planned !== null && !d.estimate) d.estimate = { hours: round2(planned), basis: 'explicit' };
  if (tail?.[1]) d.dates.done = tail[1];
  // (A sitting takes the plan's session hours; a chapter or module only its own.)
  const hours = d.estimate?.hours ?? (sitting ? w.sessionHours : null);
  if (hours) {
    if (!d.estimate) d.estimate = { hours: round2(hours), basis: 'explicit' };
    if (s.block === null) s.block = w.openBlock(hours);
  }
  s.unit = true;
  headingItem(w, s, d);
}

/**
 * What the list right under a unit's heading says of it when it tells what was done in it: done
 * when most of its first-level entries are told in the past ("Learned …", "Built …"), or the
 * status its first entry says alone ("In progress…", with that entry's line when it stands right
 * under the heading: the heading's status line, not an entry); null otherwise (a plan's list).
 */
function toldUnder(w: Walker, level: number, no: number): { status: Status; line: number | null } | null {
  let entries = 0;
  let told = 0;
  let col = -1;
  for (let k = no; k < w.lines.length; k++) {
    const l = w.lines[k]!;
    if (l.shape.t === 'heading') { if (l.shape.level <= level) break; return null; }
    if (l.shape.t !== 'list' || l.shape.check !== null) continue;
    if (col < 0) col = l.indent;
    if (l.indent !== col) continue;
    entries++;
    const t = l.shape.text.replace(/(?:\.{2,}|…)$/, '').trim();
    const alone = statusAlone(t) ?? (wordCount(t) <= 3 ? findStatusWord(t) : null);
    // (Its line is the heading's status, no entry, when nothing stands between them.)
    if (alone) return entries === 1 ? { status: alone, line: w.lines.slice(no, k).every((b) => b.shape.t === 'blank') ? k : null } : null;
    if (DONE_TOLD_RE.test(plainText(l.shape.text))) told++;
  }
  return entries > 0 && told * 2 > entries ? { status: 'done', line: null } : null;
}

/** Whether the heading on line `no` has headings of its own under it, and a list under them. */
function subsectionsUnder(w: Walker, level: number, no: number): boolean {
  let sub = false;
  for (let k = no; k < w.lines.length; k++) {
    const l = w.lines[k]!.shape;
    if (l.t === 'heading') { if (l.level <= level) return false; sub = true; }
    else if (l.t === 'list' && sub) return true;
  }
  return false;
}

/** Makes the section's heading the item `d`: the items under it are its children, not its path. */
/** The words of the note's first level-1 heading after line `from` (1-based), if one comes before any list or table. */
function firstHeading(w: Walker, from: number): { title: string; line: number } | null {
  for (let k = from; k < w.lines.length; k++) {
    const l = w.lines[k]!;
    if (l.shape.t === 'list' || l.shape.t === 'table') return null;
    if (l.shape.t === 'heading') return l.shape.level === 1 && headingTitle(l.shape.text) ? { title: headingTitle(l.shape.text), line: l.no } : null;
  }
  return null;
}

export function headingItem(w: Walker, s: Section, d: Draft): void {
  s.title = '';
  w.pathCache = null;
  // "# Designing Data-Intensive Applications" in the note that is that book (Books/…): the
  // heading is the note's own item, its status and progress lines that item's.
  const own = w.noteItem !== null ? w.drafts[w.noteItem]! : null;
  if (own && d.title.trim().toLowerCase() === own.title.trim().toLowerCase()) {
    if (d.explicitStatus || own.status === 'todo') own.status = d.status;
    if (d.progress && !own.progress) { own.progress = d.progress; own.progressLine = d.progressLine; }
    s.item = w.noteItem!;
    w.anchor = { item: w.noteItem!, indent: -1, head: true };
    return;
  }
  d.path = w.sectionPath();
  s.item = w.addItem(d, w.sections.slice(0, -1).reverse().find((x) => x.item !== null)?.item ?? null);
  w.headingItems.add(s.item);
  w.anchor = { item: s.item, indent: -1, head: true };
}

/**
 * "## 12. Noise - Daniel Kahneman" over a paragraph about it and "Đánh giá: :star::star::star:",
 * "Rating: 4/5", "★★★★☆": a heading over the person's rating of it names a work they finished
 * (a book, unless its words or links say what else it is). Only while nothing under the heading
 * was taken as an entry, and not a part of the page by its role ("## Overview").
 */
export function headingRated(w: Walker, text: string, no: number): boolean {
  const s = w.sections[w.sections.length - 1];
  if (!s?.heading || s.item !== null || w.drafts.length !== s.heading.itemsBefore || s.nonWork || s.template) return false;
  if (!RATING_LINE_RE.test(text.trim()) || PAGE_PART_RE.test(s.title) || PLAN_SPAN_RE.test(s.title.replace(/^[^\p{L}\p{N}]+/u, ''))) return false;
  const d = w.entry(s.heading.raw, s.heading.line, null, 'done');
  if (d.kind === 'topic' || d.kind === 'task' || d.kind === 'project') d.kind = 'book';
  headingItem(w, s, d);
  d.source.endLine = no;
  return true;
}
/** A rating's label: "Rating:", "**Note :**", "Đánh giá:", "评分：". */
const RATING_LABEL = String.raw`[*_]{0,2}(?:my\s+)?(?:rating|rated|score|stars|đánh giá|bewertung|valoraci[oó]n|calificaci[oó]n|puntuaci[oó]n|avalia[cç][aã]o|nota|note|оценка|рейтинг|評価|评分|評分|평점|별점|ocena|puan|değerlendirme|voto|giudizio)[*_]{0,2}\s*[:：][*_]{0,2}\s*`;
/** Stars drawn or written as shortcodes: "★★★★☆", ":star::star::star:". */
const STARS = String.raw`(?::star:|⭐|★|☆|🌟)(?:\s?(?::star:|⭐|★|☆|🌟|:star2:)){0,9}\uFE0F?`;
/** A rating on a line of its own: "Rating: 4/5", "Đánh giá: ⭐⭐⭐⭐ (…)", "**Note :** 8/10", "★★★★☆" (a figure alone, "3/5", is how far along, not a rating). */
const RATING_LINE_RE = new RegExp(String.raw`^(?:${RATING_LABEL}(?:${STARS}|\d+(?:[.,]\d+)?\s*(?:\/|of|out of|sur|von|из|na)\s*(?:5|10)(?!\d))|${STARS})\s*(?:\([^)]{0,80}\))?\s*$`, 'iu');

/**
 * "## 2. Probability" then "Status: In progress (60%)": a heading whose first lines say
 * its status names a thing being tracked, and becomes an item (as an org headline with a
 * keyword does). The status line is its progress line: that is where edits go.
 */
export function headingStatus(w: Walker, text: string, no: number): boolean {
  const s = w.sections[w.sections.length - 1];
  if (!s?.heading || s.item !== null || w.drafts.length !== s.heading.itemsBefore) return false;
  // ("### Go" over a fence holding "🟦🟨🟨 1/14 días (7%)": a bar drawn in a fence to keep its squares in line.)
  if (w.fence) {
    const measured = text.length <= 120 && /\d/.test(text) && !MEASURE_NAME_RE.test(s.title) && firstUnder(w, s.heading.line, no, s.title) ? progressAlone(text) : null;
    if (!measured) return false;
    const d = w.entry(s.heading.raw, s.heading.line, null, statusOfProgress(measured));
    d.progress = { done: measured.done, total: measured.total, unit: measured.unit };
    d.progressLine = no;
    d.source.endLine = no;
    headingItem(w, s, d);
    return true;
  }
  // (The field may follow others on its line: "Entry date: March 9, 2022. Status: Completed.")
  const own = STATUS_FIELD_RE.test(text) ? text : text.includes(':') || text.includes('：') ? LATER_STATUS_FIELD_RE.exec(text)?.[1] ?? null : null;
  const isField = own !== null;
  const field = own !== null ? fieldStatus(own) : null;
  // "#### 14. **Databases Level 1**" then "--Devam ediyor--", "Terminé", "已完成": a status
  // said alone on the first line under the heading, in any language (languages.ts).
  const alone = isField || text.length > 64 ? null : firstUnder(w, s.heading.line, no) ? statusAlone(text) : null;
  // "### Go" then "🟦🟨🟨🟨 1/14 días (7%)": a first line that is how far along it is and nothing
  // more names a thing being tracked, as a status said alone does.
  const measured = isField || alone || text.length > 120 || !/\d/.test(text) || MEASURE_NAME_RE.test(s.title) || !firstUnder(w, s.heading.line, no, s.title) ? null : progressAlone(text);
  const status = alone ?? field?.status ?? (measured ? statusOfProgress(measured) : undefined);
  // "## 1️⃣ Certificação Azure" then "**Meta:** Concluir até Julho/2026": a heading whose first
  // line gives its goal or its deadline names a thing to get done, still to do.
  // (Not the note's own title, "# Two-Hour Interview Prep Plan", whose goal is the whole note's;
  // nor a part of the page by its role, "## 📊 Overview", whose goal is the page's.)
  const goal = !status && !s.nonWork && !s.template && !isStatusName(s) && GOAL_FIELD_RE.test(text) && firstUnder(w, s.heading.line, no)
    && !(s.level === 1 && w.drafts.length === 0 && !w.sections.slice(0, -1).some((x) => x.heading)) && !PAGE_PART_RE.test(s.title)
    // (Nor a span of the plan, "## Phase 1 — Containers", "### Tuesday — Coding", "Week 3": its goal is the span's aim, its work listed in it.)
    && !PLAN_SPAN_RE.test(s.title.replace(/^[^\p{L}\p{N}]+/u, ''));
  if (!status && !goal) return false;
  const progress = field?.progress ?? measured;
  const d = w.entry(s.heading.raw, s.heading.line, null, status ?? null);
  if (goal) {
    headingItem(w, s, d);
    if (DATE_FIELD_NAME_RE.test(text)) w.entryField(s.item!, text, no);
    d.source.endLine = no;
    return true;
  }
  // (One of a run of numbered headings: the kind its siblings' paragraphs name.)
  const run = NUMBERED_HEADING_RE.test(s.heading.raw) ? statusRuns(w).get(s.heading.line) : undefined;
  if (run?.kind && (d.kind === 'topic' || d.kind === 'task')) d.kind = run.kind;
  // (Not where the heading's own count said it already: "### Arrays & Hashing (9/12)" over "Progress: ███████░░░ 75%".)
  if (progress && !saidAsCount(d.progress, progress)) d.progress = { done: progress.done, total: progress.total, unit: progress.unit };
  d.progressLine = no;
  d.source.endLine = no;
  headingItem(w, s, d);
  // "**Target completion:** 2027-01-15", "**Start date:** …" above the status line: the topic's own dates.
  for (let k = s.heading.line; k < no - 1; k++) {
    const ln = w.lines[k]!;
    if (ln.shape.t === 'text' && DATE_FIELD_NAME_RE.test(ln.shape.text)) w.entryField(s.item!, ln.shape.text, ln.no);
  }
  d.source.endLine = no;
  fieldsAfter(w, d, no);
  return true;
}

/** A heading that names the measure, not a thing measured: "Progress", "진도율", "Overall", "进度". */
const MEASURE_NAME_RE = /progress|overall|total|summary|statistic|\bstats\b|progres|fortschritt|avance|прогресс|進捗|进度|進度|진도|진행률|達成率|完成度/i;

/** How far along a line says a thing is when that is all it says: "1/14 lessons", "🟦🟨🟨 0/20 días (0%)", "45%" (a unit's word at most besides). */
function progressAlone(text: string): ProgressMatch | null {
  // (Not a field, "**Week 1 Completed**: ⬜ (_3_/7 days)": its name says what it measures.)
  if (/[:：*_]/.test(text)) return null;
  // (The count over the share it makes: "1/14 días (7%)" is 1 of 14 days.)
  const count = text.replace(/\(\s*\d+(?:[.,]\d+)?\s*%\s*\)/g, ' ');
  const at = count !== text ? findProgress(count) : null;
  const line = at ? count : text;
  const p = at ?? findProgress(text);
  if (!p || p.total === null) return null;
  const rest = (line.slice(0, p.index) + ' ' + line.slice(p.index + p.length)).replace(/\(\s*\d+(?:[.,]\d+)?\s*%\s*\)|\d+\s*\/\s*\d+/g, ' ');
  return (rest.match(/\p{L}+/gu) ?? []).length <= 1 ? p : null;
}

/** A line that holds a place for what is still to write: "...", "…", "TBD", "TODO". (Not an empty bullet, "- ", a form's blank.) */
const PLACEHOLDER_LINE_RE = /^\s*(?:\.{3,}|…+|tbd|to ?do|to be (?:written|added|planned|filled)|\?+)\s*$/i;

/**
 * A heading whose lines are only a placeholder ("..."), with two sibling headings of its level or
 * more over lists of steps: a subject the plan holds, its steps not written yet.
 */
function placeholderTopic(w: Walker, s: Section, level: number, no: number): boolean {
  if (s.nonWork || s.template || wordCount(s.title) > 6) return false;
  let k = no;
  let held = false;
  for (; k < w.lines.length; k++) {
    const l = w.lines[k]!;
    if (l.shape.t === 'heading' && l.shape.level <= level) break;
    if (l.shape.t === 'blank') continue;
    if (!PLACEHOLDER_LINE_RE.test(l.text)) return false;
    held = true;
  }
  if (!held) return false;
  let siblings = 0;
  for (let j = 0; j < w.lines.length && siblings < 2; j++) {
    const h = w.lines[j]!.shape;
    if (j === no - 1 || h.t !== 'heading' || h.level !== level) continue;
    for (let m = j + 1; m < w.lines.length; m++) {
      const t = w.lines[m]!.shape;
      if (t.t === 'heading') break;
      if (t.t === 'list') { siblings++; break; }
    }
  }
  return siblings >= 2;
}

/** A field's name alone on its line, its value on the lines under it: "Fecha de inicio:", "- **Categoria:**", "**Profesor:* *". */
const FIELD_NAME_RE = /^(?:[-*+]\s+)?[*_]*\s*(\p{L}[\p{L}\p{N} '’./()-]{0,40}?)\s*[*_]*\s*[:：]\s*[*_ ]*$/u;
/** A field with its value on its line: "Status: in progress", "- **Author:** Joel Grus". */
const FIELD_INLINE_RE = /^(?:[-*+]\s+)?[*_]*\s*(\p{L}[\p{L}\p{N} '’./()-]{0,30}?)\s*[*_]*\s*[:：]\s*[*_]*\s*\S/u;
/** A link alone on its line (the page's own notes on it: "[[Guia de estudio - SQL]]"). */
const LINK_LINE_RE = new RegExp(String.raw`^\s*(?:[-*+]\s+)?${LINK_ALONE}\s*$`);
/** A field that says when the work started, or when it ended ("Fecha de inicio", "Finished on"); not a planned end. */
/** A field for the outcome of a unit of work: "Result", "Résultat", "Resultado", "Ergebnis", "Outcome", "结果". */
const RESULT_FIELD_RE = /^(?:results?|r[ée]sultats?|resultados?|risultat[oi]|ergebnis(?:se)?|outcomes?|结果|結果|결과)$/iu;
/** A field that says where a unit stands: "Status", "Estado", "Stand", "Состояние", "状态". */
const STATUS_NAME_RE = /^(?:status|state|estado|statut|stand|stato|durum|состояние|статус|状态|狀態|状態|상태|진행 ?상태)$/iu;
const START_FIELD_RE = /^(?:fecha de inicio|inicio|start(?:ed)?(?: date| on)?|began|begun|data de in[ií]cio|d[ée]but|date de d[ée]but|beginn|开始(?:时间|日期)?|開始日?)$/iu;
const END_FIELD_RE = /^(?:fecha de (?:finalizaci[oó]n|fin|t[ée]rmino)|finalizaci[oó]n|finished(?: on)?|completed(?: on)?|end(?:ed)?(?: date| on)?|done(?: on)?|data de (?:conclus[aã]o|t[ée]rmino)|date de fin|ende|完成(?:时间|日期)?|終了日?)$/iu;
const TEACHER_FIELD_RE = /^(?:profesor(?:es)?|professor(?:es|s)?|professeur|instructor(?:es|s)?|teachers?|docente|lecturers?|tutor|dozent(?:in)?|講師|老师|讲师|강사)$/iu;
const AUTHOR_FIELD_RE = /^(?:authors?|autor(?:es|en|in|a|as)?|autori?e?|auteurs?|автор(?:ы)?|作者|著者|저자)$/iu;
/** A field that says how long the work takes: "Tiempo estimado", "Time estimate", "Duration". */
const EFFORT_FIELD_RE = /^(?:tiempo estimado|tempo estimado|time estimate|estimated time|estimate|effort|duraci[oó]n|dura[cç][aã]o|duration|dur[ée]e|aufwand|预计(?:时间|用时)|所要時間)$/iu;

/**
 * "### The Go Programming Language" over "**Autoren:** Alan A. A. Donovan und Brian W. Kernighan": a
 * heading whose first line names who wrote it is that book (or, named by who teaches it, that
 * course); the lines under it, a description and a shop's link, are its own. (Not the page's title:
 * "# 4-Week Learning Plan" over "**Author:** …" names who wrote the page.)
 */
function authoredHeading(w: Walker, s: Section, text: string, no: number): boolean {
  for (let k = no; k < w.lines.length && k < no + 3; k++) {
    const l = w.lines[k]!;
    if (l.shape.t === 'blank') continue;
    if (l.shape.t !== 'text' && l.shape.t !== 'list') return false;
    const m = l.indent === 0 ? FIELD_INLINE_RE.exec(l.text.trim()) : null;
    const name = m ? m[1]!.trim() : '';
    const kind = AUTHOR_FIELD_RE.test(name) ? 'book' : TEACHER_FIELD_RE.test(name) ? 'course' : null;
    // (A line of several fields, "Author: Douglas Hofstadter; Status: reading", is read as a record's line is, elsewhere.)
    if (kind === null || /[;|.,]\s*\p{L}[\p{L} ]{1,20}[:：]/u.test(l.text.slice(l.text.search(/[:：]/) + 1))) return false;
    const d = w.entry(text, no, null);
    if (d.kind === 'topic' || d.kind === 'task') d.kind = kind;
    headingItem(w, s, d);
    w.note(no, 'item', `a heading over who ${kind === 'book' ? 'wrote' : 'teaches'} it ("${name}"): the ${kind} it names`);
    return true;
  }
  return false;
}

/**
 * "### ***Curso de SQL y MySQL***" over "- **Categoria:**", "- **Partes:**", "- **Tiempo
 * estimado:**", each with its value on the lines under it: a heading over a record of fields
 * (three or more, from its first line) is one thing, the fields its properties, not more work.
 * A field that starts or ends it, filled with a day, says begun or done; a field of time says
 * its hours (the line that gives the total, else the sum). Not a heading whose fields list work
 * ("Tasks:", "Topics:", "Goal:"), nor one with boxes under it, nor a record of its own: the same
 * names label fields under another heading.
 */
function recordHeading(w: Walker, s: Section, text: string, no: number): boolean {
  const fields: { name: string; values: string[]; named: boolean }[] = [];
  let end = no - 1;
  let k = no; // lines[no] is the line after the heading
  for (; k < w.lines.length; k++) {
    const l = w.lines[k]!;
    const t = l.shape.t;
    if (t === 'heading' || t === 'hr' || t === 'fence' || t === 'table' || t === 'orgHeadline') break;
    if (t === 'blank') continue;
    if (t === 'list' && l.shape.check !== null) return false;
    const body = l.text.trim();
    // (A field's name ends in a colon: a line without one is none.)
    const top = (fields.length === 0 || l.indent === 0) && (body.includes(':') || body.includes('：'));
    const named = top ? FIELD_NAME_RE.exec(body) : null;
    // (Not a web address's colon, "https://…": a field's colon is followed by its value, not "//".)
    const m = top && !named ? FIELD_INLINE_RE.exec(body) : null;
    const inline = m && !(body.charCodeAt(m[0].length - 1) === 47 /* / */ && body.charCodeAt(m[0].length) === 47) ? m : null;
    if (named || (inline && wordCount(inline[1]!) <= 4)) {
      fields.push({ name: (named ?? inline)![1]!.trim(), values: named ? [] : [body.slice(body.search(/[:：]/) + 1)], named: named !== null });
    } else if (fields.length === 0) {
      if (!LINK_LINE_RE.test(body)) return false;
    } else if (fields[fields.length - 1]!.values.length < 12 && (t === 'list' || t === 'text')) {
      fields[fields.length - 1]!.values.push(t === 'list' ? l.shape.text : body);
    } else return false;
    end = k;
  }
  // (A record ends where the heading's part does: not at a table or a fence that the part goes on with.)
  const own = w.lines[no - 1]!.shape;
  const at = w.lines[k]?.shape;
  const closed = at === undefined || at.t === 'hr' || (at.t === 'heading' && (own.t !== 'heading' || at.level <= own.level));
  // (Three names alone on their lines at least: "Chapter 1: 17/52" lines are entries with their counts, not a record;
  // or three fields filled in on their lines, "- Hypothèse : …", "- Action : …", a form the note repeats (below).)
  const alone = fields.filter((f) => f.named).length;
  // (Fewer fields make a record too when one says where the heading's unit stands, "- Estado: Explicado", and the form is
  // repeated: the same fields under other headings. The heading is the unit followed, not its fields.)
  const twoOfAForm = alone < 3 && closed && fields.length >= 2 && fields.some((f) => !f.named && STATUS_NAME_RE.test(f.name));
  if (alone < 3 && fields.length < 3 && !twoOfAForm) return false;
  // (A field holds a value, a line or two; labels over lists of things, "Learn:", "Practice:", are a plan's parts: most of a record's fields hold one line or none.)
  if (fields.filter((f) => f.values.length <= 1).length * 2 < fields.length) return false;
  for (const f of fields) {
    // ("Основы линукса:" over "https://linuxsurvival.com/": a resource's name over its link, not a field.)
    if (f.values.some((v) => /^\s*<?https?:\/\//.test(v))) return false;
    if (isWorkIntro(f.name)) return false;
    if (sectionKind(f.name) !== null && f.values.length >= 2) return false;
  }
  // (A record is one of its kind: the same names label fields under another heading of the note, as a database exported page by page does.
  // A record filled in on its lines, every field's name repeated under two other headings at least: a form filled in once a unit.)
  const names = new Set(fields.filter((f) => f.named || alone < 3).map((f) => f.name.toLowerCase()));
  const want = twoOfAForm ? names.size : alone < 3 ? 2 * names.size : 2;
  const seen = new Map<string, number>();
  let elsewhere = 0;
  for (let j = 0; j < w.lines.length && elsewhere < want; j++) {
    if (j >= no - 1 && j <= end) continue;
    const l = w.lines[j]!;
    if (l.shape.t !== 'text' && l.shape.t !== 'list') continue;
    const t = l.text.trim();
    const m = FIELD_NAME_RE.exec(t) ?? (alone < 3 ? FIELD_INLINE_RE.exec(t) : null);
    const name = m ? m[1]!.trim().toLowerCase() : '';
    if (m && names.has(name)) { elsewhere++; seen.set(name, (seen.get(name) ?? 0) + 1); }
  }
  if (elsewhere < want || (alone < 3 && [...names].some((n) => (seen.get(n) ?? 0) < (twoOfAForm ? 1 : 2)))) return false;
  const filled = (f: { values: string[] }) => f.values.some((v) => /\d/.test(v));
  // ("Résultat : le script tourne …": the outcome written down, the unit is behind the person.)
  const ended = fields.some((f) => END_FIELD_RE.test(f.name) && filled(f)) || fields.some((f) => RESULT_FIELD_RE.test(f.name) && f.values.some((v) => /\p{L}{2}/u.test(v) && !/[:：]\s*$/.test(v)));
  const begun = fields.some((f) => START_FIELD_RE.test(f.name) && filled(f));
  const d = w.entry(text, no, null, ended ? 'done' : begun ? 'doing' : null);
  const effort = fields.find((f) => EFFORT_FIELD_RE.test(f.name));
  if (effort && !d.estimate) {
    const total = effort.values.find((v) => /\btotal\b/i.test(v));
    let hours = 0;
    for (const v of total ? [total] : effort.values) {
      const e = findEstimate(v);
      if (e && e.rate === null) hours += e.hours;
    }
    if (hours > 0) d.estimate = { hours: round2(hours), basis: 'explicit' };
  }
  // Who teaches it or wrote it, or what it is made of counted ("Profesor:", "Author:", "Clases: 28 Clases"), says what it is.
  if (d.kind === 'topic' || d.kind === 'task') {
    for (const f of fields) {
      const said = TEACHER_FIELD_RE.test(f.name) ? 'course' : AUTHOR_FIELD_RE.test(f.name) ? 'book' : /^\s*\d/.test(f.values.join(' ')) ? sectionKind(f.name) : null;
      if (said === 'course' || said === 'book' || said === 'video' || said === 'paper') { d.kind = said; break; }
    }
  }
  d.source.endLine = end + 1;
  headingItem(w, s, d);
  w.skipTo = end;
  w.note(no, 'item', `a heading over a record of ${fields.length} fields (${fields.slice(0, 3).map((f) => `"${f.name}"`).join(', ')}…): one thing, the fields its properties`);
  return true;
}

/** "**Time Estimate:** 35-55 hours", "Effort: 20h": a field that says how long the topic takes. */
const ESTIMATE_FIELD_RE = /^(?:\*\*|__)?(?:time estimate|estimated time|estimate|effort|time needed|expected time|time budget)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(\S.*)$/i;
/** "**19 Lessons | 2 Projects**": what the topic is made of, counted. */
const MADE_OF_RE = /^[*_]*\d+\s+(lessons?|lectures?|chapters?|videos?|episodes?)\b/i;

/**
 * The fields in the lines right after a heading's status line ("**Time Estimate:** 35-55
 * hours", "**19 Lessons | 2 Projects**"): the topic's estimate, and what it is made of (a thing
 * of lessons or lectures is a course, of chapters a book), until the first line that is no field.
 */
function fieldsAfter(w: Walker, d: Draft, no: number): void {
  for (let k = no; k < w.lines.length && k < no + 6; k++) {
    const ln = w.lines[k]!;
    // (A pipe makes "**19 Lessons | 2 Projects**" a table's line to the scanner; it is a field.)
    if (ln.shape.t !== 'text' && ln.shape.t !== 'table') break;
    const t = ln.text.trim();
    const est = ESTIMATE_FIELD_RE.exec(t);
    const hours = est ? findEstimate(est[1]!) : null;
    const made = MADE_OF_RE.exec(t);
    if (hours && hours.rate === null && !d.estimate) d.estimate = { hours: round2(hours.hours), basis: 'explicit' };
    else if (made && (d.kind === 'topic' || d.kind === 'task')) d.kind = kindOfUnit(made[1]!.toLowerCase().replace(/s$/, '')) ?? d.kind;
    else if (!est && !made) break;
    d.source.endLine = Math.max(d.source.endLine, ln.no);
  }
}

/** "**Meta:** …", "Goal: pass the exam by June", "Objetivo:", "目标：", "Deadline: 2026-07-01": a goal's or a deadline's field. */
const GOAL_FIELD_RE = /^(?:\*\*|__)?(?:goal|target|objective|aim|meta|objetivo|objectif|ziel|obiettivo|цель|目标|目標|목표|deadline|due(?: date)?|prazo|fecha l[ií]mite)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*\S/i;

/** A heading that names a list of work and nothing one: "Progress Checklist", "Roadmap", "My Tasks", "Reading list". */
const LIST_NAME_RE = /^[^\p{L}]*(?:(?:my|the|our)\s+)?(?:(?:progress|learning|study|reading|to-?do|task|skills?|weekly|daily|monthly)\s+)?(?:checklists?|roadmap|progress|progression|progreso|progresso|fortschritt|tracker|to-?dos?|tasks|lists?|backlog|plans?|schedule|timeline|进度|進度|進捗|진행\s?상황|진도)[^\p{L}]*$/iu;
const PAGE_PART_RE = /^[^\p{L}]*(?:overview|summary|about|intro(?:duction)?|goals?|objectives?|purpose|context|background|motivation|mission|vision|vis[ãa]o geral|resumo|resumen|objetivos?|metas?|ziele?|[ée]tat des lieux|概要|概述|目标|目標)[^\p{L}]*$/iu;

/** A field line that dates the heading's topic: "**Target completion:**", "Start date:", "Due:". */
const DATE_FIELD_NAME_RE = /^(?:\*\*|__)?(?:due(?: date)?|deadline|target(?: date| completion(?: date)?| end(?: date)?| finish(?: date)?)?|started|start date)(?:\*\*|__)?\s*[:：]/i;

/** Whether line `no` is the first line with words after the heading on line `heading`. */
function firstUnder(w: Walker, heading: number, no: number, title?: string): boolean {
  let k = no - 2; // lines[no - 2] is the line before line `no`
  // (With `title`: also past a fence's opening and the heading's name said again beside its icon, "<img …/> **Go**".)
  while (k >= heading && (w.lines[k]!.shape.t === 'blank' || (title !== undefined && (w.lines[k]!.shape.t === 'fence' || echoesTitle(w.lines[k]!.text, title))))) k--;
  return k === heading - 1;
}

/** A line that only says the heading's name again, beside a picture: "<img src=… /> **TypeScript**". */
function echoesTitle(text: string, title: string): boolean {
  const words = plainText(text.replace(/<img\b[^>]*>|!\[[^\]]*\]\([^)]*\)/gi, '')).trim();
  return words !== '' && words.toLowerCase() === title.trim().toLowerCase();
}

/**
 * A note about one book, course or paper, as Obsidian users keep them: its front matter
 * says its type or its status ("type: book", "status: reading", "progress: 212/590"),
 * and the note is that item. Tasks in its body are the item's own; its other lines are
 * notes on it. The status field's line is where its status is written back.
 */
/** "Jul 18, 2020: Finished project 4": a date, then what happened. */
const DATED_BULLET_RE = /^([^:–—]{3,30}?)\s*[:–—]\s+\S/;

/**
 * A diary about one course or book ("MATH 2400 Linear algebra - Diary.md", a note of
 * dated entries under "# TIES581 Numerical linear algebra" that calls itself a learning
 * diary) is that one item, under way; its dated entries are its log (the hours in "##
 * 2022-01-28 (1h)" are time spent), and its checkboxes its steps.
 */
export function diaryItem(w: Walker): void {
  const lines = w.lines;
  const name = (w.path.split(/[/\\]/).pop() ?? w.path).replace(/\.(?:md|markdown|txt|org)$/i, '');
  let title: ScannedLine | null = null;
  let firstDay = -1;
  let days = 0;
  // Dated bullets ("- Jul 18, 2020: Finished project 4") under a "Progress" or "Log" heading.
  let datedBullets = 0;
  let logHeading = false;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.shape.t === 'list' && l.indent === 0 && logHeading && /\d/.test(l.shape.text)) {
      const m = DATED_BULLET_RE.exec(l.shape.text);
      if (m && DATE_TITLE_RE.test(m[1]!)) { datedBullets++; if (firstDay < 0) firstDay = k; }
      continue;
    }
    if (l.shape.t !== 'heading') continue;
    logHeading = /^(?:progress|log|logbook|journal|diary|updates|timeline)\W*$/i.test(headingTitle(l.shape.text));
    // (A day's heading is a day, the first one too: "# 2023-03-11 (Sa)" atop a diary is no title.)
    const day = /\d/.test(l.shape.text) && DATE_TITLE_RE.test(headingTitle(l.shape.text).replace(/\s*\(.*\)\s*$/, ''));
    if (l.shape.level === 1 && title === null && firstDay < 0 && !day) title = l;
    else if (day) { days++; if (firstDay < 0) firstDay = k; }
  }
  if (days < 2 && datedBullets < 4) return;
  let saysDiary = DIARY_NAME_RE.test(name);
  for (let k = 0; k < firstDay && !saysDiary; k++) saysDiary = lines[k]!.shape.t === 'text' && DIARY_SAYS_RE.test(lines[k]!.text);
  // A course's own README: its title, "This course …" in the words under it, then a dated log.
  let says: RegExpExecArray | null = null;
  for (let k = 0; k < firstDay && !saysDiary && datedBullets >= 4 && title !== null; k++) saysDiary = lines[k]!.shape.t === 'text' && (says = /\bthis (course|class|mooc|book|textbook)\b/i.exec(lines[k]!.text)) !== null;
  if (!saysDiary) return;
  const named = title ? headingTitle(title.shape.t === 'heading' ? title.shape.text : '') : '';
  const what = (named && !/^(?:diary|journal|log|learning (?:diary|log)|study (?:diary|log))$/i.test(named) ? named : name).replace(DIARY_TAIL_RE, '').trim();
  // A log of everything ("Study log", "notes.md") is about no one course.
  if (!what || /^(?:notes?|logs?|journal|diary|study|learning|index|readme|today|daily)$/i.test(what)) return;
  // Under way, unless its title says otherwise ("… — done" once the course is over).
  const d = w.entry(what, title?.no ?? 1, null);
  if (d.status === 'todo') d.status = 'doing';
  if (says) d.kind = /book/i.test(says[1]!) ? 'book' : 'course';
  else if (d.kind === 'topic' || d.kind === 'task' || d.kind === 'article') d.kind = 'course';
  // Links in the lines before the first day are the course's (its materials, its page).
  for (let k = title ? lines.indexOf(title) + 1 : 0; k < firstDay; k++) {
    const t = lines[k]!.text;
    if (t.includes('://')) for (const l of readInline(t).links) if (!d.links.includes(l)) d.links.push(l);
  }
  // "Finished project 4" in the log: how far along, in the course's own units.
  if (!d.progress) {
    let best: { done: number; unit: string } | null = null;
    for (let k = firstDay; k < lines.length; k++) {
      const m = /\b(?:finished|completed|done with|wrapped up)\s+(project|lecture|chapter|week|module|lab|assignment|lesson|unit|part)\s+(\d{1,3})\b/i.exec(lines[k]!.text);
      if (m && (!best || Number(m[2]) > best.done)) best = { done: Number(m[2]), unit: m[1]!.toLowerCase() };
    }
    if (best) d.progress = { done: best.done, total: null, unit: best.unit };
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
  w.noteItem = w.addItem(d, null);
}

/**
 * A note whose front matter names a kind ("title: Books To Read", "tags: [books]") is a
 * list of that kind: a section over the whole note, with no title of its own.
 */
export function frontMatterKind(w: Walker, fm: ScannedLine[]): void {
  let kind: Kind | null = null;
  // "title: Books I read in 2025", "title: 私が読んだ技術書たち": the title says their status too.
  let said: Omit<Scope, 'private'> | null = null;
  for (const l of fm) {
    const m = /^(title|tags|categories|category|type)\s*:\s*(.*)$/i.exec(l.text);
    if (!m) continue;
    const value = m[2]!.replace(/["'[\]]/g, ' ');
    const isTitle = m[1]!.toLowerCase() === 'title';
    if (isTitle) said = scopeOf(value.trim());
    const k = isTitle ? sectionKind(value) : kindOfTags(value.split(/[,\s]+/).filter(Boolean)) ?? sectionKind(value);
    if (k && RESOURCE_KINDS.has(k)) { kind = k; if (isTitle) break; }
  }
  if (kind === null) return;
  // "title: '2023 v knihách'" written in 2024 ("date: 2024-01-11"): a year's books, looked back on.
  let pastYear = false;
  if (!said?.done) {
    let titleYear: number | null = null;
    let written: number | null = null;
    for (const l of fm) {
      const t = /^title\s*:\s*(.*)$/i.exec(l.text);
      const y = t ? /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(t[1]!) : null;
      if (y) titleYear = Number(y[1]);
      const d = /^(?:date|published|created)\s*:\s*['"]?((?:19|20)\d\d)-/i.exec(l.text);
      if (d) written = Number(d[1]);
    }
    pastYear = titleYear !== null && written !== null && written > titleYear;
  }
  w.sections.push(newSection({ title: '', kind, work: true, nonWork: false, done: (said?.done ?? false) || pastYear, dropped: said?.dropped, doing: said?.doing ?? false }, { level: 0, block: null, item: null }));
}

type FieldGet = (...keys: string[]) => { value: string; line: number } | undefined;

/**
 * A web page saved into the notes, as a clipper writes it ("source: https://…", "published:
 * 2023-08-28", "tags: [clippings]", "type: web"): someone else's words, kept to read.
 */
function isClipping(get: FieldGet): boolean {
  const url = get('url', 'source', 'link', 'original url', 'source url');
  if (!url || !/^https?:\/\//.test(url.value)) return false;
  const type = get('type', 'category', 'kind', 'media');
  const tags = get('tags', 'tag');
  return get('published', 'date published', 'publish date') !== undefined || (type !== undefined && /^(?:web(?:page| page| clip(?:ping)?)?|clip(?:ping)?|article|bookmark|link)$/i.test(type.value.replace(/[[\]"']/g, '').trim()))
    || (tags !== undefined && /(?:^|[\s,#[])(?:clippings?|web-?clips?|clipped)(?:$|[\s,\]])/i.test(tags.value));
}

/** The saved page is one article to read, named by its title, linked to where it came from; its body is not the person's work. */
function clippedPage(w: Walker, get: FieldGet): void {
  const titleField = get('title', 'name');
  const url = get('url', 'source', 'link', 'original url', 'source url')!;
  const title = titleField?.value || (w.path.split(/[/\\]/).pop() ?? w.path).replace(/\.(?:md|markdown|txt)$/i, '');
  const d = w.entry(title, (titleField ?? url).line, null, null);
  d.kind = 'article';
  if (!d.links.includes(url.value)) d.links.push(url.value);
  w.noteItem = w.addItem(d, null);
  w.clipped = true;
}

/** A status word, or a shelf's name as book trackers write them: "currently-reading" (under way), "stopped-reading", "did-not-finish" (put down). */
function shelfStatus(value: string): Status | null {
  const said = statusOfWord(value);
  if (said) return said;
  const words = value.toLowerCase().replace(/[-_]+/g, ' ').trim();
  if (/^(?:currently|now) (?:reading|watching|taking)$/.test(words)) return 'doing';
  if (/^(?:stopped|quit|paused) (?:reading|watching)$|^did not finish$|^gave up$/.test(words)) return 'skipped';
  return statusOfWord(words);
}

/** Whether `n` lines or more from line `from` (1-based) on link somewhere with a markdown link. */
function linkedLines(w: Walker, from: number, n: number): boolean {
  let seen = 0;
  for (let k = from; k < w.lines.length; k++) {
    const t = w.lines[k]!.text;
    if (t.includes('](') && /\]\((?:https?:)?\/\//.test(t) && ++seen >= n) return true;
  }
  return false;
}

export function frontMatterItem(w: Walker, fm: ScannedLine[]): void {
  const fields = new Map<string, { value: string; line: number }>();
  let listKey: string | null = null;
  let blockKey: string | null = null;
  for (const l of fm) {
    const kv = /^([A-Za-z][\w -]{0,30}?)\s*:\s*(.*)$/.exec(l.text);
    if (kv) {
      const key = kv[1]!.toLowerCase().replace(/[\s_-]+/g, ' ');
      // ("url: >-" then the address on the next line: a folded value, read as one.)
      const block = /^[>|][+-]?$/.test(kv[2]!.trim());
      const value = block ? '' : unquote(kv[2]!.trim());
      if (!fields.has(key)) fields.set(key, { value, line: l.no });
      listKey = value ? null : key;
      blockKey = block ? key : null;
      continue;
    }
    const folded = blockKey ? /^\s+(\S.*)$/.exec(l.text) : null;
    const bf = blockKey ? fields.get(blockKey) : undefined;
    if (folded && bf) { bf.value = bf.value ? `${bf.value} ${folded[1]!.trim()}` : folded[1]!.trim(); continue; }
    const entry = listKey ? /^\s*-\s+(.*)$/.exec(l.text) : null;
    const f = listKey ? fields.get(listKey) : undefined;
    if (entry && f) f.value = f.value ? `${f.value}, ${unquote(entry[1]!.trim())}` : unquote(entry[1]!.trim());
  }
  const get = (...keys: string[]) => keys.map((k) => fields.get(k)).find((f) => f !== undefined && f.value !== '');
  const type = get('type', 'category', 'kind', 'class', 'media', 'format');
  const typed = type ? sectionKind(type.value) : null;
  const kind = typed && RESOURCE_KINDS.has(typed) ? typed : null;
  // ("shelf: stopped-reading", "shelf: currently-reading": a book tracker's shelf says where the book stands.)
  const statusField = get('status', 'state', 'reading status', 'progress status', 'shelf');
  // Marks around the word go ("**done**"); its own letters stay, accented ones too ("terminé").
  const said = statusField ? shelfStatus(statusField.value.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')) : null;
  // "Progress: 2" beside "Target: 30": a goal's page keeps how far along it is against its target.
  const count = get('progress', 'current', 'count');
  const target = get('target', 'goal', 'total');
  const counted = count && target && /^\d+$/.test(count.value) && /^\d+$/.test(target.value) && Number(target.value) > 0 && Number(count.value) <= Number(target.value)
    ? { done: Number(count.value), total: Number(target.value), line: count.line } : null;
  if (kind === null && said === null && counted === null) {
    if (isClipping(get)) clippedPage(w, get);
    return;
  }
  // ("category: books" over a page of twenty linked books: the site's section the page is filed
  // in, not the page's one thing. A category alone, with no status, makes none where the page
  // links five things or more.)
  if (said === null && type === fields.get('category') && linkedLines(w, (fm.at(-1)?.no ?? 0) + 1, 5)) return;
  // Without a type, a note that keeps a status has the fields of what it is about: an author,
  // an ISBN or a publisher make a book; an instructor, a platform or a provider a course. (A
  // blog post's "author:" alone makes nothing: it has no status.)
  const fieldKind = kind ?? (get('author', 'authors', 'isbn', 'publisher') ? 'book' : get('instructor', 'instructors', 'platform', 'provider') ? 'course' : null);
  const titleField = get('title', 'name');
  // (Without a title field, the note's first heading names it before its file does: "# Machine
  // Learning Specialization" in ml.md.)
  const heading = titleField ? null : firstHeading(w, (fm.at(-1)?.no ?? 0) + 1);
  const title = titleField?.value || heading?.title || (w.path.split(/[/\\]/).pop() ?? w.path).replace(/\.(?:md|markdown|txt)$/i, '');
  // The item stands where its title does (its status field is found from there when written back;
  // a goal's count, on its heading).
  const line = (titleField ?? statusField ?? type)?.line ?? heading?.line ?? counted!.line;
  const d = w.entry(title, line, null, said);
  if (fieldKind) d.kind = fieldKind;
  const tags = get('tags', 'tag');
  if (tags) for (const t of tags.value.replace(/[[\]]/g, '').split(/[,\s]+/)) { const tag = t.replace(/^#/, ''); if (tag && !d.tags.includes(tag)) d.tags.push(tag); }
  if (fieldKind === null) d.kind = kindOfTags(d.tags) ?? d.kind;
  const dayOf = (f: { value: string } | undefined) => (f ? /^\d{4}-\d{2}-\d{2}/.exec(f.value)?.[0] : undefined);
  for (const [key, date] of [['start', ['started', 'start', 'start date', 'date started', 'starteddate']], ['done', ['finished', 'completed', 'date finished', 'date read', 'done', 'completeddate']], ['due', ['due', 'deadline', 'due date']]] as const) {
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
  if (found && prog && counted === null) applyProgress(d, found, prog.line);
  else if (counted) {
    // ("Finish Drumming Independence 30-day Challenge" with "Target: 30": the unit its title counts in.)
    const named = new RegExp(`(?<![\\d.])${counted.total}[\\s-]*(day|week|chapter|lesson|lecture|module|book|problem|exercise|page|video|session)s?\\b`, 'i').exec(title);
    applyProgress(d, { done: counted.done, total: counted.total, unit: named ? named[1]!.toLowerCase() : 'part' }, counted.line);
  } else {
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
  w.noteItem = w.addItem(d, null);
}

const PLACEHOLDER_RE = /\{\{[^}]*\}\}|<(?!(?:br|b|i|u|s|em|strong|code|kbd|sub|sup|a|p|hr|img|span|div|details|summary)\b)[a-z][a-z _-]{1,30}>|\bYYYY\b|\b(?:Day|Week|Chapter|Lesson|Lecture|Session) [NX]\b|_{4,}/;

/** Whether the fence opened on line `no` holds a placeholder before it closes (a template to copy). */
function holdsPlaceholders(w: Walker, no: number): boolean {
  const open = w.lines[no - 1]!;
  const marker = open.shape.t === 'fence' ? open.shape.marker : '';
  for (let k = no; k < w.lines.length && k < no + 200; k++) {
    const l = w.lines[k]!;
    if (l.shape.t === 'fence' && closesFence(marker, l.shape.marker, l.shape.lang)) return false;
    if (PLACEHOLDER_RE.test(l.text)) return true;
  }
  return false;
}

/** Whether any line of the note is a placeholder of a form ("{{date}}", "<topic>", "YYYY", "____"). */
export function notePlaceholders(w: Walker): boolean {
  return w.lines.some((l) => PLACEHOLDER_RE.test(l.text));
}

/** A section named by a status alone ("Done", "In progress", "Completed courses", "Dropped"): a lane, not an item. */
export function isStatusName(s: Section): boolean {
  return (s.done || s.doing || s.dropped === true) && wordCount(s.title) <= 4;
}

/** A file name that says the note is a list, not one resource: "To read", "Reading list", "Books", "2024", "Notes", "_index". */
const LIST_FILE_RE = /\b(?:lists?|to[ -]?(?:read|watch|do)|reading|backlog|queue|shelf|wishlist|index|readme|todo|inbox|templates?|moc|overview|toc|contents|books|courses|papers|videos|talks|articles|lectures)\b|^\W*(?:notes?|\d{4}\b)|^_/i;

/** A folder's name that files resources by kind, as a plural or a shelf of notes ("Book notes", "Courses & Seminars", "Livros"). */
const RESOURCE_FOLDER_RE = /\b(?:books|book notes|book summaries|reading notes|textbooks|courses|course notes|moocs|papers|paper notes|videos|lectures|talks|libros|livros|livres|b(?:ü|ue)cher|cursos|kurse|cours|formations|corsi|libri|kitaplar|kurslar)\b|книги|курсы|読書|書籍|课程|課程|강의|도서/iu;

/**
 * A note filed in a folder of one kind of resource ("Books/Operating Systems Three Easy
 * Pieces.md", "Source Materials/Papers/Attention is All You Need.md") is about that one
 * resource: it is the item, named by its title line or the file, of the folder's kind, and what is written in it
 * is notes on it (its checkboxes, if any, its steps). Notes taken in it say it is under way.
 * A note there that lists many resources ("Books/To read.md", a page of links) is a list, as anywhere.
 */
export function folderItem(w: Walker): void {
  const parts = w.path.split(/[/\\]/);
  if (parts.length < 2) return;
  const file = parts[parts.length - 1]!.replace(/\.(?:md|markdown|txt|org)$/i, '');
  // ("10_1984_George_Orwell": a number that orders the shelf is no word of the title.)
  const name = file.replace(/_+/g, ' ').replace(/^\d{1,3}(?:\s+|\s*[-.]\s+)(?=\S)/, '').trim();
  // A title: words, at least two or one with a capital, no list's name.
  if (!/\p{L}/u.test(name) || LIST_FILE_RE.test(name) || (wordCount(name) < 2 && !/^\p{Lu}/u.test(name)) || /^[\p{Ll}\d]+(?:-[\p{Ll}\d]+)+$/u.test(file)) return;
  let kind: Kind | null = null;
  // The folder itself, or for books the one above it ("Books/Machine Learning/…": a shelf
  // within the books; under "Courses/AWS/…" the notes are one course's, each a part of it).
  for (let k = parts.length - 2; k >= Math.max(0, parts.length - 3) && kind === null; k--) {
    const folder = parts[k]!.replace(/_+/g, ' ');
    if (wordCount(folder) > 3 || !RESOURCE_FOLDER_RE.test(folder)) continue;
    const fk = sectionKind(folder);
    if (fk === 'book' || (k === parts.length - 2 && (fk === 'course' || fk === 'paper' || fk === 'video'))) kind = fk;
  }
  if (kind === null) return;
  const lines = w.lines;
  let listLines = 0;
  let linked = 0;
  let boxes = 0;
  let linkedBoxes = 0;
  let written = 0;
  for (const l of lines) {
    if (l.shape.t === 'list') {
      listLines++;
      const link = l.shape.text.includes('](') || l.shape.text.includes('://') || l.shape.text.includes('[[');
      if (link) linked++;
      if (l.shape.check !== null) { boxes++; if (link) linkedBoxes++; }
    }
    if (l.shape.t !== 'blank' && l.shape.t !== 'heading') written++;
  }
  // A page of links or of boxes for many things is a list of them.
  if (linked >= 5 && linked * 2 >= listLines) return;
  if (boxes >= 5 && linkedBoxes > 0) return;
  // Its title line, where it has one, names it and holds its status ("# Database Internals ✅"),
  // so that checking it off writes there; else the file's name does.
  const h1 = lines.find((l, k) => k < 10 && l.shape.t === 'heading' && l.shape.level === 1);
  const d = w.entry(h1 && h1.shape.t === 'heading' ? h1.shape.text : name, h1?.no ?? 1, null);
  d.kind = kind;
  if (d.status === 'todo' && boxes === 0 && written >= 5) d.status = 'doing';
  w.noteItem = w.addItem(d, null);
}

/**
 * A box's words that name a numbered chapter of one book: "Chapter 01. Values, …". (Not a course's
 * weeks or lectures: a README ticking off "Week 1: …" tracks the weeks, the course only described
 * above them, as the dev note b-dherault's gold reads it.)
 */
const NUMBERED_PART_RE = /^\W*(chapters?|ch\.?|cap[ií]tulo|chapitre|kapitel)\s*#?\d{1,3}\b/i;
/** A title that names a list, not one work: "Progress", "Notes", "Study plan", "TODO". */
const LIST_TITLE_RE = /^\W*(?:my\s+)?(?:progress|notes?|readme|todo|to-?do list|learning|study(?:\s+plan)?|roadmap|plan|tracker|checklist|curriculum|index)\W*$/i;

/**
 * "# Eloquent javascript" over "## Progress" and "- [x] Chapter 01. Values, types, and
 * operators", "- [ ] Chapter 14. …": a note titled by one work whose boxes are, mostly, its
 * numbered chapters tracks that book. The title is the item, the chapters its own.
 */
export function titleOverParts(w: Walker): void {
  if (w.noteItem !== null) return;
  const lines = w.lines;
  let h1 = -1;
  let boxes = 0;
  let parts = 0;
  let unit: string | null = null;
  for (let k = 0; k < lines.length; k++) {
    const s = lines[k]!.shape;
    if (s.t === 'heading' && s.level === 1) {
      if (h1 >= 0) return;
      h1 = k;
      continue;
    }
    if (s.t !== 'list') continue;
    if (h1 < 0) return;
    if (s.check === null) continue;
    boxes++;
    const m = NUMBERED_PART_RE.exec(s.text.replace(/^\[/, ''));
    if (m) { parts++; unit ??= m[1]!.toLowerCase(); }
  }
  if (h1 < 0 || parts < 3 || parts * 10 < boxes * 8) return;
  const head = lines[h1]!;
  const title = headingTitle((head.shape as { text: string }).text);
  if (!title || wordCount(title) > 8 || LIST_TITLE_RE.test(title) || sectionKind(title) !== null) return;
  const d = w.entry((head.shape as { text: string }).text, head.no, null);
  if (d.kind === 'topic' || d.kind === 'task' || d.kind === 'article' || d.kind === 'course') d.kind = 'book';
  w.noteItem = w.addItem(d, null);
  w.note(head.no, 'item', `the note's title, over boxes that are its numbered ${unit}s: the one work they are parts of`);
}

/**
 * "《思考，快与慢》 --丹尼尔.卡尼曼", "Thinking, Fast and Slow -- Daniel Kahneman", "Flow by Mihaly
 * Csikszentmihalyi": a heading that names one work, by its title in book brackets (and its author
 * after them, or nothing), or by a title and its author after "by" or a double hyphen.
 */
export function namesOneWork(title: string): boolean {
  // (Most headings have neither book brackets nor an author: a cheap look first.)
  if (!title.includes('《') && !title.includes(' by ') && !title.includes(' --')) return false;
  const t = plainText(title).trim();
  if (t.length > 120) return false;
  if (t.startsWith('《')) return ONE_BOOK_CJK_RE.test(t);
  // ("Title by Author" as the reader judges a cited work anywhere: isCitedWork.)
  return isCitedWork(t) || HYPHEN_AUTHOR_RE.test(t);
}
const ONE_BOOK_CJK_RE = /^《[^《》]{1,60}》\s*(?:(?:--?|—{1,2}|by|著|，|,|·|\/)?\s*[^《》\d]{0,30})$/u;
// "Title -- Author": a double hyphen, as a citation writes it; not a dash, which joins a course's code and its name ("MIT 6.824 — Distributed Systems").
const HYPHEN_AUTHOR_RE = /^[\p{Lu}\d"“'‘][^:;!?]{1,80}?\s+--\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|la|le|and|&|et al\.?)){0,4}\s*$/u;
/** A line under a work's heading that is work, not a note on it: a box, a keyword, a link, a count, a part's name. */
const WORK_LINE_RE = /\[[ xX/\-~.]\]|\]\(|\[\[|:\/\/|\d\s*\/\s*\d|\d\s*%|^(?:TODO|DONE|NEXT|DOING|STARTED|WAITING|CANCELL?ED|READING|READ)\b|^(?:chapter|ch\.?|part|lecture|lesson|section|unit|module|week|day|episode)\s*\d|^第\s*[\d一二三四五六七八九十百]+\s*[章节節课課讲講回]|^\d+(?:\.\d+)+\s/i;

/**
 * A heading that names one work over notes on it (numbered points, bullets, sub-headings of
 * ideas, prose; no box, keyword, link, count or part of it): the heading is the work, an item,
 * and what is under it, to the next heading of its level or above, its notes (a reading
 * notebook's "** 《思考，快与慢》" over what the person took from it). The work keeps its status
 * unsaid. With work under it ("- [x] 第1章"), the heading is read as before.
 */
export function workNotes(w: Walker, s: Section, level: number, text: string, no: number, tags: readonly string[] = []): boolean {
  if (!namesOneWork(text)) return false;
  let end = no - 1;
  let notes = 0;
  for (let k = no; k < w.lines.length; k++) {
    const l = w.lines[k]!;
    const sh = l.shape;
    if ((sh.t === 'heading' || sh.t === 'orgHeadline') && sh.level <= level) break;
    if (sh.t === 'blank') continue;
    if (sh.t !== 'text' && sh.t !== 'list' && sh.t !== 'heading' && sh.t !== 'orgHeadline') return false;
    if (sh.t === 'list' && sh.check !== null) return false;
    const body = sh.t === 'text' ? sh.text.trim() : sh.text;
    if (WORK_LINE_RE.test(body) || findTrailingStatus(body) !== null) return false;
    notes++;
    end = k;
  }
  if (notes === 0) return false;
  const d = w.entry(text, no, null);
  if (d.kind === 'topic') d.kind = 'book';
  for (const t of tags) if (!d.tags.includes(t)) d.tags.push(t);
  d.kind = kindOfTags(d.tags) ?? d.kind;
  headingItem(w, s, d);
  w.skipTo = end;
  w.note(no, 'item', `a heading that names one work over ${notes} lines of notes on it: the work; the notes are not work`);
  return true;
}

/**
 * A phase of a plan by its name: "Stage 1", "Phase 2", "Step 3", "Etapa 1", "1단계", "第2阶段",
 * "ステップ2" (not a day, a week or a date: a diary's or a log's entries are written under those).
 */
const PHASE_SPAN_RE = /^(?:(?:phase|stage|step|fase|etapa|[ée]tape|stufe)\s*#?\d|\d{1,2}\s*(?:단계|段階)|第\s*[\d一二三四五六七八九十]+\s*(?:阶段|階段|步)|(?:ステップ|フェーズ|阶段|階段)\s*[\d一二三四五六七八九十])/iu;

/**
 * "### Stage 1 — Summary lectures" over a line of its days and a paragraph of what to do, "###
 * 2단계 — 기출 1회독" over its own: a phase of the plan with no entry listed under it (no bullet,
 * box, table or block, only lines of prose, to the next heading of its level or above or a rule)
 * is itself the work of that phase, an item, and its lines are its description. A phase with
 * its work listed under it is read as before: its entries are the work.
 */
export function spanWork(w: Walker, s: Section, level: number, text: string, no: number): boolean {
  // (Its words as written; through plainText only when it holds markup: "### **Stage 1**".)
  if (!PHASE_SPAN_RE.test(text.replace(/^[^\p{L}\p{N}]+/u, '')) && !(/[[*_<`]/.test(text) && PHASE_SPAN_RE.test(plainText(text).replace(/^[^\p{L}\p{N}]+/u, '')))) return false;
  let end = no - 1;
  let prose = 0;
  for (let k = no; k < w.lines.length; k++) {
    const sh = w.lines[k]!.shape;
    if ((sh.t === 'heading' && sh.level <= level) || sh.t === 'hr') break;
    if (sh.t === 'blank') continue;
    if (sh.t !== 'text') return false;
    prose++;
    end = k;
  }
  if (prose === 0) return false;
  const d = w.entry(text, no, null);
  // (A stage to get through, whatever it reads or watches: a milestone of the plan, unless its words make it a task or a project.)
  if (d.kind !== 'task' && d.kind !== 'project') d.kind = 'milestone';
  d.source.endLine = end + 1;
  headingItem(w, s, d);
  w.skipTo = end;
  w.note(no, 'item', `a phase of the plan with nothing listed under it, only ${prose} lines of prose: the phase's work itself`);
  return true;
}
