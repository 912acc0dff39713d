// Passes over the whole note before the walk: runs of titles read as a list without markers,
// bookmark exports (a title line over its URL line), the plan's session length, whether the note
// is a checklist, and the org file's declared keywords.
import { isCitedWork, isLongPhrase, isWorkIntro, isPhraseLike, isProse, isStatement, sectionKind, startsWithActionVerb, wordCount } from '../classify.js';
import { plainText } from '../inline.js';
import { findBareFraction, findProgress, normalizeUnit } from '../phrases.js';
import { ORG_DAY_HEADLINE_RE, readListKeyword, readTodoDeclaration } from '../org.js';
import { SESSION_HOURS_RE, isUrlLine, META_FIELD_RE, ENTRY_FIELD_RE, PICTURES_ONLY_RE, GENERIC_LINK_NAME_RE, LINK_ALONE } from '../line-patterns.js';
import { statusOfWord, KEY_VALUE_RE, unItalicField, withoutProgress } from '../line-rules.js';
import { Walker, statusSaidFirst } from './walker.js';
import { codeAt } from '../chars.js';
import { dayAtStart } from '../dates.js';


export function precompute(w: Walker): void {
  const lines = w.lines;
  // Paragraphs whose every line is a short phrase read as a list without markers.
  let i = 0;
  w.paragraphPhrase = new Array<boolean>(lines.length).fill(false);
  w.bookmark = new Array<boolean>(lines.length).fill(false);
  w.siblingTopic = [];
  /** Paragraphs that are one title line over its URL line. */
  const pairs: number[] = [];
  const linkedNames: number[] = [];
  /** Paragraphs that are a name over one field of it ("Research Methods for UX" / "即将开课的班次：10月 10 — 11月 21。"). */
  const named: number[] = [];
  /** Paragraphs of one short phrase. */
  const singles: number[] = [];
  /** Paragraphs of two lines or more: [first, end] index. */
  const paragraphs: [number, number][] = [];
  while (i < lines.length) {
    if (lines[i]!.shape.t !== 'text') { i++; continue; }
    let j = i;
    let all = true;
    // "Name: subtitle" lines are titles in a run of titles, metadata in a block of fields.
    let fields = 0;
    // "Topic: what it covers" lines: titles however long, in a run of three or more.
    let topics = 0;
    // Lines that are one link and nothing else, to the web or to a file ("[[./pack/Strike by Jeremy Brecher.pdf]]").
    let linkLines = 0;
    while (j < lines.length && lines[j]!.shape.t === 'text') {
      const s = lines[j]!.shape;
      if (s.t === 'text') {
        const plain = plainText(s.text);
        w.plainCache[j] = plain;
        if (codeAt(s.text, 0) === 91 /* [ */ && LINK_ALONE_RE.test(s.text.trim())) {
          const name = linkName(s.text.trim());
          if (name.length > 1 && !GENERIC_LINK_NAME_RE.test(name) && !SITE_NAV_RE.test(name)) linkLines++;
        }
        const said = statusSaidFirst(plain);
        // ("_Next review: 24/11/2025_": a field set in italics is weighed as the field it is.)
        const field = unItalicField(s.text);
        // Badges and pictures ("![Total](https://img.shields.io/…)") name nothing to do.
        if (s.text.includes('![') && PICTURES_ONLY_RE.test(s.text)) all = false;
        else if (said) { if (all && !isPhraseLike(plainText(said.rest))) all = false; }
        // "NeetCode 150: 37/150": a name and how far along it is, not metadata.
        else if (s.text.includes('/') && findBareFraction(s.text)) { if (all && !isPhraseLike(withoutProgress(plain))) all = false; }
        // "Aaron Burr by Martin Kessler": a work and its author, a title however long.
        else if (isCitedWork(plain)) { /* a title */ }
        else if (all && titledTopic(plain)) topics++;
        else if (all && (!isPhraseLike(plain) || /[:：]\s*$/.test(s.text) || META_FIELD_RE.test(field))) all = false;
        else if (all && KEY_VALUE_RE.test(field) && !/ - /.test(s.text)) {
          const kv = KEY_VALUE_RE.exec(field)!;
          // "Deadline: 3 March", "Status: done": a field; "Algorithms: Design and Analysis": a title.
          if (/^[\d~≈]/.test(kv[2]!) || !/^\p{Lu}/u.test(kv[2]!) || statusOfWord(kv[2]!) || sectionKind(kv[1]!) === null && wordCount(kv[1]!) <= 1 || META_FIELD_RE.test(s.text)) all = false;
          // "Week 1: Linear regression", "Lecture 3: SVMs": a numbered unit and its subject, a title.
          // "Operating Systems: Three Easy Pieces": a title and its subtitle, both in title case
          // (a field's name is a label, "Main focus", "Start date", not a name of its own).
          else if (!NUMBERED_UNIT_KEY_RE.test(kv[1]!) && !(wordCount(kv[1]!) >= 2 && isTitleCase(kv[1]!) && isTitleCase(kv[2]!))) fields++;
        }
      }
      j++;
    }
    // "Stream Engines: Basics of Flink and Spark." among "Messaging: Kafka topics, partitions.",
    // "Orchestration: DAGs, retries.": a line of their shape, though it lists nothing, is one more.
    if (j - i >= 3) siblingTopics(w, i, j);
    if (all && fields > 0 && fields * 2 >= j - i) all = false;
    // (Three lines or more, two in three led by a verb, none long: instructions, one a line, though some end in a full stop or hold a link.)
    if (!all && j - i >= 3 && fields === 0 && instructions(w, i, j)) all = true;
    if (all && topics > 0 && j - i < 3) all = false;
    // A paragraph of links alone, one a line: a link list, each line an entry however long its name
    // ("A Troublemakers Handbook building power on the job by Jane Slaughter EXTRACTS.pdf").
    if (!all && j - i >= 3 && linkLines === j - i) all = true;
    const sep = j - i >= 3 ? recordSeparator(w, i, j) : null;
    if (sep !== null) {
      all = true;
      for (let k = i; k < j; k++) w.recordSep[k] = sep;
    }
    // ("**6.004 Spring 2009** - Computation Structures" over "[link](…) [youtube](…)": a name and its links, one entry, though both read as phrases.)
    const namedLinks = (j - i === 2 || j - i === 3 && KEY_VALUE_RE.test(lines[i + 2]!.text.trim()) && !lines[i + 2]!.text.includes('://'))
      && GENERIC_LINKS_LINE_RE.test(lines[i + 1]!.text.trim()) && isBookmarkPair(w, i);
    if (namedLinks) pairs.push(i);
    else if (all && j - i >= 2) for (let k = i; k < j; k++) w.paragraphPhrase[k] = true;
    // (Not a sentence, nor a link: a description under a title, a thread's comments, a link's line.)
    // (A name that is one link to the person's own page of notes, "[《增长黑客》](增长黑客.md)", is a name of the run.)
    else if (all && !/[.!?。！？]\s*$/.test(lines[i]!.text) && ((!lines[i]!.text.includes('](') && !lines[i]!.text.includes('://')) || OWN_PAGE_LINK_RE.test(lines[i]!.text.trim()))) singles.push(i);
    else if (j - i === 1 && bracketedTopic(lines[i]!.text, w.plainCache[i] ?? '')) singles.push(i);
    else if (!all) {
      markBookmarks(w, i, j);
      if (j - i === 2 && isBookmarkPair(w, i, true)) pairs.push(i);
    }
    // ("ml system design guide: https://github.com/…" alone in its paragraph: a name and its link on one line.)
    if (j - i === 1) {
      const m = NAME_COLON_URL_RE.exec(lines[i]!.text.trim());
      if (m && wordCount(m[1]!) <= 12 && !isProse(m[1]!)) linkedNames.push(i);
    }
    if (j - i === 2 && !w.paragraphPhrase[i] && !w.bookmark[i] && nameOverField(w, i)) named.push(i);
    if (j - i >= 2) paragraphs.push([i, j]);
    i = j;
  }
  if (paragraphs.length >= 3) siblingParagraphs(w, paragraphs);
  markSpacedBookmarks(w, pairs);
  markSpacedLinkedNames(w, linkedNames);
  markNamedFields(w, named);
  markSpacedPhrases(w, singles);
  datedLog(w);
  periodLog(w);
  for (let k = 0; k < Math.min(lines.length, 60); k++) {
    const t = lines[k]!.text;
    const m = t.length < 200 && /session/i.test(t) ? SESSION_HOURS_RE.exec(t) : null;
    if (!m) continue;
    const n = Number(m[1]);
    w.sessionHours = /^m/i.test(m[2]!) ? n / 60 : n;
    break;
  }
  let listLines = 0;
  let checkLines = 0;
  let keywordLines = 0;
  // (Each heading's part of the note, and whether it has a box: w.unboxedPart.)
  let partStart = 0;
  let partBoxed = false;
  const endPart = (end: number): void => {
    for (let k = partStart; k < end; k++) w.unboxedPart[k] = !partBoxed;
  };
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.shape.t === 'heading' || l.shape.t === 'orgHeadline') {
      endPart(k);
      partStart = k;
      partBoxed = false;
    }
    if (l.shape.t !== 'list') continue;
    listLines++;
    // A box, or a task keyword as Logseq writes one ("- TODO …", "- DONE …"): an entry marked as a task.
    if (l.shape.check !== null) { checkLines++; partBoxed = true; }
    else { const c = codeAt(l.shape.text, 0); if (c >= 65 && c <= 90 && readListKeyword(l.shape.text)) { checkLines++; keywordLines++; partBoxed = true; } }
  }
  endPart(lines.length);
  // Lecture notes and knowledge pages: paragraphs of sentences between the lists, no box, no
  // keyword. Their short bullets are points of the text ("Routing", "Traffic engineering"),
  // not work, unless a heading or label over them says they are (bulletIsItem).
  let sentences = 0;
  if (checkLines === 0) {
    for (let k = 0; k < lines.length; k++) {
      const s = lines[k]!.shape;
      if (s.t === 'text' && s.text.length > 60 && /[.:;?!]\s*$/.test(s.text) && wordCount(s.text) >= 12) sentences++;
    }
  }
  w.contentNote = sentences >= 4 && sentences * 3 >= listLines;
  // (Logseq's blocks: most of a short journal's bullets carry a keyword where it has tasks.)
  w.checkboxNote = (checkLines >= 5 && checkLines >= listLines * 0.3) || (keywordLines >= 3 && keywordLines >= listLines * 0.5);
  if (w.org) {
    for (const l of lines) {
      if (l.shape.t !== 'orgMeta') continue;
      const declared = readTodoDeclaration(l.text);
      if (declared) Object.assign(w.orgKeywords, declared);
    }
    w.orgHasChildren = new Array<boolean>(lines.length).fill(false);
    for (let k = 0; k < lines.length; k++) {
      const s = lines[k]!.shape;
      if (s.t !== 'orgHeadline') continue;
      for (let m = k + 1; m < lines.length; m++) {
        const n = lines[m]!.shape;
        // (A day's headline under it, "*** [2026-04-07 Tue]", is its diary, not a part of it.)
        if (n.t === 'orgHeadline') { w.orgHasChildren[k] = w.orgHasChildren[k] || n.level > s.level && !ORG_DAY_HEADLINE_RE.test(n.text); break; }
        // A headline over entries of its own ("** Memory" over "- [[…][Memory Barriers]]", "- [ ] …")
        // groups them; one over plain notes ("- chapter 3 was dense") is itself the thing.
        if (n.t === 'list' && (n.check !== null || n.text.includes('[[') || n.text.includes('://'))) w.orgHasChildren[k] = true;
      }
      if (!w.orgHasChildren[k] && namesBelow(w, k)) w.orgHasChildren[k] = true;
    }
  }
}

/**
 * "** 再读" (read again) over "- 人月神话", "*** Books" over "- SICP", "- HtDP": an org headline
 * whose body is only plain bullets that name things (short phrases, no sentence, no statement,
 * not numbered parts of one thing as "- Chapter 3" is) groups them, as a headline over boxes
 * does; one over notes ("- chapter 3 was dense") is itself the thing they are about.
 */
function namesBelow(w: Walker, k: number): boolean {
  let names = 0;
  let steps = 0;
  for (let m = k + 1; m < w.lines.length; m++) {
    const n = w.lines[m]!.shape;
    if (n.t === 'orgHeadline') break;
    if (n.t === 'blank' || n.t === 'orgMeta') continue;
    if (n.t !== 'list' || n.check !== null) return false;
    const t = plainText(n.text).trim();
    // (A field, "- 完成进度： 1 | 2 | 3", says something of the headline: it is the thing.)
    if (!t || !isPhraseLike(t) || isStatement(t) || /[.!?。！？]\s*$|[:：]/.test(t) || NUMBERED_PART_RE.test(t)) return false;
    names++;
    if (startsWithActionVerb(t)) steps++;
  }
  // ("*** Fix some annoying defaults" over "- 1. make the cursor a block", "- 2. disable the swap
  // file": bullets that say what to do, mostly, are the headline's steps, and it is the thing.)
  return names > 0 && steps * 2 < names;
}
const NUMBERED_PART_RE = /^(?:chapters?|ch\.?|lectures?|lessons?|parts?|sections?|units?|modules?|weeks?|days?|episodes?)\s*#?\d|^第\s*[\d一二三四五六七八九十]+\s*[章节節课課讲講回]/iu;

/**
 * "Graph Theory: Paths, trees, matchings, and colourings.": a topic's name and a list of what it
 * covers, as a plain-text syllabus writes its lines. The name is a short title (capitalised, at
 * most five words, no field of the plan such as "Author:" or "Status:") and what follows is a
 * comma list, not a sentence about oneself; the line is a title however long its list.
 */
export function titledTopic(plain: string, loose = false): boolean {
  if (!loose && !plain.includes(',')) return false;
  const kv = KEY_VALUE_RE.exec(plain);
  if (!kv) return false;
  const key = kv[1]!.trim();
  const value = kv[2]!;
  const keyWords = wordCount(key);
  if (keyWords > 5 || !/^\p{Lu}/u.test(key) || (!loose && !value.includes(','))) return false;
  // "Author: Knuth, Donald", "Tools: Python, pandas": a one-word name that is no kind of work is a field.
  if (!loose && keyWords <= 1 && sectionKind(key) === null) return false;
  if (META_FIELD_RE.test(plain) || ENTRY_FIELD_RE.test(plain) || statusOfWord(value)) return false;
  const valueWords = wordCount(value);
  // (Among lines like it, what it covers may be said in a sentence, not in the first person.)
  if (valueWords > 25 || (loose ? /^[\d~≈]/.test(value) || FIRST_PERSON_RE.test(value) : isProse(value)) || /[.!?]\s+\S/.test(value.replace(/\b(?:e\.g|i\.e|etc|vs)\./g, ''))) return false;
  return isPhraseLike(key);
}

const FIRST_PERSON_RE = /(?<![\p{L}\p{N}_])(?:i|i'm|i've|my|we|we're|our)(?![\p{L}\p{N}_])/iu;

/**
 * Marks, in the paragraph of lines [from, to), the "Name: what it covers" lines when three or
 * more stand in it and one of them is a titled topic (`titledTopic`, a comma list of what it
 * covers): a run of one shape, each line one topic, though some list nothing.
 */
function siblingTopics(w: Walker, from: number, to: number): void {
  const loose: number[] = [];
  let strict = false;
  for (let k = from; k < to; k++) {
    const t = w.lines[k]!.text;
    if (!t.includes(':')) continue;
    const plain = w.plainCache[k] ??= plainText(t.trim());
    if (!titledTopic(plain, true)) continue;
    loose.push(k);
    if (!strict && titledTopic(plain)) strict = true;
  }
  if (strict && loose.length >= 3) for (const k of loose) w.siblingTopic[k] = true;
}

/** A day, then a colon and what was done: "3月11日：leet7999", "2020-03-12: leet6242, leet3919", "Mar 13: two problems". */
/**
 * "Part 1: Foundations of Networking" over "How packets travel & what the OSI layers really mean",
 * "TCP deep dive (handshake, retransmits, windows, congestion control)" …: a run of titles, some
 * too long for one, read as its siblings are. Where the note's other runs of lines, under a label
 * of the same form, are runs of titles (two at least, and more than those in doubt), a run
 * whose lines are each a title or a long phrase (no sentence, no field, no link) is one too.
 */
function siblingParagraphs(w: Walker, paragraphs: readonly [number, number][]): void {
  const lines = w.lines;
  /** The form of the line over a paragraph: a heading's level, a label line, or another paragraph's end. */
  const labelOf = (i: number): string => {
    let k = i - 1;
    while (k >= 0 && lines[k]!.shape.t === 'blank') k--;
    if (k < 0) return 'start';
    const s = lines[k]!.shape;
    if (s.t === 'heading') return `h${s.level}`;
    if (s.t !== 'text') return s.t;
    // (A label alone between blank lines: "Part 2: Core Linux Concepts", "Week 3".)
    const alone = (k === 0 || lines[k - 1]!.shape.t === 'blank') && k + 1 < i && lines[k + 1]!.shape.t === 'blank';
    return alone ? `label${/[:：]\s*$/.test(s.text) ? ':' : ''}` : 'text';
  };
  const taken = new Map<string, number>();
  const doubt: [number, number, string][] = [];
  for (const [i, j] of paragraphs) {
    const label = labelOf(i);
    if (w.paragraphPhrase[i]) { taken.set(label, (taken.get(label) ?? 0) + 1); continue; }
    let ok = true;
    let long = 0;
    for (let k = i; k < j && ok; k++) {
      const s = lines[k]!.shape;
      if (s.t !== 'text' || w.bookmark[k] || w.recordSep[k] !== undefined || s.text.includes('://') || s.text.includes('](') || META_FIELD_RE.test(s.text)) { ok = false; break; }
      const plain = w.plainCache[k] ?? plainText(s.text);
      if (isPhraseLike(plain) && !/[.!?。！？:：]\s*$/.test(plain)) continue;
      if (isLongPhrase(plain)) long++;
      else ok = false;
    }
    if (ok && long > 0 && long * 2 <= j - i) doubt.push([i, j, label]);
  }
  const doubted = new Map<string, number>();
  for (const d of doubt) doubted.set(d[2], (doubted.get(d[2]) ?? 0) + 1);
  for (const [i, j, label] of doubt) {
    const n = taken.get(label) ?? 0;
    if (n < 2 || n <= doubted.get(label)!) continue;
    for (let k = i; k < j; k++) w.paragraphPhrase[k] = true;
  }
}

const DATED_LINE_RE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}日|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)\s*[:：]\s*(\S.*)$/i;
/** A day with nothing done: "无", "none", "-", "rest". */
const NOTHING_DONE_RE = /^(?:无|無|没有|沒有|休息|none|nothing|rest|off|-+|—|\/)\W*$/i;

/**
 * "3月11日：leet7999", "3月12日：leet6242, leet3919", … three or more lines that each open with a
 * day and say what was done on it: a log, each line the work of its day, done (a day with
 * nothing done, "3月20日：无", is no entry).
 */
function datedLog(w: Walker): void {
  const found: number[] = [];
  for (let k = 0; k < w.lines.length; k++) {
    const s = w.lines[k]!.shape;
    if (s.t === 'text' && s.text.length < 300 && DATED_LINE_RE.test(s.text)) found.push(k);
  }
  diaryDays(w);
  if (found.length < 3) return;
  const today = w.asOf ?? w.today;
  for (const k of found) {
    const text = (w.lines[k]!.shape as { text: string }).text;
    const rest = DATED_LINE_RE.exec(text)![1]!;
    if (NOTHING_DONE_RE.test(rest.trim())) continue;
    // (A day still to come, "2027-01-05: chapter 3", is a plan's, not the log's: an entry, not done.)
    const ymd = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(text);
    const day = ymd ? `${ymd[1]}-${ymd[2]!.padStart(2, '0')}-${ymd[3]!.padStart(2, '0')}` : null;
    w.datedLog[k] = day === null || today === null || day <= today;
    w.paragraphPhrase[k] = true;
  }
}

/** Months by the first three letters of their names, in the languages of the notes: "sep", "okt", "mär", "dic". */
const MONTH_STEMS = new Set('jan feb mar apr may maj mai jun jul aug sep oct okt nov dec dez dic ene abr ago set out fév fev avr jui aoû mär mrt mei gen giu lug ott sty lut kwi cze lip sie wrz paź lis gru'.split(' '));
/** A day alone on its line: "3 sep 2027", "Sep 3, 2027", "2027-09-03", "3.9.2027" (a month alone is no day). */
const DAY_ALONE_RE = /^[^\p{L}\p{N}]*(?:(\d{1,2})\.?\s+(\p{L}{3,})\.?(?:\s+\d{4})?|(\p{L}{3,})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)[^\p{L}\p{N}]*$/u;

/**
 * "3 sep 2027" over "Installerat htop", "Fixat filerna …": a diary that puts each day alone on
 * its line over the lines of what was done that day (two such days at least). Each of those
 * lines is the day's work, as a dated line is; the day's line is no entry.
 */
function diaryDays(w: Walker): void {
  const days: number[] = [];
  for (let k = 0; k < w.lines.length; k++) {
    const s = w.lines[k]!.shape;
    if (s.t !== 'text' || s.text.length > 24 || w.lines[k + 1]?.shape.t !== 'text') continue;
    const m = DAY_ALONE_RE.exec(s.text);
    if (!m) continue;
    const month = m[2] ?? m[3];
    if (month !== undefined && !MONTH_STEMS.has(month.slice(0, 3).toLowerCase())) continue;
    days.push(k);
  }
  if (days.length < 2) return;
  const today = w.asOf ?? w.today;
  for (const k of days) {
    w.dayAlone.add(k);
    // (A day still to come is a plan's: its lines are entries, not done.)
    const day = dayAtStart((w.lines[k]!.shape as { text: string }).text.trim());
    const past = day === null || today === null || day <= today;
    for (let j = k + 1; j < w.lines.length; j++) {
      const s = w.lines[j]!.shape;
      if (s.t !== 'text') break;
      // (A question asked there, or a long paragraph, is no piece of work.)
      if (/[?？]\s*$/.test(s.text) || wordCount(s.text) > 40) continue;
      w.datedLog[j] = past;
      w.paragraphPhrase[j] = true;
    }
  }
}

/** A day written in full in a heading: "2024.7.7", "2024-07-14", "2024年7月7日". */
const FULL_DAY_RE = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})(?![\d])/;
const FULL_DAYS_RE = new RegExp(FULL_DAY_RE.source, 'g');
/** A note that says it reports on the work done: "学习周报", "weekly_learning_report", "Study log", "progress report". */
const REPORT_SAYS_RE = /周报|週報|日报|日報|月报|月報|周记|週記|\b(?:weekly|daily|monthly)[\s_-]*(?:learning[\s_-]*|study[\s_-]*)?(?:reports?|logs?|reviews?|updates?)\b|\b(?:learning|study|progress)[\s_-]*(?:reports?|logs?|journal|diary)\b/i;
/** "大家的日语：7-8课", "Starry: read the xv6 sources": a short name, a colon, what was done with it. */
const NAMED_WORK_RE = /^([^:：]{1,30}?)\s*[:：]\s*(\S.{0,150})$/;

/**
 * "### Week 1 (2024.7.7-2024.7.14)" over "大家的日语：7-8课", "操作系统导论：1-3章", … : a report
 * kept by period (the note says it is one: "学习周报", "weekly report"), three or more headings
 * each dated, whose plain lines say what was done with each subject that period. Each such line
 * is the period's work, as a dated line is a day's: done once the period's last day has come.
 * (A field of the period, "Hours: 12", "Mood: good", is not work: the name must not be a
 * field's, nor the rest a bare figure.)
 */
function periodLog(w: Walker): void {
  const dated: number[] = [];
  for (let k = 0; k < w.lines.length; k++) {
    const s = w.lines[k]!.shape;
    if (s.t === 'heading' && s.text.length < 120 && (s.text.includes('.') || s.text.includes('-') || s.text.includes('年') || s.text.includes('/'))) {
      if (FULL_DAY_RE.test(s.text)) dated.push(k);
    }
  }
  if (dated.length < 3) return;
  // (Only a note that says it is a report: a schedule's dated weeks, "Math: limits", are a plan.)
  let report = REPORT_SAYS_RE.test(w.path);
  for (let k = 0; k < dated[0]! && !report; k++) report = REPORT_SAYS_RE.test(w.lines[k]!.text);
  if (!report) return;
  const today = w.asOf ?? w.today;
  /** Per subject's name: the periods it is named in, and its lines. */
  const bySubject = new Map<string, { periods: Set<number>; lines: number[]; name: string }>();
  for (let n = 0; n < dated.length; n++) {
    const h = w.lines[dated[n]!]!;
    const level = (h.shape as { level: number }).level;
    let last: string | null = null;
    // (The last day it names: a range's end.)
    for (const m of (h.shape as { text: string }).text.matchAll(FULL_DAYS_RE)) last = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    for (let k = dated[n]! + 1; k < w.lines.length; k++) {
      const s = w.lines[k]!.shape;
      if (s.t === 'heading' && s.level <= level) break;
      if (s.t !== 'text' || w.datedLog[k] !== undefined) continue;
      const m = NAMED_WORK_RE.exec(s.text);
      if (!m || !/\p{L}/u.test(m[2]!) && !findProgress(m[2]!)) continue;
      const name = m[1]!.trim();
      if (META_FIELD_RE.test(s.text) || statusOfWord(m[2]!.trim()) || /^(?:https?|ftp)$/i.test(name) || isProse(name)) continue;
      w.datedLog[k] = last === null || today === null || last <= today;
      w.paragraphPhrase[k] = true;
      const key = name.toLowerCase().replace(/\s+/g, ' ');
      const s2 = bySubject.get(key) ?? { periods: new Set<number>(), lines: [], name };
      s2.periods.add(n);
      s2.lines.push(k);
      bySubject.set(key, s2);
    }
  }
  // "大家的日语：7-8课" one week, "大家的日语：9-12课" the next: a subject worked on period after
  // period is one piece of work under way, the later lines its log, as far along as the
  // furthest unit any of them reached.
  for (const { periods, lines, name } of bySubject.values()) {
    if (periods.size < 2) continue;
    let progress: { done: number; unit: string } | null = null;
    for (const k of lines) {
      const r = reachedUnit((w.lines[k]!.shape as { text: string }).text);
      if (r && (progress === null || (r.unit === progress.unit && r.done > progress.done))) progress = r;
    }
    for (const k of lines) w.periodSubject[k] = { first: lines[0]!, name, progress };
  }
}

/** Units written right after a number in Chinese and Japanese: 课 a lesson, 章 a chapter, 讲 a lecture. */
const CJK_UNIT: Record<string, string> = { 课: 'lesson', 課: 'lesson', 章: 'chapter', 讲: 'lecture', 講: 'lecture', 集: 'episode', 节: 'section', 節: 'section', 页: 'page', 頁: 'page', 回: 'episode', 話: 'episode' };
const RANGE_THEN_UNIT_RE = /(\d{1,4})\s*[-–~～到至]\s*(\d{1,4})\s*([课課章讲講集节節页頁回話])/u;
const UNIT_THEN_RANGE_RE = /\b(chapters?|ch\.?|lectures?|lessons?|sections?|pages?|pp?\.|episodes?|modules?|units?|videos?)\s*(\d{1,4})\s*[-–~]\s*(\d{1,4})\b/i;

/** The furthest unit a log's line says was gone through: "9-12课" → lesson 12, "chapters 4-6" → chapter 6. */
function reachedUnit(text: string): { done: number; unit: string } | null {
  const cjk = RANGE_THEN_UNIT_RE.exec(text);
  if (cjk && Number(cjk[2]) >= Number(cjk[1])) return { done: Number(cjk[2]), unit: CJK_UNIT[cjk[3]!]! };
  const en = UNIT_THEN_RANGE_RE.exec(text);
  if (en && Number(en[3]) >= Number(en[2])) return { done: Number(en[3]), unit: normalizeUnit(en[1]!.replace(/\.$/, '')) };
  return null;
}

/**
 * A paragraph of records, one a line, their parts divided alike: "Title | Author | URL",
 * "The Soul of a New Machine; Tracy Kidder; 2016/11/20 - 2016/12/30". Every line has two
 * parts or more (a part left out here and there, as people type, still counts), the first a
 * name. The separator, or null.
 */
function recordSeparator(w: Walker, from: number, to: number): string | null {
  for (const sep of RECORD_SEPARATORS) {
    let ok = true;
    let most = 0;
    let fewest = Infinity;
    for (let k = from; k < to && ok; k++) {
      const t = w.plainCache[k] ?? '';
      if (!t.includes(sep)) { ok = false; break; }
      const cells = t.split(sep);
      most = Math.max(most, cells.length);
      fewest = Math.min(fewest, cells.length);
      const head = cells[0]!.trim();
      // ("When We Were Very Young": in title case, a name, though its first words could open a clause.)
      if (!/^\p{L}/u.test(head) || wordCount(head) > 15 || /[.!?]\s+\S/.test(head) || (isProse(head) && !isTitleCase(head))) ok = false;
    }
    if (ok && most - fewest <= 1) return sep;
  }
  return null;
}
const RECORD_SEPARATORS = [' | ', '; '];

/** A numbered unit of a course or plan before a colon: "Week 1", "Lecture 3", "Day 12", "Chapter 4". */
/** Words written as a title's: every word of four letters or more capitalised ("A Top-Down Approach"). */
function isTitleCase(t: string): boolean {
  let long = 0;
  for (const w of t.split(/\s+/)) {
    if (!/^\p{L}{4,}/u.test(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    long++;
  }
  return long > 0;
}

const NUMBERED_UNIT_KEY_RE = /^(?:week|day|lecture|lesson|session|chapter|module|unit|part|class|topic)\s*#?\d{1,3}$/i;

/**
 * A bookmark export or a pasted link list: a title line, then its URL on a line of its
 * own, at least twice in a row ("Crafting a Compiler - YouTube" / "https://youtube.com/…").
 * Each title is a resource and the URL under it is its link.
 */
/** A title line (not itself a URL, at most 20 words) over a line that is only its URL. */
function isBookmarkPair(w: Walker, k: number, spaced = false): boolean {
  const next = w.lines[k + 1]!;
  if (isUrlLine(w.lines[k]!) || wordCount(w.plainCache[k] ?? '') > 20) return false;
  // (A pair alone in its paragraph whose name of three words or more ends in a colon, "statistics interview
  // questions with answers:" over its one link, names that link: a label is a word or two over several.)
  if (isUrlLine(next)) return !labelsLink(w.plainCache[k] ?? '', next.text) || (spaced && wordCount(w.plainCache[k] ?? '') >= 3 && !isWorkIntro(w.plainCache[k] ?? ''));
  // "**6.004 Spring 2009** - Computation Structures" over "[link](…) [youtube](…)": links named
  // only for what sort of page they are, under a name, are that name's.
  return GENERIC_LINKS_LINE_RE.test(next.text.trim()) && !w.lines[k]!.text.includes('](') && !/[:：]\s*$/.test(w.lines[k]!.text);
}
/** A line of links each named for its sort of page only: "[link](…) [youtube](…)", "[slides](…) · [video](…)". */
const GENERIC_LINKS_LINE_RE = /^(?:[*_]*\[(?:link|site|website|page|youtube|yt|video|videos|playlist|slides|notes|github|code|repo|pdf|course|lectures?)\]\((?:https?:\/\/|www\.)[^)\s]+\)[*_]*[\s|·•,/–—-]*)+$/i;

/**
 * "Book:", "Paid", "Free" over a link: a label over the links that follow, not the link's title.
 * A title ends with no colon, and a one-word title is a word of its link ("Raft" over raft.github.io).
 */
export function labelsLink(title: string, url: string): boolean {
  const t = title.trim();
  if (/[:：]$/.test(t)) return true;
  return wordCount(t) === 1 && !url.toLowerCase().includes(t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
}

/**
 * Whether the paragraph of lines `from` to `to` (three or more) is a run of instructions, one a
 * line: two in three led by a verb ("Study UI component library Element Plus", "research the
 * charting solution ECharts"), none over twenty words.
 */
function instructions(w: Walker, from: number, to: number): boolean {
  // (The verbs first, stopping once the lines left cannot make two in three: most paragraphs are prose.)
  const allowed = (to - from) - Math.ceil(((to - from) * 2) / 3);
  let others = 0;
  for (let k = from; k < to; k++) if (!startsWithActionVerb(w.plainCache[k]!) && ++others > allowed) return false;
  for (let k = from; k < to; k++) if (wordCount(w.plainCache[k]!) > 20) return false;
  return true;
}

/** A line that is one link, named, to a page of the notes: "[《增长黑客》](增长黑客.md)", "[Dune](books/dune.md)". */
/** A line that is one link and nothing else. */
const LINK_ALONE_RE = new RegExp(`^${LINK_ALONE}$`);
/** A site's own pages, as a menu links them: "Home", "About", "Blog". */
const SITE_NAV_RE = /^\W*(?:home|about(?: me| us)?|blog|contact(?: me)?|posts?|archives?|tags|categories|search|rss|feed|twitter|github|linkedin|mastodon|email|resume|cv|now|uses)\W*$/i;
/** The name a link alone on its line shows: its text, or the last part of its target without an extension. */
function linkName(link: string): string {
  if (link.startsWith('[[')) {
    const close = link.indexOf(']');
    if (link.charCodeAt(close + 1) === 91) return link.slice(close + 2, link.lastIndexOf(']', link.length - 2));
    return link.slice(2, close).replace(/^.*[/\\]/, '').replace(/\.\w{1,5}$/, '');
  }
  return link.slice(1, link.indexOf(']'));
}
const OWN_PAGE_LINK_RE = /^\[[^\]]{2,80}\]\((?!https?:|#)[^)\s]+\.md\)$/i;

/**
 * The same export with a blank line after each pair ("Raft paper" / "https://raft.github.io/…" /
 * ""): two or more such paragraphs in a row, with only blank lines between them, are bookmarks.
 */
function markSpacedBookmarks(w: Walker, pairs: readonly number[]): void {
  let run = 0;
  for (let n = 0; n < pairs.length; n++) {
    const p = pairs[n]!;
    let joined = n > 0;
    // (The pair before may end in its field, "progress: Lec. 05".)
    if (joined) for (let k = pairs[n - 1]! + 2; k < p; k++) if (w.lines[k]!.shape.t !== 'blank' && !(k === pairs[n - 1]! + 2 && KEY_VALUE_RE.test(w.lines[k]!.text.trim()))) { joined = false; break; }
    run = joined ? run + 1 : 1;
    if (run === 2) markBookmark(w, pairs[n - 1]!);
    if (run >= 2) markBookmark(w, p);
  }
}

/** "name: https://…" alone on its line: a name, a colon, one web address. */
const NAME_COLON_URL_RE = /^([^:：]{3,80}?)\s*[:：]\s*<?(https?:\/\/\S+?)>?\s*$/;

/** Two or more paragraphs in a row, each one "name: https://…" line, are a list written a link at a time: each name an entry. */
function markSpacedLinkedNames(w: Walker, at: readonly number[]): void {
  for (const run of spacedRuns(w, at, 1)) for (const k of run) w.paragraphPhrase[k] = true;
}

/** The runs of two or more of `at` (paragraphs of `lines` lines each, first lines given) with only blank lines between them. */
function spacedRuns(w: Walker, at: readonly number[], lines: number): number[][] {
  const runs: number[][] = [];
  let from = 0;
  for (let n = 1; n <= at.length; n++) {
    let joined = n < at.length;
    if (joined) for (let k = at[n - 1]! + lines; k < at[n]!; k++) if (w.lines[k]!.shape.t !== 'blank') { joined = false; break; }
    if (joined) continue;
    if (n - from >= 2) runs.push(at.slice(from, n));
    from = n;
  }
  return runs;
}

/** A bookmark's title line; a field right under its link line ("progress: Lec. 05") is its field. */
function markBookmark(w: Walker, k: number): void {
  w.bookmark[k] = true;
  const field = w.lines[k + 2];
  if (field?.shape.t === 'text' && KEY_VALUE_RE.test(field.text.trim()) && !field.text.includes('://')) w.namedField[k + 2] = true;
}

/**
 * "Imparfait (formation, être irrégulier, emplois : description, habitude).", "Pronoms relatifs
 * simples (qui, que, où, dont).": a subject and, in brackets, what it takes in, closed by a full
 * stop as a list written a paragraph a line often is. Without its brackets and its stop the line
 * is a short phrase, not a sentence; in a run of such paragraphs each is an entry.
 */
function bracketedTopic(text: string, plain: string): boolean {
  if (!/\.\s*$/.test(text) || !/\([^()]{2,}\)/.test(plain) || text.includes('://')) return false;
  const head = plain.replace(/\s*\([^()]*\)/g, '').replace(/\.\s*$/, '').trim();
  return head.length > 0 && !head.includes('.') && isPhraseLike(head) && !isStatement(head) && !startsWithActionVerb(head);
}

/**
 * "力扣周赛题 每天做1套", a blank line, "java核心技术 每天30页", a blank line, …: three or more
 * paragraphs of one short phrase each, one blank line apart, are a list written with spaces, as
 * a paragraph of phrases is one written without.
 */
function markSpacedPhrases(w: Walker, singles: readonly number[]): void {
  let from = 0;
  for (let n = 1; n <= singles.length; n++) {
    const joined = n < singles.length && (singles[n]! === singles[n - 1]! + 2 ? w.lines[singles[n - 1]! + 1]!.shape.t === 'blank' : phrasesBetween(w, singles[n - 1]! + 1, singles[n]!));
    if (joined) continue;
    if (n - from >= 3) for (let k = from; k < n; k++) w.paragraphPhrase[singles[k]!] = true;
    from = n;
  }
}

/**
 * Whether lines `from` to `to` (exclusive) are a blank line, a paragraph of two phrases read as a
 * list ("eventmachine - framework" over "puma - server") and a blank line: a run of one-line
 * paragraphs goes on past a paragraph of two such lines.
 */
function phrasesBetween(w: Walker, from: number, to: number): boolean {
  // (Two lines at most: a longer paragraph under a short line is that line's group, "Months 1-2: Foundations" over its topics.)
  if (to - from !== 4 || w.lines[from]!.shape.t !== 'blank' || w.lines[to - 1]!.shape.t !== 'blank') return false;
  for (let k = from + 1; k < to - 1; k++) {
    const t = w.lines[k]!.shape.t;
    if (t === 'blank' ? w.lines[k - 1]!.shape.t === 'blank' : !w.paragraphPhrase[k]) return false;
  }
  return true;
}

/** Whether line `k` is a name (a phrase, no link, no colon at its end) and line `k + 1` one short field ("Author: …", "即将开课的班次：…"). */
function nameOverField(w: Walker, k: number): boolean {
  const name = w.lines[k]!.text.trim();
  const field = w.lines[k + 1]!.text.trim();
  if (name.includes('://') || name.includes('](') || /[:：]\s*$/.test(name) || !isPhraseLike(w.plainCache[k] ?? '') || isProse(w.plainCache[k] ?? '')) return false;
  const kv = KEY_VALUE_RE.exec(field);
  return kv !== null && wordCount(kv[1]!) <= 4 && kv[1]!.length <= 24 && !field.includes('://');
}

/**
 * "Research Methods for UX" over "即将开课的班次：10月 10 — 11月 21。", a blank line, "Prototyping and
 * Evaluation" over its own: two or more such paragraphs in a row are a list written a name and a
 * field at a time. Each name is an entry; its field is its own.
 */
function markNamedFields(w: Walker, named: readonly number[]): void {
  for (const run of spacedRuns(w, named, 2)) for (const k of run) { w.paragraphPhrase[k] = true; w.namedField[k + 1] = true; }
}

export function markBookmarks(w: Walker, from: number, to: number): void {
  if (to - from < 4) return;
  let k = from;
  while (k < to) {
    let end = k;
    while (end + 1 < to && isBookmarkPair(w, end)) end += 2;
    if (end - k >= 4) for (let m = k; m < end; m += 2) w.bookmark[m] = true;
    k = end > k ? end : k + 1;
  }
}
