// Whether a plain bullet (no checkbox) is an entry: a score from its own words and links
// and from what surrounds it. Checkbox lines are always entries and never come here.
import type { Kind } from '../model/types.js';
import { iconKind, isProse, isStatement, kindOfTags, startsWithActionVerb, wordCount } from './classify.js';
import { describedName } from './entry.js';
import { plainText, readInline } from './inline.js';
import { findEstimate, findProgress, findStatusWordAt } from './phrases.js';
import { DURATION_ALONE_RE } from './line-patterns.js';

export interface BulletContext {
  text: string;
  plain: string;
  ordered: boolean;
  hasParent: boolean;
  /** The entry above ends with ":" — these bullets are its content. */
  parentIntroduces: boolean;
  /** +1 when the heading or label announces work, -3 when it announces something else. */
  context: number;
  /** Inside a schedule block (hours) or a layout fence. */
  inSchedule: boolean;
  hint: Kind | null;
  /** The note marks its entries with checkboxes, so plain bullets need a stronger case. */
  checkboxNote: boolean;
  /** Whether it is one of a run of three or more short sibling bullets (asked only when that decides). */
  shortRun?: () => boolean;
}

/** A time of day leading a line: "8:10 ", "18:00-19:00 ", "7am ". */
const CLOCK_LEAD_RE = /^\d{1,2}(?::\d{2}|\s*[ap]\.?m\.?)(?:\s*[-–~]\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?\s+/i;
/** Daily life: waking, washing, meals, the commute, going home, sleep. */
const ROUTINE_RE = /起床|洗漱|洗澡|早饭|早餐|午饭|午餐|晚饭|晚餐|吃饭|下班|回家|到家|睡觉|午睡|出门|通勤|\b(?:wake up|get up|breakfast|lunch|dinner|supper|shower|commute|go home|head home|leave work|go to bed|bedtime|sleep|nap)\b/iu;
/** Words of study in such a line: then it is study, whatever else the slot holds ("公交上 复习excel函数"). */
const STUDY_WORD_RE = /学|學|读|讀|复习|復習|练|練|刷题|看书|看書|课|課|\b(?:study|learn|read|review|practi[cs]e|course|book|lecture|exercise|code|coding)\b/iu;

const PROFILE_LINE_RE = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)+(?:I(?:['’]m| am| have| was| love| like| enjoy| speak| live| work)\b|my\b)|^(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:how to reach me|reach me|ask me about|fun fact|pronouns)\b/iu;

/** A bold label of a reflection: "**Wins:**", "**What went well:**", "**Lesson:**", "**Challenges you faced:**". */
const REFLECTION_FIELD_RE = /^\s*(?:\*\*|__)\s*(?:lessons?(?: learned)?|(?:what )?i? ?learn(?:ed|t)(?: today)?|wins?|struggles?|(?:what )?went (?:well|badly|wrong)|what (?:went (?:well|badly|wrong)|worked|didn['’]?t work)|challenges?(?: (?:you )?faced)?|blockers?|insights?|takeaways?|highlights?|lowlights?|mood|energy|gratitude|reflections?|feelings?|thoughts?)\s*[:：]?\s*(?:\*\*|__)\s*[:：]?/i;

/** A numbered part of something: "Unit 2", "Chapter 4:", "Lecture 3 (1h)", "Week 5 -". */
// ("Sections 1A-2B", "Chapter 3b": a part numbered with a letter, or a range of them.)
const UNIT_PART_RE = /^(?:units?|chapters?|ch\.?|lectures?|lec\.?|lessons?|modules?|parts?|sections?|weeks?|sessions?|episodes?|labs?|assignments?|homework|hw|problem sets?|psets?)\s*#?\d+(?:\.\d+)*[a-z]?(?:\s*[-–]\s*\d+(?:\.\d+)*[a-z]?)?(?![\p{L}\d])(?:\s*(?:[:.\-–—(]|$))/iu;

/** An entry that is only a link to a heading of the same page. */
// (Not "[マイクロサービスアーキテクチャ](#)": a bare "#" is a link left to fill in, not a place in the page.)
export const TOC_ENTRY_RE = /^\s*(?:\*\*|__)?\[[^\]]+\]\(#[^)\s]+\)(?:\*\*|__)?\s*$/;

/** A day alone, as org and journals write one: "[2023-09-04 Mon]", "<2024-03-02>", "2024-03-02:". */
// ("11-03 (금)", "11/04 (Sat)", "2023.11.05 (일)": a day with its weekday in brackets, a schedule's.)
const DAY_ALONE_RE = /^[[(<]?(?:\d{4}-\d{2}-\d{2}(?:\s+\p{L}{2,9}\.?)?|(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2})\s*[(（]\s*\p{L}{1,9}\.?\s*[)）])(?:\s+\d{1,2}:\d{2})?[\])>]?\s*:?$/u;

/** A tag in a line: "#course", "#book" (not "C#" or "F# in Action"). */
const TAG_RE = /(?:^|\s)#\p{L}/u;

/** Figures joined by an operator and an equals sign: "6 * 1.7 = 10.2", "= 10.2 + 6.9 = 17.1". */
const ARITHMETIC_RE = /\d[\d.,]*\s*[*×/+-]\s*\d[\d.,]*\s*=\s*-?\d|=\s*-?\d[\d.,]*\s*[*×/+-]\s*\d[\d.,]*(?:\s*=|\s*$)/;

/** A file's name in code, then what it is: "`index.html` — Landing page", "`src/lib.rs`: the parser". */
const FILE_LINE_RE = /^`(?:[\w./-]*\.[a-z0-9]{1,5}\/?|[\w./-]+\/)`\s*(?:[-–—:]\s+\S|$)/i;

/** A field whose value is a blank to fill: "[Fill in]", "[TBD]", "[Date]", "<your goal>", "___". */
const PLACEHOLDER_FIELD_RE = /^(?:\*\*|__)?[^:：]{1,40}?(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?:\[(?:fill(?:\s+(?:in|me|out))?(?:\s+later)?|tbd|tba|todo|date|n\/a|\.{3}|…|your [^\]]{1,30}|insert [^\]]{1,30}|add [^\]]{1,30}|enter [^\]]{1,30})\]|<[^>]{1,30}>|_{3,}|\.{3,}|…)\s*$/i;

/** A blank to fill in brackets: "[Data]", "[Marco importante]" (not a link, a box or a wikilink). */
const BLANK = String.raw`\[[^\[\]()]{2,50}\](?![(\[])`;
/** A line of blanks only: "[Insight importante] - [Data da descoberta]", "[Data]: [Marco importante]". */
const BLANKS_ONLY_RE = new RegExp(String.raw`^[^\p{L}\p{N}\[]*${BLANK}(?:\s*[-–—:：|/,]\s*${BLANK})+\s*$`, 'u');
/** A field and its blank: "Próxima revisão: [Data]", "Melhor horário: [Período mais produtivo]". */
const FIELD_BLANK_RE = new RegExp(String.raw`^[^\[\]:：]{1,40}[:：]\s*${BLANK}(?:\s*[-–—|/,]\s*${BLANK})*\s*$`, 'u');
/** A metric's blank: "X% (Meta: 80%)", "X/7", "X projetos ativos". */
const X_BLANK_RE = /^X(?:%|\/\d|\s+\p{L})/u;

/**
 * A template's line, left to fill: its value a blank in brackets ("**Próxima revisão**: [Data]"),
 * blanks alone ("**[Insight]** - [Data]"), a metric's X ("**Dias estudados/semana**: X/7"), or
 * the marks to choose from ("**Horário mantido**: ✅❌", "🟢🟡🔴").
 */
export function isTemplateBlank(text: string): boolean {
  if (!text.includes('[') && !text.includes(':') && !text.includes('：')) return false;
  const t = text.replace(/\*\*|__/g, '').trim();
  if (t.includes('[') && (BLANKS_ONLY_RE.test(t) || FIELD_BLANK_RE.test(t))) return true;
  const colon = t.search(/[:：]\s/);
  if (colon <= 0 || colon > 40) return false;
  const value = t.slice(colon + 1).trim();
  if (X_BLANK_RE.test(value)) return true;
  // Two marks or more and no word: the choices, not one picked.
  return !/[\p{L}\p{N}]/u.test(value) && new Set(value.replace(/\uFE0F|\s/gu, '')).size >= 2 && /\p{Extended_Pictographic}/u.test(value);
}

const TAGS_ONLY_RE = /^(?:#[\p{L}\p{N}_/-]+[\s,]*)+$/u;

/** A board column's instruction in brackets, where entries will go: "(Passar para cá o que já terminou)", "(move here what you finish)". */
const HERE_INSTRUCTION_RE = /^\(\s*[^()]*(?:(?<![\p{L}])(?:here|aqui|aquí|cá|acá|ici|hier|qui)(?![\p{L}])|这里|這裡|此处|此處|ここ)[^()]*\)\s*$/iu;
/** An instruction about the note itself: "Use this planner to …", "Copy this template", "Fill in this table weekly". */
export const NOTE_USAGE_RE = /^\W*(?:(?:update|maintain|keep updating)\s+(?:this|the)\s+(?:list|page|tracker|checklist|table|file|note|roadmap|plan)\s+(?:as|when|after|once|every|each|regularly)\b|(?:use|copy|duplicate|fill (?:in|out))\s+(?:this|the following)\s+(?:planner|template|page|note|file|sheet|spreadsheet|document|doc|tracker|checklist|table|form|board)\b)/i;

/** A slot of the day ("Morning (7:00 - 9:50):") said to be taken or free, not study: busy, in class, at work, free, rest. */
const BUSY_SLOT_RE = /^(?:[^:：]{0,30}\(\s*\d{1,2}[:h.]\d{2}\s*[-–~]\s*\d{1,2}[:h.]\d{2}\s*\)|[^:：\s]+(?:\s[^:：\s]+){0,2})\s*[:：]\s*(?:busy|blocked|unavailable|occupied|in class|at work|work|commute|sleep|rest|free|off|kẹt|bận|nghỉ|tự do|bắt buộc nghỉ|ocupad[oa]|libre|livre|besetzt|frei|occupé)(?![\p{L}])[\s.!]*(?:\(.*\))?[\s.!]*$/iu;

/** A share of the time: "75%+ hands-on time", "80% practice / 20% theory", "70% coding, 30% reading". */
const TIME_SHARE_RE = /^\d{1,3}\s*%\+?\s+(?:(?:[\w-]+\s+){0,2}time|[\w-]+(?:\s*[,/]\s*|\s+and\s+)\d{1,3}\s*%\s*[\w-]+)\W*$/i;

/** A name, then a remark on it in brackets at the end: "E-16-6/8/10 (With the time I have left I'd rather move on.)". */
const BRACKET_REMARK_RE = /^([^()]*\S)\s+\(([^()]+)\)\s*$/;

/** A line that points the reader to another page: "Click here to …", "See here for …", "点击这里查看…", "详见…". */
const POINTER_RE = /^\W*(?:click\s+(?:here|on|the link)|see\s+(?:here|this|below|above)\b|点击|點擊|详见|詳見|请看|請看|ここをクリック|여기를\s*클릭)/i;

/** A field whose value is none: "Blockers: none", "Khó khăn và vướng mắc: không", "问题：无", "Probleme: keine". */
export const NONE_FIELD_RE = /^[^:：]{2,40}[:：]\s*(?:none|nothing|n\/a|không|无|無|没有|沒有|없음|nada|ninguno|ninguna|keine|aucun|aucune|нет|yok|brak)[\s.!。]*$/iu;

/** A sentence's end with more words after it: two sentences or more ("…4-6个小时。这类课…", "It is long. It took me …"). */
const MORE_THAN_ONE_SENTENCE_RE = /[.!?]\s+\p{L}|[。！？]\s*\p{L}/u;

export function isItemBullet(b: BulletContext): boolean {
  const { text } = b;
  // "**Dune** by Frank Herbert: A desert planet epic about …": the name is weighed, not the sentence describing it.
  const named = describedName(text);
  // ("E-14-6/7/9 (E-14-5 already taught me what equals does, and …)": so is a short name before a long remark in brackets.)
  const remark = named === null && b.plain.endsWith(')') ? BRACKET_REMARK_RE.exec(b.plain) : null;
  const plain = named !== null ? plainText(named) : remark && wordCount(remark[1]!) <= 8 && wordCount(remark[2]!) >= 8 && !/[.!:]\s*$/.test(remark[1]!) ? remark[1]!.trim() : b.plain;
  // A bare link alone on a bullet is an item only in a list that announces things to read,
  // watch or do ("## To watch"), not under an entry (its link) or in a list of references.
  if (!plain) return !b.hasParent && (b.context > 0 || (b.hint !== null && b.hint !== 'task' && b.hint !== 'topic')) && /^<?https?:\/\/\S+>?$/.test(text.trim());
  // "- **Wins:** shipped the parser", "- **What went well:** …": a reflection, said under a label.
  if ((text.includes('**') || text.includes('__')) && REFLECTION_FIELD_RE.test(text)) return false;
  // "- Study environment: [Fill in]", "- Deadline: ___": a template's field left to fill, nothing named.
  if (PLACEHOLDER_FIELD_RE.test(text) || isTemplateBlank(text)) return false;
  // "- `index.html` — Landing page with a panel", "- `src/main.rs`: entry point": a project's file and what it holds.
  if (text.charCodeAt(0) === 96 /* ` */ && FILE_LINE_RE.test(text)) return false;
  // "- #computer-science", "- #wip #linux": tags that file the page, nothing named.
  if (plain.charCodeAt(0) === 35 /* # */ && TAGS_ONLY_RE.test(plain)) return false;
  // "Use this planner to pick goals and log how it went", "Copy this template each week": how to use the note itself.
  if (NOTE_USAGE_RE.test(plain)) return false;
  // "(Passar para cá o que já terminou)", "(move here what you finish)", "(放到这里)": a board column's
  // instruction in brackets, where entries will go, not one.
  if (plain.charCodeAt(0) === 40 /* ( */ && HERE_INSTRUCTION_RE.test(plain)) return false;
  // "点击这里查看学习日志", "Click here to see my study log", "See [here](…) for the diary": a pointer to another page.
  if (POINTER_RE.test(plain)) return false;
  // "- ⏲️3 days?", "- ~2h" under an entry: how long it takes, nothing named.
  if (DURATION_ALONE_RE.test(plain)) return false;
  // "Khó khăn và vướng mắc: không", "Blockers: none", "问题：无": a report's field with nothing in it.
  if ((plain.includes(':') || plain.includes('：')) && NONE_FIELD_RE.test(plain)) return false;
  // "**Sáng (7:00 - 9:50):** KẸT (Lên lớp)", "Morning (8:00–12:00): busy (class)": a slot of the day taken by something else.
  if (plain.includes(':') && BUSY_SLOT_RE.test(plain)) return false;
  // "8:10 洗漱之后准备早饭", "18:00 准备下班", "7:00 breakfast and commute": a timetable's slot of daily life, not study.
  if (plain.charCodeAt(0) >= 48 && plain.charCodeAt(0) <= 57 && CLOCK_LEAD_RE.test(plain)) {
    const rest = plain.replace(CLOCK_LEAD_RE, '');
    if (ROUTINE_RE.test(rest) && !STUDY_WORD_RE.test(rest)) return false;
  }
  // "- 75%+ hands-on time", "- 80% practice, 20% reading": how the time is split, not work.
  if (plain.charCodeAt(0) >= 48 && plain.charCodeAt(0) <= 57 && TIME_SHARE_RE.test(plain)) return false;
  // "- Fach X: 6 ECTS, Note 1.7 -> Gewichtete Note = 6 * 1.7 = 10.2", "- Schnitt = 17.1 / 9 = 1.9": a sum worked out, not work.
  if (plain.includes('=') && ARITHMETIC_RE.test(plain)) return false;
  // "- ((6406ea7c-64a8-…))": a Logseq block reference alone, another block shown again here, not one more entry.
  if (plain.charCodeAt(0) === 40 /* ( */ && /^\s*\(\([0-9a-f-]{8,}\)\)\s*$/i.test(text)) return false;
  // "- ...", "- ---": marks with no word, the rest of a list left out.
  if (!/[\p{L}\p{N}]/u.test(plain)) return false;
  // "- [2023-09-04 Mon]", "- 2024-03-02": a day alone, a date over the entries under it, no work.
  const c0 = plain.charCodeAt(0);
  if ((c0 === 91 /* [ */ || c0 === 40 /* ( */ || c0 === 60 /* < */ || (c0 >= 48 && c0 <= 57)) && DAY_ALONE_RE.test(plain.trim())) return false;
  const f = text.includes('](') || text.includes('://') || text.includes('[[') || (text.includes('#') && TAG_RE.test(text)) ? readInline(text) : { links: [] as string[], tags: [] as string[] };
  // Navigation: a table of contents (links to places in the same page). A link to another
  // note ("[rounds](rounds.md)") is an entry like any other, unless the section is navigation.
  if (f.links.length > 0 && f.links.every((l) => l.startsWith('#'))) return false;
  // (A link to a place in the page is not kept as a link: "1. [Deep Learning](#deep-learning)" alone.)
  if (text.includes('](#') && TOC_ENTRY_RE.test(text)) return false;
  if (f.links.length > 0 && b.context <= 0 && f.links.every((l) => /^\.{0,2}\/?[\w./%-]*\.md(?:#.*)?$/i.test(l)) && b.hint === null) return b.context === 0 && !b.checkboxNote && !b.hasParent && wordCount(plain) <= 6 && !isProse(plain);
  let score = b.context;
  if (b.checkboxNote && !b.inSchedule) score -= 2;
  if (b.inSchedule) score += 3;
  if (b.hint && b.hint !== 'task' && b.hint !== 'topic' && !b.hasParent) score += 2;
  if (f.links.length) score += 2;
  // "- 📚 Clean Architecture", "- 🎥 MIT 6.006 lectures": an icon that says what the thing is.
  if (text.charCodeAt(0) > 0x2000 && iconKind(text) !== null) score += 2;
  // "- [[Tokio]] tutorial #course", "- Dune #book": a tag that says what the thing is, as an icon does.
  if (f.tags.length && kindOfTags(f.tags) !== null) score += 2;
  if (startsWithActionVerb(plain)) score += 1;
  // "Linear algebra ✓": ticked off, so a thing to do.
  if (/[✓✔☑✅]\uFE0F?\s*$/.test(plain)) score += 2;
  if (b.ordered) score += b.hasParent ? 1 : 2;
  if (text.includes(':') && /^(?:\*\*|__)?[\p{L}\p{N}][^:]{0,40}:(?:\*\*|__)?\s+\S/u.test(text.trim())) score += 1;
  const words = wordCount(plain);
  if (words <= 8) score += 1;
  if (words > 16) score -= 1;
  // A sentence, or under an entry a remark on it ("My first audiobook!").
  if (/[.!]\s*$/.test(plain) && (words > 8 || (b.hasParent && !b.parentIntroduces && !/\.{3}\s*$/.test(plain)))) score -= 1;
  if (isProse(plain)) score -= 4;
  // "- The tree structure is learned from the data", "- Ein Vektorraum ist eine Menge": a fact
  // written down, as lecture notes and knowledge pages hold them (unless it links to what it names, or says
  // where the work stands: "Lecture 3 is done").
  else if (!f.links.length && isStatement(plain) && findStatusWordAt(plain) === null && findProgress(plain) === null) score -= 3;
  if (b.hasParent) score += b.parentIntroduces ? 3 : -1;
  // "Unit 2 (173 slides)", "Chapter 4", "Lecture 3: …" under an entry: its numbered parts, work as much as it is.
  if (b.hasParent && !b.parentIntroduces && UNIT_PART_RE.test(plain)) score += 2;
  if (/^(?:e\.g\.|for example|note:|tip:|see also|source:|credit)/i.test(plain)) score -= 3;
  // A profile's lines: "🔭 I’m currently working on …", "📫 How to reach me: …", "⚡ Fun fact: …".
  if (PROFILE_LINE_RE.test(plain)) score -= 4;
  if (score >= 1) return true;
  // Under an entry, one of a run of short names ("- Kotlin, TypeScript", "- React, Next.js",
  // "- Nginx, Caddy"): the entry's parts, listed, not a remark on it.
  if (score === 0 && b.hasParent && !b.parentIntroduces && b.shortRun?.()) return true;
  // A progress or time phrase adds one: searched for only when that one decides. (Not in sentences:
  // "短课：一个周末基本能学完的课，全部视频加起来不超过4-6个小时。…" defines a sort of course.)
  return score === 0 && (findProgress(plain) !== null || findEstimate(plain) !== null) && !(isProse(plain) && MORE_THAN_ONE_SENTENCE_RE.test(plain));
}
