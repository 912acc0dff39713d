// The line patterns the reader's walk (reader.ts) asks about: each a shape people write,
// named and documented here so the walk reads as decisions. Pure constants and helpers.
import type { ScannedLine } from './scan.js';
import type { Draft } from './entry.js';
import { DATE_WORDS } from './dates.js';
import { ARROW, STATUS_FIELD_NAME, STATUS_PREFIX_WORDS } from './line-rules.js';

/** "SCHEDULED: <2027-01-10 Sun>", "CLOCK: […]", ":LOGBOOK:", ":END:" under an entry. */
export const PLANNING_LINE_RE = /^(?:(?:SCHEDULED|DEADLINE|CLOSED|CLOCK):|:[A-Za-z_]+:(?:\s|$))/;

// A day, then its time ("19:00-21:00", "7-9pm", "1.5h") and separators, then the activity.
export const DAY_ENTRY_RE = /^((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:[\s:\-–—|,()]+|(?=\d))(?:(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*(?:-|–|—|to)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?|~?\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b)[\s\-–—|,:()]*)?)(\p{L}.*)$/iu;
// "Session A (2h): …", "Evening block (1.5 hrs) – …": a slot, its hours, its one activity.
export const SLOT_ENTRY_RE = /^((?:session|block|slot|morning|afternoon|evening|night)\b[^():：]{0,16}?)\s*(\(\s*~?\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?)\s*\))\s*[:：\-–—]\s*(\p{L}.*)$/iu;
export const CLOCK_RANGE_RE = /(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*(?:-|–|—|to)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?/i;
/** A clock range that opens the line, then a colon or a spaced dash before words: "09:00 - 10:00: ", "7:30–9:00 — ". */
export const SLOT_LEAD_RE = /^\s*(\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—~]\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)\s*(?:[:：|]|[-–—](?=\s))\s*(?=[\p{L}*_[(])/iu;
export const DAY_OFF_RE = /^(?:rest|off|free|break|holiday|day off|nothing|none|no study|chill)\b/i;

/** Hours between the two times of a clock range ("19:00-21:00", "7-9pm"). */
export function clockHours(m: RegExpExecArray): number | null {
  const at = (h: string, min: string | undefined, ampm: string | undefined): number => {
    let hour = Number(h) % 12 + (ampm?.toLowerCase() === 'pm' ? 12 : 0);
    if (!ampm && Number(h) >= 12) hour = Number(h);
    return hour + Number(min ?? 0) / 60;
  };
  const start = at(m[1]!, m[2], m[3] ?? m[6]);
  const end = at(m[4]!, m[5], m[6]);
  const hours = end - start;
  return hours > 0 && hours <= 16 ? hours : null;
}

/** A cheap look for a rate's time words before the estimate search. */
export function timeUnitWord(text: string): boolean {
  return /\/\s*(?:week|wk|day|d)\b|\b(?:per|a|an|each|every)\s+(?:week|wk|day)\b/i.test(text);
}

/** A heading naming one sitting of work: "Session 3: Structs", "Day 4 – Graphs", "Lesson 2". */
// (In more languages: Turkish "Gün 2", "Ders 3", Portuguese "Sessão 1", Italian "Lezione 4", Polish "Lekcja 2", Russian "Урок 5", "День 3", Vietnamese "Buổi 2", Indonesian "Hari 4".)
export const UNIT_OF_WORK_RE = /^(?:session|day|lesson|lecture|sitting|d[ií]a|sesi[oó]n|lecci[oó]n|aula|tag|jour|séance|lektion|gün|ders|oturum|sess[ãa]o|li[çc][ãa]o|giorno|lezione|sessione|dzie[ńn]|lekcja|день|урок|занятие|ngày|buổi|hari|sesi|pelajaran|第)\s*#?\d+(?!\d*[-/.]\d)(?![\p{L}\p{N}_])/iu;
/** A heading naming one part of a book or course: "Chapter 2 Manifolds (7/18)", "Module 3". Not a sitting: no session's hours. */
export const PART_OF_WORK_RE = /^(?:chapter|ch\.?|module|unit|part|kapitel|cap[ií]tulo|chapitre)\s*#?\d+(?!\d*[-/.]\d)\b/i;
/** "— completed 2026-04-21", "(done)", "- finished on 2026-04-21" at the end of a heading. */
export const DONE_TAIL_RE = /\s*(?:[-–—|(]\s*)?(?:✅\s*)?\b(?:completed|done|finished)\b(?:\s+(?:on\s+)?(\d{4}-\d{2}-\d{2}))?\s*\)?\s*$/i;
/** "5 sessions/week, ~1.5 hours each", "sessions of 90 minutes": how long one session of a plan is. */
export const SESSION_HOURS_RE = /\bsessions?\b[^\n]{0,40}?~?(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m)\b\s*(?:each|per session|a session|apiece)?/i;

/** A time of day alone on its line: "10:00AM", "9:30", "14:00 - 15:30". */
// ("22: 10 - 23:10": a space typed after the colon.)
export const CLOCK_ALONE_RE = /^\d{1,2}(?::\s?\d{2})\s*(?:[ap]\.?m\.?)?(?:\s*[-–—~]\s*\d{1,2}(?::\s?\d{2})\s*(?:[ap]\.?m\.?)?)?$|^\d{1,2}\s*[ap]\.?m\.?$/i;
export const QUOTE_RE = /^[ \t]{0,3}>/;
/** A line that is only a URL. */
export const BARE_URL_RE = /^<?https?:\/\/\S+>?$/;

export function isUrlLine(ln: ScannedLine): boolean {
  return ln.text.includes('://') && BARE_URL_RE.test(ln.text.trim());
}
/** An Obsidian callout's first line, inside its quote: "[!note]- Currently reading". */
export const CALLOUT_RE = /^\[!([\w-]+)\][+-]?[ \t]*(.*)$/;
// A heading that is a day: "2026-11-18", "Mon 18 Nov", "November 18, 2026", "18/11/2026", "2022/3/6", "2024年7月7日（周日）".
export const DATE_TITLE_RE = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{4}-\d{2}-\d{2}|\d{4}[/.]\d{1,2}[/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日?(?:\s*[(（][^)）]{1,8}[)）])?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?)\W*$/i;
/** A day of the month and its weekday alone, as a schedule dates the line under it: "14 (수)", "14日（水）", "3 (Mon)", "12 (周三)". */
export const MONTH_DAY_WEEKDAY_RE = /^\s*\d{1,2}\s*[日일]?\s*[(（]\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|lun|mar|mi[eé]|jue|vie|s[aá]b|dom|seg|ter|qua|qui|sex|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so|[월화수목금토일](?:요일)?|[月火水木金土日](?:曜日?)?|(?:周|週|星期)[一二三四五六日天])\s*[)）]\s*$/i;
/** A field of the entry above, on a line or sub-bullet of its own: "**Progress:** 67% (2/3)", "Status: 🔄 In Progress", "**Due:** Dec 22". */
export const ENTRY_FIELD_RE = /^(?:\*\*|__)?(progress|完成进度|完成進度|学习进度|學習進度|进度|進度|進捗|status|state|estado|situa[çc][ãa]o|statut|[ée]tat|zustand|stato|durum|due(?: date)?|deadline|target(?: date| completion(?: date)?| end(?: date)?| finish(?: date)?)?|started|start date|completed|finished|done|date (?:completed|finished|done)|completed on|finished on|completion date|to ?do|remaining|left)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(\S.*?)\s*$/i;
/** "2/3", "(12 / 40)" in a progress field: parts done of a whole. */
export const FIELD_FRACTION_RE = /(?<![\d/])(\d{1,5})\s*\/\s*(\d{1,5})(?![\d/])/;
export const DATE_IN_FIELD_RE = new RegExp(`^\\W*${DATE_WORDS}`, 'i');
/** A note's name that says it is a diary: "MATH 2400 Linear algebra - Diary", "Rust journal". */
export const DIARY_NAME_RE = /(?:^|[\s\-–—_(])(?:diary|journal|learning log|study log)\)?$/i;
export const DIARY_TAIL_RE = /\s*[\-–—_:(]*\s*(?:learning |study )?(?:diary|journal|log)\)?$/i;
/** "This is a learning diary documenting my study sessions": a note that says what it is. */
export const DIARY_SAYS_RE = /\b(?:learning|study) (?:diary|journal|log)\b|\bthis (?:is a |)(?:diary|journal)\b/i;
/** A line in a diary's day that says the time spent: "Time: 1.5h", "about 2 hours", "spent 45 min". */
export const DIARY_TIME_RE = /\b(?:time|spent|studied|worked|about|around|~)\b[^\n]{0,20}\d|\d\s*(?:h|hrs?|hours?|mins?|minutes?)\b/i;
/** The warning code of a line that looked like an entry but was not taken (counted apart from problems in the notes). */
export const NOT_TAKEN = 'not-an-item';
/** "Setup      [✔️] [✔️] [ ]": a name, then two or more boxes, one per part. */
export const BOX_ROW_RE = /^(\S.{0,80}?)\s{2,}((?:\[[^\]\s]{0,2}\uFE0F?\]\s*|\[ \]\s*){2,})$/u;
export const BOX_CONT_RE = /^\s{4,}((?:\[[^\]\s]{0,2}\uFE0F?\]\s*|\[ \]\s*)+)$/u;
export const BOX_CELL_RE = /\[[^\]]{0,3}\]/gu;
/** "✅ = finished module", "🟢 == Projeto encerrado", "⏳: in progress", "🩵🩵🤍🤍🤍: learned something": what a mark (or a rating) means. */
export const LEGEND_RE = /^\s*(?:[^\p{L}\p{N}\s=:：]{1,4}\s*){1,3}(?:==?|[:：]|表示|代表|を表す)\s*\S|^\s*(?:\p{Extended_Pictographic}\uFE0F?|[★☆]){2,10}\s*(?:==?|[:：])\s*\S/u;
/**
 * A link's whole name saying what kind of page it is ("Course Website", "YouTube Lecture Series",
 * "My lecture notes", "Slides"). Stricter than line-rules' GENERIC_LINK_TEXT, which lets words
 * follow the kind ("Files are hard" would be files): this one decides whether a link line in a
 * pasted list is a resource of its own.
 */
/** One link and nothing else: markdown's "[name](target)", org's "[[target]]" or "[[target][name]]" (a pattern's source, for the readers that allow more around it). */
export const LINK_ALONE = String.raw`(?:\[[^\[\]]{0,200}\]\([^()\s]*\)|\[\[[^\[\]]{1,300}\](?:\[[^\[\]]{1,200}\])?\])`;
export const GENERIC_LINK_NAME_RE = /^(?:(?:my|the|official|course|class|mit ocw|ocw|youtube|video|lecture|github)\s+)*(?:course(?:\s+(?:website|site|page|home(?:page)?))?|website|site|web ?page|page|home ?page|lecture (?:series|videos|notes)|lectures|videos?|playlist|notes|lecture notes|slides|syllabus|materials?|repo(?:sitory)?|github|code|solutions?|problem sets?(?: solutions)?|assignments|exercises|pdf|book|link|here)$/i;
export const GENERIC_LINK_ONLY_RE = /^[*_]*\[(?:official (?:web)?(?:page|site)|(?:course|class) (?:url|website|site|page|link|textbook|homepage|syllabus)|webpage|homepage|website|url|syllabus|course textbook)\]\([^)]*\)[*_]*$/i;
/** "[Read](#read) | [To read](#to-read)": only links to places in the same page, a table of contents. */
export const IN_PAGE_LINKS_RE = /^(?:[\s|·•,/–—-]*[*_]*\[[^\]]*\]\(#[^)\s]*\)[*_]*)+[\s|·•,/–—-]*$/;
/** A field that describes a plan or a page, not work: "**Duration:** 2 weeks", "Primary Goal: …", "Start Date: March 02". */
export const META_FIELD_RE = /^(?:\*\*|__)?(?:开始|開始|结束|結束|截止|目标|目標)?(?:日期|时间|時間)(?:\*\*|__)?\s*[:：]\s*\S|^(?:\*\*|__|[*_])?(?:(?:primary|secondary|main|overall|learning|daily|weekly|target|key|end|start|challenge|course|project|plan)\s+)?(?:duration|commitment|difficulty(?: focus)?|focus|goals?|target audience|audience|level|format|prerequisites?|requirements?|pace|time ?(?:commitment|budget)?|budget|start(?:ed)?(?: date)?|end(?: date)?|deadline|date|created|updated|last updated|author|source|rating|language|platform|category|type|tags?|concepts|key concepts|why|motivation|summary|description|notes?|tips?|difficulty|hours(?: per week)?|schedule|timeline|horizon|estimated time|total time|context|changes?|effects?|impact|examples?|e\.g\.|reasons?|causes?|definition|explanation|meaning|usage|syntax|insights?|observations?|ejemplos?|beispiele?|exemples?|esempio|exemplo|пример|例|例如|예시|변경점|핵심|형식|효과|원인|정의|mô tả|ý nghĩa|cách giải quyết|giải pháp|bài học(?: rút ra)?|nguyên nhân|ví dụ|ghi chú)(?:\s*\([^)]{0,40}\))?(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s+\S/i;
export const PROVIDER_RE = /\b(?:university|universit[éàä]t?|college|institute|school|academy|stanford|harvard|berkeley|oxford|cambridge|princeton|yale|caltech|eth|epfl|coursera|edx|udemy|udacity|khan academy|mit ?ocw|nptel)\b/i;
/**
 * Pictures alone: "![diagram](img.png)", a badge that links ("[![build](…)](…)"), "<img src=…>",
 * an Obsidian embed ("![[Pasted image 2022.png]]", "![[Other note]]"). Nothing to do in them.
 */
export const PICTURES_ONLY_RE = /^(?:\s*(?:\[?!\[[^\]]*\]\([^()]*(?:\([^()]*\)[^()]*)*\)(?:\]\([^)]*\))?(?:\{[^{}]*\})?|<img\b[^>]*>|!\[\[[^\]]+\]\]))+\s*$/i;
/**
 * A line of source code written into the notes outside a fence: a statement ending in ";" (a
 * comment may follow: "logic [7:0] mem[1024];   // 1024-entry memory"), a comment line ("// …",
 * "/* …"), "#include", a brace alone, or a name given a call's value as Python writes it
 * ("records = SeqIO.parse(path, 'fastq')"). Nothing to do in it.
 */
export const CODE_LINE_RE = /^\s*(?:\/\/|\/\*|#include\b|#define\b|[{}]\s*$)|[=()[\]{}][^;]*;\s*(?:(?:\/\/|\/\*).*)?$|^\s*[A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_]\w*)*\s*=\s*[A-Za-z_][\w.]*\(.*\)\s*$/;
/** A period a rate of time is given per: "per week", "a day", "/wk", "weekly", "每周", "毎日", "매일". */
const PER_PERIOD_RE = /\b(?:per|a|an|each|every)\s+(?:week|day|weekday|weekend|night|morning|evening)s?\b|\/\s*(?:week|wk|day|d)\b|\b(?:weekly|daily|nightly)\b|\bpor\s+(?:semana|d[ií]a)\b|\bpar\s+(?:semaine|jour)\b|\bpro\s+(?:woche|tag)\b|\bal\s+(?:giorno|d[ií]a)\b|每[周週天日]|毎[日週]|매일|주당|매주|하루/i;
/** A cheap first test: a digit, then (after a range) an hour or minute unit's first letter. */
const TIME_AFTER_DIGIT_RE = /\d\s*(?:[-–~〜]\s*\d+(?:[.,]\d+)?\s*)?(?:h|m|st|or|小|時|시|分)/i;
/** The words a line that only gives a rate of time is made of: units, periods, and words that say whose time or how roughly. */
const TIME_BUDGET_WORDS = new Set(`h hr hrs hour hours min mins minute minutes hora horas heure heures stunde stunden std ora ore wk d
  per a an each every week weeks day days weekday weekdays weekend weekends night nights morning mornings evening evenings weekly daily nightly
  por semana dia día par semaine jour pro woche tag al giorno
  of for study studying learning time about around roughly approx approximately on average total in or so at least up to
  de estudio temps lernzeit zeit etwa circa ca di studio tempo and y et und e`.split(/\s+/));
/** The same in Chinese, Japanese and Korean, written without spaces: removed from a run of letters. */
const CJK_BUDGET_WORDS_RE = /每[周週天日]|毎[日週]|매일|주당|매주|하루|的|学习|學習|学習|时间|時間|左右|大约|大約|约|約|程度|くらい|ぐらい|공부|정도|시간|학습|小时|小時|分钟|分|h/g;

const PERIOD_HINT_RE = /[每毎매]|하루|주당|\b(?:daily|weekly|nightly)\b|\b(?:por|par|pro|al)\s+\S/i;

/**
 * A line that only gives the time the person has: "18~24h of study time per week, about 3h a
 * day", "每周 18~24h 的学习时间, 每天 3h 左右", "每天学习3小时". Not an entry: the budget. Its
 * runs of letters are all units, periods and filler (the first that is not ends the test).
 * `unitWord`: timeUnitWord(text), when the caller has it (a cheap test comes first).
 */
export function isTimeBudgetLine(text: string, unitWord = timeUnitWord(text)): boolean {
  if (text.length > 120 || !TIME_AFTER_DIGIT_RE.test(text) || !(unitWord || PERIOD_HINT_RE.test(text)) || !PER_PERIOD_RE.test(text)) return false;
  for (const run of text.toLowerCase().split(NOT_LETTERS_RE)) {
    if (!run || TIME_BUDGET_WORDS.has(run)) continue;
    if (run.charCodeAt(0) < 0x3000 || run.replace(CJK_BUDGET_WORDS_RE, '').length > 0) return false;
  }
  return true;
}
const NOT_LETTERS_RE = /[^\p{L}]+/u;

/** Whether CODE_LINE_RE may match: a cheap test of the characters it needs. */
export function mayBeCode(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  // (Or a line of Python, as notes paste it: "records = SeqIO.parse(name, 'fastq')".)
  return c === 47 /* / */ || c === 35 /* # */ || c === 123 /* { */ || c === 125 /* } */ || text.includes(';') || (text.includes(' = ') && text.includes('('));
}
export const LINK_DEFINITION_RE = /^\[[^\]]{1,100}\]:\s*\S/;
export const TYPE_FIELD_RE = /^(?:type|category|kind|format|media)\s*[:：]\s*(\S.{0,30})$/i;
export const RESOURCE_KINDS: ReadonlySet<Draft['kind']> = new Set(['book', 'course', 'paper', 'video', 'article', 'project']);

export function unquote(s: string): string {
  // A YAML comment after the value goes: 'title: "Reading" # the post\'s title', "pages: 296  # hardcover".
  if (s.includes('#')) {
    const quoted = /^(["'])(.*?)\1\s+#/.exec(s);
    if (quoted) return quoted[2]!;
    if (!/^["']/.test(s)) s = s.replace(/\s+#(?:\s.*)?$/, '');
  }
  return /^(["']).*\1$/.test(s) ? s.slice(1, -1) : s;
}

/** A line naming an output of the plan: "**Deliverable:** a URL shortener", "Milestone: first PR merged". */
// (In other languages too: "产出：8 个控制台小程序", "Entregable: …", "Livrable : …", "Meilenstein: …", "산출물: …".)
export const OUTPUT_FIELD_RE = /^(?:\*\*|__)?(deliverables?|milestones?|capstone(?: project)?|final project|outputs?|outcomes?|checkpoints?|产出|產出|产物|產物|交付物|成果物|アウトプット|산출물|결과물|entregables?|entreg[áa]vel|entreg[áa]veis|livrables?|lieferobjekte?|里程碑|マイルストーン|마일스톤|hitos?|jalons?|meilensteine?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(\S.*)$/i;
/** A name, a colon and a figure: "**Start date**: 2025/11/04", "**總週數**：16 週", "Duration: 12 weeks". */
export const FIELD_BULLET_RE = /^(?:\*\*|__)[^*_]{1,30}(?:\*\*|__)\s*[:：]\s*[~≈]?\s*\d|^(?:\*\*|__)[^*_]{1,30}[:：](?:\*\*|__)\s*[~≈]?\s*\d|^(?:duration|time|budget|deadline|start(?: date)?|end(?: date)?|hours|pace|timeline|horizon|total)\s*[:：]\s*[~≈]?\s*\d/i;

export const CHAIN_SPLIT_RE = new RegExp(`\\s+${ARROW}\\s+`);

/** "Status: Done", "**Progress**: 3/10 chapters" on its own line. */
export const STATUS_FIELD_RE = new RegExp(`^${STATUS_FIELD_NAME}\\s*[:：]\\s*(?:\\*\\*|__)?\\s*(\\S.*)$`, 'i');
/**
 * A status field after other fields on one line: "Entry date: March 9, 2022. Status: Completed.",
 * "Author: Le Guin; Status: reading" (the field and what follows it, for STATUS_FIELD_RE).
 */
export const LATER_STATUS_FIELD_RE = new RegExp(`^(?:\\*\\*|__)?\\p{L}[\\p{L} ]{0,24}(?:\\*\\*|__)?\\s*[:：]\\s*\\S[^:：]*?(?:[.;|·]\\s+|\\s[-–—]\\s)(${STATUS_FIELD_NAME}\\s*[:：]\\s*\\S.*)$`, 'iu');
/** A status said before an entry: "DONE: Git basics", "In progress: Docker". */
export const STATUS_PREFIX_RE = new RegExp(`^(${STATUS_PREFIX_WORDS})\\s*[:：]\\s+(\\S.*)$`, 'i');

/** The words for a certificate, a score before them or not ("90% Certificat"). */
const CERTIFICATE_WORDS = String.raw`(?:\d{1,3}\s*%\s*)?(?:view |see |my |show )?(?:certificate|certification|credential|certificado|certificato|certyfikat|zertifikat|certificat|сертификат|证书|證書|修了証|수료증)s?`;
/** A link to the certificate of a course ("[View Certificate](…)", "[Credential](…)", "[[90% Certificat]](…)"): the course was finished. */
export const CERTIFICATE_LINK_RE = new RegExp(String.raw`\[\[?\s*${CERTIFICATE_WORDS}\s*\]\]?\s*[(\[]`, 'i');
/** The same words as a link's text left in a title: "Rust Specialization Certificate", "… [88% Certificat]". */
export const CERTIFICATE_TEXT_RE = new RegExp(String.raw`\s\[?${CERTIFICATE_WORDS}\]?\s*$`, 'i');
/** A certificate's own page: earned, verified, shown ("…/course-certificates/…", "coursera.org/verify/…", "credly.com/badges/…"). */
export const CERTIFICATE_URL_RE = /\/course-certificates?\/|coursera\.org\/(?:verify|account\/accomplishments)\/|credly\.com\/(?:badges|earner)\/|udemy\.com\/certificate\/|\/certificates?\/(?:UC-)?[\da-f-]{8,}/i;

/** Emoji short codes at the end of a line ("… 5:tomato:", ":rocket:"): decoration, not a colon that introduces. */
export const SHORTCODE_END_RE = /(?:\s*:[a-z0-9_+-]+:)+\s*$/i;

/**
 * A line that only says when the note was last changed: "Updated November 2026.", "Last
 * updated on 30 Nov 2026", "As of 2026-11-30", "Actualizado: 3 de marzo de 2026". Not work.
 * (Names that run on with letters share one \p{L}*, in the same order: under 'iu' each \p{L} is
 * case-folded when the pattern is compiled, and 26 of them cost a fresh process some 40 ms.)
 */
export const UPDATED_STAMP_RE = /^[^\p{L}\p{N}]*(?:(?:last\s+)?(?:updated|modified|edited|revised)|as of|(?:[úu]ltima\s+)?actualizaci[óo]n|actualizado|(?:[úu]ltima\s+)?atualiza[çc][ãa]o|atualizado|(?:derni[èe]re\s+)?mise à jour|mis à jour|(?:zuletzt\s+)?aktualisiert|letzte\s+aktualisierung|stand)(?:\s*(?:on|at|:|-|–|—|,|am|le|em|el|el día))*\s+(?:(?:\d{1,4}(?:st|nd|rd|th|\.)?|(?:jan|feb|f[eé]v|m[aä]r|apr|abr|avr|ma[yij]|jun)\p{L}*|juin|(?:jul|juil|aug|ago)\p{L}*|ao[uû]t|(?:sep|set|o[ck]t|out|nov|d[eiz][cz]|mon|tue|wed|thu|fri|sat|sun)\p{L}*|today|yesterday|de|of)[\s,./-]*)+[^\p{L}\p{N}]*$/iu;

/** A span of a plan by its name: a phase, stage, step, week, day, month, sprint or session, numbered, or a weekday or a date. */
export const PLAN_SPAN_RE = /^(?:(?:phase|stage|step|level|week|day|month|sprint|session|milestone|fase|etapa|semana|d[ií]a|m[êe]s|sesi[oó]n|woche|tag|monat|semaine|jour|mois|hafta|tydzie[nń]|settimana|giorno|неделя|tuần|第)\s*#?\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{4}-\d{2}-\d{2})/iu;

/** A record's part giving when the work began and ended: "2016/11/20 - 2017/02/02", "2015/7 - TBD", "3/2/20 - present". Group 1 the end day, 2 a word for no end yet. */
export const DATE_SPAN_RE = /(?:^|\s)(?:\d{4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*[-–—~]\s*(?:(\d{4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})|(tbd|now|present|ongoing|today|\?+))\s*$/i;

/** A length of time alone, an icon before it or not: "⏲️3 days?", "~2h", "45 min", "1-2 weeks". How long something takes; nothing is named. */
export const DURATION_ALONE_RE = /^[^\p{L}\p{N}]*[~≈]?\s*\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:min(?:ute)?s?|h(?:ou)?rs?|h|days?|d|weeks?|wks?|months?)\s*[?)]?\s*$/iu;
